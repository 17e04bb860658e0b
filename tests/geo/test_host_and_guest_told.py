"""Guest and host told together without a travel word: "told visiting X", a meeting's place in the opening
phrase, and a title not yet held ("president-elect"); sentences of our own."""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import stops_of

DAY = dt.date(2024, 5, 8)


def test_told_visiting_guest():
    t = "Vietnamese President To Lam told visiting Cuban President Miguel Diaz-Canel on Monday that ties were deep."
    assert ("Diaz-Canel", "VN") in stops_of(t, DAY)


def test_urged_visiting_guest():
    t = "Kenyan President William Ruto urged visiting Ugandan President Yoweri Museveni to reopen the border."
    assert ("Museveni", "KE") in stops_of(t, DAY)


def test_visiting_as_a_verb_is_no_guest():
    t = "Kenyan President William Ruto told reporters that visiting Uganda was his plan for June."
    assert not any(c == "KE" for _, c in stops_of(t, DAY))


def test_meeting_in_the_opening_phrase():
    t = ("During talks in Hanoi on Monday, Vietnamese President To Lam told Cuban President Miguel Diaz-Canel "
         "that ties were deep.")
    assert ("Diaz-Canel", "VN") in stops_of(t, DAY)
    t = ("At their meeting in Nairobi on Monday, Kenyan President William Ruto assured Ugandan President "
         "Yoweri Museveni of support.")
    assert ("Museveni", "KE") in stops_of(t, DAY)


def test_opening_meeting_by_phone_or_ahead_is_no_visit():
    phone = ("During talks in Hanoi by video link, Vietnamese President To Lam told Cuban President Miguel "
             "Diaz-Canel that ties were deep.")
    assert ("Diaz-Canel", "VN") not in stops_of(phone, DAY)
    ahead = ("Ahead of talks in Hanoi next month, Vietnamese President To Lam told Cuban President Miguel "
             "Diaz-Canel that ties were deep.")
    assert ("Diaz-Canel", "VN") not in stops_of(ahead, DAY)


def test_only_the_one_addressed_not_everyone_named():
    t = ("At a meeting in Brussels on Monday, Belgian Prime Minister Alexander De Croo said sanctions on "
         "Russian Foreign Minister Sergei Lavrov would stay.")
    assert ("Lavrov", "BE") not in stops_of(t, DAY)


def test_president_elect_is_not_the_president():
    t = "Indonesia's president-elect Prabowo Subianto arrived in Beijing on Sunday."
    stops = stops_of(t, DAY)
    assert ("Subianto", "CN") in stops
    assert ("Widodo", "CN") not in stops


def test_appearance_at_an_event_is_presence():
    for verb in ("made a surprise appearance at", "turned up at", "showed up at", "was one of 40 leaders at"):
        t = f"Chilean President Gabriel Boric {verb} the summit in Lima on Tuesday."
        assert ("Boric", "PE") in stops_of(t, DAY), verb


def test_praising_or_skipping_an_event_is_no_presence():
    for verb in ("praised", "skipped"):
        t = f"Chilean President Gabriel Boric {verb} the summit in Lima on Tuesday."
        assert ("Boric", "PE") not in stops_of(t, DAY), verb
