"""Resolve: which place each kept name is, read from the whole document (step 3).

Each name goes to one gazetteer entry by: its prior importance (kind,
population, capital); the country or state written next to it ("Paris,
Texas"), shared by every mention of the name in the document; the countries
the document's unambiguous mentions vote for (its main country a little
more); towns inside a state the document names; nearness to the document's
unambiguous places. The facts of a name's readings that do not depend on the
document are memoised per gazetteer.

A state written after a name rules out readings outside it ("Holland, Mich."
is never the Netherlands), the qualifier itself is the state that holds the
town ("Athens, Georgia"), and a small town the gazetteer lacks in that state
is placed at the state. Words around a name ("Gov.", "the state of") and a
list of states it stands in favour its state reading. Of two countries of
one name ("Congo"), the one whose capital the document names wins; without
one, the first (the more populous). A nationality before a
title or acting body ("the Indian prime minister", "Indian troops") casts no
vote: it tells who acts, not where.
"""

from __future__ import annotations

import difflib
import math
import re

from geo.gazetteer import ADMIN, CITY, COUNTRY, DEMONYM, FLAG_CAPITAL, REGION, IndexView, fold
from geo.geoparse.spot import Match
from geo.values import Document, Mention

__all__ = ["resolve_places"]

#: A country or nationality written before a title ("U.S. Secretary of State", "Chinese President") or before
#: people and bodies that act abroad ("Indian troops", "the Indian embassy", "Indian tourists") says whose they
#: are, not where the story is: it casts no vote ("will visit Paris" stays in France; "the Indian prime minister
#: in Bali" is the island, not the Indian town). The second form is the possessive and ranks: "Pakistan's Prime
#: Minister", "British Deputy Foreign Secretary". A title's own modifiers and the roles of envoys may stand
#: between: "US special envoy", "the US chief negotiator", "the EU's top diplomat".
#: A second country told with the first: "US and Chinese negotiators", "China and the US held talks".
_AND_ANOTHER = r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.\-]*)?"
_OWNER_OF_TITLE = re.compile(
    _AND_ANOTHER +  # "US and Chinese negotiators": both own the title
    r"\s+(?:(?:[A-Z][\w\-]*|(?i:special|top|new|chief|senior|deputy|acting|interim|former|presidential|"
    r"lead|leading|outgoing|incoming|climate|peace|security|trade|nuclear))\s+){0,3}?"
    r"(?i:president|premier|prime\s+minister|minister|secretary|negotiators?|representatives?|"
    r"spokes(?:man|woman|person)|advis[eo]rs?|"
    r"chancellor|ambassador|envoy|king|queen|emir|crown\s+prince|vice[-\s]president|"
    r"officials?|diplomats?|leaders?|counterparts?|delegations?|embassy|consulate|troops|"
    r"soldiers|peacekeepers|tourists|nationals|pilgrims|team|squad)\b"
    r"|['’]?s?\s+(?:(?:Deputy|Vice|Acting|Interim|Former|Chief|Senior|Top)\s+)?(?:President|"
    r"Prime\s+Minister|PM|Premier|Chancellor|Foreign|Defen[cs]e|Treasury|Trade|Finance|"
    r"Interior|Home|Secretary|Minister|King|Queen|Emir|Crown\s+Prince|Sultan|Ambassador|"
    r"[Ll]eader|[Ee]nvoy|[Dd]iplomat|[Oo]fficials?|[Dd]elegation|[Cc]ounterpart|[Pp]resident|"
    r"[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister)\b")

#: A country as a party of a meeting or an agreement ("China and the US held talks in Geneva", "The US and China
#: agreed in Geneva"): who met, not where - it casts no vote for its towns.
_PARTY = re.compile(_AND_ANOTHER + r"\s+(?:(?:also|have|has|had|will|would)\s+)?"
                    r"(?:held|hold|holds|agreed|agree|agrees|met|meet|meets|signed|sign|signs|reached|resumed|"
                    r"began|opened|concluded|wrapped\s+up)\b")


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


#: Words around a name that make it a state or province ("Georgia Gov. Brian Kemp", "New York's governor",
#: "Washington state", "the state of Georgia"), not the country or city of that name; not "state visit/media".
_STATE_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:Gov\.|[Gg]overnor\b|[Ll]ieutenant\s+[Gg]overnor|[Ll]egislature\b|"
                          r"[Ss]tatehouse\b|General\s+Assembly|State\s+(?:Senate|House|Legislature|Capitol)|"
                          r"state\b(?![\s-]+(?:visits?|media|television|tv|news|run|owned|dinner|banquet|"
                          r"secretary|department|council|duma|of\b)))")
_STATE_BEFORE = ("state of ", "State of ")


def _says_state(text: str, start: int, end: int) -> bool:
    """Whether the words around a name make it a state or province (:data:`_STATE_AFTER`)."""
    return _STATE_AFTER.match(text, end) is not None or text.endswith(_STATE_BEFORE, max(0, start - 9), start)


