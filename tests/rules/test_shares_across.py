"""NUM004 on shares and parts of one whole spread over an article, by class of slip.

Every passage was written for this file, in its own words and domain; each class has passages
that must fire and near misses that must stay silent."""

from __future__ import annotations

import pytest


def _found(lint, text: str, published: str | None = None):
    report = lint(text, select=["NUM004"], published=published)
    return report, [f for f in report.findings if f.rule == "NUM004" and f.severity != "info"]


def _covers(report, finding, phrase: str) -> bool:
    at = report.text.find(phrase)
    assert at >= 0, phrase
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(a <= at + len(phrase) and at <= b for a, b in spans)


def _assert_fires(lint, text: str, one: str, other: str) -> None:
    report, found = _found(lint, text)
    assert len(found) == 1, [f.message for f in found]
    assert _covers(report, found[0], one), (found[0].message, one)
    assert _covers(report, found[0], other), (found[0].message, other)
    assert found[0].evidence.get("why"), found[0].evidence


# -- a share "of <group> <verb>": the group is the noun, not the verb after it ----------------

GROUP_FIRES = [
    (
        "Just 41% of callers got through to an adviser within ten minutes in May.\n\n"
        "The regulator's figures show 66% of callers waited longer than ten minutes.",
        "41%",
        "66%",
    ),
    (
        "In all, 62% of tenants backed the rent freeze, the association said.\n\n"
        "But 45% of tenants opposed it, according to the same ballot.",
        "62%",
        "45%",
    ),
    (
        "In 58% of the appeals, the tribunal upheld the original decision.\n\n"
        "The report found 49% of appeals were not upheld.",
        "58%",
        "49%",
    ),
    (
        "Asked about the new bus lanes, 57 per cent of those surveyed said they supported "
        "them.\n\nAnother 48 per cent opposed the lanes, the council said.",
        "57 per cent",
        "48 per cent",
    ),
    # "of the drivers questioned" is everyone asked: "said" needs no group
    (
        "Of the drivers questioned at the depot, 71% said their shifts were too long.\n\n"
        "Only 36% of the drivers questioned said shifts were about right, the union found.",
        "71%",
        "36%",
    ),
    (
        "A clear 64% of the growers interviewed expected prices to be lower this season.\n\n"
        "Frost has hit the valley twice.\n\n"
        "Another 39% said prices would be the same or higher.",
        "64%",
        "39%",
    ),
]

# the one group an article names is its sample: later answers need not repeat it
GROUP_FIRES += [
    (
        "In the survey, 63% of customers were happy with the new timetable.\n\n"
        "But 42% were unhappy, the operator admitted.",
        "63%",
        "42%",
    ),
    (
        "The survey found 71% of growers expect prices to fall next year. Only 38% think they "
        "will rise.",
        "71%",
        "38%",
    ),
    (
        "Of those who responded, 58% of commuters said the changes had made their journey "
        "longer.\n\nSome 49% said it was now shorter.",
        "58%",
        "49%",
    ),
]

# a negation that leaves its fact out takes the fact said just before
GROUP_FIRES += [
    (
        "Half of the 2,000 adults surveyed said they had cut back on heating this winter. A "
        "further 57% said they had not.",
        "Half",
        "57%",
    ),
    (
        "In all, 64% of the drivers stopped had checked their tyres before the trip.\n\n"
        "Another 41% had not, police said.",
        "64%",
        "41%",
    ),
]

GROUP_SILENT = [
    # the elliptical negation fits
    "Half of the 2,000 adults surveyed said they had cut back on heating. A further 45% said "
    "they had not.",
    # a fact two sentences back is not the one left out
    "Half of the adults surveyed said they had cut back on heating. Prices rose 9% in the "
    "year. Energy firms made record profits. A further 57% said they had not.",
    # a group of women may be one part of the sample: the 47% may be of everyone
    "In the poll, 58% of women backed the curfew.\n\nOverall, 47% opposed it.",
    # two groups: tenants and landlords
    "Some 62% of tenants backed the rent freeze.\n\nBut 45% of landlords opposed it.",
    # men and women are two wholes
    "In the poll, 58% of the men surveyed backed the curfew.\n\n"
    "Meanwhile 47% of the women surveyed opposed it.",
    # two limits: ten minutes and an hour
    "Just 41% of callers got through within ten minutes.\n\n"
    "Some 66% of callers waited longer than an hour, the regulator said.",
    # two surveys named: two wholes
    "The Chronicle poll found that 61% backed the new stadium, with 30% against.\n\n"
    "In the Supporters' Trust survey, 52% said they backed it.",
    # answers that fit
    "Some 52% of tenants backed the rent freeze.\n\nBut 45% of tenants opposed it.",
]


