"""Is a visit told as over in its dated reports still under way, because an undated report of it tells it so?

One article tells a stay by several reports: its first day in the past ("arrived in Muscat on Monday") and, with
no day, the stay as going on ("as part of his current visit to the Sultanate", "Farmajo is in Beijing for the
forum"). A dated report says more about *when*; it says no more about *whether the stay is over* than the
undated one that tells it under way. When the article's dated reports of a visit all tell it as done, begun in the
days up to the day of writing with no end told, and one of its undated reports tells it under way, the stay goes on
(:func:`still_under_way`). A report that tells the end ("left", "wrapped up", "returned") keeps it over.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from geo.values import Visit

__all__ = ["still_under_way", "begun_lately", "STAY_DAYS"]

#: How many days before the day of writing a stay may have begun and still be told under way.
STAY_DAYS = 6
#: Words of a dated report that end the stay.
_ENDED = re.compile(r"\b(?:wrap(?:ped|s)?\s+up|wound\s+up|conclud(?:ed|es)|ended|returned|farewell|completed|"
                    r"(?:left|depart(?:ed|ure))(?![^.;]{0,60}?\bfor\b))\b", re.I)


def still_under_way(reports: Sequence[Visit], published: dt.date | None) -> bool:
    """Do one article's ``reports`` of a visit tell it under way on ``published``, though its dated ones say done?

    Examples
    --------
    >>> d = dt.date(2020, 9, 10)
    >>> came = Visit("Ben Wallace", "GB", None, "OM", "Muscat", None, None, dt.date(2020, 9, 7), dt.date(2020, 9, 7),
    ...              "completed", "a", "Ben Wallace arrived in Muscat on Monday.", 0.9)
    >>> now = Visit("Ben Wallace", "GB", None, "OM", None, None, None, None, None, "ongoing", "a",
    ...             "Wallace toured Musandam as part of his current visit to the Sultanate.", 0.9)
    >>> still_under_way([came, now], d), still_under_way([came], d)
    (True, False)
    """
    if published is None:
        return False
    dated = [v for v in reports if v.start_date is not None]
    if not dated or any(v.status != "completed" for v in dated):
        return False
    if any(not begun_lately(v.start_date, published)
           or (v.end_date is not None and v.end_date != v.start_date)
           or "left" in (v.how or "") or _ENDED.search(v.evidence or "") for v in dated):
        return False
    # (an undated welcome is read as under way only for want of a day: "He was welcomed by his Kenyan counterpart"
    # after "began a tour on Tuesday with a state visit to Kenya" tells nothing of today)
    return any(v.start_date is None and v.status == "ongoing" and not (v.how or "").startswith("hosted")
               for v in reports)


def begun_lately(start: dt.date, published: dt.date) -> bool:
    """Did a stay begin on ``published`` or in the :data:`STAY_DAYS` days before it (so may still be under way)?

    Examples
    --------
    >>> begun_lately(dt.date(2020, 9, 7), dt.date(2020, 9, 10)), begun_lately(dt.date(2020, 9, 1), dt.date(2020, 9, 10))
    (True, False)
    """
    return 0 <= (published - start).days <= STAY_DAYS  # (no date arithmetic that could overflow at date.min)
