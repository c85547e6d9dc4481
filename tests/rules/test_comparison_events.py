"""NUM003 when the comparison names the figure's event with another word, paragraphs away:
"scorched 12,000 hectares" ... "The burnt area is roughly the size of ...", "recaptured" ...
"the ground retaken", "inundated" ... "the submerged land". The event's words are matched by
lemma, a verb made a noun, or a WordNet synonym or kind (``extract/event_senses.py``); the
article has other figures of the dimension, so only the event can tie the two.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

from newslint.extract.event_senses import same_event

FIRES = [
    # wildfire: a participle made an adjective, another area figure between
    (
        "A wildfire has scorched 12,000 hectares of forest north of the town since Tuesday, "
        "the fire service said.\n\nThe national park, which covers 90,000 hectares, has closed "
        "its visitor centre.\n\nMore than 300 firefighters are at the scene.\n\nThe burnt area "
        "is now roughly the size of Luxembourg, officials said.",
        "the size of Luxembourg",
        "12,000 hectares",
    ),
    # war: a synonym of the verb, in a clause the reporting verb governs
    (
        "The army said on Monday it had recaptured 2,300 square miles of territory in the "
        "east.\n\nThe region as a whole covers about 12,000 square miles.\n\nCommanders said "
        "the ground retaken was three times the size of Wales.",
        "three times the size of Wales",
        "2,300 square miles",
    ),
    # floods: the headline's figure, a WordNet synonym in the last paragraph
    (
        "Rivers inundate 90 square kilometres of rice paddies\n\nThe district's irrigated "
        "land totals about 400 square kilometres, the farm office says.\n\nTwo villages have "
        "been cut off.\n\nThe submerged paddies cover an area twice the size of Malta, "
        "according to the office.",
        "twice the size of Malta",
        "90 square kilometres",
    ),
    # development: a noun made from the verb ("cleared" ... "the clearance")
    (
        "Loggers have cleared 5 square kilometres of rainforest inside the reserve this year, "
        "satellite images show.\n\nThe reserve itself spans 2,000 square kilometres.\n\nThe "
        "clearance is the equivalent of 7,000 football pitches, campaigners say.",
        "7,000 football pitches",
        "5 square kilometres",
    ),
]

SILENT = [
    # the comparison agrees with the figure of its event (120 km2 is about 16,800 pitches)
    (
        "A wildfire has scorched 12,000 hectares of forest since Tuesday.\n\nThe national "
        "park covers 90,000 hectares.\n\nThe burnt area is the equivalent of about 17,000 "
        "football pitches, officials said."
    ),
    # two fires: the event has two figures, so which one is likened is unknown
    (
        "The Ridge fire has burned 40,000 hectares. A second fire, in the south, has burned "
        "3,000 hectares.\n\nThe park covers 90,000 hectares.\n\nThe burnt area is about the "
        "size of Luxembourg, officials said."
    ),
    # another time: last year's fire is not this year's
    (
        "Last year a fire scorched 500 hectares of the moor.\n\nThe moor covers 9,000 "
        "hectares.\n\nThis year the burnt area is already about the size of Malta, rangers "
        "said."
    ),
    # another owner: the neighbour's recaptured ground is not the army's
    (
        "Ukraine's army said it had recaptured 2,300 square miles in the east.\n\nThe region "
        "covers about 12,000 square miles.\n\nRussia said the ground it had retaken in the "
        "south was three times the size of Wales."
    ),
    # another event: ground planted is not ground flooded
    (
        "Floodwater has inundated 90 square kilometres of paddies.\n\nThe district's irrigated "
        "land totals about 400 square kilometres.\n\nThe area planted with maize this year is "
        "twice the size of Malta, the farm office says."
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_num003_links_the_same_event(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_num003_event_near_misses_silent(lint, text):
    _, found = _found(lint, text, "NUM003")
    assert [f.message for f in found] == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("inundated", "submerged", True),
        ("burnt", "scorched", True),
        ("recaptured", "retook", True),
        ("connections", "connected", True),
        ("planted", "flooded", False),
        ("won", "lost", False),
        ("had", "had", False),  # a light verb names no event
    ],
)
def test_same_event_words(a, b, same):
    assert same_event(a, b) is same
