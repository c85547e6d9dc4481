"""The page's edges (round 11): a standfirst over a header whose byline went with a list of
links, the article's data lines after its last sentence, editorial credits of other styles."""

from __future__ import annotations

import pytest

from newslint.clean import line_kind, strip_boilerplate
from newslint.page_edges import is_page_note

# -- a standfirst over a header block that a list heading takes whole ----------------------------

STANDFIRSTS = [
    (
        "Harbour board faces vote on dredging contract\n\n"
        "Critics warn the 'rushed' deal could cost ratepayers for a generation\n\n"
        "Local Politics\nBy Aroha Tane, Local Democracy Reporter\n3 June 2025 • 6:15am\n"
        "Related Topics\nPort Nelson\nShare this article\n\n"
        "The harbour board will vote on Thursday on a $40 million dredging contract.\n",
        ["Local Politics", "By Aroha Tane", "Related Topics", "Share this article"],
    ),
    (
        "Stadium roof delayed again\n\n"
        "Club chiefs say the latest setback leaves next season's fixtures in doubt\n\n"
        "Sport\nWritten by Dermot Kealy\nTags\nCroke Park\nGAA\n\n"
        "Work on the new roof has stopped for a third time this year.\n",
        ["Written by Dermot Kealy", "Croke Park"],
    ),
    (
        "Bus drivers back new rota\n\n"
        "Union members accept a deal that ends months of weekend cancellations across the city\n\n"
        "Transport\nBy Kavya Menon | Updated 12 May 2024\nMore on this story\nCity buses\n\n"
        "Bus drivers have voted to accept a new rota after months of talks.\n",
        ["By Kavya Menon", "More on this story"],
    ),
]


@pytest.mark.parametrize(("page", "gone"), STANDFIRSTS, ids=["quoted", "tags", "bar"])
def test_a_standfirst_over_a_byline_taken_with_links_stays(page, gone):
    cleaned, _removed = strip_boilerplate(page)
    standfirst = page.split("\n\n")[1]
    assert standfirst in cleaned
    for label in gone:
        assert label not in cleaned, label


def test_a_caption_under_the_byline_still_goes():
    # under the byline, by the photo, a line that lacks only its full stop is a caption
    page = (
        "Library to close on Sundays\n\n"
        "By Jo Reed\nRelated Topics\nLibraries\n"
        "Readers queue outside the central library on the last Sunday it opened\n\n"
        "The central library will close on Sundays from next month, the council said.\n"
    )
    cleaned, _removed = strip_boilerplate(page)
    assert "Readers queue outside" not in cleaned
    assert "The central library will close" in cleaned


# -- editorial credits and notes of other styles ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "— With assistance from Jo Reed",
        "With additional assistance from Sam Hale and Ana Ruiz in Madrid.",
        "With contributions from Tom Lee, Priya Das",
        "This interview has been edited and condensed for clarity.",
        "This transcript has been edited for length.",
        "(This conversation has been lightly edited.)",
    ],
)
def test_an_editorial_credit_or_note(line):
    assert line_kind(line) == "editorial"


@pytest.mark.parametrize(
    "line",
    [
        "With assistance from Red Cross volunteers, the family rebuilt the barn.",
        "With help from neighbours she rebuilt the barn within a month.",
        "This interview was conducted by phone on Tuesday.",
        "The interview has been edited, the broadcaster said.",
    ],
)
def test_a_sentence_about_help_or_an_interview_stays(line):
    assert line_kind(line) is None


def test_a_wire_credit_under_the_story_is_set_aside_as_editorial():
    page = (
        "Grocers in merger talks\n\n"
        "Two regional grocers are in talks to combine, people familiar with the matter said.\n\n"
        "Shares of both rose in late trading.\n\n"
        "— With assistance from Jo Reed\n\n"
        "©2024 Ledger Financial L.P. All Rights Reserved.\n"
    )
    _cleaned, removed = strip_boilerplate(page)
    kinds = {r.text: r.kind for r in removed}
    assert kinds["— With assistance from Jo Reed"] == "editorial"


# -- the story's data under its last sentence, set apart by blank lines ---------------------------

_STORY = (
    "Pretorius handed first start\n\nBy Sipho Dlamini\n11 Oct 2024 | 12:30\n\n"
    "The fly-half will start against Leinster on Saturday, the coach said.\n\n"
)
_FOOTER = "\n\nSUBSCRIBE: Get our free daily sport newsletter\nFollow us on Instagram @ourpaper\n"

SPACED_DATA = [
    "Sharks: 15 Jo Mthembu, 14 Kyle Hendricks, 13 Sam Moodley, 12 Dan Visser, 11 Lwazi Dube, "
    "10 Liam Pretorius, 9 Sanele Khumalo, 8 Marco Louw (captain), 7 Thabo Mkhize, 6 Piet Louw, "
    "5 Ruan Botes, 4 Con Naidoo, 3 Bongi Dube, 2 Kyle Jacobs, 1 Siya Ngcobo\n\n"
    "Replacements: 16 Ruben Marais, 17 Lungelo Cele, 18 Jaco Swart, 19 Ayanda Cele\n\n"
    "Kick-off: 17:00",
    "Turnout: 41.2%\n\nMajority: 3,327\n\nSwing: 12.5% from Conservative to Liberal Democrat",
    "Saturday: 31C, sunny spells\n\nSunday: 27C, thunderstorms in the afternoon\n\n"
    "Monday: 22C, cooler with showers",
    "Toss: Mumbai, chose to bat\n\nScores: Mumbai 312/6 in 90 overs (A Kulkarni 104 not out)\n\n"
    "Stumps: Day 1 of 5\n\nUmpires: R Menon and K Iyer",
]


