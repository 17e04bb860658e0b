"""Bilateral ties from text: who acts on whom, about what.

In each clause the *parties* are found - countries, capitals standing for governments ("Beijing said"),
demonyms with an office ("the Russian foreign minister"), people of known country ("Putin") and seats of
power ("the Kremlin") - and each is given a role (:mod:`geo.ties.roles`):

* a **topic** is talked about, not a party: "they discussed Libya", "the situation in Sudan";
* a **venue** is where others meet: "at the summit in Nairobi";
* a **destination** is where someone travels (visit ties come from the visits themselves, so two stops
  of one itinerary are not tied);
* every other one is a **party**.

Two parties are tied when a relation word of ``data/relations.csv`` stands between them ("Germany *urged*
Russia", "Russia's *invasion* of Ukraine", "Egypt *signed* a deal with France") or, for two parties joined
by "and", after them ("Russia and Belarus *held joint drills*"). Only neighbouring parties are tied, so a
relation belongs to the pair it stands between; three or more parties in a list ("BRICS members Brazil,
Russia, India ...") are not tied to each other. Domain words ("military", "gas", "nuclear", "trade") set
the kind of a general relation ("signed a *military* pact" is military).

Each tie carries the PLOVER event type of its relation word and the CAMEO quad class, so political
scientists can use the output with their own tools. Visits add ``visit`` ties between the traveller's
country and the host (the legs of a tour among them); :mod:`geo.ties.legs` adds a leg told of a pronoun
of no country. The public entry points are :func:`geo.events.extract_ties`, :func:`geo.events.document_events`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from geo.landmarks import Landmark
from geo.status import is_cancelled
from geo.text import clauses, fold_case, negated
from geo.ties.corpus import merge_ties, visit_ties
from geo.ties.legs import leg_ties
from geo.ties.lexicon import QUAD_CLASS, SUPPLY, TIE_KINDS, Relation, kinds_of, lexicon, load_relations, relation_of
from geo.ties.meetings import meeting_words, meetings, trips_by_sentence
from geo.ties.partners import (HOST_NOUN, described_country, foci_of, last_of_sort, last_two, main_pair,
                               named_in, trip_of, words_at)
from geo.ties.roles import COMBINED, PAIR_GAP, Spot, find_spots, role_words
from geo.ties.travellers import with_travellers
from geo.values import Document, Evidence, Mention, Tie, Visit
from geo.visits.context import OWNS
from geo.visits.legs import travelling

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer
    from geo.reading import Reading

__all__ = ["Relation", "load_relations", "ties_in_document", "visit_ties", "merge_ties", "QUAD_CLASS",
           "TIE_KINDS"]

# --------------------------------------------------------------------------- relations

_OWNED = re.compile(r"['’]s?\s|\s")  # what follows a topic that owns the relation word after it
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;")
#: ", and" that goes on with a list, not a new clause: ", and energy security", ", and defence".
_LIST_GOES_ON = re.compile(r",\s*and\s+(?:[\w’'\-]+\s+)?(?:[\w’'\-]+)")
#: The goods a supply or a deal is about, named after the receiver: "provided Russia with drones", "signed a
#: deal with France to buy 26 Rafale jets", "an agreement with Russia on gas supplies".
#: "Bilateral talks with many other leaders": the partners are others, not the pair in focus.
_WITH_OTHERS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:many|several|other|various|numerous|some|a\s+number\s+of|"
                          r"a\s+host\s+of|leaders|counterparts)\b", re.I)
_COPULA = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+become|is\s+now)\s+(?:also\s+|still\s+|now\s+)?")
_ON_TARGET = re.compile(r"\b(?:strikes|airstrikes|attacks?|raids?|bombing|bombed|operations?|fire|fired|shelling|"
                        r"sanctions)\s+(?:[\w’'\-]+\s+){0,2}?(?:on|against|at|into)\b", re.I)
_WITH_GOODS = re.compile(r"\s+(?:with|to\s+(?:buy|purchase|acquire|supply|sell|build)|on|for)\s+[^,.;:()]{0,60}")
_BY_DOING = re.compile(r"\s*,?\s*by\s+\w+ing\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
#: Holders of one office in several countries, before a pair: "the Prime Ministers of Solomon Islands and Papua
#: New Guinea" are two people someone else meets, not a pair acting on each other.
_OFFICES_OF = re.compile(r"(?=[acdefhklmp])\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|premiers|"
                         r"(?:foreign\s+|defen[cs]e\s+)?ministers|kings|monarchs|envoys|ambassadors|counterparts)"
                         r"\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_OBJECT_OF = re.compile(r"\b(?:with|against|towards?|on)\s+(?:the\s+)?\Z", re.I)
#: A pair named as go-betweens: "Qatari and Egyptian *mediators*", "under Qatari and Turkish *mediation*".
_MEDIATORS = re.compile(r"\s+(?:mediat\w*|brokers?|go-betweens?|facilitators?|guarantors?)\b", re.I)
_NOUN_PHRASE = re.compile(r"[^,.;:()]{0,40}")


#: What follows a capitalised relation word inside the name of a body or meeting (not of an agreement).
_IN_NAME = re.compile(r"(?:\s+[A-Z][\w\-]*)*?\s+(?:Organi[sz]ation|Forum|Council|Bank|Fund|Union|Association|"
                      r"Community|Group|Zone|Area|Institute|Conference|Agency|Commission|Corporation|Party|Summit|"
                      r"summit|Bloc|Alliance|Office|Ministry|Department|Committee|Memorial|Museum|Cemetery|College|"
                      r"Academy|Monument)\b")
#: What a joint actor does against a third, before a hostile word: "jointly *countering* global threats",
#: "efforts to *combat* cyberattacks"; the threat is not between the pair.
_COUNTERED = re.compile(r"\b(?:counter(?:s|ed|ing)?|combat\w*|tackl\w*|fight\w*\s+against|defen[cd]\w*\s+against|"
                        r"protect\w*\s+against|respond\w*\s+to|jointly)\s+(?:[\w’'\-]+\s+){0,2}$", re.I)


#: Military words of a welcome or a journey, not of a tie: "a military band played", "inspected the honor guard",
#: "landed at Andrews Air Force Base", "arrived at the Osan air base", "jets into Port Moresby", "comrades-in-arms".
_NOT_ARMS = re.compile(r"\bmilitary\s+(?:music\s+)?(?:band|honou?rs|guard|ceremony|parade|salute|airport)|"
                       r"\b(?:honou?r|ceremonial)\s+guard|\bguard\s+of\s+honou?r|\bair\s*(?:force\s+)?base|"
                       r"\bair\s+force\s+(?:one|two|jet|plane|aircraft)|comrades-in-arms|"
                       r"\bjets?\s+(?:in|into|out|off|to|back|home|across|around)\b", re.I)


def _ceremonial(text: str, m: re.Match[str]) -> bool:
    """Is the military word ``m`` part of a welcome or a journey (:data:`_NOT_ARMS`)?"""
    return any(w.start() <= m.start() and m.end() <= w.end()
               for w in _NOT_ARMS.finditer(text, max(0, m.start() - 25), min(len(text), m.end() + 25)))


def _cues(text: str, a: int, b: int, clause: tuple[int, int], topics: Sequence[Spot]) -> list[Relation]:
    """Relation words in ``text[a:b]`` that are not negated and not a topic's ("Iran's enrichment")."""
    relations, by_cue = lexicon()
    owned = {t.end for t in topics if _OWNED.match(text[t.end:t.end + 3])}
    out = []
    for m in relations.finditer("relation", text, a, b):
        rel = relation_of(by_cue, m.group(0))
        if rel is None:
            continue
        if owned and any(e in owned for e in range(m.start() - 4, m.start() + 1)):
            continue  # "Iran's uranium enrichment": the topic's own business
        if not rel.domain and negated(text, clause[0], m.start()):
            continue
        if text[m.start()].isupper() and _IN_NAME.match(text, m.end()):
            continue  # "the World Trade Organization", "Asia-Pacific Economic Cooperation summit": a name
        if rel.kind == "conflict" and _COUNTERED.search(text, max(a, m.start() - 40), m.start()):
            continue  # "jointly countering global threats": a threat to both, not between them
        if rel.kind == "military" and _ceremonial(text, m):
            continue  # "a military band played", "landed at Andrews Air Force Base": no tie of arms
        out.append(rel)
    return out


