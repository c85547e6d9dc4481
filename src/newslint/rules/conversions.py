"""NUM001's arithmetic: a figure and its stated conversion, judged against the conversion's own
rounding.

Writers convert the figure they print: "10 miles" is 16.09km, so "(16km)" and "(15km)" are
conversions of it and "(10km)" is not, although a bare "10km" could round from anything between
5 and 15. So the first figure is read as printed, to its last digit (zeros included), converted,
and the result must round to the bracketed figure. Sometimes the bracket holds the source and the
first figure was rounded from it ("20 miles (35km)": 35km is 21.7 miles); that reading is tried
too, with the first figure's rounding capped at a quarter of its value ("10" stands for 7.5-12.5,
never 5-15). A conversion fires only when neither reading holds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

from newslint.analysis import Analysis
from newslint.arithmetic import (
    MONEY_DRIFT,
    Interval,
    RateRange,
    is_temperature,
    last_digit_step,
    printed,
    rate_range,
    si_factor,
    sig,
    to_kelvin,
)
from newslint.extract.units import CURRENCY_WORDS
from newslint.report import people
from newslint.report.model import Quantity, Severity
from newslint.rules import verified
from newslint.rules.registry import Flag, Verified

MEASURE_DIMENSIONS = {"length", "area", "volume", "mass", "temperature", "speed", "energy", "power"}
CONVERSION_SLACK = 0.01  # on top of all rounding: pint's factors against a writer's calculator
AMBIGUOUS_UNIT_SLACK = 0.21  # US and imperial gallons, short and long tons differ by up to 20%
TEMPERATURE_SLACK = 1.0  # degrees of the conversion's unit: some writers truncate 82.4F to 83F
ROUNDING_CAP = 0.25  # a round figure a conversion came from stands for at most +-25% of itself
TEMPERATURE_CAP = 2.5  # ... and a round temperature for at most +-2.5 degrees ("40C": 37.5-42.5)

_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|\[|/|,?\s*(?:or|equivalent to|the equivalent of|which is|that is|i\.e\.)\b)"
    r"\s*(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|c\.|over|more than|"
    r"just over|just under|under|less than)?\s*$",
    re.I,
)
# "a 19.85-meter throw (56 feet, 1 inch)": the compound's noun stands between the two figures
_COMPOUND_GAP = re.compile(r"^\s+[a-z]+\s*\(\s*(?:about|around|roughly|some|nearly|almost)?\s*$")
_COMPOUND = re.compile(r"\d\s*-\s*[a-z]", re.I)
# units whose size depends on the country: US/imperial gallons differ by 20%, short/long tons
_AMBIGUOUS_UNIT = re.compile(r"gal|(?<!metric_)ton(?!ne)|pint|quart|cup|barrel|bbl|ounce|oz", re.I)
# the words that make a temperature a difference, which has no +32: "rose by 3C (5.4F)",
# "2C (3.6F) warmer", "limit warming to 1.5C (2.7F)", "a 10C (18F) swing"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:by|warming|warmed|heating|cooling|rise|rises|increase|increases|jump|drop|drops|fall|"
    r"falls|difference|differences|swing|swings|change|changes|anomaly|anomalies|variation|gap)"
    r"\b[^.!?;\n]{0,25}$",
    re.I,
)
_DIFFERENCE_AFTER = re.compile(
    r"^\W{0,3}\s*(?:warmer|colder|cooler|hotter|higher|lower|above|below|more|less|up|down|"
    r"rise|increase|drop|fall|jump|difference|change|swing|of\s+warming|warming|cooling|"
    r"target|goal|limit|threshold|ceiling|cap)\b"
    r"|.{0,60}\bpre-?industrial\b",  # "1.5C (2.7F) ... since pre-industrial times"
    re.I,
)


def conversion_pairs(quantities: list[Quantity], text: str) -> Iterator[tuple[Quantity, Quantity]]:
    """A figure and the conversion printed right after it: "30cm (12in)", "£1bn ($1.17bn)",
    "a 19.85-meter throw (65 feet)"."""
    for a, b in itertools.pairwise(quantities):
        gap = text[a.end : b.start]
        if b.start < a.end or not (
            _CONVERSION_GAP.match(gap) or (_COMPOUND_GAP.match(gap) and _COMPOUND.search(a.text))
        ):
            continue
        # the change ("dropped 30cm (12in)") belongs to both; only the first may carry it
        if "comparison" in (a.kind, b.kind) or "vague" in (a.kind, b.kind):
            continue
        if a.value is None or b.value is None:
            continue
        if a.kind == "money" and b.kind == "money":
            if a.currency and b.currency and a.currency != b.currency:
                yield a, b
        elif (
            a.kind == b.kind == "measure"
            and a.dimension == b.dimension
            and a.dimension in MEASURE_DIMENSIONS
            and a.unit
            and b.unit
            and a.unit != b.unit
        ):
            yield a, b


def conversion_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    """NUM001's findings and, for each conversion that agrees, a ``Verified`` record with its
    working (the report's "checks that passed")."""
    undated_money: list[tuple[Quantity, Quantity]] = []
    for a, b in conversion_pairs(analysis.quantities, analysis.text):
        if a.kind == "money":
            flag = _money_flag(a, b, analysis)
            if analysis.article.published is None:
                undated_money.append((a, b))
        else:
            flag = _measure_flag(a, b, analysis.text)
        if flag:
            yield flag
    if undated_money:
        a, b = undated_money[0]
        yield Flag(
            start=a.start,
            end=b.end,
            message=f"{len(undated_money)} money conversion(s) checked against every ECB rate "
            "since 1999: the article has no published date; give one (--published) for a "
            "check at the day's rate",
            related=tuple((x.start, y.end) for x, y in undated_money[1:]),
            evidence={"money_conversions": len(undated_money), "published": None},
            severity=Severity.INFO,
        )


# -- the two readings of a figure -------------------------------------------------------------


def as_converted(q: Quantity) -> Interval:
    """The figure as its writer had it when converting it: rounded only in its last digit."""
    return _not_below_zero(q, printed(q, last_digit_step))


def _not_below_zero(q: Quantity, interval: Interval) -> Interval:
    """A figure of nought or more that is not a temperature stands for nothing below zero."""
    if is_temperature(q) or interval.low >= 0 or (q.low if q.low is not None else q.value or 0) < 0:
        return interval
    return Interval(0.0, interval.high)


def as_rounded(q: Quantity, capped: bool = False) -> Interval:
    """Everything the printed figure may have been rounded from ("6,000": 5,500-6,500); with
    ``capped``, a round figure stands for at most a quarter either way, as a writer rounding a
    conversion would ("10": 7.5-12.5). A round temperature is always capped at 2.5 degrees."""
    interval = _not_below_zero(q, printed(q))
    low = q.low if q.low is not None else q.value
    high = q.high if q.high is not None else q.value
    if low is None or high is None:
        return interval
    if is_temperature(q):
        low_cap = high_cap = TEMPERATURE_CAP
    elif capped:
        low_cap, high_cap = ROUNDING_CAP * abs(low), ROUNDING_CAP * abs(high)
    else:
        return interval
    return Interval(max(interval.low, low - low_cap), min(interval.high, high + high_cap))


def _loosened(interval: Interval, q: Quantity, slack: float) -> Interval:
    """``interval`` (in ``q``'s unit) widened by the slack: relative, or degrees for temperatures."""
    if is_temperature(q):
        return Interval(interval.low - TEMPERATURE_SLACK, interval.high + TEMPERATURE_SLACK)
    return Interval(
        interval.low - slack * abs(interval.low), interval.high + slack * abs(interval.high)
    )


def _to_si(q: Quantity, interval: Interval, difference: bool = False) -> Interval:
    """An interval in ``q``'s unit, in SI units (kelvin for temperatures; a temperature
    ``difference`` has no offset)."""
    if is_temperature(q):
        unit = q.unit or "degC"
        k0 = 0.0 if difference else to_kelvin(0.0, unit)
        per = to_kelvin(1.0, unit) - to_kelvin(0.0, unit)
        return Interval(k0 + interval.low * per, k0 + interval.high * per)
    return interval.scaled(si_factor(q) or 1.0)


def _in_unit_of(q: Quantity, si: Interval, difference: bool = False) -> Interval:
    if is_temperature(q):
        unit = q.unit or "degC"
        k0 = 0.0 if difference else to_kelvin(0.0, unit)
        per = to_kelvin(1.0, unit) - to_kelvin(0.0, unit)
        return Interval((si.low - k0) / per, (si.high - k0) / per)
    return si.scaled(1 / (si_factor(q) or 1.0))


# -- measures ----------------------------------------------------------------------------------


def _measure_flag(a: Quantity, b: Quantity, text: str) -> Flag | Verified:
    slack = (
        AMBIGUOUS_UNIT_SLACK if _AMBIGUOUS_UNIT.search(f"{a.unit} {b.unit}") else CONVERSION_SLACK
    )
    # a temperature the words make a difference may also be read without the +32
    readings = [False, True] if is_temperature(a) and _said_as_difference(a, b, text) else [False]
    tried: dict[bool, Interval] = {}
    for difference in readings:
        # the first figure as printed, converted: does it round to the conversion?
        expected = _in_unit_of(b, _to_si(a, as_converted(a), difference), difference)
        tried[difference] = expected
        if _loosened(expected, b, slack).overlaps(as_rounded(b)):
            return verified.conversion_agrees(a, b, _point(a, b, difference), difference)
        # the conversion as printed, converted back: does the first figure round from it?
        reverse = _in_unit_of(a, _to_si(b, as_converted(b), difference), difference)
        if _loosened(reverse, a, slack).overlaps(as_rounded(a, capped=True)):
            return verified.conversion_agrees(
                a, b, _point(a, b, difference), difference, (reverse, as_rounded(a, capped=True))
            )
    ratio = _ratio(printed(b), expected)
    evidence: dict[str, object] = {
        "stated_range": as_converted(a).rounded(),
        "expected_range": expected.rounded(),
        "printed_range": as_rounded(b).rounded(),
        "unit": b.unit,
        "reverse_range": reverse.rounded(),
        "stated_rounding": as_rounded(a, capped=True).rounded(),
        "slack": TEMPERATURE_SLACK if is_temperature(a) else slack,
        "ratio": _sig_or_none(ratio),
    }
    if is_temperature(a):
        evidence["temperature_difference"] = difference  # the last reading tried
    evidence["working"] = _measure_working(a, b, tried, reverse, slack, _sig_or_none(ratio))
    return _conversion_flag(
        a,
        b,
        f"'{a.text}' is {_range(expected, b, '-')}" + (" as a difference" if difference else ""),
        ratio,
        evidence,
    )


def _range(interval: Interval, q: Quantity, dash: str = "–") -> str:
    """A range in ``q``'s unit as people write it: "9.8–13.8 in", "103–105°F"."""
    return people.span(interval.low, interval.high, people.unit(q.unit), dash)


def _point(a: Quantity, b: Quantity, difference: bool) -> float:
    """``a``'s printed value in ``b``'s unit: "5C" -> 41 (°F); 3 (°C) as a difference -> 5.4."""
    value = a.value if a.value is not None else as_converted(a).mid
    return _in_unit_of(b, _to_si(a, Interval(value, value), difference), difference).mid


def _slack_words(q: Quantity, slack: float) -> str:
    if is_temperature(q):
        return f"its rounding, plus {people.number(TEMPERATURE_SLACK)} degree"
    return f"its rounding, plus {people.number(slack * 100)}% slack"


def _measure_working(
    a: Quantity,
    b: Quantity,
    tried: dict[bool, Interval],
    reverse: Interval,
    slack: float,
    ratio: float | None,
) -> list[str]:
    """NUM001's sum for a measure, with the figures of its message: the first figure
    converted, the conversion's rounding, and the other way round."""
    difference = max(tried)  # the last reading tried, the one the message gives
    expected = tried[difference]
    as_read = as_converted(a)
    read = _range(as_read, a)
    first = f"'{a.text}'" + (f" (read to its last digit, {read})" if "–" in read else "")
    how = " as a difference (no +32)" if difference else ""
    lines = [
        f"{first} converted{how}: {_range(expected, b)}",
        f"'{b.text}' stands for {_range(as_rounded(b), b)} "
        f"({_slack_words(b, slack)}): the two do not meet",
        f"the other way, '{b.text}' converted back is {_range(reverse, a)}, outside "
        f"{_range(as_rounded(a, capped=True), a)}, the most '{a.text}' may be rounded from",
    ]
    if difference:
        lines.append(
            f"read as a level (with the +32), '{a.text}' is {_range(tried[False], b)}: "
            "no match either"
        )
    if ratio is not None and not is_temperature(a):  # a ratio of kelvins means nothing
        lines.append(f"the printed conversion is {people.times(ratio)} what it should be")
    return lines


def _said_as_difference(a: Quantity, b: Quantity, text: str) -> bool:
    """A temperature the words make a difference: a change ("rose by 3C (5.4F)"), a comparison
    ("2C (3.6F) warmer", "above average") or a difference noun ("warming of 1.5C (2.7F)")."""
    if a.change or b.change:
        return True
    window = max(0, a.start - 60)
    line_start = max(text.rfind("\n", window, a.start), text.rfind(". ", window, a.start)) + 1
    before = text[max(line_start, window) : a.start]
    after = text[b.end : b.end + 70]
    return bool(_DIFFERENCE_BEFORE.search(before) or _DIFFERENCE_AFTER.match(after))


def _ratio(printed_conversion: Interval, expected: Interval) -> float | None:
    """How many times the expected value the printed conversion is; None when the expected
    range straddles zero ("£0 ($5)"), where no ratio means anything."""
    if expected.low <= 0 <= expected.high or not expected.mid:
        return None
    return printed_conversion.mid / expected.mid


def _conversion_flag(
    a: Quantity, b: Quantity, detail: str, ratio: float | None, evidence: dict[str, object]
) -> Flag:
    """The NUM001 finding on conversion ``b`` of ``a``; ``ratio`` (printed / expected) feeds the
    scale hint, ``evidence`` follows the two printed figures."""
    return Flag(
        start=b.start,
        end=b.end,
        message=f"'{b.text}' is not a conversion of '{a.text}': {detail}" + _scale_hint(ratio),
        related=((a.start, a.end),),
        evidence={"stated": a.text, "conversion": b.text, **evidence},
    )


def _sig_or_none(x: float | None) -> float | None:
    return None if x is None else sig(x, 3)


def _scale_hint(ratio: float | None) -> str:
    """A factor near a thousand or a million apart is a missing or extra 'm'/'bn'."""
    if ratio is None:
        return ""
    for factor, word in ((1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion")):
        for r in (ratio, 1 / ratio if ratio else 0.0):
            if factor / 3 <= r <= factor * 3:
                return f" (about {word} times apart: a missing or extra scale word?)"
    return ""


def short_figure(x: float) -> str:
    """A figure for a message: 1.2bn, 3.4m, 12,300, 0.25."""
    if abs(x) >= 1e9:
        return f"{x / 1e9:.3g}bn"
    if abs(x) >= 1e6:
        return f"{x / 1e6:.3g}m"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}"


# -- money -------------------------------------------------------------------------------------

# currency words several countries use: without a symbol or code the currency is a guess, unless
# the article names only one of the countries that use it
_AMBIGUOUS_CURRENCY = re.compile(
    r"peso|franc|dinar|rupee|kron|shilling|rial|riyal|dirham|pound(?!s? sterling)|dollar", re.I
)
_CURRENCY_MARK = re.compile(r"[£$€¥₹]|\b[A-Z]{3}\b")
_QUALIFIED_CURRENCY = re.compile(
    "|".join(re.escape(w) for w in CURRENCY_WORDS if " " in w and w != "pounds sterling"), re.I
)
_COUNTRY_CURRENCIES: dict[str, dict[str, str]] = {
    "peso": {"mexic": "MXN", "philippin": "PHP", "manila": "PHP", "argentin": "ARS",
             "chile": "CLP", "colombia": "COP", "uruguay": "UYU", "cuba": "CUP",
             "dominican": "DOP"},
    "rupee": {"india": "INR", "delhi": "INR", "mumbai": "INR", "pakistan": "PKR",
              "sri lanka": "LKR", "nepal": "NPR", "mauritius": "MUR"},
    "kron": {"swed": "SEK", "stockholm": "SEK", "norw": "NOK", "oslo": "NOK", "denmark": "DKK",
             "danish": "DKK", "copenhagen": "DKK", "iceland": "ISK", "czech": "CZK"},
    "franc": {"swiss": "CHF", "switzerland": "CHF", "zurich": "CHF", "geneva": "CHF"},
    "dollar": {"australia": "AUD", "canada": "CAD", "canadian": "CAD", "new zealand": "NZD",
               "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
               "united states": "USD", "u.s.": "USD", "american": "USD"},
}  # fmt: skip


def _money_flag(a: Quantity, b: Quantity, analysis: Analysis) -> Flag | Verified | None:
    currencies = [_currency(q, analysis.text) for q in (a, b)]
    if None in currencies:
        return None
    source, target = currencies
    rates = rate_range(source or "", target or "", analysis.article.published)
    if rates is None:
        return None
    # in major units: "53p" is 0.53 GBP
    stated = as_converted(a).scaled(si_factor(a) or 1.0)
    expected = Interval(stated.low * rates.low, stated.high * rates.high).widened(MONEY_DRIFT)
    if expected.overlaps(as_rounded(b).scaled(si_factor(b) or 1.0)):
        return verified.money_agrees(a, b, rates)
    back = as_converted(b).scaled(si_factor(b) or 1.0)
    reverse = Interval(back.low / rates.high, back.high / rates.low).widened(MONEY_DRIFT)
    rounding = as_rounded(a, capped=True).scaled(si_factor(a) or 1.0)
    if reverse.overlaps(rounding):
        return verified.money_agrees(a, b, rates, (reverse, rounding))
    converted = printed(b).scaled(si_factor(b) or 1.0)
    evidence = _money_evidence(rates, source or "", target or "", expected, converted, reverse)
    evidence["working"] = [
        verified.rate_line(rates),
        f"'{a.text}' converted, with the drift: "
        + people.money_span(expected.low, expected.high, target),
        f"'{b.text}' stands for {people.money_span(converted.low, converted.high, target)} "
        "(its rounding): the two do not meet",
        f"the other way, '{b.text}' converted back is "
        f"{people.money_span(reverse.low, reverse.high, source)}, outside "
        f"{people.money_span(rounding.low, rounding.high, source)}, the most '{a.text}' may be "
        "rounded from",
    ]
    ratio = evidence["ratio"]
    if isinstance(ratio, float):
        evidence["working"].append(
            f"the printed conversion is {people.times(ratio)} what it should be"
        )
    return _conversion_flag(
        a,
        b,
        f"at the ECB rate ({rates.basis}) that is "
        f"{people.money_span(expected.low, expected.high, target, '-')}",
        _ratio(converted, expected),
        evidence,
    )


def _money_evidence(
    rates: RateRange,
    source: str,
    target: str,
    expected: Interval,
    converted: Interval,
    reverse: Interval,
) -> dict[str, Any]:
    return {
        "currencies": [source, target],
        **rates.evidence(),
        "drift": MONEY_DRIFT,
        "expected_range": expected.rounded(),
        "printed_range": converted.rounded(),
        "reverse_range": reverse.rounded(),
        "ratio": _sig_or_none(_ratio(converted, expected)),
    }


def _currency(q: Quantity, text: str) -> str | None:
    """The quantity's currency; for a word several countries use ("pesos") with no symbol and
    no nationality ("Mexican pesos"), the currency of the one such country the article names,
    else None (a guess is no check)."""
    if (
        not _AMBIGUOUS_CURRENCY.search(q.text)
        or _CURRENCY_MARK.search(q.text)
        or _QUALIFIED_CURRENCY.search(q.text)
    ):
        return q.currency
    word = _AMBIGUOUS_CURRENCY.search(q.text).group(0).lower()  # type: ignore[union-attr]
    countries = _COUNTRY_CURRENCIES.get(word)
    if not countries:
        return None
    lowered = text.lower()
    named = {code for country, code in countries.items() if country in lowered}
    return named.pop() if len(named) == 1 else None
