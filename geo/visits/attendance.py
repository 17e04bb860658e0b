"""Attendance told around an event, not by a travel verb.

* :data:`EVENT` - the words that name a gathering ("summit", "G20", "General Assembly");
* :func:`at_event_in` - a place and the event held there: "dinner in Buenos Aires at the
  G20", "had been together in New York during the UN General Assembly";
* :func:`joined` - joining someone somewhere: "Mahuta will join the Foreign Secretary for a
  joint programme in Samoa" is a visit for both;
* :func:`held_at`, :func:`city_named` - where an event is held: "the ASEAN summit in Jakarta",
  "the summit, to be held in Seoul", "the Vilnius summit";
* :func:`event_place` - an event named without a place takes the place the story gave it
  elsewhere: "Wei is also expected to attend the SCO meeting" after "Singh is in Moscow to
  attend the meeting of the Shanghai Cooperation Organisation (SCO)".

:func:`geo.visits.families.find_hits` runs them with the other cue families.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from geo.cancel_words import REFUSE_STEMS
from geo.text import Anchors, fold_case, has_word, negated, split_sentences
from geo.values import Mention
from geo.visits.context import Context, Hit, chain, mention_start, predicate_start, subject, synthetic, told_at
from geo.visits.coordinated import partners
from geo.visits.fallback import remote_in
from geo.visits.summits import (TRIGGERS, attendance_noun, brought_together, joined_leaders, listed_attendees,
                                opened_by, represented_by, told_toward, undecided)
from geo.wordlists import ENCOUNTER, ENCOUNTER_WORDS, EVENT_FRAME, REMOTE_ATTENDANCE, TRIP_TO, alternation

__all__ = ["EVENT", "EVENT_WORDS", "AT_EVENT_TRIGGERS", "at_event_in", "event_places", "met_at_event", "gathered", "present_at", "attended_by", "joined", "held_at",
           "city_named", "event_place", "attended_remotely", "not_attended"]

#: The words that name a gathering one attends (a regular expression, matched ignoring case).
EVENT = (r"(?:summits?|meeting|conference|forum|talks|session|assembly|ceremony|inauguration|funeral|"
         r"games|olympics|parade|celebrations?|gathering|ministerial|dialogue|consultations|"
         r"negotiations|convention|congress|council|meetings|G-?20|G-?7|G-?8|COP\s?\d+|expo|"
         r"world\s+cup|anniversary|commemorations?|festivities|jubilee|coronation|wedding|"
         r"signing|exercises|swearing[- ]in|investiture|oath[- ]taking)")
#: Words one of which every match of ``EVENT`` holds (lower case, any part of a word): a sentence
#: without them is not read for an event. Kept beside ``EVENT``: a new event word goes in both.
EVENT_WORDS = ("summit", "meeting", "conference", "forum", "talks", "session", "assembly", "ceremony",
               "inauguration", "funeral", "games", "olympic", "parade", "celebration", "gathering",
               "ministerial", "dialogue", "consultations", "negotiations", "convention", "congress", "council",
               "g20", "g-20", "g7", "g-7", "g8", "g-8", "cop", "expo", "world cup", "anniversary",
               "commemoration", "festivities", "jubilee", "coronation", "wedding", "signing", "exercises",
               "swearing", "investiture", "oath")
#: Words one of which a sentence must hold before :func:`at_event_in` reads it (lower case, any part of a word).
AT_EVENT_TRIGGERS = EVENT_WORDS + TRIGGERS
#: A gathering named after "at the", "during the": "the BRICS summit", "the G7 Summit", "the U.N. General Assembly"
#: (group ``event``).
_EVENT_NAMED = r"(?P<event>(?:(?:(?:[A-Z]\.){2,}|[^.;:()\s]+)\s+){0,5}?" + EVENT + r"(?:\s+" + EVENT + r")*)"

# "in Buenos Aires at the G20", "in New York during the United Nations General Assembly"
_EVENT_AFTER = re.compile(r"\s+(?:during|at|for|" + EVENT_FRAME + r")\s+(?:an?\s+|the\s+)?"
                          r"(?:[^,.;:()]{0,50}?\s)?" + EVENT + r"\b", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
#: Words one of which every match of ``EVENT`` holds, as :func:`geo.text.fold_case` writes it ("world"
#: for "world\s+cup", which may be written over a line break).
_NAMED_EVENT_WORDS = tuple(w for w in EVENT_WORDS if " " not in w) + ("world",)


def at_event_in(ctx: Context, hits: list[Hit]) -> None:
    """A place and the event held there: "intends to have dinner in Buenos Aires at the G20",
    "Milei and Bukele had been together last week in New York during the UN General Assembly";
    and meetings at an event (:func:`met_at_event`)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    met_at_event(ctx, hits)  # each with its own words: "gathered in Addis Ababa to attend the summit"
    gathered(ctx, hits)
    present_at(ctx, hits)
    low = fold_case(text)
    if has_word(low, ("includ", "among", "those", "attended", "attendance", "attending", "present", "participating",
                      "taking part"), s0, s1):
        listed_attendees(ctx, hits, event_places)
    if has_word(low, ("join",), s0, s1):
        joined_leaders(ctx, hits)
    if has_word(low, ("represented",), s0, s1):
        represented_by(ctx, hits, event_places)
    if text.startswith("It ", s0):
        opened_by(ctx, hits, event_places)
    if has_word(low, ("attendance", "participation", "presence", "appearance"), s0, s1):
        attendance_noun(ctx, hits, event_places)
    if has_word(low, (" together",), s0, s1):
        brought_together(ctx, hits, event_places)
    if not has_word(low, ("during", "at ", "for ", "sidelines", "margins", "fringe"), s0, s1):
        return  # every match of the place-and-event form below holds one of them
    for p in ctx.ms:
        if p.kind == "demonym" or not p.country:
            continue
        lead = _IN_BEFORE.search(text, max(s0, p.start - 12), p.start)
        if lead is None:
            continue
        m = _EVENT_AFTER.match(text, p.end, s1)
        if m is None or negated(text, s0, lead.start()):
            continue
        trav, conf = subject(ctx, lead.start())
        if trav is None:
            continue
        also = partners(ctx, trav, predicate_start(text, trav.end, lead.start())) if trav.end <= lead.start() else ()
        hits.append(Hit(trav, [p], lead.start(), m.end(), (max(s0, lead.start() - 80), m.end()), 0.75 * conf,
                        "attend", also))


