"""Word lists that several readers share: one home for each, with its named variants.

A reader builds its pattern from a list here with :func:`alternation`. Where a reader needs a different set,
the variant is named here, derived from the base with :func:`but` or by adding to it, and says who uses it, so the
differences show in one place instead of in near-copies spread over the readers.

* :data:`REPORTING` - the reporting verbs of news ("said", "told", "announced", ...), and its variants;
* :data:`TRIP` - the nouns of a trip as a whole ("visit", "trip", "tour", ...), :data:`TRIP_PARTS` - the nouns
  of a part of one ("stop", "leg", "stay", ...), and their variants;
* :data:`ARRANGED` - the verbs of a trip's arrangement ("agreed", "announced", ...), and its variant;
* :data:`PARTY` - the groups a person leads on a trip ("delegation", "team", ...), its variant, and
  :data:`LED_BY`;
* :data:`MEETING` - the verbs and nouns a meeting is told with ("met", "held talks", ...), with
  :data:`ENCOUNTER` - the other face-to-face exchanges ("spoke with", "chatted", "shook hands with") - and
  :data:`ENCOUNTER_WORDS`, the words those start with;
* :data:`EVENT_FRAME` - the set phrases that put something beside an event ("on the sidelines of",
  "in the margins of", "on the fringes of");
* :data:`REMOTE_MEANS` - the means of meeting or attending from afar ("video", "virtually", "online"), and its
  variants.

Each word is a piece of a regular expression (most are plain words; a few, like ``according\\s+to``, are
not). Where a word starts another word of its list ("stop", "stopover"; "trip", "trips"), every pattern built
from that list asks for a word boundary or a space after it, so the order of a list never changes what its
alternation matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "initials", "longest_first", "but", "SAY", "REPORTING", "SPEAKING", "REPORTING_REFERENT",
           "REPORTING_QUOTE_AFTER", "REPORTING_QUOTE_BEFORE", "REPORTING_LABEL", "REPORTING_NEWS",
           "REPORTING_SAYS_AFTER", "REPORTING_THAT", "REPORTING_DAY_AFTER", "REPORTING_DAY",
           "REPORTING_CALLED_OFF", "REPORTING_CALLED_OFF_AFTER", "TRIP", "TRIP_PARTS", "TRIP_CUE", "TRIP_TO",
           "TRIP_TO_THE_COUNTRY", "TRIP_ANCHORED", "TRIP_OWN", "TRIP_OR_ITINERARY", "TRIP_SPAN", "TRIP_AHEAD",
           "TRIP_OR_STOP", "TRIP_CALLED_OFF", "TRIP_ONWARD", "TRIP_FOLLOWED", "TRIP_LISTED", "TRIP_NEXT",
           "TRIP_PLACING", "TRIP_HERE", "ARRANGED", "ARRANGED_OR_TOLD", "PARTY", "PARTY_LED", "LED_BY", "MEETING",
           "ENCOUNTER", "ENCOUNTER_WORDS", "ENCOUNTER_TRIGGERS", "EVENT_FRAME", "REMOTE_MEANS", "REMOTE_WORDS",
           "REMOTE_ATTENDANCE", "REMOTE_BEFORE", "WEEKDAY", "MONTH"]


def alternation(words: Iterable[str]) -> str:
    """The non-capturing group ``(?:a|b|c)`` of ``words`` (pieces of a pattern), in their order.

    Examples
    --------
    >>> alternation(("said", "told"))
    '(?:said|told)'
    """
    return "(?:" + "|".join(words) + ")"


def initials(words: Iterable[str]) -> str:
    """The look-ahead ``(?=[...])`` of the first letters of ``words`` (pieces of a pattern, each opening with a
    letter), in lower case: put before the ``\b`` of an ignore-case alternation of ``words``, it refuses every
    other character at once, where the boundary and each piece of the alternation would be tried in turn.

    Examples
    --------
    >>> initials(("said", "told", "stated"))
    '(?=[st])'
    """
    firsts = {w[0].lower() for w in words}
    if not all(c.isascii() and c.isalpha() for c in firsts):
        raise ValueError(f"each word must open with an ASCII letter, instead got: {sorted(firsts)}")
    return "(?=[" + "".join(sorted(firsts)) + "])"


def longest_first(words: Iterable[str], *, space: str | None = None) -> str:
    r"""The alternation of the literal ``words``, the longer of two tried first, written as a tree.

    It matches what ``"|".join(sorted(pieces, key=len, reverse=True))`` matches, with the same
    groups, where ``pieces`` are the words escaped (and each space written as ``space``, as
    ``\s+``, when given): of two words that may match at one place one starts the other, and the
    tree tries the longer first too. The regex engine tries one branch per letter instead of one
    per word (every branch of an ignore-case alternation is entered), several times faster at
    each place a long list is tried. Words with letters other than ASCII, or two that differ
    only in case, get the plain alternation.

    Examples
    --------
    >>> longest_first(["prime minister", "president", "premier", "pm"])
    'p(?:m|r(?:e(?:mier|sident)|ime\\ minister))'
    >>> longest_first(["His Excellency", "His"], space=r"\s+")
    'His(?:\\s+Excellency|)'
    >>> import re
    >>> re.match("(?i)" + longest_first(["minister", "minister of state"]), "Minister of State").group(0)
    'Minister of State'
    """
    words = list(dict.fromkeys(words))

    def piece(c: str) -> str:
        return space if space is not None and c == " " else re.escape(c)

    plain = "|".join(sorted(("".join(piece(c) for c in w) for w in words), key=len, reverse=True))
    if not all(w.isascii() for w in words) or (space is not None and any(
            c.isspace() and c != " " for w in words for c in w)):
        return plain
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str | None:
        letters = [c for c in node if c]
        if len({c.lower() for c in letters}) < len(letters):
            return None  # "A" and "a" both match "a" in an ignore-case pattern: not a tree
        alts = []
        for c in sorted(letters):
            text, child = piece(c), node[c]
            while len(child) == 1 and "" not in child:  # one way on: written as one piece
                (c2, child), = child.items()
                text += piece(c2)
            rest = written(child)
            if rest is None:
                return None
            alts.append(text + rest)
        if not alts:
            return ""
        if "" in node:  # the longer words first, then the word that ends here
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    tree_written = written(tree)
    return plain if tree_written is None or not words else tree_written


def but(words: tuple[str, ...], *left_out: str) -> tuple[str, ...]:
    """``words`` without ``left_out``, in their order; a word left out must be one of ``words``.

    Examples
    --------
    >>> but(("said", "says", "told"), "says")
    ('said', 'told')
    >>> but(("said",), "wrote")
    Traceback (most recent call last):
    ...
    ValueError: not in the list: wrote
    """
    missing = [w for w in left_out if w not in words]
    if missing:
        raise ValueError(f"not in the list: {', '.join(missing)}")
    return tuple(w for w in words if w not in left_out)


# --------------------------------------------------------------------------- reporting verbs
#
# The variants below are the sets the readers held when they were gathered here, kept as they were: each
# matches what its pattern matched before. Widening one to the base is a change of what is read (the
# events dump and the scores must show it), not a tidy-up.

#: The verbs of saying that nearly every reporting list holds: "said", "says", "told", "tells".
SAY = ("said", "says", "told", "tells")

#: Leaving a place, in every tense ("left Dakar", "will leave Dakar", "departing Abuja").
LEAVE_WORDS = ("leave", "leaves", "leaving", "left", "depart", "departs", "departing", "departed")

#: The reporting verbs of news, the base list: :data:`SAY` and the verbs a wire story uses in its place.
REPORTING = SAY + ("announced", "announces", "added", "adds", "stated", "confirmed", "reported", "noted",
                   "declared", "stressed", "insisted", "warned", "wrote", "tweeted", "quoted")

#: Speaking, not reporting: "spoke in Nairobi", "talking to reporters in Riyadh" place the speaker
#: (:mod:`geo.visits.presence`, with :data:`SAY`).
SPEAKING = ("spoke", "speaks", "speaking", "talking")

#: The last verb of speech before a mention, after which its referent is looked for (:mod:`geo.coreference`,
#: case-sensitive): no verb of a written or an official word.
REPORTING_REFERENT = but(REPORTING, "announces", "adds", "stated", "confirmed", "reported", "declared", "wrote",
                         "tweeted", "quoted")

#: A speaker's verb right after a quote ("..., he said"), which makes the quote's "I" the speaker's
#: (:mod:`geo.coreference`): what a person says or writes, not what an office announces or confirms.
REPORTING_QUOTE_AFTER = but(REPORTING, "announced", "announces", "stated", "confirmed", "reported", "insisted",
                            "warned", "tweeted", "quoted")

#: A speaker's verb right before a quote ("Putin said: ...", "he told reporters, ..."; :mod:`geo.coreference`),
#: :data:`REPORTING_QUOTE_AFTER` without "tells", "adds", "noted" and "stressed", and "told" with its audience.
REPORTING_QUOTE_BEFORE = ("said", "says", r"told\s+[\w\s]{1,40}?", "added", "declared", "wrote")

#: A verb that makes a line a sentence rather than a label or a headline (:mod:`geo.coreference`).
REPORTING_LABEL = ("said", "says", "told", "added", "wrote")

#: Any word that reports (:data:`geo.visits.context.REPORT`): the base but "adds", with the verbs of belief
#: and of briefing and "according to" (the report's own nouns, "reports that", are added there).
REPORTING_NEWS = but(REPORTING, "adds") + (r"according\s+to", "believes?", "hopes?", "thinks?", "expects?",
                                           "explained", "informed", "disclosed", "revealed", "briefed")

#: A reporting verb right after a name or a quote ("..., Lavrov told"), which makes the name the speaker
#: (:mod:`geo.visits.context`).
REPORTING_SAYS_AFTER = but(REPORTING, "announces", "adds", "reported", "declared", "insisted", "warned", "quoted")

#: A verb whose reported clause follows with a subject of its own ("Diplomatic sources said [that] Rice and
#: Gates would travel", :mod:`geo.visits.coordinated`).
REPORTING_THAT = ("said", "says", "announced", "reported", "confirmed", "added")

#: The news's own verb after a fronted day ("On Tuesday, the Kremlin said", :mod:`geo.visit_day`): the day
#: is the news's, not the trip's. Past tense only, so "On Tuesday, he says" is not read as the news's day.
REPORTING_DAY_AFTER = ("said", "announced", "stated", "confirmed", "told", "reported", "noted")

#: A reporting verb whose day is when something was said, not the trip's ("SPA reported on Thursday",
#: :mod:`geo.visit_day`).
REPORTING_DAY = but(REPORTING, "tells", "adds", "stressed", "insisted", "warned", "wrote", "tweeted")

#: A reporting verb right before a day ("said on Tuesday"): the day a calling-off was told, not the trip's
#: (:mod:`geo.visits.called_off`).
REPORTING_CALLED_OFF = ("said", "says", "announced", "confirmed", "told", "reported", "stated", "added")

#: The same after the day ("On Tuesday, the White House said", :mod:`geo.visits.called_off`):
#: :data:`REPORTING_CALLED_OFF` but "added".
REPORTING_CALLED_OFF_AFTER = but(REPORTING_CALLED_OFF, "added")


# --------------------------------------------------------------------------- trips told by other words

#: The many who travel, whose going is no one's trip in a story of diplomacy: "millions of British citizens
#: travelling to Greece every year", "tourists flying to Bali" (:mod:`geo.visits.legs`).
PUBLIC_TRAVELLERS = ("citizens", "tourists", "nationals", "visitors", "travellers", "travelers", "students",
                     "pilgrims", "migrants", "refugees", "holidaymakers", "fans", "workers", "people")

#: A trip's stops counted before their list: "includes five stops, Japan, ...", "four countries: Vietnam, ..."
#: (:mod:`geo.visits.families`, :mod:`geo.visits.stop_order`; a regular-expression piece).
COUNTED_STOPS = r"(?:[\w\-]+\s+)?(?:stops|countries|nations|destinations|capitals)\s*[,:–—]"


# --------------------------------------------------------------------------- trip nouns
#
# As with the reporting verbs, each variant is the set its reader held, kept as it was; two readers that held
# the same set now share one name (TRIP, TRIP_OR_ITINERARY, TRIP_OR_STOP, TRIP_OWN).

#: The nouns of a trip as a whole, the base list: "visit", "trip", "tour", "journey", "swing".
TRIP = ("visit", "trip", "tour", "journey", "swing")

#: The nouns of a part of a trip: "stop", "stopover", "leg", "stay".
TRIP_PARTS = ("stop", "stopover", "leg", "stay")

#: The trip noun of a travel cue ("a visit to Kenya", "the visit by Xi to Moscow", :mod:`geo.visits.families`):
#: the base and the parts, some plurals, and "arrival", "voyage", "mission", "engagements", "sojourn".
TRIP_CUE = TRIP + TRIP_PARTS + ("visits", "trips", "stops", "stays", "arrival", "voyage", "mission", "engagements", "sojourn")

#: A trip to a gathering's place ("on his visit to Kenya", :mod:`geo.visits.attendance`): the base but
#: "swing".
TRIP_TO = but(TRIP, "swing")

#: A trip "to the country" that a story named before (:mod:`geo.visits.trip_agent`): :data:`TRIP_TO` and
#: "stopover".
TRIP_TO_THE_COUNTRY = TRIP_TO + ("stopover",)

#: The one trip a meeting is anchored to ("During his visit to Washington", :mod:`geo.visits.legs`):
#: :data:`TRIP_TO` and "stay".
TRIP_ANCHORED = TRIP_TO + ("stay",)

#: One's own trip or stay, after a possessive ("his visit to", "her stay in"; :mod:`geo.visits.departures`,
#: :mod:`geo.visits.told_days`): "visit", "trip", "tour", "stay".
TRIP_OWN = but(TRIP_ANCHORED, "journey")

#: A trip noun that a whole tour's span or stops belong to ("the tour includes ...", "on the tour";
#: :mod:`geo.visits.families`, :mod:`geo.visits.legs`, each with a plural ``s?``): the base and "itinerary".
TRIP_OR_ITINERARY = TRIP + ("itinerary",)

#: The trip noun a span of days belongs to (:mod:`geo.visits.legs`, no plural but "travels"):
#: :data:`TRIP_OR_ITINERARY` and "travels".
TRIP_SPAN = TRIP_OR_ITINERARY + ("travels",)

#: A trip that is still ahead ("ahead of his visit", :mod:`geo.status`): the base and "arrival".
TRIP_AHEAD = TRIP + ("arrival",)

#: A trip or a stop of one: another one named before a calling-off ("but a second trip was cancelled",
#: :mod:`geo.status`, with "meeting" and "summit" there), or one in an aside after a name ("his last stop on
#: the tour", :mod:`geo.coreference`, with "destination" there). No "journey", "swing", "stopover" or "stay".
TRIP_OR_STOP = but(TRIP + TRIP_PARTS, "journey", "swing", "stopover", "stay")

#: A trip noun near a calling-off (:mod:`geo.visits.called_off`): the base but "swing", the parts but "stay",
#: some plurals and "travel".
TRIP_CALLED_OFF = but(TRIP + TRIP_PARTS, "swing", "stay") + ("trips", "visits", "travel", "travels")

#: The trip before an onward leg ("ahead of a trip to", :mod:`geo.visits.itinerary`, with a plural ``s?``).
TRIP_ONWARD = ("trip", "visit", "stop")

#: A trip or a part of one followed by another ("The visit will be followed by", :mod:`geo.visits.legs`).
TRIP_FOLLOWED = but(TRIP + TRIP_PARTS, "journey", "swing", "stopover")

#: A trip whose stops follow it as a list ("a two-nation tour to Uganda and Nigeria", "travelling to South Africa,
#: Nigeria and Kenya", :mod:`geo.visits.stop_order`): the base, "visits" and every form of "travel".
TRIP_LISTED = TRIP + ("visits", r"travel\w*")

#: The next one ("followed by a trip to Senegal", :mod:`geo.visits.legs`): no "journey", "swing", "leg" or
#: "stay".
TRIP_NEXT = but(TRIP + TRIP_PARTS, "journey", "swing", "leg", "stay")

#: A trip noun that places its owner ("his visit", :mod:`geo.visits.trip_agent`): "visit", "trip", "tour",
#: "leg", "stopover" and "sojourn".
TRIP_PLACING = but(TRIP + TRIP_PARTS, "journey", "swing", "stop", "stay") + ("sojourn",)

#: A trip "here" or "to the country" under a dateline (:mod:`geo.visits.families`): "visit", "trip", "stay",
#: "arrival".
TRIP_HERE = ("visit", "trip", "stay", "arrival")


# --------------------------------------------------------------------------- arrangement verbs

#: The verbs of a trip's arrangement, the base list: "the visit was agreed in February", "was announced on
#: Monday" (:mod:`geo.visit_day`): what follows dates the arrangement, not the trip.
ARRANGED = ("agreed", "announced", "confirmed", "decided", "arranged", "discussed", "proposed", "approved")

#: A trip noun told as the thing arranged or made known (:data:`geo.visits.wording.TOLD`): :data:`ARRANGED`
#: and the verbs of news about it.
ARRANGED_OR_TOLD = ARRANGED + ("negotiated", "mooted", "unveiled", "revealed", "disclosed")


# --------------------------------------------------------------------------- parties led by someone

#: The groups a person leads on a trip, the base list: "a delegation led by", "the team, headed by"
#: (:mod:`geo.visits.context`: who leads it travels).
PARTY = ("delegation", "team", "mission", "group", "party", "entourage", "contingent")

#: :data:`PARTY` but "group", "party" and "contingent" (:mod:`geo.visits.led_by`: a hit with no traveller).
PARTY_LED = but(PARTY, "group", "party", "contingent")

#: The words that say who leads a party: "led by", "headed by".
LED_BY = r"(?:led|headed)\s+by"


# --------------------------------------------------------------------------- meetings

#: Face-to-face exchanges told by a verb other than "met" (a class of verbs, not of one story): "spoke briefly
#: with Aliyev at the anniversary events in Brussels", "chatted in Dushanbe", "exchanged views with", "shook hands
#: with", "held seven meetings with". Talking by phone or video is told with the same verbs: each reader that
#: takes these asks that no such means (:data:`geo.visits.fallback.REMOTE`) stands between the verb and its place.
ENCOUNTER = (r"(?:spoke|speaks|talked|chatted|chats|conversed|converses)\s+(?:(?:briefly|informally|privately)\s+)?with",
             r"chatted", r"exchanged\s+(?:views|greetings|pleasantries)\s+with", r"shook\s+hands(?:\s+with)?",
             r"caught\s+up\s+with",
             r"(?:held|holds|had)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|separate|"
             r"bilateral|further|more)\s+){0,2}(?:meetings|bilaterals)\s+with",
             # "had a brief interaction with", "held a bilateral with", "had dinner in Hiroshima"
             r"(?:held|holds|hold|had|has)\s+(?:an?\s+(?:[\w\-]+\s+){0,2}?)?(?:bilateral|interaction|conversation|"
             r"dinner|lunch|luncheon|breakfast)(?:\s+with)?")
#: The words every match of :data:`ENCOUNTER` starts with (lower case, any part of a word): where a reader tries it.
ENCOUNTER_WORDS = ("spoke", "speaks", "talked", "chat", "convers", "exchanged", "shook", "caught", "held", "holds",
                   "hold", "had", "has")
#: Words one of which a sentence holds when :data:`ENCOUNTER` may match, none so common as "had" (lower case, any
#: part of a word): the trigger words of the readers that take it.
ENCOUNTER_TRIGGERS = ("spoke", "speaks", "talked", "chat", "convers", "exchanged", "shook", "caught up", "meetings",
                      "bilateral", "interaction", "conversation", "dinner", "lunch", "breakfast")
#: A set phrase that puts a meeting beside an event: "on the sidelines of the G20", "in the margins of the
#: EU-Western Balkans summit", "on the fringes of the UN General Assembly".
EVENT_FRAME = r"(?:on|in|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of"

#: The words a meeting is told with, up to the one met: "met (with)", "will meet", "held talks (with)",
#: "sat down (with)" (:mod:`geo.visits.families`' meeting cue and :mod:`geo.visits.met_abroad`, which reads
#: the people met after that cue), and every :data:`ENCOUNTER`.
MEETING = ("met", "meet", "meets", "meeting", "meetings", "talks", r"held\s+talks", r"hold\s+talks", r"holds\s+talks",
           r"sat\s+down", "conferred",
           # "held their first summit", "will hold a bilateral meeting": a meeting noun after "hold"
           r"(?:held|hold|holds)\s+(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:summit|meeting|talks)",
           # "spoke with", "chatted", "held seven meetings with": the other face-to-face exchanges
           *ENCOUNTER)


# --------------------------------------------------------------------------- from afar
#
# As above, each variant is the set its reader held, kept as it was.

#: The means of a meeting or an attendance from afar, the base list: "by video", "virtually", "online", "remotely".
REMOTE_MEANS = ("video", r"virtual(?:ly)?", "online", "remotely")

#: Any word near a meeting verb that tells no presence (:data:`geo.visits.fallback.REMOTE`): the base, the phone, a
#: call, a letter or a message.
REMOTE_WORDS = ("phone", "telephone", r"telephonic(?:ally)?") + REMOTE_MEANS + ("call", "letter", "message", r"by\s+link")

#: The same in a whole sentence about a gathering (:func:`geo.visits.attendance.attended_remotely`): the base and
#: "by phone", "by videoconference", "by video link", not a bare "call" or "letter", which such a sentence holds
#: for other reasons.
REMOTE_ATTENDANCE = REMOTE_MEANS + (r"by\s+(?:phone|videoconference|video\s+link)",)

#: The same right before a counterpart's cue (:mod:`geo.visits.counterparts`): "virtual" but not "virtually" (as in
#: "virtually all"), nor "remotely".
REMOTE_BEFORE = ("phone", "telephone", "call", "video", "virtual", "online", "letter")


# --------------------------------------------------------------------------- days and months
#
# The names only, for the readers that ask whether a day is told near a cue; the dates themselves are read by
# :mod:`geo.dates`.

#: A weekday's name, as a piece of a pattern: "Monday" ... "Sunday".
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

#: A month's name by its first three letters, as a piece of a pattern ("Jan", and with ``[a-z]*`` after it
#: "January").
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
