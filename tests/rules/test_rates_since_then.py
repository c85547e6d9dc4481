"""NUM005 for a total counted "since then", pinned to the one year the sentence before gives,
and a share put in a season of the calendar ("this winter", at most three months).

Every passage was written for this file; each fire case names a phrase the finding covers,
each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

# (text, published, a phrase the finding covers)
FIRES = [
    # animal rescue, a count of animals
    (
        "The sanctuary opened in 2009 on a disused quay. Since then it has rescued 14,000 "
        "seals, most of them this winter.",
        "2024-02-10",
        "most of them",
    ),
    # a US trail group: a length, "it"
    (
        "The trail group was formed in March 2015 by three hikers. Since then volunteers have "
        "cleared 900 miles of path, more than half of it this summer.",
        "2024-08-15",
        "more than half of it",
    ),
    # an Irish credit union: money, the share a paragraph on
    (
        "The credit union was set up in 1998 by parish volunteers. Since then it has lent "
        "€310m to members.\n\nThe bulk of that money went out this autumn, its manager said.",
        "2024-11-01",
        "The bulk of that money",
    ),
]

SILENT = [
    # two years before "since then": which one it means is unknown
    (
        "The sanctuary opened in 2009 and moved in 2016. Since then it has rescued 14,000 "
        "seals, most of them this winter.",
        "2024-02-10",
    ),
    # a plausible share: a fifth of a total counted since the end of 2022
    (
        "The sanctuary opened in 2022 on a disused quay. Since then it has rescued 1,400 "
        "seals, about a fifth of them this winter.",
        "2024-02-10",
    ),
    # the season qualifies the group, not when the part was counted
    (
        "The club was founded in 1990. Since then it has trained 6,000 lifeguards, and most "
        "of them this summer were teenagers.",
        "2024-08-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_for_a_total_since_then(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_when_then_or_the_season_is_not_pinned(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
