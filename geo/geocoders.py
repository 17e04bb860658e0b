"""Geocoders behind one contract: the offline gazetteer and geopy's online services.

Two directions, one :class:`Resolver` contract (``resolve`` / ``resolve_many``
returning :class:`~geo.values.Place`):

* :class:`OfflineGeocoder` dresses the offline gazetteer as a geopy geocoder
  (``geocode(query, exactly_one=True, country_codes=None)`` returning
  :class:`geopy.location.Location`), so code written for geopy runs offline.
* :class:`OnlineResolver` wraps any geopy geocoder (e.g. ``Nominatim``) as a
  resolver: one request per ``min_delay_seconds`` through
  :class:`geopy.extra.rate_limiter.RateLimiter`, retries with exponential
  backoff that honour ``Retry-After`` on HTTP 429, a bounded time per query,
  an atomic on-disk JSON cache (a re-run makes no request for a cached query)
  and a fallback to the offline gazetteer when the service stays down. Every
  lookup is logged in :attr:`OnlineResolver.log` with how it was answered:
  ``cache``, ``online``, ``fallback`` or ``none``.

:func:`make_resolver` builds either from a CLI-style name.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigurationError, GeocodingError
from .output import atomic_write
from .values import Place, Problem

__all__ = [
    "OfflineGeocoder",
    "OnlineResolver",
    "Resolution",
    "make_resolver",
    "place_from_location",
    "GEOCODERS",
    "HOW",
]

logger = logging.getLogger(__name__)

#: Names accepted by :func:`make_resolver` (and ``--geocoder``).
GEOCODERS = ("offline", "nominatim")

#: How a name was resolved, as logged by :class:`OnlineResolver`.
HOW = ("cache", "online", "fallback", "none")

_CACHE_VERSION = 1
_DEFAULT = object()  # "use the offline gazetteer" sentinel for ``fallback``
_SAMPLE_AGENTS = ("my-application", "my_application", "geopy", "your_app_name", "")


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _place_fields(place: Place) -> dict[str, Any]:
    return {"name": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
            "geonameid": place.geonameid, "kind": place.kind, "population": place.population,
            "admin1": place.admin1}


_NOMINATIM_KINDS = {
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "suburb": "city",
    "municipality": "city", "borough": "city", "quarter": "city", "neighbourhood": "city",
    "country": "country", "state": "admin", "province": "admin", "region": "region",
    "county": "admin", "state_district": "admin", "administrative": "admin",
}


def place_from_location(location: Any, *, country: str | None = None) -> Place | None:
    """Turn a :class:`geopy.location.Location` into a :class:`~geo.values.Place`.

    A location made by :class:`OfflineGeocoder` carries our own fields in
    ``raw`` and comes back unchanged; a Nominatim reply gives its ``name`` (or
    the first part of ``display_name``), ``address.country_code`` and a kind
    from ``addresstype``/``type``. Returns ``None`` for a location without
    usable coordinates.

    Examples
    --------
    >>> from geopy.location import Location
    >>> raw = {"lat": "41.3", "lon": "69.28", "display_name": "Tashkent, Uzbekistan",
    ...        "addresstype": "city", "address": {"country_code": "uz"}}
    >>> p = place_from_location(Location("Tashkent, Uzbekistan", (41.3, 69.28), raw))
    >>> (p.name, p.country, p.kind, p.lat)
    ('Tashkent', 'UZ', 'city', 41.3)
    """
    if location is None:
        return None
    raw = getattr(location, "raw", None)
    raw = dict(raw) if isinstance(raw, dict) else {}
    try:
        if "lat" in raw or "lon" in raw:  # geopy turns a missing coordinate into 0.0: read the reply
            lat, lon = float(raw["lat"]), float(raw["lon"])
        elif raw.keys() & {"display_name", "place_id", "osm_id"}:  # a Nominatim reply without a point
            return None
        else:
            lat, lon = float(location.latitude), float(location.longitude)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # also rejects NaN
        return None
    if {"name", "kind", "geonameid"} <= raw.keys():  # one of ours
        return Place(name=str(raw["name"]), lat=lat, lon=lon, country=raw.get("country"),
                     geonameid=raw.get("geonameid"), kind=raw.get("kind") or "other",
                     population=int(raw.get("population") or 0), admin1=raw.get("admin1"),
                     raw=raw)
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    code = address.get("country_code") or raw.get("country_code") or country
    display = raw.get("display_name") or getattr(location, "address", "") or ""
    name = raw.get("name") or str(display).split(",")[0].strip() or str(display)
    kind = _NOMINATIM_KINDS.get(str(raw.get("addresstype") or raw.get("type") or ""), "other")
    return Place(name=name, lat=lat, lon=lon, country=str(code).upper() if code else None,
                 geonameid=None, kind=kind, population=0, admin1=address.get("state"), raw=raw)


class OfflineGeocoder:
    """The offline gazetteer with geopy's ``geocode`` signature.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.get_gazetteer`, loaded on first use.

    Examples
    --------
    >>> from geo.values import Place
    >>> class Tiny:
    ...     def candidates(self, name, *, country=None, kinds=None):
    ...         return [Place("Tashkent", 41.26, 69.22, "UZ", 1512569)] if name == "Tashkent" else []
    >>> loc = OfflineGeocoder(Tiny()).geocode("Tashkent")
    >>> loc.address, loc.point[:2], loc.raw["country"]
    ('Tashkent, UZ', (41.26, 69.22), 'UZ')
    >>> OfflineGeocoder(Tiny()).geocode("Atlantis") is None
    True
    """

    def __init__(self, gazetteer: Any = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from .gazetteer import get_gazetteer

            self._gazetteer = get_gazetteer()
        return self._gazetteer

    def _candidates(self, query: str, codes: Sequence[str | None]) -> list[Place]:
        gaz = self.gazetteer
        found: list[Place] = []
        for code in codes:
            found.extend(gaz.candidates(query, country=code))
        if not found and "," in query:  # "Calgary, Alberta": the head names the place
            head = query.split(",")[0].strip()
            for code in codes:
                found.extend(gaz.candidates(head, country=code))
        seen: set = set()
        unique = []
        for p in found:
            key = (p.geonameid, p.name, p.lat, p.lon)
            if key not in seen:
                seen.add(key)
                unique.append(p)
        return unique

    def geocode(self, query: str, exactly_one: bool = True, country_codes: str | Sequence[str] | None = None,
                timeout: float | None = None, **_ignored: Any):
        """Return a :class:`geopy.location.Location` (or a list) for ``query``, or ``None``.

        ``country_codes`` (ISO2, one or several) restricts the search, as in
        geopy's Nominatim; ``timeout`` is accepted and ignored (no network).
        ``raw`` holds the :class:`~geo.values.Place` fields.
        """
        from geopy.location import Location

        if not isinstance(query, str) or not query.strip():
            return None if exactly_one else []
        if isinstance(country_codes, str):
            codes: list[str | None] = [country_codes.upper()]
        elif country_codes:
            codes = [str(c).upper() for c in country_codes]
        else:
            codes = [None]
        places = self._candidates(query.strip(), codes)
        if len(codes) > 1:  # best of several countries: bigger first, stable otherwise
            places.sort(key=lambda p: -p.population)
        locations = [Location(f"{p.name}, {p.country}" if p.country else p.name, (p.lat, p.lon),
                              _place_fields(p)) for p in places]
        if exactly_one:
            return locations[0] if locations else None
        return locations


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one lookup of :class:`OnlineResolver` was answered.

    ``how`` is one of :data:`HOW`; ``error`` says what went wrong online when
    the answer came from the fallback (or nowhere); ``attempts`` counts the
    requests this lookup made.
    """

    query: str
    country: str | None
    how: str
    place: str | None = None
    error: str | None = None
    attempts: int = 0


