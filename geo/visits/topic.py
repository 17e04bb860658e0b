"""A country the talks are about is not where they are held.

News names the subject of talks with the same country names as their venue: "talks expected to cover
China's rise", "to discuss the crisis in Syria", "talks over Taiwan", "a Syria Ministerial", "the Ukraine
war". English marks such a place as a topic in three ways, each read by :func:`is_topic`:

* the object of a verb or preposition of topic ("discuss", talks that "cover", "focus on", "about", "over",
  "regarding", "concerning", "raise"), with no preposition of place in between ("discuss China's rise",
  but not "discuss trade in Beijing"; "the tour will cover Ghana" is an itinerary); a place after "to" or
  "from" in that object is the object's ("discuss a gas pipeline to Brazil": no one goes there), not after a
  verb of its own ("discuss it before travelling to Brazil");
* the place of an event that is the topic ("the crisis in Syria", "the war in Ukraine", "the ceasefire
  in Gaza", "elections in Kenya");
* the place as the modifier of a topic or meeting noun ("a Syria Ministerial", "the Ukraine war", "the Iran
  nuclear file").

The words of all three are :mod:`geo.topic_words`'s, which the ties' topic role (:mod:`geo.ties`) reads too;
how a visit's sentence places them (the object of a verb of topic, with no preposition of place in between)
is this module's.

A place named as the owner of a government body ("Seoul's foreign ministry said", "Beijing's embassy",
"Washington's envoy") stands for that government, not for where anyone is, and :func:`is_topic` leaves
it out as well.

:func:`geo.visits.document.visits_in_document` leaves such places out of a visit's places: a visit to
them needs another word ("arrived in Kyiv amid the war in Ukraine" is still a visit, told by Kyiv).
"""

from __future__ import annotations

import re

from geo.topic_words import ABOUT, DISCUSS, EVENT_IN, MODIFIED, MODIFIER, TALKS_NOUNS
from geo.values import Mention
from geo.word_search import fold_case, has_word
from geo.wordlists import alternation, initials

__all__ = ["is_topic"]

#: A verb or preposition of topic and the words of its object before the place: "cover ", "discuss the ",
#: "talks over ", "focus on managing "; no preposition of place among them.
_ABOUT = re.compile(
    initials((DISCUSS, *TALKS_NOUNS, "focus", *ABOUT, "raise")) + r"\b(?:" + DISCUSS + "|" + alternation(TALKS_NOUNS) + r"\s+(?:[\w’'\-]+\s+){0,4}?"
    r"cover(?:s|ed|ing)?|focus(?:ed|es|ing)?\s+on|" + "|".join(ABOUT) + "|"
    r"rais(?:e|es|ed|ing))\s+(?:(?!(?:in|at|with|for|during|on|before|after|then|and|while|when)\b)"
    r"(?![\w’'\-]+(?:ing|ed)\s)[\w’'\-]+,?\s+){0,4}(?:(?:to|from|into)\s+(?:the\s+)?)?$", re.I)
#: An event that is the topic, and the preposition that places it: "the crisis in ", "the war on ".
_EVENT_IN = re.compile(initials(EVENT_IN) + r"\b" + alternation(EVENT_IN) + r"\s+(?:in|on|against|over|inside)\s+(?:the\s+)?$", re.I)
#: Words one of which every match of :data:`_ABOUT` holds (as :func:`geo.text.fold_case` writes them: "discussions"
#: holds "discuss", a talks noun's "cover" holds "over"); every match of :data:`_EVENT_IN` ends with one of
#: :data:`_EVENT_ENDS` and white space. Each pattern, ignoring case, is tried at every character before the place.
_ABOUT_WORDS = ("discuss", "over", "focus", "about", "regarding", "concerning", "rais")
_EVENT_ENDS = ("in", "on", "against", "over", "inside", "the")
#: A topic or meeting noun the place modifies: "Syria Ministerial", "Ukraine war", "Iran nuclear file".
_MODIFIES = re.compile(r"(?:['’]s)?\s+(?:" + alternation(MODIFIER) + r"\s+)?" + alternation(MODIFIED) + r"\b")


#: A government body the place owns: "Seoul's foreign ministry", "Tokyo's top envoy", "Beijing's position".
_GOVERNMENT_OF = re.compile(
    r"['’]s\s+(?:(?:top|chief|new|former|own|main|senior|official)\s+)?(?:foreign\s+ministry|(?:foreign|defen[cs]e)\s+"
    r"(?:minister|secretary|office)|ministry|government|embassy|envoy|ambassador|mission|position|stance|"
    r"spokes(?:man|woman|person)|diplomats?|officials?|leadership)\b", re.I)


def is_topic(text: str, m: Mention, s0: int) -> bool:
    """Is the place ``m`` told as what talks are about, not as where anyone is (sentence from ``s0``)?

    Examples
    --------
    >>> def at(t, w):
    ...     return Mention("d", t.index(w), t.index(w) + len(w), w, w, 0.0, 0.0, "XX", None, "country", 1.0)
    >>> t = "Modi will visit Washington, where talks are expected to cover China's rise."
    >>> is_topic(t, at(t, "China"), 0), is_topic(t, at(t, "Washington"), 0)
    (True, False)
    >>> t = "Blinken will participate in a Syria Ministerial to discuss the crisis in Syria."
    >>> is_topic(t, at(t, "Syria"), 0)
    True
    >>> t = "They held talks in Lima, Seoul's foreign ministry said."
    >>> is_topic(t, Mention("d", 25, 30, "Seoul", "Seoul", 0.0, 0.0, "KR", None, "city", 1.0), 0)
    True
    >>> t = "Wang Yi will discuss trade in Beijing."
    >>> is_topic(t, at(t, "Beijing"), 0)
    False
    """
    lo = max(s0, m.start - 80)
    low = fold_case(text)  # the two searches only where they may match (most places): see _ABOUT_WORDS, _EVENT_ENDS
    return (has_word(low, _ABOUT_WORDS, lo, m.start) and _ABOUT.search(text, lo, m.start) is not None
            or low[lo:m.start].rstrip().endswith(_EVENT_ENDS) and _EVENT_IN.search(text, lo, m.start) is not None
            or _MODIFIES.match(text, m.end) is not None
            or (m.kind == "city" and _GOVERNMENT_OF.match(text, m.end) is not None))
