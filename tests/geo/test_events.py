"""Visits, ties and trips from text (geo.events, geo.visits, geo.ties).

Most tests build their own sentences and place mentions (a small table
below), so they test the event rules alone; the corpus tests at the end run the
real geoparser over the bundled sample (and ../shared/seeds when it is there).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from geo.errors import InputError
from geo.events import extract_ties, extract_visits, order_trips, trip_paths
from geo.values import Document, Mention, Tie, Visit, to_frame
from geo.leaders import load_leaders
from geo.people import find_people
from geo.text import split_sentences

D = dt.date

# name -> (ISO2, kind, lat, lon): just enough places for the sentences below
PLACES = {
    "Russia": ("RU", "country", 61.5, 105.3), "Russian": ("RU", "demonym", 61.5, 105.3),
    "Moscow": ("RU", "city", 55.75, 37.62),
    "Uzbekistan": ("UZ", "country", 41.0, 64.0), "Uzbek": ("UZ", "demonym", 41.0, 64.0),
    "Tashkent": ("UZ", "city", 41.26, 69.22),
    "Tajikistan": ("TJ", "country", 39.0, 71.0), "Tajik": ("TJ", "demonym", 39.0, 71.0),
    "Dushanbe": ("TJ", "city", 38.54, 68.78),
    "Turkmenistan": ("TM", "country", 40.0, 60.0), "Turkmen": ("TM", "demonym", 40.0, 60.0),
    "Ashgabat": ("TM", "city", 37.95, 58.38),
    "China": ("CN", "country", 35.0, 105.0), "Chinese": ("CN", "demonym", 35.0, 105.0),
    "Beijing": ("CN", "city", 39.91, 116.40),
    "Belarus": ("BY", "country", 53.0, 28.0), "Belarusian": ("BY", "demonym", 53.0, 28.0),
    "Minsk": ("BY", "city", 53.9, 27.57),
    "Ukraine": ("UA", "country", 49.0, 32.0), "Ukrainian": ("UA", "demonym", 49.0, 32.0),
    "Kyiv": ("UA", "city", 50.45, 30.52),
    "Afghanistan": ("AF", "country", 33.0, 65.0), "Afghan": ("AF", "demonym", 33.0, 65.0),
    "North Korea": ("KP", "country", 40.0, 127.0), "North Korean": ("KP", "demonym", 40.0, 127.0),
    "Pyongyang": ("KP", "city", 39.03, 125.75),
    "Kazakhstan": ("KZ", "country", 48.0, 68.0), "Astana": ("KZ", "city", 51.17, 71.45),
    "Armenian": ("AM", "demonym", 40.0, 45.0),
    "Turkey": ("TR", "country", 39.0, 35.0), "Ankara": ("TR", "city", 39.92, 32.85),
    "India": ("IN", "country", 22.0, 79.0), "New Delhi": ("IN", "city", 28.64, 77.22),
    "Poland": ("PL", "country", 52.0, 20.0), "Przemysl": ("PL", "city", 49.78, 22.77),
    "Azerbaijan": ("AZ", "country", 40.5, 47.5), "Baku": ("AZ", "city", 40.38, 49.89),
    "Japan": ("JP", "country", 36.0, 138.0), "Washington": ("US", "city", 38.9, -77.04),
    "American": ("US", "demonym", 39.8, -98.5), "United States": ("US", "country", 39.8, -98.5),
    "Hanoi": ("VN", "city", 21.02, 105.84), "Vietnam": ("VN", "country", 16.0, 106.0),
    "French": ("FR", "demonym", 46.0, 2.0), "France": ("FR", "country", 46.0, 2.0),
    "Serbia": ("RS", "country", 44.0, 21.0), "Kenyan": ("KE", "demonym", 0.0, 38.0), "Belgrade": ("RS", "city", 44.8, 20.47),
    "Germany": ("DE", "country", 51.0, 10.0), "German": ("DE", "demonym", 51.0, 10.0),
    "Iran": ("IR", "country", 32.0, 53.0), "Tehran": ("IR", "city", 35.69, 51.42),
}
_PLACE_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")\b")


def mentions_of(doc: Document) -> list[Mention]:
    out = []
    for m in _PLACE_RE.finditer(doc.text):
        code, kind, lat, lon = PLACES[m.group(0)]
        out.append(Mention(doc.id, m.start(), m.end(), m.group(0), m.group(0), lat, lon, code, None,
                           kind, 0.95))
    return out


def visits(text: str, published: dt.date | None = D(2024, 5, 27), doc_id: str = "t") -> list[Visit]:
    doc = Document(doc_id, text, published=published)
    return extract_visits([doc], mentions_of(doc))


def one(text: str, published: dt.date | None = D(2024, 5, 27)) -> Visit:
    found = visits(text, published)
    assert len(found) == 1, [(v.traveler, v.country, v.status) for v in found]
    return found[0]


# --------------------------------------------------------------------------- sentences and people

def test_sentences_split_on_stops_and_lines_not_abbreviations():
    text = "Mr. Putin arrived on Feb. 24 in the U.S. capital. He left.\nPutin in Tajikistan\n\nNext"
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["Mr. Putin arrived on Feb. 24 in the U.S. capital.", "He left.",
                   "Putin in Tajikistan", "Next"]


def test_leader_table_loads_with_countries_and_terms():
    leaders = load_leaders()
    by_name = {(l.name, l.role): l for l in leaders}
    assert by_name[("Emomali Rahmon", "president")].country == "TJ"
    assert "Emomali Rakhmon" in by_name[("Emomali Rahmon", "president")].aliases
    assert by_name[("Andrei Belousov", "defence minister")].start_year == 2024
    assert {l.country for l in leaders if l.role == "secretary of state"} == {"US"}


def test_a_broken_leader_table_is_an_input_error(tmp_path):
    missing = tmp_path / "missing.csv"
    missing.write_text("name,country\nVladimir Putin,RU\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        load_leaders(missing)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,country,role,from,to\nX Y,,RU,president,soon,\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 1"):
        load_leaders(bad)


def test_a_leader_table_of_ones_own_names_the_people(tmp_path):
    table = tmp_path / "leaders.csv"
    table.write_text("name,aliases,country,role,from,to\nAda Quill,Quill,GB,envoy,2020,\n", encoding="utf-8")
    doc = Document("q", "Quill flew to Kyiv on Tuesday.", published=D(2024, 5, 27))
    people = find_people(doc, mentions_of(doc), leaders=load_leaders(table))
    assert [(p.name, p.country, p.role) for p in people] == [("Ada Quill", "GB", "envoy")]


def test_people_resolve_surnames_descriptors_and_pronouns():
    text = ("Russian President Vladimir Putin met Tajik President Emomali Rakhmon. "
            "Putin said the talks went well. During his visit, the Russian leader also praised "
            "the Tajik leader. He then left.")
    doc = Document("p", text, published=D(2022, 6, 28))
    people = find_people(doc, mentions_of(doc))
    got = [(p.text, p.name, p.country, p.role, p.kind) for p in people]
    assert got[0] == ("Vladimir Putin", "Vladimir Putin", "RU", "president", "name")
    assert got[1] == ("Emomali Rakhmon", "Emomali Rakhmon", "TJ", "president", "name")
    assert ("Putin", "Vladimir Putin", "RU", "president", "surname") in got
    assert ("the Russian leader", "Vladimir Putin", "RU", "president", "descriptor") in got
    assert ("the Tajik leader", "Emomali Rakhmon", "TJ", "president", "descriptor") in got
    # "his" opens the sentence before "the Russian leader" is named: it is him
    his = next(p for p in people if p.text == "his")
    assert his.name == "Vladimir Putin"
    he = next(p for p in people if p.text == "He")
    assert he.name == "Vladimir Putin"  # the person the previous sentence was about


def test_descriptor_without_antecedent_uses_the_incumbent():
    text = "The Russian president has arrived in Tashkent on Sunday."
    v = one(text)
    assert (v.traveler, v.traveler_country, v.country, v.place) == ("Vladimir Putin", "RU", "UZ", "Tashkent")
    assert v.start_date == D(2024, 5, 26)


# --------------------------------------------------------------------------- cues, in every tense

@pytest.mark.parametrize("text, published, traveler, country, place, status, start", [
    # an arrival the day before the paper is a visit under way
    ("French President Emmanuel Macron arrived in Hanoi on Sunday.", D(2024, 5, 27),
     "Emmanuel Macron", "VN", "Hanoi", "ongoing", D(2024, 5, 26)),
    ("Sergei Lavrov landed in Pyongyang yesterday for talks.", D(2024, 5, 27),
     "Sergei Lavrov", "KP", "Pyongyang", "ongoing", D(2024, 5, 26)),
    ("French President Emmanuel Macron arrived in Hanoi on Friday.", D(2024, 5, 27),
     "Emmanuel Macron", "VN", "Hanoi", "completed", D(2024, 5, 24)),
    # "has arrived" with no day: he arrived on the day of the paper
    ("The prime minister of Vietnam said Sergei Lavrov has arrived in Pyongyang.", D(2024, 5, 27),
     "Sergei Lavrov", "KP", "Pyongyang", "ongoing", D(2024, 5, 27)),
    ("Xi Jinping visited Serbia in early May.", D(2024, 5, 27),
     "Xi Jinping", "RS", None, "completed", D(2024, 5, 1)),
    ("Xi Jinping visits Belgrade on Tuesday.", D(2024, 5, 27),
     "Xi Jinping", "RS", "Belgrade", "planned", D(2024, 5, 28)),
    ("Antony Blinken flew to Kyiv on Tuesday.", D(2024, 5, 27),
     "Antony Blinken", "UA", "Kyiv", "completed", D(2024, 5, 21)),
    ("Olaf Scholz travelled to Beijing last week.", D(2024, 5, 27),
     "Olaf Scholz", "CN", "Beijing", "completed", D(2024, 5, 20)),
    ("Narendra Modi's trip to Tehran in September 2022 was short.", D(2024, 5, 27),
     "Narendra Modi", "IR", "Tehran", "completed", D(2022, 9, 1)),
    ("Recep Tayyip Erdogan is due in Baku tomorrow.", D(2024, 5, 27),
     "Recep Tayyip Erdogan", "AZ", "Baku", "planned", D(2024, 5, 28)),
    ("Fumio Kishida will travel to Washington on Monday.", D(2024, 5, 28),
     "Fumio Kishida", "US", "Washington", "planned", D(2024, 6, 3)),
    ("Volodymyr Zelensky crossed into Poland at Przemysl on Friday.", D(2024, 5, 27),
     "Volodymyr Zelensky", "PL", None, "completed", D(2024, 5, 24)),
    ("President Putin is planning a working visit to Tajikistan tomorrow.", D(2022, 6, 27),
     "Vladimir Putin", "TJ", None, "planned", D(2022, 6, 28)),
    ("Alexander Lukashenko is visiting Beijing this week.", D(2024, 5, 27),
     "Alexander Lukashenko", "CN", "Beijing", "ongoing", D(2024, 5, 27)),
    ("Putin himself was in Tashkent last week.", D(2024, 5, 27),
     "Vladimir Putin", "UZ", "Tashkent", "completed", D(2024, 5, 20)),
    ("Lukashenko will be in Moscow tomorrow.", D(2024, 5, 27),
     "Alexander Lukashenko", "RU", "Moscow", "planned", D(2024, 5, 28)),
    ("The visit of Xi Jinping to Moscow began on Monday.", D(2024, 5, 28),
     "Xi Jinping", "RU", "Moscow", "completed", D(2024, 5, 27)),
    ("Xi Jinping made a state visit to Moscow in late February.", D(2022, 6, 27),
     "Xi Jinping", "RU", "Moscow", "completed", D(2022, 2, 21)),
    ("Secretary of State Antony Blinken's trip to Kyiv ended on Friday.", D(2024, 5, 27),
     "Antony Blinken", "UA", "Kyiv", "completed", D(2024, 5, 24)),
])
def test_travel_cues_in_every_tense(text, published, traveler, country, place, status, start):
    v = one(text, published)
    assert (v.traveler, v.country, v.status, v.start_date) == (traveler, country, status, start)
    if place is not None:
        assert v.place == place
    assert v.evidence == text and v.doc == "t" and v.origin == "text"
    assert 0 < v.confidence <= 1


def test_crossed_into_keeps_the_country_and_the_town():
    v = one("Volodymyr Zelensky crossed into Poland at Przemysl on Friday.")
    assert (v.traveler_country, v.country, v.place, v.lat) == ("UA", "PL", "Przemysl", 49.78)


def test_hosted_by_a_leader_gives_the_hosts_country():
    v = one("Alexander Lukashenko was hosted by Xi Jinping in Beijing on Tuesday.", D(2024, 5, 27))
    assert (v.traveler, v.traveler_country, v.country, v.place) == (
        "Alexander Lukashenko", "BY", "CN", "Beijing")
    v = one("Alexander Lukashenko was hosted by Xi Jinping last week.")
    assert (v.traveler, v.country, v.place, v.lat) == ("Alexander Lukashenko", "CN", None, None)


def test_a_seat_of_power_is_in_its_capital_not_a_town_of_that_name():
    doc = Document("w", "Fumio Kishida was hosted by Joe Biden at the White House on April 10.",
                   published=D(2024, 5, 27))
    i = doc.text.index("White House")
    casablanca = Mention("w", i, i + 11, "White House", "Casablanca", 33.59, -7.6, "MA", 2553604, "city", 0.6)
    v, = extract_visits([doc], mentions_of(doc) + [casablanca])
    assert (v.traveler, v.country, v.place, v.start_date) == ("Fumio Kishida", "US", "Washington", D(2024, 4, 10))
    assert abs(v.lat - 38.9) < 0.2 and abs(v.lon + 77.0) < 0.2


def test_negation_stays_in_its_verb_phrase():
    v = one("Sergei Lavrov said Russia would never accept the deal and then flew to Ankara.")
    assert (v.traveler, v.country, v.status) == ("Sergei Lavrov", "TR", "completed")


def test_received_in_makes_the_guest_the_traveller():
    v = one("Kassym-Jomart Tokayev received Nikol Pashinyan in Astana on Monday.", D(2024, 5, 28))
    assert (v.traveler, v.traveler_country, v.country, v.place, v.start_date) == (
        "Nikol Pashinyan", "AM", "KZ", "Astana", D(2024, 5, 27))


def test_meeting_at_home_is_the_guests_visit():
    text = ("Putin met Shavkat Mirziyoyev in Moscow on May 9. "
            "He met American Joe Biden in Geneva in June 2021, Indian Narendra Modi in New Delhi "
            "in December 2021, then Xi in Beijing in February 2022.")
    doc = Document("m", "Russian President Vladimir Putin spoke. " + text, published=D(2024, 5, 27))
    ms = mentions_of(doc) + [Mention("m", doc.text.index("Geneva"), doc.text.index("Geneva") + 6, "Geneva",
                                     "Geneva", 46.2, 6.14, "CH", None, "city", 0.9)]
    got = {(v.traveler, v.country, v.start_date) for v in extract_visits([doc], ms)}
    assert ("Shavkat Mirziyoyev", "RU", D(2024, 5, 9)) in got
    assert ("Vladimir Putin", "CH", D(2021, 6, 1)) in got
    assert ("Vladimir Putin", "IN", D(2021, 12, 1)) in got
    assert ("Vladimir Putin", "CN", D(2022, 2, 1)) in got
    assert not any(t == "Vladimir Putin" and c == "RU" for t, c, _ in got)


def test_third_trip_following_earlier_trips_yields_every_visit():
    text = ("Russian President Vladimir Putin visited Uzbekistan on Sunday. This visit marked Putin's "
            "third international trip since his inauguration, following trips to China and Belarus.")
    got = {v.country: v for v in visits(text)}
    assert set(got) == {"UZ", "CN", "BY"}
    assert all(v.status == "completed" and v.traveler == "Vladimir Putin" for v in got.values())
    assert got["UZ"].start_date == D(2024, 5, 26)
    assert got["CN"].start_date is None  # "since his inauguration" is no date of the trips


def test_place_first_clauses_and_headlines():
    text = ("Putin in Tajikistan on Tuesday\n"
            "In Ashgabat, the Turkmen capital, Mr Putin will congratulate the former leader on Wednesday.")
    got = {v.country: v for v in visits(text, D(2022, 6, 27))}
    assert got["TJ"].status == "planned" and got["TJ"].start_date == D(2022, 6, 28)
    assert got["TM"].status == "planned" and got["TM"].place == "Ashgabat"
    assert got["TM"].start_date == D(2022, 6, 29)
    assert got["TM"].traveler == "Vladimir Putin"


def test_an_opening_phrase_takes_the_subject_after_the_comma():
    v = one("Arriving in Tashkent on Sunday, Vladimir Putin laid a wreath.")
    assert (v.traveler, v.country, v.start_date) == ("Vladimir Putin", "UZ", D(2024, 5, 26))


def test_headline_case_names_stop_at_the_verb():
    v = one("Kenyan President William Ruto Visits Serbia\nMore text follows.")
    assert (v.traveler, v.country, v.status) == ("William Ruto", "RS", "ongoing")


def test_several_places_after_one_cue():
    got = visits("Overall, Vladimir Putin's recent visits to China, Belarus, and Uzbekistan mattered.")
    assert [v.country for v in sorted(got, key=lambda v: v.country)] == ["BY", "CN", "UZ"]
    v = one("Russian President Vladimir Putin on Tuesday arrived in Tajikistan's capital Dushanbe.",
            D(2022, 6, 28))
    assert (v.country, v.place, v.lat, v.lon) == ("TJ", "Dushanbe", 38.54, 68.78)


# --------------------------------------------------------------------------- what is not a visit

def test_cancellation_is_read_in_its_own_clause():
    doc = Document("c", "Vladimir Putin visited Ankara in 2019, but a trip to Turkey in 2020 was cancelled.",
                   published=D(2024, 5, 27))
    got = {v.start_date.year: v.status for v in extract_visits([doc], mentions_of(doc))}
    assert got == {2019: "completed", 2020: "cancelled"}


@pytest.mark.parametrize("text", [
    "Vladimir Putin's visit to Turkey had been called off.",
    "Vladimir Putin postponed his trip to Turkey.",
    "Vladimir Putin visited Ankara, but a second trip to Turkey was cancelled.",
])
def test_cancelled_trips_are_never_completed(text):
    found = visits(text)
    assert found and {v.status for v in found} == {"cancelled"}
    assert {v.country for v in found} == {"TR"}


@pytest.mark.parametrize("text", [
    "Vladimir Putin and Shavkat Mirziyoyev discussed Ukraine.",
    "Afghanistan will also be on the list for discussion, according to Yuri Ushakov.",
    "Vladimir Putin has not made any trips abroad, not even to his closest ally Belarus.",
    "Vladimir Putin never visited Japan.",
    "Putin said the problem was in Ukraine.",
    "Vladimir Putin spoke. A delegation of Chinese officials arrived in Minsk on Monday.",
    "A Chinese delegation arrived in Minsk, where it met Vladimir Putin's envoy.",
    "The UN General Assembly met in New Delhi.",
    "Russia says it sent troops into Ukraine on Feb. 24.",
    "Putin's first foreign visit since the start of the war in Ukraine.",
    "The Kremlin announced last week that it was preparing a visit by Putin to… north korea "
    "Which Western countries accuse of attacks in Ukraine.",
])
def test_countries_merely_discussed_are_not_visits(text):
    assert [(v.traveler, v.country) for v in visits(text)] == []


def test_a_leader_at_home_is_not_a_foreign_visit():
    assert visits("Vladimir Putin returned to Moscow on Monday.") == []
    assert visits("Putin arrived in Russia after his trip.") == []
    got = visits("Belarusian President Alexander Lukashenko has made several trips to Russia.")
    assert [(v.traveler, v.traveler_country, v.country) for v in got] == [
        ("Alexander Lukashenko", "BY", "RU")]


def test_future_visit_date_is_not_the_announcement_date():
    v = one("The Kremlin said on Monday that Vladimir Putin will visit Turkmenistan on Wednesday.",
            D(2022, 6, 27))
    assert (v.status, v.start_date) == ("planned", D(2022, 6, 29))


def test_reference_dates_after_since_are_not_visit_dates():
    v = one("Vladimir Putin, re-elected in March, arrived in Uzbekistan on Sunday.")
    assert v.start_date == D(2024, 5, 26)
    v = one("Vladimir Putin has arrived, on his first visit since his re-election in March, to Uzbekistan.")
    assert (v.country, v.start_date) == ("UZ", D(2024, 5, 27))  # the paper's day, not March


# --------------------------------------------------------------------------- merging and trips

def test_duplicate_reports_merge_with_all_evidence():
    a = Document("a.txt", "Russian President Vladimir Putin will travel to Tajikistan on Tuesday.",
                 published=D(2022, 6, 27))
    b = Document("b.txt", "Putin on Tuesday arrived in Tajikistan's capital Dushanbe. "
                          "Putin's visit to Tajikistan is his first since February.",
                 published=D(2022, 6, 28))
    c = Document("c.txt", "Vladimir Putin visited Tajikistan in 2019.", published=D(2022, 6, 28))
    got = extract_visits([a, b, c], [m for d in (a, b, c) for m in mentions_of(d)])
    tj = sorted((v for v in got if v.country == "TJ"), key=lambda v: v.start_date)
    assert len(tj) == 2  # the 2019 visit stays apart
    old, new = tj
    assert old.start_date == D(2019, 1, 1)
    assert (new.start_date, new.end_date, new.place) == (D(2022, 6, 28), D(2022, 6, 28), "Dushanbe")
    assert new.status == "ongoing"  # the later article says he arrived that day
    assert {e.doc for e in new.sources} == {"a.txt", "b.txt"} and len(new.sources) == 3
    assert new.doc == "a.txt" and new.evidence == a.text
    assert new.traveler == "Vladimir Putin" and new.traveler_country == "RU"
    assert new.confidence > max(s.confidence for s in visits(a.text, D(2022, 6, 27)))


def test_a_later_cancellation_wins_over_the_plan():
    a = Document("a", "Vladimir Putin will visit Turkey next week.", published=D(2024, 5, 20))
    b = Document("b", "Vladimir Putin's visit to Turkey has been postponed.", published=D(2024, 5, 24))
    got = extract_visits([a, b], mentions_of(a) + mentions_of(b))
    assert [(v.country, v.status, len(v.sources)) for v in got] == [("TR", "cancelled", 2)]


def _visit(country: str, start: dt.date | None, status: str = "completed", who: str = "Vladimir Putin"):
    return Visit(who, "RU", None, country, None, 1.0, 2.0, start, start, status, "d", "", 0.9)


def test_order_trips_groups_close_stops_per_traveller():
    vs = [_visit("TM", D(2022, 6, 29)), _visit("TJ", D(2022, 6, 28)), _visit("CN", D(2022, 2, 4)),
          _visit("UZ", D(2024, 5, 26)), _visit("BY", D(2024, 5, 23)), _visit("KP", None, "planned"),
          _visit("TR", D(2024, 5, 27), "cancelled"), _visit("RU", D(2024, 5, 1), who="Shavkat Mirziyoyev")]
    got = [(v.traveler, v.country, v.trip) for v in order_trips(vs)]
    assert got == [("Shavkat Mirziyoyev", "RU", 1),
                   ("Vladimir Putin", "CN", 1), ("Vladimir Putin", "TJ", 2), ("Vladimir Putin", "TM", 2),
                   ("Vladimir Putin", "BY", 3), ("Vladimir Putin", "UZ", 4),
                   ("Vladimir Putin", "TR", None), ("Vladimir Putin", "KP", None)]
    # a wider gap chains Minsk (23rd) and Tashkent (26th) into one trip
    assert [v.trip for v in order_trips(vs, max_gap_days=3) if v.country in ("BY", "UZ")] == [3, 3]
    # no gap allowed: Dushanbe (28th) and Ashgabat (29th) become two trips as well
    assert [v.trip for v in order_trips(vs, max_gap_days=0) if v.country in ("TJ", "TM")] == [2, 3]
    with pytest.raises(InputError):
        order_trips(vs, max_gap_days=-1)


def test_trip_paths_start_and_end_at_home_with_a_gazetteer():
    class Gaz:
        def capital(self, code):
            from geo.values import Place
            return Place("Moscow", 55.75, 37.62, code, kind="city") if code == "RU" else None

    vs = order_trips([_visit("TJ", D(2022, 6, 28)), _visit("TM", D(2022, 6, 29))])
    assert trip_paths(vs, gazetteer=Gaz()) == {("Vladimir Putin", 1): [
        (55.75, 37.62), (1.0, 2.0), (1.0, 2.0), (55.75, 37.62)]}


def test_visits_make_a_dataframe_with_the_output_columns():
    df = to_frame(visits("Vladimir Putin visited Uzbekistan on Sunday."))
    assert df.columns[:13].tolist() == ["traveler", "traveler_country", "role", "country", "place", "lat",
                                        "lon", "start_date", "end_date", "status", "doc", "evidence",
                                        "confidence"]
    assert df.loc[0, "country"] == "UZ" and df.loc[0, "trip"] == 1


def test_inputs_are_checked():
    with pytest.raises(InputError, match="Document"):
        extract_visits(["not a document"], [])
    assert extract_visits([], []) == []


# --------------------------------------------------------------------------- ties

def test_tie_kinds_from_cue_words_near_both_countries():
    text = ("Russia is open to broader cooperation on gas supplies with Uzbekistan. "
            "Belarus hosts Russian tactical nuclear arms. "
            "Russia launched its invasion of Ukraine in February 2022. "
            "Uzbekistan's trade grew, while far away, much later in this long sentence that goes on "
            "and on about other things entirely, Japan held an election.")
    doc = Document("t", text, published=D(2024, 5, 27))
    ties = extract_ties([doc], mentions_of(doc), visits=[])
    kinds = {(t.a, t.b, t.kind) for t in ties}
    assert {("RU", "UZ", "energy"), ("BY", "RU", "nuclear"), ("BY", "RU", "military"),
            ("RU", "UA", "conflict")} <= kinds
    assert not any("JP" in (t.a, t.b) for t in ties)
    assert all(t.a < t.b and t.weight == len(t.evidence) for t in ties)


def test_ties_stay_within_a_clause_and_venues_are_no_parties():
    doc = Document("t", "In China, Putin praised peace efforts, while in Belarus, he discussed the Belarusian "
                        "military's role in Russia's nuclear drills.", published=D(2024, 5, 27))
    kinds = {(t.a, t.b, t.kind) for t in extract_ties([doc], mentions_of(doc), visits=[])}
    assert {("BY", "RU", "nuclear"), ("BY", "RU", "military")} <= kinds
    assert not [k for k in kinds if "CN" in k[:2]]  # where he was is no party
    venue = Document("v", "While in Belarus, he discussed Russia's nuclear drills.", published=D(2024, 5, 27))
    assert extract_ties([venue], mentions_of(venue), visits=[]) == []


def test_ties_count_evidence_and_add_visits():
    a = Document("a", "Russia and Uzbekistan signed a military pact.", published=D(2024, 12, 5))
    b = Document("b", "Russian Defense Minister Andrei Belousov agreed military drills with Uzbekistan. "
                      "Vladimir Putin visited Tashkent on Sunday.", published=D(2024, 5, 27))
    ties = extract_ties([a, b], mentions_of(a) + mentions_of(b))
    got = {t.kind: t for t in ties if (t.a, t.b) == ("RU", "UZ")}
    assert got["military"].weight == 2
    assert (got["military"].first_date, got["military"].last_date) == (D(2024, 5, 27), D(2024, 12, 5))
    assert got["visit"].weight == 1 and got["visit"].first_date == D(2024, 5, 26)
    assert {e.doc for e in got["military"].evidence} == {"a", "b"}


def test_the_two_countries_and_bilateral_stand_for_the_pair_of_the_main_visit():
    from geo.events import document_events

    for said, tied in [("The two countries signed a trade agreement.", True),
                       ("BILATERAL trade grew.", True),
                       ("Trade grew, a spokesman said.", False)]:
        doc = Document("p", "Vladimir Putin visited Tashkent on Sunday. " + said, published=D(2024, 5, 27))
        _, ties = document_events(doc, mentions_of(doc))
        assert (("RU", "UZ", "trade") in {(t.a, t.b, t.kind) for t in ties}) is tied, said


def test_cancelled_visits_make_no_visit_tie():
    doc = Document("c", "Vladimir Putin's visit to Turkey had been called off.", published=D(2024, 5, 27))
    assert [t for t in extract_ties([doc], mentions_of(doc)) if t.kind == "visit"] == []


def test_ties_make_a_dataframe():
    doc = Document("t", "Russia and Belarus held joint military drills.", published=D(2024, 5, 27))
    df = to_frame(extract_ties([doc], mentions_of(doc), visits=[]), cls=Tie)
    assert df[["a", "b", "kind"]].values.tolist() == [["BY", "RU", "military"]]


# --------------------------------------------------------------------------- the sample corpus

@pytest.fixture(scope="module")
def sample():
    from geo._paths import data_path
    from geo.geoparse import geoparse_many
    from geo.ingest import read_corpus

    docs = list(read_corpus([data_path("sample")], meta=data_path("sample", "meta.csv")))
    mentions = geoparse_many(docs)
    return docs, mentions, extract_visits(docs, mentions)


def test_sample_visits(sample):
    docs, _, found = sample
    assert {d.published for d in docs} == {D(2022, 6, 27), D(2022, 6, 28), D(2024, 5, 17),
                                           D(2024, 5, 24), D(2024, 5, 27), D(2024, 12, 5)}
    # "landed in Tashkent on Sunday evening ... formal talks follow on Monday", in Monday's paper
    uz = [v for v in _putin(found, "UZ") if v.start_date == D(2024, 5, 26)]
    assert len(uz) == 1 and uz[0].place == "Tashkent" and uz[0].status == "ongoing"
    assert uz[0].traveler_country == "RU" and uz[0].role == "president"
    assert {e.doc for e in uz[0].sources} == {"2024-05-27_putin_tashkent.html"}
    # "will travel to Tajikistan tomorrow" (27 June), "arrived in Dushanbe on Tuesday" (28 June)
    tj = [v for v in _putin(found, "TJ") if v.start_date == D(2022, 6, 28)]
    assert len(tj) == 1 and tj[0].place == "Dushanbe" and tj[0].status == "ongoing"
    assert {e.doc for e in tj[0].sources} == {"2022-06-27_putin_tajikistan_preview.txt",
                                               "2022-06-28_putin_dushanbe.txt"}
    # "arrived in Beijing on Thursday" in the paper of Friday 17 May
    cn = [v for v in _putin(found, "CN") if v.status in ("completed", "ongoing")]
    assert cn and {v.start_date for v in cn} == {D(2024, 5, 16)}
    # "visited Tashkent on Wednesday" in the paper of Thursday 5 December 2024
    belousov = [v for v in found if v.traveler == "Andrei Belousov"]
    assert [(v.country, v.place, v.role, v.traveler_country, v.start_date, v.status)
            for v in belousov] == [("UZ", "Tashkent", "defence minister", "RU", D(2024, 12, 4),
                                    "completed")]
    assert not [v for v in found if v.country == "UA"]   # the war is a topic, not a trip
    assert not [v for v in found if v.traveler_country == v.country]


def test_sample_minsk_visit_was_made(sample):
    _, _, found = sample
    by = _putin(found, "BY")
    assert [(v.place, v.start_date) for v in by] == [("Minsk", D(2024, 5, 23))]
    assert by[0].status in ("completed", "ongoing")


def test_sample_ashgabat_is_the_next_stop_of_the_dushanbe_trip(sample):
    _, _, found = sample
    tj = [v for v in _putin(found, "TJ") if v.start_date == D(2022, 6, 28)]
    tm = _putin(found, "TM")
    assert [(v.place, v.start_date, v.status) for v in tm] == [("Ashgabat", D(2022, 6, 29),
                                                                 "planned")]
    assert tm[0].trip == tj[0].trip is not None
    # "in Ashgabat ... for a summit of the Caspian Sea states, where he will also meet Turkmen President
    # Berdimuhamedov, Iranian President Ebrahim Raisi and Azerbaijani President Ilham Aliyev": the summit's
    # guests (not its host) are there that Wednesday too
    guests = sorted((v.traveler, v.country, v.start_date, v.status) for v in found
                    if v.traveler not in ("Vladimir Putin", "Andrei Belousov"))
    assert guests == [("Ebrahim Raisi", "TM", D(2022, 6, 29), "planned"),
                      ("Ilham Aliyev", "TM", D(2022, 6, 29), "planned")]


def test_sample_invitations_and_topics_are_not_visits(sample):
    docs, mentions, found = sample
    assert [v.status for v in _putin(found, "KP")] in ([], ["planned"])
    assert not [v for v in found if v.country == "AF"]
    ties = extract_ties(docs, mentions, visits=found)
    assert not [t for t in ties if {t.a, t.b} == {"AF", "RU"} and t.kind == "visit"]


def _tie_kinds(sample) -> dict:
    docs, mentions, found = sample
    kinds: dict = {}
    for t in extract_ties(docs, mentions, visits=found):
        kinds.setdefault((t.a, t.b), set()).add(t.kind)
    return kinds


def test_sample_ties(sample):
    kinds = _tie_kinds(sample)
    assert {"visit", "military", "energy"} <= kinds[("RU", "UZ")]
    for pair in (("BY", "RU"), ("CN", "RU"), ("RU", "TJ"), ("RU", "TM")):
        assert "visit" in kinds[pair], pair
    assert "conflict" in kinds[("RU", "UA")]


def test_sample_ties_of_drills_and_trade(sample):
    kinds = _tie_kinds(sample)
    assert {"nuclear", "military"} <= kinds[("BY", "RU")]
    assert "trade" in kinds[("CN", "RU")]


# --------------------------------------------------------------------------- the seed articles

@pytest.fixture(scope="module")
def seeds(seeds_dir, seeds_meta):
    ingest = pytest.importorskip("geo.ingest")
    geoparse = pytest.importorskip("geo.geoparse")
    docs = list(ingest.read_corpus([seeds_dir], meta=seeds_meta))
    mentions = geoparse.geoparse_many(docs)
    found = extract_visits(docs, mentions)
    return docs, mentions, found


def _putin(found, country):
    return [v for v in found if v.traveler == "Vladimir Putin" and v.country == country]


def test_seed_visits(seeds):
    docs, _, found = seeds
    assert {d.published for d in docs} == {D(2024, 5, 27), D(2024, 12, 5), D(2022, 6, 27), D(2022, 6, 28)}
    uz = [v for v in _putin(found, "UZ") if v.start_date == D(2024, 5, 26)]
    # he arrived the day before the paper, which also says "visited": under way (he left on the 28th)
    assert len(uz) == 1 and uz[0].place == "Tashkent" and uz[0].status == "ongoing"
    assert uz[0].traveler_country == "RU" and uz[0].role == "president"
    assert {e.doc for e in uz[0].sources} >= {"000_25d807dddbe40316.txt", "001_5b8ca48937cc4e83.txt"}
    tj = [v for v in _putin(found, "TJ") if v.start_date == D(2022, 6, 28)]
    # arrived on the day of the paper: under way when published
    assert len(tj) == 1 and tj[0].place == "Dushanbe" and tj[0].status == "ongoing"
    tm = [v for v in _putin(found, "TM") if v.start_date == D(2022, 6, 29)]
    assert len(tm) == 1 and tm[0].place == "Ashgabat" and tm[0].status == "planned"
    assert any(e.doc.startswith("003") for e in tm[0].sources)
    assert tm[0].trip == tj[0].trip is not None  # Dushanbe then Ashgabat: one trip
    for country in ("CN", "BY"):  # "following trips to China and Belarus" in May 2024
        earlier = [v for v in _putin(found, country) if v.status == "completed"
                   and any(e.published == D(2024, 5, 27) for e in v.sources)]
        assert earlier, country
        assert all(v.start_date is None or v.start_date < D(2024, 5, 26) for v in earlier)
    belousov = [v for v in found if v.traveler == "Andrei Belousov"]
    assert [(v.country, v.place, v.role, v.traveler_country) for v in belousov] == [
        ("UZ", "Tashkent", "defence minister", "RU")]
    for country in ("UA", "AF", "KP"):
        assert not [v for v in found if v.country == country and v.status == "completed"], country
    assert not [v for v in found if v.traveler_country == v.country]


def test_seed_ties(seeds):
    docs, mentions, found = seeds
    ties = extract_ties(docs, mentions, visits=found)
    kinds = {}
    for t in ties:
        kinds.setdefault((t.a, t.b), set()).add(t.kind)
    assert {"visit", "military", "energy", "trade"} <= kinds[("RU", "UZ")]
    assert {"nuclear", "military"} <= kinds[("BY", "RU")]
    assert {"visit", "diplomatic"} <= kinds[("RU", "TJ")]
    assert "visit" in kinds[("CN", "RU")]
    assert "conflict" in kinds[("RU", "UA")]
    assert "visit" not in kinds.get(("AF", "RU"), set())
