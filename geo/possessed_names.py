"""A person named by the country that owns the name: "Pakistan's Pervez Khattak", "Ghana's Samuel Ablakwa",
"Pervez Khattak of Pakistan".

News lists a gathering's guests so, and many of them are not in the leaders table: a country (or its
capital) with the possessive, then a name of two to four capitalised words, is a person of that country.
Not a body, a firm or an office ("Pakistan's Foreign Office", "China's Communist Party", "Russia's Wagner
Group", "Japan's Self-Defense Forces"): a chain with such a word is no name (:data:`_BODY_WORDS`,
:data:`geo.names.NOT_NAMES`). :mod:`geo.people` reads these with the other names beside an office or a country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from geo.names import NAME, NOT_NAMES
from geo.values import Mention

__all__ = ["possessed_names"]

#: The possessive, then a name that ends where a lower-case word or a stop follows it.
_AFTER_OWNER = re.compile(r"[’']s\s+(?P<name>" + NAME + r")(?=\s*[,;.:)]|\s+[a-z])")
#: A name, then "of" and the country (the name starts after a lower-case word or a stop): "Pervez Khattak of".
_BEFORE_OF = re.compile(r"(?:^|(?<=[\s,;(])(?<![A-Z][\w’'\-]\s))(?P<name>" + NAME + r")\s+of\s+(?:the\s+)?$")
#: Words of a body, a firm, an office or a thing, never of a person's name.
_BODY_WORDS = frozenset({
    "Group", "Bank", "Forces", "Force", "Army", "Navy", "Guard", "Guards", "Industries", "Electronics", "Agency",
    "Company", "Corp", "Corporation", "Airlines", "Airways", "Senate", "Congress", "Cup", "League", "Times", "News",
    "Post", "Institute", "University", "College", "Foundation", "Fund", "Commission", "Authority", "Service",
    "Services", "Intelligence", "Police", "Dome", "Road", "Initiative", "Exchange", "Holdings", "Motors", "Energy",
    "Oil", "Gas", "Petroleum", "Power", "Telecom", "Media", "Press", "Television", "Radio", "Day", "Week", "Games",
    "Open", "Prize", "Award", "Museum", "Palace", "Square", "Street", "Airport", "Bridge", "Province", "Region",
    "State", "Republic", "Kingdom", "Federation", "Democrats", "Republicans", "Front", "Movement", "Alliance",
    "Coalition", "Brotherhood", "Network", "Club", "Team", "National", "Central", "Supreme", "Federal", "Royal",
    "Prime", "Vice", "Deputy", "Secretary", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess", "Emir",
    "Sheikh", "General", "Gen", "Air", "Navy", "Coast", "Nuclear", "Space", "Ambassador", "Envoy", "Embassy",
    "Consulate", "Mission", "Delegation", "Team", "Squad", "Stock", "Index", "Market", "Trade", "Economic",
    "Security", "Health", "Finance", "Interior", "Justice", "Education", "External", "Affairs", "Home", "Treasury",
    "Revolutionary", "Islamic", "Communist", "Labour", "Labor", "Liberal", "Conservative", "Democratic", "People",
    "Peoples", "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Grand",
    "Great", "High", "Higher", "Upper", "Lower", "First", "Second", "Third", "Act", "Law", "Bill", "Plan", "Vision",
    "Policy", "Strategy", "Agenda", "Program", "Programme", "Project", "Summit", "Forum", "Conference", "Dialogue"})


def possessed_names(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, int, str, int, int]]:
    """``("", name start, name as matched, start, end of the owner)`` of each name told after a country's
    possessive ("Pakistan's Pervez Khattak"), as :func:`geo.role_nouns.name_then_country` gives them.

    Examples
    --------
    >>> t = "Pakistan's Pervez Khattak and Pakistan's Foreign Office said so."
    >>> pk = [Mention("d", 0, 8, "Pakistan", "Pakistan", 0.0, 0.0, "PK", None, "country", 1.0),
    ...       Mention("d", 30, 38, "Pakistan", "Pakistan", 0.0, 0.0, "PK", None, "country", 1.0)]
    >>> [(n, t[a:b]) for _, _, n, a, b in possessed_names(t, pk)]
    [('Pervez Khattak', 'Pakistan')]
    >>> t = "ministers Wei Fenghe of China and the Bank of China"
    >>> cn = [Mention("d", 24, 29, "China", "China", 0.0, 0.0, "CN", None, "country", 1.0),
    ...       Mention("d", 46, 51, "China", "China", 0.0, 0.0, "CN", None, "country", 1.0)]
    >>> [(n, t[a:b]) for _, _, n, a, b in possessed_names(t, cn)]
    [('Wei Fenghe', 'China')]
    """
    for m in mentions:
        if m.kind != "country" or not m.country:
            continue
        # "Pakistan's Pervez Khattak", "Pervez Khattak of Pakistan"
        for n in (_AFTER_OWNER.match(text, m.end), _name_of(text, m.start)):
            if n is None:
                continue
            words = n.group("name").split()
            if len(words) < 2 or any(w in NOT_NAMES or w.rstrip(".") in _BODY_WORDS or w.isupper() for w in words):
                continue
            yield "", n.start("name"), n.group("name"), m.start, m.end


def _name_of(text: str, end: int) -> re.Match[str] | None:
    """:data:`_BEFORE_OF` searched in the 70 characters before ``end``.

    Every match ends with "of" or "the" and white space up to ``end``: where the stretch does not (most
    places), the pattern, tried at each of its characters, cannot match and is not run.
    """
    lo = max(0, end - 70)
    before = text[lo:end]
    if not before[-1:].isspace() or not before.rstrip().endswith(("of", "the")):
        return None
    return _BEFORE_OF.search(text, lo, end)
