"""A person named after a body's title or a spokesperson's noun is a person, not the body:
"Harbour Board Chair Nia Pritchard", "the utility's spokeswoman, Adaeze Okafor", "Campaign
organiser Bethan Rees said she ...". A body's name in the same places stays a body."""

from __future__ import annotations

import pytest

from newslint.parse import parse

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
    # ... with a peer's title: every honorific of one list counts
    "Lord Cedric Haworth chairs the inquiry.\n\nLord Cedric Haworth said it had taken months "
    "to agree its terms.",
]


@pytest.mark.parametrize("passage", PEOPLE_WHO_SAY_IT)
def test_a_person_who_says_it_stays_named(speaker_of, passage):
    assert speaker_of(passage, "taken").type == "named"


def _typed(nlp, text: str, speaker: str, labels: dict[str, str], *, one_name: bool = False):
    """The type of ``speaker`` (its last occurrence) with the tagger's labels replaced by
    ``labels`` (name -> label, "" for none), so the test holds whatever the tagger guesses;
    ``one_name``: the speaker's words tagged as one proper name, as the tagger may."""
    from spacy.tokens import Span as SpacySpan

    from newslint.extract.entities import group_people
    from newslint.extract.speakers import speaker_type

    doc = parse(nlp, text, "full")
    placed: list[SpacySpan] = []
    taken: set[int] = set()
    for name, label in sorted(labels.items(), key=lambda kv: -len(kv[0])):
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            if not taken & set(range(span.start, span.end)):
                taken |= set(range(span.start, span.end))
                if label:
                    placed.append(SpacySpan(doc, span.start, span.end, label=label))
            at = text.find(name, at + 1)
    kept = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    doc.set_ents(sorted(kept + placed, key=lambda e: e.start), default="outside")
    at = text.rfind(speaker)
    span = doc.char_span(at, at + len(speaker))
    if one_name:
        for token in span[:-1]:
            token.pos_, token.tag_, token.dep_, token.head = "PROPN", "NNP", "compound", span[-1]
    return speaker_type(span, group_people(doc))[0]


def test_a_name_run_together_with_its_title_is_the_person(nlp):
    text = (
        "'We will bat first', says Delhi skipper Vivek Rawal\n\n"
        "Vivek Rawal has scored two hundreds this season."
    )
    labels = {"Delhi skipper Vivek Rawal": "GPE", "Vivek Rawal": "PERSON"}
    assert _typed(nlp, text, "Delhi skipper Vivek Rawal", labels, one_name=True) == "named"


def test_an_unlabelled_name_that_says_she_elsewhere_is_a_person(nlp):
    text = (
        "Dinah Okoye's memoir is about her years as a night nurse.\n\n"
        "Okoye says she wrote most of it between shifts.\n\n"
        "Okoye says the idea came from a patient."
    )
    labels = {"Dinah Okoye": "", "Okoye": ""}
    assert _typed(nlp, text, "Okoye", labels) == "named"


def test_a_lone_name_that_says_it_stays_a_body(nlp):
    text = (
        "Transnet said it had repaired the damaged section overnight.\n\n"
        "Transnet says the line will reopen on Monday."
    )
    assert _typed(nlp, text, "Transnet", {"Transnet": ""}) == "organization"


OFFICES_AS_HEADLINE_SPEAKERS = [
    ("Mayor says city will not pay for late rail extension\n\nThe line opens in 2028.", "pay"),
    ("PM says no deal on fishing rights\n\nTalks go on in Brussels.", "fishing"),
    ("Premier says hospital will open on time\n\nWork began in May.", "open on time"),
]


@pytest.mark.parametrize(("passage", "fragment"), OFFICES_AS_HEADLINE_SPEAKERS)
def test_an_office_alone_in_a_headline_is_its_holder(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


@pytest.mark.parametrize(
    "passage",
    [
        "Spokesman says ferry will sail\n\nThe ferry leaves at noon.",
        "Democrats say the bill is dead\n\nThe vote failed on Monday.",
    ],
)
def test_a_spokesman_or_a_party_alone_is_no_office_holder(speaker_of, passage):
    assert speaker_of(passage, " ").type == "organization"
