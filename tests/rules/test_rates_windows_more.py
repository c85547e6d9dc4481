"""NUM005 for shapes of total, share and window read this round: "since" as an adverb of a
perfect ("The club has since raised £2m") counted from the one year of the sentence before;
"since the new year"; a
bare share whose verb is any past tense ("The majority crossed on Tuesday"); "a large majority",
"the greater part", "two in three", "four out of five";
a window named by its date ("on 3 March", only a recent day); loose short windows ("between
Friday and Sunday", "in the last couple of weeks", "in a single weekend", at their longest); a share of a noun of money
("nearly all of the donations") tied to the article's one total of money.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

FIRES = [
    # charity, "has since": from the year of the sentence before (a place name ending in
    # "in" before the year, which once hid it)
    (
        "A group of parents started a toy library in a church hall in Darwin in 2009.\n\n"
        "The library has since lent out 52,000 toys to families across the city.\n\n"
        "The bulk of that total went out in the past fortnight, a volunteer said.",
        "2024-05-20",
        "The bulk of that total",
    ),
    # migration, a bare share and a verb in the past tense
    (
        "Some 28,000 migrants have crossed the Channel in small boats so far this year, "
        "official figures show.\n\nThe majority crossed on Tuesday alone, when calm weather "
        "allowed dozens of boats to set off.",
        "2025-03-12",
        "The majority",
    ),
    # insurance, "a large majority" and a weekday
    (
        "Insurers have received 160,000 claims since the floods began in November 2023.\n\n"
        "A large majority of the claims were lodged on Thursday, the council said.",
        "2025-03-12",
        "A large majority of the claims",
    ),
    # hospital accounts, a window named by its date
    (
        "The hospital has collected £6.1m in parking charges over the past eight years, the "
        "trust's accounts show.\n\nThe bulk of it was collected on 3 March, the accounts show.",
        "2025-03-12",
        "The bulk of it",
    ),
    # police: "since the new year", the start of the publication's year
    (
        "Police have made 1,800 arrests in the city centre since the new year.\n\nAround "
        "three-quarters of the arrests were made this weekend, the force said.",
        "2025-03-12",
        "Around three-quarters of the arrests",
    ),
    # shares said as "N in M" beyond tenths, and "the greater part"
    (
        "The hen rescue has rehomed 38,000 birds since it began in 2009.\n\nRoughly two in "
        "three were rehomed in the past week, volunteers said.",
        "2024-03-12",
        "two in three",
    ),
    (
        "Volunteers have cleared 9,000 tonnes of litter from the beaches since 2016.\n\n"
        "Four out of five of those tonnes were collected this week, the group said.",
        "2024-03-12",
        "Four out of five",
    ),
    (
        "The trust has planted 2.4 million trees across the county since it was founded in "
        "2004.\n\nThe greater part of them went in last weekend.",
        "2024-03-12",
        "The greater part of them",
    ),
    # loose short windows, each at its longest
    (
        "The sanctuary has taken in 9,800 hedgehogs since it opened in 2005.\n\nMost of them "
        "arrived between Friday and Sunday, staff said.",
        "2024-03-12",
        "Most of them",
    ),
    (
        "The helpline has answered 64,000 calls since 2019. The bulk came in the last couple "
        "of weeks, its manager said.",
        "2024-03-12",
        "The bulk",
    ),
    (
        "Fans have bought 1.1 million shirts since the club launched its shop in 2008.\n\n"
        "More than half of those shirts were sold in a single weekend, the club said.",
        "2024-03-12",
        "More than half of those shirts",
    ),
    # a span up to now said by its length
    (
        "In the five years since it opened, the food bank in Hull has handed out 52,000 "
        "parcels, most of them in the past week.",
        "2024-03-12",
        "most of them",
    ),
    (
        "Over its 15-year history, the mountain rescue team has been called out 3,100 times."
        "\n\nThe majority of those call-outs came this week, its leader said.",
        "2024-03-12",
        "The majority of those call-outs",
    ),
    # an amount after "of which"
    (
        "The credit union has made 41,000 loans since 2012, of which 30,000 were made in the "
        "past fortnight.",
        "2024-03-12",
        "30,000",
    ),
    # lifeboat appeal: a noun of money, the article's only money total
    (
        "A crowdfunding page for the new lifeboat has raised £850,000 since it went live in "
        "September 2021.\n\nOrganisers said nearly all of the donations had arrived since "
        "Friday, after the appeal was shown on national television.",
        "2025-03-12",
        "nearly all of the donations",
    ),
]

SILENT = [
    # the same shapes with a plausible share or window
    (
        "A group of parents started a toy library in a church hall in Darwin in 2009.\n\n"
        "The library has since lent out 52,000 toys to families across the city.\n\n"
        "About 300 went out in the past fortnight, a volunteer said."
    ),
    (
        "Police have made 1,800 arrests in the city centre since the new year.\n\nAround "
        "60 of the arrests were made this weekend, the force said."
    ),
    (
        "The hen rescue has rehomed 38,000 birds since it began in 2009.\n\nOne in 300 "
        "were rehomed in the past week, volunteers said."
    ),
    # "two in three weeks": a count of weeks, no share
    (
        "The hen rescue has rehomed 38,000 birds since it began in 2009.\n\nTwo in three "
        "weeks this winter were wet, volunteers said."
    ),
    (
        "The sanctuary has taken in 9,800 hedgehogs since it opened in 2005.\n\nAbout 40 of "
        "them arrived between Friday and Sunday, staff said."
    ),
    # a total counted over a fortnight: a weekend may well hold most of it
    (
        "The pop-up shop has sold 4,000 shirts over the past two weeks.\n\nMore than half of "
        "those shirts were sold in a single weekend, the club said."
    ),
    (
        "In the five years since it opened, the food bank in Hull has handed out 52,000 "
        "parcels, about 400 of them in the past week."
    ),
    (
        "The credit union has made 41,000 loans since 2012, of which 300 were made in the "
        "past fortnight."
    ),
    # a first span is not up to now: the window is outside it
    (
        "In its first five years, the food bank in Hull handed out 52,000 parcels.\n\nMost "
        "went out in the past week."
    ),
    # "has since" with two years before it: "since" is pinned to neither
    (
        "The toy library opened in 2009 and moved to a new hall in 2016.\n\n"
        "It has since lent out 52,000 toys. The bulk of that total went out in the past "
        "fortnight, a volunteer said."
    ),
    # a day long past: a count may well be known for one day
    (
        "The hospital has collected £6.1m in parking charges since 2010, the trust's accounts "
        "show.\n\nThe bulk of it was collected on 3 March 2011, the accounts show."
    ),
    # two totals of money: which one are "the donations"?
    (
        "A crowdfunding page for the lifeboat has raised £850,000 since it went live in "
        "September 2021.\n\nA second page for the crew's training has raised £40,000 since "
        "2023.\n\nThe station was built in 1911.\n\nOrganisers said nearly all of the "
        "donations had arrived since Friday."
    ),
    # a past-tense verb with no window: no share put in a short window
    (
        "Some 28,000 migrants have crossed the Channel in small boats so far this year.\n\n"
        "The majority crossed from beaches near Calais, officials said."
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_more_window_shapes(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize("text", SILENT)
def test_num005_more_window_shapes_silent(lint, text):
    found = lint(text, published="2024-06-01", select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
