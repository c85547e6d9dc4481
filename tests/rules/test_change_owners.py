"""NUM006: figures told of another place or body than the change's are another owner's
(round 5). The change's sentence names a place ("in Leeds", "at the Dublin store") and the
figures' sentences name only others ("In Bradford", "At its Cork store"): no link. A place told
as a whole ("across the Championship") holds those told across its parts. Passages
written for these tests before the code was changed (before: the three silent ones fired)."""

from __future__ import annotations

import pytest

SILENT = [
    ('another city, compared with',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In Bradford police recorded 3,100 burglaries, compared with 3,600 the year before.'),
    ('another state, a year earlier',
     'Home sales\n\nHome sales in Queensland dropped 6 per cent in the June quarter, the institute said.\n\nIn New South Wales, agents sold 21,400 homes in the quarter. A year earlier they had sold 23,900.'),
    ('another store',
     'Retail\n\nSales at the Dublin store rose 11 per cent this year, the retailer said. At its Cork store, sales reached €4.1m, up from €3.4m last year.'),
]  # fmt: skip

# (what the passage shows, text, the figure flagged)
FIRES = [
    ('the same place named again, wrong',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In Leeds police recorded 3,100 burglaries, compared with 3,600 the year before.',
     "9 per cent"),
    ("no place in the figures' sentence, wrong",
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. Police recorded 3,100 burglaries, compared with 3,600 the year before.',
     "9 per cent"),
    ('a month is no place, wrong',
     'Burglaries\n\nBurglaries in Leeds fell 9 per cent last year. In December police recorded 3,100 burglaries, compared with 3,600 the year before.',
     "9 per cent"),
    ('a whole, then its parts told across it, wrong',
     "Crowds\n\nAttendances across the Championship rose by 30 per cent this season, the league said.\n\nTotal attendance across the North and South Divisions came to 412,000. Last season's figure was 350,000.",
     '30 per cent'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent_on_another_owner(rule_findings, shape, text):
    assert rule_findings("NUM006", text, None)[1] == [], shape


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires_on_the_same_owner(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged
