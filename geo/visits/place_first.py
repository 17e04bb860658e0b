"""A place told first, then who is there: "In Ashkhabad, the Turkmen capital, Mr Putin will ...", "..., while in
Belarus, he ...", "On Monday in Hanoi, the two leaders ...".

One cue family of :mod:`geo.visits.families` (:func:`place_first`), and the scan it and the attendance family
share for such an opening (:func:`in_first`: "In Singapore, Shanahan will attend the Shangri La Dialogue").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.visits.context import ROLE, TITLE_GAP, Context, Hit, chain, predicate_start, verb_end
from geo.visits.coordinated import partners

__all__ = ["in_first", "place_first"]

_IN_FIRST = re.compile(r"(?:^[“\"‘']?(?:(?:On\s+\w+|Earlier|Later)\s+)?|[,;]\s*(?:(?:while|and|but|when)\s+)?|"
                       r"\b(?:[Ww]hile|[Ww]hen|[Ww]hilst)\s+)(?:[Ii]n|[Aa]t|[Ff]rom)\s+")  # "On Monday in Hanoi,"

_IN_FIRST_AT = ((",", 0), (";", 0), ("hile", 1), ("hen", 1), ("hilst", 1))  # [Ww]h...: one back, found by str.find


def in_first(seg: str) -> Iterator[re.Match[str]]:
    """The openings "In X", "At X", "From X" of ``seg`` (after its start, a comma, a semicolon or "while", "when",
    "whilst"): what ``_IN_FIRST.finditer(seg)`` gives, tried only at those places.

    Examples
    --------
    >>> [m.group(0) for m in in_first("On Monday in Hanoi, Xi met Lam, while in Laos, he ...")]
    ['On Monday in ', ', while in ']
    """
    starts, end = [0], 0
    for w, back in _IN_FIRST_AT:
        p = seg.find(w, back)
        while p >= 0:
            starts.append(p - back)
            p = seg.find(w, p + 1)
    for p in sorted(starts):
        if p >= end and (m := _IN_FIRST.match(seg, p)) is not None:
            end = m.end()
            yield m


#: An office told in apposition after a place: ", Abu Dhabi Crown Prince,", ", Oman's foreign minister,"
_PLACE_OFFICE = re.compile(r"\s*(?:['’]s?\s+)?(?:[\w\-]+\s+){0,2}?(?:" + ROLE + r")\b", re.I)


def _office_of(ctx: Context, end: int, countries: set) -> bool:
    """Is the person whose name ends at ``end`` told, in apposition, as holding an office of a place of one of
    ``countries`` (", Abu Dhabi Crown Prince,"): one of the hosts there, not a visitor?"""
    text = ctx.text
    for x in ctx.ms:
        if end < x.start <= end + 12 and x.country in countries and x.kind != "demonym" \
                and re.fullmatch(r",\s+(?:the\s+)?", text[end:x.start]) and _PLACE_OFFICE.match(text, x.end):
            return True
    # ", Oman's foreign minister,": an office read as a person of its own, whose country it tells
    return any(p.kind == "descriptor" and p.country in countries and re.fullmatch(r",\s+(?:the\s+)?", text[end:p.start])
               for p in ctx.people_between(end, end + 12))


def place_first(ctx: Context, hits: list[Hit]) -> None:
    """"In Ashkhabad, the Turkmen capital, Mr Putin will ...", "..., while in Belarus, he ..."."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in in_first(text[s0:s1]):
        start = s0 + m.end()
        places = chain(text, ctx.ms, start, s1, first_gap=2)
        if not places or m.group(0).strip().lower().startswith("from"):
            continue
        # "In Tokyo, US President Joe Biden met ...": a place before a person's title is his, not the list's
        places = places[:next((i for i, x in enumerate(places) if i and any(
            TITLE_GAP.fullmatch(text[x.end:p.start].lstrip()) for p in ctx.people_between(x.end, x.end + 50)
            if p.name)), len(places))]
        comma = text.find(",", places[-1].end, s1)
        if comma < 0 or comma - places[-1].end > 30:
            continue
        rest0 = comma + 1
        appos = re.match(r"\s*(?:the|on|where)\s[^,]{1,40},", text[rest0:s1])  # ", the Turkmen capital,", ", on May 6,"
        if appos:
            rest0 += appos.end()
        subj = [p for p in ctx.people_between(rest0, rest0 + 50) if p.name
                and TITLE_GAP.fullmatch(text[rest0:p.start].lstrip())]
        if subj and _office_of(ctx, subj[0].end, {x.country for x in places}):
            continue  # "In UAE, Mohammed bin Zayed, Abu Dhabi Crown Prince, underlined ...": one of the hosts
        if subj:  # with who is named with it: "In Japan, Mr. Singh and Minister Jaishankar will join"
            s, v = subj[0], verb_end(text, subj[0].end, s1)
            pred = predicate_start(text, s.end, s1)
            hits.append(Hit(s, places, s0 + m.start(), places[-1].end, (rest0, max(min(s1, s.end + 40), v)), 0.6,
                            "in-place", partners(ctx, s, pred) + _met(ctx, pred, {x.country for x in places})))


#: A verb of meeting face to face, then the one met: "met", "held talks with", "will meet with"
_MEETS = re.compile(r"\s*(?:(?:will|would|also|then|later|had|has)\s+)*(?:me(?:et|ets)|met|(?:held|holds?|had)\s+"
                    r"(?:(?:bilateral|separate|brief)\s+)?talks|talked|conferred)(?:\s+(?:with|separately\s+with))?\s+")


def _met(ctx: Context, pred: int, hosts: set[str | None]) -> tuple:
    """The one the subject meets in a place told first, when he is of a known country other than the place's: "In
    Hiroshima, Scholz held talks with French President Emmanuel Macron" (Macron is there too; a host met at home is
    no visitor, one of no told country may be either)."""
    verb = _MEETS.match(ctx.text, pred, ctx.s1)
    if verb is None:
        return ()
    q = next((q for q in ctx.people_between(verb.end(), verb.end() + 60) if q.name and q.kind != "pronoun"), None)
    if q is None or not q.country or q.country in hosts \
            or not TITLE_GAP.fullmatch(ctx.text[verb.end():q.start].lstrip()):
        return ()
    return (q,)
