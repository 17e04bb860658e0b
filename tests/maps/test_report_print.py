"""The report's printed map in real headless Chromium: the print picture fitted to the drawn
items clear of its legend, and page one of the PDF and of the first-page PNG holding the summary
and the map (shrunk to fit when the summary is long) or, when it cannot, the summary alone."""

from __future__ import annotations

import base64
import csv
import datetime as dt
from pathlib import Path

import pytest

from maps import report as rp
from maps.report.printing import MAP_IMAGE_SIZE, MARGINS, MIN_MAP_SHARE

from .test_report_browser import invoke

pytestmark = pytest.mark.browser
pypdf = pytest.importorskip("pypdf")

PT = 96 / 72  # CSS pixels per PDF point
MM_PT = 72 / 25.4  # PDF points per millimetre


#: The print picture's layout in container pixels [left, top, right, bottom]: the map, its
#: legend and credit, the box of every drawn route and tie (what the layers report, as the
#: view's fit sees it), each stop and each text label.
PRINT_LAYOUT = r"""
() => {
  const m = window.diplomapMaps[0], c = m.getContainer(), at = c.getBoundingClientRect();
  const box = e => { const r = e.getBoundingClientRect();
    return [r.left - at.left, r.top - at.top, r.right - at.left, r.bottom - at.top]; };
  let b = null;
  m._dm.layers.forEach(l => {
    const lb = !l.weak && l.bounds ? l.bounds() : null;
    if (lb && lb.isValid()) b = b ? b.extend(lb) : L.latLngBounds(lb.getSouthWest(), lb.getNorthEast());
  });
  const nw = m.latLngToContainerPoint(b.getNorthWest()), se = m.latLngToContainerPoint(b.getSouthEast());
  const S = m._dm.routes.S;
  return {map: [0, 0, c.clientWidth, c.clientHeight], legend: box(c.querySelector('.dm-legend')),
          credit: box(c.querySelector('.dm-credit')), items: [nw.x, nw.y, se.x, se.y],
          stops: S.lat.map((lat, i) => { const p = m.latLngToContainerPoint([lat, S.lon[i]]); return [p.x, p.y, p.x, p.y]; }),
          labels: [...c.querySelectorAll('.dm-label')].map(box),
          legendCut: c.querySelector('.dm-legend').scrollHeight > c.querySelector('.dm-legend').clientHeight + 1};
}
"""


def _inside(a, b, slack=1.0) -> bool:
    return a[0] >= b[0] - slack and a[1] >= b[1] - slack and a[2] <= b[2] + slack and a[3] <= b[3] + slack


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _sample_result():
    from geo._paths import data_path
    from geo.pipeline import run

    return run([data_path("sample")], meta=data_path("sample", "meta.csv"), records=[data_path("visits.csv")])


def _records_result(csv: Path, since: dt.date, until: dt.date):
    from geo.pipeline import filter_result, run

    return filter_result(run(records=[csv]), since=since, until=until)


# The map picture of the printed report: the view is fitted to what the picture shows (the
# whole legend, no panels), so no stop, route, arc or label lies under the legend or the
# credit or off the picture. Before, the fit left room for the hidden filter panel and the
# folded legend: the sample's Beijing and Pyongyang sat under the legend, with half the
# width of the picture empty.
@pytest.mark.parametrize("which", ["sample", "clinton", "baker-to-rice"])
def test_the_printed_map_fits_the_drawn_items_clear_of_the_legend(which, tmp_path, open_page,
                                                                   secretaries_csv):
    from maps.build import render_html

    result = {"sample": _sample_result,
              "clinton": lambda: _records_result(secretaries_csv, dt.date(2009, 1, 1), dt.date(2012, 12, 31)),
              "baker-to-rice": lambda: _records_result(secretaries_csv, dt.date(1989, 1, 1),
                                                       dt.date(2008, 12, 31))}[which]()
    m = rp.report_map(rp.build_report(result, title="x"))
    path = tmp_path / "map.html"
    path.write_text(render_html(m), encoding="utf-8")
    loaded = open_page(path, size=MAP_IMAGE_SIZE)
    loaded.page.evaluate("document.documentElement.classList.add('dm-static');"
                         "window.diplomapMaps.forEach(m => window.DiploMap.print(m))")  # as save_png
    got = loaded.page.evaluate(PRINT_LAYOUT)
    assert len(got["stops"]) > 5 and (got["labels"] or which != "sample")
    assert _inside(got["legend"], got["map"]) and not got["legendCut"]
    assert _inside(got["items"], got["map"]), got
    for cover in ("legend", "credit"):
        assert not _overlap(got["items"], got[cover]), (cover, got)
        assert not [s for s in got["stops"] if _overlap(s, got[cover])]
        assert not [lb for lb in got["labels"] if _overlap(lb, got[cover])], (cover, got["labels"])
    assert all(_inside(lb, got["map"]) for lb in got["labels"]), got["labels"]
    # and they fill the room they have: most of the width beside the legend, or of the height
    span_w, span_h = got["items"][2] - got["items"][0], got["items"][3] - got["items"][1]
    assert span_w > 0.6 * got["legend"][0] or span_h > 0.6 * got["map"][3], got
    assert loaded.errors == []



def _pictures(pdf: Path, pages: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """Per page of the PDF's first ``pages``, the box (x0, y0, x1, y1) in points of each picture."""
    out = []
    for page in pypdf.PdfReader(str(pdf)).pages[:pages]:
        boxes = []

        def visit(op, args, cm, tm, boxes=boxes):
            if op == b"Do":
                boxes.append((cm[4], cm[5], cm[4] + cm[0], cm[5] + cm[3]))

        page.extract_text(visitor_operand_before=visit)
        out.append(boxes)
    return out


def _ink(chromium, png: Path, box: tuple[float, float, float, float]) -> float:
    """The share of pixels of ``png`` in ``box`` (CSS pixels) that are not white."""
    page = chromium.new_page()
    try:
        return page.evaluate("""async ([src, box]) => {
          const img = new Image(); img.src = src; await img.decode();
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
          const [x0, y0, x1, y1] = box.map(Math.round), d = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 735) ink++;
          return ink / (d.length / 4);
        }""", ["data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii"), list(box)])
    finally:
        page.close()


@pytest.fixture(scope="module")
def secretaries_prints(tmp_path_factory, chromium, secretaries_csv):
    """Reports of the US secretaries' records: six travellers (1989-2008), and the first 12
    trips of each of 14 secretaries (a two-line summary each, a dozen of them listed)."""
    out = tmp_path_factory.mktemp("print")
    with secretaries_csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    trips = {}
    for row in rows:
        trips.setdefault(row["traveler"], []).append(row)
    many = sorted(t for t in trips if len({r["country"] for r in trips[t][:12]}) >= 9)[:14]
    assert len(many) == 14
    with (out / "fourteen.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for t in many for r in trips[t][:12])
    for name, args in (("six", ["--records", str(secretaries_csv), "--since", "1989-01-01",
                                "--until", "2008-12-31"]),
                       ("fourteen", ["--records", str(out / "fourteen.csv")])):
        invoke("report", *args, "-q", "-o", str(out / f"{name}.html"), "--pdf", str(out / f"{name}.pdf"),
               "--png", str(out / f"{name}.png"))
    return out


# Six travellers' lines leave less room than the map picture needs: it used to start page
# two of the PDF while the first-page PNG showed it on page one, running into the margin.
def test_a_long_summary_shrinks_the_map_onto_page_one_of_the_pdf_and_the_png(secretaries_prints, chromium):
    pages = _pictures(secretaries_prints / "six.pdf")
    assert len(pages[0]) == 1, pages[:2]  # the map, on page one
    x0, y0, x1, y1 = pages[0][0]
    width, height = (v * MM_PT for v in rp.PAPERS["A4"])
    top, right, bottom, left = (v * MM_PT for v in MARGINS)
    assert y0 >= bottom - 1 and y1 <= height - top + 1 and x0 >= left - 1 and x1 <= width - right + 1
    full = width - left - right  # the picture's width when it is not shrunk
    assert MIN_MAP_SHARE * full <= x1 - x0 < full - 1
    # the PNG shows the same page: the map where the PDF has it, nothing below the margin
    png = secretaries_prints / "six.png"
    assert _ink(chromium, png, (x0 * PT + 4, (height - y1) * PT + 4, x1 * PT - 4, (height - y0) * PT - 4)) > 0.5
    assert _ink(chromium, png, (0, (height - bottom) * PT + 2, width * PT, height * PT)) == 0


# Twelve two-line travellers' entries (and "2 more") leave no room: the map starts page two, and the PNG of page one
# shows the summary alone instead of the map's top cut off at the page's edge.
def test_when_the_map_cannot_stay_on_page_one_the_png_shows_the_summary_alone(secretaries_prints, chromium):
    pages = _pictures(secretaries_prints / "fourteen.pdf")
    assert pages[0] == [] and len(pages[1]) >= 1
    width, height = (v * MM_PT for v in rp.PAPERS["A4"])
    png = secretaries_prints / "fourteen.png"
    assert _ink(chromium, png, (0, 0.8 * height * PT, width * PT, height * PT)) == 0
    assert _ink(chromium, png, (0, 0, width * PT, 0.3 * height * PT)) > 0  # the summary is there
