"""The quantity table reads comparisons, "One <person>" and "from X to Y" correctly: a
comparison is a multiple of a reference (never "3 m²"), a fraction of a reference is its
multiplier, a speaker is no count, and a movement is no range."""

from __future__ import annotations

import pytest

from newslint.extract.comparisons import resolve_comparisons
from newslint.extract.quantities import find_quantities
from newslint.report.render_html import payload


def _only(text: str):
    found = resolve_comparisons(find_quantities(text))
    assert len(found) == 1, [(q.text, q.kind) for q in found]
    return found[0]


def test_a_comparison_shows_the_range_it_implies_not_its_multiplier_in_square_metres(lint):
    report = lint("Forces recaptured an area three times the size of Wales.", select=["NUM003"])
    [q] = report.quantities
    assert (q.kind, q.multiplier, q.reference, q.si_value) == ("comparison", 3.0, "Wales", None)
    [row] = payload(report)["quantities"]
    assert (row["value"], row["unit"]) == ("3", "× Wales")
    assert row["normalised"] == "62,205–62,337 km²"  # 3 x 20,735-20,779 km2


def test_an_unknown_reference_has_no_normalised_value(lint):
    report = lint("The new park is twice the size of Battersea Park.", select=["NUM003"])
    [row] = payload(report)["quantities"]
    assert row["normalised"] == ""


@pytest.mark.parametrize(
    ("text", "multiplier", "reference", "approx"),
    [
        ("an area roughly a fifth of the size of Belgium", 0.2, "Belgium", "~"),
        ("an area half the size of Belgium", 0.5, "Belgium", "="),
        ("a reserve a tenth of the size of Wales", 0.1, "Wales", "="),
        ("a lake one and a half times the size of Wales", 1.5, "Wales", "="),
        ("a forest two-thirds the size of Wales", 2 / 3, "Wales", "="),
        ("a farm a quarter of the area of Luxembourg", 0.25, "Luxembourg", "="),
    ],
)
def test_a_fraction_of_a_reference_is_its_multiplier(text, multiplier, reference, approx):
    q = _only(text)
    assert q.kind == "comparison"
    assert q.multiplier == pytest.approx(multiplier)
    assert (q.reference, q.approx) == (reference, approx)
    assert q.text.endswith(reference)


def test_a_reference_name_stops_at_the_name():
    q = _only("A reservoir the size of Greater London north of the city was built in 1970.")
    assert (q.text, q.reference) == ("the size of Greater London", "Greater London")


def test_a_possessive_after_the_name_is_no_reference_object():
    found = find_quantities("The wage bill is three times the size of Chelsea's squad.")
    assert [q for q in found if q.kind == "comparison"] == []


@pytest.mark.parametrize(
    "text",
    [
        "One US official said the talks had failed.",
        "One senior Western diplomat told reporters the deal was close.",
        "According to one source familiar with the talks, no deal is near.",
        "One man, who asked not to be named, said he had lost everything.",
    ],
)
def test_one_speaker_is_not_a_count(text):
    assert [q.text for q in find_quantities(text)] == []


@pytest.mark.parametrize(
    "text", ["One person was killed, police said.", "One officer was injured in the clash."]
)
def test_one_casualty_is_still_a_count(text):
    q = _only(text)
    assert (q.kind, q.value) == ("count", 1.0)


def test_a_cut_from_one_level_to_another_is_a_movement_not_a_range(lint):
    report = lint("The council cut the speed limit from 30mph to 20mph.", select=["NUM001"])
    [q] = report.quantities
    assert (q.from_value, q.to_value, q.direction) == (30.0, 20.0, "down")
    assert (q.low, q.high) == (20.0, 30.0)  # the two ends, in order of size
    [row] = payload(report)["quantities"]
    assert row["value"] == "30 → 20"


def test_a_rise_from_one_level_to_another_keeps_its_order():
    q = _only("Unemployment rose from 4.8% to 5.1% in the year to March.")
    assert (q.from_value, q.to_value, q.direction) == (4.8, 5.1, "up")


def test_a_movement_across_a_clause_is_read_in_order():
    q = _only("Mileage went up from 31 miles per gallon in 2015 to 38 mpg this spring.")
    assert (q.from_value, q.to_value) == (31.0, 38.0)


def test_a_range_has_no_movement():
    q = _only("Between 2,000 and 3,000 people marched.")
    assert (q.low, q.high, q.from_value, q.to_value) == (2000.0, 3000.0, None, None)
