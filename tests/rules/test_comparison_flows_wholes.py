"""NUM003 for comparisons tied to their figure this round: a comparison whose subject is
counted per a period ("That daily loss would fill ...", "Its daily output ...", "A year's
evaporation ...") meets the figures counted per that period, a flow among them ("spilling 20
million litres a day"), never a change of a rate ("grew by 15 million litres a day"); and a
comparison said of a thing whose size an earlier figure gives as the whole of a share ("a third
of the 400-hectare estate" ... "In all, the estate stretches across ...").

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

from conftest import phrase_cases

FIRES = [
    # a burst main: a flow per day, and a comparison of "that daily loss"
    (
        "A burst main in Leeds is spilling 20 million litres of water a day onto the ring road, "
        "the utility said.\n\nThat daily loss would fill 800 Olympic swimming pools, engineers "
        "estimated.",
        "800 Olympic swimming pools",
    ),
    # desalination: a plant's output per day, "its daily output"
    (
        "The desalination plant will produce 150 million litres a day when it opens in 2027."
        "\n\nIts daily output is enough to fill 600 Olympic swimming pools, the minister said.",
        "600 Olympic swimming pools",
    ),
    # land sale: the whole a share is taken of sizes "the estate"
    (
        "About a third of the 400-hectare Moorfield estate has been sold to a housing "
        "developer.\n\nIn all, the estate stretches across an area the size of 5,000 football "
        "pitches, its agents said.",
        "5,000 football",
    ),
    # forestry: "40 per cent of the 12,000-acre forest" ... "The forest covers ..."
    (
        "Roughly 40 per cent of the 12,000-acre state forest burned last summer, rangers said."
        "\n\nThe forest covers an area twice the size of Manhattan and shelters rare owls.",
        "twice the size of Manhattan",
    ),
]

SILENT = [
    # the comparison is of a reservoir, counted per no period: not the day's loss
    (
        "A burst main in Leeds is spilling 20 million litres of water a day onto the ring road."
        "\n\nThe reservoir it draws from would fill 800 Olympic swimming pools, engineers "
        "estimated."
    ),
    # the daily loss likened right
    (
        "A burst main in Leeds is spilling 20 million litres of water a day onto the ring road."
        "\n\nThat daily loss would fill eight Olympic swimming pools, engineers estimated."
    ),
    # a change of a rate is no day's output
    (
        "Output at the desalination plant grew by 15 million litres a day this year.\n\n"
        "Its daily output is enough to fill 600 Olympic swimming pools, the minister said."
    ),
    # the figure sizes the farm; the comparison is said of the estate
    (
        "About a third of the 400-hectare Moorfield farm has been sold to a housing developer."
        "\n\nIn all, the estate stretches across an area the size of 5,000 football pitches, "
        "its agents said."
    ),
    # the whole likened right
    (
        "About a third of the 400-hectare Moorfield estate has been sold to a housing "
        "developer.\n\nIn all, the estate stretches across an area the size of 560 football "
        "pitches, its agents said."
    ),
]


test_num003_flows_and_wholes_fire, test_num003_flows_and_wholes_silent = phrase_cases(
    "NUM003", FIRES, SILENT
)
