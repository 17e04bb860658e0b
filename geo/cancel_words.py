"""The words that call a trip off: one home for every reader of a calling-off.

News calls a trip off in many words: "called it off", "cancelled", "postponed", "scrapped", "ruled out",
"will not travel" (:data:`CANCEL`); the trip as the subject of a verb of giving up, "the visit has been
abandoned", "put on hold", "fell through" (:data:`GIVEN_UP`); the traveller giving up his part or his plan,
"cancelled his attendance at the summit", "withdrew from the summit", "will miss the summit", "decided
against travelling" (:data:`GIVES_UP`). It tells a trip still on with "going ahead", "still"
(:data:`GOING_AHEAD`, :data:`STILL_ON`) and its new days with "will now take place on", "rescheduled for"
(:data:`NEW_DAYS`).

The readers share these words; each keeps its own logic of scope, because each answers another question:

* :func:`geo.status.is_cancelled` and :func:`geo.status.cancel_in` - does the visit's own clause (or a "but"
  clause after it about the same trip) call it off? :data:`CANCEL`, not when what is called off is another
  thing (:data:`NOT_A_TRIP`: "cancelled his events for the day"); the ties ask it too;
* :func:`geo.visits.cancelled.called_off_otherwise` - who gives a trip up in a sentence, and which of the
  sentence's visits go with it (:data:`GIVEN_UP`, :data:`GIVES_UP`: their forms need the trip or the event
  named, as :data:`CANCEL`'s plain verbs do not, so they are asked apart);
* :func:`geo.visits.called_off.called_off` and :func:`~geo.visits.called_off.cancel_legs` - whose trip a
  sentence calls off without naming where, on which days, and which planned legs of that traveller go with
  it (:data:`CANCEL` through :func:`geo.status.cancel_in`, :data:`STILL_ON`, :data:`NEW_DAYS`,
  :data:`GOING_AHEAD`);
* :data:`geo.visits.fallback.DECLINED` (no presence), :mod:`geo.visits.later_stops` (no stop ahead) and
  :func:`geo.visits.attendance.not_attended` (no attendance) ask only whether some words near a cue call
  something off or refuse it (:data:`CALL_OFF_STEMS`, :data:`REFUSE_STEMS`), and then read no visit at all.

Where two readers held different words for one meaning they now share the union: :data:`CANCEL` takes "put on
hold", "put on ice" and "deferred" from :data:`GIVEN_UP`; :data:`GIVES_UP` takes "pulled out of" (the summit)
from :data:`CANCEL`; :data:`GOING_AHEAD` and :data:`STILL_ON` share "went ahead" and "instead". Kept apart on
purpose: "skip" stays the clause's, and only of the trip or what it is for (:data:`_SKIP`: a tour that
"skipped a final meeting" gave up no trip), and "abandoned",
"dropped", "suspended" stay :data:`GIVEN_UP`'s, asked only of a trip noun ("visited the abandoned village" calls
nothing off).
"""

from __future__ import annotations

import re

from geo.wordlists import MONTH, WEEKDAY

__all__ = ["CANCEL", "CANCEL_WORDS", "CANCEL_STARTS", "FELL_THROUGH", "NOT_A_TRIP", "only_possible", "EVENT_NOUN", "EVENT", "GIVEN_UP", "GIVES_UP",
           "GIVE_UP_WORDS", "GOING_AHEAD", "STILL_ON", "NEW_DAYS", "MOVED_TO", "CALL_OFF_STEMS", "REFUSE_STEMS", "CONTRAST"]

#: "Skip" calls a trip off only when what is skipped is the trip or what it is for: "skipped a planned trip to
#: Bogota", "will skip the G7 summit", "skipping the APEC leaders meeting", "skip Davos". Skipping one event of a
#: trip under way ("skipping a final meeting with regional leaders", "skipped the gala dinner") calls nothing off:
#: the object's head (before any preposition) is a trip or gathering noun, or a name (a capital, not a weekday).
_SKIP = (r"skip(?:s|ped|ping)?\s+(?:(?!(?:for|of|on|to|with|about|over|after|before|at|in|and|but|as|so)\s)"
         r"[\w'’\-]+\s+){0,5}?(?:(?:visits?|trips?|tours?|journey|leg|stop|stopover|summits?|conference|forum|"
         r"assembly|games|olympics|inauguration|funeral|coronation|jubilee|congress|convention)\b|"
         r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])[\w'’\-]*)")
#: Words that call a trip off.
CANCEL = re.compile(r"\b(?:called\s+(?:it\s+|the\s+\w+\s+)?off|call(?:s|ing)?\s+(?:it\s+)?off|"
                    r"cancel(?:l)?(?:ed|ing|s|ation)?|postpone[sd]?|postponing|postponement|scrapped|"
                    r"scraps?|put\s+off|put\s+on\s+(?:hold|ice)|deferred|shelved|aborted|axed|delayed\s+indefinitely|"
                    r"ruled\s+out|rules\s+out|ruling\s+out|pulled\s+out\s+of|"
                    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:barred|prevented|blocked)\s+from|"
                    + _SKIP + r"|(?:won't|will\s+not|would\s+not|did\s+not|didn't)\s+"
                    r"(?:travel|go|attend|visit|make\s+the\s+trip))\b", re.I)
