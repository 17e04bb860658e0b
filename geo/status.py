"""A visit's status from its clause: planned, ongoing, completed or cancelled (or no visit at all).

One home for the question "did this trip happen, is it happening, will it,
or was it called off?":

* :func:`tense` - future, present or past, read from the verb group around the
  cue ("will travel", "is visiting", "flew");
* :func:`is_cancelled` - the clause, or a "but ..." clause after it that speaks
  of the same trip, calls it off ("had been due to visit Canada but called it
  off", "postponed", "scrapped");
* :func:`visit_status` - the status once the visit's day is known: a trip dated
  after the publication day is planned; an arrival on the publication day or the
  day before is under way; a planned trip dated in the past is not dated.

The words that call a trip off are :mod:`geo.cancel_words`'s, shared with the other readers of a calling-off
(:mod:`geo.visits.cancelled`, :mod:`geo.visits.called_off`); the scope (the visit's clause, or a "but" clause
after it about the same trip) is this module's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache

from geo.dates import is_week
from geo.cancel_words import (CANCEL, CANCEL_STARTS, CANCEL_WORDS, CONTRAST, FELL_THROUGH, MOVED_TO, NOT_A_TRIP,
                              only_possible)
from geo.text import Anchors, fold_case, has_word
from geo.word_search import Caseless
from geo.wordlists import MONTH, TRIP_AHEAD, TRIP_OR_STOP, WEEKDAY, alternation

__all__ = ["tense", "told_past", "just_arrived", "was_planned", "is_cancelled", "cancel_in", "visit_status", "agree_with_days"]

#: (Every match starts with a letter or "'": the look-ahead refuses every other character before the boundary and the
#: alternation are tried there, a third less work at each character of the stretch.)
_FUTURE = re.compile(r"(?=[a-z'])\b(?:will|'ll|shall|(?:is|are|was|were|am)\s+(?:also\s+|still\s+|now\s+)?(?:due|expected|set|scheduled|going|to|"
                     r"slated|poised|likely)|expected|plans?|planning|planned|preparing|considering|considers|mulling|weighing|(?<!\bin\s)preparations?|"
                     r"(?<!\bat\sthe\s)(?<!\bon\sthe\s)invitation|invited|scheduled|slated|would|upcoming|forthcoming|intends?|intending|"
                     r"ahead\s+of\s+(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?" + alternation(TRIP_AHEAD + (r"to\b",)) + r"|"
                     r"tomorrow|next\s+(?:week|month|year)|later\s+this|set\s+to|"
                     # a trip told by the day it starts from, with no end ("his visit to the Maldives from Saturday")
                     r"from\s+" + WEEKDAY + r"(?!\s*(?:,\s*\w+\s+\d+\s*)?(?:to|until|till|through|and|[-–])\b)|"
                     # a press statement's title: "Secretary Kerry Travel to Colombo, Nairobi and Paris"
                     r"(?<=\w\s)(?-i:Travel)\s+to|"
                     # "Xi to attend summit" (a headline's plan), not "arrived on Thursday to attend the summit"
                     r"(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?!" + WEEKDAY + r"\b)"
                     r"(?P<plan>(?-i:[A-Z][\w.\-]*)\s+to\s+(?:travel|visit|attend|fly|go|head|arrive|make|pay|embark|"
                     r"begin|undertake|lead|join)))\b", re.I)
#: A place of several words before "X to visit": "travelled to New Zealand to pay a visit" is a purpose, not
#: a headline's plan.
_PLACE_WORDS_BEFORE = re.compile(r"\b(?:to|in|at|for|from)\s+(?:[A-Z][\w.\-'’]*\s+)+$")


def _future_words(seg: str) -> re.Match[str] | None:
    """The first words of :data:`_FUTURE` in ``seg`` that tell a plan."""
    for m in _FUTURE.finditer(seg):
        if m.group("plan") is None or not _PLACE_WORDS_BEFORE.search(seg, 0, m.start()):
            return m
    return None
_PRESENT = re.compile(r"\b(?:is|are|am)\s+(?:already\s+|also\s+|still\s+)?(?:visiting|in|on\s+(?:a|an|his|her|their)\s|arriving|travelling|"
                      r"traveling|making|touring|staying|attending|currently|now|here|there|back|"
                      r"accompanying|leading|heading\s+(?:a|an|the)\b)\b|"
                      r"\b(?:arrives|lands|visits|tours|goes|travels|flies|heads|leaves|departs|begins|"
                      r"continues|concludes|ends|finishes|meets|attends|makes|pays|includes|include|takes\s+in|has\s+arrived|have\s+arrived|has\s+landed|"
                      r"is\s+on)\b", re.I)
_WAS_PLANNED = re.compile(r"\b(?:had\s+been|was|were|is|are)\s+(?:originally\s+|initially\s+)?(?:scheduled|"
                          r"due|expected|set|slated|planned|supposed|meant)\s+(?:to|in|for|at)\b(?!\s+be\s+an?\s)|"
                          r"\bwould\s+have\s+been\b|"
                          r"\bwas\s+to\s+have\b", re.I)
#: The day a present-tense departure is told for, between the verb and where it goes: "embarks Tuesday,
#: May 28 to visit", "leaves on Monday for Asia": the trip is still ahead.
_DAY_BETWEEN = (r"(?:(?:on\s+)?(?:" + WEEKDAY + "|" + MONTH + r"[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+" + MONTH + r"[a-z]*)"
                r"(?:,?\s+(?:" + MONTH + r"[a-z]*\.?\s+)?\d{1,2}\b)?,?\s+)?")
_MOTION = re.compile(r"\b(?:(?:is|are|am)\s+(?:now\s+|also\s+|currently\s+)?(?:heading|headed|going|travelling|traveling|flying|leaving|"
                     r"departing|moving|proceeding|jetting|off)|heads|goes|travels|flies|leaves|departs|"
                     r"moves|proceeds|continues|jets|sets\s+off|embarks|takes\s+(?:him|her|them))\s+(?:on\s+|(?:north|south|east|west)\b\s*|"
                     r"next\s+|later\s+)?,?\s*" + _DAY_BETWEEN + r"(?:to|for|on)\b|\bon\s+(?:his|her|their|its)\s+way\s+to\b|"
                     r"\ben\s+route\s+to\b|"
                     # a window that ends on the motion: "Obama is heading | north, to Canada"
                     r"\b(?:is|are|am)\s+(?:now\s+|also\s+|currently\s+)?(?:heading|headed|going|flying|jetting)$|"
                     # the last leg of a trip told as a schedule: "concludes his trip with a visit to South Korea",
                     # "concluding it in Saudi Arabia" (not "concluded", told as done)
                     r"\b(?:concludes|concluding|conclude|ends|ending|end|wraps\s+up|wrapping\s+up|wrap\s+up|rounds\s+off|"
                     r"rounding\s+off|round\s+off)\s+(?:(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?:trip|tour|journey|swing|visit)|it)\s+(?:with|in|at)\b", re.I)
_DONE = re.compile(r"\b(?:fresh\s+from|(?<!\bway\s)back\s+from|returned\s+from|returning\s+from|returns\s+from|"
                   r"after\s+(?:a|an|his|her|their|(?:[\w\-]+\s+){0,3}visits?|(?:\w+[\s-]){1,2}days?\s+(?:in|of))|following\s+"
                   r"(?:a|an|his|her|their)|wrapped\s+up|wraps\s+up|concluded|ended|capped|completed|"
                   r"(?:had|has|have)\s+(?:visited|been|travelled|traveled|made|paid))\b", re.I)
_AFTER_WORD = re.compile(r"(?i:after|following)\b")
#: On the way, told with no plan: the trip has set out and is under way ("is on his way to Argentina", "aboard
#: Air Force One en route to Malaysia"); with a plan ("will stop in Alaska on his way to Japan") it is ahead.
_EN_ROUTE = re.compile(r"\b(?:on\s+(?:his|her|their|its|my|our)\s+way\s+to|en\s+route\s+to)\b", re.I)
#: A stop on the way in the same words: the traveller is at that stop, the goal still ahead ("made a stopover in
#: Iran on his way to Russia").
_STOP_ON_THE_WAY = re.compile(r"\b(?:(?:stop|stops|stopped|stopping)\s+(?:over|off|briefly|in|at)|stopover|stop-over|layover|"
                              r"refuel\w*)\b", re.I)
_STAYING = re.compile(r"\b(?:has|have)\s+been\s+(?:in|at|visiting|touring)\b[^.;]{0,60}?\bsince\b", re.I)


_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|just\s+|already\s+|also\s+)?(?:arrived|landed|reached|"
                      r"visited|travelled|traveled|been|gone|flown|made|paid|begun|started|toured)\b", re.I)
_JUST_ARRIVED = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|also\s+|already\s+)?"
                           r"(?:arrived|landed|reached|begun|started|embarked|kicked\s+off)\b", re.I)


def just_arrived(text: str, a: int, b: int) -> bool:
    """"has arrived", "have landed": the trip is under way even when no day is given.

    Examples
    --------
    >>> just_arrived("The prime minister has arrived in Fiji.", 0, 40)
    True
    """
    return _anchors().search("arrived", text, a, b) is not None


def was_planned(text: str, a: int, b: int, *, today: bool = False) -> bool:
    """"had been scheduled to arrive", "was due to visit": a plan, not a trip that is known to happen.

    With ``today`` (the trip's day is told as the day of writing), a plan told in the present ("is
    scheduled to arrive in Pakistan today") is the day's programme, not a plan that may not have held;
    only one told in the past ("was due to arrive today") still counts.

    Examples
    --------
    >>> was_planned("He had been scheduled to arrive in Caracas.", 0, 30)
    True
    >>> t = "Wang is scheduled to arrive in Pakistan today."
    >>> was_planned(t, 0, len(t)), was_planned(t, 0, len(t), today=True)
    (True, False)
    """
    m = _anchors().search("planned", text, a, b)
    return m is not None and not (today and m.group(0).split()[0].lower() in ("is", "are"))


def tense(text: str, a: int, b: int) -> str:
    """``future``, ``present`` or ``past``: how ``text[a:b]`` speaks of the trip.

    Examples
    --------
    >>> tense("He will travel to Lima.", 0, 21), tense("He is visiting Lima.", 0, 20)
    ('future', 'present')
    >>> tense("He flew to Lima.", 0, 15), tense("Fresh from a visit to Paris, he is in Lima", 0, 27)
    ('past', 'past')
    >>> tense("Xi heads to Brunei", 0, 18)  # travel told in the present is still ahead
    'future'
    >>> tense("Xi is on his way to Brunei", 0, 26), tense("Xi will stop in Manila on his way to Brunei", 0, 43)
    ('present', 'future')

    """
    b = len(text) if b is None else b
    words = _tense_words()  # each pattern searches text[a:b] as a string of its own
    if words.search_in("planned", text, a, b):
        return "future"  # "had been due to visit": a plan, whether or not it held
    if _STAYING.search(text, a, b):
        return "present"  # "has been in Tokyo since Monday": still there
    if MOVED_TO.search(text, a, b):
        return "future"  # "has been postponed to May 6-7": ahead on its new days
    done = words.search_in("done", text, a, b)
    if done is not None and _AFTER_WORD.match(done.group(0)) and _future_words(text[a:a + done.start()]):
        return "future"  # "MBS will travel to India after his Pakistan visit": the main verb's tense
    if done is not None or words.search_in("perfect", text, a, b):
        return "past"
    way = words.search_in("en_route", text, a, b)
    if way is not None and not _future_words(text[a:a + way.start()]) and not _STOP_ON_THE_WAY.search(text, a, b):
        return "present"  # "is on his way to Argentina", "aboard Air Force One en route to Malaysia, said": set out
    if _future_words(text[a:b]) or words.search_in("motion", text, a, b):
        return "future"
    if words.search_in("present", text, a, b):
        return "present"
    return "past"


#: A finite verb in the past: "was", "had", "met", "visited" (not an adjective in -ed of a name,
#: "United", nor a verb whose stem ends in -eed, "proceed").
_PAST_VERB = re.compile(r"(?=[a-z])\b(?:was|were|had|did|made|paid|went|came|took|held|met|began|spent|left|flew|saw|gave|"
                        r"told|said|led|sent|brought|got|became|(?!(?:united|hundred|need|speed|proceed|exceed|succeed|"
                        r"indeed|feed|seed|bed|red|shed)\b)[a-z]{2,}ed)\b", re.I)


#: (Run as its case-sensitive twin on the lower-cased copy where that finds the same: half the work.)
_PAST_VERB_CASED = Caseless(_PAST_VERB)


def told_past(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a verb in the past? A trip noun with none around it ("after a
    three-day trip to Japan", "followed by visits to Vietnam") has no tense of its own.

    Examples
    --------
    >>> told_past("after a three-day trip to Japan as part of their swing", 0, 50)
    False
    >>> told_past("his visit to Japan ended on Monday", 0, 34)
    True
    """
    return _PAST_VERB_CASED.search(text, a, b) is not None


def told_past_besides(text: str, a: int, b: int, words: Collection[str]) -> bool:
    """Does ``text[a:b]`` hold a verb in the past other than ``words`` (lower case)? The verbs of saying tell when
    something was said, not when the trip is: ``told_past_besides(t, a, b, REPORTING)``.

    Examples
    --------
    >>> t = '"In October, we look forward to talks in Beijing," Patrushev said.'
    >>> told_past(t, 0, len(t)), told_past_besides(t, 0, len(t), ("said",))
    (True, False)
    >>> told_past_besides("Medvedev paid a visit in July, he said.", 0, 38, ("said",))
    True
    """
    return any(m.group(0).lower() not in words for m in _PAST_VERB.finditer(text, a, b))


def is_cancelled(text: str, clause: tuple[int, int], sentence: tuple[int, int], *,
                 cue: tuple[int, int] | None = None, others: Sequence[int] = (),
                 traveller_at: int | None = None) -> bool:
    """Does the clause, or a "but/however" clause after it about the same trip, call the trip off?

    "visited Ankara, but a second trip was cancelled" calls off another trip
    (a new trip noun); "had been due to visit Canada but called it off" calls
    off this one. With ``cue`` (the visit's words) and ``others`` (where other
    people are named), a calling-off that another person stands between belongs
    to that person: "with Trump skipping the summit, Xi arrived in Port Moresby"; so does one with another person
    named before it when the traveller (named at ``traveller_at``) comes after it: "Xi will not attend, and China
    will be represented by Li Qiang" calls off Xi's trip, not Li's.

    Examples
    --------
    >>> t = "He had been due to visit Canada but called it off."
    >>> is_cancelled(t, (0, 31), (0, len(t)))
    True
    >>> t = "He visited Ankara, but a second trip was cancelled."
    >>> is_cancelled(t, (0, 17), (0, len(t)))
    False
    """
    if cue is not None and _FELL_THROUGH.search(text, max(clause[0], cue[0] - 60), cue[0]):
        return True  # "The King had been due to leave on March 27 for Jordan": a plan the story says fell through
    for m in _trip_cancels(text, clause[0], clause[1]):
        if cue is None:
            return True
        if traveller_at is not None and m.end() <= min(cue[0], traveller_at) \
                and any(clause[0] <= o < m.start() for o in others) \
                and _NEW_SUBJECT.search(text, m.end(), min(cue[0], traveller_at)):
            continue  # the calling-off of the one named before it, not of the traveller named after it
        lo, hi = (m.end(), cue[0]) if m.end() <= cue[0] else (cue[1], m.start())
        if not any(lo <= o < hi for o in others) and not (hi == cue[0] and CONTRAST.search(text, lo, hi)):
            return True  # (not "called off his visit to Mali but will travel to Niger": another trip)
    if not has_word(fold_case(text), CANCEL_WORDS, clause[1], sentence[1]):
        return False  # nothing after the clause can call the trip off
    m = _BUT_AFTER.match(text[clause[1]:sentence[1]])
    if not m:
        return False
    after = m.group("after")
    cancel = next((c for c in CANCEL.finditer(after) if not NOT_A_TRIP.match(after, c.end())
                   and not only_possible(after, c.start())), None)
    if cancel is None:
        return False
    head = after[:cancel.start()]
    return not _ANOTHER_TRIP.search(head)


#: A plan told in the past perfect, or as what was to have been, right before the travel words: it fell through.
_FELL_THROUGH = re.compile(r"\b(?:" + FELL_THROUGH + r")\s+(?:[\w\-]+\s+){0,1}$", re.I)

#: A coordinated clause of its own: ", and the country will be represented by", "Instead, he will send"
_NEW_SUBJECT = re.compile(r",\s*and\s|\binstead\b", re.I)  # (a clause is cut at "but", "while" and ";" already)

#: A "but/however" clause after a visit's own: "..., but called it off".
_BUT_AFTER = re.compile(r"[\s,;]*(?:but|however|though|yet)\b(?P<after>.*)", re.I | re.S)
#: Another trip named before the calling-off: "but a second trip was cancelled".
_ANOTHER_TRIP = re.compile(r"\b(?:a|another|second|third|separate|later|an)\s+(?:\w+\s+)?"
                           + alternation(TRIP_OR_STOP + ("meeting", "summit")) + r"\b", re.I)


@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    """The patterns asked about a whole document, with the words their matches start with."""
    return Anchors({"cancel": (CANCEL, CANCEL_STARTS),
                    "planned": (_WAS_PLANNED, ("had", "was", "were", "is", "are", "would")),
                    "arrived": (_JUST_ARRIVED, ("has", "have"))})


@lru_cache(maxsize=1)
def _tense_words() -> Anchors:
    """The patterns of :func:`tense` (but the future's, which may start with any name), asked about the
    words around a cue."""
    moves = ("heads", "goes", "travels", "flies", "leaves", "departs")
    return Anchors({
        "planned": (_WAS_PLANNED, ("had", "was", "were", "is", "are", "would")),
        "done": (_DONE, ("fresh", "back", "return", "after", "following", "wrap", "concluded", "ended", "capped",
                         "completed", "had", "has", "have")),
        "perfect": (_PERFECT, ("has", "have", "had")),
        "en_route": (_EN_ROUTE, ("on", "en")),
        "motion": (_MOTION, ("is", "are", "am", *moves, "moves", "proceeds", "continues", "jets", "sets", "embarks", "takes",
                             "on", "en", "conclud", "end", "wrap", "round")),
        "present": (_PRESENT, ("is", "are", "am", "arrives", "lands", "visits", "tours", *moves, "begins",
                               "continues", "concludes", "ends", "finishes", "meets", "attends", "makes", "pays", "includ", "takes", "has",
                               "have")),
    }, lazy=True)


def cancel_in(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first words in ``text[a:b]`` that call a trip off (:data:`CANCEL`), else ``None``.

    Examples
    --------
    >>> cancel_in("Pompeo postponed his trip.", 0, 26).group(0)
    'postponed'
    """
    return next(_trip_cancels(text, a, b), None)


def _trip_cancels(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """The words in ``text[a:b]`` that call a trip off (:data:`CANCEL`), in order; not those that call off
    another thing named right after them (:data:`NOT_A_TRIP`): "after canceling events the day before",
    the trip went on; nor those told only as possible ("may be postponed")."""
    return (m for m in _anchors().finditer("cancel", text, a, b)
            if not NOT_A_TRIP.match(text, m.end()) and not only_possible(text, m.start()) and not MOVED_TO.match(text, m.start()))


def visit_status(word_tense: str, start: dt.date | None, end: dt.date | None,
                 published: dt.date | None, *, arrival: bool = False,
                 under_way: bool = False, told_today: bool = False, whole: bool = False) -> tuple[str, bool]:
    """The status of a visit and whether its date should be kept.

    ``word_tense`` is :func:`tense` of its clause, ``start``/``end`` its days (or
    ``None``), ``arrival`` whether the cue is an arrival ("arrived", "landed",
    "here"), ``under_way`` whether the text says it just began ("has arrived"), ``told_today`` whether
    its day is told as "today" (the writer's own day). A trip dated after the publication day is planned
    whatever the verb; an arrival the day before is under way; a present-tense trip that ended before
    it is completed; a future-tense trip dated before it keeps no date (that is when it was announced).
    A future-tense trip that begins on the publication day is under way on that day when the writer
    ties its start to the day of writing ("departs for New Delhi today", "will arrive here today"); told
    by a weekday alone ("will on Thursday proceed to the UK") or as a stay of several days from that day
    ("will visit Hungary November 28-29", told on the 28th) it is still ahead (on every set of articles,
    reading the stay of several days as under way was right less often). A trip told in the past on
    the publication day is under way that day ("met Lula in Brasilia today": still there), but not when
    ``whole`` says the cue tells the visit itself as one event ("visited Tanzania for a few hours today"):
    that visit is over.

    Examples
    --------
    >>> d = dt.date(2024, 5, 27)
    >>> visit_status("past", dt.date(2024, 5, 28), None, d)
    ('planned', True)
    >>> visit_status("past", dt.date(2024, 5, 26), None, d, arrival=True)
    ('ongoing', True)
    >>> visit_status("future", dt.date(2024, 5, 20), None, d)
    ('planned', False)
    >>> visit_status("future", d, None, d, told_today=True), visit_status("future", d, None, d)
    (('ongoing', True), ('planned', True))
    >>> visit_status("future", d, dt.date(2024, 5, 29), d)
    ('planned', True)
    >>> visit_status("past", d, None, d), visit_status("past", d, None, d, whole=True)
    (('ongoing', True), ('completed', True))
    """
    status = {"future": "planned", "present": "ongoing", "past": "completed"}[word_tense]
    if under_way and (start is None or published is None or (published - start).days <= 1):
        return "ongoing", True
    if start is None or published is None:
        return status, True
    end = end or start
    if start > published:
        return "planned", True
    if status == "planned" and start < published <= end and is_week(start, end):
        return "planned", False  # "will depart this week": the week is a frame, not the first day
    if status == "planned":
        if end < published:
            return "planned", False
        # told as ahead on its first day ("will on Thursday proceed to the UK", "later Monday flies to
        # Abuja", "will visit Hungary November 28-29"): not begun when written; under way only when it began
        # before that day, or when the writer ties its start to the day of writing ("departs for New Delhi today")
        return ("ongoing" if start < published or told_today else "planned"), True
    if status == "ongoing" and (published - end).days > 1:
        return "completed", True
    if status == "completed" and end >= published and start < published and (end - start).days >= 6:
        return "completed", True  # "visited the UK this week": told as over, the week is only its frame
    if status == "completed" and (end > published or end == published and not whole
                                  or (arrival and (published - start).days <= 1)):
        return "ongoing", True
    return status, True


def agree_with_days(status: str, start: dt.date | None, end: dt.date | None,
                    published: dt.date | None) -> tuple[str, bool]:
    """The status a visit's own days allow, told on ``published``, and whether those days hold: the last word
    on a visit whose days and publication day are both known, whatever cue or merge gave its status.

    A visit that starts after the day of writing has not begun, whatever the verb ("left for New Zealand
    yesterday ... will visit from 1-3 October", told on 30 September: the stay in New Zealand is ahead). A
    visit still told as ahead cannot lie wholly before the day of writing: the day is another event's (the
    day the trip set out, the day it was announced), so the visit keeps its status and drops the day, as
    :func:`visit_status` does. A called-off trip stays called off; an undated visit keeps the status of its
    words.

    Examples
    --------
    >>> d = dt.date(2016, 9, 30)
    >>> agree_with_days("ongoing", dt.date(2016, 10, 1), dt.date(2016, 10, 3), d)
    ('planned', True)
    >>> agree_with_days("planned", dt.date(2016, 9, 29), None, d)
    ('planned', False)
    >>> agree_with_days("completed", dt.date(2016, 9, 28), None, d), agree_with_days("ongoing", None, None, d)
    (('completed', True), ('ongoing', True))
    >>> agree_with_days("cancelled", dt.date(2016, 10, 1), None, d)
    ('cancelled', True)
    """
    if status == "cancelled" or start is None or published is None:
        return status, True
    if start > published:
        return "planned", True
    return status, not (status == "planned" and (end or start) < published)
