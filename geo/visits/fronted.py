"""A trip told in a phrase that is not the main clause: "Following Blinken's visit to Beijing, Yellen
will travel to China next month" (:func:`fronted_end`), "Ahead of Modi's visit to the US, officials met on
Monday" (:func:`ahead_of_trip`).

The fronted phrase is a clause of its own: the main clause's day ("next month") is not the fronted trip's,
which the phrase does not date. Its tense is left as read: "After a visit to Germany, the president will
travel to Peru" tells two trips still ahead, "Following Blinken's visit ..., Yellen will" may be either.
A trip told as what something happens before ("ahead of", "in the run-up to") is still to come, and the
day of the clause around it is not its day either.
"""

from __future__ import annotations

import re

__all__ = ["FRONT_WORDS", "ahead_of_trip", "fronted_end"]

#: The words that open a phrase put before the main clause about an earlier trip ("Following ...,").
FRONT_WORDS = r"(?i:following|after|fresh\s+from|back\s+from)"
#: From the sentence start to the cue: a fronted phrase that is still open (no comma or semicolon yet).
_OPEN_FRONT = re.compile(r"\s*[\"“]?\s*" + FRONT_WORDS + r"\s[^,;.]{0,80}")
_COMMA = re.compile(r",")


def fronted_end(text: str, sentence_start: int, cue: int, place_end: int) -> re.Match[str] | None:
    """The comma that closes a fronted phrase the cue at ``cue`` stands in, searched in
    ``text[place_end:place_end + 40]`` (so its ``start()`` counts from ``place_end``), else ``None``.

    Examples
    --------
    >>> t = "Following Blinken's visit to Beijing, Yellen will travel to China next month."
    >>> fronted_end(t, 0, 27, 36).start()
    0
    >>> t = "Yellen will travel to China next month, after Blinken's visit."
    >>> fronted_end(t, 0, 12, 27) is None
    True
    """
    if not _OPEN_FRONT.fullmatch(text, sentence_start, cue):
        return None
    return _COMMA.search(text[place_end:place_end + 40])


#: "Ahead of the state visit of", "In the run-up to his trip", "in preparation for Xi's visit": up to the trip noun
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run[- ]up\s+to|in\s+preparation\s+for|to\s+prepare\s+for|"
                       r"to\s+lay\s+the\s+ground\s+for)\s+(?:[\w’'.\-]+\s+){0,8}$", re.I)


def ahead_of_trip(text: str, s0: int, c0: int, c1: int, s1: int) -> tuple[int, int] | None:
    """The span of the phrase a trip noun at ``text[c0:c1]`` stands in when something is told to happen
    ahead of that trip, from the phrase's first word to the comma that closes it (else the sentence's end);
    ``None`` when the trip is not so told.

    Examples
    --------
    >>> t = "Ahead of Modi's visit to the United States, officials briefed reporters on Monday."
    >>> a, b = ahead_of_trip(t, 0, t.index("visit"), t.index("visit") + 9, len(t))
    >>> t[a:b]
    "Ahead of Modi's visit to the United States"
    >>> t = "Modi's visit to the United States began on Monday."
    >>> ahead_of_trip(t, 0, t.index("visit"), t.index("visit") + 9, len(t)) is None
    True
    """
    m = _AHEAD_OF.search(text, max(s0, c0 - 80), c0)
    if m is None:
        return None
    close = text.find(",", c1, s1)
    return m.start(), (close if close >= 0 else s1)
