"""Someone sent somewhere: the one sent goes, not the one who sends.

"Biden sent Secretary of State Antony Blinken to Beijing", "Putin dispatched Foreign Minister Sergei Lavrov to
Pyongyang", "Trump said he would send his envoy Steve Witkoff to Moscow", "Biden is sending a delegation led by
Vice President Kamala Harris to Munich": a causative verb of motion (send, dispatch) has the traveller as its
object and the place after "to". The sender stays; the tense is the verb's ("will send" is planned).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo import doc_words
from geo.text import Anchors, negated
from geo.visits.context import ROLE, Context, Hit, chain

__all__ = ["sent_to", "SENT_WORDS"]

#: Words one of which a sentence must hold before :func:`sent_to` reads it.
SENT_WORDS = ("sent ", "send", "dispatch")

_SEND = re.compile(r"\b(?:sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)\s+", re.I)
#: what stands between the verb and the name of the one sent: "Secretary of State ", "his envoy ",
#: "a delegation led by Vice President "
_OBJECT = re.compile(r"(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?delegation\s+(?:led|headed)\s+by\s+)?"
                     r"(?:(?:(?i:the|his|her|their|its|top|special|senior|deputy|of|for|" + ROLE + r")|"
                     r"[A-Z][\w.’'\-]*),?\s+)*")
_TO = re.compile(r",?\s+(?:(?:on|for)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip|mission|tour)\s+)?to\s+"
                 r"(?:the\s+)?")


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _cues() -> Anchors:
    return Anchors({"send": (_SEND, ("sen", "dispatch"))}, shared="visits.send")


def sent_to(ctx: Context, hits: list[Hit]) -> None:
    """"Biden sent Blinken to Beijing": Blinken went to China."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("send", text, s0, s1):
        sent = next((p for p in ctx.people_between(m.end(), min(s1, m.end() + 80)) if p.name
                     and p.kind != "pronoun" and _OBJECT.fullmatch(text, m.end(), p.start)), None)
        to = _TO.match(text, sent.end, s1) if sent is not None else None
        if to is None or negated(text, s0, m.start()):
            continue
        places = chain(text, ctx.ms, to.end(), s1, first_gap=1)
        if places and places[0].start - to.end() < 30:
            hits.append(Hit(sent, places, m.start(), places[-1].end, (max(s0, m.start() - 60), places[-1].end),
                            0.8, "travel"))