def _clause_stop(text: str, a: int, b: int) -> int:
    """Where the clause after two parties named together ends in ``text[a:b]``: at "; ", ", but",
    or ", and" unless the "and" goes on with a list of relation words ("trade and investment, critical
    minerals, and energy security")."""
    for m in _NEW_CLAUSE.finditer(text, a, b):
        if m.group(0).startswith(",") and m.group(0).rstrip().endswith("and"):
            more = _LIST_GOES_ON.match(text, m.start(), b)
            if more and any(r.domain for r in _cues(text, m.end(), more.end(), (a, b), ())):
                continue
        return m.start()
    return b


def _spot_start(s: Spot) -> int:
    return s.start


def _pairs(text: str, spots: list[Spot], clause: tuple[int, int]) -> list[tuple[str, str, dict[str, str]]]:
    """(a, b, {kind: plover}) for each pair of parties the clause relates."""
    c0, c1 = clause
    lo, hi = bisect_left(spots, c0, key=_spot_start), bisect_left(spots, c1, key=_spot_start)
    here = [spots[i] for i in range(lo, hi)]  # this clause's spots: a binary search, not a scan
    parties = [s for s in here if s.role == "party"]
    order = {id(s): i for i, s in enumerate(parties)}
    topics = [s for s in here if s.role == "topic"]
    groups: dict[int, list[Spot]] = {}
    for s in parties:
        if s.group >= 0:
            groups.setdefault(s.group, []).append(s)
    out = []
    for i in range(len(parties) - 1):
        a, b = parties[i], parties[i + 1]
        if a.group >= 0 and a.group == b.group:
            members = groups[a.group]
            if len({m.country for m in members}) >= 3:
                continue  # a multilateral list ties none of its members to each other
            if _OFFICES_OF.search(text, max(c0, members[0].start - 40), members[0].start) or \
                    _MEDIATORS.match(text, members[-1].end, c1):
                continue  # "calls on the Prime Ministers of Fiji and Samoa", "Qatari and Egyptian mediators"
            # "Russia and Belarus held drills", "the US-Korea trade agreement", "between A and B"
            last = members[-1]
            k = order[id(last)]
            nxt = parties[k + 1].start if k + 1 < len(parties) else c1
            stop = _clause_stop(text, last.end, min(c1, nxt))
            upto = min(c1, nxt, last.end + _JOINT_REACH, stop)
            attend = _ATTEND.search(text, last.end, upto)
            if attend:
                upto = attend.start()  # "China and Pakistan will attend the SCO meeting": two attendees
            rels = [r for r in _cues(text, last.end, upto, clause, topics) if r.joint or r.domain]
            if rels and all(r.domain for r in rels) and _OBJECT_OF.search(text, c0, members[0].start) and \
                    _cues(text, max(c0, members[0].start - 40), members[0].start, clause, topics):
                rels = []  # "standoffs with Iran and North Korea over nuclear programs": both are another's object
            before = text[max(c0, members[0].start - 30):members[0].start]
            if _BETWEEN.search(before):
                rels += _cues(text, max(c0, members[0].start - 60), members[0].start, clause, topics)
            if rels:
                # two parties named together: a domain word is their relation ("trade between Russia and
                # China", "the US-Korea free trade agreement")
                kinds = kinds_of(rels) or {r.kind: r.plover for r in rels if r.domain}
                if "conflict" in kinds and not _BETWEEN.search(before) and _ON_TARGET.search(text, last.end, upto):
                    # "the US and the UK conducted strikes on Houthi targets": allies acting on a third
                    kinds = {k: p for k, p in kinds.items() if k != "conflict"}
                out.append((a.country, b.country, kinds))
            continue
        if _NEW_CLAUSE.search(text[a.end:b.start]):
            continue  # "Egypt and France discussed Libya, and Russia ...": a new clause's subject
        if b.group >= 0 and b.group != a.group and _BETWEEN.search(text, max(a.end, b.start - 30), b.start):
            continue  # "concerned by a pact between China and the Solomon Islands": the pact is theirs
        if _BY_DOING.match(text, a.end, b.start):
            continue  # "Russia's invasion of Ukraine by providing drones to Russia": the sentence's subject does it
        if a.group >= 0 and a.group != b.group and len(groups[a.group]) == 2 and \
                PAIR_GAP.fullmatch(text, groups[a.group][0].end, a.start):
            continue  # "U.S.-Pakistan cooperation on ... support for Ukraine": the relation is the pair's own
        # a relation word relates two parties about twenty words apart at most
        rels = _cues(text, a.end, b.start, clause, topics) if b.start - a.end <= _MAX_GAP else []
        owner = b.kind == "demonym" or OWNS.match(text[b.end:b.end + 3])
        copula = owner and not rels and _COPULA.fullmatch(text, a.end, b.start)
        if not rels and not (owner and (copula or _AGAINST.search(text, max(a.end, b.start - 12), b.start))):
            continue
        if owner:
            # what the demonym qualifies or the possessive owns: "hosts Russian tactical nuclear arms",
            # "the Belarusian military in Russia's non-strategic nuclear drills"; and with no relation word
            # before it, only a hostile one: "Ukraine's stand against Russia's invasion"; after "is", what
            # the one is to the other: "China is Brazil's largest trading partner"
            np_end = _NOUN_PHRASE.match(text[b.end:c1]).end()
            rels += [r for r in _cues(text, b.end, b.end + np_end, clause, topics)
                     if copula or ((r.domain or r.kind != "diplomatic") and (rels or r.kind == "conflict"))]
            if not rels:
                continue
        if any(r.cue in SUPPLY or r.plover == "AGREE" for r in rels) and not any(r.domain for r in rels):
            goods = _WITH_GOODS.match(text, b.end, c1)
            if goods:  # "Iran has provided Russia with hundreds of drones": the goods come after the receiver
                rels += [r for r in _cues(text, goods.start(), goods.end(), clause, topics) if r.domain]
        kinds = kinds_of(rels)
        if not kinds and _TRADE_WITH.search(text, max(a.end, b.start - 40), b.start):
            kinds = {"trade": "COOPERATE"}  # "China's trade with South Africa", "the largest investor in Tanzania"
        targets = groups.get(b.group, [b]) if b.group >= 0 and b.group != a.group else [b]
        if any(t.country == a.country for t in targets):
            targets = [b]  # "invited the leaders of Russia, India and Brazil", said Putin: a member of the list
        for t in targets:
            out.append((a.country, t.country, kinds))
    return [(x, y, k) for x, y, k in out if x != y and k]




