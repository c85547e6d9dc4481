"""NUM007: parts in brackets right after their total are its breakdown, like parts after a
comma or a dash ("20 medals (seven gold, six silver, eight bronze)"); "including" inside the
brackets still makes the list partial (round 5). Passages written for these tests before the
code was changed (before: neither wrong total fired)."""

from __future__ import annotations

import pytest

# (what the passage shows, text, the total flagged)
FIRES = [
    ('medals in brackets, wrong',
     'Games\n\nNew Zealand finished with 20 medals (seven gold, six silver, eight bronze), its best haul.',
     '20'),
    ('people in brackets, wrong',
     'Rescue\n\nCoastguards lifted 14 people (six adults and nine children) from the stranded boat.',
     '14'),
]  # fmt: skip

SILENT = [
    ('medals in brackets, right',
     'Games\n\nNew Zealand finished with 21 medals (seven gold, six silver, eight bronze), its best haul.'),
    ('people in brackets, right',
     'Rescue\n\nCoastguards lifted 15 people (six adults and nine children) from the stranded boat.'),
    ('including in brackets',
     'Homes\n\nThe developer will build 340 homes (including 120 flats and 80 bungalows) on the site.'),
    ('a conversion in brackets',
     'Deal\n\nThe deal is worth £20m (€23m) over five years, with £4m paid up front.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
