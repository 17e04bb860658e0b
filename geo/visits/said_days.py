"""A day told for the saying is not the day of the visit said about.

"The foreign minister on Thursday hailed Li's visit to Australia as fruitful", "Officials on Monday
announced the president's visit to Japan", "On Friday, the Kremlin confirmed Putin's visit to China":
the weekday or date times the verb of saying or judging whose object is the visit (a noun), not the
visit itself, which may lie days or weeks away. :func:`day_of_saying` tells such a day so that the
visit keeps none (a visit with no day is still drawn; a wrong day is a wrong visit).

A day told after the visit's noun ("hailed his visit to Japan on Thursday") is left alone: it may
be the visit's own; and so is "the minister on Thursday concluded his visit", where the verb is the
visit's own end (:mod:`geo.visits.document` reads it), and a visit told as under way ("hailed the
president's ongoing visit"), which the day of the saying falls in.
"""

from __future__ import annotations

import re

__all__ = ["day_of_saying"]

#: A verb of saying or judging whose object is the visit noun that follows within a few words: "hailed
#: Prime Minister Berg's recent visit to", "announced the president's visit to"
_SAYING = re.compile(r"\b(?:hail(?:ed|s)|prais(?:ed|es)|laud(?:ed|s)|describ(?:ed|es)|term(?:ed|s)|"
                     r"announc(?:ed|es)|confirm(?:ed|s)|critici[sz](?:ed|es)|condemn(?:ed|s)|defend(?:ed|s)|"
                     r"recall(?:ed|s)|review(?:ed|s)|assess(?:ed|es)|discuss(?:ed|es)|summ(?:ed|ing)\s+up)\s+"
                     r"(?:[\w\-.]+(?:['’]s?)?\s+){0,7}$", re.I)


#: The visit said about told as under way: "hailed the president's ongoing visit" - the day of the saying is in it
_UNDER_WAY = re.compile(r"\b(?:ongoing|current|continuing|present)\b", re.I)


def day_of_saying(text: str, s0: int, c0: int, date_offset: int) -> bool:
    """Is the day told at ``date_offset`` the day of a verb of saying whose object is the visit noun
    starting at ``c0`` (the day told before that verb, in the sentence starting at ``s0``)?

    Examples
    --------
    >>> t = "The foreign minister on Thursday hailed Prime Minister Anna Berg's visit to Japan."
    >>> day_of_saying(t, 0, t.index("visit"), t.index("Thursday"))
    True
    >>> t = "Prime Minister Anna Berg on Thursday began her visit to Japan."
    >>> day_of_saying(t, 0, t.index("visit"), t.index("Thursday"))
    False
    """
    if not s0 <= date_offset < c0:
        return False
    m = _SAYING.search(text, max(s0, date_offset, c0 - 90), c0)
    return m is not None and not re.search(r"[,;:]", text[m.start():c0]) and not _UNDER_WAY.search(text, m.start(), c0)
