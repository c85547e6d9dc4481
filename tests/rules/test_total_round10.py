"""NUM007 in round 10: lists said to be complete by what they are, and parts named back.

Passages written for these tests before the code was changed. Before, parts that name every
kind of a closed partition of their whole (the gold, silver and bronze of a medal haul; the
recurrent and development halves of a county budget; capital and revenue spending) in a sentence
that opens on a definite subject after the total did not fire, nor did three parts taken "of
the dead" or "of the wounded" after a toll told as "killed 19 passengers" or "injured 32
residents" (a count of days in the toll's sentence vetoed a list split by place), and
"15 of the injured" was read against the dead of "killed 23 people and injured 40".
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ('a medal haul by colour, a sentence after',
     'Swimming\n\nScotland\'s swimmers won 14 medals at the Commonwealth Youth Games in Trinidad.\n\nThe haul of three gold, five silver and five bronze was the best since 2017.',
     '14'),
    ('a county budget in its recurrent and development halves',
     'Budget\n\nNairobi County Assembly passed a Sh44.6 billion budget on Thursday.\n\nThe estimates set aside Sh29.1 billion for recurrent spending and Sh14.5 billion for development.',
     'Sh44.6 billion'),
    ('a council budget in capital and revenue spending',
     'Council\n\nCouncillors approved a £212m budget for 2025/26 on Tuesday night. The £58m capital programme and £144m of revenue spending were both trimmed.',
     '£212m'),
    ("'of the dead' after 'killing 19 passengers'",
     'Crash\n\nA bus plunged into a gorge in Himachal Pradesh on Sunday, killing 19 passengers.\n\nPolice said nine of the dead were from Mandi, six from Kullu and three from Shimla.',
     '19'),
    ("'of the wounded' after 'injured 32 residents'",
     'Blast\n\nA gas explosion at a block of flats in Lagos injured 32 residents, the fire service said. Crews took three hours to bring the blaze under control.\n\nOfficials said 14 of the wounded were in Ikeja General Hospital, 10 in Gbagada and seven at a private clinic.',
     '32'),
    ('a count of days beside a toll split by place',
     "Floods\n\nTwo days of flooding have killed 41 people across the state.\n\nOfficials said 20 of the victims died in Kerala's Wayanad district, 12 in Idukki and eight in Malappuram.",
     '41'),
]  # fmt: skip

SILENT = [
    ('a medal haul by colour that adds up',
     "Swimming\n\nScotland's swimmers won 13 medals at the Commonwealth Youth Games in Trinidad.\n\nTheir haul of three gold, five silver and five bronze was the best since 2017."),
    ('two colours of three',
     'Swimming\n\nThe team won 14 medals in Trinidad. They took four gold and six silver in the pool.'),
    ('halves of a budget against revenue collected',
     'Budget\n\nThe county collected Sh13.8 billion in revenue last year. The estimates set aside Sh8.9 billion for recurrent spending and Sh4.6 billion for development.'),
    ('two parts of the dead',
     'Landslides\n\nLandslides have killed 23 people in central Nepal.\n\nOfficials said 11 of the dead were in Sindhupalchok and eight in Dolakha.'),
    ('parts of the dead well short of the toll',
     'Landslides\n\nLandslides have killed 40 people in central Nepal.\n\nOfficials said 11 of the dead were in Sindhupalchok, eight in Dolakha and three in Rasuwa.'),
    ('the injured, not the dead',
     'Crash\n\nThe derailment killed 23 people and injured 40.\n\nDoctors said 15 of the injured were in Patna, 12 in Gaya and 13 in Arrah.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
