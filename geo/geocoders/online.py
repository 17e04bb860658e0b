"""Online geocoding behind the :class:`~geo.geocoders.Resolver` contract.

:class:`OnlineResolver` wraps any geopy geocoder (e.g. ``Nominatim``) as a
resolver: one request per ``min_delay_seconds`` through
:class:`geopy.extra.rate_limiter.RateLimiter`, retries with exponential
backoff that honour ``Retry-After`` on HTTP 429, a bounded time per query, an
atomic on-disk JSON cache (a re-run makes no request for a cached query) and
a fallback to the offline gazetteer when the service stays down. Every
lookup is logged in :attr:`OnlineResolver.log` with how it was answered
(:data:`HOW`).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from geo.errors import ConfigurationError, GeocodingError
from geo.gazetteer import get_gazetteer
from geo.geocoders.base import Resolver, place_from_location, place_fields
from geo.output import atomic_write
from geo.values import Place, Problem

__all__ = ["OnlineResolver", "Resolution", "HOW"]

logger = logging.getLogger("geo.geocoders")

#: How a name was resolved, as logged by :class:`OnlineResolver`.
HOW = ("cache", "online", "fallback", "none")

_CACHE_VERSION = 1


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one lookup of :class:`OnlineResolver` was answered.

    ``how`` is one of :data:`HOW`; ``error`` says what went wrong online when
    the answer came from the fallback (or nowhere); ``attempts`` counts the
    requests this lookup made.

    Examples
    --------
    >>> Resolution("Minsk", "BY", "cache", "Minsk")
    Resolution(query='Minsk', country='BY', how='cache', place='Minsk', error=None, attempts=0)
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
            self.entries[key] = None if place is None else place_fields(place)
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


class OnlineResolver(Resolver):
    """A :class:`~geo.geocoders.Resolver` backed by a geopy geocoder, polite and fault tolerant.

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
    fallback : Resolver, "offline" or None
        Used when the service fails (not when it answers "not found").
        ``"offline"`` (the default) is the offline gazetteer, loaded when
        first needed; ``None`` for no fallback.
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
                 fallback: Resolver | Literal["offline"] | None = "offline", sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        for label, value in (("min_delay_seconds", min_delay_seconds), ("total_timeout", total_timeout),
                             ("timeout", timeout), ("backoff", backoff)):
            if not isinstance(value, (int, float)) or value < 0:
                raise ConfigurationError(f"{label} must be a number >= 0, got {value!r}")
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
        if isinstance(fallback, str) and fallback != "offline":
            raise ConfigurationError(f"fallback must be a resolver, 'offline' or None, got {fallback!r}")
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
    def fallback(self) -> Resolver | None:
        """The resolver asked when the service fails (``None``: nobody).

        Examples
        --------
        >>> class Down:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         raise OSError("service down")
        >>> OnlineResolver(Down()).fallback is get_gazetteer()
        True
        >>> OnlineResolver(Down(), fallback=None).fallback is None
        True
        """
        if isinstance(self._fallback, str):
            self._fallback = get_gazetteer()
        return self._fallback

    @property
    def service_down(self) -> bool:
        """True once ``max_consecutive_failures`` queries in a row failed online.

        Examples
        --------
        >>> class Down:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         raise OSError("service down")
        >>> r = OnlineResolver(Down(), min_delay_seconds=0, max_retries=0, max_consecutive_failures=2,
        ...                    fallback=None)
        >>> r.resolve("Minsk"), r.service_down, r.resolve("Pinsk"), r.service_down, r.requests
        (None, False, None, True, 2)
        >>> r.resolve("Brest"), r.requests   # no more requests once the service is down
        (None, 2)
        """
        return self._failures_in_row >= self.max_consecutive_failures

    def counts(self) -> dict[str, int]:
        """Return how many lookups were answered each way (see :data:`HOW`).

        Examples
        --------
        >>> from geopy.location import Location
        >>> class Belarus:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         return Location(query, (53.9, 27.6), {"name": query}) if query == "Minsk" else None
        >>> r = OnlineResolver(Belarus(), min_delay_seconds=0, fallback=None)
        >>> [p.name if p else None for p in r.resolve_many(["Minsk", "Atlantis", "Minsk"])]
        ['Minsk', None, 'Minsk']
        >>> r.counts()
        {'online': 2, 'cache': 1}
        """
        return dict(Counter(r.how for r in self.log))

    def problems(self) -> list[Problem]:
        """One :class:`~geo.values.Problem` (stage ``geocode``) per lookup the service failed.

        Answers from the fallback say so (the place is still placed, offline);
        lookups nobody could answer after a failure are reported as unresolved.
        A plain "not found" from a working service is not a problem here.

        Examples
        --------
        >>> class Refused:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         raise ConnectionRefusedError("connection refused")
        >>> r = OnlineResolver(Refused(), min_delay_seconds=0, max_retries=0)  # the offline fallback
        >>> r.resolve("Minsk", country="BY").country
        'BY'
        >>> [(p.stage, p.text, p.reason) for p in r.problems()]  # doctest: +NORMALIZE_WHITESPACE
        [('geocode', 'Minsk', "online geocoder failed (gave up after 1 attempt(s): ConnectionRefusedError:
          connection refused); 'Minsk' in BY placed offline")]
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

        ``kinds`` is accepted as the gazetteer's ``resolve`` takes it; online
        answers are not filtered by it.

        Examples
        --------
        >>> from geopy.location import Location
        >>> class Echo:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         return Location(query, (41.3, 69.3), {"name": query})
        >>> r = OnlineResolver(Echo(), min_delay_seconds=0, fallback=None)
        >>> r.resolve(" Tashkent ").name, r.resolve(""), r.log[0].how
        ('Tashkent', None, 'online')
        """
        if not isinstance(name, str) or not name.strip():
            return None
        try:
            return self._resolve(name.strip(), country)
        finally:
            self._cache.flush()

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order (one cache write at the end).

        Examples
        --------
        >>> from geopy.location import Location
        >>> class Echo:
        ...     def geocode(self, query, exactly_one=True, timeout=None):
        ...         return None if query == "Atlantis" else Location(query, (1.0, 2.0), {"name": query})
        >>> r = OnlineResolver(Echo(), min_delay_seconds=0, fallback=None)
        >>> [p.name if p else None for p in r.resolve_many(["Minsk", "Atlantis", 7])]
        ['Minsk', None, None]
        """
        try:
            return [self._resolve(n.strip(), country) if isinstance(n, str) and n.strip() else None
                    for n in names]
        finally:
            self._cache.flush()
