"""Who took part in a meeting whose place was told first, with no one named?

News often opens on the event and its place and names the people only in the next sentence:

* "The foreign ministers of India and Japan met in Tokyo on Monday. The talks, between Indian External
  Affairs Minister Jaishankar and Japanese Foreign Minister Kamikawa, focused on China."
* "Senior diplomats of Brazil and Argentina have met in Washington. The meeting took place between
  Brazilian Vice Minister Rocha and her Argentine counterpart Valle on Thursday."
* "Russia and India held defence talks in New Delhi. The Russian side was led by Defence Minister Belousov."
* "The G7 summit opened in Hiroshima on Friday. Scholz and Macron pressed for more aid."; "Kazan hosts BRICS
  summit. Modi held talks with Xi on Wednesday" (a city as the gathering's host; a country hosts as the chair);
* "Vietnam and Japan signed a strategic partnership in Hanoi. The agreement was signed by Kishida and ...";
  "Foreign ministers of the G7 met in Capri. Blinken said the group was united." (a group's meeting is read like
  a summit); "The leaders ... met at the White House" ("at" before a city or a building, never a country).

:func:`cast_hits` reads each foreigner of the sentences right after as a visitor to the event's place, the
visit's day and status read in the event's own sentence. Guards, at the level of the language:

* the event's sentence names no one, not even by title or pronoun (those are the families'), tells a meeting, talks or a
  summit right before "in <place>", is not negated and not by telephone or video;
* when it names the parties ("of India and Japan", "Russia and India"), only their people took part;
* a later sentence is read only while it tells of no place of another country, at most two of them; it
  must point back at the event ("the talks", "the meeting", "the Russian side") or tell a meeting or
  leading; after a summit, the very next sentence's people are its participants;
* only people named there count, not a title ("director of the U.S. Secretary of State's staff");
* a person from the place's country is at home; one with a visit there already gets none more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.text import negated
from geo.values import Mention, Person, Visit
from geo.visits.context import Hit, told_at
from geo.visits.fallback import remote_in
from geo.visits.summits import GROUP, HOSTS

__all__ = ["cast_hits"]

#: The event's words, then "in <place>" within the clause: "met in", "held talks in", "the summit opened in",
#: "signed a strategic partnership in", "a deal was signed in"; a landmark's "at": "met at the White House".
_EVENT = re.compile(r"\b(?:(?P<summit>summit|conference|forum|assembly|gathered|convened)|met|meet|meets|meeting|talks|dialogue|"
                    r"consultations?|negotiations|session|signed|signing)\b"
                    r"(?P<gap>(?:[^.;:!?]|\.(?=\s*\d)|(?<=[A-Z])\.){0,80}?)"
                    r"\b(?:in|(?P<at>at))\s+(?:the\s+)?$", re.I)  # (a date's or a name's full stop: "on Feb. 27", "U.S.")
#: A meeting of a group told by its members' plural: "Foreign ministers of the G7 met", "The leaders of Japan,
#: the United States and the Philippines met": like a summit, the next sentence's people are its members.
_GROUP_MET = re.compile(r"\b" + GROUP + r"\b[^.;:]{0,80}?$", re.I)
#: The words one of which every match of ``_EVENT`` holds, looked for as plain text first: most sentences hold none.
_EVENT_WORDS = ("summit", "conference", "forum", "assembly", "gathered", "convened", "met", "meet", "talks", "dialogue",
                "consultation", "negotiations", "session", "signed", "signing")
#: A later sentence pointing back at the event, or telling a meeting, a signing or who led a side; or a
#: participant speaking to it ("told the gathering", "said the group was united", "described them as").
_BACK = re.compile(r"\b(?:(?:the|this|that|their|both)\s+(?:[\w\-]+\s+){0,2}?(?:talks|meeting|dialogue|"
                   r"consultations?|summit|session|negotiations|discussions|luncheon|sides?|delegations?|"
                   r"agreement|deal|accord|partnership|memorandum|documents?|gathering|group|conference|forum)|"
                   r"met|meets|held|led|headed|chaired|co-chaired|attended|took\s+part|participated|"
                   r"signed\s+(?:it|them)|(?:told|addressed)\s+(?:the\s+)?(?:delegates|participants|leaders|"
                   r"ministers|counterparts)|described\s+(?:it|them)|signed\s+by)\b", re.I)
#: A verb telling the event happen (a sentence without one is a title or a fragment: "... conference in Tashkent.").
_HAPPENS = re.compile(r"\b(?:met|meet|meets|held|hold|holds|hosts|hosting|hosted|host|opened|opens|began|begins|ended|"
                      r"ends|closed|concluded|took\s+place|takes\s+place|kicked\s+off|gathered|convened|signed|is|are|was|were|will)\b", re.I)
#: A place as the host of a gathering told right after it: "Kazan hosts BRICS summit", "Nairobi is hosting the
#: regional summit this week", "Baku will host the COP29 conference".
_HOSTS_EVENT = re.compile(HOSTS + r"(?:[\w\-]+\s+){0,4}?(?:summit|conference|forum|assembly|talks|meeting|gathering)\b",
                          re.I)
#: A place someone is at or goes to, not a topic: "in Berlin", "to Moscow", "from Kyiv".
_AT = re.compile(r"\b(?:in|to|at|from|for|into|via)\s+(?:the\s+)?$", re.I)
#: A clause break between the event's word and its place: "talks, and later flew to".
_BREAK = re.compile(r",\s+(?:and|but|before|after|then)\b|\b(?:flew|travell?ed|left|returned)\b", re.I)


def cast_hits(text: str, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
              people_of: Sequence[Sequence[Person]], visits: Sequence[Visit]) -> list[tuple[int, Hit]]:
    """The visits of people named after an event told with its place and no one named.

    Parameters
    ----------
    text : str
        The document's text.
    sentences : sequence of (int, int)
        Its sentences.
    ms_of, people_of : sequence of sequences
        The place mentions and the people of each sentence.
    visits : sequence of Visit
        The visits read so far: a traveller with a visit to the place's country gets none more.

    Returns
    -------
    list of (int, Hit)
        The event's sentence (where the visit's day and status are read) and one hit per participant.

    Examples
    --------
    >>> t = "Japan and India held talks in Tokyo. The talks were led by Jaishankar."
    >>> tokyo = Mention("d", 30, 35, "Tokyo", "Tokyo", 35.7, 139.7, "JP", None, "city", 1.0)
    >>> jp = Mention("d", 0, 5, "Japan", "Japan", 36.0, 138.0, "JP", None, "country", 1.0)
    >>> india = Mention("d", 10, 15, "India", "India", 21.0, 78.0, "IN", None, "country", 1.0)
    >>> j = Person(60, 70, "Jaishankar", "S. Jaishankar", "IN", "foreign minister", "surname")
    >>> [(k, h.traveller.name, h.places[0].country) for k, h in
    ...  cast_hits(t, [(0, 36), (37, 71)], [[jp, india, tokyo], []], [[], [j]], [])]
    [(0, 'S. Jaishankar', 'JP')]
    """
    out: list[tuple[int, Hit]] = []
    for k, (s0, s1) in enumerate(sentences):
        # ("The foreign ministers of India and Japan met in Tokyo": an office list names no one yet)
        if not ms_of[k] or not all(p.listed for p in people_of[k]) or k + 1 >= len(sentences):
            continue
        found = _event_place(text, s0, s1, ms_of[k])
        if found is None:
            continue
        place, summit, c0, c1 = found
        host = place.country
        parties = {m.country for m in ms_of[k] if m.country} - {host}
        for j in range(k + 1, min(k + 3, len(sentences))):
            a, b = sentences[j]
            if any(m.country and m.country != host and m.country not in parties and m.kind != "demonym"
                   and _AT.search(text, max(a, m.start - 12), m.start) for m in ms_of[j]):
                break  # the story has moved on to another place ("in Berlin", not "discussed Gaza")
            if not (_BACK.search(text, a, b) or summit and j == k + 1):
                continue
            for p in people_of[j]:
                if not p.name or not p.country or p.country == host or p.kind not in ("name", "surname") \
                        or p.role in SPEAKER_ROLES or parties and p.country not in parties \
                        or any(v.country == host and v.traveler == p.name for v in visits) \
                        or any(h.traveller.name == p.name for _, h in out):
                    continue
                out.append((k, Hit(p, [told_at(place, text, place.start, place.end)], c0, c1,
                                   (s0, s1), 0.5, "event")))
    return out


def _event_place(text: str, s0: int, s1: int, ms: Sequence[Mention]) -> tuple[Mention, bool, int, int] | None:
    """The place of an event told in one sentence, whether it is a summit, and the event's words' span."""
    low = text[s0:s1].lower()
    if low.isascii() and not any(w in low for w in _EVENT_WORDS):
        return None  # no event's word (as ``_EVENT`` folds case, in ASCII): no match below, and its searches are dear
    if remote_in(text, s0, s1) or not _HAPPENS.search(text, s0, s1):
        return None  # "held talks by video link": no one went anywhere
    for m in ms:
        if not m.country or m.kind == "demonym":
            continue
        if m.kind == "city" and (h := _HOSTS_EVENT.match(text, m.end, s1)) is not None and not negated(text, s0, m.start):
            return m, True, m.start, h.end()  # "Kazan hosts BRICS summit": the place as the gathering's host
        e = _EVENT.search(text, max(s0, m.start - 110), m.start)
        if e is None or _BREAK.search(e.group("gap")) or negated(text, s0, e.start()) \
                or e.group("at") and m.kind == "country":
            continue  # "at" only before a city or a building: "met at the White House", not "at Japan's invitation"
        group = _GROUP_MET.search(text, s0, e.start()) is not None
        return m, e.group("summit") is not None or group, e.start(), m.end
    return None
