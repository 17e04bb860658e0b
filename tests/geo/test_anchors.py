"""The events stage's patterns give the same matches when tried only where their first words are.

:class:`geo.text.Anchors` (and the landmark automaton and the "In Ashkhabad, ..."
scan) replace ``pattern.finditer`` for speed; these tests hold them to exactly
what the plain patterns find, on real news, on the bundled sample, on text
written to trip them (letters that ignore-case matching folds to ASCII, digits
of other scripts, words glued to words) and on random text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.text import Anchors, fold_case, split_sentences

ROOT = Path(__file__).resolve().parents[2]

TRICKY = [
    "Putin ARRIVED in Minsk; he flew on to Beijing, then VISITED Hanoi.",
    "The trip was ſcrapped. The vısit was CANCELLED; it was postponed until May 9-10, 2024.",
    "İstanbul: the Turkish president met Xi. KELVIN K arrived on ٣ March and left on Sunday.",
    "He said on Tuesday that the visits, tours and engagements would go ahead, en route to Delhi.",
    "outflew, revisited, unarrived, co-chaired, pre-summit talks; Mr. and Mrs. Smith; H.E. Sheikh Tamim",
    "the day before yesterday, last week, early-March, the end of June, in 2019, 4th to 6th of July",
    "Russia's invasion of Ukraine; sanctions-hit Iran; the US-China trade war; non-aggression",
    "he, his, him, she, her, He, His, Him, She, Her, hers, shed, them, the, The",
    "Ébarrived «visited» Kyiv, ’arrived in Minsk’, naïvevisit, ΑΘarrived, \x01arrived in Oslo, H?E? Sheikh",
    "",
]


OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _texts() -> list[str]:
    texts = list(TRICKY)
    for folder in (ROOT / "benchmarks" / "realnews" / "dev" / "articles", ROOT / "data" / "sample"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*"))
                  if p.suffix in (".txt", ".md", ".html")]
    return texts


def _anchor_sets() -> list[tuple[str, Anchors]]:
    from geo import calendar_spans, coreference, dates, people, status, ties
    from geo.ties.roles import role_words
    from geo.visits import (attendance, companions, context, fallback, families, homecoming, honoured, itinerary, legs,
                            sent, trip_agent)

    return [("visits", families._cues()), ("reports", context._reports()), ("people", people._anchors()),
            ("pronouns", coreference._pronouns()),
            ("status", status._anchors()),
            ("dates", dates._anchors()), ("calendar", calendar_spans._calendar_anchors()), ("ties", ties.lexicon()[0]),
            ("roles", role_words()), ("tense", status._tense_words()),
            ("tour ends", legs._span_cues()), ("trip word", fallback._trip_words()),
            ("homecoming", homecoming._anchored()), ("next stop", itinerary._anchored()),
            ("to the country", trip_agent._anchored()), ("at an event", attendance._anchored()),
            ("delegation", companions._anchored()), ("honours", honoured._cues()), ("sending", sent._cues()),
            ("presence", fallback._presence_cues())]


def _ranges(text: str) -> list[tuple[int, int]]:
    sentences = split_sentences(text)
    # parts first, then the whole, so that lazy anchors are asked about small stretches first
    return [(a + 3, b - 2) for a, b in sentences] + sentences + [(0, len(text)), (7, len(text))]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize("label, anchors", _anchor_sets(), ids=lambda x: x if isinstance(x, str) else "")
def test_anchored_patterns_find_what_the_plain_patterns_find(label, anchors):
    checked = 0
    for text in _texts():
        if label == "dates" and OTHER_DIGIT.search(text):
            continue  # a day in digits of another script: find_dates uses the plain pattern (below)
        for a, b in _ranges(text):
            for name, pattern in anchors.patterns.items():
                want = _spans(pattern.finditer(text, a, b))
                assert _spans(anchors.finditer(name, text, a, b)) == want, (label, name, text[a:b][:80])
                checked += len(want)
    assert checked > 0  # the corpus exercises every set


@pytest.mark.parametrize("which", ["roles", "tense"])
def test_stretch_searches_find_what_the_plain_patterns_find_in_the_stretch(which):
    from geo.status import _tense_words
    from geo.ties.roles import role_words

    words = role_words() if which == "roles" else _tense_words()
    checked = 0
    for text in _texts():
        for s0, s1 in split_sentences(text):
            words.starts(text, s0, s1)
            for end in [m.start() for m in re.finditer(r"\b[A-Z]", text[s0:s1])]:
                # the lead before a capitalised word, and a window around it
                for a, b in ((max(s0, s0 + end - 60), s0 + end), (max(s0, s0 + end - 80), min(s1, s0 + end + 40))):
                    for name, pattern in words.patterns.items():
                        want = pattern.search(text[a:b])
                        got = words.search_in(name, text, a, b)
                        assert (got and got.span()) == (want and want.span()), (name, text[a:b])
                        checked += want is not None
    assert checked > 0


def test_a_day_in_digits_of_another_script_is_found_as_before():
    import datetime as dt

    from geo.dates import find_dates

    found = find_dates("KELVIN K arrived on ٣ March and left on Sunday.", dt.date(2024, 3, 10))
    assert [(d.text, d.start.isoformat()) for d in found] == [("٣ March", "2024-03-03"),
                                                             ("Sunday", "2024-03-10")]


WORDS = ["arrived", "in", "é", "’", "\x01", "visit", "the", "President", "Putin", "Mr", "met", "talks", "on",
         "Monday", "May", "9", "٣", "cancelled", "not", "sanctions", "trade", "deal", "he", "she", "en", "route",
         "to", "İ", "ı", "ſ", "K", "co-", "H.E.", "'s", "’s", ",", ";", ".", "-", "\n", "  ", "Kremlin"]


@settings(deadline=None, database=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.sampled_from(["", " ", "x"]), max_size=40))
def test_anchored_patterns_match_plain_ones_on_random_text(words, glue):
    text = "".join(w + (glue[i] if i < len(glue) else " ") for i, w in enumerate(words))
    for _, anchors in _anchor_sets():
        for name, pattern in anchors.patterns.items():
            if name == "date" and OTHER_DIGIT.search(text):
                continue
            for a, b in ((0, len(text)), (len(text) // 3, len(text))):
                assert _spans(anchors.finditer(name, text, a, b)) == _spans(pattern.finditer(text, a, b))


def test_fold_case_keeps_offsets_and_folds_as_ignore_case_matching_does():
    odd = "İıſKÉß"
    folded = fold_case(odd + "ABC")
    assert len(folded) == len(odd) + 3
    for c, f in zip(odd, folded):
        for x in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(x, c, re.I):
                assert f == x, (c, f)


def test_landmarks_are_found_as_the_names_pattern_finds_them():
    from geo.landmarks import _index, find_landmarks

    by_name = _index()[1]
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    texts = _texts() + ["the Kremlin-backed", "White Houses and the White House", "_Kremlin", "Élysée Palace",
                         "ÉKremlin, naïveKremlin, 1Kremlin, (Kremlin), «Kremlin», Kremlin’s, \x01Kremlin, Elys?e"]
    for text in texts:
        for a, b in _ranges(text):
            want = [(m.start(), m.end(), by_name[m.group(0)]) for m in pattern.finditer(text, a, b)]
            assert find_landmarks(text, a, b) == want, text[a:b][:80]


def test_place_first_scan_matches_the_plain_pattern():
    from geo.visits.place_first import _IN_FIRST, in_first

    tricky = ["In Paris, he", ",in Rome", "while in Oslo, x; when At Bonn", "whilst in X,while in Y"]
    for text in _texts() + tricky:
        for a, b in split_sentences(text) + [(0, len(text))]:
            seg = text[a:b]
            assert _spans(in_first(seg)) == _spans(_IN_FIRST.finditer(seg))


def test_datelines_are_sought_at_line_starts_as_the_plain_pattern_finds_them():
    from geo import datelines

    _DATELINE, _line_matches, _may_start_dateline = (datelines._DATELINE, datelines._line_matches,
                                                     datelines._may_start_dateline)

    tricky = ["NAIROBI - x\nPARIS - y", "a\n\nDHAKA: z", "x" * 700 + "\nLONDON - q", "\n", " \t(Nov 9), Paris (AFP) - x",
              "\u0669 Nov, Beijing: x", "  9 Nov, Beijing: x\n\tDHAKA: y"]
    for text in _texts() + tricky:
        for end in (0, 5, min(len(text), 600), len(text)):
            want = _spans(_DATELINE.finditer(text, 0, end))
            assert _spans(_line_matches(_DATELINE, text, end)) == want
            assert _spans(_line_matches(_DATELINE, text, end, _may_start_dateline)) == want
            assert _spans(_line_matches(_DATELINE, text, end, _may_start_dateline, 400)) == [s for s in want if s[0] <= 400]


def test_surnames_are_found_as_their_alternation_finds_them():
    from geo.text import whole_words

    for text in _texts():
        words = sorted({w for w in re.findall(r"[A-Z][\w.\-]+", text) if len(w) > 2})[:40]
        words += ["A.B", "A.B.C", "Al-Sisi", "Sisi"]
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
        for t in (text, "A.B.C and Al-Sisi, Sisi_x Sisi-y (Sisi)"):
            want = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(t)]
            assert whole_words(t, words) == want


def test_an_anchor_word_must_start_with_ascii():
    with pytest.raises(ValueError, match="ASCII"):
        Anchors({"x": (re.compile(r"\bé"), ("é",))})


def test_clause_breaks_are_what_the_plain_pattern_finds():
    from geo import text as module

    checked = 0
    for text in _texts() + ["a - b – c —d ;e,but BUT whİle WHEREAſ, whıle x", "- but", "x\n- y"]:
        for a, b in _ranges(text):
            want = _spans(module._CLAUSE.finditer(text, a, b))
            assert _spans(module._clause_breaks(text, a, b)) == want, text[a:b][:80]
            checked += len(want)
    assert checked > 0



STOP_PIECES = [".", "!", "?", "…", "\n", " ", "\n\n", "\r\n", "\t", '"', "'", "”", "’", ")", "]", "“", "‘", "(", "[",
               "A", "Bc", "a", "ab", "9", "Mr", "May", "V", "K.", "U.S", "é", "Xi"]


def test_sentence_boundaries_are_what_the_plain_pattern_finds():
    from geo import text as module

    checked = 0
    for text in _texts():
        want = _spans(module._BOUNDARY.finditer(text))
        assert _spans(module._boundaries(text)) == want, text[:80]
        checked += len(want)
    assert checked > 0


@settings(deadline=None, database=None, max_examples=300)
@given(st.lists(st.sampled_from(STOP_PIECES), max_size=40))
def test_sentence_boundaries_are_what_the_plain_pattern_finds_on_random_text(pieces):
    from geo import text as module

    text = "".join(pieces)
    assert _spans(module._boundaries(text)) == _spans(module._BOUNDARY.finditer(text))



def test_quotations_are_what_the_plain_pattern_finds():
    from geo import first_person

    found = 0
    for text in _texts():
        want = _spans(first_person._QUOTE.finditer(text))
        assert _spans(first_person.quotations(text)) == want, text[:80]
        found += len(want)
    assert found > 0


@settings(deadline=None, database=None, max_examples=200)
@given(st.lists(st.sampled_from(['"', "“", "”", "a", " I ", "x" * 300, "\n"]), max_size=20))
def test_quotations_are_what_the_plain_pattern_finds_on_random_text(pieces):
    from geo import first_person

    text = "".join(pieces)
    assert _spans(first_person.quotations(text)) == _spans(first_person._QUOTE.finditer(text))



@settings(deadline=None, database=None, max_examples=200)
@given(st.text(alphabet="aZ \n\x7f\x80é’“ı\ud800\udfff😀İ\u212a\x00", max_size=30))
def test_the_characters_outside_ascii_are_those_the_plain_pattern_finds(text):
    from geo import leaders

    for t in (text, *TRICKY):
        leaders._non_ascii.cache_clear()
        assert leaders._non_ascii(t) == frozenset(re.findall(r"[^\x00-\x7f]", t))

def test_the_title_cut_before_a_name_is_what_the_plain_pattern_cuts():
    from geo.visits import context

    checked = 0
    extra = ["the visiting Kenyan PRESİDENT William Ruto", "Secretary of State (US) Antony J. Blinken",
             "talks with Foreign Minister\nWang Yi", "a vice-president's aide, Prime Minister Modi",
             # no role word at all; capitals after the last one; a lead ending in a line break
             "Talks In New York With Mr John Smith Of Acme", "President Xi Jinping And Premier Li Qiang Met In Rome",
             "the Foreign Minister of the United Arab Emirates Sheikh Abdullah\n\nSheikh Abdullah"]
    for text in _texts() + extra:
        for s0, s1 in split_sentences(text) + [(0, len(text))]:
            for hi in [s0 + m.start() for m in re.finditer(r"[A-Z]", text[s0:s1])] + [s1]:
                lo = max(s0, hi - 80)  # the lead before a name, as eligible() reads it
                want = context._TITLE_TAIL.sub("", text[lo:hi])
                assert context._title_cut(text, lo, hi) == want, text[lo:hi]
                checked += want != text[lo:hi]
    assert checked > 0


@pytest.mark.parametrize("words", [("two", "both", "bilateral", "each"),
                                   ("ingdom", "mirate", "ultanate", "Gulf", "sland ", "ost c", "ost n"),
                                   ("aa", "aaa", "a a")])  # overlapping and nested occurrences too
def test_words_found_once_per_document_answer_as_a_search_per_stretch_does(words):
    from geo.doc_words import WordsAt
    from geo.text import has_word

    texts = [*TRICKY, "aaaa a a aaa; the two kingdoms, each an island nation, host countries of the Gulf",
             *(_texts()[:15])]
    checked = found = 0
    for text in texts:
        low = fold_case(text)
        at = WordsAt(low, words)
        bounds = sorted({0, len(low), *(m.start() for m in re.finditer(r"\W", low))})
        for a in bounds[::3]:
            for b in bounds:
                if b < a:
                    continue
                want = has_word(low, words, a, b)
                assert at.within(a, b) == want, (words, low[a:b])
                checked += 1
                found += want
    assert checked > 1000 and found > 20  # stretches with and without the words were asked


ALTERNATIVES = ["minister", "minister of state", "Minister", "prime minister", "pm", "president", "presidential",
                "premier", "pre", "H.E.", "H.E", "HE", "Rt. Hon.", "His Excellency", "His", "Dato", "Dato'", "ſir",
                "sir", "Señor", "a-b", "a b"]


@settings(deadline=None, database=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ALTERNATIVES), min_size=1, max_size=12, unique=True),
       st.lists(st.sampled_from(ALTERNATIVES + [" ", "  ", "x", ".", "of", "State", "\n"]), max_size=30),
       st.sampled_from([None, r"\s+"]), st.booleans())
def test_a_tree_of_words_matches_what_their_alternation_longest_first_matches(words, pieces, space, ignore_case):
    from geo.wordlists import longest_first

    def piece(c: str) -> str:
        return space if space is not None and c == " " else re.escape(c)

    plain = "|".join(sorted(("".join(piece(c) for c in w) for w in words), key=len, reverse=True))
    flags = re.I if ignore_case else 0
    # a group around it, and a pattern after it, so that a shorter word must be tried when the longer fails
    tree = re.compile("(?P<w>" + longest_first(words, space=space) + r")(?P<after>\s+[Ss]tate|\.|)", flags)
    alternation = re.compile("(?P<w>" + plain + r")(?P<after>\s+[Ss]tate|\.|)", flags)
    text = " ".join(pieces)
    for i in range(len(text) + 1):
        a, b = tree.match(text, i), alternation.match(text, i)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (words, text[i:i + 30])


def test_the_leaders_names_found_in_the_shared_pass_are_those_of_the_tables_own_pass():
    from geo.leaders import LeaderIndex, leader_index

    shared = leader_index()
    own = LeaderIndex(shared.leaders)  # not shared: its own automaton
    assert own._shared is None and shared._shared is not None
    texts = _texts() + ["Erdoğan met Putin’s aide; “Xi” and ſome İstanbul Kim Jong Un-led", "Modi\u2019s visit — Modi"]
    for text in texts:
        assert shared.scan(text) == own.scan(text), text[:80]
