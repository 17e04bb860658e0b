"""Pronouns and "I" in a story that names no one stay unresolved, and the people found are kept as they were.

Most general news names no office holder: the pronoun and first-person steps
return at once there (for speed), and must still resolve them as soon as
anyone is named.
"""

from __future__ import annotations

import datetime as dt

from geo.coreference import resolve_pronouns
from geo.first_person import resolve_first_person
from geo.people import find_people
from geo.text import split_sentences
from geo.values import Document, Person

TEXT = ('The minister arrived on Monday. He said: "I will stay two days." '
        "Q: Will she return? The president thanked him.")


def test_a_story_naming_no_one_keeps_its_descriptors_and_resolves_no_pronoun():
    untold = [Person(TEXT.index("The president"), TEXT.index("The president") + 13, "The president", None, None,
                     "president", "descriptor"),
              Person(0, 12, "The minister", None, None, "minister", "descriptor")]
    got = resolve_pronouns(TEXT, split_sentences(TEXT), untold)
    assert got == sorted(untold, key=lambda p: p.start)  # in text order, nothing added
    assert resolve_first_person(TEXT, got) == got


def test_once_someone_is_named_his_pronouns_and_his_quotation_are_his():
    text = TEXT.replace("The minister", "Foreign Minister Sergei Lavrov")
    people = find_people(Document("d", text, published=dt.date(2020, 5, 4)))
    by_text = {p.text: p.name for p in people}
    assert by_text["He"] == "Sergei Lavrov"
    assert by_text["I"] == "Sergei Lavrov"


def test_find_people_in_a_story_naming_no_one_finds_no_pronoun():
    people = find_people(Document("d", TEXT, published=dt.date(2020, 5, 4)))
    assert [p.kind for p in people if p.kind == "pronoun"] == []
