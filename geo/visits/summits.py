"""Who is at a gathering, told by a list, a delegation or a group joined.

* :func:`listed_attendees` - the people a sentence lists as attending: "World leaders who will be
  attending the Manila Summits include Trump, Li Keqiang and Modi", "Among those attending the
  funeral were Blair and Mbeki", "Also in attendance at the funeral in London were Macron and Trudeau";
* :func:`joined_leaders` - joining a group somewhere: "Mohamud joined several African leaders in
  Kigali to attend the inauguration";
* :func:`represented_by` - a country sending someone: "Belarus in Munich will be represented by
  Foreign Minister Makei", "Nigeria will be represented at the summit by Vice-President Osinbajo";
* :func:`opened_by` - a gathering the sentence before named, opened or attended by people: "It was
  expected to be opened by Turkish President Erdogan and Mauritania President Aziz";
* :func:`brought_together` - a gathering as the subject of "brought together": "The summit in Kazan brought
  together Modi, Xi and Ramaphosa";
* :func:`attendance_noun` - attendance told by a noun after the one who attends: "Ruto's attendance at the
  summit in Kazan angered Western diplomats", "Modi's participation in the BRICS summit in Kazan";
* :func:`undecided` - attendance told as an open question ("is yet to confirm whether he will
  attend") is no visit.

:func:`geo.visits.attendance.at_event_in` runs the six families.
"""

from __future__ import annotations

import re

from geo.text import fold_case, has_word, negated
from geo.values import Mention, Person
from geo.visits.context import SENTENCE_END, Context, Hit, chain, subject
from geo.visits.coordinated import listed_subject

__all__ = ["HOSTS", "GROUP", "GROUP_WORDS", "NAMES_END", "named_until_end", "crowd_before", "attendance_noun", "brought_together", "listed_attendees", "joined_leaders", "represented_by", "opened_by", "undecided", "told_toward", "TRIGGERS"]

#: Words that let a sentence without an event word be read (lower case, any part of a word): for
#: :func:`represented_by`, :func:`opened_by` and :func:`listed_attendees`; the rest need an event word.
TRIGGERS = ("represented by", "opened by", "attended by", "addressed by", "graced by", "attending include",
            "in attendance")

#: The people a gathering brings together, as a plural noun: "leaders", "heads of state", "dignitaries".
GROUP = (r"(?:(?:world|foreign|regional|african|arab|asian|european|fellow|other|several|many|dozens\s+of|"
         r"commonwealth|g-?\d+|[A-Z]{2,})\s+)*(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|"
         r"presidents|prime\s+ministers|premiers|dignitaries|guests|counterparts|monarchs|royals|participants|"
         r"attendees|delegates|ministers)")
#: Words one of which every match of :data:`GROUP` holds (its last word), as :func:`geo.text.fold_case` writes them.
GROUP_WORDS = ("leaders", "heads", "presidents", "premiers", "dignitaries", "guests", "counterparts", "monarchs", "royals",
               "participants", "attendees", "delegates", "ministers")

#: Where the names listed after a :data:`GROUP` word end: the sentence's or clause's end, a relative or a
#: reporting verb ("Among the dignitaries who have arrived are A, B and C", "will host dignitaries from 56
#: nations, including A and B"; :mod:`geo.visits.arrivals` and :mod:`geo.visits.hosting`).
NAMES_END = re.compile(r"[.;:!?]|\b(?:who|which|while|but|said|says)\b")


def named_until_end(ctx: Context, start: int) -> list[Person]:
    """The people named (not pronouns) from ``start`` to where a list of names ends (:data:`NAMES_END`, else the
    sentence's end): the guests after "including", "among them", "welcomed"."""
    stop = NAMES_END.search(ctx.text, start, ctx.s1)
    return [p for p in ctx.people_between(start, stop.start() if stop else ctx.s1) if p.name and p.kind != "pronoun"]

_CROWD = re.compile(r"\W*(?:the\s+|other\s+|some\s+)?" + GROUP + r"\s*", re.I)


def crowd_before(text: str, s0: int, pos: int) -> bool:
    """Is the subject from ``s0`` to ``pos`` a crowd, not someone the story was about ("Leaders attending the
    Jakarta Summits include ...", "Heads of state attend the summit")?

    Examples
    --------
    >>> t = "Leaders attending the summit include Kishida."
    >>> crowd_before(t, 0, t.index("attending")), crowd_before("He attended.", 0, 3)
    (True, False)
    """
    return _CROWD.fullmatch(text, s0, pos) is not None


