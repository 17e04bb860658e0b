"""Visits from text: the travel cues, one small function per family.

The public entry points are :func:`geo.events.document_events` and
:func:`geo.events.extract_visits`; this module reads one document:

* sentences, clauses and negation come from :mod:`geo.text`, datelines from :mod:`geo.datelines`;
* people, titles and who "he" or "the president" is from :mod:`geo.people`;
* the visit's day from :func:`geo.visit_day.visit_date`, its status from
  :func:`geo.status.visit_status`.

A cue family finds *hits*: a traveller, the places visited and the words
that say so. The families are travel verbs and nouns ("arrived in", "will
travel to", "a visit to", "left for", "en route to", "landed Jakarta"),
"here" under a dateline, attendance ("will attend the ASEAN summit in
Jakarta", "At the NATO meeting in Vilnius, the chancellor said"), hosting
("X hosted Y", "Y was received by X"), meetings ("X met Y in Z"), a place
first ("In Ashgabat, Mr Putin will ...") and headlines ("Putin in
Tajikistan"). Every visit records its family, the date rule and how its
traveller was named in ``how``.

The families live by question, one module each (the README's layout table names every one and the
question it answers): :mod:`geo.visits.families` (travel verbs and nouns, hosting, meetings, and which
family a sentence needs), :mod:`geo.visits.itinerary` (the stops of a trip), :mod:`geo.visits.attendance`
(events and where they are held), :mod:`geo.visits.hosting` (every guest of a hosting),
:mod:`geo.visits.counterparts` ("his U.S. and Indian counterparts"), :mod:`geo.visits.met_abroad` and
:mod:`geo.visits.two_sides` (people met abroad), :mod:`geo.visits.coordinated`,
:mod:`geo.visits.companions` and :mod:`geo.visits.led_by` (several travellers of one visit),
:mod:`geo.visits.arrivals` (arrivals told without a place) and :mod:`geo.visits.fallback` (the
low-confidence readings last). What is read for the whole document once its visits are found -
days told elsewhere, going home, what a calling-off reaches - is :mod:`geo.visits.told_days`',
:mod:`geo.visits.homecoming`'s and :mod:`geo.visits.called_off`'s.
"""

from __future__ import annotations

from geo.visits.context import Hit
from geo.visits.document import visits_in_document
from geo.visits.families import find_hits, sentence_triggers

__all__ = ["visits_in_document", "Hit", "find_hits", "sentence_triggers"]
