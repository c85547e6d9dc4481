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
    ("'made up as follows' a paragraph after the total",
     'Harbour\n\nThe harbour board set a £48.6m budget for the coming year.\n\nThe board said the sum was made up as follows: dredging, £17.2m; pilotage, £11.9m; maintenance, £9.8m; and staff, £8.7m.',
     '£48.6m'),
    ("a council's line-up after a colon, no figure read before it",
     "Election\n\nThe 45-seat borough council has no overall control after Thursday's vote.\n\nThe new council line-up is: Labour 19, Conservatives 14, Liberal Democrats 8, Greens 3, independents 2.",
     '45'),
    ("names closed by 'and', the sentence going on after a comma",
     'Obituary\n\nShe is survived by her husband, Jim, and their three sons, Cathal, Eoin, Rory and Darragh, by her sisters and by a wide circle of friends.',
     'three'),
    ("'By region,' with the unit left out after each region's name",
     'Harvest\n\nGrowers expect to press 41.5 million litres of wine this year, the wine board said. Output of grape juice is put at 52.0 million litres.\n\nBy region, the Western Cape is expected to produce 30.4 million litres of wine, the Northern Cape 6.2 million and the Eastern Cape 3.1 million, with the Free State and Limpopo adding a combined 0.6 million.',
     '41.5 million litres'),
    ('people named as the subject with its participle, paragraphs after the count',
     'Brawl\n\nSix people have been charged after a fight outside a nightclub in Swansea on Saturday.\n\nOfficers were called at about 2am. They found two men with head injuries on the pavement.\n\nThe people charged with affray are Rhys Morgan, 22, of Morriston; Dylan Price, 24, of Sketty; Owain Bevan, 19, of Gorseinon; Carys Lloyd, 21, of Neath; and Aled Jones, 23, of Port Talbot.',
     'Six'),
    ('newcomers named for signings, each with a clause of its own',
     'Football\n\nRovers completed three signings before the transfer window shut on Thursday.\n\nThe newcomers are defender Sam Okafor, who joins from Dunmore on a free transfer, midfielder Luca Brandt, who arrives on loan, and striker Ben Osei, who has signed a two-year deal, and winger Tom Reilly.',
     'three'),
    ("a squad line under 'Squad:', roles in brackets",
     "Hockey\n\nIreland have named an 18-player squad for next month's Nations Cup in Valencia.\n\nSquad: Orla Dunne (capt), Maeve Roche, Ciara Foley, Nuala Kehoe (vc), Sinead Walsh, Grainne Tully, Aisling Daly, Roisin Coyle, Fiona Nash, Deirdre Lacey, Niamh Hurley, Clodagh Barry, Emer Quigley, Tara Moran, Una Brady, Eimear Costello, Laoise Hynes.\n\nThe squad flies out on Monday.",
     '18'),
    ("amounts per count of groups, the counts adding up to the groups told, 'The total,' after",
     "Grants\n\nThirty community groups across the district will share this year's small grants, the council said.\n\nTen sports clubs will receive a combined £48,000. Eight youth groups get £36,000, and seven residents' associations share £21,000. Five arts projects receive £12,500.\n\nThe total, £137,500, is up on last year.",
     '£137,500'),
    ('a combined spell over four men, told one clause at a time',
     "Gang jailed\n\nFour men who ran a drugs line from Ipswich were jailed for a combined 29 years on Tuesday.\n\nThe ringleader, Dean Cole, 34, was jailed for 11 years. His cousin, Liam Cole, 29, received seven years, and their driver, Marcus Hill, 22, five.\n\nA fourth man, Ryan Daly, 31, was given four years.",
     '29 years'),
    ('a combined fee over three players, told a sentence at a time',
     "Transfers\n\nCity spent a combined £86m on three players in the summer window, the club's accounts show.\n\nThe club paid £41m for midfielder Tomas Vidal. Defender Kofi Mensah cost £27m.\n\nStriker Ruben Alves arrived from Porto for £15m on deadline day.",
     '£86m'),
    ("names after 'were named as'",
     'Crash\n\nThe four people who died in the crash near Naas were named as Sean Tully, 52, his wife Ann, 49, and their neighbour Paddy Kerr, 60.',
     'four'),
    ("'A total of' votes, the tallies gapped in the next sentence",
     'Count\n\nA total of 2,318 votes were cast in the by-election. Okafor won 1,120, Brady 804 and Lynch 374.',
     '2,318'),
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
    ("'By region,' naming the largest two",
     'Harvest\n\nGrowers expect to press 41.5 million litres of wine this year.\n\nBy region, the Western Cape is expected to produce 30.4 million litres of wine, followed by the Northern Cape with 6.2 million.'),
    ("'By region,' that adds up",
     'Harvest\n\nGrowers expect to press 40.3 million litres of wine this year. Output of grape juice is put at 52.0 million litres.\n\nBy region, the Western Cape is expected to produce 30.4 million litres of wine, the Northern Cape 6.2 million and the Eastern Cape 3.1 million, with the Free State and Limpopo adding a combined 0.6 million.'),
    ("'made up as follows' that adds up",
     'Harbour\n\nThe harbour board set a £47.6m budget for the coming year.\n\nThe board said the sum was made up as follows: dredging, £17.2m; pilotage, £11.9m; maintenance, £9.8m; and staff, £8.7m.'),
    ('a line-up that adds up',
     "Election\n\nThe 46-seat borough council has no overall control after Thursday's vote.\n\nThe new council line-up is: Labour 19, Conservatives 14, Liberal Democrats 8, Greens 3, independents 2."),
    ("names closed by 'and' that number the count",
     'Obituary\n\nShe is survived by her husband, Jim, and their four sons, Cathal, Eoin, Rory and Darragh, by her sisters and by a wide circle of friends.'),
    ('the subject carries another verb than the count, paragraphs on',
     'Thefts\n\nFive men have been charged over the thefts.\n\nOfficers searched six addresses in Derby and Mansfield. They recovered tools and cash.\n\nA woman was released on bail.\n\nThe men arrested on Tuesday were Aaron Pike, Jordan Wells and Kieran Lodge.'),
    ("'the other' of them",
     'Court\n\nFive men were charged on Friday. Two were refused bail.\n\nThe other men charged are Aaron Pike, Jordan Wells and Kieran Lodge.'),
    ('a count of women, then men named',
     'Court\n\nFive women were charged on Friday.\n\nThe men charged are Aaron Pike, Jordan Wells and Kieran Lodge.'),
    ('people named as the subject, as many as the count',
     'Brawl\n\nFive people have been charged after a fight outside a nightclub in Swansea on Saturday.\n\nOfficers were called at about 2am. They found two men with head injuries on the pavement.\n\nThe people charged with affray are Rhys Morgan, 22, of Morriston; Dylan Price, 24, of Sketty; Owain Bevan, 19, of Gorseinon; Carys Lloyd, 21, of Neath; and Aled Jones, 23, of Port Talbot.'),
    ("a squad line under 'Squad:' that numbers the count",
     "Hockey\n\nIreland have named a 17-player squad for next month's Nations Cup in Valencia.\n\nSquad: Orla Dunne (capt), Maeve Roche, Ciara Foley, Nuala Kehoe (vc), Sinead Walsh, Grainne Tully, Aisling Daly, Roisin Coyle, Fiona Nash, Deirdre Lacey, Niamh Hurley, Clodagh Barry, Emer Quigley, Tara Moran, Una Brady, Eimear Costello, Laoise Hynes.\n\nThe squad flies out on Monday."),
    ("a line under another label than the count's noun",
     "Hockey\n\nIreland have named an 18-player squad for next month's Nations Cup in Valencia.\n\nTeam: Orla Dunne (capt), Maeve Roche, Ciara Foley, Nuala Kehoe (vc), Sinead Walsh, Grainne Tully, Aisling Daly, Roisin Coyle, Fiona Nash, Deirdre Lacey, Niamh Hurley, Clodagh Barry, Emer Quigley, Tara Moran, Una Brady, Eimear Costello, Laoise Hynes.\n\nThe squad flies out on Monday."),
    ("amounts per count of groups that add up",
     "Grants\n\nThirty community groups across the district will share this year's small grants, the council said.\n\nTen sports clubs will receive a combined £48,000. Eight youth groups get £36,000, and seven residents' associations share £21,000. Five arts projects receive £12,500.\n\nThe total, £117,500, is up on last year."),
    ("amounts per count of groups that are not all the groups told",
     "Grants\n\nThirty-five community groups across the district will share this year's small grants, the council said.\n\nTen sports clubs will receive a combined £48,000. Eight youth groups get £36,000, and seven residents' associations share £21,000. Five arts projects receive £12,500.\n\nThe total, £137,500, is up on last year."),
    ('a combined spell that adds up',
     "Gang jailed\n\nFour men who ran a drugs line from Ipswich were jailed for a combined 27 years on Tuesday.\n\nThe ringleader, Dean Cole, 34, was jailed for 11 years. His cousin, Liam Cole, 29, received seven years, and their driver, Marcus Hill, 22, five.\n\nA fourth man, Ryan Daly, 31, was given four years."),
    ('a combined spell, one of the four not told',
     "Gang jailed\n\nFour men who ran a drugs line from Ipswich were jailed for a combined 29 years on Tuesday.\n\nThe ringleader, Dean Cole, 34, was jailed for 11 years. His cousin, Liam Cole, 29, received seven years, and their driver, Marcus Hill, 22, five.\n\nA fourth man, Ryan Daly, 31, will be sentenced next month."),
    ('a combined fee, a figure more than the players',
     "Transfers\n\nCity spent a combined £86m on three players in the summer window, the club's accounts show.\n\nThe club paid £41m for midfielder Tomas Vidal. Defender Kofi Mensah cost £27m.\n\nStriker Ruben Alves arrived from Porto for £15m on deadline day, with a further £3m due in add-ons."),
    ('some of the people counted, named with another verb',
     'Court\n\nFive men were arrested after the raid on Tuesday.\n\nThe men charged are Aaron Pike, Jordan Wells and Kieran Lodge.'),
    ('a sum over three events, then other amounts told on',
     "Appeal\n\nThe hospice appeal raised a total of £41,000 from three events this spring.\n\nA new roof will cost £12,000. The charity also pays £2,500 a year in rent.\n\nA further grant of £5,000 came from the county council."),
    ("names of some of the dead after 'were named as'",
     'Crash\n\nPolice said two of the four people who died in the crash were named as Sean Tully, 52, and his wife Ann, 49.'),
    ("'A total of' votes, the tallies and the spoiled ballots",
     'Count\n\nA total of 2,318 votes were cast in the by-election. Okafor won 1,120, Brady 804 and Lynch 374, with 20 ballots spoiled.'),
    ('four children, three named and one who died',
     'Obituary\n\nHe is survived by his four children, Ciaran, Aoife and Declan, and the late Tom, and by his grandchildren.'),
    ("another owner's haul of every colour",
     "Medals\n\nIreland won 12 medals at the championships in Sofia.\n\nThe boxers' haul of four gold, three silver and four bronze was their best yet; the wrestlers added a bronze."),
    ('a haul of every colour, topped up by one more',
     'Medals\n\nIreland won 12 medals at the championships.\n\nThe haul of four gold, three silver and four bronze in the individual events was topped up by a team bronze.'),
    ("'Squad:' then a line under another label",
     'Hockey\n\nIreland have named an 18-player squad for the tour.\n\nSquad: Ann Roe, Bea Tully, Cara Nash, Dee Kerr, Eve Lacey, Fay Moran, Gia Hynes, Ida Daly, Jo Barry, Kim Dunne, Liz Foley, May Walsh, Nell Coyle, Orla Hurley, Pat Quigley, Rose Brady, Sue Costello.\n\nStandby: Tara Lynch.'),
    ('the men charged with one offence, others with another',
     'Thefts\n\nFive men have been charged over the thefts.\n\nThe men charged with handling stolen goods are Aaron Pike and Jordan Wells. Three others face conspiracy charges.'),
    ("'By province,' naming the largest three",
     'Harvest\n\nFarmers will harvest 19.2 million tonnes of canola.\n\nBy province, Saskatchewan accounts for 10.6 million tonnes of canola, Alberta 6.5 million and Manitoba 1.4 million.'),
    ("'The total,' with more in its own sentence",
     "Grants\n\nThirty groups will share the grants.\n\nTen clubs will receive £48,000. Eight youth groups get £36,000, and seven associations share £21,000. Five arts projects receive £12,500.\n\nThe total, £137,500, includes £20,000 for administration."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
