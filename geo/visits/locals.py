"""A person whose country the story never tells, told only as present where a foreign visitor is: a host.

English news names a visitor with his country ("Indian Foreign Secretary Vinay Kwatra", "Chinese Foreign
Minister Wang Yi") and the officials of the country he visits without it ("Foreign Minister Bimala Saud
received him", "Minister Peya Mushelenga told reporters in Windhoek"): the country is the reader's own or the
dateline's. So when a story has a visitor of a known country in a country, a person of no known country
whom it only tells as being there - meeting someone there, speaking there ("Speaking at a press conference
in Tokyo, Chief Cabinet Secretary Matsuno said"), acting in a place told first ("In Tokyo, Finance Minister
Suzuki signed ...") - and never as going there is one of the hosts, and is no visitor. Someone told as travelling ("arrived in", "will visit") keeps the visit
whatever is known of his country, and so does a companion of the visitor ("accompanied by").

An ambassador lives where he is posted: "Russian Ambassador Denis Alipov told reporters in New Delhi" tells
where he serves, not a trip. Only his presence is left out (a special envoy is no resident; an ambassador
told as travelling, "the ambassador flew to Kabul", keeps the visit).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.values import Visit

__all__ = ["PRESENCE_CUES", "unnamed_hosts"]

#: The cue families that tell someone was in a place without saying that he went there (an attendance is one
#: too, unless it accompanies someone: "will accompany Ramaphosa to Argentina" tells a trip).
PRESENCE_CUES = frozenset({"met", "presence", "in-place", "presence-broad", "setting", "event"})
#: Of these, the cues that name their people as one subject: "In Japan, Mr. Mehta and Minister Rao will hold
#: talks" - one named together with a visitor of a known country in the same sentence is of his party.
_TOGETHER_CUES = frozenset({"in-place", "presence-broad", "setting", "event", "attend"})


def _cue(v: Visit) -> str:
    cue, _, words = (v.how or "").partition(":")
    if cue == "attend" and "accompan" not in words.partition(";")[0]:
        return "presence"
    return cue


def unnamed_hosts(visits: Sequence[Visit]) -> list[Visit]:
    """``visits`` less those of a person of unknown country told only as present in a country that a
    visitor of a known other country is visiting in the same story, and an ambassador's presence at his post.

    Examples
    --------
    >>> import datetime as dt
    >>> def visit(who, home, how):
    ...     return Visit(who, home, "foreign minister", "NP", "Kathmandu", None, None, dt.date(2023, 2, 13), None,
    ...                  "ongoing", "d", "", 0.8, how=how)
    >>> vs = [visit("Vinay Kwatra", "IN", "travel: arrived in"), visit("Bimala Saud", None, "met: held talks in")]
    >>> [v.traveler for v in unnamed_hosts(vs)]
    ['Vinay Kwatra']
    >>> [v.traveler for v in unnamed_hosts(vs[1:])]  # no visitor of a known country: nothing to tell them apart
    ['Bimala Saud']
    """
    visits = [v for v in visits if not (v.role == "ambassador" and _cue(v) in PRESENCE_CUES)]
    visited = {v.country for v in visits if v.traveler_country and v.traveler_country != v.country
               and v.status != "cancelled"}
    if not visited:
        return list(visits)
    went = {(v.traveler, v.country) for v in visits if _cue(v) not in PRESENCE_CUES}
    went |= {(v.traveler, v.country) for v in visits if (v.how or "").partition(":")[0] in _TOGETHER_CUES
             and any(u.evidence == v.evidence and u.country == v.country and u.traveler != v.traveler
                     and u.traveler_country not in (None, v.country) and u.how == v.how for u in visits)}
    return [v for v in visits if not (v.traveler_country is None and v.country in visited
                                      and _cue(v) in PRESENCE_CUES and (v.traveler, v.country) not in went)]
