"""The legs of a tour as ``visit`` ties, where the visits stage reported no visit.

A ``visit`` tie is drawn from each visit the visits stage finds. Tours are
often told in a form it leaves alone: "The tour includes Tanzania, Rwanda,
Chad and Gabon", "the King will leave on March 27 for Jordan". Each
destination named after a going word is a leg, and the traveller's country
and the host are tied as ``visit``, when the traveller's country is one that
travels in the story's own time (a country of the visits stage's visits,
not of a background trip years back):

* the last person named before the going word ("Yoon's vacation ... Pelosi's
  decision to travel to Taiwan" is Pelosi's trip, and "he met Netanyahu
  before travelling to Egypt" is not Netanyahu's: Israel travels nowhere in
  that story);
* in a sentence naming no one ("The tour includes ..."), or one whose
  subject is a "he" of unknown country, the story's one travelling country.

Not legs: a demonym or a country after "by" or "visit of" ("the visit of the
Indian premier", "a visit by Japan" name who comes), a place one comes
*from* or leaves ("returned from Israel"), a trip that is negated, called off,
only wished for or that fell through ("invited him to visit", "if he were to
visit", "had been due to travel to"), the traveller's own country, and a
visit the visits stage already reported from the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from geo.status import is_cancelled
from geo.text import negated
from geo.ties.lexicon import QUAD_CLASS
from geo.values import Document, Evidence, Tie

__all__ = ["legs", "leg_ties"]

#: A going word and at most two more before a destination: "will visit", "a trip to", "tour includes", "left
#: on March 27 for". Coming-from words ("returned from", "left Beijing") are not here.
_GOING = re.compile(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trips?\s+to|tour(?:s|ed|ing)?(?:\s+of)?|travel\w*\s+(?:on\s+)?to|"
    r"fl(?:y|ies|ew|own|ying)\s+(?:on\s+)?to|head\w*\s+(?:on\s+|next\s+)?to|arriv\w*\s+(?:in|at)|land\w*\s+in|"
    r"go(?:es|ing)?\s+(?:on\s+)?to|went\s+(?:on\s+)?to|en\s+route\s+to|stop(?:s|ped|over)?\s+in|journey\s+to|"
    r"continu\w*\s+(?:on\s+)?to|onward\s+to|legs?\s+(?:in|to)|includ(?:es|ed)|(?:leav\w*|left|depart\w*)"
    r"(?:\s+[\w’'\-]+){0,4}?\s+for)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
#: Going words that say a tour, not one person's trip: they need no traveller named in the sentence.
_TOUR = re.compile(r"\b(?:tour|trip|legs?|stops?|includ\w*|itinerary)\b", re.I)
#: A trip only wished for, offered or supposed: "invited Putin to visit", "if he were to travel to".
_NOT_A_TRIP = re.compile(r"\b(?:invit\w*|if|would|could|might|hopes?|hoping|wants?|wish\w*|refus\w*|"
                         r"declin\w*|whether|had\s+been\s+(?:due|scheduled|expected|set|slated|planning)|"
                         r"was\s+to\s+have)\b", re.I)  # "had been due to arrive": a plan the story says fell through
#: "Was visited by Xi", "the visit of the Indian premier": who comes, not where to.
_BY = re.compile(r"\b(?:visit\w*\s+(?:by|of)|by)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*)\s*(?:the\s+)?")


def legs(text: str, spots: Sequence, people: Sequence, sentence: tuple[int, int], spans: Sequence[tuple[int, int]],
         travellers: Iterable[str], reported: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(traveller's country, host) of each leg a sentence tells, in order.

    Parameters
    ----------
    text : str
        The document's text.
    spots : sequence
        The sentence's countries in order, each with ``start``, ``end``,
        ``country``, ``role`` (``dest`` for a destination) and ``kind``
        (``demonym`` for a demonym).
    people : sequence
        The sentence's people in order (``start``, ``country``, ``kind``;
        ``pronoun`` for "he"), with or without a known country.
    sentence : (int, int)
        Where the sentence starts and ends.
    spans : sequence of (int, int)
        The sentence's clauses.
    travellers : iterable of str
        The countries whose people travel in the document's visits (the
        trips of the story's time, not background ones); when there is one,
        it is the traveller of a tour sentence that names no one, or of one
        whose subject is "he" or "she".
    reported : iterable of (str, str)
        (traveller's country, host) of the visits the visits stage reported
        from this sentence: those draw their own tie.

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> t = "The tour includes Tanzania, Rwanda and Chad."
    >>> spots = [S(start=t.index(n), end=t.index(n) + len(n), country=c, role="dest", kind="place")
    ...          for n, c in (("Tanzania", "TZ"), ("Rwanda", "RW"), ("Chad", "TD"))]
    >>> legs(t, spots, [], (0, len(t)), [(0, len(t))], ["EG"])
    [('EG', 'TZ'), ('EG', 'RW'), ('EG', 'TD')]
    >>> legs(t, spots, [], (0, len(t)), [(0, len(t))], ["EG", "US"])  # whose tour?
    []
    """
    s0, s1 = sentence
    known = sorted(set(travellers))
    if not known:
        return []  # every leg is a trip of a country travelling in the story
    out: list[tuple[str, str]] = []
    seen = set(reported)
    head = None
    # pointers, not scans, into the sentence's people and clauses: a sentence of many places stays linear
    pi, who, ci = 0, None, 0
    cancelled: dict[tuple[int, int], bool] = {}
    for i, s in enumerate(spots):
        if s.role in ("topic", "") or s.kind in ("person", "demonym") or not s0 <= s.start < s1:
            head = None
            continue
        prev = spots[i - 1] if i else None
        if head is None or prev is None or prev.role != s.role or not _GAP.fullmatch(text, prev.end, s.start):
            head = s  # a list of destinations shares its first one's going word
        lead = _GOING.search(text, max(s0, head.start - 70), head.start)
        if lead is None or _NOT_A_TRIP.search(text, max(s0, lead.start() - 40), head.start) or \
                _BY.search(lead.group(0)):
            continue
        while ci + 1 < len(spans) and spans[ci][1] <= head.start:
            ci += 1
        clause = spans[ci] if spans and spans[ci][0] <= head.start < spans[ci][1] else sentence
        if clause not in cancelled:
            cancelled[clause] = is_cancelled(text, clause, sentence)
        if cancelled[clause] or negated(text, clause[0], head.start):
            continue
        # whose trip: the last person named before the going word ("Pelosi's decision to travel to", "he met
        # Netanyahu before travelling to Egypt" is not Netanyahu's: he is no traveller of the story)
        while pi < len(people) and people[pi].start < lead.start():
            if people[pi].start >= s0:
                who = people[pi]
            pi += 1
        if who is not None and (who.country or who.kind != "pronoun"):
            guest = who.country
        elif (_TOUR.search(lead.group(0)) or who is not None) and len(known) == 1:
            guest = known[0]  # "The tour includes Tanzania", "He will visit Chad": the story's one traveller
        else:
            continue
        if guest in known and guest != s.country and (guest, s.country) not in seen:
            seen.add((guest, s.country))
            out.append((guest, s.country))
    return out


def leg_ties(doc: Document, spots: Sequence, people: Sequence, sentence: tuple[int, int],
             spans: Sequence[tuple[int, int]], travellers: Iterable[str],
             reported: Iterable[tuple[str, str]] = ()) -> list[Tie]:
    """The :func:`legs` of a sentence of ``doc`` as ``visit`` ties of weight 1, the sentence their evidence."""
    s0, s1 = sentence
    found = legs(doc.text, spots, people, sentence, spans, travellers, reported)
    if not found:
        return []
    ev = Evidence(doc.id, doc.text[s0:s1], "text", doc.url, doc.title, doc.published)
    return [Tie(*sorted((guest, host)), "visit", 1, doc.published, doc.published, (ev,), "CONSULT",
                QUAD_CLASS["CONSULT"]) for guest, host in found]
