"""Itinerary cue families: the stops of a trip told around the travel verb, not by it.

* :func:`next_stop` - "His next stop is India", "The final leg of the tour will be in
  Chile", "Manila is the last stop", "South Africa, where Xi is headed next";
* :func:`onward` - the stops told after a first one: "to Berlin, then to Paris",
  "followed by Rome", "in Tokyo on Monday and in Seoul on Wednesday";
* :func:`taken` - where a trip takes its traveller: "a tour that will take him to the Netherlands";
* :func:`came_from`, :func:`after_stay` - the stop before: "arrived in Dar es Salaam from Moscow",
  "returned from Tokyo on Sunday", "after two days in Kenya".

Each finds :class:`~geo.visits.context.Hit` objects the way the families of
:mod:`geo.visits.families` do; :func:`geo.visits.families.find_hits` runs them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo import doc_words
from geo.text import Anchors, fold_case, has_word, negated
from geo.values import Person
from geo.visits.attendance import EVENT
from geo.visits.trip_agent import apposed_person
from geo.visits.context import Context, Hit, chain, subject
from geo.visits.gapped import opens_clause
from geo.visits.stays import STAY
from geo.wordlists import TRIP_ONWARD, WEEKDAY, alternation

__all__ = ["next_stop", "came_from", "after_stay", "onward", "after_day", "taken", "DAY_TOLD"]

_ORDINAL = r"(?:next|last|final|first|second|third|fourth|fifth|sixth|latest)"
_STOP = r"(?:stop|stopover|leg|destination|port\s+of\s+call|point\s+of\s+destination|engagement|halt)"
# "the next and last stop of his Asian trip is India", "His first stop will be in Angola",
# "Next on his itinerary is Bogota"
_STOP_IS = re.compile(r"\b(?:" + _ORDINAL + r"(?:\s+and\s+(?:the\s+)?" + _ORDINAL + r")?\s+" + _STOP
                      + r"\b|next\s+on\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:itinerary|agenda|schedule)\b|"
                      r"next\s+up\b)"
                      r"(?P<of>[^.;:,]{0,60}?)\s+(?P<verb>is|will\s+be|was|would\s+be)\s+(?:in\s+|to\s+)?", re.I)
# several stops named at once: "Kishida's next stops are Ghana, Kenya and Mozambique", "His subsequent stops
# were Ghana and Kenya"
_STOPS_ARE = re.compile(r"(?=[flnrs])\b(?:next|last|final|subsequent|remaining)\s+(?:stops|legs|destinations|ports\s+of\s+call)"
                        r"(?P<of>[^.;:,]{0,60}?)\s+(?P<verb>are|were|will\s+be|would\s+be)\s+(?:in\s+|to\s+)?", re.I)
# "departed on Thursday ..., with his first stop Ethiopia", "with the final leg in Chile": the stop told
# in an absolute phrase, no verb of its own
_STOP_WITH = re.compile(r"(?=[w])\bwith\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?" + _ORDINAL + r"\s+" + _STOP
                        + r"\s+(?:being\s+)?(?:in\s+|at\s+)?", re.I)
# "his first state visit to China, while the third will be to Uzbekistan": a trip counted, its noun left out
_COUNTED = re.compile(r"(?=[Tt])\b[Tt]he\s+(?:second|third|fourth|fifth|sixth|next|last|final)(?:\s+one)?\s+"
                      r"(?P<verb>will\s+be|is|was|would\s+be)\s+(?:to|in)\s+(?:the\s+)?")
# "Manila is the last stop", "India will be his next destination"
_IS_STOP = re.compile(r"\s*,?\s+(?:is|will\s+be|was|would\s+be)\s+(?:also\s+)?(?:(?:the|his|her|their)\s+"
                      r"(?:\w+\s+)?" + _ORDINAL + r"(?:\s+and\s+(?:the\s+)?" + _ORDINAL + r")?\s+" + _STOP + r"\b|"
                      r"next\s+on\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:itinerary|agenda|schedule)\b)", re.I)
# the stop told in apposition: "a trip from Manila, the US leader's fourth and final stop", "Hanoi, the last
# leg of his tour"
_APPOSED_STOP = re.compile(r"\s*,\s+(?:(?:the|his|her|their)\s+)?(?:[\w’'\-.]+\s+){0,3}?" + _ORDINAL
                           + r"(?:\s+and\s+(?:the\s+)?" + _ORDINAL + r")?\s+" + _STOP + r"\b", re.I)
_TOURS_OWN = re.compile(r",?\s+(?:that|which|who)\b")
# "South Africa, where Xi is headed next", "Peru, where she travels on Friday"
_WHERE_NEXT = re.compile(r"\s*,\s*where\s+(?P<who>[^,.;:]{1,50}?)\s+(?:is\s+|will\s+|was\s+|would\s+)?(?:be\s+)?"
                         r"(?:head(?:s|ed|ing)?|go(?:es|ing)?|travel(?:s|led|ing)?|fly|flies|flying|mov(?:e|es|ing))"
                         r"(?:\s+next|\s+on|\s+onward)\b", re.I)
# "arrived in Tanzania from Moscow", "returned from Tokyo", "flew in from Lima"
_ARRIVED = re.compile(r"(?=[abcdfhjlrtw])\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|flew\s+in|fly\s+in|touch(?:es|ed)?\s+down|"
                      r"return(?:s|ed|ing)?(?:\s+home)?|flew|flies|travell?ed|travels|jetted|drove|crossed|went(?=\s+from\b)|"
                      # "before heading home from Canberra", "flying in from Da Nang": the stop left
                      r"head(?:s|ed|ing)?(?=\s+(?:home|back)\s+from\b)|fl(?:y|ying)(?=\s+(?:in|home|back)\s+from\b)|"
                      # "Sharif, back from Saudi Arabia, told reporters", "Fresh from Beijing, Putin met": told as over
                      r"(?<!\bway\s)back(?=\s+from\b)|fresh(?=\s+from\b)|"
                      # "left for Pyongyang from Tokyo": the stop left is the one after "from"
                      r"(?:left|leaves|leaving|departed|departs|departing)(?=\s+for\s))\b", re.I)
# "from the city of Tarbes", "from the Qatari capital of Doha", "from the Kenyan capital Nairobi": the place after
# its kind of town
_FROM = re.compile(r"\bfrom\s+(?:neighbouring\s+|neighboring\s+)?(?:the\s+)?"
                   r"(?:(?:(?-i:[A-Z])[\w\-]+\s+)?(?:capital|city|port\s+city|port|town)\s+(?:of\s+)?)?")
_TO = re.compile(r"\s+(?:on\s+)?to\s+(?:the\s+)?")
_NOT_A_STOP = re.compile(r"[;:]|\.\s+(?=[A-Z])|\b(?:where|which|who|with|after|before|said|says|and\s+(?:will|is|was))\b",
                         re.I)


_ONWARD = re.compile(r"(?:,|\s+[-–—]{1,2})?\s*(?:and\s+)?(?:then|later|afterwards|subsequently|(?:to\s+be\s+)?followed\s+by|before\s+(?:heading|"
                     r"travell?ing|traveling|going|flying|moving|proceeding|continuing|leaving\s+for)|"
                     # "met Macron in Paris and later with EU and NATO officials in Brussels": those met on the way
                     r"ahead\s+of\s+(?:a\s+)?" + alternation(TRIP_ONWARD) + r"s?)\s+(?:on\s+)?(?:to\s+|in\s+|for\s+|"
                     r"with\s+[^,.;:()]{1,50}?\s+in\s+)?"
                     r"(?:the\s+)?", re.I)
_DAY = (r"(?:\s+(?:(?:on|from|between)\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:\s*(?:[-–]|to|and|until)\s*\d{1,2})?"
        r"(?:\s+[A-Z][a-z]+)?|"
        r"on\s+\w+day(?:\s+\w+\s+\d{1,2})?(?:\s+and\s+\w+day\b)?|between\s+\w+day\s+and\s+\w+day|"
        r"from\s+\w+day\s+(?:to|until|till|through)\s+\w+day|today|yesterday|tomorrow|"  # "on Monday and Tuesday"
        r"(?:this|last|next)\s+week|" + WEEKDAY + r")|"
        r"\s*\((?=[^()]{0,30}\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[\w ,.\-–]{3,40}\))")
# "Hungary (November 28-29, 2023)", "South Korea (Tuesday)"
_DAY_AFTER = re.compile(_DAY + r"(?=[,;]|\s+and\s|\s+[-–—]{1,2}\s+and\s+then\s)")  # "Ghana on Monday - and then Kenya"
#: a day told between the verb and its "to": "will travel May 24-25 to Addis Ababa", "flies on 3 June to Rome",
#: and the wire's weekday with no "on": "will travel Saturday to Japan", "flew Thursday to Ankara"
DAY_TOLD = (r"(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
            r"(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
             r"Nov|Dec)[a-z]*|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:morning|afternoon|evening|night))?)")
_DAY_ONLY = re.compile(_DAY + r"(?:\s+(?:morning|afternoon|evening|night))?\b")  # "on Sunday afternoon"
# "Vietnam for the APEC summit and the Philippines for ...": a purpose, then the next stop
# "Switzerland to negotiate a free-trade agreement, and then to Germany": a purpose told by its verb
# (not "to meet ministers from Egypt and Jordan": after a purpose's verb, only "and then to", "and on to")
_PURPOSE = re.compile(r"\s+(?:for\s+(?:the\s+|a\s+|an\s+)?[\w\-’' ]{1,60}?(?=,?\s+and\s)|to\s+(?-i:[a-z]+)\s+"
                      r"[\w\-’' ]{1,60}?(?=,?\s+and\s+(?:then\s+|on\s+)?to\s))")
# "Tokyo on Monday and in Seoul", "in Zimbabwe on 11 January, in Rwanda on 12 January"
# "Brazil for the G20 summit, then Peru", "Tokyo for talks with Kishida, then on to Seoul", "Fiji to meet
# Rabuka, then Tonga", "Gabon for a summit, followed by Angola": a purpose told up to a comma, then the next
# stop after an onward word (:data:`_ONWARD`); the purpose's own places are no stops
_PURPOSE_THEN = re.compile(r"\s+(?:for|to\s+(?-i:[a-z]+))\s+[^,.;:()\"“”]{1,60}?(?=\s*,\s*(?:and\s+)?"
                           r"(?:then|later|afterwards|subsequently|followed\s+by|before)\s)")
_AND_NEXT = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:in|to)\s+(?:the\s+)?")
_AND = re.compile(r"(?:\s*;\s*|,?\s+)and\s+(?:then\s+)?(?:(?:in|to)\s+)?(?:the\s+)?")  # "... on Monday, and Laos and ..."
_COMMA_NEXT = re.compile(r"\s*[,;]\s*(?:the\s+)?")  # "Tokyo on November 6-8; Seoul on November 8-9; and"
# the day after a stop and its country, told after a comma: "Seoul, Republic of Korea, on November 8-9"
_COMMA_DAY = re.compile(r",(?=\s+(?:on|from|between)\s)")
_COMMA = re.compile(r",\s*")
_LAST_IN = re.compile(r"(?i)\bin\s+(?:the\s+)?$")
_ASIDE = re.compile(r"\s*,\s*(?:where|which)\b[^,;.:]{1,100},")


def _past_own_country(ctx: Context, pos: int) -> int:
    """Past the country told after a stop's city ("Seoul, Republic of Korea"), else ``pos``."""
    comma = _COMMA.match(ctx.text, pos, ctx.s1)
    if comma is None:
        return pos
    city = next((m for m in ctx.ms if m.end == pos), None)
    country = next((m for m in ctx.ms if m.start == comma.end()), None)
    if city is not None and country is not None and country.kind == "country" and country.country == city.country:
        return country.end
    return pos


