"""A clause opened by "when" right after a time phrase holds at that time: "against 700 last
year, when the run raised £52,000" is last year's sum, not a restatement of this year's, wherever
the parser hangs the clause. A "when" after anything but a time phrase dates nothing."""

from __future__ import annotations

import pytest

SILENT = [
    "The fun run raised £61,000 this year.\n\n"
    "Organisers said 900 runners took part, against 700 last year, when the run raised £52,000.",
    "The county show raised $31,000 for the hospice in 2024, the secretary said.\n\n"
    "Gate staff counted 1,200 cars, up from 950 in 2022, when the show raised $24,500.",
    "The appeal raised $84,000 in June.\n\n"
    "Donors gave 410 gifts, compared with 380 in May, when the appeal raised $71,000.",
    "The quiz night raised €4,100 on Saturday.\n\n"
    "Some 60 teams entered, up from 45 on Friday, when the quiz night raised €3,200.",
]

FIRES = [
    (
        "The fun run raised £61,000 this year.\n\n"
        "Organisers said 900 runners took part, against 700 at the start, when the run raised "
        "£52,000.",
        "£52,000",
    ),
]


@pytest.mark.parametrize("text", SILENT)
def test_a_when_clause_after_a_time_phrase_takes_its_time(lint, text):
    report = lint(text, select=["NUM002"])
    assert [f.message for f in report.findings if f.severity == "error"] == []


@pytest.mark.parametrize(("text", "span"), FIRES)
def test_a_when_clause_after_anything_else_dates_nothing(lint, text, span):
    report = lint(text, select=["NUM002"])
    errors = [f for f in report.findings if f.rule == "NUM002" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == [span]