# "leaders who will be attending the Manila Summits include", "Among those attending the funeral were",
# "Leaders expected at the summit include", "Guests at the inauguration included"
_LIST_OPEN = re.compile(r"(?=[a-z])\b(?:" + GROUP + r"|those)\s+(?:(?:who|that)\s+(?:will\s+be|are|were|have\s+been)\s+|"
                        r"(?:expected|due|set|scheduled)\s+(?:to\s+|(?=at\s))|(?=(?:who|that)\s+attended\b))?"
                        r"(?:attending|attend|at|present\s+at|(?:who|that)\s+attended|in\s+attendance\s+at)"
                        r"(?:\s+(?:an?\s+|the\s+)?(?P<event>[^.;:]{0,60}?))??\s+(?:(?:will\s+)?includ(?:e|es|ed|ing)|are|were|"
                        r"will\s+be)\s+", re.I)
#: Words one of which every match of ``_LIST_OPEN`` holds (the group's last word, or "those"), as
#: :func:`geo.text.fold_case` writes them.
_LIST_OPEN_WORDS = (*GROUP_WORDS, "those")
_AMONG_THOSE = re.compile(r"\bamong\s+$", re.I)
# "Also in attendance at the funeral in London were", "In attendance were": who was there, the list after
_IN_ATTENDANCE = re.compile(r"\bin\s+attendance(?:\s+at\s+(?:an?\s+|the\s+)?(?P<event>[^.;:]{0,60}?))?\s+"
                            r"(?:were|was|are|is|will\s+be|included|include)\s+", re.I)
# the same told first in the sentence by a participle or "present": "Attending the funeral in London were",
# "Also present at the summit will be", "Taking part in the talks in Doha were"
_PRESENT_FIRST = re.compile(r"[\W]*(?:Also\s+)?(?:Attending|Present\s+at|Participating\s+in|Taking\s+part\s+in)"
                            r"\s+(?:an?\s+|the\s+)?(?P<event>[^.;:,]{0,60}?)\s+(?:were|was|are|is|will\s+be)\s+", re.I)
_KINDS = (r"(?:summits?|meeting|conference|forum|assembly|ceremony|inauguration|funeral|talks|session|"
          r"celebrations?|games|olympics|expo|cop\s?\d+|g-?\d+|swearing[- ]in|investiture|coronation|wedding|"
          r"gathering|dialogue|congress|convention)")
_NAMED_EVENT = re.compile(r"[^.;:]*?\b" + _KINDS + r"\b", re.I)
_KIND = re.compile(r"\b" + _KINDS + r"\b", re.I)
_LIST_STOP = re.compile(r"[;:]|\.(?!\S)|\b(?:who|which|while|but|said|says)\b")


def _listed(ctx: Context, at: int) -> list[Person]:
    """The people named from ``at`` to the end of the list (a clause break, "who", "said", ...): the guests
    of a gathering listed after its cue ("include Trump, Li Keqiang of China and Modi")."""
    stop = _LIST_STOP.search(ctx.text, at, ctx.s1)
    return [p for p in ctx.people_between(at, stop.start() if stop else ctx.s1) if p.name and p.kind != "pronoun"]


