"""NUM007: a record of games told as the games won, drawn and lost is complete ("played 38
league games, winning 20, drawing 10 and losing 7"); two results with draws unsaid are not
(round 5). Passages written for these tests before the code was changed (before: the record in
figures was silent)."""

from __future__ import annotations

import pytest

# (what the passage shows, text, the total flagged)
FIRES = [
    ('matches in words, won drawn lost, wrong',
     "Manager's record\n\nKerry have played 12 championship matches under the manager, winning seven, drawing two and losing four.",
     '12'),
    ('won, drew and lost, wrong',
     'Season review\n\nThe club played 38 league games, winning 20, drawing 10 and losing 7.',
     '38'),
]  # fmt: skip

SILENT = [
    ('matches in words, right',
     "Manager's record\n\nKerry have played 13 championship matches under the manager, winning seven, drawing two and losing four."),
    ('won, drew and lost, right',
     'Season review\n\nThe club played 38 league games, winning 21, drawing 10 and losing 7.'),
    ('two results, draws unsaid',
     'Season review\n\nThe club played 38 league games, winning 20 and losing 8.'),
    ('right, goals after',
     'Season review\n\nThe club played 38 games, winning 20, drawing 10 and losing 8, and scored 61 goals.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
