"""One document's visits: each hit's status, day and traveller read once; what a calling-off reaches is
:mod:`geo.visits.called_off`'s.

The visit's day comes from :func:`geo.visit_day.visit_date`, its status from
:mod:`geo.status`; every visit records its cue family, the date rule and how
its traveller was named in ``how``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from geo.cancel_words import GOING_AHEAD
from geo.visit_day import ends_a_stay, stay_before, told_today, visit_date
from geo.reading import Reading, read_document
from geo.sovereignty import at_home
from geo.status import is_cancelled, just_arrived, tense, told_past, visit_status, was_planned
from geo.text import clauses
from geo.values import Document, Evidence, Mention, Visit
from geo.visits.cancelled import called_off_otherwise
from geo.visits.called_off import called_off, cancel_legs
from geo.visits.aspect import (begins_trip, closes_visit, main_future, opens_stay, reduced_participle, tells_whole_visit,
                              office_mission, told_under_way, trip_told_before)
from geo.visits.arrivals import ArrivalList, bare_arrivals, gathering_place
from geo.visits.companions import DelegationParty, companion_visits, owner_to_leader
from geo.visits.met_there import met_there
from geo.visits.gathering_guests import gathering_guests
from geo.visits.other_guests import other_guests
from geo.visits.there import there_hits
from geo.visits.context import FROM_BEFORE, WINDOW, Context, Focus, Hit, mention_start
from geo.visits.coordinated import listed_subject, shared_trips
from geo.visits.families import WORD_KEYS, find_hits, sentence_triggers
from geo.visits.locals import unnamed_hosts
from geo.visits.fronted import ahead_of_trip, fronted_end
from geo.visits.legs import tour_legs
from geo.visits.trip_stops import trip_stops
from geo.visits.second_reader import second_reader_hits
from geo.visits.same_trip import later_stops_ahead, shared_stops
from geo.visits.stop_days import day_counted_from, later_that_day, stop_dates
from geo.visits.lead import home_setting, lead_hits
from geo.visits.setting import SETTING_KEYS, setting_hits, story_setting, visited
from geo.visits.led_by import delegation_head
from geo.visits.homecoming import home_again
from geo.visits.remote import not_travelled
from geo.visits.unnamed_event import cast_hits
from geo.visits.fronted_meeting import fronted_meeting_hits
from geo.visits.told_days import ARRIVAL, days_told_elsewhere, first_day_of, visit_length
from geo.visits.topic import is_topic
from geo.visits.wording import told_as_news
from geo.visits.said_days import day_of_saying
from geo.visits.span_status import plan_for_the_day
from geo.visits.met_where import met_elsewhere
from geo.wordlists import LEAVE_WORDS, alternation

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer

__all__ = ["visits_in_document"]

# --------------------------------------------------------------------------- one document


def visits_in_document(doc: Document, mentions: Sequence[Mention], *, gazetteer: Gazetteer | None = None,
                       leaders=None, reading: Reading | None = None) -> list[Visit]:
    """Every visit cue of one document as a :class:`~geo.values.Visit` (duplicates kept).

    Parameters
    ----------
    doc : Document
        The document.
    mentions : sequence of Mention
        Its place mentions (mentions of other documents are ignored).
    gazetteer : Gazetteer, optional
        For demonyms the mentions do not resolve, capitals and landmarks.
    leaders : sequence of Leader, optional
        Known office holders (default: the bundled table).
    reading : Reading, optional
        The document already read (:func:`geo.reading.read_document`), when the
        ties stage shares it.

    Returns
    -------
    list of Visit
        In text order; a traveller at home is no foreign visit, and a negated
        trip ("will not travel to") is none at all. ``how`` says which cue
        family found it, how its day was read and how its traveller was named.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Russian President Vladimir Putin on Tuesday arrived in Dushanbe."
    >>> d = Document("d", t, published=dt.date(2022, 6, 28))
    >>> ms = [Mention("d", 0, 7, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0),
    ...       Mention("d", 55, 63, "Dushanbe", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0)]
    >>> v, = visits_in_document(d, ms)
    >>> v.traveler, v.traveler_country, v.role, v.country, v.place, str(v.start_date), v.status
    ('Vladimir Putin', 'RU', 'president', 'TJ', 'Dushanbe', '2022-06-28', 'ongoing')
    >>> v.how
    'travel: arrived in; day: Tuesday'
    """
    r = read_document(doc, mentions, gazetteer=gazetteer, leaders=leaders) if reading is None else reading
    if not any(p.name for p in r.people):  # a traveller has a name (_visits_of) and is one of the people
        return []  # or found through one (a counterpart through his host): none named, no visit
    text, sentences = doc.text, r.sentences
    here, published, dateline_day = r.here, r.published, r.dateline_day
    first_line_end = text.find("\n") if "\n" in text.strip() else -1
    out: list[Visit] = []
    ms_of, people_of = r.places_by_sentence, r.people_by_sentence
    focus = Focus(text, sentences, people_of, ms_of)
    triggers = sentence_triggers(text, sentences)
    last_day = None  # the last day the story gave a visit, in text order
    last_of: dict[str, dt.date] = {}  # the last day it gave each traveller
    tours: list[tuple[Context, list]] = []
    where: list[int] = []  # the sentence each visit of ``out`` was read in
    story: tuple[int, Mention] | None = None  # the place of the last visit read, and its sentence
    listed = ArrivalList()  # "The following leaders have arrived:", read line by line
    party = DelegationParty()  # a delegation's trip told with no one named, and its members told after
    quiet: list[int] = []  # sentences with someone doing what needs presence: read against the setting after
    for k, (s0, s1) in enumerate(sentences):
        sm, sp = ms_of[k], people_of[k]
        # "Correa arrived yesterday afternoon": the place the story is about (arrivals.bare_arrivals)
        host = story[1] if story is not None and k - story[0] <= 3 else here
        words = triggers[k]  # the families' words and WORD_KEYS', found in one pass
        arriving = bool(sp) and "arrival" in words and (host is not None or "among" in words)
        if sp and words & SETTING_KEYS:
            quiet.append(k)
        if not sm and words <= WORD_KEYS and not arriving and listed.place is None:
            continue  # no place and no cue word: no family can find anything
        if sm and "gathering" in words \
                and (crowd := gathering_place(Context(doc, s0, s1, sm, sp, lambda: None, False, here))) is not None:
            story = (k, crowd)  # "World leaders began gathering in Japan": where the arrivals after go
        title_line = s0 < first_line_end and s1 <= first_line_end + 1 and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|said)\b", text[s0:s1])
        ctx = Context(doc, s0, s1, sm, sp, partial(focus.before, k), title_line, here, r.places)
        hits = find_hits(ctx, triggers[k])
        for h in hits if len(sp) > 2 else ():  # "A, Sudan's Sovereign Council head B and C also landed": each
            if h.traveller is not None and h.traveller.name and (listed_ := listed_subject(ctx, h.cue_start)) \
                    and any(q.name == h.traveller.name for q in listed_):
                h.also = (*h.also, *(q for q in listed_ if q.name != h.traveller.name
                                     and all(q.name != a.name for a in h.also)))
        hits = listed.read(ctx, host or (story[1] if story else None), published, hits)  # "The following leaders have arrived:" and its items
        hits = party.read(k, ctx, hits, listed.read_in)  # "Members of the delegation include": its trip told before
        if arriving:
            named = {q.name for h in hits for q in (h.traveller, *h.also) if q is not None}
            hits += [h for h in bare_arrivals(ctx, host) if h.traveller.name not in named]
        if sm and "_travel" in triggers[k]:  # a going word and a place: read again for the legs of a tour
            tours.append((ctx, hits))
        if hits:
            spans = clauses(text, s0, s1)
            before: list[Visit] = []
            for h in shared_trips(text, s0, hits):  # "Blinken and Austin will visit Seoul after a trip to Japan"
                if h.traveller is None and (head := delegation_head(text, s0, h.cue_start, sp)) is not None:
                    h = dataclasses.replace(h, traveller=head, confidence=0.9 * h.confidence)  # "A delegation led by"
                hctx = listed.context(h, ctx)  # an item of a list, or members of a delegation: read where told
                found = listed.dated(h, _visits_of(h, hctx, spans, published, dateline_day))
                for q in h.also:  # "Scholz and Macron will travel to Kyiv": the same visit for each
                    found += listed.dated(h, _visits_of(dataclasses.replace(h, traveller=q, also=()), hctx, spans,
                                                        published, dateline_day))
                # "the following day" counts from this traveller's last day, not another's told between
                last = last_of.get(h.traveller.name, last_day) if h.traveller is not None else last_day
                if last is not None and any(v.start_date is None for v in found):
                    found = later_that_day(text, s0, h.cue_start, last, day_counted_from(text, s0, h.cue_start, last, found, s1),
                                           published)
                prior = before or [v for v in out[-1:] if h.traveller is not None and v.traveler == h.traveller.name]
                if prior and all(v.status in ("planned", "ongoing") for v in prior) \
                        and (_TRIP_TAKES_IN.search(text, max(s0, h.cue_start - 60), h.cue_end)
                             or _STILL_AHEAD.search(text, h.cue_start, min(s1, h.cue_end + 60))):
                    # "will attend the summit next week. His itinerary also takes in Angola", "arrived in Berlin on
                    # Monday, the first stop of a tour that also includes France", "with visits to France to
                    # follow": the later stops of a trip still ahead or under way, with no day, are still ahead
                    been = {v.country for v in prior}
                    found = [dataclasses.replace(v, status="planned") if v.status in ("ongoing", "completed")
                             and v.start_date is None and v.country not in been else v for v in found]
                if h.cue == "onward" and any(v.status in ("ongoing", "planned") for v in prior):
                    # "arrived in Hanoi on Sunday before heading to Jakarta": the next stop is still ahead; so are
                    # "Other stops include Austria" after a stop still ahead, told in the sentence before
                    found = [dataclasses.replace(v, status="planned") if v.status == "completed"
                             and v.start_date is None else v for v in found]
                out.extend(found)
                where.extend([k] * len(found))
                if h.places and h.cue != "left" and (any(v.status != "cancelled" for v in found)
                                 or h.traveller is None and h.cue in ("travel", "here", "attend")):
                    story = (k, h.places[-1])  # "Heads of state have arrived in Peru": no one named, yet the place
                last_day = next((v.start_date for v in reversed(found) if v.start_date is not None), last_day)
                last_of.update((v.traveler, v.start_date) for v in found if v.start_date is not None)
                before = found or before
    setting, sure = story_setting(here, out, r.places, story[1] if story is not None else None) \
        if quiet else (None, False)
    if setting is None and here is None and quiet and not out:  # "Xi met Sanchez on Tuesday": the host at home
        setting = home_setting(lambda j: Context(doc, *sentences[j], ms_of[j], people_of[j], partial(focus.before, j),
                                                 False, here, r.places), sentences, ms_of, people_of)
    had = visited(out, setting.country) if setting is not None else set()
    for k in quiet if setting is not None else ():  # "Abe will also meet Obama on Thursday": where the story is
        ctx = Context(doc, *sentences[k], ms_of[k], people_of[k], partial(focus.before, k), False, here, r.places)
        for h in setting_hits(ctx, setting, had, sure):
            found = _visits_of(h, ctx, clauses(text, ctx.s0, ctx.s1), published, dateline_day)
            out.extend(found)
            where.extend([k] * len(found))
            had |= visited(found, setting.country)
    for k in range(min(2, len(sentences))) if here is not None else ():  # "NAIROBI - Macron pledged ...": the lead
        ctx = Context(doc, *sentences[k], ms_of[k], people_of[k], partial(focus.before, k), False, here, r.places)
        for h in lead_hits(ctx, here, out):
            found = _visits_of(h, ctx, clauses(text, ctx.s0, ctx.s1), published, dateline_day)
            out.extend(found)
            where.extend([k] * len(found))
    # "India and Japan met in Tokyo. The talks ..."; "During talks in Beijing, Xi told Blinken ..."
    for k, h in [*cast_hits(text, sentences, ms_of, people_of, out),
                 *fronted_meeting_hits(text, sentences, ms_of, people_of, out),
                 *there_hits(text, sentences, ms_of, people_of, out, where)]:  # "plans to travel there"
        found = _visits_of(h, Context(doc, *sentences[k], ms_of[k], people_of[k], partial(focus.before, k), False,
                                      here, r.places), clauses(text, *sentences[k]), published, dateline_day)
        out.extend(found)
        where.extend([k] * len(found))
    if out:  # "the delegation of Biden, led by Fudge"; "accompanied by", "the delegation includes"
        out, where = owner_to_leader(text, sentences, people_of, out, where)
        out += companion_visits(text, sentences, people_of, out, where, ms_of)
        out += other_guests(text, sentences, people_of, out[:len(where)], where)  # "Others are ...", "as did ..."
        out += gathering_guests(text, sentences, people_of, ms_of, out, where, published)  # "Widodo will be joining"
        out += met_there(text, sentences, people_of, ms_of, out[:len(where)], where)  # "On the sidelines, he met"
    out += [v for ctx, h in tour_legs(tours, out, published) + trip_stops(tours, out, published)
            for v in _visits_of(h, ctx, clauses(text, ctx.s0, ctx.s1), published, dateline_day)]
    out += shared_stops(text, people_of, out, where)  # "Austin and Blinken ... meetings in Japan and South Korea"
    for k, h in second_reader_hits(r, out, triggers):  # a trip the story tells that no cue family read
        out += _visits_of(h, Context(doc, *sentences[k], ms_of[k], people_of[k], partial(focus.before, k), False, here,
                                     r.places), clauses(text, *sentences[k]), published, dateline_day)
    if any(v.status in ("completed", "planned", "ongoing") for v in out):  # each step looks only at what it may change
        out = later_stops_ahead(text, days_told_elsewhere(text, sentences, ms_of, people_of, out, published))
    out = home_again(text, sentences, people_of, ms_of, out)  # "returned home after a visit to ...": over
    out = unnamed_hosts(out)  # "Foreign Minister Saud received him": of no country told, present only: a host
    out, given_up = called_off_otherwise(text, sentences, people_of, out) if out else (out, {})  # "trip abandoned"
    if not any(v.status == "planned" for v in out):
        return out  # nothing left to call off
    offs = called_off(text, sentences, people_of, published)
    for who, where in given_up.items():
        offs.setdefault(who, []).extend(where)
    return cancel_legs(text, out, offs, sentences)


_UNTIL = re.compile(r"\b(?:till|until|through|thru|up\s+to|return\w*(?:\s+\w+){0,4}\s+(?:on|by)|"
                    # "a four-day visit that ends on Friday": the trip's own last day
                    r"(?:that|which)\s+(?:ends|concludes|will\s+end|will\s+conclude)(?:\s+on)?|"
                    r"(?:leave|leaves|leaving|depart|departs|departing)\s+(?:\w+\s+){0,3}?on)\s+(?:\w+,?\s+)?$",
                    re.I)
#: A day told with these is the day the traveller set out, not when the place was reached. Leaving
#: for a place ("will depart Abuja on Wednesday for Paris") is not among them: the flight lands
#: that day or the next, within the day a reader allows.
_EN_ROUTE = re.compile(r"\b(?:en\s+route|on\s+(?:his|her|their|the)\s+way|bound)\b", re.I)
_WHERE_WILL = re.compile(r",?\s+where\s+(?:he|she|they)\s+(?:will|is\s+to|is\s+due\s+to)\s", re.I)
_LEAVING = re.compile(alternation(LEAVE_WORDS) + r"\s+(?:the\s+)?", re.I)


#: A day that can only be gone by, whatever the words around the trip: "last week", "yesterday", "two days ago".
_ONLY_PAST = re.compile(r"(?:last|past)\s+\w+|yesterday|the\s+day\s+before\s+yesterday|(?:\w+\s+)?(?:days?|weeks?)\s+ago|"
                        r"earlier\s+this\s+(?:week|month|year)", re.I)
#: The modal of the cue's own verb group, right before it: "will go to", "is set to travel to".
_MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+|slated\s+)?to)"
                                 r"\s+(?:also\s+|then\s+|later\s+|now\s+|soon\s+|next\s+)?$", re.I)
#: A stay told at the head of its sentence after "after": "After spending three days in Malaysia, ...".
_FRONTED_AFTER = re.compile(r"(?i:after|following)\s+(?:spending|a|an|his|her|their|its|\w+[\s-]days?)\b")
#: A trip noun whose place is its last stop, after words that end the trip: "ended his Africa tour in Uganda".
_LAST_LEG_IN = re.compile(r"(?:tour|trip|journey|swing)\s+(?:in|at)\b", re.I)
_EARLIER_LEG = re.compile(r"\b(?:fresh\s+from|back\s+from|return(?:ing|ed|s)?\s+from)\s+(?:(?:a|an|his|her|their|the)\s+)?"
                          r"(?:[\w\-]+\s+){0,3}$", re.I)


def _hop(ctx: Context, h: Hit) -> bool:
    """"Blinken left the DRC for Kigali late Wednesday": a hop from one foreign stop to the next, whose
    day is the next stop's too (unlike leaving home, or an origin not told, for a long flight)."""
    m = _LEAVING.match(ctx.text, h.cue_start)
    if m is None:
        return False
    origin = next((x for x in ctx.ms if x.start == m.end()), None)
    trav = h.traveller
    return origin is not None and origin.country is not None and trav is not None \
        and trav.country is not None and origin.country != trav.country \
        and origin.country not in {p.country for p in h.places}


