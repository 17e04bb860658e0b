"""The last readings of a sentence no cue family took: a loose travel verb, then a trip word near a
foreign place.

:func:`loose` reads "arrived ..., to Uzbekistan": a travel verb, then "to" or "in" and a place
before any clause break. News also tells many visits in wordings no family knows ("Lula's
whirlwind China outing", "was feted on a trip across China"). When a sentence holds a named
traveller of a known country, a trip word and exactly one place of another country hanging on it
("to China", "his China outing"), and no family found a visit there, :func:`broad_trip` reads a
visit of low confidence (``--min-confidence`` trades it away). Guards: the trip word is not
negated, not a supposition ("if he were to visit"), not inside a quotation; the traveller is the
subject of the trip word's clause ("Putin said Xi will visit" is Xi's); the place is not the
traveller's own country (a leader at home is the host); a place one comes *from*, a place after
"since", "abroad" or a relative word, a topic ("the conflict in Yemen") or a person's country
("Chile's President Pinera") is no destination.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.text import Anchors, negated
from geo.visits.context import ROLE, Context, Hit, subject
from geo.visits.hypothetical import supposed

__all__ = ["last_readings", "loose", "broad_trip", "TRIP_WORD"]

_LOOSE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|expected|headed|heading|flew|flies|travelled|traveled)\b",
                    re.I)
_LOOSE_STOP = re.compile(r"\b(?:which|where|who|whose|while|although|because|that|but)\b|[.;:…]", re.I)

#: Any word of a trip: nouns and verbs of going, arriving and staying.
TRIP_WORD = re.compile(r"\b(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|journey(?:s|ed)?|stay(?:s|ed|ing)?|"
                       r"stopover|arriv(?:al|e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|"
                       r"land(?:s|ed|ing)|touch(?:es|ed)?\s+down|outing|sojourn)\b", re.I)
#: How a place hangs on the trip word after it: "to China", "in the Gulf", "into Kyiv", "of Japan".
_LINK_AFTER = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,3}?(?:to|in|into|at|of|for|around|across|through)\s+)"
                         r"(?:the\s+)?$", re.I)
#: A place that names a person's country ("Papua New Guinea PM Somare", "Chile's President", "the Secretary
#: of State of the United Kingdom") or a topic ("the conflict in Yemen") is no destination.
_TOPIC = re.compile(r"\b(?:war|conflict|crisis|situation|issue|issues|question|dispute|fighting|violence|"
                    r"developments|peace|attack|attacks|about|regarding|concerning|on)\s+"
                    r"(?:in\s+|of\s+|over\s+)?(?:the\s+)?$", re.I)
_TITLE_OF = re.compile(r"\b(?i:" + ROLE + r")\b[^,.;:]{0,40}?\bof\s+(?:the\s+)?$")
_TITLE_AFTER = re.compile(r"(?:['’]s?)?(?:\s+(?:[A-Z][\w.\-]*|of|the|for|\([A-Z]+\)))*\s*")
#: Words after which a place is a time's or a clause's, not the trip's: "travelled abroad since the start of the
#: war in Ukraine", "the trip that ...".
_OPEN = re.compile(r"\b(?:since|abroad|overseas|after|before|until|because|that|which|where|who|when|while|"
                   r"although|but)\b", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_NOUN = re.compile(r"(?:visit|trip|tour|journey|stay|stopover|outing|sojourn)", re.I)
_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_QUOTES = re.compile(r"[\"“”]")
#: How far a place may be from the trip word, either side.
_REACH = 120


def last_readings(ctx: Context, hits: list[Hit], loose_words: bool = True, trip_words: bool = True) -> None:
    """The readings tried when no family found a visit in the sentence: :func:`loose` (when the sentence
    holds one of its words, ``loose_words``), then :func:`broad_trip` (when it holds a trip word,
    ``trip_words``)."""
    if loose_words:
        loose(ctx, hits)
    if not hits and trip_words:
        broad_trip(ctx, hits)


def loose(ctx: Context, hits: list[Hit]) -> None:
    """Fallback when nothing else matched: "arrived ..., to Uzbekistan"."""
    text, s0 = ctx.text, ctx.s0
    for m in _LOOSE.finditer(text, s0, ctx.s1):
        if negated(text, s0, m.start()):
            continue
        c0, c1 = m.span()
        cands = [x for x in ctx.ms if c1 <= x.start <= c1 + 110 and x.kind != "demonym" and x.country
                 and re.search(r"\b(?:to|in|into)\s+(?:the\s+)?$", text[max(c1, x.start - 12):x.start])
                 and not _LOOSE_STOP.search(text[c1:x.start])
                 and _since_closed(text[c1:x.start])]
        if not cands:
            continue
        trav, conf = subject(ctx, c0)
        if trav is None and ctx.focus is not None and len(text[s0:c0].split()) <= 2:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, cands[:1], c0, cands[0].end, (max(s0, c0 - 70), c1), 0.6 * conf, "loose"))
        return


def _since_closed(gap: str) -> bool:
    """False while a "since ..." phrase is still open: its places are reference points."""
    at = [m.end() for m in re.finditer(r"\bsince\b", gap, re.I)]
    return not at or "," in gap[at[-1]:]


@lru_cache(maxsize=1)
def _trip_words() -> Anchors:
    """``TRIP_WORD`` with the words its matches start with."""
    return Anchors({"trip": (TRIP_WORD, ("visit", "trip", "tour", "journey", "stay", "stopover", "arriv", "travel",
                                          "fl", "land", "touch", "outing", "sojourn"))}, lazy=True)


def broad_trip(ctx: Context, hits: list[Hit]) -> None:
    """A visit told by a trip word near the one foreign place of a sentence no family read.

    Examples
    --------
    >>> TRIP_WORD.search("his whirlwind China outing").group(0)
    'outing'
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not any(x.country and x.kind != "demonym" for x in ctx.ms):
        return
    for m in _trip_words().finditer("trip", text, s0, s1):  # tried only where one of its words starts a word
        c0 = m.start()
        if negated(text, s0, c0) or len(_QUOTES.findall(text, s0, c0)) % 2:
            continue
        trav, conf = subject(ctx, c0)
        if trav is None or not trav.name or not trav.country:
            continue
        near = [x for x in ctx.ms if x.country and x.kind != "demonym" and x.country != trav.country
                and abs(x.start - c0) <= _REACH and _linked(ctx, m, x)]
        if len({x.country for x in near}) != 1:
            continue  # no foreign place, or several: which one is the trip's is not told
        place = near[0]
        if supposed(text, s0, c0, max(place.end, m.end())):
            continue
        end = max(m.end(), place.end)
        hits.append(Hit(trav, [place], c0, end, (max(s0, c0 - 80), min(s1, end + 40)), 0.35 * conf, "broad"))
        return


def _linked(ctx: Context, m: re.Match, x) -> bool:
    """Is place ``x`` where the trip of word ``m`` goes, in the same clause: "trip to China", "China trip",
    "arrived ... in Hanoi", and not a person's country or a topic?"""
    text = ctx.text
    if x.start >= m.end():
        gap = text[m.end():x.start]
        if _BREAK.search(gap) or _OPEN.search(gap) or not _LINK_AFTER.search(gap) or _TOPIC.search(gap) \
                or _FROM.search(gap):
            return False  # another clause, no link, a topic ("the war in"), or whence ("from")
    else:
        if text[x.end:m.start()].strip() or not _NOUN.fullmatch(m.group(0)):
            return False  # only a place right before a trip noun: "his China outing", "a two-day Kenya visit"
    if _TITLE_OF.search(text, max(ctx.s0, x.start - 60), x.start):
        return False  # "the Secretary of State for Defence of the United Kingdom"
    for p in ctx.people_between(x.end, x.end + 45):
        if p.start >= x.end and _TITLE_AFTER.fullmatch(text, x.end, p.start):
            return False  # "Papua New Guinea PM Sir Michael Somare", "Chile's President Pinera"
    return True
