"""The learned second reader (geo.visits.second_reader) and its training script, on stories of our own.

No weights ship (no threshold reached the precision asked for in cross-validation on the studied
articles: benchmarks/realnews/STUDY-second-reader.md), so the stories that need a model use a small one
written here, in a file, read through the same path as shipped weights would be.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from geo.geoparse import geoparse
from geo.reading import read_document
from geo.values import Document
from geo.visits import second_reader
from geo.visits.families import sentence_triggers
from geo.visits.second_reader import candidate_features, load_model, score, second_reader_hits
from tests.geo.conftest import trips_of, visits_of

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

DAY = dt.date(2025, 3, 3)
#: A leader's trip told through the headline and a meeting with the host, with no travel verb.
AGENDA = ("Ruto's Japan agenda: trade, loans and a rail line\nKenyan President William Ruto is expected to sign "
          "three trade agreements with Japanese Prime Minister Shigeru Ishiba on Tuesday, officials said. Ruto "
          "hopes Japan will fund a new railway. Japan is Kenya's fourth largest lender.")
#: A leader who only talks about a foreign country, at home.
AT_HOME = ("Ruto criticises Japan's trade rules\nKenyan President William Ruto said on Monday that Japan should "
           "open its markets to Kenyan tea. Ruto spoke at a rally. Japan has not replied.")
#: A trip called off.
CALLED_OFF = ("Ruto's Japan visit called off\nKenyan President William Ruto had been due to hold talks with Japanese "
              "Prime Minister Shigeru Ishiba in Tokyo on Tuesday, but the trip was cancelled, officials said. "
              "Japan gave no reason.")
#: A small model: a host of the country told with the person, and both in the headline.
TOY = {"bias": -3.0, "weights": {"c_host_with_p": 2.0, "c_head&p_head": 2.0}, "threshold": 0.5}


def _candidates(text: str, visits=()):
    doc = Document("t", text, published=DAY)
    r = read_document(doc, geoparse(doc))
    return r, candidate_features(r, list(visits), sentence_triggers(text, r.sentences))


def _live() -> dict:
    """The globals of the second reader the events stage calls: with pytest's importlib mode, collecting a
    module's doctests may load a second copy of it after the events stage took the first."""
    import geo.visits

    return geo.visits.visits_in_document.__globals__["second_reader_hits"].__globals__


@pytest.fixture
def toy_weights(tmp_path, monkeypatch):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(TOY), encoding="utf-8")
    monkeypatch.setitem(_live(), "MODEL_PATH", path)
    yield path


def test_no_weights_ship_so_nothing_is_added():
    assert load_model() is None and _live()["load_model"]() is None
    r, _ = _candidates(AGENDA)
    assert second_reader_hits(r, [], sentence_triggers(AGENDA, r.sentences)) == []
    assert trips_of(AGENDA, DAY) == []  # the rules alone find no visit here


def test_candidates_are_the_pairs_without_a_visit_and_not_at_home():
    _, cands = _candidates(AGENDA)
    pairs = {(c.name, c.country) for c in cands}
    assert ("William Ruto", "JP") in pairs
    assert not any(c.country == "KE" and c.name == "William Ruto" for c in cands)  # his own country
    found = visits_of(CALLED_OFF, DAY)  # the rules found (and cancelled) Ruto's trip: no candidate of it
    assert [(v.traveler, v.country, v.status) for v in found] == [("William Ruto", "JP", "cancelled")]
    _, cands = _candidates(CALLED_OFF, found)
    assert ("William Ruto", "JP") not in {(c.name, c.country) for c in cands}


def test_features_name_no_person_and_no_place():
    _, cands = _candidates(AGENDA)
    c = next(c for c in cands if c.name == "William Ruto" and c.country == "JP")
    assert c.features["c_head"] == c.features["p_head"] == 1.0
    assert c.features["c_host_with_p"] == 1.0  # the Japanese prime minister is told with him
    words = {"ruto", "william", "japan", "japanese", "tokyo", "kenya", "kenyan", "ishiba", "shigeru"}
    for cand in cands:
        for name in cand.features:
            assert not words & set(name.lower().replace(":", " ").replace("&", " ").split()), name


def test_a_trip_told_through_the_headline_gets_a_second_reader_visit(toy_weights):
    v, = trips_of(AGENDA, DAY)
    assert (v.traveler, v.country) == ("William Ruto", "JP")
    assert v.how.startswith("second reader p=0.73")
    assert v.confidence <= second_reader.CONFIDENCE_SCALE < 0.45  # under every rule's: --min-confidence drops it
    assert str(v.start_date) == "2025-03-04" and v.status == "planned"  # the day and status every visit gets
    assert visits_of(AGENDA, DAY, min_confidence=0.45) == []


def test_talk_about_a_country_at_home_gets_none(toy_weights):
    r, cands = _candidates(AT_HOME)
    c = next(c for c in cands if c.country == "JP")
    assert score(_live()["load_model"](), c.features) < TOY["threshold"]
    assert trips_of(AT_HOME, DAY) == []


def test_a_cancelled_trip_stays_not_drawn(toy_weights):
    assert trips_of(CALLED_OFF, DAY) == []
    assert [v.status for v in visits_of(CALLED_OFF, DAY)] == ["cancelled"]


def test_recording_adds_nothing_and_keeps_every_pair(toy_weights):
    import geo.visits

    doc = Document("t", AGENDA, published=DAY)
    with _live()["recording"]() as rows:
        visits = geo.visits.visits_in_document(doc, geoparse(doc))
    assert visits == []  # nothing added while recording, even with weights
    assert ("William Ruto", "JP") in {(c.name, c.country) for _, c in rows}
    assert all(doc_id == "t" for doc_id, _ in rows)
    with pytest.raises(ValueError):
        bad = toy_weights.with_name("bad.json")
        bad.write_text("{}", encoding="utf-8")
        _live()["load_model"](bad)


