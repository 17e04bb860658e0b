"""Two reports of one traveller in one host that are two trips, not one.

The merge (:func:`geo.events.merge_visits`) joins reports of a traveller in a
host whose days fit; two undated reports always fit. But one article that tells
a visit as done in the past tense ("Scholz visited Paris for talks with
Macron") and, in another sentence, a return or a repeat as ahead ("He will
return to Paris for the Olympics", "will visit Paris again") tells two trips. So does a dated visit
told as done ("visited Paris in March") and an undated return told as ahead. A report with no verb
in the past ("the Secretary's travel to Vietnam demonstrates") has no tense of
its own and may be the planned trip told again, so it still merges; so does a plan told
without a return (the tool's own tense of one trip's reports can differ).
"""

from __future__ import annotations

import re

from geo.status import told_past
from geo.values import Visit

__all__ = ["told_apart"]


def _past(v: Visit) -> bool:
    text = v.evidence or ""
    return v.status == "completed" and told_past(text, 0, len(text))


#: A trip told as a return or a repeat, which presupposes an earlier one: "will return to Paris", "go back to",
#: "visit Paris again", "another visit", "a second trip".
_AGAIN = re.compile(r"\b(?:return(?:s|ing)?\s+to|(?:go|goes|going|come|comes|coming|travel\w*|fly|flies|flying|head\w*)"
                    r"\s+back\s+to|again|another\s+(?:visit|trip)|(?:second|third|next)\s+(?:visit|trip))\b", re.I)


def _ahead(v: Visit) -> bool:
    text = v.evidence or ""
    return v.status == "planned" and not told_past(text, 0, len(text)) and _AGAIN.search(text) is not None


def told_apart(a: Visit, b: Visit) -> bool:
    """Are two reports from one article, one of them undated, a trip told as done and another told as ahead?

    Examples
    --------
    >>> done = Visit("Olaf Scholz", None, None, "FR", "Paris", None, None, None, None, "completed",
    ...              "d", "Scholz visited Paris for talks with Macron.", 0.9)
    >>> ahead = Visit("Olaf Scholz", None, None, "FR", "Paris", None, None, None, None, "planned",
    ...               "d", "He will return to Paris for the Olympic Games.", 0.9)
    >>> told_apart(done, ahead), told_apart(done, done)
    (True, False)
    """
    if a.doc != b.doc or (a.start_date is not None and b.start_date is not None) or a.status == b.status:
        return False  # two dated reports are one trip or two by their days; one status is not done and ahead
    if a.evidence == b.evidence:  # (after the cheap tests: the merge asks this of every pair of reports)
        return False
    return (_past(a) and _ahead(b)) or (_past(b) and _ahead(a))
