"""Events: visits and bilateral ties extracted from text, and visits ordered into trips.

Three functions make the stage; each takes documents and, optionally, their
place mentions (geoparsed when not given):

* :func:`extract_visits` - who went (or will go) where and when; duplicate
  reports of one visit across sentences and articles merge into one
  :class:`~geo.values.Visit` whose ``sources`` keep all the evidence;
* :func:`extract_ties` - one :class:`~geo.values.Tie` per unordered country
  pair and kind, weighted by evidence;
* :func:`order_trips` - numbers each traveller's visits into trips.

How cues, people and dates are read is described in :mod:`geo.visits`,
:mod:`geo.ties` and :mod:`geo.dates`. ``geo.values.to_frame`` turns any of
the results into a DataFrame.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.dates import date_window, is_frame
from geo.errors import InputError
from geo.leaders import group_names, person_key
from geo.status import agree_with_days, told_past
from geo.trip_span import still_under_way
from geo.two_trips import told_apart
from geo.values import Document, Evidence, Mention, Tie, Visit

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer
    from geo.reading import Reading

__all__ = ["extract_visits", "extract_ties", "document_events", "document_visits", "finish_events", "order_trips",
           "merge_visits", "trip_paths"]

# within one article: a trip called off is off; one under way was told in every tense
_STATUS_RANK = {"cancelled": 3, "ongoing": 2, "completed": 1, "planned": 0}


def _each_document(documents: Iterable[Document] | Document, mentions: Iterable[Mention] | None,
                   gazetteer: Gazetteer | None) -> list[tuple[Document, Sequence[Mention]]]:
    """Each document with its mentions (geoparsed when ``mentions`` is ``None``), in order."""
    docs = [documents] if isinstance(documents, Document) else list(documents)
    for d in docs:
        if not isinstance(d, Document):
            raise InputError(f"expected geo.values.Document values, instead got: {d!r:.80}")
    if mentions is None:
        from geo.geoparse import geoparse_many

        mentions = geoparse_many(docs, gazetteer=gazetteer)
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    return [(d, by_doc.get(d.id, ())) for d in docs]


def extract_visits(documents: Iterable[Document], mentions: Iterable[Mention] | None = None, *,
                   gazetteer: Gazetteer | None = None) -> list[Visit]:
    """Extract visits from documents and merge duplicate reports.

    Parameters
    ----------
    documents : iterable of Document
        The corpus; each ``published`` date anchors relative dates.
    mentions : iterable of Mention, optional
        Place mentions of those documents; geoparsed when ``None``.
    gazetteer : Gazetteer, optional
        Passed to the geoparser and used for demonyms the mentions lack.

    Returns
    -------
    list of Visit
        One per distinct visit, ordered by traveller then date (undated
        last), with ``trip`` numbers set by :func:`order_trips`. The keys are
        those of ``diplomap visits``: traveller (full name as written),
        traveller country, role, host country (ISO2), place, lat, lon, start
        and end dates, status (``completed``, ``ongoing``, ``planned``,
        ``cancelled``), the first document and sentence, a confidence, and all
        evidence in ``sources``. ``start_date``/``end_date`` are the days the
        text dates the visit to: one day gives ``start == end``, "in early
        February" the 1st to the 10th, no date ``None``.

    Raises
    ------
    InputError
        When an item of ``documents`` is not a :class:`~geo.values.Document`.

    Examples
    --------
    Two papers report one visit; it is one visit with the evidence of both
    (the mentions are geoparsed here, as none are given):

    >>> from geo.values import Document
    >>> a = Document("a", "Russian President Vladimir Putin on Tuesday arrived in Dushanbe.",
    ...              published=dt.date(2022, 6, 28))
    >>> b = Document("b", "Putin arrived in Dushanbe yesterday for talks with Emomali Rakhmon.",
    ...              published=dt.date(2022, 6, 29))
    >>> [(v.traveler, v.country, v.place, str(v.start_date), v.status, v.trip, [s.doc for s in v.sources])
    ...  for v in extract_visits([a, b])]
    [('Vladimir Putin', 'TJ', 'Dushanbe', '2022-06-28', 'ongoing', 1, ['a', 'b'])]
    """
    raw = [v for d, ms in _each_document(documents, mentions, gazetteer)
           for v in document_visits(d, ms, gazetteer=gazetteer)]
    return order_trips(merge_visits(raw))


# --------------------------------------------------------------------------- per document

@lru_cache(maxsize=1)
def _document_steps() -> tuple:
    """The steps of :func:`document_events`, imported at its first call, not at each (geo.visits imports this
    module: imported here at the top, they would make a circle; two of them are packages, whose ``from``
    import runs Python code of importlib's each time)."""
    from geo.reading import read_document
    from geo.ties import ties_in_document
    from geo.visits import visits_in_document
    from geo.visits.homecoming import calls_on_guests, returns_home
    from geo.visits.return_ahead import home_ahead
    from geo.visits.still_there import still_there
    from geo.visits.stop_order import one_place, order_stops

    return (read_document, visits_in_document, calls_on_guests, returns_home, ties_in_document, order_stops, still_there,
            home_ahead, one_place)


def document_events(doc: Document, mentions: Sequence[Mention], *,
                    gazetteer: Gazetteer | None = None) -> tuple[list[Visit], list[Tie]]:
    """The events of one document, before anything is merged across documents.

    This is the per-document half of the events stage: a worker can run it
    next to the geoparser and send back only its results;
    :func:`finish_events` is the half that needs the whole corpus.

    Parameters
    ----------
    doc : Document
    mentions : sequence of Mention
        The place mentions of ``doc``.
    gazetteer : Gazetteer, optional

    Returns
    -------
    (list of Visit, list of Tie)
        Every visit report of the document (duplicates kept) and one text
        tie of weight 1 per (pair, kind, sentence).

    Examples
    --------
    >>> from geo.geoparse import geoparse
    >>> from geo.values import Document
    >>> t = "Putin arrived in Dushanbe on Tuesday. Russia and Tajikistan signed a trade agreement."
    >>> d = Document("d", t, published=dt.date(2022, 6, 28))
    >>> visits, ties = document_events(d, geoparse(d))
    >>> [(v.traveler, v.country) for v in visits], [(x.a, x.b, x.kind, x.weight) for x in ties]
    ([('Vladimir Putin', 'TJ')], [('RU', 'TJ', 'trade', 1)])

    The visit's own ``visit`` tie is added by :func:`finish_events`, once
    the reports of the visit are merged.
    """
    read_document, _, _, _, ties_in_document, *_ = _document_steps()
    reading = read_document(doc, mentions, gazetteer=gazetteer)  # once, for both
    visits = document_visits(doc, mentions, gazetteer=gazetteer, reading=reading)
    return visits, ties_in_document(doc, mentions, gazetteer=gazetteer, reading=reading, visits=visits)


def document_visits(doc: Document, mentions: Sequence[Mention], *, gazetteer: Gazetteer | None = None,
                    reading: Reading | None = None) -> list[Visit]:
    """Every visit report of one document, duplicates kept: the one sequence of visit steps that
    :func:`document_events` (the command line and the engines) and :func:`extract_visits` (the Python API)
    both run, so the two give the same visits.

    ``reading`` is the document's :func:`geo.reading.read_document`, when the caller has it already.

    Examples
    --------
    >>> from geo.geoparse import geoparse
    >>> from geo.values import Document
    >>> d = Document("d", "Putin arrived in Dushanbe on Tuesday.", published=dt.date(2022, 6, 28))
    >>> [(v.traveler, v.country, v.status) for v in document_visits(d, geoparse(d))]
    [('Vladimir Putin', 'TJ', 'ongoing')]
    """
    _, visits_in_document, calls_on_guests, returns_home, _, order_stops, still_there, home_ahead, one_place = \
        _document_steps()
    visits = calls_on_guests(returns_home(visits_in_document(doc, mentions, gazetteer=gazetteer, reading=reading)))
    visits = order_stops(doc, mentions, visits)  # a stop's status by its place in the trip
    visits = one_place(visits, doc.text, doc.published)  # in one country at a time: "her tour includes Nigeria"
    visits = still_there(visits, doc.published)  # "met X in Kampala on Saturday ... will travel to Nigeria tomorrow"
    return home_ahead(visits, doc.text, doc.published, mentions)  # "... is expected to return home next week"


def finish_events(visits: Iterable[Visit], ties: Iterable[Tie] = (), *,
                  min_confidence: float = 0.0) -> tuple[list[Visit], list[Tie]]:
    """Merge per-document events (:func:`document_events`) into the corpus's visits and ties.

    Visits are merged (:func:`merge_visits`); those less confident than
    ``min_confidence`` (after merging, several reports make a visit surer) are
    left out, which trades recall for precision; the rest are numbered into
    trips (:func:`order_trips`); each non-cancelled foreign visit adds a
    ``visit`` tie, and ties are pooled per (pair, kind).

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Putin arrived in Dushanbe on Tuesday. Putin arrived in Dushanbe."
    >>> d = Document("d", t, published=dt.date(2022, 6, 29))
    >>> ms = [Mention("d", 17, 25, "Dushanbe", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0),
    ...       Mention("d", 55, 63, "Dushanbe", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0)]
    >>> visits, ties = finish_events(*document_events(d, ms))
    >>> [(v.country, str(v.start_date), len(v.sources)) for v in visits]
    [('TJ', '2022-06-28', 2)]
    >>> [(t.a, t.b, t.kind) for t in ties]
    [('RU', 'TJ', 'visit')]
    """
    from geo.ties import merge_ties, visit_ties

    if not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"min_confidence must be between 0 and 1, instead got: {min_confidence!r}")
    merged = order_trips([_agreed(v) for v in merge_visits(visits) if v.confidence >= min_confidence])
    return merged, merge_ties([*visit_ties(merged), *ties])


