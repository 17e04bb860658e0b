"""Who goes in someone's place: "China will be represented by Premier Li Qiang", "Instead, he will send his foreign
minister Sergei Lavrov", "Vice President Han Zheng will attend in his place".

Stories of a summit, an inauguration or a funeral tell who skips it and who goes instead, often without naming
the place again: the gathering's place was told in the same sentence or just before ("Xi will not attend the G20
Summit in New Delhi this week, and the country will be represented by Premier Li Qiang"). :func:`stand_in_hits`
reads the one who goes as a traveller to that place; the visit's day and status are read from the sentence that
tells it, as for any other cue. Guards, at the level of the language:

* the stand-in is named right after "represented by" or "send" ("will send his foreign minister Sergei Lavrov"),
  or is the subject of "will attend instead", "in his place";
* the place is the last one told after a gathering word ("the summit in New Delhi", "the inauguration in
  Brasilia") in that sentence or the two before it;
* someone of the place's own country is its host, not a stand-in; a pronoun ("he will send his ...") is the one
  who stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.text import negated
from geo.values import Mention, Person
from geo.visits.context import Hit, told_at

__all__ = ["stand_in_hits", "STAND_IN_WORDS"]

#: Words one of which a sentence holds before the patterns are tried (lower case).
STAND_IN_WORDS = ("represent", "send", "sent", "instead", " place", " stead")

#: The stand-in named after the words: "will be represented by", "will send", "is sending"
_BY = re.compile(r"\b(?:represented\s+(?:(?:at|in)\s+[^,.;]{1,40}?\s+)?by|(?:will|would|to|shall)\s+send|"
                 r"(?:is|are|was|were)\s+sending|(?:has|had)\s+sent)\s+", re.I)
#: What may stand between those words and the name: "his foreign minister", "Premier", "its deputy prime minister"
_TITLE_GAP = re.compile(r"(?:(?:his|her|their|its|the|a)\s+)?(?:[\w\-’']+\s+){0,4}")
#: The stand-in named before the words: "Vice President Han Zheng will attend in his place", "Lavrov will go instead"
_INSTEAD = re.compile(r"\b(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:attend|go|travel|lead\s+the\s+"
                      r"delegation)\b[^.;]{0,40}?\b(?:instead|in\s+(?:his|her|their)\s+(?:place|stead))\b|"
                      r"\b(?:attend(?:s|ing)?|represent(?:s|ing)?)\s+in\s+(?:his|her|their)\s+(?:place|stead)\b", re.I)
#: A gathering and the preposition before its place: "the G20 Summit in New Delhi", "the inauguration at"
_GATHERING = re.compile(r"\b(?:summit|meeting|conference|inauguration|swearing-in|funeral|forum|session|assembly|"
                        r"ceremony|celebrations?|gathering|jubilee|talks)\b[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _gathering_place(text: str, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
                     k: int, before: int) -> Mention | None:
    """The last place told after a gathering word before ``before`` in sentence ``k`` or the two before it."""
    for j in range(k, max(-1, k - 3), -1):
        s0 = sentences[j][0]
        for m in reversed(ms_of[j]):
            if m.start < before and m.country and m.kind != "demonym" \
                    and _GATHERING.search(text, max(s0, m.start - 100), m.start):
                return m
    return None


def stand_in_hits(text: str, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
                  people_of: Sequence[Sequence[Person]]) -> list[tuple[int, Hit]]:
    """``(sentence, hit)`` for each stand-in a sentence names for a gathering told there or just before.

    Examples
    --------
    >>> t = "Xi will skip the summit in New Delhi. China will be represented by Premier Li Qiang."
    >>> delhi = Mention("d", 27, 36, "New Delhi", "New Delhi", 28.6, 77.2, "IN", None, "city", 1.0)
    >>> li = Person(75, 83, "Li Qiang", "Li Qiang", "CN", "premier", "name")
    >>> [(k, h.traveller.name, h.places[0].country) for k, h in stand_in_hits(t, [(0, 37), (38, 84)], [[delhi], []], [[], [li]])]
    [(1, 'Li Qiang', 'IN')]
    """
    out: list[tuple[int, Hit]] = []
    for k, (s0, s1) in enumerate(sentences):
        low = text[s0:s1].lower()
        if not people_of[k] or not any(w in low for w in STAND_IN_WORDS):
            continue
        found: list[tuple[Person, int, int]] = []
        for m in _BY.finditer(text, s0, s1):
            p = next((p for p in people_of[k] if p.name and p.kind != "pronoun" and m.end() <= p.start < m.end() + 60
                      and _TITLE_GAP.fullmatch(text, m.end(), p.start)), None)
            if p is not None and not negated(text, s0, m.start()):
                found.append((p, m.start(), p.end))
        for m in _INSTEAD.finditer(text, s0, s1):
            p = next((p for p in reversed(people_of[k]) if p.name and p.kind != "pronoun" and p.end <= m.start()), None)
            if p is not None:
                found.append((p, p.start, m.end()))
        for p, c0, c1 in found:
            place = _gathering_place(text, sentences, ms_of, k, c0)
            if place is None or p.country == place.country:
                continue
            conf = 0.6 if p.country else 0.45  # (one of no known country may be a host's)
            out.append((k, Hit(p, [told_at(place, text, c0, c1)], c0, c1, (s0, s1), conf, "stand-in")))
    return out
