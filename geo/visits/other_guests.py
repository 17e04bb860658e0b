"""Guests told after a visit as more of the same: "Others are ...", "Also present was ...", "as did ...".

Stories of an inauguration, a funeral or a summit name the guests who came one sentence after another,
and the later sentences often only add names to the visit told before them:

* "Ruto and Kagame arrived in Abuja on Sunday. Others are President Samia Hassan of Tanzania and ...",
  "Others include", "Others who arrived are", "The other leaders in attendance are", "Other guests who jetted in
  Saturday include" (words that name guests may come up to five sentences after the visit, others two);
* "Also present was South African President Cyril Ramaphosa", "Among the other guests is ...";
* "They were joined by Ramaphosa", "So did Ramaphosa", "Ramaphosa is also expected", "... was among those present";
* "Ruto arrived in Abuja on Sunday, as did Ramaphosa", "..., along with Ramaphosa";
* "Hammond's trip to Tehran comes soon after visits from Fabius and Gentiloni", "His visit follows that of
  Venezuelan President Maduro": earlier visits to the place of this one, over, with no day told; "Rice's visit
  precedes those by Transportation Secretary Mineta and Treasury Secretary Snow": later ones, planned.

:func:`other_guests` hands each person so added the visit told last before (or in) the sentence, with its
day and status, when that visit is to one country. Only someone of another country that the text gives
is added (the host's own people are no guests; a name of no known country may be anyone's).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.values import Person, Visit

__all__ = ["other_guests", "visit_told_last"]

_BE = r"(?:is|are|was|were|will\s+be|include[sd]?|including)"
#: Words that open a sentence adding guests to the visit told before it
_OPENS = re.compile(
    r"[\s\"“]*(?:(?:The\s+)?[Oo]thers?(?:\s+(?:leaders|guests|dignitaries|heads\s+of\s+state))?"
    r"(?:\s+(?:who\s+(?:[\w\-’']+\s+){0,3}?[\w\-’']+|in\s+attendance|present|attending|expected))?\s+" + _BE
    + r"|(?:The\s+)?[Oo]ther\s+(?:leaders|guests|dignitaries|heads\s+of\s+state|presidents|visitors)"
    r"(?:\s+(?:who\s+(?:[\w\-’']+\s+){0,3}?[\w\-’']+|in\s+attendance|present|attending|expected|at\s+the\s+\w+))?\s+" + _BE
    + r"|Also\s+(?:present|in\s+attendance|attending|expected|arriving|there|on\s+hand)\s+" + _BE
    + r"|Among\s+(?:the\s+)?(?:other\s+)?(?:guests|leaders|dignitaries|attendees|visitors|heads\s+of\s+state)"
    r"(?:\s+(?:present|expected|attending|in\s+attendance))?\s+" + _BE
    + r"|They\s+(?:were|are|will\s+be)\s+(?:also\s+)?joined\s+by|So\s+(?:did|will|does|has|have|had))\s")
#: Words after the guests that add them: "Ramaphosa is also expected", ", as did Ramaphosa"
_ALSO_AFTER = re.compile(r"\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+(?:expected|present|in\s+attendance|attending|"
                         r"there|on\s+hand)|(?:also\s+)?among\s+(?:those|the\s+(?:other\s+)?(?:guests|leaders|dignitaries|"
                         r"attendees|visitors)))\b")
#: ", as did Ramaphosa", ", along with Ramaphosa" right after the visit's clause
_AS_DID = re.compile(r",\s+(?:as\s+(?:did|will|do|does|have|has|had)|along\s+with|together\s+with)\s+")


#: A visit told as following earlier ones to the same place: "Hammond's trip to Tehran comes soon after visits from
#: Fabius and Gentiloni", "The visit follows a trip by ...", "comes on the heels of visits by ..."
_OTHER_TRIPS = r"(?:(?:(?:a|the|recent|similar|earlier|previous|planned|expected|separate)\s+)*(?:visits?|trips?)|" \
               r"that|those|one)\s+(?:by|from|of)\s+"
_EARLIER = re.compile(r"\b(?:follows|followed|following|(?:comes?|came|coming)\s+(?:\w+\s+){0,3}?after|"
                      r"(?:comes?|came)\s+on\s+the\s+heels\s+of)\s+" + _OTHER_TRIPS)
#: ... and as coming before others: "Rice's visit precedes those by Transportation Secretary Mineta and ..."
_LATER = re.compile(r"\b(?:precedes|preceded|(?:comes?|came)\s+(?:\w+\s+){0,2}?(?:before|ahead\s+of))\s+" + _OTHER_TRIPS)


#: Words that say the people added are a gathering's guests, who may come some sentences after the visit told
_GUESTS = re.compile(r"\b(?:guests|leaders|dignitaries|heads\s+of\s+state|presidents|visitors|attendees)\b")

_OWN_PLACE = re.compile(r"\s*,?\s+(?:to|in)\s+(?:the\s+)?[A-Z]")


def _added(text: str, s0: int, s1: int, people: Sequence[Person]) -> tuple[list[Person], str] | None:
    """The people a sentence adds to the visit before it, with the words that add them, else ``None``."""
    named = [p for p in people if p.name and p.kind != "pronoun" and p.role not in SPEAKER_ROLES]
    sent = text[s0:s1]
    for e in _EARLIER.finditer(text, s0, s1) if ("after" in sent or "follow" in sent or "heels" in sent) else ():
        # (not "follows a visit by Macron to Nairobi": a place of its own)
        return [p for p in named if p.start >= e.end() and not _OWN_PLACE.match(text, p.end)], \
            "earlier: " + e.group(0).strip()
    for e in _LATER.finditer(text, s0, s1) if ("prece" in sent or "before" in sent or "ahead" in sent) else ():
        return [p for p in named if p.start >= e.end() and not _OWN_PLACE.match(text, p.end)], \
            "later: " + e.group(0).strip()
    m = _OPENS.match(text, s0)
    if m is not None:
        return [p for p in named if p.start >= m.end()], m.group(0).strip()
    for a in _AS_DID.finditer(text, s0, s1) if (" as " in sent or " with " in sent) else ():
        return [p for p in named if p.start >= a.end()], "as did"
    if named and named[0].start - s0 < 80 and ("also" in sent or "among" in sent) \
            and (also := _ALSO_AFTER.search(text, named[-1].end, s1)) is not None \
            and also.start() == named[-1].end:
        return named, also.group(0).strip()
    return None


def other_guests(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
                 visits: Sequence[Visit], where: Sequence[int]) -> list[Visit]:
    """The visits of the guests a story adds after a visit it told, each a copy of that visit.

    Examples
    --------
    >>> import datetime as dt
    >>> t = "Ruto arrived in Abuja on Sunday. Others are President Samia Hassan of Tanzania."
    >>> ppl = [[Person(0, 4, "Ruto", "William Ruto", "KE", "president", "surname")],
    ...        [Person(54, 66, "Samia Hassan", "Samia Hassan", "TZ", "president", "name")]]
    >>> v = Visit("William Ruto", "KE", "president", "NG", "Abuja", None, None, dt.date(2023, 5, 28),
    ...           None, "ongoing", "d", t[:32], 0.9, how="travel: arrived in")
    >>> [(g.traveler, g.country, str(g.start_date)) for g in
    ...  other_guests(t, [(0, 32), (33, len(t))], ppl, [v], [0])]
    [('Samia Hassan', 'NG', '2023-05-28')]
    """
    out: list[Visit] = []
    found = {(v.traveler, v.country) for v in visits}
    for k, (s0, s1) in enumerate(sentences):
        added = _added(text, s0, s1, people_of[k]) if people_of[k] else None
        if not added or not added[0]:
            continue
        # ("The foreign secretary's visit comes soon after visits from ...": the story's visit, told further back)
        apart = added[1].startswith(("earlier", "later"))  # another trip to the same place, not this one's guests
        back = 5 if apart or _GUESTS.search(added[1]) else 2
        v = visit_told_last(visits, where, k, back)
        if v is None and apart:  # "Rice's visit precedes those by ...", "His visit follows that of ...": the owner's
            v = _owners_visit(text, s0, people_of[k], visits)
        if v is None:
            continue
        # over before this visit, or still ahead after it: no day of its own is told
        own = dict(start_date=None, end_date=None, status="completed" if added[1][0] == "e" else "planned") \
            if apart else {}
        how = "; ".join(h for h in (v.how or "").split("; ") if not (apart and h.startswith("day:")))
        for q in added[0]:
            # ("visits from ... EU foreign policy chief Mogherini": the visit is told, whatever her country)
            if not q.country and not (apart and q.role) or q.country == v.country or (q.name, v.country) in found \
                    or q.role and q.role.startswith("ambassador"):
                continue  # of no known country, one of the hosts, an envoy posted there, or found already
            found.add((q.name, v.country))
            out.append(dataclasses.replace(v, traveler=q.name, traveler_country=q.country, role=q.role,
                                           confidence=round(v.confidence * 0.85, 3), **own,
                                           how=f"{how}; with the guests before: {added[1]}"))
    return out


_OWNED_TRIP = re.compile(r"\s*(?:['’]s\s+)?(?:(?:first|latest|current|upcoming|planned|official|state|\w+-day)\s+){0,2}"
                         r"(?:visit|trip)\b", re.I)


def _owners_visit(text: str, s0: int, people: Sequence[Person], visits: Sequence[Visit]) -> Visit | None:
    """The visit of the person whose trip opens the sentence ("Rice's visit", "His visit"): the first one the
    story told of that person, read from the text and not called off; for a pronoun whose person has none (a
    host named since), the story's first visit."""
    owner = next((p for p in people if p.name and p.start - s0 < 40 and _OWNED_TRIP.match(text, p.end)), None)
    if owner is None:
        return None
    told = [v for v in visits if v.origin == "text" and v.status != "cancelled"]
    own = next((v for v in told if v.traveler == owner.name), None)
    return own if own is not None or owner.kind != "pronoun" else next(iter(told), None)


