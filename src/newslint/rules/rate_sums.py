"""NUM005's worked sum and the figures of its message, written once from the same numbers.

The message ("at least 26,500 of '53,000' in 1 day, 101 × the average of 262.4 a day") and
the ``working`` lines the report shows are made here from the rule's own intervals, in the
units people use (``newslint.report.people``), so a reader's hand arithmetic, the sum and the
message agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import printed, si_factor, sig, with_approx
from newslint.report import people
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.rules.rate_totals import Total
    from newslint.rules.rate_window_shares import WindowShare
    from newslint.rules.rates import Baseline


@dataclass(frozen=True)
class RateSum:
    count: str  # "26,250", "£1.2 million": the least the window holds
    days: str  # "1 day", "2 days"
    average: str  # "262.4": the average per day
    ratio: str  # "99.1": the window's rate over the average
    working: list[str]


def amount(q: Quantity, x: float) -> str:
    """A figure in the total's own terms: a count, money with its sign, a measure's unit."""
    if q.kind == "money":
        return people.money(x * (si_factor(q) or 1.0), q.currency)
    if q.kind == "measure":
        return people.with_unit(people.number(x), people.unit(q.unit))
    return people.number(x)


def _why(q: Quantity, total_low: float) -> str:
    why = "rounding and 'about'" if q.approx == "~" else "rounding"
    if total_low > with_approx(printed(q), q.approx).low:
        why += "; a round figure stands for at most a quarter less"
    return why


def rate_sum(
    total: Total,
    share: WindowShare,
    baseline: Baseline,
    total_low: float,
    evidence: dict[str, object],
    implausible: bool,
) -> RateSum:
    """The sum behind NUM005's verdict, from the numbers in ``evidence`` (the rule's own)."""
    q, period, window = total.quantity, total.period, share.window

    def figure(key: str) -> float:
        value = evidence[key]
        assert isinstance(value, (int, float))
        return float(value)

    count, rate, average = (
        figure(k) for k in ("window_count_at_least", "window_rate_per_day", "average_rate_per_day")
    )
    ratio, window_days, threshold = (figure(k) for k in ("ratio", "window_days", "threshold"))
    percent = people.number(sig(share.low * 100, 3))
    days = people.plural(window_days, "day")
    lines = []
    if baseline.rate is None:  # one figure in the window's count and in the average
        lines.append(
            f"'{q.text}' is taken as {amount(q, total_low)} in both the window's part and the "
            "average: they are of one total, so its rounding cancels out of their ratio"
        )
    else:
        lines.append(f"'{q.text}' is at least {amount(q, total_low)} ({_why(q, total_low)})")
    lines.append(
        f"'{share.phrase}' is at least {percent}%: {percent}% × {amount(q, total_low)} = "
        f"{amount(q, count)} in {window.text} ({days})"
    )
    if window_days != 1:
        per_day = f"{people.number(window_days)} = {amount(q, rate)} a day"
        lines.append(f"{amount(q, count)} ÷ {per_day}")
    if baseline.rate is None:
        since = f"from {people.day(period.begin.isoformat())}, " if period.begin else ""
        lines.append(
            f"the average {period.text} ({since}{people.plural(baseline.days, 'day')}) is "
            f"{amount(q, baseline.high)} ÷ {people.number(baseline.days)} = "
            f"{amount(q, average)} a day"
        )
    else:
        stated = baseline.rate.quantity
        basis = baseline.basis.removeprefix("stated average ").replace("' x '", "' × '")
        per = f"{amount(q, baseline.high)} ÷ {people.number(baseline.days)} = "
        lines.append(
            f"the average the article gives, {basis}, is at most "
            f"{per if baseline.days != 1 else ''}{amount(q, average)} a day "
            f"({'rounding and ' + repr('about') if stated.approx == '~' else 'rounding'})"
        )
    verdict = (
        f"{people.number(threshold)} × or more is implausible"
        if implausible
        else f"under {people.number(threshold)} ×: plausible"
    )
    lines.append(
        f"{amount(q, rate)} ÷ {amount(q, average)} = {people.number(ratio)} × the average; "
        + verdict
    )
    return RateSum(amount(q, count), days, amount(q, average), people.number(ratio), lines)
