"""The others met abroad: "Ratas will meet ... Lithuanian Prime Minister Saulius Skvernelis in Riga",
"Talks between Lula and Xi Jinping were held in Beijing".

When a traveller meets people in a place foreign to the traveller, everyone named between the
verb of meeting and the place is there too; one whose country is known and is not the place's
country travelled there as well (a Lithuanian prime minister met in Riga is visiting Latvia),
while one of the place's own country is a host. Read after :mod:`geo.visits.hosting` has named
the guests of each meeting, as more co-travellers of the meeting's visit; :func:`met_reach` tells the
meeting family how far after its verb the place may stand when the verb lists several people met.

:func:`talks_between` reads a meeting told as a noun with its people after "between" and its place
after them ("Talks between A and B were held in Beijing", "a meeting between A and B in Riga"):
each of them whose country is known and is not the place's travelled there.

:func:`venue_place` reads the place of a meeting told after its building ("at State House in Nairobi", "at
the presidential palace, Hanoi"), for the meeting and hosting families.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.values import Mention
from geo.visits.context import Context, Hit, chain
from geo.wordlists import EVENT_FRAME, MEETING, MONTH, WEEKDAY, alternation

__all__ = ["met_abroad", "met_reach", "talks_between", "venue_place"]

#: ... with the place before "between" as well: "the talks in Ankara between Erdogan and Orban", "the meeting
#: took place in Washington on Thursday between Kim and Okano"
_BETWEEN = re.compile(r"(?=[cdmnst])\b(?:talks|meetings?|negotiations|consultations|discussions|summit)"
                      r"(?:\s+(?:(?:took|takes|will\s+take)\s+place|(?:was|were|is|are|will\s+be)\s+held))?(?:\s+(?:in|at)\s+"
                      r"(?P<where>(?:the\s+)?[A-Z][^,.;:]{1,40}?))?\s+between\s+", re.I)
#: After the people: "were held in", "took place in", "in".
_HELD_IN = re.compile(r"\s*,?\s+(?:(?:was|were|is|are|will\s+be|had\s+been|have\s+been)\s+(?:\w+ly\s+)?held\s+|"
                      r"(?:took|take|takes|will\s+take)\s+place\s+|held\s+)?"
                      # the day and the event it was held at, before its place: "on Monday on the sidelines of the
                      # Asean Summit in Manila", "on Tuesday in Ankara"
                      r"(?:on\s+" + WEEKDAY + r"\s+)?"
                      r"(?:(?:" + EVENT_FRAME + r"|at|during)\s+(?:the\s+|an?\s+)?"
                      r"(?:[\w\-()]+\s+){1,8}?(?=in\s))?(?:in|at)\s+(?:the\s+)?")

#: The verb of meeting a meeting hit starts at: "met with", "will meet", "held talks with".
_VERB = re.compile(alternation(MEETING) + r"\s+(?:with\s+)?", re.I)
#: What may stand between the verb or a person met and the next one: a list mark and a title ("Latvia's new
#: prime minister, ", "and Lithuanian Prime Minister ", "his Chinese counterpart ").
_TITLE = re.compile(r"\s*(?:(?:,|(?i:and|the|his|her|their|its|new|former|counterparts?|prime|foreign|defen[cs]e|deputy|"
                    r"vice|crown|chief|minister|ministers|president|premier|chancellor|secretary|king|queen|prince|"
                    r"emir|sheikh|leader|head|of|state|affairs)\b|[A-Z][\w.’'\-]*)\s*)*")

def met_reach(ctx: Context, start: int, least: int = 70) -> int:
    """How far after a verb of meeting (ending at ``start``) its place may be told: ``least`` characters,
    or 30 past the last of the people it lists ("will meet Latvia's new prime minister, Krisjanis Karins,
    and Lithuanian Prime Minister Saulius Skvernelis in Riga").

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "met A, B and C in Riga"
    >>> people = [N(start=4, end=5, name="A"), N(start=7, end=8, name="B"), N(start=13, end=14, name="C")]
    >>> ctx = N(text=t, people_between=lambda a, b: [p for p in people if a <= p.start < b])
    >>> met_reach(ctx, 4, least=5)
    44
    """
    text, end, last = ctx.text, start + least, None
    for p in ctx.people_between(start, start + 400):
        if not p.name or p.start < start:
            continue
        if p.start > (start + least if last is None else last.end + 60) or \
                not _TITLE.fullmatch(text, start if last is None else last.end, p.start):
            break  # only a list of people met, each after a title: "meet Latvia's new prime minister, X, and Y"
        last = p
    return max(end, last.end + 30) if last is not None else end


def met_abroad(ctx: Context, hits: list[Hit]) -> None:
    """Add to each meeting abroad the people met there who are foreign to the place too.

    A meeting hit (cue ``met``) whose traveller is foreign to its place gains,
    as co-travellers, the named people between its verb and its place whose
    country is known and is neither the place's nor one of those already told.
    """
    for h in hits:
        if h.cue != "met" or not h.places or h.traveller is None or not h.traveller.country:
            continue
        host = h.places[0].country
        if h.traveller.country == host:
            continue  # at home the others are guests: the meeting family has read them
        verb = _VERB.match(ctx.text, h.cue_start)
        if verb is None:
            continue
        told = {id(h.traveller), *(id(p) for p in h.also)}
        more, end = [], verb.end()
        for p in ctx.people_between(verb.end(), h.places[0].start):
            if p.start < end or not p.name or p.kind == "pronoun":
                continue
            if not _TITLE.fullmatch(ctx.text, end, p.start):
                break  # "the meeting was prepared by ...": not the people met
            if p.country and p.country != host and id(p) not in told and p.name != h.traveller.name \
                    and _country_told(ctx, end, p):
                more.append(p)
            end = p.end
        if more:
            h.also = (*h.also, *more)


def _country_told(ctx: Context, start: int, p) -> bool:
    """Does the title before person ``p`` (from ``start``) name the person's country ("Lithuanian Prime
    Minister", "Chile's President")? A country known only from a table ("NATO chief Jens Stoltenberg")
    says nothing of whether the person is abroad."""
    return any(start <= x.start and x.end <= p.end and x.country == p.country for x in ctx.ms)


def talks_between(ctx: Context, hits: list[Hit]) -> None:
    """"Talks between Brazilian President Lula and Xi Jinping were held in Beijing": each one of the
    people after "between" whose country is known and is not the place's visited it."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _BETWEEN.finditer(text, s0, s1):
        if negated(text, s0, m.start()):
            continue
        people, end = [], m.end()
        for p in ctx.people_between(m.end(), min(s1, m.end() + 200)):
            if p.start < end or not p.name or p.kind == "pronoun":
                continue
            if not _TITLE.fullmatch(text, end, p.start):
                break
            people.append(p)
            end = p.end
        where = chain(text, ctx.ms, m.start("where"), m.end("where"), first_gap=1) if m.group("where") else []
        held = _HELD_IN.match(text, end, s1) if len(people) >= 2 and not where else None
        places = (where if len(people) >= 2 else []) or (chain(text, ctx.ms, held.end(), s1, first_gap=0) if held else [])
        if not places or not where and places[0].start != held.end():
            continue
        for p in people:
            if p.country and p.country != places[0].country:
                hits.append(Hit(p, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), places[0].end),
                                0.6, "met"))


