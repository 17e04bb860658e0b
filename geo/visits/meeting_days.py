"""The day of a visit told by the day of its meeting with the host, in another sentence: "Baerbock will travel
to Moscow" and "Lavrov would hold his first meeting with Baerbock on Tuesday"; "Qatar's ruler was in Saudi
Arabia" and "Salman greeted Tamim at the airport on Tuesday".

:func:`days_of_the_meeting` runs from :func:`geo.visits.told_days.days_told_elsewhere`, after every rule
that dates a visit from its own words; every date expression and its resolution stay in :mod:`geo.dates`, the
day's choice in :func:`geo.visit_day.visit_date`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.status import tense
from geo.values import Visit
from geo.visit_day import a_whole_week, visit_date
from geo.wordlists import MEETING, alternation

__all__ = ["days_of_the_meeting"]

#: A meeting, or the host's welcome: "met", "talks with", "held talks", "greeted", "hosted", "received".
_MET = re.compile(r"\b(?:" + alternation(MEETING) + r"|greeted|greets|welcomed|welcomes|received|receives|hosted|"
                  r"hosts|will\s+host|will\s+receive|will\s+welcome)\b", re.I)


def days_of_the_meeting(text: str, sentences, ms_of, people_of, visits: list[Visit],
                        published: dt.date | None) -> list[Visit]:
    """The visits, each undated one with the day of a sentence that tells its traveller meeting a person of
    its host country (its leader, minister or official), or being welcomed by one.

    Only a traveller's one undated visit to that country, dated by no other; a sentence that names the
    traveller (not by a pronoun) and that person, a meeting word between or right after them, no place of
    a third country, and one day (not a week) that :func:`geo.visit_day.visit_date` gives the meeting; the
    day must agree with how the visit is told: a trip ahead keeps a day from the publication day on, one
    under way or over a day up to it. A wrong day is worse than none: else the visit stays undated.

    Examples
    --------
    >>> days_of_the_meeting("x", [], [], [], [], None)
    []
    """
    if published is None:
        return visits
    live = [v for v in visits if v.status != "cancelled"]
    dated = {(v.traveler, v.country) for v in live if v.start_date is not None}
    undated = [(v.traveler, v.country) for v in live if v.start_date is None and (v.traveler, v.country) not in dated]
    wanted = {key for key in undated if undated.count(key) == 1}
    if not wanted:
        return visits
    # the visit's own sentence is no other sentence: "X, who is on a visit to Moscow, met Putin on Monday" tells a
    # day of the stay, not its first
    own = {(v.traveler, v.country): v.evidence for v in live if (v.traveler, v.country) in wanted}
    days: dict[tuple[str, str], object] = {}
    names, hosts = {n for n, _ in wanted}, {c for _, c in wanted}
    for k, (s0, s1) in enumerate(sentences):
        people = people_of[k]
        if not any(p.name in names for p in people) or not any(p.country in hosts for p in people):
            continue  # (most sentences: the cost of the rule stays with the few that may hold a meeting)
        for who, host in wanted - days.keys():
            trav = [p for p in people if p.name == who and p.kind != "pronoun"]
            them = [p for p in people if p.country == host and p.name not in (None, who) and p.kind != "pronoun"]
            if not trav or not them or own.get((who, host)) == text[s0:s1] \
                    or any(m.country not in (host, None) and m.kind != "demonym" and m.country != trav[0].country
                           for m in ms_of[k]):
                continue
            lo, hi = min(trav[0].start, them[0].start), max(trav[0].end, them[0].end)
            met = _MET.search(text, lo, min(s1, hi + 40))
            if met is None:
                continue
            t = tense(text, max(s0, met.start() - 60), min(s1, met.end() + 40))
            d = visit_date(text, (s0, s1), (met.start(), met.end()), published, t)
            if d is not None and d.start == d.end and not a_whole_week(d):
                days[(who, host)] = (d, s0)
    out = []
    for v in visits:
        got = days.get((v.traveler, v.country))
        if got is None or v.start_date is not None or v.status == "cancelled":
            out.append(v)
            continue
        d, s0 = got
        if (v.status == "planned") != (d.start >= published) and not (v.status == "ongoing" and d.start == published):
            out.append(v)  # "will visit Moscow. She met Lavrov on Tuesday in Geneva": another meeting's day
            continue
        status = "ongoing" if v.status == "planned" and d.start == published else v.status
        out.append(dataclasses.replace(v, start_date=d.start, status=status,
                                       how=f"{v.how}; day: {d.text} (the meeting with the host, told at {s0})"))
    return out
