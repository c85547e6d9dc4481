"""NUM002 on an event's sum restated as the total of the thing it was done in: "The charity
raised £2.4m in its summer appeal" ... "the appeal's £4.2m total". The event's subject (the
charity) is not the labelled thing (the appeal), yet the phrase right after the figure says
the money was raised in it; a part of the thing ("in the first week of its appeal"), another
source ("from its shops") or another year's appeal is no restatement.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # UK charity: raised in an appeal, the appeal's total
    (
        "The charity raised £2.4m in its summer appeal, its annual report shows.\n\nDonations "
        "came from 30,000 people. The appeal's £4.2m total will fund three new hospices.",
        "£2.4m",
        "£4.2m",
    ),
    # US crowdfunding for a jockey
    (
        "Fans raised $31,000 in a crowdfunding campaign for the injured jockey, organisers "
        "said.\n\nHe is expected to ride again next season. The campaign's $13,000 total "
        "will pay for his rehabilitation.",
        "$31,000",
        "$13,000",
    ),
    # Irish rugby club fundraiser
    (
        "The rugby club raised €56,000 at its annual golf classic in Adare last weekend.\n\n"
        "More than 200 players took part. The classic's €65,000 total will go towards a new "
        "clubhouse.",
        "€56,000",
        "€65,000",
    ),
    # a school's sponsored walk
    (
        "The school raised £3,150 in its sponsored walk on Friday.\n\nParents lined the "
        "route. The walk's £1,350 total will buy new books for the library.",
        "£3,150",
        "£1,350",
    ),
]

SILENT = [
    # a part of the appeal: its first week
    "The charity raised £2.4m in the first week of its summer appeal.\n\nDonations came from "
    "30,000 people. The appeal's £4.2m total will fund three new hospices.",
    # a part of the walk: its first hour
    "The hospice raised £3,150 in the first hour of its sponsored walk on Friday.\n\n"
    "Parents lined the route. The walk's £1,350 total will buy new books for the library.",
    # another source of money than the appeal
    "The charity raised £2.4m from its shops last year, its annual report shows.\n\n"
    "Donations also rose. The appeal's £4.2m total will fund three new hospices.",
    # another year's appeal
    "The charity raised £2.4m in its 2022 appeal.\n\nDonations came from 30,000 people. Its "
    "2023 appeal's £4.2m total will fund three new hospices.",
    # another thing than the one the event names
    "The tablet will sell for $929 when it reaches shops, more than the company's phone.\n\n"
    "Analysts expect strong demand. The phone's $299 price has not changed since launch.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_sum_restated_as_its_things_total(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_sum_beside_another_things_total(lint, text):
    assert _found(lint, text, "NUM002")[1] == []
