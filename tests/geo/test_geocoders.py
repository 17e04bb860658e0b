"""Online geocoding against a real HTTP server on 127.0.0.1 that answers like Nominatim.

No test contacts the internet: every request goes to a ``http.server`` started
here, whose replies are scripted per test (success, 429 with Retry-After,
5xx bursts, malformed JSON, empty results, slow replies) or to a port that
refuses connections.

Waits are not timed: the resolver gets a clock that only moves when it sleeps
(:class:`FakeTime`), so a test sees exactly which waits it asked for (an hour
of Retry-After is not waited for, backoff doubles, the budget stops retries)
whatever the load of the machine.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders import Nominatim

from geo.errors import ConfigurationError
from geo.geocoders import OfflineGeocoder, OnlineResolver, Resolver, make_resolver
from geo.values import Place

UA = "diplomap-tests/0.1 (tests@example.org)"

CITIES = {
    "tashkent": {"lat": "41.3123363", "lon": "69.2787079", "name": "Tashkent", "addresstype": "city",
                 "display_name": "Tashkent, Uzbekistan", "address": {"country_code": "uz"}},
    "dushanbe": {"lat": "38.5762709", "lon": "68.7863573", "name": "Dushanbe", "addresstype": "city",
                 "display_name": "Dushanbe, Tajikistan", "address": {"country_code": "tj"}},
}


class FakeNominatim:
    """A Nominatim-like /search endpoint; ``script`` gives the next replies in order."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.script: list[tuple] = []  # (status, body, headers, delay); empty -> answer normally
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                with owner.lock:
                    owner.requests.append(query)
                    step = owner.script.pop(0) if owner.script else None
                if step is None:
                    hit = CITIES.get(query.get("q", "").casefold())
                    step = (200, json.dumps([hit] if hit else []), {}, 0)
                status, body, headers, delay = step
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body.encode())
                except OSError:  # the client gave up (timeout tests)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def geocoder(self) -> Nominatim:
        return Nominatim(user_agent=UA, domain=f"127.0.0.1:{self.port}", scheme="http")


class FixedFallback:
    """A stand-in for the offline gazetteer that knows a few names."""

    def __init__(self):
        self.calls = []

    def resolve(self, name, *, country=None, kinds=None):
        self.calls.append(name)
        if name.casefold() == "tashkent":
            return Place("Tashkent", 41.26465, 69.21627, "UZ", 1512569)
        return None

    def resolve_many(self, names, *, country=None):
        return [self.resolve(n, country=country) for n in names]


class FakeTime:
    """A clock that moves only when the resolver sleeps: waits are counted, never made."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def resolver_options(self) -> dict:
        return {"sleep": self.sleep, "clock": self.clock}


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        yield srv


def fast(geocoder, tmp_path, **kw):
    opts = dict(cache_path=tmp_path / "cache.json", min_delay_seconds=0, max_retries=3, total_timeout=5,
                timeout=0.5, backoff=0.01, fallback=FixedFallback())
    opts.update(kw)
    return OnlineResolver(geocoder, **opts)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_success_is_cached_and_a_rerun_makes_zero_requests(server, tmp_path):
    r = fast(server.geocoder(), tmp_path)
    places = r.resolve_many(["Tashkent", "Dushanbe", "Atlantis"])
    assert [p and p.country for p in places] == ["UZ", "TJ", None]
    assert places[0].name == "Tashkent" and abs(places[0].lat - 41.312) < 1e-3
    assert len(server.requests) == 3 and server.requests[0]["q"] == "Tashkent"
    assert r.counts() == {"online": 3}
    # a new resolver (a re-run) answers everything, "not found" included, from disk
    again = fast(server.geocoder(), tmp_path)
    assert again.resolve_many(["Tashkent", "dushanbe ", "Atlantis"]) == places
    assert len(server.requests) == 3 and again.requests == 0
    assert again.counts() == {"cache": 3}
    saved = json.loads((tmp_path / "cache.json").read_text())
    assert saved["version"] == 1 and len(saved["entries"]) == 3


def test_country_is_sent_as_country_codes(server, tmp_path):
    fast(server.geocoder(), tmp_path).resolve("Tashkent", country="UZ")
    assert server.requests[0]["countrycodes"] == "uz"
    assert server.requests[0]["addressdetails"] == "1"


def test_rate_limiter_spaces_requests(server, tmp_path, fake_time, monkeypatch):
    """geopy's RateLimiter (which spaces the requests) waits min_delay_seconds between them."""
    import geopy.extra.rate_limiter as rate_limiter

    monkeypatch.setattr(rate_limiter, "default_timer", fake_time.clock)
    monkeypatch.setattr(rate_limiter, "sleep", fake_time.sleep)
    r = fast(server.geocoder(), tmp_path, min_delay_seconds=0.5, cache_path=None,
             **fake_time.resolver_options())
    r.resolve_many(["Tashkent", "Dushanbe", "Atlantis"])
    assert len(server.requests) == 3 and fake_time.sleeps == [0.5, 0.5]


