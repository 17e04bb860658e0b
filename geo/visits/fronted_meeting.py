"""Who was at a meeting told at the start of a sentence with its place?

"During talks in Beijing, Chinese President Xi told U.S. Secretary of State Blinken that ...", "At their
meeting in Tokyo on Monday, Kishida assured Albanese ...", "In talks in Cairo, Sisi urged Kishida ...": the
opening phrase puts the meeting in a place; the main clause names who was there - its subject and the one it
addresses. Such a sentence says nothing of who came: the reader knows it from their countries. Each of them
foreign to the place's country visits it; one of the place's country is at home.

Guards: the opening phrase tells a meeting happening there ("during", "in", "at"; not "after" or "following":
only a time, "After the summit in Kigali, Putin said"; not "ahead of" or "before": a meeting still to come), not negated and not by telephone or video; only the
subject and the one addressed ("told", "urged", "assured", "thanked", "met") count, not others named after
("sanctioned Lavrov"); the one addressed only when the subject is at home (two guests at a summit tell
nothing of each other's trip).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.text import negated
from geo.values import Mention, Person, Visit
from geo.visits.context import TITLE_GAP, Hit, told_at
from geo.visits.fallback import remote_in

__all__ = ["fronted_meeting_hits"]

#: The opening phrase: "During talks in", "At their meeting in", "After a summit in" (the place follows).
_OPENING = re.compile(r"(?:During|In|At)\s+(?:(?:the|their|a|an|his|her|two-day|bilateral|"
                      r"closed-door|joint|first|second|latest|one-on-one)\s+)*(?:[\w\-]+\s+)?"
                      r"(?:talks|meetings?|summit|dialogue|consultations|negotiations|discussions)\s+"
                      r"(?:(?:with|between)\s+[^,;]{1,80}?\s+)?(?:in|at)\s+(?:the\s+)?$")
#: A verb whose object is one addressed in person: "told Blinken", "urged visiting Kishida".
_ADDRESSED = re.compile(r"\b(?:told|tells|urged|urges|assured|assures|thanked|thanks|briefed|asked|asks|warned|"
                        r"warns|met|meets|reminded|reminds|pressed|presses)\s+$")


def fronted_meeting_hits(text: str, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
                         people_of: Sequence[Sequence[Person]], visits: Sequence[Visit]) -> list[tuple[int, Hit]]:
    """The visits of the people of a sentence that opens on a meeting in a place.

    Parameters
    ----------
    text : str
        The document's text.
    sentences : sequence of (int, int)
        Its sentences.
    ms_of, people_of : sequence of sequences
        The place mentions and the people of each sentence.
    visits : sequence of Visit
        The visits read so far: a traveller with a visit to the place's country gets none more.

    Returns
    -------
    list of (int, Hit)
        The sentence and one hit per person foreign to the place.

    Examples
    --------
    >>> t = "During talks in Beijing, Xi told Blinken that ties were better."
    >>> bj = Mention("d", 16, 23, "Beijing", "Beijing", 39.9, 116.4, "CN", None, "city", 1.0)
    >>> xi = Person(25, 27, "Xi", "Xi Jinping", "CN", "president", "surname")
    >>> bl = Person(33, 40, "Blinken", "Antony Blinken", "US", "secretary of state", "surname")
    >>> [(h.traveller.name, h.places[0].country) for _, h in
    ...  fronted_meeting_hits(t, [(0, len(t))], [[bj]], [[xi, bl]], [])]
    [('Antony Blinken', 'CN')]
    """
    out: list[tuple[int, Hit]] = []
    for k, (s0, s1) in enumerate(sentences):
        if not ms_of[k] or len(people_of[k]) < 1 or text[s0:s0 + 1] not in "DIA":
            continue
        place = next((m for m in ms_of[k] if m.country and m.kind != "demonym" and m.start - s0 < 140), None)
        if place is None or not _OPENING.match(text, s0, place.start) or remote_in(text, s0, s1) \
                or negated(text, s0, place.start):
            continue
        comma = text.find(",", place.end, s1)
        if comma < 0 or comma - place.end > 40:
            continue
        named = [p for p in people_of[k] if p.start > comma and p.name and p.kind != "pronoun"]
        if not named:
            continue
        # the one addressed came only when the subject is at home ("Xi told Blinken"); two guests of the place
        # ("At the G20 in Rio, Xi met Premier Li") tell nothing of the other's trip here
        chosen = [named[0]] + [p for p in named[1:] if named[0].country == place.country and _ADDRESSED.search(
            text, max(comma, p.start - 80), _title_start(text, comma, p.start))]
        for p in chosen:
            if not p.country or p.country == place.country or p.role in SPEAKER_ROLES \
                    or any(v.country == place.country and v.traveler == p.name for v in visits):
                continue
            out.append((k, Hit(p, [told_at(place, text, place.start, place.end)], s0, place.end, (s0, s1), 0.5,
                               "fronted-meeting")))
    return out


def _title_start(text: str, a: int, b: int) -> int:
    """Where the title before a name begins ("visiting U.S. Secretary of State " before "Antony Blinken")."""
    for i in range(max(a, b - 80), b):
        if (i == a or not text[i - 1].isalnum()) and TITLE_GAP.fullmatch(text, i, b):
            return i
    return b
