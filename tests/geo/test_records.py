"""Visit records: the real US secretaries file, historic countries, locales, bad rows."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.ingest import parse_date
from geo.records import load_records, split_locale
from geo.values import Place, Problem, RecordStop

HEADER = "traveler,role,start_date,end_date,country,locale,remarks\n"


def km(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def write(tmp_path: Path, body: str, name: str = "v.csv", header: str = HEADER) -> Path:
    p = tmp_path / name
    p.write_text(header + body, encoding="utf-8")
    return p


def load(tmp_path, body, **kw):
    problems: list[Problem] = []
    stops = load_records([write(tmp_path, body)], problems=problems, **kw)
    return stops, problems


@pytest.fixture(scope="module")
def secretaries(secretaries_csv):
    problems: list[Problem] = []
    stops = load_records([secretaries_csv], problems=problems)
    return stops, problems


# -- the real file ---------------------------------------------------------------------------

def test_whole_secretaries_file_loads_and_97_percent_of_rows_are_placed(secretaries):
    stops, problems = secretaries
    by_row = defaultdict(list)
    for s in stops:
        by_row[s.row].append(s)
    assert sorted(by_row) == list(range(1, 3440))  # every row present, none dropped
    placed = [r for r, ss in by_row.items() if all(s.lat is not None for s in ss)]
    assert len(placed) / 3439 >= 0.97


def test_every_unplaced_stop_is_reported_with_its_row(secretaries):
    stops, problems = secretaries
    unplaced = [s for s in stops if s.lat is None]
    assert all(s.reason for s in unplaced)
    reported = {(p.row, p.text) for p in problems}
    assert all((s.row, s.place) in reported for s in unplaced)
    assert all(p.stage == "records" and p.source.endswith("us_secretaries_travels.csv") for p in problems)
    assert all(p.row >= 1 for p in problems)


def test_secretaries_stops_are_well_formed(secretaries):
    stops, _ = secretaries
    for s in stops:
        assert isinstance(s, RecordStop) and s.traveler and s.start_date <= s.end_date
        assert s.country is None or (len(s.country) == 2 and s.country.isupper())
        if s.lat is not None:
            assert -90 <= s.lat <= 90 and -180 <= s.lon <= 180


def stops_of(stops, traveler_part, country_code=None, date=None):
    return [s for s in stops if traveler_part in s.traveler
            and (country_code is None or s.country == country_code)
            and (date is None or s.start_date == dt.date.fromisoformat(date))]


def test_historic_countries_constrain_the_search(secretaries):
    stops, _ = secretaries
    places = {(s.place, s.country) for s in stops}
    # U.S.S.R. rows land in today's successor states
    assert ("Kyiv", "UA") in places and ("Tbilisi", "GE") in places and ("Almaty", "KZ") in places
    assert ("Belgrade", "RS") in places and ("Dubrovnik", "HR") in places  # Yugoslavia
    assert ("Kinshasa", "CD") in places  # Zaire / "Congo, Democratic Republic of"
    assert ("Yangon", "MM") in places  # Burma, Rangoon
    assert ("Bonn", "DE") in places  # Germany, Federal Republic of
    assert ("Seoul", "KR") in places  # Korea, Republic of
    assert ("Potsdam", "DE") in places  # German Democratic Republic
    bonn = next(s for s in stops if s.place == "Bonn")
    assert km(bonn.lat, bonn.lon, 50.73, 7.10) < 25


def test_locale_with_several_places_gives_one_stop_each_in_order(secretaries):
    stops, _ = secretaries
    rows = defaultdict(list)
    for s in stops:
        rows[s.row].append(s)
    orders = {tuple(s.place for s in ss) for ss in rows.values()}
    assert ("Moscow", "Kyiv", "Tbilisi") in orders  # "Moscow, Kiev, Tblisi" (sic)
    assert ("Tel Aviv", "Jerusalem") in orders
    assert ("Jerusalem", "Tel Aviv") in orders


def test_mexico_df_and_bracketed_regions_are_one_place(secretaries):
    stops, _ = secretaries
    rows = defaultdict(list)
    for s in stops:
        rows[s.row].append(s)
    mexico = [ss for ss in rows.values() if ss[0].country == "MX" and ss[0].place == "Mexico City"]
    assert mexico and all(ss[0].lat is not None for ss in mexico)
    assert any(len(ss) == 1 for ss in mexico)  # "Mexico, D.F." alone -> one stop
    calgary = [ss for ss in rows.values() if ss[0].place == "Calgary"]
    assert len(calgary) == 1 and len(calgary[0]) == 1
    assert km(calgary[0][0].lat, calgary[0][0].lon, 51.05, -114.07) < 25


def test_air_bases_and_west_berlin(secretaries):
    stops, _ = secretaries
    by_place = {s.place: s for s in stops}
    wb = by_place["West Berlin"]
    assert wb.country == "DE" and km(wb.lat, wb.lon, 52.51, 13.32) < 15
    ramstein = by_place["Ramstein Air Base"]
    assert km(ramstein.lat, ramstein.lon, 49.44, 7.60) < 10
    assert by_place["Prince Sultan Air Base"].country == "SA"


def test_bracket_naming_a_country_moves_the_search(secretaries):
    stops, _ = secretaries
    by_place = {s.place: s for s in stops}
    assert by_place["Algiers"].country == "DZ"  # France | Algiers (Algeria)
    assert by_place["Havana"].country == "CU"  # Spain | Havana (Cuba)


def test_empty_locale_falls_back_to_the_country_point_and_says_so(secretaries):
    stops, problems = secretaries
    vatican = [s for s in stops if s.country == "VA"]
    assert len(vatican) == 33
    assert all(s.place is None and s.lat is not None and "country" in s.reason for s in vatican)
    assert not any(p.row == vatican[0].row for p in problems)  # placed: not a problem


# -- locales and dates -----------------------------------------------------------------------

def test_split_locale_cases():
    assert split_locale("Tel Aviv, Jerusalem") == [("Tel Aviv", None), ("Jerusalem", None)]
    assert split_locale("Mexico, D.F.") == [("Mexico, D.F.", None)]
    assert split_locale("Calgary (Alberta)") == [("Calgary", "Alberta")]
    assert split_locale("Acapulco, Mexico, D.F.") == [("Acapulco", None), ("Mexico, D.F.", None)]
    assert split_locale("Belfast, Hillsborough (Northern Ireland)") == [
        ("Belfast", "Northern Ireland"), ("Hillsborough", "Northern Ireland")]
    assert split_locale(" , ,") == []


@pytest.mark.parametrize("text", ["2024-13-45", "next Tuesday", "May 2024", "2024", "Tuesday", "31/02/2024",
                                  "2024-05", "10:30"])
def test_parse_date_refuses_incomplete_or_impossible_dates(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_parse_date_accepts_complete_spellings():
    assert parse_date(" 2024-05-26 ") == dt.date(2024, 5, 26)
    assert parse_date("May 26, 2024") == dt.date(2024, 5, 26)
    assert parse_date("26 May 2024") == dt.date(2024, 5, 26)
    assert parse_date("2024-05-26T23:30:00-05:00") == dt.date(2024, 5, 26)
    assert parse_date("") is None and parse_date("  ") is None


# -- bad input -------------------------------------------------------------------------------

def test_bad_rows_become_problems_and_the_run_continues(tmp_path):
    body = ("Vladimir Putin,president,2024-05-16,2024-05-17,China,Beijing,\n"
            "A,x,2024-13-45,2024-05-17,China,Beijing,\n"
            "B,x,next Tuesday,,China,Beijing,\n"
            "C,x,2024-05-20,2024-05-10,China,Beijing,\n"
            "D,x,2024-05-20,2024-05-21,China\n"
            "E,x,2024-05-20,2024-05-21,China,Beijing,r,extra\n"
            ",x,2024-05-20,2024-05-21,China,Beijing,\n"
            "F,x,2024-05-20,2024-05-21,,Beijing,\n"
            "G,x,2024-05-20,2024-05-21,China,Atlantisville,\n"
            "H,x,2024-05-20,2024-05-21,Atlantis,Beijing,\n"
            "Vladimir Putin,president,2024-05-23,2024-05-24,Belarus,Minsk,\n")
    stops, problems = load(tmp_path, body)
    assert [(s.traveler, s.row) for s in stops] == [
        ("Vladimir Putin", 1), ("G", 9), ("H", 10), ("Vladimir Putin", 11)]
    by_row = {p.row: p.reason for p in problems}
    assert "start_date '2024-13-45'" in by_row[2]
    assert "next Tuesday" in by_row[3]
    assert "before start_date" in by_row[4]
    assert "ragged" in by_row[5] and "ragged" in by_row[6]
    assert "traveler" in by_row[7] and "country" in by_row[8]
    assert "Atlantisville" in by_row[9] and "not found in CN" in by_row[9]
    assert "unknown country 'Atlantis'" in by_row[10]
    g, h = stops[1], stops[2]
    assert g.lat is None and g.lon is None and g.place == "Atlantisville" and g.country == "CN" and g.reason
    assert h.lat is None and h.country is None and "unknown country" in h.reason
    assert all(p.source == str(tmp_path / "v.csv") for p in problems)


def test_missing_required_columns_name_the_file_missing_and_found(tmp_path):
    p = write(tmp_path, "x,2024-01-01\n", header="who,when\n")
    with pytest.raises(InputError) as err:
        load_records([p])
    msg = str(err.value)
    assert str(p) in msg and "traveler" in msg and "start_date" in msg and "country" in msg
    assert "'who'" in msg and "'when'" in msg


def test_column_mapping(tmp_path):
    p = write(tmp_path, "Vladimir Putin,2024-05-26,2024-05-28,Uzbekistan,Tashkent\n",
              header="Name,From,To,Host,City\n")
    stops = load_records([p], columns={"traveler": "Name", "start_date": "From", "end_date": "To",
                                       "country": "Host", "locale": "City"})
    (s,) = stops
    assert (s.traveler, s.country, s.place, s.start_date, s.end_date, s.role) == (
        "Vladimir Putin", "UZ", "Tashkent", dt.date(2024, 5, 26), dt.date(2024, 5, 28), None)
    with pytest.raises(InputError, match=r"start_date \(as 'Begin'\)"):
        load_records([p], columns={"traveler": "Name", "start_date": "Begin", "country": "Host"})
    with pytest.raises(InputError, match="unknown record column 'colour'"):
        load_records([p], columns={"colour": "Name"})


def test_empty_binary_and_missing_files_are_input_errors(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "bin.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for name, match in (("empty.csv", "empty"), ("bin.csv", "binary"), ("nope.csv", "cannot read")):
        with pytest.raises(InputError, match=match):
            load_records([tmp_path / name])


def test_encodings_bom_latin1_crlf(tmp_path):
    row = "José Martí,visitor,1890-01-02,,Mexico,\"Mexico, D.F.\",\r\n"
    (tmp_path / "bom.csv").write_bytes(("\ufeff" + HEADER.replace("\n", "\r\n") + row).encode("utf-8"))
    (tmp_path / "l1.csv").write_bytes((HEADER + row).encode("latin-1"))
    (tmp_path / "u16.csv").write_bytes((HEADER + row).encode("utf-16"))
    for name in ("bom.csv", "l1.csv", "u16.csv"):
        (s,) = load_records([tmp_path / name])
        assert s.traveler == "José Martí" and s.place == "Mexico City" and s.end_date == s.start_date


def test_records_are_decoded_like_every_other_text_file(tmp_path):
    # Windows-1252 punctuation, UTF-16 without a BOM and UTF-8 with cp1252 pasted in
    # read as a person would, not as Latin-1 control characters.
    row = "José Martí,visitor,1890-01-02,,Mexico,Mexico City,talks \u2013 \u201cfriendly\u201d\n"
    (tmp_path / "cp.csv").write_bytes((HEADER + row).encode("cp1252"))
    (tmp_path / "le.csv").write_bytes((HEADER + row).encode("utf-16-le"))
    (tmp_path / "mix.csv").write_bytes(HEADER.encode() + row.replace("José", "Jos\u00e9").encode("cp1252"))
    for name in ("cp.csv", "le.csv", "mix.csv"):
        (s,) = load_records([tmp_path / name])
        assert s.traveler == "José Martí" and s.remarks == "talks \u2013 \u201cfriendly\u201d", name


def test_rows_are_numbered_per_file_and_multiline_fields_count_once(tmp_path):
    a = write(tmp_path, 'X,r,2020-01-01,,France,Paris,"two\nlines"\nY,r,2020-01-02,,France,Lyon,\n', "a.csv")
    b = write(tmp_path, "Z,r,2020-01-03,,Italy,Rome,\n", "b.csv")
    stops = load_records([a, b])
    assert [(Path(s.file).name, s.row, s.place) for s in stops] == [
        ("a.csv", 1, "Paris"), ("a.csv", 2, "Lyon"), ("b.csv", 1, "Rome")]
    assert stops[0].remarks == "two\nlines"


def test_places_of_one_row_lie_together(tmp_path):
    (s1, s2), _ = load(tmp_path, "X,r,2000-01-01,,Canada,\"Ottawa, Montebello\",\n")
    assert s2.place == "Montebello" and km(s2.lat, s2.lon, 45.65, -74.93) < 20  # Quebec, not Nova Scotia


def test_any_resolver_can_place_the_stops(tmp_path):
    class Stub:
        def __init__(self):
            self.asked = []

        def resolve(self, name, *, country=None, kinds=None):
            self.asked.append((name, country))
            return Place("Tashkent", 41.3, 69.28, "UZ") if name == "Tashkent" else None

        def resolve_many(self, names, *, country=None):
            return [self.resolve(n, country=country) for n in names]

    stub = Stub()
    (s,), _ = load(tmp_path, "Vladimir Putin,president,2024-05-26,2024-05-28,Uzbekistan,Tashkent,\n",
                   resolver=stub)
    assert stub.asked == [("Tashkent", "UZ")] and (s.lat, s.lon) == (41.3, 69.28)


def test_curated_visits_file_is_placed(tmp_path):
    from geo._paths import data_path

    problems: list[Problem] = []
    stops = load_records([data_path("visits.csv")], problems=problems)
    assert problems == [] and all(s.lat is not None for s in stops)
    assert {(s.country, s.place) for s in stops} >= {
        ("CN", "Beijing"), ("CN", "Harbin"), ("BY", "Minsk"), ("UZ", "Tashkent"),
        ("TJ", "Dushanbe"), ("TM", "Ashgabat")}


def test_given_coordinates_are_used_and_bad_ones_reported(tmp_path):
    header = "traveler,start_date,country,locale,lat,lon\n"
    p = write(tmp_path, "A,2020-01-01,Israel,Sde Boker,30.874,34.793\n"
                        "B,2020-01-01,Israel,Jerusalem,95,34.79\n"
                        "C,2020-01-01,Israel,Jerusalem,nan,nan\n"
                        "D,2020-01-01,Israel,\"Tel Aviv, Jerusalem\",32.1,34.8\n"
                        "E,2020-01-01,Israel,Jerusalem,north,\n", header=header)
    problems: list[Problem] = []
    stops = load_records([p], problems=problems)
    assert (stops[0].place, stops[0].lat, stops[0].lon, stops[0].country) == ("Sde Boker", 30.874, 34.793, "IL")
    assert [s.place for s in stops[1:]] == ["Jerusalem", "Jerusalem", "Tel Aviv", "Jerusalem", "Jerusalem"]
    assert all(abs(s.lat - 31.77) < 0.1 for s in stops[1:3])  # geocoded instead
    reasons = {p.row: p.reason for p in problems}
    assert "out of range" in reasons[2] and "out of range" in reasons[3]
    assert "several places" in reasons[4] and "unusable" in reasons[5]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=12), min_size=0, max_size=9), max_size=6))
@example(rows=[["\x00"]])  # a line of one NUL: the decoder removes NULs, so it is a blank line
def test_arbitrary_rows_never_crash_and_nothing_is_lost(tmp_path, rows):
    import csv as _csv
    import io

    buf = io.StringIO()
    w = _csv.writer(buf)
    w.writerow(["traveler", "role", "start_date", "end_date", "country", "locale", "remarks"])
    w.writerows(rows)
    p = tmp_path / "h.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    problems: list[Problem] = []
    try:
        stops = load_records([p], problems=problems)
    except InputError:
        return
    rows_out = {s.row for s in stops} | {q.row for q in problems}
    # blank lines are not data rows; NUL characters are removed when the file is read (geo.ingest.decode_bytes)
    n_rows = sum(1 for r in rows if any(c.replace("\x00", "").strip() for c in r))
    assert rows_out == set(range(1, n_rows + 1))  # every data row is either a stop or a problem


@given(st.text(max_size=60))
def test_split_locale_never_raises_and_keeps_names(locale):
    parts = split_locale(locale)
    assert all(name and name == name.strip() for name, _ in parts)


def test_online_style_resolver_is_asked_once_for_a_historic_country(tmp_path):
    class Online:  # resolve() only, like OnlineResolver
        def __init__(self):
            self.asked = []

        def resolve(self, name, *, country=None, kinds=None):
            self.asked.append((name, country))
            return Place(name, 41.7, 44.8, country)

        def resolve_many(self, names, *, country=None):
            return [self.resolve(n, country=country) for n in names]

    online = Online()
    stops, _ = load(tmp_path, "X,r,1972-05-22,1972-05-30,U.S.S.R.,\"Moscow, Tblisi\",\n", resolver=online)
    assert online.asked == [("Moscow", "RU"), ("Tblisi", "GE")]  # one request each, in the right country
    assert [s.country for s in stops] == ["RU", "GE"]


def test_a_town_beats_the_region_of_the_same_name(secretaries):
    stops, _ = secretaries
    first = {}
    for s in stops:
        first.setdefault((s.place, s.country), s)
    checks = {("Ramallah", "PS"): (31.90, 35.20), ("Geneva", "CH"): (46.20, 6.15),
              ("Québec", "CA"): (46.81, -71.21), ("Almaty", "KZ"): (43.25, 76.91)}
    for key, (lat, lon) in checks.items():
        s = first[key]
        assert km(s.lat, s.lon, lat, lon) < 10, (key, s.lat, s.lon)
    hainan = first[("Hainan", "CN")]  # the province, not a hamlet called Hainan in Heilongjiang
    assert km(hainan.lat, hainan.lon, 19.2, 109.6) < 100
