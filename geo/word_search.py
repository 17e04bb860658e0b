"""Words found fast in a document: one lower-cased copy, word searches over it, and cue patterns tried only
where their first words stand.

The event rules of :mod:`geo.visits` and :mod:`geo.ties` ask "is any of these words here?" of every sentence;
this module answers with one lower-cased copy of the document, the same offsets, shared by every search:

* :func:`lower_text` and :func:`fold_case` - one lower-cased copy of a document, with the same offsets;
* :func:`has_word` - does a stretch hold one of some words;
* :class:`Anchors` - cue patterns tried only where their first words are, and :func:`matches_at` - a
  pattern's matches that start at given places;
* :func:`whole_words` - where some words stand as whole words;
* :func:`word_marks` and :func:`word_key` - an automaton's words found only where a word starts;
* :class:`Caseless` and :func:`caseless_copy` - an ignore-case pattern run as a case-sensitive one on a
  lower-cased copy, where that finds the same.

The structure of the text itself (sentences, clauses, negation) is :mod:`geo.text`'s, which also lets these
names be imported from it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from geo import doc_words

__all__ = ["lower_text", "fold_case", "has_word", "Anchors", "matches_at", "whole_words", "word_marks", "word_key",
           "marks_fold_alike", "Caseless", "caseless_copy"]

# --------------------------------------------------------------------------- lower case

@lru_cache(maxsize=8)  # the stages of one document ask for it in turn: computed once
def lower_text(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets into it are offsets into ``text``.

    Examples
    --------
    >>> lower_text("İstanbul, Ankara")
    'İstanbul, ankara'
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


#: The letters that ``re.IGNORECASE`` takes for an ASCII letter besides its two cases.
_CASE_FIXES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_CASE_ODD = re.compile("[" + "".join(_CASE_FIXES) + "]")


@lru_cache(maxsize=8)
def fold_case(text: str) -> str:
    """``text`` lower-cased with offsets kept, every letter an ignore-case pattern takes for an ASCII
    letter written as that letter ("İ", "ı", "ſ" and the Kelvin sign too).

    So an ASCII word that an ignore-case pattern can match in ``text[a:b]`` is in
    ``fold_case(text)[a:b]`` in lower case: where it is not, the pattern need not run.

    Examples
    --------
    >>> fold_case("CANCELLED, ſcrapped")
    'cancelled, scrapped'
    """
    low = lower_text(text)
    if low.isascii() or not any(c in text for c in _CASE_FIXES):  # four look-ups, not a pattern at each character
        return low
    return _CASE_ODD.sub(lambda m: _CASE_FIXES[m.group(0)], text).lower()


def has_word(low: str, words: Iterable[str], a: int, b: int) -> bool:
    """Does ``low[a:b]`` hold one of ``words`` (lower-case strings)?

    Examples
    --------
    >>> has_word("he called it off", ("cancel", "call"), 0, 16), has_word("he called it off", ("call",), 5, 16)
    (True, False)
    >>> has_word("a.b*c", ["b*c"], 0, 5), has_word("a.b*c", ("a.b", "x"), 1, 5)
    (True, False)
    """
    if isinstance(words, tuple) and (len(words) > 24 or b - a <= 4 * len(words)):  # many words or a short stretch:
        return _any_of(words).search(low, a, b) is not None  # one search in C for all (tried at each character)
    for w in words:  # else a find per word (~250 instructions, and 2 a character, where the search costs ~125)
        if low.find(w, a, b) >= 0:
            return True
    return False


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches where any of ``words`` is written (literally, as ``str.find`` finds it)."""
    return re.compile("|".join(re.escape(w) for w in words))


#: What stands for every character that may end the word before a word in :func:`word_marks`.
_MARK = "\x01"
#: Each byte as :func:`word_marks` writes it: an ASCII letter or digit as it is, anything else a mark.
_MARKS = bytes(c if chr(c).isascii() and chr(c).isalnum() else ord(_MARK) for c in range(256))


