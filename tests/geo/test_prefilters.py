"""The word lists that let a sentence skip a slow pattern hold a word of every match of it.

``present_at``, ``gathered``, ``tour_ends``, ``listed_attendees`` and
``visit_date`` search a pattern only where :func:`geo.text.has_word` finds
one of a few words (as :func:`geo.text.fold_case` writes the text). Those
words must be in every match, else a sentence the pattern would match is
skipped: a new alternative in a pattern needs its word in the list too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import visit_day
from geo.text import fold_case, has_word
from geo.visits import attendance, legs, summits

ROOT = Path(__file__).resolve().parents[2]

MADE = [
    "Xi Jinping left for Nepal on Sunday. He has DEPARTED for Paris; she sets off to Rome and flew out to Oslo.",
    "The president emplaned for Delhi. Lula leaveſ for Beijing on Monday.",
    "Modi will deliver a speech at the G20 summit. Ruto was among the leaders at the BRICS summit in Johannesburg.",
    "He is at the World\nCup final. Meloni will be a guest at the AU summit; Kishida is present at the COP28 talks.",
    "Leaders gathered in Addis Ababa for the AU summit. Ministers converged in Rome; delegates assembled at the hall.",
    "The tour began in Oman and concluded in Kuwait. He wrapped up in Hanoi; it kicked off in Lima.",
    "The tour, begun in Oman, finished in Kuwait; it closed with talks in Doha, winds up in Riyadh and wound up in Cairo.",
    "Leaders attending the summit include Modi. Among those attending the funeral were Blair and Mbeki.",
    "Heads of state expected at the summit include Lula; Prime Ministers who will be attending the forum are Kishida.",
]
# each group of people a list of attendees may open with (the alternatives of summits.GROUP, written out)
MADE += [f"{group} attending the summit include Modi." for group in (
    "Leaders", "Heads of state", "Presidents", "Prime ministers", "Premiers", "Dignitaries", "Guests", "Counterparts",
    "Monarchs", "Royals", "Participants", "Attendees", "Delegates", "Ministers", "Among those")]

CASES = {
    "set off": (visit_day._SET_OFF, visit_day._SET_OFF_WORDS),
    "present at": (attendance._PRESENT_AT, attendance._NAMED_EVENT_WORDS),
    "gathered": (attendance._GATHERED, attendance._GATHER_WORDS),
    "tour span": (legs._SPAN, legs._SPAN_WORDS),
    "attendee list": (summits._LIST_OPEN, summits._LIST_OPEN_WORDS),
}


def _texts() -> list[str]:
    texts = list(MADE)
    for folder in (ROOT / "benchmarks" / "realnews" / "dev" / "articles", ROOT / "data" / "sample"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    return texts


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_match_holds_one_of_the_words_the_sentence_is_screened_for(case):
    pattern, words = CASES[case]
    matched = 0
    for text in _texts():
        low = fold_case(text)
        for m in pattern.finditer(text):
            assert has_word(low, words, m.start(), m.end()), (case, m.group(0))
            matched += 1
    assert matched >= 2  # the made sentences match each pattern


def test_a_sentence_without_the_words_is_skipped_and_one_with_them_is_read():
    low = fold_case(MADE[0])
    assert has_word(low, visit_day._SET_OFF_WORDS, 0, len(low))
    quiet = fold_case("Putin arrived in Beijing on Monday for talks with Xi.")
    assert not has_word(quiet, visit_day._SET_OFF_WORDS, 0, len(quiet))
    assert visit_day._SET_OFF.search("Putin arrived in Beijing on Monday for talks with Xi.") is None
