"""The geoparser on the sample corpus, the seed articles (when ../shared is there) and on
hand-written ambiguity cases."""

from __future__ import annotations

import math

import pytest

from geo.errors import InputError
from geo.geoparse import geoparse, geoparse_many
from geo.values import KINDS, Document


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.country, m.kind) for m in geoparse(text)]


@pytest.fixture(scope="module")
def seed_mentions(seeds_dir):
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]
    return docs, geoparse_many(docs)


def test_seeds_yield_the_visited_places(seed_mentions):
    _, ms = seed_mentions
    truth = {"Tashkent": ("UZ", (41.2995, 69.2401)), "Dushanbe": ("TJ", (38.5598, 68.7870)),
             "Ashgabat": ("TM", (37.9601, 58.3261))}
    for name, (cc, point) in truth.items():
        hits = [m for m in ms if m.name == name and m.kind == "city"]
        assert hits, name
        assert all(m.country == cc and km((m.lat, m.lon), point) < 25 for m in hits)
    assert any(m.text == "Ashkhabad" and m.name == "Ashgabat" for m in ms)
    assert any(m.country == "BY" for m in ms)
    assert any(m.country == "CN" and m.kind == "country" for m in ms)


def test_seed_mentions_stay_in_eurasia_and_keep_offsets(seed_mentions):
    """No seed place lands on a namesake outside Eurasia (no Moscow, Idaho).

    The seeds also name the United States ("Western countries, especially the
    United States"); such explicit mentions of a non-Eurasian country are
    right to resolve there, so only cities, regions and admin areas are held
    to Eurasia.
    """
    docs, ms = seed_mentions
    texts = {d.id: d.text for d in docs}
    for m in ms:
        assert texts[m.doc][m.start:m.end] == m.text
        assert m.kind in KINDS and 0 <= m.score <= 1
        if m.kind in ("country", "demonym"):
            assert m.text in ("United States", "American") or (0 < m.lat < 82 and -25 < m.lon < 180), m
        else:
            assert 0 < m.lat < 82 and -25 < m.lon < 180, m


@pytest.fixture(scope="module")
def sample_mentions():
    """The bundled sample corpus (.txt, .md and .html), read and geoparsed."""
    from geo._paths import data_path
    from geo.ingest import read_corpus

    docs = list(read_corpus([data_path("sample")], meta=data_path("sample", "meta.csv")))
    return docs, geoparse_many(docs)


def test_sample_yields_the_visited_places(sample_mentions):
    docs, ms = sample_mentions
    assert len(docs) == 6
    truth = {"Tashkent": ("UZ", (41.2995, 69.2401)), "Dushanbe": ("TJ", (38.5598, 68.7870)),
             "Ashgabat": ("TM", (37.9601, 58.3261)), "Minsk": ("BY", (53.9006, 27.5590)),
             "Beijing": ("CN", (39.9042, 116.4074)), "Harbin": ("CN", (45.8038, 126.5349)),
             "Samarkand": ("UZ", (39.6542, 66.9597))}
    for name, (cc, point) in truth.items():
        hits = [m for m in ms if m.name == name and m.kind == "city"]
        assert hits, name
        assert all(m.country == cc and km((m.lat, m.lon), point) < 25 for m in hits), name
    got = {(m.text, m.country, m.kind) for m in ms}
    assert {("Belarusian", "BY", "demonym"), ("Tajik", "TJ", "demonym"),
            ("Turkmen", "TM", "demonym"), ("Heilongjiang", "CN", "admin"),
            ("Uzbekistan", "UZ", "country"), ("Afghanistan", "AF", "country")} <= got
    # "Power of Siberia 2" is a pipeline, "Caspian Sea" a sea: neither is a city
    assert not [m for m in ms if m.text in ("Siberia", "Caspian Sea") and m.kind == "city"]


def test_sample_mentions_stay_in_eurasia_and_keep_offsets(sample_mentions):
    """Every place the sample names lies in Eurasia (no Moscow, Idaho; no Minsk elsewhere)."""
    docs, ms = sample_mentions
    texts = {d.id: d.text for d in docs}
    assert {m.doc for m in ms} == set(texts)
    for m in ms:
        assert texts[m.doc][m.start:m.end] == m.text
        assert m.kind in KINDS and 0 <= m.score <= 1
        assert 0 < m.lat < 82 and -25 < m.lon < 180, m


