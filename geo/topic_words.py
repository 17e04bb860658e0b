"""The words that tell a place as what talks are about, not where anyone is: one home for every reader.

A country the talks are about is no venue of a visit and no partner of a tie: "talks expected to cover
China's rise", "the crisis in Syria", "the Iran question", "Afghan stability". Both stages ask this, each in
the shape its own question needs, and both build their patterns from the lists here:

* :data:`ABOUT` - the prepositions of topic ("about", "over", "regarding", "concerning"), and
  :data:`DISCUSS` - the verb of talks;
* :data:`TOPIC_NOUNS` - the nouns a place names as a topic right before them ("the Iran *question*", "a
  Syria *crisis*"), the base of :data:`NAMED_TOPIC` (both stages: "the Gaza *ceasefire*", "the Libya
  *situation*"), of :data:`MODIFIED` (visits: :data:`NAMED_TOPIC` and a meeting's or a deal's names) and of
  :data:`DEMONYM_TOPIC` (ties);
* :data:`EVENT_TOPICS` - the events whose place is their topic ("the *war* in Ukraine", "*violence* in
  Gaza"), the base of :data:`EVENT_IN` (visits' :func:`~geo.visits.topic.is_topic` and, with the prepositions
  of topic, :data:`GAP_TOPICS` of visits' fallback) and :data:`MET_ON` (visits' meetings).

Readers: :func:`geo.visits.topic.is_topic` (a place of a visit's sentence told as a topic is no venue),
:mod:`geo.ties` (a country in the topic role is no party of a tie), :mod:`geo.visits.fallback` and
:mod:`geo.visits.families` (a topic in the words between a trip or meeting word and its place).

Each variant is named after what it is for and derived from its base with :func:`~geo.wordlists.but` or by
adding to it, so the differences show in one place. Where two readers held different words for one question
and both readings were right, they now share the union (:data:`NAMED_TOPIC`, :data:`EVENT_IN`); the other
differences are on purpose: a war's place is a topic to a visit ("arrived in Kyiv amid the war
in Ukraine" is told by Kyiv) but a party to a tie ("Russia's war in Ukraine" ties Russia to Ukraine), so the
ties keep "war", "invasion" and "attacks" out of their topic leads (:mod:`geo.ties` reads them as a party's).
"""

from __future__ import annotations

from geo.wordlists import but

__all__ = ["ABOUT", "DISCUSS", "TOPIC_NOUNS", "MODIFIED", "MODIFIER", "NAMED_TOPIC", "DEMONYM_TOPIC", "EVENT_TOPICS",
           "EVENT_IN", "GAP_TOPICS", "MET_ON", "TALKS_NOUNS"]

#: The prepositions of topic: "talks about Taiwan", "a dispute over Kashmir", "regarding Syria".
ABOUT = ("about", "over", "regarding", "concerning")

#: The verb of talks, in every form: "discussed Libya's elections".
DISCUSS = r"discuss(?:ed|es|ing)?"

#: The nouns of talks whose object a verb of topic introduces ("talks expected to *cover*", "the *agenda*
#: will cover"), as :func:`geo.visits.topic.is_topic` reads them.
TALKS_NOUNS = ("talks", "discussions", "agenda", "meeting", "dialogue")

#: The nouns a place names as a topic when it stands right before them: "the Iran question", "the Ukraine war",
#: "the Syrian crisis", "the Iran nuclear file". The base of the lists below.
TOPIC_NOUNS = ("crisis", "war", "conflict", "question", "issue", "file", "dossier")

#: What a country names as a topic when it stands right before it, read by both stages: "the Ukraine conflict",
#: "the Iran question", "the Libya situation", "the Gaza ceasefire", "the Syria peace process".
NAMED_TOPIC = (r"(?:civil\s+)?war",) + but(TOPIC_NOUNS, "war") + (
    "situation", "problem", "fighting", "violence", "insurgency", "elections?", "ceasefire", "truce",
    r"peace\s+(?:talks|process|deal|plan)")

#: What a place modifies as a topic or a meeting about it (:func:`geo.visits.topic.is_topic`, case-sensitive:
#: "Ministerial" is a meeting's name): :data:`NAMED_TOPIC` and "a Syria Ministerial", "the Iran deal", "the
#: Ukraine talks", which the ties do not read as topics (the country is a party of its deal).
MODIFIED = ("Ministerial", r"ministerial\s+(?:meeting|conference)") + NAMED_TOPIC + ("talks", "deal", "programme",
                                                                                     "program")

#: A word between the place and :data:`MODIFIED`: "the Iran *nuclear* file", "a Syria *donors'* conference".
MODIFIER = ("nuclear", "peace", "security", "humanitarian", "reconstruction", "recovery", "donors?['’]?")

#: What a demonym names when it is a topic, not an actor (:mod:`geo.ties`): "Afghan stability", "the Syrian
#: crisis"; not "war" or "conflict": "the Russian war on Ukraine" names an actor.
DEMONYM_TOPIC = but(TOPIC_NOUNS, "war", "conflict") + (
    "stability", "instability", "reconstruction", r"peace\s+process", "elections?", "situation", "problem",
    "refugees", "politics")

#: Events whose place is what is talked about: "the crisis in Syria", "violence in Gaza". The base of the
#: lists below.
EVENT_TOPICS = ("crisis", "war", "conflict", "situation", "fighting", "violence", "developments", "peace")

#: An event that is the topic, before the preposition that places it (:func:`geo.visits.topic.is_topic`): "the
#: crisis in Syria", "the ceasefire in Gaza", "elections in Kenya", "the dispute over Kashmir".
EVENT_IN = EVENT_TOPICS + (
    "crises", "ceasefire", "cease-fire", "truce", "tensions", "elections?", "unrest", "insurgency", "famine",
    "occupation", "invasion", "attacks?", "aggression", r"humanitarian\s+(?:crisis|situation)", "offensive",
    "strikes?", "coup", "issues?", "question", "dispute")

#: A topic in the words between a trip word and its place (:mod:`geo.visits.fallback`): :data:`EVENT_IN` ("the
#: conflict in Yemen") and the prepositions of topic ("talks about Syria"); not "over", which a trip word takes
#: ("flew over").
GAP_TOPICS = EVENT_IN + but(ABOUT, "over") + ("on",)

#: A topic in the words between "met" and "in" (:mod:`geo.visits.families`): "talks with Rahmon on the situation
#: in Afghanistan" is no meeting in Afghanistan ("on" is read apart there, not before a day).
MET_ON = ABOUT + but(EVENT_TOPICS, "fighting", "violence") + ("issue", "security", "cooperation")

