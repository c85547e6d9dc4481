"""Pure arithmetic behind the NUM rules: what range a printed figure stands for, in SI units.

A figure printed as "2,300" stands for anything that rounds to it: 2,250-2,350 (trailing zeros
are read as rounding, the generous reading). "1.13bn" stands for 1.125-1.135bn. Approximators
widen that ("about 2,300": at least 10% either way). Money is compared across currencies at
the ECB rate of the article's date (currencyconverter ships the whole history; no network).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from newslint.report.model import Quantity

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
APPROX_WIDENING = {"~": 0.10}  # "about", "roughly": at least 10% either way
TEMPERATURE_OFFSETS = {"c": 273.15, "k": 0.0}


@dataclass(frozen=True)
class Interval:
    """A closed range of values; ``low == high`` for an exact figure."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if self.low > self.high:
            object.__setattr__(self, "low", self.high)
            object.__setattr__(self, "high", self.low)

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2

    def scaled(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor)

    def widened(self, fraction: float) -> Interval:
        return Interval(self.low * (1 - fraction), self.high * (1 + fraction))

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def gap_ratio(self, other: Interval) -> float:
        """How many times apart two positive ranges are (1.0 when they overlap)."""
        if self.overlaps(other):
            return 1.0
        lo, hi = (self, other) if self.high < other.low else (other, self)
        if lo.high <= 0:
            return math.inf
        return hi.low / lo.high

    def rounded(self, digits: int = 4) -> list[float]:
        return [sig(self.low, digits), sig(self.high, digits)]


