"""Who travelled: the grammar that says whose trip a travel word is (issue 13, wrong traveller and "another
person got the host"). Each test states one construction of English and checks both sides: the one who
went gets the visit, the one who stayed (or only spoke) gets none."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

PUB = dt.date(2024, 5, 6)  # a Monday


def _went(text, published=PUB):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country) for v in visits if v.status not in ("cancelled", "postponed")}


def test_by_after_the_places_names_the_agent_not_one_more_stop():
    got = _went("Kwatra will discuss the possibility of a visit to India by Nepal's Prime Minister Pushpa Kamal Dahal.")
    assert ("Dahal", "IN") in got
    assert not any(c == "NP" for _, c in got)  # "by Nepal's ..." is whose trip, not where
    assert ("Kwatra", "IN") not in got
    # "followed by" still lists the next stop
    got = _went("Scholz will make a visit to Kenya, followed by Ethiopia, next week.")
    assert {("Scholz", "KE"), ("Scholz", "ET")} <= got


def test_people_named_only_in_a_quotation_are_not_the_subject_after_it():
    got = _went('"We look forward to thorough talks between Russian President Vladimir Putin and Chinese President '
                'Xi Jinping in Beijing," Patrushev said at a meeting in Moscow with China\'s top diplomat, Wang Yi.')
    assert ("Jinping", "RU") not in got
    assert ("Yi", "RU") in got  # the one met, foreign to Moscow
    # a quoted nickname is no quotation of speech: the name around it still counts
    got = _went('Saudi Crown Prince Mohammed "MBS" bin Salman arrived in Amman on Tuesday.')
    assert any(c == "JO" for _, c in got)


def test_the_one_met_may_be_named_with_with_after_the_place():
    assert ("Blinken", "CN") in _went("Chinese Foreign Minister Wang Yi held talks in Beijing with U.S. Secretary "
                                      "of State Antony Blinken on Sunday.")
    got = _went("Putin met in Sochi with Turkish President Recep Tayyip Erdogan on Monday.")
    assert ("Erdoğan", "RU") in got or ("Erdogan", "RU") in got
    assert ("Putin", "RU") not in got


def test_every_member_of_a_list_with_offices_around_the_names_travelled():
    got = _went("Kuwaiti Crown Prince Sheikh Meshal, Sudan's Sovereign Council head Abdel Fattah al-Burhan and "
                "Palestinian President Mahmoud Abbas also landed in Riyadh on Friday.")
    assert {("al-Burhan", "SA"), ("Abbas", "SA")} <= got
    got = _went("Cristina Fernández, president of Argentina, Panamanian president Ricardo Martinelli and Uruguayan "
                "president José Mujica arrived in Quito on Wednesday.")
    assert {("Fernández", "EC"), ("Martinelli", "EC"), ("Mujica", "EC")} <= got


def test_a_name_with_its_office_in_apposition_is_one_member_of_the_list():
    got = _went("President Macron of France, Olaf Scholz, the German chancellor, and Mario Draghi, the Italian prime "
                "minister, arrived in Kyiv on Thursday.", dt.date(2022, 6, 17))  # the office holders of that day
    assert {("Macron", "UA"), ("Scholz", "UA"), ("Draghi", "UA")} <= got
    # an aside with a verb of its own is no list: the one it tells of is not a subject of "arrived"
    got = _went("Macron, who met Scholz in Berlin on Sunday, arrived in Kyiv on Thursday.")
    assert ("Scholz", "UA") not in got


def test_a_companion_whose_office_follows_the_name_shares_the_visit():
    got = _went("Sheikh Mohammed bin Rashid Al Maktoum arrived in Dhahran yesterday. Sheikh Mohammed is accompanied "
                "by Sheikh Mansour bin Zayed, Deputy Prime Minister; Dr Anwar Gargash, Minister of State for "
                "Foreign Affairs.")
    assert {("Zayed", "SA"), ("Gargash", "SA")} <= got


def test_the_passive_of_visit_gives_the_visit_to_its_agent():
    got = _went("Xi Jinping was visited in Beijing by Russian President Vladimir Putin last week.")
    assert ("Putin", "CN") in got
    assert not any(t == "Jinping" for t, _ in got)
    # the active voice as before
    assert ("Putin", "CN") in _went("Russian President Vladimir Putin visited Beijing last week.")


def test_hosting_verbs_in_any_case_and_play_host_to():
    got = _went("Welcoming Indian Prime Minister Narendra Modi to the White House on Thursday, President Joe Biden "
                "said the two nations were close.")
    assert ("Modi", "US") in got and ("Biden", "US") not in got
    got = _went("Russian President Vladimir Putin will play host to Turkish President Recep Tayyip Erdogan in "
                "Sochi on Monday.")
    assert any(c == "RU" and t.startswith("Erdo") for t, c in got)
    assert ("Putin", "RU") not in got


def test_a_meeting_place_before_between():
    got = _went("The talks in Ankara between Turkish President Recep Tayyip Erdogan and Hungarian Prime Minister "
                "Viktor Orban lasted three hours on Monday.")
    assert ("Orban", "TR") in got
    assert not any(c == "TR" and t.startswith("Erdo") for t, c in got)


def test_a_list_set_beside_a_plural_subject_met_abroad():
    got = _went("The two leaders, Modi and Albanese, met in Sydney on Tuesday.")
    assert ("Modi", "AU") in got and ("Albanese", "AU") not in got


def test_a_title_of_a_trip_nouns_of_phrase_runs_past_of_and_a_name_beside_it():
    got = _went("The visit of the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, to London begins on Tuesday.")
    assert ("Thani", "GB") in got


def test_speaking_to_someone_in_a_city_puts_both_there_and_the_foreign_one_travelled():
    got = _went("Chinese President Xi Jinping told visiting Spanish Prime Minister Pedro Sanchez in Beijing that China "
                "wanted peace.")
    assert ("Sanchez", "CN") in got and ("Jinping", "CN") not in got
    got = _went("Spanish Prime Minister Pedro Sanchez told Chinese President Xi Jinping in Beijing on Friday that "
                "Europe wanted peace.")
    assert ("Sanchez", "CN") in got
    got = _went("French President Emmanuel Macron, speaking alongside German Chancellor Olaf Scholz in Berlin on "
                "Tuesday, said Europe must act.")
    assert ("Macron", "DE") in got and ("Scholz", "DE") not in got
    # two guests of a third country: nothing says which of them came, nothing is read from this verb
    assert _went("Macron told Scholz in Washington on Tuesday that Europe must act.") == set()


def test_the_guest_of_someone_travelled_to_the_hosts_place():
    got = _went("Turkish President Recep Tayyip Erdogan will be the guest of Russian President Vladimir Putin in "
                "Sochi on Monday.")
    assert any(c == "RU" and t.startswith("Erdo") for t, c in got)
    assert ("Putin", "RU") not in got
    # "the guest of honour" names no host
    assert not any(c == "RU" for _, c in _went("Putin was the guest of honour at a parade in Moscow on Monday."))


def test_a_who_clause_with_be_in_tells_its_antecedents_stay():
    got = _went("Cavusoglu will also meet his US counterpart, Mike Pompeo, who will also be in the Dominican Republic "
                "on Sunday.")
    assert ("Pompeo", "DO") in got


def test_a_list_member_with_an_aside_between_dashes_and_a_portfolio_with_and():
    got = _went("Finance Minister Tito Mboweni - who will attend a meeting of his peers - and Minister of International "
                "Relations and Cooperation Lindiwe Sisulu will accompany President Cyril Ramaphosa in Argentina on "
                "Friday.", dt.date(2018, 11, 28))
    assert {("Mboweni", "AR"), ("Sisulu", "AR"), ("Ramaphosa", "AR")} <= got


def test_an_event_joined_by_someone_in_the_passive_was_attended_by_them():
    got = _went("The G7 summit in Tokyo will also be joined by Italy's Matteo Renzi and Canada's Justin Trudeau.",
                dt.date(2016, 5, 25))
    assert {("Renzi", "JP"), ("Trudeau", "JP")} <= got


def test_an_official_of_no_told_country_only_present_where_a_visitor_is_is_a_host():
    got = _went("Indian Foreign Secretary Vinay Kwatra arrived in Kathmandu on Monday. Foreign Minister Bimala Saud "
                "received him at the airport and the two held talks in Kathmandu.")
    assert ("Kwatra", "NP") in got and ("Saud", "NP") not in got
    got = _went("Chinese Foreign Minister Wang Yi began a visit to Namibia on Sunday. Minister Peya Mushelenga told "
                "reporters in Windhoek that the visit was historic.")
    assert ("Yi", "NA") in got and ("Mushelenga", "NA") not in got
    # told as travelling, a person of no told country keeps the visit
    got = _went("Chinese Foreign Minister Wang Yi began a visit to Namibia on Sunday. Minister Peya Mushelenga "
                "arrived in Windhoek on Monday.")
    assert ("Mushelenga", "NA") in got


def test_an_ambassador_present_at_his_post_made_no_visit():
    got = _went("Russian Ambassador Denis Alipov told reporters in New Delhi that Putin would visit India in December.")
    assert ("Putin", "IN") in got and ("Alipov", "IN") not in got


def test_two_leaders_holding_a_summit_somewhere_the_foreign_one_travelled():
    got = _went("Trump and Ishiba held their first summit at the White House on Friday.", dt.date(2025, 2, 8))
    assert ("Ishiba", "US") in got and ("Trump", "US") not in got


def test_a_companion_told_after_the_trip_and_its_place():
    got = _went("Xi is accompanied on the trip to Moscow by his wife Peng Liyuan and Foreign Minister Wang Yi.")
    assert {("Jinping", "RU"), ("Yi", "RU")} <= got
    assert ("Liyuan", "RU") not in got  # family is no one a map of the visit needs


def test_at_an_event_abroad_the_host_at_home_met_the_one_who_came():
    got = _went("On the sidelines of the African Union summit in Addis Ababa, Abiy Ahmed met Ruto on Monday.")
    assert ("Ruto", "ET") in got and not any(c == "ET" and "Ahmed" in t for t, c in got)
    got = _went("On the sidelines of the African Union summit in Addis Ababa, Ruto met Abiy Ahmed on Monday.")
    assert ("Ruto", "ET") in got


def test_a_possessor_in_an_aside_after_the_subject_is_not_the_subject():
    got = _went("Ugandan President Yoweri Museveni, Ruto's guest, toured Mombasa on Tuesday.")
    assert ("Museveni", "KE") in got


def test_a_title_of_no_country_listed_with_a_minister_is_of_his_government():
    got = _went("Prime Minister Keir Starmer and the Foreign Secretary arrived in Kyiv on Thursday.", dt.date(2025, 1, 16))
    assert {("Starmer", "UA"), ("Lammy", "UA")} <= got
    got = _went("President Joe Biden and the Secretary of State arrived in Hanoi on Sunday.", dt.date(2023, 9, 10))
    assert {("Biden", "VN"), ("Blinken", "VN")} <= got


def test_a_dinner_or_banquet_given_for_someone_makes_him_the_guest():
    got = _went("French President Emmanuel Macron hosted a state dinner for Chinese President Xi Jinping at the "
                "Elysee Palace on Monday.")
    assert ("Jinping", "FR") in got and ("Macron", "FR") not in got
    got = _went("Japanese Emperor Naruhito gave a banquet for Vietnamese President Vo Van Thuong at the Imperial "
                "Palace in Tokyo.")
    assert ("Thuong", "JP") in got
    # a dinner for one's own people is no visit
    assert _went("Macron hosted a dinner for French business leaders at the Elysee Palace on Monday.") == set()
    got = _went("Kenyan President William Ruto rolled out the red carpet for Chinese President Xi Jinping in Nairobi "
                "on Monday.")
    assert ("Jinping", "KE") in got and ("Ruto", "KE") not in got


def test_a_guest_titled_with_an_acronym_is_the_guest_of_a_dinner():
    # the title gap of the honours reader is the list readers' one, which takes "(PRC)" between title words
    got = _went("Russian President Vladimir Putin hosted a dinner for visiting People's Republic of China (PRC) "
                "President Xi Jinping at the Kremlin on Monday.")
    assert ("Jinping", "RU") in got


def test_the_one_sent_goes_not_the_sender():
    got = _went("U.S. President Joe Biden sent Secretary of State Antony Blinken to Beijing on Sunday.")
    assert ("Blinken", "CN") in got and ("Biden", "CN") not in got
    got = _went("Trump said he would send his envoy Steve Witkoff to Moscow next week.")
    assert ("Witkoff", "RU") in got and not any(t == "Trump" for t, _ in got)
    assert _went("Biden sent a letter to Xi in Beijing.") == set()  # nobody sent


def test_a_meeting_here_under_a_dateline_the_foreign_one_came():
    got = _went("BEIJING, May 6 (Xinhua) -- Chinese President Xi Jinping met with Kenyan President William Ruto here "
                "on Monday.")
    assert ("Ruto", "CN") in got and ("Jinping", "CN") not in got
    got = _went("NAIROBI, May 6 (Reuters) - Kenyan President William Ruto held talks here on Monday with Chinese "
                "Foreign Minister Wang Yi.")
    assert ("Yi", "KE") in got and ("Ruto", "KE") not in got
