"""NUM007: parts printed to the total's own unit, scale and digits are added as printed.

A reader adds "£7m" and "£4m" and gets 11 against a stated £12m, though the figures' ranges
(6.5-7.5 and 3.5-4.5 against 11.5-12.5) meet: a warning, since each figure's rounding could
explain the gap. Passages written for these tests before the
change; each fire was silent before it. A hedged figure, a range, parts printed to another
scale or to more decimals than the total keep to the ranges.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    (
        "money in m, two parts",
        "The £12m cost is split between £7m for the roof and £4m for the hall.",
        "£12m",
    ),
    (
        "passengers in m after a colon",
        "The airline carried 9m passengers last year: 5m on domestic routes and 3m on international ones.",
        "9m",
    ),
    (
        "votes in 'million'",
        "The 14 million votes cast were split between 8 million for the incumbent and 5 million for the challenger.",
        "14 million",
    ),
    (
        "dollars in bn, three parts",
        "The $9bn aid programme is made up of $4bn for food, $2bn for shelter and $2bn for medicine.",
        "$9bn",
    ),
    (
        "pounds in 'billion', a breakdown",
        "The department's £40 billion budget breaks down into £25 billion for hospitals and £14 billion for care.",
        "£40 billion",
    ),
    (
        "tonnes in thousands of tonnes",
        "The port handled 20m tonnes of cargo: 12m tonnes of containers and 7m tonnes of bulk goods.",
        "20m tonnes",
    ),
]

SILENT = [
    (
        "parts add up as printed",
        "The £12m cost is split between £7m for the roof and £5m for the hall.",
    ),
    (
        "parts printed to a decimal the total is not",
        "The £12m cost is split between £7.6m for the roof and £4.4m for the hall.",
    ),
    (
        "a hedged part",
        "The £12m cost is split between about £7m for the roof and £4m for the hall.",
    ),
    (
        "a part said as more than",
        "The 9m passengers were split between 5m on domestic routes and more than 3m on international ones.",
    ),
    (
        "parts in another scale",
        "The £1.2bn scheme is made up of £700m from the Treasury and £400m from councils.",
    ),
    (
        "a hedged total",
        "The roughly $9bn aid programme is made up of $4bn for food, $2bn for shelter and $2bn for medicine.",
    ),
    (
        "counts printed in full add up",
        "The 12,000 jobs are made up of 7,000 in Leeds and 5,000 in Bradford.",
    ),
]


@pytest.mark.parametrize("shape,text,flagged", FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert [report.text[f.start : f.end] for f in found] == [flagged], shape
    assert found[0].evidence["tolerance"].startswith("none"), shape
    assert found[0].severity == "warning", shape  # rounding could explain it


@pytest.mark.parametrize("shape,text", SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
