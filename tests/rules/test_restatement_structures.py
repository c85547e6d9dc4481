"""NUM002 on the structures by which copy restates one measure, and the guards that say in
words why two figures are two measures.

- a bound ("more than 400 cars") fits every value above it: it prints neither of a slipped
  pair, so it does not make both values "given elsewhere";
- a role written as one word with its trade ("mineworkers") is the role ("workers"), and a
  count of twenty or more in words is house style, judged as a printed figure;
- a speaker quoted after the story named a thing speaks of it with "a" ("Getting a
  540-megawatt array to financial close"): a thing's size in a direct quote points back to
  the thing told outside it, unless the quote gives it an owner, place or time of its own;
- an average, or a figure a tenfold from both, is no third value of the pair's measure;
- a third figure is a third value of the pair's measure only when it could name what they
  name (the same noun, or the event both tell), not any other group of people;
- two digits printed with a point ("€3.2m" / "€2.3 million") are a slip when read in
  another order, as three digits are; two whole numbers ("12" / "21") are not;
- "her sister ship", "its rival", "the northern section" / "the southern section": another
  thing of the kind;
- a "when" clause is dated by the phrase it follows ("last year, when ..."), and "this
  summer" falls in the year of publication.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # a headline's capacity and the body's, with a bound of another count beside them
    (
        "Council unveils plan for 48,000-seat arena\n\nThe arena would hold 58,000 spectators "
        "on match days, with a retractable roof over the pitch.\n\nMore than 9,000 people "
        "have signed a petition against the plan, which councillors will debate in May.",
        "48,000",
        "58,000",
    ),
    (
        "Ferry operator adds 1,500-berth ship to Baltic route\n\nThe new ship has 1,900 "
        "berths in cabins on four decks and space for more than 400 cars.",
        "1,500",
        "1,900",
    ),
    # an average of many ships ("just over 1,000") is no third value of one ship's berths
    (
        "Ferry operator adds 1,500-berth ship to Baltic route\n\nThe new ship has 1,900 "
        "berths in cabins on four decks. The operator's average ship has just over 1,000 "
        "berths.",
        "1,500",
        "1,900",
    ),
    # two digits with a point, read in another order: "£4.7m" / "£7.4 million"
    (
        "Repairs to Mill Lane viaduct to cost £4.7m\n\nThe viaduct will close to trains for "
        "six weeks in the summer while engineers carry out a £7.4 million refurbishment, "
        "Network Rail said.",
        "£4.7m",
        "£7.4 million",
    ),
    # a trade written as one word with its role ("farmworkers", "dockworkers") is that role,
    # and twenty or more in words is house style, not a small group named in passing
    (
        "Thirty-four farmworkers were stranded when floodwater cut off the orchard near "
        "Shepparton.\n\nPolice said the 43 workers stranded by the flood had been brought "
        "out by boat.",
        "Thirty-four",
        "43",
    ),
    (
        "Twenty-one dockworkers were arrested during a protest at the port gates on Monday."
        "\n\nA police spokesman said the 12 workers arrested would appear in court next month.",
        "Twenty-one",
        "12",
    ),
    # a speaker quoted after the story named a thing speaks of it with "a"
    (
        "Work has started on the 360MW solar farm outside Mildura, its developer said on "
        'Tuesday.\n\nThe panels will cover land once used for grazing. "Building a '
        '630-megawatt plant in two years is a big ask, but we have the crews," the project '
        "manager said.",
        "360MW",
        "630-megawatt",
    ),
    (
        'The council has approved the 2.7km tram extension to the airport.\n\n"A 7.2km '
        'line will change how people get to their flights," the transport chair said.',
        "2.7km",
        "7.2km",
    ),
    # other groups of people in the story are no third value of the injured
    (
        "Seven people were taken to hospital after a gas explosion at a block of flats in "
        "Leeds on Sunday.\n\nAbout 40 firefighters attended, and 120 residents were evacuated "
        "from neighbouring buildings.\n\nOf the five people taken to hospital, two were said "
        "to be in a serious condition.",
        "Seven",
        "five",
    ),
]

SILENT = [
    # the same noun with the same event gives a third value: several groups
    "Seven people were taken to hospital after a gas explosion at a block of flats in Leeds "
    "on Sunday.\n\nAbout 12 people were taken to hospital by ambulance from a second block "
    "nearby.\n\nOf the five people taken to hospital, two were said to be in a serious "
    "condition.",
    # a sister ship is another ship
    "The 15,000-tonne cable ship was handed over to its owner in Rotterdam last week.\n\n"
    "Her sister ship, a 16,000-tonne vessel, is due next year. More than 2,000 tonnes of "
    "steel went into the hull.",
    # so is a rival's chain
    "The chain's 240 stores will stay open over Easter, it said on Monday.\n\nIts rival, "
    "with 420 stores, will close on Sunday.",
    # the speaker's thing has a place, owner or time of its own
    'The council has approved the 2.7km tram extension to the airport.\n\n"Paris opened a '
    '7.2km line last year and it changed everything," the transport chair said.',
    "Work has started on the 360MW solar farm outside Mildura, its developer said on "
    'Tuesday.\n\n"Our last project, a 630-megawatt plant in Queensland, took three years," '
    "the project manager said.",
    # a small group in words beside the whole workforce
    "Three farmworkers were stranded when floodwater cut off the orchard.\n\nThe farm's 30 "
    "workers pick apples from March to May.",
    "Twenty-six steelworkers were sent home after a furnace fault at the plant on Tuesday."
    "\n\nThe plant employs 620 workers across three shifts.",
    # each names its own member of one family of siblings
    "Bypass opens after two years\n\nThe road has cut journey times, the council said.\n\n"
    "The 2.4km northern section opened in May. The 4.2km southern section will open next "
    "spring.",
    # the same families, read from one list with the compass parts and the stages of a series
    "Ring road opens in parts\n\nThe road has cut journey times, the council said.\n\n"
    "The 1.3km central section opened in June. The 3.1km western section will open in the "
    "autumn.",
    "Tramline nears its end\n\nCrews have laid track for three years, the operator said.\n\n"
    "The 2.4km seventh stage opened in May. The 4.2km eighth stage will open next spring.",
    # two digits without a point are too common a pair to tell of a slip
    "The airport cancelled 12 flights on Tuesday because of fog.\n\nAirlines said the 21 "
    "flights cancelled on Wednesday would be rebooked.",
    # two budgets with a point, each for its own thing
    "The council will spend £2.3m on road repairs this year, its budget shows.\n\nSchools "
    "will get £3.2m for new classrooms, and parks £0.8m.",
    # "last year, when ...": last year's sum against this year's
    "This year's Riverside Run has raised £412,000 for the children's ward.\n\nSome 3,100 "
    "runners took part, up from 2,750 last year, when the event raised £368,000.",
    # "this summer" against "in 2019, when ..."
    "The festival sold 18,500 tickets this summer, its organisers said.\n\nAttendance "
    "peaked in 2019, when the festival sold 15,800 tickets before the pandemic.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_restated_by_structure_fires(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_two_measures_stay_silent(lint, text):
    assert _found(lint, text, "NUM002", published="2025-06-01")[1] == []
