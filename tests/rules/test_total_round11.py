"""NUM007 in round 11: a sum said over things named, not counted.

Passages written for these tests before the code was changed. A sum said as one ("a total of",
"a combined") over a counted set ("Three firms were fined a total of ...") was read against the
amounts told for each; over a set named as one coordinated subject ("A developer, a contractor
and a hire company were fined a total of ...") it was not, so the amounts told one firm at a
time paragraphs later were never compared with it. Names listed first and counted after them
in an appositive ("Ames, Barry and Orr, the three new directors, ...") were not read as a list,
nor were the names of what a counted thing covers ("a warning for six counties ... The warning
covers A, B, ...") or the people police "named the five men as". A table of results one row a line read a row
only when a colon set off its figure ("Chen (Liberal): 905"), and never its first row: "Labour
24" lines under "The new council:" were not read.
"""

from __future__ import annotations

from conftest import rule_cases

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
    ('names, then the count in an appositive set off by commas',
     'Board\n\nRuth Ames, Colm Barry, Nadia Frost and Luke Orr, the three new directors, took their seats on Monday.',
     'three'),
    ('surnames, then the count between dashes',
     'Resignations\n\nMehta, Dorrell and Quint \u2014 the four survivors of the original board \u2014 will step down in June.',
     'four'),
    ('places, then the count',
     'Storm\n\nCork, Kerry, Clare and Galway, the five counties under a red warning, will see gusts of 130km/h.',
     'five'),
    ('names inside a quote, then the count',
     'Rugby\n\n"Ali Khan, Ben Ode and Cal Roe, the two uncapped players in the squad, have trained well," the coach said.',
     'two'),
    ('a weather warning for counties, the counties named a paragraph later',
     'Storm\n\nMet Eireann has issued a red wind warning for five counties along the east coast, with gusts of 140km/h expected.\n\nThe red warning covers Dublin, Wicklow, Wexford and Louth and runs until Sunday.',
     'five'),
    ('a ban across counties, the counties it applies to',
     'Drought\n\nSouthern Water has brought in a hosepipe ban across four counties after the driest spring on record.\n\nThe ban applies to Kent, Sussex, Hampshire, Surrey and Dorset from Friday.',
     'four'),
    ('a tour of cities, the cities it takes in',
     'Music\n\nThe band will play a tour of six cities next spring, its first in a decade. The tour takes in Leeds, Glasgow, Cardiff, Bristol and Belfast.',
     'six'),
    ('police naming the people their own count counts',
     'Raid\n\nDetectives named the five men as Tom Hale, Ian Cross, Rob Dunne and Sam Pike.',
     'five'),
    ('the victims of a crash identified, with ages and a relation',
     'Crash\n\nGardai have identified the three victims of the crash as Mary Kehoe, 71, Joe Kehoe, 74, their neighbour Ann Roche, 68, and Pat Dunne, 80.',
     'three'),
    ('a council table one party a line, its total row',
     'Election\n\nThe count finished at dawn.\n\nThe new council:\nLabour 24\nConservatives 16\nGreens 9\nIndependents 4\nTotal: 52',
     '52'),
    ('a medal table by colour',
     "Medals\n\nIreland's medal tally:\nGold 5\nSilver 7\nBronze 4\nTotal 15",
     '15'),
    ('a by-election table, the last row unread before',
     'By-election\n\nResult:\nMary Quinn (Lab) 4,210\nJoe Price (Con) 3,118\nAnn Shaw (LD) 902\nTotal valid votes: 8,320',
     '8,320'),
]  # fmt: skip

SILENT = [
    ('a counted item inside a longer list of names',
     'Draw\n\nThe seeded sides are Porto and Lyon, and Ajax, the two Lisbon clubs, Celtic and Napoli, and none of them can meet before the final.'),
    ('the list goes on with "and" after the counted item',
     'Shortlist\n\nJudges picked Ruth Mbeki and Tom Hale, Ada Quist, the three Galway poets, and Sam Reid for the final round.'),
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
    ('names, then the count that numbers them',
     'Board\n\nRuth Ames, Colm Barry, Nadia Frost and Luke Orr, the four new directors, took their seats on Monday.'),
    ('an appositive that renames only the last name',
     'Board\n\nRuth Ames, Colm Barry and Luke Orr, the chair of the two committees, took their seats.'),
    ('a sentence that opens on its time, not on the names',
     'Board\n\nOn Monday, Ames, Barry and Orr, the two new directors, took their seats.'),
    ('a ranking, not a count of the names',
     'Football\n\nArsenal, Chelsea and Spurs, the top four sides, all won.'),
    ('the list closed by the full stop after the count',
     'Prizes\n\nThe prizes went to Ames, Barry and Orr, the two winners.'),
    ('a warning whose counties are all named',
     'Storm\n\nMet Eireann has issued a red wind warning for four counties along the east coast.\n\nThe red warning covers Dublin, Wicklow, Wexford and Louth and runs until Sunday.'),
    ("'includes' names some of them",
     'Drought\n\nSouthern Water has brought in a hosepipe ban across six counties.\n\nThe ban includes Kent, Sussex and Hampshire.'),
    ("'also covers' adds to them",
     'Storm\n\nA warning was issued for six counties. The warning also covers Cork and Kerry.'),
    ('another thing than the count was told for',
     'Music\n\nThe band will play a tour of six cities next spring. The festival takes in Leeds, Glasgow and Cardiff.'),
    ('a count told with a verb, not with the noun',
     'Strike\n\nNurses will walk out at three hospitals next week over pay.\n\nThe strike will affect St James\'s, Beaumont, Connolly and Tallaght, the union said.'),
    ('police naming as many as their count',
     'Raid\n\nDetectives named the four men as Tom Hale, Ian Cross, Rob Dunne and Sam Pike.'),
    ('some of the victims named',
     'Crash\n\nPolice named two of the four victims as Tom Hale and Ian Cross.'),
    ('another count of people in the sentence before',
     'Raid\n\nPolice arrested six men on Friday. Officers named the three men charged as Tom Hale and Ian Cross, and said a third would be named later.'),
    ('a council table that adds up',
     'Election\n\nThe count finished at dawn.\n\nThe new council:\nLabour 24\nConservatives 16\nGreens 9\nIndependents 4\nTotal: 53'),
    ('a majority row, not a total',
     'By-election\n\nResult:\nMary Quinn (Lab) 4,210\nJoe Price (Con) 3,118\nMajority 1,092'),
    ('one line that ends on a number, not a column',
     'Count\n\nThe count so far:\nVotes counted 4,210\n\nThe final result is expected on Friday, when 8,000 votes will have been counted.'),
    ('a column of years',
     'Profile\n\nKey dates:\nFounded 1998\nListed 2004\nSold 2019\nThe firm has 4,100 staff in total.'),
]  # fmt: skip


test_fires, test_silent = rule_cases("NUM007", FIRES, SILENT)
