"""What every visit cue family reads in one sentence: the sentence's context, the places
listed after a cue, and who the clause is about.

* :class:`Context` - one sentence with its places, people and the story's focus;
* :func:`chain` - the places listed right after a cue ("China, Belarus and Uzbekistan");
* :func:`subject` - the person a clause is about ("Putin said Xi will visit": Xi);
* :class:`Hit` - one visit found at a cue, before its status and dates are read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from geo.coreference import GENERIC_PERSON, HOSTS_AFTER
from geo.leaders import SPEAKER_ROLES
from geo.portfolios import ROLE_WORDS
from geo.text import Anchors, Spans, fold_case, has_word
from geo.values import Document, Mention, Person
from geo.visits.quoted import quotations
from geo.visits.second_clause import opens_clause
from geo.visits.story_focus import aside_in_list, at_home, only_speaks
from geo.visits.time_lead import past_time_lead
from geo.wordlists import LED_BY, PARTY, REPORTING_NEWS, REPORTING_SAYS_AFTER, alternation


__all__ = ["Hit", "Context", "Focus", "chain", "subject", "predicate_start", "verb_end", "trip_owner",
           "eligible", "bare_lead", "unknown_name_lead",
           "synthetic", "told_at", "mention_start",
           "WINDOW", "ROLE", "COMMA", "OWNS", "STOP_WORDS", "REPORT", "SENTENCE_END", "FROM_BEFORE", "TITLE_GAP"]


ROLE = "|".join(sorted((re.escape(t) for t in ROLE_WORDS), key=len, reverse=True))
#: What may stand between a cue or a list mark and a name: titles, capitalised words, "of", an acronym ("the
#: Chinese Premier ", "visiting Foreign Minister ", "the People's Republic of China (PRC) President ").
TITLE_GAP = re.compile(r"(?:(?:(?i:the|his|her|their|visiting|" + ROLE + r")|[A-Z][\w.’'\-]*|of|\([A-Z]+\))"
                       r",?\s+)*")
_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
             r"May|June|July|August|September|October|November|December)\b")
_PREP_BEFORE = re.compile(r"(?=(?i:[abcfilotuvw]))\b(?i:with|by|to|from|for|against|between|among|including|alongside|than|"
                          r"like|on|about|of|toward|towards|via|invited|invites|invite|"
                          r"inviting|told|tells|urged|urges|asked|asks|thanked|thanks|called)\s+"
                          r"(?:(?i:the|his|her|their|its|a|an)\s+)?(?:(?:(?!" + _CALENDAR + r")[A-Z][\w\-.’']*|"
                          r"(?i:" + ROLE + r"))\s+){0,4}$")
#: The second of two titles after a preposition: "held meetings with the President and [the Minister of ...]"
_SECOND_OBJECT = re.compile(r"\b(?i:with|by|to|from|for|between|among|including|alongside|of|invited|told|urged|"
                            r"asked|thanked)\s+(?:the|his|her|their)\s+(?:(?:[A-Z][\w\-.’']*|(?i:" + ROLE + r"))\s+)"
                            r"{1,4}and\s+$")
# ("Minister of State for the Middle East Lord Ahmad": two portfolios after the title)
# ("Ambassador at Large for International Religious Freedom Sam Brownback": "at large", joined field words)
# (no day or month opens a title: "Early on Friday Ugandan President X" is "on Friday", then the title)
_TITLE_TAIL = re.compile(r"(?:(?!" + _CALENDAR + r")[A-Z][\w.’'\-]*\s+)*(?i:" + ROLE + r")(?:\s+(?i:at[\s-]large))?(?:\s+(?i:of|for)\s+(?:the\s+)?"
                         r"[A-Z][\w.’'\-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w.’'\-]*)*){0,2}\s+(?:\([A-Z]{2,6}\)\s+)?"
                         r"(?:[A-Z][\w.’'\-]*\.?\s+)*$")
_BREAK = re.compile(r";|\s[-–—]\s|\bbut\b|\bwhile\b|\bwhereas\b")
_BREAK_WORDS = (";", "-", "–", "—", "but", "while", "whereas")  # one of them is in every match of _BREAK
_RELATIVE = re.compile(r"[,(]\s*who\s+(?:[\w’'\-]+\s+){0,5}$")
#: "his counterpart Roman Golovchenko who is paying a visit": "who" right after a name, with no comma
_BARE_RELATIVE = re.compile(r"\s+who\s+(?:[\w’'\-]+\s+){0,5}$")
_PARENTHETICAL = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]{0,120},")

_GAP_WORD = re.compile(r"[\w\-]+")
_SENTENCE_MARK = re.compile(r"[.;:!?]")
_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?")  # "(PRC), and Oman": a serial comma too
#: A list item's own short form in brackets, which no place mention covers: "the Republic of Korea (ROK), the
#: Philippines", "Democratic Republic of Congo (DRC) and Angola": the list goes on past it.
_SHORT_FORM = re.compile(r"\s*\(\s*[A-Z][A-Za-z.\-]{1,7}\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?")
#: "agreed in a phone call that", "announced on Monday that": a clause with a subject of its own follows.
_COMPLEMENT = re.compile(r"(?=[abcdehinprsw])\b(?:agreed|agree|agrees|said|says|announced|confirmed|decided|hoped|hopes|expected|stated|"
                         r"insisted|noted|believes|believed|added|suggested|revealed|reported|indicated|warned|"
                         r"promised|saying|agreeing|ensured|stressed)\b(?:\s+[\w’'\-]+){0,6}?\s+that\s+", re.I)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_LIST_BREAK = re.compile(r"[.;:!?()\"“”]")
#: A semicolon between the items of a list whose items hold commas ("Bariloche and Buenos Aires, Argentina; Lima,
#: Peru; and Kingston, Jamaica"): no break after an item that is a city and its country.
_PAIRS_APART = re.compile(r"\s*;\s*(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:to\s+)?")
#: "by" that names an agent, not the next stop of a list ("followed by Rome" is one): a list ends there
_AGENT_BY = re.compile(r"(?<!followed)(?<!preceded)\s+by\s", re.I)
_AS_WELL_AS = re.compile(r"\s*,?\s*as\s+well\s+as\s+(?:the\s+)?")  # "Kenya as well as Uganda": a list
COMMA = re.compile(r"[,;]")
#: A sentence ending between a place and what it is read with: "... in Astana. The SCO summit" (the place is
#: the last sentence's, not the event's).
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")
#: "from" right before a place: where one comes from, not where one goes ("flew in from Paris").
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
#: A possessive right after a name: "Putin's ", "the Saudis' " (the name owns what follows).
OWNS = re.compile(r"['’]s?\s")
_OWN_SUBJECT = re.compile(r"\b(?:it|they|we|the\s+\w+\s+(?:said|says))\b", re.I)
_NEW_VERB_PHRASE = re.compile(r"\b(?:and|then|before|after|as)\b\s*$")
#: A subordinating word opens a clause with a subject of its own, titled or not: "speculation over whether
#: Kim will respond ... when Trump visits Seoul", "said Jaishankar, as Australian Foreign Minister Penny
#: Wong arrived" (not "and": "meet President Elbegdorj and Prime Minister Batbold" is one object).
_SUBORDINATE = re.compile(r"\b(?:before|after|as|when|whenever|once|until|till|unless|because|whether|if|since|"
                          r"although|though|where)\s*$")
_COMMA_AT_END = re.compile(r"[,;]\s*$")
#: A reported clause whose subject is a common noun: "said investors had left", "expects officials to travel"
_THEIRS = re.compile(r"\s+(?:that\s+)?(?:(?:the|many|some|most|several|all|other|these|those|its|their|our|more\s+than"
                     r"\s+\d+|\d[\d,]*)\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*s|people|police|staff|delegation|"
                     r"team|crew|military|army|navy|public|youth|diaspora|men|women|children)\s+(?:(?:had|have|has|would|"
                     r"will|were|are|could|may|might|must|should|also|then|later|recently|already|been|to)\s+)*")
#: An order or a request to someone else to go: "urged Britons to leave", "sent his deputy to", "asked Barnea to"
_ORDERED = re.compile(r"\b(?:urged|urges|urging|asked|asks|advised|advises|ordered|orders|instructed|instructs|"
                      r"directed|directs|called\s+on|calls\s+on|encouraged|encourages|allowed|allows|permitted|forced|"
                      r"tasked|tasks|authori[sz]ed)\s+(?P<obj>[^,.;:]{1,60}?)\s+(?:not\s+)?to\s+$")
#: Someone of a person's, told by the possessive: "Xi's envoy", "Lula's wife Janja", "Putin's spokesman"
_HIS_PEOPLE = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:envoys?|wife|husband|son|daughter|spokes(?:man|woman|person)|"
                         r"aides?|advis[eo]rs?|deputy|emissar(?:y|ies)|representatives?|delegation|team|negotiators?|"
                         r"officials?|ministers?|ambassadors?|staff|family|brother|sister|mother|father|children)\b")
#: words ending in "s" that head no noun phrase ("said as he", "said this", "says goodbye as")
_NOT_A_NOUN = re.compile(r"\b(?:as|is|was|has|his|its|this|thus|plus|us|yes|always|perhaps|whereas|across|towards|"
                         r"afterwards|besides|unless|less|hers|ours|yours|theirs|sometimes|nevertheless)\s", re.I)
_WITH_OBJECT = re.compile(r"\b(?:met|meets|with|called|hosted|received|welcomed)\b")
_FILLER = {"the", "new", "incoming", "outgoing", "capital", "city", "of", "its", "his", "her", "their", "town",
           "neighbouring", "neighboring", "state", "republic", "ally", "closest", "nearby", "and",
           "or", "then", "also", "to", "in", "on", "park", "region", "former", "central", "resort",
           "northern", "southern", "eastern", "western", "official", "working", "state-run", "tiny",
           "oil-rich", "gas-rich", "port", "border", "finally", "later", "next", "onward", "on", "via",
           "southeast", "southwest", "northeast", "northwest", "east", "west", "north", "south",
           "commercial", "coastal", "historic", "island", "nation", "kingdom", "holy", "ancient",
           "economic", "bustling", "gulf", "arab", "african", "asian", "european", "latin",
           "american", "pacific", "caribbean", "himalayan", "landlocked", "war-torn", "conflict-hit",
           "conflict-torn", "strife-torn", "embattled", "emirate", "emirates", "territory",
           # "a visit to the Commonwealth nations of Papua New Guinea, ...", "the three countries of ..."
           "nations", "countries", "states", "commonwealth", "two", "three", "four", "five", "six", "member",
           "partner", "friendly", "allied", "neighbours", "neighbors"}
#: The group a list of stops belongs to, however it is qualified: "the five brotherly GCC countries of
#: Oman, UAE, ...", "the three Baltic states of Estonia, ..."
_GROUP_LEAD = re.compile(r"\s*(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:countries|nations|states|kingdoms|monarchies|republics|"
                         r"neighbou?rs|capitals)(?:\s+of|\s+such\s+as)?\s+(?:the\s+)?", re.I)  # "countries such as Peru"
STOP_WORDS = {"where", "since", "which", "who", "when", "while", "after", "before", "during", "for", "as",
         # a preposition of circumstance ends a list: "arrived in Oman on Tuesday amid Iran tensions"
         "amid", "amidst", "despite", "over", "near", "unlike", "like", "against", "about", "regarding",
         "concerning", "beyond",
         "with", "because", "although", "though", "whose", "that", "than", "not", "without", "from",
         "route",  # "for Paris, en route to Addis Ababa": the next leg, not one more place of this list
         # a verb ends a list: "fresh from a visit to Kenya, arrived in Nigeria"
         "arrived", "arrives", "landed", "lands", "flew", "flies", "left", "leaves", "visited", "met", "meets",
         "said", "says", "will", "would", "is", "was", "are", "were", "has", "had", "headed", "heads"}


# --------------------------------------------------------------------------- hits


REPORT = re.compile(r"\b(?:" + "|".join(REPORTING_NEWS) + "|"
                     # "asked about media reports that Kono will visit Seoul": the clause after "that" is
                     # the report's, with a subject of its own
                     r"(?:reports?|news|speculation|announcement|statement|claims?|rumou?rs?|suggestions?|"
                     r"indications?|comments?|remarks?)\s+that)\b(?:\s+that\b)?", re.I)


@lru_cache(maxsize=1)
def _reports() -> Anchors:
    """The reporting verbs ("said", "told", "according to"), tried only where their words start."""
    return Anchors({"report": (REPORT, ("said", "says", "announc", "told", "tells", "report", "stated", "confirm", "added",
                             "noted", "declared", "quoted", "wrote", "tweeted", "according", "believe", "hope",
                             "think", "expect", "insisted", "warned", "stressed", "explained", "inform", "disclos",
                             "reveal", "brief", "news", "specul", "statement", "claim", "rumo", "suggest", "indicat",
                             "comment", "remark"))}, lazy=True)


@dataclass(slots=True)
class Hit:
    """One visit found at a cue, before its status and dates are read."""

    traveller: Person | None
    places: list[Mention]
    cue_start: int
    cue_end: int
    tense_window: tuple[int, int]
    confidence: float
    cue: str
    also: tuple[Person, ...] = ()  # co-travellers named with the traveller: "Scholz and Macron will travel"


@dataclass(slots=True)
class Context:
    """What every cue family may look at in one sentence."""

    doc: Document
    s0: int
    s1: int
    ms: list[Mention]
    people: list[Person]
    focus_before: Callable[[], Person | None]
    title_line: bool
    here: Mention | None
    story: Sequence[Mention] = ()  # every place of the document, in text order
    _starts: list[int] | None = None

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def focus(self) -> Person | None:
        """The person the story was about before this sentence (worked out when a cue asks); none when
        the sentence opens on a pronoun that fits nobody ("He" after a story about a woman)."""
        opener = _OPENING_PRONOUN.match(self.doc.text, self.s0, self.s1)
        if opener is not None and not self.people_between(opener.start(1), opener.end(1)):
            return None
        if _OPENING_QUOTE.match(self.doc.text, self.s0, self.s1):
            return None  # '"We will go to Manila next," said Kamikawa': the speaker's words, not the story's traveller's
        return self.focus_before()

    def people_between(self, a: int, b: int) -> list[Person]:
        """The sentence's people that start in ``[a, b)`` (a binary search, not a scan)."""
        if self._starts is None:
            self._starts = [p.start for p in self.people]
        return self.people[bisect_left(self._starts, a):bisect_left(self._starts, b)]


