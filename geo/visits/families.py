"""The travel cue families, one small function each, and which of them a sentence needs.

A cue family finds *hits*: a traveller, the places visited and the words that
say so. The families are travel verbs and nouns ("arrived in", "will travel
to", "a visit to", "left for", "en route to", "landed Jakarta"), "here" under a
dateline, attendance ("will attend the ASEAN summit in Jakarta", "At the NATO
meeting in Vilnius, the chancellor said"), hosting ("X hosted Y", "Y was
received by X"), meetings ("X met Y in Z"), a place first ("In Ashgabat, Mr
Putin will ...", :mod:`geo.visits.place_first`) and headlines ("Putin in
Tajikistan").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from geo import doc_words
from geo.landmarks import find_landmarks
from geo.text import Anchors, fold_case, has_word, lower_text, negated
from geo.topic_words import MET_ON
from geo.visits.arrivals import ARRIVAL_WORDS, GATHERING_WORDS
from geo.visits.attendance import (AT_EVENT_TRIGGERS, EVENT, EVENT_WORDS, at_event_in, attended_by, city_named,
                                   event_place, held_at, joined, not_attended)
from geo.visits.context import (COMMA, OWNS, REPORT, STOP_WORDS, TITLE_GAP, WINDOW, Context, Hit, chain,
                                predicate_start, subject, synthetic, told_at, trip_owner, bare_lead)
from geo.visits.coordinated import along_with, partners
from geo.visits.more_families import MORE_FAMILIES, MORE_NEED_PLACE, MORE_TRIGGERS
from geo.visits.counterparts import counterpart_hosts, counterparts
from geo.visits.guest_owner import guest_of_home
from geo.visits.homecoming import calls_at_home
from geo.visits.summits import crowd_before, undecided
from geo.visits.two_sides import two_sides_met
from geo.visits.hosting import country_hosts, guests_end, host_home, host_noun, more_guests, received_one, visiting_guests
from geo.visits.itinerary import DAY_TOLD, after_day, after_stay, came_from, next_stop, onward, taken
from geo.visits.fronted import FRONT_WORDS
from geo.visits.wording import MOVE_WORDS, MOVES, MOVES_AT, NOUN_GAP, TOLD, WHEN
from geo.visits.legs import TRIGGERS as LEG_TRIGGERS, done_first, from_first, more_stops, tour_ends, tour_meetings
from geo.visits.place_first import in_first, place_first
from geo.visits.presence import acted_in
from geo.visits.fallback import PRESENCE_TRIGGERS, last_readings, remote_in
from geo.visits.led_by import led_by
from geo.visits.event_first import event_first
from geo.visits.epithet import epithet_lead
from geo.visits.met_abroad import met_abroad, met_reach, talks_between, venue_place
from geo.visits.trip_agent import (agent_after, apposed_person, other_side, passive_visit, place_noun, tour_of_the_clause,
                                   relative_be, relative_owner, to_the_country, visited_by)
from geo.visits.more_places import travel_places
from geo.wordlists import COUNTED_STOPS, ENCOUNTER_TRIGGERS, ENCOUNTER_WORDS, MEETING, MONTH, TRIP, TRIP_CUE, TRIP_HERE, TRIP_OR_ITINERARY, alternation

__all__ = ["WORD_KEYS", "find_hits", "sentence_triggers"]

_VERB = (
    r"arriv(?:e|es|ed|ing)\s+(?:in|at|into)|land(?:s|ed|ing)?\s+(?:in|at)|touch(?:es|ed)?\s+down\s+(?:in|at(?!\s+the\b))|"
    r"reach(?:es|ed)?|fl(?:y|ies|ew|own|ying)\s+(?:on\s+)?(?:in)?to|"
    r"travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?(?:on\s+)?to|"
    r"travel(?:s|led|ed|ling|ing)?\s+(?:across|through|around)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"  # "travelling across Tajikistan,"
    r"(?:go|goes|went|gone|going|head|heads|headed|heading|return|returns|returned|returning|"
    r"proceed|proceeds|proceeded|proceeding|continu(?:e|es|ed|ing)|move[sd]?|moving|jet(?:s|ted)?|"
    r"fly|flies|flew|travel(?:s|led|ed)?)\s+(?:(?:on|next|then|later|onward|onwards|straight|directly|first|"
    r"also|finally|(?:next|this|later\s+this)\s+(?:week|month)|today|tomorrow|" + DAY_TOLD + r")\s+)?"
    r"(?:on\s+)?(?:to|into|towards?)|" + MOVES + r"|"
    r"(?:leave|leaves|left|leaving|depart|departs|departed|departing|set(?:s|ting)?\s+off|head(?:s|ed|ing)?|"
    r"set(?:s|ting)?\s+out|embark(?:s|ed|ing)?)\s+(?:(?:today|tomorrow|" + DAY_TOLD + r")\s+)?for|"  # "left Sunday for"
    r"en\s+route\s+to|on\s+(?:his|her|their|the)\s+way\s+to|bound\s+for|(?:lead|leads|led|leading|head|heads|headed|heading)"
    r"\s+(?:a|an|the|his|her|their)\s+(?:[\w.\-]+\s+){0,3}?delegations?\s+(?:to|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"cross(?:es|ed|ing)?\s+(?:over\s+)?into|transit(?:s|ed)\s+(?:through|via|in)|"
    r"(?:is|are|was|were|be)\s+(?:still\s+|also\s+|now\s+)?(?:due|expected|scheduled|set|slated)\s+"
    r"(?:to\s+(?:arrive|be)\s+)?(?:in|at)|"
    r"visit(?:s|ed|ing)?(?!" + NOUN_GAP + r"\s+to\b|\s+(?:to|by|of|as|since|was|is|has|had|will|marked|included|comes|came|follows|"
    r"would|could|should|wa)\b)|tour(?:s|ed|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"stop(?:s|ped|ping)?\s+(?:over\s+|off\s+)?in|stop(?:s|ped|ping)?\s+(?:over|off)\s+at|stopover\s+(?:in|at)|" + alternation(TRIP) + r"(?:,?\s+which)?\s+"
    r"(?:continu(?:e|es|ed|ing)|(?:will\s+)?(?:end|ends|ended|conclude|concludes|concluded|finish|finishes|finished|"
    r"start|starts|started|begin|begins|began))\s+(?:(?:" + WHEN + r")\s+)?in|"
    r"(?:begin|begins|began|start|starts|started|commence|commences|commenced)\s+(?:his|her|their|the)\s+"
    r"(?:\w+\s+|\([\w\s]{1,20}\)\s+){0,3}?(?:in|from(?=\s+(?:the\s+)?(?-i:[A-Z])))|"
    r"(?:was|were|been|being)\s+(?:also\s+)?(?:dispatched|sent)\s+to|"
    r"(?P<be>(?:is|are|was|were|be|been|am)\s+(?:currently\s+|now\s+|already\s+|still\s+|back\s+|also\s+)?"
    r"(?:in|at))")
_NOUN = (alternation(TRIP_CUE) + r"(?:" + NOUN_GAP + r")?"
         r"(?:\s+(?:by|of)\s+(?P<by>(?:(?!\b(?:with|visit|trip|tour)\b)[^,.;:]){1,60}?)\s+(?:to|in|of)|"
         r"\s+(?:as\s+[\w\s]{1,40}?\s+(?=(?:[-–—]\s+)?(?:to|in|through)\s)|of\s+[\w\s]{1,30}?\s+)?(?:[-–—]\s+)?(?:to|in|of|through))(?=\s)")
_CUE = re.compile(r"(?P<verb>\b(?:" + _VERB + r")\b)|(?P<noun>\b" + _NOUN + r")", re.I)
_FOR_TO = re.compile(r",?\s+(?:for|to)\s+")
_VISIT_OR_CALL = re.compile(r"(?:visit|call)\s")
_BARE_LAND = re.compile(r"\b(?:landed|arrived|arrives|lands|reached)\s+(?=(?-i:[A-Z]))", re.I)
_HERE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)?|visit(?:s|ed|ing)?|(?:is|are|was|were|be)"
                   r"(?:\s+back)?)\s+(?:here|in\s+the\s+(?:country|capital|city|kingdom))\b|"
                   r"\b" + alternation(TRIP_HERE) + r"\s+(?:here|to\s+the\s+(?:country|kingdom))\b", re.I)
_ATTEND = re.compile(r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|take[sn]?\s+part\s+in|"
                     r"took\s+part\s+in|taking\s+part\s+in|join(?:s|ed|ing)?|address(?:es|ed|ing)?|"
                     r"arriv(?:e|es|ed|ing)\s+(?:at|for)(?!\s+(?:an?\s+)?(?:agreement|decision|deal|consensus|"
                     r"conclusion|compromise|understanding|settlement)\b)|"
                     r"host(?:s|ed|ing)?|chair(?:s|ed|ing)?|speak(?:s|ing)?\s+at|spoke\s+at|"
                     r"co-?chair(?:s|ed|ing)?|lead(?:s|ing)?|led|represent(?:s|ed|ing)?|"
                     # "told the World Economic Forum in Davos": one tells a gathering only by addressing it
                     r"(?:told|tells|telling)(?=\s+(?:an?|the)\s+(?:(?!that\b)[\w\-.'’]+\s+){0,5}?" + EVENT + r"\b)|"
                     # "said at the summit in Kazan on Wednesday that": what one says at a gathering, one says there
                     r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!be\s)(?:said|says|warned|stressed|urged|insisted)"
                     r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday))?\s+at)"
                     r"\s+(?!by\s)(?:an?\s+|the\s+)?"
                     r"(?P<event>(?:[^.;:]|\.(?=\S|\s+[a-z])){0,60}?\b" + EVENT + r"\b)", re.I)
_AMONG = re.compile(r"\bamong\s+[^,.;]{1,40}?\s+$", re.I)
_HOSTED_BY = re.compile(r"\b(?:(?:hosted|received|welcomed|greeted|visited|met|(?:accorded|given)\s+an?\s+(?:\w+\s+){0,2}?"
                        r"(?:welcome|reception))(?:\s+(?:at|in|on|upon)\s+[^,.;]{1,40}?)?\s+by|guests?\s+of)\s+",
                        re.I)  # "... by X", "will be the guest of X", "was accorded a state welcome by X"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_HOST = re.compile(r"\b(?i:received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|hosted|hosts|host|"
                   r"hosting|greeted|greets|greet|play(?:s|ed|ing)?\s+host\s+to)\s+(?!by\b)(?:(?:his|her|their|the)\s+"
                   r"(?:visiting\s+)?(?:\w+\s+)?counterpart,?\s+)?")
#: a stop between a meeting's verb and its place, but not one of a name's abbreviation ("Marcos Jr. in Manila")
_STOP = re.compile(r"[;:]|(?<!\bJr)(?<!\bSr)(?<!\bMr)(?<!\bDr)(?<!\b[A-Z])\.")
_MET = re.compile(r"\b" + alternation(MEETING) + r"\s+(?:with\s+)?")
_DENIED = re.compile(r"[^.;:]{0,25}?\b(?:is|are|was|were|will\s+be)\s+(?:not|no\s+longer|never)\s+"
                     r"(?:planned|scheduled|expected|envisaged|foreseen|on\s+the\s+(?:agenda|cards|itinerary)|"
                     r"part\s+of|included)\b", re.I)
_FRONTED = re.compile(r"\b" + FRONT_WORDS + r"\s[^,;]{1,80},\s*")
#: Where the clause of a cue ends after its places: its tense is read up to there.
_CLAUSE_END = re.compile(r",\s*(?:but|while|whereas|although|though|and\s+(?:no|not))\b|;|"
                         r"\s+and\s+(?:I|he|she|we|they)\s|"
                         # a second verb of its own tense: "visited Peru on Monday and heads to Chile on Friday"
                         r"\s+and\s+(?:then\s+|later\s+|also\s+|now\s+)?(?:will|shall|heads|goes|travels|flies|leaves|"
                         r"departs|moves|proceeds|continues|arrives|lands|visits|meets|returns|went|flew|travell?ed|arrived|"
                         r"visited|met|returned|left|headed|moved|continued|landed)\b|"
                         # a reported clause with its own subject: "told reporters after his trip to Beijing that China would"
                         r"\s+that\s+(?=(?-i:[A-Z])|(?:the|his|her|its|their|it|he|she|they|we)\s)|"
                         # the main clause after an aside: "Scholz, who arrived in Kenya on Sunday, will also ..."
                         r",\s*(?:(?:also|then|now)\s+)?(?:will|would|is|was|has|had|said|says|plans|hopes)\b|" + TOLD)
# "Lula, who was in Beijing last week, ...", "The Indian prime minister, Narendra Modi, will be in Paris"
_ASIDE_BE = re.compile(r"\s*,\s*(?:(?:who|will|would)\s+)?")
#: The subject's country and a companion aside between it and "is in": "Drew of St Kitts and Nevis, along with a delegation, "
_BE_AFTER_ASIDE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:and\s+)?[A-Z][\w.’'\-]*){0,3})?"
                             r"(?:\s*,\s*(?:along|together)\s+with\s+[^,;]{1,50},)?\s*")
#: A trip noun after a plural verb of being on it: "Murphy and Peters are on a working visit to": each is.
_THEY_ARE_ON = re.compile(r"\b(?:are|were|will\s+be|have\s+been)\s+(?:on|making|paying)\s+(?:a|an|their)\s+"
                          r"(?:[\w\-]+\s+){0,3}$")
_HAVING = re.compile(r"\b[Hh]aving\s+(?:already\s+|just\s+|earlier\s+)?$")
_SHARED_TENSE = re.compile(r"(?:then|before|after)\s+", re.I)
#: A verb with no tense of its own: bare after "then", a gerund after "before"/"after".
_BARE_VERB = re.compile(r"(?:travel|fly|go|head|visit|move|proceed|continue|return|leave|depart|arrive|stop|"
                        r"tour|journey|travell?ing|flying|going|heading|visiting|moving|proceeding|continuing|"
                        r"returning|leaving|departing|arriving|stopping|touring)\b", re.I)
_TENSE_BREAK = re.compile(r";|\b(?:but|after|before|since)\b|(?<!will )(?<!would )(?<!shall )\bthen\b", re.I)
#: One of these is in every match of ``_TENSE_BREAK``, as :func:`geo.text.fold_case` writes it.
_TENSE_BREAK_WORDS = (";", "but", "after", "before", "since", "then")


# --------------------------------------------------------------------------- cue families

def _said(ctx: Context, family: str) -> Iterator[re.Match]:
    """The sentence's cues of one family that are not negated ("will not travel to" is no visit)."""
    text, s0 = ctx.text, ctx.s0
    return (m for m in _cues().finditer(family, text, s0, ctx.s1) if not negated(text, s0, m.start()))


