"""The contract between diplomap and any geocoder, like geopy's ``geocoders/base.py``.

:class:`Resolver` is what every place resolver offers, offline or online:
``resolve(name, *, country=None)`` gives one :class:`~geo.values.Place` or
``None``, ``resolve_many(names, *, country=None)`` a list of them in order.
The offline :class:`geo.gazetteer.Gazetteer` fulfils it as it stands, the
online :class:`geo.geocoders.OnlineResolver` declares it. Code that takes a
``resolver`` (loading records, re-resolving mentions with ``--geocoder``)
asks for nothing more.

Places cross to and from geopy here: :func:`place_from_location` reads a
:class:`geopy.location.Location` (ours or a Nominatim reply), and
:func:`place_fields` gives the plain fields of a place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from geo.values import Place

__all__ = ["Resolver", "place_from_location", "place_fields"]


@runtime_checkable
class Resolver(Protocol):
    """What every place resolver offers, offline (the gazetteer) or online.

    ``country`` restricts results to one ISO 3166-1 alpha-2 code. A resolver
    answers "not found" with ``None``, never with an exception; an online
    one that fails may raise :class:`~geo.errors.GeocodingError` or fall back
    (as :class:`~geo.geocoders.OnlineResolver` does).

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> gaz = get_gazetteer()
    >>> isinstance(gaz, Resolver)
    True
    >>> def first_country(resolver: Resolver, names: list[str]) -> str | None:
    ...     places = [p for p in resolver.resolve_many(names) if p is not None]
    ...     return places[0].country if places else None
    >>> first_country(gaz, ["Qqqxyz", "Dushanbe"])
    'TJ'
    """

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """Return the most likely place called ``name``, or ``None``.

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> resolver: Resolver = get_gazetteer()
        >>> resolver.resolve("Perth", country="GB").country, resolver.resolve("Qqqxyz")
        ('GB', None)
        """
        ...

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order (``None`` where nothing fits).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> resolver: Resolver = get_gazetteer()
        >>> [p.name if p else None for p in resolver.resolve_many(["Peking", "Qqqxyz"])]
        ['Beijing', None]
        """
        ...


def place_fields(place: Place) -> dict[str, Any]:
    """Return the fields of a :class:`~geo.values.Place` as a plain dict (no ``raw``).

    What a cache stores and an :class:`~geo.geocoders.OfflineGeocoder`
    location carries in ``raw``; :func:`place_from_location` reads it back.

    Examples
    --------
    >>> place_fields(Place("Minsk", 53.9, 27.57, "BY", 625144))["country"]
    'BY'
    """
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
