"""A trip that has set out: its first stop, reached on the publication day, is under way; and the day a
trip sets out is its first stop's day when nothing else dates that stop.

"Prime Minister Modi on Saturday morning left for a five-nation tour that will take him to
Afghanistan ... he will reach Herat in the afternoon", told on that Saturday: the arrival is still
ahead by the clock, but the trip is under way on the day of the story. :func:`set_out` runs once a
document's visits are read (from :func:`geo.visits.told_days.days_told_elsewhere`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.dates import find_dates, today_or_yesterday
from geo.doc_words import WordsAt
from geo.status import tense
from geo.text import fold_case, has_word, negated, where_told
from geo.values import Visit
from geo.visit_day import a_whole_week, visit_date
from geo.visits.stop_days import LATER_SAME_DAY

__all__ = ["set_out", "first_stop_day"]

#: Setting out, told as done: "left for a tour", "departed Europe", "set off", "embarked on".
_SET_OUT = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:left|departed|set\s+(?:off|out)|embarked|kicked\s+off)\b", re.I)
_WORDS = ("left", "departed", "set", "embarked", "kicked")


def set_out(text: str, sentences, people_of, visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """The visits, with the first stop of a traveller who set out on the publication day made under way.

    A sentence names the traveller before the setting-out words, told in the past with a day that is
    the publication day ("on Saturday morning left for", "departed on Thursday"). That traveller's
    planned stop dated that same day, the earliest of their dated stops, is ``ongoing``; a later leg
    ("later Monday flies on to Abuja", after a stop dated before) is not, nor is anything when the
    traveller is already under way elsewhere.

    Examples
    --------
    >>> set_out("x", [], [], [], None)
    []
    """
    if published is None or not any(v.status == "planned" and v.start_date == published for v in visits) \
            or not has_word(fold_case(text), _WORDS, 0, len(text)):
        return visits
    left: set[str] = set()
    for k, (s0, s1) in enumerate(sentences):
        for m in _SET_OUT.finditer(text, s0, s1):
            who = [p for p in people_of[k] if p.name and p.end <= m.start()]
            if not who or negated(text, s0, m.start()) or tense(text, max(s0, m.start() - 30), m.end()) != "past":
                continue
            d = visit_date(text, (s0, s1), (m.start(), m.end()), published, "past")
            if d is not None and d.start == d.end == published:
                left.add(who[-1].name)
    # one traveller reaches one country on the day he sets out: several told for that day are the stops of a
    # tour's list ("his arrival in Indonesia, which will be followed by visits to Vietnam, Thailand and Italy")
    firsts = [v for v in visits if v.traveler in left and v.status == "planned" and v.start_date == published
              and LATER_SAME_DAY not in (v.how or "")]  # "In the evening, he will continue to Kenya": a later leg
    countries: dict[str, set[str]] = {}
    first_ids = {id(v) for v in firsts}
    for v in firsts:
        countries.setdefault(v.traveler, set()).add(v.country)
    out = []
    for v in visits:
        if id(v) in first_ids and len(countries[v.traveler]) == 1 and _first_stop(v, visits):
            v = dataclasses.replace(v, status="ongoing", how=f"{v.how}; set out that day")
        out.append(v)
    return out


def _first_stop(v: Visit, visits: list[Visit]) -> bool:
    """Is ``v`` its traveller's earliest dated stop, with no other stay of theirs already under way?"""
    for w in visits:
        if w.traveler != v.traveler or w.country == v.country or w.status == "cancelled":
            continue
        if w.status in ("ongoing", "completed") and w.start_date is not None and w.start_date >= v.start_date \
                - dt.timedelta(days=15):
            return False
        if w.start_date is not None and w.start_date < v.start_date:
            return False
    return True


#: Setting out from home on a trip, done or ahead: "left Tokyo for Southeast Asia on Sunday", "departed on an
#: eight-day tour on Friday", "will leave on Monday for", "emplaned for". Not "set out" ("to set out how Britain
#: can build"), nor an infinitive of purpose.
_SETS_OFF = re.compile(r"(?=[defhlstw])(?<!\bto\s)\b(?:(?:has|have|had|will)\s+)?(?:left|leaves?|departed|departs?|set\s+off|sets\s+off|"
                       r"embarked|embarks?|emplaned|(?P<to>travel(?:s|led|ed)?|head(?:s|ed)?|fl(?:ies|ew|y))\s+to)\b", re.I)