def onward(ctx: Context, hits: list[Hit], trav: Person | None, pos: int, w0: int, conf: float) -> None:
    """The next stops of an itinerary told after the first: "to Berlin, then to Paris", "followed by Rome",
    "in Tokyo from Feb. 3-5 and in Seoul from Feb. 5-7", "Vietnam for the APEC summit and the Philippines"."""
    text = ctx.text
    stop_before(ctx, hits, trav, pos, conf)
    for _ in range(4):
        aside = _ASIDE.match(text, pos, ctx.s1)  # "to Egypt, where he meets Sisi, and then on to Israel"
        pos = aside.end() - 1 if aside else pos
        pos = _past_own_country(ctx, pos)  # "Seoul, Republic of Korea, on November 8-9"
        comma = _COMMA_DAY.match(text, pos, ctx.s1)
        pos = comma.end() if comma else pos
        day = _DAY_AFTER.match(text, pos, ctx.s1)  # "Lima on Monday, followed by La Paz"
        m = _ONWARD.match(text, day.end() if day else pos, ctx.s1)
        listed = False
        if m is None and day is not None:  # "Kenya from May 3-4 and Tanzania from May 5-6"
            m = _AND_NEXT.match(text, day.end(), ctx.s1) or _AND.match(text, day.end(), ctx.s1)
            if m is None:  # "Japan (Monday), South Korea (Tuesday) and ...": each stop with its own day
                m, listed = _COMMA_NEXT.match(text, day.end(), ctx.s1), True
        if m is None:
            why = _PURPOSE.match(text, pos, ctx.s1)
            if why is not None and _names_other_place(ctx, pos, why.end()):
                why = None  # "Riyadh for talks on Ukraine and Gaza": the purpose's own list, no next stop
            m = _AND.match(text, why.end(), ctx.s1) if why else None
        if m is None:  # "Cairo on Monday for talks with Sisi, then to Amman"
            why = _PURPOSE_THEN.match(text, after_day(text, pos, ctx.s1), ctx.s1)
            m = _ONWARD.match(text, why.end(), ctx.s1) if why else None
        if m is None:
            _to_follow(ctx, hits, trav, day.end() if day else pos, w0, conf)
            return
        places = chain(text, ctx.ms, m.end(), ctx.s1, first_gap=1)
        told = _COMMA_DAY.match(text, places[-1].end, ctx.s1) if places else None
        if not places or listed and not _DAY_AFTER.match(text, told.end() if told else places[-1].end, ctx.s1):
            _to_follow(ctx, hits, trav, day.end() if day else pos, w0, conf)
            return
        if _LAST_IN.search(m.group(0)) and opens_clause(text, places[-1].end):
            return  # "arrived in Rome, and in Paris, officials said": a new clause's place, not a stop
        hits.append(Hit(trav, places, m.start(), places[-1].end, (w0, min(ctx.s1, places[-1].end + 40)), conf,
                        "onward"))
        pos = places[-1].end


