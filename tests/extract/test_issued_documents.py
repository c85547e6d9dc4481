"""A thing a participle says was put out ("details released by the club", "a presentation
shown at the meeting") is a document speaker; a person released or shown is not."""

from __future__ import annotations

import pytest

DOCUMENTS = [
    (
        "The ward will close in May, according to a fact sheet released with the budget.",
        "ward will close",
    ),
    (
        "About 600 pupils would move school, according to a presentation shown to governors.",
        "600 pupils",
    ),
    (
        "Squad details released by the club show three players are injured.",
        "three players",
    ),
    ("The charge sheet alleges that the money was moved through two shell firms.", "shell"),
    (
        "Rents rose 9% last year, according to slides circulated among councillors.",
        "Rents rose",
    ),
]


@pytest.mark.parametrize(("passage", "fragment"), DOCUMENTS)
def test_a_text_put_out_is_a_document(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "document"


PEOPLE = [
    ("A man released on bail last week said he would fight the charges.", "fight the charges"),
    ("Hostages freed on Sunday said they had been kept in a cellar.", "cellar"),
    ("A prisoner released early said the jail was overcrowded.", "overcrowded"),
]


@pytest.mark.parametrize(("passage", "fragment"), PEOPLE)
def test_a_person_released_is_no_document(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type != "document"
