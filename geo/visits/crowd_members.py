"""A crowd that travels or attends, and its members named after it.

News tells a gathering's guests as a crowd first and names them after: "Dozens of world leaders attended the
funeral in Tokyo on Tuesday, including Ruto and Tinubu", "Several African leaders arrived in Addis Ababa for the
summit, among them Ruto and Tinubu". The cue families find the crowd's trip but no one to give it to (the
subject is no person); :func:`crowd_members` gives it to each member named after "including", "among them",
"such as".

:data:`geo.visits.more_families.MORE_FAMILIES` runs it with the other cue families, after them, over the
hits they found in the sentence.
"""

from __future__ import annotations

import re

from geo.visits.attendance import EVENT
from geo.visits.context import Context, Hit
from geo.visits.summits import GROUP, named_until_end

__all__ = ["CROWD_MEMBER_WORDS", "NEXT_WORDS", "crowd_members", "crowd_named_next"]

#: Words one of which a sentence must hold before :func:`crowd_members` reads it (lower case, any part of a word).
CROWD_MEMBER_WORDS = ("including", "among them", "among whom", "such as", "notably")

#: Words one of which a sentence must hold before :func:`crowd_named_next` reads it (lower case, any part of a word).
NEXT_WORDS = ("among", "they includ", "those", "mourners", "guests", "dignitaries")
#: A subject that is a crowd, not a person: "Dozens of world leaders", "Thousands", "Several African leaders",
#: "Leaders from across Africa", "Mourners" (the whole subject, up to the cue).
_CROWD_SUBJECT = re.compile(r"\W*(?:the\s+|other\s+|some\s+|many\s+|several\s+|more\s+than\s+\w+\s+|about\s+\w+\s+|"
                            r"[\w\-]+\s+of\s+|hundreds\s+of\s+|thousands\s+of\s+|dozens\s+of\s+)*"
                            r"(?:" + GROUP + r"|thousands|hundreds|dozens|mourners|delegations|dignitaries|royals|"
                            r"(?:[\w\-]+\s+){0,2}officials)(?:\s+(?:from|of)\s+[^,.;:]{1,40}?)?"
                            r"(?:\s+(?:have|had|has|will|would|are|were|also|all|then|later|first))*\s*", re.I)
#: The cues whose trip a crowd may make: a travel verb, an attendance, an arrival, being there.
_CROWD_CUES = ("travel", "attend", "here", "arrival", "event", "presence")
#: Where the members are named: ", including Ruto and Tinubu", ", among them Ruto", ", such as Ruto".
_MEMBERS = re.compile(r",?\s+(?:including|among\s+them|among\s+whom\s+(?:were|was|are)|such\s+as|notably)\s+", re.I)


def crowd_members(ctx: Context, hits: list[Hit]) -> None:
    """Give a crowd's trip to the members named after it: "Dozens of world leaders attended the funeral in Tokyo
    on Tuesday, including Kenyan President William Ruto and Nigerian President Bola Tinubu" is a visit to Japan
    for both; not when the one who travels is a person ("Ruto arrived in Tokyo, including ..." is no list of
    guests), nor for names inside the crowd's own words.

    Examples
    --------
    >>> _CROWD_SUBJECT.fullmatch("Dozens of world leaders ") is not None
    True
    >>> _CROWD_SUBJECT.fullmatch("Several African leaders from across the continent have ") is not None
    True
    >>> _CROWD_SUBJECT.fullmatch("Kenyan President William Ruto ") is None
    True
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for h in list(hits):
        if h.traveller is not None or h.cue not in _CROWD_CUES or not h.places:
            continue
        if _CROWD_SUBJECT.fullmatch(text, s0, h.cue_start) is None:
            continue  # "He attended the summit, including ...": no crowd told
        after = max(h.cue_end, h.places[-1].end if h.places[-1].start < s1 else h.cue_end)
        m = _MEMBERS.search(text, after, s1)
        if m is None or re.search(r"[;:]", text[after:m.start()]):
            continue
        who = named_until_end(ctx, m.end())
        if who:
            hits.append(Hit(who[0], h.places, h.cue_start, h.cue_end, h.tense_window, 0.9 * h.confidence, h.cue,
                            tuple(who[1:10])))


#: A sentence that names the members of the crowd of the sentence before: "Among them were", "They included",
#: "Those attending included", "Among the mourners were".
_NEXT_OPEN = re.compile(r"\W*(?:(?:Also\s+)?among\s+(?:them|those\s+(?:attending|present|there)|the\s+(?:mourners|guests|"
                        r"dignitaries|leaders|heads\s+of\s+state))\s+(?:were|was|are|will\s+be)|"
                        r"(?:They|Those\s+(?:attending|present|there)|Mourners|Guests|Dignitaries)\s+(?:included|include|"
                        r"will\s+include))\s+", re.I)
#: The crowd's sentence: a crowd subject, then a verb of travel or attendance and a place after "in" or "to".
_CROWD_TRIP = re.compile(r"\s*(?:arrived|arrive|arrives|flew|flown|travelled|traveled|gathered|gather|converged|"
                         r"assembled|attended|attend|were|are|will\s+be|met|paid|landed)\b[^.;:]{0,60}?\b(?:in|to|at)\s+"
                         r"(?:the\s+)?$", re.I)
#: Or a gathering's sentence: "The funeral was held in Tokyo on Saturday. Among the mourners were ...".
_HELD_IN = re.compile(r"\b" + EVENT + r"\b[^.;:]{0,60}?\b(?:was|were|is|are|has\s+been)\s+(?:held|taking\s+place|under\s+way)\s+"
                      r"(?:[^.;:]{0,30}?\s)?(?:in|at)\s+(?:the\s+)?$|\b" + EVENT + r"\b[^.;:]{0,60}?\b(?:took\s+place|opened|"
                      r"began|started|got\s+under\s+way)\s+(?:[^.;:]{0,30}?\s)?(?:in|at)\s+(?:the\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s+(?=[\"“A-Z])")


def crowd_named_next(ctx: Context, hits: list[Hit]) -> None:
    """The members of a crowd named in the next sentence: "Leaders from across Africa arrived in Addis Ababa on
    Saturday for the summit. Among them were Ruto and Tinubu": each of them is in the place the crowd went to.

    Examples
    --------
    >>> _NEXT_OPEN.match("Among them were Ruto and Tinubu.") is not None
    True
    >>> _NEXT_OPEN.match("Among the issues were trade and aid.") is None
    True
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    m = _NEXT_OPEN.match(text, s0, s1)
    if m is None or s0 < 2:
        return
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, s0 - 400), s0 - 1)]
    p0 = ends[-1] if ends else max(0, s0 - 400)
    place = None
    for p in ctx.story:
        if p.start >= s0:
            break
        if p.start < p0 or p.kind == "demonym" or not p.country:
            continue
        verb = _CROWD_TRIP.search(text, p0, p.start)
        if verb is not None and _CROWD_SUBJECT.fullmatch(text, p0, verb.start()) is not None \
                or _HELD_IN.search(text, p0, p.start) is not None:
            place = p
            break
    who = named_until_end(ctx, m.end())
    if place is not None and who:
        hits.append(Hit(who[0], [place], s0, m.end(), (p0, m.end()), 0.6, "attend", tuple(who[1:10])))