def sig(x: float, digits: int = 4) -> float:
    """``x`` to a few significant figures, for evidence a reader can follow."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.{digits}g}")


def numerals(text: str) -> list[str]:
    return _NUMERAL.findall(text)


def half_step(numeral: str) -> float:
    """Half the unit of the last significant printed digit: '2,300' -> 50, '1.13' -> 0.005."""
    digits = numeral.replace(",", "")
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        return 0.5 * 10.0**-decimals
    stripped = digits.lstrip("0") or "0"
    zeros = len(stripped) - len(stripped.rstrip("0")) if stripped != "0" else 0
    # a lone "0" or a one-digit number is exact to the unit
    return 0.5 * 10.0**zeros


def last_digit_step(numeral: str) -> float:
    """Half the unit of the last printed digit, zeros included: '2,300' -> 0.5, '1.13' -> 0.005.
    A figure read this way is the one its writer had in hand when converting it."""
    digits = numeral.replace(",", "")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals


def printed(q: Quantity, half: Callable[[str], float] = half_step) -> Interval:
    """The range of values that round to the figure as printed, in the quantity's own unit;
    ``half`` gives the rounding of one numeral (trailing zeros as rounding by default)."""
    nums = numerals(q.text)
    low = q.low if q.low is not None else q.value
    high = q.high if q.high is not None else q.value
    if low is None or high is None:
        raise ValueError(f"quantity {q.text!r} has no value")
    if not nums:  # a number word: "three", "a dozen"
        return Interval(low, high)
    # the numeral that carries the value: the scale (m, bn, per cent) is value / numeral
    first, last = nums[0], nums[-1] if q.low is not None and len(nums) > 1 else nums[0]
    below, above = _scaled_half(first, low, half), _scaled_half(last, high, half)
    if q.kind == "percent":  # shares are printed to the whole per cent: "40%" is 39.5-40.5
        below, above = min(below, 0.5), min(above, 0.5)
    return Interval(low - below, high + above)


def _scaled_half(numeral: str, value: float, half: Callable[[str], float] = half_step) -> float:
    try:
        number = float(numeral.replace(",", ""))
    except ValueError:
        return 0.0
    scale = value / number if number else 1.0
    return half(numeral) * abs(scale)


def with_approx(interval: Interval, approx: str) -> Interval:
    return interval.widened(APPROX_WIDENING.get(approx, 0.0))


def si_factor(q: Quantity) -> float | None:
    """SI value per unit of the quantity (None for temperatures, which have an offset)."""
    if is_temperature(q):
        return None
    if q.si_value is None or not q.value:
        return 1.0
    return q.si_value / q.value


def is_temperature(q: Quantity) -> bool:
    return (q.dimension or "") == "temperature"


def to_kelvin(value: float, unit: str) -> float:
    u = unit.lower().replace("°", "").replace("degree_", "").replace("deg", "").strip()
    if u.startswith("f"):
        return (value - 32) * 5 / 9 + 273.15
    if u.startswith("k"):
        return value
    return value + 273.15


def si_interval(q: Quantity) -> Interval:
    """The printed range in SI units (kelvin for temperatures)."""
    interval = printed(q)
    if is_temperature(q):
        unit = q.unit or "degC"
        return Interval(to_kelvin(interval.low, unit), to_kelvin(interval.high, unit))
    factor = si_factor(q) or 1.0
    return interval.scaled(factor)


# -- money -------------------------------------------------------------------------------------

MONEY_DRIFT = 0.04  # rates quoted in copy lag the ECB fixing by days and round: 4% either way
RATE_WINDOW_DAYS = 7  # a conversion may use any fixing of the week before publication


@dataclass(frozen=True)
class RateRange:
    """How many units of ``target`` one unit of ``source`` was worth, and on what basis."""

    source: str
    target: str
    low: float
    high: float
    basis: str  # "ECB 2022-09-06..2022-09-13" or "ECB all dates 1999-.. (no published date)"

    def evidence(self) -> dict[str, Any]:
        return {"rate": [sig(self.low, 5), sig(self.high, 5)], "rate_basis": self.basis}


@cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    # the package's shipped history (no download); fill gaps from neighbouring days
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def known_currency(code: str | None) -> bool:
    return bool(code) and code in _converter().currencies


# Currencies the ECB does not fix but that are pegged to the US dollar: units per dollar and the
# day the peg was set (central banks: CBUAE for the dirham, SAMA for the riyal, Qatar Central
# Bank, Central Bank of Bahrain, Central Bank of Oman, Central Bank of Jordan; see
# reference/SOURCES.md). A conversion through one is as good as the ECB's dollar rate.
USD_PEGS: dict[str, tuple[float, date]] = {
    "AED": (3.6725, date(1997, 11, 1)),
    "SAR": (3.75, date(1986, 6, 1)),
    "QAR": (3.64, date(2001, 7, 1)),
    "BHD": (0.376, date(2001, 12, 1)),
    "OMR": (0.3845, date(1986, 1, 1)),
    "JOD": (0.709, date(1995, 10, 1)),
}


def rate_range(source: str, target: str, day: date | None) -> RateRange | None:
    """The ECB rates from ``source`` to ``target`` over the week to ``day`` (or all dates); a
    currency pegged to the dollar goes through its peg."""
    if source in USD_PEGS or target in USD_PEGS:
        return _pegged_range(source, target, day)
    if not (known_currency(source) and known_currency(target)):
        return None
    conv = _converter()
    firsts = [conv.bounds[c].first_date for c in (source, target) if c != "EUR"]
    lasts = [conv.bounds[c].last_date for c in (source, target) if c != "EUR"]
    if day is None:
        # the envelope only bounds an unknown date if the history covers every date
        if any(f > date(1999, 1, 31) for f in firsts):
            return None
        lo, hi, first, last = _history_range(source, target)
        return RateRange(
            source, target, lo, hi, f"ECB all dates {first}..{last} (no published date)"
        )
    if any(day < f for f in firsts) or any(day > last + timedelta(days=30) for last in lasts):
        return None  # outside the shipped history: a neighbouring rate could be far off
    rates = []
    for back in range(RATE_WINDOW_DAYS + 1):
        d = day - timedelta(days=back)
        try:
            rates.append(conv.convert(1.0, source, target, date=d))
        except Exception:  # outside the history: no rate that day
            continue
    if not rates:
        return None
    first = day - timedelta(days=RATE_WINDOW_DAYS)
    return RateRange(source, target, min(rates), max(rates), f"ECB {first}..{day}")


def _pegged_range(source: str, target: str, day: date | None) -> RateRange | None:
    """``rate_range`` through the dollar pegs of ``USD_PEGS``."""
    factor, pegs = 1.0, []
    for code, side in ((source, -1), (target, 1)):
        if code in USD_PEGS:
            per_dollar, since = USD_PEGS[code]
            if day is None or day < since:
                return None  # before the peg (or an unknown day): no fixed rate
            factor *= per_dollar**side
            pegs.append(code)
    base_source = "USD" if source in USD_PEGS else source
    base_target = "USD" if target in USD_PEGS else target
    peg = f"{' and '.join(pegs)} peg to the US dollar"
    if base_source == base_target:
        return RateRange(source, target, factor, factor, peg)
    through = rate_range(base_source, base_target, day)
    if through is None:
        return None
    basis = f"{through.basis} and the {peg}"
    return RateRange(source, target, through.low * factor, through.high * factor, basis)


@cache
def _history_range(source: str, target: str) -> tuple[float, float, date, date]:
    conv = _converter()
    lo, hi = math.inf, 0.0
    known = [c for c in (source, target) if c != "EUR"] or ["USD"]
    first = max(conv.bounds[c].first_date for c in known)
    last = min(conv.bounds[c].last_date for c in known)
    d = first
    while d <= last:  # one fixing every ten days is plenty for the envelope (+4% drift on top)
        try:
            r = conv.convert(1.0, source, target, date=d)
            lo, hi = min(lo, r), max(hi, r)
        except Exception:
            pass
        d += timedelta(days=10)
    return lo, hi, first, last


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def slipped_digit(text: str, value: float, worked: Interval, digits: int = 2) -> bool:
    """Is a printed figure (``text``, read as ``value``) the worked-out one with one digit
    slipped or two neighbours swapped, printed as the figure is printed ("46" for 36.5, "6.7"
    for 7.6, "79,450" for 70,450)? The signature of a typing error, not of another measure.
    Only for figures of ``digits`` digits or more: any two one-digit figures differ by one."""
    numeral = _NUMERAL.search(text)
    if numeral is None or not value:
        return False
    shown = numeral.group(0).replace(",", "")
    decimals = len(shown.split(".")[1]) if "." in shown else 0
    scale = float(shown) / value  # "75 cents" is 0.75; "1.2 million" is 1,200,000
    stated = shown.replace(".", "").lstrip("0")
    if len(stated) < digits:
        return False
    if worked.high == float("inf"):
        return False
    # the worked figure from the figures as printed, rounded or cut to the stated's last digit
    # (not every value their own rounding allows: a two-digit figure would slip against many)
    step = 10.0**-decimals
    middle = abs(worked.mid) * scale / step
    for units in {math.floor(middle + 1e-9), math.ceil(middle - 1e-9)}:
        figure = f"{units * step:.{decimals}f}".replace(".", "").lstrip("0")
        if len(figure) != len(stated) or figure == stated:
            continue
        apart = [k for k, (a, b) in enumerate(zip(stated, figure, strict=True)) if a != b]
        swapped = (
            len(apart) == 2
            and apart[1] == apart[0] + 1
            and stated[apart[0]] == figure[apart[1]]
            and stated[apart[1]] == figure[apart[0]]
        )
        if len(apart) == 1 or swapped:
            return True
    return False
