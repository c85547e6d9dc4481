"""Round 7: loose candidates anywhere in the article, strict verdicts.

NUM006 (``extract/change_wide.py``): a stated change nothing else linked is read against every
pair of levels of its kind told at two times anywhere in the article, and reported only when one
reading shows a slipped or swapped digit and no reading fits. NUM007 (``extract/total_wide.py``):
a paragraph whose figures are said to be all of a whole, against a total of that measure told
anywhere. Passages written for these tests, in several outlets, domains and shapes.
"""

from __future__ import annotations

import pytest

from conftest import pointed

# (what the passage shows, text, the figure flagged, a figure it is checked against)
CHANGE_FIRES = [
    ("change told in the lede by a speaker, earlier level three paragraphs on",
     'Museum draws record crowds\n\nThe county museum welcomed 48,300 visitors in 2023, its busiest year since it opened, and the director said the 31.7 per cent rise in visitors showed what a new gallery could do.\n\nThe new gallery cost £2.4m.\n\nIn 2022 the museum had 39,700 visitors, the trust said.',
     "31.7 per cent", "39,700"),
    ("own level, earlier level in a table row under a heading",
     "Burglaries fall again\n\nPolice recorded 812 burglaries in 2024, down 64 from the year "
     "before, the force said.\n\nBurglaries by year:\n\n2022: 951\n2023: 866\n2024: 812\n\n"
     "Officers credited a new patrol scheme.", "64", "866"),
    ("an extra amount said by a speaker, levels two paragraphs before",
     "Port traffic grows\n\nThe harbour handled 1,284,600 tonnes of cargo in 2024.\n\nThat "
     "compares with 1,163,200 tonnes in 2023.\n\n\"We moved an extra 112,400 tonnes,\" the "
     "harbour master said.", "112,400 tonnes", "1,163,200"),
    ("percentage points swapped, change in the lede after the levels",
     "Turnout at the by-election was 41.3%, the returning officer said. At the general "
     "election in 2019 turnout in the seat was 34.8%.\n\nTurnout rose by 5.6 points, which "
     "surprised the parties.", "5.6 points", "34.8%"),
]  # fmt: skip
CHANGE_SILENT = [
    ("the change fits the levels",
     "Museum draws record crowds\n\nThe county museum welcomed 48,300 visitors in 2023.\n\nIn "
     "2022 it had 39,700 visitors, the trust said.\n\nThe curator said: \"The 21.7 per cent rise "
     "in visitors shows what a new gallery can do.\""),
    ("a slip against one pair, a fit against another of its kind",
     "Depot jobs\n\nThe depot employed 1,240 people in 2024 and 1,130 in 2023. Drivers numbered "
     "451 in 2024, against 350 in 2023.\n\nThe union welcomed an extra 110 posts."),
    ("a change that names nothing, and two readings with a slip",
     "Club grows\n\nThe club had 10,450 members in 2022 and 11,650 in 2023. Its youth section "
     "had 4,300 players in 2022 and 5,520 in 2023.\n\n\"We have an extra 1,210 people through "
     "the door,\" the secretary said."),
    ("the second level is a target, not a level reached",
     "Tax take\n\nThe council collected £2,107m in 2023-24. The target for 2024-25 has been set "
     "at £2,500m.\n\n\"The 14.7 per cent jump tells us residents pay,\" the treasurer said."),
    ("the other measure's levels name another thing",
     "Fares and riders\n\nBus fares rose 12.4% this year.\n\nThe operator carried 1.84 million "
     "passengers in 2024, against 1.66 million in 2023."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged", "figure"), CHANGE_FIRES)
def test_change_fires_on_a_slip_against_levels_anywhere(
    rule_findings, shape, text, flagged, figure
):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged
    assert any(figure in span for span in pointed(report, found[0]))


@pytest.mark.parametrize(("shape", "text"), CHANGE_SILENT)
def test_change_silent_without_one_slipped_reading(rule_findings, shape, text):
    assert rule_findings("NUM006", text, None)[1] == [], shape


TOTAL_FIRES = [
    ("groups counted in the paragraph, total in the lede",
     "Vaccines reach outlying clinics\n\nHealth workers gave 24,850 flu vaccinations in "
     "October, the district said.\n\nThe jabs were given at four clinics. In Moss Side, 8,120 "
     "vaccinations were given. Another 7,460 were given in Ardwick, 5,330 in Gorton and 3,840 "
     "in Levenshulme.", "24,850", "8,120"),
    ("the last part is the rest, total two paragraphs before",
     'Mayor re-elected\n\nOfficials said 89,474 valid votes were cast in the mayoral race on Thursday.\n\nTurnout was 38 per cent.\n\nThe mayor won 48,213 votes and her nearest rival 31,904. The other five candidates shared the remaining 9,627 votes.',
     "89,474", "48,213"),
    ("a breakdown cue, total two paragraphs after",
     'Harbour council backs works plan\n\nThe works plan adopted on Monday breaks down as follows: $12.4 million for roads; $6.1 million for the seawall; $4.2 million for footpaths; and $2.3 million for parks.\n\nThe mayor said the town had waited years for it.\n\nThe $26.5 million plan passed on a 6-3 vote.',
     "$26.5 million", "$12.4 million"),
]  # fmt: skip
TOTAL_SILENT = [
    ("the parts add up",
     "Vaccines reach outlying clinics\n\nHealth workers gave 24,750 flu vaccinations in "
     "October.\n\nThe jabs were given at four clinics. In Moss Side, 8,120 vaccinations were "
     "given. Another 7,460 were given in Ardwick, 5,330 in Gorton and 3,840 in Levenshulme."),
    ("no word says the list is complete",
     "Vaccines reach outlying clinics\n\nHealth workers gave 24,850 flu vaccinations in "
     "October.\n\nIn Moss Side, 8,120 vaccinations were given. Another 7,460 were given in "
     "Ardwick, 5,330 in Gorton and 3,840 in Levenshulme."),
    ("another figure is the sum",
     "Mayor re-elected\n\nThe mayor won 48,213 votes and her nearest rival 31,904. The other "
     "five candidates shared the remaining 9,627 votes.\n\nOf 89,744 valid votes, the mayor "
     "took a majority. The electorate was 89,474 short of its 2019 size."),
    ("the total counts another thing",
     "Clinic staffing\n\nThe trust employs 2,340 nurses.\n\nThe jabs were given at four "
     "clinics. In Moss Side, 820 vaccinations were given. Another 746 were given in Ardwick, "
     "533 in Gorton and 331 in Levenshulme."),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged", "figure"), TOTAL_FIRES)
def test_total_fires_against_a_complete_list_anywhere(rule_findings, shape, text, flagged, figure):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged
    assert any(figure in span for span in pointed(report, found[0]))


@pytest.mark.parametrize(("shape", "text"), TOTAL_SILENT)
def test_total_silent_without_a_complete_list(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape


def test_total_silent_on_a_sliver_of_it(rule_findings):
    """Figures that come to less than a twentieth of a total count something else, whatever
    cue follows ("about 2% of the total")."""
    text = (
        "Mountain rescue line marks five years with 48,000 calls\n\nA line set up to help "
        "walkers caught out on the fells has now taken more than 48,000 calls.\n\nThe service, "
        "run by a Cumbrian charity, was launched in early 2019 with a team of three volunteers. "
        "It now has 41 trained call handlers and takes about 30 calls a day, seven days a week."
        "\n\nMore than 900 calls came in during the last month, about 2% of the total since the "
        "line opened."
    )
    assert rule_findings("NUM007", text, None)[1] == []
