"""NUM004: the structures by which copy ties parts to a whole said elsewhere, read from the
parse (measurements/tallies.py) and judged by measurements/wholes.py.

- a gapped list: "Southwest cancelled 1,240 flights, United 780 and Delta 410" (each name's
  figure leaves out the verb and noun of the first clause);
- a list under one pronoun partitive: "killing 47 people, among them 31 women and 19 children"
  (the partitive on the first noun names the whole of every member);
- parts placed in two compass parts of one place: "nine in northern Ontario and seven in
  eastern Ontario";
- "Of those arrested", "Of those taken into custody": the pronoun's clause restates the
  event of a count said paragraphs before;
- a race's result ("received 2,214 votes to Healy's 1,873") told before the ballots cast;
- "of them" after a sentence about the count itself, and a preposition said again for the next
  name: "... The figures ... Punjab accounted for 2,300 of them, Haryana for 1,100".

Every passage was written for this file. The near misses give another reading: a model named
with a number, a whole that is a floor, a list whose members may overlap, another event."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    # a gapped list of owners, each a part of the day's cancellations
    (
        "Airlines cancelled 1,900 flights in Canada on Friday, the tracking site said.\n\n"
        "Air Canada cancelled 1,120 flights, WestJet 640 and Porter 290, leaving thousands "
        "stranded in Toronto.",
        "290",
        "1,900",
    ),
    # seats won by parties, the verb said once
    (
        "A total of 64 seats on the regional assembly were contested on Thursday.\n\nThe Social "
        "Democrats won 31 seats, the Greens 19 and the Liberals 18, the electoral office said.",
        "18",
        "64",
    ),
    # one pronoun partitive over a list of groups
    (
        "A landslide buried part of the village overnight, killing 38 people, among them 22 "
        "men and 19 children, the district administrator said.",
        "19",
        "38",
    ),
    (
        "The ferry was carrying 150 passengers when it capsized. Rescuers pulled 118 from the "
        "water, among them 67 women and 58 men, the coastguard said.",
        "58",
        "118",
    ),
    # parts in two compass parts of one place
    (
        "Flooding shut 23 schools across Wales on Monday.\n\nFifteen of the closed schools were "
        "in north Wales and eleven in south Wales, the education department said.",
        "eleven",
        "23",
    ),
    (
        "Wildfires burned 47 homes across Oregon last week.\n\nFire officials said 31 of the "
        "homes were in southern Oregon and 22 in central Oregon.",
        "22",
        "47",
    ),
    # "of them" after a sentence about the count itself; the preposition said again for the
    # second name
    (
        "Inspectors logged 1,843 potholes on county roads in March.\n\nThe figures, gathered by "
        "the highways team, are the highest since records began.\n\nAshford accounted for 1,121 "
        "of them, Dover for 867.",
        "867",
        "1,843",
    ),
    # the pronoun's clause restates the whole's event, paragraphs later
    (
        "Police detained 212 people after clashes outside the stadium on Saturday.\n\nThe "
        "club condemned the violence and promised life bans.\n\nOf those arrested, 221 have "
        "been charged with public order offences, a spokesman said.",
        "221",
        "212",
    ),
    (
        "Officers arrested 96 protesters during the occupation of the ministry.\n\nOf those "
        "taken into custody, 109 were later released without charge.",
        "109",
        "96",
    ),
    # a pronoun with a figure before it in its own sentence
    (
        "The quake killed 47 people in the valley, 52 of them children, the governor said.",
        "52",
        "47",
    ),
    # "transferred" is an outcome of the patients here, not a later round of a count
    (
        "The hospital was caring for 410 patients when the river burst its banks on Friday."
        "\n\nOf those patients, 260 were discharged home and 190 were transferred to other "
        "hospitals, the trust said.",
        "190",
        "410",
    ),
    # a race's result told before the votes cast
    (
        "Okafor ousts council leader\n\nChallenger Ada Okafor received 2,214 votes to Brian "
        "Healy's 1,873, the returning officer announced after a recount.\n\nHealy, leader for "
        "nine years, said he would reflect.\n\nA total of 3,961 ballots were cast, a turnout of "
        "41 per cent.",
        "1,873",
        "3,961",
    ),
]

SILENT = [
    # figures set off by commas after names are ages, not counts of the children
    "The senator has four children: Anna Reid, 31; Ben, 28; Carl Reid, 25; and Dora, 19.",
    # two races' results, one told before the ballots and one after: each may fit
    "Okafor wins mayoralty\n\nAda Okafor received 2,214 votes to Brian Healy's 1,873.\n\nA "
    "total of 3,961 ballots were cast.\n\nIn the council race, Mary Lund won 2,050 votes "
    "to Tom Reid's 1,790.",
    # results of two sentences before the votes cast: two races or two rounds
    "Ada Okafor received 2,214 votes in the first round.\n\nBrian Healy received 1,873 votes "
    "in the second.\n\nA total of 3,961 ballots were cast.",
    # the pronoun's event is said of two counts with different values: which one is unclear
    "Police arrested 90 fans on Saturday and 140 on Sunday.\n\nOf those arrested, 120 have "
    "been charged.",
    # another event: the injured are not the arrested
    "Police arrested 96 protesters at the ministry.\n\nOf those injured, 109 were treated at "
    "the scene.",
    # a compass part and another kind of place may meet: rural schools in north Wales
    "Flooding shut 23 schools across Wales on Monday.\n\nFifteen of the closed schools were "
    "in north Wales and eleven in rural Wales, the education department said.",
    # a model named with a number, not a gapped figure
    "The carrier flies 84 aircraft, mostly Airbus A320s and Boeing 737 jets, the airline said."
    "\n\nIt cancelled 60 flights and Boeing 737 deliveries were delayed.",
    # a floor: "at least 38" may be 41
    "At least 38 people were killed, among them 22 men and 19 children, officials said.",
    # the list may overlap: officers can be women
    "The blast injured 40 people, among them 25 police officers and 20 women, medics said.",
    # another event: the wounded are not among the dead
    "The attack killed 30 people.\n\nMore than 60 were wounded, among them 35 women and 28 "
    "children, the hospital said.",
    # gapped parts of a larger, other whole: the national count
    "Airlines cancelled 900 flights at Denver on Monday.\n\nNationwide, United cancelled "
    "1,100 flights, Southwest 800 and Frontier 300.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_parts_tied_by_structure(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_parts_with_another_reading(lint, text):
    _, found = _found(lint, text)
    assert not found, [f.message for f in found]
