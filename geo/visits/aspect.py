"""The aspect of a travel cue: does its verb open a stay, or tell a whole visit that is over?

English tells a trip's start and a trip's whole with different verbs. A telic motion verb with a
goal, in the past ("went to Nairobi yesterday", "traveled to Argentina on Sunday", "flew to
Tokyo"), tells that the traveller got there, as "arrived" does; nothing in the verb ends the stay,
so on the day after, a reader takes the traveller to be still there unless the text tells an end.
"visited Brazil on Monday" or "met Lula on Monday" tell a whole event and stay over.

The same holds for a visit noun that an arrival governs: "arrived on Thursday for an official
visit to Skopje" opens the visit of the noun, just as "arrived in Skopje" would.

:func:`opens_stay` answers it for one cue; :func:`geo.status.visit_status` then reads a stay
opened the day before the publication day as under way.
"""

from __future__ import annotations

import re

from geo.landmarks import find_landmarks
from geo.status import told_past

__all__ = ["opens_stay", "begins_trip", "closes_visit", "tells_whole_visit", "told_under_way", "trip_told_before",
           "office_mission", "main_future", "finite_future", "reduced_participle"]

#: A past motion verb with its goal, at the cue: "went to", "traveled to", "flew into", "headed to".
_MOTION_TO = re.compile(r"(?:went|travell?ed|flew|headed|heading|jetted|came|sailed|drove)\s+(?:on\s+|back\s+)?(?:to|into)\b",
                        re.I)
#: An arrival in the cue's own clause, right before a visit noun: "arrived on Thursday (May 7th) for an
#: official visit to", "landed in Muscat Monday on an official several-day visit to" - the noun's visit
#: begins with it. No clause break between the two (no full stop, semicolon or "and").
_ARRIVED_FOR = re.compile(r"\b(?:arrived|landed|touched\s+down)\b(?:(?!\band\b|\bbut\b)[^.;!?]){0,80}?"
                          r"\b(?:for|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,4}$", re.I)


#: A verb that opens a trip, with the trip noun as its object: "began his visit to", "kicked off a three-country
#: tour in", "embarked on a state visit to", "launched a week-long tour of" (not "had begun": told as background).
_OPENS = r"(?<!\bhad\s)(?:began|started|kicked\s+off|launched|opened|commenced|embarked\s+on)\s+"
_TRIP_NOUN = r"(?:visit|visits|tour|trip|journey|swing)\b"
_BEGAN_AT = re.compile(_OPENS + r"(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,4}?" + _TRIP_NOUN, re.I)
_BEGAN_BEFORE = re.compile(_OPENS + r"(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,4}$", re.I)


def begins_trip(text: str, c0: int, c1: int, *, noun: bool = False) -> bool:
    """Does the cue at ``text[c0:c1]`` tell that a trip began, with nothing said of its end ("began his visit to
    Chile on Monday", "kicked off a three-country tour in Chile")? Like "arrived", it opens a stay.

    ``noun`` says the cue is the trip noun itself ("visit to"), whose opening verb stands right before it.

    Examples
    --------
    >>> t = "Stubb kicked off a three-country tour in Chile."
    >>> begins_trip(t, t.index("kicked"), t.index(" in Chile"))
    True
    >>> t = "Stubb began his state visit to Chile on Monday."
    >>> begins_trip(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    True
    >>> t = "Stubb had begun his state visit to Chile by then."
    >>> begins_trip(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    False
    """
    if noun:
        return _TRIP_NOUN_AT.match(text, c0) is not None and _BEGAN_BEFORE.search(text, max(0, c0 - 60), c0) is not None
    return _BEGAN_AT.match(text, c0, c1 + 30) is not None


_TRIP_NOUN_AT = re.compile(_TRIP_NOUN, re.I)

#: A verb that ends the trip of the noun right after it: "will wrap up his visit to", "concludes her state visit
#: to", "is to end his three-day trip to" (not "concludes his trip with a visit to": the noun is a later stop).
_CLOSES = re.compile(r"\b(?:wrap|wraps|wrapping|wind|winds|winding)\s+up\s+|\b(?:conclude|concludes|concluding|end|ends|"
                     r"ending|complete|completes|completing)\s+")
_CLOSES_BEFORE = re.compile(r"(?:" + _CLOSES.pattern + r")(?:his|her|their|its|the)\s+"
                            r"(?:(?!(?:with|by|in|at|on|a|an|the|and)\s)[\w\-]+\s+){0,3}$", re.I)


