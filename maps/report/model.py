"""What a report says, as plain values: counts, trips, visits, ties, sources, problems.

:func:`build_report` turns the text side's :class:`~geo.pipeline.Result` into a
:class:`Report`; the HTML, PDF and Word writers only lay it out. Countries are
shown by name (from the bundled gazetteer), evidence cites numbered sources, and
only http(s) links survive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from geo.errors import InputError
from geo.pipeline import Result
from geo.values import VISIT_STATUSES, Document, Evidence, Problem, Tie, Visit

from ..sources import safe_url
from ..style import country_name

__all__ = ["Source", "Cited", "VisitRow", "Trip", "TieRow", "Provenance", "Report",
           "build_report", "provenance", "date_range", "corpus_digest",
           "MAX_TIE_EVIDENCE", "MAX_LISTED"]

#: Evidence sentences shown per tie (the strongest; the rest are counted).
MAX_TIE_EVIDENCE = 2
#: Problems listed one by one in the appendix; the rest are counted (``--report`` has them all).
MAX_LISTED = 500

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Source:
    """A document or record file that evidence cites as ``[number]``."""

    number: int
    ref: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    kind: str = "document"  # "document" | "records"


@dataclass(frozen=True, slots=True)
class Cited:
    """One evidence sentence (or record remark) and the number of its source."""

    text: str
    source: int
    kind: str = "text"
    row: int | None = None


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One visit as the report shows it (the same visits as ``diplomap visits``)."""

    traveler: str
    role: str | None
    country: str
    country_name: str
    place: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    origin: str
    trip: int | None
    evidence: Cited | None
    also: tuple[int, ...]
    mapped: bool
    how: str | None = None

    @property
    def dates(self) -> str:
        return date_range(self.start_date, self.end_date)


@dataclass(frozen=True, slots=True)
class Trip:
    """One traveller's trip (the events stage's ``trip`` number), or their visits outside any trip."""

    traveler: str
    number: int | None
    visits: tuple[VisitRow, ...]

    @property
    def dates(self) -> str:
        starts = [d for v in self.visits for d in (v.start_date, v.end_date) if d]
        return date_range(min(starts), max(starts)) if starts else "no dates"

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.country_name for v in self.visits))


@dataclass(frozen=True, slots=True)
class TieRow:
    """One bilateral tie (a row of ``diplomap ties``) with its strongest evidence."""

    a: str
    b: str
    a_name: str
    b_name: str
    kind: str
    weight: int
    first_date: dt.date | None
    last_date: dt.date | None
    evidence: tuple[Cited, ...]
    more_evidence: int
    plover: str | None = None
    quad_class: str | None = None

    @property
    def dates(self) -> str:
        return date_range(self.first_date, self.last_date)


@dataclass(frozen=True, slots=True)
class Provenance:
    """How a report was made, so that it can be made again."""

    version: str
    made: dt.date | None = None
    command: str | None = None
    inputs: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, str], ...] = ()
    software: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report shows; :attr:`result` keeps the values the map is drawn from."""

    title: str
    span: tuple[dt.date, dt.date] | None
    documents: int
    outlets: int
    mentions: int
    places: int
    travelers: tuple[str, ...]
    visits_by_status: tuple[tuple[str, int], ...]
    ties_by_kind: tuple[tuple[str, int], ...]
    records: int
    trips: tuple[Trip, ...]
    ties: tuple[TieRow, ...]
    sources: tuple[Source, ...]
    skipped: tuple[Problem, ...]
    unresolved: tuple[Problem, ...]
    provenance: Provenance
    result: Result = field(compare=False, repr=False)

    @property
    def visits(self) -> tuple[VisitRow, ...]:
        return tuple(v for t in self.trips for v in t.visits)

    @property
    def not_mapped(self) -> tuple[VisitRow, ...]:
        return tuple(v for v in self.visits if not v.mapped)

    @property
    def period(self) -> str:
        return date_range(*self.span) if self.span else "no dates"


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """Short human date range, the map labels' style.

    Examples
    --------
    >>> d = dt.date
    >>> date_range(d(2024, 5, 16), d(2024, 5, 17)), date_range(d(2022, 6, 28), None)
    ('16–17 May 2024', '28 Jun 2022')
    >>> date_range(d(2022, 6, 30), d(2022, 7, 2)), date_range(d(2022, 12, 28), d(2023, 1, 3))
    ('30 Jun – 2 Jul 2022', '28 Dec 2022 – 3 Jan 2023')
    >>> date_range(None, None)
    ''
    """
    start, end = start or end, end or start
    if start is None or end is None:
        return ""
    if end < start:
        start, end = end, start

    def day(d: dt.date, year: bool = True) -> str:
        return f"{d.day} {_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")

    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day(end)}"
    if start.year == end.year:
        return f"{day(start, False)} – {day(end)}"
    return f"{day(start)} – {day(end)}"


def _name(code: str | None) -> str:
    """A country's English name, as the map shows it (the code itself when unknown)."""
    return country_name(code) or ""


