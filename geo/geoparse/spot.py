"""Spot: the spans of a text that may name places (step 1 of the geoparser).

A regular expression finds chains of capitalised words ("Bosnia and
Herzegovina", "U.S.", "Moscow's"); the longest run of tokens whose folded
form (lower case, no diacritics) is a gazetteer key becomes a :class:`Match`;
possessives and final dots are trimmed, and parts of hyphenated compounds
count when they are countries, regions or big cities ("U.S.-led",
"Turkish-Russian"). The matches of a chain of several words depend on the
chain alone and are memoised per gazetteer (names recur across a corpus).
"""

from __future__ import annotations

import re

from geo.gazetteer import CITY, IndexView, fold

__all__ = ["Match", "spot_names"]

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_WORD = rf"[{_UPPER}][\w'\u2019.\-]*"
_CONN = (r"(?:of|the|de|del|della|da|do|dos|das|du|des|la|le|les|el|al|es|and|upon|on|am|an|"
         r"der|den|di|y|sur|en|op|aan)")
# Chains of capitalised words, with up to two lower-case connectors between
# them ("Bosnia and Herzegovina", "Rio de Janeiro"). A plain pattern without
# look-arounds or alternation at the start keeps the scan at ~50 MB/s.
# An elided article glued to the next word ("Côte d'Ivoire", "Bois l'Évêque") joins the chain too.
_ELIDED = "(?:[dl]['\u2019])"
_CHAIN_RE = re.compile(rf"{_WORD}(?: (?:{_CONN} ){{0,2}}{_ELIDED}?{_WORD})*")

#: How much of the rest of a chain a match keeps: its next three words are all the
#: person-name test reads, and keeping the whole rest made "Minsk Minsk ..." quadratic.
_NEXT_CHARS = 200


def _head(rest: str, words: int = 3) -> str:
    """The first ``words`` space-separated words of ``rest``."""
    return " ".join(rest.split(" ", words)[:words])


class Match:
    """A span of text whose folded form is a gazetteer key: a name that may be a place.

    :func:`spot_names` sets where it is and which entries it may be;
    :func:`geo.geoparse.decide.keep_places` sets the evidence read around it.
    Mutable on purpose (one per span and document, filled step by step).

    Attributes
    ----------
    start, end : int
        Character offsets in the document (a possessive or final dot left out).
    key : str
        The gazetteer key (:func:`geo.gazetteer.fold` of the span).
    ids : tuple of int
        Entry ids of the key, best first (:meth:`geo.gazetteer.IndexView.ids`).
    prev_cap, next_cap : str
        The capitalised word just before in the same chain; the next words of
        the chain (three at most) when a capitalised word follows.
    initial, prep, title : bool
        Whether the span opens a sentence or line, follows a preposition, or
        follows a person's title.
    qual : set of str or None
        Countries and states written after a comma ("Paris, Texas": ``{"US",
        "US.TX"}``).
    evidence : float
        How strongly the context says place (about -2..2), once decided.
    person, soft : bool
        Rejected as (part of) a person's name or a news agency's, which the
        document's other mentions share; rejected, but a place if the
        document says so elsewhere.

    Examples
    --------
    >>> m = Match(9, 17, "dushanbe", (42,))
    >>> (m.start, m.end, m.key, m.prev_cap, m.qual, m.person)
    (9, 17, 'dushanbe', '', None, False)
    """

    __slots__ = ("start", "end", "key", "ids", "prev_cap", "next_cap", "initial", "prep",
                 "title", "qual", "evidence", "person", "soft")

    def __init__(self, start: int, end: int, key: str, ids: tuple[int, ...]) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.ids = ids
        self.prev_cap = ""    # capitalised word just before, in the same chain
        self.next_cap = ""    # next words of the chain (three at most) when a capitalised word follows
        self.qual: set[str] | None = None
        self.person = self.prep = self.initial = self.title = self.soft = False



def spot_names(ix: IndexView, text: str, memo: dict[str, tuple] | None = None) -> list[Match]:
    """Return the longest gazetteer matches inside the capitalised chains of ``text``.

    Parameters
    ----------
    ix : IndexView
        The gazetteer's index (``get_gazetteer().index``).
    text : str
        The document's text.
    memo : dict, optional
        Matches per chain of several words, kept between calls with the same
        ``ix`` (the geoparser keeps one per gazetteer).

    Returns
    -------
    list of Match
        In text order; nothing decided yet.

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> text = "President Jordan flew from Minsk's airport to the U.S.-led talks in New York City."
    >>> [(m.key, m.start, m.end) for m in spot_names(get_gazetteer().index, text)]
    [('jordan', 10, 16), ('minsk', 27, 32), ('u.s.', 50, 54), ('new york city', 68, 81)]
    """
    return _Spotter(ix, {} if memo is None else memo, text).spot()


