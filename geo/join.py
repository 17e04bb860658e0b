"""Join visits read from text with structured visit records.

A record row (one stay in one country, maybe at several places) and a visit
extracted from articles describe the same journey when

* the traveller is the same after name normalisation ("Henry A. (Heinz
  Alfred) Kissinger" ~ "Henry Kissinger" ~ "Kissinger"; known aliases of
  leaders too, "Putin" ~ "Vladimir Putin"),
* the host country is the same, and
* the dates overlap within ``window_days`` (an undated text visit counts
  from 30 days before its article up to it, or from it on for a planned one).

Such pairs become one :class:`~geo.values.Visit` with ``origin="both"`` whose
``sources`` hold the article sentences and the record row. Records without a
text match become visits of ``origin="record"``; text visits without a record
stay as they are. With ``documents`` given, articles published within the
window whose place mentions name the visited place (or its country) are
attached as ``kind="mention"`` evidence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from .dates import shift
from .leaders import same_person
from .errors import InputError
from .values import Document, Evidence, Mention, RecordStop, Visit

__all__ = ["join", "records_to_visits"]

_UNDATED_SPAN = dt.timedelta(days=30)
def _record_status(start: dt.date | None, today: dt.date) -> str:
    return "planned" if start is not None and start > today else "completed"


def records_to_visits(stops: Iterable[RecordStop], *, today: dt.date | None = None) -> list[Visit]:
    """Turn record stops into visits: one per record row and host country.

    A row naming several places in one country ("Beijing, Harbin") is one
    visit at its first placed stop; its evidence lists every place. A row of
    a historic country spanning today's borders ("Moscow, Kiev") gives one
    visit per country. Status is ``completed``, or ``planned`` for a start
    after ``today``.

    Examples
    --------
    >>> s = RecordStop("Vladimir Putin", "president", dt.date(2024, 5, 16), dt.date(2024, 5, 17),
    ...                "CN", "Beijing", 39.9, 116.4, "visits.csv", 3, remarks="State visit.")
    >>> v, = records_to_visits([s, dataclasses.replace(s, place="Harbin", lat=45.75, lon=126.65)])
    >>> v.origin, v.place, v.status, v.sources[0].text
    ('record', 'Beijing', 'completed', 'Beijing, Harbin: State visit.')
    """
    today = today or dt.date.today()
    groups: dict[tuple, list[RecordStop]] = {}
    for s in stops:
        groups.setdefault((s.file, s.row, s.country), []).append(s)
    out = []
    for (file, row, country), ss in groups.items():
        if country is None:  # nowhere to put it on a map of countries; reported by the records stage
            continue
        first = next((s for s in ss if s.lat is not None), ss[0])
        places = ", ".join(dict.fromkeys(s.place for s in ss if s.place)) or None
        text = ": ".join(x for x in (places, first.remarks) if x) or \
            f"{first.traveler} in {country} ({first.start_date} to {first.end_date})"
        ev = Evidence(doc=str(file), text=text, kind="record", row=row)
        out.append(Visit(traveler=first.traveler, traveler_country=None, role=first.role, country=country,
                         place=first.place, lat=first.lat, lon=first.lon, start_date=first.start_date,
                         end_date=first.end_date, status=_record_status(first.start_date, today),
                         doc=str(file), evidence=text, confidence=1.0, origin="record", sources=(ev,)))
    return out


def _published(v: Visit) -> dt.date | None:
    return next((e.published for e in v.sources if e.published), None)


def _span(v: Visit, pad: int) -> tuple[dt.date, dt.date] | None:
    """Days a visit may cover, widened by ``pad`` days; None when unknowable."""
    p = dt.timedelta(days=pad)
    if v.start_date is not None:
        return shift(v.start_date, -p), shift(v.end_date or v.start_date, p)
    day = _published(v)
    if day is None:
        return None
    if v.status in ("planned", "cancelled"):
        return shift(day, -p), shift(day, _UNDATED_SPAN)
    return shift(day, -_UNDATED_SPAN), shift(day, p)


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans (negative = overlap length)."""
    return max(a[0], b[0]).toordinal() - min(a[1], b[1]).toordinal()


def _merge(record: Visit, texts: list[Visit]) -> Visit:
    order = sorted(texts, key=lambda v: (_published(v) or dt.date.min, v.doc or ""))
    sources: dict[tuple, Evidence] = {}
    for v in order:
        for e in v.sources or (Evidence(v.doc or "", v.evidence or "", "text"),):
            sources.setdefault((e.doc, e.text, e.kind, e.row), e)
    for e in record.sources:
        sources.setdefault((e.doc, e.text, e.kind, e.row), e)
    first = order[0]
    lat, lon, place = record.lat, record.lon, record.place
    if lat is None:  # the record could not be placed: the article's place will do
        placed = next((v for v in order if v.lat is not None), None)
        if placed is not None:
            lat, lon, place = placed.lat, placed.lon, placed.place
    return dataclasses.replace(
        record,
        traveler_country=next((v.traveler_country for v in order if v.traveler_country), None),
        role=record.role or next((v.role for v in order if v.role), None),
        place=place, lat=lat, lon=lon,
        doc=first.doc, evidence=first.evidence, origin="both",
        confidence=max([record.confidence] + [v.confidence for v in texts]),
        sources=tuple(sources.values()))


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return " ".join(text[left:right].split())


