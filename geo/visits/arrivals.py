"""Arrivals told without a place: the place is the one the story is about.

A report of a gathering names its place once ("Heads of state have arrived in Peru for today's
inauguration") and then goes down the list of who came:

* "Rafael Correa, president of Ecuador, arrived yesterday afternoon";
* "Barbados PM David Thompson and Papua New Guinea PM Sir Michael Somare also arrived on Tuesday";
* "Qatar's Emir and Djibouti's President also arrived in the Kingdom on Friday" (a place word, not a name);
* "Kibaki and Dlamini were also expected to arrive last night";
* "Meloni and Hasina were received at the airport by Union Ministers Karandlaje and Jardosh";
* "Among the SAARC dignitaries who have arrived are Nawaz Sharif, Hamid Karzai and Mahinda Rajapaksa".

:func:`bare_arrivals` reads each such clause as a visit to ``host``: the place of the last visit the
story told (a sentence or three before), else the dateline's. A traveller from the host country is
at home, an arrival from a named place ("arrived from Lahore") or at home ("arrived back home") is
none, and every one of a list of travellers gets the visit.
"""

from __future__ import annotations

import re

from geo.text import fold_case, has_word, negated
from geo.values import Mention
from geo.visits.context import Context, Hit, subject
from geo.visits.summits import GROUP
from geo.visits.coordinated import partners

__all__ = ["bare_arrivals", "gathering_place", "ARRIVAL_WORDS", "GATHERING_WORDS"]

#: Words one of which a sentence holds for :func:`bare_arrivals` to read it (lower case).
ARRIVAL_WORDS = ("arriv", "landed", "touched down", "flew in", "in the country", "in the kingdom", "received",
                 "welcomed", "greeted")

_BARE = re.compile(r"\b(?:(?:has|have|had)\s+(?:also\s+|already\s+)?)?(?:also\s+|already\s+|just\s+)?"
                   r"(?:arrived|landed|touched\s+down|flew\s+in|"
                   r"(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|set|scheduled)\s+to\s+arrive|"
                   r"(?:is|are|was|were)\s+(?:also\s+)?reported\s+to\s+have\s+(?:been\s+)?arrived|"
                   r"(?:is|are|was|were)\s+(?:also\s+|already\s+)?in\s+the\s+(?:country|kingdom)(?=\s+(?:for|to|ahead)\b)|"
                   # "were received at the airport by", "was warmly welcomed on arrival by": the guest's arrival
                   r"(?:is|are|was|were)\s+(?:also\s+|warmly\s+|formally\s+)?(?:received|welcomed|greeted)"
                   r"(?=\s+(?:at\s+the\s+airport\s+|on\s+(?:(?:his|her|their)\s+)?arrival\s+|upon\s+(?:(?:his|her|their)\s+)?arrival\s+)?by\b))"
                   r"(?P<after>[^.;:!?]{0,80})", re.I)
#: What may follow the verb and still leave the place untold: a day, a time, "in quick succession", the
#: place as a noun ("in the Kingdom", "in the country", "at the airport")
_NOT_HOME = re.compile(r"^\s*(?:back|home|safely\s+home|from\b|in\s+(?:[A-Z]|the\s+[A-Z]\w+\s+capital))")
_CLAUSE = re.compile(r"[,;]|\b(?:and|but|while|where|after|before|when|to\s+attend|for\s+the)\b")
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|"
                    r"dignitaries|guests|delegates|ministers|arrivals|visitors)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?"
                    r"(?:already\s+)?(?:arrived|landed)(?P<rest>\s+[^.;:]{0,80}?)??\s+|"
                    r"(?:expected|due)\s+(?:later\s+)?(?:[\w\-]+\s+){0,2}?)(?:are|were|is|was|include|included)\s+",
                    re.I)
_LIST_END = re.compile(r"[.;:!?]|\b(?:who|which|while|but|said|says)\b")


#: Words one of which a sentence holds for :func:`gathering_place` to read it (lower case).
GATHERING_WORDS = ("arriv", "gather", "converg", "descend", "flock")
# "World leaders began gathering in Japan", "Heads of state are arriving in Addis Ababa for the summit",
# "have started arriving for the ASEAN Summit in the Philippines", "are fast converging on Washington"
_GATHERING = re.compile(r"\b" + GROUP + r"\b[^.;:]{0,80}?\b(?:arriv(?:e|es|ed|ing)|gather(?:ed|ing|s)?|"
                        r"converg(?:e|ed|es|ing)|descend(?:ed|ing|s)?|flock(?:ed|ing|s)?)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:(?:in|on|at|to|into)\s+|for\s+[^.;:]{1,60}?\s+in\s+)(?:the\s+)?$", re.I)


