"""The cheap tests that spare the events stage a pattern hold exactly: the pattern never matches where they say no.

Several readers look for a pattern's words first (a ``str.find`` each, on :func:`geo.text.fold_case`'s copy)
and skip the pattern, tried at every character, where none is; :class:`geo.word_search.Caseless` runs an
ignore-case pattern as its case-sensitive twin on a lower-cased copy. A word list that misses a word a later
alternative of its pattern needs, or a pattern that stops being written in lower case, would silently change
what is found: these tests hold each to its pattern on real news, the bundled sample and text written to trip
them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.text import fold_case, has_word
from geo.word_search import Caseless, caseless_copy

ROOT = Path(__file__).resolve().parents[2]

TRICKY = [
    "He spoke by TELEPHONE; a telephonic call; talks via Zoom and VIDEOCONFERENCE, virtually all of them online.",
    "The İnauguration, the ſummit and the FUNERAL; G-20, G7 and COP28 in Dubai; a BRICS forum; the Games.",
    "He will MEET with the Heads of State of Ghana and Togo, and hold talks with Prime Ministers of both.",
    "Xi, ACCOMPANIED by Wang, was Joined by Li; the Delegation includes Ali; his entourage comprises two.",
    "Were he to VISIT Kyiv, ... if he were to travel to Paris; would go to Rome if INVITED.",
    "They DISCUSSED the war IN Syria; talks expected to COVER China; the crisis on the Korean peninsula.",
    "He had VISITED Rome and Flew to Oslo, then went on to Bern; he WAS in Lima; the Kelvin K; ı; ſ; İ.",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for folder in (ROOT / "benchmarks" / "realnews" / "dev" / "articles", ROOT / "data" / "sample"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*"))
                  if p.suffix in (".txt", ".md", ".html")]
    return texts


def _word_lists() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    from geo.visits import companions, fallback, gathering_guests, legs, remote, setting, topic

    return [("remote", fallback.REMOTE, fallback._REMOTE_WORDS),
            ("gathering", gathering_guests.GATHERING, gathering_guests._GATHERING_WORDS),
            ("accompanied", companions._ACCOMPANIED, companions._ACCOMPANIED_WORDS),
            ("delegation", companions._DELEGATION, companions._DELEGATION_WORDS),
            ("told remote", remote._REMOTE, remote._REMOTE_WORDS),
            ("about", topic._ABOUT, topic._ABOUT_WORDS), ("meets", legs._MEETS, legs._MEETS_PEOPLE),
            *((f"setting {i}", p, w) for i, (p, w) in enumerate(setting._WORDS_OF))]


@pytest.mark.parametrize("label, pattern, words", _word_lists(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_match_holds_one_of_the_words_looked_for_first(label, pattern, words):
    checked = 0
    for text in _texts():
        low = fold_case(text)
        ends = [len(text)] if "$" not in pattern.pattern else range(0, len(text) + 1, 7)  # "$": at many ends
        for end in ends:
            for m in pattern.finditer(text, max(0, end - 120) if len(ends) > 1 else 0, end):
                assert has_word(low, words, m.start(), m.end()), (label, m.group(0))
                checked += 1
    assert checked > 0


def test_the_patterns_anchored_at_their_ends_are_skipped_only_where_they_cannot_match():
    from geo.possessed_names import _BEFORE_OF, _name_of
    from geo.visits.stop_order import _LIST, _head
    from geo.visits.topic import _EVENT_ENDS, _EVENT_IN

    checked = 0
    for text in _texts()[:120] + ["Paris,\n", "x the\n", "France, Germany and \n", "A and\n\n", "\n", ""]:
        low = fold_case(text)
        for end in range(0, len(text) + 1, 3):
            lo = max(0, end - 80)
            if _EVENT_IN.search(text, lo, end):
                assert low[lo:end].rstrip().endswith(_EVENT_ENDS)
                checked += 1
            m = _BEFORE_OF.search(text, max(0, end - 70), end)
            assert (m and m.span()) == ((n := _name_of(text, end)) and n.span())
            seg = text[max(0, end - 160):end]
            head = seg[:_LIST.search(seg).start()]
            assert _head(text, 0, end) == (head if head.endswith(" ") else head + " ")
    assert checked > 0


def test_caseless_copy_only_where_lower_case_matching_finds_the_same():
    assert caseless_copy("Xi’s VISIT – “soon”") == "xi’s visit – “soon”"
    for text in ("İstanbul", "vısit", "ſcrapped", "\u212a", "Zürich", "Ⅳ", "\u24b6"):
        assert caseless_copy(text) is None


@pytest.mark.parametrize("source", [r"\b[A-Z]\w+", r"(?-i:[a-z])x", r"[!-_]", r"\x41", r"é", r"(a)\1"])
def test_a_pattern_not_written_in_lower_case_has_no_twin(source):
    with pytest.raises(ValueError):
        Caseless(re.compile(source, re.I))


def _caseless_patterns() -> list[re.Pattern[str]]:
    from geo.status import _PAST_VERB
    from geo.visits.legs import GOING

    return [_PAST_VERB, GOING]


WORDS = ["Visited", "VISIT", "to", "TO", "the", "flew", "FLEW", "went", "on", "was", "WERE", "united", "needed",
         "İ", "ı", "ſ", "\u212a", "’", "“", "é", "Ⅳ", "\u24b6", "-", ",", "\n", "  ", "Rome", "for", "left"]


@settings(deadline=None, database=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.integers(0, 40))
def test_caseless_search_finds_what_the_pattern_finds(words, cut):
    text = " ".join(words)
    for pattern in _caseless_patterns():
        for a, b in ((0, len(text)), (min(cut, len(text)), len(text)), (0, min(cut, len(text)))):
            want = pattern.search(text, a, b)
            got = Caseless(pattern).search(text, a, b)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_caseless_search_on_real_news():
    checked = 0
    for text in _texts()[:300]:
        for pattern in _caseless_patterns():
            twin = Caseless(pattern)
            for end in range(10, len(text), 37):
                want = pattern.search(text, max(0, end - 70), end)
                got = twin.search(text, max(0, end - 70), end)
                assert (got and got.span()) == (want and want.span())
                checked += want is not None
    assert checked > 0