def _attach_mentions(visits: list[Visit], mentions: Iterable[Mention],
                     documents: Mapping[str, Document], window_days: int) -> list[Visit]:
    by_country: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.country and m.kind != "demonym":
            by_country.setdefault(m.country, []).append(m)
    if not by_country:
        return visits
    out = []
    for v in visits:
        span = _span(v, window_days) if v.start_date is not None else None
        cands = by_country.get(v.country, ()) if span else ()
        have = {e.doc for e in v.sources}
        extra: list[Evidence] = []
        for m in cands:
            doc = documents.get(m.doc)
            if doc is None or doc.published is None or m.doc in have:
                continue
            if not span[0] <= doc.published <= span[1]:
                continue
            if m.kind != "country" and v.place and m.name != v.place and m.text != v.place:
                continue  # another place in that country
            have.add(m.doc)
            extra.append(Evidence(doc=m.doc, text=_sentence(doc.text, m.start, m.end) or m.text,
                                  kind="mention", url=doc.url, title=doc.title, published=doc.published))
        out.append(dataclasses.replace(v, sources=v.sources + tuple(extra)) if extra else v)
    return out


def join(visits: Iterable[Visit], stops: Iterable[RecordStop], mentions: Iterable[Mention] = (), *,
         documents: Mapping[str, Document] | None = None, window_days: int = 2) -> list[Visit]:
    """Merge visits from text with visit records; keep what does not match.

    Parameters
    ----------
    visits : iterable of Visit
        From :func:`geo.events.extract_visits` (``origin="text"``).
    stops : iterable of RecordStop
        From :func:`geo.records.load_records`.
    mentions : iterable of Mention, optional
        Place mentions of the documents; with ``documents``, those naming the
        visited place (or its country) in articles published within the
        visit's dates +/- ``window_days`` become ``kind="mention"`` evidence.
    documents : mapping of id to Document, optional
        Gives mentions their publication dates, titles and sentences.
    window_days : int
        Slack in days when comparing dates (default 2).

    Returns
    -------
    list of Visit
        Joined visits (``origin="both"``: record dates, place and role, the
        article's ``doc``/``evidence``, all evidence in ``sources``), then
        unmatched records (``origin="record"``) and unmatched text visits,
        numbered into trips per traveller when the events stage is present.

    Examples
    --------
    >>> s = RecordStop("Vladimir Putin", "president", dt.date(2024, 5, 26), dt.date(2024, 5, 28),
    ...                "UZ", "Tashkent", 41.26, 69.22, "visits.csv", 5)
    >>> e = Evidence("001.txt", "Putin arrived in Tashkent.", published=dt.date(2024, 5, 27))
    >>> t = Visit("Putin", "RU", None, "UZ", "Tashkent", 41.3, 69.3, dt.date(2024, 5, 26), None,
    ...           "completed", "001.txt", e.text, 0.8, sources=(e,))
    >>> v, = join([t], [s])
    >>> v.origin, v.traveler, str(v.end_date), [x.kind for x in v.sources]
    ('both', 'Vladimir Putin', '2024-05-28', ['text', 'record'])
    """
    if not isinstance(window_days, int) or window_days < 0:
        raise InputError(f"window_days must be an int >= 0, instead got: {window_days!r}")
    texts = list(visits)
    records = records_to_visits(stops)
    by_country: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_country.setdefault(r.country, []).append(i)
    assigned: dict[int, list[Visit]] = {}
    loose: list[Visit] = []
    for t in texts:
        if t.status == "cancelled" or t.origin == "record":
            loose.append(t)
            continue
        ts = _span(t, 0)
        best, best_gap = None, None
        for i in by_country.get(t.country, ()):
            r = records[i]
            rs = _span(r, window_days)
            if ts is None or rs is None:
                continue
            gap = _gap(ts, rs)
            if gap > 0 or not same_person(r.traveler, t.traveler):
                continue
            if t.start_date is None:  # undated: the latest record within its span
                gap = (ts[1] - (r.end_date or r.start_date)).days
            else:
                gap = abs((t.start_date - r.start_date).days)
            if best_gap is None or gap < best_gap:
                best, best_gap = i, gap
        if best is None:
            loose.append(t)
        else:
            assigned.setdefault(best, []).append(t)
    joined = [(_merge(r, assigned[i]) if i in assigned else r) for i, r in enumerate(records)]
    out = joined + loose
    if documents:
        out = _attach_mentions(out, mentions, documents, window_days)
    try:
        from .events import order_trips
    except ImportError:
        return out
    return order_trips(out)