def closes_visit(text: str, lo: int, c0: int) -> bool:
    """Does a verb that ends a trip govern the trip noun at ``text[c0:]`` ("will wrap up his visit to Chile",
    "concludes her state visit to Chile"), within ``text[lo:c0]``? Told for a day after the day of writing,
    the visit is under way: its end is ahead.

    Examples
    --------
    >>> t = "Stubb will wrap up his visit to Chile on Friday."
    >>> closes_visit(t, 0, t.index("visit to"))
    True
    >>> t = "Stubb concludes his trip with a visit to Chile on Friday."
    >>> closes_visit(t, 0, t.index("visit to"))
    False
    >>> t = "Stubb will wrap up the tour in Chile on Friday."
    >>> closes_visit(t, 0, t.index("tour in"))
    False
    """
    return _CLOSED_NOUN.match(text, c0) is not None and _CLOSES_BEFORE.search(text, max(lo, c0 - 60), c0) is not None


#: The trip noun with its country as object ("visit to Chile", "tour of Chile"), not its last stop ("wrap up the
#: tour in Tokyo": the last leg, still ahead).
_CLOSED_NOUN = re.compile(_TRIP_NOUN + r"\s+(?:to|of)\b", re.I)


def opens_stay(text: str, c0: int, c1: int, *, noun: bool = False) -> bool:
    """Does the cue at ``text[c0:c1]`` tell the start of a stay, as "arrived" does?

    ``noun`` says the cue is a visit noun ("visit to Skopje"), whose stay is opened by an arrival
    that governs it in the same clause.

    Examples
    --------
    >>> t = "Boric traveled to Argentina on Sunday."
    >>> opens_stay(t, 6, 18)
    True
    >>> t = "Fernandez visited Brazil on Monday."
    >>> opens_stay(t, 10, 17)
    False
    >>> t = "Jeremic arrived on Thursday (May 7th) for an official visit to Skopje."
    >>> opens_stay(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    True
    >>> t = "He arrived in Hanoi and later paid a visit to Laos."
    >>> opens_stay(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    False
    """
    if begins_trip(text, c0, c1, noun=noun):
        return True  # "began his visit to Chile on Monday": the trip opened, nothing ends it
    if noun:
        return _ARRIVED_FOR.search(text, max(0, c0 - 120), c0) is not None
    return _MOTION_TO.match(text, c0, c1 + 8) is not None


#: The visit verb itself in the past, at the cue: "visited Tanzania", "visited President Buhari".
_VISITED = re.compile(r"visited\b", re.I)
_THE = re.compile(r"\s*(?:the\s+)?", re.I)
#: A light verb in the past that takes the visit noun as its object, right before the cue: "paid an unofficial
#: surprise visit to", "made a stopover in".
_PAID = re.compile(r"\b(?:paid|made)\s+(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}$", re.I)
#: The trip noun as the object of a word that tells it from after its end ("arrived home after a six-day
#: official visit to", "following his three-day trip to") or of a past state ("was on a four-day visit to"):
#: the visit told whole, in the past.
_OVER_BEFORE = re.compile(r"\b(?:after|following|(?:was|were)\s+on)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,3}$",
                          re.I)
#: A stay told as lasting a day or less: an adjective of a short stay on the trip noun ("a daylong visit", "a
#: quick call on", "a brief stopover", "a flying visit"), or "for a few hours".
_SHORT = re.compile(r"\b(?:(?:day-?long|one-day|quick|brief|short|whistle-stop|flying|hours-long|lightning)\s+"
                    r"(?:[\w\-]+\s+)?(?:visit|trip|stop|stopover|call|tour)|"
                    r"for\s+(?:a\s+)?(?:few|several|two|three)\s+hours|day\s+trip)\b", re.I)