# -- parts of a mix, one of them the rest of the whole -----------------------------------------

MIX_FIRES = [
    (
        "Coal supplied 41% of the state's electricity last year, the grid operator said.\n\n"
        "Gas accounted for 33% and wind for 19%.\n\n"
        "The remaining 12% came from rooftop solar and hydro schemes.",
        "41%",
        "12%",
    ),
    (
        "Europe remained the carmaker's largest market, contributing 48% of revenue.\n\n"
        "The chief executive said the rest of the world, which accounted for 57% of group "
        "sales, was where the growth lay.",
        "48%",
        "57%",
    ),
    (
        "Staff costs account for 64% of the trust's spending, the annual report shows. Drugs "
        "and equipment make up 22%.\n\nThe rest, 19%, goes on buildings and maintenance.",
        "64%",
        "19%",
    ),
    (
        "Barley made up 52 per cent of the co-operative's intake this harvest.\n\n"
        "Wheat brought in another 31 per cent, the manager said, and the remaining 24 per cent "
        "came from oilseed rape.",
        "52 per cent",
        "24 per cent",
    ),
]

# shares listed up to "the remaining" / "the remainder", whatever verb lists them
MIX_FIRES += [
    (
        "Among those with a preference, 36 per cent backed the Social Democrats, 31 per cent "
        "the Greens and 27 per cent the Liberals, with the remaining 9 per cent split among "
        "smaller parties.",
        "36 per cent",
        "9 per cent",
    ),
    (
        "By age, 41% of the members are under 30, 38% are aged 30 to 50 and 27% are older, the "
        "remainder declining to say.",
        "41%",
        "27%",
    ),
    (
        "Of the applications, 55% came from Lagos, 28% from Abuja and 22% from Kano, with the "
        "rest from other states.",
        "55%",
        "22%",
    ),
]

# a voting-intention poll: each party's share is another's
MIX_FIRES.append(
    (
        "The poll put Labour on 41%, the Conservatives on 33%, Reform on 19% and the Liberal "
        "Democrats on 12%.",
        "41%",
        "12%",
    )
)

MIX_SILENT = [
    # the poll's shares fit
    "The poll put Labour on 41%, the Conservatives on 29%, Reform on 19% and the Liberal "
    "Democrats on 10%.",
    # the shares fit
    "Among those with a preference, 36 per cent backed the Social Democrats, 31 per cent the "
    "Greens and 24 per cent the Liberals, with the remaining 9 per cent split among smaller "
    "parties.",
    # several answers allowed
    "Respondents could choose more than one option: 55% picked price, 48% quality, with the "
    "rest naming location.",
    # a change among the shares: which figure is the share is unclear
    "Labour rose 12 points to 41%, while the Conservatives were on 38%, with the remaining 25% "
    "going to smaller parties.",
    # all of a whole, then a part and the rest
    "The bank said it was buying 100% of the lender. The government owns 51.4% of it, while "
    "the remaining shares are held by a private equity group.",
    # the rest of another whole
    "Some 60% of the budget goes on staff. The rest of the building will be sold, and 45% of "
    "the site turned into flats.",
    # the parts fit
    "Coal supplied 41% of the state's electricity last year.\n\n"
    "Gas accounted for 33% and wind for 14%.\n\nThe remaining 12% came from solar.",
    # a part inside another: Germany is part of Europe
    "Europe accounted for 48% of revenue, and Germany alone for 21%.\n\n"
    "The rest of the world made up 52% of sales.",
    # two wholes: electricity and heating
    "Coal supplied 41% of the state's electricity.\n\n"
    "Gas accounted for 33% of its heating.\n\nThe remaining 30% of heating came from oil.",
    # two years: a mix then and a mix now
    "Coal supplied 61% of the country's electricity in 2010.\n\n"
    "In 2024, gas accounted for 48%, and the remaining 52% came from renewables.",
    # no part is said to be the rest: sources may overlap or leave some out
    "Donations accounted for 58% of the charity's income.\n\n"
    "Grants made up 47%, the accounts show.",
]