def test_training_is_deterministic_on_a_few_studied_articles():
    import realnews_data
    import train_second_reader as train

    files, meta, truth, visits, cands = train.collect(limit=12)
    assert files and all(not realnews_data.unseen(f) for f in files)
    assert [c[:4] for c in train.collect(limit=12)[4]] == [c[:4] for c in cands]  # the same pairs and features
    labels = train.label(cands, truth)
    keep = [i for i, v in enumerate(labels) if v is not None]
    cands = [cands[i] for i in keep]
    y = np.array([labels[i] for i in keep], dtype=float)
    vocab = train.vocabulary(cands, set(files))
    x = train.matrix(cands, vocab)
    b1, w1 = train.fit(x, y)
    b2, w2 = train.fit(x, y)
    assert b1 == b2 and np.array_equal(w1, w2)
    p1 = train.cross_validate(files, cands, y, every=True)
    assert np.array_equal(p1, train.cross_validate(files, cands, y, every=True))
    assert ((p1 >= 0) & (p1 <= 1)).all()


def test_training_groups_never_read_the_later_unseen_batches_or_test():
    import realnews_data
    import train_second_reader as train

    assert train.group_of("049_x.txt") == "studied" and train.group_of("480_x.txt") == "y3-y6"
    assert train.group_of("1500_x.txt") is None and train.group_of("1649_x.txt") is None
    rows = train.rows_of(train.REALNEWS / "dev" / "meta.csv", ("studied", "y3-y6"))
    assert rows and all(train.group_of(r["file"]) in ("studied", "y3-y6") for r in rows)
    numbers = {realnews_data.batch_number(r["file"]) for r in rows}
    assert not any(1500 <= n <= 1949 for n in numbers if n is not None)
    assert any(201 <= (n or 0) <= 499 for n in numbers)  # Y3-Y6 read when asked for
    assert not any(realnews_data.unseen(r["file"]) for r in train.studied_rows(train.REALNEWS / "dev" / "meta.csv"))


def test_threshold_is_chosen_on_y3_y6_and_must_hold_on_the_studied_too():
    import train_second_reader as train

    def table(*rows):
        return [{"threshold": t, "added": a, "right": r, "p_added": r / a if a else None} for t, a, r in rows]

    y36 = table((0.5, 10, 6), (0.6, 5, 4), (0.7, 2, 2))
    assert train.choose({"y3-y6": y36}, "y3-y6", 0.8) == 0.6
    assert train.choose({"y3-y6": y36, "studied": table((0.5, 4, 1), (0.6, 3, 1), (0.7, 0, 0))}, "y3-y6", 0.8) == 0.7
    assert train.choose({"y3-y6": table((0.5, 4, 1), (0.6, 0, 0), (0.7, 0, 0))}, "y3-y6", 0.8) is None


def test_learning_curve_fractions_are_nested_and_keep_the_other_groups():
    import train_second_reader as train

    files = ["001_a.txt", "002_a.txt"] + [f"{n}_a.txt" for n in range(201, 229)]
    small, large = train.subsample(files, 0.25, 5), train.subsample(files, 0.75, 5)
    assert {"001_a.txt", "002_a.txt"} <= small <= large <= set(files)  # a smaller fraction inside a larger one
    assert len(small) == 2 + 7 and len(large) == 2 + 21
    assert train.subsample(files, 1.0, 5) == set(files)
    assert train.subsample(files, 0.25, 6) != small  # another seed, other articles


def test_the_untuned_pool_is_every_released_set_and_nothing_else():
    import train_second_reader as train

    assert train.untuned("201_b.txt") and train.untuned("499_b.txt") and train.untuned("1750_b.txt")
    assert not train.untuned("010_b.txt")  # studied: the rules were written on it
    assert not train.untuned("1500_b.txt") and not train.untuned("1749_b.txt")  # Y7-Y10 stay unseen
    with pytest.raises(SystemExit):  # no name reaches the batches that stay unseen
        train.main(["--train-on", "untuned,y7-y10"])


def test_the_learning_curve_draws_from_all_untuned_articles_together():
    import train_second_reader as train

    files = ["003_b.txt"] + [f"{n}_b.txt" for n in range(201, 211)] + [f"{n}_b.txt" for n in range(1750, 1760)]
    half = train.subsample(files, 0.5, 2)
    assert "003_b.txt" in half and len(half) == 1 + 10  # the studied article kept, half of the 20 untuned
    assert any(n.startswith("17") for n in half) and any(n.startswith("2") for n in half)  # from both sets
    assert half <= train.subsample(files, 0.75, 2)


def test_the_threshold_is_chosen_on_the_untuned_pool_and_guarded_by_the_studied_only():
    import train_second_reader as train

    def table(*rows):
        return [{"threshold": t, "added": a, "right": r, "p_added": r / a if a else None} for t, a, r in rows]

    pool = table((0.5, 10, 7), (0.6, 5, 4), (0.7, 2, 2))
    one_set = table((0.5, 4, 1), (0.6, 3, 1), (0.7, 1, 1))  # one released set alone may fall short
    studied = table((0.5, 3, 0), (0.6, 0, 0), (0.7, 0, 0))
    tables = {"y3-y6": one_set, "untuned": pool, "studied": studied}
    assert train.choose(tables, "untuned", 0.8, ("studied",)) == 0.6
    assert train.choose(tables, "untuned", 0.8) == 0.7  # every other table guarding: y3-y6 holds 0.6 back
    assert train.choose({**tables, "studied": table((0.5, 3, 0), (0.6, 2, 1), (0.7, 1, 0))}, "untuned", 0.8,
                        ("studied",)) is None
