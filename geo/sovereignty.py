"""Places that are part of another country for a visit's purposes: a state's own overseas parts.

Travel inside one's own country is no visit (``benchmarks/realnews/GUIDE.md``), and that holds for the
parts of a state that ISO 3166 codes apart: Guam and Puerto Rico are the United States', Reunion and New
Caledonia France's. "Deputy Secretary of Defense Bob Work will visit Guam, Hawaii, Japan and Republic of
Korea" is two foreign stops, not three. Only territories that are part of the state are listed: the UK's
overseas territories, the Dutch Caribbean countries and the associated states of New Zealand are their own
polities, whose visits a reader may count.
"""

from __future__ import annotations

__all__ = ["PART_OF", "at_home"]

#: ISO2 of a territory -> ISO2 of the state it is part of.
PART_OF = {
    # the United States' territories
    "GU": "US", "PR": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
    # France's overseas departments and collectivities
    "GF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "PF": "FR", "NC": "FR", "PM": "FR",
    "WF": "FR", "BL": "FR", "MF": "FR",
}


def at_home(traveller_country: str | None, host: str | None) -> bool:
    """Is a trip from ``traveller_country`` to ``host`` travel at home?

    Examples
    --------
    >>> at_home("US", "US"), at_home("US", "GU"), at_home("FR", "NC"), at_home("JP", "GU")
    (True, True, True, False)
    >>> at_home(None, "GU")
    False
    """
    if not traveller_country or not host:
        return False
    return traveller_country == host or PART_OF.get(host) == traveller_country
