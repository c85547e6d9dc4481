"""DAT002: ages said of someone other than the person they were given to, in passages written
for these tests: an age in a noun phrase set beside another name ("Moran, the 53-year-old former
secretary of defence bidding to ..."), an age after "the sister of <name>" (whose is unsaid), and
a bound said of a group ("three of the four lifeboats are more than 40 years old") or a round
figure ("nearly 100 years old"). Each fires where one person's two ages really disagree."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

# (text, the age flagged, the age it contradicts)
FIRES = [
    ("Keith Barr, 70, raised the money.\n\nBarr, 76, said the hospital needed help.", "76", "70"),
    ("Ellen Marsh, 38, told the inquiry she had been threatened.\n\nMrs Marsh, 34, said she no "
     "longer felt safe.", "34", "38"),
    ("The ferry firm's founder, Ines Carvalho, 58, spoke first. Ms Carvalho, 85, said the boats "
     "were safe.", "85", "58"),
]  # fmt: skip

SILENT = [
    # an age in a phrase set beside another name, however the parse hangs it
    "The campaign was launched by Rhona Pike, 52, a retired nurse.\n\nShe said the seat would "
    "be harder to win than for Moran, the 53-year-old former secretary of defence bidding to "
    "lead the party.",
    "Keith Barr, 70, said the vote would be close.\n\nHe said it was tighter than it looked for "
    "Tanaka, the 68-year-old former secretary of health bidding to become the island's first "
    "female premier.",
    # "the sister of Paul Dean, 41,": hers or his, the sentence does not say
    "Ellen Marsh, 38, told the inquiry she had been threatened.\n\nMrs Marsh, the sister of Paul "
    "Dean, 41, said she no longer felt safe. Mr Dean, 44, did not attend.",
    # a group's bound and one member's age
    "The station's crews rely on an ageing fleet.\n\nThree of the four lifeboats are more than 40 "
    "years old, the charity said. The exception is a 39-year-old Arun Class Vigilant, bought "
    "second-hand in 2001.",
    "The ferry company says its boats are safe.\n\nAll but one of its six ferries are over 30 "
    "years old. The youngest is a 29-year-old Isle of Lewis, which joined the route in 2015.",
    # a round figure is no exact age
    "Agnes Doyle, 101, was honoured on Sunday.\n\nMrs Doyle, nearly 100 years old, said she felt "
    "lucky.",
]


@pytest.mark.parametrize(("text", "age", "other"), FIRES)
def test_one_persons_two_ages_fire(rule_findings, text, age, other):
    report, found = rule_findings("DAT002", text, PUBLISHED)
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == age
    assert found[0].evidence["other_age"] == int(other)


@pytest.mark.parametrize("text", SILENT)
def test_age_of_another_is_silent(rule_findings, text):
    _, found = rule_findings("DAT002", text, PUBLISHED)
    assert found == [], [f.message for f in found]
