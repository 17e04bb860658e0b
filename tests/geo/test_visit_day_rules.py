"""The day and status of a visit told by weeks, weekdays and days counted from another (issue 13, day
class): "later this week", "this week" on a Sunday, "is also due to", "the following day"."""

import datetime as dt

from geo.dates import find_dates
from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.status import tense
from geo.values import Document
from geo.visit_day import a_whole_week


def _visits(text, published):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): v for v in found}


def _one(text, published, tense_):
    d, = find_dates(text, published, tense=tense_)
    return d.start, d.end


def test_later_this_week_is_the_rest_of_the_week():
    # (held before these rules; kept beside the Sunday rule below, which must not break it)
    wed = dt.date(2025, 10, 22)
    assert _one("She will fly in later this week.", wed, "future") == (dt.date(2025, 10, 23), dt.date(2025, 10, 26))
    # without "later" the week is the whole week, as before
    assert _one("She will fly in this week.", wed, "future") == (dt.date(2025, 10, 20), dt.date(2025, 10, 26))


def test_this_week_ahead_on_a_sunday_is_the_coming_week():
    sunday = dt.date(2025, 10, 26)
    assert _one("He visits Seoul this week.", sunday, "future")[0] == dt.date(2025, 10, 27)
    assert _one("He visits Seoul later this week.", sunday, "future")[0] == dt.date(2025, 10, 27)
    # told in the past on that Sunday, it is the week that ends that day
    assert _one("He visited Seoul this week.", sunday, "past")[0] == dt.date(2025, 10, 20)


def test_a_whole_week_is_no_day():
    found = find_dates("next week; Monday", dt.date(2024, 5, 1), tense="future")
    assert [a_whole_week(d) for d in found] == [True, False]
    # a week and its day told together are that day (geo.date_joins): no whole week
    assert [a_whole_week(d) for d in find_dates("next week, on Monday", dt.date(2024, 5, 1), tense="future")] == [False]
    assert not a_whole_week(None)


def test_is_also_due_to_speaks_of_the_future():
    t = "Lula is also due to meet Diaz-Canel"
    assert tense(t, 0, len(t)) == "future"
    t = "Lula also met Diaz-Canel"
    assert tense(t, 0, len(t)) == "past"


def test_ahead_of_his_swing_is_still_to_come():
    t = "Ahead of his Asia swing that includes trips to Malaysia and Japan"
    assert tense(t, 0, len(t)) == "future"


def test_a_weekday_after_is_also_due_to_is_the_coming_one():
    t = ("Brazil President Luiz Inacio Lula da Silva arrived in Buenos Aires on Monday. Lula is also due to meet "
         "Cuba's President Miguel Diaz-Canel in Buenos Aires before heading to Montevideo on Wednesday.")
    v = _visits(t, dt.date(2023, 1, 23))[("Luiz Inacio Lula da Silva", "UY")]
    assert (v.start_date, v.status) == (dt.date(2023, 1, 25), "planned")


def test_the_following_day_counts_from_the_same_traveller():
    t = ("Cho will travel to Turkey on Wednesday for talks with Hakan Fidan. The meeting follows President Lee "
         "Jae Myung's state visit to Turkey in November last year. Cho will then head to Belgium the "
         "following day.")
    got = _visits("South Korean Foreign Minister Cho Hyun spoke on Tuesday. " + t, dt.date(2026, 1, 20))
    assert got[("Cho Hyun", "BE")].start_date == dt.date(2026, 1, 22)


def test_a_day_counted_in_another_clause_after_the_cue_is_not_the_visit_s():
    t = ("Modi arrived in Paris on Monday. He will travel to Berlin, and the next day he will address "
         "the Bundestag.")
    got = _visits("Indian Prime Minister " + t, dt.date(2024, 5, 6))
    assert got[("Narendra Modi", "DE")].start_date != dt.date(2024, 5, 7)