# "met", "will hold full bilateral meetings with", "had a brief meeting with", "to meet with"
_MET_WITH = re.compile(r"\b(?:met|meets|meet\s+with|meeting\s+with|(?:held|holds|had|has|hold|have|holding|having)\s+"
                       r"(?:(?:a|an|full|formal|separate|bilateral|informal|brief|several|one-on-one)\s+){0,2}"
                       r"(?:talks|meeting|meetings|discussions|consultations)\s+with|interact(?:ed|s)\s+with|"
                       r"conferred\s+with|sat\s+down\s+with|" + alternation(ENCOUNTER) + r")\s+", re.I)
# "on the sidelines of the G7 Summit here", "at the NATO summit in Vilnius", "during the UN General Assembly"
_AT_THE_EVENT = re.compile(r"(?:,\s*)?\b(?:" + EVENT_FRAME + r"|at|during)\s+(?:an?\s+|the\s+)?"
                           + _EVENT_NAMED + r"\b", re.I)
_UNTIL_EVENT = re.compile(r"[.;:!?]")


@lru_cache(maxsize=1)
def _anchored() -> Anchors:
    """The patterns read over whole sentences, with the words their matches start with."""
    return Anchors({
        "present_at": (_PRESENT_AT, (
            "deliver", "giv", "gave", "mak", "made", "be", "is", "was", "were", "are", "witness", "grac", "turn",
            "show")),
        "met_with": (_MET_WITH, ("met", "meet", "held", "hold", "had", "has", "hav", "interact", "conferred", "sat",
                                 *ENCOUNTER_WORDS)),
    }, lazy=True)