def gathering_place(ctx: Context) -> Mention | None:
    """The place a crowd of leaders comes to, told with no one named ("World leaders began gathering in
    Japan Wednesday", "Heads of state are arriving in Addis Ababa"): the place the arrivals after go to.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "World leaders began gathering in Japan on Wednesday."
    >>> jp = Mention("d", 33, 38, "Japan", "Japan", 36.0, 138.0, "JP", None, "country", 1.0)
    >>> ctx = Context(Document("d", t), 0, len(t), [jp], [], lambda: None, False, None)
    >>> gathering_place(ctx).country
    'JP'
    """
    text, s0 = ctx.text, ctx.s0
    if not has_word(fold_case(text), GATHERING_WORDS, s0, ctx.s1):
        return None
    for x in ctx.ms:
        if x.country and x.kind != "demonym" and _GATHERING.search(text, max(s0, x.start - 200), x.start) \
                and not negated(text, s0, x.start):
            return x
    return None


def _host_here(host: Mention, a: int, b: int, text: str) -> Mention:
    """The story's place, told again at ``text[a:b]`` (the words of the arrival)."""
    return Mention(host.doc, a, b, text[a:b], host.name, host.lat, host.lon, host.country, host.geonameid,
                   host.kind, host.score)


def bare_arrivals(ctx: Context, host: Mention | None) -> list[Hit]:
    """The arrivals of one sentence told without a place, as visits to ``host``.

    Parameters
    ----------
    ctx : Context
        The sentence.
    host : Mention or None
        The place the story is about: the last one a visit went to, or the dateline's.

    Returns
    -------
    list of Hit
        One per arrival clause with a named traveller (the others of a list in ``also``).

    Examples
    --------
    >>> from geo.values import Document, Mention, Person
    >>> t = "Rafael Correa, president of Ecuador, arrived yesterday afternoon."
    >>> ctx = Context(Document("d", t), 0, len(t), [], [Person(0, 13, "Rafael Correa", "Rafael Correa", "EC",
    ...               "president", "name")], lambda: None, False, None)
    >>> lima = Mention("d", 0, 0, "", "Lima", -12.0, -77.0, "PE", None, "city", 1.0)
    >>> [(h.traveller.name, h.places[0].country, h.cue) for h in bare_arrivals(ctx, lima)]
    [('Rafael Correa', 'PE', 'arrival')]
    >>> bare_arrivals(ctx, None)
    []
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), ARRIVAL_WORDS, s0, s1):
        return []
    hits: list[Hit] = []
    for m in _AMONG.finditer(text, s0, s1):  # "Among the dignitaries who have arrived (in Delhi) are A, B and C"
        told = [x for x in ctx.ms if m.start("rest") <= x.start < m.end("rest") and x.country
                and x.kind != "demonym"] if m.group("rest") else []
        there = told[0] if told else host
        if there is None or there.country is None:
            continue
        stop = _LIST_END.search(text, m.end(), s1)
        guests = [p for p in ctx.people_between(m.end(), stop.start() if stop else s1)
                  if p.name and p.kind != "pronoun" and p.country != there.country]
        if guests and not negated(text, s0, m.start()):
            hits.append(Hit(guests[0], [_host_here(there, m.start(), m.end(), text)], m.start(), m.end(),
                            (m.start(), m.end()), 0.7, "arrival", tuple(guests[1:12])))
    if hits or host is None or host.country is None:
        return hits
    for m in _BARE.finditer(text, s0, s1):
        after = m.group("after")
        cut = _CLAUSE.search(after)
        a1 = m.start("after") + (cut.start() if cut else len(after))
        if _NOT_HOME.match(after) or any(m.start("after") <= x.start < a1 and x.country for x in ctx.ms) \
                or negated(text, s0, m.start()):
            continue  # a place is told (another family's), or home, or no arrival at all
        trav, conf = subject(ctx, m.start())
        if trav is None or not trav.name or trav.kind == "pronoun" or trav.end > m.start():
            continue
        also = tuple(p for p in partners(ctx, trav, m.start())
                     if p.country != host.country)
        if trav.country == host.country:
            if not also:
                continue  # one of the hosts, at home
            trav, also = also[0], also[1:]
        end = m.start("after")
        hits.append(Hit(trav, [_host_here(host, m.start(), end, text)], m.start(), end,
                        (max(s0, m.start() - 80), min(s1, a1)), 0.75 * conf, "arrival", also))
    return hits
