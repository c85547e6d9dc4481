"""One-word names the tagger cannot place: a capitalised noun inside a sentence, never written
in lower case, is a name (a body's, when nothing says it is a person's); a name whose own words
say "I" is a person's, since a body's statement never does. Passages written for newslint."""

from __future__ import annotations

import pytest


def _type_of(extract, passage: str) -> str:
    quotes = [q for q in extract(passage) if q.speaker is not None]
    assert quotes, passage
    return quotes[0].speaker.type


@pytest.mark.parametrize(
    "passage",
    [
        '"Our thoughts are with the family at this time," Halfords said.',
        '"Services will run to a Sunday timetable," Translink said.',
        'The depot has closed. "Services will resume on Monday," Arriva said.',
    ],
)
def test_a_capitalised_noun_inside_a_sentence_is_a_name(extract, passage):
    assert _type_of(extract, passage) == "organization"


@pytest.mark.parametrize(
    "passage",
    [
        '"We were robbed tonight and I am furious," Brooke said.',
        '"I have never felt so let down by my own club," Declan said.',
        '"We will retake every town," Zelensky said in Kyiv.',
        '"We are just friends," Shane, 27, told the magazine.',
    ],
)
def test_a_person_speaking_stays_named(extract, passage):
    assert _type_of(extract, passage) == "named"


def test_a_name_that_is_also_a_word_in_lower_case_is_not_read_as_one(extract):
    text = "The report was published on Monday. Critics said the report was thin."
    assert _type_of(extract, text) != "organization"
