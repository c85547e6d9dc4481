"""NUM006 readings and links (round 5). Passages written for these tests before the code was
changed; before, the wrong changes of the first and third groups did not fire (those of the
second did, and must keep firing), and four of the silent passages fired (another city, state or
store; another measure named after a figure).

- A percentage named by a noun that only a percentage moves by ("the 6% improvement", "a 9 per
  cent depreciation", "a 9 per cent devaluation"; not "contraction", an economy's growth rate); a
  change "of a percentage point" in points; a change in apposition to a definite noun of movement
  ("welcomed the fall, a drop of 5 points") points back at the figures told before it, unless it
  names another measure after it.
- Figures told of another place or body than the change's are another owner's ("Burglaries in
  Leeds fell ... In Bradford police recorded ..."); a place told as a whole ("across the
  Championship") holds those told across its parts.
- The earlier level told in the sentence right after a change's own level by a subject that
  points back ("The stock had closed at 104p", "They had traded at 94 cents a week earlier") is
  the change's; a figure naming another measure right after it ("£4.1m in profits" beside
  "Sales rose") is not.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    # a percentage named by a noun only a percentage moves by; "of a percentage point"; a change in apposition to a definite noun of movement
    ('the 6% improvement, points meant',
     'Clinic times\n\nIn March, 71% of patients were seen within four hours. A year earlier the figure was 65%.\n\nThe trust said the 6% improvement showed its new triage desk was working.',
     '6%'),
    ('a 9 per cent depreciation, wrong',
     'Rupee slides\n\nThe rupee weakened against the euro, from 90.0 per cent of its January value to 85.5 per cent, a 9 per cent depreciation, dealers said.',
     '9 per cent'),
    ('a devaluation, percent, same sentence',
     'Peso cut\n\nThe trade-weighted index of the peso fell from 100 to 88 after the central bank acted, a 9 per cent devaluation.',
     '9 per cent'),
    ('of a percentage point, wrong',
     "Jobless\n\nThe state's unemployment rate rose by 0.4 of a percentage point in the June quarter.\n\nThe rate reached 4.6% in June, the bureau said. In March it had been 3.9%.",
     '0.4'),
    ('of a point in one sentence, wrong',
     'Turnout\n\nTurnout fell 0.3 of a point to 61.2 per cent, from 61.9 per cent at the last election.',
     '0.3'),
    ('the fall, a drop of N points, wrong',
     'Hospital waits\n\nIn May, 12% of patients waited more than a year for surgery. That compares with 15% in May last year.\n\nThe health minister welcomed the fall, a drop of 5 percentage points, as proof the plan was working.',
     '5 percentage points'),
    ('the increase, a rise of N, wrong',
     'Fare dodgers\n\nInspectors caught 4,100 fare dodgers on the trams in 2024. A year earlier they caught 3,200.\n\nTransport bosses hailed the increase, a rise of 1,200, as a sign the new gates were working.',
     '1,200'),
    ('the improvement, a gain of N per cent, wrong',
     'Exam results\n\nThis year 8,150 pupils passed the maths exam. Last year 7,400 passed.\n\nThe minister praised the improvement, a gain of 20 per cent, in a statement on Friday.',
     '20 per cent'),
    # another place or body than the change's
    ('the same place named again, wrong',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In Leeds police recorded 3,100 burglaries, compared with 3,600 the year before.',
     '9 per cent'),
    ("no place in the figures' sentence, wrong",
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. Police recorded 3,100 burglaries, compared with 3,600 the year before.',
     '9 per cent'),
    ('a month is no place, wrong',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In December police recorded 3,100 burglaries, compared with 3,600 the year before.',
     '9 per cent'),
    ('a whole, then its parts told across it, wrong',
     "Crowds\n\nAttendances across the Championship rose by 30 per cent this season, the league said.\n\nTotal attendance across the North and South Divisions came to 412,000. Last season's figure was 350,000.",
     '30 per cent'),
    # the earlier level told right after, by a subject pointing back; another measure named after a figure
    ('the stock had closed at, next sentence, wrong',
     'Miners slide\n\nShares in Harbour Mining fell 6 per cent to 94p on Tuesday. The stock had closed at 104p on Monday.',
     '6 per cent'),
    ('they had traded at, a week earlier, wrong',
     "Bonds\n\nNorthgate's bonds slid 3 per cent to 88 cents on the dollar. They had traded at 94 cents a week earlier.",
     '3 per cent'),
]  # fmt: skip

SILENT = [
    # a percentage named by a noun only a percentage moves by; "of a percentage point"; a change in apposition to a definite noun of movement
    ('the 6-point improvement, right',
     'Clinic times\n\nIn March, 71% of patients were seen within four hours. A year earlier the figure was 65%.\n\nThe trust said the 6 percentage point improvement showed its new triage desk was working.'),
    ('a devaluation, right',
     'Peso cut\n\nThe trade-weighted index of the peso fell from 100 to 88 after the central bank acted, a 12 per cent devaluation.'),
    ('money improvement is a project',
     'Ground works\n\nThe club spent £1.2m last year and £1.5m this year, and has now approved a £2m pitch improvement.'),
    ('of a percentage point, right',
     "Jobless\n\nThe state's unemployment rate rose by 0.7 of a percentage point in the June quarter.\n\nThe rate reached 4.6% in June, the bureau said. In March it had been 3.9%."),
    ('of a point is not a share',
     'Rates\n\nPolicymakers lifted the benchmark rate a quarter of a percentage point, taking it to 4.5% from 4.25%.'),
    ('the fall, a drop of N points, right',
     'Hospital waits\n\nIn May, 12% of patients waited more than a year for surgery. That compares with 15% in May last year.\n\nThe health minister welcomed the fall, a drop of 3 percentage points, as proof the plan was working.'),
    ('the increase, a rise of N, right',
     'Fare dodgers\n\nInspectors caught 4,100 fare dodgers on the trams in 2024. A year earlier they caught 3,200.\n\nTransport bosses hailed the increase, a rise of 900, as a sign the new gates were working.'),
    ('the decision, a rise of: not a movement noun',
     "Parking\n\nThe council charged £2.00 an hour in 2024. A year earlier it charged £1.50.\n\nTraders criticised the decision, a rise of 50p an hour for a short stay, at Monday's meeting."),
    ('the rise, another measure after',
     "Rents\n\nAverage rents reached £1,250 a month in March. A year earlier they were £1,100.\n\nTenants' groups condemned the rise, an increase of 30 per cent in evictions, at a rally."),
    # another place or body than the change's
    ('another city, compared with',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In Bradford police recorded 3,100 burglaries, compared with 3,600 the year before.'),
    ('another state, a year earlier',
     'Home sales\n\nHome sales in Queensland dropped 6 per cent in the June quarter, the institute said.\n\nIn New South Wales, agents sold 21,400 homes in the quarter. A year earlier they had sold 23,900.'),
    ('another store',
     'Retail\n\nSales at the Dublin store rose 11 per cent this year, the retailer said. At its Cork store, sales reached €4.1m, up from €3.4m last year.'),
    # the earlier level told right after, by a subject pointing back; another measure named after a figure
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
