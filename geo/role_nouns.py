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
from collections.abc import Sequence

from geo.names import NAME
from geo.text import HONORIFICS

__all__ = ["HONORIFIC_RUN", "OFFICE_WORDS", "office_words", "ROLE_NOUNS", "role_noun_names", "appositive_role_names", "office_of_then_name", "name_then_country"]

#: Nouns of role written before a name in place of a title.
ROLE_NOUNS = ("chief", "head", "director", "commander", "negotiator", "aide", "adviser", "advisor",
              "diplomat", "envoy", "representative", "coordinator", "mediator", "czar", "tsar", "official",
              "senator", "lawmaker", "congressman", "congresswoman", "legislator")
#: A run of honorifics before a name, each with its optional stop: "H.E. Sheikh ", "the Honourable " less "the".
HONORIFIC_RUN = r"(?:(?:" + "|".join(sorted((re.escape(h.rstrip(".")) for h in HONORIFICS), key=len, reverse=True)) \
    + r")\.?\s+)*"
_ROLE_NOUN_NAME = re.compile(r"(?<![\w\-])(?P<role>" + "|".join(ROLE_NOUNS) + r")\s+" + HONORIFIC_RUN + r"(?P<name>" + NAME + ")")


def role_noun_names(text: str, offices: Sequence[tuple[int, str]]) -> Iterator[tuple[str, int, str, int]]:
    """``(role noun, name start, name as matched, role noun start)`` of each run of capitalised words
    written right after a lower-case noun of role; the caller trims the run to the name, keeps names of
    two words or more and reads a country written before the noun ("Mexican senator Ana Lopez").
    ``offices`` are ``(start, word)`` of the words of :data:`OFFICE_WORDS` in the text, lower-cased
    (:func:`office_words`).

    Examples
    --------
    >>> t = "US public diplomacy chief Karen Hughes arrived."
    >>> [(r, n) for r, _, n, _ in role_noun_names(t, office_words(t))]
    [('chief', 'Karen Hughes')]
    >>> t = "The army chief Gen. Asim Munir met him."
    >>> [(r, n, t[:at]) for r, _, n, at in role_noun_names(t, office_words(t))]
    [('chief', 'Asim Munir', 'The army ')]
    >>> list(role_noun_names(t := "He is head of state. The Chief Justice spoke.", office_words(t)))
    []
    """
    for at, noun in offices:
        if noun in ROLE_NOUNS and text[at].islower() and (m := _ROLE_NOUN_NAME.match(text, at)) is not None:
            yield m.group("role"), m.start("name"), m.group("name"), at


#: The offices an apposition names with no article before them: "X, director of ...", "X, minister for ...".
_APPOSITIVE_ROLES = (*ROLE_NOUNS, "minister", "secretary", "ambassador", "president", "spokesman", "spokeswoman",
                     "spokesperson", "undersecretary", "deputy", "governor", "chairman", "chairwoman", "chair")
#: A name that opens a sentence, a clause or a list item, a comma, then an office with its "of" or "for":
#: "..., and Salman Ahmed, director of the policy planning staff, held ..."
_PREPOSITION_AFTER = re.compile(r"\s+(?:of|at|for|to|in|with)\s")
_COMMA_THEN_ROLE = re.compile(r",\s+(?-i:(?!(?:the|a|an)\s)(?:[a-z][\w\-]*|[A-Z]{2,5})\s+){0,3}?(?P<role>"
                              + "|".join(_APPOSITIVE_ROLES) + r")\s+(?:of|at|for|to|in|with)\s", re.I)
_NAME_BEFORE_COMMA = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=[.!?]\s)|(?<=\n))(?P<name>" + NAME
                                + r")$", re.M)


def appositive_role_names(text: str, offices: Sequence[tuple[int, str]]) -> Iterator[tuple[str, int, str, int, int]]:
    """``(role noun, name start, name as matched, start, end of what the office is of)`` of each name
    written before a comma and an office with no article ("Salman Ahmed, director of ...", "Mohammad Al
    Gergawi, Minister of Cabinet Affairs"). The office is of what follows its "of" up to the next comma
    or stop ("Taneti Maamau, President of Kiribati, ..."); after any other preposition it is of nothing
    (the start and end are equal): "X, ambassador to France" is posted there, not from there.

    Examples
    --------
    >>> t = "Miao Deyu and Salman Ahmed, director of the policy planning staff, held talks."
    >>> [(r, n) for r, _, n, _, _ in appositive_role_names(t, office_words(t))]
    [('director', 'Salman Ahmed')]
    >>> t = "Sheikh Abdullah; Mohammad Al Gergawi, Minister of Cabinet Affairs"
    >>> [(r, n) for r, _, n, _, _ in appositive_role_names(t, office_words(t))]
    [('Minister', 'Mohammad Al Gergawi')]
    >>> t = "Taneti Maamau, President of Kiribati, arrived; Ann Lee, ambassador to France, too."
    >>> [(r, n, t[a:b]) for r, _, n, a, b in appositive_role_names(t, office_words(t))]
    [('President', 'Taneti Maamau', 'Kiribati'), ('ambassador', 'Ann Lee', '')]
    >>> list(appositive_role_names(t := "He flew to Nairobi, capital of Kenya, on Monday.", office_words(t)))
    []
    """
    for at, word in offices:  # the office first, then the comma before it, then the name
        if not _PREPOSITION_AFTER.match(text, at + len(word)):
            continue
        comma = text.rfind(",", max(0, at - 40), at)
        if comma >= 0 and (m := _COMMA_THEN_ROLE.match(text, comma)) is not None and m.start("role") == at \
                and (name := _NAME_BEFORE_COMMA.search(text, max(0, comma - 80), comma)) is not None:
            of = m.end()
            end = _OF_END.search(text, of, of + 70) if text[of - 3:of - 1].lower() == "of" else None
            yield m.group("role"), name.start("name"), name.group("name"), of, end.start() if end else of


