"""NUM006: the earlier level told in the sentence right after a change's own level, by a
subject that points back ("The stock had closed at 104p", "They had traded at 94 cents a week
earlier"), is the change's; a figure that names another measure right after it ("£4.1m in
profits" beside "Sales rose") is not (round 5). Passages written for these tests before the code
was changed (before: neither wrong change fired, and the profits passage fired)."""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ('the stock had closed at, next sentence, wrong',
     'Miners slide\n\nShares in Harbour Mining fell 6 per cent to 94p on Tuesday. The stock had closed at 104p on Monday.',
     '6 per cent'),
    ('they had traded at, a week earlier, wrong',
     "Bonds\n\nNorthgate's bonds slid 3 per cent to 88 cents on the dollar. They had traded at 94 cents a week earlier.",
     '3 per cent'),
]  # fmt: skip

SILENT = [
    ('the stock had closed at, right',
     'Miners slide\n\nShares in Harbour Mining fell 10 per cent to 94p on Tuesday. The stock had closed at 104p on Monday.'),
    ('another measure named after the figure',
     'Retail\n\nSales at the chain rose 12 per cent to £4.8m. The chain had made £4.1m in profits in 2023.'),
    ('a subject with a name is another owner',
     'Miners slide\n\nShares in Harbour Mining fell 6 per cent to 94p on Tuesday. The Bellwood stock had closed at 104p on Monday.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM006", text, None)[1] == [], shape
