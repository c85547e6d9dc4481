"""A quotation signed with a dash and a name, '"..." ― Jane Smith', also when the tokenizer
glues the closing mark to the dash ("”―"). Passages written for newslint."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ("“We were told nothing for weeks. Nothing at all.”― Aoife Brennan", "Aoife Brennan"),
        ('"The clinic was our lifeline and now it is gone." ― Tomas Ruiz', "Tomas Ruiz"),
        ("“I queued for three hours and went home with nothing.” — Priya Nair", "Priya Nair"),
        ("“Who will pay for this?”\xa0― Declan Moore", "Declan Moore"),
    ],
)
def test_a_dash_signature_names_the_speaker(extract, passage, speaker):
    quotes = extract(passage)
    assert [q.speaker.text for q in quotes if q.speaker is not None] == [speaker], quotes


@pytest.mark.parametrize(
    "passage",
    [
        "The vote — held on Tuesday — went against the plan.",
        "“Enough” ― a word painted on the wall ― greeted visitors to the site.",
    ],
)
def test_a_dash_without_a_signature_names_no_one(extract, passage):
    assert not [q for q in extract(passage) if q.cue in {"―", "—", "–", "”―"}]
