"""Several readers' words found in one pass over a document, where each reader made a pass of its own.

The events stage reads every document for the words that start a title or a
form of address (:mod:`geo.people`), the names of the leaders table
(:mod:`geo.leaders`) and the names of landmarks (:mod:`geo.landmarks`), each
looked for only where a word starts, in :func:`geo.text.word_marks`' copy of
the text. One automaton of all their words reads that copy once; each reader
takes its own hits, as its own automaton would have given them (in text
order, the longer of two words ending at one place first).

* :func:`share` - a reader's words (marked keys, as :func:`geo.text.word_key`
  writes them, each with its value), added once;
* :func:`hits` - ``(end, value)`` of one reader's keys found in a text.
"""

from __future__ import annotations

from collections.abc import Mapping
from threading import Lock

from geo.text import word_marks

__all__ = ["share", "hits"]

_lock = Lock()
_keys: dict[str, dict[str, object]] = {}  # by reader: key -> value
#: The automaton of every reader's keys (``None`` until the next look), and the last text read with it.
_state: dict[str, object] = {"auto": None, "last": None}


def share(reader: str, keys: Mapping[str, object]) -> None:
    """Add the marked ``keys`` (each with its value) of ``reader``, unless it shared them already.

    Examples
    --------
    >>> from geo.text import word_key
    >>> share("example", {word_key("kremlin"): "seat"})
    >>> t = "Talks at the Kremlin; the kremlinology"
    >>> [(end, v) for end, v in hits(t, "example")]
    [(20, 'seat'), (33, 'seat')]
    """
    with _lock:
        if reader in _keys:
            return
        _keys[reader] = dict(keys)
        _state["auto"] = None


def _automaton():
    auto = _state["auto"]
    if auto is not None:
        return auto
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


def hits(text: str, reader: str) -> list[tuple[int, object]]:
    """``(end, value)`` of each key of ``reader`` found in ``word_marks(text)`` (``end`` is the offset of its
    last character there, one more than in ``text``), in the order of the reader's own automaton.

    The pass is made once per text for every reader: the next reader asking about the same text
    takes its hits from it.
    """
    auto = _automaton()
    last = _state["last"]  # one read: another thread may replace it
    if last is None or last[0] is not text or last[1] is not auto:
        found: dict[str, list[tuple[int, object]]] = {}
        if len(auto):
            for end, values in auto.iter(word_marks(text, False)):
                for r, value in values:
                    got = found.get(r)
                    if got is None:
                        found[r] = [(end, value)]
                    else:
                        got.append((end, value))
        last = (text, auto, found)
        _state["last"] = last
    return last[2].get(reader, [])
