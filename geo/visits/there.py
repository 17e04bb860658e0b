"""A trip to "there": "Prime Minister Dung plans to travel there in the autumn", "Mudavadi will go there next month".

"There" after a verb of travel stands for the place told last: when the sentence before (or the one before it, or
this one before "there") told a visit, "there" is that visit's place. :func:`there_hits` gives the subject of the verb a hit at that place,
read in the sentence of "there" for its day and status; a subject of the place's own country is no visitor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Mention, Person, Visit
from geo.visits.context import Hit

__all__ = ["there_hits"]

#: A verb of travel, then "there": "travel there", "will go there", "flew there", "is to head there"
_THERE = re.compile(r"\b(?:travel(?:s|led|ed|ling)?|go(?:es|ing)?|went|fl(?:y|ies|ew|own|ying)|head(?:s|ed|ing)?|"
                    r"return(?:s|ed|ing)?)\s+(?:back\s+)?there\b")
#: Words between the subject and the verb that keep it the verb's subject: "plans to", "is expected to", "will"
_BETWEEN = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:will|would|is|was|are|were|has|had|have|been|also|then|later|"
                      r"due|set|expected|scheduled|plans?|planned|planning|hopes?|to|not|never|soon|himself|herself)\s+)*$")


def there_hits(text: str, sentences: Sequence[tuple[int, int]], ms_of: Sequence[Sequence[Mention]],
               people_of: Sequence[Sequence[Person]], visits: Sequence[Visit],
               where: Sequence[int]) -> list[tuple[int, Hit]]:
    """The trips to "there" of each sentence, at the place of the visit told in the sentence or two before.

    Examples
    --------
    >>> import datetime as dt
    >>> t = "Khiem will visit Washington next week. Dung plans to travel there in the autumn."
    >>> dc = Mention("d", 17, 27, "Washington", "Washington", 38.9, -77.0, "US", None, "city", 1.0)
    >>> dung = Person(39, 43, "Dung", "Nguyen Tan Dung", "VN", "prime minister", "surname")
    >>> v = Visit("Pham Gia Khiem", "VN", None, "US", "Washington", None, None, None, None, "planned", "d", t[:38],
    ...           0.9, how="travel: visit")
    >>> [(k, h.traveller.name, h.places[0].country) for k, h in
    ...  there_hits(t, [(0, 38), (39, len(t))], [[dc], []], [[], [dung]], [v], [0])]
    [(1, 'Nguyen Tan Dung', 'US')]
    """
    out: list[tuple[int, Hit]] = []
    for k, (s0, s1) in enumerate(sentences):
        if not people_of[k] or "there" not in text[s0:s1]:
            continue
        for m in _THERE.finditer(text, s0, s1):
            subj = next((p for p in reversed(people_of[k]) if p.name and p.end <= m.start()
                         and _BETWEEN.match(text[p.end:m.start()])), None)
            told = [i for i, v in enumerate(visits) if k - 2 <= where[i] <= k and v.status != "cancelled"
                    and v.origin == "text"]
            if subj is None or not told:
                continue
            host = visits[told[-1]].country
            places = [x for j in range(where[told[-1]], k + 1) for x in ms_of[j] if x.country == host
                      and x.kind != "demonym" and x.start < m.start()]
            if not places or subj.country == host or any(v.traveler == subj.name and v.country == host for v in visits):
                continue
            out.append((k, Hit(subj, places[-1:], m.start(), m.end(), (subj.start, min(s1, m.end() + 40)), 0.5,
                               "travel")))
    return out
