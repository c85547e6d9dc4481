"""NUM006 misreadings of which figures a change is about, in passages written for these tests:
figures past another movement told without figures, an earlier-marker that belongs to another
figure (in brackets, or after it), and a nearer pair that names nothing of the change but fits
it. Each class fires where the change is really wrong and is silent where the link was ours."""

from __future__ import annotations

import pytest

from conftest import pointed

# (class, text, the change flagged, a figure it is checked against)
FIRES = [
    # the pair right after the change, or past movements that have their own figures
    ("movement-between",
     "Shoppers in Leeds raised their spending by 2.1% in March, the chamber said.\n\nShopper "
     "spending in the city came to £91.2m, up from £84.4m.", "2.1%", "£84.4m"),
    ("movement-between",
     "Visitor numbers at the museum rose 6% last year.\n\nTicket prices went from £8 to £10, a "
     "25% rise.\n\nVisitors totalled 52,000, compared with 45,000 the year before.", "6%",
     "45,000"),
    ("movement-between",
     "Passenger numbers at the airport grew 3% in 2023.\n\nThe share of business travellers "
     "rose 2 percentage points.\n\nThe airport handled 6.1 million passengers, up from 5.2 "
     "million.", "3%", "5.2 million"),
    # the earlier-marker in the figure's own clause, whatever follows it in brackets
    ("marker-of-another-figure",
     "Rents in the city rose 4% over the year, the agency said. Average rents stood at £1,240 "
     "a month in June.\n\nA year earlier, the figure was £1,100 (the lowest since 2019).", "4%",
     "£1,100"),
    ("marker-of-another-figure",
     "Bus journeys in the county reached 4.6 million in 2024.\n\nThe previous year's total was "
     "4.0 million (counted by the operator), a rise of 5%.", "5%", "4.0 million"),
    ("marker-of-another-figure",
     "Council tax arrears came to £3.1m in March. Arrears were £2.6m a year earlier, a rise of "
     "30%.", "30%", "£2.6m"),
    # a nearer pair that does not fit either, or none nearer, or one of another kind
    ("nearer-pair",
     "The number of pupils absent for more than 20 days in Kent has fallen by 10%. Data to the "
     "end of term showed a drop since spring from 880 to 700. The number absent for over 10 "
     "days also fell from 5,400 to 4,700, or 13%.", "10%", "from 5,400 to 4,700"),
    ("nearer-pair",
     "The number of pupils absent for more than 20 days in Kent has fallen by 10%. The number "
     "absent for over 20 days fell from 5,400 to 4,700.", "10%", "from 5,400 to 4,700"),
    ("nearer-pair",
     "Hospital admissions for asthma rose by 300 this winter. Spending on inhalers climbed from "
     "£1.2m to £1.5m. Admissions for asthma went from 2,000 to 2,400.", "300",
     "from 2,000 to 2,400"),
]  # fmt: skip

# (class, text)
SILENT = [
    # another movement, told without figures, stands between the change and the pair
    ("movement-between",
     "Shoppers in Leeds raised their spending by 2.1% in March, the chamber said.\n\nSpending "
     "on clothing rose 4.0% on the year. Food sales slipped 1.2%.\n\nShopper footfall in York "
     "went up to 91,200 from 88,400, the city's own survey found."),
    ("movement-between",
     "Farm incomes in the county rose 4% last year, the survey found.\n\nDairy incomes fell 3%, "
     "while arable incomes climbed 9%.\n\nFarm land prices rose to £9,800 an acre from "
     "£9,100."),
    ("movement-between",
     "Hotel bookings in Cornwall climbed 5% over Easter.\n\nCaravan bookings dropped 2% and "
     "campsite stays edged up 1%.\n\nHotel room rates went up to £142 from £120."),
    # the earlier-marker belongs to another figure: in brackets after it, or after that figure
    ("marker-of-another-figure",
     "In the second half alone the airline reported net income of $96m, compared with a loss "
     "of $640m a year earlier. Its cargo arm made an operating loss of $380m in the half "
     "(compared to a profit of £11m in the year-earlier period) and its freight volumes dipped "
     "2.5%."),
    ("marker-of-another-figure",
     "The group earned €40m in the quarter, compared with a loss of €260m a year before. Its "
     "charter unit posted a loss of €210m in the quarter (against a profit of £9m a year before) "
     "and its bookings slipped 4%."),
    ("marker-of-another-figure",
     "The parent company made $20m, compared with a loss of $150m a year ago. The mill made a "
     "loss of $120m in the half (compared to a profit of £4m in the year-earlier period) and its output "
     "dipped 6%."),
    # a nearer pair names nothing of the change's subject but fits it
    ("nearer-pair",
     "The number of pupils absent for more than 20 days in Kent has fallen by 10%. Data to the "
     "end of term showed a drop since spring from 880 to 792. The number absent for over 10 "
     "days also fell from 5,400 to 4,700, or 13%."),
    ("nearer-pair",
     "Hospital admissions for asthma in the region rose by 6%. Figures for the winter showed a "
     "climb from 1,250 to 1,325. Admissions for bronchitis also rose from 2,000 to 2,400, or "
     "20%."),
    ("nearer-pair",
     "The count of empty shops on the high street has dropped by 25%. A survey in May recorded "
     "a decline from 48 to 36. Empty shops in the retail park also fell from 30 to 27."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "change", "figure"), FIRES)
def test_num006_still_fires(rule_findings, shape, text, change, figure):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, (shape, [report.text[f.start : f.end] for f in found])
    assert report.text[found[0].start : found[0].end] == change
    assert figure in pointed(report, found[0])


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_num006_silent_on_misreadings(rule_findings, shape, text):
    _, found = rule_findings("NUM006", text, None)
    assert found == [], (shape, [f.message for f in found])
