"""A UN climate conference named by its number is in its one host city: sentences of our own.

"attended COP 28" is a trip to the United Arab Emirates as "addressed the UN General Assembly" is one to the
United States; a pledge "made at COP21", a host at home, a video address or a refusal is none. Each test runs
the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_a_numbered_cop_is_in_its_host_country_however_written():
    assert ("Meloni", "AE") in stops_of("Italian Prime Minister Giorgia Meloni attended the COP28 climate summit "
                                        "on Friday.", D)
    assert ("Scholz", "AZ") in stops_of("German Chancellor Olaf Scholz attended COP 29 on Tuesday.", D)
    assert ("Scholz", "EG") in stops_of("Italian Prime Minister Giorgia Meloni and German Chancellor Olaf Scholz "
                                        "last met at the COP-27 climate summit on 7 November.", D)


def test_a_cop_named_without_attendance_is_no_trip():
    assert stops_of("US climate envoy John Kerry said the pledges made at COP21 had not been kept.", D) == set()
    assert stops_of("German Chancellor Olaf Scholz praised the Paris Agreement reached at COP21 in 2015.", D) == set()


def test_a_host_a_video_address_and_a_refusal_are_no_trip():
    assert stops_of("Brazilian President Lula will host the COP30 climate summit next year.", D) == set()
    assert stops_of("German Chancellor Olaf Scholz will address the COP29 summit by video link on Tuesday.", D) == set()
    assert stops_of("German Chancellor Olaf Scholz will not attend the COP29 summit.", D) == set()