# "will visit Ghana on Monday, with Kenya and Mozambique to follow": the next stops in an absolute phrase
_WITH = re.compile(r"\s*,?\s*with\s+(?:the\s+)?")
_TO_FOLLOW = re.compile(r"\s+(?:to\s+follow|(?:coming\s+)?next|following)\b(?!\s+(?:week|month|year|day))")


def _names_other_place(ctx: Context, pos: int, end: int) -> bool:
    """Does the purpose told from ``pos`` to ``end``, after the stop that ends at ``pos``, name a place of
    another country than that stop ("for talks on Ukraine", not "for the APEC summit in Da Nang")?"""
    stop = next((p for p in ctx.ms if p.end == pos), None)
    return any(pos < p.start < end and p.country and (stop is None or p.country != stop.country) for p in ctx.ms)


def _to_follow(ctx: Context, hits: list[Hit], trav: Person | None, pos: int, w0: int, conf: float) -> None:
    """The next stops told after the first one in an absolute phrase: "Ghana on Monday, with Kenya and
    Mozambique to follow", "Fiji, with Tonga next"."""
    m = _WITH.match(ctx.text, pos, ctx.s1)
    places = chain(ctx.text, ctx.ms, m.end(), ctx.s1, first_gap=0) if m else []
    if places and places[0].start == m.end() and _TO_FOLLOW.match(ctx.text, places[-1].end, ctx.s1):
        hits.append(Hit(trav, places, m.start(), places[-1].end, (w0, min(ctx.s1, places[-1].end + 40)), conf,
                        "onward"))


