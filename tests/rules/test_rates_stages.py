"""NUM005 by stage: each passage exercises one stage that read too little on articles nobody
here wrote (the period's start, the window, the arithmetic), in shapes and domains of its own.

Every passage was written for this file; each stage has passages that fire and near misses
that must stay silent."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

# (text, published, a phrase the finding covers)
FIRES = [
    # -- one total in the window's part and the average: its rounding cancels ---------------
    (
        "The city's bike-share scheme has logged 10 million rides since it launched in March "
        "2017, more than half of them in the past three months.",
        "2024-06-01",
        "more than half of them",
    ),
    # -- the period's start from a participle describing the subject -------------------------
    (
        "The Tamar ferry, commissioned in 1961, has carried 40 million passengers, the majority "
        "of them in the last 18 months.",
        "2024-05-01",
        "the majority of them",
    ),
    (
        "The regatta, first sailed in 1998 with 12 boats, has now raised more than £900,000 for "
        "the lifeboat service, most of it in the past year.",
        "2024-07-10",
        "most of it",
    ),
    # -- the start dated elsewhere in the article, month and year ----------------------------
    (
        "The library opened in a converted bank in March 1994.\n\n"
        "It has lent 2.4 million books since it opened, the bulk of them in the past year.",
        "2024-03-01",
        "the bulk of them",
    ),
    # -- windows: the past weekend, a weekend named for its holiday --------------------------
    (
        "Emergency crews have attended 5,200 call-outs since 1 October, nearly all of them over "
        "the past weekend.",
        "2024-12-16",
        "nearly all of them",
    ),
    (
        "The zoo has had about 800,000 visitors so far this year, and most of them came over "
        "the Easter weekend.",
        "2024-04-08",
        "most of them",
    ),
    # -- a span right after the total ("in 20 seasons", "over 25 years"), a season's window -
    (
        "Wicketkeeper Ana Ruiz has taken 410 catches in 20 seasons with the county.\n\n"
        "She will coach the under-17s next year.\n\n"
        "Most of those catches came this season, her captain said.",
        "2024-09-30",
        "Most of those catches",
    ),
    (
        "The Kowhai orchard has shipped 3 million trays of kiwifruit over 25 years, the bulk "
        "of them this season.",
        "2024-06-12",
        "the bulk of them",
    ),
    # -- "those <noun>" paragraphs after the total of that noun ------------------------------
    (
        "The helpline has answered 48,000 calls since it opened in 2016.\n\n"
        "Volunteers work in four-hour shifts from a church hall.\n\n"
        "Most of those calls came in the past month, the charity said.",
        "2024-10-02",
        "Most of those calls",
    ),
    # ... or the noun of the total's own verb ("have switched" ... "those switches")
    (
        "Some 75,000 households have switched energy supplier since the price cap rose in "
        "January 2023.\n\nMost of those switches happened in the past fortnight, the regulator "
        "said.",
        "2024-03-20",
        "Most of those switches",
    ),
]

SILENT = [
    # the same shapes with a window the total's own average allows
    (
        "The city's bike-share scheme has logged 10 million rides since it launched in March "
        "2017, more than half of them in the past two years.",
        "2024-06-01",
    ),
    (
        "The Tamar ferry, commissioned in 1961, has carried 40 million passengers, about a "
        "fifth of them in the past ten years.",
        "2024-05-01",
    ),
    # the figure of the description ("with 12 boats") is not the total
    (
        "The regatta, first sailed in 1998 with 12 boats, has now raised more than £900,000 for "
        "the lifeboat service, most of it in the past 15 years.",
        "2024-07-10",
    ),
    # a stock, not a count up to now
    (
        "The firm, founded in 1990, employs 2,000 people, most of them in the past year.",
        "2024-05-01",
    ),
    # two openings: "since it opened" is not dated
    (
        "The library opened in 1994 and a second branch opened in 2020.\n\n"
        "It has lent 2.4 million books since it opened, the bulk of them in the past year.",
        "2024-03-01",
    ),
    # a quarter over a holiday weekend of a total since January: under 8 x the average
    (
        "The zoo has had about 800,000 visitors so far this year, about a quarter of them over "
        "the Easter weekend.",
        "2024-04-08",
    ),
    # a small part in the window is a spike, the news itself
    (
        "Emergency crews have attended 5,200 call-outs since 1 October, about 300 of them over "
        "the past weekend.",
        "2024-12-16",
    ),
    # a fifth in one of 20 seasons is under 8 x the average
    (
        "Wicketkeeper Ana Ruiz has taken 410 catches in 20 seasons with the county.\n\n"
        "About a fifth of those catches came this season, her captain said.",
        "2024-09-30",
    ),
    # a span far from the total is not its period
    (
        "The orchard shipped 3 million trays, its owners said at a dinner marking a career of "
        "over 25 years, the bulk of them this season.",
        "2024-06-12",
    ),
    # "those" and another noun, or a participle: not the total
    (
        "The helpline has answered 48,000 calls since it opened in 2016.\n\n"
        "Most of those volunteers joined in the past month, the charity said.",
        "2024-10-02",
    ),
    (
        "Police have made 4,000 arrests since 2019. Most of those arrested in the past week "
        "were released.",
        "2024-10-02",
    ),
    # "the same weekend" says no when
    (
        "The festival has sold 40,000 tickets since January, most of them for the same weekend.",
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_by_stage(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_by_stage(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