_DAY_OF = re.compile(r"\s*,?\s*(?:on|from|since|late|early)?\s*(?:the\s+)?")


def _told_of_another(ctx: Context, offset: int, countries: set) -> bool:
    """Is the day written at ``offset`` the day of a place of another country (none of ``countries``)
    written right before it ("Paris on Sunday")?"""
    i = bisect_left(ctx.ms, offset, key=mention_start) - 1
    if i < 0:
        return False
    m = ctx.ms[i]
    return m.country is not None and m.country not in countries and m.kind != "demonym" \
        and m.end <= offset and _DAY_OF.fullmatch(ctx.text, m.end, offset) is not None


_NOUN_WORD = re.compile(r"[\w\-]+")
_ARRIVED = re.compile(r"(?:arrived|landed|reached|touched\s+down)\b", re.I)
#: Where the cue's clause ends for its tense: "arrives in N'Djamena Monday, where he will meet Deby", "flew to
#: Paris on Tuesday and will meet Macron on Thursday" (a clause of its own, with its own tense).
_WHERE_AFTER = re.compile(r",?\s+where\b|,?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?"
                          r"(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to)\s")
_PAST_BE = re.compile(r"\b(?:was|were|had)\b")
#: A trip that holds its stops, told in the present of its programme: "The trip also includes stops in", "His
#: itinerary takes in", "the tour covers".
_TRIP_TAKES_IN = re.compile(r"\b(?:trip|tour|itinerary|journey|swing|programme|program|schedule|"
                            # "the start of a visit to \"friendly countries\" that also include Cuba"
                            r"(?:visit|trip|tour)\s+(?:to|of)\s+(?:[\w\"“”'’\-]+\s+){1,3}(?=that|which))\s*"
                            r"(?:(?:that|which|will)\s+)?(?:also\s+)?"
                            r"(?:includes|include|takes\s+in|take\s+in|covers|cover)\b", re.I)