_OPENING_QUOTE = re.compile(r"\s*[\"“]")
# "He ...", and "I ..." or "Q: I ..." that no quotation or transcript label gives a speaker
_OPENING_PRONOUN = re.compile(r"(?:[A-Z][\w. ]{0,15}:)?\W*(He|She|His|Her|I|My)\b")


class Focus:
    """Before each sentence, the person the story is about: the first eligible person of the latest
    sentence that names one. Most sentences never ask, so each is worked out when asked.

    A title that names nobody ("This is the President's second trip") stands for someone
    the story does not name: the focus does not go back past it to an earlier person, nor
    to a spokesman.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], people_of: Sequence[list[Person]],
                 places_of: Sequence[list[Mention]] | None = None):
        self.text, self.sentences, self.people_of, self.places_of = text, sentences, people_of, places_of
        self._first: dict[int, Person | None] = {}

    def first(self, k: int) -> Person | None:
        if k not in self._first:
            s0 = self.sentences[k][0]
            people = self.people_of[k]
            first = next((p for p in people if (p.name or p.kind == "descriptor")
                          and p.role not in SPEAKER_ROLES and _free(self.text, p.start, s0, p.kind == "pronoun")),
                         None)
            prev = self.before(k) if first is not None and first.kind != "pronoun" else None
            if prev is not None and prev.name != first.name and (
                    only_speaks(self.text, first.end)
                    or prev.country != first.country and at_home(self.text, self.places_of, k, first)):
                first = None  # "Thuong said Vietnam wanted closer ties", "Shoukry welcomed ...": the traveller stays
            elif first is not None and HOSTS_AFTER.match(self.text, first.end):
                # "Ishiba welcomed him at the Kantei. He will fly to Washington": the story stays with the
                # guest, not the host who only received him
                guest = next((p for p in people if p.start >= first.end and p.name and p.name != first.name), None)
                first = guest or first
            self._first[k] = first
        return self._first[k]

    def before(self, k: int) -> Person | None:
        for j in range(k - 1, -1, -1):
            p = self.first(j)
            if p is not None:
                return p if p.name else None
        return None


def mention_start(m: Mention) -> int:
    return m.start


def chain(text: str, ms: Sequence[Mention], pos: int, limit: int, *, first_gap: int = 4,
           allow_comma_first: bool = False) -> list[Mention]:
    """Places listed right after ``pos``: "China, Belarus and Uzbekistan", "Tajikistan's capital Dushanbe"."""
    out: list[Mention] = []
    cur = pos
    for i in range(bisect_left(ms, pos, key=mention_start), len(ms)):  # a long sentence costs no more
        m = ms[i]
        if m.start >= limit:
            break
        if m.start < cur:
            continue
        gap = text[cur:m.start]
        words = _GAP_WORD.findall(gap.replace("’s", " ").replace("'s", " "))
        lw = [w.lower() for w in words]
        if m.kind == "demonym":  # "the Tajik capital of Dushanbe": a demonym is filler, not a place
            if len(words) <= (first_gap if not out else 3) and not set(lw) & STOP_WORDS \
                    and not _SENTENCE_MARK.search(gap):
                cur = m.end
                continue
            break
        if out and m.country == out[-1].country and _OPENS.fullmatch(gap):
            cur = m.end  # "London (United Kingdom)": the city's own country
            continue
        if out and m.kind == "country" and m.country != out[-1].country and _OF_COUNTRY.fullmatch(gap):
            out[-1] = m  # "the North East of Japan": a part of Japan, whatever other place shares its name
            cur = m.end
            continue
        if out and aside_in_list(gap):
            words, lw, gap = [], [], ","  # "Kenya, his father's homeland, and Ethiopia": the list goes on
        elif _CLOSES.fullmatch(gap) or (out and _SHORT_FORM.fullmatch(gap)) or (
                len(out) > 1 and _PAIRS_APART.fullmatch(gap) and out[-1].kind == "country"
                and out[-2].kind != "country" and out[-2].country == out[-1].country):
            # "New York City (USA), Brisbane", "South Korea (ROK), Japan"; "Mexico City, Mexico; Lima, Peru; and
            # Kingston, Jamaica": a semicolon between city-and-country pairs: on to the next
            gap = ","
        elif _LIST_BREAK.search(gap) or (not out and "," in gap and not allow_comma_first):
            break
        if set(lw) & STOP_WORDS and not _AS_WELL_AS.fullmatch(gap) and (out or not _GROUP_LEAD.fullmatch(gap)):  # "Oman on Tuesday as Iran threatened": no list
            break
        if "by" in lw and _AGENT_BY.search(gap):  # "a visit to India by Nepal's Prime Minister": the agent's country
            break
        if not out:
            if (len(words) > first_gap or any(w not in _FILLER for w in lw)) and not _GROUP_LEAD.fullmatch(gap):
                break
        elif len(words) > 3:
            break
        if m.country is None:
            cur = m.end
            continue
        out.append(m)
        cur = m.end
    return out


#: A lead of capitalised words before the verb: a name, of someone the story does not know when no person
#: was found there ("Jake Sullivan arrived in Riyadh", "Hochstein also landed in Beirut")
_CAPITALISED = re.compile(r"[A-Z]\w+")
_OWNED_BY_NAME = re.compile(r"[A-Z][\w\-]+['’]s\s+(?:[\w\-]+\s+)?$")
_NAME_LEAD = re.compile(r"\s*[\"“]?(?:[A-Z][\w.’'\-]*\s+){1,3}"
                        r"(?:(?:also|then|later|has|had|have|is|was|will|would)\s+)*")
_NO_NAME_LEAD = re.compile(r"\s*[\"“]?(?:The|He|She|It|They|We|I|This|That|These|Those|There|Here|Later|Then|"
                           r"Meanwhile|Earlier|Next|Also|On|In|At|After|Before|Today|Yesterday|Tomorrow|Planned|"
                           r"President|Minister|Secretary|Premier|Chancellor|King|Queen|Emir|Prince|Pope|Mr|Mrs|Ms|Dr)\b")


def unknown_name_lead(ctx: Context, c0: int, verb: bool = True) -> bool:
    """Does the clause before a cue at ``c0`` open on a name the story does not know (no person was found
    there): "Jake Sullivan arrived in Riyadh", "From there, Hochstein flew to", "Hochstein's visit to
    Beirut"? Not a lead with no name ("Later arrived in", "Planned visit to"), a title ("After this, EAM
    visited Namibia"), nor the story's traveller misspelt ("Kequiang will head on to" for Li Keqiang)."""
    lead = ctx.text[ctx.s0:c0]
    lead = lead[lead.rfind(",") + 1:]  # "From there, Hochstein flew to": the clause's own lead
    if not _OWNED_BY_NAME.search(lead) and (not verb or not _NAME_LEAD.fullmatch(lead) or _NO_NAME_LEAD.match(lead)
                                            or any(w.lower() in ROLE_WORDS for w in _CAPITALISED.findall(lead))):
        return False
    own = [w.lower() for w in (ctx.focus.name if ctx.focus is not None else "").split() if len(w) > 3]
    return not any(w.lower()[:3] == o[:3] and abs(len(w) - len(o)) <= 2
                   for w in _CAPITALISED.findall(lead) for o in own)