#: A region gone to, right after a setting-out or a visiting word: "travels to sub-Saharan Africa", "leaves for the
#: Middle East", "is visiting mainland Europe" (a region the geoparser may not name: "sub-Saharan Africa").
_REGION_AHEAD = re.compile(r"\s+(?:(?:to|for)\s+)?(?:the\s+)?(?:[\w\-]+\s+)?(?:Africa|Europe|Asia|America|Americas|"
                           r"Caribbean|Gulf|Balkans|Pacific|Middle\s+East|Scandinavia|Oceania)\b")
#: Visiting a region on a day: "is visiting mainland Europe on 7 June", "is touring Southeast Asia".
_VISITS_REGION = re.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:visiting|touring)(?=" + _REGION_AHEAD.pattern + ")")
#: Words one of which every setting-out above holds (lower case).
_GOING_WORDS = ("left", "leav", "depart", "set", "embark", "emplaned", "travel", "head", "flew", "flies", "fly",
                "visiting", "touring")
#: What a setting-out goes on: a trip noun right after it ("on an eight-day tour", "for a two-nation visit").
_ON_A_TRIP = re.compile(r"[^.;]{0,40}?\b(?:tour|trip|visit|visits|journey|swing)\b", re.I)


#: A stop told as a later one of its trip.
_LATER_STOP = re.compile(r"\b(?:next|then|later|afterwards|followed|final|finally|last|also)\b", re.I)


def first_stop_day(text: str, sentences, ms_of, people_of, visits: list[Visit],
                   published: dt.date | None) -> list[Visit]:
    """The visits, the first stop of a trip with no day of its own dated by the day the trip set out.

    "Kishida departed on an eight-day tour of five nations on Friday ... before his arrival in Indonesia":
    a traveller who sets out from home on a day reaches the first stop that day or the next (a day a reader
    allows). The setting-out leaves home or goes on a trip (a trip noun or a place of the traveller's own
    country right after it, or a region gone to: "travels to sub-Saharan Africa on Wednesday"), not a stop
    ("left the DRC on Wednesday" ends that stay). Only the stop told first takes the day, and only when no
    stop of the traveller is dated by the day after.

    Examples
    --------
    >>> first_stop_day("x", [], [], [], [], None)
    []
    """
    if published is None or not any(v.start_date is None and v.status != "cancelled" for v in visits):
        return visits
    homes = {v.traveler: v.traveler_country for v in visits}
    days: dict[str, object] = {}
    going = WordsAt(fold_case(text), _GOING_WORDS)  # where the words are, found once
    for k, (s0, s1) in enumerate(sentences):
        if not going.within(s0, s1) or not any(p.name in homes for p in people_of[k]):
            continue  # none of the words, or no traveller before them: the patterns need not run (the same days)
        for m in (*_SETS_OFF.finditer(text, s0, s1), *_VISITS_REGION.finditer(text, s0, s1)):
            who = [p for p in people_of[k] if p.name in homes and p.end <= m.start()]
            if not who or who[-1].name in days or negated(text, s0, m.start()):
                continue
            home = homes[who[-1].name]
            right = [x for x in ms_of[k] if m.end() <= x.start <= m.end() + 25]
            region = _REGION_AHEAD.match(text, m.end()) is not None and not (right and right[0].country is not None)
            if m.re is _VISITS_REGION or region:  # "travels to sub-Saharan Africa on Wednesday": its first stop told apart
                pass
            elif m.group("to"):  # "travels to Southeast Asia": a region the geoparser names
                if not right or right[0].country is not None or right[0].start > m.end() + 12:
                    continue
            elif not (_ON_A_TRIP.match(text, m.end(), s1) or right and right[0].country == home):
                continue  # "left the DRC on Wednesday": a stop left, not a trip set out on
            t = tense(text, max(s0, m.start() - 30), m.end())
            d = visit_date(text, (s0, s1), (m.start(), m.end()), published, t)
            if d is not None and d.end == d.start and not _SETS_OFF.match(d.text):
                days[who[-1].name] = d  # a day told, not the news day a bare "left for" is given
    begun = _tour_begins(text, sentences, people_of, visits, published, homes)
    if begun is not None and begun[0] not in days:
        days[begun[0]] = begun[1]
    if not days:
        return visits
    for v in visits:  # a stop dated by then is the first one: "left on Sunday ... arrived in Hanoi on Sunday"
        if v.traveler in days and v.start_date is not None and v.status != "cancelled" \
                and v.start_date <= days[v.traveler].start + dt.timedelta(days=1):
            del days[v.traveler]
    first: dict[str, int] = {}
    for i, v in enumerate(visits):
        if v.traveler in days and v.start_date is None and v.status != "cancelled" and v.country != homes[v.traveler]:
            at = where_told(text, v.evidence)  # the first place the text holds the visit's sentence
            if v.traveler not in first or 0 <= at < where_told(text, visits[first[v.traveler]].evidence):
                first[v.traveler] = i
    out = list(visits)
    for name, i in first.items():
        v, d = out[i], days[name]
        if _LATER_STOP.search(_before_the_stop(text, sentences, ms_of, v)):
            continue  # "He will next travel to Bali": the first stop told is a later one (the first is not found)
        status = v.status
        if status == "completed" and today_or_yesterday(d.start, published) \
                and not (v.how or "").startswith("left"):  # "returning to Abuja from Nairobi": told as left
            status = "ongoing"  # reached the day before, as an arrival then: nothing told ends the stay
        out[i] = dataclasses.replace(v, start_date=d.start, status=status,
                                     how=f"{v.how}; day: {d.text}, the trip set out")
    return out


