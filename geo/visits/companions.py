"""Who travels with whom: a companion shares the visit of the one he goes with.

A story often names the main traveller's visit once and his companions in a clause of their own:

* "Sheikh Mohammed is accompanied by Sheikh Mansour bin Zayed; Sheikh Abdullah bin Zayed, Minister of
  Foreign Affairs; ...", "Muizzu, accompanied by First Lady Sajidha Mohamed, arrived in Delhi";
* "The delegation accompanying President Disanayake includes Minister of Foreign Affairs Vijitha
  Herath, ..." (not a bare "the delegation includes" nor "Dahal's delegation comprises": the
  delegation of a talk may be the hosts' as well as the guest's party);
* "Sullivan, who is travelling with the president, ...", "Blinken was joined by Defense Secretary
  Austin".

:func:`companion_visits` hands each companion the visits the main traveller was found to make (the
last country he reached before or in the companion's sentence), with the same day and status; a
companion of the host country is no visitor ("accompanied by the Chinese ambassador"). Only a visit
already read is handed on: "the minister, accompanied by his deputy, received the guests" gives the
deputy nothing, as the minister went nowhere.

:func:`owner_to_leader` reads "the delegation of X, led by Y": the one who leads a delegation travels with it,
the one whose delegation it is (who sent it) does not.

:class:`DelegationParty` keeps the last trip of a delegation told with no one named (:func:`delegation_trip`:
"a joint delegation of foreign ministers will visit China") and gives it the members a sentence or two after
it names (:func:`delegation_members`: "Members of the delegation include ..."). Who *leads* a delegation is
:mod:`geo.visits.led_by`'s.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from collections.abc import Sequence

from geo import doc_words
from geo.text import Anchors, fold_case, has_word
from geo.values import Person, Visit
from geo.visits.context import ROLE, Context, Hit
from geo.wordlists import LED_BY

__all__ = ["companion_visits", "owner_to_leader", "delegation_trip", "delegation_members", "DelegationParty"]

#: The words that end a list of companions: the end of the clause, a new verb
_LIST_END = re.compile(r"\.(?:\s|$)|[:!?]|\b(?:who|which|while|but|said|says|arrived|arrives|will|would|and\s+(?:is|are|was|were|"
                       r"has|have|had|will)|to\s+(?:visit|attend|hold|meet|discuss|sign))\b")

# "X is accompanied by", "X, accompanied by", "X was joined by", "X will be accompanied by"
_ACCOMPANIED = re.compile(r"(?=[abefhijw])\b(?:(?:is|are|was|were|will\s+be|has\s+been|had\s+been|being)\s+(?:also\s+)?)?"
                          r"(?:accompanied|joined|escorted|flanked)\s+(?:(?:on|during|in)\s+(?:the|this|his|her|their)\s+"
                          r"(?:visit|trip|tour|journey)(?:\s+to\s+[^,.;:]{1,30}?)?(?:,\s+[^,.;:]{1,40},)?\s+)?by\s+", re.I)
# ("on the trip to Moscow by", "on this visit, his last as president, by")
#: A companion participle with no verb of its own ("..., accompanied by"), which is the clause subject's
_TRAILING = re.compile(r"(?i:accompanied|joined|escorted)\b")
_OPENS_SENTENCE = re.compile(r"[\s\"“]*")
# "The delegation accompanying X includes", "X's delegation comprises", "Members of the delegation include",
# "The Nepali delegation led by PM Dahal comprises"
_DELEGATION = re.compile(r"(?=['’hmot])\b(?:(?:the\s+)?(?:members|others)\s+of\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?|"
                         r"(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?|['’]s?\s+(?:[\w\-]+\s+){0,2}?)"
                         r"(?:delegation|entourage|party|team)(?P<with>\s+(?:accompanying|travell?ing\s+with|with|"
                         + LED_BY + r")\s+[^,.;:]{1,80}?)?\s+(?:(?:also|will)\s+)?(?:includes?|included|"
                         r"including|comprises?|comprised|comprising|consists?\s+of|consisted\s+of|is\s+made\s+up\s+of|"
                         r"was\s+made\s+up\s+of)\s+", re.I)
#: "Accompanying the President is ...", "Travelling with him are ...": the party told before the one it goes with
_INVERTED = re.compile(r"(?<![\w,] )\b(?:Accompanying|Travell?ing\s+with)\s+")
_BE_AFTER = re.compile(r"\s(?:is|are|was|were|will\s+be)\s+")
_ACCOMPANYING = re.compile(r"\s+(?:accompanying|travell?ing\s+with)\s", re.I)
#: Companions told as the subject of an active verb: "Foreign Minister Cavusoglu accompanied him", "Ministers X and Y
#: are accompanying the president", "X travelled with Erdogan" (not "accompanied by", the passive above)
_ACCOMPANIES = re.compile(r"(?<!\bwho)(?:(?<!,)\s|(?<=,)\s(?=(?:is|are|was|were|will|would|shall|has|have|had)\s))"
                          r"(?:(?:is|are|was|were|will\s+be|has|have|had|will|would|shall|"
                          r"(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\s+)?(?:also\s+)?"
                          r"(?:accompan(?:ied|ies|y|ying)|travell?(?:ed|ing)\s+with|flew\s+with)\s+(?!by\b)", re.I)
_ACCOMPANIES_WORDS = ("accompan", "travel", "flew with")
# "Sullivan, who is travelling with the president", "who accompanied Xi"
#: Words one of which every match of :data:`_ACCOMPANIED` (and of :data:`_DELEGATION`) holds, as
#: :func:`geo.text.fold_case` writes them: a sentence with none (most) is not searched with the pattern, which,
#: ignoring case, is tried at each of its characters.
_ACCOMPANIED_WORDS = ("accompanied", "joined", "escorted", "flanked")
_DELEGATION_WORDS = ("delegation", "entourage", "party", "team")
_WHO_WITH = re.compile(r",\s*who\s+(?:is|was|are|were|will\s+be|has\s+been)?\s*(?:also\s+)?(?:accompan\w+|"
                       r"travell?ing\s+with|travell?ed\s+with|flew\s+with|flying\s+with)\s+", re.I)


def _named(people: Sequence[Person], a: int, b: int) -> list[Person]:
    """The people named (not a pronoun) in ``[a, b)``, one each."""
    out: list[Person] = []
    for p in people:
        if a <= p.start < b and p.name and p.kind != "pronoun":
            k = next((k for k, q in enumerate(out) if q.name == p.name), None)
            if k is None:
                out.append(p)
            elif out[k].kind == "descriptor" and p.kind == "name":
                out[k] = p  # "The Foreign Minister, Julie Bishop,": the name as written
    return out


#: A companion told as the traveller's family is no one a map of the visit needs: "the First Lady"
_FAMILY = re.compile(r"\b(?:first\s+lady|first\s+gentleman|wife|husband|spouse|partner|daughter|son|"
                     r"mother|father)\W+(?:[\w.\-]+\s+){0,2}$", re.I)


#: Offices of the staff around a traveller, not of a government member of his own: the story names them
#: in passing ("his chief of staff", "spokesman Peskov"), a map of the visit does not need them
_STAFF = re.compile(r"\b(?:aide|spokes\w*|chief\s+of\s+staff|staff|press|protocol|"
                    r"secretary\s+general|interpreter|photographer|businessm[ae]n|executive|ceo)\b", re.I)


def _companion(text: str, q: Person, a: int) -> bool:
    """Is ``q`` a companion to hand a visit (a list item starting at ``a``): someone with an office of his
    own ("Foreign Minister Vijitha Herath"), named in full or by a surname the leaders table knows; not
    the traveller's family nor his staff?"""
    role = q.role or _office_after(text, q.end)  # "Sheikh Mansour bin Zayed, Deputy Prime Minister and ...;"
    if _FAMILY.search(text, max(a, q.start - 40), q.start) or not role or _STAFF.search(role):
        return False
    if q.kind == "name":
        return " " in q.text.strip()
    return q.kind == "surname" and bool(q.country and q.role) and q.name.split()[-1] == q.text


