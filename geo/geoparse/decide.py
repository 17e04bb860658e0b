"""Decide: whether a spotted name is a place at all (step 2 of the geoparser).

The evidence is general, not a list of exceptions: a person title before the
name ("President Jordan"); a capitalised neighbour that looks like part of a
person's name ("Michael Jordan", "Georgia Stevens", "Indiana Jones": not a
common English word, an acronym or a possessive); an organisation or street
word after it ("X University", "Hertford Road"); a preposition before it
("in", "to", "from"); a dateline ("ATLANTA (AP) -"); a qualifier after it
("Paris, Texas"); how frequent the name is in English against the place's
population ("Police", "Reading" are towns too); whether the word also occurs
in lower case in the document; headline capitals. A name read as a person's
stays a person's for the whole document unless a preposition or qualifier
says place, and a name the text clearly places is a place in its weaker
mentions too (one sense per document). A news agency spelled like a town
("Xinhua reported", "according to IRNA") is no place, and a demonym naming a
shared feature ("the Korean Peninsula") is no nationality.
"""

from __future__ import annotations

import math
import re

from geo.gazetteer import (ADMIN, CITY, COUNTRY, DEMONYM, FLAG_CAPITAL, FLAG_MINOR_ADMIN, REGION, IndexView,
                           fold)
from geo.geoparse.spot import Match

__all__ = ["keep_places"]

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
airport palace international
""".split())

#: A facility named after a place or person ("Bole International Airport", "Husseiniya
#: Palace") that the text then places elsewhere ("... in Addis Ababa"): the name is the
#: facility's, and the place is the one after "in" / "of".
_PLACED_FACILITY = re.compile(r"(?:\s+International)?\s+(?:Airport|Palace)\b[^.;:!?\n]{0,40}?"
                              r"\b(?:in|of)\s+(?:the\s+)?[A-Z]")

_FACILITY = frozenset(("airport", "palace", "international"))

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

#: Nouns of gatherings named after their city ("the Manila Summits", "the Paris Conference"): never a surname.
_GATHERINGS = frozenset("summit summits conference conferences talks forum games olympics expo dialogue "
                        "declaration accord accords agreement process meeting meetings".split())
#: Months as news abbreviates them: "visits China Nov. 4-7" is no one named "China Nov".
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: A day of the month right after a month's short form ("Nov. 30", "Aug 21").
_DAY_AFTER = re.compile(r"\.?\s?\d{1,2}(?!\d)")

#: What follows a news source's name: "Xinhua reported", "the Mehr news agency", "Tass news service".
_SOURCE_AFTER = re.compile(r"(?:'s)?\s+(?:news\s+agency|news\s+service|agency|reported|reports|quoted)\b")

_SOURCE_NEXT = (" news", " agency", " reported", " reports", " quoted", "'s news", "\u2019s news")
_SOURCE_BEFORE = ("according to ", "According to ", "news agency ", "News Agency ", "agency ")
_NAME_ENDS = re.compile(r"\s*(?:$|[.,;:)\"\u201d]|\s[a-z])")

#: Nouns of natural features, often shared or at sea, that a demonym can name ("Korean Peninsula", "Irish Sea",
#: "Syrian Desert"); not those inside the country ("French Riviera", "Swiss Alps") nor "Coast Guard".
_FEATURES = frozenset("Peninsula Sea Ocean Gulf Strait Straits Channel Basin Desert Archipelago Shelf".split())

_SENT_END = frozenset('.!?"\u201c\u201d:;\n')
_QUAL_RE = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)")
#: A country or state in brackets right after a name, closed there: "Bogota (Colombia)".
_BRACKET_QUAL_RE = re.compile(r"\s\(((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)\)")
_LIST_NEXT = re.compile(r"\s*(?:,|&|and\b|or\b)\s*(?:the\s+)?[A-Z]")


def keep_places(ix: IndexView, text: str, matches: list[Match],
                memo: dict[str, tuple] | None = None) -> list[Match]:
    """Return the matches that name places, in text order, with their evidence set.

    Parameters
    ----------
    ix : IndexView
        The gazetteer's index (``get_gazetteer().index``).
    text : str
        The document's text, whose matches these are.
    matches : list of Match
        From :func:`geo.geoparse.spot.spot_names`, in text order.
    memo : dict, optional
        Evidence per key that does not depend on the context, kept between
        calls with the same ``ix``.

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> from geo.geoparse.spot import spot_names
    >>> ix = get_gazetteer().index
    >>> text = "Georgia Stevens met police in Reading. Officials in Georgia agreed."
    >>> [m.key for m in keep_places(ix, text, spot_names(ix, text))]
    ['reading', 'georgia']
    """
    return _Judge(ix, {} if memo is None else memo, text).places(matches)


class _Judge:
    """Decide which matches of one text are places."""

    def __init__(self, ix: IndexView, memo: dict[str, tuple], text: str) -> None:
        self.ix = ix
        self.memo = memo
        self.text = text
        self.kind = ix.kind
        self._lower: dict[str, bool] = {}

    def places(self, matches: list[Match]) -> list[Match]:
        """The places among ``matches``, with the document-wide passes (one sense per document)."""
        kept = []
        persons = set()
        soft = []
        for m in matches:
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
        return kept

    def _context(self, m: Match) -> None:
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
        elif text[m.end:m.end + 2] == " (":
            q = _BRACKET_QUAL_RE.match(text, m.end, m.end + 40)  # "Bogota (Colombia)", "Perth (Australia)"
            if q:
                self._qualifier(m, q.group(1))

    def _qualifier(self, m: Match, words: str) -> None:
        """Note the countries and states written after a comma: "Paris, Texas" (memoised per words)."""
        mk = "\0q" + words
        hit = self.memo.get(mk)
        if hit is None:
            hit = self.memo[mk] = (self._read_qualifier(words),)
        if hit[0] is not None:
            m.qual = set(hit[0])

    def _read_qualifier(self, words: str) -> frozenset[str] | None:
        """The countries and states that ``words`` name, or None when they name none."""
        ix = self.ix
        for cand in (words, words.split()[0]):
            k = fold(cand)
            ids = ix.ids(k.rstrip("."))
            if k.endswith(".") and (not ids or ix.kind[ids[0]] not in (COUNTRY, ADMIN, DEMONYM)):
                ids = ix.ids(k) or ids   # an abbreviation with its dot ("Minn.", not the town "Minn")
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
                    return frozenset(qual) or None
                return None
        return None

    def _state_qualifier(self, m: Match) -> None:
        """Note a state or province written after a country's name ("Holland, Mich.", "Peru, Indiana"):
        a town of that name, not the country. A country after it is a list ("Georgia, Armenia"),
        unless a town of that name lies in it ("Trinidad, Bolivia")."""
        q = _QUAL_RE.match(self.text, m.end, m.end + 40)
        if q:
            self._qualifier(m, q.group(1))
            if m.qual and not any("." in c for c in m.qual) and not self._town_in(m, q.end()):
                m.qual = None

    def _town_in(self, m: Match, end: int) -> bool:
        """Whether "<country>, <qualifier>" names a town of the qualifying country: one of the name's
        readings lies in it and neither side goes on as a list ("Niger, Nigeria and Chad")."""
        ix = self.ix
        if not any(ix.kind[i] != COUNTRY and ix.country[i] in m.qual for i in m.ids[1:]):
            return False
        text = self.text
        before = text[max(0, m.start - 6):m.start].rstrip()
        return not (before.endswith((",", "&", " and", " or")) or _LIST_NEXT.match(text, end))

    def _source(self, m: Match) -> bool:
        """Whether the name is quoted as a source of news: "according to IRNA", "the state news agency
        Xinhua", "Xinhua reported", "the Fars news agency" (a town does not report)."""
        text = self.text
        end = m.end
        if text.startswith(_SOURCE_NEXT, end) and _SOURCE_AFTER.match(text, end) is not None:
            return True
        # (not when the name opens a longer one: "according to Manitoba Underdogs Rescue", "Newcastle's ...")
        return text.endswith(_SOURCE_BEFORE, 0, m.start) and not m.next_cap \
            and _NAME_ENDS.match(text, end) is not None

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

    def _surname(self, word: str) -> bool:
        """Whether the capitalised word after a given name reads as a surname: name-like (a possessive
        too: "Pelosi's") and no place of the gazetteer."""
        if word[-2:] in ("'s", "\u2019s"):
            word = word[:-2]
        return self._namey(word) and fold(word.rstrip(".,")) not in self.ix.keys

    def _namey(self, word: str) -> bool:
        """Whether a capitalised neighbour looks like part of a person's name."""
        if len(word) < 2 or word.isupper() or "-" in word or word[-2:] in ("'s", "\u2019s"):
            return False   # "A", acronyms ("CBC Toronto"), "Nine-year-old", "Radio's"
        w = word.lower().rstrip(".,")
        return (w not in self.ix.common and w not in _NEVER and w not in _TITLES and w not in _GATHERINGS
                and w not in _MONTHS_SHORT)

    def decide(self, m: Match) -> bool:
        """Return whether a match is a place; set its evidence (about -2..2).

        ``m.person`` tells that the word was rejected as (part of) a
        person's name, which the document's other mentions then share.
        """
        if m.key in _NEVER:
            return False
        if m.key in _MONTHS_SHORT and _DAY_AFTER.match(self.text, m.end):
            return False  # "from Nov. 30 to Dec. 7", "Aug 21": a date, not the town of Nov in Tajikistan
        k = self.kind[m.ids[0]]
        m.evidence = 1.0
        if k == DEMONYM:
            # "the Korean Peninsula", "the Irish Sea": a feature's name, not a nationality
            return not m.next_cap or m.next_cap.split(" ", 1)[0].rstrip(".,'\u2019s") not in _FEATURES
        pc = bool(m.prev_cap) and self._namey(m.prev_cap)
        rest = m.next_cap.split(" ", 2) if m.next_cap else ()
        first = rest[0] if rest else ""
        nxt = first.lower().rstrip(".,")
        nc = bool(nxt) and nxt not in _GOOD_NEXT and self._namey(first)
        if (k == COUNTRY or k == REGION) and not pc and not nc:
            # the common case; only a title before could undo it ("President Jordan")
            text = self.text
            if text[m.end:m.end + 1] == ",":
                self._state_qualifier(m)
            b = text[max(0, m.start - 12):m.start].rstrip()
            if not b or b[-1] in _SENT_END:
                return True
            w = b.rsplit(None, 1)[-1].lower().rstrip(".")
            if w in _TITLES and w != "st":
                m.person = True
                return False
            return True
        ix = self.ix
        kmemo = self.memo
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
        if one_word and k != COUNTRY and k != REGION and not ix.flags[m.ids[0]] & FLAG_CAPITAL and self._source(m):
            m.person = True   # a news agency spelled like a town: "Xinhua reported", "according to IRNA"
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
        if one_word and not alias and k == CITY and first and m.key in ix.person_names \
                and self._surname(first):
            m.person = True   # "Nancy Pelosi's visit": a given name, then a surname that is no place
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
        if nxt in _FACILITY and _PLACED_FACILITY.match(self.text, m.end) is not None:
            return False   # "Bole International Airport in Addis Ababa": the airport, placed by "in"
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

    def _static(self, m: Match) -> tuple[float, bool, bool]:
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
