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

from geo.leaders import ROYAL_ROLES, SPEAKER_ROLES
from geo.text import by_sentence, lower_text
from geo.values import Person

__all__ = ["resolve_plurals", "of_role"]

#: A plural subject: "They", "The two leaders", "Both presidents", "The royal couple", after at most a
#: short opening phrase ("On Friday, ", "Later, ").
_PLURAL = re.compile(r"(?:(?:[A-Z][\w]*|on|in|at|the|last|this|next|later|then|early|late)[\s,]+){0,4}?"
                     # "The royal couple", "the imperial couple", "the pair": two people named as one
                     r"(?P<ref>(?i:they)|"
                     r"(?i:the\s+(?:royal\s+|imperial\s+|presidential\s+|visiting\s+)?(?:couple|pair|duo))|"
                     r"(?i:the\s+two|both(?:\s+the)?)\s+(?i:leaders|presidents|"
                     r"prime\s+ministers|premiers|ministers|foreign\s+ministers|defen[cs]e\s+ministers|heads\s+of"
                     r"\s+state|heads\s+of\s+government|men|women|royals|monarchs|sides'?\s+leaders))\b"
                     r"(?!\s+(?:of|who|that|which|said|say|says|told|added|agreed|discussed)\b)")


#: Words one of which a plural subject holds (lower case): the cheap look-up before ``_PLURAL``.
_PLURAL_WORDS = ("they", "two ", "both", "couple", "pair", "duo")
_ROYAL_REF = re.compile(r"(?i)\b(?:royal|imperial)\b")

_ROLE_NOUN = re.compile(r"(?i)(?:the\s+two|both(?:\s+the)?)\s+(?P<role>(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers|"
                        r"presidents|premiers)$")


def of_role(ref: str, named: Sequence[Person]) -> list[Person] | None:
    """The two people a plural ``ref`` stands for among ``named`` (those the sentence before named): both of
    them when it named two; when it named more, the two of the office the plural names ("The two Foreign
    Ministers" after a foreign minister, his counterpart and a president); else ``None``.

    Examples
    --------
    >>> ps = [Person(0, 8, "Wadephul", "Johann Wadephul", "DE", "foreign minister", "surname"),
    ...       Person(20, 26, "Barrot", "Jean-Noel Barrot", "FR", "foreign minister", "surname"),
    ...       Person(31, 37, "Macron", "Emmanuel Macron", "FR", "president", "surname")]
    >>> [p.name for p in of_role("the two Foreign Ministers", ps)]
    ['Johann Wadephul', 'Jean-Noel Barrot']
    >>> of_role("the two leaders", ps) is None, len(of_role("the two leaders", ps[:2]))
    (True, 2)
    """
    if len(named) == 2:
        return list(named)
    m = _ROLE_NOUN.match(ref)
    if m is None:
        return None
    role = " ".join(m.group("role").lower().split())[:-1].replace("defense", "defence")
    if role == "minister":
        fit = [p for p in named if p.role and "minister" in p.role and not p.role.startswith("former")]
    else:
        same = {role, "premier" if role == "prime minister" else role, "prime minister" if role == "premier" else role}
        fit = [p for p in named if p.role in same]
    return fit if len(fit) == 2 else None


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
    if not any(w in low for w in _PLURAL_WORDS):
        return people
    out: list[Person] = []
    last_two: list[Person] | None = None
    last_named: list[Person] = []  # the people the last sentence that named anyone named
    for k, in_sent in enumerate(by_sentence(people, sentences)):
        s0, s1 = sentences[k]
        head = low[s0:s0 + 60]  # plain look-ups first: only after a sentence of two people, only a plural
        m = _PLURAL.match(text, s0, s1) if len(last_named) >= 2 and any(w in head for w in _PLURAL_WORDS) else None
        opening = text[s0:m.start("ref")].strip() if m is not None else ""
        if opening and not opening.endswith(","):
            m = None  # "On Friday, they ..." opens on them; "Talks they held" does not
        if m is not None and last_named and not any(p.start < m.start("ref") for p in in_sent if p.name):
            last_two = of_role(m.group("ref"), last_named)
        if m is not None and last_two is not None and _ROYAL_REF.search(m.group("ref")) \
                and not all(p.role in ROYAL_ROLES for p in last_two):
            last_two = None  # "The royal couple" after "Albanese and his partner will meet King Charles": the royals'
                             # (geo.household reads it), not the last two named
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
            # for a plural of an office, the ones a pronoun names count as well ("There, he will meet his
            # counterpart Barrot and President Macron. The two Foreign Ministers ...")
            last_named = last_two or list({p.name: p for p in in_sent if p.name and p.role not in SPEAKER_ROLES}.values())
    return sorted(people + out, key=lambda p: p.start) if out else people