#: An office set off by a comma right after a name, up to the next comma or semicolon: "Dr Anwar Gargash,
#: Minister of State for Foreign Affairs;", "Sartaj Aziz, the adviser on foreign affairs,"
_OFFICE_AFTER = re.compile(r"\s*,\s+(?:(?:the|a|an|his|her)\s+)?[^,;:.()]{0,60}?\b(?P<role>" + ROLE + r")\b", re.I)


def _office_after(text: str, end: int) -> str | None:
    """The office told in apposition right after a name ending at ``end``, else ``None``."""
    m = _OFFICE_AFTER.match(text, end)
    return m.group("role").lower() if m else None


def _of_host(text: str, ms, country: str, a: int, b: int) -> bool:
    """Does the list item ``text[a:b]`` name a place of the host ``country`` ("Ambassador of People's
    Republic of China in Colombo H.E. Qi Zhenhong" is one of the hosts of a visit to China)?"""
    return any(a <= m.start < b and m.country == country for m in ms)


def _companions_told(text: str, s0: int, s1: int, people: Sequence[Person]) -> list[tuple[Person | None, list[Person], str]]:
    """``(main traveller or None, companions, words)`` for each companion clause of the sentence
    ``text[s0:s1]`` with ``people`` its people in text order; ``None`` when the clause names no one the
    companions go with ("Members of the delegation include ..."): the last traveller before is meant."""
    out = []
    low = fold_case(text)
    for m in _ACCOMPANIED.finditer(text, s0, s1) if has_word(low, _ACCOMPANIED_WORDS, s0, s1) else ():
        before = [p for p in people if p.end <= m.start() and p.name]
        stop = _LIST_END.search(text, m.end(), s1)
        if not before and _OPENS_SENTENCE.fullmatch(text, s0, m.start()) and (comma := text.find(",", m.end(), s1)) > 0:
            # "Accompanied by Foreign Minister X, President Y arrived": the main clause's subject, after the list
            after = _named(people, comma, s1)
            with_ = _named(people, m.end(), comma)
            if after and with_:
                out.append((after[0], with_, m.group(0).strip()))
            continue
        if not before:
            continue
        main = before[-1]
        if len(text[main.end:m.start()].split()) > 3:
            if not _TRAILING.match(m.group(0)) or not text[s0:m.start()].rstrip().endswith(","):
                continue  # "the visit, accompanied by ...": no person the companions go with
            main = before[0]  # "Y arrived in Canberra on Sunday, accompanied by X": the clause's subject
        with_ = _named(people, m.end(), stop.start() if stop else s1)
        if with_:
            out.append((main, with_, m.group(0).strip()))
    for m in _DELEGATION.finditer(text, s0, s1) if has_word(low, _DELEGATION_WORDS, s0, s1) else ():
        own = not m.group("with") or not _ACCOMPANYING.match(m.group("with"))
        # "the delegation includes", "Dahal's delegation comprises": the hosts' too, maybe; only members told of
        # the traveller's own country are his ("The delegation also includes Dr. X, Prime Minister of Jordan")
        main = None if own else next(iter(_named(people, *m.span("with"))), None)
        stop = _LIST_END.search(text, m.end(), s1)
        with_ = [p for p in _named(people, m.end(), stop.start() if stop else s1) if main is None or p.name != main.name]
        if with_:
            out.append((main, with_, f"delegation@{m.start()}" + ("!own" if own else "")))
    inverted = "ccompanying" in text[s0:s1] or "ravel" in text[s0:s1]
    for m in _INVERTED.finditer(text, s0, s1) if inverted else ():  # "Accompanying King Abdullah II is Crown Prince"
        main = next((p for p in people if m.end() <= p.start < m.end() + 80 and p.name), None)  # "with him is"
        be = _BE_AFTER.search(text, main.end, s1) if main is not None else None
        stop = _LIST_END.search(text, be.end(), s1) if be is not None else None
        with_ = _named(people, be.end(), stop.start() if stop else s1) if be is not None else []
        if main is not None and with_ and be.start() - main.end < 40:
            out.append((main, [p for p in with_ if p.name != main.name], "accompanying"))
    for m in _ACCOMPANIES.finditer(text, s0, s1) if has_word(low, _ACCOMPANIES_WORDS, s0, s1) else ():
        # "Turkish Foreign Minister Mevlut Cavusoglu accompanied him": the companions are the clause's subjects
        main = next((p for p in people if m.end() <= p.start < m.end() + 20 and p.name), None)
        brk = max((b.end() for b in _LIST_END.finditer(text, s0, m.start())), default=s0)
        with_ = [p for p in _named(people, brk, m.start()) if main is None or p.name != main.name]
        if main is not None and with_ and not text[with_[-1].end:m.start()].strip(" ,"):  # (not "X told reporters
            # travelling with him": the verb's subject is the last one named, right before it)
            out.append((main, with_, m.group(0).strip()))
    for m in _WHO_WITH.finditer(text, s0, s1):
        who = next((p for p in reversed(people) if p.end <= m.start() and p.name
                    and not text[p.end:m.start()].strip(" ,")), None)
        main = next(iter(_named(people, m.end(), m.end() + 60)), None)
        if who is not None and main is not None and who.name != main.name:
            out.append((main, [who], "who accompanied"))
    return out


#: A companion clause told in the present ("X is being accompanied by", "his delegation includes"): the
#: party is with him now, on the stay under way, not on the stops he has left
_NOW = re.compile(r"^(?:is|are|being)\b|\b(?:includes?|comprises?|consists)\b", re.I)


def _now_told(text: str, words: str) -> bool:
    """Is the companion clause told by ``words`` (as :func:`_companions_told` gives them) in the present?"""
    if words.startswith("delegation@"):
        m = _DELEGATION.match(text, int(words.partition("@")[2]))
        words = m.group(0) if m else ""
    return _NOW.search(words) is not None


def companion_visits(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
                     visits: Sequence[Visit], where: Sequence[int], ms_of=None) -> list[Visit]:
    """The visits of the companions the story names, each a copy of the main traveller's visit.

    Parameters
    ----------
    text : str
        The document's text.
    sentences : sequence of (int, int)
        Its sentences.
    people_of : sequence of sequence of Person
        The people of each sentence, in text order.
    visits : sequence of Visit
        The visits read so far.
    where : sequence of int
        The sentence each of ``visits`` was read in.
    ms_of : sequence of sequence of Mention, optional
        The place mentions of each sentence: a companion told with a place of the host country is
        one of the hosts.

    Returns
    -------
    list of Visit
        One visit per companion and country the main traveller visited (the last country he
        reached up to the companion's sentence); none for a companion already found there or
        from the host country.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Person, Visit
    >>> t = "Khan arrived in Beijing today. Khan is accompanied by Foreign Minister Ali Rana."
    >>> ppl = [[Person(0, 4, "Khan", "Imran Khan", "PK", "prime minister", "name")],
    ...        [Person(31, 35, "Khan", "Imran Khan", "PK", "prime minister", "name"),
    ...         Person(71, 79, "Ali Rana", "Ali Rana", "PK", "foreign minister", "name")]]
    >>> v = Visit("Imran Khan", "PK", "prime minister", "CN", "Beijing", None, None, dt.date(2020, 1, 2),
    ...           None, "ongoing", "d", t[:30], 0.9, how="travel: arrived in")
    >>> [(c.traveler, c.country, str(c.start_date), c.status) for c in
    ...  companion_visits(t, [(0, 30), (31, len(t))], ppl, [v], [0])]
    [('Ali Rana', 'CN', '2020-01-02', 'ongoing')]
    """
    out: list[Visit] = []
    found = {(v.traveler, v.country) for v in visits}
    dated: dict[tuple[str, str], Visit] = {}
    for v in visits:
        if v.start_date is not None and v.status != "cancelled":
            dated.setdefault((v.traveler, v.country), v)
    for k, (s0, s1) in enumerate(sentences):
        people = people_of[k]
        if len(people) < 2 and not (people and has_word(fold_case(text), _DELEGATION_WORDS, s0, s1)
                                    and _DELEGATION.search(text, s0, s1)):
            continue
        for main, with_, words in _companions_told(text, s0, s1, people):
            own = words.endswith("!own")  # a bare "the delegation includes": only the traveller's compatriots
            words = words.removesuffix("!own")
            theirs = [i for i, v in enumerate(visits) if where[i] <= k and where[i] >= k - 4
                      and v.status != "cancelled" and (main is None or v.traveler == main.name)]
            if not theirs:
                continue
            last = where[theirs[-1]]  # the trip told last: every country of that sentence
            trip = [visits[i] for i in theirs if where[i] == last]
            if len(trip) > 1 and _now_told(text, words) and any(v.status == "ongoing" for v in trip):
                trip = [v for v in trip if v.status == "ongoing"]  # "is accompanied by": the stay under way
            if words.startswith("delegation@") and ms_of is not None:
                at = int(words.partition("@")[2])
                said = {x.country for x in ms_of[k] if at <= x.start < text.find("delegation", at) + 1}
                if said and said != {trip[0].traveler_country}:
                    continue  # "the Chinese delegation includes" on a visit to China: the hosts, not his party
                words = "delegation"
            # a stay told before and an outing of it told here ("On Tuesday he toured a plant in Fukushima,
            # accompanied by Trade Minister Nishimura"): one of no told country who escorts him is of the hosts
            outing = last == k and any(where[i] < k and visits[i].country == trip[0].country for i in theirs)
            item = [x.end for x in with_]
            told = text.find(words, s0, s1)  # the list starts after its words: "accompanied on the trip to Moscow by"
            for j, q in enumerate(with_):
                a = item[j - 1] if j else max(q.start - 60, told + len(words) if told >= 0 else -1)
                if main is not None and q.name == main.name or not _companion(text, q, a) \
                        or outing and q.country is None and not _THEIR.search(text, a, q.start):
                    continue
                for v in trip:
                    if q.country == v.country or q.country not in (None, v.traveler_country) or (q.name, v.country) in found or q.name == v.traveler \
                            or own and (q.country is None or q.country != v.traveler_country) \
                            or ms_of is not None and _of_host(text, ms_of[k], v.country, a, q.start):
                        continue  # one of the hosts ("accompanied by the Chinese ambassador"), or found already
                    found.add((q.name, v.country))
                    # the party shares the stay: the day and status another report of the leader's stay gives
                    d = v if v.start_date is not None else dated.get((v.traveler, v.country), v)
                    out.append(dataclasses.replace(
                        v, traveler=q.name, traveler_country=q.country or v.traveler_country, role=q.role,
                        start_date=d.start_date, end_date=d.end_date, status=d.status,
                        confidence=round(v.confidence * 0.9, 3), how=f"{v.how}; with {v.traveler}: {words}"))
    return out


#: A word that makes the companion the traveller's own: "accompanied by his wife", "by her foreign minister"
_THEIR = re.compile(r"\b(?:his|her|their)\b", re.I)

# "the delegation of the United States President, Joe Biden, led by the Secretary ... Marcia L. Fudge"
_LED_BY = re.compile(r"\bdelegations?\s+(?:of|from)\s+(?P<owner>[^.;:]{1,80}?),?\s+" + LED_BY + r"\s+", re.I)


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _anchored() -> Anchors:
    """The patterns read over whole sentences, with the words their matches start with."""
    return Anchors({
        "led_by": (_LED_BY, ("delegation",)),
    }, shared="visits.led_by")


def owner_to_leader(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
           visits: Sequence[Visit], where: Sequence[int]) -> tuple[list[Visit], list[int]]:
    """"The delegation of President Biden, led by Secretary Fudge, arrived in Abuja": the visit read for
    the one whose delegation it is goes to the one who leads it (and is no one's when the leader is not
    named as a person). Returns the visits and the sentence of each, as ``visits`` and ``where``.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Person, Visit
    >>> t = "The delegation of President Joe Biden, led by Secretary Marcia Fudge, arrived in Abuja."
    >>> ppl = [[Person(28, 37, "Joe Biden", "Joe Biden", "US", "president", "name"),
    ...         Person(56, 68, "Marcia Fudge", "Marcia Fudge", "US", "secretary", "name")]]
    >>> v = Visit("Joe Biden", "US", "president", "NG", "Abuja", None, None, None, None, "ongoing", "d", t, 0.9)
    >>> [x.traveler for x in owner_to_leader(t, [(0, len(t))], ppl, [v], [0])[0]]
    ['Marcia Fudge']
    """
    out: list[Visit | None] = list(visits)
    for k, (s0, s1) in enumerate(sentences):
        for m in _anchored().finditer("led_by", text, s0, s1):  # tried only where its words start
            owners = {p.name for p in _named(people_of[k], *m.span("owner"))}
            leader = next(iter(_named(people_of[k], m.end(), m.end() + 80)), None)
            if not owners:
                continue
            for i, v in enumerate(out):
                if v is None or where[i] != k or v.traveler not in owners:
                    continue
                if leader is None or leader.country == v.country:
                    out[i] = None  # led by someone not named as a person: still not the owner's trip
                else:
                    out[i] = dataclasses.replace(v, traveler=leader.name, role=leader.role,
                                                 traveler_country=leader.country or v.traveler_country,
                                                 how=f"{v.how}; traveller: the delegation of {v.traveler} led by "
                                                     f"{leader.name}")
    kept = [i for i, v in enumerate(out) if v is not None]
    return [out[i] for i in kept], [where[i] for i in kept]


