"""Property-based tests (hypothesis) over random and adversarial input.

* the geoparser (and event extraction) never raises, and every mention's
  offsets slice the document to the mention text;
* JSON Lines, CSV and GeoJSON outputs are always valid and round-trip;
* a corpus written by Python's own csv/json writers is read back intact;
* the map builds for any subset of features, including none (then it says
  there is no data).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.output import FORMATS, row_of, write_values
from geo.values import VISIT_STATUSES, Document, Evidence, Mention, Problem, RecordStop, Tie, Visit

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
SETTINGS = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow,
                                                         HealthCheck.function_scoped_fixture])

PLACES = ["Tashkent", "Minsk", "Beijing", "Dushanbe", "Ashgabat", "Moscow", "New York",
          "Washington, D.C.", "St. Petersburg", "Rio de Janeiro", "Ho Chi Minh City", "Georgia",
          "Russia", "Uzbekistan", "Russian", "Chinese", "İstanbul", "Zürich", "Кыргызстан",
          "São Paulo", "Côte d'Ivoire", "Jordan", "Chad", "Nice", "Reading", "Police", "Center"]
WORDS = ["Vladimir Putin", "Xi Jinping", "President", "Secretary", "arrived in", "visited",
         "flew to", "will travel to", "held talks with", "in", "and", "the", "signed",
         "an energy agreement", "military", "on 26 May 2024", "2024-13-45", "next Tuesday",
         "last week", "in March", "1 January 1970", "31 February 2024", "May 2024"]
TRICKS = ["\u202e", "\u200b", "\u200d", "\ufeff", "\x00", "\r", "\r\n", "\n\n", "\t", "\xa0",
          "\u2028", "\u0301", "ß", "ﬁ", "İ", "Ǆ", "ẞ", "𝐓𝐚𝐬𝐡𝐤𝐞𝐧𝐭", "Ｍｉｎｓｋ", "👩‍👩‍👧", ".", ",",
          "'", "’", '"', "(", ")", "-", "—", "<script>", "</script>", '"><img src=x onerror=1>',
          "{{ 7*7 }}", "{% if %}", "javascript:", "=HYPERLINK(1)", "@SUM", "+1", "-1"]

#: Text made of place names, cue words, dates and Unicode tricks, glued randomly.
adversarial_text = st.lists(
    st.one_of(st.sampled_from(PLACES), st.sampled_from(WORDS), st.sampled_from(TRICKS),
              st.text(max_size=12)),
    max_size=40,
).flatmap(lambda parts: st.lists(st.sampled_from(["", " ", "  ", ". ", ", ", "\n"]),
                                 min_size=len(parts), max_size=len(parts))
          .map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))

any_text = st.one_of(st.text(), adversarial_text, st.text(st.characters(codec="utf-8")))


def _doc(text: str, published=None) -> Document:
    return Document("doc.txt", text, published=published)


# ----------------------------------------------------------------------------- geoparsing


@settings(SETTINGS, max_examples=150)
@given(text=any_text)
def test_geoparser_never_raises_and_offsets_slice_to_the_text(text):
    from geo.geoparse import geoparse

    doc = _doc(text)
    mentions = geoparse(doc)
    last = -1
    for m in mentions:
        assert isinstance(m, Mention) and m.doc == doc.id
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text, (m, text)
        assert m.start >= last  # text order
        last = m.start
        assert m.lat is None or (-90 <= m.lat <= 90 and -180 <= m.lon <= 180)
        assert 0 <= m.score <= 1 and m.kind


@settings(SETTINGS, max_examples=60)
@example(text="Vladimir Putin arrived in Tashkent last week.", published=dt.date.min)
@example(text="US Senators Chris Murphy and Gary Peters are on a working visit to Serbia on Monday.",
         published=dt.date.min)
@example(text="Putin visited Baghdad last week, on Monday.", published=dt.date(1, 1, 3))
@example(text="Vladimir Putin arrived in Minsk. He will visit Tashkent next Tuesday.",
         published=dt.date.max)
@given(text=adversarial_text, published=st.one_of(st.none(), st.dates(), st.sampled_from(
    [dt.date.min, dt.date.max])))
def test_event_extraction_never_raises(text, published):
    from geo.events import extract_ties, extract_visits
    from geo.geoparse import geoparse_many

    docs = [_doc(text, published)]
    mentions = geoparse_many(docs)
    visits = extract_visits(docs, mentions)
    ties = extract_ties(docs, mentions, visits=visits)
    for v in visits:
        assert v.status in VISIT_STATUSES
        assert v.start_date is None or v.end_date is None or v.start_date <= v.end_date
    for t in ties:
        assert t.a < t.b


# ----------------------------------------------------------------------------- outputs

floats = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                   st.floats(-90, 90), st.floats(-180, 180))
strings = st.one_of(st.none(), st.text(), st.sampled_from(TRICKS))
dates = st.one_of(st.none(), st.dates())
evidence = st.builds(Evidence, doc=st.text(), text=st.text(), kind=st.sampled_from(["text", "record"]),
                     url=strings, title=strings, published=dates, row=st.one_of(st.none(), st.integers(1, 10**6)))
mentions_st = st.builds(Mention, doc=st.text(), start=st.integers(0, 10**6), end=st.integers(0, 10**6),
                        text=st.text(), name=st.text(), lat=floats, lon=floats, country=strings,
                        geonameid=st.one_of(st.none(), st.integers(1, 10**8)),
                        kind=st.sampled_from(["city", "country", "admin", "demonym"]), score=st.floats(0, 1))
visits_st = st.builds(Visit, traveler=st.text(), traveler_country=strings, role=strings, country=st.text(),
                      place=strings, lat=floats, lon=floats, start_date=dates, end_date=dates,
                      status=st.sampled_from(VISIT_STATUSES), doc=strings, evidence=strings,
                      confidence=st.floats(0, 1), origin=st.sampled_from(["text", "record", "both"]),
                      trip=st.one_of(st.none(), st.integers(0, 1000)),
                      sources=st.lists(evidence, max_size=3).map(tuple))
ties_st = st.builds(Tie, a=st.text(max_size=3), b=st.text(max_size=3), kind=st.text(),
                    weight=st.integers(0, 10**6), first_date=dates, last_date=dates,
                    evidence=st.lists(evidence, max_size=3).map(tuple))
stops_st = st.builds(RecordStop, traveler=st.text(), role=strings, start_date=dates, end_date=dates,
                     country=strings, place=strings, lat=floats, lon=floats, file=st.text(),
                     row=st.integers(1, 10**6), reason=strings, remarks=strings)
problems_st = st.builds(Problem, source=st.text(), reason=st.text(), stage=st.text(max_size=10),
                        row=st.one_of(st.none(), st.integers(1, 10**6)), text=strings)
values_st = st.one_of(st.lists(mentions_st, max_size=6), st.lists(visits_st, max_size=6),
                      st.lists(ties_st, max_size=6), st.lists(stops_st, max_size=6),
                      st.lists(problems_st, max_size=6))


def _no_constants(name):
    raise ValueError(f"{name} is not JSON")


def _strict_json(text: str):
    return json.loads(text, parse_constant=_no_constants)


def _locate(iso2: str):
    return {"RU": (55.75, 37.62), "UZ": (41.3, 69.24)}.get(iso2, (float("nan"), 500.0))


#: OWASP: a spreadsheet may run a cell starting with one of these (written out here, not
#: taken from geo.output, so the guard is checked against the list and not against itself).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _expected_text(text: str) -> str:
    """A text cell as the CSV must hold it: line ends as LF, a formula start behind an apostrophe."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + flat if text[:1] in _FORMULA and text else flat


def _expected_cell(value, name: str, plain):
    """The CSV cell of one field, worked out from the value itself; None where not checked."""
    if plain is None:
        return ""
    if isinstance(plain, bool) or isinstance(plain, float):
        return None                      # the csv module's float text; checked as a number
    if isinstance(plain, int):
        return str(plain)
    if isinstance(plain, dt.date):
        return plain.isoformat()
    if isinstance(plain, str):
        return _expected_text(plain)
    if isinstance(value, Tie) and name == "evidence":
        return _expected_text(" | ".join(e.text for e in value.evidence))
    if isinstance(value, Tie) and name == "docs":
        return _expected_text(" | ".join(sorted({e.doc for e in value.evidence})))
    if isinstance(value, Visit) and name == "sources":
        return _expected_text(" | ".join(e.doc for e in value.sources))
    raise AssertionError(f"unexpected column {name}: {plain!r}")


@settings(SETTINGS, max_examples=150)
@given(values=values_st, fmt=st.sampled_from(FORMATS))
@example(values=[Problem("\t=1", "\r=HYPERLINK(1)", "-", 2, "@x")], fmt="csv")
@example(values=[Problem("\r\n+1", "ok", "+", None, "\t")], fmt="csv")
def test_outputs_are_always_valid(values, fmt):
    buf = io.StringIO(newline="")
    n = write_values(values, fmt, buf, locate=_locate)
    out = buf.getvalue()
    assert n == len(values)
    rows = [row_of(v) for v in values]
    if fmt == "jsonl":
        lines = out.split("\n")
        assert lines[-1] == "" and len(lines) == n + 1
        for line, row in zip(lines, rows):
            got = _strict_json(line)
            assert list(got) == list(row)
            for k, v in row.items():  # every text survives as is
                if isinstance(v, str):
                    assert got[k] == v
    elif fmt == "csv":
        table = list(csv.reader(io.StringIO(out, newline="")))
        if n:
            assert len(table) == n + 1 and table[0] == list(rows[0])
            for got, row, value in zip(table[1:], rows, values):
                assert len(got) == len(row)
                for cell, (name, v) in zip(got, row.items()):
                    want = _expected_cell(value, name, v)
                    if want is not None:
                        assert cell == want, (name, v)
                    if cell.startswith(_FORMULA):
                        assert isinstance(v, (int, float)) and float(cell) == v  # numbers only
    else:
        data = _strict_json(out)
        assert data["type"] == "FeatureCollection" and len(data["features"]) == n
        for feature, row in zip(data["features"], rows):
            assert feature["type"] == "Feature" and list(feature["properties"]) == list(row)
            geom = feature["geometry"]
            if geom is None:
                continue
            coords = [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
            assert geom["type"] in ("Point", "LineString")
            for lon, lat in coords:
                assert math.isfinite(lon) and math.isfinite(lat)
                assert -180 <= lon <= 180 and -90 <= lat <= 90


@settings(SETTINGS, max_examples=60)
@given(visits=st.lists(visits_st, max_size=4), ties=st.lists(ties_st, max_size=4),
       mentions=st.lists(mentions_st, max_size=4), problems=st.lists(problems_st, max_size=4))
@example(visits=[], ties=[], mentions=[], problems=[Problem("\r=1", "\t@x", "ingest", None, "-")])
def test_map_csv_exports_are_always_valid(tmp_path_factory, visits, ties, mentions, problems):
    import maps

    out = maps.write_csvs(tmp_path_factory.mktemp("csvs"), visits, ties, mentions, problems)
    expected = {"visits": len(visits), "ties": len(ties), "mentions": len(mentions)}
    for name, path in out.items():
        with open(path, encoding="utf-8", newline="") as fh:
            table = list(csv.reader(fh))
        width = len(table[0])
        assert all(len(row) == width for row in table), f"{name}.csv has ragged rows"
        if name in expected:
            assert len(table) - 1 == expected[name], name
        else:
            assert len(table) - 1 >= len(problems)
        for row in table[1:]:
            for cell in row:
                if cell.startswith(_FORMULA):
                    float(cell)  # only numbers may start like a formula
    with open(out["unresolved"], encoding="utf-8", newline="") as fh:
        reported = sorted((r["source"], r["reason"], r["text"]) for r in csv.DictReader(fh))
    want = [(_expected_text(p.source), _expected_text(p.reason), _expected_text(p.text or ""))
            for p in problems]
    assert not [w for w in want if w not in reported], "every problem, guarded, in unresolved.csv"


# ----------------------------------------------------------------------------- reading back

#: Text, not binary: no control characters but newline and tab (ingest rightly calls a file made
#: mostly of control characters binary); any other Unicode, including \x85, U+2028, RTL marks.
_TEXT_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc",),
                            include_characters="\n\t\x0b\x0c\x85")
cell_text = st.text(_TEXT_CHARS, min_size=1).filter(lambda s: s.strip())


@settings(SETTINGS, max_examples=80)
@example(texts=["0 \x1e 1", "a\x85b", "c\u2028d\u2029e", "f\x1cg\x1dh"], titles=["\x1e", "\x85", "", "", "\u2028"])
@given(texts=st.lists(cell_text, min_size=1, max_size=5), titles=st.lists(st.text(_TEXT_CHARS), min_size=5, max_size=5))
def test_csv_and_jsonl_written_by_python_are_read_back_intact(tmp_path_factory, texts, titles):
    from geo.ingest import read_corpus

    folder = tmp_path_factory.mktemp("rt")
    with open(folder / "t.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "text"])
        for i, (text, title) in enumerate(zip(texts, titles)):
            w.writerow([f"r{i}", title, text])
    with open(folder / "t.jsonl", "w", encoding="utf-8", newline="") as fh:
        for i, (text, title) in enumerate(zip(texts, titles)):
            fh.write(json.dumps({"id": f"r{i}", "title": title, "text": text}, ensure_ascii=False) + "\n")
    problems: list = []
    docs = list(read_corpus([folder], problems=problems))
    assert not problems, problems
    for ext in ("csv", "jsonl"):
        got = [d for d in docs if d.id.startswith(f"t.{ext}#")]
        assert [d.text for d in got] == texts, ext
        assert [d.title or "" for d in got] == [t.strip() for t in titles[:len(texts)]], ext


_MAGIC = [b"", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08", b"\xef\xbb\xbf", b"\xff\xfe",
          b"\xfe\xff", b"\x00\x00\xfe\xff", b"PK\x03\x04", b"---\n", b"<html>", b"id,text\n", b'{"text": "']
file_bytes = st.tuples(st.sampled_from(_MAGIC), st.one_of(
    st.binary(max_size=300), st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=100).map(lambda t: t.encode("utf-16-le")),
    adversarial_text.map(lambda t: t.encode("utf-8", "surrogatepass")))).map(lambda p: p[0] + p[1])


@settings(SETTINGS, max_examples=120)
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv", ".bin", ""]),
                                file_bytes), min_size=1, max_size=6))
def test_reading_any_bytes_never_raises_and_loses_no_file_silently(tmp_path_factory, files):
    from geo.ingest import read_corpus

    folder = tmp_path_factory.mktemp("bytes")
    names = []
    for i, (ext, data) in enumerate(files):
        name = f"f{i}{ext}"
        (folder / name).write_bytes(data)
        names.append(name)
    problems: list = []
    docs = list(read_corpus([folder], problems=problems))
    for name in names:  # every file gave a document or a reason
        assert any(d.id == name or d.id.startswith(name + "#") for d in docs) or \
            any(p.source == name or p.source.startswith(name + "#") for p in problems), name
    for p in problems:
        assert p.reason and "\n" not in p.reason
    for d in docs:
        assert "\r" not in d.text and "\x00" not in d.text and d.text.strip()


# ----------------------------------------------------------------------------- the map

HOME = {"RU": (55.7558, 37.6173), "UZ": (41.2995, 69.2401), "BY": (53.9006, 27.5590)}
_D = dt.date


def _pool():
    bad = '"><img src=x onerror=window.__pwned=1>'
    visits = [
        Visit("Vladimir Putin", "RU", "president", "UZ", "Tashkent", 41.3, 69.24, _D(2024, 5, 26),
              _D(2024, 5, 27), "completed", "a.txt", "Putin arrived in Tashkent.", 0.9, trip=1),
        Visit("Vladimir Putin", "RU", "president", "BY", "Minsk", 53.9, 27.56, _D(2024, 5, 23), None,
              "planned", "b.txt", bad, 0.5, trip=1),
        Visit(bad, "XX", None, "UZ", bad, 41.3, 69.24, None, None, "cancelled", None, None, 0.1),
        Visit("Nobody", None, None, "UZ", None, None, None, None, None, "completed", None, None, 0.1),
        Visit("Far", "RU", None, "UZ", "Nowhere", 999.0, -500.0, _D(2024, 1, 1), None, "ongoing",
              None, None, 0.2),
        Visit("NaN", "RU", None, "UZ", "Nowhere", float("nan"), float("nan"), None, None, "completed",
              None, None, 0.2),
    ]
    ties = [Tie("RU", "UZ", "energy", 3, _D(2024, 5, 27), None, (Evidence("a.txt", bad, url="javascript:x"),)),
            Tie("BY", "RU", bad, 1, None, None),
            Tie("AA", "ZZ", "trade", 2, None, None)]  # ends unknown: not drawn
    mentions = [Mention("a.txt", 0, 8, "Tashkent", "Tashkent", 41.3, 69.24, "UZ", 1, "city", 0.9),
                Mention("b.txt", 0, 5, bad, bad, 53.9, 27.56, "BY", None, "city", 0.9),
                Mention("c.txt", 0, 1, "X", "X", None, None, None, None, "other", 0.1),
                Mention("c.txt", 0, 1, "Y", "Y", 91.0, 181.0, None, None, "city", 0.1),
                Mention("c.txt", 0, 1, "Z", "Z", float("nan"), 0.0, None, None, "city", 0.1)]
    return visits, ties, mentions


VISITS, TIES, MENTIONS = _pool()


def _drawable(lat, lon) -> bool:
    return lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180


@settings(SETTINGS, max_examples=25)
@given(v=st.sets(st.sampled_from(range(len(VISITS)))), t=st.sets(st.sampled_from(range(len(TIES)))),
       m=st.sets(st.sampled_from(range(len(MENTIONS)))), title=st.one_of(st.none(), st.text(max_size=30)))
def test_map_builds_for_any_subset_of_features(v, t, m, title):
    import maps

    visits = [VISITS[i] for i in sorted(v)]
    ties = [TIES[i] for i in sorted(t)]
    mentions = [MENTIONS[i] for i in sorted(m)]
    problems = [Problem("x.txt", "empty file")] * len(v)
    fig = maps.build_map(visits, ties, mentions, problems=problems, title=title, tiles="none", home=HOME)
    html = maps.render_html(fig)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    head = html.split("<script")[0]
    if title:  # the user's own title may say anything, "NaN" included; no number may leak as NaN
        head = head.replace(title, "")
    assert "<img src=x" not in html and "NaN" not in head
    drawn = (any(_drawable(x.lat, x.lon) for x in visits) or any(_drawable(x.lat, x.lon) for x in mentions)
             or any(x.a in HOME and x.b in HOME for x in ties))
    assert ('"empty":true' in html) == (not drawn)


@settings(SETTINGS, max_examples=60)
@given(v=st.sets(st.sampled_from(range(len(VISITS)))), t=st.sets(st.sampled_from(range(len(TIES)))),
       m=st.sets(st.sampled_from(range(len(MENTIONS)))))
def test_map_geojson_export_is_valid_for_any_subset_of_features(v, t, m):
    import maps

    geo = maps.to_geojson([VISITS[i] for i in sorted(v)], [TIES[i] for i in sorted(t)],
                          [MENTIONS[i] for i in sorted(m)], home=HOME)
    _strict_json(json.dumps(geo, allow_nan=True))  # NaN/Infinity are not JSON
    assert geo["type"] == "FeatureCollection"
    for feature in geo["features"]:
        assert feature["type"] == "Feature"
        geom = feature["geometry"]
        coords = [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
        for lon, lat in coords:
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_empty_corpus_gives_a_valid_map_that_says_no_data(tmp_path):
    import maps

    path = maps.save_html(maps.build_map(tiles="none"), tmp_path / "empty.html")
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '"empty":true' in html
