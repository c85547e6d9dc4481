"""NUM005 when the share names or dates its total in words the older links did not read.

- a demonstrative and a noun the article has not said ("nearly half of those infections"
  after "9,800 dengue cases"), an amount of "the total", a span "over about 15 years" or a
  participle after a comma ("£86m, accumulated over roughly 12 years");
- a total counted "since then", pinned to the one year the sentence before gives, and a
  share put in a season of the calendar ("this winter", at most three months);
- a share that names its total in its own phrase ("More than 80% of the 5,000 signatures
  collected since 2019 came in the last 48 hours", "Of the 12,000 homes built since 2010,
  more than half went up in the past month").

Every passage was written for this file; each fire case names a phrase the finding covers,
each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

# (text, published, a phrase the finding covers)
RENAMED_FIRES = [
    # health: cases renamed as infections, a paragraph between
    (
        "The state has recorded 9,800 dengue cases since January, officials said.\n\n"
        "Hospitals in the capital have opened extra wards.\n\n"
        "Nearly half of those infections were reported in the past 48 hours, the health "
        "secretary said.",
        "2024-09-20",
        "Nearly half of those infections",
    ),
    # energy: an amount of electricity renamed as generation
    (
        "The solar park has exported 310 gigawatt-hours of electricity since it was connected "
        "in 2015.\n\nHalf of that production came this week, its operator claimed.",
        "2024-07-10",
        "Half of that production",
    ),
    # charity money renamed as funding
    (
        "The appeal has raised A$2.4 million since it was launched in 2018.\n\n"
        "Most of that funding arrived in the last fortnight, organisers said.",
        "2024-11-05",
        "Most of that funding",
    ),
    # council debt: a participle after a comma gives the span; an amount of the total
    (
        "Councils in the region owe the water board £86m, accumulated over roughly 12 years of "
        "disputed bills.\n\nMore than £60m of the total was added in the past three months, "
        "the board said.",
        "2024-03-01",
        "£60m of the total",
    ),
    # sport: a span with "almost" between the span word and the duration
    (
        "The academy has produced 410 professional players over almost 30 years, nearly half "
        "of them in the past year.",
        "2024-08-01",
        "nearly half of them",
    ),
]

RENAMED_SILENT = [
    # people are not things renamed: "those volunteers" are not the parcels
    (
        "The food bank has handed out 48,000 parcels since it opened in 2016.\n\n"
        "Most of those volunteers joined in the past month.",
        "2024-10-02",
    ),
    # the noun was said before, of something else
    (
        "The clinic has recorded 9,800 dengue cases since January. Some patients also had "
        "chest infections.\n\nNearly half of those infections were reported in the past 48 "
        "hours.",
        "2024-09-20",
    ),
    # two totals before: which one the new noun names is unknown
    (
        "The state has recorded 9,800 dengue cases since January and 1,200 malaria cases "
        "since March.\n\nNearly half of those infections were reported in the past 48 hours.",
        "2024-09-20",
    ),
    # "that" names an amount, never a count of people
    (
        "The ferry has carried 40 million passengers since 1961.\n\n"
        "Half of that traffic came this summer, the operator said.",
        "2024-09-01",
    ),
    # a small part of the total in the window: the news itself
    (
        "Councils in the region owe the water board £86m, accumulated over roughly 12 years of "
        "disputed bills.\n\nAbout £3m of the total was added in the past three months.",
        "2024-03-01",
    ),
    # a span said of something else after a comma: no period for the debt
    (
        "Councils in the region owe the water board £86m, and have about 15 years to repay "
        "it.\n\nMore than £60m of the total was added in the past three months.",
        "2024-03-01",
    ),
]

SINCE_THEN_FIRES = [
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
    # a month in its short form ("Sept"): "then" is the end of that month
    (
        "The walking club was founded in Sept 2016 by retired teachers. Since then members "
        "have waymarked 700 miles of footpath, more than half of it this spring.",
        "2024-06-20",
        "more than half of it",
    ),
]

SINCE_THEN_SILENT = [
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

NAMED_TOTAL_FIRES = [
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

NAMED_TOTAL_SILENT = [
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

FIRES = RENAMED_FIRES + SINCE_THEN_FIRES + NAMED_TOTAL_FIRES
SILENT = RENAMED_SILENT + SINCE_THEN_SILENT + NAMED_TOTAL_SILENT


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_when_the_share_names_its_total_anew(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_on_near_misses_of_a_total_named_anew(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
