"""One office of several countries told at once: "The presidents of Lithuania and Estonia were in Riga",
"Presidents of Kenya, Mauritania and Cape Verde have arrived", "the Lithuanian and Estonian presidents".

News names the heads of several countries by their office and a list of countries, above all in stories of
a summit or a funeral. Each country of the list stands for the holder of that office there: the person of
that country and office the story names, else the office holder on the publication day in the leaders table
(:meth:`geo.leaders.LeaderIndex.incumbent`). As with "the two leaders" (:mod:`geo.plurals`), each becomes
one :class:`~geo.values.Person` at the span of the whole phrase (``listed``), so that a travel cue whose subject the
phrase is finds them all. A country whose holder is not known on that day adds no one. The countries stay
place mentions (:func:`geo.reading.read_document` keeps them): "he will meet with the leaders of Saudi Arabia,
Qatar and the UAE" still tells where the touring traveller goes, and "The foreign ministers of India and Japan met
in Tokyo" still opens on an event whose people the next sentence names (:mod:`geo.visits.unnamed_event`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from geo.leaders import HEAD_ROLES, LeaderIndex
from geo.text import lower_text
from geo.values import Mention, Person

__all__ = ["office_lists"]

#: The end of the ``via`` of a person an office list stands for: what a reader of the visit's "how" is told.
_LISTED = "(an office of several countries)"

#: The plural office and the role of one holder of it.
_ROLES = {"presidents": "president", "prime ministers": "prime minister", "premiers": "premier",
          "foreign ministers": "foreign minister", "defence ministers": "defence minister",
          "defense ministers": "defence minister", "leaders": "leader", "heads of state": "head of state",
          "kings": "king", "chancellors": "chancellor"}
_OFFICE = r"(?P<office>" + "|".join(o.replace(" ", r"\s+") for o in _ROLES) + ")"
#: "the presidents of " before a list of countries
_OF = re.compile(r"(?i:\b(?:the\s+)?)" + "(?i:" + _OFFICE + r")\s+of\s+(?:the\s+)?")
#: the office after a list of demonyms: " presidents" in "the Lithuanian and Estonian presidents"
_AFTER = re.compile(r"\s+(?i:" + _OFFICE + r")\b")
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_THE = re.compile(r"(?i:the)\s+$")
#: Words one of which the text must hold (lower case) before anything is looked for: each plural's noun
#: ("ministers", "heads"; not the "state" of "heads of state", which most news holds)
_WORDS = tuple({o.split()[0] if " of " in o else o.split()[-1] for o in _ROLES})


def _role(m: re.Match[str]) -> str:
    """The role of one holder of the plural office ``m`` names ("foreign  Ministers" -> "foreign minister")."""
    return _ROLES[" ".join(m.group("office").lower().split())]


def _run(text: str, mentions: Sequence[Mention], i: int, kinds: tuple[str, ...]) -> list[Mention]:
    """The mentions from ``mentions[i]`` on that make a list ("Kenya, Mauritania and Cape Verde") of ``kinds``."""
    run = [mentions[i]]
    for m in mentions[i + 1:]:
        if m.kind not in kinds or not m.country or not _JOIN.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run


def office_lists(text: str, mentions: Sequence[Mention], index: LeaderIndex, on: dt.date | None,
                 people: list[Person]) -> list[Person]:
    """``people`` (in text order) with one more person for each country of an office list.

    Examples
    --------
    >>> from geo.leaders import Leader
    >>> t = "The presidents of Lithuania and Estonia were in Riga."
    >>> ms = [Mention("d", 18, 27, "Lithuania", "Lithuania", 55.0, 24.0, "LT", None, "country", 1.0),
    ...       Mention("d", 32, 39, "Estonia", "Estonia", 59.0, 26.0, "EE", None, "country", 1.0)]
    >>> index = LeaderIndex([Leader("Valdas Adamkus", ("Adamkus",), "LT", "president", dt.date(2004, 7, 12), None),
    ...                      Leader("Toomas Hendrik Ilves", ("Ilves",), "EE", "president", dt.date(2006, 10, 9), None)])
    >>> [(p.text, p.name) for p in office_lists(t, ms, index, dt.date(2007, 7, 4), [])]
    [('The presidents of Lithuania and Estonia', 'Valdas Adamkus'), ('The presidents of Lithuania and Estonia', 'Toomas Hendrik Ilves')]
    """
    low = lower_text(text)
    if not any(w in low for w in _WORDS):
        return people
    out: list[Person] = []
    ms = sorted((m for m in mentions if m.country), key=lambda m: m.start)
    starts = {m.start: i for i, m in enumerate(ms)}
    for m in _OF.finditer(text):  # "the presidents of Lithuania and Estonia"
        i = starts.get(m.end())
        run = _run(text, ms, i, ("country",)) if i is not None and ms[i].kind == "country" else []
        if len(run) > 1:
            out += _holders(text, m.start(), run[-1].end, _role(m), run, index, on, people)
    i = 0
    while i < len(ms):  # "the Lithuanian and Estonian presidents"
        run = _run(text, ms, i, ("demonym",)) if ms[i].kind == "demonym" else []
        after = _AFTER.match(text, run[-1].end) if len(run) > 1 else None
        if after is not None:
            the = _THE.search(text, max(0, run[0].start - 5), run[0].start)
            out += _holders(text, the.start() if the else run[0].start, after.end(), _role(after), run, index, on,
                            people)
        i += max(1, len(run))
    return sorted(people + out, key=lambda p: p.start) if out else people


def _holders(text: str, a: int, b: int, role: str, countries: Sequence[Mention], index: LeaderIndex,
             on: dt.date | None, people: Sequence[Person]) -> list[Person]:
    """One person for each country of a list: the one of that office the story names, else the holder on ``on``."""
    out = []
    roles = HEAD_ROLES if role in ("leader", "head of state") else {role}  # "the leaders of China and Korea"
    for c in dict.fromkeys(m.country for m in countries):
        named = next((p for p in people if p.name and p.kind in ("name", "surname") and p.country == c
                      and p.role in roles), None)
        if named is not None:
            out.append(Person(a, b, text[a:b], named.name, c, named.role, "descriptor", named.gender,
                              f"{text[a:b]!r}: {c}'s = {named.text!r} named at {named.start} {_LISTED}", listed=True))
        elif (inc := index.incumbent(c, role, on)) is not None:
            when = on.isoformat() if on else "any date"
            out.append(Person(a, b, text[a:b], inc.name, c, inc.role, "descriptor", inc.gender,
                              f"{text[a:b]!r}: {inc.role} of {c} on {when} (leaders table) {_LISTED}", listed=True))
    return out
