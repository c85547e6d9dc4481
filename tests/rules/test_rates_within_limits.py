"""NUM005 and a bare "within N hours/days/weeks": a limit each case met ("seen within four
hours", "repaired within 28 days") or a span after an event ("within days of the storm") is not a
window counted back from publication, so a share of cases inside it implies no rate; "in the
past two days" and "in just two days" still are windows.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import _num005, one_finding_over

SILENT = [
    # hospital targets: a share of patients seen within a time limit
    (
        "The emergency department saw 7,420 patients in October.\n\n"
        "Of those, 5,610, or 76%, were treated and admitted or sent home within four hours, "
        "short of the 95% target.",
        "2024-11-14",
    ),
    # council repairs: a share of jobs done inside the promised time
    (
        "Tenants reported 12,300 repairs to the housing association last year. The majority "
        "were completed within 28 days, its annual report says.",
        "2025-02-03",
    ),
    # a span after an event, not before publication
    (
        "The appeal has raised £860,000 since the storm hit the valley in 2023. Most of the "
        "money came within days of the storm, when pictures of the flooded high street spread.",
        "2025-06-30",
    ),
    # cancer waiting times, weeks
    (
        "Some 18,900 people were referred urgently with suspected cancer this year. Nearly all "
        "of them were seen by a specialist within two weeks, the health board said.",
        "2024-12-09",
    ),
]

FIRES = [
    # the same shapes with a window that runs back from publication
    (
        "The appeal has raised £860,000 since the storm hit the valley in 2023. Most of the "
        "money came in the past two days, after pictures of the flooded high street spread.",
        "2025-06-30",
        "Most of the",
    ),
    (
        "Fans have bought 96,000 shirts since the club launched its kit in 2019. The bulk of "
        "them were sold in just three days this week.",
        "2024-08-22",
        "The bulk of",
    ),
]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_on_a_time_limit(lint, text, published):
    report = lint(text, published=published, select=["NUM005"])
    assert _num005(report) == [], [f.message for f in _num005(report)]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_on_a_window_back_from_publication(lint, text, published, phrase):
    one_finding_over(lint, text, published, phrase)
