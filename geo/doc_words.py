"""Several readers' words found in one pass over a document, where each reader made a pass of its own.

The events stage reads every document for the words that start a title or a
form of address and the first words of the name patterns (:mod:`geo.people`),
the pronouns (:mod:`geo.coreference`), the names of the leaders table
(:mod:`geo.leaders`) and the names of landmarks (:mod:`geo.landmarks`), each
looked for only where a word starts, in :func:`geo.text.word_marks`' copy of
the text, and the month and weekday names of :mod:`geo.dates` (an anchored
pattern of :class:`geo.text.Anchors` that shares its words). One automaton of
all their words reads that copy once; each reader takes its own hits, as its
own automaton would have given them (in text order, the longer of two words
ending at one place first).

* :func:`share` - a reader's words (marked keys, as :func:`geo.text.word_key`
  writes them, each with its value), added once;
* :func:`register` - a reader's function that shares its words, called before
  the automaton is first built, so that it is built once per process, not once
  for each reader that shares after the first look;
* :func:`hits` - ``(end, value)`` of one reader's keys found in a text;
* :func:`anchor_starts` - where an :class:`geo.text.Anchors`' patterns may start,
  from its shared words;
* :class:`WordsAt` - where a few words are written in a text, found once, asked of
  many stretches of it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from threading import Lock

__all__ = ["share", "register", "hits", "anchor_starts", "WordsAt"]

_lock = Lock()
_keys: dict[str, dict[str, object]] = {}  # by reader: key -> value
#: The automaton of every reader's keys (``None`` until the next look), and the last text read with it.
_state: dict[str, object] = {"auto": None, "last": None}
#: Functions of no arguments that share a reader's words (:func:`register`), not called yet.
_loaders: list[Callable[[], object]] = []


def share(reader: str, keys: Mapping[str, object]) -> None:
    """Add the marked ``keys`` (each with its value) of ``reader``, unless it shared them already.

    Examples
    --------
    >>> from geo.text import word_key, word_marks
    >>> share("example", {word_key("kremlin"): "seat"})
    >>> t = "Talks at the Kremlin; the kremlinology"
    >>> [(end, v) for end, v in hits(t, "example", word_marks(t))]
    [(20, 'seat'), (33, 'seat')]
    """
    with _lock:
        if reader in _keys:
            return
        _keys[reader] = dict(keys)
        _state["auto"] = None


def register(load: Callable[[], object]) -> Callable[[], object]:
    """Register ``load``, a function of no arguments that shares a reader's words (:func:`share`) when
    called, and return it (a decorator of the function, under its ``lru_cache``).

    Readers share their words when first used, which for most is while the first document is read, after
    another reader's look built the automaton: each share made the next look build it again (sixteen
    builds of up to 4,500 words in a process of the events stage, about 0.1 s). Every function registered
    when the automaton is first built is called first, so that one build holds the words of every reader
    of the modules imported by then. A reader's hits do not depend on the other readers' words
    (:func:`hits`), so what each finds is the same.

    Examples
    --------
    >>> from geo.text import word_key, word_marks
    >>> calls = []
    >>> @register
    ... def _summit_words():
    ...     calls.append("summit")
    ...     share("example.summit", {word_key("summit"): "meeting"})
    >>> share("example.talks", {word_key("talks"): "meeting"})  # another reader's words: a build is due
    >>> t = "The summit opened talks"
    >>> hits(t, "example.summit", word_marks(t)), calls  # its words were shared at that build
    ([(10, 'meeting')], ['summit'])
    """
    with _lock:
        _loaders.append(load)
    return load


def _automaton():
    auto = _state["auto"]
    if auto is not None:
        return auto
    with _lock:  # the registered readers' words first (each shares under the lock: called outside it)
        loaders = list(_loaders)
        _loaders.clear()
    for load in loaders:
        load()
    import ahocorasick

    with _lock:
        auto = ahocorasick.Automaton()
        for reader, keys in _keys.items():
            for key, value in keys.items():
                auto.add_word(key, (*auto.get(key, ()), (reader, value)))
        if len(auto):
            auto.make_automaton()
        _state["auto"] = auto
    return auto


def hits(text: str, reader: str, marks: str) -> list[tuple[int, object]]:
    """``(end, value)`` of each key of ``reader`` found in ``marks``, ``text`` as ``word_marks(text)`` writes
    it (``end`` is the offset of the key's last character there), in the order of the reader's own automaton.

    The pass is made once per text for every reader: the next reader asking about the same text
    takes its hits from it.
    """
    auto = _automaton()
    last = _state["last"]  # one read: another thread may replace it
    if last is None or last[0] is not text or last[1] is not auto:
        found: dict[str, list[tuple[int, object]]] = {}
        get = found.get  # once, not at each of the pass's thousands of hits
        if len(auto):
            for end, values in auto.iter(marks):
                for r, value in values:
                    got = get(r)
                    if got is None:
                        found[r] = [(end, value)]
                    else:
                        got.append((end, value))
        last = (text, auto, found)
        _state["last"] = last
    return last[2].get(reader, [])


def anchor_starts(text: str, reader: str, marks: str, written: str | None) -> dict[str, list[int]]:
    """For each pattern of the anchors shared as ``reader``, the sorted offsets in ``text`` where one of its
    words starts: what the anchors' own automata find in ``marks`` (``word_marks(text)``) and ``written``
    (``word_marks(text, True)``, for the words compared as written; ``None`` if there are none).

    The keys are shared in lower case, each with ``(plain, as_written)``: ``(pattern name, len(key) - 1)`` of the
    keys compared in lower case, and ``(key, pattern name, len(key) - 1)`` of those compared as written, which are
    checked in ``written``. ``marks`` must be ``written`` in lower case, so that every place a key is written is
    found. (Flat pairs, unpacked once a hit: this runs for each of a document's hundred hits or so.)
    """
    found: dict[str, list[int]] = {}
    get = found.get
    for end, (plain, as_written) in hits(text, reader, marks):
        for name, back in plain:
            ps = get(name)
            if ps is None:
                found[name] = [end - back]
            else:
                ps.append(end - back)
        for key, name, back in as_written:
            start = end - back
            if not written.startswith(key, start):
                continue
            ps = get(name)
            if ps is None:
                found[name] = [start]
            else:
                ps.append(start)
    for ps in found.values():
        if len(ps) > 1:
            ps.sort()
    return found


class WordsAt:
    """Where some words are written in a text, found once: :func:`geo.text.has_word` for many stretches of it.

    For a loop over a document's sentences that asks of each whether it
    holds one of a few words: one pass of ``str.find`` per word over the whole
    text, then a binary search per stretch, not one search per stretch.

    Parameters
    ----------
    text : str
        As the words are written in it (lower-cased by the caller if need be).
    words : iterable of str
        Non-empty strings, found as ``str.find`` finds them.

    Examples
    --------
    >>> at = WordsAt("he called it off. we both cancelled", ("cancel", "call"))
    >>> at.within(0, 17), at.within(5, 17), at.within(18, 35), at.within(18, 30)
    (True, False, True, False)
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, text: str, words: Iterable[str]) -> None:
        hits = []
        find = text.find
        for w in words:
            i = find(w)
            while i >= 0:
                hits.append((i, i + len(w)))
                i = find(w, i + 1)
        hits.sort()
        self._starts = [a for a, _ in hits]
        self._ends = [b for _, b in hits]

    def within(self, a: int, b: int) -> bool:
        """Does ``text[a:b]`` hold one of the words? (What :func:`geo.text.has_word` says of it.)"""
        starts, ends = self._starts, self._ends
        i, n = bisect_left(starts, a), len(starts)
        while i < n and starts[i] < b:
            if ends[i] <= b:
                return True
            i += 1
        return False
