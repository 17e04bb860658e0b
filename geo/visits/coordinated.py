"""Several people as one subject: "Scholz and Macron will travel", "Sall of Senegal, Ouattara of Cote
D'Ivoire and Buhari are among the leaders who arrived", "Lavrov and his Chinese counterpart Wang Yi flew".

:func:`partners` gives the others of a list whose one member a cue family found as the traveller, so
that each gets the visit read for the list; :func:`shared_trips` gives a trip noun of one of a list's
members the whole list ("Blinken and Austin will visit Seoul after a three-day trip to Japan"), unless
one owns it ("Blinken's trip").
"""

from __future__ import annotations

import dataclasses
import re

from geo.leaders import leader_index
from geo.values import Person
from geo.visits.context import COMMA, ROLE, TITLE_GAP, Context, Hit
from geo.wordlists import REPORTING_THAT, alternation

__all__ = ["partners", "shared_trips", "listed_subject", "same_government", "along_with"]

_OPENING = re.compile(r"[\W\d]*(?:(?:[A-Z][\w.’'\-]*|on|in|at|the|of|last|this|next|early|late)[\W\d]*){0,5}")
# "Scholz and Macron", "Sall of Senegal, Ouattara of Cote D'Ivoire and Buhari": one list of people
# An item may carry an office after its name, set off by commas ("Cristina Fernández, president of Argentina,
# Panamanian president Ricardo Martinelli and ..."), and an office before it whose head noun is in lower case
# ("Sudan's Sovereign Council head Abdel Fattah al-Burhan"): both are noun phrases, no verb of their own.
_OFFICE = r"(?:(?i:" + ROLE + r")|head|chief|chair(?:man|woman|person)?|ruler|commander|director|governor|mayor)"
_APPOSED_OFFICE = (r"(?:\s*,\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w’'\-]*\s+){0,2}?" + _OFFICE +
                   r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?(?=\s*,))?")
_COORDINATED = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?(?:\s*\([^()]{1,40}\))?"
                          r"(?:\s+[-–—]\s+[^-–—.;:]{1,80}?\s+[-–—])?"  # an aside between dashes: "Mboweni - who'll attend ... -"
                          + _APPOSED_OFFICE +
                          r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:(?i:the|of)|and(?=\s+[A-Z])|" + _OFFICE + r"|[A-Z][\w.’'\-]*)\s+)*")


#: "Buhari of Nigeria are among the leaders who", "Aoun is also among the heads of state that have": a list
#: of people told as members of a group the verb after "who" is about
_AMONG_GROUP = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?\s*,?\s+"
                          r"(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                          r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|"
                          r"premiers|prime\s+ministers|dignitaries|guests|delegates|ministers|officials|monarchs|"
                          r"royals|participants|visitors|arrivals)\s+(?:who|that)\s+(?:(?:have|has|had|also|already)\s+)*")
#: "his Chinese counterpart ", "her deputy ": the title a possessive gives the one named after it
_OWNED_TITLE = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,2}(?:counterpart|deputy|colleague|host|opposite\s+number|"
                          r"(?i:" + ROLE + r"))(?:\s*,)?\s+")
#: Two pieces of one person told side by side: "Mohammed al-Sudani", a title and the name it gives
_PIECES = re.compile(r"['’]?\s*(?:[a-z]{1,3}-)?")


def _one_person(text: str, a: Person, b: Person) -> bool:
    """Are ``a`` and ``b``, with ``b`` right after ``a``, one person told in two pieces ("Qatar's Emir Sheikh
    Tamim bin Hamad", "Mohammed Shiaa' al-Sudani"), not two people of a list? Two people of a list have a
    comma or "and" between them; nothing but a space or a name's particle is one person."""
    return bool(a.name and b.name) and _PIECES.fullmatch(text, a.end, b.start) is not None