def _agreed(v: Visit) -> Visit:
    """``v`` with the status its days allow on its latest report's day (:func:`geo.status.agree_with_days`)."""
    status, keep = agree_with_days(v.status, v.start_date, v.end_date,
                                   max((e.published for e in v.sources if e.published), default=None))
    if keep:
        return v if status == v.status else dataclasses.replace(v, status=status)
    return dataclasses.replace(v, status=status, start_date=None, end_date=None)


# --------------------------------------------------------------------------- merging

def _window(v: Visit) -> tuple[dt.date, dt.date] | None:
    day = next((e.published for e in v.sources if e.published), None)
    return date_window(v.start_date, v.end_date, status=v.status, published=day)


def _overlap(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] and b[0] <= a[1]


def merge_visits(visits: Iterable[Visit]) -> list[Visit]:
    """Merge reports of the same visit: same traveller and host, compatible dates.

    Dated reports merge when their days overlap within two days; an undated
    report joins a visit within 30 days before its article (after it, for a
    planned visit). The merged visit spans the days its reports give (the
    first to the last of single-day reports, else the most precise range), the most
    specific place, the status of the latest article (cancelled beats the
    rest within one article, then the dated reports' status: ongoing, completed,
    planned), the
    first evidence as ``doc``/``evidence`` and every evidence in ``sources``.

    Examples
    --------
    >>> from geo.values import Evidence
    >>> e1 = Evidence("a", "Putin flew to Uzbekistan.", published=dt.date(2024, 5, 27))
    >>> e2 = Evidence("b", "Putin arrived in Tashkent on Sunday.", published=dt.date(2024, 5, 27))
    >>> v1 = Visit("Vladimir Putin", "RU", None, "UZ", None, 41.0, 64.0, None, None,
    ...            "completed", "a", e1.text, 0.9, sources=(e1,))
    >>> v2 = Visit("Putin", None, "president", "UZ", "Tashkent", 41.3, 69.3, dt.date(2024, 5, 26),
    ...            dt.date(2024, 5, 26), "completed", "b", e2.text, 0.9, sources=(e2,))
    >>> m, = merge_visits([v1, v2])
    >>> m.traveler, m.role, m.place, str(m.start_date), len(m.sources)
    ('Vladimir Putin', 'president', 'Tashkent', '2024-05-26', 2)
    """
    visits = list(visits)
    keys = _name_keys(v.traveler for v in visits)
    groups: dict[tuple[str, str], list[list[Visit]]] = {}
    items = sorted(visits, key=lambda v: (v.start_date is None,
                                          ((v.end_date or v.start_date) - v.start_date).days
                                          if v.start_date else 0))
    for v in items:
        key = (keys[v.traveler], v.country)
        clusters = groups.setdefault(key, [])
        w = _window(v)
        for cluster in clusters:
            cw = _window(cluster[0])
            if (_overlap(w, cw) or (v.start_date is None and any(_overlap(w, _window(c)) for c in cluster))) \
                    and not any(told_apart(v, c) for c in cluster):
                cluster.append(v)
                break
        else:
            clusters.append([v])
    return [_combine(c) for cs in groups.values() for c in _join_undated(cs)]


