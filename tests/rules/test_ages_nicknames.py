"""DAT002: a nickname written in quotation marks inside a name (Thomas "Tommy" Vance) makes
"Tommy Vance" the same person, so an age given to one form and a birth date to the other are
checked against each other. Another person of that surname with another given name stays
someone else. Passages written for these tests."""

from __future__ import annotations

import pytest

# (text, published, the age flagged)
FIRES = [
    ("Tommy Vance, 58, has driven the number 9 bus through Omagh for 30 years.\n\nThomas "
     "\"Tommy\" Vance was born on 4 June 1970 in Strabane.", "2024-06-20", "58"),
    ("Betty Crane, bowls pioneer, dies\n\nElizabeth “Betty” Crane, the first woman to captain "
     "the county side, has died in Ayr, aged 88.\n\nBorn on 30 October 1934 in Troon, she "
     "took up the game at 40.\n\nCrane died on 14 May at home.", "2024-05-18", "88"),
    ("Robert 'Bobby' Kerr, 61, opened the chip shop in 1990.\n\nBobby Kerr, 66, said the "
     "queue had never been longer.", "2024-09-02", "66"),
]  # fmt: skip

SILENT = [
    ("Tommy Vance, 54, has driven the number 9 bus through Omagh for 30 years.\n\nThomas "
     "\"Tommy\" Vance was born on 4 June 1970 in Strabane.", "2024-06-20"),
    ("Betty Crane, bowls pioneer, dies\n\nElizabeth “Betty” Crane, the first woman to captain "
     "the county side, has died in Ayr, aged 88.\n\nBorn on 30 October 1935 in Troon, she "
     "took up the game at 40.\n\nCrane died on 14 May at home.", "2024-05-18"),
    # the brother's given name is not the nickname: two people
    ("Robert 'Bobby' Kerr, 61, opened the chip shop in 1990.\n\nHis brother Billy Kerr, 66, "
     "said the queue had never been longer.", "2024-09-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "age"), FIRES)
def test_nickname_form_is_the_same_person(rule_findings, text, published, age):
    report, found = rule_findings("DAT002", text, published)
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == age


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_nickname_form_agrees_or_is_another_person(rule_findings, text, published):
    _, found = rule_findings("DAT002", text, published)
    assert found == [], [f.message for f in found]
