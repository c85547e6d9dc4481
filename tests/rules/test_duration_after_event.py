"""DAT003: "N days after <event>" counts from an event its own words tell, to the time of its
clause. With no date for that event it measures no printed spell (a poll's field dates, a
closure), unless the event is the spell's own start or end ("12 days after the strike began").
Passages written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-07-01"

# (text, the duration flagged)
FIRES = [
    ("Workers walked out on 3 June and returned on 22 June, 12 days after the strike began.",
     "12 days"),
    ("The pool closed on 4 January. It reopened on 1 March, 40 days after it had closed.",
     "40 days"),
    ("The pool closed on 4 January and reopened on 1 March, after 40 days.", "40 days"),
]  # fmt: skip

SILENT = [
    # the gap from an apology to the poll's movement, not the length of the poll's fieldwork
    "Voters were polled from 10 June to 16 June, the institute said.\n\nThe party's climb in the "
    "poll came three days after its leader apologised for the remarks.",
]


@pytest.mark.parametrize(("text", "duration"), FIRES)
def test_duration_of_the_spell_fires(rule_findings, text, duration):
    report, found = rule_findings("DAT003", text, PUBLISHED)
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == duration


@pytest.mark.parametrize("text", SILENT)
def test_gap_after_an_undated_event_is_silent(rule_findings, text):
    _, found = rule_findings("DAT003", text, PUBLISHED)
    assert found == [], [f.message for f in found]
