"""Host and guests told together, after the hosting and meeting families have read a sentence.

* :func:`country_hosts` - a country as the host: "Japan will host Kenyan President William Ruto
  next week";
* :func:`visiting_guests` - a guest called "visiting": "..., visiting Chinese President Xi Jinping said
  today" is Xi's visit to the one other country the sentence names (or the dateline's);
* :func:`received_one` - who a host's word receives: not "his" of "received his counterparts", nobody
  after "his host" (a noun); :func:`host_noun` - "host" as a noun after a preposition too ("talks with
  host UAE's minister"): the host at home, no guest;
* :func:`more_guests` - every guest of a hosting or meeting, not only the first: "Kishida hosted
  Ruto and Akufo-Addo", "Ruto and Akufo-Addo were received by Kishida", and the foreign one of
  "Ruto and Kishida held talks in Tokyo" when the first is at home;
* :func:`crowd_guests` - the guests a host receives as a crowd, then names: "Obama will host
  dignitaries from 56 nations for the summit, including Cameron, Trudeau and Modi" (run by
  :func:`country_hosts`, whose words it shares).

:func:`geo.visits.families.find_hits` runs them with the other cue families.
"""

from __future__ import annotations

import re

from geo.coreference import OBJECT_PRONOUN
from geo.text import negated
from geo.title_country import is_capital
from geo.values import Mention, Person
from geo.visits.context import Context, Hit, predicate_start, subject, synthetic, told_at
from geo.visits.coordinated import partners
from geo.visits.summits import GROUP, named_until_end

__all__ = ["country_hosts", "crowd_guests", "guests_end", "host_home", "host_noun", "more_guests", "received_one", "visiting_guests"]

_COUNTRY_HOSTS = re.compile(r"\s+(?:will\s+(?:also\s+)?|is\s+(?:to|set\s+to|due\s+to|expected\s+to|scheduled\s+to|"
                            r"preparing\s+to|getting\s+ready\s+to)\s+)?"
                            r"(?:host|hosts|hosted|welcome|welcomes|welcomed|receive|receives|received)\s+")
_NAME_GAP = re.compile(r"(?:(?:the|[A-Z][\w.’'\-]*)\s+){0,5}")


def country_hosts(ctx: Context, hits: list[Hit]) -> None:
    """"Japan will host Kenyan President William Ruto next week", "Jakarta is preparing to welcome French President
    Francois Hollande": the guest's visit to that country (a capital stands for it); and
    the guests of a person's hosting told as a crowd (:func:`crowd_guests`)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for p in ctx.ms:
        if p.kind not in ("country", "city") or not p.country:
            continue
        m = _COUNTRY_HOSTS.match(text, p.end, s1)
        if m is not None and p.kind == "city" and not is_capital(p):
            continue  # "Jakarta will host Pence": a capital stands for its government, another city does not
        if m is None or negated(text, s0, p.start):
            continue
        guest = next((g for g in ctx.people_between(m.end(), m.end() + 60) if g.name and g.kind != "pronoun"
                      and _NAME_GAP.fullmatch(text, m.end(), g.start)), None)
        if guest is None or guest.country == p.country or text[guest.end:guest.end + 2] in ("'s", "’s"):
            continue  # "Russia received Blinken's letter": no guest
        also = partners(ctx, guest, predicate_start(text, guest.end, s1))
        hits.append(Hit(guest, [p], p.start, m.end(), (p.start, min(s1, guest.end + 30)), 0.75, "hosted", also))
    crowd_guests(ctx, hits)  # the same words of hosting, said of a person and a crowd named after


def more_guests(ctx: Context, hits: list[Hit]) -> None:
    """Every guest of the sentence's hostings and meetings: the people named with the first as one
    subject or object ("hosted Ruto and Akufo-Addo", "Ruto and Akufo-Addo were received by"), and
    the foreign one of "Ruto and Kishida held talks in Tokyo" when the one read first is at home."""
    text, s1 = ctx.text, ctx.s1
    for h in hits:
        if h.cue not in ("hosted", "met") or h.also or h.traveller is None or not h.traveller.name:
            continue
        g = h.traveller
        pos = predicate_start(text, g.end, s1) if g.start >= h.cue_start else h.cue_start
        also = partners(ctx, g, pos)
        host = h.places[0].country if h.places else None
        if h.cue == "met" and g.country == host:  # "Ruto and Kishida held talks in Tokyo": Ruto travelled
            away = [q for q in also if q.country and q.country != host]
            if away:
                h.traveller, h.also = away[0], tuple(away[1:])
            continue
        h.also = also


#: "visiting" as a guest's epithet: at a clause's start or after an article, "and", "with", "for", "of", "by" or a verb
#: of meeting ("Visiting Afghan Defense Minister ...", ", visiting Chinese President Xi said", "met the
#: visiting Japanese Foreign Minister"), not the verb ("is visiting", "after visiting").
_EPITHET = re.compile(r"(?:^|[,;:(\u201c\"]\s*|(?i:\bthe|\ba|\ban|\band|\bwith|\bfor|\bof|\bby|\bmet|\bwelcomed|\breceived|"
                      r"\bgreeted|\bhosted|\bhis|\bher|\btheir|"
                      # a verb done to the one addressed, whose object "visiting" qualifies: "told visiting Blinken"
                      r"\btold|\btells|\burged|\burges|\bassured|\bassures|\bthanked|\bthanks|\bbriefed|\bpraised|"
                      r"\bpraises|\binformed|\bwarned|\bwarns|\breminded|\bescorted|\baccompanied|\bfeted|\bhonou?red)\s+)$")
#: "visiting" before a name or a title, capitalised or not: "visiting Chinese President Xi", "his visiting
#: Indian counterpart", "the visiting premier"
_VISITING = re.compile(r"\b[Vv]isiting\s+(?=[A-Z]|(?:head|prime|premier|president|vice|deputy|foreign|defen[cs]e|"
                       r"minister|secretary|chancellor|king|queen|prince|princess|emir|sultan|leader|counterpart|"
                       r"dignitary|envoy|delegation\s+head|crown|monarch|royal)\b)")
_TO_NAME = re.compile(r"(?:(?:[A-Z][\w.’'\-]*|of|the|and|for)\s+){1,7}")


def visiting_guests(ctx: Context, hits: list[Hit]) -> None:
    """"China wants closer ties with Bangladesh, visiting Chinese President Xi Jinping said today": a guest
    whose country is known visits the country of the one host named before "visiting" when the sentence
    names no other place ("Putin hosted a dinner for visiting Chinese President Xi"), else the dateline's
    country, else the one other country the sentence names (not in the guest's own descriptor),
    else, with no place named, the one country of the others named ("Xi held talks with visiting Kenyan
    President William Ruto")."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _VISITING.finditer(text, s0, s1):
        if not _EPITHET.search(text[max(s0, m.start() - 12):m.start()]) and m.start() != s0:
            continue
        guest = next((g for g in ctx.people_between(m.end(), m.end() + 80) if g.name and g.country
                      and g.kind != "pronoun" and (g.start == m.end() or _TO_NAME.fullmatch(text, m.end(), g.start))),
                     None) or _titled_guest(ctx, m.start())
        if guest is None or negated(text, s0, m.start()) or any(h.traveller == guest for h in hits):
            continue  # ("would welcome the visiting Prime Minister on Friday": the hosting's visit, read already)
        # the places the sentence names, not those of the guest's own descriptor ("visiting People's Republic
        # of China President Xi"); the host named before the guest is at home ("Putin hosted a dinner for ...")
        named = [x for x in ctx.ms if x.country and x.kind != "demonym" and not m.end() <= x.start < guest.end
                 and (ctx.here is None or x.start != ctx.here.start)]  # (not the dateline: where it was written)
        home = {p.country for p in ctx.people if p.name and p.country and p.end <= m.start() and p != guest}
        if len(home) == 1 and guest.country not in home and not any(x.country != guest.country for x in named):
            p = next(p for p in ctx.people if p.name and p.country in home and p.end <= m.start())
            hosts = [ctx.here] if ctx.here is not None and ctx.here.country in home \
                else [synthetic(ctx.doc, p.start, p.end, p.country)]  # (the dateline's city, if in the host's country)
        elif ctx.here is not None and ctx.here.country:
            hosts = [ctx.here] if ctx.here.country != guest.country else []
        elif named:
            hosts = [x for x in named if x.country != guest.country]
            if len({x.country for x in hosts}) != 1:
                continue  # no other country, or several: whose guest is not told here
        else:  # no place named: "Xi held talks with visiting Kenyan President Ruto": the country of those he met
            others = {p.country for p in ctx.people if p.name and p.country and p.country != guest.country}
            if len(others) != 1:
                continue
            host = next(p for p in ctx.people if p.name and p.country in others)
            hosts = [synthetic(ctx.doc, host.start, host.end, host.country)]
        if hosts:
            end = max(m.end(), guest.end)  # the guest's day is told after his name: "... for visiting X on Thursday"
            hits.append(Hit(guest, hosts[:1], m.start(), end, (m.start(), end), 0.6, "visiting"))


def _titled_guest(ctx: Context, at: int) -> Person | None:
    """The guest a title holding "visiting" at ``at`` names, resolved to someone of a known country: "his
    visiting Indian counterpart", "the visiting premier"."""
    return next((g for g in ctx.people_between(ctx.s0, at + 1) if g.start <= at < g.end and g.kind == "descriptor"
                 and g.name and g.country), None)


# "will host dignitaries from 56 nations ..., including", "welcomed leaders of 20 countries such as" (not the
# noun: "met a host of world leaders, including")
_CROWD_HOSTED = re.compile(r"(?=[hrw])\b(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|welcoming|receive|receives|"
                           r"received|receiving)(?!\s+of\b)\s+(?:[^.;:]{0,40}?\s)?" + GROUP + r"\b[^.;:]{0,120}?,?\s+"
                           r"(?:including|among\s+them|such\s+as)\s+", re.I)


def crowd_guests(ctx: Context, hits: list[Hit]) -> None:
    """"President Obama will host dignitaries from 56 nations for the Nuclear Security Summit, including
    British Prime Minister David Cameron and Indian Prime Minister Narendra Modi": each guest named visits
    the host's country (at the place of it the sentence names, if any); the host stays at home."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _CROWD_HOSTED.finditer(text, s0, s1):
        host, _ = subject(ctx, m.start())
        if host is None or not host.country or negated(text, s0, m.start()):
            continue
        guests = [g for g in named_until_end(ctx, m.end()) if g.country != host.country]
        if not guests:
            continue
        told = [x for x in ctx.ms if x.country == host.country and x.kind != "demonym" and x.start < m.end()]
        # the place told again at the words of hosting: another family may have taken it for the host
        at = told_at(told[0], text, m.start(), m.end()) if told \
            else synthetic(ctx.doc, m.start(), m.end(), host.country)
        hits.append(Hit(guests[0], [at], m.start(), m.end(), (max(s0, m.start() - 60), m.end()), 0.7, "hosted",
                        tuple(guests[1:12])))


#: An aside set off by commas after a guest's name: a relative clause or an apposition ("Albanese, who is on
#: his first visit to India, in New Delhi", "Albanese, the Australian leader, at the ...")
_ASIDE = re.compile(r",\s+(?:who|whom|whose|the|an?|his|her|their)\s[^,;:.()\u201c\"]{0,90}?,\s*")


def guests_end(ctx: Context, g: Person) -> int:
    """Where the guest phrase that starts with ``g`` ends: after the other guests named with ``g`` ("hosted
    Albanese, Hipkins and Rabuka in New Delhi") and an aside set off by commas after the last of them
    ("hosted Albanese, who is on his first visit, in New Delhi"), so that the place of the hosting told after
    them is still read as the host's.

    Examples
    --------
    >>> from geo.values import Document
    >>> t = "Modi hosted Albanese, who is on his first visit, in New Delhi."
    >>> g = Person(12, 20, "Albanese", "Anthony Albanese", "AU", "prime minister", "surname")
    >>> ctx = Context(Document("d", t), 0, len(t), [], [g], lambda: None, False, None)
    >>> t[guests_end(ctx, g):]
    'in New Delhi.'
    """
    text, s1 = ctx.text, ctx.s1
    also = partners(ctx, g, predicate_start(text, g.end, s1))
    end = also[-1].end if also else g.end
    aside = _ASIDE.match(text, end, s1)
    return aside.end() if aside is not None else end


def host_home(ctx: Context, hosts: list[Person], g: Person, end: int) -> list[Mention]:
    """Where a guest ``g`` was received when the hosting names no place: the dateline's city when the host
    is of its country ("TOKYO - The prime minister received the Kenyan president at his office"), else the
    host's country (``hosts`` are the people named before the host's word, the last one the host); none for a
    guest of the host's own country. Either is told at the guest's words (to ``end``), so that the day told
    after them is the visit's ("received the Ugandan president ... at Al Husseiniya Palace on Monday")."""
    host = hosts[-1].country if hosts and hosts[-1].country else None
    here = ctx.here.country if ctx.here is not None else None
    if here and here != g.country and host in (None, here):
        return [told_at(ctx.here, ctx.text, g.start, end)]
    if host and host != g.country:
        return [synthetic(ctx.doc, g.start, end, host)]
    return []


#: A determiner before a host's word makes it a noun: "by his host President Magufuli", "a warm welcome".
_NOUN_BEFORE = re.compile(r"\b(?:his|her|its|their|our|the|a|an|warm|official|cordial)\s+$", re.I)


def received_one(text: str, p: Person, verb: int) -> bool:
    """Can ``p`` be the one received by the host's word at ``verb``? Only if that word is a verb, not a
    noun ("by his host President Magufuli": Magufuli is the host, no guest), and ``p`` is a name, a title
    or a pronoun as the verb's object ("welcomed him at the airport"), not a possessive before the
    guest's own words ("received his Chad and Zambian counterparts": the counterparts are the guests, not
    the host whose they are).

    Examples
    --------
    >>> t = "Magufuli received his counterparts. Ruto welcomed him."
    >>> his = Person(18, 21, "his", "John Magufuli", "TZ", "president", "pronoun")
    >>> him = Person(50, 53, "him", "Idriss Deby", "TD", "president", "pronoun")
    >>> received_one(t, his, 9), received_one(t, him, 41)
    (False, True)
    >>> t = "Deby was met by his host President Magufuli"
    >>> received_one(t, Person(30, 43, "President Magufuli", "John Magufuli", "TZ", "president", "name"), 20)
    False
    """
    if _NOUN_BEFORE.search(text, max(0, verb - 12), verb):
        return False
    return p.kind != "pronoun" or OBJECT_PRONOUN.match(text, p.start) is not None


#: "host" as a noun before its holder, not a verb: "with host UAE's minister", "of host President Nguesso"
_HOST_NOUN = re.compile(r"\b(?:with|of|from|by|for|as|the|a|an|his|her|their|its|our)\s+$", re.I)


def host_noun(text: str, s0: int, start: int, end: int) -> bool:
    """Is the host's word ``text[start:end]`` (of a sentence from ``s0``) the noun "host" before the one who
    hosts ("talks with host UAE's Foreign Minister", "the hometown of host President Nguesso"), not the verb?
    The one named after it is the host at home, no guest. With a determiner before it ("his host") a host's
    word of any form is a noun already (:func:`received_one`).

    Examples
    --------
    >>> t = "Modi held talks with host UAE's Foreign Minister."
    >>> host_noun(t, 0, 21, 25), host_noun("Modi will host Ruto.", 0, 10, 14)
    (True, False)
    """
    return _HOST_NOUN.search(text, max(s0, start - 12), start) is not None \
        and re.match(r"host\b", text[start:end], re.I) is not None
