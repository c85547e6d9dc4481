"""NUM004 on parts whose "of"/"among" phrase names their whole (measurements/partitives.py).

Every passage was written for this file, in varied domains and shapes: the partitive on the
figure ("410 of the bridges inspected") or on its clause ("Of those families, ...", "were among
those arrested"), a pronoun ("of them"), a noun made from the whole's verb, parts side by side
in one list and a verb left out. The near misses give another reading: a wider whole, another
time, a figure added to the whole, a floor, parts that may overlap."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    (
        "The charity's food bank served 1,200 families over the winter.\n\n"
        "Of those families, 1,450 were referred by their GP, the charity said.",
        "1,450",
        "1,200",
    ),
    (
        "Engineers inspected 320 bridges in the region last year. The report says 410 of the "
        "bridges inspected needed urgent repairs.",
        "410",
        "320",
    ),
    (
        "The hospital employs 2,800 nurses. Some 3,400 of them are on temporary contracts, "
        "the union said.",
        "3,400",
        "2,800",
    ),
    (
        "Police arrested 62 people after the match. Officers said 40 men and 31 teenagers "
        "were among those arrested.",
        "31",
        "62",
    ),
    (
        "A total of 430 homes were flooded when the river burst its banks.\n\nInsurers said "
        "290 detached houses and 180 terraced houses were among those flooded.",
        "180",
        "430",
    ),
    (
        "The agency handled 96 asylum appeals in the year. Of those appeals, 61 were heard in "
        "London and 48 in Manchester.",
        "48",
        "96",
    ),
    (
        "A £12m regeneration fund was announced in May. Of the fund, £8m will go to the "
        "harbour and £6m will go to the town centre.",
        "£6m",
        "£12m",
    ),
    (
        "At the tournament, 240 players took part. Among those taking part, 150 were from "
        "Scotland and 130 were from England.",
        "130",
        "240",
    ),
    (
        "The council approved a £4.2m budget for the parks, of which £5.1m will be spent on "
        "play areas.",
        "£5.1m",
        "£4.2m",
    ),
    (
        "The club has 340 members. Out of those members, 410 voted for the merger.",
        "410",
        "340",
    ),
    (
        "Revenue rose 6% to $4.2 billion in the quarter.\n\nOf that revenue, $2.8 billion "
        "came from North America and $1.9 billion from Europe.",
        "$1.9 billion",
        "$4.2 billion",
    ),
    (
        "The blaze destroyed 40 homes on the estate, including 52 holiday cottages.",
        "52",
        "40",
    ),
    (
        "A total of 40 people died in the crash, including 30 passengers and 25 crew.",
        "25",
        "40",
    ),
    (
        "The study covered 152 farms in the valley. Separately, 9,000 walkers were surveyed."
        "\n\nOf the farms surveyed, 263 said they had lost sheep to dogs.",
        "263",
        "152",
    ),
    (
        "A total of 380 staff were balloted over the offer. Of the 380, 410 voted to strike.",
        "410",
        "Of the 380",
    ),
    (
        "Some 2,300 people applied for the bursaries; 2,900 of the applicants were awarded one.",
        "2,900",
        "2,300",
    ),
    # counts of one event said of named doers are parts of the count said of none
    (
        "A total of 600 homes were sold in the town last year. Barratt sold 400 homes and "
        "Persimmon sold 350 homes.",
        "350",
        "600",
    ),
    (
        "By late afternoon, 2,310 flights had been cancelled, according to a tracker.\n\n"
        "Southwest Airlines accounted for 1,640 of the cancellations. United Airlines "
        "cancelled 780 flights.",
        "780",
        "2,310",
    ),
    # a count written into its noun: "a 320-bed hospital"
    (
        "A 320-bed hospital opened in the city in May.\n\nOf its beds, 410 are set aside for "
        "older patients.",
        "410",
        "320",
    ),
    (
        "Inspectors notified 75 breaches of the code in 2024. The regulator said 90 of the "
        "notifications concerned food hygiene.",
        "90",
        "75",
    ),
    # a noun the article never counted, said with the verb of the one count it made
    (
        "Rangers counted 210 nests on the island this spring. Of the sites counted, 150 were "
        "on the cliffs and 90 in the dunes.",
        "90",
        "210",
    ),
    (
        "Customs officers seized 48 parcels at the airport last month. Of the packages seized, "
        "30 were sent to Cardiff and 25 to Swansea.",
        "25",
        "48",
    ),
    # a part whose partitive is on the figure, and the next figure of its clause, its verb
    # and noun left out
    (
        "The ministry approved 85 new schools in 2021. So far 60 of the schools have opened in "
        "cities and 40 in villages.",
        "40",
        "85",
    ),
    (
        "The bank closed 90 branches over the year. It sold 70 of the branches to a rival and "
        "35 to a building society.",
        "35",
        "90",
    ),
    # two labels of opposite kind exclude each other
    (
        "The academy has 1,240 pupils. Of them, 690 are boys and 580 are girls.",
        "580",
        "1,240",
    ),
    (
        "A total of 318 homes were built on the estate. Of the homes, 170 were private and 160 "
        "were public.",
        "160",
        "318",
    ),
    (
        "The airline carried 9,400 passengers on the route in March. Of the passengers, 6,100 "
        "were men and 4,200 were women.",
        "4,200",
        "9,400",
    ),
]

SILENT = [
    # two labels that are not opposites may overlap
    "The airline carried 9,400 passengers on the route in March. Of the passengers, 6,100 "
    "were women and 4,200 were adults.",
    # the next figure counts another thing, names its own whole, or another time
    "The trust runs 240 care homes in the region. Inspectors rated 150 of the homes good and "
    "120 staff outstanding.",
    "The trust runs 240 care homes and 300 clinics in the region. Inspectors rated 150 of the "
    "homes good and 120 of the clinics outstanding.",
    "The trust runs 240 care homes in the region. Inspectors rated 150 of the homes good last "
    "year, and 120 outstanding this year.",
    "A total of 56 flights were diverted on Sunday. Airport staff said 40 of the flights went "
    "to Manchester and 22 passengers to Leeds.",
    # the verb's counts name two things, whose sum the phrase may name; a wider place; a time
    "Police recorded 160 burglaries and 400 thefts in the town. Of the crimes recorded, 300 "
    "were solved and 150 were not.",
    "Customs officers seized 48 parcels at the airport and 30 bags at the port last month. Of "
    "the packages seized, 30 were sent to Cardiff and 25 to Swansea.",
    "The coastguard recorded 160 callouts over the summer. Of the incidents recorded across "
    "the whole region, 104 involved swimmers and 88 anglers.",
    "The coastguard recorded 160 callouts over the summer. Of the incidents recorded in 2019, "
    "104 were at beaches and 88 at harbours.",
    # a figure under another preposition inside the "including" list measures something else
    "The bowler took 14 wickets in five games, including a spell of five for 31 on the final day.",
    "The angler landed nine fish on the trip, including one of 22 pounds at dawn.",
    # the part fits its whole
    "The charity's food bank served 1,200 families over the winter.\n\n"
    "Of those families, 450 were referred by their GP, the charity said.",
    # a wider whole: "the bridges in the county" are not the 320 inspected
    "Engineers inspected 320 bridges in the region last year. The report says 410 of the "
    "bridges in the county needed urgent repairs.",
    # another whole could hold the pronoun's part
    "The hospital employs 2,800 nurses and 4,000 other staff. Some 3,400 of them are on "
    "temporary contracts, the union said.",
    # another time in the partitive
    "Police arrested 62 people after the match on Saturday. Officers said 40 men and 31 "
    "teenagers were among those arrested over the whole season.",
    # another year
    "The trust treated 300 patients in 2022. In 2023, 410 of the patients treated had "
    "waited more than a year.",
    # a floor: "at least 64" may be more
    "At least 64 people were killed in the attack. The network said 29 children and 41 "
    "women were among those killed.",
    # two kinds of statement of one whole may overlap
    "The airline carried 9,400 passengers on the route in March. Of the passengers, 6,100 "
    "were travelling for business and 4,200 were women.",
    # two labels may overlap
    "Researchers tagged 74 sharks off the coast. Of the sharks tagged, 52 were females and "
    "31 were adults.",
    # a part of a part, and a figure added to the whole
    "Some 85 staff work at the depot. A further 120 are employed at the plant, and 60 of "
    "them are on night shifts.",
    # the pronoun may point to either count, and the larger holds the part
    "The agency handled 96 asylum appeals and 140 complaints in the year. Of them, 120 were "
    "resolved within a month.",
    # the parts fit the level revenue reached
    "Revenue rose 6% to $4.2 billion in the quarter.\n\nOf that revenue, $2.8 billion came "
    "from North America and $1.1 billion from Europe.",
    # "of which" within its whole
    "The council approved a £4.2m budget for the parks, of which £3.1m will be spent on "
    "play areas.",
    # "including" with two kinds of part, or another time
    "The firm employs 300 people, including 250 in Leeds and 200 engineers.",
    "The side played 30 games this season, including 45 at home over the past two seasons.",
    "The side played 30 games in 2023, including 45 at home in 2024.",
    # "including" an amount of another kind than the whole it hangs on
    "The council repaired 12 schools, including £5m of work on roofs.",
    # the pronoun points back to an amount with no noun of its own, which holds the part
    "The commission discussed a £10,000 cap on gifts.\n\nThere were almost £68m in donations "
    "over three years, with nearly £12m of them from single gifts.",
    # "those cases" points back to the count just before it, not only to earlier "cases"
    "Officers dealt with 640 cases of fly-tipping last year.\n\nNew cameras have caught "
    "22,000 drivers running red lights. In roughly 9,000 of those cases, the driver was on a phone.",
    # a doer's count with a wider place of its own, or one doer only
    "A total of 600 homes were sold in the town last year. Barratt sold 400 homes in the "
    "town and Persimmon sold 350 homes across the region.",
    "A total of 600 homes were sold in the town last year. Barratt sold 700 homes.",
    # "cases of influenza" is no partitive
    "Flu has killed 312 adults this winter. The centre recorded 478 cases of influenza "
    "among adults in intensive care.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_partitive_parts_fire(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_partitive_parts_silent(lint, text):
    assert _found(lint, text)[1] == []
