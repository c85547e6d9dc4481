"""NUM004 on figures set out as a table, one "Label: figures" row to a line
(measurements/breakdown.py, measurements/share_questions.py).

Written for this file. A row's last figure (a year-earlier amount, "from £396 million") is no
whole of the next row's figures: the line break ends the row, so only a colon or comma on the
figure's own line opens a list of its parts. A row that gives a group's answers ("Primary: 64%
yes, 31% no") answers for that group, not for the whole the article's other shares are of.
Single-figure rows of one whole, and a list on the whole's own line, still add up."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _found

FIRES = [
    (
        "Ward result\n\nThe by-election drew 4,100 voters. Vote shares:\nGreen: 46%\nLabour: "
        "38%\nReform: 24%\n\nTurnout was 31%.",
        "24%",
    ),
    (
        "The trust employs 1,200 people, 700 in Leeds and 620 in Hull, its annual report says.",
        "620",
    ),
]

SILENT = [
    # a year-earlier amount closing a row, the next row's label and figures after it
    "Harbour Foods grows sales\n\nGroup sales rose 5 per cent to £880 million in the year to "
    "March. By region:\n\nNorth: £420 million, up 6 per cent from £396 million\nSouth: £310 "
    "million, down 2 per cent from £316 million\nWest: £150 million, up 9 per cent from £138 "
    "million\n\nThe chairman said the south would recover.",
    "Council sets out roads spending\n\nThe county's highways budget for next year is £18.2m, "
    "against £17.5m this year. By district:\nAshby: £7.1m, from £6.8m\nBarwell: £6.3m, from "
    "£6.1m\nCoalville: £4.8m, from £4.6m\n\nCouncillors approved the plan on Tuesday.",
    # a row of one group's answers beside the shares of the whole sample
    "Parents split on school hours\n\nJust 6% of parents had no view on a later start, the "
    "survey found.\n\nIn the March survey, 45% were opposed.\n\nBy age of child:\nPrimary: "
    "64% yes, 31% no\nSecondary: 55% yes, 40% no",
]


@pytest.mark.parametrize(("text", "near"), FIRES)
def test_rows_of_one_whole_add_up(lint, text, near):
    report, found = _found(lint, text)
    assert len(found) == 1, [f.message for f in found]
    at = report.text.find(near)
    assert any(
        s <= at < e
        for s, e in [(found[0].start, found[0].end)] + [(r.start, r.end) for r in found[0].related]
    ), found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_rows_of_a_table_are_no_list(lint, text):
    _, found = _found(lint, text)
    assert not found, [f.message for f in found]
