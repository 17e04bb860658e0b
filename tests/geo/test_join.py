"""The join of text visits with visit records: matching rules, evidence, leftovers, the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.join import join, records_to_visits
from geo.leaders import name_words, same_person
from geo.values import Document, Evidence, Mention, RecordStop, Visit

D = dt.date


def stop(traveler="Henry A. (Heinz Alfred) Kissinger", country="EG", place="Cairo", start=D(1974, 1, 11),
         end=D(1974, 1, 13), row=1, lat=30.04, lon=31.24, file="rec.csv", remarks="Shuttle diplomacy."):
    return RecordStop(traveler, "secretary", start, end, country, place, lat, lon, file, row,
                      remarks=remarks)


def text(traveler="Henry Kissinger", country="EG", place=None, start=D(1974, 1, 12), end=None,
         status="completed", doc="a.txt", published=D(1974, 1, 14), lat=26.8, lon=30.8, conf=0.7):
    e = Evidence(doc, f"{traveler} arrived in {place or country}.", published=published)
    return Visit(traveler, "US", None, country, place, lat, lon, start, end, status, doc, e.text, conf,
                 sources=(e,))


@pytest.mark.parametrize("a,b,same", [
    ("Henry A. (Heinz Alfred) Kissinger", "Henry Kissinger", True),
    ("Henry A. (Heinz Alfred) Kissinger", "Kissinger", True),
    ("Henry Kissinger", "H. Kissinger", True),
    ("Madeleine Korbel Albright", "Madeleine Albright", True),
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Hillary Rodham Clinton", "Bill Clinton", False),
    ("John Forbes Kerry", "John Kerry", True),
    ("John Kerry", "John Kennedy", False),
    ("José Martí", "Jose Marti", True),
    ("", "Kissinger", False),
])
def test_name_normalisation(a, b, same):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_leader_aliases_match_when_events_knows_them():
    pytest.importorskip("geo.events")
    assert same_person("Putin", "Vladimir Putin")
    assert name_words("Vladimir Vladimirovich Putin") == ("vladimir", "vladimirovich", "putin")


def test_match_merges_into_one_visit_with_both_kinds_of_evidence():
    (v,) = join([text()], [stop()])
    assert v.origin == "both"
    assert v.traveler == "Henry A. (Heinz Alfred) Kissinger"  # the record's spelling
    assert (v.start_date, v.end_date, v.place, v.lat) == (D(1974, 1, 11), D(1974, 1, 13), "Cairo", 30.04)
    assert v.traveler_country == "US" and v.role == "secretary" and v.status == "completed"
    assert [e.kind for e in v.sources] == ["text", "record"]
    rec = v.sources[1]
    assert rec.doc == "rec.csv" and rec.row == 1 and "Shuttle diplomacy." in rec.text
    assert v.doc == "a.txt" and v.evidence.startswith("Henry Kissinger")


@pytest.mark.parametrize("start,matches", [
    (D(1974, 1, 9), True),    # two days before the record starts
    (D(1974, 1, 15), True),   # two days after it ends
    (D(1974, 1, 8), False),   # three days before
    (D(1974, 1, 16), False),  # three days after
])
def test_dates_must_overlap_within_two_days(start, matches):
    out = join([text(start=start)], [stop()])
    assert ([v.origin for v in out] == ["both"]) is matches
    if not matches:
        assert sorted(v.origin for v in out) == ["record", "text"]


def test_window_days_is_adjustable_and_checked():
    assert [v.origin for v in join([text(start=D(1974, 1, 8))], [stop()], window_days=3)] == ["both"]
    with pytest.raises(InputError, match="window_days"):
        join([], [], window_days=-1)


def test_different_country_or_traveller_does_not_match():
    out = join([text(country="IL"), text(traveler="Cyrus Vance")], [stop()])
    assert sorted(v.origin for v in out) == ["record", "text", "text"]


def test_unmatched_items_of_both_sides_are_kept():
    stops = [stop(), stop(country="SY", place="Damascus", start=D(1974, 5, 1), end=D(1974, 5, 2), row=2)]
    out = join([text(), text(country="JO", start=D(1974, 1, 20))], stops)
    assert sorted((v.origin, v.country) for v in out) == [
        ("both", "EG"), ("record", "SY"), ("text", "JO")]
    rec = next(v for v in out if v.origin == "record")
    assert rec.doc == "rec.csv" and rec.status == "completed" and rec.confidence == 1.0
    assert [e.kind for e in rec.sources] == ["record"] and rec.sources[0].row == 2


def test_future_records_are_planned():
    (v,) = records_to_visits([stop(start=D(2999, 1, 1), end=D(2999, 1, 2))])
    assert v.status == "planned"


def test_undated_text_visit_joins_a_record_in_the_month_before_its_article():
    # "following trips to China and Belarus": no date, article of 2024-05-27
    t = text("Putin", "CN", start=None, published=D(2024, 5, 27))
    s = stop("Vladimir Putin", "CN", "Beijing", D(2024, 5, 16), D(2024, 5, 17), lat=39.9, lon=116.4)
    old = stop("Vladimir Putin", "CN", "Beijing", D(2023, 10, 17), D(2023, 10, 18), row=2)
    out = join([t], [s, old])
    both = [v for v in out if v.origin == "both"]
    assert len(both) == 1 and both[0].start_date == D(2024, 5, 16)
    assert sorted(v.origin for v in out) == ["both", "record"]


def test_cancelled_text_visits_never_merge_with_a_record():
    out = join([text(status="cancelled")], [stop()])
    assert sorted((v.origin, v.status) for v in out) == [("record", "completed"), ("text", "cancelled")]


def test_several_text_reports_merge_into_the_one_record():
    out = join([text(doc="a.txt"), text(doc="b.txt", start=D(1974, 1, 13))], [stop()])
    (v,) = out
    assert [e.doc for e in v.sources] == ["a.txt", "b.txt", "rec.csv"]


def test_a_multi_place_row_is_one_visit_and_historic_rows_split_by_country():
    a = stop("Henry Kissinger", "RU", "Moscow", D(1974, 3, 24), D(1974, 3, 28), row=7, remarks=None)
    b = RecordStop("Henry Kissinger", "secretary", D(1974, 3, 24), D(1974, 3, 28), "RU", "Leningrad",
                   59.9, 30.3, "rec.csv", 7)
    c = RecordStop("Henry Kissinger", "secretary", D(1974, 3, 24), D(1974, 3, 28), "UA", "Kyiv",
                   50.45, 30.52, "rec.csv", 7)
    vs = records_to_visits([a, b, c])
    assert [(v.country, v.place) for v in vs] == [("RU", "Moscow"), ("UA", "Kyiv")]
    assert vs[0].sources[0].text == "Moscow, Leningrad"


def test_unplaced_record_takes_the_text_place():
    s = stop(place="Atlantisville", lat=None, lon=None)
    (v,) = join([text(place="Aswan", lat=24.09, lon=32.9)], [s])
    assert (v.place, v.lat, v.lon) == ("Aswan", 24.09, 32.9)


def test_articles_mentioning_the_place_in_the_window_become_evidence():
    docs = {
        "near.txt": Document("near.txt", "Talks went on. Kissinger is in Cairo today.", published=D(1974, 1, 12)),
        "far.txt": Document("far.txt", "Cairo was calm.", published=D(1974, 3, 1)),
        "other.txt": Document("other.txt", "Aswan dam news.", published=D(1974, 1, 12)),
        "country.txt": Document("country.txt", "Egypt hosts talks.", published=D(1974, 1, 10)),
    }
    ms = [Mention("near.txt", 33, 38, "Cairo", "Cairo", 30.04, 31.24, "EG", 360630, "city", 0.9),
          Mention("far.txt", 0, 5, "Cairo", "Cairo", 30.04, 31.24, "EG", 360630, "city", 0.9),
          Mention("other.txt", 0, 5, "Aswan", "Aswan", 24.09, 32.9, "EG", 359792, "city", 0.9),
          Mention("country.txt", 0, 5, "Egypt", "Egypt", 27, 30, "EG", 357994, "country", 0.9)]
    (v,) = join([], [stop()], ms, documents=docs)
    mentions = [e for e in v.sources if e.kind == "mention"]
    assert sorted(e.doc for e in mentions) == ["country.txt", "near.txt"]
    near = next(e for e in mentions if e.doc == "near.txt")
    assert near.text == "Kissinger is in Cairo today." and near.published == D(1974, 1, 12)


def test_join_of_nothing_is_nothing():
    assert join([], []) == []


# -- the sample (and the seeds, when ../shared is there) with the curated records -------------

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
CORPORA = ["sample"] + (["seeds"] if SEEDS.is_dir() else [])


@pytest.fixture(scope="module", params=CORPORA)
def news_join(request):
    """data/visits.csv joined with the news of the same trips: the sample, or the seeds."""
    from geo._paths import data_path
    from geo.pipeline import run

    if request.param == "sample":
        corpus, meta = data_path("sample"), data_path("sample", "meta.csv")
    else:
        corpus, meta = SEEDS, Path(__file__).resolve().parents[1] / "fixtures" / "seeds_meta.csv"
    news = {p.name for p in Path(corpus).iterdir() if p.name != "meta.csv"}
    return run([corpus], meta=meta, records=[data_path("visits.csv")]), news


@pytest.mark.parametrize("country,place,start,end", [
    ("CN", "Beijing", "2024-05-16", "2024-05-17"),
    ("BY", "Minsk", "2024-05-23", "2024-05-24"),
    ("UZ", "Tashkent", "2024-05-26", "2024-05-28"),
    ("TJ", "Dushanbe", "2022-06-28", "2022-06-28"),
    ("TM", "Ashgabat", "2022-06-29", "2022-06-29"),
])
def test_news_visits_and_curated_records_merge_into_one_visit_each(news_join, country, place, start,
                                                                   end):
    result, news = news_join
    putin = [v for v in result.visits if v.traveler == "Vladimir Putin" and v.country == country
             and v.start_date and v.start_date.year >= 2022 and v.start_date >= D.fromisoformat(start) - dt.timedelta(days=2)
             and v.start_date <= D.fromisoformat(end) + dt.timedelta(days=2)]
    assert len(putin) == 1, putin
    (v,) = putin
    assert v.origin == "both" and v.place == place
    assert (v.start_date, v.end_date) == (D.fromisoformat(start), D.fromisoformat(end))
    kinds = {e.kind for e in v.sources}
    assert {"text", "record"} <= kinds
    assert all(Path(e.doc).name == "visits.csv" for e in v.sources if e.kind == "record")
    assert v.doc in news     # the article, not the records file


def test_news_join_keeps_text_only_visits(news_join):
    result, _ = news_join
    assert any(v.origin == "text" and v.traveler == "Andrei Belousov" for v in result.visits)
    assert not any(v.country == "UA" and v.status == "completed" for v in result.visits)
