"""A vote and a plea are acts, not words: "voted against the motion", "voted no", "will vote
on the plan", "pleaded not guilty to fraud" report nothing said, and do not take a quotation
beside them ("known as the 'money man', pleaded guilty"). Words said around them still are."""

from __future__ import annotations

import pytest

ACTS = [
    "Councillor Maeve Doran voted against the motion.",
    "Two members voted against.",
    "Trustee Sam Igwe voted no when the board met on Monday.",
    "The parish council will vote on what to do with the old library.",
    "Dlamini, 44, pleaded not guilty to fraud and money laundering charges.",
    "The driver pleaded guilty to dangerous driving at Carlisle Crown Court.",
    "Hughes, known in the village as the 'money man', pleaded guilty to 12 counts of theft.",
    "Fans were quick to weigh in on social media.",
    # a gathering addressed is where it was said
    "The mayor addressed a packed public meeting in Wexford on Thursday.",
    "Addressing a rally outside the factory, union leaders were cheered.",
]


@pytest.mark.parametrize("passage", ACTS)
def test_a_vote_or_a_plea_is_no_quote(extract, passage):
    assert extract(passage) == []


WORDS = [
    ("Ms Doran, who voted against, said the motion was rushed.", "motion was rushed"),
    ("The union warned of further strikes in the spring.", "further strikes"),
    ("Dlamini's lawyer said his client would plead not guilty.", "plead not guilty"),
    ("She described the ruling as a disgrace.", "disgrace"),
    ("Members denied the claims at the meeting.", "the claims"),
    ("Addressing a rally in Leeds, the MP said cuts would follow.", "cuts would follow"),
    ("She addressed the question of pay in her speech.", "question of pay"),
]


@pytest.mark.parametrize(("passage", "said"), WORDS)
def test_words_said_beside_a_vote_or_a_plea_are_kept(extract, passage, said):
    assert any(said in q.text for q in extract(passage))