def bare_lead(ctx: Context, c0: int, verb: bool) -> bool:
    """May the clause before a cue at ``c0`` that names no one be about the story's traveller (its focus)?
    A lead of three words at most ("Planned visit to North Korea", "Later arrived in Hanoi") that opens on
    no name the story does not know (:func:`unknown_name_lead`)."""
    return len(ctx.text[ctx.s0:c0].split()) <= 3 and not unknown_name_lead(ctx, c0, verb) \
        and not _UNNAMED_SUBJECT.match(ctx.text, ctx.s0, c0)


#: A subject of its own that names no one and is not the traveller's party: "Officials will travel to
#: Colombo", "The envoy then flew to ...": not the story's traveller by default ("The delegation", "the
#: couple" may be the traveller's: left to the focus; "the guest" the story named is found as a person).
_UNNAMED_SUBJECT = re.compile(r"\W*(?:(?:the|this|that|these|those|a|an|its|their|both|two|several|some)\s+)*"
                              r"(?:\w+\s+)?(?:officials?|envoys?|aides?|diplomats|delegates|sources|visitors?|guests?|"
                              r"spokes(?:man|woman|person|people))\b", re.I)


def eligible(text: str, p: Person, s0: int) -> bool:
    """Can ``p`` be the subject of what follows? Not after a preposition or inside "who ...,"."""
    return bool(p.name) and _free(text, p.start, s0, p.kind == "pronoun")


