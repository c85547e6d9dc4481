"""NUM002's message, evidence and worked sum, written once from the same ranges; and the
restatements that agree, as checks that passed.

The two mentions' ranges are given in the units people use, both in the unit the larger one
needs ("5,245–6,695 km²" and "8,158–8,417 km²", never SI), money in its currency, counts bare;
the message, the evidence (``first_range``, ``restated_range``, ``range_unit``) and the
``working`` lines (``newslint.report.sums.restatement``) all read them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any

from newslint.arithmetic import Interval, printed, si_interval, sig
from newslint.measurements import Measurement, Measurements
from newslint.report import people, sums
from newslint.rules.registry import Flag, Verified


def shown_ranges(*mentions: Measurement) -> tuple[list[list[float]], str]:
    """Each mention's range in one unit for all, and that unit: a people's unit for a
    measure ("km²"), the currency for money ("GBP"), "count" for a count."""
    q = mentions[0].quantity
    ranges = [m.value_range() for m in mentions]
    if q.kind == "money":
        return [r.rounded() for r in ranges], q.currency or "count"
    if q.kind != "measure":
        return [r.rounded() for r in ranges], "count"
    top = max(abs(x) for r in ranges for x in (r.low, r.high) if math.isfinite(x))
    _, unit = people.in_people_units(top, q.dimension)
    if not unit:
        return [r.rounded() for r in ranges], "SI"
    return [
        [sig(people.in_unit(r.low, unit), 4), sig(_open(r.high, unit), 4)] for r in ranges
    ], unit


def _open(x: float, unit: str) -> float:
    return x if math.isinf(x) else people.in_unit(x, unit)


def _evidence(
    earlier: Measurement, later: Measurement, why: str, **extra: Any
) -> tuple[dict[str, Any], list[str]]:
    """The evidence of a pair and the two ranges as printed ("£2.35–2.45 million")."""
    (first, restated), unit = shown_ranges(earlier, later)
    r1, r2 = earlier.value_range(), later.value_range()
    evidence: dict[str, Any] = {
        "first": earlier.text,
        "restated": later.text,
        **extra,
        "why": why,
        "first_range": first,
        "restated_range": restated,
        "range_unit": unit,
        "dimension": earlier.quantity.dimension,
        # the later figure over the first, as the working says it
        "ratio": sig(r2.mid / r1.mid, 3) if r1.mid and math.isfinite(r1.high + r2.high) else None,
    }
    about = [m.text for m in (earlier, later) if m.quantity.approx == "~"]
    if about:
        evidence["widened_for_about"] = about
    dimension = earlier.quantity.dimension
    shown = [sums.figure_range(r[0], r[1], unit, dimension) for r in (first, restated)]
    return evidence, shown


def restatement_flag(
    earlier: Measurement,
    later: Measurement,
    odd: Measurement,
    usual: Measurement,
    words: str,
    concept: str,
    why: str,
) -> Flag | None:
    """The finding on ``odd``, the mention whose value the others do not share; None when the
    two differ only in sign ("Mining: -3,400" ... "the 3,400 jobs lost"): a fall told once as
    a signed figure and once in words is one value."""
    if _sign_only(earlier, later):
        return None
    hint = people.transposed(odd.text, usual.text)
    fix = {"likely_fix": hint} if hint else {}
    evidence, (first, restated) = _evidence(
        earlier, later, why, odd_one_out=odd.text, concept=concept, **fix
    )
    odd_shown, usual_shown = (restated, first) if odd is later else (first, restated)
    evidence["working"] = sums.restatement(evidence, {})
    return Flag(
        start=odd.start,
        end=odd.end,
        message=f"'{odd.text}' and '{usual.text}' give one measure ({words}) two different "
        f"values: {odd_shown} and {usual_shown}" + (f" ({hint})" if hint else ""),
        related=((usual.start, usual.end),),
        evidence=evidence,
    )


def _sign_only(a: Measurement, b: Measurement) -> bool:
    x, y = a.value_range(), b.value_range()
    return (x.low < 0) != (y.low < 0) and Interval(-x.high, -x.low).overlaps(y)


def restatement_checks(
    measurements: Measurements,
    groups: Iterable[list[Measurement]],
    flagged: set[int],
    max_group: int,
) -> Iterator[Verified]:
    """For each measure given more than once, with no finding on it: the first restatement
    that points back to it ("the £2.4m scheme") and agrees within its printed rounding, as a
    check that passed. The same tests of one measure as a finding's, apart from the values."""
    for members in groups:
        if not 2 <= len(members) <= max_group or any(m.index in flagged for m in members):
            continue
        first = members[0]
        for later in members[1:]:
            reading = later.reading
            if (
                later.sentence == first.sentence
                or reading is None
                or not reading.definite
                or (reading.relation == "count" and reading.verb is None)
                or not _same_printed_value(first, later)
                or any(m.reading is not None and m.reading.contrast for m in (first, later))
            ):
                continue
            agreement = measurements.agreement(first, later)
            if agreement:
                yield _agrees(first, later, reading.words, agreement.why)
                break


def _same_printed_value(a: Measurement, b: Measurement) -> bool:
    """A check that passed claims more than a silent rule: both figures closed ("more than
    300,000" bounds a measure, it does not restate it) and their printed rounding ranges
    meet without the 10% that "about" adds ("$204.9m" ... "about $212m" is not verified)."""
    if any(m.quantity.approx not in ("=", "~") for m in (a, b)):
        return False
    return _printed(a).overlaps(_printed(b))


def _printed(m: Measurement) -> Interval:
    q = m.quantity
    return si_interval(q) if q.kind in ("measure", "money") else printed(q)


def _agrees(first: Measurement, later: Measurement, words: str, why: str) -> Verified:
    evidence, (a, b) = _evidence(first, later, why, agree=True)
    evidence["working"] = sums.restatement(evidence, {})
    same = a == b
    return Verified(
        start=later.start,
        end=later.end,
        message=f"'{first.text}' and '{later.text}' agree: one measure ({words}), "
        + (a if same else f"{a} and {b}"),
        related=((first.start, first.end),),
        evidence=evidence,
    )
