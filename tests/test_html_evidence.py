"""Evidence dicts as people read them: labels, numbers and worked sums."""

from __future__ import annotations

import pytest

from newslint.report import evidence
from report_samples import WALES_EVIDENCE


@pytest.mark.parametrize(
    ("x", "shown"),
    [
        (62337, "62,337"),
        (62337.4, "62,337"),
        (10.456, "10.46"),
        (3.0, "3"),
        (0.04567, "0.0457"),
        (2.5e18, "2.5e+18"),
        (True, "yes"),
        (-1500, "-1,500"),
    ],
)
def test_numbers_are_written_for_people(x, shown):
    assert evidence.number(x) == shown


def test_labels_read_the_unit_from_the_key():
    assert evidence.label("implied_km2") == "implied (km²)"
    assert evidence.label("stated_sq_mi") == "stated (sq mi)"
    assert evidence.label("similarity") == "similarity"
    assert evidence.split_unit("km2") == ("km2", None)  # a bare unit name is a name


def test_a_comparison_is_written_out_as_a_sum():
    lines = evidence.worked_sum(WALES_EVIDENCE)
    assert lines == [
        "3 × Wales (20,779 km²) = 62,337 km²",
        "stated: 2,300 square miles = 5,957 km²",
        "62,337 ÷ 5,957 = 10.46",
        "tolerance: x1.25",
    ]


def test_a_comparison_with_a_range_and_a_conversion():
    lines = evidence.worked_sum(
        {
            "multiplier": 70,
            "reference": "football pitch",
            "implied_low_m2": 420000,
            "implied_high_m2": 525000,
        }
    )
    assert lines == ["70 × football pitch = 420,000–525,000 m²"]
    lines = evidence.worked_sum({"value_cm": 30, "converted_in": 11.81, "printed_in": 20})
    assert lines == ["30 cm = 11.81 in; printed: 20 in"]


def test_a_rule_can_give_its_own_working():
    assert evidence.worked_sum({"working": ["a + b = c"], "ratio": 2}) == ["a + b = c"]
    assert evidence.worked_sum({"working": "a + b = c"}) == ["a + b = c"]


def test_evidence_without_arithmetic_has_no_sum_but_every_row():
    ev = {"forms": {"Zelenskyy": 1, "Zelensky": 2}, "similarity": 94.12, "rule": "same frame"}
    assert evidence.worked_sum(ev) == []
    assert evidence.rows(ev) == [
        {"label": "forms › Zelenskyy", "value": "1"},
        {"label": "forms › Zelensky", "value": "2"},
        {"label": "similarity", "value": "94.12"},
        {"label": "rule", "value": "same frame"},
    ]


def test_a_list_of_records_becomes_a_table():
    rows = evidence.rows({"removed": [{"kind": "promo", "text": "Buy"}, {"kind": "read-more"}]})
    assert rows == [
        {
            "label": "removed",
            "table": {"columns": ["kind", "text"], "rows": [["promo", "Buy"], ["read-more", "—"]]},
        }
    ]


def test_rows_keep_the_unit_with_the_number():
    assert evidence.rows({"stated_km2": 5957, "note_km2": "about"}) == [
        {"label": "stated", "value": "5,957 km²"},
        {"label": "note (km²)", "value": "about"},
    ]


def test_rows_take_units_a_rule_names_per_key_and_for_its_ranges():
    shares = {"lowest": [44.5, 39.5], "sum_at_least": 84, "why": "poll", "units": {
        "lowest": "%", "sum_at_least": "%"}}  # fmt: skip
    assert evidence.rows(shares) == [
        {"label": "lowest", "value": "44.5%, 39.5%"},
        {"label": "sum at least", "value": "84%"},
        {"label": "why", "value": "poll"},
    ]
    restated = {"first_range": [5245.0, 6695.0], "range_unit": "km²", "ratio": 1.39}
    assert evidence.rows(restated) == [
        {"label": "first range", "value": "5,245–6,695 km²"},
        {"label": "ratio", "value": "1.39"},
    ]
