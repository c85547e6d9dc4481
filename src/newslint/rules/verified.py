"""The checks that passed, as ``Verified`` records with their working in plain English.

A rule yields one of these where it compared figures and found them consistent, so the report
can list what was verified ("5C = 41F", "$100m ≈ £86m at the ECB rate of 13 September 2022",
"2,300 square miles and 6,000 sq km agree"), not only what failed. Each function takes what the
rule already computed; the rule decides, this module only writes the record.
"""

from __future__ import annotations

from newslint.arithmetic import MONEY_DRIFT, Interval, RateRange, si_factor, si_interval
from newslint.report import people
from newslint.report.model import Quantity
from newslint.rules.registry import Verified


def _shown(q: Quantity, value: float) -> str:
    return people.with_unit(people.number(float(f"{value:.4g}")), people.unit(q.unit))


def _range(interval: Interval, q: Quantity) -> str:
    return people.span(interval.low, interval.high, people.unit(q.unit))


def conversion_agrees(
    a: Quantity,
    b: Quantity,
    converted: float,
    difference: bool = False,
    other_way: tuple[Interval, Interval] | None = None,
) -> Verified:
    """ "30km (19-mile)": the printed conversion is within rounding of the figure. ``converted``
    is ``a``'s value in ``b``'s unit; ``other_way`` (``b`` converted back, and what ``a`` may be
    rounded from) when it was the conversion that held the source figure ("20 miles (35km)")."""
    how = " as a difference (no +32)" if difference else ""
    working = [f"{a.text}{how} = {_shown(b, converted)}"]
    if other_way is None:
        working.append(f"the article says {b.text}: within the rounding of both figures")
    else:
        back, rounding = other_way
        working.append(
            f"the other way, '{b.text}' converted back is {_range(back, a)}, within "
            f"{_range(rounding, a)}, what '{a.text}' may be rounded from"
        )
    return Verified(
        start=a.start,
        end=b.end,
        message=f"'{a.text}' and '{b.text}' agree",
        related=((a.start, a.end), (b.start, b.end)),
        evidence={"stated": a.text, "conversion": b.text, "converted": sig4(converted),
                  "working": working},
    )  # fmt: skip


def rate_span(rates: RateRange) -> str:
    """ "0.853–0.8752": the ECB rates a money conversion used."""
    return f"{rates.low:.4g}" if rates.low == rates.high else f"{rates.low:.4g}–{rates.high:.4g}"


def rate_line(rates: RateRange) -> str:
    """ "1 USD = 0.853–0.8752 GBP (ECB ...), plus 4% drift"."""
    return (
        f"1 {rates.source} = {rate_span(rates)} {rates.target} ({rates.basis}), "
        f"plus {people.number(MONEY_DRIFT * 100)}% drift"
    )


def money_agrees(
    a: Quantity, b: Quantity, rates: RateRange, other_way: tuple[Interval, Interval] | None = None
) -> Verified:
    """ "$100m (£86m)": within the ECB rates of the week before publication (or ever);
    ``other_way`` as for ``conversion_agrees``, in major units of the first currency."""
    amount = (a.value or 0.0) * (si_factor(a) or 1.0)
    low, high = (float(f"{amount * r:.3g}") for r in (rates.low, rates.high))
    span = rate_span(rates)
    when = _rate_day(rates.basis)
    working = [
        f"1 {rates.source} = {span} {rates.target} ({rates.basis})",
        f"{people.money(amount, rates.source)} × {span} = "
        f"{people.money_range(low, high, rates.target)}",
    ]
    if other_way is None:
        working.append(
            f"the article says {b.text}: it agrees, within rounding and the "
            f"{people.number(MONEY_DRIFT * 100)}% a quoted rate may drift"
        )
    else:
        back, rounding = other_way
        working.append(
            f"the other way, '{b.text}' converted back is "
            f"{people.money_span(back.low, back.high, rates.source)}, within "
            f"{people.money_span(rounding.low, rounding.high, rates.source)}, what '{a.text}' "
            "may be rounded from"
        )
    return Verified(
        start=a.start,
        end=b.end,
        message=f"'{a.text}' ≈ '{b.text}' at the ECB rate{when}",
        related=((a.start, a.end), (b.start, b.end)),
        evidence={"stated": a.text, "conversion": b.text, **rates.evidence(), "working": working},
    )


def _rate_day(basis: str) -> str:
    last = basis.rsplit("..", 1)[-1].strip()
    shown = people.day(last)
    return f" of {shown}" if shown != last else ""


def comparison_agrees(comp: Quantity, stated: Quantity, implied: Interval) -> Verified:
    """ "about a third the size of Wales" beside "2,300 square miles": the two fit."""
    dim = comp.dimension
    stated_si = stated.si_value if stated.si_value is not None else si_interval(stated).mid
    reference = comp.reference or "the reference"
    mid = ((comp.implied_low or 0) + (comp.implied_high or 0)) / 2 / (comp.multiplier or 1.0)
    working = [
        f"{multiple(comp.multiplier or 1.0, reference)} = "
        f"{people.measure_range(implied.low, implied.high, dim)} (allowing for rounding)",
        f"the article says {stated.text} = {people.measure(stated_si, dim)}"
        + (f", {multiple(float(f'{stated_si / mid:.2g}'), reference)}" if mid else ""),
    ]
    return Verified(
        start=comp.start,
        end=comp.end,
        message=f"'{comp.text}' fits '{stated.text}'",
        related=((stated.start, stated.end),),
        evidence={"comparison": comp.text, "stated": stated.text, "working": working},
    )


def part_within_whole(part: Quantity, whole: Quantity, share: float) -> Verified:
    """ "Of the 340 roads surveyed, 210 ...": the part is no larger than its whole."""
    working = [f"{part.text} of {whole.text} = {people.number(float(f'{share * 100:.3g}'))}%"]
    return Verified(
        start=min(part.start, whole.start),
        end=max(part.end, whole.end),
        message=f"the part '{part.text}' fits within its whole '{whole.text}'",
        related=((part.start, part.end), (whole.start, whole.end)),
        evidence={"part": part.text, "whole": whole.text, "working": working},
    )


def shares_within_whole(shares: list[Quantity], total: float) -> Verified:
    """ "45% said poor, 30% acceptable and 25% good": shares of one whole within 100%."""
    texts = [q.text for q in shares]
    working = [f"{' + '.join(texts)} = {people.number(total)}%, not more than 100%"]
    return Verified(
        start=shares[0].start,
        end=shares[-1].end,
        message=f"shares of one whole add up to {people.number(total)}%",
        related=tuple((q.start, q.end) for q in shares),
        evidence={"shares": texts, "sum": total, "working": working},
    )


def multiple(multiplier: float, reference: str) -> str:
    """ "3 × Wales", but "25 football pitches" (a count of things, not a multiple)."""
    if reference.endswith("s") and not reference[:1].isupper():
        return f"{people.number(multiplier)} {reference}"
    return f"{people.number(multiplier)} × {reference}"


def sig4(x: float) -> float:
    return float(f"{x:.4g}")