class _Sources:
    """Cited documents and record files, numbered by date (then name) once all are known."""

    def __init__(self, documents: Mapping[str, Document]):
        self.documents = documents
        self.pending: dict[str, Source] = {}
        self.number: dict[str, int] = {}

    def add(self, e: Evidence) -> None:
        key = e.doc or "(unknown)"
        if key in self.pending:
            return
        d = self.documents.get(key)
        if e.kind == "record" and d is None:
            self.pending[key] = Source(0, PurePath(key).name or key, kind="records")
        else:
            self.pending[key] = Source(0, key, title=(d.title if d else None) or e.title,
                                       outlet=d.source if d else None,
                                       url=safe_url((d.url if d else None) or e.url),
                                       published=(d.published if d else None) or e.published)

    def numbered(self) -> tuple[Source, ...]:
        order = sorted(self.pending.items(), key=lambda kv: (
            kv[1].kind != "document", kv[1].published or dt.date.max, kv[0]))
        out = []
        for i, (key, src) in enumerate(order, 1):
            self.number[key] = i
            out.append(dataclasses.replace(src, number=i))
        return tuple(out)

    def cite(self, e: Evidence) -> Cited:
        return Cited(" ".join(e.text.split()), self.number[e.doc or "(unknown)"], e.kind, e.row)


def _evidence(v: Visit) -> tuple[Evidence, ...]:
    return v.sources or ((Evidence(v.doc or "", v.evidence or ""),) if v.evidence else ())


def _visit_row(v: Visit, name: Callable[[str | None], str], sources: _Sources) -> VisitRow:
    evidence = _evidence(v)
    first = sources.cite(evidence[0]) if evidence else None
    also = tuple(sorted({sources.cite(e).source for e in evidence[1:]} - {first.source if first else 0}))
    mapped = v.lat is not None and v.lon is not None and -90 <= v.lat <= 90 and -180 <= v.lon <= 180
    return VisitRow(v.traveler, v.role, v.country, name(v.country), v.place, v.start_date,
                    v.end_date, v.status, v.origin, v.trip, first, also, mapped, v.how)


def _trips(rows: list[VisitRow]) -> tuple[Trip, ...]:
    groups: dict[tuple[str, int | None], list[VisitRow]] = defaultdict(list)
    for r in rows:
        groups[(r.traveler, r.trip)].append(r)

    def when(r: VisitRow) -> tuple:
        return (r.start_date or r.end_date or dt.date.max, r.end_date or dt.date.max,
                r.place or "", r.country_name)

    trips = [Trip(t, n, tuple(sorted(vs, key=when))) for (t, n), vs in groups.items()]
    return tuple(sorted(trips, key=lambda t: (t.traveler.casefold(), t.traveler,
                                              t.number is None, t.number or 0)))


def _names_pattern(*names: str) -> re.Pattern[str] | None:
    words = [re.escape(n) for n in names if n and len(n) > 2]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) if words else None


