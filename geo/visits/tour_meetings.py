"""Stops of a tour told by the people met there: "During the tour, he will meet with the leaders of
Saudi Arabia, Qatar and the UAE", "The tour will see Fidan engaging with officials in Albania, Bulgaria
and Romania", "Pence has visited presidents ... in Colombia, Argentina and Chile".

A tour of several countries is often told once by its noun ("a four-nation tour") and its stops only
by whom the traveller meets in each. The family reads a meeting with the leaders (officials,
counterparts, ...) *of* or *in* two countries or more, in a sentence about a tour that the sentence or
the one before it names, and not anchored to one place of its own ("During his visit to Washington,
Modi will meet the leaders of Japan and Australia" is a meeting in Washington, not two more stops).

:func:`tour_meetings` finds :class:`~geo.visits.context.Hit` objects the way the families of
:mod:`geo.visits.families` do; :data:`TRIGGERS` names the words a sentence must hold before it reads it.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain, subject

__all__ = ["TRIGGERS", "tour_meetings"]

_PEOPLE = (r"(?:top\s+|senior\s+|state\s+|government\s+|political\s+|local\s+)?(?:leaders|leadership|"
           r"heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|officials|counterparts|authorities|"
           r"governments|kings|monarchs|rulers)")
# "meet with the leaders of", "engaging with officials in", "visited presidents generally considered
# friendly to the U.S. in"
_MEETS = re.compile(r"\b(?:meet(?:s|ing)?|met|hold(?:s|ing)?\s+talks|held\s+talks|engag(?:e|es|ed|ing)|"
                    r"confer(?:s|red|ring)?|visit(?:s|ed|ing)?)\s+(?:with\s+)?(?:the\s+)?" + _PEOPLE
                    + r"(?:\s+[^,;:()]{0,60}?)?\s+(?:of|in)\s+(?:the\s+)?", re.I)
# the tour the meetings belong to: its noun in this sentence or the one before
_TOUR = re.compile(r"\b(?:tour|trip|visit|journey|swing|itinerary)s?\b", re.I)
# a trip anchored to one place ("During his visit to Washington"), or meetings at a gathering: the
# leaders are met where the traveller already is
_ANCHORED = re.compile(r"\b(?:tour|trip|visit|journey|stay)\s+(?:to|in|of)\s+(?:the\s+)?(?-i:[A-Z])|\b(?:summit|"
                       r"sidelines|margins|conference|forum|meeting\s+of|gathering|assembly|session|video|"
                       r"virtual(?:ly)?|phone|telephone|call)\b", re.I)
_LOOK_BACK = 300

#: The words one of which a sentence must hold before :func:`tour_meetings` reads it.
TRIGGERS = {"tour_meetings": ("meet", "met ", "talks", "engag", "confer", "visit")}


def tour_meetings(ctx: Context, hits: list[Hit]) -> None:
    """Each country whose leaders (officials, counterparts) a touring traveller meets, when two or more
    are listed: "During the tour, he will meet with the leaders of Saudi Arabia, Qatar and the UAE"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _MEETS.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=1)
        if len({p.country for p in places}) < 2 or negated(text, s0, m.start()):
            continue
        lead = text[s0:m.start()]
        if _ANCHORED.search(text, s0, s1) or not (
                _TOUR.search(lead) or _TOUR.search(text, max(0, s0 - _LOOK_BACK), s0)):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is None and _TOUR.search(lead):  # "During the tour, the leaders of ... will be met"
            trav, conf = ctx.focus, 0.6
        if trav is None:
            continue
        hits.append(Hit(trav, places, m.start(), places[-1].end, (max(s0, m.start() - 80), places[-1].end),
                        0.75 * conf, "tour-meetings"))
