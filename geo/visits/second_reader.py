"""A learned second reader: the trips of a person the story names that no cue family read.

After the rules have read a document, every pair (a person the story names, a
foreign country it mentions) that got no visit of that person to that country
is a *candidate*. A small logistic model scores it from the whole story - who
the story is about, which foreign country it keeps coming back to, where the
two are told near each other and with which words, what the rules found for
that person already - and a candidate scored at or over the model's threshold
becomes a :class:`~geo.visits.context.Hit` at the country's sentence nearest
the person, whose day and status the rules of every visit read.

The features are general (shares, ranks, distances, the cue families' trigger
words of :func:`geo.visits.families.sentence_triggers`, frequent lower-case
words near the country); no name of a person or a place is one. The weights
(``second_reader.json`` beside this module) are fitted on the studied dev
articles by ``benchmarks/train_second_reader.py``; scoring is a dot product.

* :func:`candidate_features` - each candidate pair and its features;
* :func:`second_reader_hits` - the candidates the model takes, as hits;
* :func:`score` - a candidate's probability under a model;
* :func:`load_model` - the shipped weights;
* :func:`recording` - collect every candidate's features instead of adding visits (for training).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import InputError
from geo.sovereignty import at_home
from geo.values import Mention, Person, Visit
from geo.visits.context import Hit

if TYPE_CHECKING:  # types only
    from geo.reading import Reading

__all__ = ["Candidate", "candidate_features", "second_reader_hits", "score", "load_model", "recording", "MODEL_PATH",
           "CUE"]

#: Where the weights are read from; none ship today: ``benchmarks/train_second_reader.py`` writes them only when
#: a threshold adds visits right often enough in cross-validation, and none did, trained on the studied articles
#: or on the rules-untuned batches Y3-Y6 and Y11 (benchmarks/realnews/STUDY-second-reader.md).
MODEL_PATH = Path(__file__).with_name("second_reader.json")
#: The cue name of a visit the second reader adds (its ``how`` starts with it).
CUE = "second reader"
#: A second-reader visit's confidence is its probability times this: under every rule's (most are 0.5-0.9), so
#: that ``--min-confidence 0.45`` leaves them out.
CONFIDENCE_SCALE = 0.4
#: Characters read before and after each mention of the country for its nearby words.
_BEFORE, _AFTER = 60, 40
_WORD = re.compile(r"(?<![\w\-’'])[a-z][a-z\-]{1,20}(?![\w\-’'])")
_NAME_PART = re.compile(r"\w+")
_SPECIFIC = {"city": 0, "other": 1, "admin": 2, "region": 3, "country": 4, "host": 5, "demonym": 6}
#: While :func:`recording` runs: the list the candidates go to (and no visit is added).
_record: dict[str, list | None] = {"rows": None}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A (person, country) pair the rules gave no visit, where to tell it, and its features."""

    name: str
    country: str
    sentence: int
    person: Person
    place: Mention
    features: Mapping[str, float]
    found: bool = False  # the rules found a visit of the person to the country (only with ``every``)


def _bucket(n: float, edges: Sequence[float], label: str) -> str:
    for e in edges:
        if n <= e:
            return f"{label}<={e:g}"
    return f"{label}>{edges[-1]:g}"