def met_at_event(ctx: Context, hits: list[Hit]) -> None:
    """Meetings at an event: "Modi on Friday met Biden, Kishida and Trudeau on the sidelines of the G7
    Summit here", "Xi met Biden at the G20 summit in Bali": each of them is at the event's place (the one
    told with it, else the one the story gave it); a leader of the host country is at home."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _anchored().finditer("met_with", text, s0, s1):  # tried only where its words start
        if negated(text, s0, m.start()):
            continue
        e = _AT_THE_EVENT.search(text, m.end(), min(s1, m.end() + 250))
        if e is None or _UNTIL_EVENT.search(text, m.end(), e.start()) or remote_in(text, m.start(), e.start()):
            continue  # "spoke by phone with Biden at the summit's end": no presence told
        a, b = e.span("event")
        places = event_places(ctx, a, b)
        if not places:
            continue
        trav, conf = subject(ctx, m.start())
        met = tuple(p for p in ctx.people_between(m.end(), e.start()) if p.name and p.kind != "pronoun"
                    and p.name != (trav.name if trav is not None else None))
        if trav is None:
            if not met:
                continue
            trav, met, conf = met[0], met[1:], 0.8
        elif trav.end <= m.start() and s0 <= places[0].start < s1:
            # "Modi and Biden shook hands at the G20 summit in Bali": both there (when this sentence tells where)
            met = (*met, *(p for p in partners(ctx, trav, m.start()) if p not in met))
        end = max(e.end(), places[0].end) if places[0].start < s1 else e.end()
        hits.append(Hit(trav, places[:1], m.start(), end, (max(s0, m.start() - 80), end), 0.75 * conf,
                        "attend", met))


_GATHERED = re.compile(r"\b(?:gathered|gather|gathers|converged|converge|converges|assembled)\s+(?:in|at)\s+"
                       r"(?:the\s+)?", re.I)
#: Words one of which every match of ``_GATHERED`` starts with, as :func:`geo.text.fold_case` writes them.
_GATHER_WORDS = ("gather", "converge", "assembled")
# (a day may come first: "gathered in Addis Ababa on Thursday for the AU summit")
_GATHER_FOR = re.compile(r"(?:\s+(?:on|this|last|next|early|late)\s+[\w\-]+(?:\s+\d{1,2})?|\s+(?:today|yesterday|tonight))?"
                         r"\s+(?:for|at|to\s+attend)\s+(?:an?\s+|the\s+)?(?:[^.;:,]{0,40}?\s)?" + EVENT + r"\b", re.I)
_GATHER_BREAK = re.compile(r"[;:]|\b(?:said|says|told|as|when|while|after|before|where)\b")


def gathered(ctx: Context, hits: list[Hit]) -> None:
    """Leaders gathered somewhere for an event: "Leaders including Ruto and Tinubu gathered in Addis Ababa for
    the AU summit" is a visit for everyone named in the subject."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), _GATHER_WORDS, s0, s1):
        return  # no match can start: no need to try the pattern at each character
    for m in _GATHERED.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or not _GATHER_FOR.match(text, places[0].end, s1) \
                or negated(text, s0, m.start()):
            continue
        brk = [b.end() for b in _GATHER_BREAK.finditer(text, s0, m.start())]
        who = [p for p in ctx.people_between(brk[-1] if brk else s0, m.start()) if p.name and p.kind != "pronoun"]
        if who:
            hits.append(Hit(who[0], places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.7, "attend", tuple(who[1:8])))


# "was among the leaders at the BRICS summit", "is among leaders attending the G20", "will be a guest at",
# "will deliver a speech at the AU summit", "will give a speech on extremism at the Manama Dialogue", "will be at
# the G20 summit", "witnessed the signing ceremony in Beijing"
_PRESENT_AT = re.compile(r"\b(?:(?:(?:deliver(?:s|ed|ing)?|give[sn]?|gave|giving|make[s]?|made|making)\s+(?:a\s+|an\s+|"
                         r"the\s+|his\s+|her\s+)?(?:[\w\-]+\s+)?(?:speech|remarks|address|keynote(?:\s+address)?|"
                         r"lecture)(?:\s+(?:on|about)\s+[^.;:,]{1,50}?)?|"
                         # "made a surprise appearance at", "turned up at", "showed up at": present there
                         r"(?:make[s]?|made|making)\s+(?:an?\s+)?(?:(?:surprise|unannounced|rare|brief|special|first)\s+)?"
                         r"appearances?|(?:turn(?:s|ed|ing)?|show(?:s|ed|ing)?)\s+up|"
                         r"(?:be|is|was|were|are|been)(?:\s+(?:(?:among|one\s+of)\s+[^,.;]{1,40}?|(?:a|the)\s+(?:special\s+|"
                         r"chief\s+)?guest(?:\s+of\s+hono(?:u)?r)?|present|also|there|in\s+attendance))?)\s+(?:at|attending)|"
                         r"(?:be|is|was|were|are|been)\s+among\s+[^,.;]{1,40}?\s+(?:who|that)\s+(?:will\s+|had\s+)?"
                         r"(?:attend(?:s|ed)?|(?:are|were)\s+attending)|"
                         r"witness(?:es|ed|ing)?|grac(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?" + _EVENT_NAMED + r"\b", re.I)


