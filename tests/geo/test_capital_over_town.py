"""A nation's capital keeps its reading when a trip's other country would pull it to a small town there.

A multi-stop story names cities of several countries; a name that is both a capital and a small town of
the other country the story names ("Paris" in South Africa, "Wellington" in New South Wales) is the capital.
A state or country written after the name still rules ("Paris, Texas").
"""

from __future__ import annotations

from geo.geoparse import geoparse
from geo.values import Document


def countries(text: str) -> dict[str, str | None]:
    return {m.text: m.country for m in geoparse(Document("t", text))}


def test_a_stop_in_the_capital_on_the_way_to_another_country():
    got = countries("Nigerian President Bola Tinubu will stop in Paris on his way to Johannesburg.")
    assert got["Paris"] == "FR" and got["Johannesburg"] == "ZA"


def test_the_next_capital_after_a_neighbours_capital():
    got = countries("The Philippine president arrived in Canberra on Wednesday and heads to Wellington afterwards.")
    assert got["Canberra"] == "AU" and got["Wellington"] == "NZ"


def test_a_state_written_after_the_name_still_rules():
    got = countries("The rodeo in Paris, Texas, drew crowds from Dallas on Saturday.")
    assert got["Paris"] == "US"
