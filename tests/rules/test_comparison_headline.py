"""NUM003 for a comparison in the headline: a headline restates its lede, so "Solar park the size
of 900 football pitches approved" describes the body's first figure of its dimension when that
figure is in the first two paragraphs and nothing read sets the two apart; never a figure
further down, nor one with a time of its own that is no count up to now ("Last year the trust
bought 65 hectares").

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

from conftest import phrase_cases

FIRES = [
    (
        "Solar park the size of 900 football pitches approved\n\nCouncillors have approved a "
        "solar park covering 65 hectares on farmland near Lincoln.\n\nThe developer said 12 "
        "hectares would be left as meadow.",
        "900 football pitches",
    ),
    (
        "Iceberg three times the size of Malta breaks away\n\nAn iceberg covering about 250 sq "
        "km has broken off an ice shelf in the Weddell Sea, scientists said.\n\nThe shelf "
        "itself still spans 12,000 sq km.",
        "three times the size of Malta",
    ),
    (
        "Wildfire twice the size of Luxembourg still out of control\n\nA wildfire in northern "
        "Portugal has burned 1,200 sq km since Friday, officials said.\n\nCrews saved 40 sq km "
        "of vineyards.",
        "twice the size of Luxembourg",
    ),
]

SILENT = [
    # the headline likens its lede right
    (
        "Solar park the size of 90 football pitches approved\n\nCouncillors have approved a "
        "solar park covering 65 hectares on farmland near Lincoln.\n\nThe developer said 12 "
        "hectares would be left as meadow."
    ),
    # the body's first figure of the dimension is not in the lede
    (
        "Solar park the size of 900 football pitches approved\n\nCouncillors approved the plan "
        "on Tuesday.\n\nNeighbours objected to it.\n\nThe park will cover 65 hectares, and 12 "
        "hectares will be kept as meadow."
    ),
    # the lede's figure is of another time
    (
        "New forest the size of 900 football pitches approved\n\nLast year the trust bought 65 "
        "hectares of farmland near Lincoln.\n\nThe council said 10 hectares would be kept open "
        "as meadow."
    ),
]


test_num003_headline_comparison_fires, test_num003_headline_comparison_silent = phrase_cases(
    "NUM003", FIRES, SILENT
)
