"""A meal or a ceremony given for someone: the one it is given for is the guest, and came.

"Macron hosted a state dinner for Xi Jinping at the Elysee Palace", "King Charles hosted a state banquet in
honour of President Ruto at Buckingham Palace", "Emperor Naruhito gave a banquet for President Thuong at the
Imperial Palace in Tokyo": English tells hospitality by the event the host gives (a dinner, a banquet, a
lunch, a reception, a ceremony of welcome, the red carpet, a warm welcome) and its guest after "for", "in
honour of" or "to". The guest travelled
to the place named after him (a city, or a landmark's city), else to the host's country when it is known and
is not the guest's. The host gets nothing: he is at home.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo import doc_words
from geo.landmarks import find_landmarks
from geo.text import Anchors, negated
from geo.visits.context import TITLE_GAP, Context, Hit, chain, subject, synthetic

__all__ = ["honoured_guest", "HONOUR_WORDS"]

#: Words one of which a sentence must hold before :func:`honoured_guest` reads it.
HONOUR_WORDS = ("dinner", "banquet", "lunch", "luncheon", "reception", "ceremony", "red carpet", "welcome to",
                "audience to")

_GIVEN = re.compile(r"\b(?:hosted|hosts|hosting|host|gave|gives|give|giving|held|holds|hold|threw|throws|offered|"
                    r"offers)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:dinner|banquet|lunch|luncheon|reception|"
                    r"(?:welcome|welcoming|arrival)\s+ceremony)\s+(?:for|in\s+hono(?:u)?r\s+of)\s+|"
                    # "rolled out the red carpet for Xi", "accorded a warm welcome to Modi"
                    r"\b(?:rolled|rolls|roll|rolling)\s+out\s+the\s+red\s+carpet\s+for\s+|"
                    r"\b(?:accorded|accords|gave|gives)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?welcome\s+to\s+|"
                    # "granted an audience to Museveni": a host receives a guest
                    r"\b(?:granted|grants|gave|gives)\s+(?:a|an)\s+(?:[\w\-]+\s+)?audience\s+to\s+", re.I)
_WHERE = re.compile(r",?\s+(?:(?:on|late|early)\s+\w+\s+)?(?:at|in)\s+(?:the\s+)?")


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _cues() -> Anchors:
    return Anchors({"given": (_GIVEN, ("host", "gave", "give", "held", "hold", "threw", "throw", "offer", "roll",
                                        "accord", "grant"))},
                   shared="visits.given")


def honoured_guest(ctx: Context, hits: list[Hit]) -> None:
    """"Macron hosted a state dinner for Xi at the Elysee Palace": Xi was in France."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("given", text, s0, s1):
        guest = next((p for p in ctx.people_between(m.end(), min(s1, m.end() + 60)) if p.name
                      and p.kind != "pronoun" and TITLE_GAP.fullmatch(text, m.end(), p.start)), None)
        if guest is None or negated(text, s0, m.start()):
            continue
        where = _WHERE.match(text, guest.end, s1)
        places = [x for x in chain(text, ctx.ms, where.end(), s1, first_gap=2)[:1]] if where else []
        if not places and where:
            places = [synthetic(ctx.doc, a, b, lm.country, lm.city)
                      for a, b, lm in find_landmarks(text, where.end(), min(s1, where.end() + 40))[:1]]
        host, conf = subject(ctx, m.start())
        if not places and host is not None and host.country:
            places = [synthetic(ctx.doc, host.start, host.end, host.country)]
        if places and places[0].country and places[0].country != guest.country:
            hits.append(Hit(guest, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), m.end()),
                            0.7, "hosted"))
