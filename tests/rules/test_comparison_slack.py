"""NUM003's slack is the one allowance for a loose likening: it is not stacked on the rounding
of a multiplier word ("twice", "three times", "half", or none: "about the size of") nor on the
stated figure's own "about". Stacked, "about the size of" a place passed for half of it, and
"about 1,900 sq km, more than twice the size of" a 1,484 sq km place passed too.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a likening a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # environment, one sentence: 1,300 sq km is half of Luxembourg (2,586 sq km), not its size
    (
        "The new marine park covers 1,300 sq km of reef and lagoon, about the size of "
        "Luxembourg, the fisheries ministry said.",
        "the size of Luxembourg",
        "1,300 sq km",
    ),
    # disaster, the figure's own "about": 2,900 sq km is under twice Greater London
    (
        "Floodwater now covers about 2,900 sq km of the delta, three times the size of Greater "
        "London, according to the relief agency.",
        "three times the size of Greater London",
        "2,900 sq km",
    ),
    # planning, across a paragraph: 450 sq km is 1.2 times the Isle of Wight, not twice it
    (
        "Ministers have approved a 45,000-hectare national park on the chalk downs.\n\n"
        "The park, twice the size of the Isle of Wight, will open to visitors next spring.",
        "twice the size of the Isle of Wight",
        "45,000-hectare",
    ),
    # a fraction: 600 sq km is most of Singapore, not half of it
    (
        "Engineers plan to drain 600 sq km of swamp for rice, an area half the size of Singapore.",
        "half the size of Singapore",
        "600 sq km",
    ),
    # a bound with "about" on the figure: 3,300 sq km is 1.3 times Luxembourg
    (
        "The wildfire has burned about 3,300 sq km of pine forest, more than twice the size of "
        "Luxembourg, since it broke out in July.",
        "twice the size of Luxembourg",
        "3,300 sq km",
    ),
]

SILENT = [
    # a likening that holds
    "The lake covers about 2,500 sq km, roughly the size of Luxembourg, and is shrinking.",
    # "almost three times" that is 2.7 times
    "Crews have contained a blaze that burned 4,200 sq km, almost three times the size of "
    "Greater London.",
    # loose but within the slack: 520 sq km is 1.4 times the Isle of Wight
    "Regulators have approved a 520 sq km offshore lease, twice the size of the Isle of Wight.",
    # a fraction that holds
    "The reservoir will flood 330 sq km of the valley, about half the size of Singapore.",
    # a numeral still read to its digits: 120 ha is 145-225 pitches
    "The solar farm will cover 120 hectares, the equivalent of about 170 football pitches.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_slack_not_stacked_on_word_or_about(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_likening_within_the_slack_is_silent(lint, text):
    assert _found(lint, text, "NUM003")[1] == []


# a definite subject narrowed by a restrictive clause of its own names another thing than the
# figure of the sentence before; a clause set off by commas, or one the figure's sentence
# also says, narrows nothing
NARROWED_SILENT = [
    "Storms have flattened 70 sq km of wheat.\n\nThe county's arable land covers about "
    "400 sq km.\n\nThe land sown with barley this spring is twice the size of Malta, the "
    "growers' union says.",
    "A drought has dried out 30 sq km of wetland.\n\nThe national park spans some 900 sq km."
    "\n\nThe area that rangers have closed to walkers is about the size of Greater London.",
    "Contractors have cleared 12 hectares of scrub.\n\nThe whole estate runs to about 400 "
    "hectares.\n\nThe ground that the council wants for housing is the size of 40 football "
    "pitches.",
]
NARROWED_FIRES = [
    # a clause set off by commas is said of the thing, it does not narrow it
    (
        "Mining has scarred 900 sq km of the plateau.\n\nThe scarred ground, which satellites "
        "first mapped in 2019, is three times the size of Greater London, the report says.",
        "three times the size of Greater London",
        "900 sq km",
    ),
    # the clause's words are the figure's own: the same ground
    (
        "Farmers have planted 600 sq km with maize this year.\n\nThe area planted with maize "
        "is five times the size of Malta, the farm office says.",
        "five times the size of Malta",
        "600 sq km",
    ),
]


@pytest.mark.parametrize("text", NARROWED_SILENT)
def test_definite_subject_narrowed_apart_is_silent(lint, text):
    assert _found(lint, text, "NUM003")[1] == []


@pytest.mark.parametrize(("text", "one", "other"), NARROWED_FIRES)
def test_definite_subject_said_of_the_figure_fires(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)