def candidate_features(reading: Reading, visits: Sequence[Visit], triggers: Sequence[set[str]], *,
                       every: bool = False) -> list[Candidate]:
    """Every (named person, foreign country) pair of the document the rules gave no visit, with its features.

    Parameters
    ----------
    reading : Reading
        The document as read once (sentences, places, people, dateline).
    visits : sequence of Visit
        What the rules found in it (a visit of the person to the country, cancelled or not, leaves the pair out).
    triggers : sequence of set of str
        Per sentence, the cue families whose words it holds (:func:`geo.visits.families.sentence_triggers`).
    every : bool
        Every pair, also those the rules found (``found`` set; their features as if not found): for training.

    Returns
    -------
    list of Candidate
        In the order of the people's first mention, then of the countries' first mention.
    """
    text, sentences = reading.doc.text, reading.sentences
    if not sentences or not reading.places:
        return []
    starts = [a for a, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    head_end = sentences[0][1]
    nl = text.find("\n", 0, 400)
    if 0 < nl and text[:nl].strip():
        head_end = min(head_end, nl)
    # the people: every mention resolved to a name; "Biden" and "Joe Biden" are one person, named by the longer
    mentions: dict[str, list[Person]] = {}
    for p in reading.people:
        if p.name:
            mentions.setdefault(p.name, []).append(p)
    if not mentions:
        return []
    same = _one_person(list(mentions))
    merged: dict[str, list[Person]] = {}
    for name, ps in mentions.items():
        merged.setdefault(same[name], []).extend(ps)
    mentions = {name: sorted(ps, key=lambda p: p.start) for name, ps in merged.items()}
    total_people = sum(len(v) for v in mentions.values())
    rank = {name: i for i, (name, _) in enumerate(sorted(mentions.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start)))}
    # the countries: every place mention with a country
    places: dict[str, list[Mention]] = {}
    for m in reading.places:
        if m.country:
            places.setdefault(m.country, []).append(m)
    here = reading.here.country if reading.here is not None else None
    # what the rules found, per person: (country, sentence, status) of each visit; per country its travellers
    sentence_at = {text[a:b]: k for k, (a, b) in reversed(list(enumerate(sentences)))}
    found: dict[str, list[tuple[str, int, str]]] = {}
    visited_by: dict[str, set[str]] = {}
    for v in visits:
        who = _person_of(v.traveler, mentions)
        found.setdefault(who, []).append((v.country, sentence_at.get(v.evidence, -1), v.status))
        visited_by.setdefault(v.country, set()).add(who)
    # per country: sentences, nearby words
    c_sents = {c: sorted({sentence_of(m.start) for m in ms}) for c, ms in places.items()}
    c_words: dict[str, set[str]] = {}
    for c, ms in places.items():
        words: set[str] = set()
        for m in ms:
            words.update(_WORD.findall(text, max(0, m.start - _BEFORE), m.start))
            words.update(_WORD.findall(text, m.end, m.end + _AFTER))
        c_words[c] = words | {f"prev:{w}" for m in ms for w in _WORD.findall(text, max(0, m.start - 25), m.start)[-2:]} \
            | {f"next:{w}" for m in ms for w in _WORD.findall(text, m.end, m.end + 15)[:1]}
    countries_of_people = {}
    for name, ps in mentions.items():
        known = Counter(p.country for p in ps if p.country)
        countries_of_people[name] = known.most_common(1)[0][0] if known else None
    out: list[Candidate] = []
    s_words: dict[int, set[str]] = {}  # the words of a sentence where a candidate is told
    for name, ps in mentions.items():
        own = countries_of_people[name]
        p_sents = sorted({sentence_of(p.start) for p in ps})
        named = [p for p in ps if p.kind != "pronoun"]
        if not named:
            continue
        foreign = {c: len(ms) for c, ms in places.items() if not at_home(own, c)}
        if not foreign:
            continue
        f_total = sum(foreign.values())
        c_rank = {c: i for i, (c, _) in enumerate(sorted(foreign.items(), key=lambda kv: (-kv[1], places[kv[0]][0].start)))}
        pr = rank[name]
        roles = Counter(p.role for p in ps if p.role)
        role = roles.most_common(1)[0][0] if roles else None
        person = {
            "bias_person": 1.0,
            _bucket(len(ps) / total_people, (0.1, 0.2, 0.35, 0.6), "p_share"): 1.0,
            _bucket(pr, (0, 1, 2), "p_rank"): 1.0,
            _bucket(len(ps), (1, 2, 4, 8), "p_count"): 1.0,
            _bucket(len(mentions), (1, 2, 4, 8), "n_people"): 1.0,
            _bucket(len(foreign), (1, 2, 4, 8), "n_foreign"): 1.0,
            "p_head": float(ps[0].start < head_end),
            "p_lead": float(ps[0].start < 300),
            "p_own_known": float(own is not None),
            f"role:{role.lower() if role else 'none'}": 1.0,
            "p_home_dateline": float(own is not None and here is not None and at_home(own, here)),
        }
        mine = found.get(name, [])
        for c, n in foreign.items():
            if not every and any(fc == c for fc, _, _ in mine):
                continue
            # (for every pair, as if the rules had found no visit of this person to this country)
            others = [(fc, k, st) for fc, k, st in mine if fc != c]
            p_found_sents = {k for _, k, st in others if st != "cancelled" and k >= 0}
            cs = c_sents[c]
            dist = min(abs(a - b) for a in cs for b in p_sents)
            shared = [k for k in cs if k in p_sents]
            f = dict(person)
            ms = places[c]
            f.update({
                _bucket(n / f_total, (0.1, 0.25, 0.5, 0.8), "c_share"): 1.0,
                _bucket(c_rank[c], (0, 1, 2), "c_rank"): 1.0,
                _bucket(n, (1, 2, 4, 8), "c_count"): 1.0,
                _bucket(dist, (0, 1, 3, 9), "dist"): 1.0,
                _bucket(len(shared), (0, 1, 2, 4), "shared"): 1.0,
                "c_head": float(ms[0].start < head_end),
                "c_lead": float(ms[0].start < 300),
                "c_dateline": float(here is not None and at_home(c, here)),
                "c_first_mentioned": float(c_rank[c] == 0 and ms[0].start < 300),
                "c_only_demonym": float(all(m.kind == "demonym" for m in ms)),
                "c_city": float(any(m.kind in ("city", "admin", "other") for m in ms)),
                # the person receives a guest from the country: "Ramaphosa hosted Tinubu" (a visit to his own)
                "c_guest_to_own": float(own is not None and any(countries_of_people[o] == c and any(
                    at_home(own, fc) for fc, _, st in found.get(o, ()) if st != "cancelled") for o in mentions if o != name)),
                "own_visited": float(own is not None and any(at_home(own, v) for v in visited_by)),
                _bucket(sum(text.startswith(("'s", "’s"), m.end) for m in ms) / n, (0, 0.34, 0.67), "c_possessive"): 1.0,
                "p_has_visit": float(any(st != "cancelled" for _, _, st in others)),
                "p_has_cancelled": float(any(st == "cancelled" for _, _, st in others)),
                "c_other_visit": float(bool(visited_by.get(c, set()) - {name})),
                "c_any_visit_sent": float(any(k in p_found_sents for k in cs)),
                "c_near_visit_sent": float(any(abs(k - j) <= 1 for k in cs for j in p_found_sents)),
                "c_host_named": float(any(countries_of_people[o] == c for o in mentions if o != name)),
                "c_host_with_p": float(any(countries_of_people[o] == c and any(sentence_of(q.start) in p_sents
                                                                                   for q in mentions[o])
                                           for o in mentions if o != name)),
                "p_first_c": float(ms[0].start < named[0].start),
                "c_rank0&p_rank0": float(c_rank[c] == 0 and pr == 0),
                "c_head&p_head": float(ms[0].start < head_end and ps[0].start < head_end),
                "c_lead&p_lead": float(ms[0].start < 300 and ps[0].start < 300),
            })
            for _, _, st in others:
                f[f"p_visit_{st}"] = 1.0
            for k in shared:
                for fam in triggers[k]:
                    f[f"both:{fam}"] = 1.0
            for k in cs:
                for fam in triggers[k]:
                    f[f"c:{fam}"] = 1.0
            for w in c_words[c]:
                f[f"w:{w}"] = 1.0
            k, place = _where(cs, p_sents, ms, sentence_of)
            if k not in s_words:
                s_words[k] = {f"s:{w}" for w in _WORD.findall(text, *sentences[k])}
            for w in s_words[k]:
                f[w] = 1.0
            out.append(Candidate(name, c, k, _nearest(named, sentences[k][0]), place, f,
                                 any(fc == c for fc, _, _ in mine)))
    return out


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_NAME_PART.findall(name.lower()))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return bool(short) and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _one_person(names: list[str]) -> dict[str, str]:
    """Each name's person: the longest name that holds it word for word ("Biden" in "Joe Biden").

    Examples
    --------
    >>> sorted(_one_person(["Biden", "Joe Biden", "Xi"]).items())
    [('Biden', 'Joe Biden'), ('Joe Biden', 'Joe Biden'), ('Xi', 'Xi')]
    """
    kept: list[tuple[str, tuple[str, ...]]] = []
    out = {}
    for name in sorted(names, key=lambda n: (-len(_tokens(n)), n)):
        t = _tokens(name)
        out[name] = next((k for k, kt in kept if _inside(t, kt)), name)
        if out[name] == name:
            kept.append((name, t))
    return out


