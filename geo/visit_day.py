"""The day a sentence gives a visit: the nearest date to its travel cue that is the visit's own.

:func:`visit_date` reads the dates :func:`geo.dates.find_dates` finds in a sentence and keeps the
one that dates the trip, not the day it was told ("the Kremlin said on Monday"), a reference point
("since his re-election in March"), another clause's ("after being appointed in 2017") or another
stop's. Every date expression and its resolution stay in :mod:`geo.dates`; this module only chooses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.date_joins import A_WEEK, days_in_week
from geo.dates import NUMBER_WORDS, DateMatch, find_dates, part_of_day
from geo.text import fold_case, has_word
from geo.status import told_past_besides
from geo.wordlists import (ARRANGED, MONTH, REPORTING, REPORTING_DAY, REPORTING_DAY_AFTER, WEEKDAY, alternation,
                           initials)

__all__ = ["visit_date", "a_whole_week", "told_today", "stay_before", "ends_a_stay"]

_WEEK_WORDS = re.compile(r"(?:this|next|last|past|coming)\s+week", re.I)


def a_whole_week(d: DateMatch | None) -> bool:
    """Does ``d`` name a whole week ("next week", "this week"), which tells a visit's status but not
    its first day?

    Examples
    --------
    >>> [a_whole_week(d) for d in find_dates("next week; Monday", dt.date(2024, 5, 1), tense="future")]
    [True, False]
    >>> [a_whole_week(d) for d in find_dates("next week, on Monday", dt.date(2024, 5, 1), tense="future")]  # that day
    [False]
    """
    return d is not None and _WEEK_WORDS.fullmatch(d.text) is not None


_TODAY = re.compile(r"\btoday\b", re.I)
_LATER_BEFORE = re.compile(r"\blater\s+(?:on\s+)?$", re.I)
_LATER_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?(?:in\s+the\s+|at\s+)?(?:afternoon|evening|night)\b", re.I)


def told_today(text: str, d: DateMatch | None) -> bool:
    """Is ``d`` (found in ``text``) the writer's own day, told as "today" ("departs to New Delhi today",
    "will arrive here today (Monday)"), and not a later part of it ("later today", "today evening")?

    Examples
    --------
    >>> p, t = dt.date(2020, 2, 7), "He departs today; she leaves later today."
    >>> [told_today(t, d) for d in find_dates(t, p, tense="future")]
    [True, False]
    >>> told_today(t, None)
    False
    """
    return d is not None and _TODAY.search(d.text) is not None \
        and _LATER_BEFORE.search(text, max(0, d.offset - 12), d.offset) is None \
        and _LATER_AFTER.match(text, d.offset_end) is None


_SINCE = re.compile(r"\bsince\b[^,;]*$", re.I)
#: A stay told from its first day: "has been in Paris since Monday", "have been visiting China since May 2".
_STAYING_SINCE = re.compile(r"\b(?:has|have)\s+been\s+(?:in|at|\w+ing)\b[^,;.]{0,60}?"
                            r"\s(?:since|from)\s+$", re.I)
#: A day a tour or trip began on: "an eight-day tour starting from June 17", "a trip that began on Monday".
_TOUR_BEGUN = re.compile(r"\b(?:tour|tours|trip|trips|journey|swing|visits)\b\s*,?\s+(?:(?:that|which)\s+(?:has\s+|had\s+|will\s+)?)?"
                         r"(?:starting|started|starts|start|beginning|began|begins|begin|commencing|commenced|"
                         r"kicked\s+off|opened)\s+(?:from\s+|on\s+|in\s+)?$", re.I)
#: A stop told as a later one of its trip, whose day is not the trip's first.
_LATER_LEG = re.compile(r"\b(?:second|third|fourth|fifth|sixth|last|final|latest|next|concluding|closing)\s+"
                        r"(?:leg|stop|stage|destination|port\s+of\s+call)\b", re.I)
_COUNTED_ON = re.compile(r"\s*,?\s*(?:exactly\s+|just\s+|only\s+)?(?:one|a|two|three|\d+)\s+(?:days?|weeks?)\s+"
                         r"(?:later|after)\b", re.I)
# the clause tests of visit_date, compiled once
_CLAUSE_MARK = re.compile(r"[,;“”\"]")
# a clause mark or "that" after a reporting verb: "reported that on January 15, X will visit" is the news's
# day, not the day it was told
_REPORTED_CLAUSE = re.compile(_CLAUSE_MARK.pattern + r"|\bthat\b")
_PLACE_ASIDE = re.compile(r",\s*(?:which|where|who|whose|that)\b|\s(?:where|whose)\s")
#: What the traveller does at the place, told in a "where" clause: "goes on to Lima, where she meets the
#: president on Thursday" is a day of the stay (not the place's past: "where he studied in 1985").
_WHERE_THEY = re.compile(r",?\s+where\s+(?:he|she|they)\s+(?:will\s+|is\s+to\s+|is\s+due\s+to\s+|also\s+)?"
                         r"(?!had\b|once\b|used\b|was\b|were\b|studied\b|lived\b|grew\b|served\b|worked\b)"
                         r"[a-z]+\b[^,;]*$", re.I)
#: An aside about the trip's start, which a place cannot have: "his visit to France, which starts on Thursday"
#: (told of a trip noun: "arrived for the summit, which will begin on Monday" is the summit's day).
_TRIP_CUE = re.compile(r"(?i:visits?|trips?|tours?|journeys?|stays?|swing)\b")
_TRIP_ASIDE = re.compile(r",\s*(?:which|that)\s+(?:will\s+|is\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+)?"
                         r"(?:starts?|begins?|began|started|kicks?\s+off|kicked\s+off|gets?\s+under\s+way|got\s+under\s+way)"
                         r"\s+(?:on\s+|from\s+)?$", re.I)
#: The purpose of the trip after a phrase of another time, whose day is the trip's: "travel to France after the
#: state visit to attend the D-Day commemoration on June 6".
_PURPOSE = re.compile(r"\bto\s+(?:be\s+part\s+of|attend|join|take\s+part\s+in|participate\s+in|mark|celebrate|"
                      r"commemorate|witness|address|lead)\b", re.I)
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|since|when|following|until|upon)\b", re.I)
_AFTER = re.compile(r"\bafter\b", re.I)
_OPEN_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$")
#: The first stop of a tour told between its day and a later stop: "a tour Thursday that starts with Cyprus".
_FIRST_STOP = re.compile(r"\b(?:starts?|starting|begins?|beginning|opens?|opening|kicks?\s+off)\s+(?:with|in|at)\b",
                         re.I)
#: A day fronted before who told something: "On Tuesday, the Kremlin said", "Last week, Peskov announced".
_SAID_AFTER = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w\-.’']*\s+){0,4}?(?:[a-z]+\s+)?"
                         + alternation(REPORTING_DAY_AFTER) + r"\b")
#: What may stand before a day that opens its sentence: "On Tuesday, ...", "Late on Monday, ...", not "arrived
#: in Kyiv on Monday, the ministry said", where the day is the arrival's.
_OPENS = re.compile(r"\s*[\"“]?\s*(?:(?:on|late|early|earlier|later)\s+(?:on\s+)?)?", re.I)
#: A trip's arrangement between it and a date: "the visit was agreed in February", "was announced on Monday".
_DECIDED = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:first\s+|already\s+)?"
                      + alternation(ARRANGED) + r"\b", re.I)
_SAID = re.compile(initials(REPORTING_DAY) + r"\b" + alternation(REPORTING_DAY) + r"\b", re.I)


def visit_date(text: str, sentence: tuple[int, int], cue: tuple[int, int], published: dt.date | None,
               tense: str, *, dateline: DateMatch | None = None,
               others: Sequence[int] = (), arrival: bool = False) -> DateMatch | None:
    """The date a sentence gives to the visit told by ``text[cue[0]:cue[1]]``, or ``None``.

    The nearest date expression to the cue, a clause away counting as 40
    characters more and anything over 120 characters ignored; not a reference
    point after "since" ("since his re-election in March"), and not the day
    something was said ("the Kremlin said on Monday") unless the cue stands
    between. Incomplete dates point the way ``tense`` says (see the module
    docstring). A date with another stop between it and the cue (``others``:
    offsets of places of other countries) is that stop's; a date after "after",
    "before", "since", "when" or "following" belongs to that clause. An arrival
    "here" with no date in its sentence takes the ``dateline``'s day; an
    ``arrival`` with no day of its own takes the one day its report was told
    ("arrived in Medina, SPA reported on Thursday": the news of an arrival is
    told that day or the next). With no date near at all, a part of the day right after the cue ("arrive in
    Astana in the afternoon") is the publication day (:func:`geo.dates.part_of_day`).

    Examples
    --------
    >>> t = "Putin, who was re-elected in March, flew to Minsk on Thursday, the Kremlin said on Friday."
    >>> d = visit_date(t, (0, len(t)), (36, 48), dt.date(2024, 5, 24), "past")
    >>> d.text, d.start.isoformat()
    ('Thursday', '2024-05-23')
    """
    a, b = cue
    s0, s1 = max(sentence[0], a - 160), min(sentence[1], b + 160)  # farther dates never count
    best, best_d = None, None
    after_day = None  # the day of a main clause the cue follows with "after": "returned home on Tuesday after ..."
    told = []  # the days something was said: "SPA reported on Thursday"
    found = find_dates(text[s0:s1], published, tense=tense)
    if tense == "past" and published is not None:
        found = [_told_now(text, sentence[0], s0, d, published) for d in
                 (_told_ahead(text, s0, d, published, sentence[0]) for d in found)]
        if not told_past_besides(text, sentence[0], sentence[1], REPORTING):
            found = [_month_nearest(d, published) for d in found]  # (no verb in the past but one of saying)
    if tense != "past" and published is not None:
        found = [_told_past(text, s0, d, published) for d in found]
        if _BACKSHIFTED.search(text, max(s0, a - 80), b):
            found = [_nearest_weekday(d, published) for d in found]
    weeks = [d for d in found if A_WEEK.fullmatch(d.text)]
    for d in found:
        d0, d1 = s0 + d.offset, s0 + d.offset_end
        lead = text[max(s0, d0 - 80):d0]
        if _SINCE.search(lead):
            if not _STAYING_SINCE.search(lead):
                continue  # "since his re-election in March": a reference point, not the visit
            if published is not None and d.end < published:
                d = dataclasses.replace(d, end=published)  # "has been in Paris since Monday": there until now
        if _COUNTED_ON.match(text, d1):
            continue  # "On Friday, exactly one week later": a day counted from another, not this Friday
        if _TOUR_BEGUN.search(lead) and _LATER_LEG.search(text, s0, d0):
            continue  # "Uganda is the last leg of his tour starting from June 17": the first stop's day
        if _SAID_AFTER.match(text, d1, s1) and _OPENS.fullmatch(text, sentence[0], d0):
            told.append(dataclasses.replace(d, offset=d0, offset_end=d1))
            continue  # "On Tuesday, the Kremlin said that talks will be held on Thursday": the telling's day
        if d0 >= b and _DECIDED.search(text, b, d0):
            continue  # "the visit to Russia was agreed in February": when it was agreed, not the visit
        rep = None
        for rep in _SAID.finditer(lead):
            pass
        if rep is not None and not _REPORTED_CLAUSE.search(lead, rep.end()) and not (a <= d0 <= b) \
                and not (d0 - len(lead) + rep.end() <= a < d0):
            told.append(dataclasses.replace(d, offset=d0, offset_end=d1))
            continue  # "the Kremlin said on Monday": when it was said, unless the cue comes between
        dist = 0 if a <= d0 < b else (a - d1 if d1 <= a else d0 - b)
        between = text[d1:a] if d1 <= a else text[b:d0]
        if d0 >= b and _PLACE_ASIDE.search(between) and not (_TRIP_CUE.match(text, a) and _TRIP_ASIDE.search(between)) \
                and not _WHERE_THEY.search(between):
            continue  # "Chengdu, which was hit by the 2008 earthquake": the place's date, not the visit's
        if d0 >= b and (o := _OTHER_CLAUSE.search(between)) and not _STAYING_SINCE.search(lead) \
                and not _PURPOSE.search(between, o.end()):
            continue  # "... after being appointed Crown Prince in 2017": another clause's date
        if d1 <= a and _AFTER.search(between):
            if d.start == d.end and not _CLAUSE_MARK.search(between):
                after_day = dataclasses.replace(d, offset=d0, offset_end=d1)
            continue  # "returns home today after visits to London": the return's date
        if d1 <= a and "," in between and _OPEN_ASIDE.search(text[max(s0, d0 - 100):d0]):
            continue  # "The premier, who arrived on Wednesday, will fly to Cairo": the aside's date
        if d0 >= b and "," in between and _OPEN_ASIDE.search(text[max(s0, a - 100):a]):
            continue  # "Jaishankar, who is on a visit to Moscow, met Putin on Monday": the main clause's date
        if d0 >= b and any(b <= o < d0 for o in others):
            continue  # "to China, and the third to Uzbekistan on May 26": Uzbekistan's date
        if d1 <= a and _FIRST_STOP.search(between) and any(d1 <= o < a for o in others):
            continue  # "a tour Thursday that starts with Cyprus and takes him to Libya": Cyprus's date
        if ("," in between or ";" in between) and not (d0 >= b and _WHERE_THEY.search(between)):
            dist += 40  # another clause: "re-elected in March, he arrived ..." (not what they do there)
        if dist > 120:
            continue
        if best_d is None or dist < best_d:
            best = dataclasses.replace(d, offset=d0, offset_end=d1)
            best_d = dist
    pinned = days_in_week(best, weeks[0]) if best is not None and len(weeks) == 1 else None
    if pinned is not None and weeks[0].text.lower().startswith("last" if tense == "past" else "next") \
            and _same_clause(text, s0 + weeks[0].offset, s0 + weeks[0].offset_end, best.offset, best.offset_end):
        # "Last week, on Tuesday, he visited Kyiv": the Tuesday of that week
        best = dataclasses.replace(best, start=pinned[0], end=pinned[1])
    if best is None:
        best = _counted_back(text, s0, a, found)
    if best is None and after_day is not None:
        best = _stay_before(text, after_day, a, b)
    if best is None and dateline is not None:
        return dateline
    if best is None and not found:
        # "is expected to arrive in Astana in the afternoon": a part of the day, in the cue's own clause
        # and with no day anywhere near, is the day the story appeared
        part = part_of_day(text, b, min(sentence[1], b + 60), published)
        if part is not None and not _CLAUSE_MARK.search(text, b, part.offset):
            return part
        if published is not None:
            lo = max(s0, a - 50)
            gone = _SET_OFF.search(text, lo, s1) if has_word(fold_case(text), _SET_OFF_WORDS, lo, s1) else None
            if gone is not None and gone.start() < b and not _CLAUSE_MARK.search(text, gone.end(), a) \
                    and not any(gone.end() <= o < gone.end() + 30 for o in others):
                # (not when it sets off for another country: "left for Nepal after the summit in India")
                # "Xi Jinping left for Nepal", "leaves for his first official visit to Sri Lanka": a
                # departure told with no day at all is the news of the day it appeared
                return DateMatch(gone.group("verb"), gone.start("verb"), gone.end("verb"), published, published)
    if best is None and arrival and tense == "past" and len(told) == 1 and told[0].offset >= b \
            and told[0].start == told[0].end:
        return told[0]  # "arrived in Saudi Arabia's Medina, SPA reported on Thursday"
    return best


#: A departure for the trip told as done or under way (not "will leave", "is to leave", "had left").
_SET_OFF = re.compile(r"(?<!\bwill\s)(?<!\bto\s)(?<!\bhad\s)(?<!\bwould\s)\b(?P<verb>(?:(?:has|have)\s+)?"
                      r"(?:left|leaves|departed|departs|emplaned|flew\s+out|set\s+off|sets\s+off))"
                      r"(?:\s+[A-Z][\w\-]+)?\s+(?:for|to)\b"
                      r"(?!(?:\s+[\w\-]+){0,3}?\s+(?:airport|airbase|air\s+base)\b)", re.I)  # not "left for Chennai Airport"
#: Words one of which every match of ``_SET_OFF`` holds, as :func:`geo.text.fold_case` writes it: a
#: stretch without them is not searched (the pattern's look-behinds cost at every character).
_SET_OFF_WORDS = ("left", "leaves", "depart", "emplaned", "flew", "set")
#: "held talks on Tuesday, a day after he arrived in Moscow": the cue's day is counted back from the
#: main clause's.
_COUNTED_BACK = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?:after|since)\s+"
                           r"(?:[\w’'\-]+\s+){0,4}$", re.I)


def _counted_back(text: str, s0: int, a: int, found: Sequence[DateMatch]) -> DateMatch | None:
    """The day of a cue told as some days after the main clause's ("on Tuesday, a day after he arrived"):
    that day less the days counted, when one day is told before the count."""
    m = _COUNTED_BACK.search(text, max(s0, a - 80), a)
    if m is None:
        return None
    before = [d for d in found if s0 + d.offset_end <= m.start() and d.start == d.end]
    if not before:
        return None
    n = m.group("n").lower()
    step = 1 if n in ("a", "one") else NUMBER_WORDS.get(n) or int(n)
    d = before[-1]
    day = d.start - dt.timedelta(days=step)
    return dataclasses.replace(d, text=f"{step} day{'s' if step > 1 else ''} before {d.text}", start=day, end=day,
                               offset=s0 + d.offset, offset_end=s0 + d.offset_end)


#: A stay of a told length that ends where the main clause begins: "returned home on Tuesday after a three-day
#: visit to France", "arrived in Jordan late Friday after three days in Israel", "left for home last evening
#: after wrapping up his two-day Sri Lanka visit".
_STAY_BEFORE = re.compile(r"\bafter\s+(?:(?:wrapping\s+up|concluding|ending|completing|winding\s+up)\s+)?"
                          r"(?:(?:a|an|his|her|their|its)\s+)?(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
                          r"(?:[- ]day\s+(?:[\w\-]+\s+){0,3}?(?:visit|trip|stay|tour)|\s+days\s+(?:in|of|at)\b)", re.I)


def stay_before(text: str, a: int, b: int) -> int | None:
    """The length of a stay told in ``text[a:b]`` as over before the main clause: "after a three-day visit",
    "after three days in", "after wrapping up his two-day visit"; else ``None``.

    Examples
    --------
    >>> stay_before("He arrived in Jordan on Friday after three days in Israel.", 0, 58)
    3
    """
    m = _STAY_BEFORE.search(text, a, b)
    if m is None:
        return None
    n = m.group("n").lower()
    n = int(n) if n.isdigit() else NUMBER_WORDS[n]
    return n if 1 < n <= 15 else None


def ends_a_stay(d: DateMatch) -> bool:
    """Is ``d`` the days of a stay counted back from the main clause's day (:func:`visit_date`'s "3 days to
    Tuesday"), so the day written before it belongs to another place by design?"""
    return d.text.startswith(_COUNTED_TO)


_COUNTED_TO = tuple(f"{n} days to " for n in range(2, 16))


def _stay_before(text: str, day: DateMatch, a: int, b: int) -> DateMatch | None:
    """The days of a stay the cue tells after "after" with its length, ending on ``day`` (the main clause's,
    told before it): a stay left on that day began its length less one day before."""
    m = _STAY_BEFORE.search(text, day.offset_end, b)
    if m is None or m.start() > a or _CLAUSE_MARK.search(text, day.offset_end, m.start()):
        return None
    n = stay_before(text, m.start(), m.end())
    if n is None:
        return None
    first = day.start - dt.timedelta(days=n - 1)
    return dataclasses.replace(day, text=f"{n} days to {day.text}", start=first, end=day.start)


#: A verb in the past that governs a date in its own clause: "a state visit which began on Monday", "arrived in
#: Chile on Monday", "embarked on the six-day trip on Thursday" is that day gone by, whatever the tense of the
#: visit's own clause (its object may stand between, but no clause mark, no modal and no other verb's "to";
#: "flew to France on Tuesday and will meet Macron on Thursday": Tuesday is gone by).
_PAST_VERB_BEFORE = re.compile(r"\b(?:began|started|arrived|landed|left|ended|concluded|opened|kicked\s+off|embarked|"
                               r"departed|set\s+off|reached|wrapped\s+up|flew|travell?ed|traveled|went|came|visited|"
                               r"toured|paid|held|met)\b(?:\s+(?:to|for|into))?"
                               r"(?:\s+(?!(?:will|would|shall|to|and|but|or|then|before|after|until|till|which|"
                               r"who|where|when|while|is|are|was|were|be)\b)[^\s,;:.!?\"“”()]+){0,6}?"
                               r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$|"
                               r"\bsince\s+$", re.I)  # "has been in Paris since Monday": a day gone by


def _told_past(text: str, s0: int, d: DateMatch, published: dt.date) -> DateMatch:
    """``d``, read as past when a verb in the past governs it and it was read as ahead."""
    if d.start <= published or not _PAST_VERB_BEFORE.search(text, max(s0, s0 + d.offset - 80), s0 + d.offset):
        return d
    again = find_dates(d.text, published, tense="past")
    return dataclasses.replace(d, start=again[0].start, end=again[0].end) if len(again) == 1 else d


#: "will" governing a date right after it: "said that talks will be held on Thursday" is that day ahead.
_WILL_BEFORE = re.compile(r"\bwill\s+(?:not\s+)?(?:be\s+)?(?:[a-z]+\s+){0,2}?(?:on|in)\s+$|"
                          # a start told in the present is a schedule: "his visit, which starts on Thursday"
                          r"\b(?:starts|begins|kicks\s+off|gets\s+under\s+way)\s+(?:on\s+)?$|"
                          # a schedule told as such: "is scheduled to visit Africa for five days starting Wednesday"
                          r"(?<!\bwas\s)(?<!\bwere\s)\b(?:scheduled|slated|expected)\s+to\s+[^,;.]{0,50}?\s(?:starting|beginning|from|on)\s+$|"
                          # what something happens ahead of is still to come: "ahead of talks in Vienna on Friday"
                          r"\bahead\s+of\s+[^,;.]{0,50}?\s(?:on\s+)?$", re.I)


#: A month named alone, with no day nor year ("October", "the beginning of July").
_MONTH_ONLY = re.compile(r"\b" + MONTH + r"[a-z]*\b")
#: Words of a date already placed in the past or told with a day ("last October", "July 5", "October 2022").
_PLACED = re.compile(r"\d|\b(?:last|past|previous)\b", re.I)


def _month_nearest(d: DateMatch, published: dt.date) -> DateMatch:
    """``d``, a month with no year read as gone by, read as the coming one when that is nearer to ``published``:
    in a sentence with no verb in the past ("In October, we look forward to talks in Beijing", told in
    September; "my official visit to Ashkhabad at the beginning of July", told in June) the month is the
    nearest one, not last year's."""
    if d.start >= published or not _MONTH_ONLY.search(d.text) or _PLACED.search(d.text):
        return d
    again = find_dates(f"in {d.text}", published, tense="future")  # (a month alone is read only after "in")
    if len(again) != 1 or (again[0].start - published) >= (published - d.start):
        return d
    return dataclasses.replace(d, start=again[0].start, end=again[0].end)


#: How far before a day the words that tell it ahead may stand, in characters.
_AHEAD_REACH = 90


def _told_ahead(text: str, s0: int, d: DateMatch, published: dt.date, sentence_start: int) -> DateMatch:
    """``d``, read as ahead when "will" governs it and it was read as past ("the Kremlin said that
    negotiations will be held on Thursday"); ``s0`` is where ``d``'s offsets count from, in a sentence that
    begins at ``sentence_start``."""
    if d.start >= published or not _WILL_BEFORE.search(text, max(sentence_start, s0 + d.offset - _AHEAD_REACH),
                                                       s0 + d.offset):
        return d
    again = find_dates(d.text, published, tense="future")
    return dataclasses.replace(d, start=again[0].start, end=again[0].end) if len(again) == 1 else d


#: A verb of the present or of an intention governing a weekday, which news tells of a schedule ("Scholz hosts
#: Milei in Berlin on Friday", "takes part in the summit on Friday", "is bringing aid on Tuesday", "hopes to meet
#: the king on Friday", "with the idea of landing in Madrid on Friday"): the next such day, not the last. The
#: verbs :func:`geo.status.tense` already reads as present or ahead are not repeated here.
_NOW = re.compile(r"\b(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:(?!being\b)[a-z]{3,}ing|headed|hosted|received|welcomed|"
                  r"invited|expected|off)|(?:hopes?|aims?|wants?|seeks?|wishes|intends?|plans?|expects?)\s+to|"
                  r"(?:intention|idea|plan|aim|goal|hope)\s+(?:is\s+|of\s+|to\s+)|"
                  r"hosts|receives|welcomes|joins|addresses|takes\s+part|participates|gives|delivers|launches|"
                  r"inaugurates|unveils|brings|speaks|holds\s+(?:talks|a|an)|co-chairs|chairs\s+(?:a|an|the))\b", re.I)
#: A verb in the past, or a report of one, which keeps the weekday a day gone by ("arrived on Monday and hosts").
_PAST_NEAR = re.compile(r"\b(?:was|were|had|did|said|told|met|spoke|gave|took|went|came|held|made|left|flew|brought|"
                        r"(?<!\bis\s)(?<!\bare\s)(?!(?:united|hundred|need|speed|proceed|exceed|succeed|indeed|feed|seed|bed|red|"
                        r"shed)\b)[a-z]{2,}ed)\b", re.I)  # (not "is hosted", "are headed": the present's passive)
_STOP = re.compile(r"[.;!?]")
#: A participle aside the weekday stands in, and a main verb ahead right after it: "Macron, arriving in Santiago
#: on Friday, will sign", "..., is expected to sign".
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:[a-z]+ing)\b[^,;]*$")
_AHEAD_MAIN = re.compile(r",\s*(?:(?:also|then)\s+)?(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|to))\b")
#: What may stand before a weekday that opens its sentence or clause: "On Tuesday morning, Clinton is bringing
#: aid", "Chile: On Tuesday, ...", whose verb comes after it.
_FRONTED = re.compile(r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s*:\s*)?[\"“]?\s*(?:(?:on|late|early)\s+)?", re.I)