def visit_told_last(visits: Sequence[Visit], where: Sequence[int], k: int, back: int) -> Visit | None:
    """The visit a sentence ``k`` adds to: the last one told in it or up to ``back`` sentences before,
    read from the text and not called off, when the sentence that told it names one country only.

    Parameters
    ----------
    visits : sequence of Visit
        The document's visits found so far.
    where : sequence of int
        The sentence each of ``visits`` was read in.
    k : int
        The sentence that adds to a visit.
    back : int
        How many sentences before ``k`` the visit may be told.

    Returns
    -------
    Visit or None
        ``None`` when no visit is told there, or when visits to several countries are told last:
        which one the sentence adds to is not told.

    Examples
    --------
    >>> import datetime as dt
    >>> v = Visit("William Ruto", "KE", "president", "NG", "Abuja", None, None, dt.date(2023, 5, 28),
    ...           None, "ongoing", "d", "", 0.9)
    >>> visit_told_last([v], [0], 1, 2).place, visit_told_last([v], [0], 3, 2)
    ('Abuja', None)
    >>> visit_told_last([v, dataclasses.replace(v, country="GH", place="Accra")], [0, 0], 1, 2) is None
    True
    """
    told = [i for i, v in enumerate(visits) if k - back <= where[i] <= k and v.status != "cancelled"
            and v.origin == "text"]
    if not told:
        return None
    last = where[told[-1]]
    trip = [visits[i] for i in told if where[i] == last]
    return trip[-1] if len({v.country for v in trip}) == 1 else None
