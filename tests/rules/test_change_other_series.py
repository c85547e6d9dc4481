"""NUM006 links to figures of another series, in passages written for these tests: a change told
with its own level beside a pair of another measure in its sentence; a level a change of its own
came to, read as the earlier figure of a level in the sentence before; and an amount with its
share ("a drop of 900 or 8.5%") read as two percentages. Each class fires where the change is
really wrong and is silent where the link was ours."""

from __future__ import annotations

import pytest

from conftest import pointed

# (class, text, the change flagged, a figure it is checked against)
FIRES = [
    ("own-level",
     "Takings at the festival rose 18% to £2.3m this summer; last summer the organisers took "
     "£2.1m.", "18%", "£2.1m"),
    ("own-level",
     "Membership rose 9% to 1,500 this year. The club had 1,300 members in 2023.", "9%",
     "1,300"),
    ("moved-to-level",
     "Weekly pay in the district reached £712 in March, 6.1% higher than a year earlier. A year "
     "earlier the average was £700.", "6.1%", "£700"),
    ("moved-to-level",
     "Council tax arrears came to £3.1m in March. Arrears were £2.6m a year earlier, a rise of "
     "30%.", "30%", "£2.6m"),
    ("amount-or-share",
     "Burglaries in the county came to 14,900 last year, down from 15,800, a drop of 900 or "
     "8.5%.", "8.5%", "15,800"),
    ("amount-or-share",
     "Enrolments at the college reached 6,240, up from 5,900 the year before, an increase of "
     "340 or 9.1%.", "9.1%", "5,900"),
]  # fmt: skip

# (class, text)
SILENT = [
    # a pair in the change's sentence that does not end at the level the change came to
    ("own-level",
     "Harbour Freight made an operating profit of €41m in the year, compared with €37m a year "
     "earlier, on sales up 6% to €880m."),
    ("own-level",
     "The hospital trust treated 48,200 emergency patients in the winter, against 45,900 the "
     "winter before, with spending that climbed 12% to £96m."),
    ("own-level",
     "The theatre sold 61,400 tickets this season, up from 54,800 last season, and box office "
     "takings rose 18% to £2.3m."),
    # a level with its own change is its series' level now, not the earlier figure of another
    ("moved-to-level",
     "Season tickets at the club now cost £640, 5 per cent more than last year.\n\nJunior "
     "members paid an average of £410, up 3 per cent."),
    ("moved-to-level",
     "Median weekly pay in the district reached £712, 6.1% higher than a year ago. Part-time "
     "staff earned an average of £498, up 4.2%, the survey found."),
    ("moved-to-level",
     "The typical home in the borough sold for $612,000 in March, 3.8% above a year earlier. "
     "Condos fetched an average of $405,000, up 2.1%."),
    # an amount and its share after "or" are two figures, not two percentages
    ("amount-or-share",
     "The library lent 212,400 books in 2024, up from 198,000, a rise of 14,400 or 7.3%."),
    ("amount-or-share",
     "The food bank handed out 41,300 parcels this winter against 38,100 last winter, a jump of "
     "3,200 or 8.4%."),
    ("amount-or-share",
     "Burglaries in the county came to 14,900 last year, down from 15,800, a drop of 900 or "
     "5.7%."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "change", "figure"), FIRES)
def test_num006_fires_on_its_own_series(rule_findings, shape, text, change, figure):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, (shape, [report.text[f.start : f.end] for f in found])
    assert report.text[found[0].start : found[0].end] == change
    assert figure in pointed(report, found[0])


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_num006_silent_on_another_series(rule_findings, shape, text):
    _, found = rule_findings("NUM006", text, None)
    assert found == [], (shape, [f.message for f in found])