def _travel(ctx: Context, hits: list[Hit]) -> None:
    """Travel verbs and nouns followed by places: "arrived in Tashkent", "trips to China and Belarus"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _said(ctx, "cue"):
        c0, c1 = m.span()
        c1, places = travel_places(ctx, m, c1, s1)  # "the visit of Secretary of State Blinken to China"
        if not places or _DENIED.match(text, places[-1].end, s1) or passive_visit(text, s0, c0):
            continue  # "a stop in Turkey is not planned"; "Xi was visited in Beijing by Putin": not Xi's trip
        gap = places[-1].end + len(re.match(r"\.?\s*", text[places[-1].end:s1]).group(0))
        if text.startswith("visiting", c0) and _ADJECTIVE_VISITING.search(text, max(s0, c0 - 40), c0) and any(
                TITLE_GAP.fullmatch(text, gap, p.start) for p in ctx.people_between(gap, gap + 41)):
            continue  # "met with visiting U.S. Secretary of State John Kerry": the guest named, no trip of the subject
        if m.group("be"):  # "Putin is in Beijing": only right after the person, not "he said X was in Y"
            near = [p for p in ctx.people_between(c0 - 80, c0) if p.name and p.end <= c0 and c0 - p.end <= 25
                    and (not COMMA.search(text, p.end, c0) or _ASIDE_BE.fullmatch(text, p.end, c0)
                         and (text[p.end:c0].count(",") == 1 or text[max(s0, p.start - 2):p.start].startswith(",")))
                    and len(text[p.end:c0].split()) <= 2 and not REPORT.search(text[p.end:c0]) or relative_be(text, p, c0)
                    or _BE_AFTER_ASIDE.fullmatch(text, p.end, c0)]  # "Drew of St Kitts and Nevis, along with a delegation, is in"
            if not near:
                continue
        by = m.group("noun") and m.group("by")
        owner = [p for p in ctx.people_between(m.start("by"), c1) if p.name] if by else []
        if by and not owner:
            continue  # "continued his visit by conducting meetings in Kenya": no visit by anyone there
        possessive = m.group("noun") and (trip_owner(ctx, c0) or relative_owner(ctx, c0) or apposed_person(ctx, c0))
        if owner:
            trav, conf = owner[0], 1.0
        elif possessive is not None:
            trav, conf = possessive, 0.95
        else:
            trav, conf = subject(ctx, c0)
            if trav is not None and m.group("noun") and OWNS.match(text, trav.end):
                # "Yoon's vacation ... ahead of Pelosi's decision to travel here following a visit to Taiwan":
                # a trip noun with no verb of its own is the nearest possessor's, not the first one's
                near = [p for p in ctx.people_between(trav.end, c0) if p.name and p.kind != "pronoun"
                        and OWNS.match(text, p.end) and not COMMA.search(text, p.end, c0)]
                trav = near[-1] if near else trav
        agent = agent_after(text, places[-1].end, ctx.people_between(places[-1].end, places[-1].end + 81)) \
            if m.group("noun") else None  # "the visit to Moscow by Chinese President Xi Jinping"
        trav, conf = (agent, 0.95) if agent is not None else (trav, conf)
        if m.group("noun") and (guest := guest_of_home(ctx, trav, c0, places[0])) is not None:
            trav, conf = guest, 0.9  # "Scholz will hold talks with Ruto during his visit to Berlin": Ruto's
        if trav is None and (tour := tour_of_the_clause(ctx, c0)) is not None:
            trav, conf = tour, 0.85  # "It is the last stop on Prince Mohammed's tour, after visiting Oman"
        if trav is None and ctx.focus is not None and bare_lead(ctx, c0, m.group("verb") is not None):
            trav, conf = ctx.focus, 0.7  # "Planned visit to North Korea": the article's traveller
        if trav is None and ctx.focus is not None and m.group("verb") is not None and epithet_lead(ctx, c0):
            trav, conf = ctx.focus, 0.7  # "The veteran leftist will then travel to Madrid": the article's traveller
        w0 = max(s0, c0 - 80)
        breaks = list(_TENSE_BREAK.finditer(text[w0:c0])) \
            if has_word(fold_case(text), _TENSE_BREAK_WORDS, w0, c0) else []
        if breaks and _SHARED_TENSE.fullmatch(text, w0 + breaks[-1].start(), c0) and _BARE_VERB.match(text, c0):
            # "will visit Hanoi and then travel to Jakarta", "will ... before visiting": one tense, told earlier
            w0 = max(s0, c0 - 200)
            breaks = list(_TENSE_BREAK.finditer(text[w0:c0]))[:-1]
        w0 = w0 + breaks[-1].end() if breaks else w0
        for f in _FRONTED.finditer(text, w0, c0):  # "Following his visit to Colombia, he will head to ...": over
            w0 = f.end()
        stop = _CLAUSE_END.search(text[places[-1].end:places[-1].end + 40])
        w1 = places[-1].end + (stop.start() if stop else 40) if agent is None else agent.end + 40
        w1 = places[-1].end if _HAVING.search(text, max(s0, c0 - 20), c0) else w1  # "Having visited Oman, he will"
        are_on = _THEY_ARE_ON.search(text, max(s0, c0 - 50), c0) if m.group("noun") else None
        also = partners(ctx, trav, are_on.start() if are_on else c0) \
            if trav is not None and trav.end <= c0 and (not m.group("noun") or are_on) else ()
        also = (*also, *along_with(ctx, trav, places[-1].end))  # "will visit Moscow with Secretary of Defense Gates"
        hits.append(Hit(trav, places, c0, places[-1].end, (w0, min(s1, w1)), 0.9 * conf,
                        "travel-noun" if m.group("noun") else "travel", also))
        onward(ctx, hits, trav, places[-1].end, w0, 0.85 * conf)
    for m in _cues().finditer("includes", text, s0, s1):  # "a tour that includes stops in Singapore and Vietnam"
        places = chain(text, ctx.ms, m.end(), s1)
        if not places or negated(text, s0, m.start()):
            continue
        owner = [p for p in ctx.people_between(m.start() - 80, m.start()) if p.name and p.end <= m.start()
                 and re.fullmatch(r"['’]s?\s+(?:[\w\-]+\s+){0,3}", text[p.end:m.start()])]
        owner = owner or [p for p in ctx.people_between(m.start(), m.end()) if p.name  # "the tour by Ruto will cover",
                          and _BY_BEFORE.search(text, max(s0, p.start - 40), p.start)]  # not "the visit, said Peskov,"
        trav, conf = (owner[-1], 0.95) if owner else subject(ctx, m.start())
        trav = relative_owner(ctx, m.start()) or trav
        if trav is None and ctx.focus is not None:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, places, m.start(), places[-1].end, (max(s0, m.start() - 80), places[-1].end + 30),
                        0.8 * conf, "travel-noun"))
    for m in _cues().finditer("bare_land", text, s0, s1):  # "landed Jakarta", "arrived Delhi"
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if places and places[0].start == m.end() and not negated(text, s0, m.start()):
            trav, conf = subject(ctx, m.start())
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.8 * conf, "travel"))


_INCLUDES = re.compile(r"\b" + alternation(TRIP_OR_ITINERARY) + r"s?\b[^.;]{0,60}?\b(?:includ(?:es|ing|e|ed)|"
                       r"will\s+include|cover(?:s|ing)?|take\s+in|takes\s+in|taking\s+in|took\s+in|"
                       # "a tour spanning Ghana, Kenya and Mozambique", "a trip that comprises", "featuring"
                       r"span(?:s|ning|ned)?|compris(?:e|es|ed|ing)|encompass(?:es|ed|ing)?|involv(?:e|es|ed|ing)|"
                       r"featur(?:e|es|ed|ing))\s+(?:stops?\s+in\s+|visits?\s+to\s+|"  # "includes five stops, Japan, ..."
                       r"stays?\s+in\s+|" + COUNTED_STOPS + r"\s*)?", re.I)

_VISIT_PERSON = re.compile(r"\b(?:visit(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|paid\s+(?:a\s+)?(?:\w+\s+)?"
                           r"(?:visit|call)\s+(?:to|on))\s+", re.I)

_BY_BEFORE = re.compile(r"\bby\s+(?:[\w.’'\-]+\s+){0,4}$")
#: "visiting" as an adjective: "China's visiting leader", "a dinner for visiting President Xi", "met visiting"
_ADJECTIVE_VISITING = re.compile(r"(?:\b(?i:the|a|an|his|her|their|its|our|and|with|for|of|between|met|welcomed|told|tells|"
                                 r"received|greeted|hosted|thanked|urged|assured|briefed)|['’]s)\s+$")  # "told visiting"
_LEFT = re.compile(r"(?<![\-‐])\b(?:left|leave|leaves|leaving|depart|departed|departs|departing|departure(?=\s+from\b)|flew\s+out\s+of|flies\s+out\s+of)\s+"
                   r"(?:from\s+)?(?:the\s+)?", re.I)


def _left_for(ctx: Context, hits: list[Hit]) -> None:
    """"Blinken left the DRC for Rwanda's capital Kigali": a stop over and the next one."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("left", text, s0, s1):
        origin = chain(text, ctx.ms, m.end(), s1, first_gap=1)
        if not origin or negated(text, s0, m.start()):
            continue
        went = after_day(text, origin[-1].end, s1)  # "will depart Abuja on Wednesday for Paris"
        nxt = _FOR_TO.match(text[went:s1])
        trav, conf = subject(ctx, m.start())
        if trav is None:
            continue
        window = (max(s0, m.start() - 80), origin[-1].end)
        hits.append(Hit(trav, origin, m.start(), origin[-1].end, window, 0.8 * conf, "left"))
        if nxt:
            dest = chain(text, ctx.ms, went + nxt.end(), s1)
            if dest:
                hits.append(Hit(trav, dest, m.start(), dest[-1].end, (window[0], dest[-1].end), 0.85 * conf,
                                "travel"))


def _visit_person(ctx: Context, hits: list[Hit]) -> None:
    """"visited Trump at the White House", "called on Modi in New Delhi": the host's place, else country."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("visit_person", text, s0, s1):
        if text.startswith("visiting", m.start()) and _ADJECTIVE_VISITING.search(text, max(s0, m.start() - 40),
                                                                                  m.start()):
            continue  # "welcomed China's visiting leader Xi": the guest named, not a visit to him
        if text[m.end():m.end() + 3].lower() == "of ":  # "the visit of his counterpart": the visitor, not a host
            continue
        host = [p for p in ctx.people_between(m.end(), m.end() + 40) if p.name  # "on Japanese Emperor Naruhito"
                and TITLE_GAP.fullmatch(text, m.end(), p.start)][:1]
        if not host or negated(text, s0, m.start()):
            continue
        h = host[0]
        after = re.match(r",?\s+(?:at|in)\s+(?:the\s+)?", text[h.end:s1])
        places = chain(text, ctx.ms, h.end + after.end(), s1, first_gap=2) if after else []
        trav, conf = subject(ctx, m.start())
        if not places and h.country and not (trav is not None and calls_at_home(trav, ctx.here)):
            places = [synthetic(ctx.doc, h.start, h.end, h.country)]
        if places and trav is not None:  # a bare "call on" shares the tense told before: "will ... and also call on"
            w0 = s0 if _VISIT_OR_CALL.match(text[m.start():m.end()]) else max(s0, m.start() - 80)
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (w0, places[0].end), 0.8 * conf, "visit-host"))


def _here(ctx: Context, hits: list[Hit]) -> None:
    """"arrived here", "visit to the country" under a dateline: the dateline's place; for each of a list of
    travellers ("Sisi, Yoon and Albanese also landed here")."""
    if ctx.here is None:
        return
    s0, s1 = ctx.s0, ctx.s1
    for m in _said(ctx, "here"):
        trav, conf = subject(ctx, m.start())
        if trav is None and ctx.focus is not None:
            trav, conf = ctx.focus, 0.7
        place = ctx.here
        also = partners(ctx, trav, predicate_start(ctx.text, trav.end, m.start())) \
            if trav and trav.end <= m.start() else ()
        hits.append(Hit(trav, [told_at(place, ctx.text, m.start(), m.end())], m.start(), m.end(),
                        (max(s0, m.start() - 80), min(s1, m.end() + 40)), 0.85 * conf,
                        "here", also))


def _attend(ctx: Context, hits: list[Hit]) -> None:
    """Attendance: "will attend the ASEAN summit in Jakarta", "In Singapore, Shanahan will attend the Shangri La
    Dialogue" (an event opening the sentence is :func:`geo.visits.event_first.event_first`'s)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _said(ctx, "attend"):
        # "In Singapore, Shanahan will attend the Shangri La Dialogue": the place told first, not the event's name
        first = next(in_first(text[s0:m.start()]), None)
        fronted = chain(text, ctx.ms, s0 + first.end(), m.start(), first_gap=0)[:1] \
            if first is not None and first.start() == 0 and not first.group(0).lower().startswith("from") else []
        places = held_at(ctx, m.end("event")) or fronted or city_named(ctx, m.start("event"), m.end("event")) \
            or event_place(ctx, m.start("event"), m.end("event"))
        if not places or not_attended(ctx, m.start()) or _AMONG.search(text, max(s0, m.start() - 50), m.start()):
            continue  # "via a video link"; "is among leaders attending the G20": attendance.present_at's
        trav, conf = subject(ctx, m.start())
        if trav is None and ctx.focus is not None and len(text[s0:m.start()].split()) <= 3 and not crowd_before(text, s0, m.start()):
            trav, conf = ctx.focus, 0.7
        end = max(places[0].end, m.end()) if places[0].start < s1 else m.end()
        also = partners(ctx, trav, predicate_start(text, trav.end, m.start())) \
            if trav is not None and trav.end <= m.start() else ()
        hits.append(Hit(trav, places, m.start(), end, (max(s0, m.start() - 80), min(s1, end)), 0.8 * conf,
                        "attend", also))


def _hosting(ctx: Context, hits: list[Hit]) -> None:
    """"X was received by Y (in Z)" and "Y hosted X (in Z)": the guest travelled to the host."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("hosted_by", text, s0, s1):
        host = [p for p in ctx.people_between(m.end(), m.end() + 31) if p.name]
        trav, conf = subject(ctx, m.start())
        if not host or trav is None or negated(text, s0, m.start()) or visited_by(ctx, m, trav, host[0], hits):
            continue  # ("Xi was visited in Beijing by Putin": visited_by gives the visit to the one who went)
        after = re.match(r",?\s+(?:in|at)\s+(?:the\s+)?", text[host[0].end:s1])
        places = chain(text, ctx.ms, host[0].end + after.end(), s1, first_gap=2) if after else []
        if not places and after:
            places = [synthetic(ctx.doc, a, b, lm.country, lm.city)
                      for a, b, lm in find_landmarks(text, host[0].end + after.end(), s1)[:1]]
        if not places and host[0].country:
            places = [synthetic(ctx.doc, host[0].start, host[0].end, host[0].country)]
        if places:
            hits.append(Hit(trav, places[:1], m.start(), m.end(), (max(s0, m.start() - 60), m.end()),
                            0.8 * conf, "hosted"))
    for m in _cues().finditer("host", text, s0, s1):
        guest = [p for p in ctx.people_between(m.end(), m.end() + 41) if p.name and received_one(text, p, m.start())
                 and TITLE_GAP.fullmatch(text, m.end(), p.start)]
        if not guest or negated(text, s0, m.start()) or _PASSIVE.search(text, max(s0, m.start() - 20), m.start()):
            continue
        if host_noun(text, s0, m.start(), m.end()):
            continue  # "talks with host UAE's Foreign Minister", "hometown of host President Nguesso": the host at home
        g = guest[0]
        hosts = [p for p in ctx.people_between(m.start() - WINDOW, m.start()) if p.name and p.country]
        g_end = guests_end(ctx, g)  # "hosted Albanese, who is on his first visit, in New Delhi"
        after = re.match(r"(?:\s*(?:of\s+[A-Z][\w\s]{0,30}?\s+)?(?:to|in|at)\s+(?:the\s+)?|\s+)",
                         text[g_end:s1])
        places = chain(text, ctx.ms, g_end + (after.end() if after else 0), s1, first_gap=1)
        if not places and after:
            places = [synthetic(ctx.doc, a, b, lm.country, lm.city)
                      for a, b, lm in find_landmarks(text, g_end + after.end(), s1)[:1]] or venue_place(ctx, g_end + after.end(), s1)
        places = places or host_home(ctx, hosts, g, g_end)  # none named: the dateline's city, else the host's country
        if places:
            hits.append(Hit(g, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), m.end()),
                            0.75, "hosted"))


#: A span of time after "in", no place: "their first talks in five years", "in recent years", "in decades".
_DURATION = re.compile(r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|nearly|almost|"
                       r"over|more\s+than|recent|the\s+past|the\s+last)\s+)*(?:years?|decades?|months?|weeks?|"
                       r"history)\b", re.I)
#: A topic between "met" and its place: "talks with Rahmon on the situation in Afghanistan" ("on" not before a day).
_MET_ON = re.compile(r"\b(?:on(?!\s+(?:\d|[A-Z][a-z]+day\b|" + MONTH + r"))|"
                     + "|".join(MET_ON) + r")\b", re.I)


def _meetings(ctx: Context, hits: list[Hit]) -> None:
    """"he met Mirziyoyev in Moscow": whoever is foreign to the place travelled."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("met", text, s0, s1):
        seg = text[m.end():s1]
        where = next((w for w in re.finditer(r"(?:^|\s)(?:in|at)\s", seg[:met_reach(ctx, m.end()) - m.end()])
                      if not _DURATION.match(seg, w.end())), None)  # "their first talks in five years in Kazan"
        if not where or _STOP.search(seg[:where.start()]) or negated(text, s0, m.start()) \
                or _MET_ON.search(seg, 0, where.start()):
            continue  # "talks with Rahmon on the situation in Afghanistan": a topic, not where they met
        if remote_in(text, m.start(), m.end() + where.start()):
            continue  # "spoke by phone with Rutte in The Hague", "met virtually with": no one went there
        places = chain(text, ctx.ms, m.end() + where.end(), s1, first_gap=2)
        if not places:
            lms = find_landmarks(text, m.end() + where.end(), min(s1, m.end() + where.end() + 30))
            places = [synthetic(ctx.doc, a, b, lm.country, lm.city) for a, b, lm in lms[:1]] \
                or (venue_place(ctx, m.end() + where.end(), s1) if "at" in where.group(0) else [])  # "at State House in"
        if not places:
            continue
        subj, conf = subject(ctx, m.start())
        other = other_side(ctx, m.span(), m.end() + where.start(), places[0].end, subj)  # "met X in Z", "in Z with X"
        host_country = places[0].country
        trav = subj
        if (subj is None or subj.country in (host_country, None)) and other and other[0].country \
                and other[0].country != host_country:  # "Goyal met his Australian counterpart in New Delhi"
            trav, conf = other[0], 0.9
        if trav is None:
            continue
        places = places[:1] if len({p.country for p in places}) < 2 else places  # "talks in Japan and South Korea"
        hits.append(Hit(trav, places, m.start(), places[-1].end, (max(s0, m.start() - 60), m.end()), 0.65 * conf, "met"))
        onward(ctx, hits, trav, places[0].end, max(s0, m.start() - 60), 0.6 * conf)  # "in Zimbabwe on 11 Jan, in Rwanda"
        # a list of meetings: "He met Biden in Geneva in June 2021, Modi in New Delhi in December 2021, ..."
        end = places[0].end
        for p in ctx.people_between(end, min(s1, end + 400)):
            if not p.name or p.kind == "pronoun":
                continue
            gap = text[end:p.start]
            if len(gap) > 45 or re.search(r"[.;:]", gap) or "," not in gap \
                    or set(re.findall(r"[a-z]+", gap.lower())) & STOP_WORDS:
                break
            where = re.match(r"\s+(?:in|at)\s+", text[p.end:s1])
            more = chain(text, ctx.ms, p.end + where.end(), s1, first_gap=0) if where else []
            if not more:
                break
            who = subj if subj is not None else trav
            if who.country == more[0].country and p.country and p.country != more[0].country:
                who = p  # at home, the guests travelled
            hits.append(Hit(who, more[:1], p.start, more[0].end, (max(s0, m.start() - 60), m.end()),
                            0.6 * conf, "met"))
            end = more[0].end


