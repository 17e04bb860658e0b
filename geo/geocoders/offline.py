"""The offline gazetteer dressed as a geopy geocoder.

:class:`OfflineGeocoder` has geopy's ``geocode(query, exactly_one=True,
country_codes=None)`` and returns :class:`geopy.location.Location` values, so
code written for geopy runs offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geo.gazetteer import Gazetteer, get_gazetteer
from geo.geocoders.base import place_fields
from geo.values import Place

__all__ = ["OfflineGeocoder"]


class OfflineGeocoder:
    """The offline gazetteer with geopy's ``geocode`` signature.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.get_gazetteer`, loaded on first use.
        Only its ``candidates`` method is used.

    Examples
    --------
    >>> geocoder = OfflineGeocoder()
    >>> loc = geocoder.geocode("Ashkhabad")
    >>> loc.address, loc.point[:2], loc.raw["kind"]
    ('Ashgabat, TM', (37.95, 58.38333), 'city')
    >>> [loc.address for loc in geocoder.geocode("Perth", exactly_one=False)][:2]
    ['Perth, AU', 'Perth, GB']
    >>> geocoder.geocode("Perth", country_codes="GB").address
    'Perth, GB'
    >>> geocoder.geocode("Qqqxyz") is None
    True
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer asked (the shared one unless another was given).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> OfflineGeocoder().gazetteer is get_gazetteer()
        True
        """
        if self._gazetteer is None:
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

        Examples
        --------
        >>> geocoder = OfflineGeocoder()
        >>> loc = geocoder.geocode("Calgary, Alberta", timeout=5)
        >>> loc.address, loc.raw["admin1"]
        ('Calgary, CA', '01')
        >>> found = geocoder.geocode("Perth", exactly_one=False, country_codes=["GB", "TJ", "AU"])
        >>> [(loc.address, loc.raw["population"]) for loc in found]  # biggest first
        [('Perth, AU', 2384371), ('Perth, GB', 47350), ('Perth, AU', 2907)]
        >>> geocoder.geocode("  ", exactly_one=False)
        []
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
                              place_fields(p)) for p in places]
        if exactly_one:
            return locations[0] if locations else None
        return locations
