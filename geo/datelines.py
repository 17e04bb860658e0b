"""The dateline of a wire story: where it was filed, and on which day.

"NAIROBI, March 3 (Reuters) -", "DHAKA:", "Paris (AFP) -", "New Delhi, Feb 17:":
:func:`find_dateline` says where "here" is in a story and anchors its dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["press_country", "Dateline", "find_dateline", "dateline_place", "publisher_country"]


_AGENCY = (r"(?:Reuters|AFP|AP|Xinhua|IANS|PTI|UNI|ANI|Sputnik|TASS|Anadolu(?:\s+Agency)?|AA|dpa|"
           r"DPA|Kyodo|Yonhap|Bernama|APP|BSS|UNB|KUNA|WAM|SPA|IRNA|VNA|PNA|SANA|MENA|QNA|ONA|Petra|"
           r"NNA|EFE|ANSA|Interfax|BelTA|ANTARA|Antara|RIA\s+Novosti|RSS|Xinhua\s+News\s+Agency|"
           r"The\s+Associated\s+Press|Associated\s+Press|Agence\s+France-Presse|AFP/Getty|CNN|VOA|"
           r"Gulf\s+News|ENA|Azertac|AzerTAc|Trend|Kabar|Kazinform|Akorda|Dunya|TNN|NNN|APA|GNA|"
           r"NAN|KNA|Lusa|Notimex|Prensa\s+Latina|Andina|Telam|Télam|ABI|AGI|CTK|PAP|MTI|BTA|"
           r"Tanjug|HINA|STA|Fena|MIA|Ukrinform|UNIAN|Armenpress|Agerpres|IRIB|Mehr|Tasnim|ISNA|"
           r"Fars|Yonhap\s+News|KCNA|Kyodo\s+News|Jiji|NHK|ST|AP\s+Photo)")
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY_MONTH = (r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+"
              + _MONTH + r"(?:,?\s+\d{4})?)")
_UPPER_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’.\-]+(?:\s+[A-Z][a-zà-ÿ'’.\-]+){0,2}"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\(?(?P<pre>" + _DAY_MONTH + r")\)?\s*,\s*)?"
    r"(?P<place>" + _UPPER_PLACE + r"|" + _TITLE_PLACE + r")"
    r"(?:\s*\[[A-Z][\w .'’\-]{1,40}\])?"  # "Tokyo [Japan], Sep 2 (ANI):"
    r"(?:\s*,\s*(?:" + _UPPER_PLACE + r"|" + _TITLE_PLACE + r"))?"  # "KIGALI, Rwanda"
    r"(?:\s*,?\s*\(?(?P<date>" + _DAY_MONTH + r")\)?)?"
    r"\s*(?:\(\s*(?P<agency>" + _AGENCY + r")(?:\s*[/,]\s*" + _AGENCY + r")*\s*\))?"
    r"\s*(?:[-–—]+\s*\(\s*[A-Za-z]+\s*\)\s*[-–—]+\s*(?P<post>" + _DAY_MONTH + r")\.?)?"
    # (an agency in brackets may end the dateline alone: "Seoul, Oct 26 (IANS) North Korean ...")
    r"\s*(?P<sep>[-–—:.]+|,\s*(?=[A-Z])|(?<=\))(?=\s))\s*(?=[\"“A-Z(\n])")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of a story: where it was filed and, when given, on which day.

    ``start``/``end`` are the offsets of the place name in the text; ``date``
    is the date as written (resolve it with :func:`geo.dates.resolve_date`),
    ``end_of_dateline`` where the story proper begins.
    """

    place: str
    start: int
    end: int
    date: str | None
    agency: str | None
    end_of_dateline: int


