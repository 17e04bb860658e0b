"""Visits from text: the travel cues, one small function per family.

The public entry points are :func:`geo.events.document_events` and
:func:`geo.events.extract_visits`; this module reads one document:

* sentences, clauses, datelines and negation come from :mod:`geo.text`;
* people, titles and who "he" or "the president" is from :mod:`geo.people`;
* the visit's day from :func:`geo.dates.visit_date`, its status from
  :func:`geo.status.visit_status`.

A cue family finds *hits*: a traveller, the places visited and the words
that say so. The families are travel verbs and nouns ("arrived in", "will
travel to", "a visit to", "left for", "en route to", "landed Jakarta"),
"here" under a dateline, attendance ("will attend the ASEAN summit in
Jakarta", "At the NATO meeting in Vilnius, the chancellor said"), hosting
("X hosted Y", "Y was received by X"), meetings ("X met Y in Z"), a place
first ("In Ashgabat, Mr Putin will ...") and headlines ("Putin in
Tajikistan"). Every visit records its family, the date rule and how its
traveller was named in ``how``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from geo.dates import visit_date
from geo.landmarks import find_landmarks
from geo.people import ROLE_WORDS, Person
from geo.reading import Reading, read_document
from geo.status import cancel_in, is_cancelled, just_arrived, tense, visit_status, was_planned
from geo.text import Anchors, Spans, clauses, lower_text, negated
from geo.values import Document, Evidence, Mention, Visit

__all__ = ["visits_in_document", "Hit", "find_hits", "sentence_triggers"]

# --------------------------------------------------------------------------- cue words

_ROLE = "|".join(sorted((re.escape(t) for t in ROLE_WORDS), key=len, reverse=True))
_VERB = (
    r"arriv(?:e|es|ed|ing)\s+(?:in|at|into)|land(?:s|ed|ing)?\s+(?:in|at)|touch(?:es|ed)?\s+down\s+in|"
    r"reach(?:es|ed)?|fl(?:y|ies|ew|own|ying)\s+(?:on\s+)?(?:in)?to|"
    r"travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?(?:on\s+)?to|"
    r"(?:go|goes|went|gone|going|head|heads|headed|heading|return|returns|returned|returning|"
    r"proceed|proceeds|proceeded|proceeding|continu(?:e|es|ed|ing)|move[sd]?|moving|jet(?:s|ted)?|"
    r"fly|flies|flew|travel(?:s|led|ed)?)\s+(?:(?:on|next|then|later|onward|onwards|straight|directly)\s+)?"
    r"(?:on\s+)?(?:to|into)|"
    r"(?:leave|leaves|left|leaving|depart|departs|departed|departing|set(?:s|ting)?\s+off|"
    r"set(?:s|ting)?\s+out|embark(?:s|ed|ing)?)\s+for|"
    r"en\s+route\s+to|on\s+(?:his|her|their|the)\s+way\s+to|bound\s+for|"
    r"cross(?:es|ed|ing)?\s+(?:over\s+)?into|"
    r"(?:is|are|was|were|be)\s+(?:still\s+|also\s+|now\s+)?(?:due|expected|scheduled|set|slated)\s+"
    r"(?:to\s+(?:arrive|be)\s+)?(?:in|at)|"
    r"visit(?:s|ed|ing)?(?!\s+(?:to|by|of|since|was|is|has|had|will|marked|included|comes|came|follows|"
    r"would|could|should|wa)\b)|"
    r"tour(?:s|ed|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"stop(?:s|ped|ping)?\s+(?:over\s+|off\s+)?in|stopover\s+in|"
    r"(?:begin|begins|began|start|starts|started)\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}?in|"
    r"(?P<be>(?:is|are|was|were|be|been|am)\s+(?:currently\s+|now\s+|already\s+|still\s+|back\s+)?"
    r"(?:in|at))")
_NOUN = (r"(?:visit|visits|trip|trips|tour|journey|arrival|stopover|stop|stops|stay|stays|voyage|mission|swing|"
         r"leg|engagements)(?:\s+(?:was|is|will\s+be)(?=\s+(?:in|to)\b))?"
         r"(?:\s+(?:by|of)\s+(?P<by>[^,.;:]{1,60}?)\s+(?:to|in|of)|"
         r"\s+(?:(?:as|of)\s+[\w\s]{1,30}?\s+)?(?:to|in|of|through))(?=\s)")
_CUE = re.compile(r"(?P<verb>\b(?:" + _VERB + r")\b)|(?P<noun>\b" + _NOUN + r")", re.I)
_BARE_LAND = re.compile(r"\b(?:landed|arrived|arrives|lands|reached)\s+(?=(?-i:[A-Z]))", re.I)
_HERE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)?|visit(?:s|ed|ing)?|(?:is|are|was|were|be)"
                   r"(?:\s+back)?)\s+(?:here|in\s+the\s+(?:country|capital|city|kingdom))\b|"
                   r"\b(?:visit|trip|stay|arrival)\s+(?:here|to\s+the\s+(?:country|kingdom))\b", re.I)
_EVENT = (r"(?:summit|meeting|conference|forum|talks|session|assembly|ceremony|inauguration|funeral|"
          r"games|olympics|parade|celebrations?|gathering|ministerial|dialogue|consultations|"
          r"negotiations|convention|congress|council|meetings|G-?20|G-?7|G-?8|COP\s?\d+|expo|"
          r"world\s+cup|anniversary|commemorations?|festivities|jubilee|coronation|wedding|"
          r"signing|exercises)")
_ATTEND = re.compile(r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|take[sn]?\s+part\s+in|"
                     r"took\s+part\s+in|taking\s+part\s+in|join(?:s|ed|ing)?|address(?:es|ed|ing)?|"
                     r"host(?:s|ed|ing)?|chair(?:s|ed|ing)?|speak(?:s|ing)?\s+at|spoke\s+at|"
                     r"co-?chair(?:s|ed|ing)?|lead(?:s|ing)?|led)\s+(?:an?\s+|the\s+)?"
                     r"(?P<event>[^.;:]{0,60}?\b" + _EVENT + r"\b)", re.I)
_AT_EVENT = re.compile(r"(?:^|[,;]\s*)(?:At|On\s+the\s+sidelines\s+of|During|On\s+the\s+margins\s+of)\s+"
                       r"(?:an?\s+|the\s+)?[^,.;:]{0,60}?\b" + _EVENT + r"\b", re.I)
_HOSTED_BY = re.compile(r"\b(?:hosted|received|welcomed|greeted|visited|met)(?:\s+(?:at|in|on|upon)\s+"
                        r"[^,.;]{1,40}?)?\s+by\s+", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_HOST = re.compile(r"\b(?:received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|hosted|"
                   r"hosts|host|hosting|greeted|greets|greet)\s+(?!by\b)(?:(?:his|her|their|the)\s+"
                   r"(?:visiting\s+)?(?:\w+\s+)?counterpart,?\s+)?")
_MET = re.compile(r"\b(?:met|meet|meets|meeting|talks|held\s+talks|hold\s+talks|holds\s+talks|"
                  r"sat\s+down|conferred)\s+(?:with\s+)?")
_IN_FIRST = re.compile(r"(?:^|[,;]\s*(?:(?:while|and|but|when)\s+)?|\b(?:while|when|whilst)\s+)"
                       r"(?:[Ii]n|[Aa]t|[Ff]rom)\s+")
_LOOSE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|expected|headed|heading|flew|flies|travelled|traveled)\b",
                    re.I)
_LOOSE_STOP = re.compile(r"\b(?:which|where|who|whose|while|although|because|that|but)\b|[.;:…]", re.I)
_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
             r"May|June|July|August|September|October|November|December)\b")
_PREP_BEFORE = re.compile(r"\b(?i:with|by|to|from|for|against|between|among|including|alongside|than|"
                          r"like|on|about|of|toward|towards|via|invited|invites|invite|"
                          r"inviting|told|tells|urged|urges|asked|asks|thanked|thanks|called)\s+"
                          r"(?:(?i:the|his|her|their|its|a|an)\s+)?(?:(?:(?!" + _CALENDAR + r")[A-Z][\w\-.’']*|"
                          r"(?i:" + _ROLE + r"))\s+){0,4}$")
_TITLE_TAIL = re.compile(r"(?:[A-Z][\w.’'\-]*\s+)*(?i:" + _ROLE + r")(?:\s+(?i:of|for)\s+(?:the\s+)?"
                         r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*)?\s+(?:\([A-Z]{2,6}\)\s+)?"
                         r"(?:[A-Z][\w.’'\-]*\.?\s+)*$")
_TITLE_GAP = re.compile(r"(?:(?:(?i:the|his|her|their|visiting|" + _ROLE + r")|[A-Z][\w.’'\-]*|of|\([A-Z]+\))"
                        r",?\s+)*")
_REPORT = re.compile(r"\b(?:said|says|announced|announces|told|tells|reported|stated|confirmed|added|"
                     r"noted|declared|quoted|wrote|tweeted|according\s+to|believes?|hopes?|thinks?|"
                     r"expects?|insisted|warned|stressed|explained)\b(?:\s+that\b)?", re.I)
_DENIED = re.compile(r"[^.;:]{0,25}?\b(?:is|are|was|were|will\s+be)\s+(?:not|no\s+longer|never)\s+"
                     r"(?:planned|scheduled|expected|envisaged|foreseen|on\s+the\s+(?:agenda|cards|itinerary)|"
                     r"part\s+of|included)\b", re.I)
_BREAK = re.compile(r";|\s[-–—]\s|\bbut\b|\bwhile\b|\bwhereas\b")
_RELATIVE = re.compile(r"[,(]\s*who\s+(?:[\w’'\-]+\s+){0,5}$")
_PARENTHETICAL = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]{0,120},")

_GAP_WORD = re.compile(r"[\w\-]+")
_SENTENCE_MARK = re.compile(r"[.;:!?]")
_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)\s*(?:,\s*|\s+and\s+)?")
_LIST_BREAK = re.compile(r"[.;:!?()\"“”]")
_COMMA = re.compile(r"[,;]")
_OWN_SUBJECT = re.compile(r"\b(?:it|they|we|the\s+\w+\s+(?:said|says))\b", re.I)
_NEW_VERB_PHRASE = re.compile(r"\b(?:and|then|before|after|as)\b\s*$")
_COMMA_AT_END = re.compile(r"[,;]\s*$")
_WITH_OBJECT = re.compile(r"\b(?:met|meets|with|called|hosted|received|welcomed)\b")
_TENSE_BREAK = re.compile(r";|\b(?:but|after|before|since)\b|(?<!will )(?<!would )(?<!shall )\bthen\b", re.I)

_FILLER = {"the", "new", "capital", "city", "of", "its", "his", "her", "their", "town",
           "neighbouring", "neighboring", "state", "republic", "ally", "closest", "nearby", "and",
           "or", "then", "also", "to", "in", "on", "park", "region", "former", "central", "resort",
           "northern", "southern", "eastern", "western", "official", "working", "state-run", "tiny",
           "oil-rich", "gas-rich", "port", "border", "finally", "later", "next", "onward", "on", "via",
           "southeast", "southwest", "northeast", "northwest", "east", "west", "north", "south",
           "commercial", "coastal", "historic", "island", "nation", "kingdom", "holy", "ancient",
           "economic", "bustling", "gulf", "arab", "african", "asian", "european", "latin",
           "american", "pacific", "caribbean", "himalayan", "landlocked", "war-torn", "conflict-hit",
           "conflict-torn", "strife-torn", "embattled", "emirate", "emirates", "territory"}
_STOP = {"where", "since", "which", "who", "when", "while", "after", "before", "during", "for",
         "with", "because", "although", "though", "whose", "that", "than", "not", "without", "from"}

# --------------------------------------------------------------------------- hits


@dataclass(slots=True)
class Hit:
    """One visit found at a cue, before its status and dates are read."""

    traveller: Person | None
    places: list[Mention]
    cue_start: int
    cue_end: int
    tense_window: tuple[int, int]
    confidence: float
    cue: str


@dataclass(slots=True)
class _Context:
    """What every cue family may look at in one sentence."""

    doc: Document
    s0: int
    s1: int
    ms: list[Mention]
    people: list[Person]
    focus_before: Callable[[], Person | None]
    title_line: bool
    here: Mention | None
    _starts: list[int] | None = None

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def focus(self) -> Person | None:
        """The person the story was about before this sentence (worked out when a cue asks)."""
        return self.focus_before()

    def people_between(self, a: int, b: int) -> list[Person]:
        """The sentence's people that start in ``[a, b)`` (a binary search, not a scan)."""
        from bisect import bisect_left

        if self._starts is None:
            self._starts = [p.start for p in self.people]
        return self.people[bisect_left(self._starts, a):bisect_left(self._starts, b)]