#: A tour's own start or span, right after its noun: "The tour started on Wednesday", "a spring tour, which
#: consists of visits to Bosnia, Cyprus and Jordan from March 17 to March 25", "Li's official visit to the three
#: countries from Oct. 29 to Nov. 5".
_TOUR_BEGINS = re.compile(r"(?=[tjsv])\b(?:tour|trip|journey|swing|visits?)\b\s*,?\s+(?:(?:which|that)\s+)?(?:(?:has|had|will)\s+)?"
                          r"(?:started|starts|start|began|begins|begin|kicked\s+off|kicks\s+off|kick\s+off)\s+(?:on\s+)?|"
                          r"(?=[tjsv])\b(?:tour|trip|journey|swing|visits?)\b[^.;]{0,90}?\s(?:from|between)\s+", re.I)
_TOUR_WORDS = ("tour", "trip", "journey", "swing", "visit")


def _tour_begins(text: str, sentences, people_of, visits: list[Visit], published: dt.date, homes: dict):
    """``(traveller, day)``: the first day of a tour of several countries told after its noun, the tour of the
    one traveller with several stops and none of them dated; else ``None``. The day must agree with how the
    stops are told (a tour ahead starts from the publication day on, one under way or over by then)."""
    stops: dict[str, set] = {}
    for v in visits:
        if v.status != "cancelled" and v.country != homes[v.traveler]:
            stops.setdefault(v.traveler, set()).add((v.country, v.start_date, v.status))
    touring = [n for n, st in stops.items() if len({c for c, _, _ in st}) > 1]
    tour_words = WordsAt(fold_case(text), _TOUR_WORDS) if len(touring) == 1 else None
    if tour_words is None or not tour_words.within(0, len(text)):
        return None
    name = touring[0]
    statuses = {st for _, _, st in stops[name]}
    found = []
    for k, (s0, s1) in enumerate(sentences):
        if any(p.name not in (None, name) and p.kind != "pronoun" and p.name in homes for p in people_of[k]):
            continue  # another traveller's sentence
        for m in _TOUR_BEGINS.finditer(text, s0, s1) if tour_words.within(s0, s1) else ():  # (its words first)
            told = find_dates(text[m.end():min(s1, m.end() + 40)], published, tense=tense(text, s0, s1))
            if told and told[0].offset == 0 and told[0].end - told[0].start <= dt.timedelta(days=21) \
                    and not a_whole_week(told[0]) and (told[0].start != told[0].end or m.group(0).rstrip()[-4:] != "from"):
                found.append(told[0])
                break
    if len({d.start for d in found}) != 1:
        return None  # no start told, or two
    d = found[0]
    if statuses == {"planned"} and d.start < published or "planned" not in statuses and d.start > published:
        return None  # the day of another trip, or of its announcement
    return name, dataclasses.replace(d, end=d.start)


def _before_the_stop(text: str, sentences, ms_of, v: Visit) -> str:
    """The words of ``v``'s sentence before its host is first named ("He will next travel to" of "He will next
    travel to Bali, where he will also meet"); the whole sentence when the host is not found in it."""
    at = text.find(v.evidence) if v.evidence else -1
    for k, (s0, _) in enumerate(sentences):
        if s0 == at:
            first = next((m.start for m in ms_of[k] if m.country == v.country), None)
            return v.evidence if first is None else text[s0:first]
    return v.evidence or ""
