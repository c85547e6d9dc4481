"""NUM005 when a level is said to have grown from a small base since a year: "now has 840
electric buses, up from 12 in 2015", "has now raised £4.5m, up from £20,000 in 2010". The level was
built over the period, so a share of it put in a short window is weighed against the level's
own average since that year. A base of half the level or more is a stock that grew a little:
no period is read.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

FIRES = [
    # transport: the level before "up from", the share two paragraphs on
    (
        "The city now has 840 electric buses, up from 12 in 2015, the transport authority "
        "said.\n\nDrivers have been retrained at two depots.\n\nMost of those buses were "
        "delivered in the past fortnight, the authority said.",
        "2024-05-01",
        "Most of those buses",
    ),
    # health: a month and a year, the share in the next sentence
    (
        "Some 3,600 pharmacies now offer the jab, up from about 40 in March 2019. Nearly all "
        "of those pharmacies signed up in the past week, officials said.",
        "2024-10-15",
        "Nearly all of those pharmacies",
    ),
    # charity money: the share of "it" in the next sentence
    (
        "The appeal has now raised £4.5m, up from £20,000 in 2010. Most of it came in the "
        "past month, its trustees say.",
        "2024-02-01",
        "Most of it",
    ),
]

SILENT = [
    # a large base: a stock that grew a little
    (
        "The trust now employs 9,000 nurses, up from 8,200 in 2019.\n\nMost of those nurses "
        "joined in the past year, the trust said.",
        "2024-05-01",
    ),
    # a window the level's own average allows
    (
        "The city now has 840 electric buses, up from 12 in 2015.\n\nAbout half of those "
        "buses were delivered in the past three years.",
        "2024-05-01",
    ),
    # no year for the base: no period to weigh it by
    (
        "The city now has 840 electric buses, up from 12 a decade ago.\n\nMost of those "
        "buses were delivered in the past fortnight.",
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_level_grown_from_a_year(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_grown_from_near_misses_silent(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
