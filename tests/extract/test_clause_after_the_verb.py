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


@pytest.mark.parametrize(
    ("passage", "own_clause", "quotation"),
    [
        (
            'He said he speaks about schools because "parents raise them at every door," '
            "though he admitted he has also pressed hard on buses.",
            "pressed hard on buses",
            "parents raise them",
        ),
        (
            'The club has urged the league to publish the report "in the name of basic '
            'openness" and urged fans to keep away from the ground.',
            "keep away from the ground",
            "basic openness",
        ),
    ],
)
def test_a_verb_after_a_quotation_with_its_own_clause_reports_its_clause(
    extract, passage, own_clause, quotation
):
    quotes = extract(passage)
    own = [q for q in quotes if own_clause in q.text]
    assert own, [q.text for q in quotes]
    assert not [q for q in quotes if q.cue == own[0].cue and quotation in q.text], quotes


@pytest.mark.parametrize(
    "passage",
    [
        '"We will win this," she said, adding that the team was fit.',
        '"It was a long night for everyone involved," the coach told reporters after the game.',
    ],
)
def test_a_tag_after_a_quotation_still_takes_it(extract, passage):
    assert any(q.direct and q.speaker is not None for q in extract(passage))