#: Words one of which every match of :data:`CANCEL` holds (lower case).
CANCEL_WORDS = ("call", "cancel", "postpon", "scrap", "put", "deferred", "shelved", "aborted", "axed", "delayed", "ruled",
                "rules", "ruling", "pulled", "barred", "prevented", "blocked", "skip", "not", "n't")
#: Words one of which every match of :data:`CANCEL` starts with (lower case), where
#: :func:`geo.status.cancel_in` tries it.
CANCEL_STARTS = ("call", "cancel", "postpon", "scrap", "put", "deferred", "shelved", "aborted", "axed", "delayed", "ruled", "rules",
                 "ruling", "pulled", "was", "were", "is", "are", "has", "have", "skip", "won't", "will", "would", "did")

#: What is called off right after the cancel word is not a trip: "cancelled his events for the day",
#: "canceling events", "cancelled attendance at events Saturday".
#: A calling-off told only as possible: "the trip may be postponed", "it could yet be cancelled".
_POSSIBLE = re.compile(r"\b(?:may|might|could|can)\s+(?:still\s+|yet\s+|also\s+|well\s+|even\s+)?"
                       r"(?:be\s+|have\s+to\s+be\s+)$", re.I)


def only_possible(text: str, at: int) -> bool:
    """Whether the calling-off words at ``at`` are told only as a possibility: a trip that "may be
    postponed" is still planned.

    Examples
    --------
    >>> t = "He will visit Nepal, but the trip may be postponed."
    >>> only_possible(t, t.index("postponed")), only_possible(t, t.index("trip"))
    (True, False)
    """
    return _POSSIBLE.search(text, max(0, at - 30), at) is not None


#: A plan told in the past perfect, or as what was to have been (a pattern piece): "had been due to arrive", "had
#: been scheduled to", "was to have visited": a plan the story says fell through.
FELL_THROUGH = r"had\s+been\s+(?:due|scheduled|expected|set|slated|supposed|planning)\s+to|was\s+to\s+have"

NOT_A_TRIP = re.compile(r"\s+(?:(?:his|her|their|its|the|all|some|several|a|an|planned|scheduled|public|other|"
                        r"remaining|today's|that\s+day's)\s+){0,3}(?:events?|engagements?|appointments?|"
                        r"attendance|schedule|programmes?|programs?|press\s+conferences?|speech|speeches|"
                        r"interviews?|rally|rallies)\b", re.I)

#: What one attends that is held somewhere, so that giving up one's part in it gives up a trip.
EVENT_NOUN = (r"(?:summit|meeting|meetings|conference|forum|ceremony|ceremonies|inauguration|talks|session|assembly|"
              r"games|funeral|celebrations?|parade|gathering|dialogue|convention|congress|festival|jubilee|"
              r"coronation|swearing[\s-]in)")
#: the event named as the head of its phrase: "the annual APEC summit", not "the deadline for talks"
EVENT = r"(?:(?!(?:for|of|on|to|with|about|over|after|before|at|in)\s)[\w'’\-]+\s+){0,5}?" + EVENT_NOUN

#: The trip, an event or a plan, then a verb of giving it up: "the trip ... has been abandoned".
GIVEN_UP = re.compile(
    r"\b(?:visit|trip|tour|journey|travel|plans?|" + EVENT_NOUN + r")\b"
    r"(?:[^.;:!?]{0,80}?)\s(?:has|have|had|was|were|is|are|will|would)\s+(?:now\s+|also\s+|reportedly\s+|since\s+)?"
    r"(?:been\s+)?(?:abandoned|dropped|put\s+on\s+(?:hold|ice)|suspended|deferred|"
    r"(?:no\s+longer|not)\s+(?:go\s+ahead|take\s+place))\b"
    r"|\b(?:visit|trip|tour|journey)\s+(?:\w+\s+){0,2}?fell\s+through\b", re.I)

