"""Who "I", "my" and "me" are: the speaker of a quotation, or the one a transcript's label names.

:func:`resolve_first_person` runs :func:`resolve_quoted` then :func:`resolve_speakers` on the people
:func:`geo.people.find_people` found, after :mod:`geo.coreference` has resolved names and pronouns.

Examples
--------
>>> from geo.values import Person
>>> text = '"I will travel to Beijing," Macron said.'
>>> macron = Person(28, 34, "Macron", "Emmanuel Macron", "FR", "president", "name", "m", "")
>>> [p.name for p in resolve_first_person(text, [macron])]
['Emmanuel Macron', 'Emmanuel Macron']
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.leaders import SPEAKER_ROLES
from geo.values import Person
from geo.wordlists import REPORTING_LABEL, REPORTING_QUOTE_AFTER, REPORTING_QUOTE_BEFORE, alternation

__all__ = ["resolve_first_person", "resolve_quoted", "resolve_speakers", "quotations"]

_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{1,600})[”\"]")


def quotations(text: str) -> list[re.Match[str]]:
    """What ``_QUOTE.finditer(text)`` gives, tried only at the opening marks that ``str.find`` finds."""
    marks, out, end = [], [], 0
    for mark in "“\"":
        p = text.find(mark)
        while p >= 0:
            marks.append(p)
            p = text.find(mark, p + 1)
    for p in sorted(marks):
        if p >= end and (m := _QUOTE.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out


_FIRST_PERSON = re.compile(r"(?=[IMm])\b(?:I|[Mm]y|me)\b")  # the first letter tested first
#: "I", "my", "me", and "we" and "our" in a quotation: its speaker's party, the speaker with it ("We will visit
#: Qatar and Kuwait," Erdogan said); not in a transcript, where a spokesman's "we" is his department
_QUOTE_PERSON = re.compile(r"(?=[IMmWwOo])\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur)\b")
#: "he said", "she told reporters" right after a closing quote: the pronoun is the speaker
_PRONOUN_SAID = re.compile(r"\s*,?\s*(?:he|she)\s+" + alternation(REPORTING_QUOTE_AFTER) + r"\b", re.I)
_SAID_AFTER = re.compile(r"\s*,?\s*(?:(?:he|she)\s+)?" + alternation(REPORTING_QUOTE_AFTER) + r"\b",
                         re.I)
_SAID_BEFORE = re.compile(r"\b" + alternation(REPORTING_QUOTE_BEFORE) + r"\s*[:,]?\s*$", re.I)


def resolve_first_person(text: str, people: list[Person]) -> list[Person]:
    """"I", "my" and "me": in a quotation its speaker (:func:`resolve_quoted`), elsewhere in a
    transcript the speaker its last label names (:func:`resolve_speakers`); the quotations are
    found, and the named people listed, once for both."""
    named = [p for p in people if p.name and p.kind != "pronoun"]  # the same after resolve_quoted
    if not named:
        return people  # no one named: no quotation or label has a speaker
    quotes = quotations(text)
    people = _quoted(text, people, quotes, named)
    return _speakers(text, people, quotes, named)


def resolve_quoted(text: str, people: list[Person]) -> list[Person]:
    """"I" in a quotation is its speaker: '"I will travel to Beijing," Macron said' and
    'Macron said: "I will travel to Beijing"'. The speaker is the person named right after the
    closing quote with a reporting verb, or right before the opening one."""
    if "“" not in text and '"' not in text:
        return people
    return _quoted(text, people, quotations(text), [p for p in people if p.name and p.kind != "pronoun"])


def _quoted(text: str, people: list[Person], quotes: list[re.Match], named: list[Person]) -> list[Person]:
    starts = [p.start for p in named]
    out: list[Person] = []
    for q in quotes:
        if not _QUOTE_PERSON.search(text, q.start("q"), q.end("q")):
            continue
        after = named[bisect_left(starts, q.end()):][:1]
        before = named[:bisect_left(starts, q.start())][-1:]
        speaker = None
        if after and after[0].start - q.end() <= 40 and (
                _SAID_AFTER.match(text, after[0].end) or _SAID_AFTER.match(text, q.end())):
            speaker = after[0]
        elif before and q.start() - before[0].end <= 60 and _SAID_BEFORE.search(text, before[0].end, q.start()):
            speaker = before[0]
        elif _PRONOUN_SAID.match(text, q.end()):
            speaker = _pronoun_at(people, q.end())
        if speaker is None:
            continue
        first = _FIRST_PERSON if speaker.role in SPEAKER_ROLES else _QUOTE_PERSON  # a spokesman's "we": his side
        for m in first.finditer(text, q.start("q"), q.end("q")):
            out.append(Person(m.start(), m.end(), m.group(0), speaker.name, speaker.country, speaker.role,
                              "pronoun", speaker.gender, f"{m.group(0)!r} = {speaker.text!r}, who said it"))
    return sorted(people + out, key=lambda p: p.start) if out else people


def _pronoun_at(people: list[Person], pos: int) -> Person | None:
    """The resolved "he" or "she" a few characters after ``pos`` (the closing quote), else ``None``."""
    return next((p for p in people if pos <= p.start <= pos + 3 and p.kind == "pronoun" and p.name
                 and p.text.lower() in ("he", "she")), None)


_LABEL_SENTENCE = re.compile(r"[.!?]\s+[a-z]|[.!?]\s*$|\b" + alternation(REPORTING_LABEL) + r"\b")


def resolve_speakers(text: str, people: list[Person]) -> list[Person]:
    """"I", "my" and "me" in a transcript are the speaker its last label names: in
    "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: I plan to visit four countries", "I" is
    Motegi, until the next label ("Q:", "MR. RHODES:"). Quotations keep their own speaker."""
    if ":" not in text:
        return people
    quotes = quotations(text)
    return _speakers(text, people, quotes, [p for p in people if p.name and p.kind != "pronoun"])


def _speakers(text: str, people: list[Person], quotes: list[re.Match], named: list[Person]) -> list[Person]:
    if ":" not in text:
        return people
    starts = [p.start for p in named]
    labels = []
    for a, b in _labels(text):
        if _LABEL_SENTENCE.search(text, a, b):
            continue  # "He said: ..." opens a quotation, not a transcript's turn
        inside = named[bisect_left(starts, a):bisect_left(starts, b)]
        labels.append((b + 1, inside[0] if inside else None))
    if not any(who is not None for _, who in labels):
        return people
    taken = {p.start for p in people}
    quoted = [(q.start(), q.end()) for q in quotes]
    out: list[Person] = []
    for i, (a, who) in enumerate(labels):
        if who is None:
            continue
        b = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        for m in _FIRST_PERSON.finditer(text, a, b):
            if m.start() in taken or any(q0 <= m.start() < q1 for q0, q1 in quoted):
                continue
            out.append(Person(m.start(), m.end(), m.group(0), who.name, who.country, who.role, "pronoun",
                              who.gender, f"{m.group(0)!r} = {who.text!r}, who speaks at {who.start}"))
    return sorted(people + out, key=lambda p: p.start) if out else people


def _labels(text: str):
    """The spans of a transcript's labels: the text from a line's start to its first colon, within 100
    characters ("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:", "Q:", "MR. RHODES:"); not a
    time ("3:35 P.M.")."""
    line = -1  # the start of the last line whose first colon was seen
    i = text.find(":")
    while i >= 0:
        a = text.rfind("\n", 0, i) + 1
        if a != line:
            line = a
            if 0 < i - a <= 100 and not text[i + 1:i + 2].isdigit() and text[a:i].strip():
                yield a, i
        i = text.find(":", i + 1)