def test_a_week_told_elsewhere_lends_no_day():
    t = ("Secretary of State Mike Pompeo has canceled what would have been his final trip abroad, the State "
         "Department said Tuesday. Pompeo would be traveling to Brussels this week. Pompeo was to have met "
         "with NATO chief Jens Stoltenberg while in Brussels.")
    got = _visits(t, dt.date(2021, 1, 12))
    assert all(v.start_date != dt.date(2021, 1, 11) or v.status == "cancelled" for v in got.values())


# -- a day told in a sentence of its own -----------------------------------------------------------

def test_an_arrival_with_a_day_and_no_place_dates_the_one_visit_of_its_traveller():
    t = ("French President Emmanuel Macron will host US President Joe Biden in Paris on Saturday. "
         "Biden is currently on a multi-day visit to France. He arrived on Wednesday.")
    v = _visits(t, dt.date(2024, 6, 8))[("Joe Biden", "FR")]
    assert (v.start_date, v.status) == (dt.date(2024, 6, 5), "ongoing")


def test_an_arrival_in_the_country_dates_the_state_visit():
    t = ("Tanzania President Samia Suluhu is in the country for a two-day state visit where she will hold "
         "talks with her host, President Uhuru Kenyatta. Suluhu arrived in the country at around 9.40 am "
         "Tuesday. Suluhu was received in Nairobi by Foreign CS Raychelle Omamo.")
    v = _visits(t, dt.date(2021, 5, 4))[("Samia Suluhu", "KE")]
    assert v.start_date == dt.date(2021, 5, 4)


def test_an_arrival_without_place_is_no_day_for_a_traveller_of_two_countries():
    t = ("Biden will visit France and Italy this month. He arrived on Wednesday.")
    got = _visits("US President Joe Biden spoke. " + t, dt.date(2024, 6, 8))
    assert all(v.start_date != dt.date(2024, 6, 5) for v in got.values())


def test_an_arrival_from_another_country_lends_no_day():
    t = "Biden is currently on a multi-day visit to France. He arrived from Rome on Wednesday."
    got = _visits("US President Joe Biden spoke. " + t, dt.date(2024, 6, 8))
    assert got[("Joe Biden", "FR")].start_date != dt.date(2024, 6, 5)


# -- a clause before which the day was told, and one just begun ------------------------------------

def test_a_visit_after_before_embarking_takes_neither_the_day_nor_the_past_of_the_stop_before():
    t = ("German Chancellor Olaf Scholz departed for South America on Saturday. On Sunday, he will stop in "
         "Chile before embarking on a two-day visit to Brazil.")
    got = _visits(t, dt.date(2023, 1, 28))
    assert got[("Olaf Scholz", "CL")].start_date == dt.date(2023, 1, 29)
    assert (got[("Olaf Scholz", "BR")].start_date, got[("Olaf Scholz", "BR")].status) == (None, "planned")


def test_before_heading_after_a_past_stop_is_a_past_stop_too():
    t = "Indian Prime Minister Narendra Modi visited Paris on Monday before heading to Berlin."
    got = _visits(t, dt.date(2024, 5, 10))
    assert got[("Narendra Modi", "DE")].status == "completed"


def test_after_arriving_with_a_present_perfect_is_under_way_today():
    t = "China's Premier, Wen Jiabao, has begun summit talks with his Japanese counterpart after arriving in Tokyo."
    v = _visits(t, dt.date(2007, 4, 11))[("Wen Jiabao", "JP")]
    assert (v.start_date, v.status) == (dt.date(2007, 4, 11), "ongoing")


def test_after_arriving_told_in_the_past_keeps_its_own_day():
    t = "China's Premier, Wen Jiabao, held summit talks with Shinzo Abe after arriving in Tokyo on Monday."
    v = _visits(t, dt.date(2007, 4, 11))[("Wen Jiabao", "JP")]
    assert (v.start_date, v.status) == (dt.date(2007, 4, 9), "completed")