def _told_now(text: str, sentence_start: int, s0: int, d: DateMatch, published: dt.date) -> DateMatch:
    """``d``, a lone weekday read as gone by, read as the next such day when a verb of the present or of an
    intention governs it (:data:`_NOW`, in the words before it or, for a weekday that opens its sentence,
    in its clause after it) and no verb of the past stands with it."""
    d0, d1 = s0 + d.offset, s0 + d.offset_end
    if d.start >= published or not _ONE_WEEKDAY.fullmatch(d.text):
        return d
    lo, close = max(sentence_start, d0 - 80), -1
    if _FRONTED.fullmatch(text, sentence_start, d0):
        end = min(len(text), d1 + 80)
        cut = _STOP.search(text, d1, end)
        lo, hi = d1, (cut.start() if cut else end)
    else:
        hi = d0
        aside = _PARTICIPLE_ASIDE.search(text, lo, hi)
        close = text.find(",", d1, min(len(text), d1 + 60)) if aside is not None else -1
        if close >= 0:  # "Macron, arriving in Santiago on Friday, is expected to sign": the main verb's tense
            lo, hi = close, min(len(text), close + 40)
    if not (_NOW.search(text, lo, hi) or close >= 0 and _AHEAD_MAIN.match(text, lo, hi)) \
            or _PAST_NEAR.search(text, lo, hi):
        return d
    again = find_dates(d.text, published, tense="present")
    return dataclasses.replace(d, start=again[0].start, end=again[0].end) if len(again) == 1 else d