@lru_cache(maxsize=1)
def _role_automaton():
    """The role words as ``_TITLE_TAIL`` writes them (lower case), found anywhere in a text."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in ROLE_WORDS:
        auto.add_word(w.lower(), len(w))
    auto.make_automaton()
    return auto


_CAPITAL = re.compile(r"[A-Z]")


def _title_cut(text: str, lo: int, hi: int) -> str:
    """What ``_TITLE_TAIL.sub("", text[lo:hi])`` gives: the pattern tried only where a match may start
    (at a capital, or where a role word starts as ignore-case matching folds it), not at each character."""
    lead = text[lo:hi]
    roles = [end - n + 1 - lo for end, n in _role_automaton().iter(fold_case(text), lo, hi)]
    if not roles:
        return lead  # every match holds a role word
    last = max(roles)  # nor can a match start after the last one
    starts = {m.start() for m in _CAPITAL.finditer(lead, 0, last + 1)}
    starts.update(roles)
    for p in sorted(starts):
        m = _TITLE_TAIL.match(lead, p)
        if m is not None:  # the leftmost match ends the lead: no other can follow it
            return lead[:m.start()] + lead[m.end():]
    return lead


@lru_cache(maxsize=64)  # each cue of a sentence asks again about the same people
def _free(text: str, start: int, s0: int, pronoun: bool) -> bool:
    if _ACCORDING.search(text, max(s0, start - 60), start):
        return False  # "According to presidential spokesman Femi Adesina, the president will travel"
    lead = _title_cut(text, max(s0, start - 80), start)  # "Secretary of State Clinton"
    if _LED_BY.search(lead):
        return True  # "A delegation led by Foreign Minister Wang Yi arrived": who leads it is who travels
    if text.startswith(("the ", "The "), start) and _SECOND_OBJECT.search(lead):
        return False
    return not _PREP_BEFORE.search(lead) or pronoun and not re.search(
        r"\b(?:with|by|to|from|for)\s+$", lead, re.I)


#: A group named by its leader: "a delegation led by", "the team, headed by", "a mission which was led by".
_LED_BY = re.compile(r"\b(?i:" + alternation(PARTY) + r")s?\s*,?\s+"
                     r"(?:(?i:which|that|who)\s+(?:is|was|were|will\s+be)\s+)?(?i:" + LED_BY + r")\s+"
                     r"(?:(?i:the|his|her)\s+)?(?:[A-Z][\w\-.’']*\s+){0,4}$")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:[\w\-.’']+\s+){0,5}$", re.I)
#: "greeted leaders arriving in Bali": a participle right after a plural noun is that noun's, not the
#: sentence subject's trip.
_PARTICIPLE = re.compile(r"(?:arriv|visit|travell?|fly|head|tour|land|attend|com|go)ing\b")
#: (words shorter than four letters, or not ending in "s", cannot match and need no exception)
_PLURAL_BEFORE = re.compile(r"\b(?!(?:hers|this|thus|plus|perhaps|always|besides|afterwards|towards|does|less|"
                            r"unless|across)\b)[a-z]{3,}s\s+$")


WINDOW = 300  # characters before a cue where its subject is looked for


def subject(ctx: Context, pos: int) -> tuple[Person | None, float]:
    """The person the clause ending at ``pos`` is about.

    The first eligible person after the last clause break or reporting verb
    ("Putin said Xi will visit": Xi), skipping relative clauses ("Kerry, who met
    Santos, flew": Kerry); else the subject after an opening phrase ("Arriving in
    Tashkent, Putin ..."); else ``None``. Only the 300 characters before the cue
    are read, so a sentence of any length costs the same per cue.
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if _PARTICIPLE.match(text, pos) and _PLURAL_BEFORE.search(text, max(s0, pos - 30), pos):
        return None, 0.0  # "greeted leaders arriving in Bali": the leaders' trip, none of them named here
    w0 = max(s0, pos - WINDOW)
    near = ctx.people_between(w0, pos)
    ordered = _ORDERED.search(text, max(w0, pos - 90), pos) if text.endswith("to ", max(s0, pos - 3), pos) else None
    if ordered is not None:  # "Netanyahu ordered the Mossad chief to travel to Doha": the one ordered goes
        told = [p for p in near if p.name and ordered.start("obj") <= p.start and p.end <= ordered.end("obj")]
        return (told[0], 0.9) if told else (None, 0.0)
    rel = _RELATIVE.search(text, w0, pos)
    if rel is not None:  # "Wang Yi, who will meet Sogavare in Honiara": the one "who" stands for
        ante = [p for p in near if (p.name or p.kind == "descriptor") and p.end <= rel.start() and not COMMA.search(
            text, p.end, rel.start())]
        if ante and not ante[-1].name:
            return None, 0.0  # "He travels with the Prime Minister, who arrives in Delhi": that unnamed one's
        if ante:
            return ante[-1], 0.9
    bare = _BARE_RELATIVE.search(text, w0, pos) if rel is None else None
    if bare is not None:
        named = [p for p in near if p.name and p.end == bare.start() and p.kind != "pronoun"]
        if named:
            return named[-1], 0.85
    asides = [(m.start(), m.end()) for m in _PARENTHETICAL.finditer(text, w0, pos)]
    start = w0
    for m in _reports().finditer("report", text, w0, pos):
        speaker = next((p for p in near if p.start >= m.end() and p.name), None)
        if speaker is not None and text.startswith(",", speaker.end) and text[max(w0, m.start() - 2):m.start()] \
                .strip() == "," and _TITLE_GAP_ONLY.fullmatch(_title_cut(text, m.end(), speaker.start)):
            asides.append((m.start(), speaker.end))  # "His trip, said Kremlin aide Yuri Ushakov, will include": who says it
            continue
        # "Peskov said the president will visit": the reported clause has a subject of its own, even one
        # that names nobody
        if any(p.start >= m.end() and p.end <= pos and (p.name or p.kind == "descriptor") for p in near):
            start = max(start, m.end())
        elif _THEIRS.fullmatch(text, m.end(), pos) and not _NOT_A_NOUN.search(text, m.end(), pos):
            return None, 0.0  # "Ruto said investors left the country for Dubai": theirs, not the speaker's
    asides += quotations(text, s0, pos)  # '"... Putin and Xi in Beijing," Patrushev said at a meeting': not theirs
    hidden = Spans(asides)
    for m in _BREAK.finditer(text, w0, pos) if has_word(text, _BREAK_WORDS, w0, pos) else ():
        start = max(start, m.end())
    that = None
    for that in _COMPLEMENT.finditer(text, w0, pos) if has_word(text, ("that",), w0, pos) else ():
        pass
    if that is not None and not hidden.overlaps(that.start(), that.end()) and not any(
            that.end() <= p.start and p.end <= pos and (p.name or p.kind == "descriptor") for p in near):
        return None, 0.0  # "agreed in a phone call that Russian investigators would fly to Ankara": theirs
    cands = [p for p in near if start <= p.start and p.end <= pos and not hidden.overlaps(p.start, p.end)
             and eligible(text, p, s0) and not _source_only(ctx, p, pos) and not _alias_of_object(near, p, s0, text)]
    if not cands and start > s0 and not _OWN_SUBJECT.search(text[start:pos]) \
            and not any(start <= p.start and p.end <= pos and p.kind == "descriptor" for p in near):
        # a clause with no subject of its own shares the sentence's: "visited Ankara, but a trip to ..."
        cands = [p for p in ctx.people[:3] if p.end <= start and not hidden.overlaps(p.start, p.end)
                 and eligible(text, p, s0)][:1]
    if cands:
        # the subject comes first; a later person is an object unless a new verb phrase began
        p = cands[0]
        for q in cands[1:]:
            gap = text[p.end:q.start]
            # a possessor is no subject: "Following Blinken's visit to Beijing, Treasury Secretary Yellen will"
            # ("Museveni, Ruto's guest, toured Mombasa": a possessor in an aside is not the subject)
            if _NEW_VERB_PHRASE.search(gap) or _COMMA_AT_END.search(gap) and not _WITH_OBJECT.search(gap) \
                    and not (OWNS.match(text, q.end) and q.kind != "pronoun") \
                    or OWNS.match(text, p.end) and p.kind != "pronoun" and q.role not in SPEAKER_ROLES \
                    or _SUBORDINATE.search(_title_cut(text, p.end, q.start)) or opens_clause(text, p.end, q.start, q.end, pos) \
                    or p.kind == "pronoun" and _OWN.fullmatch(p.text) and _APPOSITION.fullmatch(
                        _title_cut(text, p.end, q.start)):
                p = q  # ... "His host, Chinese President Xi Jinping, last visited Moscow": the one so named
        if GENERIC_PERSON.search(text, p.end, pos):
            return None, 0.0  # "Alotaibi explained why any Japanese crown prince must pay a visit": no one named
        if OWNS.match(text, p.end) and _HIS_PEOPLE.match(text, p.end, pos):
            return None, 0.0  # "Xi Jinping's envoy travelled to Pyongyang": the envoy, whom no one names here
        return p, (0.85 if p.kind in ("pronoun", "descriptor") else 1.0)
    after = [p for p in ctx.people_between(pos, min(s1, pos + WINDOW)) if p.name and p.kind != "pronoun"][:1]
    if after and "," in text[pos:after[0].start] and "," not in text[past_time_lead(text, w0, pos):pos] and re.fullmatch(
            r"\s*(?:(?:the|of|for|[A-Z][\w\-.]*)\s+){0,6}",
            text[text.rfind(",", pos, after[0].start) + 1:after[0].start]) \
            and not (_SAYS_AFTER.match(text, after[0].end) and _FINITE.search(text, w0, after[0].start)):
        # "Arriving in Tashkent, Putin ...", not "... will visit Washington, Chief Cabinet Secretary
        # Hayashi said", "The visit to Georgia will take place soon, Appathurai said": who says it is the source
        return after[0], 0.75
    return None, 0.0


_ALIAS_GAP = re.compile(r"\s*['‘’\"“(]\s*")


def _alias_of_object(near: list[Person], p: Person, s0: int, text: str) -> bool:
    """Is ``p`` a nickname right after a name that is no subject? "Ahead of the state visit of Prime Minister
    Pushpa Kamal Dahal 'Prachanda' to India, Mahat will travel": "Prachanda" is Dahal, after "of" as he is."""
    return any(q.end <= p.start and q.name == p.name and _ALIAS_GAP.fullmatch(text, q.end, p.start)
               and not eligible(text, q, s0) for q in near)


def _source_only(ctx: Context, p: Person, pos: int) -> bool:
    """Is ``p`` a spokesperson who only reports what comes before ``pos``? "Spokesman John Kirby said
    the visit to Kenya would focus on ...": the visit is not the spokesman's, whoever's it is."""
    return p.role in SPEAKER_ROLES and any(m.start() >= p.end for m in _reports().finditer("report", ctx.text, p.end, pos))


_SAYS_AFTER = re.compile(r"\s*,?\s*" + alternation(REPORTING_SAYS_AFTER) + r"\b")
_FINITE = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had)\b")
_TITLE_GAP_ONLY = re.compile(r"\s*(?:(?:[A-Za-z\-]+)\s+){0,3}")  # "said Kremlin aide Yuri Ushakov": a few words
_APPOSITION = re.compile(r"\s+(?:[A-Za-z\-]+\s+)?[a-z]+\s*,\s*")  # "His [Ethiopian] counterpart, ...": one noun
_OWNED = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}")
_OWNED_BY_PRONOUN = re.compile(r"\s+(?:[\w\-]+\s+){0,3}")
_OWN = re.compile(r"(?i:his|her|their)")


