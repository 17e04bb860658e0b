"""Two rules of English grammar on whom a pronoun stands for.

:func:`meeting_subject` - whose "his" it is after a meeting: the subject's, not the other side's.

English names the two sides of a meeting as the subject and the object of a verb of meeting ("Zarif met
Hezbollah leader Hassan Nasrallah", "Singh held talks with his Iranian counterpart Amir Hatami"). A
"his"/"her" or "he"/"she" told later in the same clause goes with the clause's subject, the one the
sentence is about, not with the one just met: "Zarif also met Nasrallah on his previous trip to Lebanon"
is Zarif's trip, "... to meet with Westerwelle, finally ending his trip in Warsaw" is the traveller's. A
relative clause set on the one met ("met Albanese, who was on his first visit to China") is that
person's own, and stays with him: :func:`meeting_subject` then answers ``None``.

:func:`may_point_ahead` - a subject pronoun ("he", "she") stands for someone named after it only from a
clause of its own set before the main one ("When he arrived, Putin said ..."); the subject of the main
clause never does: in "From Rome he will travel to Berlin, to meet Westerwelle", "he" is not Westerwelle.
A possessive may point ahead from any opening phrase ("During his visit, Putin ...").

:func:`object_of_verb` - "him" is never the subject of its own clause: in "Mahama would welcome the visiting
Prime Minister for talks and host him to a luncheon", both verbs are Mahama's, so "him" is the one welcomed,
not Mahama; when the last one named before "him" is the object of a verb of meeting or hosting, "him" stands
for that person, not for the subject named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Person

__all__ = ["meeting_subject", "may_point_ahead", "object_of_verb"]

#: A verb of meeting and the titles between it and the name of the one met: "met Hezbollah leader ",
#: "held talks with his Iranian counterpart ", "to meet with German Foreign Minister ".
_MET_OBJECT = re.compile(
    r"\b(?:met|meets?|meeting|(?:held|holds?|holding|had)\s+(?:\w+\s+){0,2}?(?:talks|meetings?|consultations)|"
    r"talks|talked|spoke|speaks|conferred|sat\s+down)\s+(?:(?:with|to)\s+)?"
    r"(?:(?:the|his|her|their|its|[A-Z][\w.’'\-]*|(?i:counterpart|leader|chief|head|minister|president|premier|"
    r"secretary|foreign|prime|deputy|vice|defen[cs]e|king|crown|prince|emir|chancellor|envoy|ambassador|top|"
    r"diplomat|of|state))\s+){0,7}$")
#: The clause of the one met: "Albanese, who was on his first visit", "whose trip"; a new sentence part.
_OWN_CLAUSE = re.compile(r"\bwho(?:se|m)?\b|[;:]|\s[-–—]\s")


def meeting_subject(text: str, met: Person, a: int, earlier: Sequence[Person], s0: int) -> Person | None:
    """The subject of the meeting whose other side is ``met``, for the pronoun starting at ``a``: the last
    person of ``earlier`` (named or already resolved, in text order) named before the verb of meeting in
    the sentence starting at ``s0``; ``None`` when ``met`` is not the object of such a verb or the pronoun
    stands in a clause of its own about ``met``.

    Examples
    --------
    >>> t = "Zarif met Hezbollah leader Hassan Nasrallah on his previous trip to Lebanon."
    >>> z = Person(0, 5, "Zarif", "Zarif", "IR", None, "name", "m", None)
    >>> n = Person(27, 43, "Hassan Nasrallah", "Hassan Nasrallah", "LB", None, "name", "m", None)
    >>> meeting_subject(t, n, t.index("his"), [z, n], 0).name
    'Zarif'
    >>> t2 = "Li met Albanese, who was on his first visit to China."
    >>> l2, a2 = Person(0, 2, "Li", "Li", "CN", None, "name", None, None), Person(7, 15, "Albanese", "Albanese", "AU", None, "name", None, None)
    >>> meeting_subject(t2, a2, t2.index("his"), [l2, a2], 0) is None
    True
    """
    verb = _MET_OBJECT.search(text, max(s0, met.start - 90), met.start)
    if verb is None or _OWN_CLAUSE.search(text, met.end, a):
        return None
    return next((p for p in reversed(earlier) if p.end <= verb.start() and p.start >= s0 and p.name
                 and p.name != met.name), None)


#: A word that opens a clause set before the main one: "When he arrived, ...", "After she landed, ...".
_SUBORDINATE = re.compile(r"\b(?:when|whenever|before|after|as|once|until|while|if|since|because|although|though|"
                          r"upon|whereas)\b", re.I)


def may_point_ahead(text: str, s0: int, a: int, pronoun: str) -> bool:
    """May ``pronoun``, starting at ``a`` in the sentence starting at ``s0``, stand for a person named after it?

    Examples
    --------
    >>> t = "From Rome he will travel to Berlin, to meet Westerwelle."
    >>> may_point_ahead(t, 0, t.index("he"), "he")
    False
    >>> t = "When he arrived in Rome, Putin said he was glad."
    >>> may_point_ahead(t, 0, t.index(" he ") + 1, "he")
    True
    >>> t = "During his visit, Putin said little."
    >>> may_point_ahead(t, 0, t.index("his"), "his")
    True
    """
    return pronoun.lower() not in ("he", "she") or _SUBORDINATE.search(text, s0, a) is not None


#: A verb that takes the guest or the one met as object, and the titles before the object's name.
_HOSTING_OBJECT = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|greet(?:s|ed|ing)?|met|meets?|meeting|"
    r"invit(?:e|es|ed|ing)|thank(?:s|ed|ing)?|brief(?:s|ed|ing)?|accompan(?:y|ies|ied|ying))\s+(?:with\s+)?"
    r"(?:(?:the|his|her|their|its|visiting|[A-Z][\w.’'\-]*|(?i:counterpart|leader|chief|head|minister|president|"
    r"premier|secretary|foreign|prime|deputy|vice|defen[cs]e|king|crown|prince|emir|chancellor|envoy|"
    r"ambassador|top|diplomat|of|state))\s+){0,7}$")


def object_of_verb(text: str, p: Person, s0: int) -> bool:
    """Is ``p`` named as the object of a verb of meeting or hosting ("would welcome the visiting Prime
    Minister", "received Jordan's King Abdullah") in the sentence starting at ``s0``?

    Examples
    --------
    >>> t = "Mahama would welcome the visiting Prime Minister for talks and host him to a luncheon."
    >>> pm = Person(t.index("the visiting"), t.index(" for"), "the visiting Prime Minister", "Mitchell", "GD",
    ...             None, "descriptor", None, None)
    >>> object_of_verb(t, pm, 0)
    True
    >>> object_of_verb(t, Person(0, 6, "Mahama", "Mahama", "GH", None, "name", "m", None), 0)
    False
    """
    return _HOSTING_OBJECT.search(text, max(s0, p.start - 90), p.start) is not None