def test_a_day_after_he_arrived_counts_back_from_the_main_clause_day():
    t = ("Chinese President Xi Jinping held talks with Vladimir Putin in the Kremlin on Tuesday, a day after he "
         "arrived in Moscow.")
    rows = _raw(t, dt.date(2023, 3, 21))
    arrival = next(v for v in rows if v.how.startswith("travel: arrived"))
    assert arrival.start_date == dt.date(2023, 3, 20)
    # with no day told before the count, none is made up
    rows = _raw("Xi held talks with Putin, a day after he arrived in Moscow.", dt.date(2023, 3, 21))
    assert all(v.start_date is None for v in rows if v.how.startswith("travel: arrived"))


def _raw(text, published):
    from geo.visits.document import visits_in_document

    doc = Document("d", text, published=published)
    return visits_in_document(doc, geoparse(doc))


def test_a_who_aside_keeps_its_own_tense_and_year():
    t = "Like Trump, who visited Riyadh in 2017, Biden will begin his trip in Israel on Wednesday."
    got = _visits("US President Joe Biden and former president Donald Trump. " + t, dt.date(2022, 7, 14))
    trump = got[("Donald Trump", "SA")]
    assert (trump.status, trump.start_date.year) == ("completed", 2017)
    assert got[("Joe Biden", "IL")].status == "planned"
    # an aside told ahead stays ahead
    t = "Scholz, who will visit Kenya on Sunday, met Macron in Paris on Friday."
    got = _visits("German Chancellor Olaf Scholz spoke. " + t, dt.date(2023, 5, 3))
    assert got[("Olaf Scholz", "KE")].status == "planned"


def test_a_weekday_after_began_is_gone_by_even_in_a_present_clause():
    t = "Kenyan President William Ruto is on a four-day state visit to the US which began on Monday."
    v = _visits(t, dt.date(2024, 5, 23))[("William Ruto", "US")]
    assert (v.start_date, v.status) == (dt.date(2024, 5, 20), "ongoing")
    # a weekday after a verb of the future is still ahead
    t = "Kenyan President William Ruto is on a state visit to the US which will end on Monday."
    v = _visits(t, dt.date(2024, 5, 23))[("William Ruto", "US")]
    assert v.start_date != dt.date(2024, 5, 20)


def test_a_visit_whose_told_length_runs_past_the_publication_day_is_under_way():
    t = ("Chinese Foreign Minister Tang Jiaxuan arrived Wednesday in Japan for talks. During his four-day visit, "
         "Tang is scheduled to meet today with Prime Minister Yoshiro Mori in Tokyo.")
    v = _visits(t, dt.date(2000, 5, 11))[("Tang Jiaxuan", "JP")]
    assert (v.start_date, v.status) == (dt.date(2000, 5, 10), "ongoing")
    # a two-day visit that began three days before is over
    t = "Chinese Foreign Minister Tang Jiaxuan visited Japan on Monday. His two-day visit was his first."
    v = _visits(t, dt.date(2000, 5, 11))[("Tang Jiaxuan", "JP")]
    assert v.status == "completed"


def test_a_trip_noun_after_and_shares_the_will_of_the_first_verb():
    t = ("WASHINGTON - French President Emmanuel Macron's visit to the U.S. this week will include stops in the "
         "capital on Wednesday and end with a visit to New Orleans on Friday.")
    rows = _raw(t, dt.date(2022, 11, 28))
    nola = next(v for v in rows if v.place == "New Orleans")
    assert (nola.start_date, nola.status) == (dt.date(2022, 12, 2), "planned")
    # told in the past, the same words stay past
    t = ("WASHINGTON - French President Emmanuel Macron's visit to the U.S. last week included stops in the "
         "capital on Wednesday and ended with a visit to New Orleans on Friday.")
    rows = _raw(t, dt.date(2022, 12, 5))
    nola = next(v for v in rows if v.place == "New Orleans")
    assert nola.status == "completed"
