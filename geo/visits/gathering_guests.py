"""The guests of a gathering the story is about, told in sentences that name them with their country.

A story of a summit, a funeral or an inauguration tells one guest's trip with a cue a family reads ("Obama
will attend the funeral in Singapore") and names the others in sentences of their own that say they come but
not where to, since the story has said it: "Indonesian President Joko Widodo will be joining other Asian
leaders", "Other leaders who have indicated their commitment to attend include Myanmar President Thein Sein and
Thai Prime Minister Prayuth Chan-ocha", "First to arrive was Egyptian President El-Sisi, followed by Lebanon's
Prime Minister Mikati". :func:`gathering_guests` gives each person so named the gathering's visit.

Guards, each a rule of how such stories are told rather than of one story:

* the gathering is a visit already read whose sentence names a gathering of many (:data:`GATHERING`), and all
  such visits of the story go to one country: two gatherings in two countries leave a guest's place untold;
* the guest's sentence holds a word of coming or being there (:data:`COMING`) and none of staying away, of
  doubt or of taking part from afar (:data:`AWAY`);
* it tells no one in or going to a place of another country ("arrived in Paris for talks", "after talks in
  Moscow"): "Nigerian President Tinubu", "the foreign minister of Nepal", "the U.S. delegation" are
  descriptors and "departed Abuja for Beijing" the way there;
* the guest is named (not a pronoun), of a known country other than the host's (a host's own people are
  no guests), not a speaker or an envoy posted there, not one another stands in for ("Lavrov will represent
  Putin") or whose delegation it is ("Biden's delegation"), and not given a visit there already;
* the last visit told at or before the guest's sentence, if any, goes to the gathering's country: a story of
  another trip there ("Kikwete welcomed Xi on his arrival") is not the gathering's.

The guest's day is the one its sentence tells, else the gathering's (the first day told with it in the host country,
else the day of the visit it follows); its status follows from that day and the sentence's tense
(:func:`geo.status.visit_status`); its confidence is lower than the visit's it follows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.dates import find_dates
from geo.leaders import SPEAKER_ROLES
from geo.status import tense, visit_status
from geo.values import Mention, Person, Visit
from geo.doc_words import WordsAt
from geo.word_search import fold_case

__all__ = ["AWAY", "COMING", "GATHERING", "gathering_guests"]

#: A gathering of many guests, in the sentence of the visit that tells it.
GATHERING = re.compile(r"\b(?:summits?|funerals?|inaugurations?|inaugural\s+ceremony|swearing[- ]in|investiture|"
                       r"oath[- ]taking|memorial|coronation|jubilee|royal\s+wedding|conferences?|forum|assembly|"
                       r"olympics|games|celebrations|commemorations?|parade|ceremony|ceremonies|convention|"
                       r"G-?20|G-?7|COP\s?\d+|CHOGM|FOCAC|APEC|ASEAN|BRICS)\b", re.I)
#: Words one of which every match of :data:`GATHERING` holds, as :func:`geo.word_search.fold_case` writes it: a
#: sentence with none of them is passed over without running the pattern (most sentences, and the same answer;
#: the pattern, ignoring case and tried at every character, costs about ten times a look-up of the words).
_GATHERING_WORDS = ("summit", "funeral", "inaugura", "swearing", "investiture", "oath", "memorial", "coronation",
                    "jubilee", "royal", "conference", "forum", "assembly", "olympics", "games", "celebrations",
                    "commemoration", "parade", "ceremon", "convention", "g20", "g-20", "g7", "g-7", "cop", "chogm",
                    "focac", "apec", "asean", "brics")
#: Words of coming to the gathering or being there.
COMING = re.compile(r"\b(?:attend\w*|arriv\w*|join(?:s|ed|ing)?|present|participat\w*|partake|t[ao]ok\s+part|"
                    r"take\s+part|taking\s+part|among|includ\w*|expected|confirmed|represent\w*|delegations?|"
                    r"flocked|paid\s+(?:\w+\s+)?(?:last\s+)?respects|in\s+the\s+form\s+of|make\s+the\s+trip|landed|"
                    r"touch(?:ed|es)?\s+down|gather\w*|guests?|dignitaries|mourners|followed\s+by)\b", re.I)
#: Words of staying away, of doubt, of taking part from afar, or of coming home: the sentence gives no guest.
AWAY = re.compile(r"n['’]t\b|\b(?:not|never|no\s+longer|skip\w*|absent|absence|declin\w*|cancel\w*|postpon\w*|"
                  r"boycott\w*|video|virtual\w*|remotely|instead|stay\w*\s+away|miss(?:es|ed|ing)?|unable|refus\w*|"
                  r"whether|if|unclear|uncertain|doubt\w*|invit\w*|urg\w*|called\s+on|asked|potential|possible|"
                  r"proposed|could|might|home|back\s+(?:in|to)|return\w*)\b", re.I)


def gathering_guests(text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[Sequence[Person]],
                     ms_of: Sequence[Sequence[Mention]], visits: Sequence[Visit],
                     where: Sequence[int], published: dt.date | None = None) -> list[Visit]:
    """The visits of the guests a story of one gathering names with their country, each a copy of its visit.

    Parameters
    ----------
    text : str
        The document's text.
    sentences : sequence of (int, int)
        Its sentences.
    people_of, ms_of : sequence of sequences
        The people and the place mentions of each sentence.
    visits : sequence of Visit
        The visits read so far; ``where`` the sentence each was read in.
    published : datetime.date, optional
        The publication day, against which a guest's day and status are read.

    Returns
    -------
    list of Visit
        One visit per guest, with the guest's sentence as its evidence.

    Examples
    --------
    >>> import datetime as dt
    >>> t = ("Obama will attend the funeral in Singapore on Sunday. "
    ...      "Indonesian President Joko Widodo will also be joining.")
    >>> ppl = [[Person(0, 5, "Obama", "Barack Obama", "US", "president", "surname")],
    ...        [Person(75, 86, "Joko Widodo", "Joko Widodo", "ID", "president", "name")]]
    >>> v = Visit("Barack Obama", "US", "president", "SG", "Singapore", None, None, dt.date(2015, 3, 29),
    ...           None, "planned", "d", t[:53], 0.9, how="attend: attend the funeral")
    >>> [(g.traveler, g.country, str(g.start_date), g.status) for g in
    ...  gathering_guests(t, [(0, 53), (54, len(t))], ppl, [[], []], [v], [0], dt.date(2015, 3, 27))]
    [('Joko Widodo', 'SG', '2015-03-29', 'planned')]
    """
    at = WordsAt(fold_case(text), _GATHERING_WORDS)
    gathers = {j: _tells_gathering(text, at, *sentences[j]) for j in set(where)}  # once a sentence
    told = [(where[i], v) for i, v in enumerate(visits[:len(where)]) if v.origin == "text"
            and v.status != "cancelled" and gathers[where[i]]]
    if not told or len({v.country for _, v in told}) != 1:
        return []  # no gathering, or gatherings in two countries: where a guest goes is not told
    host = told[0][1].country
    told.sort(key=lambda jv: jv[0])
    told_in = [j for j, _ in told]
    countries_at: dict[int, set[str]] = {}
    for i, j in enumerate(where):
        countries_at.setdefault(j, set()).add(visits[i].country)
    read_in = sorted(countries_at)
    day = _gathering_day(text, at, sentences, ms_of, host, {j for j, _ in told}, published)
    found = {v.traveler for v in visits if v.country == host}
    out: list[Visit] = []
    for k, (s0, s1) in enumerate(sentences):
        guests = [p for p in people_of[k] if p.name and p.kind != "pronoun" and p.country and p.country != host
                  and p.role not in SPEAKER_ROLES and not (p.role or "").startswith("ambassador")
                  and p.name not in found]
        if not guests:
            continue
        sent = text[s0:s1]
        coming = COMING.search(sent)
        if coming is None or AWAY.search(sent):
            continue
        if any(m.country and m.country != host and m.kind != "demonym" and _located(text, max(s0, m.start - 40), m.start)
               for m in ms_of[k]):
            continue  # a place of another country told as where someone is or goes: another trip
        guests = [p for p in guests if not _STANDS_IN_FOR.search(text, max(s0, p.start - 70), p.start)
                  and not text.startswith(("'s", "’s"), p.end)]  # (not "Biden's delegation": its owner)
        last = bisect_right(read_in, k) - 1  # the last sentence at or before k that told a visit
        if not guests or last >= 0 and countries_at[read_in[last]] != {host}:
            continue  # the story is told of another trip there: a guest there is not the gathering's
        visit = told[max(0, bisect_right(told_in, k) - 1)][1]
        dates = _days(text, s0, s1, published)  # the guest's own day, else the gathering's
        arrived = _ARRIVED.search(sent)  # "First to arrive was ...", "have arrived": there by the day of writing
        if dates and not (arrived and published is not None and dates[0][0] > published):
            start, end = dates[0][:2]  # (not "have started to arrive ahead of the summit on Friday": its day)
        elif arrived and published is not None:
            start = end = published
        else:
            start, end = day[:2] if day else (visit.start_date, visit.end_date)
        word_tense = "past" if arrived else tense(text, s0, s1)
        status, keep = visit_status(word_tense, start, end, published, arrival=arrived is not None)
        for p in guests:
            found.add(p.name)
            out.append(dataclasses.replace(
                visit, traveler=p.name, traveler_country=p.country, role=p.role, evidence=sent.strip(),
                start_date=start if keep else None, end_date=end if keep else None, status=status,
                sources=tuple(dataclasses.replace(e, text=sent.strip()) for e in visit.sources[:1]),
                confidence=round(visit.confidence * 0.8, 3),
                how=f"a guest of the gathering ({visit.how}): {coming.group(0)}"
                    + (f"; day: {dates[0][2]}" if dates and start == dates[0][0] else "; day: of writing" if arrived and published
                       else f"; day: the gathering's, {day[2]}" if day else "")))
    return out


#: Words before someone another stands in for: "Lavrov will represent Putin at the summit", "on behalf of Xi".
_STANDS_IN_FOR = re.compile(r"\b(?:represent(?:s|ed|ing)?|on\s+behalf\s+of|in\s+place\s+of|in\s+lieu\s+of|"
                            r"replac(?:e|es|ed|ing)|stand(?:s|ing)?\s+in\s+for|stood\s+in\s+for|sent\s+by|delegations?\s+of|"
                            r"(?:deputy|envoy|emissary|representative)\s+of)\s+(?:[\w.]+,?\s+){0,5}$", re.I)
#: Words that make a place where someone is or goes ("arrived in Paris", "on his way to Kyiv"), not a
#: descriptor ("Nepal's foreign minister", "the U.S. delegation", "president of Afghanistan") nor the way
#: there ("departed Abuja for Beijing", "flew in from Lagos").
_LOCATIVE = re.compile(r"\b(?:in|to|at|into|toward|towards|via|across|around|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)"
                       r"\s+(?:the\s+)?(?:city\s+of\s+|capital\s+of\s+|capital,\s+)?$", re.I)
#: Words before "to" that make it no going: "in addition to the U.S. delegation", "ambassador to Japan".
_TO_NOT_GOING = frozenset("addition according ambassador ambassadors envoy envoys due next prior close thanks owing "
                          "similar compared respect regard relations ties".split())


def _located(text: str, lo: int, hi: int) -> bool:
    """Do the words right before ``hi`` make the place there where someone is or goes?"""
    m = _LOCATIVE.search(text, lo, hi)
    if m is None:
        return False
    before = text[lo:m.start()].split()
    return not (m.group(0).lower().startswith("to") and before and before[-1].lower().strip(",") in _TO_NOT_GOING)


#: An arrival told as done: the guest is there by the day of writing.
_ARRIVED = re.compile(r"\b(?:arrived|landed|touched\s+down|(?:first|last|next)\s+to\s+arrive\s+(?:was|were)|"
                      r"(?:have|has)\s+(?:been\s+)?(?:started\s+to\s+)?arriv\w*)\b", re.I)


def _tells_gathering(text: str, at: WordsAt, s0: int, s1: int) -> bool:
    """Does :data:`GATHERING` match in ``text[s0:s1]``? (``at`` is where the text holds its words: only a
    sentence with one of them may match.)"""
    return at.within(s0, s1) and GATHERING.search(text, s0, s1) is not None


def _days(text: str, s0: int, s1: int, published: dt.date | None) -> list[tuple[dt.date, dt.date, str]]:
    """The days a sentence tells, each read in the tense of the words around it ("have started to arrive
    ahead of the summit that will be hosted on Friday": the Friday ahead; "On Wednesday Putin is expected")."""
    out = []
    for d in find_dates(text[s0:s1], published):
        a, b = s0 + d.offset, s0 + d.offset_end
        near = tense(text, max(s0, a - 60), min(s1, b + 60))
        if near != "past":
            d = next(iter(find_dates(text[a:b], published, tense=near)), d)
        out.append((d.start, d.end, d.text))
    return out


def _gathering_day(text: str, at: WordsAt, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]], host: str,
                   told: set[int], published: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """The days of the gathering: the first date of the first sentence that tells the gathering in the host
    country, or a visit to it, and gives a date."""
    for k, (s0, s1) in enumerate(sentences):
        if k in told or any(m.country == host for m in ms_of[k]) and _tells_gathering(text, at, s0, s1):
            dates = _days(text, s0, s1, published)
            if dates:
                return dates[0]
    return None
