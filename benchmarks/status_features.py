"""The features of a visit's status for a learned check after the rules, and how a trained check is applied.

Tried for issue 13 (``train_status_check.py``; results in ``realnews/STUDY-status-check.md``): a small
multinomial logistic regression that reads each visit the rules called planned, ongoing or completed through a
few general signals at once - the rules' status and cue family, the visit's first and last day against the
day of writing, the tense of its sentence and of the words before its cue (:func:`geo.status.tense`), the
lowercase words around the cue ("arrived", "will", "wrapped up"), a dateline, the traveller's other stops in
the story - and may replace the rules' status when it gives another one a probability of at least a
threshold (``how`` then says "; status checked: p=0.93"). Cross-validated on the studied articles it lost
more statuses than it mended at every threshold, and trained on the rules-untuned batches Y3-Y6 as well it
mended no more than it broke per merged visit (per report, a few Y3-Y6 statuses at a cost on the studied
ones; with Y11 too, a gain on the untuned articles but always at a cost on the studied ones), so the events
stage does not run it; the code stays here for the training script and for a later try
with more data. Cancelled and postponed trips are never
touched, and a check never makes one.

No names of people or places are features: only the rules' own labels, day buckets and lowercase words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Sequence

from geo.datelines import find_dateline
from geo.status import just_arrived, tense, told_past, was_planned
from geo.values import Document, Visit

__all__ = ["CHECKED", "day_bucket", "visit_features", "features_of", "status_probabilities", "check_statuses"]

#: The statuses the check reads and may give.
CHECKED = ("planned", "ongoing", "completed")
#: A lowercase word as written: names, which are capitalised, are never features.
_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")
_BEFORE, _AFTER = 6, 4  # words looked at before and after the cue


def day_bucket(day: dt.date | None, published: dt.date | None) -> str:
    """A day against the day of writing: ``none``, ``before`` (2+ days), ``eve``, ``same``, ``after``.

    Examples
    --------
    >>> d = dt.date(2024, 5, 6)
    >>> [day_bucket(x, d) for x in (None, dt.date(2024, 5, 1), dt.date(2024, 5, 5), d, dt.date(2024, 5, 9))]
    ['none', 'before', 'eve', 'same', 'after']
    """
    if day is None or published is None:
        return "none"
    gap = (day - published).days
    return "before" if gap <= -2 else "eve" if gap == -1 else "same" if gap == 0 else "after"


def _span(v: Visit) -> str:
    if v.start_date is None:
        return "none"
    days = ((v.end_date or v.start_date) - v.start_date).days
    return "one" if days == 0 else "short" if days <= 2 else "week" if days <= 6 else "long"


def _cue(how: str | None) -> tuple[str, str, list[str]]:
    """The cue family, the cue's words and the names of the other parts of ``how``
    ("travel: arrived in; day: today" -> ``travel``, ``arrived in``, ``[day]``)."""
    parts = [p.strip() for p in (how or "").split(";")]
    head, _, words = parts[0].partition(":")
    rest = [p.partition(":")[0].split(" ")[0].lower() for p in parts[1:] if p]
    return head.strip().lower() or "none", words.strip(), rest


def _day_words(how: str | None) -> list[str]:
    """The lowercase words of the date expression that gave the day ("day: last Monday" -> last, monday)."""
    for part in (how or "").split(";"):
        part = part.strip()
        if part.startswith("day:"):
            return [w.lower() for w in re.findall(r"[A-Za-z]+", part[4:])[:4]]
    return []


def visit_features(v: Visit, *, published: dt.date | None, dateline: bool, lead: bool,
                   others: Sequence[str]) -> list[str]:
    """The binary features of one visit (the names of those that hold).

    ``others`` are the statuses of the traveller's other visits in the document (other hosts), ``lead``
    whether its sentence starts in the first 300 characters, ``dateline`` whether the story has one.

    Examples
    --------
    >>> e = "The minister will travel to Lima next week."
    >>> v = Visit("A B", None, None, "PE", "Lima", None, None, None, None, "planned", "d", e, 0.9,
    ...           how="travel: travel to")
    >>> f = visit_features(v, published=dt.date(2024, 5, 1), dateline=False, lead=True, others=())
    >>> "rule=planned" in f, "b:will" in f, "tense_cue=future" in f, "start=none" in f
    (True, True, True, True)
    """
    rule = v.status
    family, words, parts = _cue(v.how)
    text = v.evidence or ""
    at = text.lower().find(words.lower()) if words else -1
    cue_a, cue_b = (at, at + len(words)) if at >= 0 else (0, 0)
    start, end = day_bucket(v.start_date, published), day_bucket(v.end_date or v.start_date, published)
    sent_tense = tense(text, 0, len(text)) if text else "none"
    window = max(0, cue_a - 80)
    cue_tense = tense(text, window, cue_b) if at >= 0 and cue_b > window else "none"
    f = [f"rule={rule}", f"cue={family}", f"rule={rule}&cue={family}", f"start={start}", f"end={end}",
         f"rule={rule}&start={start}", f"rule={rule}&end={end}", f"span={_span(v)}",
         f"tense_sent={sent_tense}", f"tense_cue={cue_tense}", f"rule={rule}&tense_cue={cue_tense}",
         f"rule={rule}&tense_sent={sent_tense}", "cue_found" if at >= 0 else "cue_unfound",
         "dateline" if dateline else "no_dateline", "lead" if lead else "body",
         f"others={min(len(others), 2)}", f"rule={rule}&others={min(len(others), 2)}"]
    f += [f"part={p}" for p in parts]
    f += [f"day:{w}" for w in _day_words(v.how)]
    f += [f"other={s}" for s in sorted(set(others))]
    f += [f"rule={rule}&other={s}" for s in sorted(set(others))]
    if text:
        if was_planned(text, 0, len(text)):
            f.append("was_planned")
        if just_arrived(text, 0, len(text)):
            f.append("just_arrived")
        if at >= 0 and told_past(text, window, cue_b):
            f.append("past_verb_before_cue")
    before = _WORD.findall(text, 0, cue_a)[-_BEFORE:] if at >= 0 else []
    cue = _WORD.findall(text, cue_a, cue_b) if at >= 0 else []
    after = _WORD.findall(text, cue_b)[:_AFTER] if at >= 0 else []
    f += [f"b:{w}" for w in before] + [f"c:{w}" for w in cue] + [f"a:{w}" for w in after]
    near = before + cue
    f += [f"bb:{x}_{y}" for x, y in zip(near, near[1:])]
    f += [f"s:{w}" for w in set(_WORD.findall(text))]
    return sorted(set(f))


def status_probabilities(features: Sequence[str], model: dict) -> dict[str, float]:
    """Each status's probability under ``model`` (``classes``, ``bias``, ``weights``: feature -> one weight per
    class, as ``train_status_check.py --out`` writes it); unknown features count for nothing.

    Examples
    --------
    >>> model = {"classes": list(CHECKED), "bias": [0.0, 0.0, 0.0], "weights": {"rule=planned": [2.0, 0.0, 0.0]}}
    >>> p = status_probabilities(["rule=planned", "b:will"], model)
    >>> round(p["planned"], 3), abs(sum(p.values()) - 1) < 1e-9
    (0.787, True)
    """
    z = list(model["bias"])
    weights = model["weights"]
    for name in features:
        w = weights.get(name)
        if w is not None:
            z = [a + b for a, b in zip(z, w)]
    top = max(z)
    e = [math.exp(x - top) for x in z]
    total = sum(e)
    return {c: x / total for c, x in zip(model["classes"], e)}


def check_statuses(visits: Sequence[Visit], doc: Document, model: dict, *,
                   threshold: float | None = None) -> list[Visit]:
    """``visits`` with a status the model is sure of (probability >= ``threshold``) in place of the rules'.

    Parameters
    ----------
    visits : sequence of Visit
        One document's visits, after the rules.
    doc : Document
        Their document (its text, publication day and dateline are read).
    model : dict
        A trained model (:func:`status_probabilities`), with its ``threshold``.
    threshold : float, optional
        The probability another status needs to replace the rules'; the model's own by default.

    Examples
    --------
    A model that reads "arrived" before the cue as under way overrules "completed" when sure enough:

    >>> model = {"classes": list(CHECKED), "bias": [0.0, 0.0, 0.0], "threshold": 0.8,
    ...          "weights": {"c:arrived": [0.0, 3.0, 0.0]}}
    >>> e = "The minister arrived in Lima."
    >>> v = Visit("A B", None, None, "PE", "Lima", None, None, None, None, "completed", "d", e, 0.9,
    ...           how="travel: arrived in")
    >>> w, = check_statuses([v], Document("d", e, published=dt.date(2024, 5, 1)), model)
    >>> w.status, w.how
    ('ongoing', 'travel: arrived in; status checked: p=0.91')
    >>> check_statuses([v], Document("d", e), model, threshold=0.95)[0].status
    'completed'
    """
    if not any(v.status in CHECKED for v in visits):
        return list(visits)
    limit = model["threshold"] if threshold is None else threshold
    out = []
    for v, feats in zip(visits, features_of(visits, doc)):
        if feats is not None:
            probs = status_probabilities(feats, model)
            best = max(probs, key=probs.__getitem__)
            if best != v.status and probs[best] >= limit:
                note = f"status checked: p={probs[best]:.2f}"
                v = dataclasses.replace(v, status=best, how=f"{v.how}; {note}" if v.how else note)
        out.append(v)
    return out


def features_of(visits: Sequence[Visit], doc: Document) -> list[list[str] | None]:
    """The features (:func:`visit_features`) of each of one document's visits, ``None`` for a visit the check
    does not read (cancelled, postponed).

    Examples
    --------
    >>> e = "The minister arrived in Lima on Monday."
    >>> v = Visit("A B", None, None, "PE", "Lima", None, None, None, None, "cancelled", "d", e, 0.9)
    >>> features_of([v], Document("d", e))
    [None]
    """
    if not any(v.status in CHECKED for v in visits):
        return [None] * len(visits)
    text = doc.text
    dateline = find_dateline(text) is not None
    by_traveller: dict[str, list[Visit]] = {}
    for v in visits:
        by_traveller.setdefault(_surname(v), []).append(v)
    out: list[list[str] | None] = []
    for v in visits:
        if v.status not in CHECKED:
            out.append(None)
            continue
        others = [o.status for o in by_traveller[_surname(v)] if o.country != v.country]
        at = text.find(v.evidence) if v.evidence else -1
        out.append(visit_features(v, published=doc.published, dateline=dateline, lead=0 <= at < 300,
                                  others=others))
    return out


def _surname(v: Visit) -> str:
    """The traveller's last word, lower case: one traveller's visits in one story share it."""
    return v.traveler.split()[-1].lower() if v.traveler and v.traveler.split() else ""
