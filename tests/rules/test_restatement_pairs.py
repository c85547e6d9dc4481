"""NUM002's general candidates (``restatement_pairs``): any two figures of one dimension whose
measured words meet, by one word, one WordNet family ("vacancies" / "vacant posts", "employees"
/ "employs"), or a group named by the verb that defines it ("14 protesters arrested" ... "the
16 arrested"). A plain different value needs that close a match, a later mention pointing
back, and every strict guard; a slip of the digits takes a looser match.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # UK protest: a group named by its participle alone
    (
        "Police said 14 protesters arrested during Saturday's march had been charged with "
        "public order offences.\n\nThe march passed off largely peacefully. The 16 arrested "
        "will appear before magistrates in Bristol on Monday.",
        "14",
        "16",
    ),
    # South African court: men accused, then "the accused"
    (
        "The 12 men accused of a string of farm robberies were refused bail in the Polokwane "
        "regional court on Thursday.\n\nThe State said it had cellphone records placing them "
        "at three of the farms. All 11 accused were remanded in custody until March.",
        "12",
        "11",
    ),
    # NHS staffing: vacant posts restated as vacancies
    (
        "The trust reported 1,200 vacant nursing posts in its board papers.\n\nAgency spending "
        "rose sharply as a result. Its 1,450 vacancies are concentrated in theatres and "
        "emergency care, the papers show.",
        "1,200",
        "1,450",
    ),
    # US factory: employs people, then its employees
    (
        "The Ohio plant employs 2,300 people, according to the company's filing.\n\nThe "
        "union has asked for talks. The plant's 2,650 employees will be told of the decision "
        "on Friday.",
        "2,300",
        "2,650",
    ),
    # a football career's fact box: the label names the measure, the digits transposed
    (
        "Rovers striker Hollis retires after 14 seasons\n\nDanny Hollis, who announced his "
        "retirement on Friday, scored 212 goals in 540 appearances for the club.\n\nHe came "
        "through the academy and was the league's top scorer twice.\n\nCareer in numbers\n"
        "Trophies: 6\nAppearances: 540\nGoals: 221",
        "212",
        "221",
    ),
    # a UK council's borrowing, told again in a quote by the bare amount, digits transposed
    (
        "The council will borrow £37.2m to rebuild the leisure centre, which opened in "
        '1971.\n\nThe plans go to the cabinet next week. "We know £32.7m is a lot of '
        'money, but the building is falling apart," the council leader said.',
        "£37.2m",
        "£32.7m",
    ),
    # container shipping: one digit slipped, linked by the unit both clauses name
    (
        "The 14,000 teu vessel was delivered last week from a yard in South Korea.\n\nAnalysts "
        "said the order book remained strong. Its 17,000 teu capacity makes it the largest "
        "ship on the route.",
        "14,000",
        "17,000",
    ),
]

SILENT = [
    # the rest of a whole, not a restatement of it
    "The estate will have 480 homes, the developer said.\n\nA third will be affordable. The "
    "remaining 120 homes will be sold on the open market.",
    # two groups: arrested and injured
    "Police arrested 14 protesters during Saturday's march.\n\nThe 16 injured were treated "
    "in hospital for minor cuts.",
    # two owners
    "Leeds City Council employs 2,300 people in its social care teams.\n\nNeighbouring "
    "Bradford Council's 2,800 employees voted to strike last month.",
    # two times
    "The trust reported 1,200 vacant nursing posts in 2021.\n\nIts 1,450 vacancies in March "
    "2024 are concentrated in theatres.",
    # a headline's running total and a year's count
    "Airport passes 1.6 billion passengers since opening\n\nThe airport handled 61.2 million "
    "passengers in 2023 and expects more this year.",
    # a fact box's career total against one season's count
    "Rovers striker Hollis retires after 14 seasons\n\nHollis scored 31 goals last season, "
    "his best return since 2016.\n\nCareer in numbers\nAppearances: 540\nGoals: 212\n"
    "Trophies: 6",
    # a bare amount among several of its size: any of them, or another
    "The club spent £12.5m on players this summer, its accounts show.\n\nIt spent "
    '£9m the year before. "£15.2m is what a title challenge costs," the chairman '
    "said.",
    # a bare amount one digit away: no transposition, no link
    'The county approved a $24.6 million bond for road repairs.\n\n"$24.9 million would '
    'have paved every road twice," a critic said.',
    # a cash box and a compensation order: two round sums of two digits
    "The man grabbed a cash box containing €1,200, the court heard.\n\nThe judge "
    "ordered him to pay €2,100 in compensation.",
    # another group of the same kind
    "The six men accused of the robbery were refused bail.\n\nAnother eight accused in a "
    "related case will appear next month.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_one_measure_named_by_its_family(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_two_measures_of_one_family(lint, text):
    assert _found(lint, text, "NUM002")[1] == []