# "heads to Egypt after Washington", "arrived in Seoul on Tuesday after Tokyo", "will visit Australia after New
# Zealand talks": the stop before, named right after "after" at the end of the clause (or before its trip noun)
_AFTER_BARE = re.compile(r"\s+after\s+(?:the\s+)?(?=[A-Z])")
_BARE_ENDS = re.compile(r"(?:\s+(?:visit|trip|tour|stop|stopover|stay|leg|talks|summit)s?)?\s*(?:[,.;:]|$|\s+and\s)")


def stop_before(ctx: Context, hits: list[Hit], trav: Person | None, pos: int, conf: float) -> None:
    """The stop before the one that ends at ``pos``, named bare after "after" to the end of the clause:
    "heads to Egypt after Washington", "arrived in Seoul on Tuesday after Tokyo"; not a clause of its own
    ("after Canberra agreed to ...") nor a place that only qualifies a noun ("after New Zealand's election").
    The day told before "after" is the later stop's, so the window read for the stop starts at "after"."""
    m = _AFTER_BARE.match(ctx.text, after_day(ctx.text, pos, ctx.s1), ctx.s1)
    if m is None or trav is None:
        return
    places = chain(ctx.text, ctx.ms, m.end(), ctx.s1, first_gap=0)
    if places and places[0].start == m.end() and _BARE_ENDS.match(ctx.text, places[-1].end, ctx.s1):
        hits.append(Hit(trav, places, m.start(), places[-1].end, (m.start(), places[-1].end), 0.7 * conf, "left"))


