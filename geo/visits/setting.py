"""A visit read where the story is set: a foreign person in a sentence that names no other place, doing what
needs presence.

News about a summit, a state visit or a round of talks names the place once (a dateline, "arrived in
Riyadh") and then tells what the guests did there with no place at all: "Abe will also meet US President
Barack Obama on Thursday", "Kuwait's emir held talks with the king", "Ramaphosa addressed the plenary".
:func:`setting_hits` reads such a sentence as a visit of its subject (and of each of a listed subject:
"Kuwait's Sheikh Meshal, Sudan's Sovereign Council head al-Burhan, ... also landed") to the story's
*setting* (:func:`story_setting`): the one country every visit read so far goes to, or with none read,
the dateline's place, or with no dateline either, where unnamed people were told arriving ("the heads of
state who have arrived in Moscow"; then only the host's side meeting someone tells a visit).

It is the broadest reading of all, run after every cue family and only for travellers no family gave a
visit there, so its confidence is low (0.3 of the subject's; ``--min-confidence 0.5`` leaves it out: on
the dev set it found 12 visits for 1 false one, on the held-out set none). Guards, each at the level of
the language, not of one story:

* the sentence names no place of another country, but a person's ("Chile's President", "Xi of China");
* the event needs presence: meeting and talks, signing, addressing, a wreath, inaugurating, attending,
  taking part, arriving, visiting (:data:`geo.visits.fallback.PRESENCE_WORD`, arrival verbs, "visited");
* the traveller is the clause's subject (:func:`geo.visits.context.subject`), foreign to the setting;
  when the subject is the host's side and the event a meeting, the foreigners met are the travellers
  ("Obama will hold talks with President Xi of China"): the host never travels;
* not negated, declined or called off, not supposed, not inside a quotation, not by telephone or video,
  not compared or told of another time ("like his predecessor", "in 2015", "the day before");
* a name found in two pieces ("Ashraf Ghani" "Ahmadzai") or already given that visit gets none more.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.leaders import SPEAKER_ROLES
from geo.text import Spans, fold_case, has_word, negated
from geo.values import Mention, Person, Visit
from geo.visits.context import Context, Hit, predicate_start, subject, told_at, trip_owner
from geo.visits.coordinated import listed_subject, partners
from geo.visits.fallback import (DECLINED, PRESENCE_WORD, another_time, persons_country, presence_words, quote_marks,
                                 remote_in)
from geo.visits.hypothetical import supposed

__all__ = ["SETTING_KEYS", "story_setting", "setting_hits", "visited"]

#: The trigger keys (:func:`geo.visits.families.sentence_triggers`) of a sentence worth reading this way.
SETTING_KEYS = frozenset({"_presence", "place_noun", "arrival"})
#: Arriving told with no place: "arrived on Friday", "landed at noon", "will arrive on Sunday".
_ARRIVED = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)|touch(?:es|ed)\s+down)\b", re.I)
#: Another time than the story's: "in 2015", "last year", "earlier this year", "previously", a predecessor.
_ANOTHER_TIME = re.compile(r"\b(?:in\s+(?P<year>(?:1[89]|20)\d\d)|last\s+(?:year|month|time)|years?\s+ago|"
                           r"previous(?:ly)?|"
                           r"predecessors?|once|first\s+time\s+since|since|like|unlike|as\s+did|than|"
                           r"history|historic(?:al)?|decades?|(?:the|a)\s+(?:day|week)\s+(?:before|earlier)|"
                           r"the\s+previous\s+(?:day|week)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|day))\b",
                           re.I)
#: Words many names share: no sign of the same person.
_COMMON_NAME_WORDS = frozenset({"sheikh", "mohammed", "mohamed", "muhammad", "abdullah", "abdel", "prince", "king",
                                "emir", "president", "minister", "sultan", "sayyid", "shaikh", "hamad", "zayed",
                                "salman", "khalifa", "ahmed", "ahmad", "abdul"})
_STOP = re.compile(r"[.;:]|\b(?:who|which|that|after|before|when|while|said|says)\b")
_HOST_NAMED = re.compile(r"\bhost(?:ing|s)?\s+(?:[\w\-.’']+\s+){0,3}$", re.I)
#: A trip noun with its owner before it: "Putin's visit", "during his three-day state visit".
_OWNED_TRIP = re.compile(r"(?=['ht’])(?:['’]s?|\b(?:his|her|their))\s+(?:[\w\-]+\s+){0,3}?(?P<noun>visit|trip|tour|stay)\b",
                         re.I)
#: The passive of a presence: "will be joined by", "was attended by", "were greeted by" names who came.
_BY = re.compile(r"(?=[abiw])\b(?:be|been|is|are|was|were)\s+(?:also\s+)?(?:joined|attended)\s+by\b", re.I)
#: A trip noun told with no place of its own, read only against a dateline: "after a daylong visit Saturday with
#: China's top leadership" under "BEIJING" (not "a visit to", "the trip of", "his visit in"; not another's: "Xi's").
_PLACELESS_TRIP = re.compile(r"(?=[aht])\b(?:an?|the|his|her|their)\s+(?:(?:[\w\-]+|\d+-\w+)\s+){0,2}?(?:visit|trip|stay)\b"
                             r"(?!\s+(?:to|in|of|by|from|abroad|overseas|home)\b)(?!['’])", re.I)
_VISITED = re.compile(r"(?=[tvw])\b(?:visited|(?:will|to|would)\s+visit)\b", re.I)
#: The patterns of :func:`_words` after the presence words, each with words one of which its every match holds
#: (as :func:`geo.text.fold_case` writes them): a pattern ignoring case costs a try at every character of the
#: sentence, the words a ``str.find`` each.
_WORDS_OF = ((_VISITED, ("visit",)), (_ARRIVED, ("arriv", "land", "touch")),
             (_OWNED_TRIP, ("visit", "trip", "tour", "stay")), (_BY, ("joined", "attended")),
             (_PLACELESS_TRIP, ("visit", "trip", "stay")))
#: A passive before an act told by its participle: "to be inaugurated", "was addressed by", "has been signed"
#: (not "are participating": the act is theirs).
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|are|were)\s+(?:\w+ly\s+)?$", re.I)
#: Coming home is no visit: "arrived back home on Sunday".
_HOME = re.compile(r"\s+(?:back\s+)?(?:home|back)\b", re.I)
#: (the rest of a name the finder took only in part may come first: "Diaz-Canel Bermudez, Brazilian leader Lula")
_LIST_GAP = re.compile(r"(?:\s+[A-Z][\w\-’']*){0,2}\s*(?:,|;|,?\s+and)\s+(?:(?:the|his|her|their)\s+)?(?:[\w\-.’'()]+,?\s+){0,8}?$")


def story_setting(here: Mention | None, visits: Sequence[Visit], places: Sequence[Mention],
                  gathering: Mention | None = None) -> tuple[Mention | None, bool]:
    """Where the story is set, and whether a visit read there says so.

    The one country all the visits read so far (but those called off) go to, at the dateline's place when
    it is there, else at its first city: ``(place, True)``. With no visit read, the dateline's place:
    ``(here, False)`` (where the story was filed, often the traveller's home: only the host's own side
    meeting someone there tells a visit), and so when every visit read goes elsewhere and is over (the legs
    of a tour before the one filed from). ``(None, False)`` when the visits go to several countries, or
    to another than the dateline's, or (with no dateline) are all over: a story about today is not set
    where someone once went. With neither a visit nor a dateline, the place where the story told people
    arriving or gathering without naming them (``gathering``: "the heads of state who have arrived in
    Moscow", "Heads of state have arrived in Peru") stands for a dateline: ``(gathering, False)``.
    """
    countries = {v.country for v in visits if v.status not in ("cancelled", "postponed")}
    if not countries and here is not None and here.country:
        return here, False
    if not countries and here is None and gathering is not None and gathering.country:
        return gathering, False  # "talks with the heads of state who have arrived in Moscow": the hosts' side
    if here is not None and here.country and here.country not in countries and all(
            v.status == "completed" for v in visits if v.status not in ("cancelled", "postponed")):
        return here, False  # "BRASILIA - ... He had earlier visited Argentina and Chile": the legs before the dateline's
    if len(countries) != 1:
        return None, False
    country, = countries
    if here is not None and here.country:
        return (here, True) if here.country == country else (None, False)
    if not any(v.status in ("ongoing", "planned") for v in visits if v.country == country):
        return None, False  # only a trip told as over ("after a visit to Taiwan"): the story is not set there
    named = [m for m in places if m.country == country and m.kind != "demonym"]
    return next((m for m in named if m.kind == "city"), named[0] if named else None), True


def visited(visits: Sequence[Visit], country: str) -> set[str]:
    """The words of the names of those ``visits`` bring to ``country`` (see :func:`setting_hits`)."""
    return {w for v in visits if v.country == country for w in _names(v.traveler)}


def setting_hits(ctx: Context, setting: Mention, had: set[str], sure: bool = True) -> list[Hit]:
    """The visits to ``setting`` one sentence tells with no place of its own (see the module's guards).

    ``had`` holds the travellers already read there (:func:`visited`: asked once per document, not per
    sentence): one of them gets no visit more. With
    ``sure`` false (the setting is only the dateline's), only a meeting of the host's side with foreigners
    tells a visit: the foreigners', whichever side the sentence's subject is.

    Examples
    --------
    >>> from geo.values import Document, Person
    >>> t = "Obama held talks with Ruto on Monday."
    >>> d = Document("d", t)
    >>> here = Mention("d", 0, 0, "", "Washington", 38.9, -77.0, "US", None, "city", 1.0)
    >>> ppl = [Person(0, 5, "Obama", "Barack Obama", "US", "president", "surname"),
    ...        Person(22, 26, "Ruto", "William Ruto", "KE", "president", "surname")]
    >>> ctx = Context(d, 0, len(t), [], ppl, lambda: None, False, here)
    >>> [(h.traveller.name, h.places[0].country) for h in setting_hits(ctx, here, set())]
    [('William Ruto', 'US')]
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    host = setting.country
    if not any(p.name and p.country and p.country != host for p in ctx.people):
        return []  # no one named who may have come: nothing to read (most sentences)
    lists = [listed_subject(ctx, m.start()) for m in _words(text, s0, s1)] if sure else []
    named = Spans([(q[0].start, q[-1].end) for q in lists if len(q) > 1])  # "Sudan's Sovereign Council head ..."
    if any(m.country and m.country != host and m.kind != "demonym" and not persons_country(ctx, m)
           and not named.overlaps(m.start, m.end) and text[m.end:m.end + 1] not in ("-", "–")
           and text[max(0, m.start - 1):m.start] not in ("-", "–") for m in ctx.ms):  # ("U.S.-China relations": a pair, no place)
        return []  # the sentence tells of another country: the families' to read
    out: list[Hit] = []
    if remote_in(text, s0, s1):
        return out  # "held talks by video link", "in a phone call": no presence told in this sentence
    quotes = quote_marks(text, s0, s1)
    for m in _words(text, s0, s1):
        c0, c1 = m.span()
        if m.re is PRESENCE_WORD and m.group("act") and m.group("act").endswith("ed") \
                and _PASSIVE.search(text, max(s0, c0 - 25), c0):
            continue  # "Trump, who is due to be inaugurated on January 20": done to him, not his act somewhere
        if negated(text, s0, c0) or bisect_left(quotes, c0) % 2 or supposed(text, s0, c0, c1) \
                or DECLINED.search(text, max(s0, c0 - 40), c0) or _HOME.match(text, c1) \
                or another_time(ctx, _ANOTHER_TIME, max(s0, c0 - 60), min(s1, c1 + 40)):
            continue
        if m.re is _OWNED_TRIP:  # "during Putin's visit, the two sides signed": the visit's owner, if named
            owner = trip_owner(ctx, m.start("noun"))
            if sure and owner is not None and not another_time(ctx, _ANOTHER_TIME, c1, min(s1, c1 + 60)):
                out += [Hit(owner, [told_at(setting, text, c0, c1)], c0, c1, (max(s0, c0 - 80), min(s1, c1 + 60)),
                            0.3, "setting")] if _new(owner, host, had, out) else []
            continue
        if m.re is _BY:  # "The meeting will also be joined by Italy's Matteo Renzi and Canada's Justin Trudeau"
            out += [Hit(p, [told_at(setting, text, c0, c1)], c0, c1, (max(s0, c0 - 80), min(s1, c1 + 60)), 0.25,
                        "setting") for p in _met(ctx, c1) if sure and _new(p, host, had, out)]
            continue
        if m.re is _PLACELESS_TRIP:  # "(BEIJING) Powell spoke after a daylong visit Saturday with China's leaders"
            trav, conf = subject(ctx, c0)
            if not sure and trav is not None and trav.end <= c0 and _new(trav, host, had, out):
                out.append(Hit(trav, [told_at(setting, text, c0, c1)], c0, c1, (max(s0, c0 - 80), min(s1, c1 + 60)),
                               0.3 * conf, "setting"))
            continue
        trav, conf = subject(ctx, c0)
        if trav is None:
            continue
        meeting = m.re is PRESENCE_WORD and m.group("meet") is not None
        if trav.country == host and meeting:
            # the host's side met them: they came ("Obama will hold talks with President Xi"); a visitor who
            # met someone there tells no more ("met his Kenyan counterpart" may have been anywhere)
            travellers = [p for p in _met(ctx, c1) if p.country != trav.country]
            conf = 0.9
        elif sure:
            travellers = [trav, *partners(ctx, trav, predicate_start(text, trav.end, c0))] if trav.end <= c0 else [trav]
            travellers += [p for p in listed_subject(ctx, c0) if p not in travellers]
        elif meeting and trav.end <= c0 and any(p.country == host for p in _met(ctx, c1)):
            travellers = [trav]  # "BRASILIA - Scholz held talks with Brazilian President Lula": he came to the host
        else:
            continue
        for p in travellers:
            if not _new(p, host, had, out):
                continue
            out.append(Hit(p, [told_at(setting, text, c0, c1)], c0, c1, (max(s0, c0 - 80), min(s1, c1 + 60)),
                           0.3 * conf, "setting"))
    return out


def _new(p: Person, host: str, had: set, out: list[Hit]) -> bool:
    """May ``p`` be a traveller to ``host`` not yet read (no word of the name is one of ``had``, those of
    the travellers read there: "Ahmadzai" is "Ashraf Ghani Ahmadzai"), named, foreign to it, no spokesman?"""
    return bool(p.name) and bool(p.country) and p.country != host and not _names(p.name) & had \
        and p.role not in SPEAKER_ROLES and not any(h.traveller is p for h in out)


def _names(name: str) -> set[str]:
    """The words of a name that tell one person from another (not "bin", "al", "Sheikh")."""
    return {w for w in re.findall(r"[\w\-]{4,}", name.lower())} - _COMMON_NAME_WORDS if name else set()


def _words(text: str, s0: int, s1: int):
    """The presence and arrival words of a sentence and "visited", in text order (being somewhere needs a
    place; a trip noun has an owner of its own: "Qin Gang's visit", "during his trip")."""
    found = [m for m in presence_words(text, s0, s1) if not m.group("be") and not m.group("leave")]
    low = fold_case(text)
    for pattern, words in _WORDS_OF:
        if has_word(low, words, s0, s1):  # (else the pattern cannot match: most sentences hold none of its words)
            found += pattern.finditer(text, s0, s1)
    return sorted(found, key=lambda m: m.start())


def _met(ctx: Context, c1: int) -> list:
    """The named foreigners right after a meeting word: "talks with Xi", "with Yun and Han"."""
    people = [p for p in ctx.people_between(c1, min(ctx.s1, c1 + 600)) if p.name and p.kind != "pronoun"]
    out = []
    for p in people:
        gap = ctx.text[c1 if not out else out[-1].end:p.start]
        if not out and (len(gap.split()) > 12 or _STOP.search(gap)) or out and not _LIST_GAP.fullmatch(gap):
            break
        if _HOST_NAMED.search(ctx.text, max(ctx.s0, p.start - 30), p.start):
            continue  # "held talks with host UAE's Foreign Minister": the host's side
        out.append(p)
    return out
