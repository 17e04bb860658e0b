"""Later stops of a trip told by the story's layout: paragraphs labelled by their stop, and the dateline's leg.

* :func:`stop_labels` - an itinerary laid out as paragraphs that each open on the stop's name and a colon;
* :func:`dateline_leg` - the leg of a tour where the story is filed: "MANILA (Reuters) - Trump wrapped up his
  Asia tour on Tuesday", "HANOI - Trump, on the fourth leg of his Asia tour, said ...". Wire stories name
  the last or current stop of a tour only by their dateline; the tour's words (wrapped up, concluded, ended,
  on the fourth leg of) say the traveller is there.

Schedules and explainers often set a trip out as a list, one paragraph per stop::

    Her itinerary:
    Argentina: Later today in Buenos Aires, she'll meet with Argentine President ...
    Chile: On Tuesday morning, Clinton is bringing communications equipment ...
    Costa Rica: Clinton will move on to Central America on Thursday ...

The label is the stop; the paragraph's words tell what the traveller does there, often without naming the
place again ("is bringing equipment for the quake-hit country", "will conclude her trip by meeting regional
leaders"). :func:`stop_labels` reads a sentence that opens on such a label as a visit of the traveller the
paragraph names (the first person named there who is not of the labelled country), else of the story's
traveller. Two guards keep other colons out: the label must be a place alone (a country, or a city of a
known country), and the document must hold at least one more paragraph labelled the same way, so that the
layout is a list of places and not one headline-style lead ("KENYA: Opposition leader ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.cancel_words import CALL_OFF_STEMS
from geo.visits.context import Context, Hit, mention_start, subject

__all__ = ["TRIGGERS", "stop_labels", "dateline_leg"]

#: Words one of which a sentence must hold before each family reads it.
TRIGGERS = {"stop_labels": (":",), "dateline_leg": ("wrap", "conclud", "ended", "ends", "leg of")}

#: What may stand before the label on its line: blanks and a bullet.
_LEAD = " \t\u2022*-\u2013"
#: The colon that closes a label, and the words after it.
_COLON = re.compile(r"[ \t]*:[ \t]+(?=\S)")
#: The start of any line that may be a label: up to four words and a colon.
_LINE_LABEL = re.compile(r"(?m)^[ \t\u2022*\-\u2013]*(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,3})[ \t]*:[ \t]+\S")
_QUOTE = re.compile(r"\s*[\"“]")
#: A paragraph that says the stop will not happen: no visit (the calling-off readers tell it elsewhere).
_CALLED_OFF = re.compile(r"\b(?:not|never|no\s+longer|" + "|".join(CALL_OFF_STEMS + ("dropped",)) + r")\b", re.I)
_KINDS = ("country", "city")


def _label_place(ctx: Context, a: int, b: int):
    """The place mention that covers the whole of ``text[a:b]``, if one does."""
    story = ctx.story
    i = bisect_left(story, a, key=mention_start)
    if i < len(story) and story[i].start == a and story[i].end == b and story[i].kind in _KINDS \
            and story[i].country:
        return story[i]
    return None


#: The last document counted: (its text, its place mentions, the count); one read, one write.
_COUNTED: list[tuple[str, object, int] | None] = [None]


def _labelled_lines(ctx: Context) -> int:
    """How many lines of the document open on a place label (counted once per document, not per sentence)."""
    last = _COUNTED[0]
    if last is not None and last[0] is ctx.text and last[1] is ctx.story:
        return last[2]
    n = sum(1 for m in _LINE_LABEL.finditer(ctx.text) if _label_place(ctx, m.start("label"), m.end("label")))
    _COUNTED[0] = (ctx.text, ctx.story, n)
    return n


def stop_labels(ctx: Context, hits: list[Hit]) -> None:
    """A stop told by the label its paragraph opens on: "Chile: On Tuesday morning, Clinton is bringing
    communications equipment for the quake-hit country" is Clinton's stop in Chile.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.events import extract_visits
    >>> from geo.values import Document
    >>> text = ("Secretary of State Hillary Clinton arrived in Uruguay today for a weeklong tour.\\n\\n"
    ...         "Chile: On Tuesday, Clinton will bring communications equipment.\\n\\n"
    ...         "Guatemala: On Friday, Clinton will conclude her trip by meeting regional leaders.")
    >>> doc = Document("d", text, published=dt.date(2010, 3, 1))
    >>> sorted((v.country, str(v.start_date), v.status) for v in extract_visits([doc]))
    [('CL', '2010-03-02', 'planned'), ('GT', '2010-03-05', 'planned'), ('UY', '2010-03-01', 'ongoing')]
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    first = ctx.ms[0] if ctx.ms else None
    line = text.rfind("\n", 0, s0) + 1  # a label opens its line
    if first is None or text[line:first.start].strip(_LEAD) or first.kind not in _KINDS or not first.country:
        return
    colon = _COLON.match(text, first.end, s1)
    if colon is None:
        return
    body = colon.end()
    if _QUOTE.match(text, body) or _CALLED_OFF.search(text, body, s1) or _labelled_lines(ctx) < 2:
        return
    trav = next((p for p in ctx.people_between(body, s1) if p.name and p.country != first.country), None)
    if trav is None:
        trav = ctx.focus
    if trav is None or trav.country == first.country:
        return
    hits.append(Hit(trav, [first], s0, colon.end(), (body, s1), 0.6, "travel"))