def test_paris_texas_and_paris_france():
    tx = [m for m in geoparse("The rodeo in Paris, Texas drew crowds.") if m.text == "Paris"][0]
    assert tx.country == "US" and km((tx.lat, tx.lon), (33.66, -95.55)) < 25
    fr = [m for m in geoparse("Macron met reporters in Paris on Monday.") if m.text == "Paris"][0]
    assert fr.country == "FR" and km((fr.lat, fr.lon), (48.857, 2.352)) < 25


def test_a_capital_is_not_outvoted_by_a_small_town_of_the_stories_country():
    # the document's country alone does not make "Manila" the Arkansas town nor "Paris" the Texas one;
    # a state written after it or named in the story still does
    assert ("Manila", "PH", "city") in places("The American defence secretary arrived in Manila on Monday.")
    assert ("Paris", "FR", "city") in places("Biden spoke in Paris on Monday about the US economy.")
    assert ("Manila", "US", "city") in places("Residents of Manila, Arkansas, and Little Rock voted.")
    assert ("Paris", "US", "city") in places("The rodeo in Paris, Texas drew crowds from across the US.")


def test_a_country_in_brackets_after_a_name_qualifies_it_like_one_after_a_comma():
    got = places("Pence will visit Cartagena and Bogota (Colombia) and Santiago (Chile), the US said.")
    assert ("Bogota", "CO", "city") in got and ("Santiago", "CL", "city") in got
    assert ("Paris", "US", "city") in places("The rodeo in Paris (Texas) drew crowds.")


def test_georgia_country_or_state_by_context():
    ge = [m for m in geoparse("Protesters filled Tbilisi as Georgia's parliament met.") if m.text == "Georgia"]
    assert ge and ge[0].country == "GE" and ge[0].kind == "country"
    us = [m for m in geoparse("Voters in Atlanta turned out as Georgia counted ballots.") if m.text == "Georgia"]
    assert us and us[0].country == "US" and us[0].kind == "admin"


def test_perth_western_australia():
    m = [m for m in geoparse("The ship docked at Perth, Western Australia.") if m.text == "Perth"][0]
    assert m.country == "AU" and km((m.lat, m.lon), (-31.95, 115.86)) < 25


def test_jordan_as_a_first_name_or_surname_is_not_a_place():
    assert places("Jordan Peterson said the lecture was full.") == []
    assert places("The crowd cheered as Michael Jordan scored.") == []
    assert places("King Abdullah flew back to Jordan.")[-1] == ("Jordan", "JO", "country")


def test_a_name_with_an_elided_article_is_one_place():
    for text in ("Aid went to Cote d'Ivoire and Ghana.", "Aid went to Côte d’Ivoire and Ghana."):
        assert places(text)[0][1:] == ("CI", "country")
        assert places(text)[0][0].endswith("Ivoire")


def test_a_given_name_before_a_surname_is_not_a_city():
    assert places("Nancy Pelosi's delegation left for Taipei.") == [("Taipei", "TW", "city")]
    assert places("Florence Nightingale trained nurses.") == []
    assert ("Nancy", "FR", "city") in places("The train stopped at Nancy before Paris.")


def test_demonyms_resolve_to_their_country():
    got = places("Russian troops left; the Tajik capital was calm.")
    assert ("Russian", "RU", "demonym") in got and ("Tajik", "TJ", "demonym") in got


def test_possessives_abbreviations_and_diacritics():
    got = places("Moscow's envoy met U.S. and UK officials, then flew to N. Korea and Dusseldorf.")
    assert ("Moscow", "RU", "city") in got
    assert ("U.S.", "US", "country") in got and ("UK", "GB", "country") in got
    assert ("N. Korea", "KP", "country") in got
    assert ("Dusseldorf", "DE", "city") in got


