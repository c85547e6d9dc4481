"""NUM002 needs one measure, not one word: the same concept (what an event was done to, what
a count counts), the same owner and time, and no part on one side, on the ordinary path and
on the slipped-digit paths alike.

Three classes of false alarm met in real political and business copy:

- one event verb or one noun, another measure: raising a threshold and raising money, a
  month's fundraising and the running total, a sector's jobs and all jobs, a subgroup of the
  people surveyed;
- the same digits in another order, taken as a slip although one figure is a part or the
  two are done by different things;
- a figure that sizes another thing ("the 15-member committee", "an 18-hole course") or a
  printed range read as a value of the measure it names;
- one label in two fact boxes ("Members: 170" for one club, "Members: 107" for another);
- a figure in a past that did not happen ("would have finished on 4,209 votes").

Every passage was written for this file; each silent case fired before the guard it tests,
each fire case is the same structure with one measure given two values."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

NUM002_FIRES = [
    # one event done to one thing: the amount raised at a gala, restated
    (
        "The hospice raised £42,000 at its summer gala on Saturday, organisers said.\n\n"
        "The £24,000 raised will pay for a new minibus.",
        "£42,000",
        "£24,000",
    ),
    # one quarter's money raised, both times in that quarter
    (
        "The senator's campaign raised $26 million in the third quarter, aides said.\n\n"
        "The $62 million raised in the third quarter was a record for the party.",
        "$26 million",
        "$62 million",
    ),
    # all jobs added in one month, both times
    (
        "US employers added 215,000 jobs in June, the Labor Department said.\n\n"
        "The 251,000 jobs added last month beat economists' forecasts.",
        "215,000",
        "251,000",
    ),
    # a threshold raised to a level, and the same threshold named again
    (
        "Ministers will raise the inheritance tax threshold to £325,000 from April.\n\n"
        "The £352,000 threshold will apply to couples who leave a home to their children.",
        "£325,000",
        "£352,000",
    ),
    # the size of one committee, given twice
    (
        "Party leaders named five of the senator's allies to the 15-member platform "
        "committee.\n\nThe 51-member committee will meet in Philadelphia next month.",
        "15",
        "51",
    ),
    # the same people arrested, the digits transposed
    (
        "Police arrested 145 people during the week-long operation, officials said.\n\n"
        "The 154 people arrested were taken to stations across the county.",
        "145",
        "154",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), NUM002_FIRES)
def test_num002_fires_on_one_measure(lint, text: str, one: str, other: str) -> None:
    _assert_pair(lint, "NUM002", text, one, other)


# (a) one event verb or noun, another measure
ANOTHER_MEASURE = [
    # raising a threshold sets its level; a levy raising money is an amount raised
    "Ministers will raise the inheritance tax threshold to £325,000 from April, the Treasury "
    "said.\n\nThe new levy on second homes raised £352,000 in its first month, officials said.",
    # prices raised to a level, and money raised by fans
    "The club raised ticket prices to £45 for the new season, angering fans.\n\n"
    "Supporters raised £54 for the hospice at the final home game.",
    # one quarter against the running total since the campaign began
    "The senator's campaign raised $26 million in the third quarter, aides said.\n\n"
    "Since she entered the race last spring, her campaign has raised $62 million.",
    # a few weeks of October against everything raised
    "The committee says it raised $9 million in the opening weeks of May.\n\n"
    "In all, the committee has raised about $140 million for the governor.",
    # money from one industry is a part of all the money raised
    "Over two decades in Congress, the senator raised $12.7 million from drug companies.\n\n"
    "The senator raised $21.7 million in all during her last campaign.",
    # one sector's jobs against all jobs that month
    "US employers added 215,000 jobs in June, the Labor Department said.\n\n"
    "The 125,000 construction jobs added in June were the most in a decade.",
    # a subgroup of the people surveyed
    "The university surveyed 2,104 registered voters between May 9 and May 14.\n\n"
    "Among the 702 likely primary voters surveyed in the east, the mayor led by nine points.",
    # a PAC's total since launch against one candidate's month
    "Conservative Solutions PAC raised about $58 million to support the senator since last "
    "spring.\n\nIn February he raised $5.7 million, according to campaign filings.",
]


# (b) the slipped-digit paths pass the same guards
SLIPS_APART = [
    # a part: the total split by sex, its figure linked to the headline's by "arrest"
    "Police hold 230 in drugs crackdown\n\nDetectives held 230 suspects across the valley in "
    "a raid lasting a week that finished on Sunday.\n\n"
    "Of the total arrests 203 were men and 27 were women.",
    "Transit police arrest 164 in fare-dodging blitz\n\nOfficers arrested 164 passengers and "
    "touts at six city stations during a ten-day operation that ended on Monday.\n\n"
    "Of the total arrests 154 were men and 10 were women.",
    # two gadgets, each with its own price
    "The phone costs $299 in the US, the company said.\n\n"
    "The larger tablet, with its 10-inch screen, will sell for $929 when it goes on sale.",
    # all groups' spending against one group's money raised
    "A review of spending reports found at least $140 million spent by outside groups on work "
    "other than television adverts.\n\nThe group backing the governor raised $14 million in "
    "the first six months, against $104 million raised by a group supporting his opponent.",
    # a bound in the headline that the body's figure fits
    "Harbour plan draws more than 1500 objections\n\nThe port authority has received 1540 "
    "objections to its plan to fill in the old dock, a spokesman for the plan said.",
    # the shops of one country are a part of all the shops
    "The charity plans to grow its shops from 41 to 60 over five years.\n\n"
    "Its 41 shops raised £2m last year.\n\nThe 14 shops in Scotland will close.",
]


# (c) a figure sizing another thing, a range
SIZES_AND_RANGES = [
    # "18-hole" sizes the courses; the plan's 36 holes are one club's
    "Some 420 18-hole courses have shut across the country since 2010, a trade body said.\n\n"
    "The new owner wants to cut the club's 36 holes to 18 and build 120 houses.",
    # a league's size against one club's members
    "The club voted to join the 15-member league next season.\n\n"
    "Its 51 members voted for the move on Monday.",
    # a guessed range in a quote against the state's counties
    '"Nobody wants to be cramming 12 to 20 towns into the final fortnight," the organiser '
    "said.\n\nThe candidate has now toured all of the region's 88 towns.",
]


# one label in two fact boxes: a box for each of two things
TWO_BOXES = [
    "Three rowing clubs on the river have agreed to share a boathouse from next spring.\n\n"
    "Club: Riverside\nFounded: 1921\nActive rowers: 170\nAverage age: 41\n\n"
    "Club: Hillview\nFounded: 1954\nActive rowers: 107\nAverage age: 38",
    "Regional federations sent these figures to the order's annual meeting.\n\n"
    "Federation: North\nHouses: 14\nSisters in vows: 178\nAverage age: 66\n\n"
    "Federation: Coast\nHouses: 6\nSisters in vows: 73\nAverage age: 81",
]


# what would have been is no value of the measure
UNREAL = [
    "The party said the mayor's final vote count was 4,217 after the recount.\n\n"
    "Had the two disputed boxes gone the other way, the challenger would have finished on "
    "4,209 votes to the mayor's 4,211.",
]


@pytest.mark.parametrize(
    "text", ANOTHER_MEASURE + SLIPS_APART + SIZES_AND_RANGES + TWO_BOXES + UNREAL
)
def test_num002_silent_unless_one_measure(lint, text: str) -> None:
    _, found = _found(lint, text, "NUM002")
    assert not found, [f.message for f in found]