# -- counts or sums split into parts, one of them the rest of the whole -------------------------

SPLIT_FIRES = [
    (
        "The trust will open a new 320-bed hospital in Carlisle in 2028.\n\n"
        "Of the beds, 180 will be on general wards and 95 in intensive and high-dependency "
        "care.\n\nThe remaining 70 beds will be set aside for maternity.",
        "70 beds",
        "320-bed",
    ),
    (
        "The charity has been awarded £4.8m by the lottery fund.\n\n"
        "It will spend £2.9m on a new hostel in Leeds. The remainder of the grant is split "
        "between two projects: £1.4m for outreach workers and £0.9m for a helpline.",
        "£0.9m",
        "£4.8m",
    ),
    (
        "Turnout was low in the mayoral election, with 61,400 valid votes cast.\n\n"
        "The winner, Ana Ruiz, took 33,950 votes. Her nearest rival won 21,880 votes.\n\n"
        "The Green candidate finished third with 7,420 votes, and four others shared the "
        "remainder.",
        "7,420 votes",
        "61,400 valid votes",
    ),
    # "the remaining 90" is the writer's own subtraction: the counts are exact
    (
        "The new academy in Hull will take 450 pupils when it opens in September.\n\n"
        "In all, 240 pupils will come from the two schools it replaces and 130 from the new "
        "estate. The remaining 90 pupils will be admitted by lottery.",
        "90 pupils",
        "450 pupils",
    ),
]

SPLIT_FIRES.append(
    (
        "Health officials confirmed 81 cases of measles in the region this year.\n\n"
        "Of those cases, 58 were reported in the city and 29 in the surrounding towns, with the "
        "remainder in rural districts.",
        "29",
        "81 cases",
    )
)

# "breaking down" a figure, "a breakdown of", "details of": its parts follow
SPLIT_FIRES += [
    (
        "The count found 4,120 wildebeest across the reserve.\n\nBreaking down the total, "
        "rangers said the northern plains held 2,300 wildebeest, the river valley 1,450, and "
        "the hills a further 610.",
        "610",
        "4,120 wildebeest",
    ),
    (
        "The council approved £80m for day-to-day services and a £46m capital budget.\n\n"
        "Giving details of the capital budget, the leader said £21m would go on roads, £17m "
        "on schools and £12m on housing.",
        "£12m",
        "£46m",
    ),
    (
        "A breakdown of the 2,900 complaints showed 1,400 concerned noise, 1,100 parking and "
        "600 litter.",
        "600",
        "2,900 complaints",
    ),
]