def _headline(ctx: Context, hits: list[Hit]) -> None:
    """A headline "Putin in Tajikistan on Tuesday"."""
    if not ctx.title_line:
        return
    text = ctx.text
    for p in ctx.people:
        if not p.name:
            continue
        after = re.match(r"\s+(?:in|to|arrives\s+in|visits)\s+", text[p.end:ctx.s1])
        if after:
            places = chain(text, ctx.ms, p.end + after.end(), ctx.s1, first_gap=0)
            if places:
                hits.append(Hit(p, places[:1], p.start, places[0].end, (ctx.s0, ctx.s0), 0.7, "headline"))


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _cues() -> Anchors:
    """The cue patterns, each with the words its matches start with: tried only where those are."""
    be = ("is", "are", "was", "were", "be", "am")
    return Anchors({
        "cue": (_CUE, ("arriv", "land", "touch", "reach", "fl", "travel", "go", "went", "head", "return",
                       "proceed", "continu", "mov", "jet", "leav", "left", "depart", "set", "embark", "en", "on",
                       "bound", "cross", "transit", "lead", "led", *be, "begin", "began", "start", "commenc",
                       *TRIP_CUE, *MOVES_AT)),  # the trip nouns of _NOUN: "a visit to", "a sojourn to"
        "includes": (_INCLUDES, ("trip", "tour", "visit", "itinerary", "swing", "journey")),
        "bare_land": (_BARE_LAND, ("land", "arriv", "reach")),
        "left": (_LEFT, ("left", "leav", "depart", "flew", "flies")),
        "visit_person": (_VISIT_PERSON, ("visit", "call", "paid")),
        "here": (_HERE, ("arriv", "land", "visit", *be, "trip", "stay")),
        "attend": (_ATTEND, ("attend", "participat", "take", "took", "taking", "join", "address", "arriv", "host",
                             "chair", "speak", "spoke", "co", "lead", "led", "represent", "told the", "told a",
                             "tells the", "tells a", "telling the", "telling a",
                             *(f"{v} {w}" for v in ("said", "says", "warned", "stressed", "urged", "insisted")
                               for w in ("at", "on", "today", "yesterday", "mon", "tue", "wed", "thu", "fri", "sat",
                                         "sun")))),
        "hosted_by": (_HOSTED_BY, ("hosted", "received", "welcomed", "greeted", "visited", "met", "guest", "accorded",
                                   "given")),
        "host": (_HOST, ("receiv", "welcom", "host", "greet", "play")),
        "met": (_MET, ("met", "meet", "talks", "hold", "sat", "conferred", *ENCOUNTER_WORDS)),
    }, shared="visits.cues")  # found with the other readers' words, in the one pass over the document