class _Focus:
    """Before each sentence, the person the story is about: the first eligible person of the latest
    sentence that names one. Most sentences never ask, so each is worked out when asked."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[list[Person]]):
        self.text, self.sentences, self.people_of = text, sentences, people_of
        self._first: dict[int, Person | None] = {}

    def first(self, k: int) -> Person | None:
        if k not in self._first:
            s0 = self.sentences[k][0]
            self._first[k] = next((p for p in self.people_of[k] if p.name and _eligible(self.text, p, s0)), None)
        return self._first[k]

    def before(self, k: int) -> Person | None:
        for j in range(k - 1, -1, -1):
            p = self.first(j)
            if p is not None:
                return p
        return None


def _start(m: Mention) -> int:
    return m.start


def _chain(text: str, ms: Sequence[Mention], pos: int, limit: int, *, first_gap: int = 4,
           allow_comma_first: bool = False) -> list[Mention]:
    """Places listed right after ``pos``: "China, Belarus and Uzbekistan", "Tajikistan's capital Dushanbe"."""
    from bisect import bisect_left

    out: list[Mention] = []
    cur = pos
    for i in range(bisect_left(ms, pos, key=_start), len(ms)):  # a long sentence costs no more
        m = ms[i]
        if m.start >= limit:
            break
        if m.start < cur:
            continue
        gap = text[cur:m.start]
        words = _GAP_WORD.findall(gap.replace("’s", " ").replace("'s", " "))
        lw = [w.lower() for w in words]
        if m.kind == "demonym":  # "the Tajik capital of Dushanbe": a demonym is filler, not a place
            if len(words) <= (first_gap if not out else 3) and not set(lw) & _STOP \
                    and not _SENTENCE_MARK.search(gap):
                cur = m.end
                continue
            break
        if out and m.country == out[-1].country and _OPENS.fullmatch(gap):
            cur = m.end  # "London (United Kingdom)": the city's own country
            continue
        if _CLOSES.fullmatch(gap):
            gap = ","  # "New York City (USA), Brisbane": on to the next
        elif _LIST_BREAK.search(gap) or (not out and "," in gap and not allow_comma_first):
            break
        if set(lw) & _STOP:
            break
        if not out:
            if len(words) > first_gap or any(w not in _FILLER for w in lw):
                break
        elif len(words) > 3:
            break
        if m.country is None:
            cur = m.end
            continue
        out.append(m)
        cur = m.end
    return out


def _eligible(text: str, p: Person, s0: int) -> bool:
    """Can ``p`` be the subject of what follows? Not after a preposition or inside "who ...,"."""
    return bool(p.name) and _free(text, p.start, s0, p.kind == "pronoun")


@lru_cache(maxsize=64)  # each cue of a sentence asks again about the same people
def _free(text: str, start: int, s0: int, pronoun: bool) -> bool:
    lead = _TITLE_TAIL.sub("", text[max(s0, start - 80):start])  # "Secretary of State Clinton"
    return not _PREP_BEFORE.search(lead) or pronoun and not re.search(
        r"\b(?:with|by|to|from|for)\s+$", lead, re.I)


_WINDOW = 300  # characters before a cue where its subject is looked for


def _subject(ctx: _Context, pos: int) -> tuple[Person | None, float]:
    """The person the clause ending at ``pos`` is about.

    The first eligible person after the last clause break or reporting verb
    ("Putin said Xi will visit": Xi), skipping relative clauses ("Kerry, who met
    Santos, flew": Kerry); else the subject after an opening phrase ("Arriving in
    Tashkent, Putin ..."); else ``None``. Only the 300 characters before the cue
    are read, so a sentence of any length costs the same per cue.
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    w0 = max(s0, pos - _WINDOW)
    near = ctx.people_between(w0, pos)
    rel = _RELATIVE.search(text, w0, pos)
    if rel is not None:  # "Wang Yi, who will meet Sogavare in Honiara": the one "who" stands for
        ante = [p for p in near if p.name and p.end <= rel.start() and not _COMMA.search(
            text, p.end, rel.start())]
        if ante:
            return ante[-1], 0.9
    hidden = Spans((m.start(), m.end()) for m in _PARENTHETICAL.finditer(text, w0, pos))
    start = w0
    for m in _cues().finditer("report", text, w0, pos):
        if any(p.start >= m.end() and p.end <= pos and p.name for p in near):
            start = max(start, m.end())
    for m in _BREAK.finditer(text, w0, pos):
        start = max(start, m.end())
    cands = [p for p in near if start <= p.start and p.end <= pos and not hidden.overlaps(p.start, p.end)
             and _eligible(text, p, s0)]
    if not cands and start > s0 and not _OWN_SUBJECT.search(text[start:pos]):
        # a clause with no subject of its own shares the sentence's: "visited Ankara, but a trip to ..."
        cands = [p for p in ctx.people[:3] if p.end <= start and not hidden.overlaps(p.start, p.end)
                 and _eligible(text, p, s0)][:1]
    if cands:
        # the subject comes first; a later person is an object unless a new verb phrase began
        p = cands[0]
        for q in cands[1:]:
            gap = text[p.end:q.start]
            if _NEW_VERB_PHRASE.search(gap) or _COMMA_AT_END.search(gap) and not _WITH_OBJECT.search(gap):
                p = q
        return p, (0.85 if p.kind in ("pronoun", "descriptor") else 1.0)
    after = [p for p in ctx.people_between(pos, min(s1, pos + _WINDOW)) if p.name and p.kind != "pronoun"][:1]
    if after and "," in text[pos:after[0].start] and "," not in text[w0:pos] and re.fullmatch(
            r"\s*(?:(?:the|[A-Z][\w\-.]*)\s+){0,5}",
            text[text.rfind(",", pos, after[0].start) + 1:after[0].start]):
        return after[0], 0.75
    return None, 0.0


def _synthetic(doc: Document, a: int, b: int, country: str, name: str | None = None) -> Mention:
    """A host place that is not a gazetteer mention (a host's country, a landmark's city)."""
    return Mention(doc.id, a, b, doc.text[a:b], name or doc.text[a:b], None, None, country, None,
                   "host", 0.5)


# --------------------------------------------------------------------------- cue families

def _travel(ctx: _Context, hits: list[Hit]) -> None:
    """Travel verbs and nouns followed by places: "arrived in Tashkent", "trips to China and Belarus"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("cue", text, s0, s1):
        c0, c1 = m.span()
        if negated(text, s0, c0):
            continue
        places = _chain(text, ctx.ms, c1, s1)
        if not places or _DENIED.match(text, places[-1].end, s1):
            continue  # "a stop in Turkey is not planned"
        if m.group("be"):  # "Putin is in Beijing": only right after the person, not "he said X was in Y"
            near = [p for p in ctx.people_between(c0 - 80, c0) if p.name and p.end <= c0 and c0 - p.end <= 25
                    and not _COMMA.search(text, p.end, c0) and len(text[p.end:c0].split()) <= 2
                    and not _REPORT.search(text[p.end:c0])]
            if not near:
                continue
        by = m.group("noun") and m.group("by")
        owner = [p for p in ctx.people_between(m.start("by"), m.end("by")) if p.name] if by else []
        if by and not owner:
            continue  # "continued his visit by conducting meetings in Kenya": no visit by anyone there
        possessive = [p for p in ctx.people_between(c0 - 80, c0) if p.name and p.end <= c0 and re.fullmatch(
            r"['’]s?\s+(?:[\w\-]+\s+){0,3}", text[p.end:c0])] if m.group("noun") else []
        if owner:
            trav, conf = owner[0], 1.0
        elif possessive:
            trav, conf = possessive[-1], 0.95
        else:
            trav, conf = _subject(ctx, c0)
        if trav is None and ctx.focus is not None and len(text[s0:c0].split()) <= 3:
            trav, conf = ctx.focus, 0.7  # "Planned visit to North Korea": the article's traveller
        w0 = max(s0, c0 - 80)
        breaks = [b.end() for b in _TENSE_BREAK.finditer(text[w0:c0])]
        w0 = w0 + breaks[-1] if breaks else w0
        stop = re.search(r",\s*(?:but|while|whereas|although|though|and\s+(?:no|not))\b|;", text[places[-1].end:
                                                                                         places[-1].end + 40])
        w1 = places[-1].end + (stop.start() if stop else 40)
        hits.append(Hit(trav, places, c0, places[-1].end, (w0, min(s1, w1)), 0.9 * conf,
                        "travel-noun" if m.group("noun") else "travel"))
        _onward(ctx, hits, trav, places[-1].end, w0, 0.85 * conf)
    for m in _cues().finditer("includes", text, s0, s1):  # "a tour that includes stops in Singapore and Vietnam"
        places = _chain(text, ctx.ms, m.end(), s1)
        if not places or negated(text, s0, m.start()):
            continue
        owner = [p for p in ctx.people_between(m.start() - 80, m.start()) if p.name and p.end <= m.start()
                 and re.fullmatch(
            r"['’]s?\s+(?:[\w\-]+\s+){0,3}", text[p.end:m.start()])]
        trav, conf = (owner[-1], 0.95) if owner else _subject(ctx, m.start())
        if trav is None and ctx.focus is not None:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, places, m.start(), places[-1].end, (max(s0, m.start() - 80), places[-1].end + 30),
                        0.8 * conf, "travel-noun"))
    for m in _cues().finditer("bare_land", text, s0, s1):  # "landed Jakarta", "arrived Delhi"
        places = _chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if places and places[0].start == m.end() and not negated(text, s0, m.start()):
            trav, conf = _subject(ctx, m.start())
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.8 * conf, "travel"))


_ONWARD = re.compile(r",?\s*(?:and\s+)?(?:then|later|afterwards|subsequently|followed\s+by|before\s+(?:heading|"
                     r"travell?ing|traveling|going|flying|moving|proceeding|continuing|leaving\s+for)|"
                     r"ahead\s+of\s+(?:a\s+)?(?:trip|visit|stop)s?)\s+(?:on\s+)?(?:to\s+|in\s+|for\s+)?"
                     r"(?:the\s+)?", re.I)
_INCLUDES = re.compile(r"\b(?:trip|tour|visit|itinerary|swing|journey)s?\b[^.;]{0,60}?\b(?:includ(?:es|ing|e)|"
                       r"will\s+include|cover(?:s|ing)?|take\s+in|takes\s+in)\s+(?:stops?\s+in\s+|visits?\s+to\s+|"
                       r"stays?\s+in\s+)?", re.I)


def _onward(ctx: _Context, hits: list[Hit], trav: Person | None, pos: int, w0: int, conf: float) -> None:
    """The next stops of an itinerary told after the first: "to Berlin, then to Paris", "followed by Rome"."""
    text = ctx.text
    for _ in range(4):
        m = _ONWARD.match(text, pos, ctx.s1)
        if m is None:
            return
        places = _chain(text, ctx.ms, m.end(), ctx.s1, first_gap=1)
        if not places:
            return
        hits.append(Hit(trav, places, m.start(), places[-1].end, (w0, min(ctx.s1, places[-1].end + 40)), conf,
                        "travel"))
        pos = places[-1].end


_VISIT_PERSON = re.compile(r"\b(?:visit(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|paid\s+(?:a\s+)?(?:\w+\s+)?"
                           r"(?:visit|call)\s+(?:to|on))\s+", re.I)
_TAKEN = re.compile(r"\b(?:take[sn]?|took|taking|bring(?:s|ing)?|brought)\s+(?P<obj>him|her|them|the\s+\w+(?:\s+\w+)?)"
                    r"\s+(?:on\s+)?(?:also\s+)?to\s+", re.I)


_LEFT = re.compile(r"\b(?:left|leaves|leaving|departed|departs|departing|flew\s+out\s+of|flies\s+out\s+of)\s+"
                   r"(?:the\s+)?", re.I)
_PLACE_NOUN = re.compile(r"\s*(?:state\s+|official\s+|working\s+)?(?:visit|trip|tour|leg|stopover|sojourn)\b", re.I)


def _left_for(ctx: _Context, hits: list[Hit]) -> None:
    """"Blinken left the DRC for Rwanda's capital Kigali": a stop over and the next one."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("left", text, s0, s1):
        origin = _chain(text, ctx.ms, m.end(), s1, first_gap=1)
        if not origin or negated(text, s0, m.start()):
            continue
        nxt = re.match(r"\s+(?:for|to)\s+", text[origin[-1].end:s1])
        trav, conf = _subject(ctx, m.start())
        if trav is None:
            continue
        window = (max(s0, m.start() - 80), origin[-1].end)
        hits.append(Hit(trav, origin, m.start(), origin[-1].end, window, 0.8 * conf, "left"))
        if nxt:
            dest = _chain(text, ctx.ms, origin[-1].end + nxt.end(), s1)
            if dest:
                hits.append(Hit(trav, dest, m.start(), dest[-1].end, (window[0], dest[-1].end), 0.85 * conf,
                                "travel"))


def _place_noun(ctx: _Context, hits: list[Hit]) -> None:
    """"his three-day UK visit", "Modi's US trip": a place right before a trip noun."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in ctx.ms:
        if m.kind == "demonym" or not m.country:
            continue
        after = _PLACE_NOUN.match(text, m.end, s1)
        if after is None or negated(text, s0, m.start):
            continue
        owner = [p for p in ctx.people_between(m.start - 80, m.start) if p.name and p.end <= m.start
                 and re.fullmatch(
            r"['’]s?\s+(?:[\w\-]+\s+){0,3}", text[p.end:m.start])]
        trav, conf = (owner[-1], 0.95) if owner else _subject(ctx, m.start)
        if trav is not None:
            hits.append(Hit(trav, [m], m.start, after.end(), (max(s0, m.start - 80), min(s1, after.end() + 40)),
                            0.85 * conf, "travel-noun"))


def _visit_person(ctx: _Context, hits: list[Hit]) -> None:
    """"visited Trump at the White House", "called on Modi in New Delhi": the host's place, else country."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("visit_person", text, s0, s1):
        host = [p for p in ctx.people_between(m.end(), m.end() + 1) if p.name]
        if not host or negated(text, s0, m.start()):
            continue
        h = host[0]
        after = re.match(r",?\s+(?:at|in)\s+(?:the\s+)?", text[h.end:s1])
        places = _chain(text, ctx.ms, h.end + after.end(), s1, first_gap=2) if after else []
        if not places and h.country:
            places = [_synthetic(ctx.doc, h.start, h.end, h.country)]
        trav, conf = _subject(ctx, m.start())
        if places and trav is not None:
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.8 * conf, "visit-host"))


