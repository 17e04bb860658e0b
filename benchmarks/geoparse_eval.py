"""Score the geoparser on the TR-News dev set (span P/R/F1, accuracy@161 km, end-to-end).

Usage::

    python benchmarks/geoparse_eval.py [PATH_TO_TR-News.xml] [--errors N]

The corpus (GPL-3.0) is read from ``../shared/eval/TR-News.xml`` by default and
never copied into the repository; without it the script says so and exits 0.

Scoring follows the usual geoparsing conventions:

* a predicted span matches a gold span when they overlap and have the same
  text, one-to-one (each gold span is used once);
* accuracy@161 km is over matched spans whose gold has coordinates;
* end-to-end correct is matched *and* within 161 km, over all gold toponyms
  with coordinates.

About 20 documents have gold offsets that drift by a few characters; each
gold span is re-aligned to the nearest occurrence of its phrase first.

``--errors N`` lists the N most frequent phrases of each error class
(false positives, missed, wrong resolution). ``--baselines`` also scores
geotext and flashgeotext with the same scorer (their spans, each resolved to
the gazetteer's most important place of that name).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "eval" / "TR-News.xml"
TARGETS = {"f1": 0.75, "acc161": 0.90, "e2e": 0.68}


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def realign(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Move a gold span to the nearest occurrence of its phrase (drifting offsets)."""
    if text[start:end] == phrase:
        return start, end
    best = None
    pos = text.find(phrase)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    if best is None:
        return start, end
    return best, best + len(phrase)


def load_gold(path: Path) -> list[tuple[str, str, list[dict]]]:
    """Return ``(docid, text, toponyms)`` per article."""
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            phrase = t.findtext("phrase") or ""
            s, e = realign(text, int(t.findtext("start")), int(t.findtext("end")), phrase)
            g = t.find("gaztag")
            point = None
            if g is not None and g.findtext("lat") is not None:
                point = (float(g.findtext("lat")), float(g.findtext("lon")))
            tops.append({"start": s, "end": e, "phrase": phrase, "point": point})
        docs.append((art.get("docid") or str(len(docs)), text, tops))
    return docs