def after_day(text: str, pos: int, end: int) -> int:
    """Where the text goes on after a day written at ``pos`` ("on Wednesday", "from Feb. 3-5"), else ``pos``."""
    m = _DAY_ONLY.match(text, pos, end)
    return m.end() if m else pos


def _owner(ctx: Context, a: int, b: int):
    """The person named in ``text[a:b]`` ("his", "Xi's"), else ``None``."""
    return next((p for p in ctx.people_between(a, b) if p.name), None)


def _stops_right_after(ctx: Context, pattern: re.Pattern[str]):
    """``(match, traveller, confidence, place)`` for each match of ``pattern`` in the sentence that a
    place follows at once, not negated; the traveller is the clause's subject, else the story's focus."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in pattern.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is None:
            trav, conf = ctx.focus, 0.7
        yield m, trav, conf, places[0]


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _anchored() -> Anchors:
    """The patterns read over whole sentences, with the words their matches start with."""
    return Anchors({
        "stop_is": (_STOP_IS, (
            "next", "last", "final", "first", "second", "third", "fourth", "fifth", "sixth", "latest")),
    }, shared="visits.stop_is")


def next_stop(ctx: Context, hits: list[Hit]) -> None:
    """A stop named by its place in the itinerary: "His next stop is India", "Manila is the last stop", "from
    Manila, his fourth and final stop",
    "South Africa, where Xi is headed next", "the first visit was to China, the third will be to Uzbekistan"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _anchored().finditer("stop_is", text, s0, s1):  # tried only where its words start
        places = chain(text, ctx.ms, m.end(), s1, first_gap=2)
        if not places or negated(text, s0, m.start()):
            continue
        trav = _owner(ctx, max(s0, m.start() - 30), m.start("verb"))
        conf = 0.9
        if trav is None:
            trav, conf = subject(ctx, m.start())
        if trav is None:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, places[:1], m.start(), places[0].end, (m.start(), places[0].end), 0.8 * conf,
                        "next-stop"))
        onward(ctx, hits, trav, places[0].end, m.start(), 0.7 * conf)  # "first stop is Cairo, followed by ..."
    for m in _STOPS_ARE.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=2)
        if not places or negated(text, s0, m.start()):
            continue
        trav = _owner(ctx, max(s0, m.start() - 30), m.start("verb")) or subject(ctx, m.start())[0] or ctx.focus
        hits.append(Hit(trav, places, m.start(), places[-1].end, (m.start(), places[-1].end), 0.7, "next-stop"))
    for m, trav, conf, first in _stops_right_after(ctx, _STOP_WITH):  # "with his first stop Ethiopia"
        hits.append(Hit(trav, [first], m.start(), first.end, (max(s0, m.start() - 80), first.end),
                        0.8 * conf, "next-stop"))
        onward(ctx, hits, trav, first.end, m.start(), 0.7 * conf)
    for m, trav, conf, first in _stops_right_after(ctx, _COUNTED):
        hits.append(Hit(trav, [first], m.start(), first.end, (m.start(), first.end), 0.7 * conf, "next-stop"))
    for p in ctx.ms:
        if p.kind == "demonym" or not p.country:
            continue
        apposed = _APPOSED_STOP.match(text, p.end, s1)
        m = _IS_STOP.match(text, p.end, s1) or apposed or _WHERE_NEXT.match(text, p.end, s1)
        if m is None or negated(text, s0, p.start):
            continue
        trav = _owner(ctx, m.start(), m.end())
        if m is apposed:
            # "landed after a trip from Manila, his final stop", "in Switzerland, the third stop of Modi's tour, the
            # Prime Minister will hold talks": the traveller and the tense are the sentence's, up to a clause of
            # the tour's own ("the first stop of a tour that will also take him to Turkey")
            if trav is None:
                trav = subject(ctx, p.start)[0] or ctx.focus
            own = _TOURS_OWN.search(text, m.end(), s1)
            hits.append(Hit(trav, [p], p.start, m.end(), (s0, own.start() if own else s1), 0.7, "travel"))
            continue
        if trav is None:
            trav = _owner(ctx, m.end(), min(s1, m.end() + 40))  # "Manila is the last stop on his tour"
        if trav is None:
            trav = ctx.focus
        hits.append(Hit(trav, [p], p.start, m.end(), (p.start, m.end()), 0.7, "next-stop"))


