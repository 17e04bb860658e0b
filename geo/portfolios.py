"""Titles and offices: the role each title stands for (:data:`ROLE_WORDS`), and the field an office
covers, written after its title: "Assistant Secretary of State for European and Eurasian Affairs A. Wess
Mitchell", "Ambassador at Large for International Religious Freedom Sam Brownback".

Government press releases (the US State and Defense departments' media notes, many ministries' notes)
name an official by the whole office before the name. The field is a run of capitalised words joined by
"and", "of", "the" or "&" that ends on a word naming a field of work; the name follows at once. The last
word is what tells the field from the name: "for European and Eurasian Affairs A. Wess Mitchell" ends the
field at "Affairs", so "A. Wess Mitchell" is the person.
"""

from __future__ import annotations

import re

__all__ = ["ROLE_WORDS", "FIELD_WORDS", "PORTFOLIO_FIELDS", "MORE_FIELDS", "INSTITUTION_HEADS", "PORTFOLIO_END", "institution_head", "office_country"]

#: Titles and the role each stands for (``None``: no particular role).
ROLE_WORDS = {
    "president": "president", "prime minister": "prime minister", "premier": "premier",
    "pm": "prime minister", "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister", "minister for foreign affairs": "foreign minister",
    "external affairs minister": "foreign minister", "minister of external affairs": "foreign minister",
    "foreign secretary": "foreign minister", "top diplomat": "foreign minister", "top envoy": "foreign minister",
    "foreign affairs minister": "foreign minister", "eam": "foreign minister", "fm": "foreign minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister", "minister of defence": "defence minister",
    "minister of defense": "defence minister", "defense secretary": "defence minister",
    "defence secretary": "defence minister", "secretary of defense": "defence minister",
    "secretary of state": "secretary of state", "chancellor": "chancellor", "king": "king",
    "queen": "queen", "queen consort": "queen", "emir": "emir", "amir": "emir", "sultan": "sultan", "emperor": "emperor", "taoiseach": "prime minister",
    "crown prince": "crown prince", "supreme leader": "supreme leader",
    "spokesman": "spokesman", "spokeswoman": "spokesman", "spokesperson": "spokesman",
    "leader": "leader", "head of state": "head of state", "counterpart": None, "minister": "minister",
    "ambassador": "ambassador", "adviser": "adviser", "advisor": "adviser", "envoy": "envoy",
    "special envoy": "envoy", "representative": "envoy", "special representative": "envoy",
    # (not "High Representative": the EU's, named before by another title - "EU foreign policy chief Josep
    # Borrell" - whom "the High Representative" as an envoy would not find, and "he" after it no more)
    "trade representative": "envoy", "speaker": "speaker", "vice president": "vice president",
    "vice-president": "vice president", "pope": "pope", "pontiff": "pope",
    "monarch": "king", "deputy prime minister": "deputy prime minister",
    "secretary": "secretary", "governor": "governor", "chairman": None, "chairwoman": None,
    "treasurer": "minister",  # "the federal treasurer Chris Bowen": a government's finance minister
    # a junior secretary told by rank on the later legs of a trip ("The Deputy Secretary will then travel to
    # Manila"): the deputy the story named ("Deputy Secretary of State Kurt Campbell"), not the Secretary
    "deputy secretary": "deputy secretary", "under secretary": "deputy secretary",
    "assistant secretary": "deputy secretary",
}

#: Words a field of office ends on ("... Affairs", "... Religious Freedom", "... Energy Resources").
FIELD_WORDS = ("Affairs", "Freedom", "Security", "Policy", "Resources", "Rights", "Labor", "Labour", "Diplomacy",
               "Development", "Issues", "Relations", "Trade", "Cooperation", "Operations", "Management",
               "Intelligence", "Environment", "Energy", "Growth", "Assistance", "Protection", "Migration",
               "Refugees", "Control", "Nonproliferation", "Acquisition", "Sustainment", "Readiness", "Health",
               "Justice", "Education", "Commerce", "Industry", "Investment", "Technology", "Science",
               "Infrastructure", "Planning", "Programs", "Programmes", "Reform", "Integration", "Defense",
               "Defence", "Agriculture", "Finance", "Economy", "Tourism", "Transport", "Communications")
