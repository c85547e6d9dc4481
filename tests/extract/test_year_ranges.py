"""One reading of a range of years ("2023-24", "1990 – 1995", "2004/05"): every reader that
takes a lone year leaves the first year of a range alone, whichever link it is printed with."""

from __future__ import annotations

import re

import pytest

from newslint.extract import ages, coarse_spells
from newslint.measurements import scope

RANGES = ["in 2019-20", "in 2019 - 20", "in 2019–2020", "in 2019 – 2020", "in 2019/20"]


def _starts(pattern: re.Pattern[str], group: str | int = 0):
    return lambda text: {m.start(group) for m in pattern.finditer(text) if m.group(group)}


READERS = [
    ("a birth year", lambda text: {m.start("year") for m in [ages._BORN_YEAR.match(text)] if m}),
    ("a clause's year", _starts(ages._YEAR, "year")),
    ("a coarse spell's year", _starts(coarse_spells._YEAR_ONLY)),
    ("a scope's year", _starts(scope._ANCHORS, "year")),
]


@pytest.mark.parametrize(("reader", "read"), READERS)
@pytest.mark.parametrize("text", RANGES)
def test_the_first_year_of_a_range_is_no_year_of_its_own(reader, read, text):
    assert text.index("2019") not in read(text), reader


@pytest.mark.parametrize(("reader", "read"), READERS)
def test_a_lone_year_is_read(reader, read):
    assert read("in 2019, the club moved") == {3}, reader
