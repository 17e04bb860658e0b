"""A stay told as over by another sentence: "has left Sri Lanka this morning", "concluded his visit to
the US and left for home on Monday", "hours after wrapping up a visit to Jordan".

:func:`departures` runs once a document's visits are read (from
:func:`geo.visits.told_days.days_told_elsewhere`): a visit read as under way whose traveller a
sentence of the story sends away from that country, on a day up to the publication day or with no
day, is over (``completed``), and ends that day when one is told. Going home told without a word of
leaving ("returned home", "returned to Washington") is :func:`geo.visits.homecoming.home_again`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.status import tense
from geo.text import fold_case, has_word, negated
from geo.values import Visit
from geo.visit_day import visit_date
from geo.wordlists import TRIP_OWN, alternation

__all__ = ["departures"]

#: Leaving a country, or ending the stay there: what follows is the place left or "for home". Not an adjective's
#: "left" of a compound: "the center-left Argentina president".
_LEFT = re.compile(r"(?=[acdefhlw])(?<![\-‐])\b(?:(?:has|had|have)\s+)?(?:left|departed(?:\s+from)?|flew\s+out\s+of|concluded|"
                   r"wrapped\s+up|wrapping\s+up|ended|emplaned\s+from|"
                   # a participle after the main verb: "is on his way back to the US after visiting Tanzania"
                   r"after\s+visiting)\s+", re.I)
#: "left for home", "departed for home", "flew back home": a stay ended, wherever it was.
_FOR_HOME = re.compile(r"(?:(?:his|her|their|the)\s+[^.;,]{0,60}?\s+and\s+(?:left|departed|flew)\s+)?"
                       r"(?:for\s+home|back\s+home|home)\b", re.I)
_OBJECT = re.compile(r"(?:(?:his|her|their|a|an)\s+(?:[^.;,]{0,60}?\s)??" + alternation(TRIP_OWN) + r"\s+(?:to|in|of)\s+)?"
                     r"(?:the\s+)?", re.I)
_WORDS = ("left", "depart", "flew out", "concluded", "wrapp", "ended", "emplaned", "after visiting")


def departures(text: str, sentences, ms_of, people_of, visits: list[Visit],
               published: dt.date | None) -> list[Visit]:
    """The visits, each one read as under way made over when a sentence tells its traveller left.

    The sentence names the traveller (or a pronoun for them) before the departure words, and after
    them either a place of that visit's country ("has left Sri Lanka") or home ("left for home"; only
    for a traveller with one stay under way). A departure told as ahead ("will leave"), negated, or on a
    day after the publication day changes nothing.

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Wei Fenghe", "CN", None, "LK", None, None, None, dt.date(2021, 4, 27), None, "ongoing",
    ...           "d", "", 0.9)
    >>> departures("x", [], [], [], [v], None)[0].status  # no publication day: nothing to compare
    'ongoing'
    """
    under_way = [v for v in visits if v.status == "ongoing"]
    if published is None or not under_way or not has_word(fold_case(text), _WORDS, 0, len(text)):
        return visits
    ongoing_of: dict[str, int] = {}
    for v in under_way:
        ongoing_of[v.traveler] = ongoing_of.get(v.traveler, 0) + 1
    ended: dict[tuple[str, str], dt.date | None] = {}
    for k, (s0, s1) in enumerate(sentences):
        for m in _LEFT.finditer(text, s0, s1):
            who = [p for p in people_of[k] if p.name in ongoing_of and p.end <= m.start()]
            if not who or negated(text, s0, m.start()) or tense(text, max(s0, m.start() - 40), m.end()) == "future":
                continue
            trav = who[-1].name
            after = m.end()
            # the place left is the verb's object ("left Sri Lanka", "concluded his visit to the US"), not
            # where he went ("left for Nepal")
            obj = _OBJECT.match(text, after, s1)
            at = obj.end() if obj else after
            hosts = {x.country for x in ms_of[k] if x.start == at and x.country}
            home = _FOR_HOME.match(text, after, s1) is not None
            d = visit_date(text, (s0, s1), (m.start(), m.end()), published, "past")
            if d is not None and d.end > published:
                continue
            for v in under_way:
                if v.traveler == trav and (v.country in hosts or (home and ongoing_of[trav] == 1)):
                    ended.setdefault((v.traveler, v.country), d.end if d is not None else None)
    if not ended:
        return visits
    out = []
    for v in visits:
        key = (v.traveler, v.country)
        if v.status != "ongoing" or key not in ended:
            out.append(v)
            continue
        day = ended[key]
        end = day if day is not None and (v.start_date is None or day >= v.start_date) else v.end_date
        out.append(dataclasses.replace(v, status="completed", end_date=end, how=f"{v.how}; left"))
    return out
