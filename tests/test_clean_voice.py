"""The stripper reads a line's voice and its neighbours: passages of our own, in several domains.

Lines in the page's voice (an order or a question to the reader, the outlet's "we") go when they
send the reader somewhere, when they sit beside furniture, or when the page's footer has begun;
a teaser under a label in capitals goes; what follows a press release's end mark goes. Article
lines in the same grammar stay: advice in the third person, quotations, a column's last line,
an order in the middle of the story, a title in capitals.
"""

from __future__ import annotations

import pytest

from newslint.clean import strip_boilerplate
from newslint.reader_address import Voices, has_contact


def _gone(text: str) -> set[str]:
    _, removed = strip_boilerplate(text)
    return {line.strip() for r in removed for line in r.text.splitlines() if line.strip()}


# -- lines that go -----------------------------------------------------------------------------


def test_an_order_that_sends_the_reader_to_a_platform_goes_mid_article():
    promo = "Follow the Gazette's farming desk on Instagram for harvest updates."
    text = (
        "Wet summer halves barley yield\n\n"
        "Barley growers in the Borders have lost half their crop after the wettest July on "
        "record, the farmers' union said.\n\n"
        f"{promo}\n\n"
        "Merchants expect malting prices to rise by a fifth before the winter.\n"
    )
    assert _gone(text) == {promo}


def test_a_question_to_the_reader_with_a_telephone_number_goes():
    prompt = "Have you spotted the osprey? Text our wildlife line on 07700 900 123"
    text = (
        "Osprey returns to loch after 40 years\n\n"
        "An osprey has nested on Loch Garten for the first time since 1984, rangers said.\n\n"
        f"{prompt}\n\n"
        "The pair are expected to lay eggs within a fortnight.\n"
    )
    assert _gone(text) == {prompt}


def test_a_sentence_in_the_outlets_voice_after_the_footer_has_begun_goes():
    text = (
        "Bookkeeper jailed for £80,000 fraud\n\n"
        "A bookkeeper who took £80,000 from a garden centre has been jailed for three years.\n\n"
        "Judge Anne Kerr told her she had betrayed an employer who trusted her.\n\n"
        "Topics: Courts, Fraud\n\n"
        "We welcome corrections: our standards team reads every message.\n\n"
        "Catch up on every court story from the region on the Courier.\n"
    )
    gone = _gone(text)
    assert "We welcome corrections: our standards team reads every message." in gone
    assert "Catch up on every court story from the region on the Courier." in gone
    assert "Judge Anne Kerr told her she had betrayed an employer who trusted her." not in gone


@pytest.mark.parametrize(
    "teaser",
    [
        "ANALYSIS: Why the bridge budget keeps rising",
        "[ALSO READ: Harbour festival cancelled for second year]",
        "PICTURED | The flooded high street from the air",
    ],
)
def test_a_teaser_under_a_label_goes(teaser):
    text = (
        "Bridge repairs to cost £40m\n\n"
        "Repairs to the Tay road bridge will cost £40m, twice the first estimate, the board "
        "said on Monday.\n\n"
        f"{teaser}\n\n"
        "Work is due to start in the spring and last two years.\n"
    )
    assert _gone(text) == {teaser}


def test_what_follows_a_press_release_end_mark_goes():
    text = (
        "Trust opens new woodland walk\n\n"
        "A four-mile woodland walk opened at Greyfriars Park on Saturday.\n\n"
        "Trust director Omar Said said the path had taken two years to build.\n\n"
        "The walk is open from dawn to dusk.\n\n"
        "###\n\n"
        "About the Greenfield Trust\n\n"
        "The Greenfield Trust looks after 40 parks across the county.\n"
    )
    gone = _gone(text)
    assert gone == {
        "###",
        "About the Greenfield Trust",
        "The Greenfield Trust looks after 40 parks across the county.",
    }


def test_a_short_label_to_the_reader_beside_an_advert_goes():
    text = (
        "Library hours cut\n\n"
        "Six libraries will close on Mondays from June, the council said.\n\n"
        "ADVERTISEMENT\nPlace an advert with us\n\n"
        "The change will save £210,000 a year.\n"
    )
    assert _gone(text) == {"ADVERTISEMENT", "Place an advert with us"}


# -- lines that stay ---------------------------------------------------------------------------


def test_advice_in_the_third_person_with_a_number_stays():
    text = (
        "Rare bird seen at reservoir\n\nBy Lena Park\nUpdated 14 May 2024, 10:05\n\n"
        "A hoopoe has been seen at Ardingly reservoir, the first in Sussex for a decade.\n\n"
        "Anyone who sees the bird is asked to call the county recorder on 0300 123 4567.\n"
    )
    assert (
        "Anyone who sees the bird is asked to call the county recorder on 0300 123 4567."
        not in (_gone(text))
    )


def test_a_quoted_order_with_a_number_stays():
    line = '"Call us on 0800 555 111 if you see him," Inspector Ray Holt said.'
    text = (
        "Police hunt man after prison escape\n\n"
        "A man escaped from a prison van in Leeds on Tuesday, police said.\n\n"
        f"{line}\n\nThe 34-year-old was being taken to court.\n"
    )
    assert not _gone(text)


