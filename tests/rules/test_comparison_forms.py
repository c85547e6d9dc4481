"""NUM003 for comparison forms read anew: "the area of Greater London" with no other comparison
word in the article, "almost as large as" (never above the multiple said), and a percentage of
a place ("equivalent to 40 per cent of Wales", "an area 40 per cent the size of Luxembourg").

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _found

# (text, the comparison's words, the article's figure)
FIRES = [
    # a solar farm likened to a region by its area, no "size" or "times" anywhere
    (
        "The solar farm will cover 400 hectares of grazing land, roughly the area of Greater "
        "London, its developer said.",
        "the area of Greater London",
        "400 hectares",
    ),
    # a national park "almost as large as" a county twice its size
    (
        "The new national park spans 7,000 sq km of moor and coast, almost as large as Cornwall.",
        "as large as Cornwall",
        "7,000 sq km",
    ),
    # "nearly three times": at most three times, never 3.4
    (
        "Rangers say the fire has blackened 800 sq km of bush, nearly three times the size of "
        "Singapore.",
        "three times the size of Singapore",
        "800 sq km",
    ),
    # a percentage of a place's area
    (
        "Floodwater has covered some 2,000 sq km of farmland, equivalent to 40 per cent of "
        "Wales, the agency said.",
        "40 per cent of Wales",
        "2,000 sq km",
    ),
    (
        "The marine reserve will protect 500 sq km of reef, an area 40 per cent the size of "
        "Luxembourg.",
        "40 per cent the size of Luxembourg",
        "500 sq km",
    ),
]

SILENT = [
    # a percentage of a place that agrees (Wales is about 20,760 sq km)
    "Crops on 8,000 sq km, equivalent to 40 per cent of Wales, have been lost to drought.",
    # "40 per cent larger than" is 1.4 times, not a percentage of the place
    "The park covers 3,600 sq km, 40 per cent larger than Luxembourg.",
    # a share of a place's budget, not of its area
    "The debt is equivalent to 40 per cent of Wales's budget, and the park covers 300 sq km.",
    # "almost the size of" a place a little larger: the slack holds
    "Wildfires have razed 1.2 million acres this year, an area nearly the size of Delaware.",
    # "nearly three times" that is nearly three times (Singapore is about 700 sq km)
    "Rangers say the fire has blackened 1,900 sq km of bush, nearly three times the size of "
    "Singapore.",
]


@pytest.mark.parametrize(("text", "comparison", "figure"), FIRES)
def test_num003_reads_these_comparison_forms(lint, text, comparison, figure):
    _, found = _found(lint, text, "NUM003")
    assert len(found) == 1, [f.message for f in found]
    assert comparison in found[0].message and figure in found[0].message, found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_num003_silent_on_near_misses_of_these_forms(lint, text):
    assert _found(lint, text, "NUM003")[1] == []
