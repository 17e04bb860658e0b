"""A trip told only as a supposition: "if Kono were to visit Croatia", "would travel there if invited".

Such a trip is neither planned nor cancelled: nobody has announced it, and a map of the story
should not draw it (issue 13's truth has no row for it). A trip is a supposition when

* "were to" opens it under "if" or with the subject after "were": "If Kono were to visit Croatia",
  "Were he to travel to Kyiv";
* a modal verb tells it ("would", "could", "might") and a condition follows its place: "would
  travel to Croatia if invited", "could visit Japan if the talks succeed";
* it waits on an invitation or a request: "will go to Moscow if invited", "if asked".

A real conditional with a plan of its own ("will visit Japan if the talks succeed, his office said")
is left as it is: the plan is told, only its outcome is uncertain.
"""

from __future__ import annotations

import re

from geo.word_search import fold_case

__all__ = ["supposed"]

_WERE_TO = re.compile(r"(?:\b(?i:if|whether|even\s+if)\b[^.;:]{0,80}?\bwere\s+to|\b[Ww]ere\s+(?:he|she|they|[A-Z][\w\-]+)"
                      r"\s+to)\s+(?:[\w\-]+\s+){0,2}$")
_MODAL = re.compile(r"\b(?:would|could|might)\s+(?:(?:also|only|then|first|gladly|happily)\s+)?(?:[\w\-]+\s+){0,2}$",
                    re.I)
_IF_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:if|unless|provided\s+that|as\s+long\s+as|should\s+(?:he|she|they))\b", re.I)
_IF_ASKED = re.compile(r"[^.;:]{0,40}?\bif\s+(?:(?:he|she|they|it)\s+(?:is|are|was|were)\s+)?"
                       r"(?:invited|asked|requested|called\s+upon)\b", re.I)


def supposed(text: str, s0: int, c0: int, end: int) -> bool:
    """Is the trip whose cue starts at ``c0`` (its places ending at ``end``, in a sentence starting at
    ``s0``) told only as a supposition?

    Examples
    --------
    >>> t = "Kono said he would travel to Croatia if invited."
    >>> supposed(t, 0, t.index("travel"), t.index(" if"))
    True
    >>> t = "If Kono were to visit Croatia, he would be welcome."
    >>> supposed(t, 0, t.index("visit"), t.index(","))
    True
    >>> t = "Kono would visit Croatia in July, his office said."
    >>> supposed(t, 0, t.index("visit"), t.index(" in July"))
    False
    >>> t = "Kono will visit Croatia if the talks succeed, his office said."
    >>> supposed(t, 0, t.index("visit"), t.index(" if"))
    False
    """
    # each pattern only where its words are (as fold_case writes them): "were" in every match of _WERE_TO, an
    # "if" at most 40 characters on in every match of _IF_ASKED; most cues have neither, and the patterns, tried
    # at each character, cost many times the look-ups
    low = fold_case(text)
    lo = max(s0, c0 - 120)
    if low.find("were", lo, c0) >= 0 and _WERE_TO.search(text[lo:c0]):
        return True
    if low.find("if", end, end + 42) >= 0 and _IF_ASKED.match(text, end):
        return True
    return _MODAL.search(text[max(lo, c0 - 40):c0]) is not None and _IF_AFTER.match(text, end) is not None
