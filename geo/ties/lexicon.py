"""The relation lexicon of the tie stage: relation words, their tie kinds and PLOVER types.

The words live in ``data/relations.csv`` so that users can read and extend
them; :func:`kinds_of` says which tie kinds a set of relation words found
between two parties gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import doc_words
from geo.errors import InputError
from geo.tables import cells, read_table
from geo.text import Anchors

__all__ = ["TIE_KINDS", "QUAD_CLASS", "Relation", "load_relations", "lexicon", "relation_of", "kinds_of", "GENERAL",
           "SUPPLY", "SOURED"]

#: The kinds of tie, in the order the map's legend lists them.
TIE_KINDS = ("visit", "diplomatic", "military", "nuclear", "energy", "trade", "conflict")

#: CAMEO quad class of each PLOVER event type.
QUAD_CLASS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation", "CONCEDE": "material cooperation",
    "RETREAT": "material cooperation", "DEMAND": "verbal conflict", "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict", "THREATEN": "verbal conflict", "PROTEST": "material conflict",
    "MOBILIZE": "material conflict", "SANCTION": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation word of ``relations.csv``: its tie kind, PLOVER type, whether it can join a
    pair named together ("A and B signed"), and whether it only sets the kind of another."""

    cue: str
    kind: str
    plover: str
    joint: bool
    domain: bool


