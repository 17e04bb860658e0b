"""Going home is not a visit: the place a traveller returns to, and calls paid at home.

* :func:`returns_home` - "is paying a state visit to Bangladesh and is scheduled to return to
  Kathmandu today": a traveller whose own country the story does not say, seen abroad and then
  returning somewhere else, goes home there; that return is no visit, and it tells the
  traveller's country (which the trip's ties need).
* :func:`calls_on_guests` - "Imran Khan arrived in Beijing ... Premier Li Keqiang called on Khan": a
  call on a guest is paid where the guest is, not in the guest's own country.
* :func:`calls_at_home` - "Prime Minister Xanana Gusmao will call on Murmu" under a Dili dateline:
  the caller receives a guest in his own country; he travels nowhere.
* :func:`home_again` - "Obama returned to Washington Saturday, following a surprise visit to
  Afghanistan", "Trump, who returned home Wednesday, hailed his India visit": a traveller told as
  back home is no longer abroad; his trips that began before are over, and the day of the going
  home is not the day the trip began.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache
from collections.abc import Sequence

from geo import doc_words
from geo.text import Anchors
from geo.values import Mention, Person, Visit
from geo.visits.told_days import visit_length

__all__ = ["returns_home", "calls_at_home", "calls_on_guests", "home_again"]

#: how a visit found by a "return to" cue is told (``Visit.how`` starts with it)
_RETURN = re.compile(r"travel: return(?:s|ed|ing)?(?:\s+home)?\s+(?:on\s+)?to\b")


def returns_home(visits: Sequence[Visit]) -> list[Visit]:
    """Drop the returns home of travellers whose country is unknown, and give their visits that country.

    A traveller of unknown country who visits one country and "returns to" another goes home
    there: a trip ends at home, and a second stop would be told as a trip on ("travel on to").
    A traveller whose country is known is left alone: "Blinken will return to Israel" is a visit
    of its own, and a return to the traveller's own country is no visit already.

    Examples
    --------
    >>> from geo.values import Visit
    >>> def v(country, how):
    ...     return Visit("Bidya Devi Bhandari", None, "president", country, None, None, None, None, None,
    ...                  "ongoing", "d", "", 0.9, how=how)
    >>> out = returns_home([v("BD", "travel-noun: visit to"), v("NP", "travel: return to; day: today")])
    >>> [(x.country, x.traveler_country) for x in out]
    [('BD', 'NP')]
    """
    homes: dict[str, str] = {}
    for v in visits:
        if v.traveler_country is None and v.how and _RETURN.match(v.how) and any(
                w.traveler == v.traveler and w.country != v.country and not (w.how and _RETURN.match(w.how))
                for w in visits):
            homes.setdefault(v.traveler, v.country)
    if not homes:
        return list(visits)
    out = []
    for v in visits:
        home = homes.get(v.traveler) if v.traveler_country is None else None
        if home is None:
            out.append(v)
        elif v.country != home:
            out.append(dataclasses.replace(v, traveler_country=home))
    return out


#: a visit found by a call on someone: "called on Khan", "will call on the President"
_CALL = re.compile(r"visit-host: (?:\w+\s+){0,2}call")


def calls_on_guests(visits: Sequence[Visit]) -> list[Visit]:
    """Drop the calls on a guest that are told as trips to the guest's own country.

    A call on someone is put in that person's country when the sentence names no place (a call told
    with its place, "will call on President Alvi in Islamabad", is left alone). When the
    story has someone of that country visiting another one, the call was paid there, on the guest:
    by a host of that country (or of no country told) it is no trip at all.

    Examples
    --------
    >>> from geo.values import Visit
    >>> def v(who, home, country, how):
    ...     return Visit(who, home, None, country, None, None, None, None, None, "ongoing", "d", "", 0.9, how=how)
    >>> out = calls_on_guests([v("Imran Khan", "PK", "CN", "travel: arrived in"),
    ...                        v("Li Keqiang", "CN", "PK", "visit-host: called on")])
    >>> [(x.traveler, x.country) for x in out]
    [('Imran Khan', 'CN')]
    """
    abroad = {(v.traveler_country, v.country) for v in visits
              if v.traveler_country and v.status != "cancelled" and not (v.how and _CALL.match(v.how))}
    if not abroad:
        return list(visits)
    return [v for v in visits if not (v.how and _CALL.match(v.how) and v.place is None and any(
        home == v.country and host != v.country and v.traveler_country in (None, host) for home, host in abroad))]


def calls_at_home(caller: Person, here: Mention | None) -> bool:
    """Is a call on someone, told with no place of its own, paid in the caller's own country? So it is
    when the story is filed there (its dateline): "Dili - ... Prime Minister Xanana Gusmao, who will call
    on Murmu" is Timor-Leste's prime minister receiving a guest, not a trip to India.

    Examples
    --------
    >>> from geo.values import Mention, Person
    >>> dili = Mention("d", 0, 4, "Dili", "Dili", -8.56, 125.57, "TL", None, "city", 1.0)
    >>> gusmao = Person(50, 63, "Xanana Gusmao", "Xanana Gusmao", "TL", "prime minister", "name")
    >>> calls_at_home(gusmao, dili), calls_at_home(gusmao, None)
    (True, False)
    """
    return here is not None and caller.country is not None and here.country == caller.country


#: going home, told as done: "returned home", "flew back to Washington", "arrived back in Kathmandu"
#: ("left for home" is :mod:`geo.visits.departures`'s); ``place`` when the sentence says where, which must then be in the
#: traveller's own country. Not "trouble facing him back home" (no going verb), not "will return".
_HOME = re.compile(r"\b(?:(?:returned|flew|came|headed|travelled|traveled|arrived|got)\s+(?:back\s+)?home\b|"
                   r"(?P<to>(?:returned|flew\s+back|came\s+back|arrived\s+back|was\s+back|got\s+back|headed\s+back)"
                   r"\s+(?:on\s+\w+\s+)?(?:to|in)\s+))", re.I)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _anchored() -> Anchors:
    """The patterns read over whole sentences, with the words their matches start with."""
    return Anchors({
        "home": (_HOME, ("returned", "flew", "came", "headed", "travel", "arrived", "got", "was")),
    }, shared="visits.home")


def home_again(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
               places_of: Sequence[Sequence[Mention]], visits: Sequence[Visit]) -> list[Visit]:
    """Close the trips of a traveller the story tells as back home.

    A sentence whose subject (the last person named before the going-home words) went home, or back
    to a place of his own country ("returned to Washington"), ends that person's stay abroad: his
    visits under way are completed. A visit told in that same sentence with a single day ("returned
    home Wednesday hailed his India visit") got the day of the return: the day is kept as its last,
    and the first is counted back from a length the sentence gives ("after a four-day visit"), else
    not known. Planned trips are left alone ("returned home and will visit Paris next
    month"), and so are other people's.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Person, Visit
    >>> t = "Obama returned to Washington Saturday, following a visit to Afghanistan."
    >>> obama = Person(0, 5, "Obama", "Barack Obama", "US", "president", "surname")
    >>> dc = Mention("d", 18, 28, "Washington", "Washington", 38.9, -77.0, "US", None, "city", 1.0)
    >>> day = dt.date(2010, 12, 4)
    >>> v = Visit("Barack Obama", "US", "president", "AF", None, None, None, day, day, "ongoing", "d", t, 0.9,
    ...           how="travel-noun: visit to; day: Saturday")
    >>> w, = home_again(t, [(0, len(t))], [[obama]], [[dc]], [v])
    >>> w.status, w.start_date, str(w.end_date)
    ('completed', None, '2010-12-04')
    """
    if not any(v.status in ("ongoing", "completed") for v in visits):
        return list(visits)
    home_by: dict[str, tuple[int, int]] = {}  # traveller -> the going-home sentence
    for k, (s0, s1) in enumerate(sentences):
        for m in _anchored().finditer("home", text, s0, s1):  # tried only where its words start
            who = [p for p in people_of[k] if p.end <= m.start() and p.name]
            if not who:
                continue
            person = who[-1]
            if m.group("to"):
                place = next((x for x in places_of[k] if x.start >= m.end() and x.start - m.end() < 3), None)
                if place is None or person.country is None or place.country != person.country:
                    continue  # "returned to Israel" of a guest is a trip of its own
            home_by.setdefault(person.name, (s0, s1))
    if not home_by:
        return list(visits)
    out = []
    for v in visits:
        span = home_by.get(v.traveler)
        if span is None or v.status not in ("ongoing", "completed") or v.country == v.traveler_country:
            out.append(v)
            continue
        same = v.evidence is not None and v.evidence.strip() and v.evidence.strip() in text[span[0]:span[1]]
        if same and v.start_date is not None and v.start_date == (v.end_date or v.start_date):
            # "returned to Kathmandu on Saturday after a four-day visit to India": Saturday is the last day
            days = visit_length(text, *span)
            start = v.start_date - dt.timedelta(days=days - 1) if days and 1 < days <= 15 else None
            v = dataclasses.replace(v, start_date=start, end_date=v.start_date)
        out.append(dataclasses.replace(v, status="completed"))
    return out
