"""Landmarks and seats of power: "the Kremlin", "Downing Street", "the Casa Rosada".

News places visits at landmarks ("talks at the Kremlin", "arrived at Downing
Street") and uses seats of power for governments ("the Kremlin said"). The
table ``data/landmarks.csv`` (name, aliases, country, city, seat) says where
each one is, so that a visit to the Elysee is a visit to Paris and never to a
town called Elysee elsewhere, and whether it stands for a government.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import doc_words
from geo.tables import cells, read_table
from geo.text import marks_fold_alike, word_key, word_marks

__all__ = ["Landmark", "load_landmarks", "find_landmarks", "seat_country"]


@dataclass(frozen=True, slots=True)
class Landmark:
    """A building or site that news names instead of its city (one row of ``landmarks.csv``)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    city: str | None
    seat: bool


@lru_cache(maxsize=4)
def load_landmarks(path: str | Path | None = None) -> tuple[Landmark, ...]:
    """Load the landmark table (default: the bundled ``landmarks.csv``).

    Columns: ``name``, ``aliases`` (``;``-separated), ``country`` (ISO2),
    ``city`` (empty for a site outside any city) and ``seat`` (``yes`` when
    the name stands for a government: "the Kremlin said").

    Raises
    ------
    InputError
        When the file lacks a column.

    Examples
    --------
    >>> k = {l.name: l for l in load_landmarks()}["Kremlin"]
    >>> k.country, k.city, k.seat
    ('RU', 'Moscow', True)
    """
    rows = read_table(path, "landmarks.csv", {"name", "aliases", "country", "city", "seat"})
    return tuple(Landmark(r["name"], cells(r["aliases"]), r["country"].upper(), r["city"] or None,
                          r["seat"].lower() == "yes")
                 for _, r in rows)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _index() -> tuple[object, dict[str, Landmark]]:
    import ahocorasick

    by_name = {}
    for lm in load_landmarks():
        for n in (lm.name, *lm.aliases):
            by_name[n] = lm
    auto = ahocorasick.Automaton()
    folded: dict[str, tuple[str, ...]] = {}
    for n in by_name:  # looked for where a word starts only (geo.text.word_marks), then checked as written
        key = word_key(n)
        auto.add_word(key, (*auto.get(key, ()), n))
        folded[key.lower()] = (*folded.get(key.lower(), ()), n)
    if by_name:
        auto.make_automaton()
        doc_words.share("landmarks", folded)  # in lower case, in the pass of the other readers
    return auto, by_name


def _bound(c: str) -> bool:
    """Can a name end or start next to this character? Not next to a letter, digit, "_" or "-"."""
    return not (c.isalnum() or c in "_-")


@lru_cache(maxsize=8)  # the events stage asks again for parts of the same document
def _named(text: str) -> tuple[tuple[int, str], ...]:
    """``(start, name)`` of every landmark name written in ``text`` after no ASCII letter or digit (whole
    words or not at their end), by start."""
    auto, by_name = _index()
    if not by_name:
        return ()
    # where the case-folded copy is this one in lower case ("İ", "ı", "ſ" or a Kelvin sign fold otherwise), the
    # names in lower case are found at every place they are as written (and more, which the check drops)
    found = doc_words.hits(text, "landmarks", word_marks(text)) if marks_fold_alike(text) \
        else auto.iter(word_marks(text, True))
    return tuple(sorted((p, n) for end, names in found for n in names
                        for p in (end - len(n),) if text.startswith(n, p)))


def find_landmarks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Landmark]]:
    """``(start, end, landmark)`` of every landmark named in ``text[start:end]`` (case as written).

    A name counts as a whole word (not after or before a letter, digit or
    dash); where names overlap the first wins, and of names starting at one
    place the longest.

    Examples
    --------
    >>> [(a, b, l.city) for a, b, l in find_landmarks("Talks at the Kremlin and Downing Street.")]
    [(13, 20, 'Moscow'), (25, 39, 'London')]
    """
    by_name = _index()[1]
    end = len(text) if end is None else min(end, len(text))
    out: list[tuple[int, int, Landmark]] = []
    reach = start
    at: dict[int, list[str]] = {}
    for a, n in _named(text):
        if a >= reach and a + len(n) <= end and (a == 0 or _bound(text[a - 1])) \
                and (a + len(n) == end or _bound(text[a + len(n)])):
            at.setdefault(a, []).append(n)
    for a in sorted(at):
        if a < reach:
            continue
        n = max(at[a], key=len)  # the longest name that ends a word there
        out.append((a, a + len(n), by_name[n]))
        reach = a + len(n)
    return out


def seat_country(phrase: str) -> str | None:
    """The country whose government a seat of power stands for ("the Kremlin" -> RU), else None.

    Examples
    --------
    >>> seat_country("the Kremlin"), seat_country("Elysée"), seat_country("Moscow")
    ('RU', 'FR', None)
    """
    phrase = phrase.strip()
    if phrase[:4].lower() == "the ":
        phrase = phrase[4:]
    lm = _index()[1].get(phrase)
    return lm.country if lm is not None and lm.seat else None
