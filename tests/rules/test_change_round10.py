"""NUM006 (round 10): changes named by a noun after their figure ("a 6.4-point jump", "a
400-job cut", "the 2.7 million tray shortfall"), a possessive that points back and names whose
the change is ("Northgate's rise"), and the guards on the other readings a change is checked
against: a pair made of two printed series' figures is no reading, and per cent read as points
explains a change only for a pair of its own. Passages written for these tests (before the
change: 0 of the fires cases fired)."""

from __future__ import annotations

from conftest import rule_cases

# (what the passage shows, text, the figure flagged, a figure it is checked against)
FIRES = [
    ("a possessive names the ward; another ward's figures cross the series",
     "Turnout rose in every ward. Northgate reached 61.2%, up from 55.0%, and Southmere was on "
     "62.2%, up from 60.1%. Northgate's 7.2-point rise was the largest.", "7.2-point", "55.0%"),
    ("a count and its noun joined by a hyphen, then a noun of movement",
     "The mill employed 1,850 people in 2021. After two rounds of redundancies it now employs "
     "1,420. Unions said the 530-job cut had hollowed out the town.", "530", "1,850"),
    ("a shortfall after a count and its unit noun",
     "Growers packed 12.4 million trays of apples this season against 14.1 million trays last "
     "season. Exporters blamed the 2.7 million tray shortfall on spring hail.", "2.7 million",
     "14.1 million"),
    ("points, with an older pair whose per cent change matches the stated points",
     "The share of pupils reading every day rose to 58.0%. Last year it was 50.2%, and the year "
     "before that 47.0%. Organisers said the improvement of 6.8 points came from a new book "
     "club.", "6.8 points", "58.0%"),
    ("a two-point fall in a poll, told with its own party's figures",
     "Support for the Greens slipped to 9.5% in the latest poll, from 12.5% in March.\n\nThe "
     "party's two-point fall was blamed on the row over parking.", "two-point", "12.5%"),
    ("a count with its noun left unsaid takes its partner's; a slip read anywhere",
     "Rivera took 9,214 votes to the incumbent's 7,860, a margin of 1,354. Four years "
     "ago he received 8,991 votes.\n\nHis vote fell by 1,311 this time.", "1,311",
     "7,860"),
    ("a level named by pointing back ('that number') names what the one before named",
     "Depot has halved its fleet of diesel vans\n\nIn January 2023, the depot ran 420 diesel vans. "
     "By January this year, that number had fallen to 290.", "halved", "420"),
]  # fmt: skip

SILENT = [
    ("a possessive names the ward, right",
     "Turnout rose in every ward. Northgate reached 61.2%, up from 55.0%, and Southmere was on "
     "62.2%, up from 60.1%. Northgate's 6.2-point rise was the largest."),
    ("a job cut, right",
     "The mill employed 1,850 people in 2021. After two rounds of redundancies it now employs "
     "1,420. Unions said the 430-job cut had hollowed out the town."),
    ("a shortfall, right",
     "Growers packed 12.4 million trays of apples this season against 14.1 million trays last "
     "season. Exporters blamed the 1.7 million tray shortfall on spring hail."),
    ("points, right",
     "The share of pupils reading every day rose to 58.0%. Last year it was 50.2%, and the year "
     "before that 47.0%. Organisers said the improvement of 7.8 points came from a new book "
     "club."),
    ("a possessive names another town than the figures before it",
     "The Leeds gallery had 4,100 visitors in 2022 and 4,500 in 2023. Bradford's 12% rise was "
     "the largest in the county."),
    ("a figure inside a name is no change",
     "Hospital admissions fell from 410 to 350 over the winter. Covid-19 cases made up 60 of "
     "them."),
    ("a two-point fall, right",
     "Support for the Greens slipped to 9.5% in the latest poll, from 12.5% in March.\n\nThe "
     "party's three-point fall was blamed on the row over parking."),
    ("a count with its noun left unsaid, right",
     "Rivera took 9,214 votes to the incumbent's 7,860, a margin of 1,354. Four years "
     "ago he received 8,991 votes.\n\nHis vote fell by 1,131 this time."),
    ("a level named by pointing back, right",
     "Depot has halved its fleet of diesel vans\n\nIn January 2023, the depot ran 420 diesel vans. "
     "By January this year, that number had fallen to 212."),
]  # fmt: skip


test_fires_on_round10_shapes, test_silent_on_round10_shapes = rule_cases("NUM006", FIRES, SILENT)