SPLIT_SILENT = [
    # rows of a table: a column's figures are each row's, not parts of the first row
    "Rovers take the title on the final day\n\nRovers finished two points clear after a 2-0 "
    "win at Ashby. The final table read:\n\nRovers: 21 wins, 6 draws, 3 losses\nCity: 18 "
    "wins, 9 draws, 3 losses\nUnited: 12 wins, 8 draws, 10 losses\nAlbion: 7 wins, 5 draws, "
    "18 losses\n\nThe league's manager of the season will be named on Friday.",
    "Bumper year for county show entries\n\nJudges handled entries across four sections. The "
    "show office's figures were:\n\nCattle: 140 entries, 38 breeders\nSheep: 96 entries, 41 "
    "breeders\nPoultry: 88 entries, 29 breeders\n\nOrganisers said the rest of the 412 "
    "entries came in the craft tent.",
    "Councils' pothole returns\n\nThe survey asked each district for its figures for the "
    "year.\n\nNorth district: 3,400 potholes, 2,900 repaired\nEast district: 2,100 potholes, "
    "1,950 repaired\nWest district: 1,800 potholes, 1,200 repaired\n\nThe remaining "
    "districts did not reply.",
    # the breakdown fits
    "The count found 4,120 wildebeest across the reserve.\n\nBreaking down the total, "
    "rangers said the northern plains held 2,300 wildebeest, the river valley 1,250, and the "
    "hills a further 510.",
    # a part inside another: calves among the herd
    "The count found 4,120 wildebeest.\n\nBreaking down the total, rangers said the plains "
    "held 2,300 wildebeest, including 1,900 calves.",
    # the breakdown names the other budget: the day-to-day £80m
    "The council approved £80m for day-to-day services and a £46m capital budget.\n\n"
    "Giving details of day-to-day spending, the leader said £31m would go on care, £27m on "
    "schools and £12m on housing.",
    # the whole said again in other words ("budgeted at about £3.6m") is no part
    "The council set aside £3.65m for the project.\n\nSome £2.8m had been spent by March, "
    "with the remainder committed to the roof. Officers said the scheme, budgeted at about "
    "£3.6m, was on track.",
    # the parts fit
    "The trust will open a new 320-bed hospital in 2028.\n\n"
    "Of the beds, 180 will be on general wards and 75 in intensive care.\n\n"
    "The remaining 65 beds will be set aside for maternity.",
    # no part is said to be the rest: the counts may be of other things
    "The charity has been awarded £4.8m by the lottery fund.\n\n"
    "It spent £2.9m on a hostel last year and £2.4m on outreach workers.",
    # a part inside another: the under-fives are among the children
    "The clinic saw 640 patients in May.\n\nOf them, 410 were children, including 260 "
    "under-fives. The remaining 230 patients were adults.",
    # "about 450" leaves room for 460
    "The new academy will take about 450 pupils when it opens.\n\n"
    "In all, 240 pupils will come from the two schools it replaces and 130 from the new "
    "estate. The remaining 90 pupils will be admitted by lottery.",
    # "the remainder" of shares, not of the sums before it
    "The state owes $90bn, based on an original loan of $61bn plus interest. Creditors "
    "holding $35bn have accepted the offer. Of the bondholders, 41% live abroad, 12% in the "
    "capital and the remainder were not split by where they live.",
    # a total given per year is no whole for the sums of other years
    "The club sold 9,000 season tickets this year.\n\nLast year it sold 8,200, and in 2022 "
    "it sold 7,900. The remaining 400 tickets go on sale on Monday.",
]

# a further part inside the first clause of the next sentence ("Work was under way on another
# 1,100"), unless that clause names another time or a wider whole, or repeats the whole's verb
# (it then adds to the whole)
SPLIT_FIRES += [
    (
        "The trust promised 480 new beds by the end of the year. So far 320 of the beds have "
        "opened. Builders are still working on a further 150, while 60 have not been started.",
        "60",
        "480",
    ),
    (
        "A total of 1,180 migrants reached the island in May. Of them, 690 were housed in the "
        "camp. Officials found places in hotels for another 340, and 210 were moved to the "
        "mainland.",
        "210",
        "1,180",
    ),
]
# counts of the whole's noun, each of another kind named by one preposition, its noun and
# verb left out after the first
SPLIT_FIRES += [
    (
        "The council received 1,150 complaints last year.\n\nSome 620 complaints were about "
        "noise, 410 about parking and 230 about litter, the report said.",
        "230",
        "1,150",
    ),
    (
        "Voters cast 18,420 ballots in the ward. There were 9,870 ballots for Patel, 6,010 for "
        "Hughes and 3,200 for Moore.",
        "3,200",
        "18,420",
    ),
    (
        "The firm employs 2,140 staff. Its annual report says 1,310 staff work in Leeds, 620 in "
        "Hull and 380 in York.",
        "380",
        "2,140",
    ),
]
SPLIT_SILENT += [
    "The council received 1,150 complaints last year.\n\nSome 620 complaints were about "
    "noise, 410 about parking and 110 about litter, the report said.",
    "The council received 1,150 complaints last year.\n\nIn 2022, 620 complaints were about "
    "noise, 410 about parking and 230 about litter.",
    "The council received 1,150 complaints last year.\n\nSome 620 complaints were about "
    "noise, 410 about parking and 230 about litter; many were about both noise and litter.",
    "The council received 1,150 complaints last year and 1,400 complaints the year before. "
    "Some 620 complaints were about noise, 410 about parking and 230 about litter.",
    "The council received 1,150 complaints. Across England, 620 complaints were about noise, "
    "410 about parking and 230 about litter.",
]
SPLIT_SILENT += [
    "The trust promised 480 new beds. So far 320 of the beds have opened. Last year it "
    "promised another 190.",
    "The trust promised 480 new beds. So far 320 of the beds have opened. Across the region, "
    "another 190 are planned.",
    "The trust promised 480 new beds. So far 320 of the beds have opened. The trust said it "
    "hoped to open another 190 in 2026.",
    "The trust promised 480 new beds. So far 320 of the beds have opened. Ministers have "
    "promised another 190.",
]