def tells_whole_visit(text: str, c0: int, c1: int, lo: int, hi: int) -> bool:
    """Does the cue at ``text[c0:c1]`` (in the sentence ``text[lo:hi]``) tell the visit whole, as one event, not
    an event inside a longer stay?

    "visited Tanzania today", "paid a surprise visit to Trump on Sunday", "after a daylong visit Saturday",
    "paying a quick call on Putin Wednesday", "returned home today after a six-day visit to the United States",
    "was on a visit to Guyana from April 21 to 24": the trip itself is the event the verb tells, so told in the
    past it is over, even on the day of writing. "met Lula in Brasilia today", "hosted Modi on Monday", "arrived
    in Doha": a meeting or an arrival says nothing of the stay's end.

    Examples
    --------
    >>> t = "Nkurunziza visited Tanzania for a few hours today."
    >>> tells_whole_visit(t, t.index("visited"), t.index(" Tanzania"), 0, len(t))
    True
    >>> t = "Meloni paid an unofficial surprise visit to Trump on Sunday."
    >>> tells_whole_visit(t, t.index("visit to"), t.index("visit to") + 8, 0, len(t))
    True
    >>> t = "Marcos arrived in Manila today after a six-day official visit to the United States."
    >>> tells_whole_visit(t, t.index("visit to"), t.index("visit to") + 8, 0, len(t))
    True
    >>> t = "Benedict XVI visited the White House today."
    >>> tells_whole_visit(t, t.index("visited"), t.index(" the"), 0, len(t))
    False
    >>> t = "Xi met Lula in Brasilia today, on the first day of his state visit."
    >>> tells_whole_visit(t, t.index("met"), t.index("met") + 3, 0, len(t))
    False
    """
    visited = _VISITED.match(text, c0, c1 + 1)
    if visited is not None:
        # "visited the White House": a building of the host's capital, one stop of a longer stay
        at = _THE.match(text, visited.end()).end()
        return not any(a == at for a, _, _ in find_landmarks(text, at, min(hi, at + 40)))
    if _PAID.search(text, max(lo, c0 - 50), c0) or _OVER_BEFORE.search(text, max(lo, c0 - 50), c0):
        return True
    return _SHORT.search(text, max(lo, c0 - 30), min(hi, c1 + 40)) is not None




#: An adjective that names the trip as the one under way, right before the trip noun: "his current visit to",
#: "her ongoing state visit to", "this state visit to" (not "this year's visit", "the current government's").
_UNDER_WAY_ADJ = re.compile(r"\b(?:current|ongoing|this)\s+(?:(?:state|official|working|two-day|three-day|four-day|"
                            r"five-day|[\w]+-nation|[\w]+-country|maiden|first|historic)\s+){0,2}$|"
                            # "currently on a visit to", "currently visiting": the same, told by the adverb
                            r"\bcurrently\s+(?:on\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}|in\s+|staying\s+in\s+)?$",
                            re.I)


def told_under_way(text: str, lo: int, c0: int) -> bool:
    """Is the trip noun (or verb) at ``c0`` named as the trip under way as the story is told ("during his current
    visit to India", "the importance of this state visit to Uzbekistan", "currently on a visit to", "currently
    visiting")?

    Examples
    --------
    >>> t = "During his current visit to India, Putin signed ten agreements."
    >>> told_under_way(t, 0, t.index("visit to"))
    True
    >>> t = "During his recent visit to India, Putin signed ten agreements."
    >>> told_under_way(t, 0, t.index("visit to"))
    False
    """
    return _UNDER_WAY_ADJ.search(text, max(lo, c0 - 50), c0) is not None


#: The trip itself, told before a host's welcome in its sentence (not "visiting" as an adjective, "a tourism
#: minister", "had promised", "during talks").
_TRIP_BEFORE_WELCOME = re.compile(r"(?=[aslvtmcfdwr])\b(?:arrived|arrives|landed|lands|visited|visits|set\s+foot|"
                                  r"travell?ed|toured|made\s+a\s+stop|stopped\s+(?:in|at|over)|flew|left|departed|"
                                  r"concluded|wrapped\s+up|came\s+to)\b", re.I)


def trip_told_before(text: str, lo: int, c0: int) -> bool:
    """Is the trip a host's welcome at ``c0`` belongs to told before it, in ``text[lo:c0]``? Then the welcome is a
    moment of that trip, whose own words tell its status ("visited the Vatican, where he was received by", "had
    arrived in Jeddah ..., received by"); a welcome told alone with no day is news of a stay under way.

    Examples
    --------
    >>> t = "Putin visited the Vatican, where he was received by Pope Francis."
    >>> trip_told_before(t, 0, t.index("received")), trip_told_before("Ruto welcomed Akufo-Addo.", 0, 5)
    (True, False)
    >>> t = "Visiting Ghanaian President Nana Akufo-Addo was received by Ruto during talks."
    >>> trip_told_before(t, 0, t.index("received"))
    False
    """
    return _TRIP_BEFORE_WELCOME.search(text, lo, c0) is not None


#: Words before "mission" that make it an office, not a trip: "the Russian mission in Ankara", "Pakistan's
#: permanent mission to the UN", "a trade mission" (an office abroad).
_A_MISSION = re.compile(r"(?:\b(?:the|a|its|their)\s+(?-i:[A-Z])[\w\-.]+|\b(?:diplomatic|permanent|consular|"
                        r"peacekeeping|UN|U\.N\.|trade|embassy|observer)|['’]s)\s+$", re.I)
