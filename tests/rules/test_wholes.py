"""NUM004 on any whole of the article and the parts of it said anywhere after it
(measurements/tallies.py reads every count, measurements/wholes.py pairs and judges them).

Every passage was written for this file, in varied domains and shapes: parts chained across
sentences ("a further", "the remaining"), parts in one list that differ in degree or owner (two names),
parts named by opposite words, a part that names its whole by a partitive and is larger than
it. The near misses give another reading: stages of one course, a whole that grows, another
time, another event, a floor, a target, a larger whole the parts could belong to."""

from __future__ import annotations

import pytest
from tests.rules.test_shares_across import _assert_fires, _found

FIRES = [
    # a chain: a part said outside the one before it, with another outcome
    (
        "The planning department received 860 applications last year.\n\nOfficers said 540 "
        "applications had been approved within eight weeks.\n\nA further 390 applications "
        "were refused, most of them for extensions in the green belt.",
        "390",
        "860",
    ),
    # figures with no noun of their own, going on from the count of the sentence before
    (
        "The licensing board heard 212 applications in March.\n\nCouncillors granted 153 of "
        "them. Another 71 were turned down, mostly over noise.",
        "71",
        "212",
    ),
    # one list, parts that differ in how far the outcome went
    (
        "The earthquake damaged 2,140 buildings across the province, officials said on "
        "Monday.\n\nEngineers found that 940 buildings were completely destroyed and 1,310 "
        "partially damaged.",
        "1,310",
        "2,140",
    ),
    # parts named by opposite words, in two sentences
    (
        "The port handled 612,000 containers in the year to March.\n\nImports made up "
        "351,000 containers of the total. Exports accounted for 298,000 containers, the "
        "harbour board said.",
        "298,000",
        "612,000",
    ),
    # one part naming its whole by a partitive
    (
        "Inspectors visited 1,260 care homes in the region last year, the regulator said.\n\n"
        "Its annual report rated 1,620 of the homes good or outstanding.",
        "1,620",
        "1,260",
    ),
    # parts of one list owned by different names
    (
        "Ahmed wins Kilbride ward by-election\n\nA total of 2,614 votes were cast in "
        "Thursday's by-election, the returning officer said.\n\nLabour's Sana Ahmed received "
        "1,390 votes to Conor Byrne's 1,310, a margin that surprised both camps.",
        "1,310",
        "2,614",
    ),
]

SILENT = [
    # stages of one course: those who finished are among those who enrolled
    "The college trained 5,200 apprentices last year.\n\nSo far, 4,100 apprentices have "
    "enrolled and 3,300 have completed the course.",
    # "a further" with the whole's own outcome: the whole grows
    "The insurer received 4,200 claims in June.\n\nA further 1,900 claims were received in "
    "July, and 2,600 claims have been settled.",
    # another time
    "In 2022 the charity received 3,000 requests for help.\n\nIn 2023, 2,100 requests were "
    "approved and a further 1,400 requests were rejected.",
    # a floor: "at least 64" may be 70
    "At least 64 people were killed in the attack, medics said.\n\nThe network said 29 "
    "children and 41 women were among those killed.",
    # another event: the wounded are not among the dead
    "Shelling killed 64 people in the city on Tuesday.\n\nMedics said 29 children and 41 "
    "women were wounded and taken to hospital.",
    # other people doing another thing: nothing ties the list to the whole
    "Police arrested 300 people in the capital on Saturday.\n\nOrganisers said 120 students "
    "and 250 workers joined the march.",
    # figures with no noun after a count of other things: people are no homes
    "The fire destroyed 43 homes on the estate.\n\nFirefighters said 12 were injured, and 38 "
    "were treated for smoke.",
    # a target, not a count
    "The scheme was meant to train 45,000 young people.\n\nSo far 39,000 candidates have "
    "enrolled and a further 31,000 candidates have applied.",
    # a larger whole the parts may belong to
    "The storm damaged 2,140 buildings in the city and 5,400 buildings across the province."
    "\n\nEngineers found that 940 buildings were completely destroyed and 1,310 partially "
    "damaged.",
    # "of" a single thing counts its units; "of" after a noun says whose they are
    "Kestrel Motors launched three electric vans last year.\n\nIt has sold 3,200 of its first "
    "van since May, the firm said.",
    "The guild admitted 28 new fellows this year.\n\nThere are now 4,150 fellows of the guild, "
    "every one of them elected.",
    # a comparison figure is no whole
    "The trust had 1,240 vacant posts in March, down from 1,610 a year earlier.\n\nNursing "
    "accounts for 610 of the vacancies.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_a_whole_exceeded_by_its_parts(lint, text, one, other):
    _assert_fires(lint, text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_parts_with_another_reading(lint, text):
    _, found = _found(lint, text)
    assert not found, [f.message for f in found]
