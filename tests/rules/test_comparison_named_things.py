"""NUM003 for comparisons the reader ties to a thing by its name or by "that of": a figure that
sizes a noun ("a 9,400-acre hill estate") and a later comparison whose definite subject is that
noun ("..., the estate takes in"); a comparison of the ground an event's subject covered ("a
bushfire ... has burnt 60,000 hectares" ... "the fire zone"); "three times that of Singapore" after an area; "one-and-a-half
times" hyphenated; places named bare that the shipped table now carries (a county, a city, a
national park); weights likened to elephants or blue whales, heights to landmarks.

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _found

FIRES = [
    # land sale: the figure sizes "estate"; the comparison's subject is "the estate"
    (
        "A charity has bought a 2,000-acre upland estate in Powys for £9m.\n\n"
        "Its owners said the deal ended a search that lasted four years.\n\n"
        "Spreading across hills roughly the size of Oxfordshire, the estate includes two "
        "farms and a reservoir.",
        "the size of Oxfordshire",
    ),
    # farming: "a 300-hectare farm" ... "the farm"
    (
        "The family sold their 300-hectare dairy farm near Taupo in March.\n\n"
        "Covering an area about ten times the size of Central Park, the farm milked 900 cows.",
        "ten times the size of Central Park",
    ),
    # fires: "that of" standing for the burnt area
    (
        "Fires in Riau province have burned 40,000 hectares since July, the agency said.\n\n"
        "The burnt area is roughly three times that of Singapore, satellite analysts said.",
        "three times that of Singapore",
    ),
    # floods: a city named bare that the table carries
    (
        "Floodwater has covered 1.8 million acres of cropland, the authority said on Monday.\n\n"
        "The submerged area is more than four times the size of Karachi, a farmers' group said.",
        "four times the size of Karachi",
    ),
    # bushfire: "the fire zone" is the ground the fire's event covered, paragraphs on
    (
        "A bushfire in East Gippsland has burnt through 60,000 hectares of forest and "
        "farmland, the authority said on Monday.\n\nMore than 300 firefighters are on the "
        "ground.\n\nThe fire zone, which is larger than Greater London, is expected to keep "
        "growing.",
        "larger than Greater London",
    ),
    # floods: "the flood area" and the flood that swamped the paddies
    (
        "The Brahmaputra flood has swamped 40,000 hectares of rice paddies in three districts, "
        "officials said on Tuesday.\n\nRelief camps are sheltering 12,000 people.\n\nThe "
        "flood area is now more than twice the size of Greater London, the state authority "
        "said.",
        "twice the size of Greater London",
    ),
    # weights likened to animals the table now carries
    (
        "Volunteers pulled 4 tonnes of plastic from the river last year, the weight of about "
        "12 elephants.",
        "12 elephants",
    ),
    (
        "Scientists estimate the calved ice weighs 2 million tonnes, as heavy as 200 blue whales.",
        "200 blue whales",
    ),
    # a height likened to a landmark
    (
        "The proposed tower would rise 450 metres, almost three times the height of Nelson's "
        "Column.",
        "three times the height of Nelson's Column",
    ),
    # a national park named bare, the multiplier hyphenated
    (
        "The wildfire has burned 900 square kilometres of forest since Friday.\n\n"
        "That is an area one-and-a-half times the size of Yellowstone, the service said.",
        "one-and-a-half times the size of Yellowstone",
    ),
]

SILENT = [
    # the same shapes with the sizes right
    (
        "A charity has bought a 640,000-acre upland estate in the Highlands for £90m.\n\n"
        "Spreading across hills roughly the size of Oxfordshire, the estate includes two "
        "farms and a reservoir."
    ),
    (
        "Fires in Riau province have burned 200,000 hectares since July, the agency said.\n\n"
        "The burnt area is roughly three times that of Singapore, satellite analysts said."
    ),
    (
        "Volunteers pulled 40 tonnes of plastic from the river last year, the weight of about "
        "12 elephants."
    ),
    ("The proposed tower would rise 150 metres, almost three times the height of Nelson's Column."),
    # "that of" standing for a budget, not a size
    (
        "The island covers 80 square kilometres.\n\n"
        "Its health budget is about three times that of Singapore, the minister said."
    ),
    # the figure sizes another thing than the comparison's subject
    (
        "The trust also owns a 300-hectare farm in the valley.\n\n"
        "Stretching over hills roughly the size of Rutland, the estate takes in two rivers."
    ),
    # two estates of different sizes: which is "the estate"?
    (
        "The charity sold a 300-acre estate in Kent and bought a 90,000-acre estate in "
        "Perthshire.\n\n"
        "Stretching over hills roughly the size of Rutland, the estate takes in two rivers."
    ),
    # the fire's evacuation zone is another ground than the one burnt
    (
        "A bushfire in East Gippsland has burnt through 60,000 hectares of forest, the "
        "authority said.\n\nSome 4,000 residents have been told to leave.\n\nThe fire's "
        "evacuation zone, which is larger than Greater London, will be reviewed on Friday."
    ),
    # two fires of different sizes: which one's zone?
    (
        "A bushfire near Orbost has burnt through 60,000 hectares, and a second fire near "
        "Bairnsdale has burnt 2,000 hectares.\n\nThe fire zone, which is larger than Greater "
        "London, is expected to grow."
    ),
    (
        "A bushfire in East Gippsland has burnt through 200,000 hectares of forest and "
        "farmland, the authority said on Monday.\n\nMore than 300 firefighters are on the "
        "ground.\n\nThe fire zone, which is larger than Greater London, is expected to keep "
        "growing."
    ),
    (
        "The wildfire has burned 13,500 square kilometres of forest since Friday.\n\n"
        "That is an area one-and-a-half times the size of Yellowstone, the service said."
    ),
]


@pytest.mark.parametrize(("text", "phrase"), FIRES)
def test_num003_comparison_of_a_named_thing(lint, text, phrase):
    report, found = _found(lint, text, "NUM003")
    assert len(found) == 1, [f.message for f in found]
    at = report.text.find(phrase)
    assert found[0].start <= at < found[0].end, found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_num003_named_thing_near_misses_silent(lint, text):
    _, found = _found(lint, text, "NUM003")
    assert [f.message for f in found] == []