#: A mission someone goes on or leads is a trip: "will lead a trade mission to Singapore", "on a trade mission to".
_ON_A_MISSION = re.compile(r"\b(?:lead|leads|leading|led|head|heads|heading|headed|on|undertake|undertakes|undertook|"
                           r"undertaking)\s+(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: How far before "mission" its words are read, in characters.
_MISSION_REACH = 40


def office_mission(text: str, lo: int, c0: int) -> bool:
    """Is the "mission" at ``c0`` an office abroad (an embassy, a permanent mission, a trade office) rather than a
    trip? Read in ``text[lo:c0]``.

    Examples
    --------
    >>> t = "Pakistan's permanent mission to the UN said."
    >>> office_mission(t, 0, t.index("mission"))
    True
    >>> t = "Ardern will lead a trade mission to Singapore."
    >>> office_mission(t, 0, t.index("mission")), office_mission("the trade mission in Taipei", 0, 10)
    (False, True)
    """
    a = max(lo, c0 - _MISSION_REACH)
    return _A_MISSION.search(text, a, c0) is not None and _ON_A_MISSION.search(text, a, c0) is None


#: A finite future of the main clause: "will", "are expected to", "is set to".
_FINITE_FUTURE = re.compile(r"(?=[wsia'])\b(?:will|'ll|shall|(?:is|are|am)\s+(?:also\s+|now\s+)?(?:expected|due|set|scheduled|slated|"
                            r"going|poised)\s+to)\b", re.I)


#: A place come from between the plan and the trip noun: "will make the visit a day after returning from the
#: meeting in Tokyo" - that trip is behind the traveller.
_COME_FROM = re.compile(r"\b(?:from|returning|back)\b", re.I)


def main_future(text: str, s0: int, c0: int) -> bool:
    """Is the clause that a tenseless trip noun at ``c0`` hangs from a finite future, with no past verb in
    the sentence before the noun? "are expected to visit Seoul on March 17-18 after a three-day trip to
    Japan": the trip to Japan is ahead too. Not "Aides cited a vacation scheduled ahead of her decision
    to travel here following a visit to Taiwan" (no finite future; a past main verb).

    Examples
    --------
    >>> t = "Blinken and Austin are expected to visit Seoul after a three-day trip to Japan."
    >>> main_future(t, 0, t.index("trip"))
    True
    >>> t = "Aides cited a vacation scheduled well ahead of Pelosi's decision to travel here after a visit to Taiwan."
    >>> main_future(t, 0, t.index("visit"))
    False
    >>> t = "Wong will make the visit a day after returning from the Quad meeting in Tokyo."
    >>> main_future(t, 0, t.index("meeting"))
    False
    """
    m = _FINITE_FUTURE.search(text, s0, c0)
    return m is not None and not told_past(text, s0, m.start()) and not told_past(text, m.end(), c0) \
        and _COME_FROM.search(text, m.end(), c0) is None


def finite_future(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a finite future ("will use", "is set to visit"), not only a weekday read ahead?

    Examples
    --------
    >>> finite_future("On Tuesday, she will use a speech in Cape Town.", 0, 47)
    True
    >>> finite_future("Before leaving Ghana late Saturday, Obama spoke.", 0, 48)
    False
    """
    return _FINITE_FUTURE.search(text, a, b) is not None


#: A past participle with its agent: "hosted by", "chaired by", "organised by".
_PARTICIPLE_BY = re.compile(r"(?:hosted|organi[sz]ed|chaired|convened|co-hosted|held)\s+by\b", re.I)
#: An auxiliary right before it makes it a finite verb: "was hosted by", "will be hosted by".
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|am|be|been|being|has|have|had|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


def reduced_participle(text: str, c0: int) -> bool:
    """Is the cue at ``c0`` a participle after a noun, with no tense of its own ("a 2+2 meeting, hosted by the
    ROK's foreign minister"), not a finite passive ("was hosted by")?

    Examples
    --------
    >>> t = "Blinken will attend a 2+2 meeting, hosted by the ROK's foreign minister."
    >>> reduced_participle(t, t.index("hosted"))
    True
    >>> t = "Blinken was hosted by the ROK's foreign minister."
    >>> reduced_participle(t, t.index("hosted"))
    False
    """
    return _PARTICIPLE_BY.match(text, c0) is not None and _AUX_BEFORE.search(text, max(0, c0 - 30), c0) is None