def trip_owner(ctx: Context, pos: int) -> Person | None:
    """Whose is the trip noun at ``pos``: "Xi's visit", "Modi's three-day UK visit", and "her visit"
    when the clause is about someone of the other gender ("did not meet Pelosi during her visit to
    Seoul"); "Blinken met Wang Yi during his visit" is left to the clause's subject."""
    text = ctx.text
    own = [p for p in ctx.people_between(pos - 80, pos) if p.name and p.end <= pos and (
        _OWNED.fullmatch(text, p.end, pos) or p.kind == "pronoun" and _OWN.fullmatch(p.text)
        and _OWNED_BY_PRONOUN.fullmatch(text, p.end, pos))]
    if not own:
        return None
    if own[-1].kind == "pronoun":
        said = subject(ctx, pos)[0]
        if said is not None and (said.gender is None or said.gender == own[-1].gender):
            return None
    return own[-1]


_VERB_WORDS = re.compile(r"(?:\s+[\w’'\-]+){1,2}")
# (not "of" or "the" inside a title: "President of the People's Republic of China Xi Jinping also arrived")
_VERB_AFTER = re.compile(r"\s(?!and\b|or\b|(?:of\s+)?the\s+[A-Z]|of\s+[A-Z])(?=[a-z])")


def predicate_start(text: str, a: int, b: int) -> int:
    """Where the predicate after a subject ending at ``a`` starts (before ``b``): the first lower-case
    word that is no "and" ("Wei and Pakistan's Khattak are also expected to attend": "are")."""
    m = _VERB_AFTER.search(text, a, b)
    return m.start() if m else b


