"""The day of a visit its own sentence does not give, told in another sentence of the story.

* :func:`days_told_elsewhere` - a sentence that names the traveller and the host with a day ("Sirisena
  received a warm welcome at the airport in Moscow yesterday"), or one that tells the traveller's
  arrival with a day and no other country ("Biden is on a visit to France. He arrived on Wednesday"),
  the trip's own day or span told right after its noun in another sentence ("The visit began on Monday",
  "during his visit from September 7-9": :func:`geo.visits.trip_noun_days.days_of_the_trip`),
  a length that keeps a visit under way on the publication day ("During his four-day visit"); then :func:`geo.visits.set_out.set_out` (a trip that
  set out on the day of the story), :func:`geo.visits.departures.departures` (a stay's end) and
  :func:`geo.visits.meeting_days.days_of_the_meeting` (the day of a meeting with the host's people).

:func:`geo.visits.document.visits_in_document` runs it once a document's visits are read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.date_joins import days_in_week
from geo.dates import NUMBER_WORDS, DateMatch, find_dates
from geo.status import tense, visit_status
from geo.text import fold_case, has_word
from geo.values import Visit
from geo.visit_day import a_whole_week, visit_date
from geo.visits.aspect import finite_future
from geo.visits.context import FROM_BEFORE
from geo.visits.departures import departures
from geo.visits.meeting_days import days_of_the_meeting
from geo.visits.news_day import arrived_that_day
from geo.visits.set_out import first_stop_day, set_out
from geo.visits.trip_noun_days import days_of_the_trip
from geo.wordlists import LEAVE_WORDS, TRIP_OWN, WEEKDAY, alternation

__all__ = ["first_day_of", "days_told_elsewhere", "visit_length", "ARRIVAL"]

#: An arrival's words: its day is the visit's first.
ARRIVAL = re.compile(r"\b(?:arriv\w*|land(?:s|ed|ing)?|touch\w*\s+down|reach\w*|here|has\s+been\s+in)\b", re.I)
_ARRIVED = re.compile(r"\b(?:arrived|landed|touched\s+down)\b", re.I)
#: A traveller's own arrival right after them: "He arrived on Wednesday", "Suluhu arrived in the country".
_OWN_ARRIVAL = re.compile(r"\s+(?:(?:had|has|have|finally|first|only|already|also)\s+)*(?:arrived|landed|touched\s+down|"
                          # "Singh was received by Major General X at the airport on Wednesday": met on arrival
                          r"(?:was|were)\s+(?:warmly\s+|formally\s+|officially\s+)?(?:received|welcomed|greeted|met)\b"
                          r"[^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?airport\b)", re.I)
#: A traveller's own arrival ahead, right after them: "He arrives on Friday", "Ruto will arrive in the country on
#: Sunday", "She is due to land in Suva on Thursday" (the simple present of an arrival with a day is its timetable).
_ARRIVAL_AHEAD = re.compile(r"\s+(?:(?:will|shall)\s+(?:also\s+)?|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+|"
                            r"(?:is|are)\s+to\s+)?(?:arrives?|lands?|touch(?:es)?\s+down)\b", re.I)
#: Met on arrival, told actively: "On Sunday, the army commander welcomed Prime Minister Tuilaepa during a guard of
#: honour at Nausori Airport" (the words before the traveller, then the airport after).
_WELCOMED_BEFORE = re.compile(r"\b(?:welcomed|received|greeted)\s+(?:[\w.\-’']+\s+){0,5}$", re.I)
_AT_AIRPORT = re.compile(r"[^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?airport\b", re.I)
#: A perfect arrival right after the traveller, news of the day: "Suluhu has landed", "He has just arrived".
_JUST_LANDED = re.compile(r"\s+(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|touched\s+down)\b", re.I)
#: Words one of which every match of :data:`_OWN_ARRIVAL` holds (lower case).
_ARRIVAL_WORDS = ("arrive", "land", "touch", "airport")
#: Where an arrival's own clause ends: "He arrived on Wednesday and on Thursday he took part in events in
#: Normandy", "arrived on Sunday at Ezeiza, where he was met by the ambassador to Brazil".
_CLAUSE_END = re.compile(r"[,;]|\s(?:and|where|while|before|after)\s", re.I)


_DURATION = re.compile(r"\b(?:(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")[- ]day|(?P<week>week[- ]?long))\b", re.I)
#: A stay's length told as "for four days" (not "two days later", "in two days"): only counted back from a
#: last day told with it ("visited Britain for four days through Saturday").
_FOR_DAYS = re.compile(r"\bfor\s+(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+days\b", re.I)
#: A length that is the trip's own: "weeklong visit", "three-day state visit", not "the three-day official
#: portion of their weeklong visit".
_OF_TRIP = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:visits?|trips?|tours?|stays?|journeys?)\b", re.I)


#: The first day of a stay of no length told: "the first day of his state visit", "the opening day of her tour".
_FIRST_DAY = re.compile(r"\b(?:first|opening)\s+day\s+of\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,3}?"
                        r"(?:visit|trip|tour|stay|journey|swing)\b", re.I)


def visit_length(text: str, a: int, b: int, *, for_days: bool = False) -> int | None:
    """The length a sentence gives the visit: "a three-day state visit", "for a 2-day visit", "weeklong
    visit"; of several, the one that names a trip right after it. With ``for_days``, also "for four days"
    (for a stay counted back from its last day: a length told so says less about its first).

    Examples
    --------
    >>> t = "the end of the three-day official portion of their weeklong visit to Britain"
    >>> visit_length(t, 0, len(t)), visit_length("a two-day visit", 0, 15)
    (7, 2)
    >>> t = "visited Britain for four days through Saturday; two days later he flew home"
    >>> visit_length(t, 0, len(t)), visit_length(t, 0, len(t), for_days=True), visit_length(t, 45, len(t), for_days=True)
    (None, 4, None)
    """
    folded = fold_case(text)
    if for_days and (m := _FOR_DAYS.search(text, a, b)) is not None and not _DURATION.search(text, a, b):
        n = m.group("n").lower()
        return int(n) if n.isdigit() else NUMBER_WORDS[n]
    if not has_word(folded, ("-day", " day", "week"), a, b):
        return None  # every match holds one (as ignore-case matching folds it): no need to try each character
    found = list(_DURATION.finditer(text, a, b))
    if not found:
        return None
    m = next((m for m in found if _OF_TRIP.match(text, m.end())), found[0])
    if m.group("week"):
        return 7
    n = m.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS[n]


def first_day_of(text: str, a: int, b: int) -> int | None:
    """2 when ``text[a:b]`` tells a day as the first of a stay of no length told ("on Monday, the first day of his
    state visit": a first day has a second, so the stay lasts two days at least), else ``None``.

    Examples
    --------
    >>> t = "met Trump on Monday, the first day of his state visit"
    >>> first_day_of(t, 0, len(t)), first_day_of("met Trump on Monday", 0, 19)
    (2, None)
    """
    return 2 if _FIRST_DAY.search(text, a, b) else None


def days_told_elsewhere(text: str, sentences, ms_of, people_of, visits: list[Visit],
                        published: dt.date | None) -> list[Visit]:
    """The visits, each undated one with the day another sentence tells (see the module docstring)."""
    visits = _days_with_host(text, sentences, ms_of, people_of, visits, published)
    visits = _placeless_arrivals(text, sentences, ms_of, people_of, visits, published)
    visits = _days_of_the_week(text, sentences, ms_of, visits, published)
    visits = _weekdays_in_the_week(visits)
    visits = days_of_the_trip(text, sentences, ms_of, visits, published)
    visits = _lasting(text, sentences, people_of, visits, published)
    visits = first_stop_day(text, sentences, ms_of, people_of, visits, published)
    visits = set_out(text, sentences, people_of, visits, published)
    visits = departures(text, sentences, ms_of, people_of, visits, published)
    visits = days_of_the_meeting(text, sentences, ms_of, people_of, visits, published)
    return arrived_that_day(visits, published)  # last: only what no sentence dates


def _lasting(text: str, sentences, people_of, visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """A visit read as over that its length, told in a sentence about its traveller, still runs on the
    publication day: "arrived Wednesday in Japan ... During his four-day visit, Tang is scheduled to meet",
    printed on Thursday, is under way until Saturday. Only a traveller the story sends to one country."""
    if published is None or not any(v.status == "completed" and v.start_date is not None
                                    and v.end_date in (None, v.start_date) for v in visits) \
            or _DURATION.search(text) is None:  # no length told anywhere: nothing to read per sentence
        return visits
    hosts: dict[str, set[str]] = {}
    for v in visits:
        if v.status != "cancelled":
            hosts.setdefault(v.traveler, set()).add(v.country)
    length: dict[str, int] = {}
    for k, (s0, s1) in enumerate(sentences):
        n = visit_length(text, s0, s1)
        if n is None or not 1 < n <= 15:
            continue
        for p in people_of[k]:
            if p.name and len(hosts.get(p.name, ())) == 1:
                length.setdefault(p.name, n)
    out = []
    for v in visits:
        n = length.get(v.traveler)
        if n is not None and v.status == "completed" and v.start_date is not None \
                and v.end_date in (None, v.start_date) \
                and v.start_date <= published <= v.start_date + dt.timedelta(days=n - 1):
            v = dataclasses.replace(v, status="ongoing", end_date=v.start_date + dt.timedelta(days=n - 1),
                                    how=f"{v.how}; lasts {n} days")
        out.append(v)
    return out


def _days_with_host(text: str, sentences, ms_of, people_of, visits: list[Visit],
                    published: dt.date | None) -> list[Visit]:
    """An undated visit takes the day of another sentence that names its traveller and its host with a
    day: "Sirisena received a warm welcome at the airport in Moscow yesterday" for "President Sirisena is
    scheduled to meet President Putin ... in Kremlin"; a trip told as ahead that began by then is under way.

    Only a sentence of that host alone lends its day, and only to a stop that no sentence dates where it
    is told. A sentence that names the traveller only by a pronoun ("On Tuesday, the High Representative
    will travel to Tirana, where he will meet Rama") lends its day too, but not its tense: the visit's
    own clause still tells its status. Each (traveller, host) is looked up once, in the first few sentences that name both, so a
    document repeating one trip costs no more than once per sentence.
    """
    dated = {(v.traveler, v.country) for v in visits if v.start_date is not None and v.status != "cancelled"}
    wanted = {(v.traveler, v.country) for v in visits
              if v.start_date is None and v.status != "cancelled" and (v.traveler, v.country) not in dated}
    if not wanted:
        return visits
    names = {n for n, _ in wanted}
    told: dict[tuple[str, str], list[int]] = {}
    by_pronoun: set[tuple[str, str, int]] = set()  # a sentence that names the traveller only by "he", "she"
    for k in range(len(sentences)):
        who = {p.name for p in people_of[k] if p.name in names}
        if not who:
            continue
        named = {p.name for p in people_of[k] if p.kind != "pronoun"}
        where = {m.country for m in ms_of[k] if m.country}
        for n in who:
            for c in where:
                if (n, c) in wanted and len(told.setdefault((n, c), [])) < 3:
                    told[(n, c)].append(k)
                    if n not in named:
                        by_pronoun.add((n, c, k))
    found: dict[tuple[str, str, int], tuple | None] = {}
    out = []
    for v in visits:
        key = (v.traveler, v.country)
        if key not in told or v.start_date is not None or v.status == "cancelled":
            out.append(v)
            continue
        own = v.evidence
        got = None
        for k in told[key]:
            if (v.traveler, v.country, k) not in found:
                found[(v.traveler, v.country, k)] = _day_of_sentence(text, sentences[k], ms_of[k], v, published)
            got = found[(v.traveler, v.country, k)]
            if got is not None and text[sentences[k][0]:sentences[k][1]] != own:
                break
            got = None
        if got is None:
            out.append(v)
            continue
        d, t, s0, s1 = got
        status, keep = visit_status(t, d.start, d.end, published, arrival=bool(ARRIVAL.search(text, s0, s1)))
        if (v.traveler, v.country, k) in by_pronoun:
            # "On Tuesday ... where he will meet Rama", "he paid tribute in Hiroshima on Friday": a day of
            # the stay, told of it by a pronoun; the visit's own clause still tells whether it is over
            status = v.status if keep and not (v.status == "planned" and published is not None
                                                   and d.start < published) else status
        if t == "future" and v.status == "completed" and keep and published is not None and d.start > published \
                and finite_future(text, s0, s1):
            status = "planned"  # "travelling to South Africa ... On Tuesday, she will use a speech in Cape Town": ahead
        elif not keep or (t == "future" and v.status != "planned"
                          and not (v.status == "ongoing" and d.start == published)):
            # (a trip under way lends the day told as ahead when it is the day of writing: "is on his way to
            # Argentina ... will attend the inauguration today")
            out.append(v)
            continue
        if v.status == "ongoing" and t == "future" and d.start == published:
            status = "ongoing"  # under way, with the day's programme still ahead
        elif v.status == "planned" and status != "planned" and published is not None and d.start <= published:
            status = "ongoing"  # "is scheduled to meet Putin" on a trip that began yesterday
        out.append(dataclasses.replace(v, start_date=d.start, end_date=d.end if d.end != d.start else None,
                                       status=status, how=f"{v.how}; day: {d.text} (told with the host at {s0})"))
    return out


_WEEKDAY_TOLD = re.compile(r"\bday: (" + WEEKDAY + r")\b")


def _weekdays_in_the_week(visits: list[Visit]) -> list[Visit]:
    """"Kishida will visit France next week. He arrives in Paris on Thursday": a weekday told alone for a
    trip the story puts in next (or last) week is that week's, not the nearest such day. Only for the same
    traveller and host, and only when the story gives that trip one such week."""
    weeks: dict[tuple[str, str], list[Visit]] = {}
    for v in visits:
        if v.status != "cancelled" and v.start_date is not None and _WEEK_TOLD.search(v.how or ""):
            weeks.setdefault((v.traveler, v.country), []).append(v)
    if not weeks:
        return visits
    out = []
    for v in visits:
        frame = weeks.get((v.traveler, v.country), [])
        m = _WEEKDAY_TOLD.search(v.how or "") if v.start_date is not None and len(frame) == 1 else None
        if m is not None and v.end_date in (None, v.start_date) and not (
                frame[0].start_date <= v.start_date <= (frame[0].end_date or frame[0].start_date)):
            w = frame[0]
            week = DateMatch(_WEEK_TOLD.search(w.how).group(1), 0, 9, w.start_date, w.end_date or w.start_date)
            pinned = days_in_week(DateMatch(m.group(1), 0, len(m.group(1)), v.start_date, v.start_date), week)
            if pinned is not None:
                v = dataclasses.replace(v, start_date=pinned[0], end_date=None, how=f"{v.how} ({week.text})")
        out.append(v)
    return out


#: A trip's own days told after its owner's possessive: "His visit on Wednesday and Thursday", "her stay
#: from Monday to Wednesday".
_OWN_TRIP_DAYS = re.compile(r"\b(?i:his|her|their)\s+(?:[\w\-]+\s+){0,2}?" + alternation(TRIP_OWN) + r"\s+"
                            r"(?:here\s+|there\s+)?(?:on|from)\s+(?=[A-Z][a-z]+day\b)")
_DAY_PAIR = re.compile(r"\s*(?:and|to|through|-|–)\s*")
_WEEK_TOLD = re.compile(r"\bday: ((?:next|last) week)\b")


def _days_of_the_week(text: str, sentences, ms_of, visits: list[Visit],
                      published: dt.date | None) -> list[Visit]:
    """A visit dated by a whole week ("will visit Seoul next week") takes the weekdays a later sentence
    gives its trip: "His visit on Wednesday and Thursday has been arranged ...": those days of that week.
    Only when the story dates one trip so, and no place of another country comes before those words."""
    weekly = [v for v in visits if v.status != "cancelled" and v.start_date is not None
              and _WEEK_TOLD.search(v.how or "")]
    if published is None or len(weekly) != 1 or _OWN_TRIP_DAYS.search(text) is None:
        return visits
    v = weekly[0]
    week = DateMatch(_WEEK_TOLD.search(v.how).group(1), 0, 9, v.start_date, v.end_date or v.start_date)
    for k, (s0, s1) in enumerate(sentences):
        m = _OWN_TRIP_DAYS.search(text, s0, s1)
        if m is None or any(x.country not in (v.country, None) and s0 <= x.start < m.end() for x in ms_of[k]):
            continue  # "the visit to Brazil on Monday, and his visit on Tuesday": the other place's
        told = find_dates(text[m.end():min(s1, m.end() + 40)], published,
                          tense="past" if week.text.startswith("last") else "future")
        if len(told) > 1 and _DAY_PAIR.fullmatch(text, m.end() + told[0].offset_end, m.end() + told[1].offset):
            # "on Wednesday and Thursday": one span of two weekdays
            told = [dataclasses.replace(told[0], text=f"{told[0].text} to {told[1].text}", end=told[1].end,
                                        offset_end=told[1].offset_end)]
        pinned = days_in_week(told[0], week) if told and told[0].offset == 0 else None
        if pinned is None:
            continue
        return [dataclasses.replace(v, start_date=pinned[0], end_date=pinned[1] if pinned[1] != pinned[0] else None,
                                    how=f"{v.how}; days: {told[0].text} (told at {m.start()})") if w is v else w
                for w in visits]
    return visits


def _placeless_arrivals(text: str, sentences, ms_of, people_of, visits: list[Visit],
                        published: dt.date | None) -> list[Visit]:
    """An undated visit takes the day of a sentence where its traveller arrived with a day and no place
    of another country: "Biden is currently on a multi-day visit to France. He arrived on Wednesday",
    "Suluhu arrived in the country at around 9.40 am Tuesday". Only a traveller the story sends to one
    country: with two, an arrival that names neither is either's."""
    if not any(v.start_date is None and v.status != "cancelled" for v in visits) \
            or not has_word(fold_case(text), _ARRIVAL_WORDS, 0, len(text)):
        return visits
    hosts: dict[str, set[str]] = {}
    for v in visits:
        if v.status != "cancelled":
            hosts.setdefault(v.traveler, set()).add(v.country)
    wanted = {v.traveler for v in visits if v.start_date is None and v.status != "cancelled"
              and len(hosts.get(v.traveler, ())) == 1}
    if not wanted:
        return visits
    low = fold_case(text)
    days: dict[str, tuple] = {}
    for k, (s0, s1) in enumerate(sentences):
        if not has_word(low, _ARRIVAL_WORDS, s0, s1):
            continue
        for p in people_of[k]:
            if p.name not in wanted or p.name in days:
                continue
            ahead = None if (m := _OWN_ARRIVAL.match(text, p.end, s1)) else _ARRIVAL_AHEAD.match(text, p.end, s1)
            if m is None and ahead is None and _AT_AIRPORT.match(text, p.end, s1):
                m = _WELCOMED_BEFORE.search(text, max(s0, p.start - 70), p.start)  # "X welcomed Tuilaepa at the airport"
            if m is None and (m := ahead) is None:
                continue
            host, = hosts[p.name]
            d = visit_date(text, (s0, s1), (m.start(), m.end()), published, "past" if ahead is None else "future",
                           arrival=True)
            if d is None and published is not None and _JUST_LANDED.match(text, p.end, s1):
                # "Suluhu has landed at JKIA for a two-day state visit": just now, the day of the story
                d = DateMatch("has arrived", m.start(), m.end(), published, published)
            # the arrival's own clause, from its verb up to its day: a place of another country there (not
            # where he came from: "arrived in Paris from Rome on Monday" is still Paris's day) makes the day that
            # country's; one in a later clause or in the traveller's title before it ("Tanzania President Samia
            # Suluhu has landed") is another matter
            stop = max(m.end(), d.offset_end) if d is not None else m.end()
            end = _CLAUSE_END.search(text, stop, s1)
            end = end.start() if end else s1
            if any(x.country not in (host, None) and m.start() <= x.start < end
                   and not FROM_BEFORE.search(text, max(s0, x.start - 12), x.start) for x in ms_of[k]):
                break  # "He arrived in Paris on Monday" for a trip to Germany: another country's day
            if d is not None and not a_whole_week(d) and d.end - d.start <= dt.timedelta(days=1):
                days[p.name] = (d, s0, "past" if ahead is None else "future")
            break
    if not days:
        return visits
    out = []
    for v in visits:
        got = days.get(v.traveler) if v.start_date is None and v.status != "cancelled" else None
        if got is None:
            out.append(v)
            continue
        d, s0, t = got
        status, keep = visit_status(t, d.start, d.end, published, arrival=True)
        if not keep:
            out.append(v)
            continue
        if v.status == "ongoing":
            status = v.status  # "is currently on a visit to France. He arrived on Wednesday": still there
        out.append(dataclasses.replace(v, start_date=d.start, end_date=d.end if d.end != d.start else None,
                                       status=status, how=f"{v.how}; day: {d.text} (arrival told at {s0})"))
    return out


#: Leaving the host, right before it: "will leave Dakar", "departed from Abuja".
_LEAVES = re.compile(r"\b" + alternation(LEAVE_WORDS) + r"\s+(?:from\s+)?(?:the\s+)?$", re.I)
#: How far before the host "from" or a verb of leaving is looked for ("departed from the ").
_LEAVING_REACH = 30


def _day_of_sentence(text: str, sentence: tuple[int, int], ms, v: Visit, published: dt.date | None):
    """``(date, tense, s0, s1)``: the date a sentence of ``v``'s host alone gives near that host, the tense
    there and the sentence's bounds; else ``None``."""
    s0, s1 = sentence
    places = [m for m in ms if m.country == v.country]
    if not places or any(m.country not in (v.country, v.traveler_country, None) for m in ms):
        return None  # a sentence of this host alone: "a visit to Bangladesh and Bhutan starting today"
    pm = places[0]
    if FROM_BEFORE.search(text, max(s0, pm.start - _LEAVING_REACH), pm.start) \
            or _LEAVES.search(text, max(s0, pm.start - _LEAVING_REACH), pm.start):
        return None  # "is expected to return home on Friday evening from Dakar", "will leave Dakar": the stay's end
    t = tense(text, max(s0, pm.start - 80), min(s1, pm.end + 40))  # the verb near the host
    d = visit_date(text, (s0, s1), (pm.start, pm.end), published, t)
    if d is None or d.end - d.start > dt.timedelta(days=6) or a_whole_week(d):
        return None
    return d, t, s0, s1


