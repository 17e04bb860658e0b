"""Office holders told by one plural title over a list of countries: "the presidents of Kenya, Mauritania and
Cape Verde", "the foreign ministers of India and Japan", "leaders of Egypt, Jordan and Iraq".

News names the heads of a group of countries by their office alone when the list is long or the names are
known. Each country of the list then stands for one person: the holder of that office in that country
(:mod:`geo.people` resolves the descriptor to the person of that country and role the document names, else
to the office holder of the day in the leaders table). :func:`plural_titles` gives each country's span with
its country and the title's role in the singular; the country's span is the person's, so the country is no
destination ("arrived in Kenya").

Guards: the title is plural and followed by "of"; each item is a country (not a town, not a body: "the
leaders of the G7" is no list of countries); the list is read up to its last "and"/"or" item or its first
word that is not a country or a separator; a list met or visited ("will meet with the leaders of Saudi Arabia,
Qatar and the UAE", "a visit to the presidents of ...") is left to the places: its countries are where the
traveller goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from geo.values import Mention

__all__ = ["PLURAL_TITLES", "plural_titles"]

#: Plural titles and the role each item holds.
PLURAL_TITLES = {"presidents": "president", "prime ministers": "prime minister", "premiers": "premier",
                 "heads of state": "head of state", "heads of government": "leader",
                 "leaders": "leader", "foreign ministers": "foreign minister", "kings": "king",
                 "defence ministers": "defence minister", "defense ministers": "defence minister",
                 "chancellors": "chancellor", "vice presidents": "vice president", "vice-presidents": "vice president"}
_TITLE = re.compile(r"\b(?P<title>" + "|".join(t.replace(" ", r"\s+") for t in sorted(PLURAL_TITLES, key=len, reverse=True))
                    + r")\s+of\s+(?:the\s+)?", re.I)
#: Words before a list that is met or visited, whose countries are destinations as well as people.
_MET = re.compile(r"\b(?:with|meet|meets|met|meeting|visit\w*|to|in|call\w*\s+on)\s+(?:the\s+)?$", re.I)
#: Between two countries of a list: ", ", " and ", ", and ", " or ", "; "
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|;\s*)(?:the\s+)?", re.I)


def plural_titles(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, country, role)`` of each country a plural title lists.

    Examples
    --------
    >>> t = "Presidents of Kenya, Mauritania and Cape Verde have arrived."
    >>> ms = [Mention("d", 14, 19, "Kenya", "Kenya", 0.0, 38.0, "KE", 192950, "country", 1.0),
    ...       Mention("d", 21, 31, "Mauritania", "Mauritania", 20.0, -10.0, "MR", 2378080, "country", 1.0),
    ...       Mention("d", 36, 46, "Cape Verde", "Cape Verde", 16.0, -24.0, "CV", 3374766, "country", 1.0)]
    >>> [(t[a:b], c, r) for a, b, c, r in plural_titles(t, ms)]
    [('Kenya', 'KE', 'president'), ('Mauritania', 'MR', 'president'), ('Cape Verde', 'CV', 'president')]
    """
    if " of " not in text:
        return
    at = {m.start: m for m in mentions if m.kind == "country" and m.country}
    if not at:
        return
    for t in _TITLE.finditer(text):
        if _MET.search(text, max(0, t.start() - 30), t.start()):
            continue  # "will meet with the leaders of Saudi Arabia, Qatar and the UAE": where he goes, too
        role = PLURAL_TITLES[" ".join(t.group("title").lower().split())]
        items, pos = [], t.end()
        while (m := at.get(pos)) is not None:
            items.append(m)
            sep = _SEPARATOR.match(text, m.end)
            if sep is None:
                break
            pos = sep.end()
        if len(items) >= 2:  # one country is a singular title's ("the presidents of Kenya" is rare and vague)
            yield from ((m.start, m.end, m.country, role) for m in items)
