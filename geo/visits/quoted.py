"""Quoted speech inside a sentence: its people are the speaker's words, not the narrator's clause's.

'"We look forward to talks between Putin and Xi in Beijing," Patrushev said at a meeting in Moscow with
Wang Yi': the clause after the quotation ("Patrushev said at a meeting in Moscow") has a subject of its
own, and neither Putin nor Xi, both only named inside the quotation, is it. English marks direct speech
with double quotation marks; :func:`quotations` finds the closed ones in a stretch of text, and a cue
outside them does not take its traveller from inside (:func:`geo.visits.context.subject`).

Only a quotation of several words counts as speech: a quoted nickname or title ('Mohammed "MBS" bin
Salman', 'the "Quad" summit') is part of the name or phrase around it. Single quotation marks are left
alone: they mark nicknames ("Pushpa Kamal Dahal 'Prachanda'") and apostrophes as often as speech.
"""

from __future__ import annotations

import re

__all__ = ["quotations", "MIN_WORDS"]

#: The fewest words a quotation needs to be someone's speech rather than a quoted name or term.
MIN_WORDS = 4

_QUOTE = re.compile(r"\"[^\"]*\"|“[^“”]*”")
_WORD = re.compile(r"\w+")


def quotations(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The closed double-quoted stretches of at least :data:`MIN_WORDS` words in ``text[a:b]``, marks included.

    Examples
    --------
    >>> t = '"We look forward to talks between Putin and Xi," Patrushev said.'
    >>> [t[x:y][-6:] for x, y in quotations(t, 0, len(t))]
    ['d Xi,"']
    >>> quotations('Mohammed "MBS" bin Salman arrived.', 0, 33)
    []
    >>> quotations('He said "we will go', 0, 19)  # not closed in the stretch: nothing is known to be quoted
    []
    """
    if text.find('"', a, b) < 0 and text.find("“", a, b) < 0:
        return []  # most stretches hold no quotation mark: no copy of the text made to find it out
    return [m.span() for m in _QUOTE.finditer(text, a, b) if len(_WORD.findall(m.group(0))) >= MIN_WORDS]

