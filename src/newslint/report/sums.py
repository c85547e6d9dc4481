"""Worked sums read from the shape of a finding's evidence, for rules that give no ``working``.

A rule should write its own ``working`` lines (from the same numbers as its message, with
``newslint.report.people``); until it does, these recipes read the keys the NUM rules use and
write the sum in plain English, in the units people use. Each recipe is keyed by the evidence
keys it needs, never by a rule code, so any rule with that shape gets the sum:

- a restatement: ``first``, ``restated``, ``first_range``, ``restated_range`` (SI or money);
- a part and its whole: ``part``, ``whole``, ``part_at_least``, ``whole_at_most``;
- shares of one whole: ``shares`` (their texts), ``sum``, ``sum_at_least``, ``limit``;
- a window's rate: ``window_count_at_least``, ``window_rate_per_day``, ``average_rate_per_day``;
- a comparison: ``multiplier``, ``reference``, ``reference_<unit>``/``implied_<unit>`` ranges;
- a conversion: ``stated``, ``conversion``, ``expected_range``, ``printed_range``.

``figures`` maps the texts of the figures in the finding's spans to their quantities, for the
dimension and the rounding a figure as printed stands for (``newslint.arithmetic``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

from newslint.arithmetic import printed, with_approx
from newslint.report import people
from newslint.report.model import Quantity

Figures = Mapping[str, Quantity]


def _num(v: Any) -> TypeGuard[float]:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _pair(v: Any) -> tuple[float, float] | None:
    if isinstance(v, (list, tuple)) and len(v) == 2 and all(_num(x) for x in v):
        return float(v[0]), float(v[1])
    return None


def _dimension(evidence: dict[str, Any], figures: Figures, *texts: Any) -> str | None:
    if isinstance(evidence.get("dimension"), str):
        return str(evidence["dimension"])
    for t in texts:
        q = figures.get(str(t))
        if q is not None and q.dimension:
            return q.dimension
    return None


def _span(low: float, high: float, unit: Any, dimension: str | None) -> str:
    """A range given in SI (``unit`` "SI"), a currency (major units), a printed unit, or
    none (``unit`` "count": a plain count)."""
    if unit == "count":
        unit = None
    elif unit == "SI" or (unit is None and dimension):
        return people.measure_range(low, high, dimension)
    if isinstance(unit, str) and len(unit) == 3 and unit.isupper():
        return people.money_range(low, high, unit)
    shown = people.unit(unit) if isinstance(unit, str) else ""
    middle = people.number(low) if low == high else f"{people.number(low)}–{people.number(high)}"
    return people.with_unit(middle, shown)


def _rounding(text: str, figures: Figures) -> str | None:
    """ "53,000 may stand for 52,500–53,500 (rounding)": the range the printed figure allows."""
    q = figures.get(text)
    if q is None or q.value is None:
        return None
    try:
        interval = with_approx(printed(q), q.approx)
    except ValueError:
        return None
    if interval.low == interval.high:
        return None
    why = "rounding and 'about'" if q.approx == "~" else "rounding"
    low, high = people.number(interval.low), people.number(interval.high)
    return f"'{text}' may stand for {low}–{high} ({why})"


def restatement(ev: dict[str, Any], figures: Figures) -> list[str]:
    first, later = str(ev["first"]), str(ev["restated"])
    dimension = _dimension(ev, figures, first, later)
    r1, r2 = _pair(ev["first_range"]), _pair(ev["restated_range"])
    if r1 is None or r2 is None:
        return []
    unit = ev.get("unit")
    lines = [
        f"first: '{first}' = {_span(*r1, unit, dimension)} (allowing for rounding)",
        f"later: '{later}' = {_span(*r2, unit, dimension)}",
    ]
    ratio = ev.get("ratio")
    gap = "the two ranges do not meet"
    lines.append(
        f"{gap}: the later figure is {people.times(ratio)} the first" if _num(ratio) else gap
    )
    hint = people.transposed(later, first)
    if hint:
        lines.append(f"likely fix: {hint}")
    return lines


def part_whole(ev: dict[str, Any], figures: Figures) -> list[str]:
    part, whole = str(ev["part"]), str(ev["whole"])
    low, high = ev["part_at_least"], ev["whole_at_most"]
    lines = [
        f"the part '{part}' is at least {people.number(low)} (its lowest rounding)",
        f"the whole '{whole}' is at most {people.number(high)}",
        f"{people.number(low)} > {people.number(high)}: a part cannot be larger than its whole",
    ]
    share = ev.get("share")
    if _num(share):
        lines.append(f"{people.number(low)} ÷ {people.number(high)} = {people.number(share)}")
    return lines


def shares(ev: dict[str, Any], figures: Figures) -> list[str]:
    texts = [str(t) for t in ev["shares"]]
    total, at_least, limit = ev["sum"], ev["sum_at_least"], ev["limit"]
    lines = [f"{' + '.join(texts)} = {people.number(total)}%"]
    lows = []
    for t in texts:
        q = figures.get(t)
        if q is None or q.value is None:
            break
        lows.append(printed(q).low if q.approx in ("=", "~") else q.value)
    if len(lows) == len(texts):
        parts = " + ".join(f"{people.number(x)}%" for x in lows)
        lines.append(f"at their lowest after rounding: {parts} = {people.number(at_least)}%")
    else:
        lines.append(f"at their lowest after rounding: {people.number(at_least)}%")
    lines.append(
        f"{people.number(at_least)}% > {people.number(limit)}%: "
        "shares of one whole cannot add up to more than all of it"
    )
    return lines


def share_over_whole(ev: dict[str, Any], figures: Figures) -> list[str]:
    at_least, limit = ev["share_at_least"], ev["limit"]
    return [
        f"'{ev['share']}' is at least {people.number(at_least)}% (its lowest rounding)",
        f"{people.number(at_least)}% > {people.number(limit)}%: more than all of the whole",
    ]


def rate(ev: dict[str, Any], figures: Figures) -> list[str]:
    total = str(ev.get("total", ""))
    share_low = ev.get("share_at_least")
    count, window_rate = ev["window_count_at_least"], ev["window_rate_per_day"]
    average, ratio = ev["average_rate_per_day"], ev.get("ratio")
    window_days = ev.get("window_days") or 1
    lines = []
    bounds = _rounding(total, figures) if total else None
    if bounds:
        lines.append(bounds)
    if _num(share_low) and share_low:
        total_low = count / share_low
        lines.append(
            f"'{ev.get('share', 'the share')}' is at least {people.number(share_low * 100)}%: "
            f"{people.number(share_low * 100)}% × {people.number(total_low)} = "
            f"{people.number(count)} in {ev.get('window', 'the window')} "
            f"({people.plural(window_days, 'day')})"
        )
    if window_days != 1:
        days = people.number(window_days)
        lines.append(f"{people.number(count)} ÷ {days} = {people.number(window_rate)} a day")
    period_days = ev.get("period_days")
    basis = str(ev.get("average_basis", ""))
    if _num(period_days) and basis.startswith("'"):
        total_high = average * period_days
        q = figures.get(total)
        if q is not None and q.value is not None:
            total_high = with_approx(printed(q), q.approx).high
        start = ev.get("period_start")
        since = f"from {people.day(start)}, " if isinstance(start, str) else ""
        lines.append(
            f"the average {ev.get('period', 'over the period')} "
            f"({since}{people.plural(period_days, 'day')}) is at most "
            f"{people.number(total_high)} ÷ {people.number(period_days)} = "
            f"{people.number(average)} a day"
        )
    else:
        lines.append(f"the average: {basis}, at most {people.number(average)} a day")
    if _num(ratio):
        threshold = ev.get("threshold")
        limit = f"; {people.number(threshold)} × or more is implausible" if threshold else ""
        lines.append(
            f"{people.number(window_rate)} ÷ {people.number(average)} = "
            f"{people.number(ratio)} × the average{limit}"
        )
    return lines


def _unit_key(ev: dict[str, Any], prefix: str) -> tuple[str, Any] | None:
    """``reference_km2: [20735, 20779]`` -> ("km2", [20735, 20779]): a number or a range."""
    for key, v in ev.items():
        own = key.startswith(prefix + "_") and not key.startswith(prefix + "_range")
        if own and (_num(v) or _pair(v)):
            return key[len(prefix) + 1 :], v
    return None


def comparison(ev: dict[str, Any], figures: Figures) -> list[str]:
    """ "3 × Wales (20,779 km²) = 62,337 km²; the article says 2,300 sq mi = 5,957 km²"."""
    reference = _unit_key(ev, "reference")
    implied = _unit_key(ev, "implied")
    stated = _unit_key(ev, "stated")
    if reference is None or implied is None or _pair(reference[1]) is None:
        return []
    unit = people.unit(
        {"km2": "kilometer**2", "m2": "meter**2", "m3": "meter**3"}.get(reference[0], reference[0])
    )
    ref_low, ref_high = _pair(reference[1])  # type: ignore[misc]
    mult, name = ev["multiplier"], ev["reference"]

    def u(x: float) -> str:
        return people.with_unit(people.number(x), unit)

    lines = [f"{people.number(mult)} × {name} ({u(ref_high)}) = {u(mult * ref_high)}"]
    span = _pair(implied[1])
    if span and span[0] != span[1]:
        spread = f"{name} {people.number(ref_low)}–{u(ref_high)}" if ref_low != ref_high else name
        lines.append(
            f"allowing for the rounding of the multiple and for {spread}: "
            f"{people.number(span[0])}–{u(span[1])}"
        )
    if stated is not None and _num(stated[1]):
        text = ev.get("stated_text") or ev.get("stated")
        ratio = ev.get("ratio")
        line = f"the article says {text} = {u(stated[1])}" if text else f"stated: {u(stated[1])}"
        if _num(ratio):
            line += f", {people.times(ratio)} {name}"
            words = people.fraction_words(ratio) if ratio < 1 else None
            if words:
                line += f" (about {words} of it)"
        lines.append(line)
    apart, slack = ev.get("times_apart"), ev.get("slack")
    if _num(apart):
        tail = f"; more than {people.number(slack)} × apart is an error" if _num(slack) else ""
        lines.append(f"even at their closest the two are {people.number(apart)} × apart{tail}")
    return lines


def conversion(ev: dict[str, Any], figures: Figures) -> list[str]:
    stated, printed_text = str(ev["stated"]), str(ev["conversion"])
    expected, shown = _pair(ev["expected_range"]), _pair(ev["printed_range"])
    if expected is None or shown is None:
        return []
    q = figures.get(printed_text)
    unit: Any = ev.get("unit") or (q.unit if q else None)
    if ev.get("currencies"):
        unit = ev["currencies"][1]
    lines = []
    low_high = _pair(ev.get("stated_range"))
    source = figures.get(stated)
    if low_high and source is not None and source.unit:
        lines.append(f"'{stated}' is {_span(*low_high, source.unit, None)} (allowing for rounding)")
    rate, basis = _pair(ev.get("rate")), ev.get("rate_basis")
    if rate and ev.get("currencies"):
        src, dst = ev["currencies"]
        rates = people.number(rate[0]) if rate[0] == rate[1] else f"{rate[0]:g}–{rate[1]:g}"
        lines.append(
            f"1 {src} = {rates} {dst} ({basis}), plus {people.number(ev.get('drift', 0) * 100)}% drift"
        )
    lines.append(f"converted: {_span(*expected, unit, None)}")
    lines.append(f"the article says '{printed_text}': {_span(*shown, unit, None)}")
    ratio = ev.get("ratio")
    if _num(ratio) and "degree" not in str(unit):  # a ratio of kelvins means nothing to people
        lines.append(f"the printed conversion is {people.times(ratio)} what it should be")
    return lines


Recipe = Callable[[dict[str, Any], Figures], list[str]]
RECIPES: list[tuple[frozenset[str], Recipe]] = [
    (frozenset({"first", "restated", "first_range", "restated_range"}), restatement),
    (frozenset({"part", "whole", "part_at_least", "whole_at_most"}), part_whole),
    (frozenset({"shares", "sum", "sum_at_least", "limit"}), shares),
    (frozenset({"share", "share_at_least", "limit"}), share_over_whole),
    (
        frozenset({"window_count_at_least", "window_rate_per_day", "average_rate_per_day"}),
        rate,
    ),
    (frozenset({"multiplier", "reference", "times_apart"}), comparison),
    (frozenset({"stated", "conversion", "expected_range", "printed_range"}), conversion),
]


def from_shape(evidence: dict[str, Any], figures: Figures) -> list[str]:
    """The worked sum of the first recipe whose keys the evidence has; [] when none fits."""
    for keys, recipe in RECIPES:
        if keys <= evidence.keys():
            try:
                return recipe(evidence, figures)
            except (KeyError, TypeError, ValueError, ZeroDivisionError):
                return []  # an evidence shape we only half know: show the labelled values
    return []
