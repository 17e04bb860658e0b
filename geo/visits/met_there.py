"""The one met where a visit is told: "On the sidelines of the ceremony, he met Kenyan President William Ruto",
"While there, she held talks with her Japanese counterpart Takeshi Iwaya", "During his visit, Mohamud also met
Ruto".

A story of a trip often names, a sentence or two after the visit, a meeting held at its place without naming the
place again: "on the sidelines" (of the summit, the ceremony, the talks just told), "on the margins", "while
there", "during his visit" or "during his stay" put the meeting where the visit is. Everyone named in such a
sentence is there: the traveller of the visit (by name or pronoun) and the one met. The one met whose country
the text gives and is neither the place's country (a host at home is no visitor) nor unknown travelled there
too, with the visit's day and status.

The sentence must name the traveller of the visit told last before it (or in it), so that the meeting belongs
to that trip; a meeting by phone or video, or one whose sentence names a place of another country ("met Xi in
Beijing last month on the sidelines of ..."), tells nothing of this place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.values import Mention, Person, Visit
from geo.visits.other_guests import visit_told_last
from geo.wordlists import REMOTE_BEFORE, alternation

__all__ = ["met_there", "MET_THERE_WORDS"]

#: Words one of which a sentence must hold before :func:`met_there` reads it (lower case, any part of a word).
MET_THERE_WORDS = ("sidelines", "margins", "while there", "during his", "during her", "during their", "during the")

#: Words that put a meeting where the visit told before is
_THERE = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins|sideline)\b|\bwhile\s+there\b|"
                    r"\bduring\s+(?:his|her|their|the)\s+(?:(?:\w+[- ]day|official|state|working|first|brief|"
                    r"current|two|three|four|five)\s+)*(?:visit|stay|trip|tour)\b(?!\s+to\b)", re.I)
#: Verbs of meeting face to face
_MEET = re.compile(r"\b(?:me(?:et|ets|eting)|met|(?:held|holds|hold|had|has|have|having)\s+(?:\w+\s+){0,2}?"
                   r"(?:talks|meetings?|discussions|consultations)|conferred|talked)\b"
                   r"(?:\s+(?:with|separately\s+with|also\s+with))?", re.I)
_REMOTE = re.compile(r"\b" + alternation(REMOTE_BEFORE) + r"\b", re.I)


def met_there(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
              ms_of: Sequence[Sequence[Mention]], visits: Sequence[Visit], where: Sequence[int]) -> list[Visit]:
    """The visits of the people met where a visit told before is, each a copy of that visit.

    Examples
    --------
    >>> import datetime as dt
    >>> t = "Mohamud arrived in Kigali on Sunday. On the sidelines, he met Kenyan President William Ruto."
    >>> ppl = [[Person(0, 7, "Mohamud", "Hassan Sheikh Mohamud", "SO", "president", "surname")],
    ...        [Person(56, 58, "he", "Hassan Sheikh Mohamud", "SO", None, "pronoun"),
    ...         Person(80, 91, "William Ruto", "William Ruto", "KE", "president", "name")]]
    >>> v = Visit("Hassan Sheikh Mohamud", "SO", "president", "RW", "Kigali", None, None, dt.date(2024, 8, 11),
    ...           None, "completed", "d", t[:36], 0.9, how="travel: arrived in")
    >>> [(g.traveler, g.country, str(g.start_date)) for g in
    ...  met_there(t, [(0, 36), (37, len(t))], ppl, [[], []], [v], [0])]
    [('William Ruto', 'RW', '2024-08-11')]
    """
    out: list[Visit] = []
    found = {(v.traveler, v.country) for v in visits}
    for k, (s0, s1) in enumerate(sentences):
        sent = text[s0:s1].lower()
        if len(people_of[k]) < 2 or not any(w in sent for w in MET_THERE_WORDS):
            continue
        there, meet = _THERE.search(text, s0, s1), _MEET.search(text, s0, s1)
        if there is None or meet is None or _REMOTE.search(text, s0, s1):
            continue
        v = visit_told_last(visits, where, k, 2)
        if v is None:
            continue  # none told, or visits to several countries told last: which one the meeting is at is not told
        if v.start_date is None:  # "Mohamud's presence at the inauguration" after "arrived on Sunday": that day
            v = next((u for u in visits if u.traveler == v.traveler and u.country == v.country
                      and u.start_date is not None and u.status == v.status), v)
        if any(m.country not in (None, v.country) and m.kind != "demonym" for m in ms_of[k]):
            continue  # a place of another country: the meeting may be there
        named = [p for p in people_of[k] if p.name]
        if not any(p.name == v.traveler for p in named):
            continue  # the traveller is not in the meeting: another story
        trav_after = any(p.name == v.traveler and p.start >= meet.start() for p in named)
        for q in named:
            if q.start < meet.start() and not trav_after or q.kind == "pronoun" or q.name == v.traveler or not q.country \
                    or q.country == v.country or q.role in SPEAKER_ROLES \
                    or q.role and q.role.startswith("ambassador") or (q.name, v.country) in found:
                continue  # before the verb, of no known country, a host, a spokesman, an envoy, or found already
            found.add((q.name, v.country))
            out.append(dataclasses.replace(v, traveler=q.name, traveler_country=q.country, role=q.role,
                                           confidence=round(v.confidence * 0.8, 3),
                                           how=f"{v.how}; met there: {there.group(0)}"))
    return out
