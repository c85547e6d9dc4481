"""NUM005 when the share names its total with another noun, anywhere before it: a general word
("those animals" of "3,200 donkeys"), a noun of the total's verb by WordNet ("those inoculations"
of "has vaccinated 60,000 children", "those hires" of "employed"). Only one value among the
totals so named is taken: two that the noun may name keep it silent.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

FIRES = [
    # a general word, another total (money) in the article
    (
        "The sanctuary has taken in 3,200 donkeys since it opened in 1995, and has raised "
        "£2m since 2001.\n\nMost of those animals arrived in the past month, staff said.",
        "2024-06-01",
        "Most of those animals",
    ),
    # a noun whose WordNet sense is the verb's: "vaccinated" ... "those inoculations"
    (
        "The clinic has vaccinated 60,000 children since 2015.\n\nIt has trained 400 nurses "
        "since 2018.\n\nMost of those inoculations were given in the past fortnight, the "
        "health board said.",
        "2024-08-01",
        "Most of those inoculations",
    ),
    # "employed" ... "those hires", another total between
    (
        "Local firms have employed 8,000 young people through the scheme since 2012.\n\nIt "
        "has also trained 2,000 mentors since 2016.\n\nMost of those hires were made in the "
        "past month, the agency said.",
        "2024-04-01",
        "Most of those hires",
    ),
]

SILENT = [
    # the general word names two totals of different values
    (
        "The sanctuary has taken in 3,200 donkeys since 1995 and 900 ponies since 2010.\n\n"
        "Most of those animals arrived in the past month, staff said."
    ),
    # a share in a window the average allows
    (
        "Drones have delivered 90,000 parcels since the trial began in 2019.\n\nAbout a third "
        "of the deliveries were made in the past year."
    ),
    # the verb's noun names two totals of different values
    (
        "Residents have bought 12,000 council homes since 1990 and 3,000 garages since "
        "2005.\n\nNearly all of those purchases were made in the past three months, the "
        "council said."
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_share_names_its_total_anew(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize("text", SILENT)
def test_num005_named_total_near_misses_silent(lint, text):
    found = lint(text, published="2024-06-01", select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