def _taken(ctx: _Context, hits: list[Hit]) -> None:
    """"a trip that has taken the secretary to Oman", "a tour that will also take him to the Netherlands"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("taken", text, s0, s1):
        places = _chain(text, ctx.ms, m.end(), s1)
        obj = [p for p in ctx.people_between(m.start("obj"), m.end("obj") + 2) if p.name]
        if places and obj and not negated(text, s0, m.start()):
            hits.append(Hit(obj[0], places, m.start(), places[-1].end, (max(s0, m.start() - 80), places[-1].end),
                            0.8, "travel"))


def _here(ctx: _Context, hits: list[Hit]) -> None:
    """"arrived here", "visit to the country" under a dateline: the dateline's place."""
    if ctx.here is None:
        return
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("here", text, s0, s1):
        if negated(text, s0, m.start()):
            continue
        trav, conf = _subject(ctx, m.start())
        if trav is None and ctx.focus is not None:
            trav, conf = ctx.focus, 0.7
        place = ctx.here
        hits.append(Hit(trav, [Mention(place.doc, m.start(), m.end(), m.group(0), place.name, place.lat,
                                       place.lon, place.country, place.geonameid, place.kind, place.score)],
                        m.start(), m.end(), (max(s0, m.start() - 80), min(s1, m.end() + 40)), 0.85 * conf,
                        "here"))