def score(docs, predictions) -> dict:
    """Match predictions to gold per document and compute the metrics."""
    tp = fp = fn = 0
    resolved = correct = 0
    errors_km: list[float] = []
    e2e = 0
    gold_with_point = 0
    fps: Counter = Counter()
    missed: Counter = Counter()
    wrong: Counter = Counter()
    for (docid, text, gold), preds in zip(docs, predictions):
        used = [False] * len(gold)
        gold_with_point += sum(1 for g in gold if g["point"])
        for p in preds:
            hit = None
            for gi, g in enumerate(gold):
                if not used[gi] and p.start < g["end"] and g["start"] < p.end and p.text == g["phrase"]:
                    hit = gi
                    break
            if hit is None:
                fp += 1
                fps[p.text] += 1
                continue
            used[hit] = True
            tp += 1
            g = gold[hit]
            if g["point"] and p.lat is not None:
                d = haversine_km(g["point"], (p.lat, p.lon))
                errors_km.append(d)
                resolved += 1
                if d <= 161:
                    correct += 1
                    e2e += 1
                else:
                    wrong[f"{p.text} -> {p.name} ({p.country})"] += 1
            elif g["point"]:
                resolved += 1
        for gi, g in enumerate(gold):
            if not used[gi]:
                fn += 1
                missed[g["phrase"]] += 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    errors_km.sort()
    return {
        "precision": prec, "recall": rec, "f1": f1,
        "acc161": correct / resolved if resolved else 0.0,
        "mean_km": sum(errors_km) / len(errors_km) if errors_km else 0.0,
        "median_km": errors_km[len(errors_km) // 2] if errors_km else 0.0,
        "e2e": e2e / gold_with_point if gold_with_point else 0.0,
        "tp": tp, "fp": fp, "fn": fn, "wrong": sum(wrong.values()),
        "fps": fps, "missed": missed, "wrong_list": wrong,
    }


def _geotext_spans(text: str) -> list[tuple[int, int]]:
    """geotext reports names only: every whole-word occurrence of them is a span."""
    import re

    from geotext import GeoText
    g = GeoText(text)
    spans = []
    for name in set(g.cities) | set(g.countries):
        spans += [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return sorted(spans)


def _flashgeotext_spans(text: str) -> list[tuple[int, int]]:
    import logging

    from flashgeotext.geotext import GeoText
    logging.disable(logging.WARNING)
    global _FGT
    if _FGT is None:
        _FGT = GeoText()
    out = _FGT.extract(input_text=text, span_info=True)
    return sorted(sp for kind in out.values() for v in kind.values() for sp in v["span_info"])


_FGT = None


def _resolve_spans(gaz, docid: str, text: str, spans) -> list:
    """Baseline resolution: the gazetteer's most important place of that name."""
    from geo.values import Mention
    out = []
    for s, e in spans:
        p = gaz.resolve(text[s:e])
        out.append(Mention(docid, s, e, text[s:e], p.name if p else text[s:e],
                           p.lat if p else None, p.lon if p else None, p.country if p else None,
                           p.geonameid if p else None, p.kind if p else "other", 0.5))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", type=int, default=0, help="list the N most frequent errors of each class")
    ap.add_argument("--baselines", action="store_true",
                    help="also score geotext and flashgeotext (spans; the most populous place of the name)")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        print(f"SKIP: evaluation corpus not found at {path}")
        return 0

    from geo.gazetteer import get_gazetteer
    from geo.geoparse import geoparse_many
    from geo.values import Document

    docs = load_gold(path)
    gaz = get_gazetteer()
    documents = [Document(id=d, text=t) for d, t, _ in docs]
    t0 = time.process_time()
    mentions = geoparse_many(documents, gazetteer=gaz)
    elapsed = time.process_time() - t0
    t0 = time.process_time()
    geoparse_many(documents, gazetteer=gaz)
    warm = time.process_time() - t0
    by_doc: dict[str, list] = {d.id: [] for d in documents}
    for m in mentions:
        by_doc[m.doc].append(m)
    res = score(docs, [by_doc[d.id] for d in documents])
    mb = sum(len(t.encode("utf-8")) for _, t, _ in docs) / 1e6

    print(f"TR-News: {len(docs)} documents, {sum(len(g) for *_, g in docs)} gold toponyms, {mb:.2f} MB")
    print(f"precision      {res['precision']:.3f}")
    print(f"recall         {res['recall']:.3f}")
    print(f"F1             {res['f1']:.3f}   target >= {TARGETS['f1']}  "
          f"{'PASS' if res['f1'] >= TARGETS['f1'] else 'FAIL'}")
    print(f"accuracy@161   {res['acc161']:.3f}   target >= {TARGETS['acc161']}  "
          f"{'PASS' if res['acc161'] >= TARGETS['acc161'] else 'FAIL'}")
    print(f"mean error km  {res['mean_km']:.0f}")
    print(f"median err km  {res['median_km']:.1f}")
    print(f"end-to-end     {res['e2e']:.3f}   target >= {TARGETS['e2e']}  "
          f"{'PASS' if res['e2e'] >= TARGETS['e2e'] else 'FAIL'}")
    print(f"MB/s           {mb / elapsed:.2f} first pass, {mb / warm:.2f} warm (one core)")
    print(f"errors: false positives {res['fp']}, missed {res['fn']}, wrong resolution {res['wrong']}")
    if args.errors:
        for label, key in (("false positives", "fps"), ("missed", "missed"), ("wrong resolution", "wrong_list")):
            print(f"-- {label}: " + ", ".join(f"{k} x{v}" for k, v in res[key].most_common(args.errors)))
    if args.baselines:
        for name, spans in (("geotext", _geotext_spans), ("flashgeotext", _flashgeotext_spans)):
            try:
                preds = [_resolve_spans(gaz, d, t, spans(t)) for d, t, _ in docs]
            except ImportError:
                print(f"{name}: not installed")
                continue
            r = score(docs, preds)
            print(f"{name:13s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                  f"acc@161 {r['acc161']:.3f}  end-to-end {r['e2e']:.3f}  "
                  f"(fp {r['fp']}, missed {r['fn']}, wrong {r['wrong']})")
    ok = all(res[k] >= v for k, v in TARGETS.items())
    print("PASS" if ok else "FAIL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
