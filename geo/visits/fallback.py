"""The last readings of a sentence no cue family took: a loose travel verb, then a trip word near a
foreign place.

:func:`loose` reads "arrived ..., to Uzbekistan": a travel verb, then "to" or "in" and a place
before any clause break. News also tells many visits in wordings no family knows ("Lula's
whirlwind China outing", "was feted on a trip across China"). When a sentence holds a named
traveller of a known country, a trip word and exactly one place of another country hanging on it
("to China", "his China outing"), and no family found a visit there, :func:`broad_trip` reads a
visit of low confidence (``--min-confidence`` trades it away). Guards: the trip word is not
negated, not a supposition ("if he were to visit"), not inside a quotation; the traveller is the
subject of the trip word's clause ("Putin said Xi will visit" is Xi's); the place is not the
traveller's own country (a leader at home is the host); a place one comes *from*, a place after
"since", "abroad" or a relative word, a topic ("the conflict in Yemen") or a person's country
("Chile's President Pinera") is no destination.

:func:`broad_presence` widens the same reading from trip words to any event that needs the one it tells of
to be there: meeting and talks ("held talks with Ramaphosa in Pretoria"), signing, addressing, laying a
wreath, inaugurating, attending, taking part, being somewhere ("is in Tokyo", "will be in Lima"), and a
departure "for" a place ("departed the Country Friday, June 28 for Abuja"). The place hangs on the word in
its clause ("met ... in Z", "addressed parliament in Z", "was in Z"), each place of a list after it; when
the host's side is the clause's subject ("Modi met the Australian premier in Delhi") the named foreigner met
is the one who travelled. A meeting by telephone or video tells no presence, nor one compared with ("like
Xi, who met ...") or reported as a third party's. It runs for each traveller and country no family read in
the sentence, after them all. Its confidence is as low as :func:`broad_trip`'s (on the dev set it found 4
visits, none false; on the held-out set none): ``--min-confidence 0.5`` leaves these out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from geo import doc_words
from geo.cancel_words import CALL_OFF_STEMS, REFUSE_STEMS
from geo.text import Anchors, fold_case, has_word, negated
from geo.topic_words import GAP_TOPICS
from geo.visits.context import FROM_BEFORE, ROLE, Context, Hit, chain, subject
from geo.visits.coordinated import partners
from geo.visits.hypothetical import supposed
from geo.wordlists import ENCOUNTER, ENCOUNTER_TRIGGERS, ENCOUNTER_WORDS, REMOTE_WORDS, alternation

__all__ = ["last_readings", "loose", "broad_trip", "broad_presence", "TRIP_WORD", "PRESENCE_WORD",
           "PRESENCE_TRIGGERS", "REMOTE", "DECLINED", "persons_country", "another_time", "quote_marks",
           "presence_words", "remote_in"]

_LOOSE = re.compile(r"(?=[aefht])\b(?:arriv(?:e|es|ed|ing)|expected|headed|heading|flew|flies|travelled|traveled)\b",
                    re.I)
_LOOSE_STOP = re.compile(r"\b(?:which|where|who|whose|while|although|because|that|but)\b|[.;:…]", re.I)

#: Any word of a trip: nouns and verbs of going, arriving and staying.
TRIP_WORD = re.compile(r"\b(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|journey(?:s|ed)?|stay(?:s|ed|ing)?|"
                       r"stopover|arriv(?:al|e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|"
                       r"land(?:s|ed|ing)|touch(?:es|ed)?\s+down|outing|sojourn)\b", re.I)
#: How a place hangs on the trip word after it: "to China", "in the Gulf", "into Kyiv", "of Japan".
_LINK_AFTER = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,3}?(?:to|in|into|at|of|for|around|across|through)\s+)"
                         r"(?:the\s+)?$", re.I)
#: A place that names a person's country ("Papua New Guinea PM Somare", "Chile's President", "the Secretary
#: of State of the United Kingdom") or a topic ("the conflict in Yemen") is no destination.
_TOPIC = re.compile(r"\b" + alternation(GAP_TOPICS) + r"\s+(?:in\s+|of\s+|over\s+)?(?:the\s+)?$", re.I)
_TITLE_OF = re.compile(r"\b(?i:" + ROLE + r")\b[^,.;:]{0,40}?\bof\s+(?:the\s+)?$")
_OF_AFTER = re.compile(r",?\s+of\s+(?:the\s+)?")
_TITLE_AFTER = re.compile(r"(?:['’]s?)?(?:\s+(?:[A-Z][\w.\-]*|of|the|for|\([A-Z]+\)|counterparts?,?))*\s*")
#: Words after which a place is a time's or a clause's, not the trip's: "travelled abroad since the start of the
#: war in Ukraine", "the trip that ...".
_OPEN = re.compile(r"\b(?:since|abroad|overseas|after|before|until|because|that|which|where|who|when|while|"
                   r"although|but)\b", re.I)
_NOUN = re.compile(r"(?:visit|trip|tour|journey|stay|stopover|outing|sojourn)", re.I)
_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_QUOTES = re.compile(r"[\"“”]")
#: How far a place may be from the trip word, either side.
_REACH = 120

#: Words of an event its subject must be at: meeting and talks, signing, addressing, a wreath, opening,
#: attending and taking part, and being somewhere ("is in", "will be in"). The group ``be`` needs the place
#: right after it.
PRESENCE_WORD = re.compile(
    r"(?=[acdeghilmpstuw])\b(?:(?P<meet>met|meets?|meetings?\s+with|(?:held|holds?|holding)\s+(?:\w+\s+){0,2}?talks|talks\s+with|"
    + alternation(ENCOUNTER) + r"|"
    r"conferred|sat\s+down\s+with|(?:call(?:s|ed)?|paid\s+a\s+(?:courtesy\s+)?call)\s+on)|"
    r"(?P<act>sign(?:s|ed|ing)?|address(?:es|ed|ing)?|laid\s+a\s+wreath|lays?\s+a\s+wreath|"
    r"inaugurat(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|"
    r"t(?:ake|akes|ook|aking)\s+part\s+in|gave\s+a\s+speech|deliver(?:s|ed)?\s+(?:a\s+speech|an\s+address)|"
    r"inspect(?:s|ed|ing)?)|"
    r"(?P<leave>left|leaves|leaving|depart(?:s|ed|ing)?)|"
    r"(?P<be>(?:is|was|are|were|will\s+be|has\s+been|have\s+been|had\s+been|would\s+be)\s+"
    r"(?:(?:also|already|currently|now|still|then|due|expected|scheduled|set|slated)\s+)?(?:to\s+be\s+)?(?:in|at)))\b",
    re.I)
#: Words one of which a sentence holds when :data:`PRESENCE_WORD` may match (lower case, any part of a word):
#: found in the trigger automaton's one pass (:func:`geo.visits.families.sentence_triggers`).
PRESENCE_TRIGGERS = ("met", "meet", "talks", "conferred", "sat down", "call", *ENCOUNTER_TRIGGERS, "sign", "address", "wreath",
                     "inaugurat", "unveil", "attend", "participat", "part in", "speech", "inspect",
                     "left", "leaves", "leaving", "depart", "joined by", "is in", "is at", "was in", "was at",
                     "are in", "are at", "were in", "were at", "be in", "be at",
                     "been in", "been at", "also in", "already in", "currently in", "now in", "still in", "then in")
#: How a place hangs on a presence word after it: "held talks with his counterpart in Pretoria", "signed three
#: agreements in Nairobi", "attend the 29th Meeting of the Conference of Heads of Government (CARICOM) in
#: Port-au-Prince", and a departure's "for": "departed the country Friday, June 28 for Abuja".
_PRESENCE_LINK = re.compile(r"\s+(?P<gap>(?:[\w\-.,’'\"“”()+]+\s+){0,24}?)(?P<prep>in|at|for)\s+(?:the\s+)?$",
                            re.I)
#: The words of a link that count towards its length: those in lower case (a name of many words is one thing).
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z][\w\-’']*")
#: Between a traveller and "was in": nothing but an aside and a time ("Ruto, 56, was on Tuesday in").
_BE_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\)|\s*,[^,.;:]{0,60},)?\s*(?:(?:also|still|now|already|currently|then|"
                       r"reportedly|himself|herself|on\s+\w+|this\s+week|last\s+week|today|yesterday)\s+)*",
                       re.I)
#: How far a place may be from the presence word after it.
_PRESENCE_REACH = 200
#: A plan refused or only offered is no presence: "declined a request to meet", "an invitation to attend".
DECLINED = re.compile(r"\b(?:" + "|".join(REFUSE_STEMS + CALL_OFF_STEMS) + r"|skip\w*|invit(?:ed|ation|ations)\s+to)\b",
                      re.I)
_GERUND_CLAUSE = re.compile(r"\b(?:before|after|upon|on|while|when)\s+$", re.I)
#: What tells no presence: a meeting by telephone or video, or a comparison ("like Xi, who met ...").
REMOTE = re.compile(r"\b" + alternation(REMOTE_WORDS) + r"\b", re.I)
#: Words one of which every match of :data:`REMOTE` holds, as :func:`geo.text.fold_case` writes it ("phone",
#: "telephone" and "telephonic" hold "phon", "by link" "link").
_REMOTE_WORDS = ("phon", "video", "virtual", "online", "remotely", "call", "letter", "message", "link")
_COMPARED = re.compile(r"\b(?:like|unlike|as\s+did|just\s+as|similar\s+to|than|predecessors?|"
                       r"previous(?:ly)?|last\s+time|in\s+(?P<year>(?:1[89]|20)\d\d))\b", re.I)


def last_readings(ctx: Context, hits: list[Hit], loose_words: bool = True, trip_words: bool = True,
                  presence_words: bool = True) -> None:
    """The readings tried when no family found a visit in the sentence: :func:`loose` (when the sentence
    holds one of its words, ``loose_words``), then :func:`broad_trip` (when it holds a trip word,
    ``trip_words``), then :func:`broad_presence` (when it holds a presence word, ``presence_words``)."""
    if loose_words:
        loose(ctx, hits)
    if not hits and trip_words:
        broad_trip(ctx, hits)
    if presence_words:
        broad_presence(ctx, hits)


def loose(ctx: Context, hits: list[Hit]) -> None:
    """Fallback when nothing else matched: "arrived ..., to Uzbekistan"."""
    text, s0 = ctx.text, ctx.s0
    for m in _LOOSE.finditer(text, s0, ctx.s1):
        if negated(text, s0, m.start()):
            continue
        c0, c1 = m.span()
        cands = [x for x in ctx.ms if c1 <= x.start <= c1 + 110 and x.kind != "demonym" and x.country
                 and re.search(r"\b(?:to|in|into)\s+(?:the\s+)?$", text[max(c1, x.start - 12):x.start])
                 and not _LOOSE_STOP.search(text[c1:x.start])
                 and _since_closed(text[c1:x.start])]
        if not cands:
            continue
        trav, conf = subject(ctx, c0)
        if trav is None and ctx.focus is not None and len(text[s0:c0].split()) <= 2:
            trav, conf = ctx.focus, 0.7
        hits.append(Hit(trav, cands[:1], c0, cands[0].end, (max(s0, c0 - 70), c1), 0.6 * conf, "loose"))
        return


def _since_closed(gap: str) -> bool:
    """False while a "since ..." phrase is still open: its places are reference points."""
    at = [m.end() for m in re.finditer(r"\bsince\b", gap, re.I)]
    return not at or "," in gap[at[-1]:]


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _trip_words() -> Anchors:
    """``TRIP_WORD`` with the words its matches start with."""
    return Anchors({"trip": (TRIP_WORD, ("visit", "trip", "tour", "journey", "stay", "stopover", "arriv", "travel",
                                          "fl", "land", "touch", "outing", "sojourn"))}, shared="visits.trip")


def broad_trip(ctx: Context, hits: list[Hit]) -> None:
    """A visit told by a trip word near the one foreign place of a sentence no family read.

    Examples
    --------
    >>> TRIP_WORD.search("his whirlwind China outing").group(0)
    'outing'
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not any(x.country and x.kind != "demonym" for x in ctx.ms):
        return
    for m in _trip_words().finditer("trip", text, s0, s1):  # tried only where one of its words starts a word
        c0 = m.start()
        if negated(text, s0, c0) or len(_QUOTES.findall(text, s0, c0)) % 2:
            continue
        trav, conf = subject(ctx, c0)
        if trav is None or not trav.name or not trav.country:
            continue
        near = [x for x in ctx.ms if x.country and x.kind != "demonym" and x.country != trav.country
                and abs(x.start - c0) <= _REACH and _linked(ctx, m, x)]
        if len({x.country for x in near}) != 1:
            continue  # no foreign place, or several: which one is the trip's is not told
        place = near[0]
        if supposed(text, s0, c0, max(place.end, m.end())):
            continue
        end = max(m.end(), place.end)
        hits.append(Hit(trav, [place], c0, end, (max(s0, c0 - 80), min(s1, end + 40)), 0.35 * conf, "broad"))
        return


