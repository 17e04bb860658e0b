"""Find place mentions in text and resolve each to one gazetteer entry.

The geoparser works in three steps over each document:

1. **Spot**: a regular expression finds chains of capitalised words
   ("Bosnia and Herzegovina", "U.S.", "Moscow's"); the longest run of
   tokens whose folded form is a gazetteer key becomes a candidate span.
2. **Decide** whether a span is a place at all, from general evidence: a
   person title before it ("President Jordan"), a capitalised neighbour that
   is not a place ("Michael Jordan", "Paris Hilton"), an organisation word
   after it ("Police Department"), a preposition before it ("in", "to"),
   how common the word is in English against the place's population, and
   whether it also occurs in lower case in the document.
3. **Resolve** each span to one entry: prior importance (kind, population,
   capital), the country or state written next to it ("Paris, Texas"),
   the countries the document is about, and nearness to the document's
   unambiguous places.

Demonyms and adjectives ("Russian", "Tajik") resolve to their country with
kind ``demonym``.

Examples
--------
>>> [(m.text, m.country, m.kind) for m in geoparse("Putin flew from Moscow to Tashkent, the Uzbek capital.")]
[('Moscow', 'RU', 'city'), ('Tashkent', 'UZ', 'city'), ('Uzbek', 'UZ', 'demonym')]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from geo.errors import InputError
from geo.gazetteer import KIND_CODES, Gazetteer, fold, get_gazetteer
from geo.values import Document, Mention

__all__ = ["geoparse", "geoparse_many"]

_CITY, _COUNTRY, _ADMIN, _REGION, _DEMONYM = range(5)

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_WORD = (rf"(?:[A-Z]\.){{2,}}|[{_UPPER}][^\W_]*(?:['\u2019\-][^\W_]+)*\.?")
_CONN = (r"(?:of|the|de|del|della|da|do|dos|das|du|des|la|le|les|el|al|and|upon|on|am|an|"
         r"der|den|di|y|sur|en|op|aan)")
_CHAIN_RE = re.compile(rf"(?:{_WORD})(?:[ ](?:{_CONN}[ ]){{0,2}}(?:{_WORD}))*")
_TOKEN_RE = re.compile(r"\S+")
_PREV_RE = re.compile(r"([\w.'\u2019]+)([^\w]*)$")
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
""".split())

_SENT_END = frozenset('.!?"\u201c\u201d:;\n')


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
    out: list[Mention] = []
    for doc in documents:
        if not isinstance(doc, Document):
            raise InputError(f"Expected Document values, instead got: {doc!r}")
        if doc.text:
            out.extend(_Parser(gaz, doc).run())
    return out


class _Match:
    __slots__ = ("start", "end", "key", "ids", "prev_cap", "next_cap", "next_word", "prev_word",
                 "initial", "prep", "title", "qual", "keep", "evidence", "choice", "score")

    def __init__(self, start: int, end: int, key: str, ids: tuple[int, ...]) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.ids = ids
        self.prev_cap = False
        self.next_cap = ""
        self.next_word = ""
        self.prev_word = ""
        self.initial = False
        self.prep = False
        self.title = False
        self.qual: set[str] = set()
        self.keep = True
        self.evidence = 0.0
        self.choice = ids[0]
        self.score = 0.0


