"""A document's finding whose verb the small model tags as a noun ("..., police data show.",
"Figures from the regulator show ...") still names the document as the source; "show" as a
noun (a TV show, a trade show) gives no source."""

from __future__ import annotations

import pytest

from newslint import check
from newslint.article import from_text

FINDINGS = [
    ("Burglaries in the district fell 14% last year, police data show.", "Burglaries"),
    (
        "Waiting times rose by a fifth over the winter, hospital figures show, despite a new ward.",
        "Waiting times",
    ),
    (
        "The club made a loss of £1.2m in 2024, its annual accounts show.",
        "loss of",
    ),
    (
        "Figures from the water regulator show leaks cost the firm £40m a year.",
        "leaks cost",
    ),
    (
        "Ambulance service data show that 1,240 calls were waiting at midnight.",
        "1,240 calls",
    ),
]


@pytest.mark.parametrize(("passage", "fragment"), FINDINGS)
def test_a_document_finding_tagged_as_a_noun_has_a_document_speaker(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "document"


SHOWS = [
    "The breakfast show drew 2.1 million viewers on its first morning.",
    "Tickets for the farm show cost £18, and 40,000 people are expected.",
    "Exhibitors at the boat show took orders worth £3m, up from £2m.",
]


def _src002(text: str) -> list:
    report = check(from_text("Weekly round-up\n\n" + text + "\n"), published="2025-03-04")
    return [f for f in report.findings if f.rule == "SRC002"]


@pytest.mark.parametrize("passage", [p for p, _ in FINDINGS])
def test_src002_is_silent_on_a_figure_a_document_gives(passage):
    assert _src002(passage) == []


@pytest.mark.parametrize("passage", SHOWS)
def test_show_as_a_noun_gives_no_source(passage):
    assert _src002(passage), "the figure has no source and must still be flagged"
