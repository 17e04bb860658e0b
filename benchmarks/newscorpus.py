"""A corpus of real news for the benchmarks: the TR-News articles, repeated as JSON Lines.

TR-News (``../shared/eval/TR-News.xml``, 118 English news articles, about
0.27 MB of text) is written again and again, each copy with its own ids
(``1040001-c7``) and its publication dates moved by a week per copy, until
the corpus reaches the size asked for; so relative dates ("on Monday")
resolve to other days in each copy and visits of different copies do not all
merge. Repeated text flatters per-process caches (the geoparser memoises
names and chains of capitalised words): take the rates as an upper bound of
what fresh news of the same kind gives.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TR_NEWS = ROOT.parent / "shared" / "eval" / "TR-News.xml"


def articles(path: Path = TR_NEWS) -> list[dict[str, str]]:
    """The TR-News articles as JSON Lines records (id, title, url, published, text)."""
    if not path.is_file():
        raise SystemExit(f"TR-News not found at {path} (the benchmarks need ../shared/eval)")
    from dateutil.parser import parse

    out = []
    for a in ET.parse(path).getroot().iter("article"):
        try:  # "2016-12-19", "Dec 17, 2016", "Wed Nov 23 ...": ISO for the corpus
            published = parse((a.findtext("dltime") or "").strip(), fuzzy=True,
                              ignoretz=True).date().isoformat()
        except (ValueError, OverflowError):
            published = ""
        out.append({"id": a.get("docid") or str(len(out)),
                    "title": " ".join((a.findtext("title") or "").split()),
                    "url": (a.findtext("url") or "").strip(),
                    "published": published, "text": a.findtext("text") or ""})
    return out


def write_corpus(folder: Path, mb: float, *, shard_mb: float = 64.0) -> tuple[int, int]:
    """Write about ``mb`` MB of repeated TR-News as ``news-NNNNN.jsonl`` shards.

    Returns ``(documents, bytes)``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    base = articles()
    docs = nbytes = shard_bytes = shard = 0
    fh = open(folder / f"news-{shard:05d}.jsonl", "w", encoding="utf-8")
    copy = 0
    try:
        while nbytes < mb * 1e6:
            for a in base:
                row = dict(a, id=f"{a['id']}-c{copy}")
                try:
                    day = dt.date.fromisoformat(a["published"]) + dt.timedelta(weeks=copy)
                    row["published"] = day.isoformat()
                except ValueError:
                    pass
                line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
                if shard_bytes and shard_bytes + len(line) > shard_mb * 1e6:
                    fh.close()
                    shard += 1
                    shard_bytes = 0
                    fh = open(folder / f"news-{shard:05d}.jsonl", "w", encoding="utf-8")
                fh.write(line.decode("utf-8"))
                docs += 1
                nbytes += len(line)
                shard_bytes += len(line)
                if nbytes >= mb * 1e6:
                    break
            copy += 1
    finally:
        fh.close()
    return docs, nbytes