# "After Ghana, he heads to Senegal": a stop told before the next one, at the head of its clause
_AFTER_PLACE = re.compile(r"(?:^|(?<=[,;])\s*)(?:[Aa]fter|[Ff]ollowing)\s+(?:the\s+)?(?=[A-Z])")
# "After the NATO summit in Vilnius, Biden will fly to Helsinki": the stop before, told by the gathering there
_AFTER_EVENT = re.compile(r"(?:^|(?<=[,;])\s*)(?:[Aa]fter|[Ff]ollowing)\s+(?:the|a|an|this\s+week['’]s|last\s+week['’]s)\s+"
                          r"(?:[^,.;:()]{0,50}?\s)?" + EVENT + r"\s+in\s+(?:the\s+)?(?=[A-Z])", re.I)
_THEN_COMMA = re.compile(r"\s*,")
#: the main clause goes on to the next stop: "will fly to Helsinki", "travelled to Poland", "heads home"
_GOES_ON = re.compile(r"\b(?:fl(?:y|ies|ew|ying)|travel\w*|head\w*|arriv\w*|leav\w*|left|depart\w*|go(?:es)?|went|"
                      r"continu\w*|proceed\w*|mov(?:e|es|ed)|land\w*|return\w*|visit\w*)\b", re.I)
#: One of these is in every match of ``_AFTER_STAY`` (as :func:`geo.text.fold_case` writes it).
_STAY_WORDS = ("days in", "day in", "week in", "weeks in", "nights in", "night in", "stay in", "stopover in",
               "stop in", "days at", "stay at", "weeks at", "week at", "nights at", "night at", "stop at",
               "stopover at", "stops in", "stays in")