#: Where the thing an office is of ends: the apposition's closing comma, a stop, a bracket or a line end.
_OF_END = re.compile(r"[,;.()\n]")

#: An office "of" a country or body, a comma, then the name: "the President of the friendly Republic of
#: Zambia, Hakende Hichilema, ...", "the Secretary of the US Department of Housing, Marcia L. Fudge, arrived".
#: The name closes the apposition (a comma, a stop, a bracket, a semicolon or "and").
_ROLE_OF_THEN_NAME = re.compile(r"(?P<role>(?i:president|prime\s+minister|vice[\s-]president|minister|secretary|"
                                r"king|emir|amir|sultan|premier|chancellor|ambassador|envoy|chairman|speaker))"
                                r"\s+of\s+(?P<of>(?:the\s+)?[^,;.\n]{0,70}?[A-Z][\w\-]+),\s+(?:the\s+)?" + HONORIFIC_RUN + r"(?P<name>" + NAME
                                + r")(?=\s*[,;.()]|\s+and\b)")


def office_of_then_name(text: str, offices: Sequence[tuple[int, str]]) -> Iterator[tuple[str, int, str, int, int]]:
    """``(office, name start, name as matched, start, end of what the office is of)`` of each name
    written after an office of a country or body and a comma; ``offices`` as for :func:`role_noun_names`.

    Examples
    --------
    >>> t = "He met the President of the friendly Republic of Zambia, Hakende Hichilema, and others."
    >>> [(r, n, t[a:b]) for r, _, n, a, b in office_of_then_name(t, office_words(t))]
    [('President', 'Hakende Hichilema', 'the friendly Republic of Zambia')]
    >>> t = "He is joined by the Minister of Foreign Affairs, the Honourable Hugh Todd, and others."
    >>> [(r, n, t[a:b]) for r, _, n, a, b in office_of_then_name(t, office_words(t))]
    [('Minister', 'Hugh Todd', 'Foreign Affairs')]
    """
    for at, word in offices:
        if not text.startswith(" of ", at + len(word)) or (m := _ROLE_OF_THEN_NAME.match(text, at)) is None:
            continue
        yield m.group("role"), m.start("name"), m.group("name"), m.start("of"), m.end("of")


#: A list's item: a name, then its country in brackets ("; Paul Kagame (Rwanda); Adama Barrow (Gambia);").
_BRACKET_COUNTRY = re.compile(r"\s+\((?P<of>[A-Z][^()\n]{2,40})\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<name>" + NAME + r")$", re.M)


def name_then_country(text: str) -> Iterator[tuple[str, int, str, int, int]]:
    """``("", name start, name as matched, start, end of the bracket)`` of each list item written as a
    name and its country in brackets; the caller keeps those whose bracket names a country.

    Examples
    --------
    >>> t = "Also present were Paul Kagame (Rwanda); Adamu Barrow (Gambia); and others."
    >>> [(n, t[a:b]) for _, _, n, a, b in name_then_country(t)]
    [('Adamu Barrow', 'Gambia')]
    """
    at = text.find(" (")
    while at >= 0:  # the bracket first, found as plain text, then the name before it
        if (m := _BRACKET_COUNTRY.match(text, at)) is not None \
                and (name := _NAME_BEFORE_BRACKET.search(text, max(0, at - 60), at)) is not None:
            yield "", name.start("name"), name.group("name"), m.start("of"), m.end("of")
        at = text.find(" (", at + 1)



#: Every word the patterns here start from (lower case), found by the caller in one pass over the text.
OFFICE_WORDS = frozenset((*ROLE_NOUNS, *_APPOSITIVE_ROLES, "prime minister", "vice president", "vice-president",
                          "king", "emir", "amir", "sultan", "premier", "chancellor"))
# the longer first, words of one length in a fixed order (not the set's, which changes with each process's
# hash seed): the same pattern text in every process, so its compiled code can be kept (geo.engine.regex_cache)
_OFFICE_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(OFFICE_WORDS, key=lambda w: (-len(w), w))) + r")\b")


def office_words(text: str) -> list[tuple[int, str]]:
    """``(start, word)`` of each word of :data:`OFFICE_WORDS` in ``text``, lower-cased: what
    :func:`role_noun_names` and the others start from (:mod:`geo.people` finds them in its own pass).

    Examples
    --------
    >>> office_words("The Prime Minister and army chief Asim Munir")
    [(4, 'prime minister'), (28, 'chief')]
    """
    return [(m.start(), m.group(0).lower()) for m in _OFFICE_WORD.finditer(text)]
