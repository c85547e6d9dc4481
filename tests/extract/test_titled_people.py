"""A person named after a body's title or a spokesperson's noun is a person, not the body:
"Harbour Board Chair Nia Pritchard", "the utility's spokeswoman, Adaeze Okafor", "Campaign
organiser Bethan Rees said she ...". A body's name in the same places stays a body."""

from __future__ import annotations

import pytest

from newslint.analysis import split_paragraphs
from newslint.extract.quotes import quotes_in
from newslint.parse import parse


@pytest.fixture(scope="module")
def speaker_of(nlp):
    def run(text: str, fragment: str):
        doc = parse(nlp, text, "full")
        quotes = quotes_in(doc, [(p.start, p.end) for p in split_paragraphs(text)])
        found = [q for q in quotes if fragment in q.text]
        assert found, f"no quote holds {fragment!r}: {[q.text for q in quotes]}"
        return found[0].speaker

    return run


PEOPLE = [
    ("Senate Judiciary Committee Chair Helen Park said the vote would slip.", "vote would slip"),
    (
        "Senate Agriculture Committee Chair Ruth Delaney, D-Iowa, said the bill had stalled.",
        "bill had stalled",
    ),
    (
        "The water utility's regional spokeswoman, Adaeze Okafor, said supply would return "
        "by Friday.",
        "supply would return",
    ),
    (
        "The prosecuting authority's spokesperson, Thabo Dlamini, said the case would go ahead.",
        "case would go ahead",
    ),
    ("Campaign organiser Bethan Rees said she was furious with the decision.", "furious"),
    ("Festival organiser Tom Briggs said he had sold every ticket.", "every ticket"),
]


@pytest.mark.parametrize(("passage", "fragment"), PEOPLE)
def test_a_person_after_a_body_title_is_named(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


BODIES = [
    ("A spokesman for the builder, Harbour Homes, said the work was safe.", "work was safe"),
    ("Bus operator Ashcombe Connect said it would review fares in May.", "review fares"),
    ("Event organiser Northgate Live said it had refunded every ticket.", "refunded"),
    ("Trade body Energy Retail Wales said prices would fall next year.", "prices would fall"),
    ("A Tesco spokesman said the stores would reopen on Monday.", "stores would reopen"),
]


@pytest.mark.parametrize(("passage", "fragment"), BODIES)
def test_a_body_after_its_noun_stays_a_body(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "organization"


UNIONS = [
    "The drivers' union Aslef said its members had not had an offer in a year.",
    "The farmers' group Grain Growers said the rain came too late for wheat.",
    "The tenants' association Riverside Voice said the repairs were overdue.",
]


@pytest.mark.parametrize("passage", UNIONS)
def test_a_body_of_people_named_after_its_noun_is_a_body(speaker_of, passage):
    assert speaker_of(passage, passage.split(" said ")[1][:12]).type == "organization"


def test_a_name_never_shortened_that_speaks_of_itself_as_it_is_a_body(speaker_of):
    text = (
        "Grocer Harvest Lane is in talks with a rival.\n\n"
        "In a filing last month, Harvest Lane said it had secured a new credit facility.\n\n"
        "Shares in Harvest Lane rose 4% on Tuesday."
    )
    assert speaker_of(text, "credit facility").type == "organization"


PEOPLE_WHO_SAY_IT = [
    # shortened at the third mention, as a person's name is
    "Dewi Rowlands, who farms near Bala, lost 40 ewes.\n\nDewi Rowlands said it had taken "
    "him years to build the flock.\n\nRowlands said he would rebuild.",
    # written whole once only
    "Grace Otieno, a nurse at the hospital, said it had taken hours to find a bed.",
    # written whole twice, with a title
    "Ms Amara Osei runs the shop.\n\nMs Amara Osei said it had taken weeks to restock.",
]


@pytest.mark.parametrize("passage", PEOPLE_WHO_SAY_IT)
def test_a_person_who_says_it_stays_named(speaker_of, passage):
    assert speaker_of(passage, "taken").type == "named"