@lru_cache(maxsize=4)
def load_relations(path: str | Path | None = None) -> tuple[Relation, ...]:
    """Load the relation lexicon (default: the bundled ``relations.csv``).

    Columns: ``cue`` (words or phrases separated by ``|``), ``kind`` (one of
    :data:`TIE_KINDS`), ``plover`` (a key of :data:`QUAD_CLASS`), ``joint`` and
    ``domain`` (``yes``/``no``).

    Raises
    ------
    InputError
        When a column is missing or a kind or PLOVER type is unknown.

    Examples
    --------
    >>> r = {x.cue: x for x in load_relations()}["sanctions"]
    >>> r.kind, r.plover, QUAD_CLASS[r.plover]
    ('conflict', 'COERCE', 'material conflict')
    """
    out = []
    for i, row in read_table(path, "relations.csv", {"cue", "kind", "plover", "joint", "domain"}):
        kind, plover = row["kind"], row["plover"].upper()
        if kind not in TIE_KINDS or plover not in QUAD_CLASS:
            raise InputError(f"{path or 'relations.csv'}: row {i}: unknown kind or PLOVER type: "
                             f"{kind!r}, {plover!r}")
        out.extend(Relation(cue, kind, plover, row["joint"] == "yes", row["domain"] == "yes")
                   for cue in cells(row["cue"], "|"))
    return tuple(out)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> tuple[Anchors, dict[str, Relation]]:
    """The relation words as one pattern (``"relation"``), and the meeting words of them (``"meeting"``),
    each tried only where one of its words starts."""
    rels = load_relations(path)
    by_cue: dict[str, Relation] = {}
    for r in rels:
        by_cue.setdefault(r.cue.lower(), r)
    words = sorted(by_cue, key=len, reverse=True)
    meeting = [w for w in words if by_cue[w].plover == "CONSULT" and by_cue[w].joint and w != "summit"]
    return Anchors({"relation": (_words_pattern(words), {w.split(" ")[0] for w in words}),
                    # the meeting words alone ("talks", "met with"), looked for in the same pass
                    "meeting": (_words_pattern(meeting), {w.split(" ")[0] for w in meeting})}, shared="ties.relations"), by_cue


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """One pattern for whole words and phrases (longest first), a space matching spaces or a hyphen.

    The words are grouped by their first character, each group behind a look-ahead for it, in their
    order within it: the same match (the first word in order that fits), but tried against a few dozen
    words where one is, not against all of them (ignoring case, the engine tries every alternative).
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(re.escape(w).replace(r"\ ", r"[\s-]+"))
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?={re.escape(c)})(?:" + "|".join(ws) + ")"
                                                  for c, ws in groups.items()) + r")(?![\w-])", re.I)


def relation_of(by_cue: dict[str, Relation], words: str) -> Relation | None:
    """The relation a matched cue stands for ("Free-Trade" is "free trade")."""
    key = " ".join(words.lower().split())
    return by_cue.get(key) or by_cue.get(key.replace("-", " "))


#: Relation words that are diplomatic whatever domain word stands beside them: relations in general and
#: several agreements ("signed 16 agreements on energy and farming"); one pact takes its domain's kind.
GENERAL = frozenset({"relations", "relationship", "ties", "bilateral", "agreements", "accords", "deals", "treaties"})

#: Words of goods changing hands: a relation only with the goods named beside them ("supplied *drones*
#: to", "*gas* deliveries"), for alone they are everyday words ("provided details", "the sale of a club").
SUPPLY = frozenset({"supplied", "supplies", "supply", "supplying", "provided", "provides", "providing", "delivered",
                    "delivers", "delivering", "deliveries", "delivery", "sold", "sell", "sells", "selling", "sale",
                    "sales", "transfer", "transfers", "transferred", "buy", "buys", "buying", "bought", "purchase",
                    "purchases", "purchased", "purchasing", "shipped", "shipment", "shipments", "supplier",
                    "suppliers"})


#: Words that say relations went bad: "relations between Caracas and Washington have *frayed*" is a
#: conflict, not the diplomatic tie the word "relations" alone gives.
SOURED = frozenset({"frayed", "soured", "deteriorated", "deteriorating", "worsened", "worsening", "strained",
                    "went from bad to worse", "hit a low", "at a low ebb"})


def kinds_of(rels: Sequence[Relation]) -> dict[str, str]:
    """Tie kinds a set of relation words gives, each with its PLOVER type.

    A general relation ("signed", "cooperation", "supplies") takes the kind of
    the domain words beside it ("a *military* pact"), else it is diplomatic; a
    conflict stays a conflict (and is also nuclear when nuclear words are there). Relations said to have
    gone bad ("ties have *soured*") are a conflict only, and troops deployed beside a hostile word ("on the
    brink of war ... *stationed* troops along the border") are the conflict's, not a military tie.

    Examples
    --------
    >>> rels = {r.cue: r for r in load_relations()}
    >>> kinds_of([rels["relations"], rels["frayed"]])
    {'conflict': 'REJECT'}
    >>> sorted(kinds_of([rels["war"], rels["stationed"]]))
    ['conflict']
    >>> sorted(kinds_of([rels["stationed"]]))
    ['military']
    """
    domains = {r.kind: r for r in rels if r.domain}
    out: dict[str, str] = {}
    last_hostile = max((i for i, r in enumerate(rels) if r.kind == "conflict"), default=-1)
    soured = last_hostile >= 0 and any(r.cue in SOURED for r in rels)
    for i, r in enumerate(rels):
        if r.domain or (not domains and r.cue in SUPPLY):
            continue
        if soured and r.cue in GENERAL:
            continue  # "relations ... have frayed": the relation word names what went bad
        if last_hostile >= 0 and r.plover == "MOBILIZE" and r.kind == "military":
            continue  # troops massed by foes: part of the conflict
        if last_hostile > i and r.kind == "diplomatic" and not r.joint and r.cue not in GENERAL \
                and r.plover in ("SUPPORT", "CONSULT"):
            continue  # "welcomed the sanctions against Russia", "backed the strikes on": what is welcomed is hostile
        if r.kind == "diplomatic":
            if r.cue in GENERAL:
                out.setdefault("diplomatic", r.plover)  # "relations", "talks": diplomatic, whatever about
            for kind, d in (domains.items() if domains else (("diplomatic", r),)):
                out.setdefault(kind, "COOPERATE" if domains and r.plover in ("SUPPORT", "AGREE") and kind != "diplomatic"
                               else r.plover)
        elif r.kind == "conflict":
            out.setdefault("conflict", r.plover)
            if "nuclear" in domains:
                out.setdefault("nuclear", r.plover)
        else:
            out.setdefault(r.kind, r.plover)
            for kind in domains:
                if kind in ("nuclear",) and r.kind == "military":
                    out.setdefault(kind, r.plover)
    if not out and domains:
        # domain words alone tie nothing, except arms or fuel changing hands between two parties
        for kind, d in domains.items():
            if d.plover == "AID":
                out.setdefault(kind, "AID")
    return out
