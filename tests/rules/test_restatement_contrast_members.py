"""NUM002 and two things of one kind told apart by one word: the old and the new ground, the
first and the second year of a scheme, one school and a trust's several schools. A
restatement names its thing once; a clause that picks another member of such a pair (by a
word of age or standing, an ordinal period, or a group of several of the thing) counts
another measure. The same member told twice with a slipped value is still checked.

Every passage was written for this file."""

from __future__ import annotations

import pytest

SILENT = [
    # sport: an old and a new stadium
    "The club's old stadium held 41,000 fans at its peak in the 1970s.\n\n"
    "The new ground, due to open in 2028, will hold 14,000 more, the chairman said.",
    "The old stadium held 36,000 spectators before it was pulled down.\n\n"
    "The new ground will hold 63,000 spectators when it opens next summer.",
    # health: the existing and the proposed hospital
    "The existing hospital has 412 beds and serves about 300,000 people.\n\n"
    "The proposed hospital would have 421 beds, according to the trust's plans.",
    # transport: the original and the replacement bridge
    "The original bridge carried 18,000 vehicles a day when it was built.\n\n"
    "Engineers expect the replacement bridge to carry 81,000 vehicles a day.",
    # business: ordinal years of a scheme
    "The lending scheme approved 2,340 loans in its first year, the bank said.\n\n"
    "In its second year the scheme approved 3,240 loans, as demand picked up.",
    "The charity's food bank handed out 5,600 parcels in its first month.\n\n"
    "It handed out 6,500 parcels in its third month, volunteers said.",
    # education: one school against a trust's several schools
    "The school has 1,230 pupils and a waiting list for places.\n\n"
    "Across the trust's six schools, 1,320 pupils sat exams this summer.",
    "The clinic treated 870 patients last winter, its manager said.\n\n"
    "The four clinics in the network treated 780 patients over the same period.",
]

FIRES = [
    # one new ground told twice with a slipped capacity
    (
        "The new ground will hold 63,000 spectators when it opens next summer.\n\n"
        "Fans queued for tours of the 36,000-seat new ground on Saturday.",
        "36,000",
    ),
    # one first year told twice
    (
        "The lending scheme approved 2,340 loans in its first year, the bank said.\n\n"
        "In its first year the scheme approved 3,240 loans, the report found.",
        "3,240",
    ),
    # one school told twice
    (
        "The school has 1,230 pupils and a waiting list for places.\n\n"
        "The head said the school's 1,320 pupils would return on Monday.",
        "1,320",
    ),
]


def _num002(report):
    return [f for f in report.findings if f.rule == "NUM002" and f.severity == "error"]


@pytest.mark.parametrize("text", SILENT)
def test_num002_silent_on_two_members_of_a_kind(lint, text):
    found = _num002(lint(text, select=["NUM002"]))
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize(("text", "figure"), FIRES)
def test_num002_fires_on_one_member_told_twice(lint, text, figure):
    report = lint(text, select=["NUM002"])
    found = _num002(report)
    assert len(found) == 1, [f.message for f in found]
    assert figure in report.text[found[0].start : found[0].end + 3]