_FAMILIES = (more_stops, joined, _travel, _left_for, place_noun, taken, _here, counterparts, counterpart_hosts, _attend,
             event_first, _hosting, country_hosts, visiting_guests, _visit_person, _meetings, talks_between, more_guests, met_abroad,
             next_stop, came_from, after_stay, place_first, _headline, at_event_in, attended_by, acted_in, tour_ends,
             from_first, tour_meetings, to_the_country, done_first, led_by, two_sides_met, *MORE_FAMILIES)


_MOVES = ("arriv", "land", "touch", "reach", "fly", "flies", "flew", "flown", "travel", "go ", "goes", "went",
          "gone", "going", "head", "return", "proceed", "continu", "move", "moving", "jet", "leav", "left",
          "depart", "set off", "set out", "embark", "en route", "way to", "bound for", "cross", "transit", "due ",
          "expected", "scheduled", "set to", *TRIP_CUE, "begin", "began", "start", "commenc", "includ", "cover", "outing",
          "take in", "takes in", "taking in", "took in", "is in", "was in", "are in", "were in", "be in", "been in", "am in",
          "now in", "currently in", "already in", "still in", "back in", "also in", "dispatched to", "sent to", *MOVE_WORDS)
_MEETING_WORDS = ("met ", "meet", "talks", "sat down", "conferred", "summit",
                  *ENCOUNTER_TRIGGERS)  # the meeting readers': _meetings, met_abroad
