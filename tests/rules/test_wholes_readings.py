"""NUM004: counts that look like parts of an earlier whole but have another reading
(measurements/wholes.py, measurements/tallies.py).

Written for this file: a part that names its own whole by a figure ("318 of the 865
stages") beside a smaller whole read as a floor; a set said to lie outside another ("9,000
additional files", "four other children") that goes on from no part of the whole before it;
each named rival's standing tally ("Moss has 12") beside one player's single event. The
fires keep the chains ("45 other families" after "60 families") and a part larger than the
whole its partitive restates."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    # "other" going on from a part of the whole in its own sentence
    (
        "The charity housed 90 families over the winter, its report says.\n\nStaff placed 60 "
        "families in council flats, and 45 other families were sent to hostels.",
        "45",
        "90",
    ),
    # "additional" going on from a part said in the sentence before
    (
        "Customs officers seized 700 parcels at the depot in March.\n\nOf those, 420 parcels "
        "held counterfeit watches. An additional 380 parcels were found to hold cigarettes.",
        "380",
        "700",
    ),
    # a part whose own whole restates the whole said before
    (
        "The board received 860 planning applications last year.\n\nOfficers approved 940 of "
        "the 860 applications within eight weeks, the annual report says.",
        "940",
        "the 860 applications",
    ),
]

SILENT = [
    # a part of its own whole ("of the 865"), not of a floor restated lower down
    "Marta Ruiz has won at least 52 stages this decade, and her rival Ines Kohl has 60 "
    "stages.\n\nThe team's riders have won at least 318 of the 865 stages so far.",
    "Ortiz has won at least 52 seats so far, and Ortiz now holds 60 seats.\n\nWith six "
    "regional victories, she is now sure of at least 320 of the 870 seats.",
    # "additional" sentences after a count of something it is no part of
    "The ministry said 22 files had been marked secret.\n\nOfficials later counted 18 files "
    "shared between the two advisers.\n\nThe inquiry is expected to report in the spring. "
    "Its chair, a retired judge, has asked for more staff. Opposition MPs want the hearings "
    "held in public.\n\nThe minister declined to comment on Tuesday. "
    "The adviser has said he shredded 9,000 additional files in 2019, calling them private.",
    "That means Ortiz has earned at least 175 seats so far tonight.\n\nIn all, 691 seats are "
    "up for grabs in five regions.\n\nTurnout was low in the east, where rain fell all day. "
    "Queues formed early in the capital. Officials blamed a shortage of ballot papers.\n\n"
    "Polling stations in the hills closed early after a power cut.\n\nFor Ahmed, the coastal "
    "region's winner-take-all rule is a windfall, giving him 99 additional seats.",
    # "other" beside an uncounted member of its own sentence ("his eldest daughter")
    "The singer lived in Cork with his wife and three children.\n\nHis bandmate had three "
    "children with his first wife.\n\nThe guitarist was flying to see his eldest daughter, "
    "and leaves four other children and two grandchildren.",
    # what each named rival has to date, beside one player's goals in one heat
    "In the first heat, Dana Cruz scored 9 goals and Priya Nair scored 6 altogether.\n\n"
    "Abel Moss has 12 goals and Tom Reid has eight.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_parts_of_the_whole_still_fire(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_counts_with_another_whole(lint, text):
    _, found = _found(lint, text)
    assert not found, [f.message for f in found]