def _join_undated(clusters: list[list[Visit]]) -> list[list[Visit]]:
    """An undated cluster told only by articles that also date one visit of this traveller to this
    country joins that visit: a headline "Kerry Travel to Colombo, Nairobi" (read without a tense)
    and "will travel to Colombo on May 2" in its body are one trip, whatever the headline's status."""
    dated: list[list[Visit]] = []
    undated: list[list[Visit]] = []
    for c in clusters:
        (dated if any(v.start_date is not None for v in c) else undated).append(c)
    if not dated or not undated:
        return clusters
    # (a dated cluster's documents, read once: what joins it comes from those documents only)
    dated_docs = [{v.doc for v in d} for d in dated]
    out = list(dated)
    for c in undated:
        docs = {v.doc for v in c}
        same = [d for d, dd in zip(dated, dated_docs)
                if docs <= dd and not any(told_apart(u, v) for u in c for v in d)]
        if len(same) == 1:
            same[0].extend(c)
        else:
            out.append(c)
    return out


def _name_keys(names: Iterable[str]) -> dict[str, str]:
    """Each traveller name's key: spellings of one person share it ("Bukele", "Nayib Bukele")."""
    return {n: person_key(g) for n, g in group_names(names).items()}


#: how a visit told by setting out for it is recorded ("travel: left for", "travel: leave for", "travel: departed for")
_SET_OUT = re.compile(r"travel: (?:left|leaves?|leaving|depart(?:s|ed|ing)?|set\s+off|flew\s+out)\s+for\b")


def _combine(reports: list[Visit]) -> Visit:
    if len(reports) == 1:
        return reports[0]
    # the plan of an earlier day, put off, is not the trip made after it ("was originally scheduled to arrive
    # on Tuesday, but his tour was postponed" beside "arrived in the country on Wednesday"): its report stays a
    # source, but gives the visit no day and no status
    made = min((v.start_date for v in reports if v.start_date is not None and v.status in ("ongoing", "completed")),
               default=None)
    cluster = [v for v in reports if not (made is not None and v.status == "cancelled" and v.start_date is not None
                                          and v.start_date < made)]
    dated = [v for v in cluster if v.start_date is not None]
    best = min(dated, key=lambda v: ((v.end_date or v.start_date) - v.start_date).days) if dated else None
    start = end = None
    if best is not None:
        start, end = best.start_date, best.end_date
        days = [v for v in dated if ((v.end_date or v.start_date) - v.start_date).days <= 3]
        gone = [v for v in days if v.how and _SET_OUT.match(v.how)]
        if gone and len(gone) < len(days):  # "left for New Zealand yesterday ... will visit from 1-3 October":
            days = [v for v in days if v not in gone]  # the day he set out is not the first in the country
        if days:  # reports of single days span the visit: "arrived on Saturday", "flies to Delhi on Monday"
            lo = min(v.start_date for v in days)
            hi = max(v.end_date or v.start_date for v in days)
            if (hi - lo).days <= 15:
                start, end = lo, hi
            # a span told as the trip's own ("marking the end of his weeklong visit", "from May 2 to 6") that
            # holds every single day told covers them; a month or a Monday-to-Sunday week is only a frame
            spans = [v for v in dated if 3 < ((v.end_date or v.start_date) - v.start_date).days <= 15
                     and not is_frame(v.start_date, v.end_date)
                     and v.start_date <= lo and hi <= v.end_date]
            if spans:
                span = max(spans, key=lambda v: (v.end_date - v.start_date).days)
                start, end = span.start_date, span.end_date
    kinds = [v for v in cluster if v.place]
    votes = Counter(v.place for v in kinds)  # counted once: a count per visit was quadratic
    placed = max(kinds, key=lambda v: (votes[v.place], v.confidence)) \
        if kinds else max(cluster, key=lambda v: v.confidence)
    def published(v: Visit) -> dt.date:
        return (v.sources[0].published if v.sources else None) or dt.date.min

    order = sorted(cluster, key=lambda v: (published(v), v.doc or ""))
    # the status of the latest article; within one article cancelled > completed > ongoing > planned (but see below)
    latest = max((v.sources[0].published for v in cluster if v.sources and v.sources[0].published),
                 default=None)
    last = [v for v in cluster if not v.sources or v.sources[0].published == latest]
    cancelled = [v for v in last if v.status == "cancelled"]
    if all(v.start_date is None for v in cancelled) and any(
            v.start_date is not None and v.status in ("ongoing", "completed") for v in last):
        # "arrived last Saturday ... The visit was initially planned for 2020, but canceled": a trip
        # told with its day as made or under way is not undone by an undated word of an earlier plan
        cancelled = []
    goes_on = not cancelled and still_under_way(last, latest)  # "arrived on Monday ... his current visit"
    last = cancelled or [v for v in last if v.start_date is not None] or last  # a dated report says more
    statuses = {"ongoing"} if goes_on else {v.status for v in last}
    if statuses == {"planned", "completed"} and all(v.start_date is None for v in last) \
            and any(v.status == "planned" and not told_past(v.evidence or "", 0, len(v.evidence or "")) for v in last):
        # one trip told as ahead ("will travel to Hanoi") and, with no day, as if done: the undated "done"
        # is a bare trip noun's past by default ("the Secretary's travel to Vietnam demonstrates"), no
        # verb that tells the trip is over; the plan, told with no verb in the past, is what the article says
        # of it (not "During his visit to Belarus, Putin reportedly planned to discuss": told after the fact)
        statuses = {"planned"}
    status = max(statuses, key=_STATUS_RANK.__getitem__)
    names = [v.traveler for v in order]
    traveler = max(names, key=lambda n: (len(n.split()) > 1, names.count(n), -names.index(n)))
    sources: dict[tuple, Evidence] = {}
    for v in sorted(reports, key=lambda v: (published(v), v.doc or "")):
        for e in v.sources:
            sources.setdefault((e.doc, e.text, e.kind, e.row), e)
    miss = 1.0
    for v in cluster:
        miss *= 1.0 - min(v.confidence, 0.99)
    first = order[0]
    return dataclasses.replace(
        first,
        traveler=traveler,
        traveler_country=next((v.traveler_country for v in order if v.traveler_country), None),
        role=next((v.role for v in order if v.role), None),
        place=placed.place, lat=placed.lat, lon=placed.lon,
        start_date=start, end_date=end,
        status=status, confidence=round(1.0 - miss, 3), sources=tuple(sources.values()))


