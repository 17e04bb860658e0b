"""Counterparts named by their countries only: "a meeting with his U.S., Australian and Indian
counterparts in Tokyo" is a visit to Tokyo by each of them, "Magufuli received his Chad and Zambian
counterparts" one to Magufuli's country; "will be welcomed by his counterpart from
Cape Verde" is a visit to Cape Verde by the one welcomed (:func:`counterpart_hosts`).

Each counterpart is the holder, on the publication day, of the office of the person whose
counterparts they are (``data/leaders.csv``): the foreign minister's counterpart in the United
States is the secretary of state. :func:`geo.visits.families.find_hits` runs :func:`counterparts`
with the other cue families.
"""

from __future__ import annotations

import re

from geo.leaders import leader_index
from geo.text import negated
from geo.values import Person
from geo.visits.context import Context, Hit, chain, subject, synthetic
from geo.wordlists import REMOTE_BEFORE, alternation

__all__ = ["counterparts", "counterpart_hosts"]

_LIST = re.compile(r"\b(?:with|and|met|meets?|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|join(?:s|ed)?)"
                   r"\s+(?:his|her|their)\s+(?P<list>(?:[^.;:]|(?<=[A-Z])\.){1,80}?)\s+counterparts?\b", re.I)
_HOSTS = re.compile(r"(?i)host|receiv|welcom")
_REMOTE = re.compile(r"\b" + alternation(REMOTE_BEFORE) + r"\b", re.I)
_WHERE = re.compile(r",?(?:\s+[\w\-]+){0,3}?\s+(?:in|at|to)\s+(?:the\s+)?")
#: The same office under other names ("foreign minister" in Washington is the secretary of state).
_SAME_OFFICE = {
    "foreign minister": ("foreign minister", "secretary of state"),
    "secretary of state": ("secretary of state", "foreign minister"),
    "defence minister": ("defence minister",),
    # a head of government's counterpart where there is none is the head of state, and back
    "prime minister": ("prime minister", "premier", "president"),
    "president": ("president", "prime minister"),
}


def _holder(country: str, role: str, ctx: Context) -> Person | None:
    """The holder of ``role`` (or its name there) in ``country`` on the story's day, as a person."""
    index, on = leader_index(), ctx.doc.published
    for r in _SAME_OFFICE.get(role, ()):
        lead = index.incumbent(country, r, on)
        if lead is not None:
            return lead
    return None


def counterparts(ctx: Context, hits: list[Hit]) -> None:
    """"will hold a meeting with his U.S., Australian and Indian counterparts in Tokyo on Oct. 6", "met his
    Iranian counterpart in Beijing": each counterpart, the holder of the office of the one they meet in that
    country on the story's day, visits the place; "Magufuli received his Chad and Zambian counterparts", with
    no place after, visit Magufuli's country."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _LIST.finditer(text, s0, s1):
        # "and his Japanese counterpart, Masataka Okano,": the counterpart is the one named, not the office holder
        given = _named_after(ctx, m.end()) if not m.group(0).endswith("s") else None
        where = _WHERE.match(text, given.end if given is not None else m.end(), s1)
        places = chain(text, ctx.ms, where.end(), s1, first_gap=0) if where else []
        places = places if places and places[0].start == where.end() else []
        owner, _ = subject(ctx, m.start())
        if owner is None or owner.role not in _SAME_OFFICE:
            continue
        if not places and _HOSTS.match(m.group(0)) and owner.country:
            # "Magufuli received his Chad and Zambian counterparts": a host's guests come to his country
            places = [synthetic(ctx.doc, owner.start, owner.end, owner.country)]
        if not places or negated(text, s0, m.start()) or _REMOTE.search(text, max(s0, m.start() - 60), m.start()):
            continue  # "spoke by phone with his U.S. counterpart": nobody travelled
        found: list[Person] = []
        if given is not None and given.country and given.country != places[0].country:
            found.append(given)
        # the countries of the list: its places, and the people made of it ("her U.S. counterpart")
        named = [x for x in ctx.ms if m.start("list") <= x.start < m.end("list")] if given is None else []
        named += [x for x in ctx.people_between(m.start(), m.end()) if x.kind == "descriptor"] if given is None else []
        for x in sorted(named, key=lambda x: x.start):
            if not x.country or x.country == owner.country:
                continue
            lead = _holder(x.country, owner.role, ctx)
            if lead is not None and lead.country != places[0].country and all(p.name != lead.name for p in found):
                when = ctx.doc.published.isoformat() if ctx.doc.published else "any date"
                found.append(Person(x.start, x.end, x.text, lead.name, lead.country, lead.role, "descriptor",
                                    lead.gender, f"'{x.text} counterpart' = {lead.role} of {lead.country} on "
                                                 f"{when} (leaders table)"))
        if found:
            away = owner.country is not None and owner.country != places[0].country and owner.name
            hits.append(Hit(found[0], places[:1], m.start(), places[0].end, (max(s0, m.start() - 80),
                                                                              places[0].end),
                            0.7, "counterparts", tuple(found[1:]) + ((owner,) if away else ())))


#: What may stand between "counterpart" and the name it gives: a comma, a title ("Foreign Minister").
_TO_NAME = re.compile(r"\s*,?\s*(?:(?:[A-Z][\w.’'\-]*|of|the)\s+){0,4}")


def _named_after(ctx: Context, end: int) -> Person | None:
    """The person named right after "counterpart" at ``end`` ("his Japanese counterpart, Masataka Okano"), if
    any."""
    for p in ctx.people_between(end, end + 60):
        if p.kind == "pronoun" or not p.name:
            continue
        return p if _TO_NAME.fullmatch(ctx.text, end, p.start) else None
    return None


#: A guest received by a counterpart named by country: "was welcomed by his Kenyan counterpart", "will be
#: received by his counterpart from the Republic of Cape Verde".
_RECEIVED_BY = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?(?:welcomed|received|hosted|"
                          r"greeted)\s+by\s+(?:his|her|their)\s+(?P<dem>[A-Z][\w\-]+\s+)?counterparts?"
                          r"(?P<of>,?\s+(?:from|of)\s+(?:the\s+)?(?:(?:(?:United|Islamic|Federal|Democratic|People['’]s)\s+)?"
                          r"(?:Republic|Kingdom|State|Sultanate|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?)?")


def counterpart_hosts(ctx: Context, hits: list[Hit]) -> None:
    """"On Monday, Iohannis will be welcomed by his counterpart from Cape Verde": the one welcomed visits
    the counterpart's country (its demonym, or the place after "from"/"of"), not his own."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _RECEIVED_BY.finditer(text, s0, s1):
        if m.group("of"):
            places = chain(text, ctx.ms, m.end(), s1, first_gap=0)[:1]
            places = [x for x in places if x.start == m.end()]
        elif m.group("dem"):
            places = [x for x in ctx.ms if x.start == m.start("dem") and x.country]
        else:
            continue
        trav, conf = subject(ctx, m.start())
        if not places or trav is None or places[0].country == trav.country or negated(text, s0, m.start()):
            continue
        hits.append(Hit(trav, places, m.start(), m.end(), (max(s0, m.start() - 60), m.end()), 0.75 * conf,
                        "hosted"))
