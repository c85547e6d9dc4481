"""NUM005 when the total and its stated average share one sentence: "connected 6.2 million
customers since 2013, an average of about 560,000 a year". The sentence names its average
("an average of", "averaging", "averages"), so the other figure is the total it is the average
of, not a second average.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_rates_across import one_finding_over

FIRES = [
    # animal welfare: "an average of about", the share in the next paragraph
    (
        "The charity says it has rehomed 52,000 dogs since 2005, an average of about 2,700 a "
        "year.\n\nMost of those dogs were rehomed in the past month, its director said.",
        "2024-05-01",
        "Most of those dogs",
    ),
    # libraries: "averaging", the share in the next sentence
    (
        "The national library has digitised 3.2 million pages since 2012, averaging roughly "
        "260,000 a year. Nearly all of those pages were scanned in the past two weeks, staff "
        "said.",
        "2024-09-10",
        "Nearly all of those pages",
    ),
    # transport: "which averages", money-free count of vehicles, a quote between
    (
        "Metro Transit has fitted 9,600 buses with card readers since 2016, which averages "
        'some 1,200 a year.\n\n"It has been a long job," a spokesman said.\n\nThe majority '
        "of those buses were fitted in the past six weeks, the operator said.",
        "2024-03-01",
        "The majority of those buses",
    ),
]

SILENT = [
    # the share's window is long enough for the average
    (
        "The charity says it has rehomed 52,000 dogs since 2005, an average of about 2,700 a "
        "year.\n\nMost of those dogs were rehomed in the past ten years, its director said.",
        "2024-05-01",
    ),
    # a small part in the window: the spike is the news
    (
        "The national library has digitised 3.2 million pages since 2012, averaging roughly "
        "260,000 a year. About 20,000 of those pages were scanned in the past two weeks, "
        "staff said.",
        "2024-09-10",
    ),
    # the window's share agrees with the stated average (a third in four years of eight)
    (
        "Metro Transit has fitted 9,600 buses with card readers since 2016, which averages "
        "some 1,200 a year.\n\nAbout a third of those buses were fitted in the past four "
        "years, the operator said.",
        "2024-03-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_total_beside_its_named_average(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_named_average_near_misses_silent(lint, text, published):
    found = lint(text, published=published, select=["NUM005"]).findings
    assert [f.message for f in found if f.rule == "NUM005"] == []
