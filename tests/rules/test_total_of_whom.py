"""NUM007: ", of whom" and ", of which" after a total open its breakdown like "Of those,":
complete when the parts are the two halves of it ("of whom 250 were women and 160 were men") or
three or more that come to nine tenths of it; a part said to be something ("were men") is
read as that, not as the total's noun (round 5). Passages written for these tests before the
code was changed (before: neither wrong total fired)."""

from __future__ import annotations

import pytest

# (what the passage shows, text, the total flagged)
FIRES = [
    ('of whom, two halves, wrong',
     'Graduates\n\nThe college had 420 graduates this year, of whom 250 were women and 160 were men.',
     '420'),
    ('of which, three parts nearly all, wrong',
     'Complaints\n\nThe regulator received 2,300 complaints, of which 1,200 were about billing, 700 about service and 500 about contracts.',
     '2,300'),
]  # fmt: skip

SILENT = [
    ('of whom, two halves, right',
     'Graduates\n\nThe college had 410 graduates this year, of whom 250 were women and 160 were men.'),
    ('of whom, some of them',
     'Graduates\n\nThe college had 420 graduates this year, of whom 250 were women and 40 were over 30.'),
    ('of which, two parts not halves',
     'Complaints\n\nThe regulator received 2,300 complaints, of which 1,200 were about billing and 700 about service.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
