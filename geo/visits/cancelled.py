"""Trips called off in other words than "cancelled" or "postponed".

English calls a trip off with more verbs than :data:`geo.cancel_words.CANCEL` holds, and news uses them as
often:

* the trip as the subject of a verb of giving up: "the trip by Sunak to India has been abandoned", "the
  visit was dropped", "the tour has been put on hold", "the visit will no longer go ahead", "the trip fell
  through";
* the traveller giving up the trip, his part in an event, or the plan: "decided to cancel his attendance
  at the summit", "withdrew from the summit", "would miss the summit in Bali", "abandoned plans to visit",
  "decided against travelling", "failed to attend the summit in Kigali", "will no longer travel to Lima"; or
  something keeping him from it: "the shutdown will prevent him from attending the summit".

"cancel his attendance" names a trip only when what he was to attend is an event held somewhere (a
summit, a meeting, a ceremony); "cancelled his attendance at events on Saturday" (the engagements of a trip
under way) calls nothing off (:data:`geo.cancel_words.EVENT`). :func:`called_off_otherwise` marks cancelled every visit the
sentence itself tells for the one who gave it up, and answers who gave a trip up, and where, for
:func:`geo.visits.called_off.cancel_legs`, which then calls off that traveller's planned stops told
around it ("He was to travel to Indonesia on Thursday").

The words are :mod:`geo.cancel_words`'s (:data:`~geo.cancel_words.GIVEN_UP`, :data:`~geo.cancel_words.GIVES_UP`),
the vocabulary every calling-off reader shares; the scope is this module's own: the one who gives the trip up
(the trip's "by" agent, the object of "prevent", else the subject before the cue) and only the places the cue
reaches, where :func:`geo.status.is_cancelled` calls off the visit of the clause that holds the word.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from geo.cancel_words import GIVE_UP_WORDS, GIVEN_UP, GIVES_UP
from geo.doc_words import WordsAt
from geo.text import fold_case
from geo.values import Person, Visit
from geo.visits.called_off import CallOff
from geo.visits.context import eligible

__all__ = ["called_off_otherwise"]

#: A relative clause that opens between the one who gives a trip up and the words that say so.
_WHO_BEFORE = re.compile(r",\s*who\s")


def called_off_otherwise(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
                         visits: list[Visit]) -> tuple[list[Visit], dict[str, list[CallOff]]]:
    """The visits with those a sentence gives up marked cancelled, and who gave a trip up where.

    Parameters
    ----------
    text : str
    sentences : sequence of (start, end)
    people_of : sequence of sequence of Person
        The people of each sentence, pronouns resolved.
    visits : list of Visit
        The document's visits as read so far.

    Returns
    -------
    (list of Visit, dict)
        The visits, those told in a sentence that gives their traveller's trip up marked ``cancelled``; and
        for each traveller who gives a trip up, where (a :class:`~geo.visits.called_off.CallOff` per sentence).
    """
    offs: dict[str, list[CallOff]] = {}
    # only the sentences holding a trigger word are read: most documents give nothing up
    triggers = WordsAt(fold_case(text), GIVE_UP_WORDS)
    told: dict[tuple[str, str], tuple[int, int, int]] = {}  # (traveller, sentence): the sentence, the cue's reach
    for k, (s0, s1) in enumerate(sentences):
        if not triggers.within(s0, s1):
            continue
        m = GIVES_UP.search(text, s0, s1) or GIVEN_UP.search(text, s0, s1)
        if m is None:
            continue
        # whose: a "by" agent of the trip noun ("the trip by Sunak ... has been abandoned"), else the subject
        by = [p for p in people_of[k] if p.name and m.start() < p.start < m.end()
              and re.search(r"\bby\s+(?:[\w.’'\-]+\s+){0,5}$", text[m.start():p.start])]
        # or the one the cue names as its object: "will prevent him from attending"
        by = by or [p for p in people_of[k] if p.name and m.start() < p.start < m.end()
                    and m.group(0).lower().startswith("prevent")]
        who = by[:1] or [p for p in people_of[k] if p.name and p.start < m.start() and eligible(text, p, s0)][-1:]
        if not who:
            continue
        offs.setdefault(who[0].name, []).append(CallOff(s0))
        reach = min(s1, m.end() + 80)
        if _WHO_BEFORE.search(text, who[0].end, m.start()) and (close := text.find(",", m.end(), reach)) >= 0:
            reach = close  # "Scholz, who failed to attend the summit, arrived in Kyiv": the aside's trip only
        told[(who[0].name, text[s0:s1])] = (s0, m.start(), reach)
    if not told:
        return visits, offs

    def given_up(v: Visit) -> bool:
        """Told in a sentence that gives its traveller's trip up, and not at a place the sentence names apart
        from what it gives up ("arrived in Tokyo after missing the summit in Bali": Tokyo holds)."""
        at = told.get((v.traveler, v.evidence or ""))
        if at is None or v.status == "cancelled":
            return False
        s0, c0, c1 = at
        where = text.find(v.place, s0, s0 + len(v.evidence or "")) if v.place else -1
        if where < 0:  # a country, no place named: where its cue's words are ("travel: arrived in")
            cue = (v.how or "").split(";")[0].partition(": ")[2]
            where = text.find(cue, s0, s0 + len(v.evidence or "")) if cue else -1
        return where < 0 or c0 <= where < c1

    return [dataclasses.replace(v, status="cancelled") if given_up(v) else v for v in visits], offs
