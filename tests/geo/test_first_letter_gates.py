"""Patterns that test their first letter first hold every letter a match can start with.

A pattern searched over a stretch is tried at every character of it. One that opens with a word
boundary and a long alternation (``\\b(?:met|meets|held\\s+talks|...)``), above all an ignore-case
one, is tried in full at each character; opened by a look-ahead of the characters its matches can
start with (``(?=[hm])\\b(?:...)``) it fails at once almost everywhere, and finds the same matches.

Such a look-ahead is written by hand, so an alternative added later with a new first letter would
silently never match. These tests hold every gated pattern of ``geo`` to its look-ahead: the class
must take each character the rest of the pattern can start a match with (worked out from the parsed
pattern, under the pattern's own flags), and the pattern must find on real text what it finds
without its look-ahead.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import geo

ROOT = Path(__file__).resolve().parents[2]
GATE = re.compile(r"\(\?=\[((?:\\.|[^\]\\])*)\]\)")


def _gated_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """``(module, pattern)`` for each compiled pattern of a geo module (or in a tuple or list of one) that
    opens with a look-ahead of one character class."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(geo.__path__, "geo."):
        if info.name.endswith("__main__") or info.name.startswith(("geo.cli", "geo.engine")):
            continue  # importing them runs the command line, or sets up a forkserver (collector off, no numpy)
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            items = [value] if isinstance(value, re.Pattern) else value if isinstance(value, (tuple, list)) else ()
            for item in items:
                for p in (item if isinstance(item, tuple) else (item,)):
                    if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and GATE.match(p.pattern):
                        found.setdefault(id(p), (info.name, p))
    return sorted(found.values(), key=lambda x: (x[0], x[1].pattern))


def _first_chars(pattern: re.Pattern[str]) -> set[str] | None:
    """Every character a match of ``pattern`` can start with; ``None`` when that is not known (a class
    of categories, a group with flags of its own) or a match may be empty."""
    parser = pytest.importorskip("re._parser")
    c = pytest.importorskip("re._constants")

    def of_sequence(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            chars, nullable = of_op(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def of_op(op, av) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] <= 300:
                    chars |= {chr(x) for x in range(a[0], a[1] + 1)}
                else:
                    return None, False
            return chars, False
        if op is c.BRANCH:
            chars, nullable = set(), False
            for alternative in av[1]:
                got, empty = of_sequence(alternative)
                if got is None:
                    return None, False
                chars, nullable = chars | got, nullable or empty
            return chars, nullable
        if op is c.SUBPATTERN:
            return (None, False) if av[1] or av[2] else of_sequence(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            got, empty = of_sequence(av[2])
            return (None, False) if got is None else (got, av[0] == 0 or empty)
        if op is c.ATOMIC_GROUP:
            return of_sequence(av)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True  # takes no character: the next item starts the match
        return None, False

    chars, nullable = of_sequence(parser.parse(pattern.pattern, pattern.flags).data)
    return None if nullable else chars


GATED = _gated_patterns()


def test_the_events_patterns_are_gated():
    assert len(GATED) >= 25  # the patterns gated for speed (a look-up that found none would test nothing)


@pytest.mark.parametrize("module, pattern", GATED, ids=[f"{m}:{p.pattern[:40]}" for m, p in GATED])
def test_a_gate_takes_every_first_character_of_its_pattern(module, pattern):
    gate = GATE.match(pattern.pattern)
    rest = re.compile(pattern.pattern[gate.end():], pattern.flags)
    chars = _first_chars(rest)
    if chars is None:
        pytest.skip("first characters not worked out for this pattern (checked on text below)")
    letters = re.compile(f"[{gate.group(1)}]", pattern.flags)
    assert sorted(ch for ch in chars if not letters.fullmatch(ch)) == []


def _texts() -> list[str]:
    texts = []
    for folder in (ROOT / "benchmarks" / "realnews" / "dev" / "articles", ROOT / "data" / "sample"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    return texts + ["HIS Excellency MET the Visiting Delegation; ’s HOST WELCOMED Franco-German talks"]


def test_gated_patterns_find_what_they_find_without_the_gate():
    texts = _texts()
    for module, pattern in GATED:
        rest = re.compile(pattern.pattern[GATE.match(pattern.pattern).end():], pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in rest.finditer(text)], \
                (module, pattern.pattern[:60])
