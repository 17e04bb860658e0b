"""A visit's own clause that says it was done from afar: no trip.

"Putin addressed the BRICS summit in Johannesburg by video link", "Zelensky spoke to the summit in
Vilnius via video", "took part in the G20 summit in New Delhi virtually", "held talks in a virtual
meeting": the traveller never left home, whatever the verb. The means is read in the visit's own clause:
from the clause's start (the sentence's, or the last comma or semicolon before the cue) to the next
comma after the place, so that another meeting of the sentence told as remote ("arrived in Washington
on Monday, a week after talks by video link") leaves the trip alone. This stretch is narrower than a clause of
:func:`geo.text.clauses`, which does not end at ", and ..." or ", adding that ...": read by those clauses, "Kerry
met with Mr. Kiir in South Sudan on Friday, and later spoke by phone to Machar" and "Addressing the briefing on
Modi's visit to Rome, ..., adding that last year's summit was held virtually" would lose an in-person visit to
the other clause's means (the only 3 cues in the corpora of ``benchmarks/events_speed.py`` where the two
readings differ). :func:`not_travelled` joins this
to the trips only supposed (:func:`geo.visits.hypothetical.supposed`), the other reading that makes a
cue tell no trip.
"""

from __future__ import annotations

import re

from geo.visits.hypothetical import supposed
from geo.word_search import fold_case, has_word

__all__ = ["told_remote", "not_travelled"]

#: The means of taking part from afar: "by video link", "via videoconference", "over the phone", "virtually"
#: (not "virtually all"), "remotely", "online", "in a virtual meeting".
_REMOTE = re.compile(
    r"\b(?:by|via|over|through)\s+(?:a\s+|an\s+|the\s+)?(?:video(?:[\s-]?(?:link|conference|call|message))?|"
    r"videoconference|teleconference|(?:tele)?phone|satellite\s+link|zoom)\b"
    r"|\bvirtually\b(?!\s+(?:all|every|any|no|none|nothing|certain|unanimous|impossible|identical|the\s+same|"
    r"unchanged|unknown|ignored|guaranteed))"
    r"|\b(?:remotely|online)\b"
    r"|\bin\s+(?:a|an|the)\s+(?:virtual|video|online|tele(?:phone)?|phone)[\s-]+(?:meeting|summit|call|conference|"
    r"session|format|address|talks|exchange)\b", re.I)
#: Words one of which every match of :data:`_REMOTE` holds, as :func:`geo.text.fold_case` writes them ("phone",
#: "telephone" hold "phon", "videoconference" "video", "teleconference" "tele").
_REMOTE_WORDS = ("video", "tele", "phon", "satellite", "zoom", "virtual", "remotely", "online")
#: Where the cue's own stretch starts (the last of these before the cue) and ends (the first after its place).
_CLAUSE_START = re.compile(r"[,;:(]")
_CLAUSE_END = re.compile(r"[,;:.!?()]")


def told_remote(text: str, s0: int, c0: int, end: int) -> bool:
    """Does the clause of the cue at ``c0`` (its place ending at ``end``) tell it was done from afar?

    Examples
    --------
    >>> t = "Putin addressed the BRICS summit in Johannesburg by video link on Wednesday."
    >>> told_remote(t, 0, t.index("addressed"), t.index(" by"))
    True
    >>> t = "Modi arrived in Washington on Monday, a week after talks by video link with Biden."
    >>> told_remote(t, 0, t.index("arrived"), t.index(" on"))
    False
    """
    if not has_word(fold_case(text), _REMOTE_WORDS, max(s0, c0 - 120), end + 80):
        return False  # none of the words in reach: the clause, inside that reach, cannot tell it (most cues)
    start = max((m.end() for m in _CLAUSE_START.finditer(text, max(s0, c0 - 120), c0)), default=max(s0, c0 - 120))
    stop = _CLAUSE_END.search(text, end, end + 80)
    return _REMOTE.search(text, start, stop.start() if stop else min(len(text), end + 80)) is not None


def not_travelled(text: str, s0: int, c0: int, end: int) -> bool:
    """Does the cue at ``c0`` tell no trip: one only supposed, or one done from afar (:func:`told_remote`)?

    Examples
    --------
    >>> t = "If Kono were to visit Croatia, he would meet the president."
    >>> not_travelled(t, 0, t.index("visit"), t.index(","))
    True
    """
    return supposed(text, s0, c0, end) or told_remote(text, s0, c0, end)
