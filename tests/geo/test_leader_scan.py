"""The leaders table's names are found in a text wherever they stand as names, however the scan looks.

:meth:`geo.leaders.LeaderIndex.scan` reads a text only where a word starts (for
speed); these tests hold it to a plain search of every alias at every place,
on real news and on text written to trip it (accents, dotless i, hyphens and
apostrophes inside names, glued words, characters that fold to letters).
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from geo.leaders import LeaderIndex, Leader, leader_index

ROOT = Path(__file__).resolve().parents[2]


def _plain(index: LeaderIndex, text: str) -> list[tuple[int, int, str]]:
    """Every alias at every offset of the folded text, kept where it stands as a name (the rules of scan)."""
    low = index_fold(text)
    found = []
    for key in index.by_alias:
        at = low.find(key)
        while at >= 0:
            end = at + len(key)
            after = text[end:end + 1]
            glued_ok = " " in key and text[end:end + 11].split(" ")[0].islower()
            if text[at].isupper() and (at == 0 or not text[at - 1].isalnum()) and (not after.isalnum() or glued_ok):
                found.append((at, end, key))
            at = low.find(key, at + 1)
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, reach = [], -1
    for m in found:
        if m[0] >= reach:
            out.append(m)
            reach = m[1]
    return out


def index_fold(text: str) -> str:
    """The text as the table's keys are written: each character lower-cased and stripped of its accents
    where that leaves one character, hyphens and apostrophes as spaces (so offsets stay)."""
    out = []
    for c in text:
        low = c.lower() if len(c.lower()) == 1 else c
        base = "".join(x for x in unicodedata.normalize("NFKD", low) if not unicodedata.combining(x))
        out.append(" " if low in "-'’" else base if len(base) == 1 and not low.isascii() else low)
    return "".join(out)


TRICKY = [
    "President Vladimir Putin met Recep Tayyip Erdoğan and Binali Yıldırım in Sochi.",
    "Putinwho said so; Xi-Jinping, a taxi, the XI Party; Ⓐputin; ⓐPutin and ²Putin",
    "Moon Jae-in, Moon Jae in, Mohammed bin Salman, MOHAMMED BIN SALMAN, Davíð Oddsson.",
    "",
]


def test_scan_finds_every_name_a_plain_search_finds_on_real_news_and_tricky_text():
    index = leader_index()
    texts = list(TRICKY)
    folder = ROOT / "benchmarks" / "realnews" / "dev" / "articles"
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:60]]
    found = 0
    for text in texts:
        want = _plain(index, text)
        assert index.scan(text) == want, text[:80]
        found += len(want)
    assert found > 50


def test_scan_agrees_with_a_plain_search_on_random_names_and_separators():
    index = LeaderIndex([Leader("Ólafur Ragnar Grímsson", ("Grímsson",), "IS", "president", None, None),
                         Leader("Binali Yıldırım", ("Yıldırım",), "TR", "prime minister", None, None),
                         Leader("Xi Jinping", ("Xi",), "CN", "president", None, None),
                         Leader("Jean-Yves Le Drian", ("Le Drian",), "FR", "foreign minister", None, None)])
    rnd = random.Random(7)
    words = ["Grímsson", "Grimsson", "Yıldırım", "Yildirim", "Xi", "xi", "Jinping", "Jean", "Yves", "Le", "Drian",
             "taxi", "who", "Ólafur", "Ragnar"]
    seps = [" ", "-", "'", "’", "Ⓐ", "ⓐ", "ı", "é", ".", "", "\n", "²"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 7)))
        assert index.scan(text) == _plain(index, text), text