def partners(ctx: Context, p: Person, pos: int) -> tuple[Person, ...]:
    """The people named with ``p`` as one subject of the verb at ``pos``: "German Chancellor Olaf Scholz
    and French President Emmanuel Macron will travel" gives Macron for Scholz."""
    text, prev = ctx.text, p
    # "The two leaders will travel": the others a plural subject stands for, at its own span (geo.plurals)
    out = [q for q in ctx.people_between(p.start, p.start + 1) if q.name and q.name != p.name and q.end == p.end]
    if p.kind == "pronoun" and p.text.lower() in ("his", "her", "their"):
        # "Lavrov and his Chinese counterpart Wang Yi flew": the one "his" owns goes too
        q = next((q for q in ctx.people_between(p.end, pos) if q.name and q.kind != "pronoun"), None)
        if q is not None and q.name != p.name and _OWNED_TITLE.fullmatch(text, p.end, q.start):
            out.append(q)
            prev = q
    for q in ctx.people_between(p.end, pos):
        q = same_government(ctx, p, q)  # "Prime Minister Keir Starmer and the Foreign Secretary": Starmer's
        if q.start < prev.end or not q.name or q.kind == "pronoun":
            continue
        if _one_person(text, prev, q):  # "Qatar's Emir Sheikh Tamim", "Mohammed al-Sudani": read on after him
            if out and out[-1] is prev and len(q.name) > len(prev.name):
                out[-1] = q  # the fuller name of the two pieces
            prev = q
            continue
        if q.name == p.name:
            continue
        if not _COORDINATED.fullmatch(text, prev.end, q.start):
            break
        out.append(q)
        prev = q
    listed = text[prev.end:pos].strip() == "," and _LISTED.search(text, max(ctx.s0, p.start - 150), p.start)
    among = _AMONG_GROUP.fullmatch(text, prev.end, pos) is not None  # "... and Buhari are among the leaders who"
    closing = text[prev.end:pos].strip() == "," and _apposed(ctx, prev) is not None  # "and Draghi, the Italian PM, travelled"
    open_list = not listed and not among and not closing and (COMMA.search(text, prev.end, pos)
                                                               or len(text[prev.end:pos].split()) > 3)
    before, first, passed = [], p, 0  # "Scholz and Macron will travel" when the subject found is Macron
    for q in reversed(ctx.people_between(ctx.s0, p.start)):
        if q.end > first.start:
            continue
        q = same_government(ctx, p, q)  # "the Foreign Secretary and Prime Minister Keir Starmer"
        if q.name and _one_person(text, q, first):  # "Qatar's Emir Sheikh Tamim": the title of the one after
            first = q
            continue
        if q.name == first.name and q is _apposed(ctx, first):  # "Mario Draghi, the Italian prime minister": one
            first = q
            continue
        if not q.name or q.kind == "pronoun" or q.name == p.name:
            passed += 1
            if passed > 2:
                break  # a list names each once: not a walk back over every earlier mention of p
            continue
        if not _COORDINATED.fullmatch(text, q.end, first.start) or _AGENT_APPOSED.search(text, max(ctx.s0, q.start - 80), q.start):
            break  # (not "announced by his adviser, Ajuri Ngelale,": the "by"'s)
        before.append(q)
        first = q
    # "The two leaders, Modi and Albanese, met": a list set beside a plural subject, its closing comma before the verb
    plural = text[prev.end:pos].strip() == "," and _PLURAL_LEAD.fullmatch(text, ctx.s0, first.start) is not None
    if open_list and not plural:
        return ()  # "Scholz and Macron, who met on Monday, ...": not one subject of this verb
    if before and not plural and not _OPENING.fullmatch(text, ctx.s0, first.start) \
            and not _INCLUDING.search(text, max(ctx.s0, first.start - 60), first.start) \
            and not _REPORTED.search(text, max(ctx.s0, first.start - 60), first.start):
        # only a list that opens the sentence or a reported clause ("leaders, including Biden and Sunak,
        # arrived" is one too; "sources said Rice and Gates would travel"): not "Kishida welcomed Modi and
        # Albanese will ..."
        before = []
    return tuple(before[::-1] + out)


