"""NUM007 in round 11: a sum said over things named, not counted.

Passages written for these tests before the code was changed. A sum said as one ("a total of",
"a combined") over a counted set ("Three firms were fined a total of ...") was read against the
amounts told for each; over a set named as one coordinated subject ("A developer, a contractor
and a hire company were fined a total of ...") it was not, so the amounts told one firm at a
time paragraphs later were never compared with it.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ('fines over three firms named as the subject, told a paragraph later',
     'Fines\n\nA property developer, a demolition contractor and a crane hire company were fined a total of £61,000 at Preston Crown Court on Monday.\n\nThe judge heard that a wall fell onto a pavement in 2023.\n\nThe developer was fined £30,000. The demolition contractor was fined £18,000, and the crane hire company £11,000.',
     '£61,000'),
    ('a combined spell over three men named, each told after',
     'Court\n\nKyle Dunn, Rhys Moran and Omar Safi were jailed for a combined 26 years on Friday.\n\nDunn, the gang\'s leader, was jailed for 12 years. Moran received eight years and Safi five years.',
     '26 years'),
    ('two candidates raising a combined sum, a paragraph later',
     'Campaign\n\nMayor Lena Ruiz and her challenger, Dan Tate, raised a combined $212,000 in the last quarter, filings show.\n\nRuiz reported $131,000 in contributions. Tate raised $71,000, most of it from small donors.',
     '$212,000'),
    ('two clubs named, a combined fee',
     'Transfers\n\nRangers and Hibernian spent a combined £14.5m in the January window. Rangers paid £9.5m for two forwards and Hibernian spent £4m on a goalkeeper.',
     '£14.5m'),
    ('two firms sharing a total in contracts',
     'Bridge\n\nCarlow Fabrication and a Wexford steel supplier will share a total of €3.6m in contracts for the bridge.\n\nCarlow Fabrication gets €2.1m of the work and the Wexford firm €1.2m.',
     '€3.6m'),
]  # fmt: skip

SILENT = [
    ('fines over three firms named, that add up',
     'Fines\n\nA property developer, a demolition contractor and a crane hire company were fined a total of £59,000 at Preston Crown Court on Monday.\n\nThe judge heard that a wall fell onto a pavement in 2023.\n\nThe developer was fined £30,000. The demolition contractor was fined £18,000, and the crane hire company £11,000.'),
    ('a sum over two named with no word that makes it a sum',
     'Fines\n\nA builder and a roofer were fined £40,000 over the collapse.\n\nThe builder was fined £25,000 and the roofer £12,000.'),
    ('fines that add up, then costs told on',
     'Tenancy\n\nA landlord and a letting agent were ordered to pay a total of £9,000 between them.\n\nThe landlord was fined £6,000 and the agent £3,000. They must also pay costs of £1,500.'),
    ('a conjunct that names two people',
     'Court\n\nA father and his two sons were jailed for a combined 21 years. The father got ten years and the elder son six.'),
    ('three named, one not yet sentenced',
     'Court\n\nKyle Dunn, Rhys Moran and Omar Safi were jailed for a combined 26 years on Friday.\n\nDunn, the gang\'s leader, was jailed for 12 years and Moran for eight. Safi will be sentenced next month.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
