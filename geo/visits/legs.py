"""More itinerary cue families: the ends of a tour, the stop left told first, and stops the itinerary holds.

* :func:`tour_ends` - a tour told by where it starts and ends, away from its noun: "a tour to the
  Gulf starting in Oman, then Kuwait and concluding it in Saudi Arabia", "a four-nation tour that
  starts with Cyprus", "the trip, which will begin in Lima and end in Quito";
* :func:`from_first` - the stop left, told first: "From Japan, Modi will then travel to Port
  Moresby", "From Tokyo, Blinken flies on to Seoul";
* :func:`more_stops` - stops told as the itinerary's, with no verb of travel: "Senegal and Mali are
  also on his itinerary", "Other stops include Senegal and Mali", "The visit will be followed by a
  trip to Senegal": the story's traveller (its focus) travels;
* :func:`tour_meetings` - stops told by whom the traveller meets on a tour: "During the tour, he will meet
  with the leaders of Saudi Arabia, Qatar and the UAE" (two countries or more, the trip not anchored to one
  place: "During his visit to Washington, Modi will meet the leaders of Japan" is a meeting there);
* :func:`done_first` - the stop before the main clause, told by what was done there: "After meeting Friday
  in Nairobi with Kenyan President Uhuru Kenyatta, Tillerson ...";
* :func:`tour_legs` - each destination after a going word that no family above took: "The tour
  includes Tanzania, Rwanda, Chad and Gabon", "the King will leave on March 27 for Jordan", the trip of
  a country already travelling in the story (the visits told so far).

Each finds :class:`~geo.visits.context.Hit` objects the way the families of
:mod:`geo.visits.families` do; :data:`TRIGGERS` names the words a sentence must hold before
each of them reads it.
"""

from __future__ import annotations

import re

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from geo import doc_words
from geo.cancel_words import FELL_THROUGH
from geo.text import Anchors, clauses, fold_case, has_word, negated
from geo.values import Person, Visit
from geo.visits.context import OWNS, STOP_WORDS, Context, Hit, chain, subject, unknown_name_lead
from geo.visits.itinerary import onward
from geo.word_search import Caseless
from geo.wordlists import PUBLIC_TRAVELLERS, TRIP_ANCHORED, TRIP_FOLLOWED, TRIP_NEXT, TRIP_OR_ITINERARY, TRIP_SPAN, alternation

__all__ = ["TRIGGERS", "done_first", "from_first", "tour_meetings", "more_stops", "tour_ends", "tour_legs", "travelling", "GOING", "GOING_CASED", "NOT_A_TRIP", "BY_GUEST", "LIST_GAP", "main_traveller"]

# the trip noun the span belongs to, at most 90 characters before it, with no other matter between
_TRIP = re.compile(r"\b" + alternation(TRIP_SPAN) + r"\b", re.I)
_SPAN = re.compile(r"\b(?:(?:start|begin|kick(?:s|ed|ing)?\s+off)(?:s|ed|ing|ning)?|began|begun|"
                   r"(?:conclud|end|finish|clos)(?:e|es|ed|ing|s)?|wind(?:s|ing)?\s+up|wound\s+up|"
                   r"wrap(?:s|ped|ping)?\s+up)\s+(?:it\s+|there\s+)?(?:(?:on\s+\w+day|today|tomorrow)\s+)?"
                   # "began his five-nation visit with Ghana": the trip told as the object
                   r"(?:(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}?" + alternation(TRIP_SPAN) + r"\s+)?"
                   r"(?P<prep>in|with|at)\s+(?:a\s+(?:stop|visit)\s+(?:in|to)\s+)?(?:the\s+)?", re.I)
#: Words one of which every match of ``_SPAN`` starts with, as :func:`geo.text.fold_case` writes them.
_SPAN_WORDS = ("start", "begin", "kick", "began", "begun", "conclud", "end", "finish", "clos", "wind", "wound", "wrap")
# what may stand between the trip noun and the span: not another matter that starts or ends somewhere
_OTHER_MATTER = re.compile(r"[;:]|\.\s|\b(?:talks|negotiations|war|conflict|fighting|meeting|conference|summit|"
                           r"session|process|season|term|career|game|match|race|festival|said|says)\b", re.I)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _span_cues() -> Anchors:
    """``_SPAN`` with the words its matches start with."""
    return Anchors({"span": (_SPAN, _SPAN_WORDS)}, shared="visits.span")


