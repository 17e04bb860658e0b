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
from functools import lru_cache

from geo.names import NAME, NOT_NAMES
from geo.portfolios import ROLE_WORDS
from geo.text import lower_text

__all__ = ["plural_titled"]

#: Forms of address that stand before a name and say no office of a country's government (the role is ``None``).
_ADDRESS_PLURALS = ("senators", "congressmen", "congresswomen", "representatives", "generals", "admirals",
                    "ambassadors", "governors", "envoys")


def _plural(title: str) -> str:
    """The plural of an office: "secretary of state" -> "secretaries of state", "prime minister" -> "prime ministers",
    "minister for foreign affairs" -> "ministers for foreign affairs", "spokesman" -> "spokesmen"."""
    words = title.split()
    i = next((k - 1 for k, w in enumerate(words) if k and w in ("of", "for")), len(words) - 1)
    w = words[i]
    words[i] = w[:-3] + "men" if w.endswith("man") else w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" \
        else w + "es" if w.endswith("s") else w + "s"
    return " ".join(words)


def _plurals() -> dict[str, str | None]:
    """Each plural title (lower case, one space) and the role of one holder of it."""
    out: dict[str, str | None] = {_plural(t): role for t, role in ROLE_WORDS.items() if len(t) > 3 and role}
    out.update((w, None) for w in _ADDRESS_PLURALS)
    return out


_ROLES = _plurals()
_TITLES = r"(?i:" + "|".join(sorted((t.replace(" ", r"\s+") for t in _ROLES), key=len, reverse=True)) + ")"
_LIST = re.compile(r"(?=[A-Za-z])\b(?P<title>" + _TITLES + r")\s+(?P<names>" + NAME + r"(?:\s*,\s*" + NAME
                   + r")*\s*,?\s+and\s+" + NAME + r")")
_ONE = re.compile(NAME)
_WORD_START = re.compile(r"\b(?=\w)")
#: After a title's head word, a capital within its title's words: "Senators Chris", "secretaries of state Richard".
_NAME_NEXT = re.compile(r"\s+(?:(?:of|for)\s+(?:[A-Za-z]+\s+){1,3}?)?[A-Z]")
#: The head word of each plural title ("ministers" of "foreign ministers", "secretaries" of "secretaries of state"):
#: where a list may start, found in the lower-case text first (most texts hold none before a capital).
_HEADS = tuple(sorted({next((t.split()[k - 1] for k, w in enumerate(t.split()) if k and w in ("of", "for")), t.split()[-1])
                       for t in _ROLES}))


@lru_cache(maxsize=1)
def _heads():
    """:data:`_HEADS` in one automaton: each match gives the length of its word."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for head in _HEADS:
        auto.add_word(head, len(head))
    auto.make_automaton()
    return auto


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
    at = [e + 1 - n for e, n in _heads().iter(lower_text(text))  # one pass for every head word
          if _NAME_NEXT.match(text, e + 1)]  # (most are followed by no name: "the ministers said")
    end = 0
    for i in sorted(at):
        # the title starts at one of the few words before its head ("former US deputy secretaries of state")
        m = next((m for w in _WORD_START.finditer(text, max(end, i - 40), i + 1)
                  if (m := _LIST.match(text, w.start())) is not None), None) if i >= end else None
        if m is None:
            continue
        end = m.end()
        names = list(_ONE.finditer(text, m.start("names"), m.end("names")))
        if any(len(n.group(0).split()) < 2 or any(w in NOT_NAMES for w in n.group(0).split()) for n in names):
            continue  # "Ministers Lavrov and Wang": surnames are the leaders table's; "and Monday": no list of names
        role = _ROLES[" ".join(m.group("title").lower().split())]
        if role and _FORMER.search(text, max(0, m.start() - 30), m.start()):
            role = f"former {role}"
        for n in names:
            yield n.start(), n.end(), role, m.start()
