"""NUM007 breakdowns (round 5). Passages written for these tests before the code was changed;
before, the list after "several", the lists in brackets, the record in figures and the lists
after ", of whom" and ", of which" did not fire, and the right lists with a bare figure between
fired on the bare figure (two false alarms).

- A list opened by a cue about its total in a later sentence ("The tally was made up of") takes
  the earlier figure that counts what it names over a bare one between ("the team of 52"), and
  groups said elsewhere ("across four days") or a "several" in the sentence before do not make it
  partial.
- Parts in brackets right after their total are its breakdown, as after a comma or a dash
  ("20 medals (seven gold, six silver, eight bronze)"); "including" inside still makes it partial.
- A record of games told as won, drawn and lost is complete; two results with draws unsaid are
  not.
- ", of whom" and ", of which" after a total open its breakdown like "Of those,": complete for
  the two halves of it ("250 were women and 160 were men", read as said, not as the noun counted)
  or three parts or more that come to nine tenths of it.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    # a list opened by a cue about a total told before it
    ('the tally made up of, a bare figure between',
     'Kenya tops the table\n\nKenya finished the championships with 17 medals.\n\nCoach Mary Wanjiru said the team of 52 had delivered in difficult heat.\n\nThe tally was made up of six gold, five silver and five bronze medals.',
     '17'),
    ('job losses consisted of, a workforce between',
     'Bank cuts\n\nThe bank will cut 340 jobs across the region this year, the union said.\n\nIts workforce of 2,100 has already shrunk by a fifth since 2019.\n\nThe cuts consist of 150 branch jobs, 120 call-centre jobs and 60 head-office jobs.',
     '340'),
    ('the bare figure is the whole, wrong',
     'Squad named\n\nKenya won 17 medals at the last championships.\n\nThe squad of 54 is made up of 30 athletes, 12 coaches and 10 support staff.',
     '54'),
    ("groups and 'several' elsewhere, cue opens the list",
     "Rowers shine\n\nIreland's rowers won nine medals across four days of racing.\n\nThe team was missing several of its strongest crews through illness.\n\nThe haul was made up of four gold, two silver and two bronze medals.",
     'nine'),
    # parts in brackets right after the total
    ('medals in brackets, wrong',
     'Games\n\nNew Zealand finished with 20 medals (seven gold, six silver, eight bronze), its best haul.',
     '20'),
    ('people in brackets, wrong',
     'Rescue\n\nCoastguards lifted 14 people (six adults and nine children) from the stranded boat.',
     '14'),
    # games won, drawn and lost
    ('matches in words, won drawn lost, wrong',
     "Manager's record\n\nKerry have played 12 championship matches under the manager, winning seven, drawing two and losing four.",
     '12'),
    ('won, drew and lost, wrong',
     'Season review\n\nThe club played 38 league games, winning 20, drawing 10 and losing 7.',
     '38'),
    # ", of whom" / ", of which"
    ('of whom, two halves, wrong',
     'Graduates\n\nThe college had 420 graduates this year, of whom 250 were women and 160 were men.',
     '420'),
    ('of which, three parts nearly all, wrong',
     'Complaints\n\nThe regulator received 2,300 complaints, of which 1,200 were about billing, 700 about service and 500 about contracts.',
     '2,300'),
]  # fmt: skip

SILENT = [
    # a list opened by a cue about a total told before it
    ('the tally made up of, right',
     'Kenya tops the table\n\nKenya finished the championships with 16 medals.\n\nCoach Mary Wanjiru said the team of 52 had delivered in difficult heat.\n\nThe tally was made up of six gold, five silver and five bronze medals.'),
    ('job losses consisted of, right',
     'Bank cuts\n\nThe bank will cut 330 jobs across the region this year, the union said.\n\nIts workforce of 2,100 has already shrunk by a fifth since 2019.\n\nThe cuts consist of 150 branch jobs, 120 call-centre jobs and 60 head-office jobs.'),
    ('the bare figure is the whole',
     'Squad named\n\nKenya won 17 medals at the last championships.\n\nThe squad of 52 is made up of 30 athletes, 12 coaches and 10 support staff.'),
    ("groups and 'several' elsewhere, right",
     "Rowers shine\n\nIreland's rowers won eight medals across four days of racing.\n\nThe team was missing several of its strongest crews through illness.\n\nThe haul was made up of four gold, two silver and two bronze medals."),
    ('three days, two parts read',
     'Festival arrests\n\nPolice made 57 arrests over the three days: 20 on Friday and 25 on Saturday.'),
    # parts in brackets right after the total
    ('medals in brackets, right',
     'Games\n\nNew Zealand finished with 21 medals (seven gold, six silver, eight bronze), its best haul.'),
    ('people in brackets, right',
     'Rescue\n\nCoastguards lifted 15 people (six adults and nine children) from the stranded boat.'),
    ('including in brackets',
     'Homes\n\nThe developer will build 340 homes (including 120 flats and 80 bungalows) on the site.'),
    ('a conversion in brackets',
     'Deal\n\nThe deal is worth £20m (€23m) over five years, with £4m paid up front.'),
    # games won, drawn and lost
    ('matches in words, right',
     "Manager's record\n\nKerry have played 13 championship matches under the manager, winning seven, drawing two and losing four."),
    ('won, drew and lost, right',
     'Season review\n\nThe club played 38 league games, winning 21, drawing 10 and losing 7.'),
    ('two results, draws unsaid',
     'Season review\n\nThe club played 38 league games, winning 20 and losing 8.'),
    ('right, goals after',
     'Season review\n\nThe club played 38 games, winning 20, drawing 10 and losing 8, and scored 61 goals.'),
    # ", of whom" / ", of which"
    ('of whom, two halves, right',
     'Graduates\n\nThe college had 410 graduates this year, of whom 250 were women and 160 were men.'),
    ('of whom, some of them',
     'Graduates\n\nThe college had 420 graduates this year, of whom 250 were women and 40 were over 30.'),
    ('of which, two parts not halves',
     'Complaints\n\nThe regulator received 2,300 complaints, of which 1,200 were about billing and 700 about service.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