def test_429_retry_after_is_honoured(server, tmp_path, fake_time):
    server.script = [(429, '{"error": "slow down"}', {"Retry-After": "1"}, 0)]
    r = fast(server.geocoder(), tmp_path, **fake_time.resolver_options())
    place = r.resolve("Tashkent")
    assert place is not None and place.country == "UZ"
    assert len(server.requests) == 2
    assert fake_time.sleeps == [1.0]  # waited as told, not the 0.01 s backoff
    assert r.log[-1].how == "online" and r.log[-1].attempts == 2


def test_429_with_retry_after_beyond_the_budget_falls_back_without_waiting(server, tmp_path,
                                                                          fake_time):
    server.script = [(429, "{}", {"Retry-After": "3600"}, 0)]
    r = fast(server.geocoder(), tmp_path, total_timeout=2, **fake_time.resolver_options())
    place = r.resolve("Tashkent")
    assert fake_time.sleeps == []     # the hour is not waited for
    assert place is not None and r.log[-1].how == "fallback" and "RateLimited" in r.log[-1].error
    # the pause is respected for the following queries: no new request, straight to the fallback
    fake_time.now += 3599
    assert r.resolve("Dushanbe") is None and len(server.requests) == 1
    assert r.log[-1].how == "none" and "Retry-After) 1 s more" in r.log[-1].error
    # once the hour is over the service is asked again
    fake_time.now += 1
    assert r.resolve("Dushanbe").country == "TJ" and len(server.requests) == 2
    assert r.log[-1].how == "online" and fake_time.sleeps == []


def test_retries_stop_at_the_time_budget(server, tmp_path, fake_time):
    server.script = [(500, "", {}, 0)] * 5
    r = fast(server.geocoder(), tmp_path, backoff=1.0, max_retries=5, total_timeout=2.5,
             **fake_time.resolver_options())
    place = r.resolve("Tashkent")
    # 1 s after the first failure fits the 2.5 s budget; the next wait (2 s) would not
    assert fake_time.sleeps == [1.0] and len(server.requests) == 2
    assert place is not None and r.log[-1].how == "fallback"
    assert "gave up after 2 attempt(s) within 2.5 s" in r.log[-1].error


def test_5xx_burst_then_success(server, tmp_path):
    server.script = [(500, "oops", {}, 0), (503, "busy", {}, 0), (502, "bad gateway", {}, 0)]
    r = fast(server.geocoder(), tmp_path)
    place = r.resolve("Dushanbe")
    assert place is not None and place.country == "TJ"
    assert len(server.requests) == 4 and r.log[-1].how == "online" and r.log[-1].attempts == 4
    # the success is cached; failures never are
    assert fast(server.geocoder(), tmp_path).resolve("Dushanbe") == place and len(server.requests) == 4


def test_backoff_grows_between_retries(server, tmp_path, fake_time):
    server.script = [(500, "", {}, 0)] * 3
    r = fast(server.geocoder(), tmp_path, backoff=0.25, **fake_time.resolver_options())
    assert r.resolve("Dushanbe").country == "TJ"
    assert fake_time.sleeps == [0.25, 0.5, 1.0] and len(server.requests) == 4