def _event_places(ctx: _Context, start: int) -> list[Mention]:
    """The place of an event named from ``start``: "the ASEAN summit in Jakarta", "the G20 in Osaka"."""
    text = ctx.text
    where = re.match(r"[^.;:,]{0,50}?\s(?:in|at|hosted\s+by)\s", text[start:ctx.s1])
    if not where:
        return []
    return _chain(text, ctx.ms, start + where.end(), ctx.s1, first_gap=2)[:1]


def _attend(ctx: _Context, hits: list[Hit]) -> None:
    """Attendance: "will attend the ASEAN summit in Jakarta", "At the NATO meeting in Vilnius, X said"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("attend", text, s0, s1):
        if negated(text, s0, m.start()):
            continue
        places = _event_places(ctx, m.end("event"))
        if not places:
            continue
        trav, conf = _subject(ctx, m.start())
        if trav is None and ctx.focus is not None and len(text[s0:m.start()].split()) <= 3:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, places, m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                        0.8 * conf, "attend"))
    for m in _AT_EVENT.finditer(text[s0:s1]):
        a = s0 + m.start()
        places = _event_places(ctx, s0 + m.end())
        if not places:
            continue
        comma = text.find(",", places[0].end, s1)
        if comma < 0 or comma - places[0].end > 40:
            continue
        subj = [p for p in ctx.people_between(comma + 1, comma + 51) if p.name
                and _TITLE_GAP.fullmatch(text[comma + 1:p.start].lstrip())]
        if subj:
            hits.append(Hit(subj[0], places, a, places[0].end, (comma, min(s1, subj[0].end + 40)), 0.7,
                            "attend"))


def _hosting(ctx: _Context, hits: list[Hit]) -> None:
    """"X was received by Y (in Z)" and "Y hosted X (in Z)": the guest travelled to the host."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("hosted_by", text, s0, s1):
        host = [p for p in ctx.people_between(m.end(), m.end() + 31) if p.name]
        trav, conf = _subject(ctx, m.start())
        if not host or trav is None or negated(text, s0, m.start()):
            continue
        after = re.match(r",?\s+(?:in|at)\s+(?:the\s+)?", text[host[0].end:s1])
        places = _chain(text, ctx.ms, host[0].end + after.end(), s1, first_gap=2) if after else []
        if not places and after:
            places = [_synthetic(ctx.doc, a, b, lm.country, lm.city)
                      for a, b, lm in find_landmarks(text, host[0].end + after.end(), s1)[:1]]
        if not places and host[0].country:
            places = [_synthetic(ctx.doc, host[0].start, host[0].end, host[0].country)]
        if places:
            hits.append(Hit(trav, places[:1], m.start(), m.end(), (max(s0, m.start() - 60), m.end()),
                            0.8 * conf, "hosted"))
    for m in _cues().finditer("host", text, s0, s1):
        guest = [p for p in ctx.people_between(m.end(), m.end() + 41) if p.name
                 and _TITLE_GAP.fullmatch(text, m.end(), p.start)]
        if not guest or negated(text, s0, m.start()) or _PASSIVE.search(text, max(s0, m.start() - 20), m.start()):
            continue
        g = guest[0]
        hosts = [p for p in ctx.people_between(m.start() - _WINDOW, m.start()) if p.name and p.country]
        after = re.match(r"(?:\s+(?:of\s+[A-Z][\w\s]{0,30}?\s+)?(?:to|in|at)\s+(?:the\s+)?|\s+)",
                         text[g.end:s1])
        places = _chain(text, ctx.ms, g.end + (after.end() if after else 0), s1, first_gap=1)
        if not places and after:
            places = [_synthetic(ctx.doc, a, b, lm.country, lm.city)
                      for a, b, lm in find_landmarks(text, g.end + after.end(), s1)[:1]]
        if not places and hosts and hosts[-1].country and hosts[-1].country != g.country:
            places = [_synthetic(ctx.doc, hosts[-1].start, hosts[-1].end, hosts[-1].country)]
        if places:
            hits.append(Hit(g, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), m.end()),
                            0.75, "hosted"))


