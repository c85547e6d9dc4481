"""NUM006: "the 400 richest Britons" is the size of a list cut by rank, not a level of anything
that a change could move from or to. Passages written for these tests."""

from __future__ import annotations

from conftest import pointed

LIST_CUT = (
    "The magazine began ranking wealth in 1987, when it printed its first list of the 400 "
    "richest Britons.\n\nA rival guide says it follows an additional 500 family trusts.\n\nIn "
    "March, the guide said the 100 billionaires in London made it the capital of wealth."
)
MEMBERS = (
    "The club had 400 members in 2019.\n\nMembership has since risen by 500, the club says.\n\n"
    "It now has 1,000 members."
)


def test_a_list_cut_by_rank_is_no_level(rule_findings):
    _, found = rule_findings("NUM006", LIST_CUT, "2016-06-26")
    assert found == [], [f.message for f in found]


def test_levels_told_at_two_times_still_fire(rule_findings):
    report, found = rule_findings("NUM006", MEMBERS, "2016-06-26")
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == "500"
    assert "400" in pointed(report, found[0])