def _linked(ctx: Context, m: re.Match, x) -> bool:
    """Is place ``x`` where the trip of word ``m`` goes, in the same clause: "trip to China", "China trip",
    "arrived ... in Hanoi", and not a person's country or a topic?"""
    text = ctx.text
    if x.start >= m.end():
        gap = text[m.end():x.start]
        if _BREAK.search(gap) or _OPEN.search(gap) or not _LINK_AFTER.search(gap) or _TOPIC.search(gap) \
                or FROM_BEFORE.search(gap):
            return False  # another clause, no link, a topic ("the war in"), or whence ("from")
    else:
        if text[x.end:m.start()].strip() or not _NOUN.fullmatch(m.group(0)):
            return False  # only a place right before a trip noun: "his China outing", "a two-day Kenya visit"
    return not persons_country(ctx, x)


def persons_country(ctx: Context, x) -> bool:
    """Does place ``x`` name a person's country, not where anything happens: "the Secretary of State for
    Defence of the United Kingdom", "Chile's President Pinera", "President Xi Jinping of China"?"""
    text = ctx.text
    if _TITLE_OF.search(text, max(ctx.s0, x.start - 60), x.start):
        return True  # "the Secretary of State for Defence of the United Kingdom"
    if any(_OF_AFTER.fullmatch(text, p.end, x.start) for p in ctx.people_between(x.start - 60, x.start)):
        return True  # "President Xi Jinping of China"
    for p in ctx.people_between(x.end, x.end + 45):
        if p.start >= x.end and _TITLE_AFTER.fullmatch(text, x.end, p.start):
            return True  # "Papua New Guinea PM Sir Michael Somare", "Chile's President Pinera"
    return False


