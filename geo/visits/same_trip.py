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

from geo.values import Person, Visit

__all__ = ["shared_stops"]

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
