"""NUM003 for comparisons read this round: "as tall as" (or as high, long, heavy as) a landmark
the shipped table carries (never "as long as Parliament sits"); rugby pitches, the Golden Gate
Bridge, Washington DC, Greater Sydney, "Manhattan Island" and a blue whale's length in the
table; and a place's name read whole when a second comparison sits near the first (the
search window once cut "Rhode Island" to "Rhode").

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import re

from conftest import phrase_cases
from newslint.extract.figures.figure import windowed

FIRES = [
    (
        "The council has approved a 95-metre observation tower on the seafront.\n\nAt 95 "
        "metres, the tower would stand as tall as the Eiffel Tower, its backers claim.",
        "as tall as the Eiffel Tower",
    ),
    (
        "The new riverside park covers 2 hectares, the size of 30 rugby pitches, and opens in May.",
        "30 rugby pitches",
    ),
    (
        "The footbridge will span 270 metres, roughly the length of the Golden Gate Bridge, "
        "engineers said.",
        "the length of the Golden Gate Bridge",
    ),
    (
        "The blaze has burned 60 sq km of scrub, an area about the size of Washington DC, "
        "firefighters said.",
        "the size of Washington DC",
    ),
    (
        "Lake Merrow has shrunk to 20 sq km, the district said, while the reservoir to its "
        "north still covers 300 sq km, about the size of Greater Sydney.",
        "the size of Greater Sydney",
    ),
]

SILENT = [
    ("The new mast is 320 metres tall, nearly as tall as the Eiffel Tower, the broadcaster said."),
    "The talks on the 40-hectare site will last as long as Parliament sits, officials said.",
    "The new riverside park covers 2 hectares, the size of three rugby pitches.",
    (
        "The footbridge will span 1.3 km, roughly the length of the Golden Gate Bridge, "
        "engineers said."
    ),
    (
        "The blaze has burned 160 sq km of scrub, an area about the size of Washington DC, "
        "firefighters said."
    ),
]


test_num003_landmarks_fire, test_num003_landmarks_silent = phrase_cases("NUM003", FIRES, SILENT)


def test_as_long_as_what_is_no_landmark_is_no_comparison(lint):
    # the silent case above cannot fail on its own: NUM003 has no range for an unknown name,
    # so the guard's work shows only in the figures read
    text = SILENT[1]
    report = lint(text, select=["NUM003"])
    assert "Parliament sits" in text
    assert [q.text for q in report.quantities if q.kind == "comparison"] == []


def test_windowed_reads_a_name_across_the_window_end():
    pattern = re.compile(r"size of (?:[A-Z][a-z]+ )*[A-Z][a-z]+")
    anchor = re.compile(r"size")
    for pad in range(120, 150):
        text = "size " + "x" * pad + " the size of Rhode Island"
        names = [m.group(0) for m in windowed(pattern, anchor, text, 48, 140)]
        assert set(names) == {"size of Rhode Island"}, (pad, names)
