"""NUM002 on a figure told again with its digits moved and no word in common with the first:
"2,875 polling places" ... "all 2,587 voting sites", "$3.75 billion" ... "the $375 million
link", a headline's "to cut 260 jobs" ... "the 290 posts". The link is loose (no other figure
of the article has those digits, or the headline's figure is never given again) and the
guards are strict: a pointing word, no third value, people against things, a price per acre
beside its price, two periods, a part in the body.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # US state elections: places and sites, nothing shared but the digits
    (
        "The state has certified 2,875 polling places for Saturday's runoff, the secretary of "
        "state's office said.\n\nTurnout is expected to be low. Volunteers will staff all "
        "2,587 voting sites from 7am.",
        "2,875",
        "2,587",
    ),
    # a UK tunnel's traffic, a rate and its "daily" restatement
    (
        "The tunnel carries about 27,000 vehicles a day, according to the highways agency.\n\n"
        "Engineers will close it for six weekends. Shops in the town depend on those 72,000 "
        "daily journeys.",
        "27,000",
        "72,000",
    ),
    # Australian rail money: the point moved one place
    (
        "The federal government has committed $3.75 billion to the airport rail link.\n\n"
        "Construction is due to start in 2027. The premier said the $375 million link would "
        "cut journey times to the city by half.",
        "$3.75 billion",
        "$375 million",
    ),
    # a scale word slipped, the same thing named twice
    (
        "Ministers have set aside £3.6bn for the flood defence scheme.\n\nWork will begin in "
        "the autumn. Engineers said the £3.6m scheme would protect 9,000 homes.",
        "£3.6bn",
        "£3.6m",
    ),
    # Canadian trams: "up to" is a capacity, and a possessive points back
    (
        "Each of the city's new trams will carry up to 240 passengers.\n\nThe first will enter "
        "service in June. The trams' 420-passenger capacity will ease crowding at rush hour.",
        "240",
        "420",
    ),
    # an employment tribunal: the nurses who sued are the claimants
    (
        "A group of 58 nurses took the health board to a tribunal over unpaid breaks.\n\nThe "
        "board denied wrongdoing. Lawyers for the 85 claimants said they would seek costs.",
        "58",
        "85",
    ),
    # a food bank's parcels, one digit of five mistyped
    (
        "The food bank has handed out 18,426 parcels since the floods, its manager said.\n\n"
        "Donations have slowed since Christmas. Volunteers packed all 18,476 boxes by hand.",
        "18,426",
        "18,476",
    ),
    # a water main is a pipeline; the figure hangs on the noun that qualifies it
    (
        "Crews have started laying a 12-kilometre transmission main under the ring road.\n\n"
        "Traffic will be diverted until March. The 17-kilometre pipeline will carry water to "
        "two reservoirs.",
        "12-kilometre",
        "17-kilometre",
    ),
    # a headline's job cuts, one digit off in the body
    (
        "Airline to cut 260 jobs at Dublin base\n\nThe carrier blamed falling demand on its "
        "transatlantic routes.\n\nA union official said the 290 jobs would be lost by spring "
        "and members would be balloted.",
        "260",
        "290",
    ),
]

SILENT = [
    # a third figure with the same digits: which would "all" point back to?
    "The county maintains 2,468 culverts and 2,648 bridges.\n\nInspectors will survey all "
    "2,846 structures by 2026.",
    # people against things
    "The university has 1,260 lecture rooms.\n\nIts 1,620 lecturers voted to strike on Monday.",
    # three digits, one mistyped, nothing else linking them: a coincidence as likely
    "The trust runs 412 ambulances.\n\nThe 472 stations it staffs will be inspected.",
    # two digits: too common a pair to need no other link
    "Firefighters tackled 34 grass fires over the weekend.\n\nThe 43 appliances sent out "
    "came from four counties.",
    # a price and its price per acre, a hundredfold apart
    "The 100-acre estate sold for $4.75 million at auction.\n\nBuyers paid the equivalent of "
    "$47,500 an acre.",
    # the usual value beside the moved one in one sentence: two figures
    "Port deal worth $3.15 billion\n\nThe $3.15 billion agreement includes $315 million for "
    "dredging the channel.",
    # a scale word apart on two things of one concept: a donation and an endowment, a year's
    # compensation and a whole support bill
    "The university received a $4.2 million donation for its library.\n\nThe university's "
    "$4.2 billion endowment was the largest donation target it had ever set, officials said.",
    "Farmers were paid \u20ac1.7m in compensation for flood damage last year.\n\nThe ministry "
    "paid the \u20ac1.7bn farm support bill in full, officials said.",
    # a scale word apart on two things: a grant and a budget
    "The trust won a £1.2m grant for its archive.\n\nThe £1.2bn budget of the health "
    "board was set on Tuesday.",
    # two digits a tenfold apart: too common a pair
    "The festival lost $1.5 million in 2023, its treasurer said.\n\nThe $15 million "
    "arena was sold to a developer.",
    # two rates of two periods
    "The plant treats 18,500 tonnes of waste a month.\n\nIts 15,800 tonnes a year of glass "
    "are sent to a recycler.",
    # nurses and doctors are two groups
    "The hospital employs 340 nurses.\n\nIts 430 doctors will be balloted next week.",
    # the headline's figure given again in the body: the other is a figure of its own
    "Carmaker to cut 180 jobs\n\nThe company will cut 180 jobs at its plant in the north.\n\n"
    "Unions said the 160 jobs in the paint shop were safe.",
    # the body splits the headline's figure: a part, not a restatement
    "Carmaker to cut 180 jobs\n\nThe company said the 160 production jobs would go by March, "
    "along with 20 office jobs.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_digits_moved_restated(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_digits_moved_near_misses(lint, text):
    assert _found(lint, text, "NUM002")[1] == []
