"""A participle of speaking before the verb that reports the words ("Speaking over the phone,
she said ...") gives the setting, not a second thing said; speaking about a topic on its own
is still a position. Passages written for newslint."""

from __future__ import annotations

import pytest

SETTINGS = [
    "Speaking to this newspaper over the phone, Dr Rao said the clinic would reopen.",
    "Speaking on his way into the cabinet meeting, the minister said no decision was taken.",
    "Talking over a cup of tea in her kitchen, Mrs Hale said she had no plans to move.",
    "Speaking on the economy, the chancellor said growth would return next year.",
]


@pytest.mark.parametrize("passage", SETTINGS, ids=["phone", "cabinet", "tea", "economy"])
def test_the_participle_phrase_is_no_quote(extract, passage):
    quotes = extract(passage)
    assert len(quotes) == 1 and quotes[0].kind == "statement", [q.text for q in quotes]


TOPICS = [
    ("The minister spoke about the economy for an hour.", "the economy"),
    ("She talked of her fears for the future of the village.", "her fears"),
]


@pytest.mark.parametrize(("passage", "fragment"), TOPICS, ids=["economy", "fears"])
def test_speaking_about_a_topic_alone_is_a_position(extract, passage, fragment):
    assert any(fragment in q.text for q in extract(passage))
