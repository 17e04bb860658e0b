"""Arrivals told without a place: the place is the one the story is about.

A report of a gathering names its place once ("Heads of state have arrived in Peru for today's
inauguration") and then goes down the list of who came:

* "Rafael Correa, president of Ecuador, arrived yesterday afternoon";
* "Barbados PM David Thompson and Papua New Guinea PM Sir Michael Somare also arrived on Tuesday";
* "Qatar's Emir and Djibouti's President also arrived in the Kingdom on Friday" (a place word, not a name);
* "Kibaki and Dlamini were also expected to arrive last night";
* "Meloni and Hasina were received at the airport by Union Ministers Karandlaje and Jardosh";
* "Among the SAARC dignitaries who have arrived are Nawaz Sharif, Hamid Karzai and Mahinda Rajapaksa".

:func:`bare_arrivals` reads each such clause as a visit to ``host``: the place of the last visit the
story told (a sentence or three before), else the dateline's. A traveller from the host country is
at home, an arrival from a named place ("arrived from Lahore") or at home ("arrived back home") is
none, and every one of a list of travellers gets the visit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.status import just_arrived, tense
from geo.text import fold_case, has_word, negated
from geo.visit_day import visit_date
from geo.values import Mention
from geo.visits.context import Context, Hit, subject, told_at
from geo.visits.summits import GROUP, GROUP_WORDS, named_until_end
from geo.visits.coordinated import partners

__all__ = ["bare_arrivals", "gathering_place", "bulletin_place", "bulletin_items", "ArrivalList", "ARRIVAL_WORDS",
           "GATHERING_WORDS"]

#: Words one of which a sentence holds for :func:`bare_arrivals` to read it (lower case).
ARRIVAL_WORDS = ("arriv", "landed", "touched down", "flew in", "together", "in the country", "in the kingdom", "received",
                 "welcomed", "greeted")

_BARE = re.compile(r"(?=[afhijltw])\b(?:(?:has|have|had)\s+(?:also\s+|already\s+)?)?(?:also\s+|already\s+|just\s+)?"
                   r"(?:arrived|landed|touched\s+down|flew\s+in|(?:travell?ed|flew|arrived)\s+together|"
                   r"(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|set|scheduled)\s+to\s+arrive|"
                   r"(?:is|are|was|were)\s+(?:also\s+)?reported\s+to\s+have\s+(?:been\s+)?arrived|"
                   r"(?:is|are|was|were)\s+(?:also\s+|already\s+)?in\s+the\s+(?:country|kingdom)(?=\s+(?:for|to|ahead)\b)|"
                   # "were received at the airport by", "was warmly welcomed on arrival by": the guest's arrival
                   r"(?:is|are|was|were)\s+(?:also\s+|warmly\s+|formally\s+)?(?:received|welcomed|greeted)"
                   r"(?=\s+(?:at\s+the\s+airport\s+|on\s+(?:(?:his|her|their)\s+)?arrival\s+|upon\s+(?:(?:his|her|their)\s+)?arrival\s+)?by\b))"
                   r"(?P<after>[^.;:!?]{0,80})", re.I)
#: What may follow the verb and still leave the place untold: a day, a time, "in quick succession", the
#: place as a noun ("in the Kingdom", "in the country", "at the airport")
_NOT_HOME = re.compile(r"^\s*(?:back|home|safely\s+home|from\b|in\s+(?:[A-Z]|the\s+[A-Z]\w+\s+capital))")
_CLAUSE = re.compile(r"[,;]|\b(?:and|but|while|where|after|before|when|to\s+attend|for\s+the)\b")
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|"
                    r"dignitaries|guests|delegates|ministers|arrivals|visitors)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?"
                    r"(?:already\s+)?(?:arrived|landed)(?P<rest>\s+[^.;:]{0,80}?)??\s+|"
                    r"(?:expected|due)\s+(?:later\s+)?(?:[\w\-]+\s+){0,2}?)(?:are|were|is|was|include|included)\s+",
                    re.I)


#: Words one of which a sentence holds for :func:`gathering_place` to read it (lower case).
GATHERING_WORDS = ("arriv", "gather", "converg", "descend", "flock")
# "World leaders began gathering in Japan", "Heads of state are arriving in Addis Ababa for the summit",
# "have started arriving for the ASEAN Summit in the Philippines", "are fast converging on Washington"
_GATHERING = re.compile(r"\b" + GROUP + r"\b[^.;:]{0,80}?\b(?:arriv(?:e|es|ed|ing)|gather(?:ed|ing|s)?|"
                        r"converg(?:e|ed|es|ing)|descend(?:ed|ing|s)?|flock(?:ed|ing|s)?)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:(?:in|on|at|to|into)\s+|for\s+[^.;:]{1,60}?\s+in\s+)(?:the\s+)?$", re.I)


def gathering_place(ctx: Context) -> Mention | None:
    """The place a crowd of leaders comes to, told with no one named ("World leaders began gathering in
    Japan Wednesday", "Heads of state are arriving in Addis Ababa"): the place the arrivals after go to.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "World leaders began gathering in Japan on Wednesday."
    >>> jp = Mention("d", 33, 38, "Japan", "Japan", 36.0, 138.0, "JP", None, "country", 1.0)
    >>> ctx = Context(Document("d", t), 0, len(t), [jp], [], lambda: None, False, None)
    >>> gathering_place(ctx).country
    'JP'
    """
    text, s0, low = ctx.text, ctx.s0, fold_case(ctx.text)
    if not has_word(low, GATHERING_WORDS, s0, ctx.s1):
        return None
    for x in ctx.ms:
        lo = max(s0, x.start - 200)  # a match holds a word of the group and one of the gathering before the place
        if x.country and x.kind != "demonym" and has_word(low, GROUP_WORDS, lo, x.start) \
                and has_word(low, GATHERING_WORDS, lo, x.start) and _GATHERING.search(text, lo, x.start) \
                and not negated(text, s0, x.start):
            return x
    return None


def bare_arrivals(ctx: Context, host: Mention | None) -> list[Hit]:
    """The arrivals of one sentence told without a place, as visits to ``host``.

    Parameters
    ----------
    ctx : Context
        The sentence.
    host : Mention or None
        The place the story is about: the last one a visit went to, or the dateline's.

    Returns
    -------
    list of Hit
        One per arrival clause with a named traveller (the others of a list in ``also``).

    Examples
    --------
    >>> from geo.values import Document, Mention, Person
    >>> t = "Rafael Correa, president of Ecuador, arrived yesterday afternoon."
    >>> ctx = Context(Document("d", t), 0, len(t), [], [Person(0, 13, "Rafael Correa", "Rafael Correa", "EC",
    ...               "president", "name")], lambda: None, False, None)
    >>> lima = Mention("d", 0, 0, "", "Lima", -12.0, -77.0, "PE", None, "city", 1.0)
    >>> [(h.traveller.name, h.places[0].country, h.cue) for h in bare_arrivals(ctx, lima)]
    [('Rafael Correa', 'PE', 'arrival')]
    >>> bare_arrivals(ctx, None)
    []
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not has_word(fold_case(text), ARRIVAL_WORDS, s0, s1):
        return []
    hits: list[Hit] = []
    for m in _AMONG.finditer(text, s0, s1):  # "Among the dignitaries who have arrived (in Delhi) are A, B and C"
        told = [x for x in ctx.ms if m.start("rest") <= x.start < m.end("rest") and x.country
                and x.kind != "demonym"] if m.group("rest") else []
        there = told[0] if told else host
        if there is None or there.country is None:
            continue
        guests = [p for p in named_until_end(ctx, m.end()) if p.country != there.country]
        if guests and not negated(text, s0, m.start()):
            hits.append(Hit(guests[0], [told_at(there, text, m.start(), m.end())], m.start(), m.end(),
                            (m.start(), m.end()), 0.7, "arrival", tuple(guests[1:12])))
    if hits or host is None or host.country is None:
        return hits
    for m in _BARE.finditer(text, s0, s1):
        after = m.group("after")
        cut = _CLAUSE.search(after)
        a1 = m.start("after") + (cut.start() if cut else len(after))
        if _NOT_HOME.match(after) or any(m.start("after") <= x.start < a1 and x.country for x in ctx.ms) \
                or negated(text, s0, m.start()):
            continue  # a place is told (another family's), or home, or no arrival at all
        trav, conf = subject(ctx, m.start())
        if trav is None or not trav.name or trav.kind == "pronoun" or trav.end > m.start():
            continue
        also = tuple(p for p in partners(ctx, trav, m.start())
                     if p.country != host.country)
        if trav.country == host.country:
            if not also:
                continue  # one of the hosts, at home
            trav, also = also[0], also[1:]
        end = m.start("after")
        hits.append(Hit(trav, [told_at(host, text, m.start(), end)], m.start(), end,
                        (max(s0, m.start() - 80), min(s1, a1)), 0.75 * conf, "arrival", also))
    return hits


# "the following Heads of State and Government have arrived:", "The following world leaders have arrived here:"
_BULLETIN = re.compile(r"\b(?:the\s+following|here\s+are|these\s+are|below\s+are)\b[^.:]{0,120}?\b(?:arrived|landed|"
                       r"(?:are|were)\s+(?:expected|due)\s+to\s+arrive|(?:will|are\s+to)\s+attend|attended|attending)\b"
                       r"(?P<after>[^.:]{0,60}):\s*$", re.I)
#: A list item is short and has no verb of its own: "Cambodia – Prime Minister Hun Sen", "2. Kenyan President Kibaki"
_ITEM_VERB = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|said|says|arrived|expected|confirmed|told)\b",
                        re.I)