def tour_ends(ctx: Context, hits: list[Hit]) -> None:
    """The first and last stops of a tour told by its start and end: "a tour to the Gulf starting in Oman,
    then Kuwait and concluding it in Saudi Arabia", "a four-nation tour Thursday that starts with Cyprus"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), _SPAN_WORDS, s0, s1):
        return  # no match can start: no need to try the pattern at each character
    for m in _span_cues().finditer("span", text, s0, s1):  # tried only where one of its words starts a word
        trip = None
        for t in _TRIP.finditer(text, max(s0, m.start() - 90), m.start("prep")):
            trip = t
        going_on = trip is None and _BEFORE_ENDING.search(text, max(s0, m.start() - 8), m.start())
        if going_on:  # "Macron then heads to Jakarta before finishing in Singapore": the trip the clause tells
            trip = going_on
        elif trip is None or _OTHER_MATTER.search(text, trip.end(), m.start()):
            continue
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, trip.start()):
            continue
        trav, conf = subject(ctx, trip.start())
        if trav is None:  # "Kishida's tour will wrap up in Paraguay": the tour's owner
            trav, conf = next((p for p in ctx.people_between(max(s0, trip.start() - 40), trip.start()) if p.name
                               and OWNS.match(text, p.end)), None), 0.8
        if trav is None and (_THE_TRIP.fullmatch(text, s0, trip.start()) or _SAID_THE_TRIP.search(
                text, max(s0, trip.start() - 40), trip.start())):
            trav, conf = ctx.focus, 0.7  # "The tour wraps up in Hungary", "Price said the trip would end in India"
        if trav is None:
            continue
        w0 = max(s0, trip.start() - 80)
        hits.append(Hit(trav, places, m.start(), places[-1].end, (w0, places[-1].end), 0.75 * conf, "travel"))
        onward(ctx, hits, trav, places[-1].end, w0, 0.7 * conf)  # "starting in Oman, then Kuwait"


# "the spokesman said the trip would end in India": the story's trip, told by someone else
_SAID_THE_TRIP = re.compile(r"\b(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?:the|this)\s+(?:[\w\-]+\s+){0,2}$")
# "heads to Jakarta before finishing in Singapore": the end of the trip the clause's going tells
_BEFORE_ENDING = re.compile(r"\bbefore\s+$", re.I)
# a sentence that opens on the trip itself: "The tour wraps up in Hungary", "The five-nation trip will end in Quito"
# ("The visit is part of a tour that will end in Beijing": the story's trip told as a part of the tour)
_THE_TRIP = re.compile(r"\s*(?:The|This|That)\s+(?:[\w\-]+\s+){0,2}"
                       r"(?:(?:is|was|will\s+be|forms)\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                       r"(?:part|leg|stop)\s+of\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2})?")
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


# "After meeting Friday in Nairobi with Kenyan President Uhuru Kenyatta, Tillerson ...", "After talking trade
# in India Tuesday, Li landed in Pakistan": what was done in a place, told before the main clause
_DONE_FIRST = re.compile(r"(?:^|(?<=;)\s*)(?:After|Following)\s+(?:meeting|talking|holding|signing|visiting|"
                         r"attending|touring|addressing|stopping|spending|opening|inaugurating|laying|paying|"
                         # "After talks in Lima, she flew to Quito", "Following his stop in Doha, Blinken ...": a noun
                         r"(?:(?:his|her|their|the|a|an)\s+)?(?:[\w\-]+\s+)?(?:talks|meetings?|stop|stopover|stay))\b"
                         r"(?P<mid>[^,;:()]{0,120}?)\s(?:in|at)\s+(?:the\s+)?(?=[A-Z])")
_AT_A_DISTANCE = re.compile(r"\b(?:phone|telephone|call|video|virtual(?:ly)?|online|letter|hosting|host)\b", re.I)


def done_first(ctx: Context, hits: list[Hit]) -> None:
    """The stop before the main clause, told by what was done there: "After meeting Friday in Nairobi with
    Kenyan President Uhuru Kenyatta, Tillerson hailed ...", "After talking trade in India Tuesday, Li landed
    in Pakistan" (not "After talking by phone with Lula in Brasilia, Biden said": no one went there)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _DONE_FIRST.finditer(text[s0:s1]):
        a = s0 + m.end()
        places = chain(text, ctx.ms, a, s1, first_gap=0)
        if not places or places[0].start != a or _AT_A_DISTANCE.search(m.group("mid")):
            continue
        comma = text.find(",", places[-1].end, min(s1, places[-1].end + 120))
        if comma < 0 or _AT_A_DISTANCE.search(text, places[-1].end, comma):
            continue
        trav = next((p for p in ctx.people_between(comma, comma + 60) if p.name), None)
        if trav is None or not _SUBJECT_GAP.fullmatch(text, comma + 1, trav.start):
            continue  # "After meeting in Paris, officials said Macron would": not the clause's subject
        hits.append(Hit(trav, places[:1], s0 + m.start(), places[0].end,
                        (trav.end, min(s1, trav.end + 60)), 0.7, "travel"))


