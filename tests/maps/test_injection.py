"""Injection: a map built from the hostile corpus runs no script from the data.

Headless Chromium opens two maps (one built by ``diplomap build`` from
tests/fixtures/hostile, one from library values whose every text field is an
injection attempt), opens every popup and tooltip, and checks that
``window.__pwned`` stays undefined, that no ``javascript:`` link exists, and
that the injected markup is shown as inert text in popups, tooltips, legend
and title.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import maps
from geo.cli import app
from geo.values import Document, Evidence, Mention, Problem, Tie, Visit

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
sys.path.insert(0, str(HOSTILE))
from make_corpus import PAYLOADS  # noqa: E402

sys.path.remove(str(HOSTILE))

ALL = " ".join(PAYLOADS)
TITLE = '</title><script>window.__pwned=1</script>"><img src=x onerror=window.__pwned=1> {{ 7*7 }}'
HOME = {"RU": (55.7558, 37.6173), "UZ": (41.2995, 69.2401), "BY": (53.9006, 27.5590),
        "CN": (39.9042, 116.4074)}

#: Opens every tooltip bound to a layer and every popup the map's payload can show;
#: ``counts`` (from the Python plan of the same map) says how many of each there are.
OPEN_EVERYTHING = r"""
(counts) => {
  const out = {popups: [], tooltips: [], errors: [], pwnedDuring: [], missing: []};
  const check = (what) => { if (window.__pwned !== undefined) { out.pwnedDuring.push(what); } };
  const texts = (sel) => Array.from(document.querySelectorAll(sel)).map(e => e.innerText);
  for (const map of (window.diplomapMaps || [])) {
    const layers = [];
    map.eachLayer(l => layers.push(l));
    for (const l of layers) {
      if (l.getTooltip && l.getTooltip()) {
        try { l.openTooltip(); } catch (e) { out.errors.push('tooltip: ' + e); }
        check('tooltip');
        out.tooltips.push(...texts('.leaflet-tooltip'));
        l.closeTooltip();
      }
      if (l.getPopup && l.getPopup()) {
        l.openPopup(); check('bound popup');
        out.popups.push(...texts('.leaflet-popup-content'));
        map.closePopup();
      }
    }
    const dm = map._dm || {};
    const makers = [['routes', 'popup', counts.stops], ['routes', 'legPopup', counts.legs],
                    ['ties', 'popup', counts.ties], ['mentions', 'popup', counts.spots]];
    for (const [layer, fn, n] of makers) {
      if (!n) { continue; }
      if (!dm[layer] || typeof dm[layer][fn] !== 'function') { out.missing.push(layer + '.' + fn); continue; }
      for (let i = 0; i < n; i++) {
        let content = null;
        try { content = dm[layer][fn](i); } catch (e) {
          try { content = dm[layer][fn]([i]); }  // makers of grouped popups take a list
          catch (e2) { out.errors.push(layer + '.' + fn + '(' + i + '): ' + e2); }
        }
        if (content) { L.popup().setLatLng(map.getCenter()).setContent(content).openOn(map); }
        check(layer + '.' + fn + '(' + i + ')');
        out.popups.push(...texts('.leaflet-popup-content'));
        map.closePopup();
      }
    }
  }
  return out;
}
"""

#: Where on the page each (lat, lon) is drawn.
SCREEN_POINTS = r"""
(points) => {
  const map = window.diplomapMaps[0], box = map.getContainer().getBoundingClientRect();
  return points.map(p => { const c = map.latLngToContainerPoint(p); return [box.left + c.x, box.top + c.y]; });
}
"""

#: What the page holds after everything was opened.
INSPECT = r"""
() => ({
  legend: Array.from(document.querySelectorAll('.dm-legend, .dm-panel')).map(e => e.innerText),
  title: Array.from(document.querySelectorAll('.dm-map-title')).map(e => e.textContent),
  docTitle: document.title,
  jsLinks: Array.from(document.querySelectorAll('[href], [src], [action], [formaction]'))
    .map(a => a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('action') || '')
    .filter(h => /^\s*(javascript|vbscript|data:text\/html)/i.test(h)),
  inlineHandlers: Array.from(document.querySelectorAll('*'))
    .filter(e => Array.from(e.attributes).some(a => /^on/i.test(a.name)))
    .map(e => e.outerHTML.slice(0, 120)),
  injectedElements: Array.from(document.querySelectorAll(
    'img[src="x"], svg[onload], iframe, object, embed, script:not([src])'))
    .filter(e => e.tagName !== 'SCRIPT' || /window\.__pwned=1/.test(e.textContent) && /<script>window/i.test(e.textContent))
    .map(e => e.outerHTML.slice(0, 120)),
  pwned: typeof window.__pwned,
})
"""


def hostile_values():
    """Visits, ties, mentions, documents and problems with an injection in every text field."""
    d = dt.date
    docs = {
        "evil.txt": Document("evil.txt", ALL, title=ALL, source=PAYLOADS[0],
                             url="javascript:window.__pwned=1", published=d(2024, 5, 1)),
        "evil2.txt": Document("evil2.txt", ALL, title=PAYLOADS[1], url=" JaVaScRiPt:window.__pwned=1",
                              published=d(2024, 5, 2)),
        "data.txt": Document("data.txt", ALL, title=PAYLOADS[2],
                             url="data:text/html,<script>window.__pwned=1</script>"),
        PAYLOADS[0]: Document(PAYLOADS[0], ALL, url="vbscript:msgbox(1)"),
    }
    ev = (Evidence("evil.txt", ALL, url="javascript:window.__pwned=1", title=PAYLOADS[4]),
          Evidence("evil2.txt", PAYLOADS[6]), Evidence(PAYLOADS[0], PAYLOADS[1]))
    visits = [
        Visit(PAYLOADS[1], "RU", PAYLOADS[2], "UZ", PAYLOADS[0], 41.3, 69.24, d(2024, 5, 26),
              d(2024, 5, 27), "completed", "evil.txt", ALL, 0.5, "text", 1, ev),
        Visit(PAYLOADS[1], "RU", PAYLOADS[2], "BY", PAYLOADS[4], 53.9, 27.56, d(2024, 5, 28), None,
              "planned", "data.txt", PAYLOADS[5], 0.5, "text", 1, ev[1:]),
        Visit(PAYLOADS[6], "RU", None, "CN", PAYLOADS[5], 39.9, 116.4, d(2024, 6, 16), None,
              "cancelled", PAYLOADS[0], PAYLOADS[3], 0.5, "text", 2, ev[2:]),
    ]
    ties = [Tie("RU", "UZ", PAYLOADS[0], 2, d(2024, 5, 26), None, ev),
            Tie("BY", "RU", PAYLOADS[4], 1, None, d(2024, 6, 1), ev[:1])]
    mentions = [Mention(doc, 0, 5, PAYLOADS[i % len(PAYLOADS)], PAYLOADS[(i + 1) % len(PAYLOADS)],
                        41.3 + i, 69.24 - i, PAYLOADS[1], None, "city", 1.0)
                for i, doc in enumerate(docs)]
    problems = [Problem(PAYLOADS[0], ALL, "geoparse", 3, ALL)]
    return visits, ties, mentions, docs, problems


def _counts(m) -> dict[str, int]:
    plan = m.diplomap
    return {"stops": len(plan["routes"].stops), "legs": len(plan["routes"].legs),
            "ties": len(plan["ties"].arcs), "spots": len(plan["mentions"].spots)}


def _points(visits, ties, mentions, home) -> list[tuple[float, float]]:
    """Every drawn point: stops, home capitals, tie ends, mentions (what a user hovers and clicks)."""
    pts = [(v.lat, v.lon) for v in visits if v.lat is not None and v.lon is not None]
    pts += [(m.lat, m.lon) for m in mentions if m.lat is not None and m.lon is not None]
    pts += [home[c] for t in ties for c in (t.a, t.b) if c in home]
    pts += [home[v.traveler_country] for v in visits if v.traveler_country in home]
    return sorted(set(pts))


@pytest.fixture(scope="module")
def tmp_out(tmp_path_factory):
    return tmp_path_factory.mktemp("injection")


def built_cli(out: Path) -> dict:
    """The CLI over the hostile corpus (and the same map in-process, to know what was drawn)."""
    from geo.pipeline import run

    cli_map = out / "cli.html"
    corpus, meta, records = HOSTILE / "corpus", HOSTILE / "meta.csv", HOSTILE / "records.csv"
    result = CliRunner().invoke(app, [
        "build", str(corpus), "--meta", str(meta), "--records", str(records), "-o", str(cli_map),
        "--offline", "-q", "--title", TITLE], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    res = run([str(corpus)], meta=meta, records=[records])
    home = maps.default_home([v.traveler_country for v in res.visits] + [t.a for t in res.ties]
                             + [t.b for t in res.ties])
    m = maps.build_map(res.visits, res.ties, res.mentions, documents=res.documents_by_id,
                       problems=res.problems, title=TITLE, tiles="none")
    assert maps.render_html(m) == cli_map.read_text(encoding="utf-8")
    return {"path": cli_map, "counts": _counts(m),
            "points": _points(res.visits, res.ties, res.mentions, home)}


def built_lib(out: Path) -> dict:
    """The library over values with an injection in every text field."""
    visits, ties, mentions, docs, problems = hostile_values()
    m = maps.build_map(visits, ties, mentions, documents=docs, problems=problems, title=TITLE,
                       tiles="none", home=HOME)
    return {"path": maps.save_html(m, out / "lib.html"), "counts": _counts(m),
            "points": _points(visits, ties, mentions, HOME)}


@pytest.fixture(scope="module", params=["cli", "lib"])
def shown(request, tmp_out, chromium):
    spec = (built_cli if request.param == "cli" else built_lib)(tmp_out)
    ctx = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    url = Path(spec["path"]).resolve().as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page.goto(url)
    page.wait_for_function("(window.diplomapRendered || 0) >= 1", timeout=30_000)
    page.wait_for_timeout(200)  # let any injected <img onerror> fire
    seen = page.evaluate(OPEN_EVERYTHING, spec["counts"])
    page.evaluate("() => window.diplomapMaps.forEach(m => m.diplomap.reset())")  # popups panned the map away
    # and as a user would: hover and click every drawn point
    for point in spec["points"]:  # (a click on a cluster zooms in: find each point where it is now)
        (x, y), = page.evaluate(SCREEN_POINTS, [list(point)])
        if not (0 <= x < 1400 and 0 <= y < 900):
            continue
        page.mouse.move(x, y)
        page.wait_for_timeout(30)
        seen["tooltips"] += page.eval_on_selector_all(".leaflet-tooltip", "els => els.map(e => e.innerText)")
        page.mouse.click(x, y)
        page.wait_for_timeout(30)
        seen["popups"] += page.eval_on_selector_all(".leaflet-popup-content", "els => els.map(e => e.innerText)")
        page.evaluate("() => { window.diplomapMaps[0].closePopup(); }")
    page.wait_for_timeout(200)
    seen.update(page.evaluate(INSPECT))
    seen["errors"] += errors
    seen["kind"] = request.param
    seen["counts"] = spec["counts"]
    seen["html"] = Path(spec["path"]).read_text(encoding="utf-8")
    yield seen
    ctx.close()


def test_no_script_ran(shown):
    assert shown["pwned"] == "undefined", (shown["pwnedDuring"], shown["injectedElements"])
    assert not shown["pwnedDuring"]
    assert not [e for e in shown["errors"] if "pwned" in e]


def test_every_popup_and_tooltip_was_opened(shown):
    counts = shown["counts"]
    assert counts["stops"] and counts["ties"] and counts["spots"], counts  # every layer drawn
    assert not shown["missing"], f"popup makers not found: {shown['missing']}"
    assert len(shown["popups"]) >= sum(counts.values())
    assert shown["tooltips"], "no tooltip was shown"
    assert not shown["errors"], shown["errors"]


def test_no_javascript_links_handlers_or_injected_elements(shown):
    assert not shown["jsLinks"]
    assert not shown["inlineHandlers"]
    assert not shown["injectedElements"]


def test_page_source_has_no_live_markup_from_the_data(shown):
    html = shown["html"]
    assert "window.__pwned" in html  # the data is there ...
    for raw in ("<script>window.__pwned", "<img src=x", "<svg onload", "</script><script>window"):
        assert raw not in html  # ... but never as markup
    assert "49TEMPLATE" not in html  # template syntax never rendered


def test_injected_markup_is_shown_as_text(shown):
    popups = "\n".join(shown["popups"])
    assert "window.__pwned=1" in popups
    assert shown["title"] == [TITLE] and shown["docTitle"] == TITLE
    if shown["kind"] == "lib":
        for payload in PAYLOADS:
            assert payload in popups, payload
        tooltips = "\n".join(shown["tooltips"])
        assert PAYLOADS[0] in tooltips and PAYLOADS[1] in tooltips  # stop place, traveller
        legend = "\n".join(shown["legend"])
        assert PAYLOADS[1] in legend and PAYLOADS[0] in legend  # traveller and tie kind
    else:
        assert '<script>window.__pwned=1</script>' in popups  # article text, as evidence
        legend = "\n".join(shown["legend"])
        assert "<img src=x onerror=window.__pwned=1> Blinken" in legend  # record traveller


def test_empty_map_shows_a_no_data_note(tmp_path, chromium):
    """An empty corpus gives a valid map that says so, not a crash or a blank page."""
    path = maps.save_html(maps.build_map(tiles="none", title="Nothing here"), tmp_path / "empty.html")
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(path.resolve().as_uri())
        page.wait_for_function("(window.diplomapRendered || 0) >= 1", timeout=30_000)
        assert "No data to show" in page.inner_text(".dm-legend")
        assert page.inner_text(".dm-map-title") == "Nothing here"
        assert not errors, errors
    finally:
        page.close()