def bulletin_place(ctx: Context, host: Mention | None) -> Mention | None:
    """The place of a list that the sentence opens with a colon ("the following Heads of State have arrived:",
    "The following world leaders have arrived here:"): the place told after the verb, else ``host`` (the
    story's or the dateline's), else the place the sentence opens with ("Pretoria With less than 24 hours
    to go ..."); ``None`` when the sentence opens no such list."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if not text[s0:s1].rstrip().endswith(":"):
        return None
    m = _BULLETIN.search(text, s0, s1)
    if m is None:
        return None
    told = [x for x in ctx.ms if m.start("after") <= x.start < m.end("after") and x.country and x.kind != "demonym"]
    first = [x for x in ctx.ms if x.start == s0 and x.country and x.kind != "demonym"]
    return (told or [host] if host is not None else told or first or [None])[0]


def bulletin_items(ctx: Context, host: Mention, told: tuple[int, int]) -> list[Hit] | None:
    """The people of one item of a list opened by :func:`bulletin_place`, each a visit to ``host`` told in the
    words ``told`` ("have arrived"); ``None`` when the sentence is no item (the list has ended): a long one or
    one with a verb. A numbering ("1.") or a day ("Saturday") is an item with no one."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if len(text[s0:s1].split()) > 16 or _ITEM_VERB.search(text, s0, s1):
        return None
    return [Hit(p, [told_at(host, text, p.start, p.end)], p.start, p.end, told, 0.7, "arrival")
            for p in ctx.people if p.name and p.kind != "pronoun" and p.country != host.country
            and (p.country or p.role or " " in p.name)  # not a place read as a name ("Myanmar –")
            and all(q.name != p.name or q is p for q in ctx.people if q.start < p.start)]


#: A line of a list that only gives the day of the items after it: "Saturday", "Earlier today"
_DAY_LINE = re.compile(r"\s*(?:(?:earlier\s+)?(?:today|yesterday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday))\W*", re.I)


@dataclasses.dataclass(frozen=True)
class _Day:
    """A day read for a list of arrivals, as :func:`geo.visit_day.visit_date` gives one."""

    start: dt.date
    end: dt.date
    offset: int


@dataclasses.dataclass
class ArrivalList:
    """A list of arrivals read line by line: "The following world leaders have arrived here:", "Here are the
    leaders who attended:", a day ("Saturday"), then an item a line ("Cambodia – Prime Minister Hun Sen")
    until two sentences in a row that are no item (one remark between items is read over).

    :meth:`read` takes each sentence in turn; :meth:`context` and :meth:`dated` give an item's visit the
    list's words (its tense) and day.
    """

    place: Mention | None = None  # the place of the open list, ``None`` when no list is open
    told: tuple[int, int] = (0, 0)  # the words that open it
    start: int = 0  # where its day is told: the opening sentence, or the last day line
    day: object = None
    items: dict = dataclasses.field(default_factory=dict)  # id of an item's hit -> its context
    prose: int = 0  # sentences in a row that are no item (a remark between two items is read over)

    def read(self, ctx: Context, host: Mention | None, published: dt.date | None, hits: list[Hit]) -> list[Hit]:
        """The hits of the sentence ``ctx`` with the items of an open list added (and a list opened or
        closed as the sentence tells)."""
        text, s0, s1 = ctx.text, ctx.s0, ctx.s1
        if self.place is not None and _DAY_LINE.fullmatch(text, s0, s1):
            self.start, self.day = s0, visit_date(text, (s0, s1), (s0, s1), published, "past")
        elif self.place is not None:
            items = bulletin_items(ctx, self.place, self.told)
            self.prose = self.prose + 1 if items is None else 0
            if self.prose > 1:
                self.place = None  # two sentences that are no items: the list has ended
            elif items is not None:  # not a "visit" of one's own country ("President of Burundi Pierre Nkurunziza" read loosely)
                named = {q.name for h in hits for q in (h.traveller, *h.also) if q is not None
                         and any(x.country != q.country for x in h.places)}
                hits = [h for h in hits if h.traveller is None or any(x.country != h.traveller.country
                                                                       for x in h.places)]
                items = [h for h in items if h.traveller.name not in named]
                listed = dataclasses.replace(ctx, s0=self.start)
                self.items.update((id(h), listed) for h in items)
                hits = hits + items
        if text[s0:s1].rstrip().endswith(":") and (there := bulletin_place(ctx, host)) is not None:
            day = visit_date(text, (s0, s1), (s0, s1), published, tense(text, s0, s1))
            if day is None and just_arrived(text, s0, s1) and published is not None:
                day = _Day(published, published, s0)  # "have arrived": today
            self.place, self.told, self.start, self.day, self.prose = there, (s0, s1), s0, day, 0
        return hits

    def read_in(self, h: Hit, ctx: Context) -> None:
        """Read ``h`` in ``ctx``, the sentence that told its trip (a delegation's members told after it)."""
        self.items[id(h)] = ctx

    def context(self, h: Hit, ctx: Context) -> Context:
        """Where ``h`` is read: from the list's words or day on for an item, else its sentence ``ctx``."""
        return self.items.get(id(h), ctx)

    def dated(self, h: Hit, found: list) -> list:
        """The visits ``found`` for ``h``, an item with no day of its own taking the list's."""
        if id(h) not in self.items or self.day is None:
            return found
        return [dataclasses.replace(v, start_date=self.day.start, end_date=self.day.end, how=f"{v.how}; day: listed")
                if v.start_date is None else v for v in found]
