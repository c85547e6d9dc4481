"""A name that a relative "who" follows is a person's, whatever label the small pipeline gave
it (``entities.person_entity``), for speakers and for later mentions alike; a body's name, a
place after a preposition or a name with "which" stays what it was. Passages written for
newslint."""

from __future__ import annotations

import pytest

PEOPLE = [
    ("Ngaire Tawhai, whose son attends the school, said parents were furious.", "Ngaire Tawhai"),
    (
        "Olumide Bakare, who founded a freight firm, said the port was congested.",
        "Olumide Bakare",
    ),
    (
        "Dina Castellanos, whom the party suspended last year, said she would stand again.",
        "Dina Castellanos",
    ),
    ("Tui Whaanga, who coaches the under-12s, said the pitch was waterlogged.", "Tui Whaanga"),
    ("Siddharth Menon, who runs the stall, told the paper that rents had trebled.", "Menon"),
]

NOT_PEOPLE = [
    ("Police Scotland, who were called at 2am, said a man had been arrested.", "Police Scotland"),
    ("Harbour Energy, who operate the rig, said production had resumed.", "Harbour Energy"),
    ("Lakeside Academy, which has 900 pupils, said it would close early.", "Lakeside Academy"),
    ("Bradford City, who lost on Saturday, said the manager would stay.", "Bradford City"),
    (
        "A man walking near Foothill Road, who did not give his name, said he heard two bangs.",
        "A man",
    ),
]


@pytest.mark.parametrize("passage,speaker", PEOPLE, ids=[s for _, s in PEOPLE])
def test_a_name_with_who_is_a_named_person(extract, passage, speaker):
    (quote,) = extract(passage)
    assert speaker in quote.speaker.text
    assert quote.speaker.type == "named"


@pytest.mark.parametrize("passage,speaker", NOT_PEOPLE, ids=[s for _, s in NOT_PEOPLE])
def test_a_body_or_a_place_with_who_is_not_a_person(extract, passage, speaker):
    (quote,) = extract(passage)
    assert quote.speaker.text.startswith(speaker)
    assert quote.speaker.type != "named"


def test_the_surname_later_is_the_same_person(extract):
    quotes = extract(
        "Olumide Bakare, who founded a freight firm, said the port was congested. "
        "Bakare added that fees had risen."
    )
    assert [(q.speaker.type, q.speaker.canonical) for q in quotes] == [
        ("named", "Olumide Bakare"),
        ("named", "Olumide Bakare"),
    ]
