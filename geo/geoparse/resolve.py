"""Resolve: which place each kept name is, read from the whole document (step 3).

Each name goes to one gazetteer entry by: its prior importance (kind,
population, capital); the country or state written next to it ("Paris,
Texas"), shared by every mention of the name in the document; the countries
the document's unambiguous mentions vote for (its main country a little
more); towns inside a state the document names; nearness to the document's
unambiguous places. The facts of a name's readings that do not depend on the
document are memoised per gazetteer.
"""

from __future__ import annotations

import difflib
import math
import re

from geo.gazetteer import ADMIN, CITY, COUNTRY, REGION, IndexView, fold
from geo.geoparse.spot import Match
from geo.values import Document, Mention

__all__ = ["resolve_places"]

#: A country or nationality written before a title ("U.S. Secretary of State", "Chinese President") says whose
#: the person is, not where the story is: it casts no vote ("will visit Paris" stays in France).
_TITLE_AFTER = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,3}?(?i:president|premier|prime\s+minister|minister|secretary|"
                          r"chancellor|ambassador|envoy|king|queen|emir|crown\s+prince|vice[-\s]president|"
                          r"officials?|diplomats?|leader|counterpart)\b")


#: The same in the possessive and with ranks: "Pakistan's Prime Minister", "British Deputy Foreign Secretary".
_NATIONALITY_TITLE = re.compile(r"['’]?s?\s+(?:(?:Deputy|Vice|Acting|Interim|Former|Chief|Senior|Top)\s+)?(?:President|"
                          r"Prime\s+Minister|PM|Premier|Chancellor|Foreign|Defen[cs]e|Treasury|Trade|Finance|"
                          r"Interior|Home|Secretary|Minister|King|Queen|Emir|Crown\s+Prince|Sultan|Ambassador|"
                          r"[Ll]eader|[Ee]nvoy|[Dd]iplomat|[Oo]fficials?|[Dd]elegation|[Cc]ounterpart|[Pp]resident|"
                          r"[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister)\b")


def resolve_places(ix: IndexView, doc: Document, kept: list[Match], *,
                   anchors: dict[str, bool] | None = None,
                   candidates: dict[str, list] | None = None) -> list[Mention]:
    """Resolve the places of one document to gazetteer entries, in text order.

    Parameters
    ----------
    ix : IndexView
        The gazetteer's index (``get_gazetteer().index``).
    doc : Document
        The document the matches come from.
    kept : list of Match
        Its places, from :func:`geo.geoparse.decide.keep_places`.
    anchors, candidates : dict, optional
        Memos kept between calls with the same ``ix``: whether a key's first
        reading is sure, and the context-free facts of its readings.

    Returns
    -------
    list of Mention
        One per match, with its score (the confidence of the choice).

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> from geo.geoparse.decide import keep_places
    >>> from geo.geoparse.spot import spot_names
    >>> ix = get_gazetteer().index
    >>> doc = Document("d", "From Perth the minister flew on to Canberra and Sydney.")
    >>> kept = keep_places(ix, doc.text, spot_names(ix, doc.text))
    >>> [(m.name, m.country) for m in resolve_places(ix, doc, kept)]
    [('Perth', 'AU'), ('Canberra', 'AU'), ('Sydney', 'AU')]
    """
    if not kept:
        return []
    return _Resolution(ix, doc, {} if anchors is None else anchors,
                       {} if candidates is None else candidates).run(kept)


#: The handicap of a city named by a former name that a living town still bears, and how big that town must be.
_FORMER_NAME = 0.8
_LIVING_TOWN = 15000


def _another_name(name: str, key: str) -> bool:
    """Is ``key`` another name of the place called ``name`` (a former name: "Salisbury" for Harare,
    "Canton" for Guangzhou), not its own name in another spelling ("Medina" for Madinah, "Kiev")?

    Examples
    --------
    >>> _another_name("harare", "salisbury"), _another_name("madinah", "medina")
    (True, False)
    """
    if set(name.split()) & set(key.split()):
        return False
    return difflib.SequenceMatcher(None, name, key).ratio() < 0.6


class _Resolution:
    """Resolve the places of one document."""

    def __init__(self, ix: IndexView, doc: Document, anchors: dict[str, bool],
                 candidates: dict[str, list]) -> None:
        self.ix = ix
        self.doc = doc
        self.text = doc.text
        self.kind = ix.kind
        self.ccs = ix.country
        self.anchors = anchors
        self.candidates = candidates

    def run(self, kept: list[Match]) -> list[Mention]:
        ix = self.ix
        kind = self.kind
        ccs = self.ccs
        prior = ix.prior
        # Context from unambiguous mentions: one vote per mention for its
        # country, and anchor points for nearness.
        ctx: dict[str, float] = {}
        anchors: dict[int, str] = {}
        votes: dict[str, int] = {}
        states: set[str] = set()   # "US.KY": admin areas named in the document
        amemo = self.anchors
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
            if _TITLE_AFTER.match(self.text, m.end) or _NATIONALITY_TITLE.match(self.text, m.end):
                continue  # "British Prime Minister ... to Washington": a person's nationality, not where
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

    def _choose(self, m: Match, ctx: dict[str, float], total: float, votes: dict[str, int],
                points: list, main: str | None, states: set[str]) -> tuple[int, float]:
        """Pick the best entry for a match; return it and its margin over the next.

        Score = prior importance + share of the document's other country
        votes + qualifier match ("Paris, Texas") + nearness to the document's
        unambiguous places.
        """
        ids = m.ids
        if len(ids) == 1:
            return ids[0], 2.0
        key = m.key
        cmemo = self.candidates
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
        # a town that bears the name today: a city reached by a name it shares no word with, a former name
        # ("Salisbury" for Harare, "Canton" for Guangzhou), then needs the document to point at its country
        living = any(ix.kind[j] == CITY and ix.population[j] >= _LIVING_TOWN and fold(ix.names[j]) == key
                     for j in ids[:40])
        for rank, i in enumerate(ids[:40]):
            cc = ix.country[i]
            a1 = ix.admin1[i]
            kc = ix.kind[i]
            former = living and kc == CITY and _another_name(fold(ix.names[i]), key)
            # the bonus for lying in a state the document names: for towns
            # named by their own name, more for bigger ones (not for hamlets)
            sb = 0.0
            if kc == CITY and fold(ix.names[i]) == key:
                sb = 0.6 * min(1.0, max(0.0, (math.log10(ix.population[i] + 1) - 3.0) / 1.5))
            out.append((i, ix.prior(i) - 0.02 * rank - (_FORMER_NAME if former else 0.0), cc,
                        f"{cc}.{a1}" if a1 else "", kc,
                        sb, ix.lat[i] / 1e5, ix.lon[i] / 1e5))
        return out
