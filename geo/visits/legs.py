"""More itinerary cue families: the ends of a tour, the stop left told first, and stops the itinerary holds.

* :func:`tour_ends` - a tour told by where it starts and ends, away from its noun: "a tour to the
  Gulf starting in Oman, then Kuwait and concluding it in Saudi Arabia", "a four-nation tour that
  starts with Cyprus", "the trip, which will begin in Lima and end in Quito";
* :func:`from_first` - the stop left, told first: "From Japan, Modi will then travel to Port
  Moresby", "From Tokyo, Blinken flies on to Seoul";
* :func:`more_stops` - stops told as the itinerary's, with no verb of travel: "Senegal and Mali are
  also on his itinerary", "Other stops include Senegal and Mali", "The visit will be followed by a
  trip to Senegal": the story's traveller (its focus) travels.

Each finds :class:`~geo.visits.context.Hit` objects the way the families of
:mod:`geo.visits.families` do; :data:`TRIGGERS` names the words a sentence must hold before
each of them reads it.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain, subject
from geo.visits.itinerary import onward

__all__ = ["TRIGGERS", "from_first", "more_stops", "tour_ends"]

# the trip noun the span belongs to, at most 90 characters before it, with no other matter between
_TRIP = re.compile(r"\b(?:tour|trip|visit|swing|journey|itinerary|travels)\b", re.I)
_SPAN = re.compile(r"\b(?:(?:start|begin|kick(?:s|ed|ing)?\s+off)(?:s|ed|ing|ning)?|began|begun|"
                   r"(?:conclud|end|finish|clos)(?:e|es|ed|ing|s)?|wind(?:s|ing)?\s+up|wound\s+up|"
                   r"wrap(?:s|ped|ping)?\s+up)\s+(?:it\s+|there\s+)?(?:(?:on\s+\w+day|today|tomorrow)\s+)?"
                   r"(?P<prep>in|with|at)\s+(?:a\s+(?:stop|visit)\s+(?:in|to)\s+)?(?:the\s+)?", re.I)
_OWNS = re.compile(r"['’]s?\s")
# what may stand between the trip noun and the span: not another matter that starts or ends somewhere
_OTHER_MATTER = re.compile(r"[;:]|\.\s|\b(?:talks|negotiations|war|conflict|fighting|meeting|conference|summit|"
                           r"session|process|season|term|career|game|match|race|festival|said|says)\b", re.I)


def tour_ends(ctx: Context, hits: list[Hit]) -> None:
    """The first and last stops of a tour told by its start and end: "a tour to the Gulf starting in Oman,
    then Kuwait and concluding it in Saudi Arabia", "a four-nation tour Thursday that starts with Cyprus"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _SPAN.finditer(text, s0, s1):
        trip = None
        for t in _TRIP.finditer(text, max(s0, m.start() - 90), m.start()):
            trip = t
        if trip is None or _OTHER_MATTER.search(text, trip.end(), m.start()):
            continue
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, trip.start()):
            continue
        trav, conf = subject(ctx, trip.start())
        if trav is None:  # "Kishida's tour will wrap up in Paraguay": the tour's owner
            trav, conf = next((p for p in ctx.people_between(max(s0, trip.start() - 40), trip.start()) if p.name
                               and _OWNS.match(text, p.end)), None), 0.8
        if trav is None:
            continue
        w0 = max(s0, trip.start() - 80)
        hits.append(Hit(trav, places, m.start(), places[-1].end, (w0, places[-1].end), 0.75 * conf, "travel"))
        onward(ctx, hits, trav, places[-1].end, w0, 0.7 * conf)  # "starting in Oman, then Kuwait"


# "From Japan, Modi will then travel to": the clause opens with the stop before
_FROM_FIRST = re.compile(r"(?:^|(?<=;)\s*)From\s+(?:the\s+)?(?=[A-Z])")
# what may stand before the subject of that clause: its title ("Indian Prime Minister", "the Secretary of State")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:the|of|[A-Z][\w.’'\-]*)\s+){0,6}")
# the move the clause after the comma tells, within 80 characters of its subject
_MOVE_ON = re.compile(r"\b(?:fl(?:y|ies|ew|ying)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|"
                      r"proceed(?:s|ed|ing)?|continu(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|leav(?:e|es|ing)|left|"
                      r"jet(?:s|ted)?|"
                      r"depart(?:s|ed|ing)?)\b", re.I)


