"""Partners named indirectly: "the Gulf nation", "the island nation", and the countries a story names.

:func:`described_country` says which country a descriptive noun stands for
when the sentence has just named one of that sort; :func:`named_in` and
:func:`last_two` give the countries a story names in order, so that "the two
countries" of a story with no visit can stand for the only two it names.
:func:`foci_of` gives, per sentence, the pair "the two countries" and
"bilateral" stand for in a story with visits: that of the last visit told
(:func:`trip_of`), else the story's main pair (:func:`main_pair`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from geo.doc_words import WordsAt
from geo.values import Mention, Visit

if TYPE_CHECKING:
    from geo.reading import Reading

__all__ = ["SORTS", "PARTNER", "PARTNER_WORDS", "HOST_NOUN", "HOST_WORDS", "words_at", "described_country",
           "last_of_sort", "named_in", "last_two", "main_pair", "trip_of", "foci_of"]

#: The countries a descriptive noun may stand for ("the Gulf nation", "the island nation").
SORTS = {
    "gulf": frozenset({"AE", "BH", "KW", "OM", "QA", "SA"}),
    "emirate": frozenset({"AE", "KW", "QA"}),
    "sultanate": frozenset({"BN", "OM"}),
    "hermit": frozenset({"KP"}),
    "kingdom": frozenset({"BE", "BH", "BN", "BT", "DK", "ES", "GB", "JO", "KH", "LS", "MA", "MY", "NL", "NO", "SA",
                          "SE", "SZ", "TH", "TO"}),
    "island": frozenset({"AG", "BB", "BH", "BS", "CU", "CV", "CY", "DM", "DO", "FJ", "FM", "GD", "HT", "ID", "IE",
                         "IS", "JM", "JP", "KI", "KM", "KN", "LC", "LK", "MG", "MH", "MT", "MU", "MV", "NR", "NZ",
                         "PG", "PH", "PW", "SB", "SC", "SG", "ST", "TL", "TO", "TT", "TV", "TW", "VC", "VU", "WS"}),
}


def described_country(noun: str, places: Sequence[Mention], before: int,
                      guests: dict[str, set[str]]) -> str | None:
    """The country of that sort the sentence last names before the noun by its name or capital (not a
    visitor's country): "Qatar ... the Gulf nation", "Sri Lanka ... the island nation".

    Examples
    --------
    >>> from geo.values import Mention
    >>> qa = Mention("d", 0, 5, "Qatar", "Qatar", 25.3, 51.2, "QA", None, "country", 1.0)
    >>> described_country("the Gulf nation", [qa], 40, {}), described_country("the island nation", [qa], 40, {})
    ('QA', None)
    """
    sort = _sort_of(noun)
    if sort is None:
        return None  # "the host country": the host's
    visitors = {g for gs in guests.values() for g in gs}
    for m in reversed(places):
        if m.start < before and m.country in sort and m.kind in ("country", "city") and m.country not in visitors:
            return m.country
    return None


def last_of_sort(noun: str, named: Sequence[str], host: str | None, *, reach: int = 8) -> str | None:
    """``host`` if it is of the noun's sort (or the noun has none), else the last country of that sort among
    the last ``reach`` countries ``named``, else ``host``.

    Examples
    --------
    >>> last_of_sort("The Gulf state", ["SA", "EG"], "EG"), last_of_sort("the kingdom", ["SA", "GB"], "SA")
    ('SA', 'SA')
    >>> last_of_sort("the island nation", ["LK", "CN"], None), last_of_sort("the host country", ["FR"], "DE")
    ('LK', 'DE')
    """
    sort = _sort_of(noun)
    if sort is None or host in sort:
        return host
    return next((c for c in reversed(named[-reach:]) if c in sort), host)


def _sort_of(noun: str) -> frozenset[str] | None:
    """The countries a descriptive noun may stand for (:data:`SORTS`), or ``None`` when it names no sort."""
    low = noun.lower()
    return next((SORTS[k] for k in SORTS if k in low), None)


def named_in(places: Sequence[Mention], people: Sequence, before: int | None = None) -> list[str]:
    """The countries a sentence names (before ``before``), in order: its countries, capitals and demonyms,
    and its people of known country."""
    found = [(m.start, m.country) for m in places if m.country and m.kind not in ("admin", "region", "other", "host")
             and (before is None or m.start < before)]
    found += [(p.start, p.country) for p in people if p.country and (before is None or p.start < before)]
    return [c for _, c in sorted(found)]


def last_two(named: Sequence[str]) -> tuple[str, str] | None:
    """The last two countries named, the pair "the two countries" stand for when no visit says which.

    Examples
    --------
    >>> last_two(["IN", "AE", "IN"]), last_two(["IN", "IN"])
    (('AE', 'IN'), None)
    """
    out: list[str] = []
    for c in reversed(named):
        if c not in out:
            out.append(c)
            if len(out) == 2:
                return out[1], out[0]
    return None


#: "The two countries", "both sides", "bilateral": the pair a sentence stands for, named indirectly.
PARTNER = re.compile(r"\b(?:the\s+two\s+(?:countries|nations|sides|states|governments|neighbou?rs|allies|"
                     r"partners|presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+state|ministers|"
                     r"foreign\s+ministers|defen[cs]e\s+ministers|delegations)|both\s+(?:countries|nations|sides|"
                     r"governments|leaders|presidents)|bilateral|each\s+other)\b", re.I)
#: Words one of which every match of ``PARTNER`` holds, as :func:`geo.text.fold_case` writes them.
PARTNER_WORDS = ("two", "both", "bilateral", "each")

#: A country named by what it is, not its name: the host of the visit a story tells.
HOST_NOUN = re.compile(r"\b[Tt]he\s+(?:[Kk]ingdom|[Ee]mirate|[Ss]ultanate|[Gg]ulf\s+(?:state|nation|kingdom)|"
                       r"[Ii]sland\s+(?:nation|state|country)|[Hh]ost\s+(?:country|nation)|[Hh]ermit\s+kingdom)\b")
HOST_WORDS = ("ingdom", "mirate", "ultanate", "Gulf", "sland ", "ost c", "ost n")  # each match holds one


def words_at(text: str, low: str) -> tuple[WordsAt, WordsAt]:
    """Where the words of :data:`PARTNER` (in ``low``, ``text`` case-folded) and of :data:`HOST_NOUN` (in
    ``text``) are written, found once for a document's sentences."""
    return WordsAt(low, PARTNER_WORDS), WordsAt(text, HOST_WORDS)


def main_pair(visits: Iterable[Visit]) -> tuple[str, str] | None:
    """The pair a document is about: its most reported traveller's country and host."""
    pairs = Counter(tuple(sorted((v.traveler_country, v.country))) for v in visits
                    if v.traveler_country and v.country and v.traveler_country != v.country
                    and v.status != "cancelled")
    return pairs.most_common(1)[0][0] if pairs else None


def trip_of(trips: dict[int, tuple[tuple[str, str], ...]], guests: dict[str, set[str]], s0: int,
            places: Sequence[Mention], people: Sequence = ()) -> tuple[tuple[str, str], ...]:
    """(traveller's country, host) of the visits a sentence tells, or of those to the hosts it names - as a
    place, or by one of the host's people ("The visit will include a meeting with President Xi")."""
    told = trips.get(s0)
    if told:
        return told
    hosts = [m.country for m in places if m.country in guests]
    if not hosts and people:
        travelling = set().union(*guests.values())  # a host's people, not a traveller's ("Shanahan will meet")
        hosts = [p.country for p in people if p.country in guests and p.country not in travelling
                 and p.kind != "pronoun"]
    named = {p.country for p in people if p.country}  # "He will hold talks with X" names one guest
    return tuple(dict.fromkeys((g, h) for h in hosts for g in sorted(guests[h] & named or guests[h]))) if hosts else ()


def foci_of(r: Reading, trips, guests, main: tuple[str, str] | None) -> list[tuple[str, str] | None]:
    """For each sentence, the pair "the two countries" stand for: that of the last visit told (traveller's
    country, host), else the story's."""
    out, focus = [], main
    for (s0, _), places in zip(r.sentences, r.places_by_sentence):
        trip = trip_of(trips, guests, s0, places)
        if trip and len({frozenset(p) for p in trip}) == 1:
            focus = trip[0]
        out.append(focus)
    return out
