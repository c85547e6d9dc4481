"""NUM003 when the article's figures of the dimension are a whole and the parts that add up to
it ("a core of 1,100 sq km and a buffer of 900 sq km, 2,000 sq km in all"), and a comparison
paragraphs on whose subject is the thing already named: it describes the whole.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # a Kenyan conservancy: whole first, then its parts
    (
        "Community leaders have registered a new conservancy of 640 sq km in Samburu county.\n\n"
        "It is made up of 410 sq km of grassland and 230 sq km of seasonal wetland.\n\n"
        "Elephants cross it each dry season, rangers say.\n\n"
        "The conservancy, roughly ten times the size of Malta, will be run by a trust.",
        "ten times the size of Malta",
        "640 sq km",
    ),
    # a Scottish estate sale: parts first, then the whole they make
    (
        "Agents are marketing 8,100 acres of grouse moor and 4,300 acres of in-hand farmland "
        "in Perthshire, a holding of 12,400 acres in all.\n\n"
        "Offers over £20m are expected.\n\n"
        "The estate, twice the size of Jersey, includes three villages and a loch.",
        "twice the size of Jersey",
        "12,400 acres",
    ),
    # a US solar farm, the comparison opening on a participle
    (
        "County supervisors approved a solar project on 2,600 acres east of the town.\n\n"
        "Panels will take up 1,700 acres, with 900 acres left as buffer and pollinator "
        "habitat.\n\n"
        "Stretching over an area about the size of Manhattan, the project would power "
        "90,000 homes.",
        "the size of Manhattan",
        "2,600 acres",
    ),
]

SILENT = [
    # the comparison agrees with the whole (Malta is about 316 sq km)
    "Community leaders have registered a new conservancy of 640 sq km in Samburu county.\n\n"
    "It is made up of 410 sq km of grassland and 230 sq km of seasonal wetland.\n\n"
    "The conservancy, roughly twice the size of Malta, will be run by a trust.",
    # three figures that add up to nothing: no telling which is compared
    "Community leaders have registered a new conservancy of 640 sq km in Samburu county.\n\n"
    "It takes in 410 sq km of grassland.\n\nThe county has 150 sq km of forest.\n\n"
    "The conservancy, roughly ten times the size of Malta, will be run by a trust.",
    # an indefinite subject is another thing
    "Community leaders have registered a new conservancy of 640 sq km in Samburu county.\n\n"
    "It is made up of 410 sq km of grassland and 230 sq km of seasonal wetland.\n\n"
    "A neighbouring reserve, ten times the size of Malta, was created in 1990.",
    # a sum of other things: "in all" adds up more than the figures named
    "Agents are marketing 8,100 acres of grouse moor and 4,300 acres of in-hand farmland "
    "in Perthshire, a holding of 12,400 acres in all.\n\n"
    "In all, the county's estates for sale cover twice the size of Jersey.",
]

CASES = FIRES + [(text, None, None) for text in SILENT]


@pytest.mark.parametrize(("text", "one", "other"), CASES)
def test_a_comparison_of_the_thing_describes_the_whole(lint, text, one, other):
    if one is None:
        assert _found(lint, text, "NUM003")[1] == []
    else:
        _assert_pair(lint, "NUM003", text, one, other)