def test_malformed_json_is_retried_then_falls_back(server, tmp_path):
    server.script = [(200, "{not json", {}, 0)] * 4
    r = fast(server.geocoder(), tmp_path)
    place = r.resolve("Tashkent")
    assert place == Place("Tashkent", 41.26465, 69.21627, "UZ", 1512569)
    assert r.log[-1].how == "fallback" and "Parse" in r.log[-1].error
    assert len(server.requests) == 4
    assert not (tmp_path / "cache.json").exists()  # a fallback answer is not cached


def test_reply_without_coordinates_is_not_a_place(server, tmp_path):
    server.script = [(200, json.dumps([{"display_name": "Nowhere"}]), {}, 0)]
    r = fast(server.geocoder(), tmp_path)
    assert r.resolve("Dushanbe").country == "TJ"  # retried, second reply is good
    assert len(server.requests) == 2


def test_empty_results_are_none_not_fallback(server, tmp_path):
    fb = FixedFallback()
    r = fast(server.geocoder(), tmp_path, fallback=fb)
    server.script = [(200, "[]", {}, 0)]
    assert r.resolve("Tashkent") is None  # the service answered: nothing there
    assert fb.calls == [] and r.log[-1].how == "online"


def test_slow_replies_time_out_and_fall_back(server, tmp_path, fake_time):
    # the server answers after 5 s, the client gives up after 0.2 s (a real socket timeout)
    server.script = [(200, json.dumps([CITIES["tashkent"]]), {}, 5.0)] * 3
    r = fast(server.geocoder(), tmp_path, timeout=0.2, max_retries=2, total_timeout=3,
             **fake_time.resolver_options())
    place = r.resolve("Tashkent")
    assert place is not None and r.log[-1].how == "fallback" and "Timed" in r.log[-1].error
    assert len(server.requests) == 3 and r.log[-1].attempts == 3
    assert fake_time.sleeps == [0.01, 0.02]     # only the backoffs between the tries


def test_slow_but_within_timeout_succeeds(server, tmp_path):
    server.script = [(200, json.dumps([CITIES["dushanbe"]]), {}, 0.2)]
    r = fast(server.geocoder(), tmp_path, timeout=60)
    assert r.resolve("Dushanbe").country == "TJ" and r.log[-1].how == "online"


def test_connection_refused_falls_back_and_stops_asking(tmp_path, fake_time):
    geocoder = Nominatim(user_agent=UA, domain=f"127.0.0.1:{free_port()}", scheme="http")
    fb = FixedFallback()
    r = fast(geocoder, tmp_path, fallback=fb, max_consecutive_failures=2,
             **fake_time.resolver_options())
    out = r.resolve_many(["Tashkent", "Dushanbe", "Tashkent", "Atlantis"])
    assert fake_time.sleeps == [0.01, 0.02, 0.04] * 2   # two queries' backoffs, then no waits
    assert out[0] == out[2] == Place("Tashkent", 41.26465, 69.21627, "UZ", 1512569)
    assert out[1] is None and out[3] is None
    assert [x.how for x in r.log] == ["fallback", "none", "fallback", "none"]
    assert r.service_down and r.requests == 2 * 4  # two queries tried, then straight to fallback
    assert all("Unavailable" in x.error or "taken as down" in x.error for x in r.log)
    problems = r.problems()
    assert [p.stage for p in problems] == ["geocode"] * 4
    assert "placed offline" in problems[0].reason and "not placed offline either" in problems[1].reason
    assert problems[1].text == "Dushanbe"


def test_connection_refused_uses_the_offline_gazetteer_by_default(tmp_path):
    geocoder = Nominatim(user_agent=UA, domain=f"127.0.0.1:{free_port()}", scheme="http")
    r = OnlineResolver(geocoder, cache_path=tmp_path / "c.json", min_delay_seconds=0, max_retries=1,
                       timeout=0.5, backoff=0.01)
    place = r.resolve("Dushanbe", country="TJ")
    assert place is not None and place.country == "TJ" and abs(place.lat - 38.54) < 0.2
    assert r.log[-1].how == "fallback"


def test_corrupt_cache_is_rebuilt_with_a_warning(server, tmp_path):
    path = tmp_path / "cache.json"
    path.write_text('{"version": 1, "entries": {"x": ')  # a crash mid-write of a non-atomic writer
    with pytest.warns(RuntimeWarning, match="corrupt"):
        r = fast(server.geocoder(), tmp_path)
    assert r.resolve("Tashkent").country == "UZ" and r.log[-1].how == "online"
    data = json.loads(path.read_text())
    assert data["version"] == 1 and len(data["entries"]) == 1
    for junk in (b"[1, 2]", b'{"version": 1, "entries": {"k": {"lat": 1}}}', b"\x00\x01garbage",
                 b"\xff\xfe\x00not utf-8", b"", b'{"version": 99, "entries": {}}'):
        path.write_bytes(junk)
        with pytest.warns(RuntimeWarning, match="corrupt"):
            OnlineResolver(server.geocoder(), cache_path=path, fallback=None)


def test_cache_writes_are_atomic(server, tmp_path, monkeypatch):
    r = fast(server.geocoder(), tmp_path)
    r.resolve("Tashkent")
    before = (tmp_path / "cache.json").read_text()
    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        r.resolve("Dushanbe")
    assert (tmp_path / "cache.json").read_text() == before  # old cache intact
    assert [p.name for p in tmp_path.iterdir()] == ["cache.json"]  # no temp file left behind


def test_offline_geocoder_is_geopy_compatible():
    class Tiny:
        def candidates(self, name, *, country=None, kinds=None):
            rows = [Place("Paris", 48.85, 2.35, "FR", 2988507, population=2_100_000),
                    Place("Paris", 33.66, -95.55, "US", 4717560, population=25_000)]
            return [p for p in rows if name == "Paris" and country in (None, p.country)]

    from geopy.location import Location

    g = OfflineGeocoder(Tiny())
    loc = g.geocode("Paris")
    assert isinstance(loc, Location) and loc.raw["geonameid"] == 2988507
    assert g.geocode("Paris", country_codes="us").raw["country"] == "US"
    assert g.geocode("Paris", country_codes=["us", "fr"]).raw["country"] == "FR"  # bigger wins
    assert len(g.geocode("Paris", exactly_one=False)) == 2
    assert g.geocode("Paris, Texas", country_codes="US").raw["geonameid"] == 4717560
    assert g.geocode("") is None and g.geocode("Nowhere", exactly_one=False) == []


def test_offline_geocoder_feeds_online_resolver_and_round_trips_place():
    class Tiny:
        def candidates(self, name, *, country=None, kinds=None):
            return [Place("Minsk", 53.9, 27.57, "BY", 625144, kind="city", population=2_000_000)]

    r = OnlineResolver(OfflineGeocoder(Tiny()), min_delay_seconds=0, fallback=None)
    assert r.resolve("Minsk", country="BY") == Place("Minsk", 53.9, 27.57, "BY", 625144, population=2_000_000)


def test_make_resolver_nominatim_needs_a_user_agent(tmp_path, server):
    with pytest.raises(ConfigurationError, match="user-agent"):
        make_resolver("nominatim")
    with pytest.raises(ConfigurationError, match="user-agent"):
        make_resolver("nominatim", user_agent="my-application")
    with pytest.raises(ConfigurationError, match="unknown geocoder"):
        make_resolver("bing")
    r = make_resolver("nominatim", user_agent=UA, domain=f"127.0.0.1:{server.port}", scheme="http",
                      cache_path=tmp_path / "n.json", min_delay_seconds=0, fallback=None)
    assert isinstance(r, OnlineResolver) and r.resolve("Tashkent").country == "UZ"
    assert server.requests[0]["q"] == "Tashkent"


def test_bad_options_are_configuration_errors():
    with pytest.raises(ConfigurationError, match="min_delay_seconds"):
        OnlineResolver(OfflineGeocoder(object()), min_delay_seconds=-1)
    with pytest.raises(ConfigurationError, match="geocode"):
        OnlineResolver(object())


