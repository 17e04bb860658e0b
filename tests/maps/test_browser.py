"""The map in real headless Chromium (Playwright, file:// pages, network blocked)."""

from __future__ import annotations

import base64

import pytest

import maps

from .conftest import HOME, hostile_inputs

pytestmark = pytest.mark.browser

COUNTS = """() => {
  const m = window.diplomapMaps[0], st = m._dm;
  const ids = layer => new Set(layer._parts.filter(p => p.on).flatMap(p => p.ids)).size;
  return {
    legs: ids(st.routes.lines), ties: ids(st.ties.lines), stops: st.routes.dots._drawn.length,
    badges: document.querySelectorAll('.dm-stop').length, labels: document.querySelectorAll('.dm-label-icon').length,
    homes: document.querySelectorAll('.dm-home').length, counts: st.counts,
    basemap: st.basemap.getLayers().length, leaflet: window.L.version, failed: !!st.failed
  };
}"""

PART_POINT = """([layer, id]) => {
  const m = window.diplomapMaps[0], lines = m._dm[layer].lines, t = lines._tf;
  const p = lines._parts.find(p => p.ids.includes(id));
  const j = 2 * Math.floor(p.a.length / 4), box = m.getContainer().getBoundingClientRect();
  return [box.left + p.a[j] * t.k - t.ox, box.top + p.a[j + 1] * t.k - t.oy];
}"""


def build(sample, **kw):
    args = dict(documents=sample["documents"], problems=sample["problems"], home=sample["home"],
                title="Vladimir Putin's trips, 2022 and 2024", tiles="none")
    args.update(kw)
    return maps.build_map(sample["visits"], sample["ties"], sample["mentions"], **args)


@pytest.fixture
def sample_page(sample, tmp_path, open_page):
    path = maps.save_html(build(sample), tmp_path / "map.html")
    return open_page(path)


def popup_text(page) -> str:
    page.wait_for_selector(".leaflet-popup-content", timeout=60_000)
    return page.inner_text(".leaflet-popup-content")


def test_sample_map_draws_every_route_tie_and_stop_offline(sample_page):
    page = sample_page.page
    got = page.evaluate(COUNTS)
    assert got["leaflet"] == "1.9.3" and not got["failed"]
    assert (got["legs"], got["ties"], got["stops"]) == (10, 3, 6)  # ties: one arc per country pair
    assert got["counts"] == {"legs": 10, "stops": 6, "ties": 3, "spots": 7}
    assert (got["badges"], got["labels"], got["homes"]) == (6, 6, 1)
    assert got["basemap"] > 200  # Natural Earth countries drawn without any tile
    assert sample_page.errors == []
    assert sample_page.requests == []
    assert page.is_visible(".dm-legend") and page.is_visible(".leaflet-control-layers")
    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == ["Ties", "Routes", "Mentions"]
    legend = page.inner_text(".dm-legend")
    for text in ("planned", "nuclear", "diplomatic", "1 problem", "8 mentions of 7 places"):
        assert text in legend
    assert "Vladimir Putin" in page.inner_text(".dm-panel")
    assert page.inner_text(".dm-map-title") == "Vladimir Putin's trips, 2022 and 2024"
    labels = page.locator(".dm-label").all_inner_texts()
    assert "Beijing 16–17 May 2024" in labels and "Ashgabat 29 Jun 2022" in labels
    # stops are numbered within each trip: Dushanbe 1, Ashgabat 2; Beijing 1, Harbin 2; Minsk 1; Tashkent 1
    assert sorted(page.locator(".dm-stop").all_inner_texts()) == ["1", "1", "1", "1", "2", "2"]


STOP_POINT = """(i) => {
  const m = window.diplomapMaps[0], S = m._dm.routes.S, p = m.latLngToContainerPoint([S.lat[i], S.lon[i]]);
  const box = m.getContainer().getBoundingClientRect();
  return [box.left + p.x, box.top + p.y];
}"""


def test_clicking_a_stop_shows_its_date_and_evidence(sample_page):
    page = sample_page.page
    x, y = page.evaluate(STOP_POINT, 2)  # Beijing (stops: Dushanbe, Ashgabat, Beijing, ...)
    page.mouse.click(x, y)
    text = popup_text(page)
    assert "2 items here" in text  # the stop and the mentions of Beijing: the click lists both
    page.locator(".dm-choice", has_text="1. Beijing").click()
    text = popup_text(page)
    assert "Beijing, China" in text and "16–17 May 2024" in text and "Trip 3, stop 1" in text
    assert "Putin held talks with Xi Jinping in Beijing on 16 May." in text
    link = page.locator(".leaflet-popup-content a")
    assert link.inner_text() == "Putin in China" and link.get_attribute("href") == "https://example.org/b"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert "kremlin" in text  # the outlet


def test_choosing_an_item_from_the_list_keeps_its_popup_open(sample_page):
    # The choice's click replaces the popup's content, so the button is gone from the popup
    # when the click bubbles to the map; Leaflet took it for a click on the map and closed
    # the popup just opened (seen as a popup vanishing on a busy machine). element.click()
    # bubbles synchronously, so this shows it on any machine.
    page = sample_page.page
    x, y = page.evaluate(STOP_POINT, 2)
    page.mouse.click(x, y)
    assert "2 items here" in popup_text(page)
    still_open, text = page.evaluate("""() => {
      const m = window.diplomapMaps[0];
      const b = [...document.querySelectorAll('.dm-choice')].find(b => b.textContent.includes('1. Beijing'));
      b.click();
      return [m.hasLayer(m._dm.popup), document.querySelector('.leaflet-popup-content').textContent];
    }""")
    assert still_open and "Beijing, China" in text
    assert sample_page.errors == []


def test_clicking_a_leg_and_a_tie_on_the_canvas_opens_their_popups(sample_page):
    page = sample_page.page
    x, y = page.evaluate(PART_POINT, ["routes", 4])  # Beijing -> Harbin
    page.mouse.click(x, y)
    text = popup_text(page)
    assert "Beijing → Harbin" in text and "17 May 2024" in text
    assert "Evidence for Harbin" in text and "Putin in China" in text  # legs show their evidence
    page.evaluate("(window.diplomapMaps[0].closePopup(), null)")
    page.wait_for_selector(".leaflet-popup-content", state="detached")  # it fades out first
    x, y = page.evaluate(PART_POINT, ["ties", 2])  # pairs sorted: BY-RU, RU-TJ, RU-UZ
    page.mouse.click(x, y)
    text = popup_text(page)
    if "items here" in text:  # a leg crosses the arc there: choose the tie
        page.locator(".dm-choice", has_text="Russia – Uzbekistan").click()
        text = popup_text(page)
    assert "Russia – Uzbekistan" in text and "weight 10" in text
    for kind in ("energy", "trade", "military", "visit"):  # one arc, every kind listed
        assert kind in text
    assert "Russia and Uzbekistan signed agreements." in text and "26–28 May 2024" in text


def test_time_control_filters_routes_and_ties_by_date(sample_page):
    page = sample_page.page
    typed = """([a, b]) => {
      const t = window.diplomapMaps[0]._dm.time.ui;
      t.since.value = a; t.until.value = b;
      t.since.dispatchEvent(new Event('change')); t.until.dispatchEvent(new Event('change'));
    }"""
    page.evaluate(typed, ["2024-05-01", "2024-05-31"])  # May 2024 only
    got = page.evaluate(COUNTS)
    assert (got["legs"], got["ties"], got["stops"]) == (7, 2, 4)
    assert page.inner_text(".dm-time-label") == "1–31 May 2024"
    page.evaluate(typed, ["2022-06-01", "2022-06-30"])  # Jun 2022 only
    got = page.evaluate(COUNTS)
    assert (got["legs"], got["ties"], got["stops"]) == (3, 1, 2)
    assert "2022-06-01 to 2022-06-30" in page.inner_text(".dm-chips")
    page.click(".dm-tools >> text=Reset")
    got = page.evaluate(COUNTS)
    assert (got["legs"], got["ties"], got["stops"]) == (10, 3, 6)


def test_default_page_only_asks_for_tiles(sample, tmp_path, open_page):
    path = maps.save_html(build(sample, tiles=None), tmp_path / "online.html")
    loaded = open_page(path)
    assert loaded.requests, "OpenStreetMap tiles should have been requested"
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in loaded.requests), loaded.requests
    assert loaded.page.evaluate(COUNTS)["basemap"] > 200  # the outline basemap is there all the same
    assert [e for e in loaded.errors if "ERR_FAILED" not in e] == []  # blocked tiles are the only errors


def test_png_is_the_rendered_map_and_not_blank(sample, tmp_path, chromium):
    m = build(sample)
    # (this test's own Playwright is running in this thread: save_png copes with that)
    png = maps.save_png(m, tmp_path / "map.png", size=(800, 500), scale=2)
    pdf = maps.save_pdf(maps.save_html(m, tmp_path / "map.html"), tmp_path / "map.pdf", size=(800, 500))
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    page = chromium.new_page()
    try:
        stats = page.evaluate("""async (b64) => {
          const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let n = 0, s = 0, s2 = 0;
          for (let i = 0; i < d.length; i += 4 * 7) { const y = 0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2]; n++; s += y; s2 += y * y; }
          const mean = s / n;
          return {w: img.width, h: img.height, variance: s2 / n - mean * mean};
        }""", base64.b64encode(data).decode())
    finally:
        page.close()
    assert (stats["w"], stats["h"]) == (1600, 1000)
    assert stats["variance"] > 100, stats
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000


def test_hostile_text_stays_inert_in_every_popup_tooltip_and_label(tmp_path, open_page):
    visits, ties, mentions, docs, problems = hostile_inputs()
    m = maps.build_map(visits, ties, mentions, documents=docs, problems=problems,
                       title='<img src=x onerror="window.__pwned=1"> {{ 7*7 }}', home=HOME, tiles="none")
    loaded = open_page(maps.save_html(m, tmp_path / "hostile.html"))
    page = loaded.page
    texts = page.evaluate("""async () => {
      const m = window.diplomapMaps[0], st = m._dm, out = [];
      const show = el => { L.popup().setLatLng(m.getCenter()).setContent(el).openOn(m); out.push(el.textContent); };
      const S = st.routes;
      for (let i = 0; i < S.dots._o.lat.length; i++) { S.open(i); out.push(document.querySelector('.leaflet-popup-content').textContent); }
      for (const p of S.lines._parts) show(S.legPopup(p.ids));
      for (const p of st.ties.lines._parts) show(st.ties.popup(p.ids[0]));
      for (let i = 0; i < st.mentions.layer._o.lat.length; i++) show(st.mentions.popup(i));
      m.eachLayer(l => { if (l.getTooltip && l.getTooltip()) { l.openTooltip(); out.push(l.getTooltip().getContent()); } });
      await new Promise(r => setTimeout(r, 300));  // give any injected onerror time to fire
      return out;
    }""")
    for i in range(len(visits)):
        x, y = page.evaluate(STOP_POINT, i)
        page.mouse.click(x, y)
        page.wait_for_timeout(50)
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if not h.startswith(("https://", "http://", "#"))], hrefs  # '#': Leaflet's buttons
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"], svg[onload]').length") == 0
    joined = " ".join(str(t) for t in texts)
    assert '<img src=x onerror="window.__pwned=1">' in joined  # shown as text, not run
    assert "{{ 7*7 }}" in joined and "</script><script>" in joined
    assert page.inner_text(".dm-map-title") == '<img src=x onerror="window.__pwned=1"> {{ 7*7 }}'
    assert "1 problem" in page.inner_text(".dm-legend")
    assert HOSTILE_NAME in page.inner_text(".dm-panel")  # the traveller list shows it as text
    assert loaded.errors == [] and loaded.requests == []


HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">'


def test_two_fragments_and_a_copy_work_on_one_page(sample, tmp_path, open_page):
    visits, ties, mentions, docs, problems = hostile_inputs()
    first = maps.save_fragment(build(sample), tmp_path / "a.frag.html").read_text()
    second = maps.save_fragment(maps.build_map(visits, ties, mentions, documents=docs, home=HOME, tiles="none"),
                                tmp_path / "b.frag.html", height="400px").read_text()
    host = tmp_path / "report.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
                    "<h1 id='top'>Quarterly report</h1>" + first + "<p>Between the maps.</p>" + second
                    + first + "</body></html>", encoding="utf-8")
    loaded = open_page(host, maps=3)
    page = loaded.page
    info = page.evaluate("""() => window.diplomapMaps.map(m => ({
      id: m.getContainer().id, h: m.getContainer().offsetHeight, zoom: m.getZoom(),
      legs: m._dm.counts.legs, ready: m._dm.rendered }))""")
    assert len(info) == 3 and all(i["ready"] for i in info)
    assert [i["legs"] for i in info] == [10, 3, 10]
    assert [i["h"] for i in info] == [600, 400, 600]
    assert info[0]["id"] == info[2]["id"] != info[1]["id"]  # the copy found its own container
    assert page.evaluate("document.querySelectorAll('.leaflet-container').length") == 3
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "8px"  # host page untouched
    assert page.is_visible("#top")
    assert loaded.errors == [] and loaded.requests == []


def test_empty_map_renders_with_a_no_data_note(tmp_path, open_page):
    loaded = open_page(maps.save_html(maps.build_map(tiles="none"), tmp_path / "empty.html"))
    assert "No data to show" in loaded.page.inner_text(".dm-legend")
    assert loaded.errors == [] and loaded.requests == []
