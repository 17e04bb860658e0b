"""Which side of a meeting is the one away from home: the story's traveller for the pronouns after it.

"Ruto met Scholz in Nairobi on Monday. He then flew to Ethiopia.": the sentence names two sides of a
meeting, its subject (Ruto) and the one met (Scholz), and a place in the subject's own country. The
subject is the host at home; the other side is the visitor, the sentence's travelling party: the "he"
of a travel verb after it is Scholz (:func:`travels_next`), while "He met Biden in Geneva" or "he said"
stay with the subject, whom the story is about. A host's own verb ("Ruto received Scholz") already tells
this (:data:`geo.coreference.HOSTS_AFTER`); a verb of meeting ("met", "held talks with") tells it only
with the meeting's place, told right after the one met ("in Nairobi", "at State House in Nairobi", "at the palace in Jakarta").
When the place is in the subject's country and the one met is of that country too, or
the place is abroad for the subject ("Ruto met Scholz in Berlin"), the subject is the traveller and
stays the story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Mention, Person

__all__ = ["away_party", "travels_next", "left_behind", "co_subject_away"]

#: A verb of meeting between the subject and the one met, with the titles before the other's name:
#: "met German Chancellor ", "held talks with his German counterpart ", "had a meeting with ".
_MET = re.compile(
    r"\s+(?:(?:on\s+\w+|also|later|then|first|briefly)\s+)?(?:met|meets|(?:held|holds|had|has)\s+(?:\w+\s+){0,2}?"
    r"(?:talks|meetings?|consultations|discussions)|talked|conferred|sat\s+down)\s+(?:(?:with|to)\s+)?"
    r"(?:(?:the|his|her|their|visiting|[A-Z][\w.’'\-]*|(?i:counterpart|leader|chief|head|minister|president|"
    r"premier|secretary|foreign|prime|deputy|vice|defen[cs]e|king|crown|prince|emir|chancellor|envoy|"
    r"of|state))\s+){0,7}$")

#: The meeting's own place, right after the one met: " in ", " on Monday in ", " at the ", ", in " (not a place
#: told later about something else: "... and discussed Solih's visit to India").
_AT = re.compile(r",?\s+(?:(?:on\s+\w+|last\s+\w+|this\s+\w+|today|yesterday)\s+)?(?:in|at)\s+(?:the\s+)?"
                 r"(?:(?:[\w.’'\-]+\s+){1,4}(?:in|at)\s+)?")


def away_party(text: str, subject: Person, in_sent: Sequence[Person], places: Sequence[Mention],
               s1: int) -> Person | None:
    """The one ``subject`` met at home in the sentence ending at ``s1``, else ``None``.

    ``in_sent`` are the sentence's named people in text order, ``places`` its place mentions.

    Examples
    --------
    >>> t = "Ruto met Scholz in Nairobi on Monday."
    >>> r = Person(0, 4, "Ruto", "William Ruto", "KE", None, "surname", "m", None)
    >>> s = Person(9, 15, "Scholz", "Olaf Scholz", "DE", None, "surname", "m", None)
    >>> nbo = Mention("d", 19, 26, "Nairobi", "Nairobi", -1.3, 36.8, "KE", 184745, "city", 1.0)
    >>> away_party(t, r, [r, s], [nbo], len(t)).name
    'Olaf Scholz'
    >>> ber = Mention("d", 19, 25, "Berlin", "Berlin", 52.5, 13.4, "DE", 2950159, "city", 1.0)
    >>> away_party("Ruto met Scholz in Berlin on Monday.", r, [r, s], [ber], len(t)) is None
    True
    """
    if not subject.country:
        return None
    met = next((p for p in in_sent if p.start >= subject.end and p.name and p.name != subject.name), None)
    if met is None or not met.country or met.country == subject.country \
            or not _MET.search(text, subject.end, met.start) \
            or _MET.search(text, subject.end, met.start).start() != subject.end:
        return None
    where = {m.country for m in places if m.country and m.kind != "demonym" and met.end <= m.start < s1
             and _AT.fullmatch(text, met.end, m.start)}
    return met if where == {subject.country} else None


#: A verb of travel right after a subject pronoun, with the adverbs, auxiliaries and infinitive frames before it:
#: "then flew to", "later travelled on to", "will fly to", "is due to leave for", "headed home".
_TRAVEL_NEXT = re.compile(
    r"\s+(?:(?:then|later|also|subsequently|afterwards|next|will|would|is|was|are|were|has|had|shall|be|been|"
    r"due|set|expected|scheduled|slated|to|going|on\s+\w+day)\s+){0,4}"
    r"(?:fl(?:ew|y|ies|ying|own)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|left|leav(?:e|es|ing)|"
    r"depart(?:s|ed|ing)?|proceed(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|mov(?:e|es|ed|ing)\s+on|continu(?:e|es|ed|ing)\s+"
    r"(?:on\s+)?to|went|go(?:es)?\s+(?:on\s+)?to|journey(?:s|ed)?|land(?:s|ed)?|visit(?:s|ed)?|wrap(?:s|ped)?\s+up|"
    r"(?:make|makes|made|making)\s+(?:a\s+)?(?:brief\s+|short\s+|final\s+)?(?:stop|stopover)|"
    r"stop(?:s|ped)?(?:\s+over)?\s+in|"  # "He will also make a stop in Malaysia", "stops over in Doha"
    r"(?<=due\s)in|(?<=expected\s)in)\b",  # "is due in Berlin on Tuesday"
    re.I)


def travels_next(text: str, b: int) -> bool:
    """Is the subject pronoun ending at ``b`` the subject of a verb of travel?

    Examples
    --------
    >>> t = "He then flew to Ethiopia. He said talks went well."
    >>> travels_next(t, 2), travels_next(t, t.index(" said"))
    (True, False)
    """
    return _TRAVEL_NEXT.match(text, b) is not None


def left_behind(before: Person | None, now: Person | None, places: Sequence[Mention]) -> Person | None:
    """The traveller a story leaves for a sentence about his host at home, for the travel verbs after it.

    "Wang Yi arrived in Paris on Monday. Sejourne said France valued its ties with China. He is due in
    Berlin on Tuesday": the story was about ``before`` (Wang Yi), away from home in a place of ``places``
    (a city told in the sentences before); ``now`` (Sejourne), whom the sentence after is about, is of that place's
    country, at home: the one who travels on is still Wang Yi. ``None`` when the two are of one country,
    a country is unknown or no place of the new subject's country was told.

    Examples
    --------
    >>> wang = Person(0, 7, "Wang Yi", "Wang Yi", "CN", "foreign minister", "name")
    >>> sej = Person(40, 48, "Sejourne", "Stephane Sejourne", "FR", "foreign minister", "surname")
    >>> paris = Mention("d", 19, 24, "Paris", "Paris", 48.9, 2.3, "FR", None, "city", 1.0)
    >>> left_behind(wang, sej, [paris]).name, left_behind(wang, sej, [])
    ('Wang Yi', None)
    """
    if before is None or now is None or before.name == now.name or not before.country or not now.country \
            or before.country == now.country:
        return None
    return before if any(m.country == now.country and m.kind == "city" for m in places) else None


#: What joins two people named as one subject: "Marcos and Kishida", "Marcos and Japanese Prime Minister Kishida".
_AND = re.compile(r"\s*(?:and|&)\s+(?:[A-Z][\w.’'\-]*\s+){0,5}")


def co_subject_away(text: str, in_sent: Sequence[Person], places: Sequence[Mention]) -> Person | None:
    """The one away from home of two people named as a sentence's subject, for the travel verbs after it.

    "Kishida arrived in Manila on Friday. Marcos and Kishida signed a defence pact. He will then fly to
    Malaysia": of the two told as one subject, one is of the country of the places told just before
    (``places``: the host at home), the other is not; the "he" of a travel verb is the one away.
    ``None`` unless the sentence opens on two named people of two known countries joined by "and", exactly
    one of them of a country of ``places`` (a city or a country, no demonym).

    Examples
    --------
    >>> mar = Person(0, 6, "Marcos", "Ferdinand Marcos", "PH", "president", "surname")
    >>> kis = Person(11, 18, "Kishida", "Fumio Kishida", "JP", "prime minister", "surname")
    >>> mnl = Mention("d", 50, 56, "Manila", "Manila", 14.6, 121.0, "PH", None, "city", 1.0)
    >>> co_subject_away("Marcos and Kishida signed a pact.", [mar, kis], [mnl]).name
    'Fumio Kishida'
    >>> co_subject_away("Marcos met Kishida.", [mar, kis], [mnl]) is None
    True
    """
    if len(in_sent) < 2:
        return None
    a, b = in_sent[0], in_sent[1]
    if not a.country or not b.country or a.country == b.country or a.name == b.name \
            or _AND.fullmatch(text, a.end, b.start) is None:
        return None
    told = {m.country for m in places if m.country and m.kind in ("city", "country")}
    if (a.country in told) == (b.country in told):
        return None
    return b if a.country in told else a
