"""The one welcomed is the one who arrives: "Governor Nishiwaki will welcome him when he arrives in Kyoto".

Sentences of our own: a host's verb (welcome, receive, greet, host) with an object pronoun, then a clause
opened by "when", "as" or "after" whose subject pronoun travels. That pronoun is the guest, not the host.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2023, 5, 10)


def test_host_welcomes_him_when_he_arrives():
    t = ("Kenyan President William Ruto is in Japan this week. Governor Takatoshi Nishiwaki will welcome him "
         "when he arrives in Kyoto on Friday.")
    assert ("Nishiwaki", "JP") not in stops_of(t, D)
    assert ("Ruto", "JP") in stops_of(t, D)


def test_received_her_as_she_landed():
    t = ("German Foreign Minister Annalena Baerbock is touring Africa. In Nigeria, Vice President Kashim Shettima "
         "received her as she landed in Abuja on Tuesday.")
    assert ("Shettima", "NG") not in stops_of(t, D)
    assert ("Baerbock", "NG") in stops_of(t, D)


def test_meeting_subject_keeps_the_trip():
    # a verb of meeting, not of hosting: the subject is the one who comes
    t = ("Chinese President Xi Jinping spoke of Russia on Monday. Xi will meet him when he visits Moscow "
         "next week, the Kremlin said of Putin.")
    assert ("Jinping", "RU") in stops_of(t, D)
