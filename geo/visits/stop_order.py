"""The status of a stop by its place in the trip: a stop told as after the one under way is still ahead, a stop
told as before it is over.

A multi-stop trip is told from one stop, the one under way (or just over) on the day of writing. English places
the other stops against it with words of order, not with a tense of their own:

* a stop told as next - "before heading to Port Moresby", "will then fly to Seoul", "goes on to Jakarta",
  "continues to Niger and South Africa", "next stop is Hanoi", "followed by Kazakhstan and Uzbekistan", "a tour
  which also includes Italy and Germany" - is still ahead: ``planned``, whatever a bare noun or the other stop's
  past would give it;
* a stop told as done before the one at hand - "after visiting Nairobi", "after a two-day stay in Berlin",
  "arrived from Hanoi", "a tour that earlier took him to Kampala and Nairobi", "after wrapping up talks in
  Canberra" - is over: ``completed``.

The places of one list after such a word share its status ("continues to Niger and South Africa": both ahead).
And a trip goes through a list of its stops in order: a place listed after one where the traveller is, or will
be, on the day of writing is not over ("a two-nation tour to Uganda and Nigeria" while he is in Uganda; "travelling
to South Africa, Nigeria and Kenya"): a stop read as ``completed`` there, with no day of its own, is ``planned``,
when the list follows a trip noun or verb of travel and its sentence is not told in the past (a past sentence's
list may run in any order: "last year he toured Italy and Spain"); so is a stop read as ``ongoing`` listed after
one where the traveller is on the day of writing ("is travelling across Tajikistan, Kyrgyzstan and Mongolia": he
is in the first).

And a traveller is in one country at a time: while a report places the traveller in one country on a day told
(the day of writing or the day before: "Clinton arrived in Kenya on Wednesday"), the trip's stops named with no
day of their own and read as under way ("Her tour also takes in Vietnam and Cambodia") are its other legs:
ahead, or over when their sentence holds a verb in the past ("began her tour in Vietnam"). :func:`one_place`
reads this after :func:`order_stops`; a stop in the traveller's own country, or with an end day told, is left
alone.

:func:`order_stops` reads it once per document, after the cue families, for the visits whose evidence sentence
holds such a word right before the visit's place (only a list of names, commas and "and" between the two). Guards:
a stop ahead is made ``planned`` only when the trip is not all told in the past - the word is in the present or
future ("continues to", "will then fly to", "next stop is") or another stop of the same traveller in the sentence
is under way or ahead (a past story's "visited Jakarta before heading to Port Moresby" keeps its past); its own
days, if told, must be a span still open ("this week"): a stop with a day of its own is left to the day rules. A stop before is made ``completed`` only when its own day is
not after the day of writing and another stop of the traveller in the sentence is under way or over (in "will
visit Seoul after visiting Tokyo" both are ahead). A cancelled or postponed visit is left alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from geo.dates import today_or_yesterday
from geo.leaders import surname
from geo.status import tense, told_past
from geo.text import where_told
from geo.values import Document, Mention, Visit
from geo.visits.context import mention_start
from geo.wordlists import COUNTED_STOPS, TRIP_LISTED, alternation

__all__ = ["order_stops", "one_place", "AHEAD", "BEFORE"]

#: A word of order that tells the places after it as stops still to come. Group ``now`` is set when the word
#: itself is in the present or future, so the trip is under way or ahead on the day of writing.
AHEAD = re.compile(  # (the look-ahead: the first characters of its words, each refused at once elsewhere)
    r"(?=[abcefghijlmnpstw,])\b(?:before\s+(?:heading|going|travell?ing|flying|moving|continuing|proceeding|leaving\s+for)(?:\s+on)?"
    r"(?:\s+to)?"
    r"|(?P<now>(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to|is\s+expected\s+to|shall)\s+(?:then|later|next|also)\s+"
    r"(?:fly|travel|head|go|move|continue|proceed|visit|stop)(?:\s+on)?(?:\s+to|\s+in|\s+over\s+in)?"
    r"|(?:then|later|next)\s+(?:flies|travels|heads|goes|moves|continues|proceeds|visits)(?:\s+on)?(?:\s+to)?"
    r"|(?:flies|travels|heads|goes|moves|continues|proceeds|presses)\s+on\s+to"
    r"|continues\s+(?:(?:his|her|their|the)\s+(?:[\w\-]+\s+)?(?:tour|trip|journey)\s+)?(?:to|in|with\s+a\s+visit\s+to)"
    r"|(?:next|final|last|second|third|following)\s+(?:stop|leg|destination)s?\s+(?:is|are|will\s+be|being)"
    r"|(?:is|are)\s+followed\s+by|,\s+followed\s+by"
    r"|(?:tour|trip|itinerary|journey)\s*,?\s+(?:which|that)\s+also\s+(?:includes?|takes?\s+in)"
    r"|(?:also\s+)?includes?\s+a\s+stop(?:over)?\s+in"
    r"|ending\s+in|(?:and\s+)?ends\s+(?:it\s+|there\s+)?in))\s+$",
    re.I)
#: A word of order that tells the places after it as stops already behind the traveller.
BEFORE = re.compile(
    r"(?=[acefh])\b(?:after\s+(?:visiting|leaving|touring|wrapping\s+up\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w\-]+\s+){0,2}"
    r"(?:talks|visit|stay|trip|tour|leg|stop)\s+in"
    r"|(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,3}(?:stay|visit|stop|stopover|trip|leg)\s+(?:in|to))"
    r"|arrived\s+(?:here\s+)?from|(?:flew|came|flying|coming)\s+in\s+from|fresh\s+from"
    r"|earlier\s+took\s+(?:him|her|them)\s+to|(?:has|had)\s+already\s+(?:visited|been\s+to))\s+$",
    re.I)
#: What may stand between the word of order and the place: the list's earlier names, commas and "and".
#: (Possessive inside a name: a name's letters given back never let a comma or "and" follow, so the same matches,
#: with no backtracking through every shorter reading of a long run of names.)
_LIST = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'’\-]*+(?:\s+[A-Z][\w.'’\-]*+)*+\s*(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$")
_UNDER_WAY = ("ongoing", "planned")
_LEFT_ALONE = ("cancelled", "postponed")


def _open(v: Visit, day) -> bool:
    """Are the stop's own days still open on ``day``: none told, or a span (not one day) that has not ended
    ("this week")? A stop with a day of its own is left to the day rules
    (:func:`geo.status.agree_with_days`)."""
    if v.start_date is None or day is None:
        return True
    return v.end_date is not None and v.end_date > v.start_date and v.end_date >= day


#: How far before a place a word of order and its list may stand, in characters; and the longest sentence read
#: (a longer one is a table or a text with no sentence breaks, where neither order nor list can be told).
_REACH, _LONGEST = 160, 800


def _head(text: str, lo: int, at: int) -> str:
    """``text[lo:at]`` (its last ``_REACH`` characters) up to the list that runs up to ``at``, ending in a space:
    where :func:`_cue` looks for a word of order."""
    seg = text[max(lo, at - _REACH):at]
    if seg.rstrip().endswith((",", "and", "the")):
        head = seg[:_LIST.search(seg).start()]  # (it always matches: an empty list at the end)
    else:  # every non-empty match of _LIST ends with one of those and white space: only the empty list is here,
        head = seg[:-1] if seg.endswith("\n") else seg  # at "$" (before a last newline), found without the search
        # (the search tries the pattern at each of the 160 characters; most places follow no list)
    return head if head.endswith(" ") else head + " "


def _cue(head: str, words: re.Pattern[str]) -> re.Match[str] | None:
    """The word of order that ends ``head`` (:func:`_head`), if there is one."""
    return words.search(head)


def order_stops(doc: Document, mentions: Sequence[Mention], visits: Sequence[Visit]) -> list[Visit]:
    """``visits`` with the status each stop's place in its trip tells (see the module's words).

    Parameters
    ----------
    doc : Document
        The document the visits were read from (its text and day of writing).
    mentions : sequence of Mention
        Its place mentions, in the order of the text.
    visits : sequence of Visit
        Its visits, as the cue families read them.

    Returns
    -------
    list of Visit
        The same visits, in the same order; a stop placed by a word of order or by its list has its status set.

    Examples
    --------
    >>> import datetime as dt
    >>> t = "Scholz wrapped up talks in Dakar on Sunday and continues to Niger and South Africa this week."
    >>> d = Document("d", t, published=dt.date(2022, 5, 23))
    >>> ms = [Mention("d", t.index(n), t.index(n) + len(n), n, n, 0.0, 0.0, c, None, "country", 1.0)
    ...       for n, c in (("Dakar", "SN"), ("Niger", "NE"), ("South Africa", "ZA"))]
    >>> vs = [Visit("Olaf Scholz", "DE", None, c, None, None, None, None, None, s, "d", t, 0.9)
    ...       for c, s in (("SN", "completed"), ("NE", "ongoing"), ("ZA", "completed"))]
    >>> [(v.country, v.status) for v in order_stops(d, ms, vs)]
    [('SN', 'completed'), ('NE', 'planned'), ('ZA', 'planned')]
    """
    text, day = doc.text, doc.published
    out = list(visits)
    mentions = sorted(mentions, key=mention_start)
    starts = [m.start for m in mentions]
    at: dict[str, int] = {}  # each evidence sentence's offset, found once
    told: dict[tuple[str, str], list[Visit]] = defaultdict(list)  # the visits of one sentence and traveller
    ahead: dict[str, set[str]] = defaultdict(set)  # the countries where each traveller is, or will be
    others_of: dict[tuple[str, str, str], list[Visit]] = {}  # the sentence's visits of the traveller elsewhere
    now: dict[str, set[str]] = defaultdict(set)  # where each traveller is on the day of writing
    for v in visits:
        told[v.evidence or "", surname(v.traveler)].append(v)
        if v.status in _UNDER_WAY:
            ahead[surname(v.traveler)].add(v.country)
        if v.status == "ongoing":
            now[surname(v.traveler)].add(v.country)
    for i, v in enumerate(out):
        if v.status in _LEFT_ALONE or not v.evidence:
            continue
        if v.evidence not in at:
            at[v.evidence] = where_told(text, v.evidence)  # its first occurrence
        lo = at[v.evidence]
        if lo < 0:
            continue
        hi = lo + len(v.evidence)
        if hi - lo > _LONGEST:
            continue
        key = surname(v.traveler)
        if (v.evidence, key, v.country) not in others_of:  # once per sentence, traveller and country: a text
            # that repeats one sentence would otherwise walk all its visits for each of them
            others_of[v.evidence, key, v.country] = [w for w in told[v.evidence, key] if w.country != v.country]
        others = others_of[v.evidence, key, v.country]
        sentence = mentions[bisect_left(starts, lo):bisect_left(starts, hi)]
        here = [m for m in sentence if m.country == v.country]
        may_plan = v.status != "planned" and _open(v, day)  # the cues are looked for only where they may count
        may_end = v.status in _UNDER_WAY and (v.start_date is None or day is None or v.start_date <= day)
        for m in ([m for m in here if m.text == v.place] or here) if may_plan or may_end else ():  # its own place
            head = _head(text, lo, m.start)  # one list for both words of order
            cue = _cue(head, AHEAD) if may_plan else None
            if cue is not None and (cue.group("now") or any(w.status in _UNDER_WAY for w in others)):
                out[i] = dataclasses.replace(v, status="planned")
                break
            cue = _cue(head, BEFORE) if may_end else None
            if cue is not None and any(w.status in ("ongoing", "completed") for w in others):
                out[i] = dataclasses.replace(v, status="completed")
                break
        if out[i] is v and v.status == "completed" and v.start_date is None and not told_past(text, lo, hi) \
                and _after_a_stop_ahead(text, sentence, v.country, ahead[key] - {v.country}):
            out[i] = dataclasses.replace(v, status="planned")
        elif out[i] is v and v.status == "ongoing" and v.start_date is None and not told_past(text, lo, hi) \
                and _after_a_stop_ahead(text, sentence, v.country, now[key] - {v.country}):
            # "is travelling across Tajikistan, Kyrgyzstan and Mongolia": a tour under way goes through its list in
            # order, so the stops after one where the traveller is are ahead (on every set as right or more often)
            out[i] = dataclasses.replace(v, status="planned")
    return out


#: Between two places of one list: a comma, "and" or both.
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


#: The list is the trip's own: a trip noun or verb of travel and its preposition right before the first place.
_TRIP_TO = re.compile(r"\b" + alternation(TRIP_LISTED) + r"\b[^.;,]{0,40}?\b(?:to|of|through|across|includ(?:es?|ing)"
                      r"(?:\s+" + COUNTED_STOPS + r")?)\s+(?:the\s+)?$", re.I)


def _after_a_stop_ahead(text: str, sentence: Sequence[Mention], country: str, ahead: set[str]) -> bool:
    """Is a place of ``country`` in a list after a place of ``ahead``, where the same traveller is, or will be, on
    the day of writing?

    A trip goes through its list in order ("a two-nation tour to Uganda and Nigeria" while he is in Uganda):
    a later stop cannot be over while an earlier one is still under way or ahead."""
    for k, m in enumerate(sentence):
        if m.country != country:
            continue
        j = k
        while j > 0 and _JOIN.fullmatch(text, sentence[j - 1].end, sentence[j].start):
            j -= 1
        if j < k and _TRIP_TO.search(text, max(0, sentence[j].start - 80), sentence[j].start) \
                and any(x.country in ahead for x in sentence[j:k]):
            return True
    return False


def one_place(visits: Sequence[Visit], text: str, published: dt.date | None) -> list[Visit]:
    """``visits`` with each undated stop read as under way, while the same traveller is under way in another
    country on a day told, read as another leg of the trip: ``planned``, or ``completed`` when its sentence
    holds a verb in the past (see the module's words).

    Examples
    --------
    >>> d = dt.date(2009, 8, 5)
    >>> t = "Clinton arrived in Kenya on Wednesday. Her tour includes South Africa and Nigeria."
    >>> here = Visit("Hillary Clinton", "US", None, "KE", None, None, None, d, None, "ongoing", "a",
    ...              "Clinton arrived in Kenya on Wednesday.", 0.9)
    >>> leg = Visit("Hillary Clinton", "US", None, "ZA", None, None, None, None, None, "ongoing", "a",
    ...             "Her tour includes South Africa and Nigeria.", 0.7)
    >>> [v.status for v in one_place([here, leg], t, d)]
    ['ongoing', 'planned']
    """
    if published is None:
        return list(visits)
    now: dict[str, set[str]] = defaultdict(set)  # the countries where each traveller is, on a day told
    for v in visits:
        if v.status == "ongoing" and v.start_date is not None and today_or_yesterday(v.start_date, published):
            now[v.traveler].add(v.country)
    if not now:
        return list(visits)
    out = list(visits)
    for i, v in enumerate(out):
        if v.status != "ongoing" or v.start_date is not None or v.end_date is not None \
                or v.country == v.traveler_country or not now.get(v.traveler, set()) - {v.country}:
            continue
        lo = where_told(text, v.evidence or "")
        hi = lo + len(v.evidence or "")
        # over only when told so: a verb in the past, and the clause's tense past ("to be visited" is ahead)
        past = lo >= 0 and told_past(text, lo, hi) and tense(text, lo, hi) == "past"
        out[i] = dataclasses.replace(v, status="completed" if past else "planned",
                                     how=f"{v.how}; another leg (under way elsewhere on a day told)")
    return out
