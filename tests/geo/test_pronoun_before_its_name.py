"""A "he" that opens a main clause is the story's traveller, not someone named after it: sentences of our own.

A pronoun may stand for a name told after it only inside a clause that opens the sentence ("When he
landed, Putin said", "During his visit, Putin ..."); "From Rome he will travel to Berlin, to meet the German
foreign minister" is about whom the story was about. Each test runs the real events stage.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date(2016, 3, 7)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country) for v in visits if v.status != "cancelled"}


def test_he_after_a_fronted_place_is_the_traveller_told_before():
    got = found("Canadian Foreign Minister Stephane Dion arrived in Madrid on Sunday. From Madrid he will "
                "travel to Athens, to meet Portuguese Foreign Minister Augusto Santos Silva.")
    assert ("Dion", "GR") in got
    assert ("Silva", "GR") not in got


def test_he_in_an_opening_when_clause_is_the_one_named_after_it():
    assert ("Putin", "FR") in found("When he landed in Paris, Russian President Vladimir Putin said he was "
                                    "pleased with the talks.")
