"""NUM006 with the change in the lede and its two levels in a later paragraph, in passages written for
these tests: the earlier level's sentence holds a small count in words ("children under five"),
the change's sentence dates something else in a later clause ("the 2019-2022 freeze"), or the
earlier level is dated by month and year ("In April 2020 there were"); and a change that points
back ("the 14% increase") paragraphs after the range it sums up. Each fires where the change is
wrong and is silent where it fits, is dated to other years in its own clause, has another
movement between, or names a measure of its own."""

from __future__ import annotations

import pytest

from conftest import pointed

# (class, text, the change flagged, a figure it is checked against)
FIRES = [
    ('age-band',
     'Hospital admissions of children in the county have doubled this year, the health board said.\n\n' 'It said 3,150 children under five were treated for asthma in the first half of 2024. In the same period of 2023, the number was 2,400.',
     'doubled', '2,400'),
    ('years-of-another-clause',
     'Applications to the grant scheme have tripled this year, the council said, noting that the 2019-2022 freeze had kept them low.\n\n' 'The council received 1,900 applications in 2024. In 2023, the total was 1,100.',
     'tripled', '1,100'),
    ('month-and-year-then',
     "Households using the town's food bank have doubled in four years, volunteers say.\n\n" 'In April 2020 there were 610 registered households. This year the count stands at 930.',
     'doubled', '610'),
    ('range-pointed-at',
     'Water bills in the region will rise from £412 to £455 a year from April, the regulator said.\n\n' 'The new charges were agreed after months of talks. Ministers had urged restraint.\n\n' 'Companies said the 14% increase was needed to fund new pipes.',
     '14%', 'from £412 to £455 a year'),
    ('range-pointed-at',
     'Tuition at the state university will go from $9,800 to $10,400 next autumn. The board voted 7-2 on Friday after a long debate. Students protested outside. Trustees defended this 8 per cent rise as modest.',
     '8 per cent', 'from $9,800 to $10,400'),
]  # fmt: skip

# (class, text)
SILENT = [
    ('age-band',
     'Hospital admissions of children in the county have doubled this year, the health board said.\n\n' 'It said 4,800 children under five were treated for asthma in the first half of 2024. In the same period of 2023, the number was 2,400.'),
    ('years-of-another-clause',
     'Applications to the grant scheme have tripled this year, the council said, noting that the 2019-2022 freeze had kept them low.\n\n' 'The council received 3,300 applications in 2024. In 2023, the total was 1,100.'),
    ('month-and-year-then',
     "Households using the town's food bank have doubled in four years, volunteers say.\n\n" 'In April 2020 there were 610 registered households. This year the count stands at 1,220.'),
    ('years-of-its-own-clause',
     'Rents in the city rose 12% between 2015 and 2020, the survey said.\n\n' 'Rents averaged £1,100 in 2023, compared with £950 in 2021.'),
    ('range-pointed-at',
     'Water bills in the region will rise from £412 to £455 a year from April, the regulator said.\n\n' 'The new charges were agreed after months of talks. Ministers had urged restraint.\n\n' 'Companies said the 10% increase was needed to fund new pipes.'),
    ('range-pointed-at',
     'Water bills in the region will rise from £412 to £455 a year from April, the regulator said.\n\n' 'Sewerage charges will climb 3% in the same month. Ministers had urged restraint.\n\n' 'Companies said the 14% increase was needed to fund new pipes.'),
    ('range-pointed-at',
     'Bus fares will go from £3.20 to £3.50 in May, the operator said.\n\n' 'The change was approved on Tuesday. Drivers welcomed it.\n\n' 'The council also defended the 20% rise in parking charges.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "change", "figure"), FIRES)
def test_num006_fires_on_levels_told_later(rule_findings, shape, text, change, figure):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, (shape, [report.text[f.start : f.end] for f in found])
    assert report.text[found[0].start : found[0].end] == change
    assert figure in pointed(report, found[0])


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_num006_silent_when_the_levels_fit(rule_findings, shape, text):
    _, found = rule_findings("NUM006", text, None)
    assert found == [], (shape, [f.message for f in found])