def listed_attendees(ctx: Context, hits: list[Hit], places_of) -> None:
    """Everyone a sentence lists as attending a named gathering is at its place: "World leaders who will be
    attending the Manila Summits include Trump, Li Keqiang of China and Modi", "Among those attending the
    funeral were Blair and Mbeki". ``places_of(ctx, a, b)`` gives the place of the gathering at ``text[a:b]``."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    low = fold_case(text)
    if has_word(low, ("attendance",), s0, s1) or _PRESENT_FIRST.match(text, s0, s1):
        _in_attendance(ctx, hits, places_of)
    if not has_word(low, _LIST_OPEN_WORDS, s0, s1):
        return  # no match can start: no need to try the pattern at each character
    for m in _LIST_OPEN.finditer(text, s0, s1):
        if negated(text, s0, m.start()) or undecided(ctx, m.start()):
            continue
        if m.group(0).lower().startswith("those") and not _AMONG_THOSE.search(text, max(s0, m.start() - 8), m.start()):
            continue  # "those attending the summit are expected to ..." names no one
        if m.group("event") is None:  # "Other foreign leaders attending include": the gathering told before
            if not m.group(0).lower().rstrip().endswith(("include", "included")):
                continue
            places = _told_before(ctx, places_of, 600)
        else:
            a, b = m.span("event")
            named = _NAMED_EVENT.match(text, a, b)
            if named is None:
                continue
            places = places_of(ctx, a, named.end())
        guests = _listed(ctx, m.end())
        if not places or not guests:
            continue
        hits.append(Hit(guests[0], places[:1], m.start(), m.end(), (max(s0, m.start() - 40), m.end()), 0.7,
                        "attend", tuple(guests[1:12])))


def _in_attendance(ctx: Context, hits: list[Hit], places_of) -> None:
    """"Also in attendance at the funeral in London were Macron and Trudeau": each one listed is at the
    gathering's place (told inside, else the gathering the story named just before)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    first = _PRESENT_FIRST.match(text, s0, s1)  # "Attending the funeral in London were Macron and Trudeau"
    for m in ([first] if first else []) + list(_IN_ATTENDANCE.finditer(text, s0, s1)):
        if negated(text, s0, m.start()):
            continue
        if m.group("event"):
            places = _told_in(ctx, places_of, *m.span("event"))
        else:
            places = _told_before(ctx, places_of, 600)
        guests = _listed(ctx, m.end())
        if places and guests:
            hits.append(Hit(guests[0], places[:1], m.start(), m.end(), (max(s0, m.start() - 40), m.end()), 0.7,
                            "attend", tuple(guests[1:12])))


# "joined several African leaders and dignitaries in Kigali", "joined fellow leaders at the summit in Jeddah"
_JOINED_GROUP = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?" + GROUP + r"(?:\s+and\s+" + GROUP + r")?"
                           r"(?:\s+(?:from|of)\s+[^,.;:]{1,40}?)?\s+(?:(?:at|for)\s+[^,.;:]{1,60}?\s+)?in\s+(?:the\s+)?",
                           re.I)


def joined_leaders(ctx: Context, hits: list[Hit]) -> None:
    """Joining a group somewhere: "Somali President Hassan Sheikh Mohamud joined several African leaders and
    dignitaries in Kigali, Rwanda, on Sunday to attend the inauguration" is a visit for the one who joined."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _JOINED_GROUP.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()) or undecided(ctx, m.start()):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is None:
            continue
        hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                        0.75 * conf, "attend"))


# "Belarus in Munich will be represented by", "Nigeria will be represented at the summit by"
_REPRESENTED = re.compile(r"\b(?:will\s+be|is|was|are|were|to\s+be|being)\s+represented\s+"
                          r"(?:(?P<at>(?:at|in)\s+[^,.;:]{1,80}?)\s+)?by\s+", re.I)
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)


def represented_by(ctx: Context, hits: list[Hit], places_of) -> None:
    """A country sending someone to a gathering: "Belarus in Munich will be represented by Foreign Minister
    Vladimir Makei", "Nigeria will be represented at the summit by Vice-President Osinbajo": the one named
    after "by" is at the place told with it (a place, or the place ``places_of`` gives the gathering)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _REPRESENTED.finditer(text, s0, s1):
        if negated(text, s0, m.start()) or undecided(ctx, m.start()):
            continue
        guest = next((p for p in ctx.people_between(m.end(), m.end() + 80) if p.name and p.kind != "pronoun"), None)
        if guest is None:
            continue
        places: list[Mention] = []
        if m.group("at"):
            places = _told_in(ctx, places_of, *m.span("at"))
        else:  # "Belarus in Munich will be represented by": the place told before the verb
            places = [p for p in ctx.ms if s0 <= p.start < m.start() and p.kind != "demonym" and p.country
                      and _IN_PLACE.search(text, max(s0, p.start - 8), p.start)][-1:]
        if not places:
            continue
        hits.append(Hit(guest, places[:1], m.start(), m.end(), (max(s0, m.start() - 60), guest.end), 0.7,
                        "attend"))


# "It was expected to be opened by", "It will be attended by" (at the opening of a sentence)
_IT_OPENED = re.compile(r"It\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+(?:(?:likely|expected|due|set|scheduled)\s+"
                        r"to\s+be\s+)?(?:attended|opened|addressed|graced)\s+by\s+")


#: A place told as a gathering's: right after "in", "at" or "to" ("the funeral in London", "flew to Lisbon for the
#: funeral").
_TOWARD = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$", re.I)