_ON_LEG = re.compile(r"the\s+(?:[\w\-]+\s+){0,2}?(?:leg|stop)\s+of\b", re.I)
#: Words that put a stop after the one under way: "visits to France and Belgium to follow", "his stops in France
#: come later in the week".
_STILL_AHEAD = re.compile(r"\bto\s+follow\b|\bcom(?:e|es|ing)\s+later\b|\blater\s+(?:in|this)\s+(?:the\s+)?"
                          r"(?:week|month|trip|tour|day)\b", re.I)
_ENDED = re.compile(r"\b(?:wrapped\s+up|wraps\s+up|wrapping\s+up|concluded|concludes|concluding|ended|ends|"
                    r"ending|completed|completes|cut\s+short)\s+(?:[\w\-]+\s+){0,4}$|"
                    # "marking the end of the official portion of their weeklong visit": a day of its close
                    r"\b(?:the\s+)?(?:end|close|conclusion|final\s+day|last\s+day)\s+of\s+(?:[\w\-]+\s+){0,7}$", re.I)
_ENDED_AFTER = re.compile(r"[^,.;:]{0,30}?\s(?:ended|concluded|wrapped\s+up|came\s+to\s+an\s+end)\b", re.I)
#: an arrival told as long past: "had arrived", "once arrived", "first arrived"
_EARLIER_ARRIVAL = re.compile(r"\b(?:had|once|first|previously|earlier)\s+$", re.I)


