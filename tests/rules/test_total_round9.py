"""NUM007 in round 9: completeness said in more ways, and lists that are examples or a pool.

Passages written for these tests before the code was changed. Before, the tables with a total
row or a total said after them, the bulleted roster, the count of children raised against the
children named, the parts taken "of the injured" with the count of the injured three paragraphs
back, the sentence that opens "Altogether" after its list and the spells "a combined 31 years"
of five men did not fire; the witnesses "including" a list far into the sentence, the pool
of applicants against the names picked and a part's own share ("four of them") fired or added
up wrongly. Rows under "The schools that will shut are:" against the four schools of the lede,
the two halves of a whole in the next sentence and the people "Police named them as" did not
fire either.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ('a table with a total row',
     'Result\n\nThe votes were:\n\nAlvarez: 4,120\nBrook: 3,310\nChen: 905\nTotal: 8,435\n\nTurnout was low.',
     '8,435'),
    ('a table of money with a total row',
     "Accounts\n\nThe club's income last season came from:\n\nGate receipts: £412,000\nSponsorship: £268,000\nBar and catering: £95,000\nTotal: £785,000\n\nThe treasurer said costs rose.",
     '£785,000'),
    ("a table, then 'a total of' paragraphs later",
     'Result\n\nThe declared result was:\n\nAlvarez (Labour): 4,120\nBrook (Green): 3,310\nChen (Liberal): 905\n\nAlvarez won by 810 votes.\n\nA total of 8,435 valid votes were cast, with 52 spoiled.',
     '8,435'),
    ("the whole on the colon's own line, bullets",
     'Package\n\nThe £3.4m package is made up of:\n\n- £1.2m for roads\n- £1.0m for parks\n- £0.9m for libraries\n\nWork starts in May.',
     '£3.4m'),
    ('a count over a bulleted list of things',
     "Shortlist\n\nFive books are on this year's shortlist:\n\n- The Salt Road by Ana Cruz\n- Low Tide by Ben Hall\n- Iron Bells by Cal Ives\n- Field Notes by Dee Ford\n\nThe winner is named in May.",
     'Five'),
    ('a count over a numbered list',
     "Closures\n\nThe trust will shut three wards next month:\n1. Elm Ward at St Mary's\n2. Ash Ward at the General\n3. Oak Ward at St Mary's\n4. Birch Ward at the General\nUnions have objected.",
     'three'),
    ("'Altogether' opens the sentence after the list",
     'Jobs\n\nThe bakery employs 210 people, the dairy 145 and the mill 80. Altogether the three firms employ 445 people.',
     '445'),
    ("'between them' after the list",
     "Goals\n\nRovers' strikers have been in form. Kane Ellis has scored 14 goals this season, Jo Park nine and Ade Bello seven, 31 between them.",
     '31'),
    ('the count of the injured, the rest told paragraphs on',
     'Crash\n\nTwo people died and 23 passengers were hurt when the coach overturned.\n\nMedics said 15 of the injured were taken to hospital, three of them in a critical condition. The remaining six were treated at the roadside.',
     '23'),
    ("'of the firefighters' passes over a nearer count of workers",
     'Fire\n\nNine firefighters were hurt tackling the blaze at the plant, the brigade said.\n\nThe site employs 140 workers, who were evacuated.\n\nFive of the firefighters were treated in hospital. The remaining three were treated at the scene.',
     'Nine'),
    ("a part's own share is no part",
     'Floods\n\nRescuers reached 31 families overnight: 18 in Ashby, four of them with infants, and 12 in Coleton.',
     '31'),
    ('spells of five men, a combined total',
     'Jailed\n\nFive men were jailed for a combined 31 years on Friday. Adams was jailed for nine years, Baker for eight years, Cole for six years, Dunn for five years and Evans for four years.',
     '31 years'),
    ('children raised, children named',
     'Obituary\n\nShe married in 1960 and the couple raised three children on the farm.\n\nShe is survived by her husband; her children, Mark Dale of Leeds, Susan Ives of York, Paul Dale of Hull and Diane Ross of Selby; and nine grandchildren.',
     'three'),
    ('children had, a husband who died before',
     'Obituary\n\nBorn in Tralee, Nora and her husband Jim had five children.\n\nShe is predeceased by Jim and survived by her children, Seán, Aoife, Colm and Niamh, and 11 grandchildren.',
     'five'),
    ('rows under "The <noun> ... are:", the count told before',
     'Closures\n\nFour schools will close in July, the council said.\n\nThe schools that will shut, with their rolls, are:\n\nAsh Primary, 12 pupils;\nElm Primary, 9 pupils;\nOak Primary, 20 pupils.\n\nParents are angry.',
     'Four'),
    ('the two halves of the whole in the next sentence',
     'Arrests\n\nPolice arrested 23 people after the match. Fifteen were men and nine were women.',
     '23'),
    ('adults and children in the next sentence',
     'Rescue\n\nLifeboat crews brought 48 people ashore on Sunday. Thirty were adults and 17 were children.',
     '48'),
    ("'Police named them as'",
     'Charged\n\nFour men have been charged over the robbery. Police named them as Adam Price, 34, Carl Ward, 29, and Dan Shah, 41.',
     'Four'),
    ("'They were named by police as'",
     'Crash\n\nFour people died in the crash on the A6.\n\nThey were named by police as Ann Lee, 34, Bo Tran, 29, and Cy Ward, 61.',
     'Four'),
]  # fmt: skip

SILENT = [
    ("'including' far into the sentence",
     "Trial opens\n\nThe Crown said it would call 46 witnesses, including the victim's brother, who was with him that night, and three bar staff, two of whom were working the door."),
    ('a pool of applicants, the names picked',
     'Board named\n\nFive people were appointed to the nine-member board from a field of 14 applicants: Ann Lee, 40, a nurse; Bo Tran, 33, a teacher; Cy Ward, 61, a builder; Di Moss, 58, a grocer; and Ed Ng, 29, a student.'),
    ('players looked at, five picked',
     'Team\n\nThe selectors looked at 14 players over the summer. Five were picked: Ana Cruz, Ben Hall, Cal Ives, Dee Ford and Eli Moss.'),
    ('a table with a total row, right',
     'Result\n\nThe votes were:\n\nAlvarez: 4,120\nBrook: 3,310\nChen: 905\nTotal: 8,335\n\nTurnout was low.'),
    ('a table, the spoiled ballots told with the total',
     'Result\n\nThe declared result was:\n\nAlvarez (Labour): 4,120\nBrook (Green): 3,310\nChen (Liberal): 905\n\nA total of 8,387 ballots were cast, 52 of them spoiled.'),
    ('a bulleted list under "includes"',
     'Package\n\nThe £3.4m package includes:\n\n- £1.2m for roads\n- £1.1m for parks\n- £0.9m for libraries\n\nWork starts in May.'),
    ('a bulleted roster, right, with points under an item',
     'Plan\n\nThe mayor set out three priorities:\n- Housing\n  - more council homes\n  - faster planning\n- Transport\n- Policing\n\nShe spoke for an hour.'),
    ('the key ones of a count',
     'Plan\n\nThe 40-page report makes 23 recommendations. The key ones:\n- a new board\n- annual audits\n- open meetings\n\nMinisters will reply.'),
    ("'Altogether' about a larger whole",
     "Jobs\n\nThe bakery employs 210 people, the dairy 145 and the mill 80. Altogether the region's food firms employ 1,900 people."),
    ("'In all' after a list begun in the paragraph before",
     'Ballot\n\nRuiz ended the second ballot with 1,150 delegates.\n\nOrtiz finished with 900 delegates. Lamb held 390, and 90 delegates remained uncommitted. In all, 2,530 delegates were seated.'),
    ('the count of the injured, right',
     'Crash\n\nTwo people died and 21 passengers were hurt when the coach overturned.\n\nMedics said 15 of the injured were taken to hospital, three of them in a critical condition. The remaining six were treated at the roadside.'),
    ("a part's own share, right",
     'Floods\n\nRescuers reached 30 families overnight: 18 in Ashby, four of them with infants, and 12 in Coleton.'),
    ('children, one from a first marriage',
     'Obituary\n\nShe had two children from her first marriage and later raised two more with Tom.\n\nShe is survived by her children, Ann Lee of Cork, Ben Lee of Cobh, Cara Moss of Mallow and Dan Moss of Youghal.'),
    ('children raised, right, a stepdaughter after',
     'Obituary\n\nHe and his wife raised three children on the farm.\n\nHe is survived by his wife; his children, Mark Dale of Leeds, Susan Ives of York and Paul Dale of Hull; and his stepdaughter Kim.'),
    ('a time offset is no count of groups',
     'Court\n\nHe was charged two days after the fight. The State will call 46 witnesses, among them three doormen and two bar staff.'),
    ('rows under "The <noun> are:", right',
     'Closures\n\nFour schools will close in July.\n\nThe schools that will shut are:\n\nAsh Primary;\nElm Primary;\nOak Primary;\nYew Primary.\n\nParents are angry.'),
    ('lines of a quote under "The judges said:"',
     'Verdict\n\nThe three judges gave their ruling. The judges said:\nIt was close,\nvery close.\n\nThe appeal failed.'),
    ('men and women who did something else',
     'Dinner\n\nThe club has 400 members. Some 250 men and 120 women attended the dinner.'),
    ('halves, then a figure more',
     'Clinic\n\nThe clinic saw 48 patients on Monday. Thirty were adults and 12 were children, while six gave no age.'),
    ('bullets of others than the count',
     'Pledge\n\nSo far, on top of the four founding members from Chile, these parishes have joined the pledge:\n- St Anne, Cork\n- St Mary, Derry\n\nMore are expected.'),
    ('two counts before "named them as"',
     'Charged\n\nFive people were arrested and two men were charged. Police named them as Adam Price and Carl Ward.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
