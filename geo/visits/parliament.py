"""A stop told by the parliament its traveller addresses: "Modi will address a joint session of Ghana's
parliament", "will address the Namibian National Assembly", "addressed the Parliament of Fiji".

A country's parliament sits at home, so a foreign visitor who addresses it in person is in that country;
itineraries of state visits list such a speech as often as the talks. :func:`addressed_parliament` reads a
verb of addressing, a parliament (or its chamber) and the country that owns it, told before it (a country's
name with or without "'s", or its adjective) or after "of", and gives the visit to the clause's subject.

Guards: the subject is of another country (a leader addressing his own parliament stays home); no word of a
speech from afar in the sentence ("virtually", "by video", "online", "remotely"); the clause is not negated.
The place is the country's name where the text names it, else the country told by its adjective.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, subject, synthetic

__all__ = ["PARLIAMENT_WORDS", "addressed_parliament"]

#: Words one of which a sentence must hold before :func:`addressed_parliament` reads it (lower case).
PARLIAMENT_WORDS = ("address",)

_BODY = (r"(?:[Pp]arliament|National\s+Assembly|[Cc]ongress|[Ll]egislature|Senate|Knesset|Bundestag|Duma|"
         r"Majlis|Sejm|Storting|Riksdag|Folketing|Oireachtas|Dail|Lok\s+Sabha|Rajya\s+Sabha|Cortes|Diet)")
_ADDRESS = re.compile(r"\baddress(?:es|ed|ing)?\s+(?:(?:a|the)\s+(?:joint\s+|special\s+|plenary\s+|full\s+)?"
                      r"(?:session|sitting|meeting|chamber)\s+of\s+)?(?:the\s+)?"
                      r"(?P<owner>(?:[A-Z][\w\-]*\s+){0,3}?[A-Z][\w\-]*(?:['’]s)?\s+)?(?:(?:national|federal|"
                      r"state|upper|lower)\s+)?" + _BODY + r"\b(?P<of>\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*){1,3})?")
#: A speech given from afar: no visit
_FROM_AFAR = re.compile(r"\b(?:virtual(?:ly)?|video|online|remotely|by\s+(?:phone|telephone|link))\b", re.I)


def addressed_parliament(ctx: Context, hits: list[Hit]) -> None:
    """The country whose parliament the clause's subject addresses: "Modi will address Ghana's parliament"
    gives Modi a visit to Ghana."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _ADDRESS.finditer(text, s0, s1):
        spans = [(m.start("owner"), m.end("owner"))] if m.group("owner") else []
        spans += [(m.start("of"), m.end("of"))] if m.group("of") else []
        owned = [p for p in ctx.ms if p.country and any(a <= p.start and p.end <= b for a, b in spans)]
        if len(owned) != 1 or _FROM_AFAR.search(text, s0, s1) or negated(text, s0, m.start()):
            continue
        place = owned[0]
        trav, conf = subject(ctx, m.start())
        if trav is None or not trav.country or trav.country == place.country:
            continue
        if place.kind == "demonym":  # "the Namibian parliament": the country its adjective names
            place = synthetic(ctx.doc, place.start, place.end, place.country)
        hits.append(Hit(trav, [place], m.start(), m.end(), (max(s0, m.start() - 80), min(s1, m.end() + 40)),
                        0.8 * conf, "travel"))
