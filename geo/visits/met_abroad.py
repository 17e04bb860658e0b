"""The others met abroad: "Ratas will meet ... Lithuanian Prime Minister Saulius Skvernelis in Riga".

When a traveller meets people in a place foreign to the traveller, everyone named between the
verb of meeting and the place is there too; one whose country is known and is not the place's
country travelled there as well (a Lithuanian prime minister met in Riga is visiting Latvia),
while one of the place's own country is a host. Read after :mod:`geo.visits.hosting` has named
the guests of each meeting, as more co-travellers of the meeting's visit.
"""

from __future__ import annotations

import re

from geo.visits.context import Context, Hit

__all__ = ["met_abroad", "met_reach"]

#: The verb of meeting a meeting hit starts at: "met with", "will meet", "held talks with".
_VERB = re.compile(r"(?:met|meet|meets|meeting|meetings|talks|held\s+talks|hold\s+talks|holds\s+talks|"
                   r"sat\s+down|conferred)\s+(?:with\s+)?", re.I)
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
