"""Presence told by what a visitor did in a foreign city, not by a travel word.

* :func:`acted_in` - "Blinken told reporters in Riyadh", "Wang Yi signed three agreements in
  Nairobi on Tuesday", "Speaking in Nairobi, Wang said ...", "laid a wreath in Hanoi", "was given a
  red-carpet welcome in Nairobi", "was warmly welcomed in Beijing", "joined other leaders in Abuja": the one
  who spoke, signed, laid the wreath or was welcomed was in that city; "spent two days in Kenya" (a stay
  told by its length, in a country too). Joining leaders somewhere is also read, as attending, by
  :func:`geo.visits.summits.joined_leaders` when the sentence names a gathering.

Only a city (or a landmark's city) counts, never a country: "invested in Kenya" or "said the
attack in Kenya" tell no presence. What was said or signed must not itself be about the place
("said the bombing in Kabul", "condemned the attack in Nairobi"): the verbs are those of someone
present, and a bare "said"/"told" must be followed right away by the place or an audience.
:func:`geo.visits.families.find_hits` runs it with the other cue families.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.text import Anchors, negated
from geo.visits.context import Context, Hit, chain, subject
from geo.wordlists import SAY, SPEAKING, alternation

__all__ = ["acted_in"]

# what one says where one is: "said in Nairobi", "told reporters in Riyadh", "told a news conference in Tokyo"
_SPOKE = (alternation(SAY + SPEAKING) + r"(?P<aud>(?:\s+(?:(?:to|with)\s+)?(?:reporters|"
          r"journalists|the\s+media|the\s+press|(?:a|an|the)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing)|"
          r"(?:a|an)\s+\w+\s+audience|students|lawmakers|parliament|delegates|(?:a|the)\s+(?:gathering|rally|forum|crowd)|"
          # "told the AU summit in Addis Ababa", "told the Munich Security Conference in Munich"
          r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:summit|conference|assembly|session|delegates|participants)))?"
          r"(?:\s+(?:on|late|early)\s+\w+day)?)")
# what one does where one is: "signed three agreements in Nairobi", "laid a wreath at ... in Hanoi"
_DID = (r"(?:signed|signs|addressed|addresses|laid\s+a\s+wreath|lays\s+a\s+wreath|inaugurated|inaugurates|"
        r"unveiled|unveils|toured|tours|held\s+a\s+(?:news|press)\s+conference|holds\s+a\s+(?:news|press)\s+"
        r"conference|gave\s+a\s+speech|delivered\s+(?:a\s+speech|an\s+address|remarks|a\s+lecture)|"
        r"paid\s+(?:tribute|homage)|opened|"
        # "joined other leaders in Abuja", "joined fellow African leaders in Addis Ababa" (not "heads of state":
        # the status reader takes "heads" for a verb of the present)
        r"join(?:ed|s)\s+(?:(?:other|fellow|world|regional|several|many|\w+an)\s+){1,2}(?:leaders|ministers|"
        r"counterparts|dignitaries))(?P<obj>[^.;:,\"“”]{0,50}?)")
# how one was met where one is: "was given a red-carpet welcome in Nairobi", "was accorded a guard of honour at
# State House in Nairobi"
_WELCOMED = (r"(?:(?:was|were|is|are|being)\s+(?:given|accorded|offered|extended)\s+(?:a|an)\s+[\w\- ]{0,30}?"
             r"(?:welcome|reception|guard\s+of\s+hono(?:u)?r)|"
             # "was warmly welcomed in Beijing", "were feted in Hanoi", "was received by the emir at ... in Doha"
             r"(?:was|were|is|are|being|been)\s+(?:(?:warmly|officially|formally|ceremonially)\s+)?"
             r"(?:welcomed|received|greeted|feted|fêted)(?:\s+by\s+[^,.;:\"“”]{1,40}?)?)"
             r"(?:\s+at\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,4}(?=in\s))?")
_ACTED = re.compile(r"\b(?:" + _SPOKE + r"|" + _DID + r"|" + _WELCOMED + r")\s(?:in|at)\s+(?:the\s+)?", re.I)
# a stay told by its length: "spent two days in Kenya", "spent Tuesday in Nairobi" (a country too)
_SPENT = re.compile(r"\b(?:spent|spends|spending|spend)\s+(?:(?:the|a|an|two|three|four|five|several|few|\d+)\s+)?"
                    r"(?:\w+\s+)?(?:days?|nights?|weeks?|hours?|weekend|\w+day|morning|afternoon|evening)\s+in\s+"
                    r"(?:the\s+)?", re.I)
_FRONTED = re.compile(r"(?:Speaking|Addressing|Talking)(?:\s+(?:to\s+)?[^,.;:]{1,40}?)?\s(?:in|at)\s+(?:the\s+)?")
# an object about something that happened in the place, not done there
_ABOUT = re.compile(r"\b(?:attack|attacks|bombing|blast|killing|killings|shooting|violence|protests?|war|fighting|"
                    r"situation|crisis|unrest|election|embassy|consulate|that|who|which|it|them)\b", re.I)
_COMMA = re.compile(r"[^,.;:]{0,30},\s*")


@lru_cache(maxsize=1)
def _cues() -> Anchors:
    """The patterns, tried only where one of their first words starts."""
    return Anchors({
        "acted": (_ACTED, ("said", "says", "spoke", "speak", "talking", "told", "tells", "sign", "address", "laid",
                           "lays", "inaugurat", "unveil", "tour", "held", "holds", "gave", "delivered", "paid",
                           "opened", "was", "were", "is", "are", "being", "been", "join")),
        "spent": (_SPENT, ("spen",)),
    }, lazy=True)


def acted_in(ctx: Context, hits: list[Hit]) -> None:
    """A visitor's presence told by what they did in a foreign city: "told reporters in Riyadh",
    "signed three agreements in Nairobi", "Speaking in Nairobi on Tuesday, Wang said"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    cities = any(m.kind in ("city", "other") for m in ctx.ms)
    for m in _cues().finditer("acted", text, s0, s1) if cities else ():
        obj = m.group("obj")
        if obj and _ABOUT.search(obj) or negated(text, s0, m.start()):
            continue
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or places[0].kind not in ("city", "other"):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is None:
            continue
        # "told reporters in Nairobi on Tuesday": the cue is the place, so that the saying verb's day is the visit's
        c0 = places[0].start if m.group("aud") is not None else m.start()
        hits.append(Hit(trav, places[:1], c0, places[0].end, (max(s0, m.start() - 80), places[0].end),
                        0.6 * conf, "presence"))
    for m in _cues().finditer("spent", text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        trav, conf = subject(ctx, m.start())
        if trav is not None:
            hits.append(Hit(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.7 * conf, "presence"))
    f = _FRONTED.match(text, s0, s1) if cities else None
    if f is None:
        return
    places = chain(text, ctx.ms, f.end(), s1, first_gap=0)
    if not places or places[0].start != f.end() or places[0].kind not in ("city", "other"):
        return
    comma = _COMMA.match(text, places[0].end, s1)
    trav = next((p for p in ctx.people_between(comma.end(), comma.end() + 60) if p.name), None) if comma else None
    if trav is not None:
        hits.append(Hit(trav, places[:1], s0, places[0].end, (s0, min(s1, trav.end + 40)), 0.6, "presence"))
