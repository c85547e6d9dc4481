"""NUM002 on transposed digits whose nouns differ but whose clauses share a word ("1.2 million
customers were without power" ... "the 2.1 million homes that lost power"), and the guards that
keep such a loose link precise: a part named with "of the", another time, two events, a value
printed again, a later mention that does not point back.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # utilities: households and homes, linked by the water they are without
    (
        "About 3.6 million households were left without running water after a main burst "
        "under the ring road.\n\nEngineers worked through the night. The company said "
        "supplies to all of the 6.3 million homes without water would be restored.",
        "3.6 million",
        "6.3 million",
    ),
    # employment tribunal: nurses and claimants, linked by the pay they were denied
    (
        "A claim brought by 27 nurses who said they had been underpaid for night shifts has "
        "been settled by the health board.\n\nThe board denied liability. Under the deal, the "
        "72 claimants who were underpaid will each receive back pay and interest.",
        "27",
        "72",
    ),
    # hospital: operations and procedures, linked by the strike that cancelled them
    (
        "Hospitals cancelled 1,480 operations during the three-day strike by theatre staff."
        "\n\nUnion leaders met managers on Thursday. Surgeons said the 1,840 procedures "
        "cancelled by the strike would be rescheduled within six weeks.",
        "1,480",
        "1,840",
    ),
    # a headline's money with a body figure linked by what it pays for
    (
        "Council approves £3.7m for flood repairs\n\nCouncillors backed the spending at a "
        "meeting on Tuesday night.\n\nThe £7.3m will pay for flood repairs to roads, bridges "
        "and culverts damaged in the February storms.",
        "£3.7m",
        "£7.3m",
    ),
    # sport: a crowd and supporters, linked by the ground they packed
    (
        "Some 41,500 fans packed into the ground for Sunday's derby, the biggest crowd of the "
        "season.\n\nThe home side won 2-1. The club thanked the 45,100 supporters who "
        "packed into the ground for their patience at the turnstiles.",
        "41,500",
        "45,100",
    ),
    # rand printed with one letter: the South African press's way
    (
        "The provincial roads department said the bypass had been built at a cost of R36 "
        "million.\n\nMotorists welcomed the R63m bypass, which opened on Friday.",
        "R36",
        "R63m",
    ),
]

# the article's only two figures of a measure's dimension; a count said twice in the headline
# and the lede, its clause's words ("fell ill") not narrowing the later mention
MORE_FIRES = [
    (
        "Engineers have proposed a 27.4-mile sea wall to protect the estuary villages.\n\n"
        "Residents will be consulted in the spring. The 24.7-mile structure would take eight "
        "years to build.",
        "27.4-mile",
        "24.7-mile",
    ),
    (
        "A 3.8-tonne bronze statue will be lifted onto the plinth next month.\n\n"
        "Sculptors spent two years on the 8.3-tonne figure.",
        "3.8-tonne",
        "8.3-tonne",
    ),
    (
        "81 workers fall ill at textile mill\n\nAs many as 81 workers at a textile mill "
        "outside the city fell ill after lunch on Monday.\n\nA health official said all 18 "
        "workers who fell ill were recovering in hospital.",
        "81",  # the headline's, the first place the figure is printed
        "18",
    ),
]

SILENT = [
    # three figures of the dimension: which one would "the" point back to?
    "Engineers have proposed a 27.4-mile sea wall and a 3-mile pier.\n\n"
    "The 24.7-mile structure would take eight years to build.",
    # the only two lengths, but the later one introduces another thing
    "Engineers have proposed a 27.4-mile sea wall.\n\nA 24.7-mile cycle path is planned too.",
    # a part of the first, named with "of the"
    "Thieves took $5,200 in cash from the safe.\n\nPolice recovered $2,500 of the cash when "
    "they searched a car in the city on Tuesday.",
    # two roles, nothing shared by their clauses
    "The plant employs 350 people.\n\nThe firm's 530 shareholders met on Friday.",
    # two years
    "The gallery drew 4,800 visitors to its summer exhibition in 2021.\n\nIn 2023 the "
    "8,400 visitors to the summer exhibition broke its record.",
    # the later figure does not point back: a second cohort
    "Some 1,260 pupils sat the maths paper in June.\n\nIn a separate sitting, 1,620 pupils "
    "sat a maths paper in November.",
    # a value printed again is a figure of its own, not a slip
    "The trust cancelled 2,360 appointments in March.\n\nIt cancelled 3,260 appointments in "
    "April. Managers blamed the 3,260 appointments cancelled in April on sickness.",
    # a fall printed with its sign and told again in words: one value, not a slip
    "Jobs in the province changed as follows over the year:\n\nFarming: +6,500\nRetail: "
    "+2,100\nMining: -3,400\n\nThe 3,400 lost in mining were mostly at two collieries.",
    "The club's accounts show these movements in the year.\n\nTicket sales: £1.2m\n"
    "Sponsorship: -£450,000\n\nThe £450,000 drop in sponsorship followed the loss of the "
    "shirt deal.",
]


# one digit mistyped: linked only by a word of the two clauses beyond their nouns
TYPO_FIRES = [
    (
        "The airport handled 4,270 flights cancelled by the snow on Tuesday and Wednesday.\n\n"
        "Airlines said passengers on all of the 4,870 flights cancelled by the snow would be "
        "rebooked.",
        "4,270",
        "4,870",
    ),
    (
        "A fraud squad seized £2.45m in cash hidden in a lorry at the port.\n\n"
        "Officers said the £2.95m seized in the lorry would be held until the trial.",
        "£2.45m",
        "£2.95m",
    ),
    (
        "The charity's appeal for the flood-hit valley raised $318,000 from donors.\n\n"
        "Trustees said the $378,000 raised for the flood-hit valley would go to families.",
        "$318,000",
        "$378,000",
    ),
    (
        "Landslides blocked 146 roads across the hill district after the monsoon rain.\n\n"
        "Crews had reopened most of the 186 roads blocked by landslides by Friday.",
        "146",
        "186",
    ),
    (
        "Inspectors found 512 dams with cracks in their spillways.\n\n"
        "Repairs to the 542 dams with cracked spillways will take four years.",
        "512",
        "542",
    ),
]

TYPO_SILENT = [
    # two figures, one digit apart, of two things whose clauses share nothing
    "The council owns 240 buildings.\n\nThe 280 volunteers met in the town hall.",
    # two digits only: too common a pair to be a slip
    "The airport cancelled 42 flights on Tuesday.\n\nAirlines said the 47 flights cancelled "
    "on Wednesday would be rebooked.",
    # another time on the same thing
    "Landslides blocked 146 roads in 2022.\n\nIn 2023 landslides blocked 186 roads.",
    # a part of the first, named with "of the"
    "The charity raised $378,000 for the flood-hit valley.\n\n"
    "Some $318,000 of the money raised for the valley went to families.",
    # a change lands on the later value
    "Inspectors found 512 dams with cracked spillways in March.\n\nThe number of dams with "
    "cracked spillways has since risen to 542.",
]

# a sign does not excuse other digits
SIGNED_FIRES = [
    (
        "Jobs in the province changed as follows over the year:\n\nFarming: +6,500\nRetail: "
        "+2,100\nMining: -3,400\n\nThe 4,300 lost in mining were mostly at two collieries.",
        "4,300",
        "-3,400",
    ),
]

CASES = [
    *FIRES,
    *SIGNED_FIRES,
    *MORE_FIRES,
    *TYPO_FIRES,
    *[(text, None, None) for text in SILENT + TYPO_SILENT],
]


@pytest.mark.parametrize(("text", "one", "other"), CASES)
def test_digits_slipped_linked_by_clause_words(lint, text, one, other):
    if one is None:  # a near miss: another reading explains the two values
        assert _found(lint, text, "NUM002")[1] == []
    else:
        _assert_pair(lint, "NUM002", text, one, other)
