"""NUM005's arithmetic: the rate a window's share of a cumulative total implies.

A total is a figure counted over a period ("52,000 parcels since it was set up in 2019", "£3.4m
since 2010"). A window share puts part of it in a short window ("most of them over the
weekend", "more than half of it in the past 24 hours"), in the same sentence, in the next one
("... since 2019. Most of them came in the past week."), or anywhere when it names the total's
noun ("Nearly all of the provider's homes were delivered in the past six months") or the total
itself ("more than half of the total"). The window's rate is compared with the total's average
rate: the highest of the averages the article states for the same thing ("about 40 parcels a
day", "averages about 150 missions a year", "roughly once a month, usually carrying 30 to 40"),
else the total over its period (when the period's start and the publication date are known).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.arithmetic import printed, sig, with_approx
from newslint.intervals import Intervals
from newslint.report.model import Quantity
from newslint.rules.conversions import as_rounded
from newslint.rules.rate_averages import Rate, Rates, rates_for, stated_rates
from newslint.rules.rate_levels import level_for, level_totals
from newslint.rules.rate_links import (
    begun_periods,
    grown_periods,
)
from newslint.rules.rate_sums import rate_sum
from newslint.rules.rate_totals import Total, period_totals, total_for
from newslint.rules.rate_wholes import shares_naming_totals
from newslint.rules.rate_window_shares import (
    AMOUNT_GATE,
    SHARE,
    WindowShare,
    as_share,
    window_amounts,
    window_shares,
)
from newslint.rules.rate_windows import (
    is_period,
    is_window,
    more_windows,
    outside,
    own_spans,
    participle_at,
    rough_spans,
    so_far_periods,
)
from newslint.rules.registry import Flag, Verified

RATE_RATIO = 8.0  # the window's rate must be at least 8x the average to be implausible


def implausible_rate_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    """NUM005's findings, and a ``Verified`` record for each window share whose rate the
    total's average makes plausible."""
    text = analysis.text
    if not SHARE.search(text) and not AMOUNT_GATE.search(text):
        return
    times = analysis.time_expressions
    periods = [t for t in times if is_period(t)]
    timed = Intervals((t.start, t.end) for t in times)
    published = analysis.article.published
    extra = [
        *so_far_periods(text),
        *rough_spans(text),
        *own_spans(text),
        *begun_periods(text, analysis.sentences, published, participle_at(analysis)),
        *grown_periods(analysis, published),
    ]
    periods += [s for s in extra if not timed.holds(s.start)]
    periods.sort(key=lambda t: t.start)
    starts = [s.start for s in analysis.sentences]
    rates = stated_rates(analysis, starts)
    # a figure the article states per day or week is a rate, never a cumulative total
    per_period = {id(r.quantity) for r in rates}
    totals = period_totals(analysis, periods, starts, per_period)
    levels = level_totals(analysis, periods, totals, per_period, participle_at(analysis))
    if not totals and not levels:
        return
    taken = {t.period.start for t in totals}
    windows = [t for t in times if is_window(t, text) and t.start not in taken]
    windows += [s for s in more_windows(text, published) if not timed.holds(s.start)]
    windows.sort(key=lambda t: t.start)
    if not windows:
        return
    shares = [
        *window_shares(analysis, windows, starts),
        *window_amounts(analysis, windows, starts),
    ]
    for share in shares:
        linked = total_for(analysis, share, totals)
        if linked is None and levels:  # a running level, counted from the article's one start
            linked = total_for(analysis, share, levels) or level_for(analysis, share, levels)
        if linked is None:
            continue
        total, how = linked
        if share.amount is not None:
            of_total = as_share(share, share.amount, total.quantity)
            if of_total is None:
                continue
            share = of_total
        flag = _rate_flag(analysis, total, share, how, rates)
        if flag:
            yield flag
    seen = {s.start for s in shares}
    for share, total, how in shares_naming_totals(analysis, windows, totals, starts):
        if share.start not in seen and (flag := _rate_flag(analysis, total, share, how, rates)):
            yield flag


# -- the finding -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The average a window's rate is compared with: a stated ``rate``, or the total over its
    period (``rate`` None); ``high`` over ``days`` is ``per_day``."""

    per_day: float
    basis: str
    rate: Rate | None
    high: float
    days: float


def _baseline(analysis: Analysis, total: Total, rates: Rates) -> Baseline | None:
    """The average to compare with: the highest average the article states for the same thing
    (the total's own average is inflated by the very window in question), else the total over
    its period when the period has a length (a known start and publication date)."""
    stated = [
        Baseline(r.per_day, r.basis, r, r.high, r.days) for r in rates_for(analysis, total, rates)
    ]
    if stated:
        return max(stated, key=lambda b: b.per_day)
    period = total.period
    if not period.days:
        return None
    value = _as_printed(total.quantity)
    days = max(period.days, 1.0)
    basis = f"'{total.quantity.text}' over {days:g} days ({period.text})"
    return Baseline(value / days, basis, None, value, days)


def _as_printed(q: Quantity) -> float:
    """The figure as printed (a range's middle): one total in both the window's count and the
    period's average, so whatever it stands for cancels out of their ratio."""
    return printed(q).mid


def _rate_flag(
    analysis: Analysis, total: Total, share: WindowShare, how: str, rates: Rates
) -> Flag | Verified | None:
    q, period, window = total.quantity, total.period, share.window
    window_days = max(window.days or 1.0, 1.0)
    if period.days is not None and window_days >= period.days:
        return None
    if outside(window, period):
        return None  # "2,000 cars last year, most of them in the past week": not inside
    baseline = _baseline(analysis, total, rates)
    if baseline is None or baseline.per_day <= 0:
        return None
    if baseline.rate is None:
        # the window's part and the average are of the same total: share x period / window
        total_low = baseline.high
    else:  # a round total stands for at most 25% less ("some 1,000" is at least 750, not 500)
        total_low = with_approx(as_rounded(q, capped=True), q.approx).low
    window_count = share.low * total_low
    window_rate = window_count / window_days
    ratio = window_rate / baseline.per_day
    related = [(q.start, q.end), (period.start, period.end)]
    if baseline.rate is not None:
        related.append((baseline.rate.quantity.start, baseline.rate.quantity.end))
    evidence: dict[str, object] = {
        "total": q.text,
        "period": period.text,
        "period_days": period.days,
        "period_start": period.begin.isoformat() if period.begin else None,
        "window": window.text,
        "window_days": window_days,
        "share": share.phrase,
        "share_at_least": share.low,
        "linked": how,
        "window_count_at_least": sig(window_count, 6),
        "window_rate_per_day": sig(window_rate, 6),
        "average_rate_per_day": sig(baseline.per_day, 4),
        "average_basis": baseline.basis,
        "ratio": sig(ratio, 3),
        "threshold": RATE_RATIO,
    }
    if period.event:
        evidence["event"] = period.event
    if period.source:
        evidence["event_source" if period.event else "period_source"] = period.source
    implausible = ratio >= RATE_RATIO
    sums = rate_sum(total, share, baseline, total_low, evidence, implausible)
    evidence["working"] = sums.working
    said = f"'{share.phrase} ... {window.text}'"
    if implausible:
        claim = f"{said} means at least {sums.count} of '{q.text}'"
    else:
        claim = f"{said} fits '{q.text}': at least {sums.count}"
    record = Flag if implausible else Verified  # a plausible rate is a check that passed
    return record(
        start=share.start,
        end=window.end,
        message=f"{claim} in {sums.days}, {sums.ratio} × the average of {sums.average} a day",
        related=tuple(related),
        evidence=evidence,
    )
