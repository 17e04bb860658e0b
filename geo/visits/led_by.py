"""A trip told of a delegation and the one who leads it: "A French delegation led by Macron arrived in
Abuja", "the delegation, headed by Foreign Minister Wang Yi, will visit Kenya".

A delegation is no traveller of its own (issue 13's truth names people), but the person who leads
it travels with it. Two readings give a hit with no traveller that leader:

* :func:`led_by` - run last of the cue families (:func:`geo.visits.families.find_hits`): the person named
  within 40 characters after the last "delegation / team / mission / entourage ... led by" before the cue;
* :func:`delegation_head` - run by :func:`geo.visits.document.visits_in_document` on every hit still
  without a traveller (those of the list readers too): the person right after the last "delegation ...
  led by", no more than three words before the verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Person
from geo.visits.context import Context, Hit
from geo.wordlists import LED_BY, PARTY_LED, alternation

__all__ = ["led_by", "delegation_head"]

#: "delegation led by", "a 19-member delegation headed by", "the team, led by"
_LED = re.compile(r"\b" + alternation(PARTY_LED) + r"s?\b[^.;:]{0,30}?\b" + LED_BY + r"\s+(?:the\s+)?", re.I)


def led_by(ctx: Context, hits: list[Hit]) -> None:
    """Give each hit that has no traveller the leader of the delegation its clause is about."""
    text, s0 = ctx.text, ctx.s0
    for h in hits:
        if h.traveller is not None:
            continue
        led = None
        for m in _LED.finditer(text, max(s0, h.cue_start - 160), h.cue_start):
            led = m
        if led is None:
            continue
        who = next((p for p in ctx.people_between(led.end(), h.cue_start) if p.name and p.kind != "pronoun"
                    and p.start - led.end() <= 40), None)
        if who is not None:
            h.traveller, h.confidence = who, 0.6


# "A delegation led by Foreign Minister Wang Yi arrived in Moscow": the one who leads it travels
_HEADED = re.compile(r"\bdelegation\b[^.;:]{0,60}?\b" + LED_BY + r"\s+", re.I)
_SHORT_GAP = re.compile(r"(?:\s*,)?\s+(?:[\w\-]+\s+){0,3}")


def delegation_head(text: str, s0: int, pos: int, people: Sequence[Person]) -> Person | None:
    """The head of the delegation that is the subject of the verb at ``pos`` ("A delegation led by Chinese
    Foreign Minister Wang Yi arrived in Moscow": Wang Yi), or ``None``.

    Examples
    --------
    >>> from geo.values import Person
    >>> t = "A delegation led by Foreign Minister Wang Yi arrived in Moscow."
    >>> wang = Person(37, 44, "Wang Yi", "Wang Yi", "CN", "foreign minister", "name")
    >>> delegation_head(t, 0, t.index("arrived"), [wang]).name
    'Wang Yi'
    """
    heads = list(_HEADED.finditer(text, max(s0, pos - 200), pos))
    if not heads:
        return None
    m = heads[-1]
    head = next((p for p in people if m.end() <= p.start < pos and p.name and p.kind != "pronoun"), None)
    if head is None or _SHORT_GAP.fullmatch(text, head.end, pos) is None:
        return None
    return head