#: The tour's words that put the traveller at its current or last stop, with the tour noun.
_AT_LEG = re.compile(r"\b(?:(?:wrapped|wraps|wrapping)\s+up|concluded|concludes|concluding|ended|ends|ending|"
                     r"(?:is|was)\s+on|on)\s+(?P<rest>(?:the|his|her|their|a|an)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?:tour|trip|swing|journey)|the\s+(?:[\w\-]+\s+){0,2}?(?:leg|stop)\s+of\s+(?:his|her|their|a|an|the)"
                     r"\s+(?:[\w\-]+\s+){0,3}?(?:tour|trip|swing|journey))\b", re.I)
#: The tour's words that end it ("wrapped up his tour"), against those that place it under way ("on the fourth
#: leg of his tour": where the story is filed, that day, as "here" is).
_ENDING = re.compile(r"(?:wrap|conclud|end)", re.I)
#: How far after the tour noun its own destination may be told ("his visit to Japan"): then it is no leg here.
_OWN_REACH = 30


def dateline_leg(ctx: Context, hits: list[Hit]) -> None:
    """The stop of a tour where the story is filed: "MANILA (Reuters) - Trump wrapped up his Asia tour on
    Tuesday" puts Trump in the Philippines; so does "Trump, on the fourth leg of his Asia tour, said".

    Not when the tour's words name another country as its place ("wrapped up his visit to Japan" filed in
    Beijing), nor for someone of the dateline's own country.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.events import extract_visits
    >>> from geo.values import Document
    >>> text = "MANILA (Reuters) - U.S. President Donald Trump wrapped up his Asia tour on Tuesday."
    >>> [(v.country, v.status) for v in extract_visits([Document("d", text, published=dt.date(2017, 11, 14))])]
    [('PH', 'completed')]
    """
    here = ctx.here
    if here is None or not here.country:
        return
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _AT_LEG.finditer(text, s0, s1):
        if any(m.start() <= p.start < m.end() + _OWN_REACH and p.kind in _KINDS and p.country
               and p.country != here.country for p in ctx.ms):
            continue  # "concluded his visit to Japan": that tour's place, not the dateline's
        trav, conf = subject(ctx, m.start())
        if trav is None:
            trav, conf = ctx.focus, 0.7
        if trav is None or not trav.name or trav.country == here.country:
            continue
        # the cue starts after the verb, so that "wrapped up his Asia tour" reads as an end told before it, as
        # "wrapped up his visit to Japan" does: its own words tell whether the tour is over
        c0 = m.start("rest")
        hits.append(Hit(trav, [here], c0, m.end(), (max(s0, m.start() - 60), min(s1, m.end() + 40)),
                        0.75 * conf, "dateline-leg" if _ENDING.match(text, m.start()) else "here"))
