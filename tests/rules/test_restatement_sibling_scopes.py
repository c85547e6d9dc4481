"""NUM002 and sibling groups: two counts of one noun told in the same noun of scope with a
modifier each side lacks ("the documentary category" / "the dramatic category", "the
northern ward" / "the southern ward") are two measures, not one restated; the same count told
in one scope is still checked.

Every passage was written for this file."""

from __future__ import annotations

import pytest

SILENT = [
    # festival: two competition categories
    "Nine films are competing in the festival's short documentary category this year, "
    "from Chile, Kenya and Norway.\n\n"
    "Organisers said the 14 films competing in the short animated category include works "
    "from Japan and Estonia.",
    # election: two wards of one council
    "Eleven candidates are standing in the northern ward, where turnout was low last time.\n\n"
    "The 17 candidates standing in the southern ward include three independents.",
    # athletics: two races
    "Twelve runners will start in the men's elite race on Sunday morning.\n\n"
    "The 19 runners in the women's elite race include last year's winner.",
    # schools: two age groups
    "Eight teams have entered the under-12 girls' division of the tournament.\n\n"
    "The 13 teams in the under-14 boys' division will play on the upper pitches.",
]

FIRES = [
    # one category told twice with a slipped count
    (
        "Nine films are competing in the festival's short documentary category this year, "
        "from Chile, Kenya and Norway.\n\n"
        "Organisers said the 19 films competing in the short documentary category were "
        "chosen from 600 entries.",
        "19",
    ),
    # one ward told twice, the second time with a modifier of its own that the first
    # clause also says: no sibling
    (
        "Eleven candidates are standing in the northern ward, where turnout was low last "
        "time.\n\nThe 17 candidates standing in the northern ward include three independents.",
        "17",
    ),
]


def _num002(report):
    return [f for f in report.findings if f.rule == "NUM002" and f.severity == "error"]


@pytest.mark.parametrize("text", SILENT)
def test_num002_silent_on_sibling_groups(lint, text):
    found = _num002(lint(text, select=["NUM002"]))
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize(("text", "figure"), FIRES)
def test_num002_fires_within_one_group(lint, text, figure):
    report = lint(text, select=["NUM002"])
    found = _num002(report)
    assert len(found) == 1, [f.message for f in found]
    assert figure in report.text[found[0].start : found[0].end + 3]
