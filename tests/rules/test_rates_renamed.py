"""NUM005 when the share names its total anew: a demonstrative and a noun the article has not
said ("nearly half of those infections" after "9,800 dengue cases"), an amount of "the total",
and a total counted "over about 15 years" or described by a participle after a comma.

Every passage was written for this file; each fire case names a phrase the finding covers,
each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

# (text, published, a phrase the finding covers)
FIRES = [
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

SILENT = [
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


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_when_the_share_names_its_total_anew(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_when_the_new_name_may_be_another_thing(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