def _strongest(t: Tie, a_name: str, b_name: str, titles: Mapping[str, str | None]) -> list[Evidence]:
    """Evidence ordered strongest first: article sentences before headlines, then sentences
    naming both countries before those naming one or neither; one per document before a
    second from any document; corpus order otherwise."""
    pa, pb = _names_pattern(a_name), _names_pattern(b_name)
    seen: set[str] = set()
    unique = []
    for e in t.evidence:
        text = " ".join(e.text.split())
        if text and text not in seen:
            seen.add(text)
            unique.append(e)

    def score(e: Evidence) -> tuple:
        named = sum(1 for p in (pa, pb) if p is not None and p.search(e.text))
        headline = e.text.strip().lstrip("# ").strip() == (titles.get(e.doc) or e.title or "").strip()
        return (headline or e.text.lstrip().startswith("#"), -named, e.kind != "text")

    ranked = sorted(unique, key=score)  # stable: corpus order breaks ties
    first_per_doc: dict[str, Evidence] = {}
    for e in ranked:
        first_per_doc.setdefault(e.doc, e)
    lead = list(first_per_doc.values())
    return lead + [e for e in ranked if e not in lead]


def _tie_rows(ties: Sequence[Tie], name: Callable[[str | None], str], sources: _Sources,
              titles: Mapping[str, str | None]) -> tuple[TieRow, ...]:
    total: Counter = Counter()
    for t in ties:
        total[(t.a, t.b)] += t.weight
    chosen = []
    for t in ties:
        a_name, b_name = name(t.a), name(t.b)
        best = _strongest(t, a_name, b_name, titles)[:MAX_TIE_EVIDENCE]
        for e in best:
            sources.add(e)
        chosen.append((t, a_name, b_name, best))
    sources.numbered()
    rows = [TieRow(t.a, t.b, a_name, b_name, t.kind, t.weight, t.first_date, t.last_date,
                   tuple(sources.cite(e) for e in best), max(0, len(t.evidence) - len(best)),
                   t.plover, t.quad_class)
            for t, a_name, b_name, best in chosen]
    return tuple(sorted(rows, key=lambda r: (-total[(r.a, r.b)], r.a_name, r.b_name, -r.weight,
                                             r.kind)))


def _span(result: Result) -> tuple[dt.date, dt.date] | None:
    dates = [d for v in result.visits for d in (v.start_date, v.end_date) if d]
    dates += [d for t in result.ties for d in (t.first_date, t.last_date) if d]
    dates += [d.published for d in result.documents if d.published]
    return (min(dates), max(dates)) if dates else None


