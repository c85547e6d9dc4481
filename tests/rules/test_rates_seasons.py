"""NUM005 for windows and shares read this round: one season of an activity ("in the past
pupping season", at most a year), a season of the calendar said with "over the" ("over the
summer", not "over the summer of 1976"), "since last summer" (from the start of the last such
season to have ended a while before publication), "in a matter of days" (at its longest); a
share "of all the visitors it has had" names its noun past "all" and a relative clause; and a
milestone said as an ordinal ("its 5 millionth visitor") counts 5 million.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import _num005, one_finding_over

FIRES = [
    # wildlife: one season of an activity, a noun named again
    (
        "A seal sanctuary on the north Cornish coast has rescued 3,000 pups since it opened "
        "in 1992.\n\nMore than half of the pups were taken in during the past pupping season, "
        "staff said, after storms battered the colonies.",
        "2024-03-12",
        "More than half of the pups",
    ),
    # museum: "since last summer", and a share of "all the visitors it has had"
    (
        "The railway museum has welcomed 2.4 million visitors since it opened in 1985.\n\n"
        "More than half of all the visitors it has had have come since last summer, when a "
        "new gallery opened, the director said.",
        "2024-03-12",
        "More than half of all the visitors",
    ),
    # lifeguards: "over the summer", a season of the calendar
    (
        "Volunteer lifeguards on the Gold Coast have carried out 12,000 rescues since the club "
        "was founded in 1971.\n\nThe bulk of them were made over the summer, the club's "
        "president said.",
        "2024-10-01",
        "The bulk of them",
    ),
    # a charity appeal: "in a matter of days"
    (
        "An appeal for the children's hospice has raised £4.2m since it was launched in "
        "2015.\n\nMost of that came in a matter of days after a footballer shared the page.",
        "2024-03-12",
        "Most of that",
    ),
    # a zoo's milestone said as an ordinal: 5 million visitors
    (
        "On Saturday the aquarium in Chester welcomed its 5 millionth visitor since it opened "
        "in 1998.\n\nMore than half of all the visitors it has ever had came in the "
        "past year, the aquarium said.",
        "2024-06-03",
        "More than half of all the visitors",
    ),
]

SILENT = [
    # a young sanctuary: half its pups in one season is plausible
    (
        "A seal sanctuary on the north Cornish coast has rescued 900 pups since it opened in "
        "2021.\n\nMore than half of the pups were taken in during the past pupping season, "
        "staff said.",
        "2024-03-12",
    ),
    # "over the summer of 1976": a summer long past, no window counted back from today
    (
        "Volunteer lifeguards on the Gold Coast have carried out 12,000 rescues since the club "
        "was founded in 1971.\n\nThe bulk of them were made over the summer of 1976, the "
        "club's president said.",
        "2024-10-01",
    ),
    # a museum reopened lately: half its visitors since last summer is its ordinary pace
    (
        "The railway museum has welcomed 240,000 visitors since it reopened in 2022.\n\n"
        "More than half of all the visitors it has had have come since last summer, the "
        "director said.",
        "2024-03-12",
    ),
    # an appeal a month old: most of it in a fortnight is no surprise
    (
        "An appeal for the children's hospice has raised £42,000 since it was launched last "
        "month.\n\nMost of that came in a matter of days after a footballer shared the page.",
        "2024-03-12",
    ),
    # the milestone of a young attraction
    (
        "On Saturday the aquarium in Chester welcomed its 500 thousandth visitor since it "
        "opened in 2023.\n\nMore than half of all the visitors it has ever had came in the "
        "past year, the aquarium said.",
        "2024-06-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_season_windows_fire(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_season_windows_silent(lint, text, published):
    report = lint(text, published=published, select=["NUM005"])
    assert [f.message for f in _num005(report)] == []


def test_milestone_ordinal_counts_its_scale(lint):
    report = lint("The airport welcomed its 40 millionth passenger on Monday.", select=["NUM005"])
    assert [q.value for q in report.quantities] == [40_000_000.0]