def _meetings(ctx: _Context, hits: list[Hit]) -> None:
    """"he met Mirziyoyev in Moscow": whoever is foreign to the place travelled."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("met", text, s0, s1):
        seg = text[m.end():s1]
        where = re.search(r"(?:^|\s)(?:in|at)\s", seg[:70])
        if not where or re.search(r"[.;:]", seg[:where.start()]) or negated(text, s0, m.start()) \
                or re.search(r"\b(?:on|about|over|regarding|concerning|situation|crisis|issue|war|conflict|"
                             r"developments|peace|security|cooperation)\b", seg[:where.start()], re.I):
            continue  # "talks with Rahmon on the situation in Afghanistan": a topic, not where they met
        places = _chain(text, ctx.ms, m.end() + where.end(), s1, first_gap=2)
        if not places:
            lms = find_landmarks(text, m.end() + where.end(), min(s1, m.end() + where.end() + 30))
            places = [_synthetic(ctx.doc, a, b, lm.country, lm.city) for a, b, lm in lms[:1]]
        if not places:
            continue
        subj, conf = _subject(ctx, m.start())
        other = [p for p in ctx.people_between(m.end(), m.end() + where.start()) if p.name]
        host_country = places[0].country
        trav = subj
        if subj is not None and subj.country == host_country and other and other[0].country \
                and other[0].country != host_country:
            trav, conf = other[0], 0.9
        if trav is None:
            continue
        hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), m.end()),
                        0.65 * conf, "met"))
        # a list of meetings: "He met Biden in Geneva in June 2021, Modi in New Delhi in December 2021, ..."
        end = places[0].end
        for p in ctx.people_between(end, min(s1, end + 400)):
            if not p.name or p.kind == "pronoun":
                continue
            gap = text[end:p.start]
            if len(gap) > 45 or re.search(r"[.;:]", gap) or "," not in gap \
                    or set(re.findall(r"[a-z]+", gap.lower())) & _STOP:
                break
            where = re.match(r"\s+(?:in|at)\s+", text[p.end:s1])
            more = _chain(text, ctx.ms, p.end + where.end(), s1, first_gap=0) if where else []
            if not more:
                break
            who = subj if subj is not None else trav
            if who.country == more[0].country and p.country and p.country != more[0].country:
                who = p  # at home, the guests travelled
            hits.append(Hit(who, more[:1], p.start, more[0].end, (max(s0, m.start() - 60), m.end()),
                            0.6 * conf, "met"))
            end = more[0].end


_IN_FIRST_AT = re.compile(r",|;|wh(?:ile|en|ilst)")  # literal first characters: the engine skips to them


def _in_first(seg: str):
    """What ``_IN_FIRST.finditer(seg)`` gives, tried only where it may start: at the start of ``seg``,
    a comma or semicolon, "while" or "when"."""
    end = 0
    for p in (0, *(m.start() for m in _IN_FIRST_AT.finditer(seg))):
        if p < end:
            continue
        m = _IN_FIRST.match(seg, p)
        if m is not None:
            end = m.end()
            yield m


def _place_first(ctx: _Context, hits: list[Hit]) -> None:
    """"In Ashkhabad, the Turkmen capital, Mr Putin will ...", "..., while in Belarus, he ..."."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _in_first(text[s0:s1]):
        start = s0 + m.end()
        places = _chain(text, ctx.ms, start, s1, first_gap=2)
        if not places or m.group(0).strip().lower().startswith("from"):
            continue
        comma = text.find(",", places[-1].end, s1)
        if comma < 0 or comma - places[-1].end > 30:
            continue
        rest0 = comma + 1
        appos = re.match(r"\s*the\s[^,]{1,40},", text[rest0:s1])  # "In Ashkhabad, the Turkmen capital, ..."
        if appos:
            rest0 += appos.end()
        subj = [p for p in ctx.people_between(rest0, rest0 + 50) if p.name
                and _TITLE_GAP.fullmatch(text[rest0:p.start].lstrip())]
        if subj:
            hits.append(Hit(subj[0], places, s0 + m.start(), places[-1].end,
                            (rest0, min(s1, subj[0].end + 40)), 0.6, "in-place"))