def present_at(ctx: Context, hits: list[Hit]) -> None:
    """Being at an event: "was among the leaders at the BRICS summit in Johannesburg", "is among leaders
    attending the G20 summit in Rio", "will be a guest at the AU summit in Addis Ababa", "will deliver a speech
    at the summit", "will give a speech on extremism at the security summit this weekend in Bahrain"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), _NAMED_EVENT_WORDS, s0, s1):
        return  # every match names an event: no need to try the pattern at each character
    for m in _anchored().finditer("present_at", text, s0, s1):  # tried only where its words start
        if negated(text, s0, m.start()) or not_attended(ctx, m.start()):
            continue  # "will be attending the BRICS Summit hosted by China in virtual format"
        a, b = m.span("event")
        places = event_places(ctx, a, b)
        trav, conf = subject(ctx, m.start())
        if not places or trav is None or trav.end > m.start():
            continue  # the one present stands before the verb, not "..., Modi said" after it
        end = max(m.end(), places[0].end) if places[0].start < s1 else m.end()
        # "Trump, Merkel, Afghanistan's Ghani and Imran Khan would be among the world leaders attending the WEF"
        also = partners(ctx, trav, m.start())  # (a title in lower case is no predicate here: "German chancellor")
        hits.append(Hit(trav, places[:1], m.start(), end, (max(s0, m.start() - 80), end), 0.75 * conf, "attend",
                        also))


# "The summit in Addis Ababa was attended by Kenyan President William Ruto": the one named after "by" attended
_ATTENDED_BY = re.compile(r"\b(?P<event>" + EVENT + r")\b(?P<mid>[^.;:]{0,60}?)\s(?:was|were|is|are|will\s+(?:also\s+)?be|"
                          r"(?:is|are)\s+(?:likely|expected)\s+to\s+be|had\s+been|has\s+been)"
                          r"(?:\s+(?:also|mainly|reportedly|only|further))?\s+(?:attended|joined)\s+by\s+", re.I)  # "be joined by" too


def attended_by(ctx: Context, hits: list[Hit]) -> None:
    """Attendance told in the passive: "The summit in Addis Ababa was attended by Ruto and Tinubu", "the summit
    is likely to be attended by US President Joe Biden": everyone named after "by" is at the event's place."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _ATTENDED_BY.finditer(text, s0, s1):
        if negated(text, s0, m.start()):
            continue
        a, b = m.span("event")
        places = event_places(ctx, a, b, named_from=max(s0, a - 40))
        guests = [p for p in ctx.people_between(m.end(), s1) if p.name and p.kind != "pronoun"]
        if not places or not guests:
            continue
        hits.append(Hit(guests[0], places[:1], m.start(), m.end(), (max(s0, m.start() - 40), m.end()), 0.7,
                        "attend", tuple(guests[1:6])))


_JOIN = re.compile(r"\b(?:join(?:s|ed|ing)?(?:\s+by)?|accompan(?:y|ies|ied|ying))\s+", re.I)  # "will be joined by X"
_PLACE_FIRST = re.compile(r"[“\"‘']?(?:In|At)\s+(?:the\s+)?")  # "In Japan, Austin will join Blinken"
_COMMA_AFTER = re.compile(r"\s*,")
_NAME_GAP = re.compile(r"(?:(?:the|of|[A-Z][\w.’'\-]*)\s+){0,6}")  # "Secretary of State Condoleezza Rice"
# "for a joint programme in Samoa", "for the opening of COP-21 in Paris", "in Samoa"
_JOIN_WHERE = re.compile(r"\s+(?:(?:for|at|on)\s+[^.;:,]{1,70}?\s)?(?:in|at|to)\s+(?:the\s+)?|"
                         r"\s+(?:on|during)\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,3}?"
                         + alternation(TRIP_TO) + r"\s+to\s+(?:the\s+)?")


