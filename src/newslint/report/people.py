"""Figures and units as people write them: "62,337 km²", "5°C", "152 days", "£2.4 million".

Rules put SI values and pint's unit names in the JSON (``si_value``, ``mile**2``); a reader
wants the units a newsroom uses. Everything here is display only: it never changes a value,
so a rule can use the same functions for its message and its worked sum and the two cannot
disagree.
"""

from __future__ import annotations

import math
import re
from datetime import date

# pint's names -> as printed in a newspaper
_UNIT_NAMES = {
    "mile**2": "sq mi",
    "kilometer**2": "km²",
    "meter**2": "m²",
    "foot**2": "sq ft",
    "kilometer": "km",
    "meter": "m",
    "centimeter": "cm",
    "millimeter": "mm",
    "mile": "miles",
    "foot": "ft",
    "inch": "in",
    "yard": "yards",
    "hectare": "hectares",
    "acre": "acres",
    "liter": "litres",
    "meter**3": "m³",
    "gallon": "gallons",
    "kilogram": "kg",
    "gram": "g",
    "tonne": "tonnes",
    "metric_ton": "tonnes",
    "pound": "lb",
    "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F",
    "kelvin": "K",
    "percent": "%",
    "kilometer / hour": "km/h",
    "mile / hour": "mph",
    "kilometer/hour": "km/h",
    "mile/hour": "mph",
    "meter/second": "m/s",
    "knot": "knots",
    "nautical_mile": "nautical miles",
    "light_year": "light years",
    "foot**3": "cu ft",
    "milliliter": "ml",
    "pint": "pints",
    "oil_barrel": "barrels",
    "milligram": "mg",
    "ton": "tons",
    "megatonne": "megatonnes",
    "gigatonne": "gigatonnes",
    "ounce": "oz",
    "stone": "stone",
    "joule": "J",
    "kilojoule": "kJ",
    "kilocalorie": "kcal",
    "kilowatt_hour": "kWh",
    "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh",
    "terawatt_hour": "TWh",
    "watt": "W",
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "horsepower": "hp",
    "second": "seconds",
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "decade": "decades",
}
_CURRENCY_SIGNS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹"}
_DAY = 86_400.0


def number(x: float) -> str:
    """A figure for people: thousands separated, decimals only where they carry meaning
    (at least four significant digits, so 108.5 stays 108.5 and 264.9 stays 264.9)."""
    if isinstance(x, bool):
        return "yes" if x else "no"
    if not math.isfinite(x):
        return "no limit" if x > 0 else str(x)
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    ax = abs(x)
    if ax >= 1e15 or ax < 1e-4:
        return f"{x:.4g}"
    if ax >= 1000:
        return f"{x:,.0f}"
    if ax >= 100:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    if ax >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.3g}"


def big(x: float) -> str:
    """Large figures with a scale word: 5,200,000,000 -> "5.2 billion"; smaller as ``number``."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{number(float(f'{x / scale:.4g}'))} {word}"
    return number(x)


def times_used(n: int) -> str:
    """ "once", "twice", "3 times": how often a form appears."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def plural(n: float, word: str, words: str | None = None) -> str:
    """ "1 day", "202 days", "1.5 days": never "day(s)"."""
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"


def unit(name: str | None) -> str:
    """pint's unit name as people write it: "mile**2" -> "sq mi", "degree_Celsius" -> "°C"."""
    if not name:
        return ""
    if name in _UNIT_NAMES:
        return _UNIT_NAMES[name]
    if name in _CURRENCY_SIGNS or re.fullmatch(r"[A-Z]{3}", name):
        return name
    shown = name.replace("**2", "²").replace("**3", "³").replace(" / ", "/").replace(" * ", "·")
    return shown.replace("square_", "sq ").replace("_", " ")


