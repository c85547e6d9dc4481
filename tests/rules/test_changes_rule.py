"""NUM006 change-mismatch through the real pipeline: stated changes against their own before
and after figures, in passages written for these tests."""

from __future__ import annotations

import pytest

from conftest import pointed

# (text, published, the change flagged, a figure it is checked against, severity)
FIRES = [
    ("Ticket sales at the Grand Theatre rose from 82,000 to 94,000 this season, a 20% increase, "
     "the trust said.", None, "20%", "from 82,000 to 94,000", "error"),
    ("Membership of the rowing club has doubled since 2019, from 140 to 210 members.", None,
     "doubled", "from 140 to 210", "error"),
    ("Emergency call-outs fell by a third last winter, from 1,500 to 1,200.", None,
     "fell by a third", "from 1,500 to 1,200", "error"),
    ("The ferry carried 2.4 million passengers last year, up 15% from 2.3 million the year "
     "before.", None, "15%", "2.3 million", "error"),
    ("Average house prices in the town stood at £212,000 in March.\n\nA year earlier they were "
     "£198,000, meaning prices had risen by 12% over the year.", None, "12%", "£198,000",
     "error"),
    ("Overnight stays in the national park rose 4.5 percentage points to 61%, from 52% a year "
     "earlier.", None, "4.5 percentage points", "52%", "error"),
    ("The harbour authority said cargo volumes had halved, with 3.1 million tonnes handled this "
     "year against 4.2 million tonnes last year.", None, "halved", "4.2 million tonnes",
     "error"),
    ("Complaints about noise rose by a quarter in the twelve months to April, from 640 to 960.",
     None, "rose by a quarter", "from 640 to 960", "error"),
    ("Waiting lists shrank from 7,400 to 6,800, a fall of 900 patients.", None, "900",
     "from 7,400 to 6,800", "error"),
    # per cent for percentage points: a warning saying which was meant
    ("The county's jobless rate climbed from 5% to 6% in the year to June, a rise of 1%.", None,
     "1%", "from 5% to 6%", "warning"),
    ("School meal take-up increased from 40% to 50%, a 10% rise, the council said.", None,
     "10%", "from 40% to 50%", "warning"),
    # the lede's change, the figures two paragraphs on
    ("Library loans in the county fell by 18% last year, the council said.\n\nThe service "
     "opened two new branches in the spring.\n\nLibrary loans came to 412,000 in 2024, "
     "compared with 455,000 in 2023.", None, "18%", "455,000", "error"),
    # the endpoints as printed are exact: 40 to 50 is 25%, and "20%" allows at most 21%
    ("Ticket sales rose from 40 to 50, a 20% increase.", None, "20%", "from 40 to 50",
     "error"),
    # "by N to M" is a change and a new level, not a range of changes
    ("Recorded burglaries fell by 310 to 1,240, down from 1,650 a year earlier.", None, "310",
     "1,650", "error"),
    # "up N on" the earlier figure, in its sentence or pointing back at the one before
    ("The brewery made a profit of £3.2m, up £1.1m on the previous year's £2.4m.", None,
     "£1.1m", "£2.4m", "error"),
    ("Exports reached $8.2 billion in 2023. That was up 15 per cent on the $7.6 billion "
     "recorded in 2022.", None, "15 per cent", "$7.6 billion", "error"),
    # the two percentages' difference to the digit, told after them: points called per cent
    ("Jo Hart had 36.8 per cent of first preferences. Her predecessor won 41.3 per cent at the "
     "last election.\n\nThe Premier said a drop of 4.5 per cent in the primary vote was "
     "expected.", None, "4.5 per cent", "41.3 per cent", "warning"),
]  # fmt: skip