def joined(ctx: Context, hits: list[Hit]) -> None:
    """Joining someone somewhere: "Mahuta will join the Foreign Secretary for a joint programme in
    Samoa", "Kerry will join President Obama for the opening of COP-21 in Paris", "Hegseth will
    accompany President Trump on his visit to Japan": both are there."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _JOIN.finditer(text, s0, s1):
        other = next((p for p in ctx.people_between(m.end(), m.end() + 60) if p.name and p.kind != "pronoun"
                      and _NAME_GAP.fullmatch(text, m.end(), p.start)), None)
        if other is None or negated(text, s0, m.start()):
            continue
        where = _JOIN_WHERE.match(text, other.end, s1)
        places = chain(text, ctx.ms, where.end(), s1, first_gap=1) if where else []
        if not places or places[0].start != where.end():
            # the place told first: "In Japan, Austin will join Secretary of State Blinken for the 2+2"
            front = _PLACE_FIRST.match(text, s0, m.start())
            places = chain(text, ctx.ms, front.end(), m.start(), first_gap=1)[:1] if front else []
            if not places or places[0].start != front.end() or not _COMMA_AFTER.match(text, places[0].end):
                continue
        trav, conf = subject(ctx, m.start())
        end = max(places[0].end, other.end)  # the place told after the one joined, or first
        window = (max(s0, min(places[0].start, m.start() - 80)), end)
        if trav is None:
            trav, conf, also = other, 0.85, ()
        else:
            # "Mboweni - who'll attend ... - and Sisulu will accompany Ramaphosa": each of a list goes
            listed = partners(ctx, trav, m.start()) if trav.end <= m.start() else ()
            also = tuple(q for q in (*listed, other) if q.name != trav.name)
        hits.append(Hit(trav, places[:1], m.start(), end, window, 0.75 * conf, "attend", also))


_HELD = re.compile(r"[^.;:,]{0,50}?\s(?:in|at|hosted\s+by)\s|"
                   # "a summit of the Association of Southeast Asian Nations that kicked off on Friday in Phnom Penh"
                   r"\s+of\s+(?:the\s+)?[A-Z][^.;:,]{0,50}?\s(?:that|which)\s[^.;:,]{0,40}?\s(?:in|at)\s|(?:\s+of\s+(?:the\s+)?[A-Z][^.;:,]{0,40}|"
                   r"(?:\s+[\w\-’']+){1,3}?)?,\s*"  # "the G20 summit, to be held in Rio": the event's name ran on
                   r"(?:to\s+be\s+|which\s+(?:will\s+be|is|was)\s+|being\s+)?(?:held|hosted|taking\s+place)\s+in\s")
# "the inauguration of Mexico's new president", "the swearing-in of Indonesian President Prabowo"
_WHOSE = re.compile(r"\s+(?:ceremony\s+)?(?:of|for)\s+(?:the\s+)?(?:new(?:ly[- ]elected)?\s+|incoming\s+|late\s+)?")
_INSTALLED = re.compile(r"(?:inauguration|swearing[- ]in|investiture|oath[- ]taking|coronation|funeral)$", re.I)


_HERE = re.compile(r"\s+here\b")


def held_at(ctx: Context, start: int) -> list[Mention]:
    """The place of an event named up to ``start``: "the ASEAN summit in Jakarta", "the G20 in Osaka",
    "the Korea-Africa summit, to be held in Seoul", "the summit here" under a dateline."""
    here = _HERE.match(ctx.text, start, ctx.s1) if ctx.here is not None else None
    if here is not None:
        h = ctx.here
        return [Mention(h.doc, here.start() + 1, here.end(), "here", h.name, h.lat, h.lon, h.country,
                        h.geonameid, h.kind, h.score)]
    where = _HELD.match(ctx.text, start, ctx.s1)
    if not where:
        return _whose(ctx, start)
    places = chain(ctx.text, ctx.ms, where.end(), ctx.s1, first_gap=2)[:1]
    if not places:  # "the peace summit at the Burgenstock resort in Switzerland": the next "in" or "at" names it
        again = _HELD.match(ctx.text, where.end() - 1, ctx.s1)
        places = chain(ctx.text, ctx.ms, again.end(), ctx.s1, first_gap=2)[:1] if again else []
    return places or _whose(ctx, start)


def _whose(ctx: Context, start: int) -> list[Mention]:
    """The country whose leader an inauguration or funeral ending at ``start`` is for: "the inauguration of
    Mexico's new president", "the swearing-in of Indonesian President Prabowo"."""
    if not _INSTALLED.search(ctx.text, max(ctx.s0, start - 20), start):
        return []
    m = _WHOSE.match(ctx.text, start, ctx.s1)
    if m is None:
        return []
    p = next((p for p in ctx.story if p.start == m.end() and p.country), None)
    if p is None or not (p.kind == "demonym" or ctx.text.startswith(("'s", "’s"), p.end)):
        return []
    return [p]


