"""NUM002, NUM003 and NUM004 across a whole article: the two figures of each passage sit in
different sentences or paragraphs (the headline counts), the way errors reach print.

Every passage was written for this file. Each fire case names the span the finding must cover
(its own span or one of its related spans) and the other figure it must name; each silent case
is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest


def _found(lint, text: str, code: str, published: str | None = None):
    report = lint(text, select=[code], published=published)
    return report, [f for f in report.findings if f.rule == code and f.severity != "info"]


def _covers(report, finding, phrase: str) -> bool:
    at = report.text.find(phrase)
    assert at >= 0, phrase
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(a <= at and at + len(phrase) <= b for a, b in spans)


def _assert_pair(lint, code: str, text: str, one: str, other: str) -> None:
    report, found = _found(lint, text, code)
    assert len(found) == 1, [f.message for f in found]
    finding = found[0]
    assert _covers(report, finding, one), (finding.message, one)
    assert _covers(report, finding, other), (finding.message, other)
    # the evidence says why the two figures were read as one measure
    assert finding.evidence.get("why"), finding.evidence


# -- NUM002: one measure, two values -------------------------------------------------------

NUM002_FIRES = [
    # "includes" after a figure makes it the whole, not a part of a larger measure
    (
        "The new library will cost £52.8m, the council said.\n\nThe project's budget of "
        "£25.8m includes a contingency of about 8 per cent.",
        "£52.8m",
        "£25.8m",
    ),
    # "More than" belongs to the figure, not to the group it counts
    (
        "More than 8,200 patients have been waiting more than a year for treatment.\n\nThe "
        "health board is working to reduce the number of the 2,800 patients waiting over a year.",
        "8,200",
        "2,800",
    ),
    # four digits, two neighbours swapped, one counted noun read for both
    (
        "Some 3,400 nurses walked out on Tuesday.\n\nThe strike by 4,300 nurses is the first in "
        "the trust's history.",
        "3,400",
        "4,300",
    ),
    # people employed are the staff
    (
        "The factory employs 1,250 people, the company said.\n\nUnions said the 1,520 workers "
        "at the factory had been told on Monday.",
        "1,250",
        "1,520",
    ),
    # "a new" on the first mention introduces the thing
    (
        "A new £350m hospital will open in Swindon in 2026.\n\nCritics said the £530m project "
        "was unaffordable.",
        "£350m",
        "£530m",
    ),
    # what is "12 miles long" is the verb's subject
    (
        "The bypass will be 12 miles long.\n\nDrivers will save 20 minutes on the 21-mile "
        "bypass, the council said.",
        "12 miles",
        "21-mile",
    ),
    # a figure owned by the thing named before it
    (
        "The reservoir holds 3.2 billion litres of water.\n\nIt was built in 1960.\n\nWhen "
        "full, the reservoir's 2.3 billion litres supply 40,000 homes.",
        "3.2 billion litres",
        "2.3 billion litres",
    ),
    # digits swapped further apart: the article's only figures with these digits, the later
    # pointing back (``restatement_slips._alone``)
    (
        "Ballots will reach 23,415 voting centres.\n\nOfficials will staff the 21,435 stations.",
        "23,415",
        "21,435",
    ),
    # a long figure with two neighbouring digits swapped, the parse reading no noun for one
    (
        "The electoral agency says ballots will reach all 23,415 voting centres by Friday.\n\n"
        "About 90,000 officials have been trained.\n\n"
        "Officials will staff the 23,145 polling points, the agency said.",
        "23,415",
        "23,145",
    ),
    (
        "Council backs £1.9m library refurbishment\n\n"
        "Councillors in Harrogate have voted to go ahead with work on the town's Victorian "
        "library, which has been closed since a roof leak in the spring.\n\n"
        "The £9.1m scheme will add a café and a children's floor, and is due to finish in 2026.",
        "£1.9m",
        "£9.1m",
    ),
    (
        "Plans for a 240MW solar farm on former quarry land near Didcot were approved on "
        "Tuesday.\n\n"
        "Local residents had objected to the loss of views across the valley.\n\n"
        "The developer says the 420MW development would supply power to about 90,000 homes.",
        "240MW",
        "420MW",
    ),
    (
        "The club wants to build a 41,000-capacity arena on the old gasworks site.\n\n"
        "Supporters' groups have backed the move, saying the current ground is too small.\n\n"
        "Planners will consider the 14,000-capacity venue at a meeting next month.",
        "41,000",
        "14,000",
    ),
    (
        "There are now 8,200 patients in the region who have waited more than a year for "
        "surgery, figures show.\n\n"
        "The health board said it was sending some patients to private hospitals.\n\n"
        "The 820 patients who have waited more than a year will be offered treatment in "
        "England, it added.",
        "8,200",
        "820",
    ),
    (
        "The new bridge over the Tay will cost £45m, the council said on Friday.\n\n"
        "Work is expected to begin in the autumn and last two years.\n\n"
        "Opponents say the £54m bridge is a vanity project that the city cannot afford.",
        "£45m",
        "£54m",
    ),
    (
        "Engineers inspected 340 bridges across the county after the floods.\n\n"
        "The inspections took six weeks and cost the council £200,000.\n\n"
        "Of the 430 bridges inspected, 12 were closed to traffic.",
        "340",
        "430",
    ),
    (
        "Firefighters say the blaze on Saddleworth Moor has scorched 1,500 hectares of "
        "moorland.\n\n"
        "Crews from four counties have been tackling the flames since Sunday.\n\n"
        "The 5,100 hectares burned include a breeding ground for rare birds.",
        "1,500 hectares",
        "5,100 hectares",
    ),
    (
        "Rebel fighters have seized 400 square kilometres of farmland in the east of the "
        "country.\n\n"
        "The government described the advance as a temporary setback.\n\n"
        "Aid agencies said the 900 square kilometres seized by the rebels include two "
        "market towns.",
        "400 square kilometres",
        "900 square kilometres",
    ),
    (
        "A 12km tunnel will carry trains under the estuary, the transport secretary "
        "announced.\n\n"
        "The project has been discussed for more than 30 years.\n\n"
        "Boring machines for the 21km tunnel will arrive from Germany in May.",
        "12km",
        "21km",
    ),
    (
        "The university has opened a $45m library in the heart of the campus.\n\n"
        "Students queued from dawn to see the building, which has space for 2,000 readers.\n\n"
        "The $54m library was paid for largely by alumni donations.",
        "$45m",
        "$54m",
    ),
    (
        "The government has unveiled a $3.5bn aid package for farmers hit by the drought.\n\n"
        "Farm groups welcomed the $5.3bn package but said it had come too late for many.",
        "$3.5bn",
        "$5.3bn",
    ),
    (
        "Ukrainian forces have recaptured 2,300 square miles of territory in the past week, "
        "officials in Kyiv said.\n\n"
        "The speed of the advance surprised Western analysts.\n\n"
        "The 3,200 square miles retaken by Ukraine include the city of Izium.",
        "2,300 square miles",
        "3,200 square miles",
    ),
    # the same digits transposed, restated with another word for the same people
    (
        "About 230 residents were evacuated from streets near the depot on Sunday.\n\n"
        "A rest centre opened at the village hall.\n\n"
        "The council said the 320 people evacuated could go home on Monday.",
        "230",
        "320",
    ),
    (
        "Floods have displaced 38,500 people along the river, the Red Cross said.\n\n"
        "Aid lorries reached the worst-hit villages on Tuesday.\n\n"
        "Officials said the 35,800 residents forced from their homes were in camps.",
        "38,500",
        "35,800",
    ),
    (
        "Drought aid: state unveils $26m package for farmers\n\n"
        "Farmers will be able to claim transport subsidies and cheap loans.\n\n"
        "Applications for the $62 million in assistance open on Monday.",
        "$26m",
        "$62 million",
    ),
]

NUM002_SILENT = [
    # the same digits, but two places
    "Some 3,400 nurses walked out in Leeds.\n\nIn Bradford, 4,300 nurses joined the strike.",
    # "a new" after one was named: another thing
    "The council approved a £350m hospital in Swindon.\n\nA new £530m hospital is planned "
    "for Bath.",
    # a name owning a figure may own many: not read as one thing
    "Kent's £5m went on roads.\n\nLast month Kent's £8m went on schools.",
    # long figures of two different things at two times
    "The agency received 12,450 applications in May.\n\nIt issued the 12,540 permits it "
    "had approved in April.",
    # budget against what was spent
    "The council budgeted £2.4m for the flood defence scheme.\n\n"
    "So far it has spent £1.1m on the scheme, mostly on surveys.",
    # this year against last year
    "The festival drew 45,000 visitors this year, the organisers said.\n\n"
    "Last year 54,000 visitors came, but rain kept many away this time.",
    # a separate scheme
    "The council has approved a £2.4m scheme to resurface roads.\n\n"
    "A separate £4.2m scheme to rebuild pavements has been delayed until next year.",
    # the original estimate against the revised one
    "The bridge was originally expected to cost £45m.\n\n"
    "Rising steel prices mean the £54m bridge will now open a year late.",
    # two places
    "The £2.4m scheme in Leeds will start in May.\n\n"
    "Officials said the £4.2m scheme in York would follow in the autumn.",
    # two owners
    "Kent County Council approved a £2m scheme to repair potholes.\n\n"
    "Essex said its £5m scheme would begin in the spring.",
    # the same noun, two events
    "Twelve patients were treated at the scene by paramedics.\n\n"
    "A further 40 patients were taken to hospital, where three remain in a serious condition.",
    # two waiting-time thresholds
    "There are 8,200 patients in the region who have waited more than a year for "
    "surgery.\n\n"
    "The 820 patients who have waited more than two years will be treated first.",
    # a figure and its conversion, restated in the other unit
    "Ukrainian forces have recaptured about 2,300 square miles (6,000 sq km) of territory.\n\n"
    "The 6,000 sq km retaken include several towns.",
    # a cost that has risen, told as a change
    "The club unveiled plans for a £40m stadium in 2015.\n\n"
    "The cost has since risen to £70m, and the £70m stadium will open next year.",
    # two years
    "The airport handled 24 million passengers in 2019.\n\n"
    "In 2020 it handled 7 million passengers as the pandemic halted travel.",
    # a part of the scheme
    "The £10m scheme includes a £2m cycle lane along the river.\n\nThe cycle lane will open first.",
    # the first phase and the whole
    "The first phase of the scheme cost £2m.\n\nThe £5m scheme will be complete by 2027.",
    # the same digits, two different groups of people
    "The plant employs 350 people.\n\nThe firm's 530 shareholders met on Friday.",
    # the same digits in two sports events
    "She won the 200m in 22.1 seconds.\n\nIn the 100m she finished fourth.",
    # the same digits, two events of one kind of people
    "Police said 12 people were killed when the bridge collapsed.\n\n"
    "Rescuers said the 21 people injured were taken to hospital.",
    # the same digits, a total and a part of it
    "Floods have displaced 38,500 people, the Red Cross said.\n\nOf them, 35,800 are children.",
]

# -- NUM003: a comparison against the article's own figure ----------------------------------

NUM003_FIRES = [
    (
        "Ukrainian troops have recaptured an area three times the size of Wales in a "
        "week-long counter-offensive in the north-east.\n\n"
        "The advance has taken Russian commanders by surprise, according to Western "
        "officials.\n\n"
        "Residents of liberated villages described months of occupation.\n\n"
        "Kyiv says its forces have recaptured 2,300 square miles since 6 September.",
        "three times the size of Wales",
        "2,300 square miles",
    ),
    (
        "Wildfires have burned an area the size of Belgium in the south of the country this "
        "summer.\n\n"
        "Thousands of people have been moved from their homes.\n\n"
        "The forestry agency said 4,000 sq km had burned since June.",
        "the size of Belgium",
        "4,000 sq km",
    ),
    (
        "Blaze destroys forest three times the size of Manhattan\n\n"
        "A fire that started at a campsite has swept through the national park.\n\n"
        "Rangers said the fire destroyed 1,800 hectares of pine forest before it was brought "
        "under control.",
        "three times the size of Manhattan",
        "1,800 hectares",
    ),
    (
        "The new solar park will cover an area the size of 700 football pitches, its "
        "developer says.\n\n"
        "Sheep will graze between the rows of panels.\n\n"
        "The park will cover 50 hectares of farmland on the edge of the village.",
        "700 football pitches",
        "50 hectares",
    ),
    (
        "The reservoir, which holds enough water to fill 400 Olympic swimming pools, was "
        "built in the 1960s.\n\n"
        "Its dam has been inspected after cracks were found last month.\n\n"
        "The reservoir holds 5,000 cubic metres of water when full.",
        "400 Olympic swimming pools",
        "5,000 cubic metres",
    ),
    (
        "The oil slick off the coast now covers 40 sq km, the coastguard said.\n\n"
        "Volunteers have been cleaning beaches since the tanker ran aground on Monday.\n\n"
        "At its current size the slick is twice the size of Luxembourg.",
        "twice the size of Luxembourg",
        "40 sq km",
    ),
    (
        "Floods swamp farmland twice the size of Greater London\n\n"
        "Heavy rain over the weekend caused rivers across the county to burst their banks.\n\n"
        "In all, 300 sq km of farmland has been flooded, the Environment Agency said.",
        "twice the size of Greater London",
        "300 sq km",
    ),
    (
        "The park, twice the size of Greater London, opened to the public on Monday.\n\n"
        "It has taken a decade to buy the land from dozens of owners.\n\n"
        "The park covers 30 sq km of wetland and woods.",
        "twice the size of Greater London",
        "30 sq km",
    ),
    (
        "The estate covers 200 hectares of parkland and ancient woods.\n\n"
        "Its new owners plan to open it to walkers next year.\n\n"
        "The estate is about the size of Manhattan, its agents said.",
        "the size of Manhattan",
        "200 hectares",
    ),
    (
        "Locusts have stripped crops from an area the size of Rhode Island, officials said.\n\n"
        "Farmers say the swarms are the worst in living memory.\n\n"
        "The insects have stripped crops from 250 sq km since the rains ended.",
        "the size of Rhode Island",
        "250 sq km",
    ),
    # "bigger than" is one side of the reference
    (
        "The 120,000-hectare cattle station has been sold to a pension fund.\n\n"
        "The sale price was not disclosed.\n\n"
        "The property is bigger than Luxembourg and has 40km of river frontage.",
        "bigger than Luxembourg",
        "120,000-hectare",
    ),
    # the article's only area figure, and a comparison that names it with another word
    (
        "The new protected areas will cover 1,500 square kilometres of ocean.\n\n"
        "Fishing will be banned in three smaller zones.\n\n"
        "The zone is about three times the size of the Auckland region.",
        "three times the size of the Auckland region",
        "1,500 square kilometres",
    ),
    # a compound and its head name one thing: meltwater is the water
    (
        "Meltwater now covers an area twice the size of Luxembourg, the agency said.\n\n"
        "Roads in the valley have been closed.\n\n"
        "Drone surveys show the water covers 500 sq km of the valley floor.",
        "twice the size of Luxembourg",
        "500 sq km",
    ),
    # an amount lost, compared in its own sentence
    (
        "The city lost about 2.5 billion gallons of water to leaks last year, enough to fill "
        "38,000 Olympic swimming pools.",
        "38,000 Olympic swimming pools",
        "2.5 billion gallons",
    ),
]

NUM003_SILENT = [
    # the comparison agrees with the figure five paragraphs on
    "Ukrainian troops have recaptured an area about a third the size of Wales in a "
    "counter-offensive.\n\n"
    "The advance has surprised Western officials.\n\n"
    "Kyiv says its forces have recaptured 2,300 square miles since 6 September.",
    # another actor, another verb
    "Russian forces seized an area the size of Wales in the first weeks of the war.\n\n"
    "Ukraine says it has recaptured 2,300 square miles this month.",
    # a part of the area: the figure is for one park only
    "Wildfires have burned an area the size of Belgium across the country this summer.\n\n"
    "In the national park alone, 400 sq km have burned.",
    # two years
    "Last year fires burned an area the size of Belgium.\n\n"
    "This year 400 sq km have burned so far, the forestry agency said.",
    # the figures disagree among themselves: no telling which the comparison describes
    "Ukraine has recaptured 2,300 square miles in the north.\n\n"
    "In the south it has recaptured 500 square miles.\n\n"
    "In all, its forces have recaptured an area three times the size of Wales, officials "
    "claim.",
    # a different thing's size
    "The new park covers 50 hectares on the edge of the town.\n\n"
    "Nearby, the lake is the size of 70 football pitches.",
    # correct across paragraphs in another unit
    "The reservoir holds 5 million cubic metres of water.\n\n"
    "That is enough to fill 2,000 Olympic swimming pools, engineers say.",
    # no figure for the compared measure
    "The country is about the size of Wales.\n\n"
    "Its army occupies 2,000 sq km of the disputed border region.",
    # the comparison describes the whole; the figure only what was flooded last week
    "Floods have covered farmland twice the size of Greater London this winter.\n\n"
    "Last week 300 sq km were flooded in a single night.",
    # agreement in the headline and the body
    "Fires burn area twice the size of Greater London\n\n"
    "Fires have burned 3,100 sq km of bush in the state since November, officials said.",
    # "bigger than" and true
    "The 400,000-hectare station has been sold.\n\nThe property is bigger than Luxembourg.",
    # a rate per day against a comparison per year
    "The plant will supply 100 billion litres of water a year.\n\n"
    "That is enough to fill about 40,000 Olympic swimming pools each year, or roughly 274 "
    "million litres every day.",
    # the figure is the whole a share is taken of
    "The city covers about 10 sq km. That makes it about five times the size of Monaco, but "
    "less than 0.3 per cent of Lagos State's 3,577 sq km.",
]

# -- NUM004: a part larger than its whole, shares of one whole past 100% ---------------------

NUM004_FIRES = [
    (
        "The firm employs 2,800 staff in Wales, according to its annual report. About 4,100 "
        "of them work at its plant in Newport.",
        "4,100",
        "2,800",
    ),
    (
        "Inspectors surveyed 90 schools across the county in the spring.\n\n"
        "The survey was ordered after a ceiling collapsed at a primary school in March.\n\n"
        "In 140 of the schools surveyed, inspectors found leaking roofs.",
        "140",
        "90",
    ),
    (
        "Of the 1,800 tenants who replied, 62% said their rent was too high, 29% said it was "
        "fair and 14% said it was low.",
        "62%",
        "14%",
    ),
    (
        "The council asked residents about the new bin collections. Some 52% said the "
        "service was worse, 31% said it was about the same and 26% called it better.",
        "52%",
        "26%",
    ),
    (
        "The village school has 220 pupils on its roll.\n\n"
        "Of those pupils, 260 are girls, the head teacher said.",
        "260",
        "220",
    ),
    (
        "Asked whether the bypass should go ahead, 58% of residents said yes.\n\n"
        "A further 49% said no, and the rest were undecided.",
        "58%",
        "49%",
    ),
    (
        "Police stopped 1,200 vehicles during the week-long operation on the A1.\n\n"
        "Officers said 1,450 of the vehicles stopped had at least one defect.",
        "1,450",
        "1,200",
    ),
    (
        "The hospital treated 640 patients with burns last year.\n\n"
        "Of them, 710 were children, most injured by hot drinks.",
        "710",
        "640",
    ),
    (
        "Survey of 400 farms finds most in debt\n\n"
        "Researchers questioned farmers across the region over the winter.\n\n"
        "Of the farms surveyed, 460 said they owed more than they earned in a year.",
        "460",
        "400",
    ),
    (
        "The council owns 75 buildings in the town centre.\n\n"
        "A report says 90 of its buildings contain asbestos.",
        "90",
        "75",
    ),
    (
        "In the poll, 45% of voters backed the mayor. Another 40% backed her rival, and "
        "25% were undecided.",
        "45%",
        "25%",
    ),
    # shares of one vote, each another candidate's
    (
        "Labour holds ward in by-election\n\n"
        "Jane Smith won with 41.2% of the vote, ahead of the Conservative, who took 30.5%.\n\n"
        "Reform came third with 21.4%, and the Green candidate took 9.8%.",
        "41.2%",
        "9.8%",
    ),
    # one limit, both sides of it
    (
        "Just 42% of patients at the hospital were seen within four hours in May.\n\n"
        "The trust said it was facing record demand.\n\n"
        "At the hospital, 66% of patients waited longer than four hours.",
        "42%",
        "66%",
    ),
    # lower, the same or better
    (
        "Sixty-three per cent of the farmers surveyed expected yields to be lower than last "
        "year.\n\n"
        "Harvest is under way in the south.\n\n"
        "Only 41% said their yields would be the same or better.",
        "Sixty-three per cent",
        "41%",
    ),
    # a fact and its negation, paragraphs apart
    (
        "The hospital admitted 312 patients with flu in January.\n\n"
        "Of those patients, 58% had not received a flu vaccine this season.\n\n"
        "Doctors urged older people to get the jab.\n\n"
        "Forty-seven per cent of the patients had been vaccinated, the review found.",
        "58%",
        "Forty-seven per cent",
    ),
    # outcomes of one set of complaints: upheld and not upheld
    (
        "The ombudsman closed 240 complaints about the housing association last year.\n\n"
        "It found 61% of the complaints to be unfounded.\n\n"
        "In 44% of the complaints, it upheld at least one part and ordered an apology.",
        "61%",
        "44%",
    ),
    # parts that add to each other, in sentences after their whole
    (
        "Inspectors have finished counting the damage. A total of 310 cabins were hit by the "
        "storm.\n\nOf those, 230 were flattened. A further 120 lost their roofs.",
        "120",
        "310",
    ),
    # passed and failed, the answer said by the verb, a limit of "a week"
    (
        "Of the 1,200 pupils who sat the exam, 64% passed.\n\nThe head said results had "
        "improved.\n\nIn all, 41% of the pupils failed, the figures showed.",
        "64%",
        "41%",
    ),
    (
        "The council received 900 planning applications last year. It approved 72% of "
        "them.\n\nCampaigners said the rules were too lax.\n\nThe council rejected 31% of the "
        "applications.",
        "72%",
        "31%",
    ),
    (
        "Of the 400 patients treated, 70% were discharged within a week.\n\nDoctors said the "
        "ward had coped well.\n\nA further 35% stayed longer than a week.",
        "70%",
        "35%",
    ),
    # a partition after "Of those ...," in the sentence after the whole
    (
        "Police made 85 arrests over the weekend. Of those arrested, 61 were men and 31 were "
        "women.",
        "31",
        "85",
    ),
    # a partition in the sentence that opens on its whole
    (
        "Of the 2,140 calls logged by the helpline in March, 1,390 were about heating and 880 "
        "were about rent, the charity said.",
        "880",
        "2,140",
    ),
]

NUM004_SILENT = [
    # passed twice is two questions; approved and rejected of two different wholes
    "Of the 500 students, 64% passed maths.\n\nSome 58% passed English and 30% failed it.",
    "The board approved 60% of the budget.\n\nIt rejected 45% of the proposals.",
    # outcomes that fit, and outcomes of two different wholes
    "The ombudsman found 61% of the complaints to be unfounded.\n\nIn 34% of the complaints, "
    "it upheld at least one part.",
    "The ombudsman found 61% of the complaints to be unfounded.\n\nOf the appeals, 54% were "
    "upheld.",
    # parts that add up to less than the whole
    "A total of 310 cabins were hit by the storm.\n\nOf those, 230 were flattened. A further 60 "
    "lost their roofs.",
    # parts that may overlap: nothing says they exclude each other
    "Of the 2,140 calls logged in March, 1,390 came from tenants and 880 came from people over 65.",
    "Of the 2,140 calls logged in March, 1,390 were about heating and 880 were also about rent.",
    "The firm employs 2,800 staff in Wales. About 400 of them work night shifts.",
    # more than one answer allowed
    "Respondents could name more than one reason. Some 64% cited cost, 48% cited distance "
    "and 30% said they had no time.",
    # two groups
    "Among men, 58% backed the plan. Among women, 61% backed it.",
    # two questions
    "In the survey, 62% said the council was doing a good job.\n\n"
    "Asked about cleanliness, 71% said the streets were clean.",
    # "of them" after another whole
    "The firm employs 2,800 staff. It has 14,000 customers, 4,100 of them in Wales.",
    # another noun
    "Police stopped 1,200 vehicles during the operation.\n\nOfficers issued 1,450 tickets.",
    # rounding: 34 + 33 + 34 is 101, at least 99.5
    "In the poll, 34% backed the mayor, 33% backed her rival and 34% were undecided.",
    # two polls, months apart
    "A poll in March found 52% of voters backed the plan.\n\n"
    "A poll this month found 61% of voters backed it.",
    # a whole and a part of another whole
    "Inspectors surveyed 90 schools in Kent.\n\n"
    "In Essex, 140 schools were found to have leaking roofs.",
    # a larger figure after "more"
    "The school has 220 pupils. The new wing will hold 260 more.",
    # shares of different questions, one sentence each
    "Some 87% of patients said the service was quick.\n\nAnd 92% said staff were kind.",
    # last year's whole, this year's part
    "The hospital treated 640 patients with burns last year.\n\n"
    "This year 710 were treated, 300 of them children.",
    # vote shares that add up
    "Jane Smith won with 41.2% of the vote, ahead of the Conservative, who took 30.5%. Reform "
    "came third with 19.4%. Turnout was 31%.",
    # the progress of the count and another count of the same vote
    "With 84% of the vote counted, the Labor candidate had 36.8% of first preferences.\n\n"
    "On a two-party-preferred basis, Labor is on track to win with about 53%.",
    # a target beside the figure
    "The target is for 95% of patients to be seen within four hours. In May, 66% of patients "
    "waited longer than four hours.",
    # the same answer in two polls
    "A poll in March found 52% backed the bypass.\n\nA poll this month found 61% backed it.",
    # one share said twice in other words
    "Some 87% of voters said the council did not deliver its promises.\n\n"
    "In the same poll, 87% said the council failed to deliver its promises.",
    # a fact and its negation of two wholes: companies and documents
    "The survey found 90% of the companies questioned had no idea that information was "
    "leaking.\n\nOn average, 31% of documents contained sensitive information.",
    # a fact and its negation of two groups
    "Of the patients, 58% had not been vaccinated.\n\n"
    "Among staff, 85% had been vaccinated, the trust said.",
]


@pytest.mark.parametrize(("text", "one", "other"), NUM002_FIRES)
def test_num002_fires_across_the_article(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", NUM002_SILENT)
def test_num002_silent_across_the_article(lint, text):
    assert _found(lint, text, "NUM002")[1] == []


@pytest.mark.parametrize(("text", "one", "other"), NUM003_FIRES)
def test_num003_fires_across_the_article(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", NUM003_SILENT)
def test_num003_silent_across_the_article(lint, text):
    assert _found(lint, text, "NUM003")[1] == []


@pytest.mark.parametrize(("text", "one", "other"), NUM004_FIRES)
def test_num004_fires_across_the_article(lint, text, one, other):
    _assert_pair(lint, "NUM004", text, one, other)


@pytest.mark.parametrize("text", NUM004_SILENT)
def test_num004_silent_across_the_article(lint, text):
    assert _found(lint, text, "NUM004")[1] == []
