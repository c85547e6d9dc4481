"""NUM002 and NUM003 on the kinds of restatement a sub-editor meets that the first round missed:
one group of people named by a general word and by a specific one ("4,700 passengers" ...
"the 7,400 people stranded"); a bound ("more than 300") that fits both values of a slip; a
figure in words; a measurement recorded ("the station recorded 132mm" ... "the 96mm recorded");
a headline figure with two digits swapped; a place named with its kind ("the state of Rhode
Island").

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

NUM002_FIRES = [
    # a general word for people restates a specific group: the same digits transposed
    (
        "Nearly 4,700 passengers were stranded at the airport overnight after the storm.\n\n"
        "The airline said the 7,400 people stranded would be rebooked on Monday.",
        "4,700",
        "7,400",
    ),
    (
        "Organisers said 2,600 runners finished the city's first night marathon.\n\n"
        "Medics treated a handful of the 6,200 people who finished for heat exhaustion.",
        "2,600",
        "6,200",
    ),
    # the same event verb, values not transposed
    (
        "Coastguards evacuated about 600 tourists from the island on Sunday as the fire "
        "spread.\n\nThe 900 people evacuated were taken to the mainland by ferry.",
        "600",
        "900",
    ),
    # a figure that names a part of itself is still the whole
    (
        "Firefighters rescued 240 residents, including 35 children, from the flats on "
        "Tuesday.\n\nThe 420 people rescued were taken to a leisure centre.",
        "240",
        "420",
    ),
    (
        "Ukrainian authorities evacuated about 2,000 civilians, among them 300 children, from "
        "frontline villages.\n\nThe 3,500 people evacuated were taken by train to Dnipro.",
        "2,000",
        "3,500",
    ),
    # a figure written in words, in a quote
    (
        "About 5,400 miners walked off the job at the copper mine on Monday.\n\n"
        '"These four thousand five hundred people want a fair wage," the union leader said.',
        "5,400",
        "four thousand five hundred",
    ),
    # "more than 200" fits both values of the slip: it does not join them
    (
        "More than 200 staff face redundancy at the plant, the union said.\n\n"
        "The company said 245 staff would lose their jobs by March.\n\n"
        "Talks on the future of the 254 staff affected will begin next week.",
        "245",
        "254",
    ),
    (
        "The restoration of the pier will cost more than £1m, the trust said.\n\n"
        "The council approved the £1.3m scheme in March.\n\n"
        "Critics said the £3.1m scheme was poor value.",
        "£1.3m",
        "£3.1m",
    ),
    # a measurement recorded, restated with the same verb
    (
        "The weather station at the airport recorded 132mm of rain on Sunday, the Met Office "
        "said.\n\nThe 96mm recorded at the airport was the most in a day since 2012.",
        "132mm",
        "96mm",
    ),
    (
        "Police recorded 4,100 burglaries across the county last year.\n\n"
        "The chief constable said the 3,600 burglaries recorded were the fewest in a decade.",
        "4,100",
        "3,600",
    ),
    # a headline figure with two neighbouring digits swapped, the body's figure unread
    (
        "Court freezes $1,370m of tycoon's assets\n\n"
        "A court in Lagos on Tuesday froze $1,730m held by a shipping magnate and his family.",
        "$1,370m",
        "$1,730m",
    ),
]

# a running total restating an undated count is still one count
NUM002_FIRES += [
    (
        "About 12,400 migrants are living in the camps on the island, the agency said.\n\n"
        "In all, more than 14,200 migrants have arrived there since January.",
        "12,400",
        "14,200",
    ),
]

# a dimension said with its adjective: "will be 1.2km long", "which is 90 metres high",
# "is worth $3.2bn": what is long, high or worth it is the verb's subject
NUM002_FIRES += [
    (
        "The new bridge will be 1.2km long, the council said.\n\n"
        "Work on the 2.7km crossing will start in spring.",
        "1.2km",
        "2.7km",
    ),
    (
        "The dam, which is 90 metres high, was finished in 1971.\n\n"
        "Engineers inspected the 120-metre dam after the earthquake.",
        "90 metres",
        "120-metre",
    ),
    (
        "The takeover is worth $3.2bn, the company said on Monday.\n\n"
        "Regulators in Brussels will review the $4.5bn deal.",
        "$3.2bn",
        "$4.5bn",
    ),
]

# the measure's own noun ("a capacity of 16,500", "run for 1,300km"), a noun the tagger
# misreads ("a £1.5m upgrade" tagged as an adjective), a count whose event is its own clause
NUM002_FIRES += [
    (
        "The arena will have a capacity of 16,500 when it opens.\n\n"
        "Promoters said the 12,000-capacity venue would attract major tours.",
        "16,500",
        "12,000",
    ),
    (
        "The pipeline will run for 1,300km across three countries.\n\n"
        "Construction of the 1,700km pipeline will begin in 2026.",
        "1,300km",
        "1,700km",
    ),
    (
        "The council has approved a £1.5m upgrade of the town's leisure centre.\n\n"
        "Opposition councillors said the £2.5m refurbishment was poor value.",
        "£1.5m",
        "£2.5m",
    ),
    (
        "Some 6,400 patients in the region have been waiting over a year for surgery.\n\n"
        "The health board said it hoped to treat the 4,900 patients who had been waiting over "
        "a year by March.",
        "6,400",
        "4,900",
    ),
]

# a count with no event, restated bare ("Its 31,000 students")
NUM002_FIRES += [
    (
        "The university has 28,000 students.\n\nIts 31,000 students come from more than 100 "
        "countries.",
        "28,000",
        "31,000",
    ),
    (
        "The shelter houses 120 dogs, the charity said.\n\n"
        "The 180 dogs are walked twice a day by volunteers.",
        "120",
        "180",
    ),
    (
        "The company's fleet has 64 buses.\n\nAll 58 buses will be electric by 2030.",
        "64",
        "58",
    ),
]

# a count whose own clause repeats the first mention's verb, a verb of any kind
NUM002_FIRES += [
    (
        "Scientists tagged 1,200 turtles on beaches along the coast last summer.\n\n"
        "The 1,500 turtles tagged will be followed by satellite for two years.",
        "1,200",
        "1,500",
    ),
    (
        "The charity distributed 12,000 food parcels in December.\n\n"
        "The 15,000 parcels distributed were packed by volunteers.",
        "12,000",
        "15,000",
    ),
    (
        "Surgeons performed 340 operations at the hospital last month.\n\n"
        "The 520 operations performed were the most in a single month.",
        "340",
        "520",
    ),
]

# a mention set beside the thing ("The project, a £2.6m scheme"), an attribute owned by it
# ("The scheme's £2.6m cost", "the farm's capacity of 180MW")
NUM002_FIRES += [
    (
        "The council has approved a £1.9m refurbishment of the town hall.\n\n"
        "The project, a £2.6m scheme funded by the lottery, will start in May.",
        "£1.9m",
        "£2.6m",
    ),
    (
        "The council has approved a £1.9m refurbishment of the town hall.\n\n"
        "The scheme's £2.6m cost will be met by the lottery.",
        "£1.9m",
        "£2.6m",
    ),
    (
        "Plans for a 240MW wind farm off the Norfolk coast have been approved.\n\n"
        "The farm's capacity of 180MW would make it the largest in the region.",
        "240MW",
        "180MW",
    ),
]

# an event's figure and a label of the thing its subject names; two nouns for a plan of
# spending; a cost "at a cost of"; a person quoted owns nothing
NUM002_FIRES += [
    (
        "Firefighters are tackling a wildfire that has burned 6,200 hectares near the town.\n\n"
        "The 2,600-hectare blaze is 40% contained, officials said.",
        "6,200 hectares",
        "2,600-hectare",
    ),
    (
        "The county approved a $2.7 million plan to fix its bridges.\n\n"
        "Supervisor Ann Ruiz said the $7.2 million package was long overdue.",
        "$2.7 million",
        "$7.2 million",
    ),
    (
        "The bridge was built at a cost of £2.4 million, the council said.\n\n"
        "Walkers have welcomed the £3.1m bridge.",
        "£2.4 million",
        "£3.1m",
    ),
]

NUM002_SILENT = [
    # another fire, another year's fire
    "A wildfire that has burned 6,200 hectares is threatening the town.\n\n"
    "A second, 2,600-hectare blaze is burning to the north.",
    "A wildfire that has burned 6,200 hectares this week is threatening the town.\n\n"
    "Last year's 2,600-hectare blaze destroyed 40 homes.",
    # another plan
    "The county approved a $2.7 million plan to fix its bridges.\n\n"
    "A separate $7.2 million package for schools was delayed.",
    # another thing built at a cost
    "The bridge was built at a cost of £2.4 million, the council said.\n\n"
    "A second £3.1m bridge upstream opened in 2019.",
    # another thing set beside, another thing owning the attribute
    "The council has approved a £1.9m refurbishment of the town hall.\n\n"
    "The next project, a separate £2.6m scheme for the library, will start in May.",
    "The council has approved a £1.9m refurbishment of the town hall.\n\n"
    "The library's £2.6m cost will be met by the lottery.",
    "Plans for a 240MW wind farm off the Norfolk coast have been approved.\n\n"
    "The power station's capacity of 180MW will be retired in 2030.",
    # the first plan, told as another time on a verb of any kind
    "Councillors approved plans for 450 homes on the former airfield on Tuesday. The "
    "developer had originally proposed 540 homes, but cut the number after objections.\n\n"
    "The 450 homes will include 135 affordable properties.",
    # a running total
    "Scientists tagged 400 sharks off the coast in 2022.\n\n"
    "In 2023 they tagged 600 more. The 1,000 sharks tagged so far have revealed new "
    "migration routes.",
    # the verb repeated, at another time or place
    "Scientists tagged 1,200 turtles on the beaches last summer.\n\n"
    "The 1,500 turtles tagged this summer will be followed by satellite.",
    "The charity distributed 12,000 food parcels in December.\n\n"
    "The 15,000 parcels distributed in January were packed by volunteers.",
    "Surgeons performed 340 operations at Leeds General Infirmary last month.\n\n"
    "The 520 operations performed at St James's were the most in a single month.",
    # a narrowed count may be any part: a kind, a place, a year group
    "The park has 1,200 trees.\n\nThe 200 oak trees will be felled.",
    "The firm has 2,000 staff.\n\nThe 400 staff at its Leeds site will move to Bradford.",
    "The school has 850 pupils.\n\nThe 120 pupils in year 7 will move to the new building.",
    # two venues' capacities
    "The arena will have a capacity of 16,500 when it opens.\n\n"
    "Promoters said the 12,000-capacity theatre nearby would lose bookings.",
    # two pipelines
    "The pipeline will run for 1,300km across three countries.\n\n"
    "A rival 1,700km pipeline is planned further north.",
    # two projects
    "The council has approved a £1.5m upgrade of the town's leisure centre.\n\n"
    "A separate £2.5m refurbishment of the library was deferred.",
    # the group that waited longer is a part
    "Some 6,400 patients in the region have been waiting over a year for surgery.\n\n"
    "The health board hoped to treat the 900 patients who had been waiting over two years "
    "by March.",
    # two things of one dimension
    "The new bridge will be 1.2km long, the council said.\n\n"
    "Work on the 2.7km tunnel will start in spring.",
    # the old one and the new one
    "The old dam, which was 90 metres high, was demolished in 1971.\n\n"
    "Engineers inspected the new 120-metre dam after the earthquake.",
    # another deal
    "The takeover is worth $3.2bn, the company said on Monday.\n\n"
    "A separate $4.5bn deal for its rival is under review in Brussels.",
    # a subgroup named by a clause of its own: of a group the school holds, of another event
    "The school has 850 pupils.\n\nThe 580 pupils who sat the exam this year achieved "
    "record results.",
    "Some 2,500 runners took part in the half marathon.\n\n"
    "The 5,200 people who entered the 10km race were given medals.",
    "The mine employs 2,100 people.\n\nThe 1,200 workers who were laid off on Monday will "
    "receive a month's pay.",
    # two specific groups of people: staff are not patients
    "The hospital employs 2,300 nurses.\n\nThe 3,200 patients on its wards were moved on Friday.",
    # a part of the group
    "Floods have displaced 4,200 people in the delta.\n\nOf them, 2,400 were children.",
    "The airline said 4,200 passengers were stranded.\n\n"
    "Of the people stranded, 2,400 passengers were rebooked on Monday.",
    # a total of several groups
    "Coastguards evacuated 600 tourists from the island on Sunday.\n\n"
    "In all, 900 people were evacuated, among them hotel staff and fishermen.",
    # two days
    "Coastguards evacuated about 600 tourists from the island on Sunday.\n\n"
    "The 900 people evacuated on Monday were taken to the mainland by ferry.",
    # two places
    "In Leeds, 2,600 runners finished the race.\n\nIn York, 6,200 people finished the race.",
    # the bound is a third value, not a bridge: three values
    "The restoration will cost more than £1m, the trust said.\n\n"
    "The council approved the £1.3m scheme in March.\n\n"
    "Critics said the £3.1m scheme was poor value, and the £2.2m scheme was better.",
    # a bound that agrees with the one figure
    "More than 300 homes were flooded overnight.\n\n"
    "By dawn, the council said, 312 homes had water inside them.\n\n"
    "Officers will visit each of the 312 properties this week.",
    # a figure in words that agrees
    "About 1,500 miners walked off the job.\n\n"
    '"These fifteen hundred people want a fair wage," the union leader said.',
    # two stations recording: two places, or one of several
    "The station at Heathrow recorded 132mm of rain on Sunday.\n\n"
    "The station in the Chilterns recorded 96mm.",
    "One gauge on the moor recorded 132mm of rain on Sunday.\n\nAnother gauge recorded 96mm.",
    # two days recorded
    "The airport recorded 132mm of rain on Sunday.\n\n"
    "The 96mm recorded at the airport on Monday brought more flooding.",
    # a headline figure and a body figure of two things
    "Court freezes $1,370m of tycoon's assets\n\n"
    "The magnate's companies owe $1,730m to banks in three countries, the court heard, "
    "and the frozen $1,370m will be held until trial.",
]


@pytest.mark.parametrize(("text", "one", "other"), NUM002_FIRES)
def test_num002_fires_across_kinds(lint, text: str, one: str, other: str) -> None:
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", NUM002_SILENT)
def test_num002_silent_on_near_misses(lint, text: str) -> None:
    _, found = _found(lint, text, "NUM002")
    assert not found, [f.message for f in found]


NUM003_FIRES = [
    # a place named with its kind first
    (
        "A wildfire has burned 31,000 acres of ranchland in the panhandle.\n\n"
        "Officials said the fire had blackened an area larger than the state of Rhode Island.",
        "the state of Rhode Island",
        "31,000 acres",
    ),
    (
        "The reclaimed land covers 90 sq km, the port authority said.\n\n"
        "That is about twice the size of the island of Malta, the minister claimed.",
        "twice the size of the island of Malta",
        "90 sq km",
    ),
    (
        "Floodwater has covered 50 sq km of farmland.\n\n"
        "The flooded area is now the size of the state of Delaware, the governor said.",
        "the size of the state of Delaware",
        "50 sq km",
    ),
]

# a comparison with no multiplier: "as large as", "the same size as", "similar in size to"
NUM003_FIRES += [
    (
        "The iceberg that broke away covers 900 sq km, the survey found.\n\n"
        "The berg is roughly as large as Luxembourg, scientists said.",
        "as large as Luxembourg",
        "900 sq km",
    ),
    (
        "Rangers say the blaze has burned through 45,000 hectares of bush.\n\n"
        "It is now about the same size as Greater London.",
        "the same size as Greater London",
        "45,000 hectares",
    ),
    (
        "The new marine park protects 1,200 square miles of reef.\n\n"
        "It is similar in size to Cyprus, the minister said.",
        "similar in size to Cyprus",
        "1,200 square miles",
    ),
]

# a number of objects said as a comparison: beside a measure, "an area of", "enough to fill"
NUM003_FIRES += [
    (
        "The reclaimed land covers 30 sq km, roughly 400 football pitches, the developer said.",
        "400 football pitches",
        "30 sq km",
    ),
    (
        "The new reservoir will hold 2 million cubic metres of water.\n\n"
        "Engineers say that is enough to fill about 8,000 Olympic swimming pools.",
        "8,000 Olympic swimming pools",
        "2 million cubic metres",
    ),
    (
        "The solar farm will take up 120 hectares.\n\n"
        "Objectors said it would cover an area of about 40 football pitches.",
        "40 football pitches",
        "120 hectares",
    ),
]

# the comparison told as the thing's event, the figure as the thing's measure
NUM003_FIRES += [
    (
        "The new marine reserve will protect an area three times the size of Jamaica.\n\n"
        "The reserve covers 4,500 square kilometres of ocean around the islands.",
        "three times the size of Jamaica",
        "4,500 square kilometres",
    ),
    (
        "The national park will protect an area twice the size of Luxembourg, ministers "
        "said.\n\nThe park covers 900 sq km of forest and wetland.",
        "twice the size of Luxembourg",
        "900 sq km",
    ),
]

# the level a change reached is the size now
NUM003_FIRES += [
    (
        "Wildfire now twice the size of Luxembourg\n\n"
        "The fire has grown to 50,000 hectares, officials said on Tuesday.",
        "twice the size of Luxembourg",
        "50,000 hectares",
    ),
    (
        "The oil slick has spread to 40 sq km, the coastguard said.\n\n"
        "It is now roughly the size of the island of Malta.",
        "the size of the island of Malta",
        "40 sq km",
    ),
]

# a small place named bare whose formal name adds its kind: Edinburgh, Belfast, Anglesey
NUM003_FIRES += [
    (
        "The restored peatland covers 6,500 hectares of the Pentland Hills.\n\n"
        "That is more than twice the size of Edinburgh, the charity said.",
        "twice the size of Edinburgh",
        "6,500 hectares",
    ),
    (
        "The fire on the mountain has burned some 2 square miles of heather.\n\n"
        "Firefighters said it was roughly a fifth the size of Belfast.",
        "a fifth the size of Belfast",
        "2 square miles",
    ),
]

# "That is ..." opens on the sentence before, across a paragraph break
NUM003_FIRES += [
    (
        "Floodwater now covers about 9,000 sq km of the delta, the agency said.\n\n"
        "That is an area roughly the size of Luxembourg, officials added.",
        "the size of Luxembourg",
        "9,000 sq km",
    ),
    (
        "The new reserve protects 600 sq km of rainforest.\n\n"
        "This is more than twice the size of Singapore, the minister said.",
        "twice the size of Singapore",
        "600 sq km",
    ),
    (
        "Wildfires have burned 120,000 hectares across the state since January.\n\n"
        "It is an area bigger than Luxembourg.",
        "bigger than Luxembourg",
        "120,000 hectares",
    ),
]

# a rate per second or minute against a comparison per second or minute
NUM003_FIRES += [
    (
        "The river peaked at about 1,400 cubic metres per second overnight.\n\n"
        "That flow is enough to fill five Olympic-sized swimming pools every second.",
        "five Olympic-sized swimming pools",
        "1,400 cubic metres per second",
    ),
    (
        "The pumps can move 90 cubic metres of water a minute.\n\n"
        "That is enough to fill two Olympic swimming pools every minute, engineers said.",
        "two Olympic swimming pools",
        "90 cubic metres",
    ),
]

# a share of a place's own area, or a share of a place covered
NUM003_FIRES += [
    (
        "The works will create about 1,200 hectares of new land, roughly a sixth of "
        "Singapore's current land area.",
        "a sixth of Singapore",
        "1,200 hectares",
    ),
    (
        "Fires have burned 4,000 sq km of forest this summer.\n\n"
        "Put another way, the burned land would cover about a sixth of England.",
        "a sixth of England",
        "4,000 sq km",
    ),
]

NUM003_SILENT = [
    "The works will create about 12,000 hectares of new land, roughly a sixth of "
    "Singapore's current land area.",
    "Fires have burned 22,000 sq km of forest this summer.\n\n"
    "Put another way, the burned land would cover about a sixth of England.",
    # a share of a place's people, not of its area
    "The council covers 400 sq km.\n\nNearly half of Invercargill residents think their "
    "rates are too high.",
    # a rate per second is not compared with pools a day
    "The river peaked at about 1,400 cubic metres per second overnight.\n\n"
    "In a day it carries enough water to fill 48,000 Olympic swimming pools every day.",
    "The river peaked at about 1,400 cubic metres per second overnight.\n\n"
    "That flow would fill an Olympic swimming pool about every two seconds.",
    "Floodwater now covers about 2,600 sq km of the delta, the agency said.\n\n"
    "That is an area roughly the size of Luxembourg, officials added.",
    "The new reserve protects 600 sq km of rainforest.\n\n"
    "The country as a whole is more than twice the size of Singapore.",
    "The reserve covers 600 sq km and its buffer zone 1,500 sq km.\n\n"
    "That is more than twice the size of Singapore, the minister said.",
    "The restored peatland covers 6,500 hectares of the Pentland Hills.\n\n"
    "That is about a quarter of the size of Edinburgh, the charity said.",
    "The fire on the mountain has burned some 10 square miles of heather.\n\n"
    "Firefighters said it was roughly a fifth the size of Belfast.",
    # a county named like its city: not checked
    "The new forest will cover 30 sq km.\n\nThat is about the size of Dublin.",
    # the whole a share is taken of, some words after the share, is not what is compared
    "The rebels hold about 19,000 sq km in the north.\n\n"
    "That is roughly a third of the country's officially recognised territory of about "
    "57,000 sq km, and somewhat smaller than Wales.",
    # an amount of change is not the size
    "The fire has grown by 50,000 hectares since Monday.\n\n"
    "It is now about twice the size of Luxembourg.",
    # another fire, another year
    "The fire has grown to 50,000 hectares this week.\n\n"
    "Last year a fire twice the size of Luxembourg burned in the same forest.",
    # the event's subject is another thing than the one measured
    "The army will occupy an area three times the size of Jamaica.\n\n"
    "The reserve covers 4,500 square kilometres of ocean around the islands.",
    "The national park will protect an area twice the size of Luxembourg, ministers "
    "said.\n\nThe lake inside it covers 900 sq km.",
    "The iceberg that broke away covers 2,600 sq km, the survey found.\n\n"
    "The berg is roughly as large as Luxembourg, scientists said.",
    "Rangers say the blaze has burned through 160,000 hectares of bush.\n\n"
    "It is now about the same size as Greater London.",
    # a possessive is no place: "as large as Manhattan's famous green space"
    "At 790 acres, the park would be nearly as large as Manhattan's famous green space.",
    "A wildfire has burned 1.2 million acres of forest this summer.\n\n"
    "Officials said the fires had blackened an area larger than the state of Rhode Island.",
    "The reclaimed land covers 600 sq km, the port authority said.\n\n"
    "That is about twice the size of the island of Malta, the minister claimed.",
    # real objects counted, not compared: "has 12 tennis courts", "a fleet of 64 buses"
    "The club has 12 tennis courts and two swimming pools.\n\nThe club covers 4 hectares.",
    "The company's fleet of 64 buses serves the city.\n\nThe route is 12km long.",
    "Three football pitches will be built on the site.\n\nThe site covers 40 hectares.",
    # "the state of" in another sense: not a place
    "Floodwater has covered 50 sq km of farmland.\n\n"
    "The state of the roads is now the size of the problem, the governor said.",
]


@pytest.mark.parametrize(("text", "one", "other"), NUM003_FIRES)
def test_num003_fires_on_places_named_with_their_kind(lint, text, one, other) -> None:
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", NUM003_SILENT)
def test_num003_silent_on_places_named_with_their_kind(lint, text: str) -> None:
    _, found = _found(lint, text, "NUM003")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "The fire has burned 40 sq km, an area larger than the state of Rhode Island.",
            "Rhode Island",
        ),
        ("The lagoon is twice the size of the island of Malta.", "Malta"),
        ("The estate is about the size of the city of Paris.", "Paris"),
        # a formal name with its kind: the City of London is not London
        ("The site is about the size of the City of London.", "City of London"),
    ],
)
def test_reference_named_with_its_kind(lint, text: str, reference: str) -> None:
    report = lint(text, select=["NUM003"])
    assert [q.reference for q in report.quantities if q.kind == "comparison"] == [reference]


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("The haul of tusks was as heavy as 30 elephants, customs said.", True),
        ("The seized tusks weighed as much as 2,000 elephants.", True),
        ("The new tower stands the height of 30 double-decker buses.", True),
        ("The reservoir holds the volume of 300 Olympic swimming pools.", True),
        ("The rangers fitted collars to 30 elephants this spring.", False),
    ],
)
def test_a_number_of_objects_is_a_likeness_when_the_words_say_so(lint, text, compared) -> None:
    report, _ = _found(lint, text, "NUM003")
    kinds = {q.kind for q in report.quantities if q.text[:1].isdigit()}
    assert ("comparison" in kinds) is compared, [(q.text, q.kind) for q in report.quantities]
