"""A trip told inside a phrase put before the main clause: "Following Blinken's visit to Beijing, Yellen
will travel to China next month".

The fronted phrase is a clause of its own: the main clause's day ("next month") is not the fronted trip's,
which the phrase does not date. Its tense is left as read: "After a visit to Germany, the president will
travel to Peru" tells two trips still ahead, "Following Blinken's visit ..., Yellen will" may be either.
"""

from __future__ import annotations

import re

__all__ = ["fronted_end"]

#: From the sentence start to the cue: a fronted "Following/After/Fresh from/Back from ..." phrase that is
#: still open (no comma or semicolon yet).
_OPEN_FRONT = re.compile(r"\s*[\"“]?\s*(?i:following|after|fresh\s+from|back\s+from)\s[^,;.]{0,80}")
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
