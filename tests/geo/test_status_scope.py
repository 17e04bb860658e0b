"""What a calling-off reaches, and a trip's status on its first day (issue 13, status class)."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.status import cancel_in, is_cancelled, visit_status
from geo.values import Document


def _visits(text, published):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return found


def _by_country(visits):
    return {v.country: v.status for v in visits}


def test_cancelled_events_are_not_a_cancelled_trip():
    t = "Tillerson resumed his normal schedule in Kenya Sunday after canceling events the day before."
    assert not is_cancelled(t, (0, len(t)), (0, len(t)))
    assert cancel_in("He has cancelled his events for the day.", 0, 40) is None
    assert cancel_in("He has cancelled his trip to Kenya.", 0, 35) is not None


def test_an_old_plan_called_off_does_not_cancel_the_trip_now_told():
    t = ("Japanese Prime Minister Junichiro Koizumi is scheduled to arrive in Israel Tuesday. "
         "Koizumi was originally scheduled to visit in January, but was forced to cancel because of "
         "Sharon's stroke.")
    v = _visits(t, dt.date(2006, 7, 10))
    assert _by_country(v).get("IL") == "planned"


def test_a_postponed_home_visit_does_not_cancel_a_trip_abroad():
    t = ("President Muhammadu Buhari will on Tuesday undertake a four-day medical trip to the United Kingdom, "
         "his spokesperson said. He also said the president's two-day State Visit to Jigawa, which was "
         "postponed because of the party congresses, will now take place on Monday and Tuesday next week.")
    v = _visits(t, dt.date(2018, 5, 7))
    assert _by_country(v).get("GB") == "planned"


def test_a_stop_told_afresh_after_the_calling_off_still_holds():
    t = ("Egyptian President Mohamed Morsi has cancelled a planned visit to Paris this week, France's "
         "presidency said on Tuesday. Morsi had been due to arrive in Paris on Thursday afternoon. "
         "His spokesman said: \"The president will travel to Germany on a one-day trip and return to Egypt.\"")
    v = _visits(t, dt.date(2013, 1, 29))
    assert "cancelled" in {x.status for x in v if x.country == "FR"}
    assert "planned" in {x.status for x in v if x.country == "DE"}


def test_a_stop_of_the_called_off_trip_is_cancelled_too():
    t = ("Morsi has cancelled a planned visit to Paris this week. He had been due to visit Berlin on "
         "Wednesday and Paris on Thursday.")
    v = _visits(t, dt.date(2013, 1, 29))
    assert {x.status for x in v if x.country == "DE"} == {"cancelled"}


def test_a_trip_told_as_ahead_on_its_own_first_day_is_planned():
    d = dt.date(2019, 4, 25)
    assert visit_status("future", d, d, d) == ("planned", True)
    # begun the day before and told in the future ("will be in Tokyo until Friday"): under way
    assert visit_status("future", d - dt.timedelta(days=1), d + dt.timedelta(days=2), d)[0] == "ongoing"


def test_a_visit_told_as_over_this_week_is_completed():
    d = dt.date(2011, 1, 14)  # a Friday; "this week" runs Monday 10 to Sunday 16
    assert visit_status("past", dt.date(2011, 1, 10), dt.date(2011, 1, 16), d)[0] == "completed"
    # an arrival yesterday is still under way
    assert visit_status("past", d - dt.timedelta(days=1), None, d, arrival=True)[0] == "ongoing"


def test_has_also_arrived_is_under_way():
    t = "Afghan acting Foreign Minister Amir Khan Muttaqi along with a delegation has also arrived in Islamabad."
    v = _visits(t, dt.date(2023, 5, 5))
    assert [(x.country, x.status) for x in v] == [("PK", "ongoing")]


def test_a_weekday_of_next_or_last_week_is_that_week_s_day():
    from geo.dates import find_dates
    d = dt.date(2018, 5, 7)  # a Monday
    (m,) = find_dates("It will now take place on Monday and Tuesday next week.", d, tense="future")
    assert (m.start, m.end) == (dt.date(2018, 5, 14), dt.date(2018, 5, 15))
    (m,) = find_dates("They met on Tuesday last week.", d, tense="past")
    assert m.start == dt.date(2018, 5, 1)


def test_the_day_a_calling_off_was_told_is_not_the_trip_s_day():
    # "said on Tuesday" dates the announcement: the trip dated a week later is still the one called off
    t = ("Secretary of State Mike Pompeo will travel to Brussels on May 10. The State Department said on "
         "Tuesday that Pompeo had cancelled the trip.")
    v = _visits(t, dt.date(2023, 5, 3))
    assert {x.status for x in v if x.country == "BE"} == {"cancelled"}


def test_a_stop_held_by_a_later_plan_is_not_cancelled_with_the_rest():
    t = ("Morsi has cancelled a planned visit to Paris this week. Morsi had been due to arrive in Paris on "
         "Thursday following a visit to Berlin on Wednesday. His spokesman said: \"The president will "
         "travel to Germany on a one-day trip.\"")
    v = _visits(t, dt.date(2013, 1, 29))
    assert {x.status for x in v if x.country == "DE"} == {"planned"}


def test_what_a_trip_was_supposed_to_be_is_no_plan():
    t = "Dr. Angela Maggard is currently in France on what was supposed to be a family trip."
    assert [(x.country, x.status) for x in _visits(t, dt.date(2017, 4, 18))] == [("FR", "ongoing")]


def test_a_progressive_motion_with_an_adverb_or_headed_is_still_ahead():
    d = dt.date(2009, 2, 2)
    t = "Vice President Joe Biden and other senior officials are also heading to the Munich conference."
    assert [(x.country, x.status) for x in _visits(t, d)] == [("DE", "planned")]
    t = "President Barack Obama is headed to Canada for his first foreign trip as president."
    assert [(x.country, x.status) for x in _visits(t, d)] == [("CA", "planned")]
