"""NUM003 judges a comparison against the figure as printed: a writer likens the number on the
page ("a 200-hectare estate, the area of 280 football fields" is worked from 200), so the
stated figure is not widened by everything that would round to it (nor by its own "about": the
slack covers a loose likening).
"More than" reaches up to the figure's rounding; a printed range is itself. The figure's unit
is read as written: acre-feet are a volume, "20 MLD" a flow of megalitres a day.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

FIRES = [
    # planning, across a paragraph: 200 ha is about 280 pitches, not 650
    (
        "Planners have approved a 200-hectare industrial estate on the edge of Toowoomba.\n\n"
        "The site, covering roughly the area of 650 football fields, will be built in three "
        "stages over a decade.",
        "650 football fields",
        "200-hectare",
    ),
    # water release, one sentence: 2 million m3 is about 800 pools, not 1,500
    (
        "The water authority released 2 million cubic metres from the dam on Monday, the "
        "equivalent of 1,500 Olympic swimming pools, to make room for forecast rain.",
        "1,500 Olympic swimming pools",
        "2 million cubic metres",
    ),
    # energy: 60 ha is about 85 pitches, not 190
    (
        "An energy company has lodged plans for a 60-hectare solar park south of the town, an "
        "area it says is equal to 190 football pitches.",
        "190 football pitches",
        "60-hectare",
    ),
    # water rights: acre-feet are a volume (300,000 acre-feet is about 148,000 pools)
    (
        "The district holds rights to 300,000 acre-feet of river water, enough to fill "
        "15,000 Olympic swimming pools.",
        "15,000 Olympic swimming pools",
        "300,000 acre-feet",
    ),
    # water supply in MLD (million litres a day): 20 MLD is 8 pools a day, not 80
    (
        "The new treatment plant at the lake will add 20 MLD to the city's supply from June, "
        "the equivalent of 80 Olympic swimming pools a day.",
        "80 Olympic swimming pools",
        "20 MLD",
    ),
]

SILENT = [
    "The new treatment plant at the lake will add 150 MLD to the city's supply from June, "
    "enough to fill 60 Olympic swimming pools a day.",
    "The district holds rights to 300,000 acre-feet of river water, enough to fill "
    "nearly 150,000 Olympic swimming pools.",
    # the same passages with the likeness worked from the printed figure
    "Planners have approved a 200-hectare industrial estate on the edge of Toowoomba.\n\n"
    "The site, covering roughly the area of 280 football fields, will be built in three "
    "stages over a decade.",
    "The water authority released 2 million cubic metres from the dam on Monday, the "
    "equivalent of 700 Olympic swimming pools, to make room for forecast rain.",
    "An energy company has lodged plans for a 60-hectare solar park south of the town, an "
    "area it says is equal to 85 football pitches.",
    # "more than" a little more: two pools is 5 million litres
    "More than 5 million litres of sewage spilled into the estuary after a pump failed, enough "
    "to fill two Olympic swimming pools.",
    # 3,100 pitches of the smallest size (about 5,350 m2 each) is 1,650 ha: 2,000 ha is in range
    "The fire has burned about 2,000 hectares of forest, roughly the area of 3,100 football "
    "pitches, the agency said.",
    # an island: 40 sq mi (104 km2) is about a quarter of the Isle of Wight (380 km2)
    "A wildfire burned through some 40 square miles of heather and peat on Sunday.\n\n"
    "Firefighters said the scorched ground was about a quarter the size of the Isle of Wight.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_comparison_judged_against_the_printed_figure(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_comparison_worked_from_the_printed_figure_is_silent(lint, text):
    assert _found(lint, text, "NUM003")[1] == []