def from_first(ctx: Context, hits: list[Hit]) -> None:
    """The stop before the next one, told at the head of the clause: "From Japan, Modi will then travel to
    Port Moresby", "From Tokyo, Blinken flies on to Seoul" (not "From Washington, the White House said")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _FROM_FIRST.finditer(text[s0:s1]):
        a = s0 + m.end()
        places = chain(text, ctx.ms, a, s1, first_gap=0)
        if not places or places[0].start != a or text[places[-1].end:places[-1].end + 1] != ",":
            continue
        comma = places[-1].end + 1
        trav = next((p for p in ctx.people_between(comma, comma + 60) if p.name), None)
        if trav is not None and not _SUBJECT_GAP.fullmatch(text, comma, trav.start):
            continue  # "From Moscow, the Kremlin said Erdogan would travel": not the clause's subject
        move = _MOVE_ON.search(text, trav.end, min(s1, trav.end + 80)) if trav is not None else None
        if move is None or negated(text, s0, move.start()):
            continue
        hits.append(Hit(trav, places[:1], a, places[0].end, (comma, move.end()), 0.7, "left"))


# "Senegal and Mali are also on his itinerary", "Ghana is on the agenda of the tour"
_ON_ITINERARY = re.compile(r"\s+(?:is|are|will\s+be|was|were)\s+(?:also\s+)?on\s+(?:(?:the|his|her|their)\s+"
                           r"(?:[\w\-]+\s+){0,2}?itinerary|(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?schedule)\b"
                           r"(?!\s+(?:of|for)\b)")
# "Other stops include Senegal", "The visit will be followed by a trip to Senegal"
_STOPS_INCLUDE = re.compile(r"\b(?:(?:other|further|later|remaining|subsequent)\s+(?:stops|legs|destinations)\s+"
                            r"(?:include|are|will\s+be)|\b(?:visit|trip|tour|stop|stay|leg)\s+"
                            r"(?:(?:will\s+be|is|was)\s+)?followed\s+by\s+(?:a|an)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:trip|visit|stop|stopover|tour)\s+(?:to|in))\s+(?:the\s+)?", re.I)


_BY_SOMEONE = re.compile(r"\s+by\s")


def more_stops(ctx: Context, hits: list[Hit]) -> None:
    """Stops the itinerary holds, told without a verb of travel: "Senegal and Mali are also on his
    itinerary", "Other stops include Senegal and Mali", "The visit will be followed by a trip to Senegal".
    The traveller is the one whose itinerary it is ("his"), else the story's focus."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    found = []
    for m in _STOPS_INCLUDE.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if places and places[0].start == m.end():
            found.append((m.start(), m.end(), places))
    for i, p in enumerate(ctx.ms):
        m = _ON_ITINERARY.match(text, p.end, s1) if p.country and p.kind != "demonym" else None
        if m is None:
            continue
        listed = [p]  # "Ghana, Senegal and Mali are on his itinerary": the list ends here, back to its first
        for q in reversed(ctx.ms[:i]):
            if not q.country or text[q.end:listed[0].start].strip(" ,") not in ("", "and"):
                break
            listed.insert(0, q)
        found.append((listed[0].start, m.end(), listed))
    for a, b, places in found:
        if negated(text, s0, a) or not places or _BY_SOMEONE.match(text, places[-1].end, s1):
            continue  # "followed by a visit to Uganda by the Chinese premier": someone else's
        trav = ctx.focus
        if trav is None:
            continue
        end = max(b, places[-1].end)
        hits.append(Hit(trav, places, a, end, (max(s0, a - 80), min(s1, end + 40)), 0.6, "travel"))


#: For each family here, the words (lower case, any part of a word) one of which a sentence must hold.
TRIGGERS = {
    "tour_ends": ("start", "begin", "began", "begun", "kick", "conclud", "end", "finish", "clos", "wind", "wound",
                  "wrap"),
    "from_first": ("from ",),
    "more_stops": ("itinerary", "schedule", "stops", "legs", "destinations", "followed by"),
}
