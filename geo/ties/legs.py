"""The legs of a tour told of "he" or "she" of no known country, as ``visit`` ties.

The legs of a tour are visits, found by the visits stage
(:func:`geo.visits.legs.tour_legs`), and each draws its ``visit`` tie. One
form stays here, because the visits stage cannot make it a visit of a
known traveller: a leg whose subject is a pronoun the people stage resolved
to no country ("He will then travel to Jordan"). Its traveller's country is
the story's one travelling country (:func:`geo.visits.legs.travelling`),
and the tie is drawn when the visits stage reported no visit between the
two from that sentence.

The going words and guards are the visits stage's: a place after "by" or
"visit of" (who comes), a trip only wished for or that fell through, a
negated or called-off clause, and the traveller's own country are no legs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from geo.status import is_cancelled
from geo.text import negated
from geo.ties.lexicon import QUAD_CLASS
from geo.values import Document, Evidence, Tie
from geo.visits.legs import BY_GUEST, GOING_CASED, LIST_GAP, NOT_A_TRIP

__all__ = ["legs", "leg_ties"]


def legs(text: str, spots: Sequence, people: Sequence, sentence: tuple[int, int], spans: Sequence[tuple[int, int]],
         travellers: Iterable[str], reported: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(traveller's country, host) of each leg a sentence tells of a pronoun of no known country.

    Parameters
    ----------
    text : str
        The document's text.
    spots : sequence
        The sentence's countries in order, each with ``start``, ``end``,
        ``country``, ``role`` (``dest`` for a destination) and ``kind``.
    people : sequence
        The sentence's people in order (``start``, ``country``, ``kind``).
    sentence : (int, int)
        Where the sentence starts and ends.
    spans : sequence of (int, int)
        The sentence's clauses.
    travellers : iterable of str
        The countries that travel in the story's own time; the leg is the
        trip of the one there is, else of none.
    reported : iterable of (str, str)
        (traveller's country, host) of the visits reported from this sentence.

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> t = "He will then travel to Jordan."
    >>> jo = S(start=23, end=29, country="JO", role="dest", kind="place")
    >>> he = S(start=0, country=None, kind="pronoun")
    >>> legs(t, [jo], [he], (0, len(t)), [(0, len(t))], ["SA"])
    [('SA', 'JO')]
    >>> legs(t, [jo], [S(start=0, country="US", kind="name")], (0, len(t)), [(0, len(t))], ["SA"])  # a visit
    []
    """
    s0, s1 = sentence
    known = sorted(set(travellers))
    if len(known) != 1:
        return []
    guest = known[0]
    out: list[tuple[str, str]] = []
    seen = set(reported)
    head = None
    for i, s in enumerate(spots):
        if s.role in ("topic", "") or s.kind in ("person", "demonym") or not s0 <= s.start < s1:
            head = None
            continue
        prev = spots[i - 1] if i else None
        if head is None or prev is None or prev.role != s.role or not LIST_GAP.fullmatch(text, prev.end, s.start):
            head = s  # a list of destinations shares its first one's going word
        lead = GOING_CASED.search(text, max(s0, head.start - 70), head.start)
        if lead is None or NOT_A_TRIP.search(text, max(s0, lead.start() - 40), head.start) or \
                BY_GUEST.search(lead.group(0)):
            continue
        who = next((p for p in reversed(people) if s0 <= p.start < lead.start()), None)
        if who is None or who.country or who.kind != "pronoun":
            continue  # a named traveller's leg, or a tour of no one named: a visit of the visits stage
        clause = next((c for c in spans if c[0] <= head.start < c[1]), sentence)
        if is_cancelled(text, clause, sentence) or negated(text, clause[0], lead.start()):
            continue
        if guest != s.country and (guest, s.country) not in seen:
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
