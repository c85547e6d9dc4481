"""NUM005 when the total is a running level with no period of its own ("now has 5,600 members",
"has passed 2 million downloads") and the article gives its start elsewhere ("was founded in
2009", "opened its first branch in 2014"). The level takes its period from that one start, so a
share of it put in a short window is weighed against its average since then. No start, two
starts, or a start said of something else: the level has no period and nothing is judged.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

FIRES = [
    # a union: the start two paragraphs before the level, "those members"
    (
        "The Riverside Tenants' Union was founded in 2009 by a handful of residents.\n\n"
        "It now has 5,600 members across the borough, its secretary said.\n\n"
        "Most of those members joined in the past week, she added.",
        "2024-03-12",
        "Most of those members",
    ),
    # an app: the start after the level, "its first" of the things counted
    (
        "Downloads of the Birdcall app have now passed 2 million, its makers say.\n\n"
        "The studio released its first version of Birdcall in 2016 for a few hundred "
        "birdwatchers.\n\nMore than half of those downloads came over the past ten days.",
        "2023-09-01",
        "More than half of those downloads",
    ),
    # a food bank: a verb of beginning with its object, the share naming the level's noun
    (
        "Hillcrest Food Bank opened its doors in 2012 in a church hall.\n\n"
        "The food bank now stands at 48,000 parcels handed out, volunteers say.\n\n"
        "The bulk of those parcels went out over the past month.",
        "2024-01-20",
        "The bulk of those parcels",
    ),
    # a sports career: a tally of goals, the player's start with its object
    (
        "Okafor's strike on Saturday took her tally for the club to 212 goals.\n\n"
        "Okafor began her career in 2011 at youth level, aged 16.\n\n"
        "The majority of those goals came in the past two months, the club said.",
        "2024-04-30",
        "The majority of those goals",
    ),
]

SILENT = [
    # two starts: which one the level counts from is not said
    (
        "The Riverside Tenants' Union was founded in 2009 and relaunched in 2019.\n\n"
        "It now has 5,600 members across the borough.\n\n"
        "Most of those members joined in the past week.",
        "2024-03-12",
    ),
    # the start of something else: the council's depot, not the scheme's bins
    (
        "The council opened a new recycling depot in 2010.\n\n"
        "Its garden-waste scheme now has 40,000 households signed up.\n\n"
        "Most of those households joined in the past week.",
        "2024-06-01",
    ),
    # a window the level's average since its start allows
    (
        "The Riverside Tenants' Union was founded in 2009 by a handful of residents.\n\n"
        "It now has 5,600 members across the borough.\n\n"
        "About half of those members joined in the past five years.",
        "2024-03-12",
    ),
    # no start at all: a level with no period
    (
        "The Riverside Tenants' Union now has 5,600 members across the borough.\n\n"
        "Most of those members joined in the past week.",
        "2024-03-12",
    ),
    # the window is the level's whole period: nothing to compare
    (
        "The Birdcall app was launched in 2023.\n\n"
        "Downloads have now passed 2 million.\n\n"
        "Most of those downloads came this year.",
        "2023-09-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_running_level_from_its_start(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_running_level_near_misses_silent(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
