"""The checks that passed, as ``Verified`` records with their working in plain English.

A rule yields one of these where it compared figures and found them consistent, so the report
can list what was verified ("5C = 41F", "$100m ≈ £86m at the ECB rate of 13 September 2022",
"2,300 square miles and 6,000 sq km agree"), not only what failed. Each function takes what the
rule already computed; the rule decides, this module only writes the record.
"""

from __future__ import annotations

from newslint.arithmetic import Interval, RateRange, is_temperature, si_factor, si_interval
from newslint.report import people
from newslint.report.model import Quantity
from newslint.rules.registry import Verified


def _in_unit(q: Quantity, si_value: float) -> float:
    """An SI value in ``q``'s own unit (°C, °F or a plain factor)."""
    if is_temperature(q):
        kelvin = si_value
        return (
            kelvin - 273.15
            if (q.unit or "").endswith("Celsius")
            else (kelvin - 273.15) * 9 / 5 + 32
        )
    return si_value / (si_factor(q) or 1.0)


def _shown(q: Quantity, value: float) -> str:
    return people.with_unit(people.number(float(f"{value:.4g}")), people.unit(q.unit))


def conversion_agrees(a: Quantity, b: Quantity) -> Verified:
    """ "30km (19-mile)": the printed conversion is within rounding of the figure."""
    si = a.si_value if a.si_value is not None else si_interval(a).mid
    converted = _in_unit(b, si)
    working = [
        f"{a.text} = {_shown(b, converted)}",
        f"the article says {b.text}: within the rounding of both figures",
    ]
    return Verified(
        start=a.start,
        end=b.end,
        message=f"'{a.text}' and '{b.text}' agree",
        related=((a.start, a.end), (b.start, b.end)),
        evidence={"stated": a.text, "conversion": b.text, "converted": sig4(converted),
                  "working": working},
    )  # fmt: skip


def money_agrees(a: Quantity, b: Quantity, rates: RateRange) -> Verified:
    """ "$100m (£86m)": within the ECB rates of the week before publication (or ever)."""
    amount = a.value if a.value is not None else si_interval(a).mid
    low, high = (float(f"{amount * r:.3g}") for r in (rates.low, rates.high))
    span = f"{rates.low:.4g}" if rates.low == rates.high else f"{rates.low:.4g}–{rates.high:.4g}"
    when = _rate_day(rates.basis)
    working = [
        f"1 {rates.source} = {span} {rates.target} ({rates.basis})",
        f"{people.money(amount, a.currency)} × {span} = "
        f"{people.money_range(low, high, b.currency)}",
        f"the article says {b.text}: it agrees, within rounding and the 4% a quoted rate may drift",
    ]
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
