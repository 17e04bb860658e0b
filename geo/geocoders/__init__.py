"""Geocoders behind one contract: the offline gazetteer and geopy's online services.

Laid out like geopy's ``geocoders`` package:

* :mod:`geo.geocoders.base`: the :class:`Resolver` contract (``resolve`` /
  ``resolve_many`` returning :class:`~geo.values.Place`) that the offline
  :class:`geo.gazetteer.Gazetteer` and :class:`OnlineResolver` fulfil, and
  the conversions between geopy locations and places;
* :mod:`geo.geocoders.offline`: :class:`OfflineGeocoder` dresses the offline
  gazetteer as a geopy geocoder (``geocode(query, exactly_one=True,
  country_codes=None)`` returning :class:`geopy.location.Location`), so code
  written for geopy runs offline;
* :mod:`geo.geocoders.online`: :class:`OnlineResolver` wraps any geopy
  geocoder (e.g. ``Nominatim``) as a resolver, with a rate limit, retries and
  backoff that honour ``Retry-After``, a bounded time per query, an atomic
  on-disk cache and a fallback to the offline gazetteer. Every lookup is
  logged in :attr:`OnlineResolver.log` with how it was answered:
  ``cache``, ``online``, ``fallback`` or ``none``.

:func:`make_resolver` builds either from a CLI-style name (``--geocoder``).

Examples
--------
>>> resolver = make_resolver("offline")
>>> isinstance(resolver, Resolver), resolver.resolve("Ashkhabad").name
(True, 'Ashgabat')
"""

from __future__ import annotations

import os
from typing import Any

from geo._paths import cache_dir
from geo.errors import ConfigurationError
from geo.gazetteer import get_gazetteer
from geo.geocoders.base import Resolver, place_fields, place_from_location
from geo.geocoders.offline import OfflineGeocoder
from geo.geocoders.online import HOW, OnlineResolver, Resolution

__all__ = [
    "Resolver",
    "OfflineGeocoder",
    "OnlineResolver",
    "Resolution",
    "make_resolver",
    "place_from_location",
    "place_fields",
    "GEOCODERS",
    "HOW",
]

#: Names accepted by :func:`make_resolver` (and ``--geocoder``).
GEOCODERS = ("offline", "nominatim")

_SAMPLE_AGENTS = ("my-application", "my_application", "geopy", "your_app_name", "")


def make_resolver(name: str = "offline", *, user_agent: str | None = None, domain: str | None = None,
                  scheme: str | None = None, cache_path: str | os.PathLike | None = None,
                  **options: Any) -> Resolver:
    """Return the resolver called ``name`` (``offline`` or ``nominatim``).

    ``nominatim`` needs a ``user_agent`` that identifies you (Nominatim's usage
    policy; geopy's sample agents are refused); ``domain``/``scheme`` point it
    at another server, e.g. ``domain="127.0.0.1:8080", scheme="http"``. Its
    answers are cached in ``cache_path`` (default: a file per domain in
    :func:`geo._paths.cache_dir`). Other keyword ``options`` go to
    :class:`OnlineResolver`.

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> make_resolver("offline") is get_gazetteer()
    True
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
            safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in geocoder.domain)
            cache_path = cache_dir() / f"geocode-nominatim-{safe}.json"
        return OnlineResolver(geocoder, cache_path=cache_path, **options)
    raise ConfigurationError(f"unknown geocoder {name!r}; choose one of: {', '.join(GEOCODERS)}")