#: Words one of which a sentence must hold before a cue family reads it (lower case; any part of a word).
_TRIGGERS = {
    "_travel": _MOVES, "_left_for": ("left", "leav", "depart", "flew out", "flies out"),
    "place_noun": ("visit", "trip", "tour", "leg", "stopover", "sojourn"),
    "taken": ("take", "took", "bring", "brought", "lead", "led"), "to_the_country": ("to the ",), **MORE_TRIGGERS,
    "_here": ("here", "the country", "the capital", "the city", "the kingdom"),
    "_attend": EVENT_WORDS, "event_first": EVENT_WORDS, "at_event_in": AT_EVENT_TRIGGERS, "attended_by": ("attended by", "joined by"),
    "acted_in": ("said in", "says in", "spoke", "speaks", "told", "tells", "speaking", "talking", "address", "signed",
                 "signs", "wreath", "inaugurat", "unveil", "toured", "tours", "conference in", "speech", "remarks",
                 "lecture", "tribute", "homage", "opened", "welcome", "reception", "guard of hono", "feted", "fêted",
                 "greeted", "received in", "received at", "joined", "joins",
                 "spen"), "joined": ("join", "accompan"), "counterparts": ("counterpart",),
    "counterpart_hosts": ("counterpart",), "country_hosts": ("host", "welcom", "receiv"),
    "talks_between": ("between",), "led_by": ("led by", "headed by"), "two_sides_met": ("the two ",),
    "met_abroad": _MEETING_WORDS, "more_guests": ("host", "receiv", "welcom", "greet", " by ", *_MEETING_WORDS),
    "_hosting": ("host", "receiv", "welcom", "greet", " by ", "guest of", "guests of", "accorded"), "visiting_guests": ("visiting",),
    "_visit_person": ("visit", "call", "paid"), "_meetings": _MEETING_WORDS,
    "_loose": ("arriv", "expected", "headed", "heading", "flew", "flies", "travelled", "traveled"),
    "next_stop": ("stop", "leg", "destination", "port of call", "engagement", "halt", "where", "next on", "next up",
                  "the second ", "the third ", "the fourth ", "the fifth ", "the sixth "),
    "came_from": ("arriv", "land", "flew", "fly in", "flies", "touch", "return", "travel", "jetted", "drove",
                  "crossed", "went from", "back from", "fresh from", "home from", "in from", "flight from", "journey from",
                  "left for", "leaves for", "leaving for", "departed for", "departs for", "departing for"),
    "after_stay": ("days in", "day in", "week in", "weeks in", "nights in", "stay in", "stopover in", "stop in",
                   "days at", "stay at", "after ", "following "), **LEG_TRIGGERS,
    # not families: words :func:`geo.visits.document.visits_in_document` asks of a sentence, found in the same pass
    "arrival": ARRIVAL_WORDS, "gathering": GATHERING_WORDS, "among": ("among",), "_presence": PRESENCE_TRIGGERS,
}
#: The keys of :func:`sentence_triggers`' sets that name words asked about, not families.
WORD_KEYS = frozenset({"arrival", "gathering", "among", "_presence"})
#: Families that find nothing without a place mention in the sentence.
_NEEDS_PLACE = {"talks_between", "led_by", "two_sides_met", *MORE_NEED_PLACE,
                "acted_in", "_travel", "_left_for", "place_noun", "taken", "_attend", "event_first", "_meetings", "place_first",
                "_headline", "next_stop", "came_from", "after_stay", "at_event_in", "joined", "counterparts",
                "counterpart_hosts", "country_hosts", "tour_ends", "from_first", "more_stops", "tour_meetings", "done_first"}