# --------------------------------------------------------------------------- trips

def order_trips(visits: Iterable[Visit], *, max_gap_days: int = 1) -> list[Visit]:
    """Number each traveller's visits into trips, in date order.

    Visits of one traveller (cancelled ones and undated ones aside, which
    keep ``trip=None``) are sorted by start date; a visit starting at most
    ``max_gap_days`` after the previous one ended continues its trip, a later
    one starts the next. Trips are numbered from 1 per traveller.

    Parameters
    ----------
    visits : iterable of Visit
    max_gap_days : int
        Largest gap in days between consecutive stops of one trip. The default
        (1) chains stops on consecutive days, as travel records list them; two
        days between stops usually mean a return home (Minsk on 23-24 May
        2024, home, Tashkent on 26 May).

    Returns
    -------
    list of Visit
        New values (``dataclasses.replace``) sorted by traveller, then date
        (undated last).

    Raises
    ------
    InputError
        When ``max_gap_days`` is negative.

    Examples
    --------
    >>> def v(country, day):
    ...     d = dt.date(2022, 6, day)
    ...     return Visit("Vladimir Putin", "RU", None, country, None, None, None, d, d,
    ...                  "completed", "a", "", 0.9)
    >>> [(x.country, x.trip) for x in order_trips([v("TM", 29), v("TJ", 28), v("IR", 19)])]
    [('IR', 1), ('TJ', 2), ('TM', 2)]
    """
    if max_gap_days < 0:
        raise InputError(f"max_gap_days must be >= 0, instead got: {max_gap_days!r}")
    gap = dt.timedelta(days=max_gap_days)
    by: dict[str, list[Visit]] = {}
    for v in visits:
        by.setdefault(person_key(v.traveler), []).append(v)
    out: list[Visit] = []
    for key in sorted(by):
        items = sorted(by[key], key=lambda v: (v.start_date is None, v.start_date or dt.date.min,
                                               v.end_date or v.start_date or dt.date.min))
        trip, last_end = 0, None
        for v in items:
            if v.start_date is None or v.status == "cancelled":
                out.append(dataclasses.replace(v, trip=None))
                continue
            if last_end is None or v.start_date - last_end > gap:
                trip += 1
            last_end = max(last_end or v.start_date, v.end_date or v.start_date)
            out.append(dataclasses.replace(v, trip=trip))
    return out