_NAME_TO_EVENT = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,3}" + EVENT + r"\b", re.I)


def city_named(ctx: Context, a: int, b: int) -> list[Mention]:
    """A city that names the event written at ``text[a:b]``: "the Vilnius summit", "the Madrid NATO summit"
    (not a country: "the China-Africa summit" may be held anywhere)."""
    seat = _seat(ctx, a, b)  # "the Shangri-La Dialogue" is in Singapore, not in Shangri-La
    if seat:
        return seat
    for p in ctx.ms:
        if a <= p.start < b and p.kind == "city" and p.country and _NAME_TO_EVENT.match(ctx.text, p.end, b):
            return [p]
    return []


# an event's own name: an acronym ("SCO", "ASEAN", "UNGA") or a numbered one ("G20", "COP28")
_EVENT_NAME = re.compile(r"\b(?:[A-Z]{2,}[a-z]?|G-?\d{1,2}|COP-?\s?\d{1,2}|[A-Z][a-z]+-[A-Z][a-z]+)\b")
_EVENT_WORD = re.compile(EVENT, re.I)


@lru_cache(maxsize=64)
def _name_starts(text: str, name: str, flags: int) -> tuple[int, ...]:
    """Where ``name`` stands as a word in ``text``: one scan per document and name, not one per cue."""
    return tuple(x.start() for x in re.finditer(r"\b" + re.escape(name) + r"\b", text, flags))


def event_place(ctx: Context, a: int, b: int) -> list[Mention]:
    """The place the story gave the event named at ``text[a:b]`` ("the SCO meeting") elsewhere: the
    place nearest another mention of its name ("in Moscow ... to attend the meeting of the Shanghai
    Cooperation Organisation (SCO)", "the SCO summit in Astana"), else nothing."""
    text = ctx.text
    names = {n.group(0) for n in _EVENT_NAME.finditer(text, a, b)}
    flags = 0
    if not names:  # "will attend the summit": the summit the story told of before
        head = [w.group(0) for w in _EVENT_WORD.finditer(text, a, b)]
        names, flags = set(head[-1:]), re.I
    best, best_d = None, None
    for name in names:
        for o in _name_starts(text, name, flags):
            if a <= o < b or flags and o > a:
                continue
            lo, hi = bisect_left(ctx.story, o - 200, key=mention_start), bisect_left(ctx.story, o + 80, key=mention_start)
            for p in ctx.story[lo:hi]:
                if p.kind == "demonym" or not p.country or p.end > o + 80:
                    continue
                lo, hi = (p.end, o) if p.end <= o else (o, p.start)
                if not told_toward(text, p, o):
                    continue
                d = hi - lo
                if best_d is None or d < best_d:
                    best, best_d = p, d
    if best is None and flags:  # "will attend the summit in person. The summit will take place in Johannesburg"
        best = _told_next(ctx, names, b) or _met_before(ctx, a)
    if best is None:
        seat = _seat(ctx, a, b)  # "will address the UN General Assembly": where it always meets
        here = ctx.here
        # "Addis Ababa - African leaders gathered for the AU summit. ... Motlanthe is attending the summit": a
        # summit the story told of before with no place of its own is the one it is filed from
        earlier = [o for name in names for o in _name_starts(text, name, flags) if o < a] if flags else []
        sentences = split_sentences(text) if earlier else []  # (split once, and only when a summit was told before)
        told_before = any(not _placed(ctx, o, sentences) for o in earlier)
        if seat or here is None or not (told_before or _ARRIVED_FOR.search(text, max(0, a - 30), a)):
            return seat
        # "ASTANA. ... Ghani and Xi Jinping also arrived at the summit": the summit the story is filed from
        return [told_at(here, text, a, b)]
    return [best]


