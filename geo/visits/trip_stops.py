"""The stops of a trip told by the trip's own nouns, with no verb of travel, once the story has a traveller.

Read after the cue families, like :func:`geo.visits.legs.tour_legs`, over the sentences that hold a
going word and a place, when the story already has a trip of a traveller's country in its own time
(:func:`geo.visits.legs.travelling`):

* a trip noun and the list of its stops set off by a bracket or a colon: "a five-nation Africa tour
  (Senegal, Ghana, Nigeria, Kenya and Angola)", "a tour of four African nations: Egypt, Ghana, Kenya and
  Mozambique", "Her itinerary: Oslo and Helsinki";
* a part of a trip named by its place: "the Ghana leg of the trip", "After the Australian leg, the couple
  will fly on", "Wang's Kenya stop", "the Samoa portion of the tour"; and a part of a trip placed by an
  apposition: "The last leg, in Santiago, includes talks with Boric", "the second stop of his tour, in
  Jakarta".

Both are parts of one trip: the trip's traveller is the one whose trip it is (a possessor, "Wang's
Kenya stop"; the clause's subject), else the story's one travelling country's main traveller. Guards,
those of the tour's legs: the place must be foreign to the traveller and no family took it; the trip
is not negated nor only wished for; a place after "by" (who comes) is none. A list in brackets must
close its bracket right after its last place (an aside that holds other words is no itinerary), and a
list after a colon must end its clause. A part of a trip placed only by its name before "leg" or
"stop" with no trip noun after it ("the Ghana leg") is a weaker reading and runs at confidence < 0.5.
The status and day are read from the sentence as for any other hit, and a called-off trip's stops are
called off with it afterwards (:func:`geo.visits.called_off.cancel_legs`). A list in brackets or after a
colon whose traveller the sentence names (the subject, a possessor) needs no trip told before.

Two cue families of the first pass live here too (run from :mod:`geo.visits.more_families`):

* :func:`apposed_in` - a traveller placed by an apposition after his name: "Wong, in Quito on Tuesday,
  said" (a person of a known country and office, foreign to the place);
* :func:`met_then_left` - the stop where a leader was met, told only by the leader's country, before the
  traveller goes on: "signed an agreement with Chile's President Pinera on Thursday before heading to
  Bogota" (a weak reading, confidence < 0.5).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from geo.text import negated
from geo.values import Person, Visit
from geo.visits.context import Context, Hit, chain, subject, synthetic, trip_owner
from geo.visits.legs import BY_GUEST, NOT_A_TRIP, main_traveller, travelling
from geo.wordlists import TRIP_OR_ITINERARY, alternation

__all__ = ["trip_stops", "apposed_in", "met_then_left", "MET_THEN_LEFT_WORDS", "TRIP_STOP_WORDS", "APPOSED_WORDS"]

#: Words one of which a sentence must hold for :func:`trip_stops` to read it (lower case, any part of a word).
TRIP_STOP_WORDS = ("(", ":", "leg", "stop", "portion", "segment")

# a trip noun, a few words of its own ("of four African nations"), then a bracket or a colon
_LISTED = re.compile(r"\b" + alternation(TRIP_OR_ITINERARY) + r"s?\b(?P<own>(?:\s+[\w’'\-]+){0,5}?)\s*"
                     r"(?P<open>\(|:)\s*(?:the\s+)?", re.I)
# the words between a trip noun and its bracket: "of", "to", "through", a count, a region; no verb, no name
_OWN_WORDS = re.compile(r"(?:\s+(?:of|to|through|across|around|in|the|a|an|(?-i:[a-z][\w\-]*nation[s]?)|"
                        r"nations|countries|states|capitals|cities|two|three|four|five|six|seven|eight|nine|ten|\d+|regional|official|"
                        r"state|working|diplomatic|foreign|overseas|(?-i:[A-Z][\w\-]*)|\w+-(?:nation|country|day|"
                        r"week|leg|stop)))*", re.I)
_CLOSE = re.compile(r"\s*\)")
_COLON_END = re.compile(r"\s*(?:[.;!?]|$|\n)")
# a part of a trip right after its place: "the Ghana leg of the trip", "Wang's Kenya stop"
_PART = re.compile(r"\s+(?:leg|stop|stopover|portion|segment)s?\b(?P<of>\s+of\s+(?:the|his|her|their|its|this|"
                   r"that|[A-Z][\w\-]*['’]s?)\s+(?:[\w\-]+\s+){0,3}?" + alternation(TRIP_OR_ITINERARY) + r"s?\b)?", re.I)
# a part of a trip placed by an apposition: "The last leg, in Santiago", "the second stop of his tour, in Jakarta"
_PART_IN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|next|last|final|latest)\s+(?:leg|stop|stopover)"
                      r"(?:\s+of\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?" + alternation(TRIP_OR_ITINERARY)
                      + r")?\s*,\s*(?:in|at)\s+(?:the\s+)?", re.I)
#: Words one of which a sentence must hold for :func:`apposed_in` to read it.
APPOSED_WORDS = (", in ", ", at ", "was in ", "is in ", "now in ", "still in ", "then in ")
# a traveller placed by an apposition: "Wong, in Quito on Tuesday, said", "Blinken, who was in Hanoi, told"
_APPOSED_IN = re.compile(r"\s*,\s*(?:who\s+(?:is|was)\s+(?:also\s+)?|then\s+|now\s+|still\s+)?(?:in|at)\s+(?:the\s+)?")
_APPOSED_END = re.compile(r"[^,;:.()]{0,40},")
_BEFORE_PART = re.compile(r"(?:\b(?:the|his|her|their|its|this|that|after|before|during|on)\s+|['’]s?\s+)$", re.I)


def _traveller(ctx: Context, at: int, told: Sequence[Visit], known: set[str]) -> Person | None:
    """Whose trip the noun at ``at`` is: its possessor, the clause's subject, else the story's main traveller."""
    own = trip_owner(ctx, at)
    if own is not None and own.name:
        return own
    who, _ = subject(ctx, at)
    if who is not None and who.name and (who.country in known or who.kind != "pronoun"):
        return who
    if len(known) == 1 and ctx.focus is not None:
        return main_traveller(ctx, next(iter(known)), told, at)
    return None


def _listed(ctx: Context) -> list[tuple[int, list]]:
    """(cue start, places) of each trip noun with its stops in brackets or after a colon."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    out = []
    for m in _LISTED.finditer(text, s0, s1):
        if not _OWN_WORDS.fullmatch(m.group("own")):
            continue  # "a visit that was delayed (...)": words of a clause, not the trip's own
        places = [p for p in chain(text, ctx.ms, m.end(), s1, first_gap=0) if p.kind != "demonym"]
        if not places or places[0].start != m.end():
            continue
        end = _CLOSE if m.group("open") == "(" else _COLON_END
        if not end.match(text, places[-1].end, s1 + 1):
            continue  # "(his first since 2019)", "itinerary: Oslo, where he ...": no list of stops alone
        out.append((m.start(), places))
    return out