# -- a record: wins, draws and defeats are parts of the games played --------------------------

RECORD_FIRES = [
    (
        "Harlow finished fourth after 38 matches, with 19 wins, 11 draws and 10 defeats, the "
        "club said.",
        "10 defeats",
        "38 matches",
    ),
    (
        "The Hawks won 51 of their 82 regular-season games and reached the second round.\n\n"
        "Coach Ray Ortiz said the team's 35 losses had taught his young players a great deal.",
        "35 losses",
        "82 regular-season games",
    ),
    (
        "The county played 14 championship matches this summer.\n\nThey finished with six "
        "wins and nine defeats, their worst return since promotion.",
        "nine defeats",
        "14 championship matches",
    ),
]

RECORD_SILENT = [
    # the record fits
    "Harlow finished fourth after 38 matches, with 19 wins, 11 draws and 8 defeats.",
    # wins of another whole: the last 20 games
    "In 82 games the Hawks have 45 wins and 37 losses.\n\nThey have won 14 of their last 20.",
    # a career, not the season
    "The Hawks won 51 of their 82 games this season.\n\nOver his career, Ortiz has 35 losses "
    "as a head coach.",
    # home wins are a part of the wins, not beside them
    "Harlow played 38 matches, with 19 wins, 11 draws and 8 defeats.\n\nThey recorded 12 home "
    "wins.",
]


# -- a kind of the things counted, larger than all of them --------------------------------------

KIND_FIRES = [
    (
        "The ombudsman handled 2,340 cases in 2023-24, its annual report shows.\n\n"
        "Some 3,240 cases involving care homes were referred by relatives.",
        "3,240 cases",
        "2,340 cases",
    ),
    (
        "Trading standards officers received 640 reports of scams in the quarter.\n\n"
        "The team said 720 reports about doorstep sellers had been passed to police.",
        "720 reports",
        "640 reports",
    ),
    (
        "The hospital recorded 415 falls on its wards last winter.\n\n"
        "An internal review found 514 falls linked to staff shortages, the trust said.",
        "514 falls",
        "415 falls",
    ),
]

KIND_SILENT = [
    # another year
    "The council received 1,150 complaints last year.\n\n"
    "In 2019, it received 1,510 complaints about missed collections.",
    # a kind that fits
    "The council received 1,150 complaints last year.\n\n"
    "Some 510 complaints related to missed collections.",
    # a wider whole: across England
    "The council received 1,150 complaints last year.\n\n"
    "Across England, 15,100 complaints related to missed collections.",
    # two totals of the noun: which one is the whole is unknown
    "The council received 1,150 complaints last year and 1,900 complaints the year before.\n\n"
    "Some 1,510 complaints related to missed collections.",
]


# -- a whole and its parts listed right after it, or "split between" ---------------------------

LIST_FIRES = [
    (
        "The bakery chain employs 1,200 people, 700 in Leeds and 620 in Hull, and plans to "
        "open a third site.",
        "620",
        "1,200 people",
    ),
    (
        "The 600 new jobs will be split between the two sites, with 350 in Bristol and 310 in "
        "Swindon.",
        "310",
        "600 new jobs",
    ),
    (
        "The college has 2,400 students across three campuses: 1,100 in Bangor, 900 in "
        "Llandudno and 520 in Dolgellau.",
        "520",
        "2,400 students",
    ),
]

LIST_FIRES.append(
    (
        "The hospice cared for 1,140 patients last year: 690 adults and 470 children, its "
        "annual report says.",
        "470",
        "1,140 patients",
    )
)