#: A building named before its city: capitalised words ("State House", "Hyderabad House", "the Hotel Rwanda")
#: or a common noun of a seat ("the presidential palace", "the prime minister's residence"), then "in" or a comma.
_VENUE = re.compile(r"(?:the\s+)?(?:(?:(?!(?:" + MONTH + r"[a-z]*|" + WEEKDAY + r")\b)[A-Z][\w’'.\-]*|of|de|del|presidential|royal|state|official|prime\s+minister[’']s|"
                    r"president[’']s|king[’']s|foreign\s+ministry[’']s|(?:palace|house|residence|office|hall|hotel|"
                    r"headquarters|building|complex|compound|guest\s*house|villa|mansion|castle|fort|chancellery|"
                    r"ministry)(?=[\s,]))\s*){1,7}?(?:,|\s+in)\s+(?:the\s+)?")


def venue_place(ctx: Context, pos: int, limit: int) -> list[Mention]:
    """The place named right after a building that stands at ``pos`` (after "at"): "held talks at State House
    in Nairobi" gives Nairobi, "received him at the presidential palace, Hanoi" gives Hanoi; none when what
    stands there is no building's name ("at the summit in Jakarta" is an event: the attendance family's).

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "They held talks at State House in Nairobi on Monday."
    >>> nbo = Mention("d", 34, 41, "Nairobi", "Nairobi", -1.3, 36.8, "KE", None, "city", 1.0)
    >>> ctx = Context(Document("d", t), 0, len(t), [nbo], [], lambda: None, False, None)
    >>> [m.name for m in venue_place(ctx, 19, len(t))]
    ['Nairobi']
    >>> t2 = "They held talks at the summit in Nairobi."
    >>> venue_place(Context(Document("d", t2), 0, len(t2), [], [], lambda: None, False, None), 19, len(t2))
    []
    """
    m = _VENUE.match(ctx.text, pos, limit)
    return chain(ctx.text, ctx.ms, m.end(), limit, first_gap=0)[:1] if m is not None else []
