"""NUM005 for a share that names its total in its own phrase: "More than 80% of the 5,000
signatures collected since 2019 came in the last 48 hours", "Of the 12,000 homes built since
2010, more than half went up in the past month".

Every passage was written for this file; each fire case names a phrase the finding covers,
each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

# (text, published, a phrase the finding covers)
FIRES = [
    # a UK petition: the share before its total and the total's period
    (
        "More than 80% of the 5,000 signatures collected since 2019 came in the last 48 hours, "
        "campaigners said.",
        "2024-06-15",
        "More than 80%",
    ),
    # a museum: a relative clause between the total and its period
    (
        "Half of the 1.2 million visitors the museum has welcomed since 2015 came in the past "
        "week, according to its director.",
        "2024-06-15",
        "Half",
    ),
    # housing: the sentence opens on the total, the share after the comma
    (
        "Of the 12,000 homes built in the city since 2010, more than half went up in the past "
        "month, council figures suggest.",
        "2024-06-15",
        "more than half",
    ),
    # a trust's money
    (
        "Nearly all of the £3.2m the trust has raised since 2001 arrived in the last fortnight, "
        "its chair said.",
        "2024-06-15",
        "Nearly all",
    ),
]

SILENT = [
    # a plausible share
    (
        "About a fifth of the 5,000 signatures collected since 2019 came in the last year.",
        "2024-06-15",
    ),
    # the window belongs to another statement
    (
        "More than 80% of the 5,000 signatures collected since 2019 came from Wales, and the "
        "petition closed in the last 48 hours.",
        "2024-06-15",
    ),
    # "most families" is a share of another thing, not of the homes
    (
        "Of the 12,000 homes built in the city since 2010, most families moved in during the "
        "past month.",
        "2024-06-15",
    ),
    # the window says which visitors, not when they came
    (
        "Half of the 1.2 million visitors since 2015 in the past week were children.",
        "2024-06-15",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_when_the_share_names_its_total(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_on_near_misses_of_a_named_total(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