def _person_of(traveller: str, people: Mapping[str, object]) -> str:
    """The person of the story a visit's traveller is (the traveller's own name when none)."""
    if traveller in people:
        return traveller
    t = _tokens(traveller)
    return next((n for n in people if _inside(t, _tokens(n)) or _inside(_tokens(n), t)), traveller)


def _where(cs: list[int], p_sents: list[int], ms: list[Mention], sentence_of) -> tuple[int, Mention]:
    """The country's sentence nearest the person's (the first of the nearest) and its most specific mention."""
    k = min(cs, key=lambda j: (min(abs(j - b) for b in p_sents), j))
    here = [m for m in ms if sentence_of(m.start) == k]
    return k, min(here, key=lambda m: (_SPECIFIC.get(m.kind, 7), m.start))


def _nearest(named: list[Person], offset: int) -> Person:
    """The person's mention by name or title nearest ``offset``, an earlier one first."""
    return min(named, key=lambda p: (abs(p.start - offset), p.start > offset))


def score(model: Mapping, features: Mapping[str, float]) -> float:
    """The probability a model gives a candidate: a logistic of the weighted features.

    Examples
    --------
    >>> round(score({"bias": 0.0, "weights": {"a": 2.0}}, {"a": 1.0, "unknown": 1.0}), 3)
    0.881
    """
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(path: Path | None = None) -> dict | None:
    """The weights at ``path`` (default :data:`MODEL_PATH`): ``bias``, ``weights``, ``threshold``; ``None`` when
    there is no such file (then the second reader adds nothing).

    Examples
    --------
    >>> load_model(Path("no-such-weights.json")) is None
    True
    """
    path = MODEL_PATH if path is None else path
    return _load(path if isinstance(path, Path) else Path(path))  # (no new Path, and its hash, for each document)


