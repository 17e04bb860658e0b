"""Two small readings the story's focus and its lists of places share (:mod:`geo.visits.context`).

* :func:`only_speaks` and :func:`at_home` - who does not become the person a story is about: one who only
  speaks in a sentence ("Thuong said Vietnam wanted closer ties"), and a host named at home where the story
  is ("Lavrov held talks with Shoukry in Cairo. Shoukry welcomed Russia's support.");
* :func:`aside_in_list` - an aside on an item that does not end a list of places: an apposition ("Kenya, his
  father's homeland, and Ethiopia") or a relative clause ("Brazil, where he will attend the G20 summit, and
  Guyana").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Mention, Person

__all__ = ["only_speaks", "at_home", "aside_in_list"]

# "Kenya, his father's homeland, and Ethiopia": an item's apposition (a noun phrase, no verb) before the last one
_APPOSED_ITEM = re.compile(r"\s*,\s*(?:the|his|her|its|their|a|an|[A-Z][\w\-]*['’]s)\s+(?:[\w\-’']+\s+){0,5}?"
                           r"[\w\-’']+\s*,\s*(?:and|or)\s+(?:the\s+)?")
# "Brazil, where he will attend the G20 summit, and Guyana": a relative clause on an item before the last one
_WHERE_ITEM = re.compile(r"\s*,\s*(?:where|which)\s+[^,;:.()\"“”]{1,80},\s*(?:and|or)\s+(?:the\s+)?")
_VERB_IN_ITEM = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|said|says|where|which|who|when|\w+ed)\b")
#: A person's own predicate that only reports speech: "Thuong said", "Thuong told reporters".
_ONLY_SAYS = re.compile(r"\s*(?:,\s*[^,]{1,60},\s*)?(?:also\s+)?(?:said|says|told|tells|added|adds|noted|stressed|"
                        r"insisted|warned)\b")


def only_speaks(text: str, end: int) -> bool:
    """Is the predicate right after a person ending at ``end`` only a report of speech?

    >>> only_speaks("Thuong said Vietnam wanted closer ties.", 6), only_speaks("Thuong flew to Hanoi.", 6)
    (True, False)
    """
    return _ONLY_SAYS.match(text, end) is not None


def at_home(text: str, places_of: Sequence[list[Mention]] | None, k: int, p: Person) -> bool:
    """Is ``p``, named in sentence ``k`` that names no place abroad for him, at home where the story is (the
    last place named before, within three sentences)? "Lavrov held talks with Shoukry in Cairo. Shoukry
    welcomed Russia's support.": the host, not the story's traveller. ``places_of`` holds each sentence's
    places; a possessive ("Russia's support") or a demonym places no one."""
    if places_of is None or not p.country:
        return False
    for j in range(k, max(-1, k - 4), -1):
        own = [m for m in places_of[j] if m.country and m.kind != "demonym" and not text.startswith(("'s", "’s"), m.end)]
        if j == k and any(m.country != p.country for m in own):
            return False  # "Ruto will travel to Japan": going abroad, his own story
        if own:
            return own[-1].country == p.country
    return False


def aside_in_list(gap: str) -> bool:
    """Is ``gap``, between two places of a list, an aside on the first that lets the list go on?

    >>> aside_in_list(", his father's homeland, and "), aside_in_list(", the ministry said, and ")
    (True, False)
    >>> aside_in_list(", where he will attend the G20 summit, and ")
    True
    """
    return bool(_APPOSED_ITEM.fullmatch(gap) and not _VERB_IN_ITEM.search(gap) or _WHERE_ITEM.fullmatch(gap))