#: The traveller gives his trip or his part up: "decided to cancel his attendance at the summit",
#: "withdrew from the summit", "abandoned plans to visit", "decided against travelling".
GIVES_UP = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|s)?|withdr[ae]w(?:n|s|ing)?|abandon(?:ed|s|ing)?|drop(?:ped|s|ping)?)\s+"
    r"(?:(?:his|her|their|its|the|a)\s+)?(?:planned\s+|scheduled\s+)?(?:attendance|participation|presence|"
    r"trip|visit)\s+(?:at|in|to|from)\s+" + EVENT + r"\b"
    r"|\b(?:withdr[ae]w(?:n|s|ing)?\s+from|pull(?:ed|s|ing)?\s+out\s+of)\s+(?:the\s+)?" + EVENT + r"\b"
    r"|\babandon(?:ed|s|ing)?\s+(?:(?:his|her|their|its|the)\s+)?plans?\s+to\s+(?:travel|visit|attend|go|fly)\b"
    r"|\bmiss(?:es|ed|ing)?\s+(?:the\s+|this\s+(?:year's\s+)?|next\s+week's\s+)?" + EVENT + r"\b"
    r"|\bprevent(?:s|ed|ing)?\s+(?:him|her|them|(?-i:[A-Z])[\w.’'\-]*(?:\s+(?-i:[A-Z])[\w.’'\-]*){0,3})\s+from\s+"
    r"(?:attending|travel+ing|visiting|going|making\s+the\s+trip|flying)\b"
    r"|\bdecid(?:ed|es|ing)\s+(?:against\s+(?:travel+ing|visiting|going|attending|a\s+trip|the\s+trip)|"
    r"not\s+to\s+(?:travel|visit|attend|go|fly))\b"
    # "failed to attend the summit in Kigali", "fails to turn up for the meeting", "will no longer travel to Lima"
    r"|\bfail(?:ed|s|ing)?\s+to\s+(?:attend|turn\s+up\s+(?:at|for)|show\s+up\s+(?:at|for)|travel\s+to|visit)\b"
    r"|\bno\s+longer\s+(?:be\s+)?(?:travel+(?:ing)?|visit(?:ing)?|attend(?:ing)?|go(?:ing)?|fly(?:ing)?)\b", re.I)

#: Words one of which every form above holds (lower case): the sentences without one are not read.
GIVE_UP_WORDS = ("abandon", "drop", "on hold", "on ice", "suspended", "deferred", "no longer", "go ahead",
                 "take place", "fell through", "withdr", "cancel", "miss ", "missed", "misses", "missing", "prevent", "decid", "pull",
                 "fail")

#: The words that tell a trip as still on, or replaced by another: "Xi will be going ahead with the India visit",
#: "the trip went ahead", "still plans to", "will travel to Germany instead".
_ON_WORDS = (r"(?:go(?:es|ing)?|went)\s+ahead", "still", "instead")
#: A trip told as still on near a visit's cue or in its sentence (:mod:`geo.visits.document`,
#: :func:`geo.visits.called_off.cancel_legs`).
GOING_AHEAD = re.compile(r"\b(?:" + "|".join(_ON_WORDS) + r")\b", re.I)
#: A sentence that tells the trip as still on, replaced or moved: "the visit will go ahead", "rescheduled"
#: (:func:`geo.visits.called_off.called_off` reads no calling-off in it).
STILL_ON = re.compile(r"\b(?:" + "|".join(_ON_WORDS + ("rescheduled",)) + r")\b", re.I)

#: A contrast between a calling-off and a trip told after it: "called off his visit to Mali but will travel to Niger",
#: "cancelled the Denmark leg, though he still plans to visit Poland" (:func:`geo.status.is_cancelled`: the trip
#: after the contrast is not the one called off; before it, "was due to visit Canada but called it off", it is).
CONTRAST = re.compile(r"\b(?:but|yet|though|although|while|whereas|however|instead)\b", re.I)

#: The new days of a trip put off: "will now take place on Monday", "rescheduled for March".
NEW_DAYS = re.compile(r"\b(?:take\s+place|takes\s+place|be\s+held|rescheduled\s+(?:for|to)|moved\s+to|"
                      r"pushed\s+back\s+to)\s+(?:on\s+|in\s+|for\s+)?(?:the\s+)?$", re.I)

#: A trip put off to days told right after: "has been postponed to May 6-7", "rescheduled to October 12-17",
#: "delayed until March": no calling-off, a trip still ahead on its new days (not "postponed until further notice"
#: nor "to next year", which tell no day).
MOVED_TO = re.compile(r"\b(?:postpone[sd]?|rescheduled|deferred|delayed|moved|pushed\s+back|put\s+off)\s+(?:to|until|till|for)\s+"
                      r"(?:on\s+|in\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:" + MONTH + r"[a-z]*\.?\s+\d|"
                      + MONTH + r"[a-z]*\b(?!\s+\d{4})|" + WEEKDAY + r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r")", re.I)

#: The calling-off in any form, for the readers that only ask whether some words speak of one, not of which trip
#: (:data:`geo.visits.fallback.DECLINED`: no presence; :mod:`geo.visits.later_stops`: no stop ahead).
CALL_OFF_STEMS = (r"cancel\w*", r"postpon\w*", r"called\s+off", "scrapped", r"ruled\s+out")
#: A plan or an invitation refused, in any form: "declined", "refused", "turned down", "snubbed"
#: (:data:`geo.visits.fallback.DECLINED`, :func:`geo.visits.attendance.not_attended`).
REFUSE_STEMS = (r"declin\w*", r"refus\w*", r"reject\w*", r"turn(?:s|ed|ing)?\s+down", r"snub\w*")