def _visits_of(h: Hit, ctx: Context, spans, published: dt.date | None, dateline_day) -> list[Visit]:
    """The visits of one hit: its status and day read once, one visit per country it names.

    When one date range covers several countries ("visits to France, Serbia and
    Hungary between 5 and 10 May") only the first takes its start; the later
    stops are still to come while the range lasts.
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    trav = h.traveller
    if trav is None or trav.name is None or not_travelled(text, s0, h.cue_start, h.places[-1].end):
        return []  # no one, or no trip: "if he were to visit", "would go if invited", "by video link"
    if any(is_topic(text, p, s0) for p in h.places):  # "talks expected to cover China's rise": no venue
        if not (places := [p for p in h.places if not is_topic(text, p, s0)]):
            return []
        h = dataclasses.replace(h, places=places)
    if h.cue == "visit-host" and h.places[0].kind == "host" \
            and met_elsewhere(text, h.cue_start, s1, ctx.ms, h.places[0].country, trav.country):
        return []  # "paid a visit to Prime Minister Hun Manet during his stay in New York": not in Cambodia
    c0, c1 = h.cue_start, h.cue_end
    before_trip = None  # the span of "Ahead of Modi's visit to the US", where that trip's day can be told
    if h.cue == "travel-noun" and text.startswith(("mission", "Mission"), c0) and office_mission(text, s0, c0):
        return []  # "the Russian mission in Ankara", "Pakistan's permanent mission to the UN": an embassy
    if h.cue == "headline":
        word_tense = "present"
    elif h.cue == "travel-noun":  # the trip noun itself is no verb ("visits"), but what follows it may be
        a, b = h.tense_window
        noun = _NOUN_WORD.match(text[c0:c1])
        word_tense = tense(text[a:c0] + " " + text[c0 + (noun.end() if noun else 0):b], 0, None)
        if word_tense == "past" and _SHARED_WILL.search(text, max(s0, c0 - 150), c0):
            word_tense = "future"  # "will include stops in Washington ... and end with a visit to New Orleans"
        if word_tense == "past" and not told_past(text, a, b) and main_future(text, s0, c0):
            word_tense = "future"  # "are expected to visit Seoul after a trip to Japan": no tense of its own
        if (before_trip := ahead_of_trip(text, s0, c0, c1, s1)) is not None:
            word_tense = "future"  # "Ahead of Modi's visit to the US, officials met on Monday": still to come
    else:
        a, b = h.tense_window
        who = _WHO_BEFORE.search(text, max(s0, c0 - 60), c0)
        if who is not None:  # "Like Trump, who visited Riyadh in 2017, Biden will ...": the aside's own tense
            close = text.find(",", c1, s1)
            a, b = who.start(), (close if close >= 0 else b)
        where = _WHERE_AFTER.search(text, c1, b) if c1 < b else None
        # "arrives in N'Djamena Monday, where he will meet Deby": the arrival's tense, not the meeting's
        word_tense = tense(text, a, where.start() if where is not None else b)
        if word_tense == "past" and (not told_past(text, a, b) or reduced_participle(text, c0)) \
                and main_future(text, s0, c0):
            word_tense = "future"  # a participle with no tense of its own under a future main verb ("hosted by")
        if word_tense == "past" and _MODAL_RIGHT_BEFORE.search(text, max(s0, c0 - 40), c0):
            word_tense = "future"  # "completed a visit to Japan on Monday and will go to New Zealand"
        if h.cue == "left" and _FRONTED_AFTER.match(text, c0) and word_tense == "past":
            # "After spending three days in Malaysia, the King will fly to Indonesia": the main clause's tense
            close = text.find(",", c1, s1)
            if close >= 0:
                word_tense = tense(text, close, s1)
    # "he will stop in Chile before embarking on a visit to Brazil": a clause whose verb has no tense of its
    # own takes the main clause's, and no day told before it
    ahead = _BEFORE_GERUND.search(text, max(s0, c0 - 60), c0)
    if ahead is not None and word_tense == "past":
        word_tense = tense(text, s0, ahead.start())
    if h.cue == "next-stop":  # "his next stop is India": a stop still ahead unless told in the past
        word_tense = "past" if _PAST_BE.search(text[h.tense_window[0]:h.tense_window[1]]) \
            else "future"
    clause = next(((a, b) for a, b in spans if a <= c0 < b), (s0, s1))
    # a long sentence is read only near the cue, so each visit costs the same whatever its length
    clause = (max(clause[0], c0 - WINDOW), min(clause[1], c1 + WINDOW))
    near = (max(s0, c0 - WINDOW), min(s1, c1 + WINDOW))
    countries = {m.country for m in h.places}
    # other countries' places after the cue, and before it back to its clause: "a tour Thursday that starts
    # with Cyprus and also takes him to Libya" - the Thursday is Cyprus's
    lo = bisect_left(ctx.ms, clause[0], key=mention_start)
    hi = bisect_left(ctx.ms, near[1], key=mention_start)
    others = [m.start for m in (ctx.ms[i] for i in range(lo, hi)) if m.country not in countries
              and m.country is not None and not (c0 <= m.start < c1)
              and m.kind != "demonym" and not FROM_BEFORE.search(text[max(s0, m.start - 10):m.start])]
    upto = h.places[0].start if c0 < h.places[0].start <= c0 + 60 else min(c1, c0 + 40)
    # "fresh from a visit to Kenya, he arrived in Nigeria on Sunday": an earlier leg, whose day is not told
    earlier = h.cue == "travel-noun" and (_EARLIER_LEG.search(text, max(s0, c0 - 40), c0) is not None
                                          or fronted_end(text, s0, c0, h.places[-1].end) is not None)
    if earlier or _EN_ROUTE.search(text, c0, upto) and not _hop(ctx, h) \
            or h.cue == "travel-noun" and told_as_news(text, h.places[-1].end):  # "was agreed in May"
        date = None  # "left on Wednesday, en route to Addis Ababa": the day he left
        if not earlier and _EN_ROUTE.search(text, c0, upto) and _WHERE_WILL.match(text, h.places[-1].end):
            # "on his way to Russia, where he will attend a meeting on September 9": what he does there, its day
            date = visit_date(text, (h.places[-1].end, s1), (c0, c1), published, word_tense)
    else:
        # the next stop of an itinerary has no day before its own words: "on Sunday before heading to X"
        told = before_trip or (c0 if h.cue == "onward" else ahead.start() if ahead else s0, s1)
        date = visit_date(text, told, (c0, c1),
                          published, word_tense,
                          dateline=dateline_day if h.cue == "here" else None, others=others,
                          arrival=h.cue in ("travel", "arrival") and bool(_ARRIVED.match(text, c0)))
    # (a stay told after the day of the next place is ended by it: "arrived in Jordan late Friday after three
    # days in Israel", "... after a two-day visit to France")
    if date is not None and date.offset < c0 and not ends_a_stay(date) \
            and not (h.cue == "left" and stay_before(text, c0, c1)) \
            and _told_of_another(ctx, date.offset, countries | {trav.country}):
        date = None  # "arrived in Paris on Sunday, the first stop of a tour that will take him to Serbia"
    if date is not None and h.cue == "travel-noun" and date.start != published and day_of_saying(text, s0, c0, date.offset):
        # "the minister on Thursday hailed Li's visit to Australia": the day of the saying (one told the story's own
        # day is news of a stay that may be under way: "state media today hailed Xi's visit")
        date = None
    if date is not None and word_tense == "future" and h.cue == "travel-noun" and _ONLY_PAST.fullmatch(date.text) \
            and h.places[-1].end <= date.offset and not text[h.places[-1].end:date.offset].strip(" ,") \
            and not was_planned(text, *h.tense_window):
        word_tense = "past"  # "Frederik's visit to Poland last week was planned before ...": told as gone by
    start = end = None
    until, ended, ended_after, filed = None, False, False, False
    setting_out = h.cue != "left" and _LEAVING.match(text, c0) is not None  # "depart Abuja on Wednesday for Paris"
    # "will wrap up his visit to Chile on Friday", told before Friday: the day is the visit's last, still ahead
    closing = date is not None and published is not None and date.end > published and h.cue == "travel-noun" \
        and closes_visit(text, s0, c0)
    if closing or date is not None and not setting_out and _UNTIL.search(text, max(s0, date.offset - 60), date.offset):
        # "he is in Moscow till September 5", "will return on Friday, 9 February": when it ends, not
        # when it began
        until, date = date.end, None
    if date is not None:
        start, end = date.start, date.end
        days = visit_length(text, *near)
        ended = _ENDED.search(text, max(s0, c0 - 60), c0) is not None
        # "his three-day visit to Japan ended on Tuesday": dated back from its length when told
        ended_after = h.cue == "travel-noun" and _ENDED_AFTER.match(text, c1, min(s1, c1 + 60)) is not None
        if ended_after and days and start == end and 1 < days <= 15:
            start = end - dt.timedelta(days=days - 1)
        elif ends_a_stay(date):
            pass  # "left for home last evening after wrapping up his two-day visit": counted back already
        elif ended and not days and _LAST_LEG_IN.match(text, c0):
            pass  # "ends the trip in Uganda on Friday": the day of the last stop, not the end of a stay there
        elif ended or h.cue == "left":  # "on Saturday wrapped up his visit"
            days = days or stay_before(text, max(s0, c0 - 60), c1)  # "late Friday after three days in Israel"
            start = end - dt.timedelta(days=days - 1) if days and start == end and 1 < days <= 15 else None
            if start is None:
                end = None
        elif start == end and (n := days or first_day_of(text, *near)) and 1 < n <= 15:
            end = start + dt.timedelta(days=n - 1)  # "a three-day visit", "the first day of his state visit"
    elif until is not None and word_tense in ("past", "present") \
            and (days := visit_length(text, *near, for_days=True)) and 1 < days <= 15:
        # "visited Britain for four days through Saturday", "is on a four-day visit that ends on Friday": a stay
        # told as over or under way, its first day counted back from its last (one still ahead, "will stay
        # until Friday", may yet be cut short or extended)
        start, end = until - dt.timedelta(days=days - 1), until
    others_named = [p.start for p in ctx.people_between(*near)
                    if p.name and p.name != trav.name and p.kind != "pronoun"]
    # "has begun talks after arriving in Tokyo": the arrival is just done, as "has arrived" tells
    under_way = just_arrived(text, max(s0, c0 - 30), min(s1, c1 + 5)) or (
        _AFTER_ARRIVING.search(text, max(s0, c0 - 12), c0) is not None and just_arrived(text, s0, c0))
    cancelled = is_cancelled(text, clause, near, cue=(c0, c1), others=others_named, traveller_at=trav.start) \
        and not GOING_AHEAD.search(text, max(s0, c0 - 50), c0)  # "will be going ahead with the India visit"
    if cancelled:
        status, keep = "cancelled", True
    else:
        status, keep = visit_status(word_tense, start, end, published,
                                    arrival=not earlier and (setting_out or bool(ARRIVAL.search(text, c0, min(c1, c0 + 30)))
                                                             or h.cue == "arrival"  # an item of a list of arrivals
                                                             or opens_stay(text, c0, c1, noun=h.cue == "travel-noun")),
                                    under_way=under_way, told_today=told_today(text, date), whole=end == published and tells_whole_visit(text, c0, c1, s0, s1))
    if until is not None and not cancelled and published is not None and until < published:
        status = "completed"
    elif closing and not cancelled and ((n := visit_length(text, *near)) is None or until - dt.timedelta(days=n - 1) <= published):
        status = "ongoing"  # (not "will wrap up his three-day visit on Friday" told on Tuesday: not begun yet)
    if (ended or ended_after) and not cancelled and word_tense == "past" and published is not None and end is not None \
            and end <= published:
        status = "completed"  # "on Saturday wrapped up his three-day UK visit", told that Saturday: over
    # "is scheduled to arrive in Pakistan today": the day's programme, the stay begins that day (not "is due to
    # leave today for Kenya", a departure whose stay may begin the next day)
    arrives_today = told_today(text, date) and ARRIVAL.search(text, c0, min(c1, c0 + 30)) is not None
    if not cancelled and was_planned(text, *h.tense_window, today=arrives_today) and h.cue != "left" \
            and not plan_for_the_day(text, *h.tense_window, start, end, published):  # "is set to begin a 3-day visit today"
        status = "planned"  # "had been scheduled to arrive on Saturday": a plan, not a visit under way
    elif h.cue == "left" and word_tense != "future":
        status = "completed"  # "left the DRC on Wednesday": that stop is over
    elif h.cue == "left" and not cancelled and date is not None and date.end == published:
        status = "ongoing"  # "are scheduled to leave Delhi today": there until then
    if not keep:
        start = end = date = None
    if date is None and status == "completed" and setting_out and h.cue == "travel" and word_tense == "past" \
            and not (ctx.here is not None and ctx.here.country in countries) \
            and not re.match(r"\s+(?:International\s+)?Airport", text[h.places[-1].end:]):  # "left for Chennai Airport"
        status = "ongoing"  # "Xi left for Nepal": under way there, as no day tells it is long over
    if date is None and status == "completed" and (h.cue == "here" or h.cue == "attend" and ctx.here is not None
                                                   and ctx.here.country in countries) and ARRIVAL.match(text, c0) \
            and not re.search(r"\b(?:had|once)\s+$", text[max(s0, c0 - 8):c0], re.I):
        status = "ongoing"  # "Sisi also landed here to a rousing welcome": where the story is filed, so still there
    if date is None and status == "completed" and h.cue == "here" and _ON_LEG.match(text, c0):
        status = "ongoing"  # "HANOI - Trump, on the fourth leg of his Asia tour, said": there as the story is filed
    if date is None and status == "completed" and (h.cue == "travel" and _ARRIVED.match(text, c0)
                                                   or h.cue == "arrival"
                                                   or h.cue == "hosted" and not trip_told_before(text, s0, c0)
                                                   or h.cue == "setting" and _ARRIVED.match(text, c0)
                                                   or begins_trip(text, c0, c1, noun=h.cue == "travel-noun")) \
            and word_tense == "past" and not _EARLIER_ARRIVAL.search(text, max(s0, c0 - 12), c0):
        status = "ongoing"  # "Xi arrived in the United States", no day told: news of a stay under way
    if date is None and status == "completed" and told_under_way(text, s0, c0):
        status = "ongoing"  # "during his current visit to India, Putin signed", "currently visiting India, met"
    if date is None and status == "completed" and h.cue == "visiting":
        status = "ongoing"  # "visiting Chinese President Xi said today": a guest still there as the story is told
    if date is None and status == "ongoing" and published is not None and under_way:
        start = end = published  # "has arrived in the United States": today
    elif date is None and status == "ongoing" and word_tense == "present" and ctx.here is not None \
            and ctx.here.country in countries and (dateline_day is not None or published is not None):
        # "OTTAWA - ... as she makes her first visit to Canada": under way where and when the story was filed
        date = dateline_day
        start = end = date.start if date is not None else published
        filed = True
    how = f"{h.cue}: {' '.join(text[c0:upto].split()[:6])}"
    how += f"; day: {date.text}" if date is not None else "; day: filed there that day" if filed else \
        f"; day: counted back from its last, {until.isoformat()}" if until is not None and start is not None else ""
    if trav.via:
        how += f"; traveller: {trav.via}"
    evidence = Evidence(ctx.doc.id, text[s0:s1], "text", ctx.doc.url, ctx.doc.title, ctx.doc.published)
    by_country: dict[str, list[Mention]] = {}
    for m in h.places:
        by_country.setdefault(m.country, []).append(m)
    shared = start is not None and end is not None and end > start and len(by_country) > 1
    # "began a three-nation tour of Kenya, Tanzania and Uganda on Monday": Monday is the first stop's
    began = start is not None and len(by_country) > 1 and bool(_BEGAN.search(text, max(s0, c0 - 50), c0))
    own = stop_dates(text, h.places, published, word_tense) if len(by_country) > 1 and not cancelled else {}
    out = []
    for i, (country, group) in enumerate(by_country.items()):
        if at_home(trav.country, country):
            continue  # a leader at home, or in his country's overseas part (Guam), is not a foreign visit
        v_start, v_end, v_status, v_how = start, end, status, how
        if i > 0 and country in own:  # "in Hanoi on Monday and Jakarta on Wednesday": each stop its day
            d = own[country]
            v_start, v_end = d.start, d.end
            v_how = how.replace(f"; day: {date.text}", "") if date is not None else how
            v_how = v_how.replace(";", f"; day: {d.text};", 1) if ";" in v_how else f"{v_how}; day: {d.text}"
            v_status, _ = visit_status(word_tense, v_start, v_end, published, arrival=False, under_way=False)
        elif i > 0 and start is not None and _THEN.search(text, group[0].start - 25, group[0].start):
            v_start = v_end = None  # "Lima on Monday, then La Paz": the later stop is not that day
            v_status = "planned" if status == "ongoing" else status
        elif shared and i > 0:
            v_start = v_end = None
            if not cancelled and published is not None:
                # the later stops of a range: ahead if the range is, done if it is over, else as told
                v_status = ("planned" if start > published else "completed" if end < published
                            else "completed" if word_tense == "past" else "planned")
        elif i > 0 and began:
            v_start = v_end = None
            if v_status == "ongoing" and published is not None and start >= published:
                v_status = "planned"  # "embarked on Saturday on a visit to Bulgaria, Morocco and Spain": at the first
        elif i > 0 and start is not None and (end is None or end == start) and date is not None \
                and date.offset < group[0].start:
            # "left for Bucharest on Sunday on his visits to Romania and Spain": one day is the first stop's
            v_start = v_end = None
            if not cancelled and published is not None and start >= published:
                v_status = "planned"
        best = _most_specific(group)
        place = best.name if best.kind in ("city", "admin", "other") else None
        lat = best.lat if best.kind != "host" else None
        lon = best.lon if best.kind != "host" else None
        out.append(Visit(trav.name, trav.country, trav.role, country, place, lat, lon, v_start, v_end,
                         v_status, ctx.doc.id, text[s0:s1],
                         round(h.confidence * min(1.0, best.score or 1.0), 3),
                         origin="text", sources=(evidence,), how=v_how))
    return out


_SHARED_WILL = re.compile(r"\bwill\s+[a-z]+\b[^.;]*\band\s+(?:then\s+)?[a-z]+\s+(?:with|on|in)\s+(?:a|an|his|her|the)\s+"
                          r"(?:[\w\-]+\s+){0,2}$")
_WHO_BEFORE = re.compile(r",\s*(?:who|whom|which)\b[^,;:.]*$")
_BEFORE_GERUND = re.compile(r"\bbefore\s+[a-z]+ing\b[^,;:.]*$")
_AFTER_ARRIVING = re.compile(r"\b(?:after|upon|on)\s+$", re.I)
_BEGAN = re.compile(r"\b(?:began|begins|begin|beginning|started|starts|start|starting|kicked\s+off|kicks\s+off|"
                    r"embarked\s+on|embarks\s+on|embark\s+on|embarking\s+on|set\s+off\s+on|sets\s+off\s+on|"
                    r"launched|opened)\s+(?:[\w\-]+\s+){0,4}$", re.I)
_THEN = re.compile(r"\b(?:then|followed\s+by|before|after\s+that)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?$", re.I)


def _most_specific(group: Sequence[Mention]) -> Mention:
    rank = {"city": 0, "other": 1, "admin": 2, "region": 3, "country": 4, "host": 5}
    return min(group, key=lambda m: (rank.get(m.kind, 6), -(m.score or 0)))