#: A plan told in the past tense: "was scheduled to depart on Sunday night", as reported the next day.
_BACKSHIFTED = re.compile(r"\b(?:was|were)\s+(?:originally\s+|initially\s+)?(?:scheduled|due|expected|set|"
                          r"slated)\s+to\b", re.I)
_ONE_WEEKDAY = re.compile(WEEKDAY, re.I)


def _nearest_weekday(d: DateMatch, published: dt.date) -> DateMatch:
    """``d``, a lone weekday of a plan told in the past ("was due to arrive on Sunday"), as the nearer
    of the last and the next such day: the plan was told in the days around publication, so the
    Sunday before a Monday's paper, not the one six days on."""
    if not _ONE_WEEKDAY.fullmatch(d.text) or d.start <= published:
        return d
    back = d.start - dt.timedelta(days=7)
    return dataclasses.replace(d, start=back, end=back) if (published - back) < (d.start - published) else d


def _same_clause(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Are two date expressions of one clause: "Last week, on Tuesday", "on Tuesday last week", not
    "who visited Kyiv on Tuesday, will travel to Warsaw next week"?"""
    gap = text[a1:b0] if a1 <= b0 else text[b1:a0]
    return bool(_ADJOINING.fullmatch(gap)) or not _CLAUSE_MARK.search(gap)


_ADJOINING = re.compile(r"\s*,?\s*(?:on\s+)?")