@pytest.mark.parametrize("data", SPACED_DATA, ids=["team-sheet", "result", "outlook", "scores"])
def test_the_story_s_spaced_data_under_its_last_sentence_stays(data):
    cleaned, _removed = strip_boilerplate(_STORY + data + _FOOTER)
    first = data.split("\n\n")[0]
    assert first in cleaned and data.split("\n\n")[-1] in cleaned
    assert "SUBSCRIBE" not in cleaned and "Follow us" not in cleaned


@pytest.mark.parametrize(
    "footer",
    [
        "Published: 11 Oct 2024 12:30\n\nUpdated: 11 Oct 2024 14:05",
        "Phone: 0161 496 0832\n\nEmail: sport@ourpaper.co.za",
        "Tags: Rugby, Sharks, URC\n\nTopics: Durban",
        "Kick-off: 17:00",  # one labelled line alone is no box
    ],
    ids=["times", "contacts", "tags", "alone"],
)
def test_the_page_s_labels_under_the_last_sentence_still_go(footer):
    page = _STORY + footer + _FOOTER
    cleaned, _removed = strip_boilerplate(page)
    for line in footer.split("\n\n"):
        assert line not in cleaned, line


# -- the outlet's asks: subscribe, support its journalism, its app, its latest news ----------------


@pytest.mark.parametrize(
    "line",
    [
        "Support local journalism. Subscribe to the Valley Courier today.",
        "Support independent journalism with a digital membership.",
        "Support our journalism Please think about a subscription to keep it going.",
        "Subscribe to The Harbour Post: a year of print and digital for $39.",
        "Sign up to the Sunday edition from just £1.50 a week.",
        "For the latest news, weather and sport, head to KXRT 9 News.",
        "For the latest local news, tune in to Radio Marsh at 6pm.",
        "Download the Channel 7 Storm Watch Weather app for radar and alerts.",
    ],
)
def test_an_outlet_s_ask_of_its_reader(line):
    assert line_kind(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "Support for local journalism has fallen, a survey found.",
        "Support local journalism funds were halved last year.",
        "Residents can subscribe to the council's text alerts for free.",
        "For the latest travel advice, visit the Foreign Office website.",
        "For the latest updates on road closures, visit the council website.",
        "For the latest figures, see the council's annual report.",
        "The charity urged people to download the free NHS app before travelling.",
    ],
)
def test_the_story_s_advice_and_figures_stay(line):
    assert line_kind(line) is None


# -- the page about itself, its tip box, its writer's contact ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Please keep comments relevant and respectful.",
        "The Valley Courier is committed to a lively but civil forum for discussion.",
        "Comments must be on topic and free of abuse.",
        "Reminder, this is a Premium article and requires a subscription to read.",
        "This is a subscriber-only story for members of the Gazette.",
        "Live updates are no longer being posted on this page.",
        "We have ended our coverage on this live blog.",
    ],
)
def test_the_page_speaking_of_itself(line):
    assert is_page_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Councillors called for a civil debate on the plan.",
        "The comments were deemed respectful by the panel.",
        "The figures on this page come from the national statistics office.",
        "This is a story of a town that refused to give up.",
    ],
)
def test_the_story_s_sentences_are_no_page_note(line):
    assert not is_page_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get in touch",
        "Are you affected by the closures? You can share your experiences by emailing us.",
        "Were you affected by the flooding? Send your pictures to our newsdesk.",
        "Please include a contact number if you are willing to speak to a journalist.",
    ],
)
def test_a_tip_box(line):
    assert line_kind(line) == "tip-line"


@pytest.mark.parametrize(
    "line",
    [
        "Get in touch with the council if your bin was missed.",
        "Residents who are willing to talk to a reporter about the fire met on Monday.",
        "Are you affected by the changes? The council has a helpline open until Friday.",
        "Are you affected by the rail strike? Contact your operator for a refund.",
    ],
)
def test_advice_and_story_lines_are_no_tip_box(line):
    assert line_kind(line) is None


def test_the_writer_s_contact_under_the_story_goes():
    page = (
        "School to close in June\n\nBy Rosa Patel | rpatel@ledger.com\nPublished 9:47 p.m.\n\n"
        "The board voted 5-2 to close the school, a spokeswoman said.\n\n"
        "The board will vote next month on the building.\n\n"
        "Contact Rosa Patel at 555-0199 or follow her on X @RosaPatelNews.\n"
    )
    cleaned, _removed = strip_boilerplate(page)
    assert "Contact Rosa Patel" not in cleaned
    assert "The board will vote next month" in cleaned


def test_a_contact_for_someone_else_stays():
    page = (
        "School to close in June\n\nBy Rosa Patel | rpatel@ledger.com\nPublished 9:47 p.m.\n\n"
        "The board voted 5-2 to close the school, a spokeswoman said.\n\n"
        "Parents can contact the district office at 555-0100 for transfer forms.\n"
    )
    cleaned, _removed = strip_boilerplate(page)
    assert "Parents can contact the district office" in cleaned
