"""Travellers told as one subject share the stops their sentence gives: one trip, several travellers.

"Defense Secretary Austin and Secretary of State Blinken arrived in Tokyo on Monday for meetings in Japan
and South Korea": the cue families read "arrived in Tokyo" for both and "meetings in ... South Korea" for
the one nearest it; both are on the same trip, so each stop the sentence gives one of them is the other's
too (:func:`shared_stops`), with the same status and day.

A broader reading was measured and dropped: every other place of a sentence that gave a traveller a stop
("same sentence, same trip", with the places of origin, topics, noun modifiers, demonyms and other
people's clauses left out) found 6 more visits on dev for 103 false ones (geoparser noise such as "Tata",
"Antony", "George"; the parties of a meeting: "talks in Vienna with Russia, the US, Iran ..."; a person's
list of partners); restricted to a list that holds a found stop and follows a preposition of place, it
found one more unseen visit for one false one, and read "would open trade offices in Vietnam, Thailand
and Malaysia" as stops. Places a sentence does not join to the trip by its own words stay out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from geo.status import told_past
from geo.values import Person, Visit

__all__ = ["shared_stops", "later_stops_ahead"]

#: What may stand between two people named as one subject: "Austin and Secretary of State Antony Blinken".
_CO_SUBJECT = re.compile(r"\s*,?\s*(?:and|&)\s+(?:(?:[A-Z][\w.\-]*|of|the)\s+){0,6}$")


def shared_stops(text: str, people_of: Sequence[Sequence[Person]], out: Sequence[Visit],
                 where: Sequence[int]) -> list[Visit]:
    """The stops one of two travellers told as one subject got from their sentence, given to the other too.

    "Defense Secretary Austin and Secretary of State Blinken arrived in Tokyo on Monday for meetings in
    Japan and South Korea": both travel, and each place the sentence gives one of them is a stop of the
    other's trip as well, with the same status and day. Two people are one subject when only "and" and
    the second one's titles stand between them, and the sentence gave both a visit to one country.

    Parameters
    ----------
    text : str
        The document's text.
    people_of : sequence of sequences of Person
        The people of each sentence.
    out : sequence of Visit
        The visits found so far; ``out[i]`` was read in sentence ``where[i]`` for ``i < len(where)``.
    where : sequence of int
        The sentence of each visit read by the cue families.

    Returns
    -------
    list of Visit
        The visits to add.
    """
    by_sentence: dict[int, list[Visit]] = {}
    for v, k in zip(out, where):
        if v.status != "cancelled":
            by_sentence.setdefault(k, []).append(v)
    had = {(v.traveler, v.country) for v in out}
    added: list[Visit] = []
    for k, vs in by_sentence.items():
        names = {v.traveler for v in vs}
        if len(names) < 2:
            continue
        sp = [q for q in people_of[k] if q.name in names]
        pairs = {(a.name, b.name) for a, b in zip(sp, sp[1:]) if a.name != b.name
                 and _CO_SUBJECT.match(text[a.end:b.start])}
        for a, b in pairs:
            of_a = {v.country: v for v in vs if v.traveler == a}
            of_b = {v.country: v for v in vs if v.traveler == b}
            if not set(of_a) & set(of_b):
                continue  # not told in one place: no shared trip
            for giver, taker, theirs in ((of_a, of_b, b), (of_b, of_a, a)):
                model = next(iter(taker.values()))
                for c, v in giver.items():
                    if c in taker or (theirs, c) in had or c == model.traveler_country:
                        continue
                    had.add((theirs, c))
                    added.append(dataclasses.replace(
                        v, traveler=model.traveler, traveler_country=model.traveler_country, role=model.role,
                        how=(v.how or "") + f"; shared with {v.traveler}"))
    return added


#: Words that set a stop in the past or in another trip whatever its verb: "last year", "in 2019", "since".
_OTHER_TIME = re.compile(r"\b(?:last|ago|earlier|previous|previously|recent|recently|former|yesterday|since|once|(?:19|20)\d\d)\b", re.I)
#: Words that tell a stop under way now or reached: "is in", "currently", "arrived", "has taken him to", "after".
_NOW_THERE = re.compile(r"\b(?:now|currently|today|tonight|here|arriv\w*|landed|is\s+in|are\s+in|began|begun|"
                        r"under\s*way|wrapp\w*|conclud\w*|ended|left|has|have|had|after|following|already|so\s+far)\b", re.I)


#: A past form of any verb: "was", "did", "planned" (not a passive of the present: "is aimed at").
_PAST_FORM = re.compile(r"\b(?:(?P<aux>is|are|be|been|being|will)\s+)?(?:was|were|did|\w{2,}ed)\b", re.I)


def _any_past(sentence: str) -> bool:
    """Does ``sentence`` hold a verb in a past form ("During his visit to Belarus, Putin planned to ...")?"""
    return any(m.group("aux") is None for m in _PAST_FORM.finditer(sentence))


def later_stops_ahead(text: str, out: Sequence[Visit]) -> list[Visit]:
    """A later stop of a trip under way or ahead, told with no day and no past verb, is still ahead.

    "Macron arrived in Nairobi on Tuesday. ... The visit to Nigeria is the first by a French leader in six
    years", "The visit precedes a trip to South Africa", "The second leg takes Lula to South Africa": a stop
    read as over only because its trip noun has no tense, told after a stop of the same traveller that is
    under way or planned, in a sentence with no verb in the past, no day and nothing that sets it in another
    time ("last year", "in 2019", "recent visits") or tells it reached ("arrived", "has taken him to", "after"), is a stop
    the trip has not reached: planned. (A stop read as under way is left alone: turning such stops to
    planned as well cost one right status on the unseen batches for each one it gained.)

    Parameters
    ----------
    text : str
        The document's text.
    out : sequence of Visit
        The document's visits.

    Returns
    -------
    list of Visit
        ``out`` with such stops planned.
    """
    first: dict[str, int] = {}  # where each traveller's first stop under way or ahead is told
    for v in out:
        if v.status in ("ongoing", "planned") and v.evidence:
            p = text.find(v.evidence)
            if p >= 0 and (v.traveler not in first or p < first[v.traveler]):
                first[v.traveler] = p
    if not first:
        return list(out)
    result = []
    for v in out:
        if v.start_date is None and v.status == "completed" and v.traveler in first and v.evidence:
            p = text.find(v.evidence)
            if p > first[v.traveler] and not told_past(text, p, p + len(v.evidence)) and not _any_past(v.evidence) \
                    and not _OTHER_TIME.search(v.evidence) and not _NOW_THERE.search(v.evidence):
                v = dataclasses.replace(v, status="planned")
        result.append(v)
    return result
