"""Find place mentions in text and resolve each to one gazetteer entry.

The geoparser works in three steps over each document:

1. **Spot**: a regular expression finds chains of capitalised words
   ("Bosnia and Herzegovina", "U.S.", "Moscow's"); the longest run of
   tokens whose folded form (lower case, no diacritics) is a gazetteer key
   becomes a candidate span; possessives and final dots are trimmed, and
   parts of hyphenated compounds count when they are countries, regions or
   big cities ("U.S.-led", "Turkish-Russian").
2. **Decide** whether a span is a place at all, from general evidence:
   a person title before it ("President Jordan"); a capitalised neighbour
   that looks like part of a person's name ("Michael Jordan", "Georgia
   Stevens", "Indiana Jones": not a common English word, an acronym or a
   possessive); an organisation or street word after it ("X University",
   "Hertford Road"); a preposition before it ("in", "to", "from"); a
   dateline ("ATLANTA (AP) -"); a qualifier after it ("Paris, Texas");
   how frequent the name is in English against the place's population
   ("Police", "Reading" are towns too); whether the word also occurs in
   lower case in the document; headline capitals. A name read as a
   person's stays a person's for the whole document unless a preposition
   or qualifier says place.
3. **Resolve** each span to one entry: prior importance (kind, population,
   capital); the country or state written next to it, shared by every
   mention of the name in the document; the countries the document's
   unambiguous mentions vote for (its main country a little more); towns
   inside a state the document names; nearness to the document's
   unambiguous places.

Demonyms and adjectives ("Russian", "Tajik") resolve to their country with
kind ``demonym``, region adjectives ("European", "Central Asian") to their
region. Work that depends only on a name or on a chain of capitalised words
is memoised per process, so names recurring across a corpus cost little.

Examples
--------
>>> [(m.text, m.country, m.kind) for m in geoparse("Putin flew from Moscow to Tashkent, the Uzbek capital.")]
[('Moscow', 'RU', 'city'), ('Tashkent', 'UZ', 'city'), ('Uzbek', 'UZ', 'demonym')]
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Iterable

from geo.errors import InputError
from geo.gazetteer import (ADMIN, CITY, COUNTRY, DEMONYM, FLAG_CAPITAL, FLAG_MINOR_ADMIN, REGION, Gazetteer,
                           IndexView, fold, get_gazetteer)
from geo.values import Document, Mention

__all__ = ["geoparse", "geoparse_many"]


_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_WORD = rf"[{_UPPER}][\w'\u2019.\-]*"
_CONN = (r"(?:of|the|de|del|della|da|do|dos|das|du|des|la|le|les|el|al|and|upon|on|am|an|"
         r"der|den|di|y|sur|en|op|aan)")
# Chains of capitalised words, with up to two lower-case connectors between
# them ("Bosnia and Herzegovina", "Rio de Janeiro"). A plain pattern without
# look-arounds or alternation at the start keeps the scan at ~50 MB/s.
_CHAIN_RE = re.compile(rf"{_WORD}(?: (?:{_CONN} ){{0,2}}{_WORD})*")
_MAXN = 7

_TITLES = frozenset("""
mr mrs ms miss dr prof sir lady lord dame president senator sen gov governor rep representative
congressman congresswoman minister secretary chancellor premier mayor judge justice gen general
col colonel lt lieutenant capt captain sgt sergeant cmdr commander adm admiral king queen prince
princess pope rev reverend father sister brother bishop archbishop sheikh emir sultan coach
chairman chairwoman ceo director officer constable detective agent ambassador envoy spokesman
spokeswoman actor actress singer player striker quarterback pitcher mp saint st
""".split())

_GOOD_NEXT = frozenset("""
president presidents prime minister ministers ministry foreign government governments governor
premier senator senators senate parliament congress embassy ambassador consulate military army
navy forces force troops police capital province state region city county republic federation
border borders national nationals people authorities officials leader leaders king queen
emperor crown air airlines coast guard intelligence security defense defence interior
officials official mayor council court supreme high central north south east west northern
southern eastern western new old greater upper lower sea ocean gulf bay river valley
mountains island islands peninsula strait
""".split())

_ORG_NEXT = frozenset("""
university college school academy institute hospital clinic street st avenue ave road rd
boulevard blvd lane drive highway hotel restaurant cafe bar club fc united rovers wanderers
stadium arena hall theatre theater museum gallery library church cathedral mosque temple
company co corp corporation inc ltd llc group holdings bank times post journal herald
tribune gazette daily news magazine press radio tv television records studios airlines
airways motors energy oil gas partners capital fund foundation center centre mall plaza
square park zoo prison jail penitentiary high middle elementary station tower bridge
""".split())

_STREET = frozenset("""
street st road rd avenue ave boulevard blvd lane ln drive dr highway hwy crescent terrace
""".split())

_PREPS = frozenset("""
in to from near at into across throughout outside inside toward towards via visit visited
visiting visits around between against within through reached entered left leaving leave
""".split())

# Words that are place names somewhere but almost never in running text.
_NEVER = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday north south east west northern
southern eastern western central center centre middle upper lower university police city
county state national international federal republic kingdom union mount lake river
christmas easter god lord
""".split()) | {
    # buildings standing for governments are not toponyms in running text
    "white house", "kremlin", "pentagon", "downing street", "capitol hill", "elysee",
    # directions that open a longer name ("Far North Queensland")
    "far north", "far south", "far west",
}

