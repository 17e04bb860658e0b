"""Is a stop told in the past still under way, because the traveller's way home is still ahead?

A trip lasts until the traveller goes home. News written during a trip tells what was done in the past
("arrived in Abuja on Saturday to attend the summit") and the way home in the future ("is expected to return to
the country early next week", "will fly back to Tokyo on Friday", "is due back in Lima on Monday"): the
traveller is still abroad on the day of writing, at the last stop reached. Only a text that says the stay is over
("left", "wrapped up", "returned home") ends it before.

:func:`home_ahead` reads this for the visits of one document: a foreign stop told as ``completed`` that began in
the days up to the day of writing (or is undated), whose evidence tells no end, and that is the traveller's last
stop reached, is ``ongoing`` when the document tells that traveller's return as ahead - named in its sentence, or,
when the document has one traveller abroad, as "he", "she" or a title - and the return does not lead to the host
itself ("will return to France" is another trip to France).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.text import split_sentences
from geo.trip_span import begun_lately
from geo.values import Mention, Visit

__all__ = ["home_ahead"]

#: The way home told as ahead: "will return", "is expected to return", "is due back", "will fly back".
_RETURN_AHEAD = re.compile(r"\b(?:(?:will|shall)\s+(?:then\s+|later\s+)?|(?:is|are)\s+(?:also\s+|then\s+)?"
                           r"(?:expected|due|scheduled|set|slated)\s+to\s+)"
                           r"(?:return|fly\s+(?:back|home)|head\s+(?:back|home)|be\s+back|leave\s+for\s+home)\b|"
                           r"\b(?:is|are)\s+(?:expected|due)\s+(?:back|home)\b", re.I)
#: Words of the return that make it no way home: "will return the hospitality", "will return to the issue".
_NOT_HOME = re.compile(r"\s+(?:the|this|that|a|an|his|her|their|its|to\s+(?:the\s+)?(?:issue|question|topic|talks|"
                       r"table|negotiat\w+|subject|matter))\b", re.I)
#: Words that end a stay or tell it from after its end (the visit's own evidence); setting out for the stop is
#: no end of it.
_ENDED = re.compile(r"\b(?:wrap(?:ped|s)?\s+up|wound\s+up|conclud(?:ed|es)|ended|"
                    r"(?:left|depart(?:ed|ure))(?![^.;]{0,60}?\bfor\b)|"  # (not "departed on Friday for Abuja": set out)
                    r"returned|back\s+(?:home|from)|after|following|farewell|capped|completed|flew\s+(?:home|back|on|out))\b",
                    re.I)
#: A subject that names no one: a pronoun or a title ("He", "The president", "The Liberian leader").
_BARE_SUBJECT = re.compile(r"(?:He|She|They|The\s+(?:[A-Z][\w\-]*\s+){0,3}?[a-z][\w\-]*)\b")


def home_ahead(visits: Sequence[Visit], text: str, published: dt.date | None,
               mentions: Sequence[Mention] = ()) -> list[Visit]:
    """``visits`` with the last stop of a traveller whose way home is still ahead marked under way.

    Examples
    --------
    >>> d = dt.date(2024, 3, 11)
    >>> t = "Weah arrived in Abuja on Saturday for the summit. He is expected to return to Monrovia on Wednesday."
    >>> v = Visit("George Weah", "LR", None, "NG", "Abuja", None, None, dt.date(2024, 3, 9), dt.date(2024, 3, 9),
    ...           "completed", "a", "Weah arrived in Abuja on Saturday for the summit.", 0.9)
    >>> [w.status for w in home_ahead([v], t, d)]
    ['ongoing']
    >>> t = "Weah arrived in Abuja on Saturday for the summit. He returned to Monrovia on Sunday."
    >>> [w.status for w in home_ahead([v], t, d)]
    ['completed']
    """
    out = list(visits)
    if published is None or not any(v.status == "completed" for v in visits):
        return out
    abroad = [v for v in visits if v.status != "cancelled" and v.country != v.traveler_country]
    travellers = {v.traveler for v in abroad}
    told = None  # the sentences that tell a way home ahead, found once a stop may go on
    for i, v in enumerate(out):
        if not _may_go_on(v, published) or not _last_reached(v, abroad):
            continue
        if told is None:
            told = [(a, b) for a, b in split_sentences(text) if _RETURN_AHEAD.search(text, a, b)] \
                if _RETURN_AHEAD.search(text) else []
        if any(_returns(text, a, b, v, len(travellers) == 1, mentions) for a, b in told):
            out[i] = dataclasses.replace(v, status="ongoing", how=f"{v.how}; still abroad, the way home ahead"
                                         if v.how else "still abroad, the way home ahead")
    return out


def _may_go_on(v: Visit, published: dt.date) -> bool:
    """A foreign stop told as over, begun in the days up to ``published`` or undated, with no end told."""
    if v.status != "completed" or v.country == v.traveler_country or "left" in (v.how or ""):
        return False
    if v.start_date is not None and not begun_lately(v.start_date, published):
        return False
    if v.end_date is not None and (published - v.end_date).days > 1 and v.end_date != v.start_date:
        return False  # a stay told as over days ago
    return not _ENDED.search(v.evidence or "")


def _last_reached(v: Visit, abroad: Sequence[Visit]) -> bool:
    """Has the traveller reached no other country after ``v``, nor is under way elsewhere?"""
    for w in abroad:
        if w.traveler != v.traveler or w.country == v.country:
            continue
        if w.status == "ongoing":
            return False
        if w.status == "completed" and (v.start_date is None or w.start_date is None or w.start_date > v.start_date):
            return False
    return True


def _returns(text: str, a: int, b: int, v: Visit, alone: bool, mentions: Sequence[Mention]) -> bool:
    """Does the sentence ``text[a:b]`` tell ``v``'s traveller's way home as ahead, to somewhere not the host?"""
    m = _RETURN_AHEAD.search(text, a, b)
    if m is None or _NOT_HOME.match(text, m.end()):
        return False
    if any(x.country == v.country and m.end() <= x.start < m.end() + 40 for x in mentions):
        return False  # "will return to France": another trip to the host
    surname = v.traveler.split()[-1]
    if re.search(r"\b" + re.escape(surname) + r"\b", text[a:m.start()]):
        return True
    lead = len(text[a:b]) - len(text[a:b].lstrip(" \t\n\"“'"))
    return alone and _BARE_SUBJECT.match(text, a + lead) is not None
