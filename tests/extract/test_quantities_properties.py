"""Property tests: figures formatted the ways news prints them are read back exactly, and no input
crashes the extractor."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.extract.quantities import find_quantities

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# (how the scale is printed after the number, its factor)
SCALES = [
    ("", 1.0),
    ("m", 1e6),
    ("bn", 1e9),
    (" million", 1e6),
    (" billion", 1e9),
    ("k", 1e3),
    (" trillion", 1e12),
]
# (prefix, suffix, ISO code)
CURRENCIES = [
    ("£", "", "GBP"),
    ("$", "", "USD"),
    ("US$", "", "USD"),
    ("€", "", "EUR"),
    ("A$", "", "AUD"),
    ("HK$", "", "HKD"),
    ("", " euros", "EUR"),
    ("", " dollars", "USD"),
    ("", " yen", "JPY"),
]
# (suffix as printed, pint unit)
UNITS = [
    ("km", "kilometer"),
    (" km", "kilometer"),
    (" kilometres", "kilometer"),
    (" miles", "mile"),
    ("sq km", "kilometer**2"),
    (" square miles", "mile**2"),
    ("kg", "kilogram"),
    (" tonnes", "metric_ton"),
    (" litres", "liter"),
    ("mph", "mile/hour"),
    (" hectares", "hectare"),
    ("%", "percent"),
    (" per cent", "percent"),
    (" percentage points", "percentage_point"),
    (" hours", "hour"),
    ("MW", "megawatt"),
]
APPROX = [
    ("", "="),
    ("about ", "~"),
    ("nearly ", "~"),
    ("more than ", ">"),
    ("at least ", ">="),
    ("less than ", "<"),
    ("up to ", "<="),
    ("roughly ", "~"),
    ("fewer than ", "<"),
]
LEADS = [
    "The report said",
    "Officials put the figure at",
    "The total reached",
    "Analysts expect",
    "It came to",
]


def _numeral(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


amounts = st.tuples(
    st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=2)
)


@FAST
@given(
    amounts,
    st.sampled_from(SCALES),
    st.sampled_from(CURRENCIES),
    st.sampled_from(APPROX),
    st.sampled_from(LEADS),
)
def test_money_reads_back(amount, scale, currency, approx, lead):
    whole, decimals = amount
    value = whole / (10**decimals)
    printed, factor = scale
    if printed and value >= 1000:
        value = value / 1000  # "£1,234bn" is not how anyone writes it
    if currency[1] and printed in ("m", "bn", "k"):
        printed, factor = " million", 1e6  # "5m euros" reads as metres-or-million; use the word
    number = _numeral(value, decimals)
    text = f"{lead} {approx[0]}{currency[0]}{number}{printed}{currency[1]} last year."
    found = [q for q in find_quantities(text) if q.kind == "money"]
    assert len(found) == 1, (text, found)
    q = found[0]
    assert q.value == pytest.approx(float(number.replace(",", "")) * factor, rel=1e-9), text
    assert q.currency == currency[2], text
    assert q.approx == approx[1], text


@FAST
@given(amounts, st.sampled_from(UNITS), st.sampled_from(APPROX), st.sampled_from(LEADS))
def test_measures_read_back(amount, unit, approx, lead):
    whole, decimals = amount
    number = _numeral(whole / (10**decimals), decimals)
    text = f"{lead} {approx[0]}{number}{unit[0]} in the region."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    q = found[0]
    assert q.value == pytest.approx(float(number.replace(",", "")), rel=1e-9), text
    assert q.unit == unit[1], text
    assert q.approx == approx[1], text


@FAST
@given(
    st.integers(min_value=1, max_value=9_999_999),
    st.sampled_from(["", " people", " homes", " troops"]),
)
def test_counts_read_back(count, noun):
    text = f"The agency said {count:,}{noun} were affected."
    found = find_quantities(text)
    assert [q.value for q in found] == [count]


@FAST
@given(
    st.integers(min_value=1, max_value=499),
    st.integers(min_value=1, max_value=500),
    st.sampled_from([("-", ""), (" to ", ""), ("–", "")]),
    st.sampled_from([" million", "km", "%"]),
)
def test_ranges_read_back(low, extra, link, unit):
    high = low + extra
    text = f"Estimates put it at {low}{link[0]}{high}{unit} this week."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    factor = 1e6 if unit == " million" else 1.0
    assert (found[0].low, found[0].high) == (
        pytest.approx(low * factor),
        pytest.approx(high * factor),
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_crashes(text):
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789,.-–%$£€ ()[]kmbnsqCF/:x×°", max_size=120))
def test_number_soup_never_crashes(text):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "9" * 10_000,
        "The debt is $" + "9" * 10_000 + " today.",
        "1," * 5_000 + "000 people",
        "(" * 2_000 + "5km" + ")" * 2_000,
        "((((((40C (104F) (about (3 (miles)))))))))",
        "-" * 5_000 + "5",
        "between between between 2 and and 3 million",
        "1e308 1e309 " + "9" * 400 + ".5%",
        "1.7976931348623157e308bn",
        "\u0000\ufeff\u202e5\u200bkm",
        "½ ¾ ⅓ ٣ ३ ５km",
    ],
    ids=[
        "10k-digits",
        "10k-digits-money",
        "commas",
        "nested-brackets",
        "nested-conversions",
        "dashes",
        "doubled-words",
        "overflow",
        "huge-scale",
        "control-chars",
        "unicode-digits",
    ],
)
def test_hostile_input_never_crashes(text):
    found = find_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.value is not None:
            assert q.value == q.value  # never NaN


def test_ten_thousand_digits_are_not_a_figure():
    assert find_quantities("9" * 10_000) == []
