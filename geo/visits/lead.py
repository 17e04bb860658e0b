"""Who a datelined story's lead is about is where the story was filed: "XIAMEN, September 5. /TASS/. Russian
President Vladimir Putin is completing work at the BRICS summit", "NAIROBI, March 5 (Reuters) - French
President Emmanuel Macron pledged support for Kenya's energy plans on Tuesday".

A wire story filed from a foreign city whose first sentence has a foreign leader as its subject, doing something
there, tells that the leader is in that city, even when the sentence names no place and uses no travel word:
the dateline is the place. :func:`lead_hits` reads that one sentence (the lead, right after the dateline) for
a traveller no family gave a visit to the dateline's country. Guards, each of the language, not of one story:

* the subject opens the lead (only its title before it: "Russian President Vladimir Putin"), is named, and is of
  another country than the dateline's (a host at home is no visitor), no spokesman;
* its verb is an act, not a word: past or present ("pledged", "is completing", "signed", "agreed"), not the
  future or a wish ("will visit" is the travel families'), not speech or a reaction ("said", "urged",
  "criticised", "accused": a bureau writes what a leader said at home);
* the lead names the dateline's country again (its name, a city, an adjective, one of its people: "Kenya's
  energy plans", "his Vietnamese counterpart") - the story is about the leader *and* that country - and no
  place of a third country (but a person's: "Chile's president");
* no meeting by telephone or video, no statement, letter or message; not negated.

:func:`home_setting` reads the other lead that sets a story with no dateline and no trip told: a leader who meets
foreigners, told with a place of the leader's own country and none of another ("Chinese President Xi Jinping
met Spanish Prime Minister Pedro Sanchez in the Great Hall of the People", "Biden met today with his UK
counterpart, and ... in the Rose Garden of the White House"): a head of state or government meeting people where
he governs is at home, so the story is set in the leader's country and :func:`geo.visits.setting.setting_hits` (its reading of an unsure setting: only the host's
side meeting foreigners tells their visit) reads the guests there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.leaders import HEAD_ROLES, SPEAKER_ROLES
from geo.text import negated
from geo.values import Mention, Person, Visit
from geo.visits.context import Context, Hit, predicate_start, subject, told_at
from geo.visits.coordinated import partners
from geo.visits.fallback import persons_country, presence_words, remote_in

__all__ = ["lead_hits", "home_setting"]

#: How far into the text a dateline may stand to count (the text's own first words, after a headline line).
DATELINE_REACH = 200
#: What may stand between the dateline and the lead's subject: title words only ("Russian President", "U.S.
#: Secretary of State", "Visiting Japanese Prime Minister"), no verb, no clause.
_TITLE_GAP = re.compile(r"[\s\-–—:.,/()\dA-Za-z’'&]{0,90}")
_CLAUSE_IN_GAP = re.compile(r",|\b(?:said|says|after|before|when|while|during|at|in|on|as|amid|following|with|"
                            r"is|are|was|were|has|have|had|will)\b")
#: The lead's verb: an act done, or being done ("is completing work", "has signed"): not "will", "to", "may".
_VERB = re.compile(r"\s*(?:(?:also|on\s+\w+|today|yesterday)\s+)?(?:(?P<aux>is|are|has|have)\s+(?:\w+ly\s+)?)?"
                   r"(?P<verb>[a-z]+(?:ed|ing)|met|held|began|made|led|took|gave|paid|laid|won|sought|"
                   r"meets|holds|signs|opens|begins|wraps|kicks|tours|joins|attends|arrives|lands)\b")
#: A second subject named with the first: "and his Vietnamese counterpart", "and French President".
_CO_SUBJECT = re.compile(r"\s+and\s+(?:his|her|their|the)?\s*[A-Za-z’'\s]{0,60}?[A-Z]")
#: Words, not acts: what a bureau reports a leader said or felt wherever he was.
_WORD_VERB = re.compile(r"(?:said|told|stated|urged|called|warned|accused|critici[sz]ed|condemned|denied|rejected|"
                        r"praised|welcomed|threatened|demanded|slammed|blamed|vowed|insisted|claimed|dismissed|"
                        r"announced|expressed|stressed|noted|hailed|congratulated|tweeted|wrote|posted|declared|"
                        r"appealed|questioned|defended|lashed|hit|ruled|voiced|signalled|signaled|suggested|"
                        r"proposed|asked|reiterated|repeated|reaffirmed|rebuffed|responded|reacted|mourned|"
                        r"sent|ordered|approved|nominated|appointed|sacked|fired|decided|refused|declined|"
                        r"(?:\w+ing))$")
#: A lead about a word sent, not an act there: "said in a statement", "in a letter", "in an interview".
_NOT_THERE = re.compile(r"\b(?:statement|letter|message|interview|op-ed|article|post|tweet|decree|telegram|"
                        r"remotely|virtual(?:ly)?|online)\b", re.I)


def lead_hits(ctx: Context, here: Mention, visits: Sequence[Visit]) -> list[Hit]:
    """The visit to the dateline's place ``here`` the lead sentence ``ctx`` tells by its subject's act (see the
    module's guards), for a traveller ``visits`` give none there yet.

    Examples
    --------
    >>> from geo.values import Document
    >>> t = "NAIROBI, March 5 - French President Emmanuel Macron pledged support for Kenya's plans."
    >>> d = Document("d", t)
    >>> here = Mention("d", 0, 7, "NAIROBI", "Nairobi", -1.3, 36.8, "KE", None, "city", 1.0)
    >>> kenya = Mention("d", 72, 77, "Kenya", "Kenya", 0.0, 38.0, "KE", None, "country", 1.0)
    >>> p = Person(35, 50, "Emmanuel Macron", "Emmanuel Macron", "FR", "president", "full")
    >>> ctx = Context(d, 0, len(t), [here, kenya], [p], lambda: None, False, here)
    >>> [(h.traveller.name, h.places[0].name) for h in lead_hits(ctx, here, [])]
    [('Emmanuel Macron', 'Nairobi')]
    >>> said = Document("d", t.replace("pledged", "said it backed"))
    >>> lead_hits(Context(said, 0, len(t), [here, kenya], [p], lambda: None, False, here), here, [])
    []
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    host = here.country
    if not host or here.start > DATELINE_REACH or not (s0 <= here.start < s1 or s0 >= here.end):
        return []
    a = max(s0, here.end)
    first = next((p for p in ctx.people if p.start >= a and p.kind != "pronoun"), None)
    if first is None or not first.name or not first.country or first.country == host \
            or first.role in SPEAKER_ROLES:
        return []
    gap = text[a:first.start]
    if not _TITLE_GAP.fullmatch(gap) or _CLAUSE_IN_GAP.search(_after_agency(gap)):
        return []  # "After talks in Beijing, ...", "A day after Macron said ...": not the lead's subject
    v0 = predicate_start(text, first.end, s1)
    verb = _VERB.match(text, v0)
    if verb is None and _CO_SUBJECT.match(text, first.end):  # "Kishida and his Vietnamese counterpart Pham agreed"
        after = max((q.end for q in ctx.people if first.end < q.start < first.end + 90 and q.kind != "pronoun"),
                    default=first.end)
        verb = _VERB.match(text, predicate_start(text, after, s1))
    if verb is None or _WORD_VERB.match(verb.group("verb")) and not verb.group("aux") \
            or verb.group("verb") in ("said", "told", "urged", "called", "warned"):
        return []
    trav, _ = subject(ctx, verb.start("verb"))
    if trav is None or trav.name != first.name and trav not in partners(ctx, first, verb.start()):
        return []
    if negated(text, s0, verb.start("verb")) or remote_in(text, s0, s1) or _NOT_THERE.search(text, a, s1):
        return []
    others = [m for m in ctx.ms if m.start >= a and m is not here]
    if any(m.country and m.country != host and m.kind != "demonym" and not persons_country(ctx, m) for m in others):
        return []  # "Macron pledged aid to Kenya in Paris": the story tells of another place
    if not any(m.country == host for m in others) and not any(
            q.country == host and q is not first for q in ctx.people if q.start >= a):
        return []  # "LONDON - Biden signed the bill": nothing of the dateline's country in the lead
    travellers = [first, *partners(ctx, first, verb.start())]
    had = {v.traveler for v in visits if v.country == host}
    c0, c1 = verb.start("verb"), verb.end("verb")
    return [Hit(p, [told_at(here, text, c0, c1)], c0, c1, (s0, s1), 0.45, "here")
            for p in _unique(travellers) if p.name and p.country and p.country != host and p.name not in had
            and p.role not in SPEAKER_ROLES]


def home_setting(ctx_of, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
                 people_of: Sequence[Sequence[Person]]) -> Mention | None:
    """The home country of a leader the lead tells meeting foreigners, as a place, when the story tells no
    place of another country up to that sentence (see the module's docstring); else ``None``.

    ``ctx_of(k)`` gives the context of sentence ``k``; the place returned is the first place of the leader's
    country the lead names (a city first); with none (only "Chinese"), ``None``: a meeting told with no place at
    all may have been anywhere.

    Examples
    --------
    >>> from geo.values import Document
    >>> from geo.visits.context import Context
    >>> t = "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez in Beijing."
    >>> d = Document("d", t)
    >>> cn = Mention("d", 0, 7, "Chinese", "China", 35.0, 105.0, "CN", None, "demonym", 1.0)
    >>> es = Mention("d", 33, 40, "Spanish", "Spain", 40.0, -4.0, "ES", None, "demonym", 1.0)
    >>> bj = Mention("d", 73, 80, "Beijing", "Beijing", 39.9, 116.4, "CN", None, "city", 1.0)
    >>> xi = Person(18, 28, "Xi Jinping", "Xi Jinping", "CN", "president", "name")
    >>> ps = Person(56, 69, "Pedro Sanchez", "Pedro Sanchez", "ES", "prime minister", "name")
    >>> ctx = Context(d, 0, len(t), [cn, es, bj], [xi, ps], lambda: None, False, None)
    >>> home_setting(lambda k: ctx, [(0, len(t))], [[cn, es, bj]], [[xi, ps]]).name
    'Beijing'
    >>> ctx = Context(d, 0, 73, [cn, es], [xi, ps], lambda: None, False, None)
    >>> home_setting(lambda k: ctx, [(0, 73)], [[cn, es]], [[xi, ps]]) is None
    True
    """
    for k in range(min(2, len(sentences))):
        if not people_of[k]:
            continue
        ctx = ctx_of(k)
        text, s0, s1 = ctx.text, ctx.s0, ctx.s1
        if remote_in(text, s0, s1):
            return None
        for m in presence_words(text, s0, s1):
            if not m.group("meet"):
                continue
            host, _ = subject(ctx, m.start())
            if host is None or not host.name or not host.country or host.role not in HEAD_ROLES \
                    or negated(text, s0, m.start()):
                continue
            if not any(q.name and q.country and q.country != host.country for q in ctx.people_between(m.end(), s1)):
                continue
            told = [x for j in range(k + 1) for x in ms_of[j] if x.country and x.kind != "demonym"]
            if any(x.country != host.country and not persons_country(ctx_of(j), x)
                   for j in range(k + 1) for x in ms_of[j] if x.country and x.kind != "demonym"):
                return None  # "Xi met Biden in San Francisco": the story tells where, the families read it
            own = [x for x in told if x.country == host.country and not persons_country(ctx_of(k), x)]
            # with no place told at all, nothing is read ("Ruto held meetings with Akufo-Addo": perhaps abroad)
            return next((x for x in own if x.kind == "city"), own[0] if own else None)
        return None  # the lead's first sentence with people meets no one: not a meeting story
    return None


def _after_agency(gap: str) -> str:
    """The gap without the dateline's own rest ("September 5. /TASS/.", ", March 5 (Reuters) -")."""
    cut = max(gap.rfind(" - "), gap.rfind("—"), gap.rfind("–"), gap.rfind("/."), gap.rfind(":"), gap.rfind(") "),
              gap.rfind("--"))
    return gap[cut + 2:] if cut >= 0 else gap


def _unique(people: Sequence[Person]) -> list[Person]:
    """``people`` without a second of one name."""
    seen: set[str] = set()
    out = []
    for p in people:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out
