"""Who "the Obamas" or "the first family" is: a couple or family named as one, standing for the member
the story named.

"Barack Obama is cutting his trip short. The Obamas touched down in El Salvador today": the family is
named by its member's surname in the plural ("the Obamas", "the Macrons", "the Sanchezes"), or as the
head of state's household ("the first family", "the first couple", "the presidential family"), or a royal's
("the royal couple", "the couple" after a royal, "the Duke and Duchess", "the Prince and Princess of Wales"). The
member the story named travels with it: :func:`geo.coreference.resolve_pronouns` asks
:func:`resolve_households` once names and pronouns are resolved, and each such reference becomes a
:class:`~geo.values.Person` of that member at its span, so that a cue whose subject it is finds him.

Only a reference that opens its sentence (after at most a short opening phrase, "On Tuesday, the
Obamas ...", or any phrase closed by a comma, "For the last leg of their tour, the royal couple ...") is
read, as for the plurals of :mod:`geo.plurals`; a surname in the plural is read only
when the story named someone of that surname before it ("the Philippines" names no one), and the first
family only when it named a president, king or prime minister before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.leaders import ROYAL_ROLES, surname
from geo.values import Person

__all__ = ["resolve_households"]

#: "The Obamas", "the Sanchezes", "The first family", "the first couple", "the presidential family", after
#: at most a short opening phrase ("On Tuesday, ", "Later, ").
_HOUSEHOLD = re.compile(r"(?:[^.;:!?\n]{0,60}?,\s+|(?:(?:[A-Z]\w*|on|in|at|last|this|next|later|then|early|late)[\s,]+){0,4}?)"
                        r"(?P<ref>[Tt]he\s+(?:(?P<stem>[A-Z][^\W\d_]+?)(?:es|s)|(?P<first>(?i:first|presidential)\s+"
                        r"(?i:family|couple))|(?P<imperial>(?i:imperial)\s+(?i:family|couple))|(?P<couple>couple)|"
                        r"(?P<royal>(?i:royal\s+(?:family|couple))|(?:Duke\s+and\s+Duchess|Prince\s+and\s+Princess)"
                        r"(?:\s+of\s+[A-Z]\w+)?)))\b(?!['’])")
#: A royal's form of address right before the name the story gives: "Prince William", "the Duke of ...".
_ROYAL_BEFORE = re.compile(r"(?:Prince|Princess|Duke|Duchess|King|Queen|Emperor|Empress)\s+$")
#: Roles of a royal: whose couple "the royal couple" is (with those named as "Prince William", :data:`_ROYAL_BEFORE`).
#: Offices whose holder's household "the first family" is.
_HEADS = ("president", "king", "queen", "prime minister", "emir", "sultan", "monarch")


def resolve_households(text: str, sentences: Sequence[tuple[int, int]], people: list[Person]) -> list[Person]:
    """``people`` (in text order) with one more person for each household reference that opens a sentence.

    Examples
    --------
    >>> t = "Barack Obama cut his trip short. The Obamas touched down in El Salvador."
    >>> obama = Person(0, 12, "Barack Obama", "Barack Obama", "US", "president", "name")
    >>> [(p.text, p.name) for p in resolve_households(t, [(0, 32), (33, 73)], [obama])[1:]]
    [('The Obamas', 'Barack Obama')]
    >>> t = "Barack Obama spoke. The first family will depart for Brazil."
    >>> [(p.text, p.name) for p in resolve_households(t, [(0, 19), (20, 60)], [obama])[1:]]
    [('The first family', 'Barack Obama')]
    >>> t = "Barack Obama spoke. The Philippines will host him."
    >>> len(resolve_households(t, [(0, 19), (20, 50)], [obama]))
    1
    """
    if "he " not in text:  # no "the"/"The" at all: nothing to read
        return people
    out: list[Person] = []
    for s0, s1 in sentences:
        m = _HOUSEHOLD.match(text, s0, s1)
        if m is None or text[s0:m.start("ref")].strip() and not text[s0:m.start("ref")].rstrip().endswith(","):
            continue  # "On Tuesday, the Obamas" opens on them; "Talks the Obamas held" does not
        a, b = m.span("ref")
        if any(p.start < b and a < p.end for p in people):
            continue  # already someone there
        before = [p for p in people if p.end <= a and p.name and p.kind != "pronoun"]
        if m.group("stem"):
            stem = m.group("stem").lower()
            member = next((p for p in reversed(before) if surname(p.name) == stem), None)
        else:
            if m.group("imperial"):  # "the imperial couple": the emperor's
                of = [p for p in before if p.role == "emperor"]
            elif m.group("royal") or m.group("couple"):  # "the Duke and Duchess", "the couple": a royal named ("Prince
                # William"); a bare "the couple" after a president may be a couple he met
                of = [p for p in before if p.role in ROYAL_ROLES or _ROYAL_BEFORE.search(text, max(0, p.start - 9), p.start)]
            else:  # "the first family": the head of state's or government's
                of = [p for p in before if p.role and any(h in p.role for h in _HEADS) and not p.role.startswith("former")]
            member = of[-1] if of else None
        if member is not None:
            out.append(Person(a, b, text[a:b], member.name, member.country, member.role, "descriptor",
                              member.gender, f"{text[a:b]!r} = {member.text!r}'s household"))
    return sorted(people + out, key=lambda p: p.start) if out else people