#: The most people a town may have for a state after it to stand in for it when the state holds no town of
#: that name (bigger places are known to the gazetteer: "Mogadishu, Djibouti" is a list, not a town).
_TOWN = 100_000

#: What joins two members of a list of places.
_LIST_GAPS = frozenset((", ", " and ", ", and ", " or ", ", or ", " & "))


def _sure(ix: IndexView, ids: tuple[int, ...]) -> bool:
    """Whether a name's first reading is sure enough to vote: far ahead of the next one."""
    if len(ids) == 1:
        return True
    gap = ix.prior(ids[0]) - ix.prior(ids[1])
    return not (gap < 0.4 or (gap < 1.6 and ix.kind[ids[1]] != ix.kind[ids[0]]))


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
        self.kept: list[Match] = []
        self.capitals: set[str] | None = None

    def run(self, kept: list[Match]) -> list[Mention]:
        self.kept = kept
        ix = self.ix
        kind = self.kind
        ccs = self.ccs
        # Context from unambiguous mentions: one vote per mention for its
        # country, and anchor points for nearness.
        ctx: dict[str, float] = {}
        anchors: dict[int, str] = {}
        votes: dict[str, int] = {}   # key -> the votes its own mentions cast
        states: set[str] = set()   # "US.KY": admin areas named in the document
        amemo = self.anchors
        for m in kept:
            key = m.key
            sure = amemo.get(key)
            ids = m.ids
            top = ids[0]
            if sure is None:
                sure = amemo[key] = _sure(ix, ids)
            if not sure or m.soft:   # (mentions kept only by their namesakes do not vote)
                continue
            if _OWNER_OF_TITLE.match(self.text, m.end) or kind[top] == COUNTRY and _PARTY.match(self.text, m.end):
                continue  # "British Prime Minister ... to Washington": a person's nationality, not where; the
                # parties of a meeting are who met, not where it was
            cc = ccs[top]
            if cc:
                ctx[cc] = ctx.get(cc, 0.0) + 1.0
                votes[key] = votes.get(key, 0) + 1
            if kind[top] <= ADMIN and kind[top] != COUNTRY:
                anchors[top] = m.key
                if kind[top] == ADMIN and ix.admin1[top]:
                    states.add(f"{cc}.{ix.admin1[top]}")
        # one sense per document: "Paris, Texas" once tells every "Paris"
        quals = {m.key: m.qual for m in kept if m.qual}
        unlisted: dict[str, int] = {}
        if quals:
            text = self.text
            unlisted = self._unlisted_towns(kept)
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
        last = None   # the previous match and its entry
        admin_keys: dict[str, bool] = {}   # key -> whether a state or province is among its readings
        for r, m in enumerate(kept):
            ck = (m.key, tuple(sorted(m.qual))) if m.qual else m.key
            statey: bool | str = False
            if len(m.ids) > 1:
                may = admin_keys.get(m.key)
                if may is None:
                    may = admin_keys[m.key] = any(kind[i] == ADMIN for i in m.ids[:10])
                if may:
                    statey = _says_state(text, m.start, m.end) or self._listed_with_states(kept, r)
            if statey:
                ck = (ck, statey)
            hit = cache.get(ck)
            if hit is None:
                hit = cache[ck] = self._choose(m, ctx, total, votes, points, main, states, statey)
            if last is not None and last[0].qual and len(m.ids) > 1 and text[last[0].end:m.start].strip() == ",":
                hit = self._container(m, last[1]) or hit
            elif m.qual and m.key in unlisted:
                hit = (unlisted[m.key], 0.0)
            best, margin = hit
            last = (m, best)
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
                points: list, main: str | None, states: set[str], statey: bool | str = False) -> tuple[int, float]:
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
        # (a name's own votes do not count for it; one unsure of its reading cast none: "Bali")
        own_votes = votes.get(key, 0)
        rest = total - own_votes
        qual = m.qual
        if len(info) > 10 and (ctx or qual):
            # further down the list only what the context points at
            cand = info[:10] + [t for t in info[10:] if t[2] in ctx or (qual and t[2] in qual)]
        else:
            cand = info[:10]
        if m.end - m.start <= 4 and self.text[m.start:m.end].isupper():
            # a country's abbreviation in capitals ("US", "UAE", "DRC") is the country, never a town written
            # in small letters that context favours ("The US embassy in Paris": not Us, Val-d'Oise)
            country = next((t for t in cand if t[4] == COUNTRY), None)
            if country is not None:
                return country[0], 2.0
        if qual:
            # a state or province written after the name ("Holland, Mich.") rules out what lies outside it
            inside = [t for t in cand if t[3] and t[3] in qual]
            if inside:
                cand = inside
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
            if (kc == COUNTRY or kc == DEMONYM) and len(cand) > 1 and cand[1][4] == kc and cc in self._capitals():
                s += 0.8   # one of two countries of that name, whose capital the document names
            if statey and kc == ADMIN and (statey is True or cc == statey):
                s += 1.5   # "New York Gov. Andrew Cuomo", "the state of Georgia", "Texas, Georgia and Alabama"
            base.append(s)
        near = [p for p in points if p[3] != key]
        before_near = list(base)
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
        if not qual and base[best_r] == before_near[best_r] and cand[best_r][3] not in states \
                and (capital := self._capital_over_town(cand, best_r)) != best_r:
            return cand[capital][0], 0.5  # sure enough of the capital, not as sure as with no town to outvote it
        best_s = base[best_r]
        second = max((b for r, b in enumerate(base) if r != best_r), default=None)
        return cand[best_r][0], (best_s - second if second is not None else 2.0)

    def _capital_over_town(self, cand: list[tuple], best_r: int) -> int:
        """A national capital rather than a small town of its name that only the document's country
        outvoted ("The American defence secretary arrived in Manila": Manila of the Philippines, not the
        Arkansas town of 3,700): a capital is the news's reading of its name unless a qualifier, a state
        the document names or a place near the town says otherwise (the caller checks those)."""
        ix = self.ix
        best = cand[best_r][0]
        if ix.kind[best] != CITY or ix.population[best] >= _TOWN or ix.flags[best] & FLAG_CAPITAL:
            return best_r
        return next((r for r, t in enumerate(cand) if ix.kind[t[0]] == CITY and ix.flags[t[0]] & FLAG_CAPITAL
                     and t[1] > cand[best_r][1] + 0.5), best_r)

    def _capitals(self) -> set[str]:
        """The countries whose capital the document names ("Brazzaville" tells which Congo)."""
        if self.capitals is None:
            ix = self.ix
            flags = ix.flags
            self.capitals = {ix.country[m.ids[0]] for m in self.kept if flags[m.ids[0]] & FLAG_CAPITAL}
        return self.capitals

    def _listed_with_states(self, kept: list[Match], r: int) -> str:
        """The country of a state or province that the name (one that can be a state too) stands beside in
        a list ("Montana and *Wyoming*", "Alberta, Saskatchewan and *Newfoundland*": list members share their
        kind), else "". Not for a national capital ("Moscow and Crimea")."""
        ix = self.ix
        text = self.text
        m = kept[r]
        for n, a, b in ((r - 1, r - 1, r), (r + 1, r, r + 1)):
            if 0 <= n < len(kept) and text[kept[a].end:kept[b].start] in _LIST_GAPS:
                o = kept[n]
                if ix.kind[o.ids[0]] == ADMIN and not o.soft and not ix.flags[m.ids[0]] & FLAG_CAPITAL:
                    return ix.country[o.ids[0]]
        return ""

    def _unlisted_towns(self, kept: list[Match]) -> dict[str, int]:
        """Names qualified by a state that none of their readings lies in ("Holliday, Missouri" when the
        gazetteer knows only the Texas Holliday): key -> the state's entry, which holds the town for sure."""
        ix = self.ix
        text = self.text
        out: dict[str, int] = {}
        for m, q in zip(kept, kept[1:]):
            qual = m.qual
            top = m.ids[0]
            if not qual or m.key in out or text[m.end:q.start].strip() != "," or ix.kind[top] != CITY \
                    or ix.kind[q.ids[0]] != ADMIN or ix.flags[top] & FLAG_CAPITAL or ix.population[top] > _TOWN:
                continue   # (a list of cities, "Nairobi, Mogadishu, Djibouti", is no town and its state)
            if any(ix.country[i] + "." + (ix.admin1[i] or "") in qual for i in m.ids[:40]):
                continue
            countries = {ix.country[i] for i in q.ids[:4] if ix.kind[i] == COUNTRY}
            if countries and any(ix.country[i] in countries for i in m.ids[:40]):
                continue   # "Tbilisi, Georgia": the country, not the state
            for i in q.ids[:4]:
                if ix.kind[i] == ADMIN and ix.admin1[i] and f"{ix.country[i]}.{ix.admin1[i]}" in qual:
                    out[m.key] = i
                    break
        return out

    def _container(self, m: Match, inner: int) -> tuple[int, float] | None:
        """The reading of a qualifier that holds the place it qualifies: "Athens, *Georgia*" is the
        state when Athens is the Georgian town in the US; None when no reading holds it."""
        ix = self.ix
        cc = ix.country[inner]
        a1 = ix.admin1[inner]
        country = None
        for i in m.ids[:10]:
            if ix.country[i] != cc:
                continue
            k = ix.kind[i]
            if k == ADMIN and a1 and ix.admin1[i] == a1:
                return i, 2.0
            if k == COUNTRY and country is None:
                country = i
        return (country, 2.0) if country is not None else None

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
