"""A name inside a speaker's own phrase ("a mother who had come from Kericho") or where they
spoke is not whom the next "she said" refers to; the speaker is. Passages written for
newslint."""

from __future__ import annotations

import pytest

BACK_TO_THE_SPEAKER = [
    (
        "A mother who had travelled from Kericho with her baby said the clinic was shut.\n\n"
        '"Nobody is here to help us," she said.',
        "Nobody is here",
    ),
    (
        "A farmer who had driven in from Nyeri overnight said the market was closed.\n\n"
        '"I have never known it this bad," he said.',
        "never known",
    ),
    (
        "A nurse, who did not want to be named, told the Courier staff were exhausted.\n\n"
        '"We are on our knees," she said.',
        "on our knees",
    ),
    (
        "One trader, who sells fruit near Kiambu, said sales had halved.\n\n"
        '"We had no warning at all," she added.',
        "no warning",
    ),
]


@pytest.mark.parametrize(
    ("passage", "fragment"), BACK_TO_THE_SPEAKER, ids=["mother", "farmer", "nurse", "trader"]
)
def test_a_pronoun_after_an_unnamed_speaker_is_that_speaker(speaker_of, passage, fragment):
    speaker = speaker_of(passage, fragment)
    assert speaker.type == "anonymous", speaker


NAMED_AFTER = [
    (
        "A resident said the road had flooded twice.\n\n"
        "Councillor Mary Doyle visited the street on Monday. "
        '"The drains have failed," she said.',
        "The drains",
    ),
    (
        "A driver said the queue was two miles long.\n\n"
        "Police Inspector John Rees arrived later. "
        '"We are doing all we can," he said.',
        "doing all we can",
    ),
]


@pytest.mark.parametrize(("passage", "fragment"), NAMED_AFTER, ids=["doyle", "rees"])
def test_a_person_named_after_the_speaker_is_still_the_antecedent(speaker_of, passage, fragment):
    speaker = speaker_of(passage, fragment)
    assert speaker.type == "named", speaker
