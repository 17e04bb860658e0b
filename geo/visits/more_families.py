"""The cue families of smaller modules, with the words a sentence must hold for each: one place that
:mod:`geo.visits.families` takes them from, so that adding a family touches only this list.

* :func:`geo.visits.copresent.told_in` - two people told together in a city ("Xi told visiting Sanchez in
  Beijing");
* :func:`geo.visits.honoured.honoured_guest` - the guest of a meal or ceremony given for him;
* :func:`geo.visits.sent.sent_to` - the one sent somewhere ("Biden sent Blinken to Beijing");
* :func:`geo.visits.copresent.met_here` - a meeting under a dateline ("Xi met with Ruto here");
* :func:`geo.visits.later_stops.stop_labels` - an itinerary laid out as paragraphs opening "Country:";
* :func:`geo.visits.later_stops.dateline_leg` - a tour wrapped up, or a leg of it, at the dateline's city;
* :func:`geo.visits.welcomed.welcomed_at` - a guest welcomed somewhere, no host named ("was welcomed at Tehran
  airport");
* :func:`geo.visits.trip_stops.apposed_in` - a traveller placed by an apposition ("Wong, in Quito, said");
* :func:`geo.visits.trip_stops.met_then_left` - a leader met before going on ("met Chile's Pinera before heading
  to Bogota");
* :func:`geo.visits.colon_list.colon_stops` - stops spelt out after a colon that closes a trip noun ("a tour
  of Gulf capitals: Riyadh on Monday, Doha on Tuesday");
* :func:`geo.visits.where_met.where_met` - the one joined in the place a "where" clause hangs on ("flew
  to Tokyo, where she joined Albanese");
* :func:`geo.visits.parliament.addressed_parliament` - a country whose parliament the traveller addresses
  ("will address Ghana's parliament");
* :func:`geo.visits.counted.counted_tour` - the stops of a counted tour told as its sentence's countries ("a
  three-nation tour to boost ties with Kazakhstan, Uzbekistan and Tajikistan");
* :func:`geo.visits.region_trip.region_stops` - the countries met on a trip told as a region ("traveling to Asian
  countries to meet with the leaders of Japan and Malaysia");
* :func:`geo.visits.besides.besides_stops` - a stop set beside the others ("Besides Ghana, Modi will visit
  Kenya");
* :func:`geo.visits.crowd_members.crowd_members` - a crowd's trip given to the members named after it ("Dozens
  of leaders attended the funeral in Tokyo, including Ruto and Tinubu"), and
  :func:`geo.visits.crowd_members.crowd_named_next` to those named in the next sentence ("Among them were");
* :func:`geo.visits.gapped.gapped_stops` - a second destination sharing the first one's verb ("flew to Tokyo
  and then to Seoul"); it runs last, over what the others found.
"""

from __future__ import annotations

from geo.visits.besides import BESIDES_WORDS, besides_stops
from geo.visits.colon_list import COLON_WORDS, colon_stops
from geo.visits.copresent import COPRESENT_WORDS, MET_HERE_WORDS, met_here, told_in
from geo.visits.gapped import GAPPED_WORDS, gapped_stops
from geo.visits.honoured import HONOUR_WORDS, honoured_guest
from geo.visits.parliament import PARLIAMENT_WORDS, addressed_parliament
from geo.visits.counted import COUNTED_WORDS, counted_tour
from geo.visits.crowd_members import CROWD_MEMBER_WORDS, NEXT_WORDS, crowd_members, crowd_named_next
from geo.visits.later_stops import TRIGGERS as LABEL_TRIGGERS, dateline_leg, stop_labels
from geo.visits.region_trip import REGION_WORDS, region_stops
from geo.visits.sent import SENT_WORDS, sent_to
from geo.visits.trip_stops import APPOSED_WORDS, MET_THEN_LEFT_WORDS, apposed_in, met_then_left
from geo.visits.welcomed import WELCOME_WORDS, welcomed_at
from geo.visits.where_met import WHERE_MET_WORDS, where_met

__all__ = ["MORE_FAMILIES", "MORE_TRIGGERS", "MORE_NEED_PLACE"]

#: The families, in the order they run after those of :mod:`geo.visits.families`.
MORE_FAMILIES = (stop_labels, dateline_leg, told_in, honoured_guest, sent_to, met_here, welcomed_at, apposed_in,
                 met_then_left, colon_stops, where_met, addressed_parliament, counted_tour, region_stops, besides_stops, crowd_members,
                 crowd_named_next, gapped_stops)
#: For each family, the words (lower case, any part of a word) one of which a sentence must hold.
MORE_TRIGGERS = {"told_in": COPRESENT_WORDS, "honoured_guest": HONOUR_WORDS, "sent_to": SENT_WORDS,
                 "met_here": MET_HERE_WORDS, "welcomed_at": WELCOME_WORDS, "apposed_in": APPOSED_WORDS,
                 "met_then_left": MET_THEN_LEFT_WORDS, "gapped_stops": GAPPED_WORDS, "colon_stops": COLON_WORDS,
                 "where_met": WHERE_MET_WORDS, "besides_stops": BESIDES_WORDS,
                 "addressed_parliament": PARLIAMENT_WORDS, "counted_tour": COUNTED_WORDS, "region_stops": REGION_WORDS, "crowd_members": CROWD_MEMBER_WORDS,
                 "crowd_named_next": NEXT_WORDS,
                 **LABEL_TRIGGERS}
#: The families that find nothing without a place mention in the sentence.
MORE_NEED_PLACE = frozenset({"gapped_stops", "colon_stops", "told_in", "sent_to", "stop_labels", "dateline_leg", "welcomed_at", "apposed_in",
                             "where_met", "besides_stops", "addressed_parliament", "counted_tour", "region_stops", "crowd_members"})
