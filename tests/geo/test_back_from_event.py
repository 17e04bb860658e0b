"""The stop before, told by the event attended there: "returned from the G7 summit in Hiroshima",
"fresh from talks in Tokyo" (:data:`geo.visits.stays.STAY`); sentences of our own."""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import stops_of, trip_to

DAY = dt.date(2024, 5, 8)


def test_returned_from_a_summit():
    t = "Chilean President Gabriel Boric returned from the Mercosur summit in Asuncion on Monday."
    assert trip_to(t, DAY, "Boric", "PY").status == "completed"


def test_fresh_from_talks_then_the_next_stop():
    t = "Chilean President Gabriel Boric, fresh from talks in Lima, arrived in Quito on Sunday."
    assert {("Boric", "PE"), ("Boric", "EC")} <= stops_of(t, DAY)
    assert trip_to(t, DAY, "Boric", "PE").status == "completed"


def test_from_an_event_at_home_is_no_visit():
    t = "Chilean President Gabriel Boric returned from the party congress in Valparaiso on Monday."
    assert not any(c != "CL" for _, c in stops_of(t, DAY)) and ("Boric", "CL") not in stops_of(t, DAY)
