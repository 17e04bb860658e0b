"""People in news text: names, titles, honorifics, the leaders table, and who "he" or "the president" is.

The office holders that names, titles and descriptors resolve to are in :mod:`geo.leaders`.

* :func:`find_people` - every reference to a person in a document, resolved
  to a full name, a country and a role where the text or the table allows:
  full names ("Vladimir Putin"), titled names ("Kenyan President William
  Ruto", "H.E. Sheikh Tamim"), surnames ("Putin", "Mr Putin"), descriptors
  ("the Kenyan president", "the president of Kenya", "Brazil's foreign
  minister", "the visiting minister") and pronouns.

Each :class:`Person` says how it was resolved in ``via`` (the sentence that
named the person, or the leaders table and the date), so a visit found
through it can say so.
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (the examples use it)
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.leaders import HEAD_ROLES, Leader, LeaderIndex, fold_name, leader_index
from geo.portfolios import (MORE_FIELDS, PORTFOLIO_END, ROLE_WORDS, institution_head,
                            office_country)
from geo.text import (HONORIFICS, Anchors, Spans, lower_text, split_sentences, whole_words, word_key,
                      word_marks)
from geo.appositions import apposed_name_start, appositive_names
from geo.bare_names import bare_names
from geo.coreference import resolve_names, resolve_pronouns
from geo.first_person import resolve_first_person
from geo.office_lists import office_lists
from geo.plural_titles import plural_titled
from geo.namesakes import NAMED_AFTER, other_given_name, other_surname_after
from geo.role_nouns import OFFICE_WORDS, appositive_role_names, name_then_country, office_of_then_name, role_noun_names
from geo.names import (FEATURE_WORD, HONORIFIC, HONORIFICS_RUN, NAME, NAME_TOKEN, NOT_NAMES, female_by_title,
                        list_goes_on, name_after_fields, trim_name, written_name)
from geo.possessed_names import possessed_names
from geo.title_country import (TITLE_MODIFIERS, country_after, country_before, country_of_phrase, held_title,
                               organisation_office, owned_by_state, same_holder)
from geo import doc_words
from geo.datelines import dateline_place, find_dateline, press_country, publisher_country
from geo.values import Document, Mention, Person
from geo.wordlists import longest_first

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer

__all__ = ["Person", "find_people", "ROLE_WORDS"]


# the longer of two titles first ("prime minister" before "premier" and "pm"), written as a tree: one branch per
# letter is tried where a title may start, not one per title
_TITLE = longest_first(ROLE_WORDS)
_MODS = TITLE_MODIFIERS
_TITLED = re.compile(r"(?i:\b" + _MODS + r"(?P<title>" + _TITLE + r")(?:\s+at[\s-]large)?)(?:\s+(?:of|for(?!\s+" + PORTFOLIO_END
                     + r"))\s+(?P<of>(?:the\s+)?"
                     r"(?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+\s+and\s+(?:the\s+)?(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?=,)|[A-Z][\w\-]+)|"
                     r"(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}))?(?:\s*\([A-Z][A-Za-z]{1,5}\))?"  # "for Trade and"
                     # "Minister of State (MoS) for External Affairs, Meenakashi Lekhi": a second portfolio; a long
                     # one ends on its field's word ("for Educational and Cultural Affairs Marie Royce", PORTFOLIO_END)
                     r"(?:\s+(?:for|on)\s+(?:[A-Z][\w\-]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w\-]+){0,3}(?=,)|" + PORTFOLIO_END + r"))?,?\s+" + HONORIFICS_RUN
                     + r"(?P<name>" + NAME + r")")
#: The number of a regnal name: "Leo XIV", "Charles III", "Abdullah II".
_REGNAL = re.compile(r"[IVX]{1,5}")
#: A junior rank right before "Secretary": "Deputy Secretary of State", "Under Secretary of Defense".
_JUNIOR = re.compile(r"\b(?:Deputy|Under|Assistant)\s+$", re.I)
_HONORIFIC = re.compile(r"(?<![\w.])(?:" + HONORIFIC + r")\s+" + HONORIFICS_RUN + r"(?P<name>" + NAME + r")")
_DESCRIPTOR = re.compile(
    r"(?=[TtHhIi])\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:top|chief|senior|visiting|\d{2,3}-year-old)\s+)?"  # "the 56-year-old"
    r"(?:(?P<adj>[A-Z][\w\-.]+(?:\s+[A-Z][\w\-]+)?)\s+)?"
    + _MODS + r"(?P<title>(?i:" + _TITLE + r"|master|chief|strongman|guest|visitor|diplomat)|prince)\b"
    r"(?:\s+and\s+(?:Queen(?:\s+Consort)?|Empress|Princess|Crown\s+Princess|Grand\s+Duchess))?"  # "The King and Queen of Belgium"
    r"(?:\s+(?:of|from)\s+(?P<of>(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+)?))?")  # "the President of the Republic of Korea"
#: A title with no name and no article, as the subject of a sentence: "Secretary will then travel to Pristina".
_BARE_TITLE_WORDS = (r"(?P<title>Secretary|President|Minister|Prime\s+Minister|Foreign\s+Secretary|Foreign\s+Minister|"
                     r"Chancellor|Premier)\s+(?=(?:will|would|has|had|is|was|also|then|arrived|arrives|left|met|visited|"
                     r"travell?ed|flew)\b)")
_BARE_TITLE = re.compile(r"(?:^|(?<=[.;:,]\s)|(?<=\n))" + _BARE_TITLE_WORDS, re.M)
#: The same after a country's adjective, opening a sentence: "Ethiopian Prime Minister has arrived in Asmara".
_ADJ_TITLE = re.compile(r"(?P<adj>(?!(?:Prime|Foreign|Deputy|Vice|The|Secretary|President|Minister)\b)[A-Z][\w\-]+)\s+"
                        + _BARE_TITLE_WORDS)
#: "the kingdom's foreign minister", "the island nation's president": a title owned by a country named
#: by what it is, whose person is the one of that role the story names.
#: ("the country's" is left out: as often the host's as the traveller's.)
_STATE_OWNER = re.compile(r"\b[Tt]he\s+(?:kingdom|island\s+nation|island\s+state|emirate|"
                          r"sultanate|Gulf\s+state|city-state|archipelago)['’]s\s+(?:top\s+)?"
                          r"(?P<title>(?i:" + _TITLE + r"))\b")


_POSSESSIVE = re.compile(r"(?=[A-Z])\b(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+" + _MODS
                         + r"(?P<title>(?i:" + _TITLE + r"))\b")


_ADDRESS = frozenset(w.rstrip(".") for h in HONORIFICS for w in h.split())
_NAME_AFTER = re.compile(r"\s+" + NAME_TOKEN)
# (A pattern searched for over a stretch tests the first letter of its match first, where it opens with a
# word boundary: a boundary and an alternation tried at every character cost several times that.)
_NOT_NAME_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(NOT_NAMES)) + r")\b")
_PLACE_AFTER = re.compile(r"\s+[A-Z]\w*\s+(?:of|in|to|on)\b")
_FORMER = re.compile(r"(?=[FfEeTt])\b(?i:former|ex-|the\s+late|then-)\s*(?:[A-Z][\w\-]+\s+){0,2}$")
#: Countries whose names are written family name first in English news ("Li Qiang", "Yoon Suk Yeol").
_FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP"})
#: A title not yet held: "president-elect", "Prime Minister-designate", "president elect".
_ELECT = re.compile(r"(?:-|\s+)(?:elect|designate)\b", re.I)
_GUEST = re.compile(r"(?i)\b(?:visiting|guest|visitor)\b")
_GUEST_WORDS = ("isiting", "host", "receiv", "welcom", "greet")  # looked for as plain text before the pattern
_GUEST_KEY = re.compile("|".join(_GUEST_WORDS))
_GUEST_BEFORE = re.compile(r"(?=[Vvhrwg])\b(?:[Vv]isiting|hosted|received|welcomed|greeted|hosts|receives|welcomes)\s+"
                           r"(?:(?:the|[A-Z][\w.’'\-]*)\s+){0,6}$")
_ACTS = re.compile(r"['’]s\s|,\s+who(?:se)?\s|(?:,\s[^,.;:]{1,80}?,)?\s+(?:said|says|told|tells|will|would|has|had|is|was|"
                   r"arrived|arrives|left|leaves|met|meets|visited|visits|flew|flies|travel(?:s|led|ed)|heads|headed|hosted|"
                   r"hosts|received|receives|welcomed|welcomes|wants|urged|called)\b")  # (", fresh from talks in X, arrived")
_PORTFOLIO_AFTER = re.compile(r"\s+(?:Minister|Ministers|Secretary|Secretaries|Ministry|Department)\b")
_PLACE_PREP = re.compile(r"\b(?:in|to|from|at|near|of|via)\s+$", re.I)
#: A patronymic particle between two names ("Mohammad bin Salman"): the name before it is a given name,
#: the one after it a father's.
_PATRONYM_BEFORE = re.compile(r"[A-Z][\w'’\-]+\s+(?:bin|ibn|bint|ben)\s+$")
_PATRONYM_AFTER = re.compile(r"\s+(?:bin|ibn|bint)\s+[A-Z]")


def find_people(doc: Document, mentions: Sequence[Mention] = (), *, gazetteer: Gazetteer | None = None,
                leaders: Sequence[Leader] | None = None,
                sentences: Sequence[tuple[int, int]] | None = None) -> list[Person]:
    """Find and resolve the people a document talks about.

    Parameters
    ----------
    doc : Document
        The document; ``published`` dates the leaders-table look-ups.
    mentions : sequence of Mention
        Place mentions of ``doc``: a demonym, country or capital right before a
        title ("Russian President ...", "Brazil's foreign minister") gives a
        person's country, and place names are never taken for people.
    gazetteer : Gazetteer, optional
        Demonyms the mentions lack (``country_code``) and capitals.
    leaders : sequence of Leader, optional
        Known office holders (default: :func:`geo.leaders.load_leaders`).
    sentences : sequence of (int, int), optional
        The document's sentences (:func:`geo.text.split_sentences`), when known.

    Returns
    -------
    list of Person
        In text order. Surnames, descriptors and pronouns carry the full name
        they resolve to (the last full name with that surname, the person of
        that country and role named in the document, else the office holder
        on the publication date; for a pronoun the person the sentence or the
        one before is about), else ``None``.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> d = Document("d", "Russian President Vladimir Putin landed. Putin said he was glad.",
    ...              published=dt.date(2024, 5, 27))
    >>> ru = Mention("d", 0, 7, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0)
    >>> [(p.text, p.name, p.country, p.role) for p in find_people(d, [ru])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Vladimir Putin', 'Vladimir Putin', 'RU', 'president'),
     ('Putin', 'Vladimir Putin', 'RU', 'president'),
     ('he', 'Vladimir Putin', 'RU', 'president')]
    """
    index = leader_index() if leaders is None else LeaderIndex(leaders)
    return _People(doc, mentions, gazetteer, index, sentences).run()


@lru_cache(maxsize=1)
def _WINDOW_WORDS() -> frozenset[str]:
    """The words around which the name patterns are tried."""
    words = set(ROLE_WORDS) | {"master", "chief", "strongman", "guest", "visitor", "diplomat"}
    return frozenset(words | {h.lower().rstrip(".") for h in HONORIFICS})


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _TRIGGERS() -> str:
    """Every word that may start or end a titled, honorific or descriptive name, shared with the other
    readers of :mod:`geo.doc_words` (one pass over a document for all): the name they are shared under."""
    words = _WINDOW_WORDS() | OFFICE_WORDS  # the offices of geo.role_nouns found in the same pass
    by_key: dict[str, list[str]] = {}
    for w in sorted(words):
        by_key.setdefault(word_key(w), []).append(w)
    # looked for where a word starts only (geo.text.word_marks)
    windowed = _WINDOW_WORDS()  # each word with its length and whether it opens a window, names an office or both
    doc_words.share("people.titles", {key: tuple((w, len(w), w in windowed, w in OFFICE_WORDS) for w in ws)
                                      for key, ws in by_key.items()})
    return "people.titles"


_ANCHORED = {id(p): n for p, n in ((_TITLED, "titled"), (_HONORIFIC, "honorific"), (_BARE_TITLE, "bare_title"))}  # by id: a pattern hashes all its code


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    """The name patterns with the words their matches start with."""
    mods = ("presidential", "deputy", "first", "vice", "acting", "former", "current", "diplomatic", "senior",
            "top", "visiting", "outgoing", "incoming", "new", "interim", "caretaker", "foreign")
    return Anchors({
        "titled": (_TITLED, (*ROLE_WORDS, *mods)),
        "honorific": (_HONORIFIC, tuple(h.split()[0] for h in HONORIFICS)),
        "bare_title": (_BARE_TITLE, ("Secretary", "President", "Minister", "Prime", "Foreign", "Chancellor",
                                     "Premier")),
    }, case_sensitive=("honorific", "bare_title"), shared="people.names")  # in the one pass of geo.doc_words


class _Found(dict):
    """People found so far, keyed by ``(start, end)``, with span look-ups by binary search."""

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def __setitem__(self, key: tuple[int, int], value: dict) -> None:
        if key not in self:
            insort(self._spans, key)
            self._longest = max(self._longest, key[1] - key[0])
        super().__setitem__(key, value)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._spans, (a - self._longest, -1))
        hi = bisect_left(self._spans, (b, -1))
        return [k for k in self._spans[lo:hi] if k[1] > a]


class _People:
    """One document's people: found by four patterns, then resolved in text order."""

    def __init__(self, doc: Document, mentions: Sequence[Mention], gazetteer: Gazetteer | None, index: LeaderIndex,
                 sentences: Sequence[tuple[int, int]] | None = None):
        if gazetteer is None:  # the process-wide one the geoparser loaded: the same answers either way
            from geo.gazetteer import get_gazetteer

            gazetteer = get_gazetteer()
        self.text, self.on, self.gaz, self.index = doc.text, doc.published, gazetteer, index
        self.home, self.url = publisher_country(doc.url), doc.url  # "the Prime Minister" on gov.uk
        self.mentions = mentions
        self.sentences = list(sentences) if sentences is not None else split_sentences(doc.text)
        self.sentence_starts = [s0 for s0, _ in self.sentences]
        self.is_place = Spans((m.start, m.end) for m in mentions if m.kind != "demonym").overlaps
        self.by_end = {m.end: m for m in mentions}
        self.by_start = {m.start: m for m in mentions}
        self.found = _Found()
        self._hits: list[tuple[int, int]] | None = None
        self._offices: list[tuple[int, str]] = []
        self._windows: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def filed_in(self) -> str | None:
        """The dateline's country ("NEW DELHI:"), else the home paper's (its address): asked when a bare title names nobody."""
        here = dateline_place(find_dateline(self.text), self.mentions)
        return here.country if here is not None else press_country(self.url)  # else the home paper's

    def place_kind(self, a: int, b: int) -> str | None:
        """The kind of the place mention at ``[a, b)``, if one is there."""
        m = self.by_start.get(a)
        if m is not None and m.end <= b + 1:
            return m.kind
        return "other" if self.is_place(a, b) else None

    def country_of(self, phrase: str | None, start: int) -> str | None:
        if not phrase:
            return None
        phrase = re.sub(r"^the\s+", "", phrase)
        start = self.text.find(phrase, start)
        code = country_of_phrase(phrase, start, self.by_end, self.gaz)
        if code is None and " " in phrase:  # "of Kenya William": the country is the first words
            first = phrase.split()[0]
            code = country_of_phrase(first, start, self.by_end, self.gaz)
        return code

    def run(self) -> list[Person]:
        self.leaders()
        self.titled()
        for a, b, role, at in plural_titled(self.text):  # "US Senators Chris Murphy and Gary Peters"
            if not self.found.overlapping(a, b):
                lead = self.index.find(written_name(self.text[a:b]), self.on, role=role)
                self.found[(a, b)] = {"text": self.text[a:b], "leader": lead, "kind": "name", "role": role,
                                      "country": country_before(self.text, at, self.by_end, self.gaz)}
        self.honorific()
        self.role_nouns()
        for a, b in bare_names(self.text, self.sentences, self.found.overlapping, NOT_NAMES, ROLE_WORDS,
                               lambda x, y: self.place_kind(x, y) is not None):  # "Peeni Henare will depart"
            self.found[(a, b)] = {"text": self.text[a:b], "leader": None, "kind": "name", "country": None, "role": None}
        self.surnames()
        self.descriptors()
        if self.appositions():
            self.surnames()  # "Ablakwa said" after "Samuel Okudzeto Ablakwa, the Ghanaian foreign minister,"
        for (a, _), e in self.found.items():  # "UN Secretary-General Ban Ki-moon" acts for no country
            named = e["kind"] in ("name", "surname")
            e["organisation"] = named and organisation_office(self.text, a)
            e["female"] = named and female_by_title(self.text, a)  # "First Lady Ibu Iriana Jokowi": not "his"
            # "held talks with visiting Iranian Foreign Minister X", "Putin received X": whom "the guest" means
            e["guest"] = named and _GUEST_KEY.search(self.text, max(0, a - 80), a) is not None \
                and bool(_GUEST_BEFORE.search(self.text, max(0, a - 80), a))
        named = resolve_names(sorted(self.found.items()), self.index, self.on, self.home, self.filed_in)
        people = resolve_first_person(self.text, resolve_pronouns(self.text, self.sentences, named, self.mentions))
        return office_lists(self.text, self.mentions, self.index, self.on, people)  # "the presidents of A and B"

    def appositions(self) -> bool:
        """"Samuel Okudzeto Ablakwa, the Ghanaian foreign minister, arrived": the name beside a descriptor,
        of its role and country (:mod:`geo.appositions`)."""
        descriptors = [(a, b, e) for (a, b), e in self.found.items() if e["kind"] == "descriptor"]
        if not descriptors:
            return False
        added = False
        opens = lambda pos: self.sentence_starts[max(0, bisect_right(self.sentence_starts, pos) - 1)]  # noqa: E731
        for a, b, name, e in appositive_names(self.text, descriptors, NOT_NAMES, self.is_place, opens):
            e["apposed"] = a  # the descriptor is that person's (geo.coreference)
            if not self.found.overlapping(a, b):
                self.found[(a, b)] = {"text": name, "leader": self.index.find(name, self.on),
                                      "kind": "name" if " " in name else "surname",
                                      "country": e["country"], "role": e["role"]}
                added = True
        return added

    def surnames(self) -> None:
        """The surname alone of someone named in full: "Defense Secretary Robert Gates ... Gates said"."""
        text = self.text
        names = {}
        for (a, b), e in list(self.found.items()):
            words = [w for w in e["text"].split() if len(w.rstrip(".")) > 1 and w.lower() not in
                     ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")]
            if e["kind"] == "name" and len(words) > 1 and len(words[-1]) > 2 and words[-1] not in NOT_NAMES:
                names.setdefault(words[-1], e)
            raw = e["text"].split()
            if e["kind"] == "name" and len(raw) in (2, 3) and _REGNAL.fullmatch(raw[-1]) and raw[-2] not in NOT_NAMES:
                names.setdefault(raw[-2], e)  # "(Pope) Leo XIV ... Leo will visit": a regnal name without its number
            if e["kind"] == "name" and len(words) > 1 and e["country"] in _FAMILY_NAME_FIRST \
                    and words[0] not in NOT_NAMES:
                names.setdefault(words[0], e)  # "Chinese Premier Li Qiang ... Li said": the family name first
        if not names:
            return
        for a, b, word in whole_words(text, list(names)):
            if self.found.overlapping(a, b) or self.place_kind(a, b) in ("country", "admin", "region") \
                    or NAMED_AFTER.match(text, b):
                continue
            if end := other_surname_after(text, b, names[word]["text"], NOT_NAMES, self.is_place):  # another Kim
                self.found[(a, end)] = dict(text=text[a:end], leader=None, kind="name", country=None, role=None)
                continue
            lead = names[word]["leader"]
            self.found[(a, b)] = {"text": word, "leader": lead, "kind": "surname",
                                  "country": None, "role": None}

    # -- finding -------------------------------------------------------------
    def leaders(self) -> None:
        text = self.text
        for a, b, key in self.index.scan(text):
            if " " not in key and self.is_place(a, b) and not self.acts(a, b) or NAMED_AFTER.match(text, b):
                continue  # a known full name wins over a place inside it ("Choe Son Hui")
            if _PATRONYM_BEFORE.search(text, max(0, a - 40), a):
                continue  # "Mohammad bin Salman bin Abdulaziz": the father's name, not King Salman
            if " " not in key and self.index.double_surname(text, a, b):
                continue  # "Fernández-Trigo, who arrived in Chile": a double surname, not President Fernández
            lead = self.index.find(key, self.on)
            full = " " in key or (lead is not None and fold_name(lead.name) == key)
            if not full and _PATRONYM_AFTER.match(text, b):
                continue  # "Shihab bin Tariq Al Said" is not the table's Alwi Shihab: a given name
            if not full and lead is not None and self.other_given_name(a, lead):
                continue  # "Governor Mike Sonko" is not Ousmane Sonko
            if not full and lead is not None and other_surname_after(text, b, lead.name, NOT_NAMES, self.is_place):
                continue  # "Ambassador Hussain Haqqani" is not Chaudhry Shujaat Hussain
            self.found[(a, b)] = {"text": text[a:b], "leader": lead, "kind": "name" if full else "surname",
                                  "country": lead.country if lead else None,
                                  "role": lead.role if lead else None}

    def other_given_name(self, a: int, lead) -> bool:
        """Is the surname at ``a`` written after a given name that is not the leader's ("Mike Sonko" for
        the table's Ousmane Sonko)? (:func:`geo.namesakes.other_given_name`)"""
        return other_given_name(self.text, a, lead.name,
                                lambda w: w in NOT_NAMES or w in _ADDRESS or w.lower() in ROLE_WORDS,
                                lambda wa, wb: self.place_kind(wa, wb) is not None or wa in self.by_start)

    def countries_near(self, pos: int) -> frozenset[str]:
        """The countries of the places named in the sentence of ``pos`` (before it) and the one before."""
        k = bisect_right(self.sentence_starts, pos) - 1
        start = self.sentences[max(0, k - 1)][0] if k >= 0 else 0
        return frozenset(m.country for m in self.by_start.values()
                         if start <= m.start < pos and m.country and m.kind != "demonym")

    def acts(self, a: int, b: int) -> bool:
        """Is the leader's one-word name at ``[a, b)`` that a town shares used as a person: followed by
        a possessive or a verb, not after a preposition ("Lula said", "Lula's visit"; not "in Santos")?"""
        return self.place_kind(a, b) == "city" and bool(_ACTS.match(self.text, b)) \
            and not _PLACE_PREP.search(self.text, max(0, a - 6), a)

    def windows(self, before: int, after: int) -> list[tuple[int, int]]:
        """Merged stretches of text around each title or honorific word (found in one pass), so
        the name patterns run on a few hundred characters instead of the whole document."""
        if (before, after) in self._windows:
            return self._windows[(before, after)]
        if self._hits is None:
            low = lower_text(self.text)
            size = len(low)
            # the automaton finds its words only where a word may start: each is checked as written (a word
            # found ending at ``end`` of the marked text starts at ``end - len(w)`` of the text and ends at ``end``)
            hits = [(p, w, n, windowed, office)
                    for end, ws in doc_words.hits(self.text, _TRIGGERS(), word_marks(self.text))
                    for w, n, windowed, office in ws for p in (end - n,)
                    if low.startswith(w, p) and (p == 0 or not low[p - 1].isalnum())
                    and (end >= size or not low[end].isalnum())]
            self._hits = [(p, p + n) for p, _, n, windowed, _ in hits if windowed]
            self._offices = sorted((p, w) for p, w, _, _, office in hits if office)  # geo.role_nouns' anchors
        out: list[tuple[int, int]] = []
        for a, b in sorted(self._hits):
            a, b = max(0, a - before), min(len(self.text), b + after)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        self._windows[(before, after)] = out
        return out

    def matches(self, pattern: re.Pattern[str], before: int, after: int):
        seen, text, anchors = set(), self.text, _anchors()
        name = _ANCHORED.get(id(pattern))
        for a, b in self.windows(before, after):
            if name is not None:
                found = anchors.finditer(name, text, a, b)  # tried only where a title or "the" starts
            elif pattern in (_POSSESSIVE, _STATE_OWNER) and text.find("'s", a, b) < 0 and text.find("’s", a, b) < 0:
                continue  # no possessive in the window
            elif pattern is _STATE_OWNER and not owned_by_state(text, a, b):
                continue  # no "kingdom's", "emirate's", ...: the pattern need not be tried at each character
            else:
                found = pattern.finditer(text, a, b)
            for m in found:
                if m.span() not in seen:
                    seen.add(m.span())
                    yield m

    def titled(self) -> None:
        text = self.text
        for m in self.matches(_TITLED, 80, 100):
            # "Minister of Transport, Highways, Ports and Civil Aviation Bimal Rathnayake": the words after the
            # office's comma are its fields, and the name closes the list
            office_end = m.end("of") if m.group("of") else m.end("title")
            fields = "," in text[office_end:m.start("name")]
            span = (name_after_fields(text, office_end) if fields else None) \
                or trim_name(text, m.start("name"), m.group("name"), self.place_kind)
            if span is None or text.count("\n", m.end("title"), span[0]) > (0 if m.group("title").isupper() else 1):
                continue  # a title ending a paragraph or a heading ("BY THE PRESS SECRETARY") names no one after it
            a, b = span
            if _PORTFOLIO_AFTER.match(text, b):
                continue  # "the Deputy Foreign Minister, Culture Minister and ...": a portfolio, no name
            if fields and " " not in text[a:b] and list_goes_on(text, b):
                continue  # "Minister of Transport, Highways, ...": a field of a list that names no one
            title = " ".join(m.group("title").lower().split())
            junior = _JUNIOR.search(text, max(0, m.start("title") - 12), m.start("title"))
            if junior and title.startswith("secretary"):
                title = "deputy secretary"  # "Deputy Secretary of State Kurt Campbell" is not the Secretary
            elif junior and f"deputy {title}" in ROLE_WORDS:
                title = f"deputy {title}"  # "Deputy Prime Minister Richard Marles" is not the Prime Minister
            role = ROLE_WORDS.get(title)
            # "Special Envoy for Afghanistan Zalmay Khalilzad": what an office is "for" is its brief, not its country
            country = self.country_of(m.group("of"), m.start("title")) \
                if m.group("of") and not text[m.end("title"):m.start("of")].strip().lower().startswith("for") else None
            country = country or country_before(text, m.start(), self.by_end, self.gaz) \
                or office_country(text, max(0, m.start() - 40), m.start("name")) or country_after(text, b, self.by_start)
            if role and _FORMER.search(text, max(0, m.start() - 40), m.start("title")):
                role = f"former {role}"  # "Former Kenyan President Uhuru Kenyatta" is not "the Kenyan president"
            if role == "pope":
                country = "VA"  # the Pope is the Holy See's head of state wherever he is
            overlap = self.found.overlapping(a, b)
            if overlap:
                for k in overlap:
                    entry = self.found[k]
                    entry["role"] = role or entry["role"]
                    entry["country"] = country or entry["country"]
                continue
            name = text[a:b]
            lead = self.index.find(written_name(name), self.on, role=role)
            self.found[(a, b)] = {"text": name, "leader": lead,
                                  "kind": "name" if len(name.split()) > 1 else "surname",
                                  "country": country or (lead.country if lead else None),
                                  "role": role or (lead.role if lead else None)}

    def honorific(self) -> None:
        text = self.text
        for m in self.matches(_HONORIFIC, 30, 100):
            if m.start() in self.by_start:
                continue  # "a Sri Lankan leader", "General Santos": a place or demonym, no form of address
            span = trim_name(text, m.start("name"), m.group("name"), self.place_kind)
            if span is None or self.found.overlapping(*span):
                continue
            a, b = span
            name = text[a:b]
            lead = self.index.find(written_name(name), self.on)
            self.found[(a, b)] = {"text": name, "leader": lead,
                                  "kind": "name" if len(name.split()) > 1 else "surname",
                                  "country": lead.country if lead else None,
                                  "role": lead.role if lead else None}

    def role_nouns(self) -> None:
        """"public diplomacy chief Karen Hughes", "Salman Ahmed, director of ...", "the President of
        Zambia, Hakende Hichilema": a name of two words or more beside an office in apposition or a
        lower-case noun of role (:mod:`geo.role_nouns`)."""
        text = self.text
        self.windows(80, 100)  # the offices are found in the same pass as the titles
        found = [(office, start, run, (o0, o1)) for office, start, run, o0, o1 in office_of_then_name(text, self._offices)]
        found += [("", start, run, (o0, o1)) for _, start, run, o0, o1 in name_then_country(text)
                  if any(o0 <= m.start < o1 and m.kind == "country" for m in self.mentions)
                  and not FEATURE_WORD.match(run)]  # "Adama Barrow (Gambia)", not "Lake Kivu (Rwanda)"
        found += [("", start, run, (o0, o1)) for _, start, run, o0, o1 in possessed_names(text, self.mentions)]
        found += [(noun, start, run, at) for noun, start, run, at in role_noun_names(text, self._offices)]
        found += [(noun, start, run, (o0, o1) if any(o0 <= m.start < o1 and m.kind == "country" for m in self.mentions)
                   else None) for noun, start, run, o0, o1 in appositive_role_names(text, self._offices)]
        # what an office is of ("Taneti Maamau, President of Kiribati"), or where a noun of role starts, after the
        # country it may be written after ("Mexican senator Ana Lopez", whose role is then "senator", no wildcard)
        for noun, start, run, of in found:
            span = trim_name(text, start, run, self.place_kind)
            if span is None or " " not in text[span[0]:span[1]].strip() or self.found.overlapping(*span):
                continue
            a, b = span
            name = text[a:b]
            lead = self.index.find(written_name(name), self.on)
            role = ROLE_WORDS.get(" ".join(noun.lower().split())) or (noun if isinstance(of, int) else None)  # a role
            country = country_before(text, of, self.by_end, self.gaz) if isinstance(of, int) else next(
                (m.country for m in self.mentions if of[0] <= m.start < of[1] and m.country), None) if of else None
            self.found[(a, b)] = {"text": name, "leader": lead, "kind": "name",
                                  "country": country or (lead.country if lead else None),
                                  "role": role or (lead.role if lead else None)}

    def descriptors(self) -> None:
        text = self.text
        openings = [m for s0, s1 in self.sentences if (m := _ADJ_TITLE.match(text, s0, s1))]
        for pattern in (_DESCRIPTOR, _POSSESSIVE, _STATE_OWNER, _BARE_TITLE, _ADJ_TITLE):
            for m in openings if pattern is _ADJ_TITLE else self.matches(pattern, 60, 60):
                a, b = m.span()
                if self.found.overlapping(a, b) or _ELECT.match(text, b):
                    continue  # "Indonesia's president-elect": not the office holder of today
                after = text[b:b + 40]
                after = after[m2.end():] if (m2 := MORE_FIELDS.match(after)) else after  # "... and Emigration Badr"
                if _NAME_AFTER.match(after) and not _NOT_NAME_AFTER.match(after) \
                        and not _PLACE_AFTER.match(after):
                    continue  # "the North Korean leader Kim Jong Un" is a titled name
                title = raw = " ".join(m.group("title").lower().split())
                if title in HEAD_ROLES and (title := held_title(text[a:m.start("title")], title, ROLE_WORDS)) is None:
                    continue  # "Kenya's former president", "the Kenyan deputy president": not the president of the day
                if f"top {title}" in ROLE_WORDS and text[max(a, m.start("title") - 4):m.start("title")].lower() == "top ":
                    title = f"top {title}"  # "Beijing's top envoy": the foreign minister, not an envoy
                # "the top American diplomat", "the chief US diplomat": the foreign minister of the day
                top = title == "diplomat" and re.search(r"(?i)\b(?:top|chief)\b", m.group(0)) is not None
                if pattern is _ADJ_TITLE:  # "Ethiopian Prime Minister has arrived in Asmara"
                    if (country := self.country_of(m.group("adj"), m.start("adj"))) is None:
                        continue
                elif pattern is _BARE_TITLE or pattern is _STATE_OWNER:
                    country = None  # "Secretary will then travel to Pristina": the secretary of this story
                elif pattern is _POSSESSIVE:
                    country = self.country_of(m.group("owner"), m.start())
                    if country is None:
                        continue
                else:
                    adj = m.group("adj")
                    words = adj.split() if adj else []
                    # "the Prime Minister", "the External Affairs Minister", "The Vice President": the adjective's last
                    # words are the title's (the title as written: "Vice" is not a country's adjective)
                    k = next((k for k in range(len(words)) if " ".join([*words[k:], raw]).lower() in ROLE_WORDS), None)
                    if k is not None:
                        title, adj = " ".join([*words[k:], raw]).lower(), " ".join(words[:k]) or None
                    if adj and same_holder(adj):
                        adj = None  # "the Acting Assistant Secretary", "the interim President": the office, not a country
                    country = self.country_of(m.group("of"), m.start("title")) if m.group("of") else None
                    if adj and country is None:
                        country = self.country_of(adj, m.start("adj"))
                        if country is None:
                            continue  # "the Security Council president": not a country's
                    if title == "diplomat" and country is None and not top:
                        continue  # "the diplomat" may be anyone; "the Russian diplomat" a Russian one named before
                    if country is None and (title in ("counterpart", "chief", "master", "strongman", "governor",
                                                      "speaker", "ambassador", "envoy", "adviser", "spokesman",
                                                      "spokeswoman", "spokesperson")
                                            or title == "leader" and "-year-old" not in m.group(0)
                                            or m.group(0)[:3].lower() != "the"):
                        continue  # "the leader", "his counterpart": too vague alone ("the 72-year-old leader" is not)
                if title == "prince" and country is None:
                    continue  # "the prince" alone may be any royal; "the Saudi prince" is the crown prince
                role = (institution_head(m.groupdict().get("adj"), title) or "leader") \
                    if title in ("master", "chief", "strongman") else "crown prince" if title == "prince" \
                    else "head of state" if title == "head of state" \
                    else ("foreign minister" if top else "diplomat") if title == "diplomat" else ROLE_WORDS.get(title)
                country = country or office_country(text, a, b)
                at = apposed_name_start(text, b)  # "the Minister of Foreign Affairs, the Honourable Hugh Todd": one person
                named = next((self.found[k] for k in self.found.overlapping(at, at + 1) if k[0] == at
                              and self.found[k]["kind"] in ("name", "surname")), None) if at is not None else None
                if named is not None and named["country"] in (None, country):
                    named["role"], named["country"] = named["role"] or role, named["country"] or country
                    continue
                self.found[(a, b)] = {"text": m.group(0), "leader": None, "kind": "descriptor",
                                      "country": country, "role": role}
                if _GUEST.search(m.group(0)):  # "the visiting president" is no one at home where the story is
                    self.found[(a, b)]["not_from"] = self.countries_near(a)