def _line_matches(pattern: re.Pattern[str], text: str, end: int, first: Callable[[str], bool] | None = None,
                  last: int | None = None) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, 0, end)`` gives for a pattern that starts with ``(?m)^``:
    tried only at the starts of lines (and, with ``first``, only where the line's first character
    after spaces and tabs passes it; with ``last``, only the matches that start by then)."""
    end = min(end, len(text))
    reach = p = 0
    while last is None or p <= last:
        if p >= reach:
            q = p
            while q < end and text[q] in " \t":
                q += 1
            if first is None or (q < end and first(text[q])):
                m = pattern.match(text, p, end)
                if m is not None:
                    reach = m.end()
                    yield m
        nl = text.find("\n", p, end)
        if nl < 0:
            return
        p = nl + 1


def _may_start_dateline(c: str) -> bool:
    """A dateline starts with a place (a capital), a day ("9 Nov", in any script's digits) or "("."""
    return "A" <= c <= "Z" or c == "(" or c.isdecimal()


def find_dateline(text: str, *, within: int = 400) -> Dateline | None:
    """The dateline of a story, looked for at the start of its first lines.

    A dateline is a place in capitals or title case at the start of a line,
    maybe with a date and a news agency, ended by a dash or a colon:
    "NAIROBI, March 3 (Reuters) -", "DHAKA:", "Paris (AFP) -",
    "New Delhi, Feb 17:", "9 Nov, Beijing:". A title-case place needs a date
    or an agency, so that "Tuesday: ..." or "Update - ..." are not taken.

    Examples
    --------
    >>> find_dateline("NAIROBI, March 3 (Reuters) - Kenya's president ...").place
    'NAIROBI'
    >>> d = find_dateline("New Delhi, Feb 17: President Macri arrived here on Sunday.")
    >>> d.place, d.date
    ('New Delhi', 'Feb 17')
    >>> d = find_dateline("Tokyo [Japan], Sep 2 (ANI): Singh arrived here.")
    >>> d.place, d.date, d.agency
    ('Tokyo', 'Sep 2', 'ANI')
    >>> find_dateline("Paris (AFP) - The French president ...").agency
    'AFP'
    >>> find_dateline("Seoul, Oct 26 (IANS) North Korean Foreign Minister Choe will visit Russia.").date
    'Oct 26'
    >>> find_dateline("Bogota, Colombia–(ENEWSPF)–December 12, 2014. MODERATOR: ...").date
    'December 12, 2014'
    >>> find_dateline("The president arrived on Sunday.") is None
    True
    >>> find_dateline("Addis Ababa - African leaders on Sunday gathered for the summit.").place
    'Addis Ababa'
    >>> find_dateline("Update - the talks went on.") is None
    True
    """
    # a line that starts after ``within`` opens no dateline: no need to try the pattern there
    for m in _line_matches(_DATELINE, text, min(len(text), within + 200), _may_start_dateline, within):
        place = m.group("place")
        upper = place.upper() == place and sum(c.isalpha() for c in place) >= 3
        if not upper and not (m.group("date") or m.group("pre") or m.group("agency") or m.group("post")) \
                and not (m.start("place") == 0 and re.fullmatch(r"\s[-–—]", text[m.end("place"):m.end("place") + 2])):
            continue  # (a title-case place opening the story before a spaced dash is one: "Addis Ababa - African leaders")
        if not upper and m.group("sep").startswith(","):
            continue
        if not m.group("sep") and not m.group("agency"):
            continue  # no dash or colon: only the agency's brackets end a dateline
        if place.lower() in ("update", "breaking", "exclusive", "analysis", "opinion", "watch",
                             "photos", "video", "editorial", "comment", "by", "file"):
            continue
        return Dateline(place.strip(), m.start("place"), m.start("place") + len(place.strip()),
                        m.group("date") or m.group("pre") or m.group("post"), m.group("agency"), m.end())
    return None


# a government's own web site: the country whose officials "the Prime Minister" and "the President" are
_GOVERNMENT_SITES = (
    (re.compile(r"(?:^|\.)gov\.uk$"), "GB"),
    (re.compile(r"(?:^|\.)(?:kremlin|government|mid)\.ru$"), "RU"),
    (re.compile(r"(?:^|\.)(?:gc|canada)\.ca$"), "CA"),
    (re.compile(r"(?:^|\.)gouv\.fr$"), "FR"),
    (re.compile(r"(?:^|\.)nic\.in$"), "IN"),
    (re.compile(r"(?:^|\.)(?:gov|gob|go|gouv|govt)\.(?P<cc>[a-z]{2})$"), None),  # gov.in, go.jp, gob.mx
    (re.compile(r"(?:^|\.)gov$"), "US"),  # whitehouse.gov, state.gov
)
_HOST = re.compile(r"^[a-z][a-z0-9+.\-]*://(?:[^@/]*@)?(?P<host>[^/:?#]+)", re.I)


#: Country-code endings that sites of any country use ("news.tv", "x.io", "y.eu"): they tell no country.
_OPEN_ENDINGS = frozenset({"tv", "io", "co", "me", "ai", "fm", "cc", "ws", "eu", "am", "ly", "to", "gg", "so", "info",
                           "la", "news", "us"})
_COUNTRY_ENDING = re.compile(r"\.(?P<cc>[a-z]{2})$")
#: The national English editions of world sites, told by their first label ("uk.news.yahoo.com", "in.reuters.com")
_EDITION = re.compile(r"(?P<cc>uk|au|ca|in|nz|sg|za|ie|ph|my|ng|ke|pk)\.(?:[a-z0-9\-]+\.)*com$")


def press_country(url: str | None) -> str | None:
    """The country a news site's address ends with ("www.dawn.com.pk" -> PK, "www.lbc.co.uk" -> GB) or whose
    national edition it is ("uk.news.yahoo.com" -> GB), else
    ``None`` (".com", and endings that sites everywhere use: ".tv", ".io", ".eu"). A home paper's bare "the
    Prime Minister" is its own country's when the story names no prime minister.

    Examples
    --------
    >>> press_country("https://www.lbc.co.uk/politics/x"), press_country("https://tribune.com.pk/story/1")
    ('GB', 'PK')
    >>> press_country("https://www.reuters.com/world/x"), press_country("https://news.example.tv/a")
    (None, None)
    >>> press_country("https://uk.news.yahoo.com/x"), press_country("https://en.people.cn/a")  # an edition; a language
    ('GB', 'CN')
    """
    m = _HOST.match(url or "")
    host = m.group("host").lower().rstrip(".") if m is not None else ""
    end = _EDITION.match(host) or _COUNTRY_ENDING.search(host)  # "uk.news.yahoo.com": a national edition
    if end is None or end.group("cc") in _OPEN_ENDINGS:
        return None
    return "GB" if end.group("cc") == "uk" else end.group("cc").upper()


def dateline_place(line: Dateline | None, mentions: Sequence):
    """The place mention that names the dateline's place (``None`` without a line or such a mention).

    Examples
    --------
    >>> from geo.values import Mention
    >>> m = Mention("d", 0, 9, "NEW DELHI", "New Delhi", 28.6, 77.2, "IN", None, "city", 1.0)
    >>> dateline_place(find_dateline("NEW DELHI: The prime minister will leave."), [m]).country
    'IN'
    """
    if line is None:
        return None
    bare = not (line.date or line.agency or line.place.isupper())  # "Addis Ababa - ...": only a city opens a story so
    return next((m for m in mentions if m.start == line.start and m.country and m.kind != "demonym"
                 and (not bare or m.kind == "city")), None)


def publisher_country(url: str | None) -> str | None:
    """The country of a government web site that published a story ("www.gov.uk" -> GB,
    "obamawhitehouse.archives.gov" -> US, "www.mofa.go.jp" -> JP), else ``None``: there "the Prime
    Minister" is that government's.

    Examples
    --------
    >>> publisher_country("https://www.gov.uk/government/news/x"), publisher_country("https://www.mea.gov.in/a")
    ('GB', 'IN')
    >>> publisher_country("https://www.reuters.com/world/x") is None
    True
    """
    m = _HOST.match(url or "")
    if m is None:
        return None
    return _site_country(m.group("host").lower().rstrip("."))


@lru_cache(maxsize=4096)  # a corpus comes from a few hundred sites: each host's answer is worked out once
def _site_country(host: str) -> str | None:
    for pattern, country in _GOVERNMENT_SITES:
        site = pattern.search(host)
        if site is not None:
            cc = country or site.group("cc").upper()
            return "GB" if cc == "UK" else cc
    return None
