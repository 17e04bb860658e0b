"""The first step of the ties: the countries a sentence names, each with its role.

A country is named by a place, a capital standing for its government ("Beijing said"), a demonym with an
office ("the Russian foreign minister"), a person of known country ("Putin") or a seat of power ("the
Kremlin"); :func:`find_spots` gives each one a role (see :mod:`geo.ties`):

* ``topic`` - talked about, not a party: "they discussed Libya", "the situation in Sudan";
* ``venue`` - where others meet: "at the summit in Nairobi";
* ``dest`` - where someone travels;
* ``party`` - every other one.

Neighbours of one country are merged and lists ("A, B and C") grouped. Which of the parties act on each other
is the next step's (:func:`geo.ties.ties_in_document`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from geo import doc_words
from geo.text import Anchors
from geo.ties.partners import PARTNER
from geo.topic_words import ABOUT, DEMONYM_TOPIC, DISCUSS, NAMED_TOPIC
from geo.visits.context import OWNS
from geo.wordlists import alternation

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer

__all__ = ["Spot", "find_spots", "role_words", "PAIR_GAP", "COMBINED"]

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s+as\s+well\s+as\s+)\s*"
                       r"(?:the\s+|(?<=and\s)(?:his|her|their)\s+)?")
#: Between the two countries of a pair written as one: "US-China", "Russia/Ukraine".
PAIR_GAP = re.compile(r"\s*[-–/]\s*")
_TOPIC = re.compile(
    r"\b(?:" + DISCUSS + r"|talk(?:s|ed)?\s+(?:about|on|over)|(?:views|consultations|discussions?|"
    r"dialogue|conversation|briefed|updated|informed|concerns?|remarks|comments|statement)\s+(?:[\w’'\-]+\s+){0,2}?"
    + alternation(("on",) + ABOUT) + r"|situation\s+(?:in|on|around)|crisis\s+(?:in|on)|"
    r"developments\s+in|issues?\s+of|question\s+of|future\s+of|peace\s+(?:in|process\s+in)|security\s+in|"
    r"stability\s+in|elections?\s+in|(?:reconstruction|governance|status|fate|rebuilding)\s+of|regarding|concerning|such\s+as|including|"
    r"refugees\s+from|ranging\s+from\s+(?:[\w’'\-]+\s+){0,3}?to|(?:settlement|solution|end|resolution|ceasefire|peace|truce)\s+(?:of|to|for|in)\s+"
    r"(?:the\s+)?(?:war|conflict|crisis|fighting|situation|hostilities)\s+(?:in|on|over|around)|"
    r"\b(?:on|about|over)\s+the\s+(?:civil\s+)?(?:war|conflict|fighting|violence)\s+in)"  # "talks ... on the civil war in"
    r"\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
_DEST = re.compile(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trips?\s+to|tour(?:s|ed|ing)?(?:\s+of)?|travel\w*\s+(?:on\s+)?to|"
    r"fl(?:y|ies|ew|own|ying)\s+(?:on\s+)?to|head\w*\s+(?:on\s+|next\s+)?to|arriv\w*\s+(?:in|at)|"
    r"land\w*\s+in|return\w*\s+(?:home\s+)?(?:to|from)|go(?:es|ing)?\s+(?:on\s+)?to|went\s+(?:on\s+)?to|"
    r"leav\w*\s+for|left\s+(?:for)?|depart\w*\s+(?:for|from)?|en\s+route\s+to|stop(?:over|s|ped)?\s+in|"
    r"journey\s+to|way\s+to|continu\w*\s+(?:on\s+)?to|then\s+(?:on\s+)?to|onward\s+to|legs?\s+(?:in|to)|"
    r"from)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
_VENUE = re.compile(r"(?=[abfhimnostvw])\b(?:in|at|near|inside|outside|across|throughout|into|within|around|sidelines\s+of|"
                    r"margins\s+of|venue|hosted\s+in|borders?\s+with|frontier\s+with)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
_PARTY_IN = re.compile(r"\b(?:invest\w*|involvement|interference|intervention|war|invasion|offensive|aggression|"
                       r"targets|"
                       r"operations?|attacks?|strikes?|presence|troops|forces|embassy|ambassador|stakes?|"
                       r"interests?|meddling|incursion)\s+(?:in|into|on)\s+(?:the\s+)?$", re.I)
_ORG_OFFICE = re.compile(
    r"\b(?:NATO|UN|U\.N\.|EU|E\.U\.|IMF|WHO|OSCE|ASEAN|OPEC|African\s+Union|Arab\s+League|World\s+Bank|"
    r"(?:United\s+Nations|European\s+Commission|European\s+Council|Pacific\s+Islands\s+Forum)(?:['’]s?)?)\s+"
    r"(?:chief|head|boss|secretary[- ]general|president|commissioner|envoy|spokes(?:man|woman|person)|"
    r"high\s+representative|director[- ]general|chair(?:man|woman)?)\s+$|"
    r"\bsecretary[- ]general\s+of\s+(?:the\s+)?[A-Z][\w\s]{0,40}?,?\s*$", re.I)
_ORG_TITLES = ("chief", "head", "boss", "general", "president", "commissioner", "envoy", "spokesman",
               "spokeswoman", "spokesperson", "representative", "chair", "chairman", "chairwoman", ",")
_ORG_TITLE_ENDS = frozenset(t[-1] for t in _ORG_TITLES)  # a cheap look before the tail test
_NAMES_TOPIC = re.compile(r"\s+" + alternation(NAMED_TOPIC) + r"\b", re.I)
#: "From" after what a country sends or does, not after a trip: "diplomats from the Netherlands", "military
#: equipment from Moscow", "further hostile steps from London".
_FROM_PARTY = re.compile(r"(?=[abdegimopstw])(?:\b(?:diplomats|envoys|ambassadors?|officials|staff|equipment|weapons|arms|imports|steps|"
                         r"oil|gas|drones|missiles|support|pressure|threats?|troops)|"
                         r"\b(?:buy|buys|bought|buying|purchas\w*|import\w*|acquir\w*|order\w*)\b[^,.;]{0,50})"
                         r"\s+from\s+(?:the\s+)?$", re.I)
#: What a demonym names when it is a topic, not an actor: "Afghan stability", "the Syrian crisis".
_DEMONYM_TOPIC = re.compile(r"\s+" + alternation(DEMONYM_TOPIC) + r"\b", re.I)
#: Combining forms that name a country before a hyphen and a demonym ("Sino-Russian").
_COMBINING_FORMS = {"franco": "FR", "sino": "CN", "russo": "RU", "anglo": "GB", "indo": "IN", "italo": "IT",
                    "turco": "TR", "greco": "GR", "hispano": "ES", "luso": "PT", "nippo": "JP", "japano": "JP",
                    "germano": "DE", "polono": "PL", "austro": "AT", "irano": "IR", "serbo": "RS"}
_COMBINING_FIRST = "(?=[" + "".join(sorted({form[0] for form in _COMBINING_FORMS})) + "])"  # tested first: searched
_COMBINING = re.compile(_COMBINING_FIRST + r"\b(" + "|".join(_COMBINING_FORMS) + r")-$", re.I)
#: A combining form before a hyphen and a capital: "Sino-Russian", "Franco-German".
COMBINED = re.compile(_COMBINING_FIRST + r"\b(?:" + "|".join(_COMBINING_FORMS) + r")-[A-Z]", re.I)
_PRONOUN_SUBJECT = {"he", "she", "He", "She"}
# compiled once, not looked up in re's cache at each spot and pair
_SAME_ACTOR_GAP = re.compile(r"[\s\w.’'\-]{0,40}")
#: A title between a country and a person: "US Secretary of State Anthony Blinken".
_TITLE_GAP = re.compile(r"\s+(?:(?:[A-Z][\w.’'\-]*|of|for|the)\s+)*[A-Z][\w.’'\-]*\s+")
_JOINER = re.compile(r"\b(?:and|or|with|to|of|by|against)\b")


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def role_words() -> Anchors:
    """The patterns that give a country its role (and find "the two countries"), with the words their
    matches start with."""
    return Anchors({
        "topic": (_TOPIC, ("discuss", "talk", "views", "consultations", "dialogue", "conversation", "briefed",
                           "on the civil", "on the war", "on the conflict", "about the war", "over the war",
                           "updated", "informed", "concern", "remarks", "comments", "statement", "situation",
                           "crisis", "developments", "issue", "question", "future", "peace", "security",
                           "stability", "election", "reconstruction", "governance", "status", "fate",
                           "rebuilding", "regarding", "such", "including",
                           "refugees", "ranging", "settlement", "solution", "end", "resolution", "ceasefire", "truce")),
        "dest": (_DEST, ("visit", "trip", "tour", "travel", "fl", "head", "arriv", "land", "return", "go", "went",
                         "leav", "left", "depart", "en", "stop", "journey", "way", "continu", "then", "onward",
                         "leg", "from")),
        "venue": (_VENUE, ("in", "at", "near", "outside", "across", "throughout", "within", "around", "sidelines",
                           "margins", "venue", "hosted", "border", "frontier")),
        "party_in": (_PARTY_IN, ("invest", "involvement", "interference", "intervention", "war", "invasion", "targets",
                                 "offensive", "aggression", "operation", "attack", "strike", "presence", "troops",
                                 "forces", "embassy", "ambassador", "stake", "interest", "meddling", "incursion")),
        "partner": (PARTNER, ("the", "both", "bilateral", "each")),
    }, shared="ties.roles")


@dataclass(slots=True)
class Spot:
    """A country a sentence names, where it is named, its role and how it is named (see the module)."""

    start: int
    end: int
    country: str
    role: str          # party, topic, venue, dest
    kind: str          # place, person, seat
    group: int = -1    # coordination group ("A, B and C")


def _capital_name(gazetteer: Gazetteer | None, code: str) -> str | None:
    try:
        cap = gazetteer.capital(code) if gazetteer is not None else None
    except Exception:  # a gazetteer of another make
        cap = None
    return cap.name if cap is not None else None


def find_spots(text: str, s0: int, s1: int, places, people, landmarks,
           gazetteer: Gazetteer | None, capitals: dict[str, str | None] | None = None) -> list[Spot]:
    """The countries a sentence names, each with its role, same-country neighbours merged.

    ``capitals`` keeps the capitals' names looked up so far (by country code), for the next sentence.
    """
    raw: list[Spot] = []
    capitals = {} if capitals is None else capitals
    for m in places:
        if not m.country or m.kind in ("region", "other", "host"):
            continue
        kind = "place"
        if m.kind in ("city", "admin") and m.country not in capitals:
            capitals[m.country] = _capital_name(gazetteer, m.country)
        if m.kind == "admin" and capitals[m.country] != m.name:
            continue  # a province; but one named as the capital ("Pyongyang", "Beijing") is the capital
        if m.kind == "city" and capitals[m.country] != m.name:
            raw.append(Spot(m.start, m.end, m.country, "venue", kind))
            continue
        raw.append(Spot(m.start, m.end, m.country, "", kind if m.kind != "demonym" else "demonym"))
        combined = _COMBINING.search(text, max(s0, m.start - 10), m.start) \
            if m.kind == "demonym" and text[m.start - 1:m.start] == "-" else None
        if combined and _COMBINING_FORMS[combined.group(1).lower()] != m.country:
            # "Franco-German relations", "Sino-Indian talks": the first country is named by its combining form
            raw.append(Spot(combined.start(1), combined.end(1), _COMBINING_FORMS[combined.group(1).lower()], "",
                             "demonym"))
    for p in people:
        if not p.country or (p.kind == "pronoun" and p.text not in _PRONOUN_SUBJECT):
            continue
        if p.start - s0 > 4 and text[p.start - 2] in _ORG_TITLE_ENDS and \
                text[max(s0, p.start - 22):p.start].rstrip().lower().endswith(_ORG_TITLES) and \
                _ORG_OFFICE.search(text, max(s0, p.start - 50), p.start):
            continue  # "NATO chief Jens Stoltenberg" speaks for NATO, not for Norway
        raw.append(Spot(p.start, p.end, p.country, "party", "person"))
    for a, b, lm in landmarks:
        if s0 <= a < s1 and lm.seat:
            raw.append(Spot(a, b, lm.country, "party", "seat"))
    raw.sort(key=lambda s: (s.start, -s.end, s.kind != "seat"))  # a seat of power before the place it names
    roles = role_words()  # their words found in the one pass over the document (geo.doc_words)
    for s in raw:
        if s.role:
            continue
        a = max(s0, s.start - 60)  # the lead: the words before the country
        if text[s.start - 4:s.start].lower() == "the " and _NAMES_TOPIC.match(text, s.end):
            s.role = "topic"  # "since the Ukraine conflict", "the Colombian conflict", "the Iran question"
        elif s.kind == "demonym" and _DEMONYM_TOPIC.match(text, s.end):
            s.role = "topic"  # "cooperation on counterterrorism and Afghan stability": what is talked about
        elif s.kind == "demonym":
            s.role = "party"  # "the Belarusian military": an actor, wherever it stands
        elif roles.search_in("topic", text, a, s.start):
            s.role = "topic"  # "discussed Libya's elections"
        elif OWNS.match(text, s.end, s.end + 3):
            s.role = "party"  # "in Russia's drills": an owner, not a place
        elif roles.search_in("dest", text, a, s.start) and not _FROM_PARTY.search(text, a, s.start):
            s.role = "dest"
        elif roles.search_in("venue", text, a, s.start) and not roles.search_in("party_in", text, a, s.start):
            s.role = "venue"
        else:
            s.role = "party"
    # one actor named twice in a row: "Russian President Vladimir Putin", "the Kremlin's Peskov"
    out: list[Spot] = []
    for s in raw:
        prev = out[-1] if out else None
        if prev is not None and s.start < prev.end:
            continue  # a place inside a name, or a seat inside a place
        if prev is not None and prev.country == s.country and prev.role == s.role and \
                _SAME_ACTOR_GAP.fullmatch(text[prev.end:s.start]) and \
                (not _JOINER.search(text[prev.end:s.start]) or _TITLE_GAP.fullmatch(text, prev.end, s.start)):
            prev.end = s.end
            prev.kind = "person" if "person" in (prev.kind, s.kind) else prev.kind
            continue
        out.append(s)
    # a list shares its first member's role: "visits to Japan, South Korea and China", "strikes across
    # Syria, Iraq and Yemen", "leaders from Russia, India and Brazil" name no parties
    for a, b in zip(out, out[1:]):
        if a.role in ("dest", "venue", "topic") and b.role == "party" and b.kind == "place" and \
                _LIST_GAP.fullmatch(text, a.end, b.start) and not OWNS.match(text, b.end, b.end + 3):
            b.role = a.role
    group = 0
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.role == b.role == "party" and (_LIST_GAP.fullmatch(text, a.end, b.start)
                                            or PAIR_GAP.fullmatch(text, a.end, b.start)):
            if "-" in text[a.end - 1:a.end + 1] and not PAIR_GAP.fullmatch(text, a.end, b.start):
                continue  # "Egyptian- and Qatari-mediated talks": two words of one modifier, not two parties
            if i + 1 < len(out) and out[i + 1].role == "party" and out[i + 1].start - b.end < 40 and \
                    OWNS.match(text, b.end, b.end + 3) and "," not in text[b.end:out[i + 1].start]:
                continue  # "India and Saudi Arabia's arch-rival Iran": the owner names the next party
            if a.group < 0:
                group += 1
                a.group = group
            b.group = a.group
    if group:
        _trim_lists(text, out)
    return out


_CONJUNCTION = re.compile(r"\b(?:and|or|as\s+well\s+as)\b|&|[-–/]")


def _trim_lists(text: str, spots: list[Spot]) -> None:
    """Drop from each list the members after its last conjunction joined by a bare comma: "A, B and C"
    ends with "and", while in "conflict with Russia, the U.S. State Department said" or "between China and
    the Solomon Islands, the White House said" the comma starts another clause."""
    members: dict[int, list[Spot]] = {}
    for s in spots:
        if s.group >= 0:
            members.setdefault(s.group, []).append(s)
    for ms in members.values():
        while len(ms) > 1 and not _CONJUNCTION.search(text, ms[-2].end, ms[-1].start):
            ms.pop().group = -1
        if len(ms) == 1:
            ms[0].group = -1