@lru_cache(maxsize=8)  # each set of anchors asks for the document it reads, once per stretch
def word_marks(text: str, as_written: bool = False) -> str:
    """``text`` (as written, else as :func:`fold_case` writes it) after a mark, with its ASCII letters
    and digits kept and every other character written as one mark.

    So ``marks[p + 1:]`` stands for ``text[p:]``, and ``marks[p]`` is a mark wherever ``text[p - 1]``
    is no letter or digit (a character that folds to an ASCII letter or digit is one itself): a
    :func:`word_key` found in it ending at ``end`` is a word that may start a word of ``text`` at
    ``end - len(key) + 1`` (found at a few more places, never at fewer). One byte per character
    (``encode`` writes "?" for any other), so worked out in C at any length.

    Examples
    --------
    >>> t = "Mr. Xi’s visit; revisited"
    >>> marks = word_marks(t)
    >>> key = word_key("visit")
    >>> [end - len(key) + 1 for end in range(len(marks)) if marks.endswith(key, 0, end + 1)]
    [9]
    """
    base = text if as_written else fold_case(text)
    return _MARK + base.encode("ascii", "replace").translate(_MARKS).decode("ascii")



@lru_cache(maxsize=8)  # each reader of the shared pass asks of the document it reads
def marks_fold_alike(text: str) -> bool:
    """Is ``word_marks(text)`` ``word_marks(text, True)`` in lower case (no letter folds otherwise, as "İ")?

    Examples
    --------
    >>> marks_fold_alike("Mr. Xi’s visit"), marks_fold_alike("İstanbul")
    (True, False)
    """
    return text.isascii() or word_marks(text) == word_marks(text, True).lower()

def word_key(word: str) -> str:
    """What stands for ``word`` at the start of a word of a :func:`word_marks` text.

    Examples
    --------
    >>> word_key("H.E.") == "\\x01H\\x01E\\x01"
    True
    """
    return _MARK + word.encode("ascii", "replace").translate(_MARKS).decode("ascii")


