"""The questions people bring to the map (issue 16), asked in real headless Chromium.

Find a traveller and isolate them, see a country's ties, play the trips over time,
reach every drawn item, use it by keyboard and on a phone, trust its sources; and
the JS drawing the same arcs and links as the Python (issue 18).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import re

import pytest
from typer.testing import CliRunner

import maps
from geo.cli import app
from geo.values import Evidence, Tie, Visit
from maps.geometry import arc_path
from maps.sources import safe_url
from maps.style import TIE_KINDS, TRAVELER_PALETTE, contrast, ink

from .conftest import HOME, PLACES, putin_documents, putin_mentions, putin_ties, putin_visits

pytestmark = pytest.mark.browser

DESKTOP, PHONE = (1400, 900), (390, 844)
SIZES = pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
STATE = "window.diplomapMaps[0].diplomap.state()"


def two_travelers() -> list[Visit]:
    d = dt.date
    country, lat, lon = PLACES["Minsk"]
    bel = Visit("Andrei Belousov", "RU", "minister", country, "Minsk", lat, lon, d(2024, 6, 3), d(2024, 6, 4),
                "completed", "minsk.txt", "Belousov arrived in Minsk.", 0.9, "text", 1,
                (Evidence("minsk.txt", "Belousov arrived in Minsk."),))
    return putin_visits() + [bel, dataclasses.replace(bel, traveler="Andrey Belousov", place="Minsk")]


def save(tmp_path, visits=None, ties=None, mentions=None, name="map.html", **kw):
    m = maps.build_map(putin_visits() if visits is None else visits, putin_ties() if ties is None else ties,
                       putin_mentions() if mentions is None else mentions, documents=putin_documents(),
                       home=HOME, tiles="none", title="Putin and Belousov", **kw)
    return maps.save_html(m, tmp_path / name)


def settle(page):
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def open_panel(page):
    if not page.evaluate("document.querySelector('.dm-panel details').open"):
        page.click(".dm-panel summary")


# ----------------------------------------------------------------------------- travellers

@SIZES
def test_every_traveller_is_listed_once_and_isolated_by_click_and_api(tmp_path, open_page, size):
    loaded = open_page(save(tmp_path, two_travelers()), size=size)
    page = loaded.page
    open_panel(page)
    names = page.locator(".dm-trav .dm-name").all_inner_texts()
    assert names == ["Andrei Belousov", "Vladimir Putin"]  # "Andrey" is the same person
    page.locator(".dm-trav", has_text="Vladimir Putin").click()
    got = page.evaluate(STATE)
    assert [t["name"] for t in got["travelers"]] == ["Vladimir Putin"] and got["stops"] == 6
    assert page.locator(".dm-itinerary .dm-sec").text_content() == "Itinerary: Vladimir Putin"
    assert page.locator(".dm-chip").all_inner_texts() == ["Vladimir Putin ×"]
    page.locator(".dm-trav", has_text="Andrei Belousov").click(modifiers=["Shift"])
    got = page.evaluate(STATE)
    assert {t["name"]: t["stops"] for t in got["travelers"]} == {"Andrei Belousov": 2, "Vladimir Putin": 6}
    page.fill(".dm-search", "belou")
    assert page.locator(".dm-trav:visible .dm-name").all_inner_texts() == ["Andrei Belousov"]
    # the same through the API, by any spelling
    page.evaluate("window.diplomapMaps[0].diplomap.filter({travelers: ['Andrey Belousov']})")
    got = page.evaluate(STATE)
    assert [t["name"] for t in got["travelers"]] == ["Andrei Belousov"] and got["legs"] == 2
    page.evaluate("window.diplomapMaps[0].diplomap.reset()")
    assert page.evaluate(STATE)["stops"] == 8
    assert loaded.errors == []


def test_itinerary_lists_stops_in_order_with_dates_status_and_evidence_both_ways(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    page.evaluate("window.diplomapMaps[0].diplomap.filter({travelers: ['Putin']})")
    trips = page.locator(".dm-trip").all_text_contents()
    assert trips == ["Trip 1 · 28–29 Jun 2022", "Trip 3 · 16–17 May 2024", "Trip 4 · 23–24 May 2024",
                     "Trip 5 · 26–28 May 2024"]
    items = page.locator(".dm-itinerary .dm-item").all_text_contents()
    assert items[0].startswith("1Dushanbe, Tajikistan28 Jun 2022")
    assert "planned" in items[1] and "Caspian summit" in items[1] and items[1].startswith("2Ashgabat")
    page.locator(".dm-itinerary .dm-item", has_text="Harbin").click()  # list -> map
    assert "Harbin, China" in page.inner_text(".leaflet-popup-content")
    assert page.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
    page.evaluate("(() => { const m = window.diplomapMaps[0]; m.closePopup(); window.DiploMap.fitShown(m); })()")
    xy = page.evaluate("""() => { const m = window.diplomapMaps[0], R = m._dm.routes, i = R.S.place.indexOf('Minsk');
      const p = m.latLngToContainerPoint([R.S.lat[i], R.S.lon[i]]), b = m.getContainer().getBoundingClientRect();
      return [b.left + p.x, b.top + p.y]; }""")
    page.mouse.click(*xy)  # map -> list
    if page.locator(".dm-choice").count():
        page.locator(".dm-choice", has_text="Minsk").first.click()
    assert page.locator(".dm-item[aria-current=true]").text_content().startswith("1Minsk")


# ----------------------------------------------------------------------------- countries

@SIZES
def test_a_country_shows_exactly_its_ties_listed_by_weight(tmp_path, open_page, size):
    loaded = open_page(save(tmp_path), size=size)
    page = loaded.page
    page.evaluate("window.diplomapMaps[0].diplomap.filter({countries: ['UZ']})")
    got = page.evaluate(STATE)
    assert [(p["a"], p["b"], p["kinds"], p["weight"]) for p in got["pairs"]] == [
        ("RU", "UZ", ["energy", "trade", "military", "visit"], 10)]
    assert got["stops"] == 1  # the visit to Uzbekistan (and its legs)
    open_panel(page)
    page.select_option(".dm-country", "RU")
    got = page.evaluate(STATE)
    assert sorted((p["a"], p["b"]) for p in got["pairs"]) == [("BY", "RU"), ("RU", "TJ"), ("RU", "UZ")]
    ties = page.locator(".dm-tielist .dm-item").all_text_contents()
    assert [t.split("energy")[0].split("nuclear")[0].split("diplomatic")[0] for t in ties] == [
        "Uzbekistan", "Belarus", "Tajikistan"]  # heaviest first
    assert "nuclear 3 · weight 3" in ties[1]
    assert "By kind:" in page.inner_text(".dm-tielist")
    assert page.locator(".dm-chip").all_inner_texts() == ["Russia ×"]
    assert loaded.errors == []


def test_names_not_codes_on_labels_popups_and_basemap(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    text = page.evaluate("(() => { const T = window.diplomapMaps[0]._dm.ties; return T.popup(2).textContent; })()")
    assert "Russia – Uzbekistan" in text and "RU" not in text.split("Russia")[0]
    assert "Uzbekistan (capital)" in " ".join(page.evaluate("""() => { const m = window.diplomapMaps[0];
      const c = m.latLngToContainerPoint([41.2995, 69.2401]); return m.diplomap.hitsAt(c.x, c.y); }"""))
    shown = page.evaluate("window.diplomapMaps[0]._dm.basenames._shown")
    assert "Russia" in shown and "China" in shown
    page.evaluate("void window.diplomapMaps[0].setZoom(6)")
    settle(page)
    assert len(page.evaluate("window.diplomapMaps[0]._dm.basenames._shown")) > 5


# ----------------------------------------------------------------------------- time

def test_playback_steps_through_months_and_trips(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    steps = page.evaluate("window.diplomapMaps[0]._dm.time.steps()")
    assert steps == [["2022-06-01", "2022-06-30"], ["2024-05-01", "2024-05-31"]]  # months with something
    page.click(".dm-play")
    assert page.inner_text(".dm-play") == "Pause"
    page.wait_for_function("window.diplomapMaps[0].diplomap.state().filter.since === '2024-05-01'", timeout=60_000)
    page.wait_for_function("document.querySelector('.dm-play').textContent === 'Play'", timeout=60_000)  # stops at the end
    page.evaluate("window.diplomapMaps[0].diplomap.filter({travelers: ['Putin'], since: null, until: null})")
    page.select_option(".dm-time select", "trip")
    trips = page.evaluate("window.diplomapMaps[0]._dm.time.steps()")
    assert trips == [["2022-06-28", "2022-06-29"], ["2024-05-16", "2024-05-17"], ["2024-05-23", "2024-05-24"],
                     ["2024-05-26", "2024-05-28"]]
    page.evaluate("window.diplomapMaps[0]._dm.time.play()")
    got = page.evaluate(STATE)
    assert got["filter"]["since"] == "2022-06-28" and got["stops"] == 2
    page.evaluate("window.diplomapMaps[0]._dm.time.step()")
    assert page.evaluate(STATE)["stops"] == 2  # Beijing and Harbin
    page.click(".dm-play")
    assert page.inner_text(".dm-play") == "Play"


def test_date_filter_hides_undated_items_unless_asked_and_refits_the_view(tmp_path, open_page):
    undated = dataclasses.replace(putin_visits()[2], start_date=None, end_date=None, trip=9)
    ties = putin_ties() + [Tie("CN", "RU", "trade", 2, None, None)]
    page = open_page(save(tmp_path, putin_visits() + [undated], ties)).page
    zoom0 = page.evaluate("window.diplomapMaps[0].getZoom()")
    page.evaluate("window.diplomapMaps[0].diplomap.filter({since: '2024-01-01', until: '2024-12-31'})")
    got = page.evaluate(STATE)
    assert got["stops"] == 4 and ("CN", "RU") not in {(p["a"], p["b"]) for p in got["pairs"]}
    page.check(".dm-undated input")
    got = page.evaluate(STATE)
    assert got["stops"] == 5 and ("CN", "RU") in {(p["a"], p["b"]) for p in got["pairs"]}
    page.evaluate("window.diplomapMaps[0].diplomap.filter({countries: ['BY'], since: null, until: null})")
    zoom1 = page.evaluate("window.diplomapMaps[0].getZoom()")
    assert zoom1 > zoom0  # the view fits what is shown
    assert page.evaluate("window.diplomapMaps[0].getBounds().contains([53.9006, 27.5590])")


# ----------------------------------------------------------------------------- hit testing

def test_every_drawn_item_can_be_reached_and_overlaps_open_a_chooser(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    missing = page.evaluate(r"""() => {
      const m = window.diplomapMaps[0], st = m._dm, out = [];
      const R = st.routes, T = st.ties;
      for (let i = 0; i < R.S.t.length; i++) {
        const p = m.latLngToContainerPoint([R.S.lat[i], R.S.lon[i]]);
        if (!m.diplomap.hitsAt(p.x, p.y).includes(R.label(i))) out.push('stop ' + i);
      }
      for (const [name, lines] of [['leg', R.lines], ['tie', T.lines]]) {
        for (const part of lines._parts) {
          if (!part.on) continue;
          const p = lines.midpoint(part), hits = st.hitters.filter(h => h.layer === lines)[0].all(p);
          if (!hits.some(h => h.part === part)) out.push(name + ' ' + part.ids);
          if (!m.diplomap.hitsAt(p.x, p.y).length) out.push(name + ' not listed ' + part.ids);
        }
      }
      for (const it of st.mentions.layer._drawn) {
        if (!m.diplomap.hitsAt(it[0], it[1]).some(t => t.startsWith('Mentions:'))) out.push('cluster ' + it[3]);
      }
      return out;
    }""")
    assert missing == []
    # Moscow: the home capital, where legs and arcs meet: a click lists them, hover highlights
    x, y = page.evaluate("""() => { const m = window.diplomapMaps[0], b = m.getContainer().getBoundingClientRect();
      const p = m.latLngToContainerPoint([55.7558, 37.6173]); return [b.left + p.x, b.top + p.y]; }""")
    page.mouse.move(x, y)
    page.wait_for_function("window.diplomapMaps[0]._dm.highlight._item !== null", timeout=60_000)
    page.mouse.click(x, y)
    assert "items here" in page.inner_text(".leaflet-popup-content")
    assert page.locator(".dm-choice").count() >= 2


def test_stops_at_one_place_share_a_badge_and_a_click_lists_every_visit(tmp_path, open_page):
    base = putin_visits()[2]  # Minsk
    stack = [dataclasses.replace(base, start_date=dt.date(2024, m, 1), end_date=dt.date(2024, m, 2), trip=10 + m)
             for m in range(1, 8)]
    page = open_page(save(tmp_path, stack, [], [])).page
    assert page.locator(".dm-stop").all_inner_texts() == ["×7"]
    box = page.locator(".dm-stop").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    choices = page.locator(".dm-choice").all_inner_texts()
    assert len(choices) == 7 and all("Minsk" in c for c in choices)
    page.locator(".dm-choice", has_text="Jul 2024").click()
    assert "Trip 17, stop 1" in page.inner_text(".leaflet-popup-content")


# ----------------------------------------------------------------------------- keyboard, table, phone

def test_keyboard_path_through_travellers_itinerary_and_ties(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    page.focus(".dm-trav")
    page.keyboard.press("Enter")
    page.locator(".dm-itinerary .dm-item").first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
    assert "Dushanbe, Tajikistan" in page.inner_text(".leaflet-popup-content")
    page.keyboard.press("Escape")
    page.focus(".dm-country")
    page.select_option(".dm-country", "BY")
    page.locator(".dm-tielist .dm-item").first.focus()
    page.keyboard.press("Enter")
    assert "Belarus – Russia" in page.inner_text(".leaflet-popup-content")
    assert page.evaluate("document.activeElement.classList.contains('dm-pop')")


def test_table_view_is_the_map_as_tables(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    page.evaluate("window.diplomapMaps[0].diplomap.filter({since: '2024-05-01', until: '2024-05-31'})")
    page.click(".dm-tools >> text=Table")
    tables = page.locator(".dm-table caption").all_inner_texts()
    assert tables == ["Stops (4)", "Ties (2)"]
    assert "Beijing" in page.inner_text(".dm-table-view") and "Belarus – Russia" in page.inner_text(".dm-table-view")
    page.locator(".dm-table-view tr", has_text="Harbin").locator("button").click()
    assert page.locator(".dm-table-view").count() == 0
    assert "Harbin, China" in page.inner_text(".leaflet-popup-content")


def test_on_a_phone_panels_start_folded_and_popups_are_a_bottom_sheet(tmp_path, open_page):
    loaded = open_page(save(tmp_path, two_travelers()), size=PHONE)
    page = loaded.page
    folded = page.evaluate("[...document.querySelectorAll('.dm-legend details, .dm-panel details, .dm-time details')]"
                           ".map(d => d.open)")
    assert folded == [False, False, False]
    covered = page.evaluate("""() => { const m = window.diplomapMaps[0].getContainer().getBoundingClientRect();
      let a = 0; document.querySelectorAll('.leaflet-control').forEach(c => { const r = c.getBoundingClientRect();
      a += r.width * r.height; }); return a / (m.width * m.height); }""")
    assert covered < 0.2, covered  # the map stays visible
    x, y = page.evaluate("""() => { const m = window.diplomapMaps[0], R = m._dm.routes, i = R.S.place.indexOf('Tashkent');
      const p = m.latLngToContainerPoint([R.S.lat[i], R.S.lon[i]]); return [p.x, p.y]; }""")
    page.mouse.click(x, y)
    sheet = page.locator(".dm-sheet")
    if page.locator(".dm-sheet .dm-choice").count():
        page.locator(".dm-sheet .dm-choice", has_text="Tashkent").click()
    assert "Tashkent, Uzbekistan" in sheet.inner_text() and page.locator(".leaflet-popup").count() == 0
    box = sheet.bounding_box()
    assert box["y"] + box["height"] <= 844 and box["width"] >= 380
    page.click(".dm-sheet-close")
    assert page.locator(".dm-sheet").count() == 0
    assert loaded.errors == []


def test_wheel_zooms_only_after_a_click_and_fragments_fill_their_container(tmp_path, open_page):
    m = maps.build_map(putin_visits(), home=HOME, tiles="none")
    frag = maps.save_fragment(m, tmp_path / "f.html", height="100%").read_text()
    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                    "<div style='height:1200px'>Intro</div><div id='box' style='height:450px'>" + frag
                    + "</div><div style='height:1200px'>More</div></body></html>", encoding="utf-8")
    page = open_page(host).page
    assert page.evaluate("window.diplomapMaps[0].getContainer().offsetHeight") == 450
    page.evaluate("document.getElementById('box').scrollIntoView()")
    zoom = page.evaluate("window.diplomapMaps[0].getZoom()")
    box = page.locator("#box").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(400)
    assert page.evaluate("window.diplomapMaps[0].getZoom()") == zoom  # the page scrolled instead
    box = page.locator("#box").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function(f"window.diplomapMaps[0].getZoom() > {zoom}", timeout=60_000)


# ----------------------------------------------------------------------------- legibility

def test_first_ten_traveller_colours_are_pairwise_distinct_and_badges_readable():
    from coloraide import Color

    for a, b in itertools.combinations(TRAVELER_PALETTE, 2):
        assert Color(a).delta_e(Color(b), method="2000") >= 20, (a, b)
    for c in TRAVELER_PALETTE:
        assert contrast(ink(c), c) >= 4.5, c
    # tie kinds that meet on one map differ for deuteranopes too (and by dash pattern)
    mil, trade = TIE_KINDS["military"], TIE_KINDS["trade"]
    seen = Color(mil[0]).filter("deutan").delta_e(Color(trade[0]).filter("deutan"), method="2000")
    assert seen >= 20 and mil[1] != trade[1]
    assert len({dash for _, dash in TIE_KINDS.values()}) >= 9


def test_text_on_panels_legend_and_popups_meets_wcag_aa(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    page.evaluate("window.diplomapMaps[0].diplomap.filter({travelers: ['Putin'], countries: ['RU']})")
    page.evaluate("(() => { const m = window.diplomapMaps[0]; m._dm.ties.open(2); })()")
    low = page.evaluate(r"""() => {
      const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
        .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
      const bg = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c; } return [255, 255, 255]; };
      const out = [];
      document.querySelectorAll('.dm-panel *, .dm-legend *, .dm-time *, .leaflet-popup-content *, .dm-map-title').forEach(e => {
        if (!e.offsetParent || ![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) return;
        const s = getComputedStyle(e), fg = rgb(s.color), b = bg(e);
        const l1 = lum(fg), l2 = lum(b), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < 4.5) out.push([e.className || e.tagName, e.textContent.slice(0, 30), ratio.toFixed(2)]);
      });
      return out;
    }""")
    assert low == []


# ----------------------------------------------------------------------------- one rule in both languages

def test_js_arc_and_safe_url_are_the_python_ones(tmp_path, open_page):
    page = open_page(save(tmp_path)).page
    cases = [((55.7558, 37.6173), (41.2995, 69.2401), 0.18), ((-33.87, 151.21), (51.5, -0.13), -0.3),
             ((88.0, 10.0), (-89.0, -170.0), 0.18), ((35.68, 139.65), (37.77, -122.42), 0.5)]
    for a, b, bend in cases:
        js = page.evaluate("([a, b, bend]) => window.DiploMap.arc(a, b, bend, 24)", [list(a), list(b), bend])
        py = arc_path(a, b, bend=bend, n=24)
        assert len(js) == len(py)
        for (la, lo), (pla, plo) in zip(js, py):
            assert math.isclose(la, pla, abs_tol=1e-9) and math.isclose(lo, plo, abs_tol=1e-9), (a, b)
    urls = ["https://example.org/x?y=1#z", "http://a.b", "HTTPS://EXAMPLE.ORG", "javascript:alert(1)",
            " https://a.b", "https://exa mple.org", "https://user:pw@evil.example/", "//evil.example", "https://",
            "ftp://x/y", "data:text/html,x", "https://a.b/\u0000", "https://a.b/" + "x" * 2000, "https://a.b\\c",
            "http://[::1]/x", "https://a.b?q", "", None, 42]
    js = page.evaluate("(us) => us.map(u => window.DiploMap.safeUrl(u))", urls)
    assert js == [safe_url(u) if isinstance(u, str) else None for u in urls]


# ----------------------------------------------------------------------------- sources and the CLI

def test_records_alone_make_a_records_only_map_with_relative_sources(tmp_path, open_page):
    from pathlib import Path

    records = Path(__file__).resolve().parents[2] / "data" / "us_secretaries_travels.csv"
    rows = records.read_text(encoding="utf-8").splitlines()[:120]
    local = tmp_path / "deep" / "folder" / "trips.csv"
    local.parent.mkdir(parents=True)
    local.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "records.html"
    result = CliRunner().invoke(app, ["build", "--records", str(local), "-o", str(out), "--offline", "-q"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Putin" not in html and "diplomap sample" not in html  # no bundled sample mixed in
    assert str(tmp_path) not in html and "/deep/folder" not in html  # no local path in a published page
    page = open_page(out).page
    got = page.evaluate(STATE)
    assert got["ties"] == 0 and got["stops"] > 50
    assert {t["name"] for t in got["travelers"]} >= {"William Henry Seward"}
    text = page.evaluate("window.diplomapMaps[0]._dm.routes.popup(0).textContent")
    assert re.search(r"trips\.csv, row \d+", text), text
    assert "records" in page.inner_text(".dm-credit") and "trips.csv" in page.inner_text(".dm-credit")


def test_png_keeps_the_whole_legend_and_the_credit(tmp_path, open_page, chromium):
    many = [dataclasses.replace(v, traveler=f"Traveller {k:02d}") for k in range(24) for v in putin_visits()[:1]]
    path = save(tmp_path, many)
    page = open_page(path, size=(1000, 700)).page
    page.evaluate("document.documentElement.classList.add('dm-static');"
                  "window.diplomapMaps.forEach(m => window.DiploMap.print(m))")  # what save_png does
    fits = page.evaluate("""() => { const l = document.querySelector('.dm-legend'), r = l.getBoundingClientRect();
      return {cut: l.scrollHeight > l.clientHeight + 1 || r.top < 0 || r.bottom > innerHeight,
              names: l.innerText.match(/Traveller \\d\\d/g).length, panel: !!document.querySelector('.dm-panel').offsetParent,
              credit: document.querySelector('.dm-credit').getBoundingClientRect().bottom <= innerHeight}; }""")
    assert fits == {"cut": False, "names": 24, "panel": False, "credit": True}
    png = maps.save_png(path, tmp_path / "m.png", size=(1000, 700))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_host_page_drives_two_maps_through_the_api(tmp_path, open_page):
    a = maps.save_fragment(maps.build_map(putin_visits(), putin_ties(), home=HOME, tiles="none"), tmp_path / "a.html")
    b = maps.save_fragment(maps.build_map(two_travelers(), home=HOME, tiles="none"), tmp_path / "b.html")
    host = tmp_path / "report.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + a.read_text()
                    + b.read_text() + "<script>window.addEventListener('load', () => setTimeout(() =>"
                    " (window.diplomapMaps || []).forEach(m => m.diplomap.filter({since: '2024-05-01',"
                    " until: '2024-05-31'})), 0));</script></body></html>", encoding="utf-8")
    page = open_page(host, maps=2).page
    page.evaluate("window.diplomapMaps.forEach(m => m.diplomap.filter({since: '2024-05-01', until: '2024-05-31'}))")
    got = page.evaluate("window.diplomapMaps.map(m => m.diplomap.state().stops)")
    assert got == [4, 4]
    page.evaluate("window.diplomapMaps[1].diplomap.filter({travelers: ['Belousov'], since: null, until: null})")
    assert page.evaluate("window.diplomapMaps.map(m => m.diplomap.state().stops)") == [4, 2]