@lru_cache(maxsize=4)
def _load(path: Path) -> dict | None:
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        model = json.load(fh)
    if not {"bias", "weights", "threshold"} <= set(model):
        raise InputError(f"second reader weights {path} lack bias, weights or threshold")
    return model


@contextmanager
def recording() -> Iterator[list]:
    """While open, :func:`second_reader_hits` adds nothing and appends ``(doc id, Candidate)`` to the list given,
    for every pair (``every`` of :func:`candidate_features`).

    For ``benchmarks/train_second_reader.py``: the pairs and features of the rules' output, with no model.
    """
    rows: list = []
    _record["rows"] = rows
    try:
        yield rows
    finally:
        _record["rows"] = None


def second_reader_hits(reading: Reading, visits: Sequence[Visit], triggers: Sequence[set[str]],
                       model: Mapping | None = None) -> list[tuple[int, Hit]]:
    """The candidates the model scores at or over its threshold, as ``(sentence, Hit)``.

    Each hit's cue is ``"second reader p=0.87"`` (its probability), its place the country's mention at the
    sentence nearest the person, and its confidence the probability times :data:`CONFIDENCE_SCALE`.
    """
    rows = _record["rows"]
    model = model if model is not None else load_model()
    if rows is None and model is None:
        return []
    cands = candidate_features(reading, visits, triggers, every=rows is not None)
    if rows is not None:
        rows.extend((reading.doc.id, c) for c in cands)
        return []
    out = []
    for c in cands:
        p = score(model, c.features)
        if p >= model["threshold"]:
            s0, s1 = reading.sentences[c.sentence]
            out.append((c.sentence, Hit(c.person, [c.place], c.place.start, c.place.end, (s0, s1),
                                        round(CONFIDENCE_SCALE * p, 3), f"{CUE} p={p:.2f}")))
    return out