# "after two days in Kenya", "following a week in Japan", "after a stopover in Dubai"
_AFTER_STAY = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w\-]+\s+){0,2}?"
                         r"(?:days?|weeks?|nights?|stay|stopover|stop)\s+(?:in|at)\s+(?:the\s+)?", re.I)


def after_stay(ctx: Context, hits: list[Hit]) -> None:
    """The stop before this one, told by the stay there: "arrived in Nigeria after two days in Kenya",
    or by its name alone at the head of the clause: "After Ghana, Ruto heads to Senegal"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    low = fold_case(text)
    heads = has_word(low, (", after ", ", following ", "; after ", "; following "), s0, s1) \
        or low.startswith(("after ", "following "), s0)
    starts = [(m.end(), False) for m in _AFTER_PLACE.finditer(text[s0:s1])] if heads else []
    starts += [(m.end(), True) for m in _AFTER_EVENT.finditer(text[s0:s1])] if heads else []
    for end, event in starts:
        a = s0 + end
        places = chain(text, ctx.ms, a, s1, first_gap=0)
        while places and not _THEN_COMMA.match(text, places[-1].end):
            places.pop()  # "After Ghana, US Vice President Harris": the title's country is no stop
        if not places or places[0].start != a:
            continue
        comma = _THEN_COMMA.match(text, places[-1].end).end()
        trav = next((p for p in ctx.people_between(comma, comma + 60) if p.name), None)
        if trav is not None and event and not _GOES_ON.search(text, trav.end, s1):
            continue  # "After the summit in Vilnius, Putin said ...": only one who goes on was at the gathering
        if trav is not None:
            hits.append(Hit(trav, places, a, places[-1].end, (a, min(s1, trav.end + 40)), 0.6, "onward"))
    if not has_word(low, _STAY_WORDS, s0, s1):
        return
    for m in _AFTER_STAY.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is not None:
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (m.start(), places[0].end), 0.7 * conf,
                            "left"))


# "on his way back from Beijing", "on her way home from Tokyo", "on his return flight from Doha" (not "their":
# "met workers on their way back from Malaysia")
# and "touched down in Addis Ababa after a short flight north from the Kenyan capital Nairobi"
_WAY_FROM = re.compile(r"\b(?:on\s+(?:his|her)\s+(?:way|return|journey|flight|trip)\s+(?:back\s+|home\s+)?"
                       r"(?:flight\s+|journey\s+|leg\s+)?|(?:after|following)\s+an?\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:flight|drive|journey|hop)\s+(?:(?:north|south|east|west)(?:wards?)?\s+)?)from\s+(?:the\s+)?",
                       re.I)
#: "the Kenyan capital Nairobi": a demonym and a noun before the place itself
_CAPITAL_OF = re.compile(r"[A-Z][\w\-]+\s+(?:capital|city)\s+(?:of\s+)?")


def came_from(ctx: Context, hits: list[Hit]) -> None:
    """The stop before this one: "arrived in Dar es Salaam from Moscow", "returned from Tokyo", "will stop in
    Riyadh on his way back from Beijing" (the traveller of the stop told before it in the sentence)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), ("from ",), s0, s1):
        return  # every hit needs one
    for m in _WAY_FROM.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() and not _CAPITAL_OF.fullmatch(text, m.end(), places[0].start) \
                or negated(text, s0, m.start()):
            continue
        # the traveller of the stop this clause told ("will stop in Riyadh on his way back"), not the subject
        # of a reporting clause ("his spokesperson said ... on his way back from Washington")
        trip = next((h for h in reversed(hits) if h.traveller is not None and s0 <= h.cue_start and
                     h.cue_end <= m.start()), None)
        who = trip.traveller if trip is not None else None
        if who is None and not text.startswith("on", m.start()):  # "The president's jet touched down ... after a
            who = subject(ctx, m.start())[0] or ctx.focus  # flight from Nairobi": the clause's, else the story's
        if who is not None:
            hits.append(Hit(who, places[:1], m.start(), places[0].end,
                            (max(s0, m.start() - 80), places[0].end), 0.7, "left"))
    for m in _ARRIVED.finditer(text, s0, s1):
        f = _FROM.search(text, m.end(), min(s1, m.end() + 60))
        if f is None or _NOT_A_STOP.search(text, m.end(), f.start()) or negated(text, s0, m.start()):
            continue
        at = (STAY.match(text, f.end()) or f).end()  # or after a stay there: "from two nights in Kabul"
        places = chain(text, ctx.ms, at, s1, first_gap=1)
        if not places or places[0].start != at:
            continue
        aside = apposed_person(ctx, m.start())  # "told Modi, back from Moscow, that": Modi's, not the teller's
        trav, conf = (aside, 0.9) if aside is not None else subject(ctx, m.start())
        if trav is None:
            continue
        left = places if _closed_list(text, places, s1) else places[:1]  # "returned from Kenya and Tanzania"
        hits.append(Hit(trav, left, m.start(), left[-1].end, (max(s0, m.start() - 80), left[-1].end),
                        0.7 * conf, "left"))
        to = _TO.match(text, places[0].end, s1)  # "travelled from Ghana to Senegal": and the next stop
        dest = chain(text, ctx.ms, to.end(), s1, first_gap=0) if to else []
        if dest and dest[0].start == to.end():
            hits.append(Hit(trav, dest[:1], m.start(), dest[0].end, (max(s0, m.start() - 80), dest[0].end),
                            0.8 * conf, "travel"))