def verb_end(text: str, end: int, s1: int) -> int:
    """Where the verb of a subject ending at ``end`` ends: "said", "will co-chair" after "Blinken and Di Maio"."""
    a = predicate_start(text, end, s1)
    verb = _VERB_WORDS.match(text[a:s1])
    return a + (verb.end() if verb else 0)


def synthetic(doc: Document, a: int, b: int, country: str, name: str | None = None) -> Mention:
    """A host place that is not a gazetteer mention (a host's country, a landmark's city)."""
    return Mention(doc.id, a, b, doc.text[a:b], name or doc.text[a:b], None, None, country, None,
                   "host", 0.5)


def told_at(place: Mention, text: str, a: int, b: int) -> Mention:
    """``place`` told again at ``text[a:b]``, words that stand for it ("here", "the country", "have arrived",
    "will host"): the same place, at those words, so the hit's place is where the visit is told.

    Examples
    --------
    >>> t = "Tokyo hosts Ruto. He arrived here on Monday."
    >>> tokyo = Mention("d", 0, 5, "Tokyo", "Tokyo", 35.7, 139.7, "JP", None, "city", 1.0)
    >>> m = told_at(tokyo, t, t.index("here"), t.index("here") + 4)
    >>> m.start, m.end, m.text, m.name, m.country
    (29, 33, 'here', 'Tokyo', 'JP')
    """
    return replace(place, start=a, end=b, text=text[a:b])