_TRADE_WITH = re.compile(r"\b(?:trade|investors?|investments?|exports?|imports?)\s+(?:with|in|into|to|from)\s+"
                         r"(?:the\s+)?$", re.I)
_AGAINST = re.compile(r"\b(?:against|amid|over)\s+(?:the\s+)?$", re.I)
_MAX_GAP = 130  # characters between two parties a relation word between them may join
_JOINT_REACH = 160  # characters after two parties named together ("A and B signed ...") their relation may lie
_ATTEND = re.compile(r"\b(?:attend\w*|participat\w*|take\s+part|took\s+part|taking\s+part)\b", re.I)
def ties_in_document(doc: Document, mentions: Sequence[Mention], *, gazetteer: Gazetteer | None = None,
                     reading: Reading | None = None, visits: Iterable[Visit] = ()) -> list[Tie]:
    """One :class:`~geo.values.Tie` per (pair, kind, sentence) of a document, weight 1.

    Parameters
    ----------
    doc : Document
    mentions : sequence of Mention
        The document's place mentions.
    gazetteer : Gazetteer, optional
        Tells capitals (which stand for governments) from other towns (venues).
    reading : Reading, optional
        The document already read (:func:`geo.reading.read_document`).
    visits : iterable of Visit, optional
        The document's visits: "the two countries" and "bilateral" stand for
        the pair of its main visit.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Document, Mention
    >>> t = "Egypt and France discussed Libya's elections, and Russia is open to cooperation on gas with Uzbekistan."
    >>> d = Document("d", t, published=dt.date(2024, 5, 27))
    >>> def m(name, code):
    ...     i = t.index(name)
    ...     return Mention("d", i, i + len(name), name, name, 0.0, 0.0, code, None, "country", 1.0)
    >>> ms = [m("Egypt", "EG"), m("France", "FR"), m("Libya", "LY"), m("Russia", "RU"), m("Uzbekistan", "UZ")]
    >>> sorted((x.a, x.b, x.kind, x.plover) for x in ties_in_document(d, ms))
    [('EG', 'FR', 'diplomatic', 'CONSULT'), ('RU', 'UZ', 'energy', 'COOPERATE')]
    """
    from geo.reading import read_document

    r = read_document(doc, mentions, gazetteer=gazetteer) if reading is None else reading
    if gazetteer is None and any(m.kind in ("city", "admin") for m in r.places):
        from geo.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    text = doc.text
    visits, told = with_travellers(list(visits), doc, mentions, r.people)
    # parties are countries of places, people, landmarks, visits or a "Franco-" form: one country ties none
    countries = {m.country for m in r.places} | {p.country for p in r.people} | {lm.country for _, _, lm in r.landmarks}
    if len(countries.union(*((v.country, v.traveler_country) for v in visits)) - {None}) < 2 \
            and not any(m.kind == "demonym" and text[m.start - 1:m.start] == "-" for m in r.places):
        return told
    travellers = travelling(visits, doc.published)  # the countries travelling now
    main = main_pair(visits)
    trips = trips_by_sentence(visits, text)
    guests: dict[str, set[str]] = {}
    for pair in {p for ps in trips.values() for p in ps}:
        guests.setdefault(pair[1], set()).add(pair[0])
    roles = role_words()
    seats = [a for a, _, lm in r.landmarks if lm.seat]
    out: list[Tie] = list(told)
    capitals: dict[str, str | None] = {}
    low = fold_case(text)  # as the pattern folds case: "İ" and "ı" are an "i"
    # the sentences that hold a word of PARTNER or HOST_NOUN, found in one pass over the document
    partner_words, host_words = words_at(text, low)
    foci: list[tuple[str, str]] | None = None
    named: list[str] = []  # the parties named so far, in order: "the two countries" of a story with no visit
    # each sentence's countries for ``named``, listed only when a sentence asks for them: a list of parties,
    # or the sentence's (places, people) whose countries named_in lists
    waiting: list[list[str] | tuple] = []
    some_named = False  # does ``named`` (with ``waiting``) hold a country?

    def named_before() -> list[str]:
        for w in waiting:
            named.extend(w if isinstance(w, list) else named_in(*w))
        waiting.clear()
        return named

    pending: list[str] | tuple | None = None
    for k, (s0, s1) in enumerate(r.sentences):
        places, people = r.places_by_sentence[k], r.people_by_sentence[k]
        if pending is not None:
            waiting.append(pending)
            some_named = some_named or bool(pending if isinstance(pending, list) else named_in(*pending))
        pending = (places, people)
        # every match of PARTNER holds one of PARTNER_WORDS: without them, no regex need run
        partner = roles.search("partner", text, s0, s1) if partner_words.within(s0, s1) and \
            (main or some_named or named_in(places, people)) else None
        recent = None
        if partner is not None and main is None:
            # the pair last tied, else the only two countries named so far
            before = named_before() + named_in(places, people, partner.start())
            recent = (out[-1].a, out[-1].b) if out else last_two(before) if len(set(before)) == 2 else None
        # the visits whose meeting the sentence may tell, if it holds a meeting word
        trip = trip_of(trips, guests, s0, places, people) if guests else ()
        stand = HOST_NOUN.search(text, s0, s1) if host_words.within(s0, s1) else None
        if stand is not None:
            # "Qatar will supply LNG to China, the Gulf nation's second deal": a country of that sort just
            # named; else the host of the last visit told
            host = described_country(stand.group(0), places, stand.start(), guests)
            if host is None and guests:
                foci = foci_of(r, trips, guests, None) if foci is None else foci
                host = foci[k][1] if foci[k] is not None else None
            # "Saudi Arabia's crown prince visited Cairo. The Gulf state pledged ...": a host not of that sort
            # gives way to the last country of that sort the story named
            host = last_of_sort(stand.group(0), named_before() + named_in(places, people, stand.start()), host)
            stand = stand if host is not None else None
        words = meeting_words(text, s0, s1) if trip else ()
        if not words:
            trip = ()
        if partner is None and not trip and (len(places) + len(people) < 2 or len({m.country for m in places if m.country}
                                                                     | {p.country for p in people if p.country}) < 2) \
                and stand is None and not (seats and any(s0 <= a < s1 for a in seats)) \
                and (text.find("o-", s0, s1) < 0 or not COMBINED.search(text, s0, s1)):
            continue  # fewer than two countries: no party could be tied (a seat of power adds one)
        landmarks = r.landmarks
        if stand is not None:  # "the kingdom" stands for the host of the last visit told
            landmarks = [*landmarks, (stand.start(), stand.end(), Landmark(stand.group(0), (), host, None, True))]
        spots = find_spots(text, s0, s1, places, people, landmarks, gazetteer, capitals)
        pending = [s.country for s in spots if s.role == "party"]
        spans = clauses(text, s0, s1) if any(s.role == "dest" for s in spots) else None
        if spans is not None:  # a leg of "he" of no country, which no visit tells
            out.extend(leg_ties(doc, spots, people, (s0, s1), spans, travellers, trips.get(s0, ())))
        few = partner is None and len({s.country for s in spots if s.role == "party"}) < 2
        if few and not trip:
            continue
        ev = Evidence(doc.id, text[s0:s1], "text", doc.url, doc.title, doc.published)
        seen: set[tuple[str, str, str]] = set()
        spans = clauses(text, s0, s1) if spans is None else spans
        met = [(guest, host, {"diplomatic": "CONSULT"})
               for guest, host in (meetings(text, spots, people, (s0, s1), trip, words) if trip else ())]
        if met and is_cancelled(text, spans[0], (s0, s1)):
            met = []
        for j, c in enumerate(spans):
            if few:  # one party: only the visit's own meeting can tie it
                found = met if j == 0 else []
            elif not (found := _pairs(text, spots, c)) and partner is None and not (j == 0 and met) \
                    or is_cancelled(text, c, (s0, s1)):
                continue  # nothing to tie (asked first: most clauses tie none), or called off
            else:
                if partner is not None and not found and foci is None:
                    foci = foci_of(r, trips, guests, None)  # once a document needs them
                focus = ((foci[k] or main) if foci is not None else main) or recent
                if not found and partner is not None and focus is not None and c[0] <= partner.start() < c[1] and \
                        not _WITH_OTHERS.match(text, partner.end(), c[1]) and \
                        all(s.country in focus for s in spots if s.role == "party" and c[0] <= s.start < c[1]):
                    # "relations between the two countries", "bilateral trade": the pair in focus; a domain
                    # word is their relation ("military exchanges between the two countries")
                    rels = _cues(text, c[0], c[1], c, [s for s in spots if s.role == "topic"])
                    kinds = kinds_of(rels) or {r.kind: r.plover for r in rels if r.domain}
                    if kinds:
                        found = [(focus[0], focus[1], kinds)]
                if j == 0:
                    found = found + met
            for x, y, kinds in found:
                a, b = sorted((x, y))
                for kind, plover in kinds.items():
                    if (a, b, kind) not in seen:
                        seen.add((a, b, kind))
                        out.append(Tie(a, b, kind, 1, doc.published, doc.published, (ev,), plover,
                                       QUAD_CLASS[plover]))
    return out