class _Cache:
    """A JSON file of ``key -> place fields | None``, written atomically."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any] | None] = {}
        self._dirty = False
        self._lock = threading.Lock()
        if path is not None:
            self._load()

    def _load(self) -> None:
        try:
            data_bytes = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as err:
            warnings.warn(f"geocoder cache {self.path} is unreadable ({err}); starting empty",
                          RuntimeWarning, stacklevel=3)
            return
        try:
            data = json.loads(data_bytes.decode("utf-8"))  # UnicodeDecodeError is a ValueError
            if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION \
                    or not isinstance(data.get("entries"), dict):
                raise ValueError("not a diplomap geocoder cache (version %r)" % (
                    data.get("version") if isinstance(data, dict) else type(data).__name__))
            entries = {}
            for key, value in data["entries"].items():
                if value is not None and not (isinstance(value, dict) and {"name", "lat", "lon"} <= value.keys()):
                    raise ValueError(f"bad entry for {key!r}")
                entries[key] = value
        except ValueError as err:
            warnings.warn(f"geocoder cache {self.path} is corrupt ({err}); rebuilding it",
                          RuntimeWarning, stacklevel=3)
            self._dirty = True  # rewrite it at the next flush even if nothing new comes
            return
        self.entries = entries

    def get(self, key: str) -> tuple[bool, Place | None]:
        if key not in self.entries:
            return False, None
        value = self.entries[key]
        if value is None:
            return True, None
        fields = {k: value.get(k) for k in ("name", "lat", "lon", "country", "geonameid", "kind",
                                             "population", "admin1")}
        fields["kind"] = fields["kind"] or "other"
        fields["population"] = int(fields["population"] or 0)
        return True, Place(**fields)

    def put(self, key: str, place: Place | None) -> None:
        with self._lock:
            self.entries[key] = None if place is None else _place_fields(place)
            self._dirty = True

    def flush(self) -> None:
        if self.path is None or not self._dirty:
            return
        with self._lock:
            payload = json.dumps({"version": _CACHE_VERSION, "entries": self.entries},
                                 ensure_ascii=False, sort_keys=True)
            atomic_write(self.path, payload.encode("utf-8"))
            self._dirty = False


def _disable_transport_retries(geocoder: Any) -> None:
    """Turn off urllib3's own retries in a geopy ``RequestsAdapter``.

    geopy mounts ``HTTPAdapter(max_retries=2)``, and urllib3 then silently
    retries 429/503 replies and *sleeps for any Retry-After it is given* (an
    hour, if the server says so). :class:`OnlineResolver` owns retries, waits
    and the time budget, so each geocode call must be exactly one request.
    """
    session = getattr(getattr(geocoder, "adapter", None), "session", None)
    adapters = getattr(session, "adapters", None)
    if not adapters:
        return
    from urllib3.util import Retry

    for transport in adapters.values():
        if hasattr(transport, "max_retries"):
            transport.max_retries = Retry(0, read=False)


class OnlineResolver:
    """A :class:`Resolver` backed by a geopy geocoder, polite and fault tolerant.

    Parameters
    ----------
    geocoder : geopy.geocoders.base.Geocoder
        E.g. ``Nominatim(user_agent="diplomap-you@example.org")``. Anything
        with geopy's ``geocode(query, exactly_one=..., timeout=...)`` works;
        ``country_codes`` and ``addressdetails`` are passed when it accepts them.
    cache_path : str or Path, optional
        JSON cache of answers (including "not found"). Written atomically
        (temporary file + :func:`os.replace`); a corrupt file is set aside with
        a :class:`RuntimeWarning` and rebuilt. ``None`` disables the cache.
    min_delay_seconds : float
        Least time between two requests (Nominatim's policy is 1 s).
    max_retries : int
        Retries of one query after a timeout, 5xx, 429 or malformed reply.
    total_timeout : float
        Time budget of one query, waits included; when it would be exceeded
        the query gives up and falls back.
    timeout : float
        Timeout of one HTTP request.
    backoff : float
        First wait after a failure; doubles after each one (capped at 30 s).
        A ``Retry-After`` header on 429 replaces it when longer.
    max_consecutive_failures : int
        After this many queries in a row failed online, the service is taken
        as down: later queries go straight to the fallback (bounded total time).
    fallback : Resolver or None
        Used when the service fails (not when it answers "not found").
        Defaults to the offline gazetteer; ``None`` for no fallback.
    sleep, clock : callable
        How waits are made and time is read (``time.sleep``, ``time.monotonic``);
        for tests and for callers with their own event loop.

    Attributes
    ----------
    log : list of Resolution
        One entry per lookup, in order.
    requests : int
        Requests sent to the service.

    Examples
    --------
    >>> from geopy.location import Location
    >>> class Echo:  # any geopy-like geocoder
    ...     def geocode(self, query, exactly_one=True, timeout=None):
    ...         return Location(query, (1.0, 2.0), {"name": query})
    >>> r = OnlineResolver(Echo(), min_delay_seconds=0, fallback=None)
    >>> r.resolve("Somewhere").point, r.resolve("Somewhere").point
    ((1.0, 2.0), (1.0, 2.0))
    >>> r.requests, r.counts()
    (1, {'online': 1, 'cache': 1})
    """

    def __init__(self, geocoder: Any, *, cache_path: str | os.PathLike | None = None,
                 min_delay_seconds: float = 1.0, max_retries: int = 3, total_timeout: float = 60.0,
                 timeout: float = 10.0, backoff: float = 1.0, max_consecutive_failures: int = 3,
                 fallback: Any = _DEFAULT, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        for label, value in (("min_delay_seconds", min_delay_seconds), ("total_timeout", total_timeout),
                             ("timeout", timeout), ("backoff", backoff)):
            if not isinstance(value, (int, float)) or value < 0:
                raise ConfigurationError(f"{label} must be a number >= 0, got {value!r}")
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
        if not callable(getattr(geocoder, "geocode", None)):
            raise ConfigurationError(f"geocoder must have a geocode() method, got {geocoder!r}")
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        _disable_transport_retries(geocoder)
        self.min_delay_seconds = float(min_delay_seconds)
        self.max_retries = max_retries
        self.total_timeout = float(total_timeout)
        self.timeout = float(timeout)
        self.backoff = float(backoff)
        self.max_consecutive_failures = max(1, int(max_consecutive_failures))
        self._fallback = fallback
        self._sleep = sleep
        self._clock = clock
        # RateLimiter spaces the requests; retries are ours (backoff, Retry-After, budget).
        self._limited = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)
        self._cache = _Cache(Path(cache_path) if cache_path is not None else None)
        self._id = f"{type(geocoder).__name__}:{getattr(geocoder, 'domain', '')}"
        self._extra = self._extra_kwargs(geocoder)
        self._failures_in_row = 0
        self._pause_until = 0.0
        self.log: list[Resolution] = []
        self.requests = 0

    @staticmethod
    def _extra_kwargs(geocoder: Any) -> set[str]:
        import inspect

        try:
            params = inspect.signature(geocoder.geocode).parameters
        except (TypeError, ValueError):
            return set()
        if any(p.kind is p.VAR_KEYWORD for p in params.values()):
            return {"country_codes", "addressdetails"}
        return {n for n in ("country_codes", "addressdetails") if n in params}

    @property
    def fallback(self) -> Any:
        if self._fallback is _DEFAULT:
            from .gazetteer import get_gazetteer

            self._fallback = get_gazetteer()
        return self._fallback

    @property
    def service_down(self) -> bool:
        """True once ``max_consecutive_failures`` queries in a row failed online."""
        return self._failures_in_row >= self.max_consecutive_failures

    def counts(self) -> dict[str, int]:
        """Return how many lookups were answered each way (see :data:`HOW`)."""
        return dict(Counter(r.how for r in self.log))

    def problems(self) -> list[Problem]:
        """One :class:`~geo.values.Problem` (stage ``geocode``) per lookup the service failed.

        Answers from the fallback say so (the place is still placed, offline);
        lookups nobody could answer after a failure are reported as unresolved.
        A plain "not found" from a working service is not a problem here.
        """
        out = []
        for r in self.log:
            if r.error is None:
                continue
            where = f" in {r.country}" if r.country else ""
            if r.how == "fallback":
                reason = f"online geocoder failed ({r.error}); {r.query!r}{where} placed offline"
            else:
                reason = f"online geocoder failed ({r.error}); {r.query!r}{where} not placed offline either"
            out.append(Problem(source=self._id, reason=reason, stage="geocode", text=r.query))
        return out

    def _key(self, name: str, country: str | None) -> str:
        return f"{self._id}|{(country or '').upper()}|{_norm(name)}"

    def _ask(self, name: str, country: str | None) -> tuple[Place | None, int]:
        """Query the service with retries; raise GeocodingError when it keeps failing."""
        from geopy import exc as gexc

        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout}
        if country and "country_codes" in self._extra:
            kwargs["country_codes"] = country.lower()
        if "addressdetails" in self._extra:
            kwargs["addressdetails"] = True
        deadline = self._clock() + self.total_timeout
        attempts = 0
        last: BaseException | None = None
        for attempt in range(self.max_retries + 1):
            attempts += 1
            self.requests += 1
            try:
                location = self._limited(name, **kwargs)
            except (gexc.GeocoderQueryError, gexc.GeocoderAuthenticationFailure,
                    gexc.GeocoderInsufficientPrivileges, gexc.ConfigurationError) as err:
                raise GeocodingError(f"{type(err).__name__}: {err}") from err  # retrying won't help
            except gexc.GeocoderRateLimited as err:
                last, wait = err, max(self.backoff * 2 ** attempt, float(err.retry_after or 0))
            except (gexc.GeocoderServiceError, OSError) as err:  # timeouts, 5xx, refused, bad JSON
                last, wait = err, self.backoff * 2 ** attempt
            else:
                if location is None:
                    return None, attempts
                place = place_from_location(location, country=country)
                if place is not None:
                    return place, attempts
                last, wait = gexc.GeocoderParseError(f"reply without coordinates: {location.raw!r}"), \
                    self.backoff * 2 ** attempt
            if attempt == self.max_retries:
                break
            if isinstance(last, gexc.GeocoderRateLimited) and wait > self.total_timeout:
                # the service asked for a pause longer than a query may take: respect it for later
                # queries too (they go to the fallback until then) instead of asking again at once
                self._pause_until = self._clock() + wait
            wait = min(wait, 30.0)
            if self._clock() + wait + self.min_delay_seconds > deadline:
                raise GeocodingError(f"gave up after {attempts} attempt(s) within "
                                     f"{self.total_timeout:g} s: {type(last).__name__}: {last}") from last
            logger.info("geocoder: %s for %r, retrying in %.2f s", type(last).__name__, name, wait)
            self._sleep(wait)
        raise GeocodingError(f"gave up after {attempts} attempt(s): {type(last).__name__}: {last}") from last

    def _resolve(self, name: str, country: str | None) -> Place | None:
        key = self._key(name, country)
        hit, cached = self._cache.get(key)
        if hit:
            self.log.append(Resolution(name, country, "cache", cached.name if cached else None))
            return cached
        error = "service taken as down after repeated failures"
        attempts = 0
        paused = self._clock() < self._pause_until
        if paused and not self.service_down:
            error = f"service asked to wait (Retry-After) {self._pause_until - self._clock():.0f} s more"
        if not self.service_down and not paused:
            try:
                place, attempts = self._ask(name, country)
            except GeocodingError as err:
                self._failures_in_row += 1
                error = str(err)
                attempts = self.max_retries + 1
            else:
                self._failures_in_row = 0
                self._cache.put(key, place)
                self.log.append(Resolution(name, country, "online", place.name if place else None,
                                           attempts=attempts))
                return place
        fb = self.fallback
        place = fb.resolve(name, country=country) if fb is not None else None
        self.log.append(Resolution(name, country, "fallback" if place is not None else "none",
                                   place.name if place else None, error=error, attempts=attempts))
        return place

    def resolve(self, name: str, *, country: str | None = None, kinds: Iterable[str] | None = None) -> Place | None:
        """Return the place ``name`` (in ``country``, ISO2, when given) or ``None``.

        ``kinds`` is accepted for the :class:`Resolver` contract; online
        answers are not filtered by it.
        """
        if not isinstance(name, str) or not name.strip():
            return None
        try:
            return self._resolve(name.strip(), country)
        finally:
            self._cache.flush()

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order (one cache write at the end)."""
        try:
            return [self._resolve(n.strip(), country) if isinstance(n, str) and n.strip() else None
                    for n in names]
        finally:
            self._cache.flush()


def make_resolver(name: str = "offline", *, user_agent: str | None = None, domain: str | None = None,
                  scheme: str | None = None, cache_path: str | os.PathLike | None = None,
                  **options: Any) -> Any:
    """Return the resolver called ``name`` (``offline`` or ``nominatim``).

    ``nominatim`` needs a ``user_agent`` that identifies you (Nominatim's usage
    policy; geopy's sample agents are refused); ``domain``/``scheme`` point it
    at another server, e.g. ``domain="127.0.0.1:8080", scheme="http"``. Its
    answers are cached in ``cache_path`` (default: a file per domain in
    :func:`geo._paths.cache_dir`). Other keyword ``options`` go to
    :class:`OnlineResolver`.

    Examples
    --------
    >>> make_resolver("nominatim")
    Traceback (most recent call last):
    ...
    geo.errors.ConfigurationError: the nominatim geocoder needs --user-agent naming your application and a contact (Nominatim's usage policy)
    >>> make_resolver("google")
    Traceback (most recent call last):
    ...
    geo.errors.ConfigurationError: unknown geocoder 'google'; choose one of: offline, nominatim
    """
    key = (name or "").strip().lower()
    if key == "offline":
        from .gazetteer import get_gazetteer

        return get_gazetteer()
    if key == "nominatim":
        if user_agent is None or user_agent.strip().lower() in _SAMPLE_AGENTS \
                or user_agent.strip().lower().startswith("geopy/"):
            raise ConfigurationError("the nominatim geocoder needs --user-agent naming your application "
                                     "and a contact (Nominatim's usage policy)")
        from geopy.geocoders import Nominatim

        kwargs: dict[str, Any] = {"user_agent": user_agent.strip()}
        if domain:
            kwargs["domain"] = domain
        if scheme:
            kwargs["scheme"] = scheme
        try:
            geocoder = Nominatim(**kwargs)
        except Exception as err:  # geopy's own ConfigurationError and friends
            raise ConfigurationError(f"cannot set up nominatim: {err}") from err
        if cache_path is None:
            from ._paths import cache_dir

            safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in geocoder.domain)
            cache_path = cache_dir() / f"geocode-nominatim-{safe}.json"
        return OnlineResolver(geocoder, cache_path=cache_path, **options)
    raise ConfigurationError(f"unknown geocoder {name!r}; choose one of: {', '.join(GEOCODERS)}")