def corpus_digest(documents: Sequence[Document]) -> str:
    """SHA-256 of the documents as read (ids, metadata and text), to tell two inputs apart.

    Examples
    --------
    >>> corpus_digest([Document("a.txt", "Hi.")])[:12]
    '93a164fb2aed'
    """
    h = hashlib.sha256()
    for d in documents:
        for part in (d.id, d.title, d.source, d.url, d.published, d.text):
            h.update(("" if part is None else str(part)).encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
    return h.hexdigest()


def build_report(result: Result, *, title: str | None = None,
                 provenance: Provenance | None = None) -> Report:
    """Everything a report shows, from the text side's result.

    Parameters
    ----------
    result : geo.pipeline.Result
        What :func:`geo.pipeline.run` (and maybe :func:`geo.pipeline.filter_result`) gave.
    title : str, optional
        The report's title (default: "Diplomatic visits and ties").
    provenance : Provenance, optional
        How the report was made (command, inputs, options); the diplomap version and a
        digest of the documents are always recorded.

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Vladimir Putin", "RU", "president", "BY", "Minsk", 53.9, 27.56,
    ...           dt.date(2024, 5, 23), dt.date(2024, 5, 24), "completed", "m.txt",
    ...           "Putin flew to Minsk.", 1.0, trip=4)
    >>> rep = build_report(Result(visits=(v,)), title="Minsk")
    >>> [(r.traveler, r.country_name, r.place, r.dates) for r in rep.visits]
    [('Vladimir Putin', 'Belarus', 'Minsk', '23–24 May 2024')]
    >>> rep.sources[0].ref, rep.visits[0].evidence.source
    ('m.txt', 1)
    """
    if not isinstance(result, Result):
        raise InputError(f"Expected a geo.pipeline.Result, instead got: {result!r:.200}")
    if title is not None and not isinstance(title, str):
        raise InputError(f"Expected title as a string, instead got: {title!r}")
    name = _name
    documents = {d.id: d for d in result.documents}
    sources = _Sources(documents)
    for v in result.visits:
        for e in _evidence(v):
            sources.add(e)
    ties = _tie_rows(result.ties, name, sources, {d.id: d.title for d in documents.values()})
    rows = [_visit_row(v, name, sources) for v in result.visits]
    status = Counter(v.status for v in result.visits)
    statuses = [s for s in VISIT_STATUSES if status[s]] + sorted(set(status) - set(VISIT_STATUSES))
    kinds = Counter()
    for t in result.ties:
        kinds[t.kind] += 1
    places = {(m.name, m.country) for m in result.mentions if m.lat is not None and m.lon is not None}
    from geo import __version__

    prov = provenance or Provenance(__version__, software=_software())
    digest = ("documents read", f"{len(result.documents)}, SHA-256 {corpus_digest(result.documents)}")
    prov = dataclasses.replace(prov, inputs=tuple(prov.inputs) + (digest,))
    return Report(
        title=title or "Diplomatic visits and ties",
        span=_span(result),
        documents=len(result.documents),
        outlets=len({d.source for d in result.documents if d.source}),
        mentions=len(result.mentions),
        places=len(places),
        travelers=tuple(sorted({v.traveler for v in result.visits}, key=str.casefold)),
        visits_by_status=tuple((s, status[s]) for s in statuses),
        ties_by_kind=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        records=len(result.stops),
        trips=_trips(rows),
        ties=ties,
        sources=sources.numbered(),
        skipped=tuple(p for p in result.problems if p.stage == "ingest"),
        unresolved=tuple(p for p in result.problems if p.stage != "ingest"),
        provenance=prov,
        result=result,
    )



def _shown(path: str | os.PathLike) -> str:
    """A path as the report shows it: bundled data by its name in diplomap, paths inside
    the working folder relative to it, others as given."""
    from geo._paths import data_dir

    p = Path(path).resolve()
    for base, fmt in ((data_dir().resolve(), "data/{} (bundled with diplomap)"),
                      (Path.cwd().resolve(), "{}")):
        try:
            return fmt.format(p.relative_to(base).as_posix())
        except ValueError:
            continue
    return str(path)


def _file_digest(path: str | os.PathLike) -> str:
    try:
        with open(path, "rb") as fh:
            return "SHA-256 " + hashlib.file_digest(fh, "sha256").hexdigest()
    except (OSError, AttributeError):  # (file_digest is Python 3.11+)
        try:
            return "SHA-256 " + hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError as err:
            return f"not readable: {err.strerror or err}"


def _software() -> tuple[tuple[str, str], ...]:
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = [("Python", platform.python_version())]
    for name in ("folium", "altair", "vl-convert-python", "python-docx", "playwright"):
        try:
            out.append((name, version(name)))
        except PackageNotFoundError:
            pass
    return tuple(out)


def provenance(*, command: str | None = None, paths: Sequence[str | os.PathLike] = (),
               meta: str | os.PathLike | None = None, records: Sequence[str | os.PathLike] = (),
               geocoder: str | None = None, filters: Mapping[str, Any] | None = None,
               made: dt.date | None = None) -> Provenance:
    """How a report was made: the command, its inputs (files with their SHA-256), filters,
    the geocoder and the software versions. ``made`` defaults to today (or the date of
    ``$SOURCE_DATE_EPOCH`` for reproducible builds).

    Examples
    --------
    >>> p = provenance(command="diplomap report news/", filters={"since": dt.date(2024, 1, 1)},
    ...                made=dt.date(2024, 6, 1))
    >>> p.command, p.options
    ('diplomap report news/', (('Filters', 'since 2024-01-01'),))
    """
    from geo import __version__

    if made is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        made = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch.isdigit()
                else dt.date.today())
    inputs = [("corpus", ", ".join(_shown(p) for p in paths))] if paths else []
    if meta:
        inputs.append(("metadata", f"{_shown(meta)} ({_file_digest(meta)})"))
    inputs += [("visit records", f"{_shown(r)} ({_file_digest(r)})") for r in records]
    chosen = []
    for name, value in (filters or {}).items():
        if value not in (None, "", (), []):
            shown = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            chosen.append(f"{name} {shown}")
    options = [("Filters", "; ".join(chosen))] if chosen else []
    if geocoder:
        options.append(("Geocoder", geocoder))
    return Provenance(__version__, made, command, tuple(inputs), tuple(options), _software())
