"""A verb with a clause hung before it by the parser and a "that" clause after it reports the
"that" clause. Passages written for newslint."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("passage", "said", "not_said"),
    [
        (
            "Writing for a Sunday Times panel that all agreed Harris won the debate, Ciara "
            "Walsh noted that the way Harris handled the crowd was critical.",
            "handled the crowd",
            "Writing for",
        ),
        (
            "Both candidates face questions about their finances, particularly after footage "
            "surfaced showing an exhausted Mary Byrne leaving a bank this past week (her team "
            "later disclosed that she has sold the house).",
            "sold the house",
            "Both candidates",
        ),
        (
            "Speaking at a rally that all observers agreed Kenny dominated, Mary Lou Hanlon "
            "noted that the crowd was small.",
            "crowd was small",
            "Speaking at",
        ),
    ],
)
def test_the_that_clause_after_the_verb_is_what_was_said(extract, passage, said, not_said):
    quotes = extract(passage)
    assert any(said in q.text for q in quotes), [q.text for q in quotes]
    assert not any(q.text.startswith(not_said) for q in quotes), [q.text for q in quotes]


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ("The bridge will reopen in May, the engineer said.", "The bridge will reopen"),
        ("The plan is dead, he said, adding that talks would resume.", "The plan is dead"),
    ],
)
def test_a_clause_before_a_closing_tag_is_still_said(extract, passage, said):
    assert any(q.text.startswith(said) for q in extract(passage))
