"""One document read once for the events stage: sentences, places, people and dateline.

Visits and ties ask the same questions of a document - where its sentences
end, which place mentions stand for places (not for a date or a person), who
is named and how, where "here" is - so :func:`read_document` answers them once
and both stages share the :class:`Reading`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo.calendar_spans import month_or_weekday_spans
from geo.dates import DateMatch, find_dates
from geo.landmarks import Landmark, find_landmarks
from geo.people import find_people
from geo.datelines import Dateline, dateline_place, find_dateline
from geo.text import Spans, by_sentence, split_sentences
from geo.values import Document, Mention, Person

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer

__all__ = ["Reading", "read_document", "usable_mentions"]


@dataclass(slots=True)
class Reading:
    """What the events stage knows about one document after reading it once.

    ``places`` are the place mentions that stand for places (not inside a date
    or a person's name), plus landmarks in their city and towns a demonym
    introduces; ``here`` is the dateline's place; ``published`` the
    publication date, else the dateline's.
    """

    doc: Document
    sentences: list[tuple[int, int]]
    places: list[Mention]
    people: list[Person]
    landmarks: list[tuple[int, int, Landmark]]
    dateline: Dateline | None = None
    here: Mention | None = None
    published: dt.date | None = None
    dateline_day: DateMatch | None = None
    places_by_sentence: list[list[Mention]] = field(default_factory=list)
    people_by_sentence: list[list[Person]] = field(default_factory=list)


def read_document(doc: Document, mentions: Sequence[Mention], *, gazetteer: Gazetteer | None = None,
                  leaders=None) -> Reading:
    """Read ``doc`` once: its sentences, usable places, people and dateline.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "DUSHANBE, June 28 (Reuters) - Russian President Vladimir Putin arrived here."
    >>> d = Document("d", t)
    >>> ms = [Mention("d", 0, 8, "DUSHANBE", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0),
    ...       Mention("d", 30, 37, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0)]
    >>> r = read_document(d, ms)
    >>> r.here.name, [p.name for p in r.people], len(r.sentences)
    ('Dushanbe', ['Vladimir Putin'], 1)
    """
    text = doc.text
    sentences = split_sentences(text)
    landmarks = find_landmarks(text)
    ms = usable_mentions(doc, mentions, landmarks=landmarks)
    line = find_dateline(text)
    days = find_dates(line.date, doc.published or dt.date.today(), tense="past") if line and line.date else []
    # "ISLAMABAD, June 5, 2014 -": with no date of publication the dateline's dates the office holders,
    # not today ("Prime Minister Sharif" of that year)
    people_doc = doc if doc.published is not None or not days else dataclasses.replace(doc, published=days[0].start)
    people = find_people(people_doc, ms, gazetteer=gazetteer, leaders=leaders, sentences=sentences)
    # (the countries of "the leaders of Saudi Arabia, Qatar and the UAE" stay places: "will meet with" them there)
    named = Spans((p.start, p.end) for p in people if p.kind != "pronoun" and not p.listed)
    ms = [m for m in ms if not named.overlaps(m.start, m.end)]
    ms = _extra_places(doc, ms, landmarks, gazetteer)
    r = Reading(doc, sentences, ms, people, landmarks, published=doc.published)
    if line is None:  # "Bari: Prime Minister Modi on Friday met ...": a town of the story's own, then a colon
        r.here = _place_colon(text, ms)
    else:
        r.dateline = line
        r.here = dateline_place(line, ms)
        if days:
            r.dateline_day = dataclasses.replace(days[0], offset=line.start, offset_end=line.end)
            r.published = r.published or days[0].start
            if 0 < (r.published - days[0].start).days <= 3:
                # filed on the dateline's day, printed a day or two later: "today", "on Tuesday" and
                # "yesterday" count from the day it was written
                r.published = days[0].start
    r.places_by_sentence = by_sentence(ms, sentences)
    r.people_by_sentence = by_sentence(people, sentences)
    return r


#: "Bari: ...", and "Dili (Timor-Leste): ..." with the town's country in brackets
_COLON_LEAD = re.compile(r"(?:[ \t]*\([A-Z][\w .'\-]{1,40}\))?[ \t]*:[ \t]+(?=[A-Z\"“])")


def _place_colon(text: str, ms: Sequence[Mention]) -> Mention | None:
    """A town or province opening the story and followed by a colon ("Bari: ...", "Johannesburg: ...") is
    where it was filed, as a dateline in capitals is (:func:`geo.datelines.find_dateline` asks a title-case
    place for a date or an agency, as it does not know which words are places)."""
    first = next((m for m in ms if m.kind != "demonym"), None)
    if first is None or first.kind not in ("city", "admin") or not first.country \
            or text[:first.start].strip() or _COLON_LEAD.match(text, first.end) is None:
        return None
    return first


def usable_mentions(doc: Document, mentions: Sequence[Mention], *,
                    landmarks: Sequence[tuple[int, int, Landmark]] | None = None) -> list[Mention]:
    """The mentions of ``doc`` in text order, less those inside a date ("in March", "May 9") or a landmark.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> d = Document("d", "He was re-elected in March.")
    >>> m = Mention("d", 21, 26, "March", "March", 52.5, 0.1, "GB", 2643379, "city", 0.7)
    >>> usable_mentions(d, [m])
    []
    """
    ms = sorted((m for m in mentions if m.doc == doc.id), key=lambda m: (m.start, -m.end))
    if not ms:
        return ms
    dates = Spans(month_or_weekday_spans(doc.text, near=[(m.start, m.end) for m in ms]))
    if landmarks is None:
        landmarks = find_landmarks(doc.text)
    seats = Spans((a, b) for a, b, _ in landmarks)  # "the White House" is no town
    return [m for m in ms if not dates.overlaps(m.start, m.end) and not seats.overlaps(m.start, m.end)]


#: "the South Korean capital" with no name after it: that country's capital.
_CAPITAL = re.compile(r"\s+capital\b(?!\s+(?:of|city\s+of)\b)")
_CITY_OF = re.compile(r"\s+(?:[a-z][\w\-]+\s+){0,2}(?:city|town|port|capital|resort|village|province|region|"
                      r"state|island)\s+of\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)")


def _extra_places(doc: Document, ms: list[Mention], landmarks: Sequence[tuple[int, int, Landmark]],
                  gazetteer: Gazetteer | None) -> list[Mention]:
    """Places the geoparser leaves to context: landmarks in their city ("talks at the Kremlin"
    is a visit to Moscow), towns a demonym introduces ("the southern French city of Nice") and a
    country's capital named by its demonym ("the South Korean capital")."""
    named = [(m, c) for m in ms if m.kind == "demonym" and m.country
             for c in [_CITY_OF.match(doc.text, m.end)] if c is not None]
    capitals = [(m, c) for m in ms if m.kind == "demonym" and m.country
                for c in [_CAPITAL.match(doc.text, m.end)] if c is not None]
    if not landmarks and not named and not capitals:
        return ms
    taken = Spans((m.start, m.end) for m in ms)
    if gazetteer is None:
        from geo.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    extra = []
    for dem, c in named:
        a, b = c.span("name")
        if taken.overlaps(a, b):
            continue
        place = gazetteer.resolve(c.group("name"), country=dem.country)
        if place is not None and place.country == dem.country:
            extra.append(Mention(doc.id, a, b, doc.text[a:b], place.name, place.lat, place.lon, place.country,
                                 place.geonameid, place.kind if place.kind in ("city", "admin") else "city", 0.8))
    for dem, c in capitals:  # "the South Korean capital": Seoul, written where "capital" is
        a, b = dem.start, c.end()
        place = gazetteer.capital(dem.country)
        if place is not None and not taken.overlaps(dem.end, b):
            extra.append(Mention(doc.id, a, b, doc.text[a:b], place.name, place.lat, place.lon, place.country,
                                 place.geonameid, "city", 0.8))
    for a, b, lm in landmarks:
        if taken.overlaps(a, b):
            continue
        place = gazetteer.resolve(lm.city, country=lm.country) if lm.city else None
        if place is None:
            place = gazetteer.country(lm.country)
        if place is None:
            continue
        extra.append(Mention(doc.id, a, b, doc.text[a:b], place.name, place.lat, place.lon, lm.country,
                             place.geonameid, "city" if lm.city else "country", 0.9))
    return sorted(ms + extra, key=lambda m: (m.start, -m.end))