def trip_paths(visits: Iterable[Visit], *,
               gazetteer: Gazetteer | None = None) -> dict[tuple[str, int], list[tuple[float, float]]]:
    """The ``(lat, lon)`` path of each trip, from and back to the home capital when known.

    Parameters
    ----------
    visits : iterable of Visit
        Visits with ``trip`` set (see :func:`order_trips`); others are skipped.
    gazetteer : Gazetteer, optional
        Gives ``capital(traveler_country)``; without it paths have no home ends.

    Returns
    -------
    dict
        ``(traveler, trip) -> [(lat, lon), ...]`` in visit order.

    Examples
    --------
    >>> d = dt.date(2022, 6, 28)
    >>> v = Visit("Vladimir Putin", "RU", None, "TJ", "Dushanbe", 38.5, 68.8, d, d, "completed",
    ...           "a", "", 0.9, trip=1)
    >>> trip_paths([v])
    {('Vladimir Putin', 1): [(38.5, 68.8)]}
    """
    paths: dict[tuple[str, int], list[tuple[float, float]]] = {}
    home: dict[tuple[str, int], str | None] = {}
    for v in visits:
        if v.trip is None or v.lat is None or v.lon is None:
            continue
        paths.setdefault((v.traveler, v.trip), []).append((v.lat, v.lon))
        home.setdefault((v.traveler, v.trip), v.traveler_country)
    if gazetteer is not None:
        for key, path in paths.items():
            code = home.get(key)
            try:
                cap = gazetteer.capital(code) if code else None
            except Exception:  # a gazetteer without that country: no home ends
                cap = None
            if cap is not None:
                path.insert(0, (cap.lat, cap.lon))
                path.append((cap.lat, cap.lon))
    return paths


# --------------------------------------------------------------------------- ties

def extract_ties(documents: Iterable[Document], mentions: Iterable[Mention] | None = None, *,
                 gazetteer: Gazetteer | None = None, visits: Iterable[Visit] | None = None) -> list[Tie]:
    """Extract bilateral ties: one per unordered country pair (``a < b``) and kind.

    Parameters
    ----------
    documents : iterable of Document
    mentions : iterable of Mention, optional
        Geoparsed when ``None``.
    gazetteer : Gazetteer, optional
    visits : iterable of Visit, optional
        Visits already extracted (from :func:`extract_visits`, maybe joined
        with records); extracted from the documents when ``None``. Each
        non-cancelled foreign visit is evidence of a ``visit`` tie.

    Returns
    -------
    list of Tie
        ``kind`` in ``visit``, ``military``, ``nuclear``, ``energy``,
        ``trade``, ``diplomatic``, ``conflict``, with the PLOVER event type and
        CAMEO quad class of its relation words; ``weight`` is the number of
        distinct evidence items; ``first_date``/``last_date`` span the visit
        dates and the publication dates of the sentences. Heaviest first.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Russia and Uzbekistan signed a military partnership plan."
    >>> d = Document("d", t, published=dt.date(2024, 12, 5))
    >>> ms = [Mention("d", 0, 6, "Russia", "Russia", 60.0, 100.0, "RU", None, "country", 1.0),
    ...       Mention("d", 11, 21, "Uzbekistan", "Uzbekistan", 41.0, 64.0, "UZ", None, "country", 1.0)]
    >>> [(x.a, x.b, x.kind, x.weight, x.plover, x.quad_class) for x in extract_ties([d], ms, visits=[])]
    [('RU', 'UZ', 'military', 1, 'COOPERATE', 'material cooperation')]
    """
    from geo.ties import merge_ties, visit_ties

    raw: list[Visit] = []
    found: list[Tie] = []
    for d, ms in _each_document(documents, mentions, gazetteer):  # as the commands do, so they agree
        doc_visits, doc_ties = document_events(d, ms, gazetteer=gazetteer)
        raw.extend(doc_visits)
        found.extend(doc_ties)
    if visits is None:
        visits = order_trips(merge_visits(raw))
    return merge_ties([*visit_ties(visits), *found])
