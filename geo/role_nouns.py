"""A name after a common noun of role: "public diplomacy chief Karen Hughes", "IAEA head Rafael
Grossi", "chief negotiator Ali Bagheri Kani", "army commander Gen. Asim Munir"; or before one, in an
apposition without an article: "Salman Ahmed, director of policy planning, ...".

English news puts a lower-case noun of role right before a name as if it were a title (no article,
no comma between them). Such a name is a person whatever office the noun names, though the leaders
table may not know them; :mod:`geo.people` asks :func:`role_noun_names` for them. Only names of two
words or more are taken: one capitalised word after such a noun is as often a body or a place
("chief Hamas negotiator").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.names import NAME
from geo.text import HONORIFICS

__all__ = ["ROLE_NOUNS", "role_noun_names", "appositive_role_names"]

#: Nouns of role written before a name in place of a title.
ROLE_NOUNS = ("chief", "head", "director", "commander", "negotiator", "aide", "adviser", "advisor",
              "diplomat", "envoy", "representative", "coordinator", "mediator", "czar", "tsar", "official")
_HONORS = r"(?:(?:" + "|".join(sorted((re.escape(h.rstrip(".")) for h in HONORIFICS), key=len, reverse=True)) \
    + r")\.?\s+)*"
_ROLE_NOUN_NAME = re.compile(r"(?<![\w\-])(?P<role>" + "|".join(ROLE_NOUNS) + r")\s+" + _HONORS + r"(?P<name>" + NAME + ")")


def role_noun_names(text: str) -> Iterator[tuple[str, int, str]]:
    """``(role noun, name start, name as matched)`` of each run of capitalised words written right
    after a lower-case noun of role; the caller trims the run to the name and keeps names of two
    words or more.

    Examples
    --------
    >>> [(r, n) for r, _, n in role_noun_names("US public diplomacy chief Karen Hughes arrived.")]
    [('chief', 'Karen Hughes')]
    >>> [(r, n) for r, _, n in role_noun_names("The army chief Gen. Asim Munir met him.")]
    [('chief', 'Asim Munir')]
    >>> list(role_noun_names("He is head of state. The Chief Justice spoke."))
    []
    """
    if not any(w in text for w in ROLE_NOUNS):
        return
    for m in _ROLE_NOUN_NAME.finditer(text):
        yield m.group("role"), m.start("name"), m.group("name")


#: The offices an apposition names with no article before them: "X, director of ...", "X, minister for ...".
_APPOSITIVE_ROLES = (*ROLE_NOUNS, "minister", "secretary", "ambassador", "president", "spokesman", "spokeswoman",
                     "spokesperson", "undersecretary", "deputy", "governor", "chairman", "chairwoman", "chair")
#: A name that opens a sentence, a clause or a list item, a comma, then an office with its "of" or "for":
#: "..., and Salman Ahmed, director of the policy planning staff, held ..."
_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=[.!?]\s)|(?<=\n))(?P<name>" + NAME
                             + r"),\s+(?:(?:[a-z][\w\-]*|[A-Z]{2,5})\s+){0,3}?(?P<role>"
                             + "|".join(_APPOSITIVE_ROLES) + r")\s+(?:of|at|for|to|in|with)\s", re.M)


def appositive_role_names(text: str) -> Iterator[tuple[str, int, str]]:
    """``(role noun, name start, name as matched)`` of each name written before a comma and an office
    with no article ("Salman Ahmed, director of ...", "Ali Sabry, minister for foreign affairs, ...").

    Examples
    --------
    >>> t = "Miao Deyu and Salman Ahmed, director of the policy planning staff, held talks."
    >>> [(r, n) for r, _, n in appositive_role_names(t)]
    [('director', 'Salman Ahmed')]
    >>> list(appositive_role_names("He flew to Nairobi, capital of Kenya, on Monday."))
    []
    """
    if ", " not in text:
        return
    for m in _NAME_THEN_ROLE.finditer(text):
        yield m.group("role"), m.start("name"), m.group("name")
