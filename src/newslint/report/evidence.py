"""A finding's evidence as a reader sees it: a worked sum first, then every value, labelled.

Rules put their arithmetic in ``Finding.evidence`` as plain keys (``multiplier``,
``reference``, ``implied_km2``, ``stated_km2``, ``ratio``, ``tolerance``...). This module reads
any such dict generically: it labels keys ("implied_km2" -> "implied (km²)"), formats numbers
for people, and, when the keys of a comparison or a conversion are there, writes the sum out:
"3 × Wales (20,779 km²) = 62,337 km²". A rule may also give the lines itself under
``working`` (a string or a list of strings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newslint.report import people, sums
from newslint.report.model import Quantity

# key suffix -> unit as printed; longest suffixes first so "_sq_mi" wins over "_mi"
_UNITS: list[tuple[str, str]] = [
    ("_sq_km", "km²"),
    ("_sq_mi", "sq mi"),
    ("_km2", "km²"),
    ("_mi2", "sq mi"),
    ("_m2", "m²"),
    ("_ha", "ha"),
    ("_acres", "acres"),
    ("_km", "km"),
    ("_mi", "mi"),
    ("_cm", "cm"),
    ("_mm", "mm"),
    ("_in", "in"),
    ("_ft", "ft"),
    ("_m", "m"),
    ("_kg", "kg"),
    ("_lb", "lb"),
    ("_t", "t"),
    ("_c", "°C"),
    ("_f", "°F"),
    ("_k", "K"),
    ("_pct", "%"),
    ("_percent", "%"),
    ("_usd", "USD"),
    ("_gbp", "GBP"),
    ("_eur", "EUR"),
    ("_s", "s"),
    ("_days", "days"),
    ("_hours", "hours"),
    ("_per_day", "a day"),
    ("_per_hour", "an hour"),
]
_WORKING_KEYS = ("working", "sum", "arithmetic")


def split_unit(key: str) -> tuple[str, str | None]:
    """``implied_km2`` -> (``implied``, ``km²``); a key without a unit suffix keeps its name."""
    lowered = key.lower()
    for suffix, unit in _UNITS:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return key[: -len(suffix)], unit
    return key, None


def label(key: str) -> str:
    name, unit = split_unit(key)
    words = name.replace("_", " ").strip()
    return f"{words} ({unit})" if unit else words


def number(x: float) -> str:
    """A figure for people: thousands separated, decimals only where they carry meaning."""
    return people.number(x)


def value(v: Any) -> str:
    """Any evidence value as one line of text."""
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, float)):
        return number(v)
    if isinstance(v, (list, tuple)):
        return ", ".join(value(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{label(str(k))}: {value(x)}" for k, x in v.items())
    return str(v)


def _with_unit(x: Any, unit: str | None) -> str:
    text = x if isinstance(x, str) else value(x)
    if unit is None:
        return text
    return f"{text}{unit}" if unit in ("%", "°C", "°F") else f"{text} {unit}"


def _numeric(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _find(evidence: dict[str, Any], prefix: str) -> tuple[str, Any, str | None] | None:
    """The first numeric key named ``prefix`` or ``prefix_<unit>``: (key, value, unit)."""
    for key, v in evidence.items():
        name, unit = split_unit(key)
        if name.lower() == prefix and _numeric(v):
            return key, v, unit
    return None


def given_working(evidence: dict[str, Any]) -> list[str]:
    """The lines a rule wrote itself under ``working`` (or ``sum``, ``arithmetic``)."""
    lines: list[str] = []
    for key in _WORKING_KEYS:
        given = evidence.get(key)
        if isinstance(given, str) and given.strip():
            lines.append(given.strip())
        elif isinstance(given, list):
            lines += [str(x) for x in given if str(x).strip()]
    return lines


def worked_sum(
    evidence: dict[str, Any], figures: Mapping[str, Quantity] | None = None
) -> list[str]:
    """The evidence as lines of arithmetic: the rule's own ``working`` lines, else a sum read
    from the evidence's shape (``newslint.report.sums``), else from generic keys.

    ``figures``: the quantities in the finding's spans by their text (units and rounding)."""
    lines = given_working(evidence) or sums.from_shape(evidence, figures or {})
    if lines:
        return lines

    implied = _find(evidence, "implied")
    stated = _find(evidence, "stated")
    multiplier = evidence.get("multiplier")
    reference = evidence.get("reference")
    if _numeric(multiplier) and reference:
        ref = _find(evidence, "reference") or _find(evidence, "reference_value")
        left = f"{value(multiplier)} × {reference}"
        if ref:
            left += f" ({_with_unit(ref[1], ref[2])})"
        low, high = _find(evidence, "implied_low"), _find(evidence, "implied_high")
        if implied:
            lines.append(f"{left} = {_with_unit(implied[1], implied[2])}")
        elif low and high:
            unit = high[2] or low[2]
            lines.append(f"{left} = {value(low[1])}–{_with_unit(high[1], unit)}")
        else:
            lines.append(left)
    elif implied:
        lines.append(f"implied: {_with_unit(implied[1], implied[2])}")

    if stated:
        text = evidence.get("stated_text") or evidence.get("stated")
        shown = _with_unit(stated[1], stated[2])
        lines.append(f"stated: {text} = {shown}" if isinstance(text, str) else f"stated: {shown}")

    # a figure and its conversion: "30 cm = 11.8 in; printed: 20 in"
    original, converted = _find(evidence, "value"), _find(evidence, "converted")
    printed = _find(evidence, "printed") or _find(evidence, "given")
    if original and converted:
        line = f"{_with_unit(original[1], original[2])} = {_with_unit(converted[1], converted[2])}"
        if printed:
            line += f"; printed: {_with_unit(printed[1], printed[2])}"
        lines.append(line)

    ratio = evidence.get("ratio")
    if _numeric(ratio):
        if implied and stated:
            lines.append(f"{value(implied[1])} ÷ {value(stated[1])} = {value(ratio)}")
        else:
            lines.append(f"ratio: {value(ratio)}")
    tolerance = evidence.get("tolerance")
    if tolerance is not None and lines:
        lines.append(f"tolerance: {value(tolerance)}")
    return lines


def _pair(v: Any) -> bool:
    return isinstance(v, (list, tuple)) and len(v) == 2 and all(_numeric(x) for x in v)


def rows(evidence: dict[str, Any], dimension: str | None = None) -> list[dict[str, Any]]:
    """Every key, labelled: ``{"label", "value"}``, or ``{"label", "table"}`` for a list of
    records (columns and rows of text). A pair of numbers is a range ("20,735–20,779 km²");
    values in SI units (``"unit": "SI"``) are shown in the units people use for ``dimension``,
    ``*_range`` pairs in the evidence's ``range_unit`` when it gives one, and a key's numbers
    (one or a list) in the unit the evidence's ``units`` names for that key."""
    out: list[dict[str, Any]] = []
    si = evidence.get("unit") == "SI" and dimension is not None
    # ranges a rule gives in one unit for all of them ("km²", "GBP", "count")
    range_unit = evidence.get("range_unit")
    # units a rule names per key: {"sum_at_least": "%"} shows 108.5 as "108.5%"
    raw_units = evidence.get("units")
    units: dict[str, Any] = raw_units if isinstance(raw_units, dict) else {}
    for key, v in evidence.items():
        if key in _WORKING_KEYS or (si and key == "unit") or key in ("range_unit", "units"):
            continue
        name, unit = split_unit(str(key))
        listed = isinstance(units.get(key), str)  # its numbers are a list, never a range
        if listed:
            name, unit = str(key), units[key]
        if listed and isinstance(v, list) and v and all(_numeric(x) for x in v):
            out.append({"label": label(name), "value": ", ".join(_with_unit(x, unit) for x in v)})
        elif _pair(v):
            low, high = float(v[0]), float(v[1])
            shown = (
                sums.figure_range(low, high, range_unit, dimension)
                if isinstance(range_unit, str) and unit is None and name.endswith("range")
                else people.measure_range(low, high, dimension)
                if si
                else _with_unit(f"{number(low)}–{number(high)}", unit)
                if low != high
                else _with_unit(low, unit)
            )
            out.append({"label": label(name), "value": shown})
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            columns = list(dict.fromkeys(k for x in v for k in x))
            out.append(
                {
                    "label": label(str(key)),
                    "table": {
                        "columns": [label(str(c)) for c in columns],
                        "rows": [[value(x.get(c)) for c in columns] for x in v],
                    },
                }
            )
        elif isinstance(v, dict):
            for sub, x in v.items():
                out.append({"label": f"{label(str(key))} › {sub}", "value": value(x)})
        else:
            shown = _with_unit(v, unit) if _numeric(v) else value(v)
            out.append(
                {
                    "label": re.sub(r"\s+", " ", name.replace("_", " ")).strip()
                    + (f" ({unit})" if unit and not _numeric(v) else ""),
                    "value": shown,
                }
            )
    return out