def _placed(ctx: Context, o: int, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence of ``o`` (among the document's ``sentences``) names a place other than the story's
    dateline ("The talks, hosted by Istanbul, began": the talks are there, not where a wire agency files from)."""
    here = ctx.here
    s0, s1 = next(((a, b) for a, b in sentences if a <= o < b), (o, o))
    return any(s0 <= p.start < s1 and p.country and p.kind != "demonym"
               and (here is None or p.start != here.start) for p in ctx.story)


_ARRIVED_FOR = re.compile(r"\b(?:arrived|arrives|has\s+arrived|have\s+arrived|landed)\s+(?:at|for)\s+"
                          r"(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)


# "EU leaders meet in Brussels on Thursday", "ministers gathered in Doha", "the inauguration will be held in Tehran",
# "the funeral took place in Tokyo"; where the ceremony is: "will be sworn in
# for a second term in Tehran", "takes office in Mexico City", "was inaugurated on Sunday in Harare"
_MEET_IN = re.compile(r"(?=[abcghikmostw])\b(?:meet|meets|met|gather|gathers|gathered|gathering|convene|convenes|convened|converge|"
                      r"converges|converged|assemble|assembles|assembled|"
                      # "The inauguration will be held in Tehran", "The funeral took place in Tokyo": a gathering's place
                      r"(?:be|is|was|were|are|been|being)\s+(?:held|staged)|(?:take|takes|took|taking)\s+place|"
                      r"(?:opens|opened|begins|began|kicks\s+off|kicked\s+off)|(?:(?:sworn\s+in|inaugurated|crowned|"
                      r"(?:take|takes|took|taking)\s+office)(?:\s+(?:for|as|on|at)\s+(?:(?:an?|the|his|her)\s+)?"
                      r"[\w\-]+(?:\s+[\w\-]+)?)?))\s+(?:in|at)\s+(?:the\s+)?", re.I)


def _met_before(ctx: Context, a: int) -> Mention | None:
    """The place where the story, at most 400 characters before ``a``, says the gathering meets: "EU leaders
    meet in Brussels on Thursday and Friday. ... May attended the gathering on Thursday"."""
    text, found = ctx.text, None
    for m in _MEET_IN.finditer(text, max(0, a - 400), a):
        places = chain(text, ctx.story, m.end(), a, first_gap=0)
        if places and places[0].start == m.end() and places[0].kind != "demonym" and places[0].country:
            found = places[0]
    return found


# "The 15th BRICS Summit will take place in Johannesburg", "The meeting is being held in Doha"
_TAKES_PLACE = re.compile(r"[^.;:!?]{0,40}?\s(?:will\s+(?:take\s+place|be\s+held|be\s+hosted|open|convene)|"
                          r"takes\s+place|is\s+(?:being\s+)?(?:held|hosted)|opens|convenes)\s+in\s+(?:the\s+)?", re.I)


def _told_next(ctx: Context, names: set[str], b: int) -> Mention | None:
    """The place the next sentence gives an event named only by its kind ("the summit"): the
    first place after "will take place in" or "is being held in", at most 250 characters on."""
    text = ctx.text
    for name in names:
        for o in _name_starts(text, name, re.I):
            if o < b or o > b + 250:
                continue
            m = _TAKES_PLACE.match(text, o + len(name))
            places = chain(text, ctx.story, m.end(), len(text), first_gap=0) if m else []
            if places and places[0].start == m.end():
                return places[0]
    return None


def attended_remotely(ctx: Context) -> bool:
    """Does the sentence say the gathering was attended from afar ("via a video link", "virtually")?"""
    return _REMOTE.search(ctx.text, ctx.s0, ctx.s1) is not None


def not_attended(ctx: Context, pos: int) -> bool:
    """Is the attendance told at ``pos`` no trip: attended from afar (:func:`attended_remotely`), only an
    open question ("is yet to confirm whether he will attend", :func:`geo.visits.summits.undecided`), or
    refused ("declined an invitation to attend")?"""
    return attended_remotely(ctx) or undecided(ctx, pos) \
        or _DECLINED.search(ctx.text, max(ctx.s0, pos - 60), pos) is not None \
        or _INVITED.search(ctx.text, max(ctx.s0, pos - 40), pos) is not None \
        and _REGRETS.search(ctx.text, pos, ctx.s1) is not None


#: Attendance refused: "declined an invitation to attend", "turned down the invitation to", "refused to attend".
_DECLINED = re.compile(r"\b" + alternation(REFUSE_STEMS) + r"\b[^,.;:]{0,40}$", re.I)


#: An invitation the same sentence then declines: "Abadi, who was invited to attend the ceremony, ... apologized
#: for not being able to attend", "was invited to attend but could not"
_INVITED = re.compile(r"\binvit(?:ed|ation)\s+(?:[\w\-]+\s+){0,3}?to\s+$", re.I)
_REGRETS = re.compile(r"\b(?:apologi[sz]\w*\s+for\s+not\s+being\s+able\s+to|(?:is|was|were|are)\s+unable\s+to|"
                      r"could\s+not|couldn['’]t|cannot|can['’]t|declined|regret\w*\s+(?:that\s+)?(?:he|she|they)\s+"
                      r"(?:could|would)\s+not)\b", re.I)


def event_places(ctx: Context, a: int, b: int, *, named_from: int | None = None) -> list[Mention]:
    """Where the gathering named at ``text[a:b]`` is: the place told after it (:func:`held_at`), else a city
    named from ``named_from`` (default ``a``) to ``b`` (:func:`city_named`), else :func:`event_place`; the name
    may run on after "of" ("the 50th annual meeting of WEF", "the summit of the Shanghai Cooperation Organisation")."""
    of = _OF_NAME.match(ctx.text, b, ctx.s1)
    c = of.end() if of else b
    return held_at(ctx, b) or (held_at(ctx, c) if of else []) \
        or city_named(ctx, a if named_from is None else named_from, c) or event_place(ctx, a, c)


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of))*(?:\s+\([A-Z]+\))?")


