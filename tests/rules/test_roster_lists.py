"""NUM007 lists of names read in full (round 7). Passages written for these tests.

- The full stop of an abbreviation spaCy's English tokenizer keeps whole ("Dr.", "Gov.", "Sen.",
  "Calif.") or of its plural ("Govs.", "Sens.") does not end a list of names.
- A member named by a reflexive before the names ("a race between herself, A and B") counts; an
  emphatic reflexive after a name ("the mayor herself") is no member of its own.
- "along with", "as well as", "together with" or "plus" after a list adds members: the list is
  not the whole.
- "six of the region's eight hospitals: A, B, ...": the names are the part, not the whole.
- A list cut short by a preposition inside an item ("his aide for housing Jo Bell") is no list.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ("titles with full stops, one name short", "Panel named\n\nThe four judges - Dr. Ruth Ames, Prof. Hugh Bell and Mr. Tom Carr - met on Monday to read the entries.", "four"),
    ("state abbreviations, one name short", "Senate talks\n\nFive senators - Sen. Ana Diaz (Calif.), Sen. Bob Egan (Ore.), Sen. Carl Foy (Nev.) and Sen. Dee Gray (Ariz.) - wrote to the agency on Tuesday.", "Five"),
    ("a reflexive member, one name too many", "Leadership contest\n\nThe party's deputy leader said the contest was now a three-candidate contest between herself, Maria Lopez, Tom Reid and Sam Hart.", "three"),
    ("plural titles, one name short", "Governors meet\n\nThe summit drew five governors: Govs. Amy Chu of Utah and Ben Dorsey of Maine, and Carla Evans.", "five"),
]  # fmt: skip

SILENT = [
    ("titles with full stops, right", "Panel named\n\nThe three judges - Dr. Ruth Ames, Prof. Hugh Bell and Mr. Tom Carr - met on Monday to read the entries."),
    ("state abbreviations, right", "Senate talks\n\nFour senators - Sen. Ana Diaz (Calif.), Sen. Bob Egan (Ore.), Sen. Carl Foy (Nev.) and Sen. Dee Gray (Ariz.) - wrote to the agency on Tuesday."),
    ("plural title, right", "Governors meet\n\nThe summit drew three governors: Govs. Amy Chu of Utah and Ben Dorsey of Maine, and Carla Evans."),
    ("a reflexive member, right", "Leadership contest\n\nThe party's deputy leader said the contest was now a three-candidate contest between herself, Maria Lopez and Tom Reid."),
    ("an emphatic reflexive after a name", "Council sued\n\nThe claim names four defendants: the mayor Jane Holt herself, the clerk Ian Moss, the treasurer Ann Lee and the planner Raj Patel."),
    ("members added with 'along with'", "Ad campaign\n\nThe campaign will run its new advert in seven counties: Kent, Essex and Surrey, where it already runs, along with Devon, Dorset, Somerset and Cornwall."),
    ("members added with 'as well as'", "Festival line-up\n\nFive bands will play on Saturday: Echo Park, The Reeds and Lowland, as well as Harbour Lights and Ninefold."),
    ("the part of a whole", "Hospital inspections\n\nInspectors visited six of the region's eight hospitals - St Anne's, Greenfield, Hollybank, Marsh Road, Riverside and Westgate - over the summer."),
    ("a preposition inside an item", "Council sued\n\nThe claim names six defendants: Mayor Jane Holt herself, Clerk Ian Moss, Treasurer Ann Lee, her adviser for housing Jo Bell, Planner Raj Patel, and the unnamed officer who signed the order."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape
