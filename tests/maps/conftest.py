"""Fixtures of the map tests: sample values, a hostile corpus, and headless Chromium."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from geo.values import Document, Evidence, Mention, Problem, Tie, Visit

CHROMIUM = os.environ.get("DIPLOMAP_CHROMIUM") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]

HOME = {
    "RU": (55.7558, 37.6173), "CN": (39.9042, 116.4074), "BY": (53.9006, 27.5590),
    "UZ": (41.2995, 69.2401), "TJ": (38.5598, 68.7870), "TM": (37.9601, 58.3261),
}
PLACES = {
    "Beijing": ("CN", 39.9042, 116.4074), "Harbin": ("CN", 45.8038, 126.5349),
    "Minsk": ("BY", 53.9006, 27.5590), "Tashkent": ("UZ", 41.2995, 69.2401),
    "Dushanbe": ("TJ", 38.5598, 68.7870), "Ashgabat": ("TM", 37.9601, 58.3261),
}


def visit(place: str, start: dt.date, end: dt.date | None, trip: int, *, status: str = "completed",
          doc: str = "kremlin.txt", evidence: str | None = None, traveler: str = "Vladimir Putin",
          url: str | None = None) -> Visit:
    country, lat, lon = PLACES[place]
    text = evidence or f"Vladimir Putin arrived in {place}."
    return Visit(traveler, "RU", "president", country, place, lat, lon, start, end, status, doc, text,
                 0.9, "text", trip, (Evidence(doc, text, url=url),))


def putin_visits() -> list[Visit]:
    d = dt.date
    return [
        visit("Beijing", d(2024, 5, 16), d(2024, 5, 17), 3, doc="beijing.txt",
              evidence="Putin held talks with Xi Jinping in Beijing on 16 May."),
        visit("Harbin", d(2024, 5, 17), d(2024, 5, 17), 3, doc="beijing.txt"),
        visit("Minsk", d(2024, 5, 23), d(2024, 5, 24), 4, doc="minsk.txt"),
        visit("Tashkent", d(2024, 5, 26), d(2024, 5, 28), 5, doc="tashkent.txt"),
        visit("Dushanbe", d(2022, 6, 28), d(2022, 6, 28), 1, doc="dushanbe.txt"),
        visit("Ashgabat", d(2022, 6, 29), d(2022, 6, 29), 1, status="planned", doc="dushanbe.txt",
              evidence="Putin is expected to attend the Caspian summit in Ashgabat."),
    ]


def putin_ties() -> list[Tie]:
    d = dt.date
    ev = (Evidence("tashkent.txt", "Russia and Uzbekistan signed agreements.", url="https://example.org/t"),)
    return [
        Tie("RU", "UZ", "military", 2, d(2024, 5, 27), d(2024, 5, 27), ev),
        Tie("RU", "UZ", "energy", 4, d(2024, 5, 27), d(2024, 5, 28), ev),
        Tie("RU", "UZ", "trade", 3, d(2024, 5, 27), d(2024, 5, 27), ev),
        Tie("RU", "UZ", "visit", 1, d(2024, 5, 26), d(2024, 5, 28), ev),
        Tie("BY", "RU", "nuclear", 3, d(2024, 5, 24), d(2024, 5, 24),
            (Evidence("minsk.txt", "Belarus and Russia discussed tactical nuclear weapons."),)),
        Tie("RU", "TJ", "diplomatic", 1, d(2022, 6, 28), d(2022, 6, 28),
            (Evidence("dushanbe.txt", "Russia and Tajikistan marked 30 years of relations."),)),
    ]


def putin_mentions() -> list[Mention]:
    out = []
    for i, (doc, place) in enumerate([("beijing.txt", "Beijing"), ("beijing.txt", "Harbin"),
                                      ("minsk.txt", "Minsk"), ("tashkent.txt", "Tashkent"),
                                      ("tashkent.txt", "Tashkent"), ("dushanbe.txt", "Dushanbe"),
                                      ("dushanbe.txt", "Ashgabat"), ("minsk.txt", "Moscow")]):
        country, lat, lon = PLACES.get(place, ("RU", 55.7558, 37.6173))
        out.append(Mention(doc, i, i + len(place), place, place, lat, lon, country, None, "city", 0.9))
    return out


def putin_documents() -> dict[str, Document]:
    d = dt.date
    return {
        "beijing.txt": Document("beijing.txt", "", "Putin in China", "kremlin", "https://example.org/b",
                                d(2024, 5, 16)),
        "minsk.txt": Document("minsk.txt", "", "Putin in Minsk", "kremlin", "https://example.org/m",
                              d(2024, 5, 24)),
        "tashkent.txt": Document("tashkent.txt", "", "State visit to Uzbekistan", "kremlin",
                                 "https://example.org/t", d(2024, 5, 27)),
        "dushanbe.txt": Document("dushanbe.txt", "", "Central Asian tour", "kremlin", None, d(2022, 6, 28)),
    }


HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '"><img src=x onerror=window.__pwned=1>',
    "</script><script>window.__pwned=1</script>",
    "{{ 7*7 }} {% if 1 %}x{% endif %}",
    "\u202etxt.exe \u200b zero-width",
    "<svg onload=window.__pwned=1>",
]


def hostile_inputs():
    """Visits, ties, mentions and documents whose every text field is an injection attempt."""
    d = dt.date
    bad = " ".join(HOSTILE)
    docs = {
        "evil.txt": Document("evil.txt", bad, title=bad, source=bad, url="javascript:window.__pwned=1",
                             published=d(2024, 5, 1)),
        "evil2.txt": Document("evil2.txt", bad, title="<b>bold</b>" + HOSTILE[0],
                              url="JaVaScRiPt:window.__pwned=1", published=d(2024, 5, 2)),
        "data.txt": Document("data.txt", bad, title=HOSTILE[2], url="data:text/html,<script>window.__pwned=1</script>"),
    }
    visits = [
        Visit(HOSTILE[0], "RU", HOSTILE[1], "UZ", HOSTILE[2], 41.3, 69.24, d(2024, 5, 26), d(2024, 5, 27),
              "completed", "evil.txt", bad, 0.5, "text", 1,
              (Evidence("evil.txt", bad, url="javascript:window.__pwned=1", title=HOSTILE[3]),
               Evidence("evil2.txt", HOSTILE[5]))),
        Visit(HOSTILE[0], "RU", HOSTILE[1], "BY", HOSTILE[3], 53.9, 27.56, d(2024, 5, 28), None,
              "planned", "data.txt", HOSTILE[4], 0.5, "text", 1, ()),
    ]
    ties = [Tie("RU", "UZ", HOSTILE[0], 2, d(2024, 5, 26), None,
                (Evidence("evil.txt", bad, url="javascript:window.__pwned=1"),))]
    mentions = [Mention("evil.txt", 0, 5, HOSTILE[2], HOSTILE[0], 41.3, 69.24, HOSTILE[1], None, "city", 1.0),
                Mention("evil2.txt", 0, 5, HOSTILE[2], HOSTILE[0], 41.3, 69.24, HOSTILE[1], None, "city", 1.0),
                Mention("data.txt", 0, 5, HOSTILE[5], HOSTILE[3], 53.9, 27.56, "BY", None, "city", 1.0)]
    problems = [Problem("evil.txt", bad, "geoparse", 3, bad)]
    return visits, ties, mentions, docs, problems


@pytest.fixture
def sample():
    """Putin's 2022 and 2024 trips, ties and mentions (with explicit home capitals)."""
    return {"visits": putin_visits(), "ties": putin_ties(), "mentions": putin_mentions(),
            "documents": putin_documents(), "home": HOME,
            "problems": [Problem("x.txt", "empty file")]}


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium launched through Playwright (skipped when either is missing)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (Python) is not installed: pip install playwright")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set DIPLOMAP_CHROMIUM)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Loaded:
    """A page opened from file:// with its console errors and network requests recorded."""

    def __init__(self, page, errors, requests):
        self.page, self.errors, self.requests = page, errors, requests


@pytest.fixture
def open_page(chromium):
    """``open_page(path, block=True)``: open a file:// page, wait for every map's render flag."""
    contexts = []

    def opener(path: Path, *, block: bool = True, maps: int = 1, size=(1400, 900)) -> Loaded:
        ctx = chromium.new_context(viewport={"width": size[0], "height": size[1]})
        contexts.append(ctx)
        page = ctx.new_page()
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        url = Path(path).resolve().as_uri()

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                requests.append(r.request.url)
                r.abort()

        if block:
            page.route("**/*", route)
        page.goto(url)
        page.wait_for_function(f"(window.diplomapRendered || 0) >= {maps}", timeout=30_000)
        return Loaded(page, errors, requests)

    yield opener
    for ctx in contexts:
        ctx.close()