def same_government(ctx: Context, p: Person, q: Person) -> Person:
    """``q``, a title of no country that names no one ("the Foreign Secretary", "the Secretary of State"),
    listed with ``p``, resolved to the holder of that office in ``p``'s country on the day of the story; else
    ``q`` as it is. A list of office holders names each one's country once: "Prime Minister Keir Starmer and
    the Foreign Secretary" are two ministers of one government.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Document
    >>> t = "President Joe Biden and the Secretary of State arrived in Hanoi."
    >>> biden = Person(10, 19, "Joe Biden", "Joe Biden", "US", "president", "name")
    >>> sec = Person(24, 46, "the Secretary of State", None, None, "secretary of state", "descriptor")
    >>> ctx = Context(Document("d", t, published=dt.date(2023, 9, 10)), 0, len(t), [], [biden, sec], lambda: None,
    ...               False, None)
    >>> same_government(ctx, biden, sec).name
    'Antony Blinken'
    """
    if q.name or q.kind != "descriptor" or not q.role or not p.country or p.kind == "pronoun":
        return q
    inc = leader_index().incumbent(p.country, q.role, ctx.doc.published)
    if inc is None or inc.name == p.name:
        return q
    return dataclasses.replace(q, name=inc.name, country=p.country,
                               via=f"{q.text!r} = {q.role} of {p.country} on {ctx.doc.published} (listed with {p.name})")


def _apposed(ctx: Context, p: Person) -> Person | None:
    """The name a descriptor ``p`` is set beside, between commas: "Mario Draghi, the Italian prime minister"
    gives Mario Draghi for the descriptor, that one person told twice; else ``None``."""
    if p.kind != "descriptor":
        return None
    named = [q for q in ctx.people_between(p.start - 60, p.start) if q.name == p.name and q.kind != "descriptor"
             and q.end < p.start and _APPOSITION_COMMA.fullmatch(ctx.text, q.end, p.start)]
    return named[-1] if named else None


_APPOSITION_COMMA = re.compile(r"\s*,\s*")
#: A plural subject a list of people is set beside: "The two leaders, ", "Both ministers, ", "The presidents, "
_PLURAL_LEAD = re.compile(r"\W*(?:(?:the|both|all|two|three|four|five|visiting|[A-Z][\w.’'\-]*)\s+){0,3}(?i:leaders|presidents|"
                          r"prime\s+ministers|ministers|premiers|heads\s+of\s+state|monarchs|envoys|diplomats|officials|"
                          r"counterparts|men|women)\s*,\s*")
#: a reported clause opens after its verb: "Diplomatic sources said [that] Rice and Gates would travel"
_REPORTED = re.compile(r"\b" + alternation(REPORTING_THAT) + r"\s+(?:that\s+)?(?:(?:(?i:the|"
                       + ROLE + r")|[A-Z][\w.’'\-]*)\s+)*$")
_LISTED = re.compile(r"\b(?:including|among\s+them|such\s+as)\s")  # "leaders, including Biden and Sunak, arrived"
_INCLUDING = re.compile(r"\b(?:including|among\s+them|such\s+as)\s+(?:[\w.’'\-]+\s+){0,4}$")


#: a trip noun owned by one person: "Blinken's trip to Japan", "his visit to"
_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?:his|her))\s+(?:[\w\-]+\s+){0,3}$", re.I)


def shared_trips(text: str, s0: int, hits: list[Hit]) -> list[Hit]:
    """The hits of one sentence, a trip noun of one of a list taking the list: "Blinken and Austin will visit
    Seoul after a three-day trip to Japan" is the trip to Japan of both, "Blinken's trip to Japan" his alone."""
    listed = {h.traveller.name: h.also for h in hits if h.also and h.traveller is not None}
    if not listed:
        return hits
    return [dataclasses.replace(h, also=listed[h.traveller.name])
            if h.cue == "travel-noun" and not h.also and h.traveller is not None and h.traveller.name in listed
            and not _OWNER_BEFORE.search(text, max(s0, h.cue_start - 40), h.cue_start) else h for h in hits]


