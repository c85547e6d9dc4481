"""NUM004 on two shares of one whole named by words of opposite kind
(measurements/opposite_shares.py): "men" and "women", "imports" and "exports", "urban" and
"rural" households. Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    (
        "Women make up 58% of the council's workforce, the report found.\n\n"
        "Men account for 47% of staff, the union said.",
        "47%",
        "58%",
    ),
    ("Of the 2,400 pupils, 55% are boys and 48% are girls.", "48%", "55%"),
    (
        "Urban households make up 64% of the sample. Rural households account for 41%.",
        "41%",
        "64%",
    ),
    (
        "Domestic visitors make up 71% of the museum's visitors, the trust says. Foreign "
        "visitors account for 36%.",
        "36%",
        "71%",
    ),
    (
        "Of the 640 new homes, 55% will be private and 52% will be public, the developer said.",
        "52%",
        "55%",
    ),
]

SILENT = [
    # two wholes: pupils and staff, nurses and doctors, traffic by weight and by value
    "Of the 2,400 pupils, 55% are boys. Of the 1,900 staff, 60% are women.",
    "Some 55% of the 2,400 pupils are boys, and 48% of the staff are women.",
    "Women make up 58% of nurses at the hospital, while men account for 47% of its doctors.",
    "Exports made up 62% of the port's traffic in tonnes. Imports accounted for 45% of its "
    "traffic by value.",
    # the groups are the wholes, not the shares' labels
    "Some 58% of women and 47% of men said they backed the plan.",
    "Women make up 58% of the workforce and 47% of its managers.",
    # two times
    "In 2010, 58% of the workforce were women. Men now make up 47% of staff.",
    "Last year women made up 58% of the workforce. This year men account for 47% of staff.",
    "Women made up 58% of the workforce in 2019. Men account for 47% of staff in 2024.",
    # answers that may overlap
    "Asked which candidates they trusted, 58% named women and 47% named men. Respondents "
    "could choose more than one.",
    # they fit
    "Of the 2,400 pupils, 52% are boys and 48% are girls.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_opposite_shares_fire(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_opposite_shares_silent(lint, text):
    assert _found(lint, text)[1] == []