_SENT_END = frozenset('.!?"\u201c\u201d:;\n')
_QUAL_RE = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)")


def geoparse(text_or_document: str | Document, *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of one text or document, in text order.

    Parameters
    ----------
    text_or_document : str or Document
        A plain string (document id ``""``) or a :class:`~geo.values.Document`.
    gazetteer : Gazetteer, optional
        Defaults to :func:`~geo.gazetteer.get_gazetteer`.

    Examples
    --------
    >>> ms = geoparse("Talks in Dushanbe, Tajikistan, then Ashkhabad.")
    >>> [(m.text, m.name, m.country) for m in ms]
    [('Dushanbe', 'Dushanbe', 'TJ'), ('Tajikistan', 'Tajikistan', 'TJ'), ('Ashkhabad', 'Ashgabat', 'TM')]
    >>> geoparse("")
    []
    """
    if isinstance(text_or_document, str):
        doc = Document(id="", text=text_or_document)
    elif isinstance(text_or_document, Document):
        doc = text_or_document
    else:
        raise InputError(f"Expected a str or a Document, instead got: {text_or_document!r}")
    return geoparse_many([doc], gazetteer=gazetteer)


def geoparse_many(documents: Iterable[Document], *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of many documents, flat, in document order.

    Examples
    --------
    >>> docs = [Document("a", "Minsk hosted the talks."), Document("b", "He left China.")]
    >>> [(m.doc, m.text, m.kind) for m in geoparse_many(docs)]
    [('a', 'Minsk', 'city'), ('b', 'China', 'country')]
    """
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    memo = _memo(gaz)
    out: list[Mention] = []
    for doc in documents:
        if not isinstance(doc, Document):
            raise InputError(f"Expected Document values, instead got: {doc!r}")
        if doc.text:
            out.extend(_Parser(gaz.index, memo, doc).run())
    return out


class _Memo:
    """The geoparser's memo of work that depends only on a gazetteer and a name.

    Entry ids differ between indexes, so there is one memo per gazetteer.
    """

    __slots__ = ("chains", "keys", "anchors", "candidates")

    def __init__(self) -> None:
        self.chains: dict[str, tuple] = {}       # chain of capitalised words -> its matches
        self.keys: dict[str, tuple] = {}         # key -> its context-free evidence
        self.anchors: dict[str, bool] = {}       # key -> whether its first reading is sure
        self.candidates: dict[str, list] = {}    # key -> context-free facts of its readings


_MEMOS: weakref.WeakKeyDictionary[Gazetteer, _Memo] = weakref.WeakKeyDictionary()


def _memo(gaz: Gazetteer) -> _Memo:
    memo = _MEMOS.get(gaz)
    if memo is None:
        memo = _MEMOS[gaz] = _Memo()
    return memo


#: How much of the rest of a chain a match keeps: its next three words are all the
#: person-name test reads, and keeping the whole rest made "Minsk Minsk ..." quadratic.
_NEXT_CHARS = 200


def _head(rest: str, words: int = 3) -> str:
    """The first ``words`` space-separated words of ``rest``."""
    return " ".join(rest.split(" ", words)[:words])


class _Match:
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


class _Parser:
    """Geoparse one document (spot, decide, resolve)."""

    def __init__(self, ix: IndexView, memo: _Memo, doc: Document) -> None:
        self.ix = ix
        self.memo = memo
        self.doc = doc
        self.text = doc.text
        self.kind = ix.kind
        self.ccs = ix.country
        self._lower: dict[str, bool] = {}

    # -- spotting ---------------------------------------------------------
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

    def spot(self) -> list[_Match]:
        """Return the longest gazetteer matches inside capitalised chains.

        Matches of a chain of several words depend on the chain alone, so
        they are memoised per process (names recur across a corpus).
        """
        text = self.text
        keys = self.ix.keys
        lookup = self._lookup
        memo = self.memo.chains
        matches: list[_Match] = []
        append = matches.append
        for cm in _CHAIN_RE.finditer(text):
            chain = cm.group()
            c0 = cm.start()
            if " " not in chain:
                # one word, the common case: a direct lookup
                k = chain.lower()
                v = keys.get(k)
                if v is not None:
                    append(_Match(c0, cm.end(), k, (v,) if v.__class__ is int else v))
                elif not (k.isalpha() and k.isascii()):
                    hit = lookup(c0, cm.end())
                    if hit is not None:
                        append(_Match(c0, hit[0], hit[1], hit[2]))
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
                m = _Match(c0 + rs, c0 + re_, k, ids)
                m.prev_cap = pc
                m.next_cap = nc
                append(m)
        return matches

    def _multi(self, c0: int, chain: str, matches: list[_Match]) -> None:
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
                    if lt[0] != parts[i + t][0]:   # capitalised last word
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
                m = _Match(off, hit[0], hit[1], hit[2])
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
            # a capitalised neighbour that is itself a place is no evidence
            for a in range(first, len(matches) - 1):
                m, m2 = matches[a], matches[a + 1]
                if m.next_cap and m2.start <= m.end + 2 and kind[m2.ids[0]] != CITY:
                    m.next_cap = ""

    def _plain_chain(self, c0: int, chain: str, lc: str, matches: list[_Match]) -> None:
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
            m = _Match(c0 + si, c0 + e, lc[si:e], ids)
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
            kind = self.kind
            for a in range(first, len(matches) - 1):
                m, m2 = matches[a], matches[a + 1]
                if m.next_cap and m2.start <= m.end + 2 and kind[m2.ids[0]] != CITY:
                    m.next_cap = ""

    def _hyphen_parts(self, off: int, tok: str, matches: list[_Match]) -> bool:
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
                    matches.append(_Match(off, h[0], h[1], h[2]))
                    found = True
            off += len(part) + 1
        return found

    # -- evidence ----------------------------------------------------------
    def _context(self, m: _Match) -> None:
        """Look around a match: sentence start, preposition or title before, qualifier after."""
        text = self.text
        s = m.start
        before = text[s - 30:s] if s >= 30 else text[:s]
        b = before.rstrip()
        if not b:
            m.initial = s < 30 or "\n" in before
        else:
            last = b.rsplit(None, 1)[-1]
            if b[-1] in _SENT_END or "\n" in before[len(b):]:
                # after a full stop, unless the word before is a title ("Mr.", "Gov.")
                if b[-1] == "." and last.lower().rstrip(".") in _TITLES:
                    m.title = True
                else:
                    m.initial = True
            else:
                w = last.lstrip("(\"'\u201c\u2018[")
                wl = w.lower()
                if wl in _PREPS:
                    m.prep = True
                elif wl in _TITLES and (w[:1].isupper() or wl in ("mr", "mrs", "ms", "dr")):
                    m.title = True
        if text[m.end:m.end + 1] == ",":
            q = _QUAL_RE.match(text, m.end, m.end + 40)
            if q:
                self._qualifier(m, q.group(1))

    def _qualifier(self, m: _Match, words: str) -> None:
        """Note the countries and states written after a comma: "Paris, Texas"."""
        ix = self.ix
        for cand in (words, words.split()[0]):
            ids = ix.ids(fold(cand).rstrip(".")) or ix.ids(fold(cand))
            if ids:
                if ix.kind[ids[0]] in (COUNTRY, ADMIN, DEMONYM):
                    qual = set()
                    for i in ids[:4]:
                        if ix.kind[i] in (COUNTRY, ADMIN):
                            cc = ix.country[i]
                            qual.add(cc)
                            a1 = ix.admin1[i]
                            if a1:
                                qual.add(cc + "." + a1)
                    m.qual = qual or None
                return

    def _recurs(self, word: str, before: str) -> bool:
        """Whether ``word`` also stands in the text without ``before`` ("Putin said")."""
        memo = "\0" + before + "\0" + word
        hit = self._lower.get(memo)
        if hit is None:
            text = self.text
            hit = text.count(word) > text.count(f"{before} {word}")
            self._lower[memo] = hit
        return hit

    def _in_lower(self, word: str) -> bool:
        """Whether ``word`` (lower case) occurs as a lower-case word in the text."""
        hit = self._lower.get(word)
        if hit is None:
            hit = self._lower[word] = self._find_lower(word)
        return hit

    def _find_lower(self, word: str) -> bool:
        text = self.text
        n = len(word)
        i = text.find(word)
        while i != -1:
            if (i == 0 or not text[i - 1].isalpha()) and not text[i + n:i + n + 1].isalpha():
                return True
            i = text.find(word, i + n)
        return False

    def _namey(self, word: str) -> bool:
        """Whether a capitalised neighbour looks like part of a person's name."""
        if len(word) < 2 or word.isupper() or "-" in word or word[-2:] in ("'s", "\u2019s"):
            return False   # "A", acronyms ("CBC Toronto"), "Nine-year-old", "Radio's"
        w = word.lower().rstrip(".,")
        return w not in self.ix.common and w not in _NEVER and w not in _TITLES

    def decide(self, m: _Match) -> bool:
        """Return whether a match is a place; set its evidence (about -2..2).

        ``m.person`` tells that the word was rejected as (part of) a
        person's name, which the document's other mentions then share.
        """
        if m.key in _NEVER:
            return False
        k = self.kind[m.ids[0]]
        m.evidence = 1.0
        if k == DEMONYM:
            return True
        pc = bool(m.prev_cap) and self._namey(m.prev_cap)
        rest = m.next_cap.split(" ", 2) if m.next_cap else ()
        first = rest[0] if rest else ""
        nxt = first.lower().rstrip(".,")
        nc = bool(nxt) and nxt not in _GOOD_NEXT and self._namey(first)
        if (k == COUNTRY or k == REGION) and not pc and not nc:
            # the common case; only a title before could undo it ("President Jordan")
            b = self.text[max(0, m.start - 12):m.start].rstrip()
            if not b or b[-1] in _SENT_END:
                return True
            w = b.rsplit(None, 1)[-1].lower().rstrip(".")
            if w in _TITLES and w != "st":
                m.person = True
                return False
            return True
        ix = self.ix
        kmemo = self.memo.keys
        st = kmemo.get(m.key)
        if st is None:
            st = kmemo[m.key] = self._static(m)
        static_ev, one_word, alias = st
        if k != COUNTRY and k != REGION and static_ev + 1.1 <= 0.0:
            m.soft = True
            return False   # even a preposition and a qualifier would not save it
        self._context(m)
        if m.title:
            m.person = True
            return False
        if k == COUNTRY or k == REGION:
            if (pc and not m.initial) or (nc and one_word and not alias):
                m.person = True   # "Michael Jordan", "Georgia Stevens"
                return False
            return True
        if nc and one_word and not alias and (
                nxt in ix.person_names or self._recurs(first.rstrip(".,"), self.text[m.start:m.end])
                or (len(rest) > 1 and self._namey(rest[1]))):   # "Vladimir Vladimirovich Putin"
            # "Indiana Jones", "Sidney Crosby", or a next word that recurs on its
            # own like a surname ("Vladimir Putin ... Putin said"); for states
            # only this mention ("Queensland Amber Alert")
            m.person = k == CITY or (pc and not m.initial)
            return False
        # cities and admin areas
        ev = static_ev
        if m.prep:
            ev += 0.5
        if m.qual:
            ev += 0.6
        if m.initial:
            ev -= 0.1
        if pc and not m.initial:
            ev -= 0.8
        if nc:
            ev -= 0.8 if k == CITY else 0.3   # "Sidney Crosby"; "Manitoba Hydro"
        if nxt in _STREET:
            return False   # "Hertford Road": the street, not the town
        if nxt in _ORG_NEXT:
            ev -= 0.4 if k == CITY else 0.1
        if not alias and self.text[m.start:m.end].isupper():
            after = self.text[m.end:m.end + 3].lstrip(" ")
            if m.initial and after[:1] in ",(-\u2014\u2013":
                ev += 1.0   # a dateline: "INNISFAIL - ", "AUSTIN, Texas"
            else:
                # headline capitals, or an acronym ("BA") when short
                ev -= 0.4 if m.end - m.start > 3 else 1.0
        if ev > 0.0 and one_word and self._in_lower(m.key):
            ev -= 0.7
        m.evidence = ev
        if ev <= 0.0:
            if pc and not m.initial:
                m.person = True
            else:
                m.soft = True   # a place if the document says so elsewhere
        return ev > 0.0

    def _static(self, m: _Match) -> tuple[float, bool, bool]:
        """Evidence of a key that does not depend on its context (memoised per key).

        Population raises it; a name that is more frequent in English than
        its population explains (a surname, a common word) lowers it.
        """
        ix = self.ix
        top = m.ids[0]
        key = m.key
        one_word = " " not in key
        alias = key in ix.alias_keys
        k = self.kind[top]
        z = ix.zipf.get(key, 0) / 10.0 if one_word else 0.0
        common = one_word and key in ix.common
        if k == CITY:
            pops = ix.population
            lp = math.log10(max(pops[i] for i in m.ids[:3]) + 1)
            ev = 0.3 * (lp - 4.0)   # 10k -> 0, 100k -> 0.3, 1M -> 0.6
            if ix.flags[top] & FLAG_CAPITAL:
                ev += 0.3
            ev -= 0.3 * max(0.0, z - (lp - 1.5))
            if common and lp < 6.0:
                ev -= 0.5
        elif k == ADMIN:
            ev = 0.8 if not ix.flags[top] & FLAG_MINOR_ADMIN else 0.6
            ev -= 0.3 * max(0.0, z - 4.8) + (0.5 if common else 0.0)
        else:
            ev = 1.0
        if alias:
            ev += 0.5
        return ev, one_word, alias

    # -- resolution ----------------------------------------------------------
    def run(self) -> list[Mention]:
        ix = self.ix
        kind = self.kind
        ccs = self.ccs
        prior = ix.prior
        kept = []
        persons = set()
        soft = []
        for m in self.spot():
            if self.decide(m):
                kept.append(m)
            elif m.person:
                persons.add(m.key)
            elif m.soft:
                soft.append(m)
        if soft:
            # one sense per document: a name the text clearly places somewhere
            # ("back to Innisfail") is a place in its weaker mentions too
            sure = {m.key for m in kept if m.prep or m.qual or m.evidence >= 0.8}
            extra = [m for m in soft if m.key in sure and m.key not in persons]
            if extra:
                for m in extra:
                    m.evidence = 0.1
                kept = sorted(kept + extra, key=lambda m: m.start)
        if persons:
            # one sense per document: a name seen as a person's ("Georgia
            # Stevens") stays a person's unless the text says place ("in Georgia")
            rest = []
            for m in kept:
                if m.key in persons:
                    self._context(m)   # (the fast path for countries skipped it)
                    if not (m.prep or m.qual):
                        continue
                rest.append(m)
            kept = rest
        if not kept:
            return []
        # Context from unambiguous mentions: one vote per mention for its
        # country, and anchor points for nearness.
        ctx: dict[str, float] = {}
        anchors: dict[int, str] = {}
        votes: dict[str, int] = {}
        states: set[str] = set()   # "US.KY": admin areas named in the document
        amemo = self.memo.anchors
        for m in kept:
            key = m.key
            votes[key] = votes.get(key, 0) + 1
            sure = amemo.get(key)
            ids = m.ids
            top = ids[0]
            if sure is None:
                sure = True
                if len(ids) > 1:
                    gap = prior(top) - prior(ids[1])
                    sure = not (gap < 0.4 or (gap < 1.6 and kind[ids[1]] != kind[top]))
                amemo[key] = sure
            if not sure or m.soft:   # (mentions kept only by their namesakes do not vote)
                continue
            cc = ccs[top]
            if cc:
                ctx[cc] = ctx.get(cc, 0.0) + 1.0
            if kind[top] <= ADMIN and kind[top] != COUNTRY:
                anchors[top] = m.key
                if kind[top] == ADMIN and ix.admin1[top]:
                    states.add(f"{cc}.{ix.admin1[top]}")
        # one sense per document: "Paris, Texas" once tells every "Paris"
        quals = {m.key: m.qual for m in kept if m.qual}
        if quals:
            text = self.text
            prev_end = -10
            for m in kept:
                # (not to a name that is itself a qualifier: "Melbourne, Victoria")
                if (not m.qual and m.key in quals
                        and text[prev_end:m.start].strip() != ","):
                    m.qual = quals[m.key]
                prev_end = m.end
        total = sum(ctx.values())
        main = max(ctx, key=ctx.__getitem__) if ctx else None
        seen: set = set()
        points = []
        for i, k in anchors.items():
            la, lo = ix.point(i)
            cell = (round(la), round(lo), k)
            if cell not in seen:
                seen.add(cell)
                points.append((la, lo, math.cos(math.radians(la)), k))
        cache: dict = {}
        places: dict[int, object] = {}
        out: list[Mention] = []
        doc_id = self.doc.id
        text = self.text
        exp = math.exp
        scores: dict[float, float] = {}
        for m in kept:
            ck = (m.key, tuple(sorted(m.qual))) if m.qual else m.key
            hit = cache.get(ck)
            if hit is None:
                hit = cache[ck] = self._choose(m, ctx, total, votes, points, main, states)
            best, margin = hit
            x = 1.5 * m.evidence + margin
            score = scores.get(x)
            if score is None:
                score = scores[x] = round(1 / (1 + exp(-x)), 3)
            p = places.get(best)
            if p is None:
                p = places[best] = ix.place(best)
            out.append(Mention(doc_id, m.start, m.end, text[m.start:m.end], p.name, p.lat, p.lon,
                               p.country, p.geonameid, p.kind, score))
        return out

    def _choose(self, m: _Match, ctx: dict[str, float], total: float, votes: dict[str, int],
                points: list, main: str | None, states: set[str]) -> tuple[int, float]:
        """Pick the best entry for a match; return it and its margin over the next.

        Score = prior importance + share of the document's other country
        votes + qualifier match ("Paris, Texas") + nearness to the document's
        unambiguous places.
        """
        ix = self.ix
        ids = m.ids
        if len(ids) == 1:
            return ids[0], 2.0
        key = m.key
        cmemo = self.memo.candidates
        info = cmemo.get(key)
        if info is None:
            info = cmemo[key] = self._candidate_info(key, ids)
        own_cc = info[0][2]
        own_votes = votes[key] if own_cc in ctx else 0
        rest = total - own_votes
        qual = m.qual
        if len(info) > 10 and (ctx or qual):
            # further down the list only what the context points at
            cand = info[:10] + [t for t in info[10:] if t[2] in ctx or (qual and t[2] in qual)]
        else:
            cand = info[:10]
        base = []
        for i, s, cc, ca, kc, state_bonus, la, lo in cand:
            if cc:
                n = ctx.get(cc, 0.0) - (own_votes if cc == own_cc else 0)
                if n > 0 and rest > 0:
                    s += 0.8 * n / rest + (0.5 if cc == main else 0.3)
            if ca:
                if qual:
                    if cc in qual:
                        s += 1.0
                    if ca in qual:
                        s += 1.0
                if state_bonus and ca in states:
                    s += state_bonus   # in a state the document names
            elif qual and cc in qual:
                s += 1.0
            base.append(s)
        near = [p for p in points if p[3] != key]
        if near:
            floor = max(base) - 1.2   # nearness adds at most 1.2
            for r, t in enumerate(cand):
                kc = t[4]
                if base[r] < floor or kc == REGION:
                    continue
                la, lo = t[6], t[7]
                d2 = 1e9
                for la2, lo2, c, _ in near:
                    dlo = abs(lo - lo2)
                    if dlo > 180:
                        dlo = 360 - dlo
                    dlo *= c
                    dla = la - la2
                    x = dla * dla + dlo * dlo
                    if x < d2:
                        d2 = x
                lim = 2.25 if kc == CITY else 5.4   # degrees: ~250 km, ~600 km
                if d2 < lim * lim:
                    base[r] += 1.2 * (1 - math.sqrt(d2) / lim)
        best_r = max(range(len(base)), key=base.__getitem__)
        best_s = base[best_r]
        second = max((b for r, b in enumerate(base) if r != best_r), default=None)
        return cand[best_r][0], (best_s - second if second is not None else 2.0)

    def _candidate_info(self, key: str, ids: tuple[int, ...]) -> list[tuple]:
        """Context-free facts of a key's first 40 candidates (memoised per key)."""
        ix = self.ix
        out = []
        for rank, i in enumerate(ids[:40]):
            cc = ix.country[i]
            a1 = ix.admin1[i]
            kc = ix.kind[i]
            # the bonus for lying in a state the document names: for towns
            # named by their own name, more for bigger ones (not for hamlets)
            sb = 0.0
            if kc == CITY and fold(ix.names[i]) == key:
                sb = 0.6 * min(1.0, max(0.0, (math.log10(ix.population[i] + 1) - 3.0) / 1.5))
            out.append((i, ix.prior(i) - 0.02 * rank, cc, f"{cc}.{a1}" if a1 else "", kc,
                        sb, ix.lat[i] / 1e5, ix.lon[i] / 1e5))
        return out