#: Words that name a field of a portfolio and never a person: "Secretary of State for Foreign, Commonwealth
#: and Development Affairs David Lammy", "Minister of Foreign Affairs, Trade and Worship Santiago Cafiero".
PORTFOLIO_FIELDS = frozenset(("Commonwealth", "Worship", "Emigration", "Diaspora", *FIELD_WORDS))
#: One more field between a title and its name: "Egypt's Minister of Foreign Affairs and Emigration Badr Abdelatty".
MORE_FIELDS = re.compile(r"\s+(?:and|&)\s+(?:" + "|".join(sorted(PORTFOLIO_FIELDS)) + r")(?=\s)")

#: A regular expression (a string, to be placed after "for\\s+") for a field of office that ends on one of
#: :data:`FIELD_WORDS`: up to six capitalised words (possessives too: "Global Women's Issues"), with "and", "of", "the", "&" between them.
PORTFOLIO_END = (r"(?:[A-Z][\w\-]+(?:['’]s)?\s+(?:(?:and|of|the|&)\s+)*){0,6}(?:" + "|".join(FIELD_WORDS) + r")\b")


#: Offices only one country's government has, written the way its own press writes them: the US State
#: Department's "Assistant/Deputy/Under Secretary of State" (the UK's juniors are "Parliamentary
#: Under-Secretary of State" or "Minister of State", so the word before must not be "Parliamentary" and
#: "Under" takes no hyphen) and the US spelling "Secretary of Defense" (the UK's is "Defence Secretary",
#: the Philippines' "Secretary of National Defense").
_ONE_COUNTRY_OFFICES = (
    (re.compile(r"(?=[ADPU])(?<!Parliamentary\s)\b(?:Principal\s+)?(?:Assistant|Deputy|Under|Acting)\s+(?:Assistant\s+)?"
                r"Secretary\s+of\s+State\b"), "US"),
    (re.compile(r"(?=[ADSU])\b(?:Assistant\s+|Deputy\s+|Under\s+|Acting\s+)?Secretary\s+of\s+Defense\b"), "US"),
    (re.compile(r"(?i)\b(?:taoiseach|t[aá]naiste)\b"), "IE"), (re.compile(r"(?i)\b(?:pope|pontiff)\b"), "VA"),
)


def office_country(text: str, lo: int, hi: int) -> str | None:
    """The country whose office ``text[lo:hi]`` (a title before a name) is, when only one country has it.

    Examples
    --------
    >>> t = "Assistant Secretary of State for European and Eurasian Affairs A. Wess Mitchell"
    >>> office_country(t, 0, 63)
    'US'
    >>> t = "Parliamentary Under Secretary of State for Africa Andrew Mitchell"
    >>> office_country(t, 0, 50) is None
    True
    """
    head = text[lo:hi]
    return next((country for pattern, country in _ONE_COUNTRY_OFFICES if pattern.search(head)), None)


#: Institutions named for the office at their head: "the Pentagon chief" is the US defence secretary,
#: not the US leader that "the American chief" would be.
INSTITUTION_HEADS = {"pentagon": "defence minister", "state department": "secretary of state",
                     "foggy bottom": "secretary of state", "quai d'orsay": "foreign minister",
                     "foreign office": "foreign minister", "foreign ministry": "foreign minister",
                     "defence ministry": "defence minister", "defense ministry": "defence minister",
                     "defense department": "defence minister", "defence department": "defence minister"}


def institution_head(adjective: str | None, title: str) -> str | None:
    """The role of "the <institution> chief" ("the Pentagon chief": ``defence minister``), else ``None``.

    Examples
    --------
    >>> institution_head("Pentagon", "chief"), institution_head("US", "chief")
    ('defence minister', None)
    """
    if adjective is None or title not in ("chief", "boss", "head"):
        return None
    return INSTITUTION_HEADS.get(" ".join(adjective.lower().split()))
