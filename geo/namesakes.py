"""A one-word name of the leaders table written as the given name of someone else.

The leaders table knows many leaders by one word ("Hussain" for Chaudhry Shujaat Hussain, "Salman" for
King Salman). Written before another surname ("Ambassador Hussain Haqqani received the Prime Minister")
that word is another person's given name, and reading it as the leader makes a traveller of the wrong
person. :mod:`geo.people` asks :func:`other_surname_after` before it takes such a word for the leader,
and :data:`NAMED_AFTER` whether a name is a place or body named after a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from geo.leaders import fold_name

__all__ = ["NAMED_AFTER", "other_given_name", "other_surname_after"]

#: A name followed by one of these names a place or body after a person ("Jomo Kenyatta International
#: Airport", "the Nelson Mandela Foundation"): no reference to that person.
NAMED_AFTER = re.compile(r"\s+(?:International\s+)?(?:Airport|Stadium|University|Hospital|Street|Avenue|Road|"
                         r"Boulevard|Bridge|Foundation|Institute|Centre|Center|Square|Park|Hall|Library|Museum|"
                         r"Highway|Prize|Award|School|College|Memorial|Mausoleum|Dam|Port|Conference\s+Cent(?:re|er))\b")

# a capitalised word after the one matched, then running text (a lower-case word or a stop), so that a
# headline's next word ("Biden Welcomes Kishida") is not taken for a surname
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
#: A line that ends a sentence is running text, however many names and places it holds ("Dr Anwar
#: Gargash arrived in Riyadh on Monday."): a headline carries no full stop.
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’']?\s*$")
_NEXT = re.compile(r"\s+(?P<word>[A-Z][a-z'’\-]{2,}|[A-Z][a-z]{1,2}(?=\s+[A-Z]))(?:\s+[A-Z][a-z'’\-]+)*"
                   r"(?=\s+[a-z]|\s*[,.;:]|['’]s\b)")  # "Hussain Haqqani", "Kim Yo Jong" (a short given name)


def other_surname_after(text: str, end: int, leader_name: str, not_names: Collection[str],
                        is_place: Callable[[int, int], bool]) -> int | None:
    """Where the other person's name ends when the one-word name ending at ``end`` is followed by a
    surname that is not the leader's, else ``None``.

    ``not_names`` are capitalised words that are no names ("Monday", "Government"); ``is_place(a, b)``
    says whether ``text[a:b]`` is a place.

    Examples
    --------
    >>> no_place = lambda a, b: False
    >>> t = "Pakistan's ambassador Hussain Haqqani received the visitors at the airport."
    >>> t[:other_surname_after(t, 29, "Chaudhry Shujaat Hussain", {"Monday"}, no_place)]
    "Pakistan's ambassador Hussain Haqqani"
    >>> other_surname_after("Kim Yo Jong, his sister, spoke.", 3, "Kim Jong Un", set(), no_place)
    11
    >>> other_surname_after("Putin Monday said no.", 5, "Vladimir Putin", {"Monday"}, no_place) is None
    True
    >>> other_surname_after("Biden Welcomes Kishida", 5, "Joe Biden", set(), no_place) is None
    True
    >>> other_surname_after("Secretary Kerry Travel to Colombo, Nairobi and Paris", 15, "John Kerry", set(),
    ...                     no_place) is None
    True
    >>> other_surname_after("Dr Anwar Gargash arrived in Riyadh on Monday.", 8, "Anwar Ibrahim", set(), no_place)
    16
    """
    m = _NEXT.match(text, end)
    if m is None or m.group("word") in not_names or is_place(m.start("word"), m.end("word")):
        return None
    if fold_name(m.group("word")) in fold_name(leader_name).split():
        return None
    a, b = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    line = text[a:b if b >= 0 else len(text)]
    words = _LONG_WORD.findall(line)
    if sum(w[0].isupper() for w in words) >= 0.75 * len(words) and not _SENTENCE_END.search(line.rstrip()[-5:]):
        return None  # a headline's words are all capitalised: "Secretary Kerry Travel to Colombo"
    return m.end()


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“])\s*$")


def other_given_name(text: str, a: int, leader_name: str, not_given: Callable[[str], bool],
                     is_place: Callable[[int, int], bool]) -> bool:
    """Is the table's surname at ``a`` written after a given name that is not the leader's ("Mike Sonko" for
    the table's Ousmane Sonko)?

    The word before is no given name when ``not_given(word)`` (a title, an honorific, "Monday") or
    ``is_place(start, end)`` holds, or when it opens its sentence ("Meanwhile Putin"); a middle name after the
    leader's own given name is the leader's ("Luis Alberto Arce" for Luis Arce).

    Examples
    --------
    >>> no = lambda w: w in ("President",)
    >>> place = lambda a, b: False
    >>> other_given_name("He met Mike Sonko.", 12, "Ousmane Sonko", no, place)
    True
    >>> other_given_name("He met Luis Alberto Arce.", 19, "Luis Arce", no, place)
    False
    >>> other_given_name("He met President Sonko.", 17, "Ousmane Sonko", no, place)
    False
    """
    m = _GIVEN_BEFORE.search(text, max(0, a - 20), a)
    if m is None or not_given(m.group(1)):
        return False  # "President Putin", "Prof Yunus", "Datuk Anwar"
    wa = m.start(1)
    if is_place(wa, m.end(1)) or _SENTENCE_START.search(text[max(0, wa - 3):wa]):
        return False  # "Meanwhile Putin": the sentence's first word
    own = fold_name(leader_name).split()
    first = _GIVEN_BEFORE.search(text, max(0, wa - 20), wa)
    return m.group(1).lower() not in own and not (first is not None and first.group(1).lower() == own[0])
