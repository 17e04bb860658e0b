"""One title in the plural before several names: "US Senators Chris Murphy and Gary Peters", "Former Presidents
Bill Clinton and Jimmy Carter", "former US deputy secretaries of state Richard Armitage and James Steinberg".

A title names the person right after it ("Senator Chris Murphy"); told once in the plural for a list of names, it
is each one's. :func:`plural_titled` finds such lists for :func:`geo.people.find_people`, which reads each name
as it reads a titled one (the title's role, the country before the title: "US"). Guards, each a rule of how the
language writes such lists:

* the title is an office of :data:`geo.portfolios.ROLE_WORDS` or a form of address that takes a name
  ("Senators", "Generals", "Ambassadors"), in the plural, right before the first name;
* the names are full names (two words or more, none a word that is no name: "Prime", "Monday") joined by commas
  and one "and", the last one closing the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.names import NAME, NOT_NAMES
from geo.portfolios import ROLE_WORDS
from geo.word_search import Anchors
from geo.wordlists import longest_first

__all__ = ["plural_titled"]

#: Forms of address that stand before a name ("Senators", "Generals"): the role of the singular title where
#: :data:`geo.portfolios.ROLE_WORDS` knows it ("ambassadors"), else ``None`` (no office of a government).
_ADDRESS_PLURALS = ("senators", "congressmen", "congresswomen", "representatives", "generals", "admirals",
                    "ambassadors", "governors", "envoys")
#: Titles that short are press abbreviations ("pm", "fm", "eam"), never written in the plural before names.
_SHORTEST_TITLE = 4
#: How far before a title "former" may stand ("Former US Presidents").
_FORMER_REACH = 30


def _head(title: str) -> int:
    """The index of a title's head word: the word before its "of" or "for", else its last word."""
    words = title.split()
    return next((k - 1 for k, w in enumerate(words) if k and w in ("of", "for")), len(words) - 1)


def _plural(title: str) -> str:
    """The plural of an office: its head word's.

    Examples
    --------
    >>> [_plural(t) for t in ("secretary of state", "prime minister", "minister for foreign affairs", "spokesman",
    ...                       "minister of defence")]
    ['secretaries of state', 'prime ministers', 'ministers for foreign affairs', 'spokesmen', 'ministers of defence']
    """
    words = title.split()
    i = _head(title)
    w = words[i]
    words[i] = w[:-3] + "men" if w.endswith("man") else w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" \
        else w + "es" if w.endswith("s") else w + "s"
    return " ".join(words)


def _plurals() -> dict[str, str | None]:
    """Each plural title (lower case, one space) and the role of one holder of it."""
    out: dict[str, str | None] = {_plural(t): role for t, role in ROLE_WORDS.items()
                                  if len(t) >= _SHORTEST_TITLE and role}
    for w in _ADDRESS_PLURALS:
        out.setdefault(w, None)
    return out


_ROLES = _plurals()
_LIST = re.compile(r"(?=[A-Za-z])\b(?P<title>(?i:" + longest_first(_ROLES, space=r"\s+") + r"))\s+(?P<names>" + NAME
                   + r"(?:\s*,\s*" + NAME + r")*\s*,?\s+and\s+" + NAME + r")")
_ONE = re.compile(NAME)
#: The list is tried only where a plural title's first word starts a word (one pass over the document).
_ANCHORS = Anchors({"list": (_LIST, tuple(sorted({t.split()[0] for t in _ROLES})))}, lazy=False)


#: "former" before the title: each is a former holder ("Former Presidents Bill Clinton and Jimmy Carter").
_FORMER = re.compile(r"(?i:\bformer)\s+(?:[A-Z][\w.\-]*\s+){0,2}$")


def plural_titled(text: str) -> Iterator[tuple[int, int, str | None, int]]:
    """The names of each list after a plural title: (start, end, role of one holder, where the title starts).

    Examples
    --------
    >>> t = "US Senators Chris Murphy and Gary Peters are on a working visit to Serbia."
    >>> [(t[a:b], role, t[:at]) for a, b, role, at in plural_titled(t)]
    [('Chris Murphy', None, 'US '), ('Gary Peters', None, 'US ')]
    >>> t = "Former Presidents Bill Clinton and Jimmy Carter will arrive on Monday."
    >>> [(t[a:b], role) for a, b, role, _ in plural_titled(t)]
    [('Bill Clinton', 'former president'), ('Jimmy Carter', 'former president')]
    >>> list(plural_titled("The presidents of Kenya and Ghana met."))  # countries, no names: geo.office_lists
    []
    """
    for m in _ANCHORS.finditer("list", text):
        names = list(_ONE.finditer(text, m.start("names"), m.end("names")))
        if any(len(n.group(0).split()) < 2 or any(w in NOT_NAMES for w in n.group(0).split()) for n in names):
            continue  # "Ministers Lavrov and Wang": surnames are the leaders table's; "and Monday": no list of names
        title = " ".join(m.group("title").lower().split())
        if title not in _ROLES:
            continue  # a title matched by Unicode case folding only ("Prıme Ministers"): no office known
        role = _ROLES[title]
        if role and _FORMER.search(text, max(0, m.start() - _FORMER_REACH), m.start()):
            role = f"former {role}"
        for n in names:
            yield n.start(), n.end(), role, m.start()