class Anchors:
    r"""Patterns tried only where one of their first words starts a word.

    ``pattern.finditer(text, a, b)`` tries a pattern at every position of
    ``text[a:b]``; the cue patterns of the events stage (travel verbs, titles,
    dates, relation words) all start with one of a known set of words, and a
    news sentence holds few of them. One Aho-Corasick pass over the document
    (lower-cased by :func:`fold_case`) finds where each pattern may start, and
    :meth:`finditer` tries it only there: the same matches, in the same order.

    Parameters
    ----------
    patterns : mapping of str to (re.Pattern, iterable of str)
        By name, a pattern and the words one of which every match starts with
        (a word may be a prefix: "arriv"), compared in lower case. A pattern
        must start with ``\b`` followed by a word character, or with a
        look-behind that refuses a letter or digit before it, and never match
        the empty string.
    case_sensitive : iterable of str
        Names of the patterns whose words are compared as written ("Mr",
        "H.E."), so that "mr" in "mrs." is not tried.
    lazy : bool
        Look for the words only in the stretches that :meth:`finditer` is asked
        about (each once per document), not in the whole text at once: for
        patterns run on a few sentences of a document.
    shared : str, optional
        Look for the words of the whole text in the one pass of :mod:`geo.doc_words`, under this name.

    Examples
    --------
    >>> go = re.compile(r"\b(?:went|flew)\s+to\b", re.I)
    >>> cues = Anchors({"go": (go, ("went", "flew"))})
    >>> t = "She went to Rome and FLEW to Oslo; the outflew to ..."
    >>> [m.span() for m in cues.finditer("go", t)] == [m.span() for m in go.finditer(t)]
    True
    >>> [m.group(0) for m in cues.finditer("go", t, 10, 40)]
    ['FLEW to']
    >>> cues.search_in("go", t, 21, 28).group(0), cues.search_in("go", t, 22, 40)
    ('FLEW to', None)
    """

    def __init__(self, patterns: Mapping[str, tuple[re.Pattern[str], Iterable[str]]], *,
                 case_sensitive: Iterable[str] = (), lazy: bool = False, shared: str | None = None) -> None:
        import ahocorasick

        self.patterns = {name: pattern for name, (pattern, _) in patterns.items()}
        exact = set(case_sensitive)
        names_of: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})  # folded, as written
        for name, (_, words) in patterns.items():
            for w in words:
                w = w if name in exact else w.lower()
                ascii_prefix = next((w[:i] for i, c in enumerate(w) if not c.isascii()), w)
                if not ascii_prefix:  # only ASCII letters are sure to fold as the pattern does
                    raise ValueError(f"an anchor word must start with an ASCII character, instead got: {w!r}")
                # looked for in the text as marked by word_marks: only where a word starts
                key = word_key(ascii_prefix)
                names_of[name in exact].setdefault(key, []).append(name)
        self._autos = []
        for as_written, words in enumerate(names_of):
            if not words:
                continue
            auto = ahocorasick.Automaton()
            for w, names in words.items():
                auto.add_word(w, (len(w), tuple(dict.fromkeys(names))))
            auto.make_automaton()
            self._autos.append((bool(as_written), auto))
        self.lazy, self._shared, self._written = lazy, shared, bool(names_of[1])
        if shared is not None:  # in lower case: (pattern, how far back it starts) and (key as written, pattern, how far back)
            keys: dict[str, tuple[list, list]] = {}
            for as_written, words in enumerate(names_of):
                for w, names in words.items():
                    plain, written = keys.setdefault(w.lower(), ([], []))
                    for name in dict.fromkeys(names):
                        if as_written:
                            written.append((w, name, len(w) - 1))
                        else:
                            plain.append((name, len(w) - 1))
            doc_words.share(shared, {k: (tuple(p), tuple(w)) for k, (p, w) in keys.items()})
        self._single = next(iter(self.patterns)) if len(self.patterns) == 1 else None
        self._last: tuple[str, dict[tuple[int, int], dict[str, list[int]]], list[tuple[int, int]]] | None = None
        self._latest: tuple[str, int, int, dict[str, list[int]]] | None = None

    def starts(self, text: str, a: int = 0, b: int | None = None) -> dict[str, list[int]]:
        """For each pattern that may match in ``text[a:b]``, the sorted offsets where it may (or more).

        What was found is kept for the last text: a stretch inside one looked
        at before is not looked at again.
        """
        n = len(text)
        if b is None or b > n:
            b = n
        last = self._last  # one read: another thread may replace it
        if last is None or last[0] is not text:
            last = self._last = (text, {}, [])
        done = last[1]
        found = done.get((a, b))
        if found is not None:
            return found
        if done:
            (x, y), latest = next(reversed(done.items()))  # a clause of the sentence looked at last
            if x <= a and b <= y:
                return latest
            spans = last[2]  # else the stretch that starts last before it, if it reaches far enough
            k = bisect_right(spans, (a, n + 1)) - 1
            if k >= 0 and spans[k][1] >= b:
                return done[spans[k]]
        found = done[(a, b)] = self._look(text, a, b)
        insort(last[2], (a, b))
        self._latest = (text, a, b, found)  # any stretch that covers another finds what it would
        return found

    def _look(self, text: str, a: int, b: int) -> dict[str, list[int]]:
        if self._shared is not None and b - a >= len(text):
            if not self._written or marks_fold_alike(text):  # else a word as written may fold otherwise
                return doc_words.anchor_starts(text, self._shared, word_marks(text),
                                               word_marks(text, True) if self._written else None)
        found: dict[str, list[int]] = {}  # only the patterns whose words are there (one or two of a dozen)
        for as_written, auto in self._autos:
            # a key is a word after a mark: found only where the word starts a word of the text (or where its inner
            # marks stand for other non-word characters: more starts, never fewer); the mark's offset is the word's
            marks = word_marks(text, True) if as_written else word_marks(text)  # the cache's keys as the others ask
            shift, marks = (a, marks[a:b + 1]) if b - a < len(text) else (0, marks)  # it copies what it is given
            if self._single is not None:  # one pattern: every hit is its
                ps = [shift + end - n + 1 for end, (n, _) in auto.iter(marks)]
                if ps:
                    found.setdefault(self._single, []).extend(ps)
                continue
            for end, (n, names) in auto.iter(marks):
                for name in names:
                    ps = found.get(name)
                    if ps is None:
                        found[name] = [shift + end - n + 1]
                    else:
                        ps.append(shift + end - n + 1)
        for ps in found.values():
            if len(ps) > 1:
                ps.sort()  # a start found twice is tried once: finditer skips what a match covered
        return found

    def finditer(self, name: str, text: str, a: int = 0, b: int | None = None) -> Iterator[re.Match[str]]:
        """What ``self.patterns[name].finditer(text, a, b)`` gives."""
        n = len(text)
        if b is None or b > n:
            b = n
        latest = self._latest  # :meth:`_starts` written out: this is called for every stretch of every sentence
        if latest is not None and latest[0] is text and latest[1] <= a and b <= latest[2]:
            starts = latest[3].get(name)
        else:
            starts = (self.starts(text, a, b) if self.lazy else self.starts(text)).get(name)
        if not starts:
            return iter(())
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        if lo == hi:
            return iter(())  # most stretches hold none of the pattern's words: no generator to set up
        return matches_at(self.patterns[name], text, starts[lo:hi], a, b)

    def _starts(self, text: str, a: int, b: int) -> dict[str, list[int]]:
        """:meth:`starts` of the stretch (lazy), else of the whole text; the stretch found last first."""
        latest = self._latest  # one read: another thread may replace it
        if latest is not None and latest[0] is text and latest[1] <= a and b <= latest[2]:
            return latest[3]
        if self.lazy:
            return self.starts(text, a, b)
        return self.starts(text)

    def search(self, name: str, text: str, a: int = 0, b: int | None = None) -> re.Match[str] | None:
        """What ``self.patterns[name].search(text, a, b)`` gives."""
        return next(self.finditer(name, text, a, b), None)

    def search_in(self, name: str, text: str, a: int, b: int) -> re.Match[str] | None:
        """What ``self.patterns[name].search(text[a:b])`` gives: the stretch searched as a string of
        its own, so that ``$`` is its end and its first character starts a word."""
        pattern = self.patterns[name]
        piece = text[a:b]
        m = pattern.match(piece)
        if m is not None:
            return m
        starts = self._starts(text, a, b).get(name, ())
        for p in starts[bisect_right(starts, a):bisect_left(starts, b)]:
            m = pattern.match(piece, p - a)
            if m is not None:
                return m
        return None


def matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int], a: int, b: int) -> Iterator[re.Match[str]]:
    r"""The matches of ``pattern`` in ``text[a:b]`` that start at one of ``starts`` (sorted, inside the
    stretch), none inside the one before: what ``finditer`` gives when every match starts there.

    Examples
    --------
    >>> to = re.compile(r"\bto\b")
    >>> [m.start() for m in matches_at(to, "go to, to", [3, 4, 7], 0, 9)]
    [3, 7]
    """
    end = a
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p, b)
        if m is not None:
            end = m.end()
            yield m


def whole_words(text: str, words: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each of ``words`` written in ``text`` as a whole word.

    A whole word has no letter, digit, "_" or "-" either side. The result is
    what ``finditer`` of the words' alternation gives (in text order, none
    overlapping, at one place the first of ``words``), from a look-up per
    word instead of a regex compiled for each list of words.

    Examples
    --------
    >>> whole_words("Gates said Gates-style Gates.", ["Gates"])
    [(0, 5, 'Gates'), (23, 28, 'Gates')]
    """
    def free(c: str) -> bool:
        return not (c.isalnum() or c in "_-")

    found = []
    for i, w in enumerate(words):
        p = text.find(w)
        while p >= 0:
            e = p + len(w)
            if (p == 0 or free(text[p - 1])) and (e == len(text) or free(text[e])):
                found.append((p, i, e))
            p = text.find(w, p + 1)
    out, reach = [], 0
    for p, i, e in sorted(found):
        if p >= reach:
            out.append((p, e, words[i]))
            reach = e
    return out


# --------------------------------------------------------------------------- ignore-case patterns as cased ones
#
# Ignore-case patterns run as case-sensitive ones on a lower-cased copy of the text, where that finds the same.
#
# Matching with ``re.IGNORECASE`` folds the case of every character it compares, and cannot skip the
# alternatives of a branch by their first letter; the same pattern without the flag, on a copy of the text
# whose capitals are written in lower case, does both. It finds the same matches when
#
# * the pattern is written in lower case: no capital ASCII letter outside an escape or a group's name, no
#   class range that holds one, no escape that may stand for one (``\x41``), no letter outside ASCII, and
#   no ``(?-i:...)`` group (checked by :class:`Caseless`);
# * the text holds no letter or digit outside ASCII, and every other character outside ASCII is its own
#   lower case (:func:`caseless_copy`; most news texts: their only such characters are quotation marks and
#   dashes). Then a character matches a letter of the pattern ignoring case exactly where its lower case
#   matches it as written; the few letters that ignore-case matching takes for an ASCII letter besides its two
#   cases ("İ", "ı", "ſ", the Kelvin sign) are letters outside ASCII, so none of them is in such a text.
#
# Elsewhere the pattern runs as it is, ignoring case.

@lru_cache(maxsize=8)  # the readers of one document ask in turn
def caseless_copy(text: str) -> str | None:
    """``text`` with its capital ASCII letters in lower case, when it holds no letter or digit outside ASCII
    and every other character outside ASCII is its own lower case; else ``None``.

    Examples
    --------
    >>> caseless_copy("Xi’s VISIT – “soon”"), caseless_copy("İstanbul"), caseless_copy("Zürich")
    ('xi’s visit – “soon”', None, None)
    """
    if text.isascii():
        return text.lower()
    if any(c.isalnum() or c.lower() != c for c in set(_NOT_ASCII.findall(text))):  # (a few quotation marks)
        return None
    return lower_text(text)  # (only the ASCII capitals differ: no character changes its length)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
#: Escapes that may stand for a capital letter, and class ranges (after escapes are taken out).
_CODE_ESCAPE = re.compile(r"\\(?:[0-7xuUN]|[1-9])")
_NAMES_AND_ESCAPES = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.", re.DOTALL)
_RANGE = re.compile(r"(.)-(.)", re.DOTALL)
_CASED = re.compile(r"[A-Z]|\(\?[a-zA-Z]*-")


class Caseless:
    """An ignore-case pattern written in lower case (see the comment above), searched as its case-sensitive twin on
    :func:`caseless_copy` of the text where there is one.

    Parameters
    ----------
    pattern : re.Pattern
        Compiled with ``re.IGNORECASE``; a pattern not written in lower case raises ``ValueError``.

    Examples
    --------
    >>> go = Caseless(re.compile(r"\\b(?:went|flew)\\s+to\\s+(?P<gap>\\w+\\s+)?$", re.I))
    >>> go.search("Xi FLEW to the ", 0, 15).group("gap"), go.search("Xi flew to", 0, 10)
    ('the ', None)
    >>> Caseless(re.compile(r"[A-Z]\\w+", re.I))
    Traceback (most recent call last):
    ...
    ValueError: expected an ignore-case pattern written in lower case, instead got: '[A-Z]\\\\w+'
    """

    __slots__ = ("pattern", "_twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        body = _NAMES_AND_ESCAPES.sub("", pattern.pattern)
        if not pattern.flags & re.IGNORECASE or _CODE_ESCAPE.search(pattern.pattern) or _CASED.search(body) \
                or any(not c.isascii() and c.isalnum() for c in body) \
                or any(x <= "Z" and y >= "A" for x, y in _RANGE.findall(body)):
            raise ValueError(f"expected an ignore-case pattern written in lower case, instead got: {pattern.pattern!r}")
        self.pattern = pattern
        self._twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What ``self.pattern.search(text, pos, endpos)`` gives (the match of the pattern itself, on ``text``)."""
        low = caseless_copy(text)
        if low is None:
            return self.pattern.search(text, pos, endpos)
        m = self._twin.search(low, pos, endpos)
        return None if m is None else self.pattern.match(text, m.start(), endpos)  # the same match, on the text