def quote_marks(text: str, s0: int, s1: int) -> list[int]:
    """Where the quotation marks of a sentence are: a word after an odd number of them is quoted (counted
    with a binary search, so that a long sentence costs no more per word)."""
    return [m.start() for m in _QUOTES.finditer(text, s0, s1)]


def another_time(ctx: Context, pattern: re.Pattern, a: int, b: int) -> bool:
    """Does ``pattern`` find, in ``ctx.text[a:b]``, a comparison or a time other than the story's: a year
    (group ``year``) counts only when it is not the year the story was published in ("in 2015" in a story
    of 2015 is this visit's year)."""
    published = ctx.doc.published
    for m in pattern.finditer(ctx.text, a, b):
        year = m.groupdict().get("year")
        if year is None or published is None or int(year) != published.year:
            return True
    return False


def remote_in(text: str, a: int, b: int) -> bool:
    """Does :data:`REMOTE` match in ``text[a:b]``?

    Its words are looked for first (a ``str.find`` each, on the lower-cased copy): a stretch with none of
    them, most sentences, cannot match, and the pattern, ignoring case and tried at each character, is
    not run.

    Examples
    --------
    >>> remote_in("They held talks by video link.", 0, 30), remote_in("They held talks in Rome.", 0, 24)
    (True, False)
    """
    return has_word(fold_case(text), _REMOTE_WORDS, a, b) and REMOTE.search(text, a, b) is not None