LIST_SILENT = [
    # after a colon, a list that fits
    "The hospice cared for 1,140 patients last year: 690 adults and 450 children.",
    # after a colon, one part inside another
    "The hospice cared for 1,140 patients last year: 690 adults, including 470 over 80.",
    # the parts fit
    "The bakery chain employs 1,200 people, 700 in Leeds and 480 in Hull.",
    # differences, not parts
    "The bakery chain employs 1,200 people, 700 more than in 2015 and 900 more than in 2010.",
    # a part inside another: Leeds is in Yorkshire
    "The bakery chain employs 1,200 people, including 900 in Yorkshire and 700 in Leeds.",
    # a list of its own after a figure: bids, not parts of the fee
    "The club paid £8m for the striker in the end.\n\nIt had rejected bids of £3m, £4m and £5m "
    "for him in the summer.",
    # the split parts fit
    "The 600 new jobs will be split between the two sites, with 350 in Bristol and 250 in Swindon.",
]


# -- votes for candidates are parts of the votes cast -------------------------------------------

VOTE_FIRES = [
    (
        "Turnout was 38%, with 12,400 valid votes cast.\n\nMs Patel won with 6,100 votes. Mr "
        "Jones, the Conservative, received 4,200 votes and the Green candidate polled 2,300.",
        "2,300",
        "12,400 valid votes",
    ),
    (
        "In all, 8,950 ballots were cast in the union's leadership contest.\n\n"
        "The winner, Kath Doyle, secured 5,120 votes, ahead of Sam Reid on 3,990.",
        "3,990",
        "8,950 ballots",
    ),
    (
        "A total of 31,700 votes were counted in the mayoral race. Rivera took 17,300 "
        "votes.\n\nHis opponent finished with 14,900 votes, the county clerk said.",
        "14,900 votes",
        "31,700 votes",
    ),
]

VOTE_FIRES.append(
    (
        "In all, 12,400 votes were cast. Labour's candidate won 6,100 votes, the Conservative "
        "4,200 and the Green 2,300.",
        "2,300",
        "12,400 votes",
    )
)

VOTE_SILENT = [
    # the votes fit
    "Turnout was 38%, with 12,400 valid votes cast.\n\nMs Patel won with 6,100 votes. Mr "
    "Jones received 4,200 votes and the Green candidate polled 1,900.",
    # a majority is a difference, not a candidate's votes
    "In all, 8,950 ballots were cast.\n\nKath Doyle secured 5,120 votes, a majority of 1,250 "
    "over Sam Reid, who took 3,780.",
    # another election
    "A total of 31,700 votes were counted in the mayoral race. Rivera took 17,300 votes.\n\n"
    "In 2019 he won 15,800 votes.",
    # later rounds count the same ballots again: each round's tallies are not parts of the
    # first count
    "Aldana leads after the first count, when 21,540 valid ballots were cast in the mayoral "
    "race.\n\nTwo candidates were eliminated in the second round. Of their 3,210 ballots, 1,480 "
    "went to Aldana and 1,200 to Pryce. That left Aldana on 10,950 and Pryce on 8,870.\n\nIn "
    "the third round Aldana finished with 11,600 votes to Pryce's 9,100.",
    "A total of 9,830 votes were cast on Sunday, and no candidate passed half.\n\nIn the "
    "runoff a fortnight later, Lindqvist took 5,410 votes to Moreau's 4,960.",
]

VOTE_FIRES.append(
    # a runoff said later does not hide a first count whose parts pass it
    (
        "A total of 9,830 votes were cast on Sunday. Lindqvist took 5,410 votes and Moreau "
        "4,960.\n\nThe two will meet again in a runoff only if a court orders one.",
        "4,960",
        "9,830 votes",
    )
)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    GROUP_FIRES + MIX_FIRES + SPLIT_FIRES + RECORD_FIRES + KIND_FIRES + LIST_FIRES + VOTE_FIRES,
)
def test_num004_fires(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize(
    "text",
    GROUP_SILENT
    + MIX_SILENT
    + SPLIT_SILENT
    + RECORD_SILENT
    + KIND_SILENT
    + LIST_SILENT
    + VOTE_SILENT,
)
def test_num004_silent(lint, text):
    assert _found(lint, text)[1] == []
