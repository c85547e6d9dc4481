"""NUM006: a change told after a comma that follows a level ("3.1% of income, down by half from
the pandemic's peak", "raised £6m in April, four times as much as in any earlier month") is the
movement that came to that level. When it names its own starting point in words, a pair whose
earlier figure is that level (a forecast after it, a gift told in the sentence before) is
another movement; a change naming no start still sums up the pair it closes. Passages written
for these tests."""

from __future__ import annotations

import pytest

from conftest import pointed

# (text, the change flagged, a figure it is checked against)
FIRES = [
    # the pair's two figures told before the change, in its sentence
    ("Borrowing came to 3.1% of national income last year, down from 4.0% the year before, a "
     "fall of 10%.", "10%", "4.0%"),
    # a change after the earlier figure that names no start of its own sums up the pair
    ("Library loans across the county reached 48,200 in 2024. Loans were 40,100 the previous "
     "year, a rise of 30%.", "30%", "40,100"),
    ("The airport handled 6.1 million passengers in 2024, up 35% from 5.2 million in 2023.",
     "35%", "5.2 million"),
]  # fmt: skip

SILENT = [
    # a forecast after the level read as the pair's later figure
    "Ministers expect borrowing to climb after 2027 and begin exceeding 4% of national income. "
    "That is the ceiling the fiscal council regards as safe. Borrowing last year came to 3.1% of "
    "national income, down by half from the peak of the pandemic. It is forecast to reach 3.4% "
    "this year.",
    # another owner's gift in the sentence before, the group's best month after the comma
    "The Lyle family gave £1.5m to the charity last spring. In all, the foundation, whose "
    "trustees met last week to plan the winter appeal, raised £6m in April, four times as much "
    "as it had raised in any earlier month.",
    # a multiple of an unprinted earlier year, said of the earlier figure of a pair
    "The foundation raised £6m in April. A year earlier it raised £1.5m, three times as much as "
    "the year before that.",
    # nine months against a year earlier; the pair is a peak year and last year's whole
    "The port handled 412,000 containers in the first nine months of the year, about 18,000 "
    "more than a year earlier, the harbour board said.\n\nDock workers were given a new pay deal "
    "in March.\n\nContainer traffic peaked in 2008 at 690,000 containers. Last year the port "
    "handled 530,000 containers, the fewest since 1999.",
]


@pytest.mark.parametrize(("text", "change", "figure"), FIRES)
def test_change_after_its_pair_fires(rule_findings, text, change, figure):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, [report.text[f.start : f.end] for f in found]
    assert report.text[found[0].start : found[0].end] == change
    assert figure in pointed(report, found[0])


@pytest.mark.parametrize("text", SILENT)
def test_change_that_came_to_a_level_is_silent(rule_findings, text):
    _, found = rule_findings("NUM006", text, None)
    assert found == [], [f.message for f in found]
