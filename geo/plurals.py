"""Who "they" or "the two leaders" are: a plural subject standing for the two people of the sentence before.

"French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday. The two
leaders will travel to Kyiv on Friday": both travel. :func:`geo.coreference.resolve_pronouns` asks
:func:`resolve_plurals` once the singular references are resolved; each plural reference becomes one
:class:`~geo.values.Person` per person it stands for, at the same span, so that a cue whose subject it is
finds the first and the others as its co-travellers (:func:`geo.visits.context.partners`).

Only a plural that opens its sentence (or its clause after an opening phrase: "On Friday, the two
leaders ...") is read, and only when the sentence before names exactly two people, neither one who only
speaks for a government: the two of "X met Y", "X hosted Y", "X and Y held talks".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.text import by_sentence, lower_text
from geo.values import Person

__all__ = ["resolve_plurals"]

#: A plural subject: "They", "The two leaders", "Both presidents", "The two ministers", after at most a
#: short opening phrase ("On Friday, ", "Later, ").
_PLURAL = re.compile(r"(?:(?:[A-Z][\w]*|on|in|at|the|last|this|next|later|then|early|late)[\s,]+){0,4}?"
                     r"(?P<ref>(?i:they)|(?i:the\s+two|both(?:\s+the)?)\s+(?i:leaders|presidents|"
                     r"prime\s+ministers|premiers|ministers|foreign\s+ministers|defen[cs]e\s+ministers|heads\s+of"
                     r"\s+state|heads\s+of\s+government|men|women|royals|monarchs|sides'?\s+leaders))\b"
                     r"(?!\s+(?:of|who|that|which|said|say|says|told|added|agreed|discussed)\b)")


def resolve_plurals(text: str, sentences: Sequence[tuple[int, int]], people: list[Person]) -> list[Person]:
    """``people`` (in text order) with one more person for each one a plural subject stands for.

    Examples
    --------
    >>> t = "Macron hosted Scholz in Paris. The two leaders will travel to Kyiv."
    >>> ps = [Person(0, 6, "Macron", "Emmanuel Macron", "FR", "president", "surname"),
    ...       Person(14, 20, "Scholz", "Olaf Scholz", "DE", "chancellor", "surname")]
    >>> [(p.text, p.name) for p in resolve_plurals(t, [(0, 30), (31, 67)], ps)[2:]]
    [('The two leaders', 'Emmanuel Macron'), ('The two leaders', 'Olaf Scholz')]
    >>> t = "Macron spoke. The two leaders will travel to Kyiv."
    >>> len(resolve_plurals(t, [(0, 13), (14, 50)], ps[:1]))
    1
    """
    low = lower_text(text)
    if "they" not in low and "two " not in low and "both" not in low:
        return people
    out: list[Person] = []
    last_two: list[Person] | None = None
    for k, in_sent in enumerate(by_sentence(people, sentences)):
        s0, s1 = sentences[k]
        head = low[s0:s0 + 60]  # plain look-ups first: only after a sentence of two people, only a plural
        m = _PLURAL.match(text, s0, s1) if last_two is not None and (
            "they" in head or "two " in head or "both" in head) else None
        opening = text[s0:m.start("ref")].strip() if m is not None else ""
        if opening and not opening.endswith(","):
            m = None  # "On Friday, they ..." opens on them; "Talks they held" does not
        if m is not None and last_two is not None and not any(p.start < m.start("ref") for p in in_sent if p.name):
            a, b = m.span("ref")
            kind = "pronoun" if m.group("ref").lower() == "they" else "descriptor"
            for p in last_two:
                out.append(Person(a, b, text[a:b], p.name, p.country, p.role, kind, p.gender,
                                  f"{text[a:b]!r} = {p.text!r} and the other one named at {last_two[0].start}"))
        named = {}
        for p in in_sent:
            if p.name and p.kind != "pronoun" and p.role not in SPEAKER_ROLES:
                named.setdefault(p.name, p)
        if named:
            last_two = list(named.values()) if len(named) == 2 else None
    return sorted(people + out, key=lambda p: p.start) if out else people
