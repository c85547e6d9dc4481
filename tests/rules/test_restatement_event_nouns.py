"""NUM002 on a count restated by its event's noun: "will shed 2,800 jobs" ... "the 2,080 job
cuts". The first counts jobs and the second cuts, but the cuts are of jobs (the compound
names the counted word) and cutting is the first one's event, so both count one thing. A
cut with words of its own (another owner or time, a place, a clause) is other cuts.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # Welsh steelworks
    (
        "The steelworks will shed 2,800 jobs over the next two years, its owner said.\n\n"
        "Ministers said they would support the town. The 2,080 job cuts are the largest in "
        "Wales for a decade.",
        "2,800",
        "2,080",
    ),
    # a bank's branches
    (
        "The bank will axe 1,450 jobs in its branch network, it said on Thursday.\n\nThe "
        "union said members were angry. The 1,540 job cuts follow 900 last year.",
        "1,450",
        "1,540",
    ),
    # a retailer's roles
    (
        "The retailer will shed 1,380 roles as it shuts 40 stores, it said on Monday.\n\n"
        "Shares rose 3%. The 1,830 role cuts will fall mainly on shop-floor staff.",
        "1,380",
        "1,830",
    ),
    # an airline's staff laid off
    (
        "The airline will lay off 1,260 staff as it retires its oldest jets, it said.\n\n"
        "Pilots' unions criticised the move. The 1,620 staff cuts will be completed by March.",
        "1,260",
        "1,620",
    ),
]

SILENT = [
    # another owner's cuts, another month
    "The bank will axe 1,450 jobs in its branch network, it said on Thursday.\n\nThe union "
    "said members were angry. The 1,540 job cuts announced by its rival last month were "
    "larger.",
    # a part at one plant
    "The steelworks will shed 2,800 jobs over the next two years, its owner said.\n\n"
    "Ministers said they would support the town. The 280 job cuts at its Teesside plant will "
    "come first.",
    # more cuts elsewhere
    "The mine will shed 2,800 jobs when it closes next year.\n\nEconomists warned of wider "
    "damage. A further 2,080 job cuts are expected among suppliers.",
    # cuts of another year
    "The carmaker will cut 3,400 jobs in Germany, it said on Tuesday.\n\nThe 4,300 job cuts "
    "it made in 2019 were mostly in Spain.",
    # hiring is no vacancy
    "Hospitals will hire 2,400 nurses this year, the minister said.\n\nUnions said the "
    "4,200 nurse vacancies in the region would take years to fill.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_count_restated_by_its_events_noun(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_event_nouns_of_other_counts(lint, text):
    assert _found(lint, text, "NUM002")[1] == []