#: Each family, its name, and whether it needs a trigger word and a place: looked up once.
_PLAN = tuple((f, f.__name__, f.__name__ in _TRIGGERS, f.__name__ in _NEEDS_PLACE) for f in _FAMILIES)


@lru_cache(maxsize=1)
def _trigger_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for family, words in _TRIGGERS.items():
        for w in words:
            auto.add_word(w, auto.get(w, ()) + (family,))
    auto.make_automaton()
    return auto


def sentence_triggers(text: str, sentences: Sequence[tuple[int, int]]) -> list[set[str]]:
    """For each sentence, the cue families whose words it holds: one pass over the text (most sentences hold none)."""
    low = lower_text(text)
    out: list[set[str]] = [set() for _ in sentences]
    k, n = 0, len(sentences)
    for end, families in _trigger_automaton().iter(low):  # in the order of their ends
        while k < n and sentences[k][1] <= end:
            k += 1
        if k < n and sentences[k][0] <= end:
            out[k].update(families)
    return out


@lru_cache(maxsize=4096)  # a few dozen kinds of sentence in practice
def _families_for(triggers: frozenset[str] | None, placeless: bool, title_line: bool) -> tuple:
    """The families of ``_PLAN`` worth running on a sentence with these trigger words, in order."""
    return tuple(family for family, name, triggered, needs_place in _PLAN if not (
        triggered and triggers is not None and name not in triggers or needs_place and placeless
        or name == "_headline" and not title_line))


def find_hits(ctx: Context, triggers: set[str] | None = None) -> list[Hit]:
    """Every cue family over one sentence; a place is taken by the first family that finds it.

    ``triggers`` (from :func:`sentence_triggers`) names the families worth running; ``None`` runs them all.
    """
    hits: list[Hit] = []
    for family in _families_for(None if triggers is None else frozenset(triggers), not ctx.ms, bool(ctx.title_line)):
        family(ctx, hits)
    if ctx.ms:  # the loose readings when no family read the sentence; the presence reading for whom none read
        last_readings(ctx, hits, not hits and (triggers is None or "_loose" in triggers),
                      not hits and (triggers is None or "_travel" in triggers), triggers is None or "_presence" in triggers)
    out, used = [], set()
    for h in hits:
        places = [p for p in h.places if (p.start, p.country) not in used]
        if places and not undecided(ctx, h.cue_start):  # "is yet to confirm whether he will attend"
            # none, or one at home ("Speaking alongside Ruto in Berlin, Scholz said"): no visit, the place stays free
            used.update((p.start, p.country) for p in places if h.traveller is not None and h.traveller.country != p.country)
            h.places = places
            out.append(h)
    return out