# "Senegal and Mali are also on his itinerary", "Ghana is on the agenda of the tour", "Mali is the other stop",
# "Kenya and Mozambique will follow"
_ON_ITINERARY = re.compile(r"\s+(?:(?:is|are|will\s+be|was|were)\s+(?:also\s+)?(?:on\s+(?:(?:the|his|her|their)\s+"
                           r"(?:[\w\-]+\s+){0,2}?itinerary|(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?schedule)\b"
                           r"(?!\s+(?:of|for)\b)|"
                           # "Jakarta and Manila are the other stops"
                           r"(?:the|his|her|their)\s+(?:two\s+|three\s+)?(?:other|remaining|later|subsequent|further|next|"
                           r"last|final)\s+(?:stops|legs|destinations)\b|"
                           # "Namibia and Brazil are the other countries on the tour"
                           r"the\s+(?:two\s+|three\s+)?(?:other|remaining)\s+(?:countries|nations|capitals)\s+(?:on|of|in)\s+"
                           r"(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:tour|trip|itinerary|visit|journey|swing)\b|"
                           # "Spain is next.", "Serbia and Hungary are next on the tour"
                           r"next(?:\s+on\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:tour|trip|itinerary|list))?"
                           r"(?=\s*[.;]|\s*$))|"
                           # "Kenya and Mozambique will follow.": the stops after the one told, at the clause's end
                           r"(?:will\s+|are\s+to\s+|is\s+to\s+)?follows?(?:\s+(?:later|next|after\s+that))?(?=\s*[.;]|\s*$)|"
                           # "Argentina comes next, on July 4-5"
                           r"(?:comes?|will\s+come)\s+next(?=\s*[.;,]|\s*$))")
# "Other stops include Senegal", "The visit will be followed by a trip to Senegal"
_STOPS_INCLUDE = re.compile(r"(?=[cdflnorstv])\b(?:(?:other|further|later|remaining|subsequent)\s+(?:stops|legs|destinations)\s+"
                            # "Other stops on his tour are Austria and Hungary"
                            r"(?:(?:on|of|during)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:tour|trip|itinerary|visit|journey|swing)\s+)?"
                            r"(?:include|are|will\s+be)|"
                            # "The countries on his itinerary are Ghana, Namibia and Brazil"
                            r"(?:countries|nations|capitals|destinations|stops)\s+(?:on|of|in)\s+(?:his|her|their|its|the)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:tour|trip|itinerary|visit|journey|swing)\s+(?:include|are|will\s+be)|"
                            r"\b" + alternation(TRIP_FOLLOWED) + r"\s+"
                            r"(?:(?:will\s+be|is|was)\s+)?followed\s+by\s+(?:a|an)\s+"
                            r"(?:[\w\-]+\s+){0,2}?" + alternation(TRIP_NEXT) + r"\s+(?:to|in))\s+(?:the\s+)?", re.I)


_BY_SOMEONE = re.compile(r"\s+by\s")
#: A clause that opens right before a list of places: "Kenya and Mozambique will follow", "..., and Mali follows"
_SUBJECT_OPENS = re.compile(r"(?:^|[,;:\"“]\s*(?:and\s+|then\s+)*|^\s*(?:and\s+|then\s+)*)(?:the\s+)?\s*$", re.I)


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
        if "follow" in m.group(0) and not _SUBJECT_OPENS.search(text[s0:listed[0].start]):
            continue  # "Details on Kenya will follow": the places must be the clause's subject
        found.append((listed[0].start, m.end(), listed))
    for a, b, places in found:
        if negated(text, s0, a) or not places or _BY_SOMEONE.match(text, places[-1].end, s1):
            continue  # "followed by a visit to Uganda by the Chinese premier": someone else's
        trav = ctx.focus
        if trav is None:
            continue
        end = max(b, places[-1].end)
        hits.append(Hit(trav, places, a, end, (max(s0, a - 80), min(s1, end + 40)), 0.6, "onward"))


