"""NUM004 on shares of one whole handed out in one sentence, the verb left out after the
first (measurements/allocation_shares.py). Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    (
        "Of the £40m budget, 45% will go to schools, 30% to social care and 35% to roads.",
        "35%",
        "45%",
    ),
    (
        "Some 48% of the visitors came from Asia, 31% from Europe and 29% from New Zealand.",
        "29%",
        "48%",
    ),
    (
        "The charity said 62% of its income was spent on the hospice, 27% on the helpline and "
        "14% on fundraising.",
        "14%",
        "62%",
    ),
    # each share of an area one kind of land
    (
        "Of the estate's 900 hectares, 62% is farmland, 25% is woodland and 18% is moorland.",
        "18%",
        "62%",
    ),
    (
        "Of the island's land, 58% is peatland, 31% is farmland and 14% is forest, the survey "
        "found.",
        "14%",
        "58%",
    ),
]

SILENT = [
    # kinds of people, not of land: one may be all three
    "Of the firm's staff, 61% are women, 28% are graduates and 17% are managers.",
    "Officials said 61% of the burned area is forest, 48% is protected and 17% is private.",
    # the land fits
    "Of the estate's 900 hectares, 62% is farmland, 25% is woodland and 13% is moorland.",
    # what each did or wants, which may overlap
    "Some 45% of the voters want more spending on schools, 30% on health and 35% on roads.",
    "Some 45% of the households surveyed have spent on food, 30% on fuel and 35% on rent.",
    # they fit
    "Of the £40m budget, 45% will go to schools, 30% to social care and 25% to roads.",
    # answers that may overlap
    "Of the visitors surveyed, 48% came for the beaches, 31% for the food and 29% for the "
    "nightlife; many gave more than one reason.",
    # another time in the sentence
    "Of the budget, 45% went to schools in 2019, 30% to social care and 35% to roads.",
    # "nearly 60%" is less than 60%
    "Nearly 60% of the charity's income came from donations, 25% from legacies and 20% from "
    "its shops.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_allocation_shares_fire(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_allocation_shares_silent(lint, text):
    assert _found(lint, text)[1] == []