def _parts(ctx: Context) -> list[tuple[int, list, float]]:
    """(cue start, [place], confidence) of each part of a trip named by its place."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    out = []
    for p in ctx.ms:
        if not p.country:
            continue
        part = _PART.match(text, p.end, s1)
        if part is None or not _BEFORE_PART.search(text, max(s0, p.start - 12), p.start):
            continue  # "Kenya stops short of": only "the Kenya stop", "Wang's Kenya stop"
        out.append((p.start, [p], 0.6 if part.group("of") else 0.45))
    for m in _PART_IN.finditer(text, s0, s1):
        places = [p for p in ctx.ms if p.start == m.end() and p.country and p.kind != "demonym"]
        if places:
            out.append((m.start(), places, 0.6))
    return out


def apposed_in(ctx: Context, hits: list[Hit]) -> None:
    """A traveller placed by an apposition after his name: "Wong, in Quito on Tuesday, said", "Blinken, who
    was in Hanoi, told reporters". Only a person of a known country and office, foreign to the place (a
    reporter's by-line "Jane Doe, in London," names no traveller)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for p in ctx.people:
        if not p.name or p.kind == "pronoun" or not p.country or not p.role:
            continue
        m = _APPOSED_IN.match(text, p.end, s1)
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0) if m else []
        if not places or places[0].start != m.end() or places[0].kind == "demonym" \
                or places[0].country in (None, p.country) or not _APPOSED_END.match(text, places[0].end, s1) \
                or negated(text, s0, p.start):
            continue
        hits.append(Hit(p, places[:1], p.start, places[0].end, (p.start, min(s1, places[0].end + 60)), 0.6,
                        "apposed-in"))