#: A going word and at most two more before a destination: "will visit", "a trip to", "tour includes", "left
#: on March 27 for". Coming-from words ("returned from", "left Beijing") are not here.
GOING = re.compile(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trips?\s+to|tour(?:s|ed|ing)?(?:\s+of)?|travel\w*\s+(?:on\s+)?to|"
    r"fl(?:y|ies|ew|own|ying)\s+(?:on\s+)?to|head\w*\s+(?:on\s+|next\s+)?to|arriv\w*\s+(?:in|at)|land\w*\s+in|"
    r"go(?:es|ing)?\s+(?:on\s+)?to|went\s+(?:on\s+)?to|en\s+route\s+to|stop(?:s|ped|over)?\s+in|journey\s+to|"
    r"continu\w*\s+(?:on\s+)?to|onward\s+to|legs?\s+(?:in|to)|includ(?:es|ed)|(?:leav\w*|left|depart\w*)"
    r"(?:\s+[\w’'\-]+){0,4}?\s+for)\s+(?:the\s+)?(?P<gap>(?:[\w’'\-]+\s+){0,2})$", re.I)
#: :data:`GOING` run as its case-sensitive twin on the lower-cased copy where that finds the same (half the work).
GOING_CASED = Caseless(GOING)
#: What "includes" a list of destinations: a trip, its itinerary or its programme, named before it in the clause.
_TRIP_INCLUDES = re.compile(r"\b(?:visits?|trips?|tours?|journey|swing|itinerary|schedule|programme|program|stops?|legs?|"
                            r"agenda|travels?|mission)\b[^.;:]*$", re.I)
#: Going words that say a tour, not one person's trip: they need no traveller named in the sentence.
_TOUR = re.compile(r"\b(?:tour|trip|legs?|stops?|includ\w*|itinerary)\b", re.I)
#: A trip only wished for, offered, supposed or habitual: "invited Putin to visit", "if he were to travel to",
#: "whenever they made a trip to India".
NOT_A_TRIP = re.compile(r"\b(?:invit\w*|if|whenever|would|could|might|hopes?|hoping|wants?|wish\w*|refus\w*|"
                        r"declin\w*|whether|" + FELL_THROUGH + r")\b", re.I)  # "had been due to arrive": fell through