def _headline(ctx: _Context, hits: list[Hit]) -> None:
    """A headline "Putin in Tajikistan on Tuesday"."""
    if not ctx.title_line:
        return
    text = ctx.text
    for p in ctx.people:
        if not p.name:
            continue
        after = re.match(r"\s+(?:in|to|arrives\s+in|visits)\s+", text[p.end:ctx.s1])
        if after:
            places = _chain(text, ctx.ms, p.end + after.end(), ctx.s1, first_gap=0)
            if places:
                hits.append(Hit(p, places[:1], p.start, places[0].end, (ctx.s0, ctx.s0), 0.7, "headline"))


def _loose(ctx: _Context, hits: list[Hit]) -> None:
    """Fallback when nothing else matched: "arrived ..., to Uzbekistan"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("loose", text, s0, s1):
        c0, c1 = m.span()
        if negated(text, s0, c0):
            continue
        cands = [x for x in ctx.ms if c1 <= x.start <= c1 + 110 and x.kind != "demonym" and x.country
                 and re.search(r"\b(?:to|in|into)\s+(?:the\s+)?$", text[max(c1, x.start - 12):x.start])
                 and not _LOOSE_STOP.search(text[c1:x.start])
                 and _since_closed(text[c1:x.start])]
        if not cands:
            continue
        trav, conf = _subject(ctx, c0)
        if trav is None and ctx.focus is not None and len(text[s0:c0].split()) <= 2:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, cands[:1], c0, cands[0].end, (max(s0, c0 - 70), c1), 0.6 * conf, "loose"))
        return


def _since_closed(gap: str) -> bool:
    """False while a "since ..." phrase is still open: its places are reference points."""
    at = [m.end() for m in re.finditer(r"\bsince\b", gap, re.I)]
    return not at or "," in gap[at[-1]:]


@lru_cache(maxsize=1)
def _cues() -> Anchors:
    """The cue patterns, each with the words its matches start with: tried only where those are."""
    be = ("is", "are", "was", "were", "be", "am")
    return Anchors({
        "cue": (_CUE, ("arriv", "land", "touch", "reach", "fl", "travel", "go", "went", "head", "return",
                       "proceed", "continu", "mov", "jet", "leav", "left", "depart", "set", "embark", "en", "on",
                       "bound", "cross", *be, "visit", "tour", "stop", "begin", "began", "start", "trip",
                       "journey", "stay", "voyage", "mission", "swing", "leg", "engagements")),
        "includes": (_INCLUDES, ("trip", "tour", "visit", "itinerary", "swing", "journey")),
        "bare_land": (_BARE_LAND, ("land", "arriv", "reach")),
        "left": (_LEFT, ("left", "leav", "depart", "flew", "flies")),
        "visit_person": (_VISIT_PERSON, ("visit", "call", "paid")),
        "taken": (_TAKEN, ("take", "took", "taking", "bring", "brought")),
        "here": (_HERE, ("arriv", "land", "visit", *be, "trip", "stay")),
        "attend": (_ATTEND, ("attend", "participat", "take", "took", "taking", "join", "address", "host", "chair",
                             "speak", "spoke", "co", "lead", "led")),
        "hosted_by": (_HOSTED_BY, ("hosted", "received", "welcomed", "greeted", "visited", "met")),
        "host": (_HOST, ("receiv", "welcom", "host", "greet")),
        "met": (_MET, ("met", "meet", "talks", "held", "hold", "sat", "conferred")),
        "loose": (_LOOSE, ("arriv", "expected", "head", "flew", "flies", "travel")),
        "report": (_REPORT, ("said", "says", "announc", "told", "tells", "report", "stated", "confirm", "added",
                             "noted", "declared", "quoted", "wrote", "tweeted", "according", "believe", "hope",
                             "think", "expect", "insisted", "warned", "stressed", "explained")),
    }, lazy=True)  # run on the sentences that hold a cue word only


_FAMILIES = (_travel, _left_for, _place_noun, _taken, _here, _attend, _hosting, _visit_person, _meetings,
             _place_first, _headline)


_EVENT_WORDS = ("summit", "meeting", "conference", "forum", "talks", "session", "assembly", "ceremony",
                "inauguration", "funeral", "games", "olympic", "parade", "celebration", "gathering",
                "ministerial", "dialogue", "consultations", "negotiations", "convention", "congress", "council",
                "g20", "g-20", "g7", "g-7", "g8", "g-8", "cop", "expo", "world cup", "anniversary",
                "commemoration", "festivities", "jubilee", "coronation", "wedding", "signing", "exercises")
_MOVES = ("arriv", "land", "touch", "reach", "fly", "flies", "flew", "flown", "travel", "go ", "goes", "went",
          "gone", "going", "head", "return", "proceed", "continu", "move", "moving", "jet", "leav", "left",
          "depart", "set off", "set out", "embark", "en route", "way to", "bound for", "cross", "due ",
          "expected", "scheduled", "set to", "visit", "tour", "stop", "begin", "began", "start", "trip",
          "journey", "stay", "voyage", "mission", "swing", "leg", "engagements", "includ", "cover",
          "take in", "takes in", "is in", "was in", "are in", "were in", "be in", "been in", "am in",
          "now in", "currently in", "already in", "still in", "back in")
#: Words one of which a sentence must hold before a cue family reads it (lower case; any part of a word).
_TRIGGERS = {
    "_travel": _MOVES, "_left_for": ("left", "leav", "depart", "flew out", "flies out"),
    "_place_noun": ("visit", "trip", "tour", "leg", "stopover", "sojourn"),
    "_taken": ("take", "took", "bring", "brought"),
    "_here": ("here", "the country", "the capital", "the city", "the kingdom"),
    "_attend": _EVENT_WORDS, "_hosting": ("host", "receiv", "welcom", "greet", " by "),
    "_visit_person": ("visit", "call", "paid"), "_meetings": ("met ", "meet", "talks", "sat down", "conferred"),
    "_loose": ("arriv", "expected", "headed", "heading", "flew", "flies", "travelled", "traveled"),
}
#: Families that find nothing without a place mention in the sentence.
_NEEDS_PLACE = {"_travel", "_left_for", "_place_noun", "_taken", "_attend", "_meetings", "_place_first",
                "_headline", "_loose"}


@lru_cache(maxsize=1)
def _trigger_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for family, words in _TRIGGERS.items():
        for w in words:
            auto.add_word(w, auto.get(w, ()) + (family,))
    auto.make_automaton()
    return auto


def sentence_triggers(text: str, sentences: Sequence[tuple[int, int]]) -> list[set[str]]:
    """For each sentence, the cue families whose words it holds (one pass over the text).

    Most sentences of general news hold none, and cost nothing more.
    """
    low = lower_text(text)
    out: list[set[str]] = [set() for _ in sentences]
    k, n = 0, len(sentences)
    for end, families in _trigger_automaton().iter(low):  # in the order of their ends
        while k < n and sentences[k][1] <= end:
            k += 1
        if k < n and sentences[k][0] <= end:
            out[k].update(families)
    return out


def find_hits(ctx: _Context, triggers: set[str] | None = None) -> list[Hit]:
    """Every cue family over one sentence; a place is taken by the first family that finds it.

    ``triggers`` (from :func:`sentence_triggers`) names the families worth
    running; ``None`` runs them all.
    """
    hits: list[Hit] = []
    for family in _FAMILIES:
        name = family.__name__
        if triggers is not None and name in _TRIGGERS and name not in triggers:
            continue
        if name in _NEEDS_PLACE and not ctx.ms:
            continue
        if name == "_headline" and not ctx.title_line:
            continue
        family(ctx, hits)
    if not hits and ctx.ms and (triggers is None or "_loose" in triggers):
        _loose(ctx, hits)
    out, used = [], set()
    for h in hits:
        places = [p for p in h.places if (p.start, p.country) not in used]
        if places:
            used.update((p.start, p.country) for p in places)
            h.places = places
            out.append(h)
    return out


# --------------------------------------------------------------------------- one document

_ARRIVAL = re.compile(r"\b(?:arriv\w*|land(?:s|ed|ing)?|touch\w*\s+down|reach\w*|here|has\s+been\s+in)\b", re.I)
_STATUS_WORD = {"future": "planned", "present": "ongoing", "past": "completed"}


def visits_in_document(doc: Document, mentions: Sequence[Mention], *, gazetteer=None,
                       leaders=None, reading: Reading | None = None) -> list[Visit]:
    """Every visit cue of one document as a :class:`~geo.values.Visit` (duplicates kept).

    Parameters
    ----------
    doc : Document
        The document.
    mentions : sequence of Mention
        Its place mentions (mentions of other documents are ignored).
    gazetteer : Gazetteer, optional
        For demonyms the mentions do not resolve, capitals and landmarks.
    leaders : sequence of Leader, optional
        Known office holders (default: the bundled table).
    reading : Reading, optional
        The document already read (:func:`geo.reading.read_document`), when the
        ties stage shares it.

    Returns
    -------
    list of Visit
        In text order; a traveller at home is no foreign visit, and a negated
        trip ("will not travel to") is none at all. ``how`` says which cue
        family found it, how its day was read and how its traveller was named.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Russian President Vladimir Putin on Tuesday arrived in Dushanbe."
    >>> d = Document("d", t, published=dt.date(2022, 6, 28))
    >>> ms = [Mention("d", 0, 7, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0),
    ...       Mention("d", 55, 63, "Dushanbe", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0)]
    >>> v, = visits_in_document(d, ms)
    >>> v.traveler, v.traveler_country, v.role, v.country, v.place, str(v.start_date), v.status
    ('Vladimir Putin', 'RU', 'president', 'TJ', 'Dushanbe', '2022-06-28', 'ongoing')
    >>> v.how
    'travel: arrived in; day: Tuesday'
    """
    r = read_document(doc, mentions, gazetteer=gazetteer, leaders=leaders) if reading is None else reading
    text, sentences = doc.text, r.sentences
    here, published, dateline_day = r.here, r.published, r.dateline_day
    first_line_end = text.find("\n") if "\n" in text.strip() else -1
    out: list[Visit] = []
    ms_of, people_of = r.places_by_sentence, r.people_by_sentence
    focus = _Focus(text, sentences, people_of)
    triggers = sentence_triggers(text, sentences)
    for k, (s0, s1) in enumerate(sentences):
        sm, sp = ms_of[k], people_of[k]
        if not sm and not triggers[k]:
            continue  # no place and no cue word: no family can find anything
        title_line = s0 < first_line_end and s1 <= first_line_end + 1 and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|said)\b", text[s0:s1])
        ctx = _Context(doc, s0, s1, sm, sp, partial(focus.before, k), title_line, here)
        hits = find_hits(ctx, triggers[k])
        if hits:
            spans = clauses(text, s0, s1)
            for h in hits:
                out.extend(_visits_of(h, ctx, spans, published, dateline_day))
    if not any(v.status == "planned" for v in out):
        return out  # nothing left to call off
    return _cancel_legs(out, _called_off(text, sentences, people_of))


_EN_ROUTE = re.compile(r"\b(?:en\s+route|on\s+(?:his|her|their|the)\s+way|bound|(?:left|leaves|leaving|departed|"
                       r"departs|departing|depart|leave|set\s+off|sets\s+off|set\s+out|flew\s+out)\s+(?:\w+\s+){0,3}?for)\b",
                       re.I)
_ENDED = re.compile(r"\b(?:wrapped\s+up|wraps\s+up|wrapping\s+up|concluded|concludes|concluding|ended|ends|"
                    r"ending|completed|completes|cut\s+short)\s+(?:[\w\-]+\s+){0,4}$", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_DURATION = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]day\b", re.I)


def _days(text: str, a: int, b: int) -> int | None:
    """The length a sentence gives the visit: "a three-day state visit", "for a 2-day visit"."""
    m = _DURATION.search(text, a, b)
    if m is None:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


def _visits_of(h: Hit, ctx: _Context, spans, published: dt.date | None, dateline_day) -> list[Visit]:
    """The visits of one hit: its status and day read once, one visit per country it names.

    When one date range covers several countries ("visits to France, Serbia and
    Hungary between 5 and 10 May") only the first takes its start; the later
    stops are still to come while the range lasts.
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    trav = h.traveller
    if trav is None or trav.name is None:
        return []
    c0, c1 = h.cue_start, h.cue_end
    if h.cue == "headline":
        word_tense = "present"
    elif h.cue == "travel-noun":
        a, b = h.tense_window
        word_tense = tense(text[a:c0] + " " + text[c1:b], 0, None)
    else:
        word_tense = tense(text, *h.tense_window)
    clause = next(((a, b) for a, b in spans if a <= c0 < b), (s0, s1))
    # a long sentence is read only near the cue, so each visit costs the same whatever its length
    clause = (max(clause[0], c0 - _WINDOW), min(clause[1], c1 + _WINDOW))
    near = (max(s0, c0 - _WINDOW), min(s1, c1 + _WINDOW))
    countries = {m.country for m in h.places}
    from bisect import bisect_left

    lo, hi = bisect_left(ctx.ms, c1, key=_start), bisect_left(ctx.ms, near[1], key=_start)
    others = [m.start for m in (ctx.ms[i] for i in range(lo, hi)) if m.country not in countries
              and m.kind != "demonym" and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(s0, m.start - 10):m.start])]
    upto = h.places[0].start if c0 < h.places[0].start <= c0 + 60 else min(c1, c0 + 40)
    if _EN_ROUTE.search(text, c0, upto):
        date = None  # "left on Wednesday, en route to Addis Ababa": the day he left
    else:
        date = visit_date(text, (s0, s1), (c0, c1), published, word_tense,
                          dateline=dateline_day if h.cue == "here" else None, others=others)
    start = end = None
    if date is not None:
        start, end = date.start, date.end
        days = _days(text, *near)
        if _ENDED.search(text, max(s0, c0 - 60), c0) or h.cue == "left":  # "on Saturday wrapped up his visit"
            start = end - dt.timedelta(days=days - 1) if days and start == end and 1 < days <= 15 else None
            if start is None:
                end = None
        elif days and start == end and 1 < days <= 15:
            end = start + dt.timedelta(days=days - 1)
    others_named = [p.start for p in ctx.people_between(*near)
                    if p.name and p.name != trav.name and p.kind != "pronoun"]
    cancelled = is_cancelled(text, clause, near, cue=(c0, c1), others=others_named)
    if cancelled:
        status, keep = "cancelled", True
    else:
        status, keep = visit_status(word_tense, start, end, published,
                                    arrival=bool(_ARRIVAL.search(text, c0, min(c1, c0 + 30))),
                                    under_way=just_arrived(text, max(s0, c0 - 30), min(s1, c1 + 5)))
    if not cancelled and was_planned(text, *h.tense_window):
        status = "planned"  # "had been scheduled to arrive on Saturday": a plan, not a visit under way
    elif h.cue == "left" and word_tense != "future":
        status = "completed"  # "left the DRC on Wednesday": that stop is over
    if not keep:
        start = end = date = None
    if date is None and status == "ongoing" and published is not None \
            and just_arrived(text, max(s0, c0 - 30), min(s1, c1 + 5)):
        start = end = published  # "has arrived in the United States": today
    how = f"{h.cue}: {' '.join(text[c0:upto].split()[:6])}"
    how += f"; day: {date.text}" if date is not None else ""
    if trav.via:
        how += f"; traveller: {trav.via}"
    evidence = Evidence(ctx.doc.id, text[s0:s1], "text", ctx.doc.url, ctx.doc.title, ctx.doc.published)
    by_country: dict[str, list[Mention]] = {}
    for m in h.places:
        by_country.setdefault(m.country, []).append(m)
    shared = start is not None and end is not None and end > start and len(by_country) > 1
    out = []
    for i, (country, group) in enumerate(by_country.items()):
        if trav.country and trav.country == country:
            continue  # a leader at home is not a foreign visit
        v_start, v_end, v_status = start, end, status
        if shared and i > 0:
            v_start = v_end = None
            if not cancelled and published is not None:
                # the later stops of a range: ahead if the range is, done if it is over, else as told
                v_status = ("planned" if start > published else "completed" if end < published
                            else "completed" if word_tense == "past" else "planned")
        best = _most_specific(group)
        place = best.name if best.kind in ("city", "admin", "other") else None
        lat = best.lat if best.kind != "host" else None
        lon = best.lon if best.kind != "host" else None
        out.append(Visit(trav.name, trav.country, trav.role, country, place, lat, lon, v_start, v_end,
                         v_status, ctx.doc.id, text[s0:s1],
                         round(h.confidence * min(1.0, best.score or 1.0), 3),
                         origin="text", sources=(evidence,), how=how))
    return out


