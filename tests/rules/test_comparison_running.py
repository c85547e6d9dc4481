"""NUM003 when the comparison counts up a running or wider total ("In all, ...", "so far this
year", "since June") and the article's figure of the same event is one short window's (a
weekday, a week, a month): the two are different measures, whichever path linked them. The same
figures with a comparison said of the window itself are checked.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # a moor fire: the burnt area of the day itself
    (
        "A fire on the moor burned 300 hectares on Sunday.\n\nFirefighters remain at the "
        "scene.\n\nThe burnt area is roughly the size of Malta, the fire service said.",
        "the size of Malta",
        "300 hectares",
    ),
    # "by Thursday": a running total up to a day, not that day's
    (
        "The blaze has scorched an area twice the size of Malta since it began.\n\nCrews "
        "from three counties are at the scene.\n\nBy Thursday it had burned 90 sq km of "
        "heath, the fire service said.",
        "twice the size of Malta",
        "90 sq km",
    ),
    # a record's "since" is no running total
    (
        "A fire on the moor burned 300 hectares on Sunday.\n\nThe burnt area is roughly "
        "the size of Malta, the largest on the moor since 2018.",
        "the size of Malta",
        "300 hectares",
    ),
    # floods: this week's submerged land, likened without a wider period
    (
        "Floods have submerged 2,000 sq km of farmland in the north this week.\n\nOfficials "
        "said the submerged area was about twice the size of Luxembourg.",
        "twice the size of Luxembourg",
        "2,000 sq km",
    ),
]

SILENT = [
    # war: last month's gains against everything retaken since the war began
    (
        "Ukrainian forces recaptured about 500 sq km in the south last month, the general "
        "staff said.\n\nFighting continues near the river.\n\nIn all, Ukraine has retaken an "
        "area about the size of Cyprus since the start of the war, officials say."
    ),
    # fires: one Sunday's fire against the year's
    (
        "A fire on Saddleworth Moor burned 300 hectares on Sunday.\n\nFirefighters remain at "
        "the scene.\n\nFires in the county have burned an area roughly the size of Malta so "
        "far this year, the fire service said."
    ),
    # floods: this week's against the country's since June
    (
        "Floods have submerged 2,000 sq km of farmland in the north this week.\n\nOfficials "
        "said the area flooded across the country since June was about twice the size of "
        "Luxembourg."
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_num003_window_figure_likened(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_num003_running_total_not_the_window(lint, text):
    _, found = _found(lint, text, "NUM003")
    assert [f.message for f in found] == []
