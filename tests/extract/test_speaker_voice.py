"""A one-word name the tagger cannot place, typed by how its own words speak: a body's
statement says "we" and never "I"; a person's may say "I". Passages written for newslint."""

from __future__ import annotations

import pytest


def _type_of(extract, passage: str) -> str:
    quotes = [q for q in extract(passage) if q.speaker is not None]
    assert quotes, passage
    return quotes[0].speaker.type


@pytest.mark.parametrize(
    "passage",
    [
        '"We have paused the scheme while we review it," Kainos said.',
        '"Our thoughts are with the family at this time," Halfords said.',
        '"We take the safety of passengers seriously," Translink said on Monday.',
        '"We have written to every customer affected," Zomato said in a filing.',
    ],
)
def test_a_lone_name_speaking_as_we_is_a_body(extract, passage):
    assert _type_of(extract, passage) == "organization"


@pytest.mark.parametrize(
    "passage",
    [
        '"We were robbed tonight and I am furious," Brooke said.',
        '"I have never felt so let down by my own club," Declan said.',
        'Aoife Murphy joined the club in 2019. "We worked hard for this," Murphy said.',
        '"We are just friends," Shane, 27, told the magazine.',
    ],
)
def test_a_person_speaking_stays_named(extract, passage):
    assert _type_of(extract, passage) == "named"