def _seat(ctx: Context, a: int, b: int) -> list[Mention]:
    """Where the gathering named at ``text[a:b]`` always meets (:data:`_SEATS`), unless the sentence says it
    was attended from afar ("addressed the UN General Assembly by video")."""
    if _REMOTE.search(ctx.text, ctx.s0, ctx.s1):
        return []
    if _WHERE_BEFORE.search(ctx.text, max(ctx.s0, a - 80), a):
        return []  # "return to Amman, where he will participate in the World Economic Forum": held there this time
    seat = next((v for k, v in _SEATS.items() if k.search(ctx.text, a, b)), None)
    if seat is None:
        return []
    to = _TO_ATTEND.search(ctx.text, max(ctx.s0, a - 40), a)
    went = [m for m in ctx.ms if m.country and 0 <= to.start() - m.end <= 3] if to is not None else []
    # "went to Riyadh, Saudi Arabia, to attend a WEF special meeting": held where he went this time
    return went or [synthetic(ctx.doc, a, b, seat[1], seat[0])]


#: ", to attend a" right after a place: the purpose of going there
_TO_ATTEND = re.compile(r",?\s+to\s+(?:attend|participate\s+in|take\s+part\s+in|join)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$")
#: "..., where he will participate in the": the event's place is the one the relative clause hangs on
_WHERE_BEFORE = re.compile(r",\s*where\s+[^,.;:]{1,60}$")
#: The host city of each UN climate conference (COP) since 2009, by its number.
_COP_SEATS = {15: ("Copenhagen", "DK"), 16: ("Cancun", "MX"), 17: ("Durban", "ZA"), 18: ("Doha", "QA"),
              19: ("Warsaw", "PL"), 20: ("Lima", "PE"), 21: ("Paris", "FR"), 22: ("Marrakesh", "MA"),
              23: ("Bonn", "DE"), 24: ("Katowice", "PL"), 25: ("Madrid", "ES"), 26: ("Glasgow", "GB"),
              27: ("Sharm el-Sheikh", "EG"), 28: ("Dubai", "AE"), 29: ("Baku", "AZ"), 30: ("Belem", "BR")}
#: Gatherings that always meet in one place, named without it.
_SEATS = {re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+General\s+Assembly\b|\bUNGA\b"): ("New York", "US"),
          re.compile(r"\bWorld\s+Economic\s+Forum\b|\bWEF\b"): ("Davos", "CH"),
          re.compile(r"\bShangri[- ]La\s+Dialogue\b", re.I): ("Singapore", "SG"),
          re.compile(r"\bRaisina\s+Dialogue\b"): ("New Delhi", "IN"),
          re.compile(r"\bEastern\s+Economic\s+Forum\b"): ("Vladivostok", "RU"),
          re.compile(r"\bBoao\s+Forum\b"): ("Boao", "CN"),
          re.compile(r"\bBled\s+Strategic\s+Forum\b"): ("Bled", "SI"),
          # the UN climate conferences by number, each held once in its one city: "the COP 27", "COP-28"
          **{re.compile(r"\bCOP\s?-?\s?" + str(n) + r"\b"): seat for n, seat in _COP_SEATS.items()}}
_REMOTE = re.compile(r"\b" + alternation(REMOTE_ATTENDANCE) + r"\b", re.I)