class _Spotter:
    """Find the gazetteer matches of one text."""

    def __init__(self, ix: IndexView, chains: dict[str, tuple], text: str) -> None:
        self.ix = ix
        self.chains = chains
        self.text = text
        self.kind = ix.kind

    def _lookup(self, s: int, e: int) -> tuple[int, str, tuple[int, ...]] | None:
        """Find the gazetteer key of ``text[s:e]``, trying without "'s" or a final dot."""
        keys = self.ix.keys
        raw = self.text[s:e]
        k = raw.lower()
        if not k.isascii() or "-" in k or "," in k or "`" in k:
            k = fold(raw)
        v = keys.get(k)
        if v is None:
            if k.endswith("'s"):
                k = k[:-2]
                e -= 2
            elif k.endswith("'"):
                k = k[:-1]
                e -= 1
            elif k.endswith("."):
                k = k[:-1].rstrip()
                e -= 1
            else:
                return None
            v = keys.get(k)
            if v is None:
                return None
        return e, k, ((v,) if isinstance(v, int) else v)

    def spot(self) -> list[Match]:
        """Return the longest gazetteer matches inside capitalised chains.

        Matches of a chain of several words depend on the chain alone, so
        they are memoised per process (names recur across a corpus).
        """
        text = self.text
        keys = self.ix.keys
        lookup = self._lookup
        memo = self.chains
        matches: list[Match] = []
        append = matches.append
        for cm in _CHAIN_RE.finditer(text):
            chain = cm.group()
            c0 = cm.start()
            if " " not in chain:
                # one word, the common case: a direct lookup
                k = chain.lower()
                v = keys.get(k)
                if v is not None:
                    append(Match(c0, cm.end(), k, (v,) if v.__class__ is int else v))
                elif not (k.isalpha() and k.isascii()):
                    hit = lookup(c0, cm.end())
                    if hit is not None:
                        append(Match(c0, hit[0], hit[1], hit[2]))
                    elif "-" in chain:
                        self._hyphen_parts(c0, chain, matches)
                continue
            if len(chain) > 300:   # rare, and not worth remembering
                self._multi(c0, chain, matches)
                continue
            res = memo.get(chain)
            if res is None:
                k0 = len(matches)
                self._multi(c0, chain, matches)
                res = tuple((m.start - c0, m.end - c0, m.key, m.ids, m.prev_cap, m.next_cap)
                            for m in matches[k0:])
                if len(memo) > 200_000:
                    memo.clear()
                memo[chain] = res
                continue
            for rs, re_, k, ids, pc, nc in res:
                m = Match(c0 + rs, c0 + re_, k, ids)
                m.prev_cap = pc
                m.next_cap = nc
                append(m)
        return matches

    def _multi(self, c0: int, chain: str, matches: list[Match]) -> None:
        """Longest matches in a chain of several words."""
        keys = self.ix.keys
        heads = self.ix.heads
        kind = self.kind
        lookup = self._lookup
        append = matches.append
        lc = chain.lower()
        if lc.isascii() and lc.replace(" ", "").isalpha():
            self._plain_chain(c0, chain, lc, matches)
            return
        parts = chain.split(" ")
        n = len(parts)
        first = len(matches)
        last_end = -1   # end token index of the previous match in this chain
        last_kind = -1
        i = 0
        off = c0        # offset of parts[i]
        while i < n:
            part = parts[i]
            if part[0].islower():
                off += len(part) + 1
                i += 1
                continue
            hl = part.lower()
            plain = hl.isalpha() and hl.isascii()
            maxw = heads.get(hl if plain else fold(part).split(" ", 1)[0], 1)
            hit = None
            j = i + 1
            if maxw > 1:
                # longest first over windows of up to maxw tokens; plain ASCII
                # words join into the key directly, others go through fold
                top = min(n, i + maxw)
                low = [hl] + [p.lower() for p in parts[i + 1:top]]
                for t in range(top - i - 1, 0, -1):
                    lt = low[t]
                    if lt[0] != parts[i + t][0] or lt[1:2] == "'" or lt[1:2] == "\u2019":  # capitalised last word
                        if lt.isalpha() and lt.isascii() and plain:
                            k = " ".join(low[:t + 1])
                            v = keys.get(k)
                            if v is not None:
                                hit = (off + len(k), k, (v,) if v.__class__ is int else v)
                                j = i + t + 1
                                break
                            if all(w.isalpha() and w.isascii() for w in low[1:t]):
                                continue
                        e = off + sum(len(p) + 1 for p in parts[i:i + t + 1]) - 1
                        hit = lookup(off, e)
                        if hit is not None:
                            j = i + t + 1
                            break
            if hit is None:
                if plain:
                    v = keys.get(hl)
                    if v is not None:
                        hit = (off + len(part), hl, (v,) if v.__class__ is int else v)
                else:
                    hit = lookup(off, off + len(part))
            if hit is not None:
                m = Match(off, hit[0], hit[1], hit[2])
                if i > 0 and not parts[i - 1][0].islower():
                    # a capitalised word before: a name ("Michael Jordan") unless it
                    # is itself a country, region or demonym ("Russian President")
                    if last_end != i or last_kind == CITY:
                        m.prev_cap = parts[i - 1]
                if j < n and not parts[j][0].islower() and hit[0] == off + sum(
                        len(p) + 1 for p in parts[i:j]) - 1:
                    m.next_cap = " ".join(parts[j:j + 3])   # (not after a possessive: "Russia's Vladimir")
                append(m)
                last_end = j
                last_kind = kind[hit[2][0]]
                while i < j:
                    off += len(parts[i]) + 1
                    i += 1
                continue
            if "-" in part and self._hyphen_parts(off, part, matches):
                last_end = i + 1
                last_kind = -1
            off += len(part) + 1
            i += 1
        if len(matches) - first > 1:
            _place_neighbours_are_no_names(matches, first, self.kind)

    def _plain_chain(self, c0: int, chain: str, lc: str, matches: list[Match]) -> None:
        """Longest matches in a chain of plain ASCII words ("New York City Council")."""
        keys = self.ix.keys
        heads = self.ix.heads
        words = lc.split(" ")
        n = len(words)
        starts = []
        o = 0
        for w in words:
            starts.append(o)
            o += len(w) + 1
        first = len(matches)
        last_end = -1
        last_kind = -1
        i = 0
        while i < n:
            si = starts[i]
            if chain[si] == lc[si]:      # a lower-case connector
                i += 1
                continue
            maxw = heads.get(words[i], 1)
            hit = None
            j = min(n, i + maxw) - 1
            while j >= i:
                sj = starts[j]
                if chain[sj] != lc[sj]:
                    hit = keys.get(lc[si:sj + len(words[j])])
                    if hit is not None:
                        break
                j -= 1
            if hit is None:
                i += 1
                continue
            ids = (hit,) if hit.__class__ is int else hit
            e = starts[j] + len(words[j])
            m = Match(c0 + si, c0 + e, lc[si:e], ids)
            if i > 0 and chain[starts[i - 1]] != lc[starts[i - 1]]:
                if last_end != i or last_kind == CITY:
                    m.prev_cap = chain[starts[i - 1]:starts[i] - 1]
            if j + 1 < n and chain[e + 1] != lc[e + 1]:
                m.next_cap = _head(chain[e + 1:e + 1 + _NEXT_CHARS])
            matches.append(m)
            last_end = j + 1
            last_kind = self.kind[ids[0]]
            i = j + 1
        if len(matches) - first > 1:
            _place_neighbours_are_no_names(matches, first, self.kind)

    def _hyphen_parts(self, off: int, tok: str, matches: list[Match]) -> bool:
        """Spot capitalised parts of hyphenated compounds: "U.S.-led", "Turkish-Russian"."""
        found = False
        ix = self.ix
        for part in tok.split("-"):
            if part[:1].isupper():
                h = self._lookup(off, off + len(part))
                # only places big enough to be named in compounds ("Al-Ahram" and
                # "Kennedy-Glans" are not "Ahram" and "Kennedy")
                if h is not None and (self.kind[h[2][0]] != CITY
                                      or ix.population[h[2][0]] >= 100_000):
                    matches.append(Match(off, h[0], h[1], h[2]))
                    found = True
            off += len(part) + 1
        return found


def _place_neighbours_are_no_names(matches: list[Match], first: int, kind: bytes) -> None:
    """A capitalised neighbour that is itself a place is no evidence of a person's name.

    Clears ``next_cap`` of the matches from ``first`` on that a match of
    another kind than a city follows closely ("Winnipeg Manitoba", "Kabul
    Afghanistan").
    """
    for a in range(first, len(matches) - 1):
        m, m2 = matches[a], matches[a + 1]
        if m.next_cap and m2.start <= m.end + 2 and kind[m2.ids[0]] != CITY:
            m.next_cap = ""
