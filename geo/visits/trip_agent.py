"""Whose trip a trip noun (or an aside) is, where the sentence tells it otherwise than by its subject.

* the traveller named after the place: "the visit to Moscow by Chinese President Xi Jinping", "Today's visit
  to New Delhi by Secretary of State Antony Blinken" (:func:`agent_after`, :func:`place_noun`,
  :func:`to_the_country`, below);
* :func:`relative_owner` - "Cameron, who was in Istanbul as the last stop of his four-day trip to the
  Middle East": the pronoun of a "who" clause is that clause's person, whoever the sentence's subject is;
* :func:`apposed_person` - "Scholz told Modi, back from Moscow, that ...", "Macron welcomed Modi, fresh
  from a visit to Greece, to Paris": a phrase set off by commas right after a name is that person's (the
  stop before of :func:`geo.visits.itinerary.came_from` too).

English names the agent of a trip noun with "by" either before the place ("a visit by Xi to Moscow",
which the travel-noun pattern reads) or after it; :func:`agent_after` reads the second order. Only a person
named right after "by" and the titles before the name counts: "a visit to Moscow by plane" names no one.
:func:`place_noun` reads a place right before a trip noun ("his three-day UK visit", "Modi's US trip");
:func:`to_the_country` a trip "to the country" by a named agent, the country being the one the story
was last in ("... arrived in Beijing, following a historic visit to the country by Kim Jong-un").
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence

from geo import doc_words
from geo.text import Anchors, negated
from geo.values import Person
from geo.visits.coordinated import partners
from geo.visits.context import ROLE, Context, Hit, chain, subject, synthetic, told_at, trip_owner
from geo.wordlists import MONTH, TRIP, TRIP_PLACING, TRIP_TO_THE_COUNTRY, alternation

__all__ = ["tour_of_the_clause", "agent_after", "place_noun", "to_the_country", "relative_owner", "apposed_person", "met_with", "visited_by", "passive_visit",
           "other_side", "relative_be",
           "guest_met", "guest_also_met"]

#: "by" and the title words that may stand before the agent's name: "by Chinese President ", "by
#: Secretary of State ", "by the Saudi crown prince ".
_BY_TITLE = re.compile(r"\s*,?\s+by\s+(?:(?:the|of|for|and|[A-Z][\w.’'\-]*|(?i:crown|prince|prime|minister|"
                       r"president|foreign|defence|defense|secretary|chancellor|king|queen|premier|emir|leader|"
                       # the words of an office's time: "by US incumbent President Joe Biden", "by the outgoing"
                       r"incumbent|outgoing|incoming|new|acting|interim|then|former|visiting))\s+){0,8}")

_PLACE_NOUN = re.compile(r"\s*(?:state\s+|official\s+|working\s+)?" + alternation(TRIP_PLACING) + r"s?\b", re.I)
#: Between the places of a list before a trip noun: "Kenya and Tanzania visits", "Kenya-Tanzania tour"
_NOUN_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|[-–/])\s*")
#: When a trip noun's trip is, between it and its "by": "a planned Japan visit in April by US President Obama"
_WHEN_BEFORE_BY = re.compile(r"\s+(?:(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?(?:" + MONTH + r")[a-z]*\.?(?:\s+\d{1,2})?|"
                             r"(?:this|next|last)\s+(?:week|month|year))(?=\s*,?\s+by\b)", re.I)


def agent_after(text: str, place_end: int, people: Sequence[Person]) -> Person | None:
    """The named person "by" introduces right after the places of a trip noun ending at ``place_end``.

    ``people`` are the sentence's people in text order. A descriptor or a pronoun ("by him") counts as
    well when it names someone.

    Examples
    --------
    >>> p = Person(41, 51, "Xi Jinping", "Xi Jinping", "CN", "president", "name", None, None)
    >>> t = "The visit to Moscow by Chinese President Xi Jinping began."
    >>> agent_after(t, 19, [p]).name
    'Xi Jinping'
    >>> agent_after("The visit to Moscow by plane began.", 19, [p]) is None
    True
    """
    if "by" not in text[place_end:place_end + 6]:
        return None  # most trip nouns have no "by" after them: no pattern tried
    return next((p for p in people if place_end < p.start <= place_end + 80 and p.name
                 and _BY_TITLE.fullmatch(text, place_end, p.start)), None)


#: "with" and the title words that may stand before the name of the one met: ", with China's top diplomat, "
_WITH_TITLE = re.compile(r"\s*,?\s+with\s+(?:(?:the|his|her|their|visiting|of|for|and|[A-Z][\w.’'\-]*|(?i:" + ROLE + r"))"
                         r",?\s+){0,8}")


def met_with(ctx: Context, place_end: int) -> list[Person]:
    """The person met, named with "with" right after the place of a meeting ending at ``place_end``:
    "Patrushev said at a meeting in Moscow with China's top diplomat, Wang Yi", "Putin met in Sochi with
    Erdogan". English puts the one met before the place ("met Erdogan in Sochi") or after it; the second
    order names the other side of the meeting just as well, and who of the two travelled is then read as
    for the first (the one whose country is not the host's).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Patrushev spoke at a meeting in Moscow with China's top diplomat, Wang Yi."
    >>> wang = N(start=t.index("China"), end=t.index(","), name="Wang Yi", kind="descriptor")
    >>> ctx = N(text=t, s1=len(t), people_between=lambda a, b: [p for p in [wang] if a <= p.start < b])
    >>> [p.name for p in met_with(ctx, t.index(" with"))]
    ['Wang Yi']
    >>> met_with(ctx, t.index(" in Moscow")) # "in Moscow with ...": the place comes first
    []
    """
    if "with" not in ctx.text[place_end:place_end + 8]:
        return []
    return [p for p in ctx.people_between(place_end, min(ctx.s1, place_end + 90)) if p.name and p.kind != "pronoun"
            and _WITH_TITLE.fullmatch(ctx.text, place_end, p.start)][:1]


def other_side(ctx: Context, verb: tuple[int, int], where: int, place_end: int, subj: Person | None) -> list[Person]:
    """The other side of a meeting whose verb spans ``verb`` and whose place is told from ``where`` to
    ``place_end``: the one named between the verb and the place ("met Erdogan in Sochi"), else the one
    named with "with" after the place (:func:`met_with`), else a member of the subject's own list foreign
    to the subject ("The two leaders, Modi and Albanese, met in Sydney": one of the two may have travelled)."""
    between = [p for p in ctx.people_between(verb[1], where) if p.name and p.kind != "pronoun"]
    if between:
        return between
    if (after := met_with(ctx, place_end)) or subj is None or subj.end > verb[0]:
        return after
    return [q for q in partners(ctx, subj, verb[0]) if q.country and q.country != subj.country][:1]


#: a "who" clause whose verb is "be" somewhere: ", who will also be in", ", who is currently in"
_WHO_BE = re.compile(r"\s*,\s*who\s+(?:(?:will|would|is|was|are|were|has\s+been|had\s+been|also|now|still|then|later|"
                     r"currently|already)\s+)*")


def relative_be(text: str, p: Person, c0: int) -> bool:
    """Is the "be in" cue at ``c0`` the verb of a "who" clause set after person ``p``: "his US counterpart,
    Mike Pompeo, who will also be in the Dominican Republic" (Pompeo will be there)?

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Mike Pompeo, who will also be in Santo Domingo"
    >>> relative_be(t, N(end=11), t.index("be in")), relative_be(t, N(end=11), t.index("in "))
    (True, False)
    """
    return _WHO_BE.fullmatch(text, p.end, c0) is not None


# "met", "will meet with", "received", "held talks with", "will hold a bilateral meeting with"
_MEETS = re.compile(r"\s+(?:(?:also|then|later|briefly)\s+)?(?:met|meets|will\s+meet|welcomed|welcomes|received|"
                    r"receives|greeted|greets|hosted|hosts|(?:held|holds|had|has|will\s+hold)\s+(?:an?\s+)?"
                    r"(?:(?:bilateral|separate|brief|formal)\s+)?(?:talks|meeting)\s+with)\s+(?:with\s+)?")


def guest_met(ctx: Context, subj: Person, host: str | None) -> Person:
    """The one a subject at home in ``host`` meets or receives right after his name, when that one is of
    another known country ("On the sidelines of the AU summit in Addis Ababa, Abiy Ahmed met Ruto": Ruto came);
    else ``subj`` himself.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Abiy Ahmed met Ruto on Monday."
    >>> abiy, ruto = N(start=0, end=10, name="Abiy Ahmed", country="ET", kind="name"), N(start=15, end=19, name="Ruto", country="KE", kind="surname")
    >>> ctx = N(text=t, s1=len(t), people_between=lambda a, b: [p for p in (abiy, ruto) if a <= p.start < b])
    >>> guest_met(ctx, abiy, "ET").name, guest_met(ctx, abiy, "KE").name
    ('Ruto', 'Abiy Ahmed')
    """
    met = _met_next(ctx, subj) if subj.country == host else None
    return met if met is not None and met.country and met.country != host else subj


def _met_next(ctx: Context, subj: Person) -> Person | None:
    """The one ``subj`` meets or receives right after his name ("Abiy Ahmed met Ruto"), else None."""
    verb = _MEETS.match(ctx.text, subj.end, ctx.s1)
    met = [p for p in ctx.people_between(verb.end(), verb.end() + 60) if p.name and p.kind != "pronoun"
           and _TITLES.fullmatch(ctx.text, verb.end(), p.start)][:1] if verb else []
    return met[0] if met else None


def guest_also_met(ctx: Context, subj: Person, host: str | None) -> tuple[Person, ...]:
    """The one a subject away from home in ``host`` meets right after his name, when that one is of a third
    known country: "At the G20 summit in Rio, Xi met Albanese" puts Albanese in Rio too, "Xi met Lula" does not
    make Lula a guest at home; empty when no such one is told.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Xi met Albanese on Monday."
    >>> xi, al = N(start=0, end=2, name="Xi", country="CN", kind="name"), N(start=7, end=15, name="Albanese", country="AU", kind="surname")
    >>> ctx = N(text=t, s1=len(t), people_between=lambda a, b: [p for p in (xi, al) if a <= p.start < b])
    >>> [p.name for p in guest_also_met(ctx, xi, "BR")], guest_also_met(ctx, xi, "AU"), guest_also_met(ctx, xi, "CN")
    (['Albanese'], (), ())
    """
    if not subj.country or subj.country == host:
        return ()
    met = _met_next(ctx, subj)
    return (met,) if met is not None and met.country and met.country not in (host, subj.country) else ()


_TITLES = re.compile(r"(?:(?:the|his|her|visiting|[A-Z][\w.’'\-]*|(?i:" + ROLE + r"))\s+)*")
_VISITED_IN = re.compile(r"visited\s+(?:(?:at|in|on|upon)\s+(?:the\s+)?)?", re.I)
_BY_IN = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?")


def visited_by(ctx: Context, m: re.Match, subj: Person, agent: Person, hits: list[Hit]) -> bool:
    """"Xi was visited in Beijing by Putin": in the passive of "visit" the agent after "by" travelled, to the
    place told (before "by" or after the agent), else to the subject's country. Unlike "was received by" or
    "was welcomed by", whose agent is the host, "visited" keeps its meaning in the passive: the one who
    visits goes. Appends that visit to ``hits`` and says whether ``m`` (a match of the "hosted by" cue) was
    such a passive "visited", which no other reading of the cue may then take.

    Examples
    --------
    >>> import re
    >>> from types import SimpleNamespace as N
    >>> t = "Xi was visited by Putin."
    >>> xi, putin = N(start=0, end=2, name="Xi", country="CN"), N(start=18, end=23, name="Putin", country="RU")
    >>> ctx = N(text=t, s0=0, s1=len(t), ms=[], doc=N(id="d", text=t))
    >>> hits = []
    >>> visited_by(ctx, re.search(r"visited by ", t), xi, putin, hits), hits[0].traveller.name, hits[0].places[0].country
    (True, 'Putin', 'CN')
    """
    text = ctx.text
    lead = _VISITED_IN.match(text, m.start())
    if lead is None:
        return False
    places = chain(text, ctx.ms, lead.end(), m.end(), first_gap=2) if lead.end() < m.end() - 4 else []
    after = _BY_IN.match(text, agent.end, ctx.s1)
    places = places or (chain(text, ctx.ms, after.end(), ctx.s1, first_gap=2) if after else [])
    if not places and subj.country:
        places = [synthetic(ctx.doc, subj.start, subj.end, subj.country)]
    if places and agent.country != places[0].country:
        hits.append(Hit(agent, places[:1], m.start(), m.end(), (max(ctx.s0, m.start() - 60), m.end()), 0.75, "hosted"))
    return True


_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|be|being|get|gets|got)\s+(?:(?:also|often|first|\w+ly)\s+)?$", re.I)


def passive_visit(text: str, s0: int, c0: int) -> bool:
    """Is the travel cue at ``c0`` a passive "visited" ("Xi was visited in Beijing by Putin", "the site, which
    was visited by ...")? Its subject is the one visited, not a traveller.

    Examples
    --------
    >>> t = "Xi was visited in Beijing by Putin; Putin has visited Beijing."
    >>> passive_visit(t, 0, t.index("visited")), passive_visit(t, 0, t.rindex("visited"))
    (True, False)
    """
    return text.startswith("visited", c0) and _PASSIVE_AUX.search(text, max(s0, c0 - 30), c0) is not None


def place_noun(ctx: Context, hits: list[Hit]) -> None:
    """"his three-day UK visit", "Modi's US trip": a place right before a trip noun."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for i, m in enumerate(ctx.ms):
        if m.kind == "demonym" or not m.country:
            continue
        after = _PLACE_NOUN.match(text, m.end, s1)
        if after is None or negated(text, s0, m.start):
            continue
        listed = [m]  # "his Kenya and Tanzania visits", "the Kenya-Tanzania tour": every place of the list
        for q in reversed(ctx.ms[:i]):
            if q.kind == "demonym" or not q.country or not _NOUN_LIST_JOIN.fullmatch(text, q.end, listed[0].start):
                break
            listed.insert(0, q)
        a = listed[0].start
        owner = [p for p in ctx.people_between(a - 80, a) if p.name and p.end <= a
                 and re.fullmatch(
            r"['’]s?\s+(?:[\w\-]+\s+){0,3}", text[p.end:a])]
        # else the one "by" names after it ("a planned Japan visit in April by US President Obama"), else the subject
        when = _WHEN_BEFORE_BY.match(text, after.end(), s1)
        agent = None if owner else agent_after(text, when.end() if when else after.end(),
                                               ctx.people_between(after.end(), min(s1, after.end() + 120)))
        trav, conf = (owner[-1], 0.95) if owner else (agent, 0.95) if agent is not None else subject(ctx, a)
        if trav is not None:
            hits.append(Hit(trav, listed, a, after.end(), (max(s0, a - 80), min(s1, after.end() + 40)),
                            0.85 * conf, "travel-noun"))


#: "a visit to the country by", "the trip to the kingdom by": a trip to a country the story named before
_TO_THE_COUNTRY = re.compile(r"\b" + alternation(TRIP_TO_THE_COUNTRY) + r"\s+to\s+the\s+(?:country|kingdom|nation|"
                             r"island\s+nation|emirate|sultanate|republic)\b", re.I)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _anchored() -> Anchors:
    """The patterns read over whole sentences, with the words their matches start with."""
    return Anchors({
        "to_the_country": (_TO_THE_COUNTRY, ("visit", "trip", "tour", "journey", "stopover")),
    }, shared="visits.to_the_country")


def to_the_country(ctx: Context, hits: list[Hit]) -> None:
    """"Ri arrived in Beijing, following a historic visit to the country by Kim Jong-un": a trip noun
    whose place is "the country" and whose agent is named after "by" is a trip to the country the story
    named last before it (its own country mention when it has one: "China's capital of Beijing")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _anchored().finditer("to_the_country", text, s0, s1):  # tried only where its words start
        agent = agent_after(text, m.end(), ctx.people_between(m.end(), min(s1, m.end() + 81)))
        before = [p for p in ctx.story if p.end <= m.start() and p.country and p.kind != "demonym"]
        if agent is None or not before or negated(text, s0, m.start()):
            continue
        code = before[-1].country
        place = next((p for p in reversed(before) if p.country == code and p.kind == "country"), before[-1])
        at = text.index("the", m.start() + 4, m.end())  # the words that stand for the country, not the place
        place = told_at(place, text, at, m.end())  # named before
        hits.append(Hit(agent, [place], m.start(), m.end(), (m.start(), min(s1, agent.end + 40)), 0.8,
                        "travel-noun"))


def relative_owner(ctx: Context, pos: int) -> Person | None:
    """The person of a "who" clause that holds the trip noun at ``pos`` with its pronoun: "Cameron, who was in
    Istanbul as the last stop of his trip" (his = Cameron, not the sentence's subject), else ``None``."""
    mine = [p for p in ctx.people_between(pos - 40, pos) if p.kind == "pronoun" and p.name and p.end <= pos]
    if not mine:
        return None
    rel = [q for q in ctx.people_between(ctx.s0, mine[-1].start) if q.name == mine[-1].name and q.kind != "pronoun"
           and re.match(r",\s+who\b", ctx.text[q.end:q.end + 6])]
    return rel[-1] if rel and not re.search(r"[.;]", ctx.text[rel[-1].end:pos]) else None


#: the start of an aside that tells a stop over, up to the trip word: ", back from ", ", fresh from a ",
#: ", just back from his ", ", returning from a two-day "
_ASIDE = re.compile(r",\s*(?:(?:just|only|freshly|newly)\s+)?(?:(?:back|fresh|returning|returned|home)\s+from\s+"
                    r"(?:(?:a|an|his|her|their|the)\s+)?(?:[\w\-]+\s+){0,3}?)?$", re.I)


def apposed_person(ctx: Context, pos: int) -> Person | None:
    """The person named right before an aside that starts a comma before ``pos`` (the aside's going or
    trip word), else ``None``: "told Modi, back from Moscow, that ..." is Modi's stop, not the teller's.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Scholz told Modi, back from Moscow, that the war must end."
    >>> modi = N(start=12, end=16, name="Narendra Modi", kind="name")
    >>> ctx = N(text=t, s0=0, people_between=lambda a, b: [p for p in [modi] if a <= p.start < b])
    >>> apposed_person(ctx, t.index("back")).name
    'Narendra Modi'
    >>> apposed_person(ctx, t.index("told")) is None  # the teller himself is told by no aside
    True
    """
    lo = max(ctx.s0, pos - 80)
    m = _ASIDE.search(ctx.text, lo, pos)
    if m is None or m.end() != pos:
        return None
    named = [p for p in ctx.people_between(lo - 60, m.start()) if p.name and p.kind != "pronoun" and p.end == m.start()]
    return named[-1] if named else None


_EXPLETIVE = re.compile(r"\s*(?:It|This|That)\s+(?:is|was|will\s+be|marks?|marked)\b")
_TRIP_WORD = re.compile(r"\b" + alternation(TRIP) + r"\b", re.I)


def tour_of_the_clause(ctx: Context, pos: int) -> Person | None:
    """Whose trip a going word at ``pos`` tells when its sentence's subject is "it": the owner of the trip noun
    before it ("It is the fifth stop on Prince Mohammed's tour, after visiting Oman on Monday, the UAE on
    Tuesday": his), else ``None``."""
    if not _EXPLETIVE.match(ctx.text, ctx.s0, pos):
        return None
    owners = [trip_owner(ctx, t.start()) for t in _TRIP_WORD.finditer(ctx.text, ctx.s0, pos)]
    return next((o for o in reversed(owners) if o is not None), None)