#: Words one of which a sentence must hold for :func:`met_then_left` to read it.
MET_THEN_LEFT_WORDS = ("before head", "before fly", "before flew", "before leav", "before travel", "before depart",
                       "before mov", "before go", "before continu", "before proceed", "before return")
# a meeting or a signing with someone: "met", "held talks with", "signed an agreement with"
_MET_WITH = re.compile(r"\b(?:met|meets|meeting|(?:held|holds|holding)\s+talks\s+with|talked\s+with|conferred\s+with|"
                       r"(?:signed|signs|signing)\s+(?:[\w\-]+\s+){0,4}?with)\s+(?:with\s+)?", re.I)
# the going on after it: "before heading to Bogota", "before flying on to", "before leaving for"
_THEN_LEFT = re.compile(r"\bbefore\s+(?:head|fl[yie]|flew|leav|travel|depart|mov|go|continu|proceed|return)\w*", re.I)
_PLACE_WORD = re.compile(r"\s(?:in|at)\s+(?:the\s+)?[A-Z]")


def met_then_left(ctx: Context, hits: list[Hit]) -> None:
    """The stop where a traveller met a leader, told only by the leader's country, before going on:
    "Mattis signed a cybersecurity agreement with Chile's President Sebastian Pinera on Thursday before
    heading to Bogota". The clause names no place of its own (else the meeting readers place it), the
    one met is of another country than the traveller and the next stop; a weak reading (confidence < 0.5)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _MET_WITH.finditer(text, s0, s1):
        left = _THEN_LEFT.search(text, m.end(), min(s1, m.end() + 160))
        if left is None or _PLACE_WORD.search(text, m.end(), left.start()) or negated(text, s0, m.start()):
            continue
        trav, _ = subject(ctx, m.start())
        met = [p for p in ctx.people_between(m.end(), left.start()) if p.name and p.kind != "pronoun" and p.country]
        if trav is None or not trav.name or not trav.country or not met or met[0].country == trav.country \
                or met[0].start - m.end() > 60:
            continue
        nxt = next((q for q in ctx.ms if q.start >= left.end() and q.country), None)
        if nxt is not None and nxt.country == met[0].country:
            continue  # "met Chile's Pinera before flying to Santiago": they met elsewhere, then he went there
        where = synthetic(ctx.doc, met[0].start, met[0].end, met[0].country)
        hits.append(Hit(trav, [where], m.start(), left.end(), (max(s0, m.start() - 60), left.start()), 0.45,
                        "met-then-left"))


def trip_stops(sentences: Sequence[tuple[Context, Sequence[Hit]]], told: Sequence[Visit],
               published: dt.date | None = None) -> list[tuple[Context, Hit]]:
    """The stops of a trip told by its nouns that no family took (see the module's text).

    ``sentences`` are those :func:`geo.visits.legs.tour_legs` reads, each with the hits the families
    found there; ``told`` the visits read so far. Returns each new hit with its sentence.
    """
    known = travelling(told, published)
    out: list[tuple[Context, Hit]] = []
    for ctx, hits in sentences:
        low = ctx.text[ctx.s0:ctx.s1].lower()
        if not any(w in low for w in TRIP_STOP_WORDS):
            continue
        taken = {(p.start, p.country) for h in hits if h.traveller is not None and h.traveller.name for p in h.places}
        found = [(c0, places, 0.6) for c0, places in _listed(ctx)] + _parts(ctx)
        for c0, places, conf in found:
            text, s0 = ctx.text, ctx.s0
            if negated(text, s0, c0) or NOT_A_TRIP.search(text, max(s0, c0 - 40), c0) \
                    or BY_GUEST.search(text, max(s0, c0 - 30), c0):
                continue
            trav = _traveller(ctx, c0, told, known)
            if trav is None or not trav.name or trav.country not in known and (conf < 0.5 or trav.kind == "pronoun"):
                continue  # a part of a trip ("the Ghana leg") is of a trip the story already told
            places = [p for p in places if (p.start, p.country) not in taken and p.country != trav.country]
            if not places:
                continue
            taken.update((p.start, p.country) for p in places)
            end = places[-1].end
            out.append((ctx, Hit(trav, places, c0, end, (max(s0, c0 - 70), min(ctx.s1, end + 60)), conf,
                                 "trip-stop")))
    return out