def told_toward(text: str, p: Mention, a: int) -> bool:
    """Is the place ``p`` told as where the gathering named at ``a`` is: right after "in", "at" or "to", and in
    the sentence that names it, or as the host of the gathering named right after it, a city ("Kazan hosts BRICS
    summit"; a country hosts as the chair, maybe online: "China is hosting the summit in its capacity as chair")?

    Examples
    --------
    >>> t = "Leaders flew to Lisbon for the funeral. The Pope was in Rome."
    >>> at = lambda w: Mention("d", t.index(w), t.index(w) + len(w), w, w, 0.0, 0.0, "XX", None, "city", 1.0)
    >>> told_toward(t, at("Lisbon"), t.index("funeral")), told_toward(t, at("Rome"), t.index("funeral"))
    (True, False)
    >>> t = "Kazan hosts BRICS summit"
    >>> told_toward(t, at("Kazan"), t.index("summit"))
    True
    """
    lo, hi = (p.end, a) if p.end <= a else (a, p.start)
    if p.end <= a and p.kind == "city" and _HOSTS.fullmatch(text, p.end, a):
        return True  # "Kazan hosts BRICS summit", "Nairobi is hosting the summit": the place as the gathering's host
    return SENTENCE_END.search(text, lo, hi) is None and _TOWARD.search(text, max(0, p.start - 10), p.start) is not None


#: After a place, the verb that makes it a gathering's host: "Kazan hosts", "Nairobi is hosting the", "Baku will host".
HOSTS = r"\s+(?:is\s+|will\s+|has\s+|to\s+|set\s+to\s+|prepares\s+to\s+)?(?:host|hosts|hosting|hosted)\s+(?:an?\s+|the\s+)?"
#: Between a place and the gathering it hosts: "Kazan hosts BRICS summit", "Nairobi will host the AU summit".
_HOSTS = re.compile(HOSTS + r"(?:[\w\-]+\s+){0,4}", re.I)


def _told_in(ctx: Context, places_of, a: int, b: int) -> list[Mention]:
    """The place of a gathering told at ``text[a:b]`` ("at the funeral in London", "in Munich"): a place named
    there, else where ``places_of`` puts the gathering named there."""
    return [p for p in ctx.ms if a <= p.start < b and p.kind != "demonym" and p.country][:1] or places_of(ctx, a, b)


def _told_before(ctx: Context, places_of, back: int) -> list[Mention]:
    """The place of the last gathering the story named in the ``back`` characters before this sentence: where
    ``places_of`` puts it, else the place told with it in its own sentence ("The funeral was held at the
    cathedral in Lisbon")."""
    text, s0 = ctx.text, ctx.s0
    kinds = list(_KIND.finditer(text, max(0, s0 - back), s0))
    if not kinds:
        return []
    a, b = kinds[-1].span()
    places = places_of(ctx, a, b)
    if places:
        return places
    for p in ctx.story:
        if p.start > min(s0, b + 120):
            break
        if p.start >= a - 200 and p.kind != "demonym" and p.country \
                and told_toward(text, p, a):
            return [p]
    return []


def opened_by(ctx: Context, hits: list[Hit], places_of) -> None:
    """A gathering named just before, opened or attended by people: "... at the summit which was taking place
    on Thursday. It was expected to be opened by Turkish President Erdogan and Mauritania President Aziz":
    everyone named after "by" is at the place ``places_of`` gives that gathering."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    m = _IT_OPENED.match(text, s0, s1)
    if m is None:
        return
    places = _told_before(ctx, places_of, 300)  # none when "It" is no gathering the story named
    guests = _listed(ctx, m.end())
    if places and guests:
        hits.append(Hit(guests[0], places[:1], m.start(), m.end(), (s0, m.end()), 0.65, "attend", tuple(guests[1:8])))


# "The summit in Kazan brought together", "the funeral will bring together"
_TOGETHER = re.compile(r"\b(?:brought|brings|bring|bringing)\s+together\s+", re.I)


def brought_together(ctx: Context, hits: list[Hit], places_of) -> None:
    """A gathering as the subject of "brought together": "The summit in Kazan brought together Indian Prime
    Minister Narendra Modi, Chinese President Xi Jinping and South African President Cyril Ramaphosa" puts
    each of them at the gathering's place (not "the talks brought together the two sides")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _TOGETHER.finditer(text, s0, s1):
        kinds = list(_KIND.finditer(text, s0, m.start()))
        if not kinds or negated(text, s0, m.start()) or undecided(ctx, m.start()):
            continue
        places = places_of(ctx, *kinds[0].span())
        guests = _listed(ctx, m.end())
        if places and guests:
            hits.append(Hit(guests[0], places[:1], m.start(), m.end(), (s0, m.end()), 0.7, "attend", tuple(guests[1:12])))


