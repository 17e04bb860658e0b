"""A visit's own meeting: "she flew to Argentina *for talks with* President Macri".

The traveller's country and the host are tied as ``diplomatic`` when the
sentence of the visit (or one naming the host as a destination) says the
traveller meets the hosts, even when neither is named again as a country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.text import negated, where_told
from geo.ties.lexicon import lexicon
from geo.values import Visit

__all__ = ["trips_by_sentence", "meeting_words", "meetings"]


def trips_by_sentence(visits: Sequence[Visit], text: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """(traveller's country, host) of the visits each sentence tells, keyed by where the sentence starts."""
    by_evidence: dict[str, set[tuple[str, str]]] = {}
    for v in visits:
        if v.evidence and v.traveler_country and v.country and v.traveler_country != v.country \
                and v.status != "cancelled":
            by_evidence.setdefault(v.evidence, set()).add((v.traveler_country, v.country))
    out: dict[int, tuple[tuple[str, str], ...]] = {}
    for evidence, pairs in by_evidence.items():  # one look-up per sentence, not per visit
        at = where_told(text, evidence)
        if at >= 0:
            out[at] = tuple(sorted(pairs))
    return out


#: Meetings one holds somewhere ("bilateral meetings in Zimbabwe"), unlike "they met in China" (a venue).
_HELD = ("meetings", "talks", "consultations", "discussions")
_MULTILATERAL = re.compile(r"(?:\b(?:attend\w*|participat\w*\s+in|take\s+part\s+in|took\s+part\s+in|"
                           r"taking\s+part\s+in|join\w*)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,4}|"
                           r"\b(?:leaders|ministers|ministerial|heads\s+of\s+state)['’]?\s+|"
                           r"(?-i:\b[A-Z][\w\-]*\s+))$", re.I)  # "the European Council meeting": a named one
_OFFICE = re.compile(r"\b(?:counterparts?|officials|leaders|leadership|government|authorities|president|"
                     r"prime\s+minister|premier|king|emir|sultan|crown\s+prince|chancellor|ministers?|"
                     r"head\s+of\s+state|his\s+host|her\s+host)\b", re.I)


def meeting_words(text: str, s0: int, s1: int) -> list[re.Match]:
    """The meeting words of ``text[s0:s1]`` ("talks", "met with", "a working dinner"), not of a named or
    multilateral meeting ("the European Council meeting", "a meeting of defence ministers")."""
    out = []
    for m in lexicon()[0].finditer("meeting", text, s0, s1):
        if _MULTILATERAL.search(text, max(s0, m.start() - 40), m.start()) or text.startswith(" of ", m.end()):
            continue
        out.append(m)
    return out


def meetings(text: str, spots: Sequence, people: Sequence, sentence: tuple[int, int],
             trip: Sequence[tuple[str, str]], words: Sequence[re.Match]) -> list[tuple[str, str]]:
    """The (traveller's country, host) pairs of ``trip`` whose meeting the sentence tells.

    "Gates arrived here to *meet with* the crown prince", "she will travel to
    Argentina *for talks with* President Macri": the traveller is the one party
    and the host's people the other, even when the host's country is not named
    again. The meeting word must be followed closely by someone of the host (or
    of no known country); one whose next party is of a third country belongs to
    that pair, and meetings with no one named ("to take part in the ministerial
    meetings") tie nothing.

    ``spots`` are the sentence's countries with their roles (``start``,
    ``end``, ``country``, ``role``), ``people`` its people (``start``,
    ``country``, ``kind``), ``words`` its :func:`meeting_words`.
    """
    c0, c1 = sentence
    out: list[tuple[str, str]] = []
    guests = {g for g, _ in trip}
    for m in words:
        if len({s.country for s in spots if s.role == "party" and c0 <= s.start < m.start()
                and s.country in guests}) >= 2:
            continue  # "Wang Yi and Blinken agreed at a meeting in Vientiane": two visitors meet each other
        stop = min(c1, m.end() + 80)
        last_dest = None  # "after Peru he travels to Argentina for talks": the meeting of the last stop named
        after = []  # the parties after the meeting word, and whether a host is named as the place of it
        for s in spots:
            if s.start < m.start():
                if s.role == "dest" and c0 <= s.start:
                    last_dest = s.country
            elif s.start < c1 and s.role == "party" and s.country not in guests:
                after.append(s)
        nxt = after[0] if after else None
        who = next((p for p in people if m.end() <= p.start < stop and p.kind != "pronoun"
                    and p.country not in guests), None)
        held = m.group(0).lower().endswith(_HELD)
        found = []
        for guest, host in trip:
            if (guest, host) in out or (last_dest is not None and last_dest != host):
                continue
            if nxt is not None and nxt.country != host:
                continue  # "met with Japan's premier" on a trip to Korea: another pair's meeting
            if who is not None and who.country not in (None, host):
                continue
            if who is None and (nxt is None or nxt.start >= stop) and not _OFFICE.search(text, m.end(), stop) \
                    and not (held and any(s.country == host and s.role in ("venue", "dest")
                                          and m.end() <= s.start < m.end() + 150 for s in spots)):
                continue  # no one met, unless where: "will hold bilateral meetings in Zimbabwe, in Rwanda ..."
            found.append((guest, host))
        if found and not negated(text, c0, m.start()):
            out.extend(found)
    return out
