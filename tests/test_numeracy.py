"""Reference table, rounding arithmetic and money rates (no network: the ECB history ships)."""

from __future__ import annotations

from datetime import date

import pytest

from newslint.arithmetic import half_step, rate_range
from newslint.reference import lookup


@pytest.mark.parametrize(
    ("name", "dimension", "low", "high"),
    [
        ("Wales", "area", 20735e6, 20779e6),
        ("the size of Wales", "area", 20735e6, 20779e6),
        ("football pitches", "area", 5351, 8250),
        ("Olympic-sized swimming pools", "volume", 2500, 3750),
        ("Olympic swimming pools", "area", 1250, 1250),
        ("double-decker buses", "length", 8.38, 11.23),
        ("tennis courts", "area", 195.6, 260.9),
        ("Belgium", "area", 30280e6, 30528e6),
        ("Kharkiv region", "area", 31415e6, 31415e6),
        ("Jamaica", "area", 10830e6, 10991e6),  # from the built place table
        # GeoNames total and World Bank land area of one country are one place, not two
        ("Bahrain", "area", 665e6, 785e6),
        # a subdivision under 1,000 km2, named with its kind
        ("County Dublin", "area", 922e6, 922e6),
        ("Co Louth", "area", 826e6, 826e6),
        # one code's two items within a quarter of each other: two measures of one county
        ("Devon", "area", 6564.26e6, 6706.99e6),
        ("Kent", "area", 3544.94e6, 3738.48e6),
        # a small place by a formal name that says its kind
        ("the Isle of Wight", "area", 380.164e6, 380.164e6),
        ("City of Edinburgh", "area", 259e6, 259e6),
        ("Belfast City", "area", 132.476e6, 132.476e6),
        # names the pack gives: a subdivision's code made of its initials; "<name> City"
        ("the ACT", "area", 2358e6, 2358e6),
        ("NSW", "area", 801150e6, 801150e6),
        ("New York City", "area", 1213.37e6, 1213.37e6),
        # a small city by its formal name, when no other place of the pack has its name
        ("the City of Manila", "area", 38.55e6, 38.55e6),
        # a country over its capital of the same name and over smaller places abroad
        ("Hong Kong", "area", 1050e6, 1092e6),
        ("Mali", "area", 1220190e6, 1240000e6),
    ],
)
def test_reference_lookup(name, dimension, low, high):
    ref = lookup(name, dimension)
    assert ref is not None and ref.dimension == dimension
    assert (ref.low, ref.high) == pytest.approx((low, high))


def test_unknown_reference_is_none():
    assert lookup("Atlantis") is None
    assert lookup("football pitch", "volume") is None
    # the bare name of a small county is often a city of another size: not looked up
    assert lookup("Dublin", "area") is None
    # one code, two places far apart (Greater London and the City of London): neither
    assert lookup("City of London", "area") is None
    # a small city's bare name is often its metropolis: only the formal name is looked up
    assert lookup("Manila", "area") is None
    # a country and a larger place abroad of its name (the US state): either may be meant
    assert lookup("Georgia", "area") is None
    # a name with its kind is never the country of that name
    assert lookup("Niger State", "area") is None
    # a province and a governorate too small to keep (Gaza, 75,334 and 70 km2): either
    assert lookup("Gaza", "area") is None


@pytest.mark.parametrize(
    ("numeral", "half"),
    [("2,300", 50), ("6,000", 500), ("2,317", 0.5), ("1.13", 0.005), ("40", 5), ("7", 0.5)],
)
def test_half_step_from_printed_digits(numeral, half):
    assert half_step(numeral) == pytest.approx(half)


def test_rate_on_a_date_comes_from_the_shipped_ecb_history():
    rates = rate_range("USD", "GBP", date(2022, 9, 13))
    assert rates is not None
    assert 0.84 < rates.low <= rates.high < 0.89
    assert "2022-09-13" in rates.basis


def test_rate_without_a_date_spans_the_whole_history():
    rates = rate_range("GBP", "USD", None)
    assert rates is not None
    assert rates.low < 1.2 and rates.high > 2.0
    assert "no published date" in rates.basis


def test_unknown_currency_has_no_rate():
    assert rate_range("XXX", "GBP", date(2022, 9, 13)) is None