def test_no_warning_for_a_missing_cache_file(server, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fast(server.geocoder(), tmp_path, cache_path=tmp_path / "sub" / "new.json").resolve("Tashkent")
    assert (tmp_path / "sub" / "new.json").is_file()


def test_records_geocoded_online_then_from_cache_then_offline_when_down(server, tmp_path):
    from geo.records import load_records

    csv_path = tmp_path / "v.csv"
    csv_path.write_text("traveler,role,start_date,end_date,country,locale,remarks\n"
                        "Vladimir Putin,president,2024-05-26,2024-05-28,Uzbekistan,Tashkent,\n"
                        "Vladimir Putin,president,2022-06-28,2022-06-28,Tajikistan,Dushanbe,\n")
    cache = tmp_path / "nominatim.json"
    online = make_resolver("nominatim", user_agent=UA, domain=f"127.0.0.1:{server.port}", scheme="http",
                           cache_path=cache, min_delay_seconds=0, timeout=0.5, backoff=0.01)
    stops = load_records([csv_path], resolver=online)
    assert [(s.place, s.country, round(s.lat, 3)) for s in stops] == [
        ("Tashkent", "UZ", 41.312), ("Dushanbe", "TJ", 38.576)]  # the server's points, not the gazetteer's
    assert [q["countrycodes"] for q in server.requests] == ["uz", "tj"]
    assert online.counts() == {"online": 2}
    again = make_resolver("nominatim", user_agent=UA, domain=f"127.0.0.1:{server.port}", scheme="http",
                          cache_path=cache, min_delay_seconds=0)
    assert load_records([csv_path], resolver=again) == stops and again.requests == 0
    down = make_resolver("nominatim", user_agent=UA, domain=f"127.0.0.1:{free_port()}", scheme="http",
                         cache_path=tmp_path / "other.json", min_delay_seconds=0, timeout=0.5, backoff=0.01,
                         max_retries=1)
    offline = load_records([csv_path], resolver=down)
    assert [(s.place, s.country) for s in offline] == [("Tashkent", "UZ"), ("Dushanbe", "TJ")]
    assert down.counts() == {"fallback": 2}


def test_cache_survives_sigkill_mid_write(tmp_path):
    import signal
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    cache = tmp_path / "cache.json"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from geopy.location import Location
        from geo.geocoders import OnlineResolver

        class Big:  # large replies make each cache write take a while
            def geocode(self, query, exactly_one=True, timeout=None):
                return Location(query, (1.0, 2.0), {{"name": query + "x" * 2000}})

        r = OnlineResolver(Big(), cache_path={str(cache)!r}, min_delay_seconds=0, fallback=None)
        print("ready", flush=True)
        i = 0
        while True:
            r.resolve(f"place {{i}}")
            print("resolved", i, flush=True)
            i += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(60):   # 60 places resolved, each written to the cache before the next
            assert proc.stdout.readline().startswith("resolved"), "the writer stopped"
        proc.send_signal(signal.SIGKILL)   # most likely mid-write: writes are most of its time
    finally:
        proc.kill()
        proc.wait(timeout=10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a corrupt file would warn
        OnlineResolver(OfflineGeocoder(object()), cache_path=cache, fallback=None)
    entries = json.loads(cache.read_text())["entries"]
    assert len(entries) >= 50 and all(v["lat"] == 1.0 for v in entries.values())


def test_offline_and_online_resolvers_fulfil_one_contract(server, tmp_path):
    from geo.gazetteer import get_gazetteer

    online = fast(server.geocoder(), tmp_path)
    for resolver in (get_gazetteer(), make_resolver("offline"), online):
        assert isinstance(resolver, Resolver)
        got = resolver.resolve_many(["Tashkent", "Qqqxyz"], country="UZ")
        assert got[0].country == "UZ" and got[1] is None
        assert resolver.resolve("Tashkent", country="UZ") == got[0]

    class HalfResolver:  # resolve without resolve_many is not a resolver
        def resolve(self, name, *, country=None):
            return None

    assert not isinstance(HalfResolver(), Resolver)
    assert not isinstance(OfflineGeocoder(), Resolver)   # the other direction: geopy's interface


def test_the_fallback_is_a_resolver_the_offline_gazetteer_or_nothing(tmp_path):
    from geo.gazetteer import get_gazetteer

    class Down:
        def geocode(self, query, exactly_one=True, timeout=None):
            raise OSError("service down")

    assert OnlineResolver(Down()).fallback is get_gazetteer()
    assert OnlineResolver(Down(), fallback="offline").fallback is get_gazetteer()
    assert OnlineResolver(Down(), fallback=None).fallback is None
    with pytest.raises(ConfigurationError, match="fallback"):
        OnlineResolver(Down(), fallback="nominatim")