@lru_cache(maxsize=1)
def _presence_cues() -> Anchors:
    """:data:`PRESENCE_WORD` with the words its matches start with (a sentence holds few of them)."""
    return Anchors({"presence": (PRESENCE_WORD, (
        "met", "meet", "held", "hold", "talks", *ENCOUNTER_WORDS, "conferred", "sat", "call", "paid",  # meet
        "sign", "address", "laid", "lay", "inaugurat", "unveil", "attend", "participat", "take", "took", "taking",
        "gave", "deliver", "inspect",  # act
        "left", "leav", "depart",  # leave
        "is", "was", "are", "were", "will", "has", "have", "had", "would"))}, lazy=True)  # be


def presence_words(text: str, s0: int, s1: int) -> Iterator[re.Match[str]]:
    """What ``PRESENCE_WORD.finditer(text, s0, s1)`` gives, the pattern tried only where one of its first
    words starts (:class:`geo.text.Anchors`), not at every character.

    Examples
    --------
    >>> [m.group(0) for m in presence_words("Lula will be in Beijing and met Xi.", 0, 35)]
    ['will be in', 'met']
    """
    return _presence_cues().finditer("presence", text, s0, s1)


def broad_presence(ctx: Context, hits: list[Hit]) -> None:
    """A visit told by an event that needs its subject there, in a foreign place of the same clause.

    Examples
    --------
    >>> PRESENCE_WORD.search("He held bilateral talks with Ruto").group(0)
    'held bilateral talks'
    >>> PRESENCE_WORD.search("Lula will be in Beijing").group("be")
    'will be in'
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    countries = {p.country for p in ctx.people if p.name and p.country}
    if not any(x.country and x.kind != "demonym" and ({x.country} != countries) for x in ctx.ms) or not countries:
        return  # no one named of a known country, or every place is theirs: no visit to read
    read = {(h.traveller.name, x.country) for h in hits if h.traveller is not None for x in h.places}
    if remote_in(text, s0, s1):
        return  # "held talks by video link", "in a phone call": no presence told in this sentence
    quotes = quote_marks(text, s0, s1)
    for m in presence_words(text, s0, s1):
        c0 = m.start()
        if negated(text, s0, c0) or bisect_left(quotes, c0) % 2:
            continue
        place = _presence_place(ctx, m) or _aside_place(ctx, m)
        if place is None or supposed(text, s0, c0, place.end):
            continue
        if another_time(ctx, _COMPARED, max(s0, c0 - 60), place.end + 12) or DECLINED.search(text, max(s0, c0 - 40), c0) or m.group("leave") and _GERUND_CLAUSE.search(
                    text, max(s0, c0 - 12), c0):
            continue  # "held talks by phone", "like Xi, who met ... in 2019", "declined an invitation to attend";
            # "before leaving for Jordan": the subject of a clause with no tense of its own is not told
        trav, conf = subject(ctx, c0)
        if trav is not None and trav.country == place.country and m.group("meet"):
            # "Modi met his Australian counterpart Albanese in Delhi": the host's side stays, the one met came
            met = [p for p in ctx.people_between(m.end(), place.start) if p.name and p.kind != "pronoun"
                   and p.country and p.country != place.country] \
                or [p for p in partners(ctx, trav, c0) if p.country and p.country != place.country]  # "Bush and Hu
            # will meet on the sidelines of the UN General Assembly in New York": Hu came
            trav, conf = (met[0], 0.9) if len(met) == 1 else (None, 0.0)
        if trav is None or not trav.name or not trav.country or trav.country == place.country:
            continue
        if m.group("be") and not _BE_AFTER.fullmatch(text, trav.end, c0):
            continue  # "Putin said the problem was in Ukraine": being somewhere is told of its subject only
        # "took part in meetings in Japan and South Korea": each place of the list, but those already read
        places = [x for x in chain(text, ctx.ms, place.start, s1, first_gap=0) or [place]
                  if x.country != trav.country and (trav.name, x.country) not in read]
        if not places:
            continue
        end = max(places[-1].end, m.end())
        hits.append(Hit(trav, places, c0, end, (max(s0, c0 - 80), end), 0.35 * conf, "presence-broad"))
        read.update((trav.name, x.country) for x in places)


#: A place told in an aside between a subject and its verb: "King Abdullah, accompanied by the Crown Prince,
#: in Riyadh on Monday, met with ...": the comma and "in" before it, a time and a comma after it.
_ASIDE_BEFORE = re.compile(r",\s*(?:(?:while|when|then|now|also)\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
_ASIDE_AFTER = re.compile(r"(?:\s+(?:on|this|last|late|early)\s+\w+)?\s*,\s*(?:(?:also|then|later|on\s+\w+)\s+)*$",
                          re.I)


def _aside_place(ctx: Context, m: re.Match):
    """A place in an aside of the subject right before the presence word ``m`` (not being somewhere or
    leaving, whose place follows them), or ``None``."""
    if m.group("be") or m.group("leave"):
        return None
    text, c0 = ctx.text, m.start()
    for x in ctx.ms:
        if x.start >= c0 or x.start < c0 - 120 or not x.country or x.kind == "demonym":
            continue
        if _ASIDE_BEFORE.search(text, max(ctx.s0, x.start - 30), x.start) and _ASIDE_AFTER.fullmatch(text, x.end, c0) \
                and ctx.people_between(ctx.s0, x.start) and not persons_country(ctx, x):
            return x
    return None


def _presence_place(ctx: Context, m: re.Match):
    """The one place of a country that the presence word ``m`` hangs on in its clause, or ``None``."""
    text = ctx.text
    near = []
    for x in ctx.ms:
        if not x.country or x.kind == "demonym" or x.start < m.end() or x.start - m.end() > _PRESENCE_REACH:
            continue
        gap = text[m.end():x.start]
        if m.group("be"):
            if gap.strip() not in ("", "the"):
                continue  # "was in Tokyo": the place right after
            near.append(x)
            break
        link = _PRESENCE_LINK.fullmatch(gap)
        if link is None or (link.group("prep").lower() == "for") != bool(m.group("leave")):
            continue  # a departure goes "for" a place, the other events happen "in" or "at" it
        words = link.group("gap")
        if m.group("leave"):  # "departed the Country Friday, June 28, 2019 for Abuja": whence and when, then whither
            if _OPEN.search(words) or len(_LOWER_WORD.findall(words)) > 4 or re.search(r"[.;:]", words):
                continue
        elif _BREAK.search(words.replace("(", " ").replace(")", " ")) or _OPEN.search(words) or FROM_BEFORE.search(gap) \
                or _TOPIC.search(gap) or len(_LOWER_WORD.findall(words)) > 10:
            continue
        if persons_country(ctx, x):
            continue  # "the President of Kenya", "Chile's President Pinera": a person's country
        if m.group("leave") and words.strip() and any(y.start >= m.end() and y.end <= x.start and y.country == x.country
                                                      for y in ctx.ms):
            continue  # "left Paris for Lyon": no visit told by leaving one place of a country for another
        near.append(x)
        break  # the first place the word reaches is where it happened
    return near[0] if near else None
