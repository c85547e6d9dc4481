"""NUM007 lists told after their total, with other figures between (round 5): the list's
own sentence opens it with a cue about the total ("The tally was made up of"), so a bare figure
between ("the team of 52") is not the whole when an earlier figure counts what the list names,
and groups said elsewhere ("across four days") or a "several" in the sentence before do not
make the list partial. Passages written for these tests before the code was changed (before:
two right lists fired on the bare figure, and the list after "several" was silent)."""

from __future__ import annotations

import pytest

# (what the passage shows, text, the total flagged)
FIRES = [
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
]  # fmt: skip

SILENT = [
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
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
