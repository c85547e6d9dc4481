"""NUM005 reading the ways a window share points back to its total and the total's period:

- "since the launch", "since the opening": an event the article dates elsewhere ("launched in
  2015");
- "them" paragraphs on, with no figure between, when the last plural noun said before it is
  the total's own ("640,000 trees ... The vast majority of them ...");
- a figure with a scale word before "of them" ("About 1.5 million of them travelled ...");
- "Of those, more than 3,000 were ...": an amount after the opening and a hedge;
- "that tally", "that total" name the total; "those downloads" the total whose sentence says
  "downloaded" (the one such total before the share);
- "since the weekend": from the Saturday of the last weekend before publication;
- "the weekly tally ... about 350" is a rate, not a second total "that total" could mean;
- windows "in a single day", "in one night", "in the space of a week";
- "since the earthquake", "since the merger": the one date the article gives that noun.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _found

PUBLISHED = "2025-03-05"

FIRES = [
    # charity: the launch is dated in the sentence before
    (
        "The appeal was launched in 2015 after the death of a local nurse. It has raised £2.4m "
        "since the launch, more than half of it in the last 10 days.",
        "more than half of it",
    ),
    # transport: a museum's opening dated in the lede
    (
        "The railway museum opened in May 2011 in a former goods shed.\n\n"
        "Since the opening, it has sold 380,000 tickets, most of them in the past week, its "
        "director said.",
        "most of them",
    ),
    # environment: a sentence with no figure between, then "them"
    (
        "Volunteers have planted 640,000 trees since the project began in 2001. The work is "
        "funded by a regional trust. The vast majority of them went in over the past three "
        "weeks.",
        "The vast majority of them",
    ),
    # health: a paragraph break and a speaker before the share
    (
        "The clinic has carried out 27,000 hearing tests since it opened in 2013.\n\n"
        "The service is run by a local charity.\n\n"
        "Nurses said nearly all of them were done in the past fortnight.",
        "nearly all of them",
    ),
    # ferry: a figure with its scale word before "of them"
    (
        "The ferry has carried 2.3 million passengers since the service began in 2004.\n\n"
        "About 1.5 million of them travelled in the last month, according to the operator.",
        "1.5 million of them",
    ),
    # grants: "Of those," and a hedge before the amount
    (
        "The fund has handed out 5,400 grants since 2010. Of those, more than 3,000 were "
        "awarded in the past 10 days.",
        "3,000",
    ),
    # visitors: "that tally" is the total, not a pronoun
    (
        "The zoo has welcomed 640,000 visitors since it opened in 2016, its director said.\n\n"
        "A new penguin house is due to open in the summer.\n\n"
        "Staff said the majority of that tally had come through the gates in the past month.",
        "the majority of that tally",
    ),
    # an app: the noun is the total's verb, with another figure between
    (
        "The council's parking app has been downloaded 850,000 times since its launch in "
        "2019.\n\nThe town has 14 car parks.\n\nMore than half of those downloads came in the "
        "past week, officials said.",
        "More than half of those downloads",
    ),
    # a hotline: "since the weekend" is a window of five days (published on a Wednesday)
    (
        "The hotline has taken 9,800 calls since 2022. More than half of them came in since "
        "the weekend, staff said.",
        "More than half of them",
    ),
    # health: a weekly tally is a rate, so "that total" is the season's count
    (
        "The county has recorded 8,300 flu cases since October. The weekly tally has been "
        "running at about 350 in recent weeks. More than half of that total was logged since "
        "the weekend.",
        "More than half of that total",
    ),
    # council tax: one day, not the week it fell in
    (
        "The council has collected £48m in arrears so far this year, most of it in a single "
        "day last week.",
        "most of it",
    ),
    # policing: "in the space of a week"
    (
        "Police issued 12,400 fines over the past decade, the majority of them in the space of "
        "a week.",
        "the majority of them",
    ),
    # an app: "the downloads" names the total whose verb is "downloaded"
    (
        "The council's parking app has been downloaded 850,000 times since its launch in "
        "2019.\n\nThe town has 14 car parks.\n\nMost of the downloads came in the past week, "
        "officials said.",
        "Most of the downloads",
    ),
    # disaster relief: the quake dated in the lede
    (
        "The earthquake struck on 6 February, destroying much of the old town.\n\n"
        "Aid agencies have delivered 84,000 food parcels since the earthquake, most of them in "
        "the past 24 hours.",
        "most of them",
    ),
    # banking: a merger dated by month and year
    (
        "The merger was completed in March 2019.\n\nThe combined bank has closed 310 branches "
        "since the merger, the majority of them this week.",
        "the majority of them",
    ),
]

SILENT = [
    # the last plural noun before "them" is another thing: the saplings, not the trees
    "Volunteers have planted 640,000 trees since the project began in 2001. Local farmers "
    "gave the land and the saplings. The vast majority of them went in over the past three "
    "weeks.",
    # two launches in different years: which one "the launch" means is not known
    "The first appeal was launched in 2015. A second, for the hospice, was launched in 2023. "
    "It has raised £2.4m since the launch, more than half of it in the last 10 days.",
    # a small part in the window is the news itself
    "The ferry has carried 2.3 million passengers since the service began in 2004.\n\n"
    "About 150,000 of them travelled in the last month, according to the operator.",
    "The fund has handed out 5,400 grants since 2010. Of those, more than 300 were awarded in "
    "the past 10 days.",
    # a plausible share: half of a decade's total over the last five years
    "The fund has handed out 5,400 grants since 2015. Of those, more than 2,000 were awarded "
    "in the past five years.",
    # "that tally" over a span the total's pace allows
    "The zoo has welcomed 640,000 visitors since it opened in 2016, its director said. "
    "Staff said the majority of that tally had come through the gates in the past five years.",
    # a small part since the weekend
    "The hotline has taken 9,800 calls since 2022. About 600 of them came in since the "
    "weekend, staff said.",
    # two totals say "downloaded": which one the downloads are is not known
    "The council's parking app has been downloaded 850,000 times since its launch in 2019, "
    "and its bus app 120,000 times since 2021.\n\nMost of the downloads came in the past "
    "week, officials said.",
    # a single day's share the year's pace allows
    "The council has collected £48m in arrears so far this year, about £800,000 of it in a "
    "single day last week.",
    # two earthquakes dated: "since the earthquake" could count from either
    "The earthquake struck on 6 February. A second earthquake hit on 20 February.\n\n"
    "Aid agencies have delivered 84,000 food parcels since the earthquake, most of them in the "
    "past 24 hours.",
    # an undated event: no period, no rate
    "Aid agencies have delivered 84,000 food parcels since the earthquake, most of them in the "
    "past 24 hours.",
]


@pytest.mark.parametrize(("text", "share"), FIRES)
def test_share_linked_back_to_its_total(lint, text, share):
    report, found = _found(lint, text, "NUM005", published=PUBLISHED)
    assert len(found) == 1, [f.message for f in found]
    at = report.text.find(share)
    assert found[0].start <= at < found[0].end, found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_share_not_linked_or_plausible_is_silent(lint, text):
    assert _found(lint, text, "NUM005", published=PUBLISHED)[1] == []
