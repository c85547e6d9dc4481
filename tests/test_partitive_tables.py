"""The measurements layer's parts by their doers (``measurements/partitives.py``): counts of
one event each said of another named doer ("Amey cleared 260 drains and Kier cleared 230") are
parts of the count said of none. A table's labelled values ("Amey cleared: 260 drains") are
not told: the table's rows take their scope from a heading the sentence never repeats (the
year, the county), so they are no doer's parts of a figure told in a sentence. Passages
written for this file."""

from __future__ import annotations

import pytest

from newslint.analysis import Analysis
from newslint.article import from_text
from newslint.clean import clean
from newslint.config import Config
from newslint.measurements.partitives import parts_past_whole

# a figure told in a sentence, then label: value rows under a heading of a wider scope
TABLES = [
    "The council planted 300 trees along the ring road this autumn.\n\n"
    "The scheme since 2021:\n\nBarratt planted: 210 trees. Redrow planted: 180 trees.",
    "Couriers delivered 900 parcels in the village over Christmas.\n\n"
    "Deliveries this year:\n\nEvri delivered: 520 parcels. Yodel delivered: 470 parcels.",
    "Volunteers collected 900 bags of litter on the beaches last weekend.\n\n"
    "Totals since 2019:\n\nOxfam collected: 640 bags. Barnardo collected: 510 bags.",
    "Crews cleared 400 drains in the town after the storm.\n\n"
    "Work across the county this winter:\n\nAmey cleared: 260 drains. Kier cleared: 230 drains.",
]

# the same counts told in sentences: parts of the figure by their doers
TOLD = [
    "Crews cleared 400 drains in the town after the storm.\n\n"
    "Amey cleared 260 drains and Kier cleared 230 drains.",
    "Couriers delivered 900 parcels in the village over Christmas.\n\n"
    "Evri delivered 520 parcels. Yodel delivered 470 parcels.",
]


@pytest.fixture(scope="module")
def parts(nlp):
    def run(text: str) -> list[str]:
        analysis = Analysis(clean(from_text(text, source="test")), Config(), nlp=nlp)
        return [found.why for found in parts_past_whole(analysis.measurements)]

    return run


@pytest.mark.parametrize("text", TABLES)
def test_a_tables_labelled_values_are_no_doers_parts(parts, text):
    assert parts(text) == []


@pytest.mark.parametrize("text", TOLD)
def test_counts_told_of_named_doers_are_parts(parts, text):
    found = parts(text)
    assert len(found) == 1 and "named doer" in found[0], found
