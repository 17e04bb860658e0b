"""Regular expressions built from their stored code (geo.engine.regex_cache)."""

from __future__ import annotations

import os
import pickle
import re
import sys

import pytest

from geo.engine import regex_cache
from geo.engine.regex_cache import cached_patterns

pytestmark = pytest.mark.skipif(not hasattr(re, "_compiler"), reason="Python 3.11+ only")

PATTERNS = [
    (r"\b(?P<who>[A-Z]\w+) (?:arrived|landed) in (?P<where>[A-Z]\w+)", 0),
    (r"(?i)\bvisit(?:s|ed|ing)?\b", 0),
    (r"^(\d{1,2}) (May|June)$", re.MULTILINE | re.IGNORECASE),
    (r"(?<=\s)talks(?=\.)|summit", re.VERBOSE),
    (rb"\x00+[^\x00]", 0),
]


def compiled_twice(path):
    """Each pattern compiled with the cache empty, then again from the file."""
    re.purge()
    with cached_patterns(path):
        first = [re.compile(p, f) for p, f in PATTERNS]
    re.purge()
    with cached_patterns(path):
        again = [re.compile(p, f) for p, f in PATTERNS]
    re.purge()
    return first, again


def test_patterns_from_the_file_are_the_patterns(tmp_path):
    path = tmp_path / "patterns.pkl"
    first, again = compiled_twice(path)
    assert path.is_file()
    plain = [re.compile(p, f) for p, f in PATTERNS]
    assert again == first == plain
    assert all(a is not b for a, b in zip(again, first))
    m = again[0].search("Yesterday Putin arrived in Dushanbe.")
    assert m.group("who", "where") == ("Putin", "Dushanbe")
    assert again[0].groupindex == plain[0].groupindex
    assert again[2].findall("3 may\n28 June\nJuly") == [("3", "may"), ("28", "June")]
    assert again[4].match(b"\x00\x00a") is not None


def test_the_second_block_builds_from_the_file_not_the_parser(tmp_path, monkeypatch):
    path = tmp_path / "patterns.pkl"
    compiled_twice(path)
    calls = []
    parse = re._compiler._parser.parse
    monkeypatch.setattr(re._compiler._parser, "parse",
                        lambda *a, **k: calls.append(a[0]) or parse(*a, **k))
    re.purge()
    with cached_patterns(path):
        got = [re.compile(p, f) for p, f in PATTERNS]
        fresh = re.compile("never stored before")
    re.purge()
    assert calls == ["never stored before", "never stored before"]  # compiled, then stored
    assert got == [re.compile(p, f) for p, f in PATTERNS]
    assert fresh.fullmatch("never stored before")
    with open(path, "rb") as fh:
        assert ("never stored before", 0) in pickle.load(fh)


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a", "list"]),
                                     pickle.dumps({("x+", 0): ("y+", 0, [1, 2], 0, {}, ())}),
                                     pickle.dumps({("x+", 0): ("x+", 0, ["bad code"], 0, {}, ())})])
def test_a_broken_or_foreign_file_is_no_cache(tmp_path, content):
    path = tmp_path / "patterns.pkl"
    path.write_bytes(content)
    re.purge()
    with cached_patterns(path):
        x = re.compile("x+")
        first = [re.compile(p, f) for p, f in PATTERNS]
    re.purge()
    assert x.pattern == "x+" and x.fullmatch("xxx") and not x.fullmatch("y")
    assert first == [re.compile(p, f) for p, f in PATTERNS]
    with open(path, "rb") as fh:  # rewritten with what was compiled
        entries = pickle.load(fh)
    assert entries[("x+", 0)][0] == "x+"


def test_a_folder_it_cannot_write_is_no_cache(tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    path = tmp_path / "a file" / "patterns.pkl"
    first, again = compiled_twice(path)
    assert first == again == [re.compile(p, f) for p, f in PATTERNS]
    assert (tmp_path / "a file").read_text() == "not a folder"


def test_a_missing_folder_is_no_cache(tmp_path):
    first, again = compiled_twice(tmp_path / "nowhere" / "patterns.pkl")
    assert first == again == [re.compile(p, f) for p, f in PATTERNS]


def test_blocks_nest_and_leave_re_as_it_was(tmp_path):
    original = re._compiler.compile
    with cached_patterns(tmp_path / "a.pkl"):
        assert re._compiler.compile is not original
        with cached_patterns(tmp_path / "b.pkl"):  # inner: the outer block's cache
            re.compile("nested (block)")
        assert re._compiler.compile is not original
    assert re._compiler.compile is original
    assert (tmp_path / "a.pkl").is_file() and not (tmp_path / "b.pkl").exists()
    with pytest.raises(ZeroDivisionError), cached_patterns(tmp_path / "c.pkl"):
        1 / 0
    assert re._compiler.compile is original


def test_a_bad_pattern_raises_as_usual(tmp_path):
    with cached_patterns(tmp_path / "p.pkl"), pytest.raises(re.error):
        re.compile("(unclosed")
    assert re._compiler.compile.__module__ == "re._compiler"


def test_blocks_one_after_another_keep_each_others_patterns(tmp_path):
    path = tmp_path / "patterns.pkl"
    with cached_patterns(path):
        re.compile("first block's (pattern)")
    re.purge()
    with cached_patterns(path):
        re.compile("second block's (pattern)")
    re.purge()
    with open(path, "rb") as fh:
        entries = pickle.load(fh)
    assert {("first block's (pattern)", 0), ("second block's (pattern)", 0)} <= set(entries)


def test_a_file_grown_too_large_keeps_the_last_blocks_patterns(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    path = tmp_path / "patterns.pkl"
    with cached_patterns(path):
        for p in ("a+", "b+", "c+"):
            re.compile(p)
    re.purge()
    with cached_patterns(path):
        re.compile("c+")
        re.compile("d+")
    re.purge()
    with open(path, "rb") as fh:
        assert sorted(pickle.load(fh)) == [("c+", 0), ("d+", 0)]


SEEDED = """
import hashlib, re._compiler as compiler
original, seen = compiler.compile, []
compiler.compile = lambda p, flags=0: seen.append(repr((p, int(flags)))) or original(p, flags)
import geo.reading, geo.ties, geo.events  # the events' modules, as the collecting process loads them
print(len(seen), hashlib.sha256("\\n".join(sorted(seen)).encode()).hexdigest())
"""


def test_the_events_patterns_are_the_same_text_in_every_process():
    """A pattern whose text followed a set's order changed with each process's hash seed,
    so that it was never found in the file (and the file was rewritten at every run)."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run([sys.executable, "-c", SEEDED], env=env, capture_output=True,
                              text=True, check=True)
        outputs.add(done.stdout.strip())
    (only,) = outputs
    assert int(only.split()[0]) > 500