# "Ruto's attendance at the summit in Kazan", "Modi's participation in the BRICS summit", "his attendance late
# this month at a G-20 summit in Buenos Aires" (a time told between the noun and its event)
_NOUN_AT = re.compile(r"(?:['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:(?:planned|expected|first|personal)\s+)?(?:attendances?|"
                      r"participations?|presence|appearances?)\s+(?:(?:late|early|later|next|this|last)\s+(?:this\s+|next\s+)?"
                      r"(?:week|month|year)\s+)?(?:at|in)\s+(?:an?\s+|the\s+)?(?P<event>(?:\([A-Z]{2,8}\)\s+|[^.;:()\s]+\s+){0,6}?" + _KINDS + r")\b",
                      re.I)
# a noun of attendance only wished for or doubted is no trip: "Putin's attendance at the summit would oblige ..."
_MAYBE = re.compile(r"\b(?:would|could|might|may|uncertain|unclear|doubt\w*|whether|if|unless|possible|possibility|"
                    r"rumou?rs?|speculation|invit\w+)\b", re.I)


def attendance_noun(ctx: Context, hits: list[Hit], places_of) -> None:
    """Attendance told by a noun after the one who attends: "Kenyan President William Ruto's attendance at the
    summit in Kazan angered Western diplomats" is Ruto's visit to the summit's place, "Obama and Putin have
    confirmed their attendances at the APEC summit in Bali" each one's; not when the sentence only
    wishes for it or doubts it ("Putin's attendance at the summit would oblige South Africa to arrest him")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _NOUN_AT.finditer(text, s0, s1):
        if _MAYBE.search(text, s0, s1) or negated(text, s0, m.start()):
            return
        who = next((p for p in reversed(ctx.people_between(s0, m.start() + 4)) if p.end == m.start()
                    or p.kind == "pronoun" and p.start == m.start()), None)
        group = _their_subject(ctx, m.start()) if text.startswith(("their", "Their"), m.start()) else []
        if (who is None or not who.name) and not group:
            continue  # ("his attendance": the one "his" stands for, if the story named him)
        places = places_of(ctx, *m.span("event"))
        if places:
            for p in group or [who]:
                hits.append(Hit(p, places[:1], m.start(), m.end(), (s0, min(s1, m.end() + 60)), 0.7, "attend"))


#: The verb right before "their": "have confirmed their attendance" (not "have discussed their attendance").
_TO_THEIR = re.compile(r"\b(?:confirmed|announced|reaffirmed|secured)\s+$")


def _their_subject(ctx: Context, at: int) -> list[Person]:
    """The people listed as the subject whose "their" is at ``at`` (:func:`geo.visits.coordinated.listed_subject`):
    "Obama and Russian Premier Vladimir Putin have confirmed their attendances at the APEC summit in Bali"."""
    verb = _TO_THEIR.search(ctx.text, max(ctx.s0, at - 40), at)
    return listed_subject(ctx, verb.start()) if verb is not None else []


# "is yet to confirm whether he will attend", "undecided on whether to attend", "unclear if Putin will attend"
_OPEN_QUESTION = re.compile(r"(?=[nuw])(?:\bwhether\b|\b(?:unclear|unsure|undecided|not\s+(?:yet\s+)?(?:clear|known|"
                            r"certain|confirmed|decided))\s+(?:on\s+)?if\b)"
                            r"(?:(?!\b(?:when|while|as|after|before|because|but|and|where|since|until|once)\b)[^,.;:]){0,80}$",
                            re.I)  # the question ends with its clause: "whether Kim will answer ... when Trump visits"


def undecided(ctx: Context, pos: int) -> bool:
    """Is the attendance told at ``pos`` an open question ("is yet to confirm whether he will attend",
    "it is unclear if Putin will attend")? Such a trip is not reported, only asked about.

    Examples
    --------
    >>> from geo.values import Document
    >>> t = "Rabuka is yet to confirm whether he will attend the Forum meeting in Honiara."
    >>> ctx = Context(Document("d", t), 0, len(t), [], [], lambda: None, False, None)
    >>> undecided(ctx, t.index("attend")), undecided(ctx, t.index("confirm"))
    (True, False)
    """
    return _OPEN_QUESTION.search(ctx.text, max(ctx.s0, pos - 90), pos) is not None