_DELEGATION_SUBJECT = re.compile(r"\bdelegation\b[^.;:]{0,120}$", re.I)
# "Members of the delegation include", "The delegation comprises": the delegation just told of
_MEMBERS = re.compile(r"\b(?:(?:the\s+)?members\s+of\s+the\s+delegation|the\s+delegation)\s+(?:will\s+)?(?:include|includes|"
                      r"included|comprises?|comprised|consists?\s+of|is\s+made\s+up\s+of)\s+", re.I)


def delegation_trip(ctx: Context, h: Hit) -> bool:
    """Is ``h`` the trip of a delegation no one is named for ("a joint delegation of foreign ministers from
    Arab and Islamic countries will visit China")?"""
    return h.traveller is None and bool(h.places) \
        and _DELEGATION_SUBJECT.search(ctx.text, max(ctx.s0, h.cue_start - 120), h.cue_start) is not None


def delegation_members(ctx: Context, trip: Hit) -> Hit | None:
    """"Members of the delegation include Saudi Foreign Minister Faisal, Egyptian Foreign Minister Shoukry":
    the members of the delegation whose ``trip`` was told just before, as that trip's hit (to be read where
    the trip was told), or ``None``."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    m = _MEMBERS.search(text, s0, s1)
    if m is None:
        return None
    stop = _LIST_END.search(text, m.end(), s1)
    hosts = {x.country for x in trip.places}
    members = [p for p in _named(ctx.people, m.end(), stop.start() if stop else s1) if p.country not in hosts]
    if not members:
        return None
    return dataclasses.replace(trip, traveller=members[0], also=tuple(members[1:12]), confidence=0.7 * trip.confidence)


@dataclasses.dataclass
class DelegationParty:
    """The last trip of a delegation told with no one named (:func:`delegation_trip`), for the members a
    sentence or two after it names (:func:`delegation_members`)."""

    trip: tuple | None = None  # (sentence, hit, context)

    def read(self, k: int, ctx: Context, hits: list[Hit], read_in) -> list[Hit]:
        """The hits of sentence ``k`` with the members of the delegation told before added, each to be
        read where that trip was told (``read_in(hit, context)``)."""
        if self.trip is not None and k - self.trip[0] <= 2 \
                and (members := delegation_members(ctx, self.trip[1])) is not None:
            read_in(members, self.trip[2])
            hits = hits + [members]
        self.trip = next(((k, h, ctx) for h in hits if delegation_trip(ctx, h)), self.trip)
        return hits