def _dist_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1 = math.radians(a[0]), math.radians(a[1])
    la2, lo2 = math.radians(b[0]), math.radians(b[1])
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class _Parser:
    def __init__(self, gaz: Gazetteer, doc: Document) -> None:
        self.gaz = gaz
        self.doc = doc
        self.text = doc.text
        self._lower: set[str] | None = None

    # -- spotting ---------------------------------------------------------
    def _lookup(self, s: int, e: int) -> tuple[int, str, tuple[int, ...]] | None:
        keys = self.gaz.keys
        k = fold(self.text[s:e])
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
        text = self.text
        matches: list[_Match] = []
        for cm in _CHAIN_RE.finditer(text):
            c0 = cm.start()
            chain = cm.group()
            toks = [(c0 + t.start(), c0 + t.end()) for t in _TOKEN_RE.finditer(chain)]
            n = len(toks)
            used = [False] * n
            first = len(matches)
            i = 0
            while i < n:
                s0 = toks[i][0]
                if text[s0].islower():
                    i += 1
                    continue
                hit = None
                for j in range(min(n, i + _MAXN), i, -1):
                    if text[toks[j - 1][0]].islower():
                        continue
                    hit = self._lookup(s0, toks[j - 1][1])
                    if hit is not None:
                        break
                if hit is not None:
                    e, k, ids = hit
                    m = _Match(s0, e, k, ids)
                    if i > 0 and not text[toks[i - 1][0]].islower():
                        # a capitalised word before: a name unless it is itself a
                        # country, region or demonym ("Russian President")
                        pm = matches[-1] if matches and len(matches) > first else None
                        m.prev_cap = not (used[i - 1] and pm is not None and pm.end >= toks[i - 1][1] - 3
                                          and self.gaz.kind_code(pm.ids[0]) != _CITY)
                    matches.append(m)
                    for t in range(i, j):
                        used[t] = True
                    if j < n and not text[toks[j][0]].islower():
                        m.next_cap = text[toks[j][0]:toks[j][1]]
                    i = j
                    continue
                # hyphenated compounds: "U.S.-led", "Turkish-Russian"
                tok = text[s0:toks[i][1]]
                if "-" in tok:
                    off = s0
                    for part in tok.split("-"):
                        if part[:1].isupper():
                            h = self._lookup(off, off + len(part))
                            if h is not None:
                                m = _Match(off, h[0], h[1], h[2])
                                m.next_cap = "-"
                                matches.append(m)
                                used[i] = True
                        off += len(part) + 1
                i += 1
            # a capitalised unmatched neighbour after a match
            for m in matches[first:]:
                if m.next_cap == "-":
                    m.next_cap = ""
                    continue
                if m.next_cap:
                    # is that next token part of another match?
                    for m2 in matches[first:]:
                        if m2.start > m.end and m2.start <= m.end + 2:
                            m.next_cap = ""
                            break
        return matches

    # -- evidence ----------------------------------------------------------
    def _context(self, m: _Match) -> None:
        text = self.text
        before = text[max(0, m.start - 40):m.start]
        pm = _PREV_RE.search(before)
        if pm is None:
            m.initial = True
        else:
            w = pm.group(1)
            gap = pm.group(2)
            wl = w.lower().rstrip(".")
            m.prev_word = wl
            if any(ch in _SENT_END for ch in gap) or (w.endswith(".") and len(wl) > 3):
                m.initial = True
            elif wl in _PREPS:
                m.prep = True
            if not m.initial and wl in _TITLES and (w[0].isupper() or wl in ("mr", "mrs", "ms", "dr")):
                m.title = True
        if not before or before.endswith("\n"):
            m.initial = True
        after = text[m.end:m.end + 40]
        nw = re.match(r"\s*([A-Za-z]+)", after)
        if nw:
            m.next_word = nw.group(1).lower()
        q = re.match(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)", after)
        if q:
            for cand in (q.group(1), q.group(1).split()[0]):
                ids = self.gaz.entry_ids(fold(cand).rstrip(".")) or self.gaz.entry_ids(fold(cand))
                if ids:
                    top = ids[0]
                    k = self.gaz.kind_code(top)
                    if k in (_COUNTRY, _ADMIN, _DEMONYM):
                        for i in ids[:4]:
                            if self.gaz.kind_code(i) in (_COUNTRY, _ADMIN):
                                m.qual.add(self.gaz.entry_country(i))
                                a1 = self.gaz.entry_admin1(i)
                                if a1:
                                    m.qual.add(self.gaz.entry_country(i) + "." + a1)
                    break

    def _in_lower(self, word: str) -> bool:
        if self._lower is None:
            self._lower = set(re.findall(r"\b[a-z]+\b", self.text))
        return word in self._lower

    def decide(self, m: _Match) -> None:
        gaz = self.gaz
        top = m.ids[0]
        k = gaz.kind_code(top)
        one_word = " " not in m.key
        alias = m.key in gaz.alias_keys
        if m.key in _NEVER:
            m.keep = False
            return
        if m.title and k != _DEMONYM:
            m.keep = False
            return
        if k == _DEMONYM:
            m.evidence = 1.0
            return
        nxt = m.next_cap.lower().rstrip(".")
        if nxt and nxt in _ORG_NEXT and k in (_CITY, _ADMIN):
            m.keep = False
            return
        if k in (_COUNTRY, _REGION):
            if m.prev_cap and not m.initial:
                m.keep = False
            elif nxt and nxt not in _GOOD_NEXT and one_word and not alias and m.initial:
                m.keep = False
            m.evidence = 1.0
            return
        # cities and admin areas
        ev = 0.0
        if k == _ADMIN:
            ev += 0.8 if not gaz.entry_flags(top) & 4 else 0.2
        else:
            pop = max(gaz.entry_population(i) for i in m.ids[:3])
            ev += 0.25 * math.log10(pop + 10) - 0.9  # 10k -> 0.1, 1M -> 0.6
            if gaz.entry_flags(top) & 1:
                ev += 0.3
        if alias:
            ev += 0.5
        if m.prep:
            ev += 0.5
        if m.qual:
            ev += 0.6
        if m.initial:
            ev -= 0.2
        if m.prev_cap and not m.initial:
            ev -= 0.8
        if nxt and nxt not in _GOOD_NEXT:
            ev -= 0.6
        if one_word:
            z = gaz.zipf.get(m.key, 0) / 10.0
            if z >= 3.0:
                ev -= 0.25 * (z - 3.0)
            if self._in_lower(m.key):
                ev -= 0.7
        word = self.text[m.start:m.end]
        if len(word) > 3 and word.isupper() and not alias:
            ev -= 0.4
        m.evidence = ev
        m.keep = ev > 0.0

    # -- resolution ----------------------------------------------------------
    def run(self) -> list[Mention]:
        gaz = self.gaz
        matches = self.spot()
        kept: list[_Match] = []
        for m in matches:
            self._context(m)
            self.decide(m)
            if m.keep:
                kept.append(m)
        # context from unambiguous mentions
        ctx: dict[str, float] = {}
        anchors: list[tuple[float, float]] = []
        owner: list[str] = []
        for m in kept:
            ids = m.ids
            top = ids[0]
            if len(ids) == 1 or (
                    gaz.entry_prior(top) - gaz.entry_prior(ids[1]) >= 0.4
                    and (gaz.kind_code(ids[1]) == gaz.kind_code(top)
                         or gaz.entry_prior(top) - gaz.entry_prior(ids[1]) >= 1.6)):
                cc = gaz.entry_country(top)
                if cc:
                    ctx[cc] = ctx.get(cc, 0.0) + 1.0
                if gaz.kind_code(top) in (_CITY, _ADMIN):
                    anchors.append(gaz.entry_point(top))
                    owner.append(m.key)
        total = sum(ctx.values())
        out: list[Mention] = []
        for m in kept:
            best, best_s, second = m.ids[0], -1e9, -1e9
            # the context without this name's own votes
            own_cc = gaz.entry_country(m.ids[0])
            own_n = sum(1 for k in owner if k == m.key) if owner else 0
            own_votes = sum(1 for m2 in kept if m2.key == m.key) if own_cc in ctx else 0
            rest = total - own_votes
            near_pts = [a for a, k in zip(anchors, owner) if k != m.key] if own_n else anchors
            for rank, i in enumerate(m.ids[:40]):
                cc = gaz.entry_country(i)
                s = gaz.entry_prior(i) - 0.02 * rank
                n = ctx.get(cc, 0.0) - (own_votes if cc == own_cc else 0)
                if cc and n > 0 and rest > 0:
                    s += 0.8 * n / rest + 0.3
                if m.qual:
                    a1 = gaz.entry_admin1(i)
                    if cc in m.qual:
                        s += 1.0
                    if a1 and f"{cc}.{a1}" in m.qual:
                        s += 1.0
                kc = gaz.kind_code(i)
                if near_pts and kc in (_CITY, _ADMIN, _COUNTRY):
                    p = gaz.entry_point(i)
                    near = min(_dist_km(p, a) for a in near_pts[:50])
                    lim = 250.0 if kc == _CITY else 600.0
                    if near < lim:
                        s += 1.2 * (1 - near / lim)
                if s > best_s:
                    best, best_s, second = i, s, best_s
                elif s > second:
                    second = s
            m.choice = best
            margin = best_s - second if second > -1e9 else 2.0
            conf = 1 / (1 + math.exp(-(1.5 * m.evidence + margin)))
            m.score = round(min(1.0, max(0.0, conf)), 3)
            p = gaz.place(best)
            out.append(Mention(
                doc=self.doc.id, start=m.start, end=m.end, text=self.text[m.start:m.end],
                name=p.name, lat=p.lat, lon=p.lon, country=p.country, geonameid=p.geonameid,
                kind=KIND_CODES[gaz.kind_code(best)], score=m.score))
        return out