def test_a_columns_last_line_in_the_outlets_voice_stays():
    last = "Our councillors must do better than this."
    text = (
        "The bins are a scandal\n\nBy Mo Farid\n\n"
        "For the third week running the bins on Alder Road were not emptied.\n\n"
        "The council blames a shortage of drivers, yet it has hired none since March.\n\n"
        f"{last}\n\n"
        "Topics: Opinion, Waste\n"
    )
    gone = _gone(text)
    assert last not in gone and "Topics: Opinion, Waste" in gone


def test_an_order_in_the_middle_of_the_story_stays():
    text = (
        "Storm to hit coast tonight\n\nBy Ana Ruiz\n\n"
        "Gusts of 70mph are expected on the Cornish coast overnight, forecasters said.\n\n"
        "What to do\n\n"
        "Stay away from the sea front and check on elderly neighbours.\n\n"
        "Trains between Penzance and Plymouth will run at reduced speed.\n\n"
        "Share this article\n"
    )
    gone = _gone(text)
    assert "Stay away from the sea front and check on elderly neighbours." not in gone
    assert "Share this article" in gone


@pytest.mark.parametrize(
    "line",
    [
        "METAL GEAR SOLID: SNAKE EATER",  # a title in capitals
        "MAYOR: We will not raise the rates.",  # a transcript's sentence
        "UPDATE 2: the road has reopened, police said.",
    ],
)
def test_a_label_in_capitals_before_a_sentence_or_a_title_stays(line):
    text = (
        "Town hall meeting\n\nThe council met on Thursday to set the budget.\n\n"
        f"{line}\n\nThe budget was approved by 30 votes to 12.\n"
    )
    assert line not in _gone(text)


def test_a_headline_under_a_label_stays_the_headline():
    text = "EXCLUSIVE: Soap star quits after 20 years\n\nThe actor told friends she was tired.\n"
    assert not _gone(text)


def test_a_list_of_orders_in_a_court_story_stays():
    text = (
        "Singer sentenced\n\nThe singer was given a community order on Friday.\n\n"
        "Advertisement\n\n"
        "He must:\n\n- Do 100 hours of unpaid work\n- Pay a £1,000 fine\n- Attend a course\n\n"
        "His lawyer said he would not appeal.\n"
    )
    assert _gone(text) == {"Advertisement"}


# -- the features --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "imperative", "second", "we"),
    [
        ("Join the Courier's channel and get the latest news.", True, False, False),
        ("For media enquiries contact the press office.", True, False, False),
        ("Do you have a story? Email the newsdesk.", True, True, False),
        ("The council will review the scheme in June.", False, False, False),
        ('Asked about it, he said "we will see".', False, False, False),
        ("To be fair, the club had little choice.", False, False, False),
    ],
)
def test_the_voice_of_a_line(line, imperative, second, we):
    voice = Voices()(line)
    assert (voice.imperative, voice.second_person, voice.first_plural) == (imperative, second, we)


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Find out more at getready.govt.nz.", True),
        ("Call 0161 496 0832", True),
        ("Write to tips@example.org", True),
        ("Agassi won 6-3 7-6 (8-6) in the final.", False),
        ("The budget covers the period 2007-2013.", False),
        ("Sales rose 12.5% to 1,204,000 units.", False),
    ],
)
def test_a_contact(line, contact):
    assert has_contact(line) is contact


@pytest.mark.parametrize(
    "line",
    [
        "Are you enjoying our election coverage? Tell a friend about it.",
        "Photo / Getty Images",
        "Picture by Sam Okafor",
        "Image via Reuters",
    ],
)
def test_a_prompt_or_a_credit_between_paragraphs_goes(line):
    text = (
        "Turnout falls in city wards\n\n"
        "Turnout in the city's wards fell to 31%, the lowest since 1998, the returning officer "
        "said.\n\n"
        f"{line}\n\n"
        "Counting in the county divisions resumes on Friday.\n"
    )
    assert _gone(text) == {line}


@pytest.mark.parametrize(
    "line",
    [
        "Are you surprised? Most economists were not.",  # a question, then a statement
        "Pictures by the children were hung in the hall.",  # a sentence about pictures
        "Photo finish: the race was decided by a nose.",
    ],
)
def test_a_rhetorical_question_or_a_sentence_about_pictures_stays(line):
    text = (
        "School art show opens\n\n"
        "The primary school opened its first art show on Friday, the head teacher said.\n\n"
        f"{line}\n\n"
        "The show runs until the end of the month.\n"
    )
    assert line not in _gone(text)


def test_a_question_about_the_page_in_its_footer_goes():
    text = (
        "Bin collections move to Tuesdays\n\n"
        "Bin collections in the north of the borough will move to Tuesdays from June.\n\n"
        "The council said the change would save 400 miles of driving a week.\n\n"
        "Share this page\n\n"
        "Was this page helpful?\nYes\nNo\n"
    )
    gone = _gone(text)
    assert {"Was this page helpful?", "Yes", "No"} <= gone
    assert "The council said the change would save 400 miles of driving a week." not in gone