_TRIP_NOUN = re.compile(r"\b(?:trip|trips|visit|visits|tour|journey|travel|travels|stop|leg|stopover)\b", re.I)


def _called_off(text: str, sentences, people_of) -> set[str]:
    """Travellers whose trip a sentence calls off without naming where: "Pompeo canceled his trip"."""
    out = set()
    for k, (s0, s1) in enumerate(sentences):
        c = cancel_in(text, s0, s1)
        trip = _TRIP_NOUN.search(text, max(s0, c.start() - 200), min(s1, c.end() + 60)) if c else None
        if trip is None or re.search(r"\b(?:still|go\s+ahead|goes\s+ahead|going\s+ahead|instead|rescheduled)\b",
                                     text[s0:s1], re.I):
            continue
        # whose trip: "a visit by Crown Prince Mohammed", "Dar's trip", else the one named nearest before
        by = [p for p in people_of[k] if p.name and p.kind != "pronoun" and trip.end() <= p.start <= trip.end() + 60
              and re.match(r"\s+(?:\w+\s+){0,3}?by\b", text[trip.end():p.start])]
        who = by or [p for p in people_of[k] if p.name and p.start < c.start() and _eligible(text, p, s0)][-1:]
        if who:
            out.add(who[0].name)
    return out


def _cancel_legs(visits: list[Visit], called_off: set[str] = frozenset()) -> list[Visit]:
    """Every leg of a cancelled trip is cancelled: the traveller's other planned stops told with it,
    and every planned stop of a traveller whose trip the document says was called off."""
    who = {v.traveler for v in visits if v.status == "cancelled"} | set(called_off)
    if not who:
        return visits
    return [dataclasses.replace(v, status="cancelled") if v.status == "planned" and v.traveler in who
            else v for v in visits]


def _most_specific(group: Sequence[Mention]) -> Mention:
    rank = {"city": 0, "other": 1, "admin": 2, "region": 3, "country": 4, "host": 5}
    return min(group, key=lambda m: (rank.get(m.kind, 6), -(m.score or 0)))