def test_common_words_and_titles_are_not_places():
    assert places("Police said the North was quiet. University officials agreed.") == []
    assert places("President Lincoln spoke.") == []


def test_regions_and_multiword_names():
    got = places("Leaders from Central Asia and the Middle East met in Bosnia and Herzegovina.")
    assert ("Central Asia", None, "region") in got and ("Middle East", None, "region") in got
    assert ("Bosnia and Herzegovina", "BA", "country") in got


def test_inputs_are_checked():
    assert geoparse("") == []
    assert geoparse(Document("d1", "Minsk."))[0].doc == "d1"
    with pytest.raises(InputError):
        geoparse(3)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        geoparse_many(["Minsk"])  # type: ignore[list-item]


def test_a_name_seen_as_a_persons_stays_a_persons_in_the_document():
    text = ("Nine-year-old Georgia Stevens is lacing her skates. Georgia began skating at four, "
            "and Georgia's coach in Red Deer is proud.")
    assert [m for m in geoparse(text) if m.text.startswith("Georgia")] == []
    # ... unless the text says place
    got = places("Georgia Stevens moved to Tbilisi. Protests in Georgia continued.")
    assert ("Georgia", "GE", "country") in got


def test_capitalised_neighbours_that_are_not_names():
    assert ("Russia", "RU", "country") in places("He said Russia's Vladimir Putin must stop.")
    toronto = [m for m in geoparse("She told CBC Toronto that Ontario would act.") if m.text == "Toronto"]
    assert toronto and toronto[0].country == "CA"


def test_datelines_counties_and_state_abbreviations():
    ms = geoparse("LONDON, Ky. - A man was hurt in Laurel County on Sunday, deputies said.")
    by_text = {m.text: m for m in ms}
    assert by_text["LONDON"].country == "US" and km((by_text["LONDON"].lat, by_text["LONDON"].lon),
                                                     (37.129, -84.083)) < 25
    assert by_text["Ky."].name == "Kentucky"
    county = by_text["Laurel County"]
    assert county.kind == "admin" and county.country == "US"
    assert km((county.lat, county.lon), (37.11, -84.12)) < 161


def test_region_adjectives():
    got = places("European and Central Asian leaders met.")
    assert ("European", None, "demonym") in got and ("Central Asian", None, "demonym") in got


# A small hand-written set of our own: each sentence with the places it names
# (text, ISO2 or None for regions) and nothing else.
HAND_SET = [
    ("Lavrov flew from Moscow to Ashkhabad on Tuesday.", [("Moscow", "RU"), ("Ashkhabad", "TM")]),
    ("Mr Lincoln told reporters in Nebraska that he would run.", [("Nebraska", "US")]),
    ("Police in Reading said the Oxford team was safe.", [("Reading", "GB"), ("Oxford", "GB")]),
    ("The N. Korean envoy left Pyongyang for Beijing.",
     [("N. Korean", "KP"), ("Pyongyang", "KP"), ("Beijing", "CN")]),
    ("Exports from the U.S. to the EU rose; the UK lagged.", [("U.S.", "US"), ("EU", None), ("UK", "GB")]),
    ("Talks in Düsseldorf and Dusseldorf's suburbs went on.", [("Düsseldorf", "DE"), ("Dusseldorf", "DE")]),
    ("Tehran's stance worried Riyadh and the Gulf states.",
     [("Tehran", "IR"), ("Riyadh", "SA"), ("Gulf", None)]),
    ("Chinese and Russian troops drilled near the Kazakh border.",
     [("Chinese", "CN"), ("Russian", "RU"), ("Kazakh", "KZ")]),
    ("Floods hit Queensland and New South Wales, and Brisbane braced.",
     [("Queensland", "AU"), ("New South Wales", "AU"), ("Brisbane", "AU")]),
    ("He was born in Bombay and studied in Peking before moving to Saigon.",
     [("Bombay", "IN"), ("Peking", "CN"), ("Saigon", "VN")]),
    # the short form the press uses for Addis Ababa, not Addis, Louisiana
    ("The presidents arrived in Addis on Thursday for the summit.", [("Addis", "ET")]),
    # a facility named after a town or person, then placed by "in"/"of": the place is the latter
    ("She landed at Bole International Airport in Addis Ababa.", [("Addis Ababa", "ET")]),
    ("Talks were held at the Husseiniya Palace on the outskirts of Amman.", [("Amman", "JO")]),
    ("He was welcomed at Imam Khomeini airport of Tehran.", [("Tehran", "IR")]),
    ("He landed at Urgench International Airport on Monday.", [("Urgench", "UZ")]),
    ("The summit in Bosnia and Herzegovina drew leaders from Southeast Asia.",
     [("Bosnia and Herzegovina", "BA"), ("Southeast Asia", None)]),
    ("Vancouver, British Columbia, and Calgary, Alberta, bid for the games.",
     [("Vancouver", "CA"), ("British Columbia", "CA"), ("Calgary", "CA"), ("Alberta", "CA")]),
]