#: Between two people of a list: a comma or "and", then the next one's titles ("Sudan's Sovereign Council
#: head", "president of Argentina, Panamanian president"), no verb nor relative word, and an aside in brackets.
_LIST_ITEM = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?!(?:who|whom|whose|which|that|"
                        r"said|says|met|meets|is|are|was|were|has|have|had|will|would|with|by|to|from|in|at|on|"
                        r"also|after|before|while|when)\b)[\w.’'\-]+,?\s+){0,8}")
#: After the last of a list, up to its verb: "also", "were also reported to have been", "all".
_LIST_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s+(?:(?:also|too|all|both|have|has|had|were|was|are|is|will|"
                        r"would|reportedly|already|then|later|reported|to|been|be|due|expected|scheduled|set)\s+)*")


def listed_subject(ctx: Context, c0: int) -> list[Person]:
    """The people listed as one subject right before the verb at ``c0``: "Kuwaiti Crown Prince Sheikh Meshal,
    Sudan's Sovereign Council head Abdel Fattah al-Burhan, ... and Libya's Presidency Council head Mohammed
    al-Menfi also landed"; each after a comma or "and" and their titles (in any case: "ruling party chief"),
    the last right before the verb. Unlike :func:`partners`, it starts from the verb, not from one person
    a cue family found: the list of every member, or none when the verb has no such subject.

    Examples
    --------
    >>> from geo.values import Document
    >>> t = "Ghana's President Akufo-Addo, Senegal's ruling party chief Sall and Iraq's Sudani also landed."
    >>> ppl = [Person(t.index(n), t.index(n) + len(n), n, n, None, None, "surname")
    ...        for n in ("Akufo-Addo", "Sall", "Sudani")]
    >>> ctx = Context(Document("d", t), 0, len(t), [], ppl, lambda: None, False, None)
    >>> [p.name for p in listed_subject(ctx, t.index("landed"))]
    ['Akufo-Addo', 'Sall', 'Sudani']
    """
    text = ctx.text
    people = [p for p in ctx.people_between(max(ctx.s0, c0 - 600), c0) if p.name and p.kind != "pronoun"]
    if not people or not _LIST_TAIL.fullmatch(text, people[-1].end, c0):
        return []
    out = [people[-1]]
    for p in reversed(people[:-1]):
        if p.end > out[0].start:
            continue  # one person found twice
        if not text[p.end:out[0].start].strip():
            out[0] = p  # one person told in two pieces: "Ashraf Ghani Ahmadzai"
            continue
        if not _LIST_ITEM.fullmatch(text, p.end, out[0].start) or _AGENT_APPOSED.search(text, max(ctx.s0, p.start - 80), p.start):
            break  # ("As announced by his adviser, Ajuri Ngelale, Tinubu travelled": the adviser is the "by"'s)
        out.insert(0, p)
    return out if len(out) > 1 else []


#: A name set off after "by" and a title: "announced by his Special Adviser on Media and Publicity, "
_AGENT_APPOSED = re.compile(r"\bby\s+(?:his|her|their|the)\s+[^,.;:]{1,60},\s*$")


#: "with" right after where a trip goes: "will visit Moscow with Secretary of Defense Robert Gates".
_WITH_AFTER = re.compile(r"\s*,?\s+(?:along\s+|together\s+)?with\s+")


def along_with(ctx: Context, trav: Person | None, end: int) -> tuple[Person, ...]:
    """The people named right after "with" where a trip's places end, of the traveller's own country: they travel
    with him ("Rice will visit Moscow with Secretary of Defense Gates"); one of another country is whom he meets."""
    text = ctx.text
    w = _WITH_AFTER.match(text, end, ctx.s1)
    if w is None or trav is None or not trav.country:
        return ()
    q = next((q for q in ctx.people_between(w.end(), w.end() + 60) if q.name and q.kind != "pronoun"), None)
    if q is None or q.country != trav.country or q.name == trav.name or not TITLE_GAP.fullmatch(text, w.end(), q.start):
        return ()
    return (q,)
