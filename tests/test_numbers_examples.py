"""The example articles were written with these errors in them: the NUM rules find exactly
those, and nothing else in the three files."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EXPECTED = {
    "recaptured-territory.txt": (
        "2022-09-13",
        [
            ("NUM002", "3,200 square miles"),
            ("NUM003", "three times the size of Wales"),
            ("NUM005", "the majority of them in the past 24 hours"),
        ],
    ),
    "council-budget.txt": (
        "2022-09-13",
        [
            ("NUM002", "£4.2m"),
            ("NUM004", "410"),
            ("NUM004", "45% said the roads were poor, 40% said they were acceptable and 25%"),
        ],
    ),
    "heatwave.txt": ("2022-07-19", [("NUM005", "most of them in the past 24 hours")]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_article_findings(lint, name):
    published, expected = EXPECTED[name]
    report = lint(str(EXAMPLES / name), published=published, select=["NUM"])
    found = sorted((f.rule, report.text[f.start : f.end]) for f in report.findings)
    assert found == sorted(expected)


def test_recaptured_territory_comparison_evidence(lint):
    report = lint(str(EXAMPLES / "recaptured-territory.txt"), published="2022-09-13")
    [finding] = [f for f in report.findings if f.rule == "NUM003"]
    assert finding.evidence["reference"] == "Wales"
    assert finding.evidence["multiplier"] == 3.0
    assert finding.evidence["stated_km2"] == pytest.approx(5957, rel=0.01)
    assert finding.evidence["ratio"] == 0.29


def test_recaptured_territory_rate_evidence(lint):
    report = lint(str(EXAMPLES / "recaptured-territory.txt"), published="2022-09-13")
    [finding] = [f for f in report.findings if f.rule == "NUM005"]
    assert finding.evidence["period_start"] == "2022-02-24"
    assert finding.evidence["ratio"] > 50
