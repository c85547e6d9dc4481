"""NUM003 when the words around a number of objects say which measure it likens: "the length of
two football pitches", "as long as five tennis courts", "four pools laid end to end" liken a
length, not an area, and are checked against the objects' lengths (``reference/objects.csv``).

Every passage was written for this file; each silent case is a near miss a careful reader would
let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _found

FIRES = [
    # coastal works: "the length of", the figure before it
    (
        "The new pier stretches 900 metres into the bay, about the length of two football "
        "pitches, the harbour board said.",
        "two football pitches",
    ),
    # wildlife: "as long as", metres against courts
    (
        "The whale shark measured 12 metres, as long as five tennis courts, according to the "
        "marine institute.",
        "five tennis courts",
    ),
    # sport: objects laid end to end after the figure
    (
        "Fans queued for 2 km outside the ground on Saturday, the equivalent of four Olympic "
        "swimming pools laid end to end.",
        "four Olympic swimming pools",
    ),
]

SILENT = [
    # the same shapes with the lengths right
    (
        "The new pier stretches 900 metres into the bay, about the length of eight football "
        "pitches, the harbour board said."
    ),
    ("The training hall is 100 metres long, the length of two Olympic swimming pools."),
    # objects counted, not likened
    ("The club has 12 tennis courts and a 400-metre running track."),
    # a volume said as one
    (
        "The reservoir holds 5 million cubic metres, the volume of about 2,000 Olympic "
        "swimming pools."
    ),
]


@pytest.mark.parametrize(("text", "phrase"), FIRES)
def test_num003_likens_a_length(lint, text, phrase):
    report, found = _found(lint, text, "NUM003")
    assert len(found) == 1, [f.message for f in found]
    at = report.text.find(phrase)
    assert found[0].start <= at < found[0].end, found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_num003_length_near_misses_silent(lint, text):
    _, found = _found(lint, text, "NUM003")
    assert [f.message for f in found] == []