def with_unit(text: str, shown_unit: str) -> str:
    """ "5" + "°C" -> "5°C"; "20" + "km²" -> "20 km²"; money signs go first."""
    if not shown_unit:
        return text
    if shown_unit in ("%", "°C", "°F"):
        return f"{text}{shown_unit}"
    if shown_unit in _CURRENCY_SIGNS.values():
        return f"{shown_unit}{text}"
    return f"{text} {shown_unit}"


def money(x: float, currency: str | None) -> str:
    """ "£2.4 million", "$100 million", "2,000 CHF"."""
    sign = _CURRENCY_SIGNS.get(currency or "")
    shown = big(x)
    if sign:
        return f"{'-' if x < 0 else ''}{sign}{shown.lstrip('-')}"
    return f"{shown} {currency}" if currency else shown


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def span(low: float, high: float, shown_unit: str = "", dash: str = "–") -> str:
    """A computed range for people, both ends to the same decimals (three significant digits
    of the larger end; whole numbers in full), large ones with a scale word: 9.84–13.78 in ->
    "9.8–13.8 in", 15.29–16.9 km -> "15.3–16.9 km", 85,300,000–87,500,000 -> "85.3–87.5
    million". A message and its worked sum both write a range with this, so they agree."""
    top = max(abs(low), abs(high))
    scale, word = next(((s, w) for s, w in _SCALES if top >= s), (1.0, ""))
    lo, hi, top = low / scale, high / scale, top / scale
    decimals = 0 if top >= 100 or top == 0 else max(0, 2 - math.floor(math.log10(top)))
    a, b = f"{lo:,.{decimals}f}", f"{hi:,.{decimals}f}"
    while decimals and a.endswith("0") and b.endswith("0"):  # "15.0–25.0" -> "15–25"
        a, b, decimals = a[:-1], b[:-1], decimals - 1
    a, b = (x.rstrip(".") if not decimals else x for x in (a, b))
    if lo == 0:
        a = "0"
    text = number(float(a.replace(",", ""))) if a == b else f"{a}{dash}{b}"
    if word:
        text = f"{text} {word}"
    return with_unit(text, shown_unit)


def money_span(low: float, high: float, currency: str | None, dash: str = "–") -> str:
    """ "£85.3–87.5 million", "1.2–1.4 billion MXN": ``span`` with the currency's sign."""
    sign = _CURRENCY_SIGNS.get(currency or "")
    shown = span(low, high, dash=dash)
    if sign:
        return f"{'-' if low < 0 else ''}{sign}{shown.lstrip('-')}"
    return f"{shown} {currency}" if currency else shown


def money_range(low: float, high: float, currency: str | None) -> str:
    """ "£2.35–2.45 million": one sign and one scale word when both ends share them."""
    if low == high:
        return money(low, currency)
    a, b = money(low, currency), money(high, currency)
    scale_a, scale_b = a.rsplit(" ", 1), b.rsplit(" ", 1)
    if len(scale_a) == 2 and len(scale_b) == 2 and scale_a[1] == scale_b[1]:
        sign = _CURRENCY_SIGNS.get(currency or "", "")
        return f"{scale_a[0]}–{scale_b[0].removeprefix(sign)} {scale_a[1]}"
    return f"{a}–{b}"


def measure(si_value: float, dimension: str | None) -> str:
    """An SI value in the unit people use for its size: km² or hectares, km or m, °C, days..."""
    value, shown_unit = in_people_units(si_value, dimension)
    return with_unit(big(value) if abs(value) >= 1e6 else number(value), shown_unit)


def measure_range(low: float, high: float, dimension: str | None) -> str:
    """Both ends of a range in one unit (the unit the upper end needs): "5,245–6,695 km²"."""
    if low == high:
        return measure(low, dimension)
    _, shown_unit = in_people_units(max(abs(low), abs(high)), dimension)
    factor = _factor(shown_unit)
    lo, hi = _from_si(low, shown_unit, factor), _from_si(high, shown_unit, factor)
    return with_unit(f"{number(lo)}–{number(hi)}", shown_unit)


