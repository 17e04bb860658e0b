"""The stops of a counted tour told as the countries of its sentence: "Xi left on a three-nation tour to boost
ties with Kazakhstan, Uzbekistan and Tajikistan", "will hold talks with the leaders of Kenya and Ghana during a
two-nation tour".

News counts a tour ("a three-nation tour", "his two-country swing") and often names its stops in the same
sentence without a verb or preposition of travel: as the countries whose ties the tour serves, whose leaders it
meets, or that hope for something from it. The count tells which of the sentence's countries are the stops: a
list of exactly that many. :func:`counted_tour` reads, in a sentence with a counted trip noun, the one list of
countries of that length and gives each to the trip's traveller.

Guards: the list is a plain list of country names (joined by commas and "and"), exactly as long as the count,
after a preposition of the tour's aim or partners ("ties with", "the leaders of", "to"; not after a verb:
"criticised Russia and Iran"), and the only such list in the sentence; none of its countries is the traveller's own; the trip is the
traveller's (a possessor, else the clause's subject, else the story's traveller) and not negated. A count that
is no tour's ("two-state solution", "three-nation talks") is not read.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.values import Mention
from geo.visits.context import Context, Hit, subject, trip_owner

__all__ = ["COUNTED_WORDS", "counted_tour", "country_lists"]

#: Words one of which a sentence must hold before :func:`counted_tour` reads it (lower case).
COUNTED_WORDS = ("-nation", "-country", " nation ", " country ")

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "a three-nation tour", "his two-country Central Asian swing", "a 5-nation visit"
_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])[-\s](?:nation|country)\s+"
                      r"(?:[\w\-]+\s+){0,3}?(?:tour|trip|visit|swing|journey|voyage)s?\b", re.I)
#: What a list of stops follows: a preposition of the tour's aim or its partners ("ties with", "the leaders
#: of", "to"), not a verb ("criticised Russia and Iran")
_LEAD_IN = re.compile(r"(?:\b(?:with|of|to|in|including|visiting|between)\s+(?:the\s+)?|[(:]\s*)$")
#: Between the countries of a plain list: a comma, "and", or both
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def country_lists(ctx: Context) -> list[list[Mention]]:
    """The sentence's plain lists of country names, each of two countries or more."""
    out: list[list[Mention]] = []
    for p in ctx.ms:
        if p.kind != "country" or not p.country:
            continue
        if out and _JOIN.fullmatch(ctx.text, out[-1][-1].end, p.start):
            out[-1].append(p)
        else:
            out.append([p])
    return [lst for lst in out if len(lst) > 1]


def counted_tour(ctx: Context, hits: list[Hit]) -> None:
    """Each country of the one list as long as the tour's count: "a three-nation tour to boost ties with
    Kazakhstan, Uzbekistan and Tajikistan" gives the tour's traveller the three."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _COUNTED.finditer(text, s0, s1):
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        fits = [lst for lst in country_lists(ctx) if len(lst) == n and len({p.country for p in lst}) == n
                and _LEAD_IN.search(text[max(s0, lst[0].start - 30):lst[0].start])]
        if len(fits) != 1 or negated(text, s0, m.start()):
            continue
        trav = trip_owner(ctx, m.start()) or subject(ctx, m.start())[0] or ctx.focus
        places = fits[0]
        if trav is None or not trav.name or not trav.country or any(p.country == trav.country for p in places):
            continue
        a, b = min(m.start(), places[0].start), max(m.end(), places[-1].end)
        hits.append(Hit(trav, places, a, b, (max(s0, a - 80), min(s1, b + 40)), 0.7, "travel-noun"))
