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

__all__ = ["ROLE_NOUNS", "role_noun_names", "appositive_role_names", "office_of_then_name", "name_then_country"]

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
_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=[.!?]\s)|(?<=\n))(?P<name>(?-i:" + NAME
                             + r")),\s+(?-i:(?!(?:the|a|an)\s)(?:[a-z][\w\-]*|[A-Z]{2,5})\s+){0,3}?(?P<role>"
                             + "|".join(_APPOSITIVE_ROLES) + r")\s+(?:of|at|for|to|in|with)\s", re.M | re.I)


def appositive_role_names(text: str) -> Iterator[tuple[str, int, str]]:
    """``(role noun, name start, name as matched)`` of each name written before a comma and an office
    with no article ("Salman Ahmed, director of ...", "Mohammad Al Gergawi, Minister of Cabinet Affairs").

    Examples
    --------
    >>> t = "Miao Deyu and Salman Ahmed, director of the policy planning staff, held talks."
    >>> [(r, n) for r, _, n in appositive_role_names(t)]
    [('director', 'Salman Ahmed')]
    >>> [(r, n) for r, _, n in appositive_role_names("Sheikh Abdullah; Mohammad Al Gergawi, Minister of Cabinet Affairs")]
    [('Minister', 'Mohammad Al Gergawi')]
    >>> list(appositive_role_names("He flew to Nairobi, capital of Kenya, on Monday."))
    []
    """
    if ", " not in text:
        return
    for m in _NAME_THEN_ROLE.finditer(text):
        yield m.group("role"), m.start("name"), m.group("name")


#: An office "of" a country or body, a comma, then the name: "the President of the friendly Republic of
#: Zambia, Hakende Hichilema, ...", "the Secretary of the US Department of Housing, Marcia L. Fudge, arrived".
#: The name closes the apposition (a comma, a stop, a bracket, a semicolon or "and").
_ROLE_OF_THEN_NAME = re.compile(r"\b(?P<role>(?i:president|prime\s+minister|vice[\s-]president|minister|secretary|"
                                r"king|emir|amir|sultan|premier|chancellor|ambassador|envoy|chairman|speaker))"
                                r"\s+of\s+(?P<of>(?:the\s+)?[^,;.\n]{0,70}?[A-Z][\w\-]+),\s+(?P<name>" + NAME
                                + r")(?=\s*[,;.()]|\s+and\b)")


def office_of_then_name(text: str) -> Iterator[tuple[str, int, str, int, int]]:
    """``(office, name start, name as matched, start, end of what the office is of)`` of each name
    written after an office of a country or body and a comma.

    Examples
    --------
    >>> t = "He met the President of the friendly Republic of Zambia, Hakende Hichilema, and others."
    >>> [(r, n, t[a:b]) for r, _, n, a, b in office_of_then_name(t)]
    [('President', 'Hakende Hichilema', 'the friendly Republic of Zambia')]
    """
    if " of " not in text:
        return
    for m in _ROLE_OF_THEN_NAME.finditer(text):
        yield m.group("role"), m.start("name"), m.group("name"), m.start("of"), m.end("of")


#: A list's item: a name, then its country in brackets ("; Paul Kagame (Rwanda); Adama Barrow (Gambia);").
_NAME_THEN_BRACKET = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<name>" + NAME + r")\s+\((?P<of>[A-Z][^()\n]{2,40})\)",
                                re.M)


def name_then_country(text: str) -> Iterator[tuple[str, int, str, int, int]]:
    """``("", name start, name as matched, start, end of the bracket)`` of each list item written as a
    name and its country in brackets; the caller keeps those whose bracket names a country.

    Examples
    --------
    >>> t = "Also present were Paul Kagame (Rwanda); Adamu Barrow (Gambia); and others."
    >>> [(n, t[a:b]) for _, _, n, a, b in name_then_country(t)]
    [('Adamu Barrow', 'Gambia')]
    """
    if " (" not in text:
        return
    for m in _NAME_THEN_BRACKET.finditer(text):
        yield "", m.start("name"), m.group("name"), m.start("of"), m.end("of")