@pytest.mark.parametrize("text, expected", HAND_SET)
def test_hand_written_set(text, expected):
    got = [(m.text, m.country) for m in geoparse(text)]
    assert got == expected


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from([
    "Paris", "Texas", "Georgia", "U.S.", "Moscow's", "Al-Ahram", "İstanbul", "São Paulo", "the",
    "in", "and", "Mr", "President", "St.", "N.", "Korea", "Nine-year-old", "CBC", "Côte",
    "d'Ivoire", "New", "York", "City", "—", "-", ",", ".", "\n", "\u2019s", "X" * 40, "Jordan",
    "LONDON", "Ky.", "County", "Laurel", "ß", "ǅ", "🙂", "Ωmega", "Hà", "Nội",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.sampled_from([" ", "", "  "]))
def test_offsets_always_index_the_text(words, sep):
    text = sep.join(words)
    for m in geoparse(text):
        assert text[m.start:m.end] == m.text and m.start < m.end
        assert m.kind in KINDS and 0 <= m.score <= 1


def test_surnames_datelines_and_provincial_qualifiers():
    assert places("Indiana Jones was filmed in Tunisia.") == [("Tunisia", "TN", "country")]
    assert places("ATLANTA (AP) — The bill was signed.")[0] == ("ATLANTA", "US", "city")
    vic = [m for m in geoparse("She moved to Victoria, B.C., from Melbourne, Victoria.")
           if m.text == "Victoria"]
    assert vic[0].country == "CA" and km((vic[0].lat, vic[0].lon), (48.43, -123.37)) < 25
    assert (vic[1].country, vic[1].kind) == ("AU", "admin")


def test_a_name_the_text_places_is_a_place_in_its_weaker_mentions():
    text = "She moved back to Innisfail in 2015. The Innisfail skater trains daily."
    got = [m for m in geoparse(text) if m.text == "Innisfail"]
    assert len(got) == 2 and got[0].country == got[1].country
    # a state followed by a first name is not a person for the whole document
    got = places("A Queensland Amber Alert was issued. Queensland police searched.")
    assert got == [("Queensland", "AU", "admin")]


def test_first_names_that_are_regions():
    # "Vladimir" is also a Russian region; a surname standing alone elsewhere,
    # or a patronymic and surname after it, says person
    assert places("Vladimir Putin met Xi. Putin said talks went well.") == []
    assert places("A car for the personal use of Vladimir Vladimirovich Putin.") == []


def test_each_gazetteer_has_its_own_memo():
    """Memos hold entry ids, which belong to one index: a second gazetteer whose
    "Paris" means only the US towns must not get the shared gazetteer's answers."""
    from geo.gazetteer import Gazetteer, get_gazetteer, index_path, load_index

    text = "The envoy flew on to Paris. Paris was cold."
    assert {m.country for m in geoparse(text)} == {"FR"}   # the shared memo is warm
    index = dict(load_index(index_path()))
    keys = index["keys"].split("\0")
    vals = list(index["vals"])
    at = keys.index("paris")
    vals[at] = tuple(i for i in vals[at] if index["cc"][i] == "US")
    assert len(vals[at]) > 1
    index["vals"] = vals
    us = Gazetteer(index)
    assert {m.country for m in geoparse(text, gazetteer=us)} == {"US"}
    assert {m.country for m in geoparse(text)} == {"FR"}
    # the same index in another gazetteer gives the same mentions, memo or not
    docs = [Document("a", text), Document("b", "Talks in Dushanbe, Tajikistan, then Ashkhabad.")]
    assert geoparse_many(docs, gazetteer=Gazetteer(load_index(index_path()))) == geoparse_many(docs)
    assert get_gazetteer().resolve("Paris").country == "FR"


def test_the_three_steps_compose_to_geoparse(seed_mentions):
    from geo.gazetteer import get_gazetteer
    from geo.geoparse.decide import keep_places
    from geo.geoparse.resolve import resolve_places
    from geo.geoparse.spot import spot_names

    docs, ms = seed_mentions
    ix = get_gazetteer().index
    got = []
    for doc in docs:
        spotted = spot_names(ix, doc.text)   # no memo: every chain worked out afresh
        kept = keep_places(ix, doc.text, spotted)
        assert len(kept) < len(spotted) and all(m in spotted for m in kept)
        got += resolve_places(ix, doc, kept)
    assert got == ms


@pytest.mark.parametrize("owner", ["US special envoy", "The US chief negotiator", "The US top envoy",
                                   "The US presidential envoy", "The US negotiator", "A US trade representative"])
def test_a_country_before_a_modified_title_owns_it_and_casts_no_vote(owner):
    """"US special envoy" says whose the envoy is, not that the story is in the US: Moscow is Russia's."""
    moscow = [m for m in geoparse(f"{owner} Steve Witkoff arrived in Moscow.") if m.text == "Moscow"][0]
    assert moscow.country == "RU"


def test_a_country_told_as_a_place_still_votes_for_its_town():
    """The same words after a place told as the story's: Moscow, Idaho stays in the US."""
    told = geoparse("The fire in Moscow, Idaho, spread. US officials said the Moscow blaze was contained.")
    assert [m.country for m in told if m.text == "Moscow"] == ["US", "US"]


@pytest.mark.parametrize("text", ["The US delegation arrived in Paris.", "US President Biden arrived in Paris.",
                                  "The US embassy in Paris said on Monday."])
def test_a_country_abbreviation_in_capitals_is_the_country_beside_a_namesake_town(text):
    """"US" beside Paris is the United States, not Us, a village near Paris that the nearness would favour."""
    us = [m for m in geoparse(text) if m.text == "US"][0]
    assert (us.country, us.kind) == ("US", "country")


@pytest.mark.parametrize("text", ["China and the US held talks in Geneva on Monday.",
                                  "The US and China agreed in Geneva to cut tariffs.",
                                  "US and Chinese trade negotiators met in Geneva on Saturday.",
                                  "Top US and Chinese officials began talks in Geneva."])
def test_the_parties_of_a_meeting_cast_no_vote_for_their_towns(text):
    """Countries that meet or agree are who met, not where: Geneva stays the Swiss city."""
    geneva = [m for m in geoparse(text) if m.text == "Geneva"][0]
    assert geneva.country == "CH"


def test_a_continent_s_part_adjective_names_a_region_not_the_united_states():
    doc = Document("d", "The South American president met Central American and North American envoys and an "
                        "American diplomat.")
    found = [(m.text, m.country) for m in geoparse(doc)]
    assert found == [("South American", None), ("Central American", None), ("North American", None),
                     ("American", "US")]


@pytest.mark.parametrize("text", [
    "Lai will embark on the trip in the afternoon of Nov. 30 and not arrive at his first stop until Dec. 1.",
    "During the trip from Nov. 30 to Dec. 6, Lai will transit Hawaii.",
    "The talks, set for Aug 21, were moved.",
])
def test_a_month_short_form_before_its_day_is_no_town(text):
    # "Nov" is a town in Tajikistan; before a day of the month it is November
    assert [m.text for m in geoparse(Document("d", text)) if m.text.rstrip(".") in ("Nov", "Dec", "Aug")] == []
    assert [m.country for m in geoparse(Document("d", "He visited Nov, a town in Tajikistan."))][0] == "TJ"
