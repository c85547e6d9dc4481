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
    "The old stadium held 36,000 spectators before it was pulled down.\n\n"
    "The new ground will hold 63,000 spectators when it opens next summer.",
    # business: the former and the new headquarters
    "The former headquarters housed 1,620 staff.\n\n"
    "The new headquarters houses 1,260 staff on six floors.",
    # business: ordinal years of a scheme
    "The lending scheme approved 2,340 loans in its first year, the bank said.\n\n"
    "In its second year the scheme approved 3,240 loans, as demand picked up.",
    "The charity's food bank handed out 5,600 parcels in its first month.\n\n"
    "It handed out 6,500 parcels in its third month, volunteers said.",
    # education: one school against a trust's several schools
    "The school has 1,230 pupils and a waiting list for places.\n\n"
    "Across the trust's six schools, 1,320 pupils sat exams this summer.",
    # elections: one ward against a borough's three wards
    "The ward has 1,450 voters on its register.\n\n"
    "In the borough's three wards, 1,540 voters are registered.",
    # sport: a league's first and second seasons
    "The league drew 13,500 fans a game in its first season.\n\n"
    "In its second season it drew 15,300 fans a game.",
    # courts: the men charged are some of the men arrested, a stage of the case of its own
    "Police arrested five men after a raid on a warehouse in Leeds on Tuesday.\n\n"
    "Officers named the three men charged as John Smith, 34, Adam Jones, 29, and Paul "
    "Brown, 41.",
    "Six men were arrested after the brawl outside the club.\n\n"
    "Police named the four men charged with affray as Dan Cole, Lee Ward, Jim Sharp and "
    "Ray Bell.",
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
    # one former headquarters told twice
    (
        "The former headquarters housed 1,620 staff.\n\n"
        "The former headquarters housed 1,260 staff at its peak, the firm said.",
        "1,260",
    ),
    # the same stage of a case told twice
    (
        "Police charged 15 men after the brawl outside the club.\n\n"
        "The 51 men charged will appear before magistrates in May.",
        "51",
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
