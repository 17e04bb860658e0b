"""A later leg whose traveller is told by an epithet: "The veteran leftist will then travel to Madrid",
"Afterwards, the petista will travel to Madrid", "For the last leg of his tour, the 78-year-old will visit
Spain".

News names the traveller of a trip once, then, for variety, by a description of no set form: a party, an
age, a past career, a nickname ("the petista", "the veteran leftist", "the octogenarian"). A clause that
opens on such a definite description and goes on with a verb of travel told as one more step of the trip
("then", "also", "next", "later", "afterwards"), or after a fronted phrase about a leg of the trip ("For the
last leg of his tour,", "From Lisbon,"), is about the story's traveller: :func:`epithet_lead` says so for
the travel cue family of :mod:`geo.visits.families`, which then gives the leg to the story's focus.

Guards: the description is "the" and one to four lower-case words (a capitalised word is a name or a
country's adjective, which the people finder reads: "the Brazilian leader"), none of them a title's word
("the foreign minister", "the pontiff": the people finder reads titles) nor another person's ("the
opposition chief", "his predecessor", "the hosts"); its head is no group, body, thing or event ("the
delegation", "the talks", "the ship", "officials"), nor two people told as one ("the royal couple", "the
pair": :mod:`geo.plurals` reads them); between it and the cue only the verb's helpers stand.
"""

from __future__ import annotations

import re

from geo.portfolios import ROLE_WORDS
from geo.visits.context import Context

__all__ = ["epithet_lead"]

# "the veteran leftist will then", "the royal couple will", "the 87-year-old pontiff is also due to"
_HELPER = (r"(?:will|would|shall|is|was|are|were|has|had|have|be|been|due|set|scheduled|expected|slated|to|then|"
           r"also|next|later|afterwards|subsequently|now|on)\b")
_EPITHET = re.compile(r"\W*[Tt]he\s+(?P<np>(?:(?!" + _HELPER + r")[a-z0-9][a-z0-9\-’']*\s+){0,3}(?!" + _HELPER
                      + r")(?P<head>[a-z][a-z\-]+))\s+(?P<helpers>(?:" + _HELPER + r"\s+)*)")
#: Words that tell the clause is one more step of a trip already told
_STEP = re.compile(r"\b(?:then|also|next|later|afterwards|subsequently)\b")
#: A fronted phrase about a leg or the stop before: "For the last leg of their tour,", "From Lisbon,", "After Fiji,"
_FRONTED_LEG = re.compile(r"\W*(?:(?:for|on|in|during)\s+(?:the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:leg|stop|part|stage|portion)\b[^,]{0,40}|(?:from|after|following)\s+[A-Z][\w\-]*"
                          r"(?:\s+[A-Z][\w\-]*){0,2}|afterwards|next|later|then)\s*,\s*", re.I)
#: Heads that are no person: groups, bodies, things and events, and the people :mod:`geo.visits.context`
#: already keeps from the story's traveller (officials, envoys, aides)
_NOT_A_PERSON = frozenset(
    "delegation delegations team teams group groups party parties crew crews ship ships plane planes aircraft jet "
    "convoy motorcade caravan committee commission company companies government governments ministry army navy "
    "forces troops troop military talks negotiations meeting meetings summit summits conference forum event "
    "events visit visits trip trips tour tours journey leg stop games tournament exhibition festival show torch "
    "relay officials official envoy envoys aides aide diplomats delegates sources visitors visitor guests guest "
    "spokesman spokeswoman spokesperson reporters journalists media press crowd crowds people leaders ministers "
    "members others rest two three both pair sides side bill law deal agreement proposal plan report ceasefire "
    "war conflict storm hurricane typhoon virus "
    # another person than the story's traveller: "the opposition chief", "his predecessor", "the hosts"
    "opposition rival rivals challenger predecessor successor host hosts counterpart counterparts wife husband "
    "son daughter spouse lady "
    # two people told as one: :mod:`geo.plurals` reads them ("the royal couple" after two named people)
    "couple couples pair duo royals".split())


def epithet_lead(ctx: Context, c0: int) -> bool:
    """Is the clause before the travel cue at ``c0`` opened by a description of a person that tells one more
    step of the story's trip ("The veteran leftist will then travel to", "For the last leg of his tour, the
    78-year-old will visit")?"""
    lead = ctx.text[ctx.s0:c0]
    fronted = _FRONTED_LEG.match(lead)
    rest = lead[fronted.end():] if fronted else lead
    m = _EPITHET.fullmatch(rest)
    if m is None or any(w in _NOT_A_PERSON for w in m.group("np").split()):
        return False
    if any(re.search(r"\b" + re.escape(r) + r"\b", m.group("np")) for r in ROLE_WORDS):
        return False  # "the defence minister", "the pontiff": a title, which the people finder reads
    return fronted is not None or _STEP.search(m.group("helpers")) is not None