def in_people_units(si_value: float, dimension: str | None) -> tuple[float, str]:
    """(value, unit) for an SI value: the unit a reporter would pick for a figure this size."""
    ax = abs(si_value)
    pick: str
    if dimension == "area":
        pick = "km²" if ax >= 1e6 else "hectares" if ax >= 1e4 else "m²"
    elif dimension == "length":
        pick = "km" if ax >= 1e3 else "m" if ax >= 1 else "cm"
    elif dimension == "volume":
        pick = "m³" if ax >= 1e3 else "litres"
    elif dimension == "mass":
        pick = "tonnes" if ax >= 1e3 else "kg" if ax >= 1 else "g"
    elif dimension == "time":
        pick = (
            "years" if ax >= 730 * _DAY else "days" if ax >= 2 * _DAY
            else "hours" if ax >= 3600 else "minutes" if ax >= 60 else "seconds"
        )  # fmt: skip
    elif dimension == "temperature":
        pick = "°C"
    elif dimension == "speed":
        pick = "km/h"
    elif dimension == "energy":
        pick = "kWh"
    elif dimension == "power":
        pick = "GW" if ax >= 1e9 else "MW" if ax >= 1e6 else "kW" if ax >= 1e3 else "W"
    elif dimension == "percent":
        pick = "%"
    else:
        return si_value, ""
    return _from_si(si_value, pick, _factor(pick)), pick


_FACTORS = {
    "km²": 1e6, "hectares": 1e4, "m²": 1.0, "km": 1e3, "m": 1.0, "cm": 0.01, "m³": 1.0,
    "litres": 1e-3, "tonnes": 1e3, "kg": 1.0, "g": 1e-3, "years": 365.25 * _DAY,
    "days": _DAY, "hours": 3600.0, "minutes": 60.0, "seconds": 1.0, "km/h": 1 / 3.6,
    "kWh": 3.6e6, "GW": 1e9, "MW": 1e6, "kW": 1e3, "W": 1.0, "%": 0.01, "°C": 1.0,
}  # fmt: skip


def _factor(shown_unit: str) -> float:
    return _FACTORS.get(shown_unit, 1.0)


def _from_si(si_value: float, shown_unit: str, factor: float) -> float:
    if shown_unit == "°C":
        return float(f"{si_value - 273.15:.6g}")
    return float(f"{si_value / factor:.6g}")


def times(ratio: float) -> str:
    """A ratio as people write it: 0.29 -> "0.29 ×" (the figure itself, never re-rounded)."""
    return f"{number(ratio)} ×"


def day(iso: str) -> str:
    """ "2022-02-24" -> "24 February 2022"; anything else as given."""
    try:
        when = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{when.day} {when:%B %Y}"


def fraction_words(ratio: float) -> str | None:
    """The everyday fraction nearest a ratio below one, when it is near one: 0.29 -> "a third"."""
    words = [
        (0.1, "a tenth"), (0.2, "a fifth"), (0.25, "a quarter"), (1 / 3, "a third"),
        (0.5, "half"), (2 / 3, "two-thirds"), (0.75, "three-quarters"),
    ]  # fmt: skip
    best = min(words, key=lambda w: abs(math.log(ratio / w[0]))) if ratio > 0 else None
    if best is None or abs(math.log(ratio / best[0])) > 0.15:
        return None
    return best[1]


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def transposed(a: str, b: str) -> str | None:
    """ "3,200" and "2,300" hold the same digits in another order: a likely typo, as a hint."""
    x, y = _NUMERAL.search(a), _NUMERAL.search(b)
    if not x or not y:
        return None
    dx, dy = re.sub(r"\D", "", x.group(0)), re.sub(r"\D", "", y.group(0))
    if dx != dy and len(dx) > 1 and sorted(dx) == sorted(dy):
        return f"{x.group(0)} vs {y.group(0)}: transposed digits?"
    return None
