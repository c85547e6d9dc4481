"""NUM002 on counts written as words ("Eleven people", "fourteen people"): a count word is
read beside a count of its own noun, so a group told in words in the lede and in digits, or
in other words, later is compared like any other figure. A later count narrowed only by a
clause telling the first one's own event again ("the nine people taken to hospital") names
the group, it picks no part of it; a number word inside a compound ("a nine-storey block")
sizes a thing and counts nothing.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # UK fire: the lede in words, the event told again by its participle
    (
        "Eleven people were taken to hospital after a fire broke out in a block of flats in "
        "Leeds.\n\nFirefighters said the blaze started on a balcony. Of the nine people taken "
        "to hospital, two remain in a serious condition.",
        "Eleven",
        "nine",
    ),
    # Chinese mining rescue: words in the lede, digits later
    (
        "Twelve miners were rescued from a flooded shaft in Shanxi province on Tuesday, state "
        "media said.\n\nRescuers had pumped water from the pit for three days. The 21 miners "
        "rescued were being treated for exhaustion, officials said.",
        "Twelve",
        "21",
    ),
    # Irish disorder: arrests
    (
        "Police arrested fourteen people after clashes outside a hotel in west Dublin on "
        "Friday night.\n\nGardaí said bottles and fireworks were thrown at officers. The 16 "
        "people arrested are due before the District Court on Monday.",
        "fourteen",
        "16",
    ),
    # Scottish road crash: both in words
    (
        "Seven passengers were injured when a coach overturned on the A9 near Dalwhinnie, "
        "Police Scotland said.\n\nThe road was closed for six hours. The eight passengers "
        "injured were all from a tour group visiting from Germany.",
        "Seven",
        "eight",
    ),
    # one crash's injured, in words then in digits: 21 injured passengers cannot be among
    # twelve people hurt (this passage was a silent case while count words went unread)
    (
        "Twelve people were hurt when the bus left the road.\n\nThe 21 passengers injured in "
        "the crash were taken to hospital, police said. Nobody was killed.",
        "Twelve",
        "21",
    ),
    # a number word in a compound is no third value ("nine-storey")
    (
        "Nine people were taken to hospital after a gas explosion wrecked a nine-storey block "
        "in Salford.\n\nThe fire service said the blast happened just after 7am. The eleven "
        "people taken to hospital were said to be stable.",
        "Nine",
        "eleven",
    ),
]

SILENT = [
    # another event: evacuated, not taken to hospital
    "Eleven people were taken to hospital after the fire in Leeds.\n\nThe nine people "
    "evacuated from the top floor were housed in a hotel.",
    # another day
    "Seven people were arrested in Cardiff on Saturday.\n\nThe nine people arrested on "
    "Sunday will appear before magistrates.",
    # more of the same kind
    "Eleven people were taken to hospital after the crash, police said.\n\nAnother three "
    "people taken to hospital later in the day were discharged.",
    # a place of its own: a part
    "Five people were taken to hospital in Cork after the storm.\n\nIn Limerick, the three "
    "people taken to hospital were discharged by evening.",
    # a part named by its place
    "Six people died in the floods last week.\n\nThe four people who died in Galway were "
    "all over 70.",
    # number words in compounds count no makers
    "The firm supplies battery packs to two- and three-wheeler makers across Maharashtra."
    "\n\nIts chief executive said orders had doubled. The three scooter makers it supplies "
    "in Pune have asked for faster delivery.",
    # her parents' children and her own
    "Margaret Hale was born on a farm near Dayton, the youngest of six children.\n\nShe "
    "worked as a teacher for 40 years and has outlived two of her three children.",
    # a jury's men and the two men in the case
    "A jury of eight women and four men was sworn in on Monday.\n\nThe prosecution says "
    "the two men had argued over a debt for weeks.",
    # two crashes
    "Two people were killed when a light aircraft crashed near Shoreham on Sunday.\n\nThe "
    "three people killed in a separate crash in Kent on Saturday have not been named.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_count_word_restated(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_count_words_of_two_groups(lint, text):
    assert _found(lint, text, "NUM002")[1] == []