#: Between the places of a plain list of countries: a comma, "and", or both
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
#: What may follow the last place of a list that is closed: the clause's end or a time told after it
_LIST_CLOSED = re.compile(r"\s*(?:[,.;]|$|\s(?:on|last|earlier|this|in)\b)")


def _closed_list(text: str, places: list, end: int) -> bool:
    """Are ``places`` a plain list of two countries or more ("Kenya, Uganda and Tanzania"), joined by commas
    and "and" only and closed by the clause's end or a time ("on Sunday")?"""
    return len(places) > 1 and all(p.kind == "country" for p in places) and all(
        _LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(places, places[1:])) and bool(
        _LIST_CLOSED.match(text, places[-1].end, end))


_TAKEN = re.compile(r"(?=[btl])\b(?:take[sn]?|took|taking|bring(?:s|ing)?|brought|lead(?:s|ing)?|led)\s+(?P<obj>him|her|them|the\s+\w+(?:\s+\w+)?|"
                    r"(?-i:[A-Z][\w.\-’']*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w.\-’']*)){0,5})"  # "take Blinken to Israel"
                    r"\s+(?:on\s+)?(?:also\s+)?(?:first\s+|next\s+|then\s+|later\s+|back\s+|on\s+)?(?:to|through|across)\s+", re.I)
_PRONOUN = re.compile(r"him|her|them", re.I)


def taken(ctx: Context, hits: list[Hit]) -> None:
    """Where a trip takes its traveller: "a trip that has taken the secretary to Oman", "a tour that will
    also take him to the Netherlands"; "him" no clause names is the story's traveller ("The visit will take
    him to Eswatini and Lesotho")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _TAKEN.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1)
        if not places or negated(text, s0, m.start()):
            continue
        obj = next((p for p in ctx.people_between(m.start("obj"), m.end("obj") + 2) if p.name), None)
        conf = 0.8
        if obj is None and _PRONOUN.fullmatch(m.group("obj")):
            obj, conf = ctx.focus, 0.7
        if obj is None:
            continue
        w0 = max(s0, m.start() - 80)
        hits.append(Hit(obj, places, m.start(), places[-1].end, (w0, places[-1].end), conf, "travel"))
        onward(ctx, hits, obj, places[-1].end, w0, 0.7 * conf)  # "..., followed by South Africa from July 23-25"
