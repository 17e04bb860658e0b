"""Is a person after "and" the subject of a second clause, not a second object of the first?

"Widodo visited Canberra in March, and Philippine President Marcos visited Tokyo in April": two
trips by two people in one sentence. The person right after "and" who stands right before the
cue's verb is that clause's subject once the words before "and" hold a verb of their own (the
first clause is whole); "Widodo and Marcos visited Tokyo" (no verb before "and") is one
subject of two people and "met President Elbegdorj and Prime Minister Batbold" (the cue does not
follow the second name) is one object of two.
"""

from __future__ import annotations

import re

from geo.portfolios import ROLE_WORDS

__all__ = ["opens_clause"]

_ROLE = "|".join(sorted((re.escape(t) for t in ROLE_WORDS), key=len, reverse=True))
#: "and" then what may stand before a name: titles, capitalised words, "the", an aside's commas
#: (", and French Foreign Minister ", " and the Philippine president, ")
_AND_TITLE = re.compile(r"\band\s+(?:(?:the|his|her|its|their|(?i:" + _ROLE + r")|[A-Z][\w.’'\-]*|of),?\s+)*$")
#: A verb of the first clause: a past form, a finite auxiliary or a common irregular verb of trips and talks
_VERB = re.compile(r"\b(?:[a-z]{2,}ed|went|flew|met|made|paid|held|left|took|came|spent|began|was|were|is|are|"
                   r"will|would|has|had|have|arrives|visits|travels|flies|heads|lands|tours|meets)\b")
#: What may stand between the second subject and its verb: auxiliaries, adverbs ("and Marcos will also fly")
#: ("meet with President Elbegdorj and Prime Minister Batbold to address": an object's infinitive is no clause)
_TO_VERB = re.compile(r"\s*(?:(?:also|then|later|too|in\s+turn|will|would|shall|is|was|has|had|have|be|been|[a-z]+ly|"
                      r"(?:is|was|are|were|be)\s+(?:due|set|expected|scheduled|going)\s+to)\s+)*")


def opens_clause(text: str, a: int, b: int, c: int, pos: int) -> bool:
    """Is the person at ``b``-``c`` after "and" the subject of the clause whose cue is at ``pos``,
    given the words from ``a`` (the end of the clause's first person)?

    Examples
    --------
    >>> t = "Widodo visited Canberra in March, and Philippine President Marcos visited Tokyo in April."
    >>> opens_clause(t, t.index(" visited"), t.index("Marcos"), t.index(" visited Tokyo"), t.index("visited Tokyo"))
    True
    >>> t = "Widodo will meet President Elbegdorj and Prime Minister Batbold to address the forum."
    >>> opens_clause(t, t.index(" will"), t.index("Batbold"), t.index(" to address"), t.index("address"))
    False
    >>> t = "Widodo and Marcos visited Tokyo."
    >>> opens_clause(t, t.index(" and"), t.index("Marcos"), t.index(" visited"), t.index("visited"))
    False
    >>> t = "Widodo met President Elbegdorj and Prime Minister Batbold before flying to Tokyo."
    >>> opens_clause(t, t.index(" met"), t.index("Batbold"), t.index(" before"), t.index("flying"))
    False
    """
    if text.find("and ", a, b) < 0:
        return False  # most gaps hold no "and": no regex run
    joined = _AND_TITLE.search(text, a, b)
    if joined is None or not _VERB.search(text, a, joined.start()):
        return False
    return _TO_VERB.fullmatch(text, c, pos) is not None