SILENT = [
    ("Ticket sales at the Grand Theatre rose from 82,000 to 94,000 this season, a 15% increase, "
     "the trust said.", None),
    ("Membership of the rowing club has doubled since 2019, from 140 to 280 members.", None),
    ("Emergency call-outs fell by a third last winter, from 1,500 to 1,000.", None),
    ("The ferry carried 2.4 million passengers last year, up 4% from 2.3 million the year "
     "before.", None),
    ("The county's jobless rate climbed from 5% to 6% in the year to June, a rise of one "
     "percentage point.", None),
    ("The county's jobless rate climbed from 5% to 6% in the year to June, a relative rise of "
     "20%.", None),
    ("Average house prices in the town stood at £212,000 in March.\n\nA year earlier they were "
     "£198,000, meaning prices had risen by 7% over the year.", None),
    ("Overnight stays in the national park rose 9 percentage points to 61%, from 52% a year "
     "earlier.", None),
    ("Visitor numbers rose by about 10% to roughly 5.4 million, from 4.9 million.", None),
    # two measures: a change of fares says nothing about passenger numbers
    ("Bus fares rose 10% in January. The number of passengers, meanwhile, grew from 1.2 "
     "million to 1.5 million.", None),
    ("Sales rose 5% in the spring. Separately, profits fell from £3.1m to £2.2m.", None),
    ("Turnout was 64% this time, compared with 61% at the last election, a rise of three "
     "points.", None),
    # a growth rate compared with the last one, and a rate per year, are not changes of them
    ("Industrial output grew 4.1% in the year to May, down from 6% in March.", None),
    ("The sector is expected to expand by about 30% a year until 2030, from 52 to 81 firms.", None),
    ("Ticket sales rose from 40 to 50, a 25% increase.", None),
    ("Recorded burglaries fell by 410 to 1,240, down from 1,650 a year earlier.", None),
    ("The brewery made a profit of £3.2m, up £0.8m on the previous year's £2.4m.", None),
    ("Exports reached $8.2 billion in 2023. That was up 8 per cent on the $7.6 billion "
     "recorded in 2022.", None),
    ("Jo Hart had 36.8 per cent of first preferences. Her predecessor won 41.3 per cent at the "
     "last election.\n\nThe Premier said a drop of 4.5 percentage points in the primary vote "
     "was expected.", None),
    # "N times more likely" compares two groups: not a level a change is between
    ("Young drivers were 2.4 times more likely to be fined, against 2.1 times as likely a year "
     "earlier.\n\nThe number of young drivers fined had gone up by 250% since the cameras "
     "went in.", None),
    # a range of changes: "by 2 to 3 per cent"
    ("Fares will rise by 2 to 3 per cent in January, from an average of £4.10.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "change", "figure", "severity"), FIRES)
def test_num006_fires(rule_findings, text, published, change, figure, severity):
    report, found = rule_findings("NUM006", text, published)
    assert len(found) == 1, text
    f = found[0]
    assert report.text[f.start : f.end] == change
    assert figure in pointed(report, f)
    assert f.severity == severity
    assert f.evidence["working"] and f.evidence["implied_range"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num006_silent(rule_findings, text, published):
    assert rule_findings("NUM006", text, published)[1] == []


def test_the_five_rules_show_their_worked_sums_in_the_html_report(lint):
    """Each finding's arithmetic reaches the HTML report as a worked sum."""
    from newslint.report.render_html import payload

    text = (
        "Visitor numbers rose from 41,200 to 51,500 last year, a 20% increase.\n\n"
        "Three people were arrested: Adam Price, Beth Jones, Carl Ward and Dina Shah.\n\n"
        "The inquiry will open on Monday 5 March 2024 at the town hall.\n\n"
        "Residents have until 31 April to comment.\n\n"
        "Jane Whitlow, 34, runs the bakery. The 43-year-old said trade was good."
    )
    report = lint(text, published="2024-02-20")
    working = {f["rule"]: f["working"] for f in payload(report)["findings"]}
    assert working["NUM006"] == ["(51,500 − 41,200) ÷ 41,200 = 25%"]
    assert working["NUM007"] == ["4 names listed; stated: 3"]
    assert working["DAT001"] == ["5 March 2024 is a Tuesday; printed: Monday"]
    assert working["DAT003"] == ["April has 30 days; printed day: 31"]
    assert working["DAT002"][-1] == "printed: 43 ('43-year-old')"