#: "Was visited by Xi", "the visit of the Indian premier": who comes, not where to.
BY_GUEST = re.compile(r"\b(?:visit\w*\s+(?:by|of)|by)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
_OF = re.compile(r"\s+of\s")
#: A verb that leaves a place out of the tour told before it: "The tour avoids Uruguay", "the trip skips Peru"
_LEFT_OUT = re.compile(r"\b(?:avoid|skip|bypass|exclud|omit|spar)\w*", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*)\s*(?:the\s+)?")


def tour_legs(sentences: Sequence[tuple[Context, Sequence[Hit]]], told: Sequence[Visit],
              published: dt.date | None = None) -> list[tuple[Context, Hit]]:
    """The legs of a tour no family took, each destination named after a going word.

    Read once the story's visits are known (``told``; ``sentences`` are the
    sentences with a place and a going word, with the hits the families
    found there): a leg is a trip of a country that travels in the story's
    own time (:func:`travelling`). Its traveller is the last person named
    before the going word ("he met Netanyahu before travelling to Egypt" is
    not Netanyahu's: Israel travels nowhere in that story); in a sentence
    naming no one ("The tour includes Tanzania, Rwanda and Chad"), or whose
    subject is "he" of no known country, the story's one travelling country
    travels, in the person of its main traveller.

    Not legs: a place after "by" or "visit of" (who comes), a place one
    comes *from*, a part of a place ("the North East of Japan"), a trip
    negated or only wished for ("invited him to visit", "if he were to
    visit", "had been due to travel to"), the traveller's own country and a
    place a family took. The status and day are read as for any other hit.
    """
    known = travelling(told, published)
    if not known:
        return []
    return [(ctx, h) for ctx, hits in sentences for h in _legs(ctx, hits, told, known)]


#: The many who travel right before a going word (:data:`geo.wordlists.PUBLIC_TRAVELLERS`).
_PUBLIC_GOING = re.compile(r"\b" + alternation(PUBLIC_TRAVELLERS) + r"\s+$", re.I)


def _legs(ctx: Context, hits: Sequence[Hit], told: Sequence[Visit], known: set[str]) -> list[Hit]:
    """The legs of one sentence (:func:`tour_legs`)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    # a family's hit of no known traveller ("The tour includes Tanzania") takes no place: it found no visit
    taken = {(p.start, p.country) for h in hits if h.traveller is not None and h.traveller.name for p in h.places}
    seen = {(h.traveller.country, p.country) for h in hits if h.traveller is not None for p in h.places}
    out: list[Hit] = []
    head = prev = None
    for s in ctx.ms:
        if not s.country or s.kind == "demonym" or _OF.match(text, s.end):  # "the North East of Japan": a part
            head = prev = None
            continue
        if head is None or prev is None or not LIST_GAP.fullmatch(text, prev.end, s.start):
            head = s  # a list of destinations shares its first one's going word
        prev = s
        if (s.start, s.country) in taken:
            continue
        lead = GOING_CASED.search(text, max(s0, head.start - 70), head.start)
        if lead is not None and lead.group(0)[:5].lower() == "inclu" \
                and not _TRIP_INCLUDES.search(text, max(s0, lead.start() - 80), lead.start()):
            continue  # "a grouping that also includes Brazil, Russia and India": what includes them is no trip
        if lead is None or NOT_A_TRIP.search(text, max(s0, lead.start() - 40), head.start) or \
                BY_GUEST.search(lead.group(0)) or STOP_WORDS.intersection(lead.group("gap").lower().split()) or \
                _LEFT_OUT.search(lead.group("gap")) or \
                negated(text, _clause_start(text, s0, s1, head.start), lead.start()):
            continue  # "a trip to the region since Hamas ...": the place is not where the trip goes
        if _PUBLIC_GOING.search(text, max(s0, lead.start() - 30), lead.start()):
            continue  # "with millions of British citizens travelling to Greece": their going, not the story's
        before = [p for p in ctx.people_between(s0, lead.start()) if p.start >= s0]
        who = before[-1] if before else None
        if who is not None and (who.country or who.kind != "pronoun"):
            trav = who
        elif (_TOUR.search(lead.group(0)) or who is not None) and len(known) == 1 \
                and not unknown_name_lead(ctx, lead.start()):  # "Hochstein's visit to Beirut": not the story's
            trav = main_traveller(ctx, next(iter(known)), told, lead.start())
        else:
            continue
        if trav is None or not trav.name or trav.country == s.country or (trav.country, s.country) in seen or \
                trav.country not in known:
            continue
        seen.add((trav.country, s.country))
        out.append(Hit(trav, [s], lead.start(), s.end, (max(s0, lead.start() - 70), min(s1, s.end + 60)), 0.6,
                       "tour-leg"))
    return out


def travelling(visits: Iterable[Visit], published: dt.date | None) -> set[str]:
    """The countries whose people travel in the story's own time: those of its visits not called off
    nor begun more than 90 days before ``published`` (a background trip years back travels nothing).

    Examples
    --------
    >>> from geo.values import Visit
    >>> now = Visit("Sisi", "EG", None, "GA", None, None, None, None, None, "ongoing", "d", "", 0.9)
    >>> old = Visit("Bongo", "GA", None, "EG", None, None, None, dt.date(2016, 1, 1), None, "completed", "d", "", 0.9)
    >>> sorted(travelling([now, old], dt.date(2017, 8, 16)))
    ['EG']
    """
    return {v.traveler_country for v in visits if v.traveler_country and v.status != "cancelled"
            and not (v.start_date and published and (published - v.start_date).days > 90)}


def _clause_start(text: str, s0: int, s1: int, at: int) -> int:
    """Where the clause holding ``at`` starts."""
    return next((a for a, b in clauses(text, s0, s1) if a <= at < b), s0)


def main_traveller(ctx: Context, country: str, told: Sequence[Visit], at: int) -> Person | None:
    """The story's main traveller of ``country``: its focus when of that country, else the traveller of
    that country the visits told so far name most."""
    focus = ctx.focus
    if focus is not None and focus.country == country and focus.name:
        return focus
    names = Counter(v.traveler for v in told if v.traveler_country == country and v.traveler)
    if not names:
        return None
    name = names.most_common(1)[0][0]
    role = next((v.role for v in told if v.traveler == name), None)
    return Person(at, at, "", name, country, role, "name", via="story")


#: For each family here, the words (lower case, any part of a word) one of which a sentence must hold.
_PEOPLE = (r"(?:top\s+|senior\s+|state\s+|government\s+|political\s+|local\s+)?(?:leaders|leadership|"
           r"heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|officials|counterparts|authorities|"
           r"governments|kings|monarchs|rulers)")
# "meet with the leaders of", "engaging with officials in", "visited presidents generally considered
# friendly to the U.S. in"
_MEETS = re.compile(r"(?=[cehmv])\b(?:meet(?:s|ing)?|met|hold(?:s|ing)?\s+talks|held\s+talks|engag(?:e|es|ed|ing)|"
                    r"confer(?:s|red|ring)?|visit(?:s|ed|ing)?)\s+(?:with\s+)?(?:the\s+)?" + _PEOPLE
                    + r"(?:\s+[^,;:()]{0,60}?)?\s+(?:of|in)\s+(?:the\s+)?", re.I)
# the tour the meetings belong to: its noun in this sentence or the one before
_ON_TOUR = re.compile(r"\b" + alternation(TRIP_OR_ITINERARY) + r"s?\b", re.I)
#: Words one of which every match of :data:`_MEETS` holds, as :func:`geo.text.fold_case` writes them: its people.
_MEETS_PEOPLE = ("leader", "heads", "presidents", "prime", "officials", "counterparts", "authorities", "governments",
                 "kings", "monarchs", "rulers")
# a trip anchored to one place ("During his visit to Washington"), or meetings at a gathering: the
# leaders are met where the traveller already is
_ANCHORED = re.compile(r"\b" + alternation(TRIP_ANCHORED) + r"\s+(?:to|in|of)\s+(?:the\s+)?(?-i:[A-Z])|\b(?:summit|"
                       r"sidelines|margins|conference|forum|meeting\s+of|gathering|assembly|session|video|"
                       r"virtual(?:ly)?|phone|telephone|call)\b", re.I)
_LOOK_BACK = 300
_A_TOUR = re.compile(r"\b(?:tours?|swing|trips|itinerary|\w+-(?:nation|country|state|leg))\b", re.I)
#: One visit, not a tour, that a sentence's meetings happen during: they met where it went.
_ONE_VISIT = re.compile(r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:the|his|her|this|that)\s+(?:[\w\-]+\s+){0,2}?visit\b(?!\s+to\b)",
                        re.I)

def tour_meetings(ctx: Context, hits: list[Hit]) -> None:
    """Each country whose leaders (officials, counterparts) a touring traveller meets, when two or more
    are listed: "During the tour, he will meet with the leaders of Saudi Arabia, Qatar and the UAE"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), _MEETS_PEOPLE, s0, s1):
        return  # every match of _MEETS names whom with one of these words: none here, no match (most sentences)
    for m in _MEETS.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=1)
        if len({p.country for p in places}) < 2 or negated(text, s0, m.start()):
            continue
        lead = text[s0:m.start()]
        if _ANCHORED.search(text, s0, s1) or not (
                _ON_TOUR.search(lead) or _ON_TOUR.search(text, max(0, s0 - _LOOK_BACK), s0)):
            continue
        back = text[max(0, s0 - _LOOK_BACK):s0]
        if _ONE_VISIT.search(lead) and _ANCHORED.search(back) and not _A_TOUR.search(back):
            # "After a three-day visit to Tajikistan to attend the SCO ... During the visit, the President met with the
            # Presidents of ...": one visit's place, where they met (not "a four-nation tour. During the visit, ...")
            continue
        trav, conf = subject(ctx, m.start())
        if trav is None and _ON_TOUR.search(lead):  # "During the tour, the leaders of ... will be met"
            trav, conf = ctx.focus, 0.6
        if trav is None:
            continue
        hits.append(Hit(trav, places, m.start(), places[-1].end, (max(s0, m.start() - 80), places[-1].end),
                        0.75 * conf, "tour-meetings"))


TRIGGERS = {
    "tour_ends": ("start", "begin", "began", "begun", "kick", "conclud", "end", "finish", "clos", "wind", "wound",
                  "wrap"),
    "from_first": ("from ",), "done_first": ("after ", "following "),
    "tour_meetings": ("meet", "met ", "talks", "engag", "confer", "visit"),
    "more_stops": ("itinerary", "schedule", "stops", "legs", "destinations", "followed by", "follow", "next",
                   "countries", "nations", "capitals", "come"),
}
