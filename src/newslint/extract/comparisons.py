"""What a comparison implies: "three times the size of Wales" -> 62,205-62,337 km2 (in m2).

Runs after quantity extraction; fills ``implied_low``/``implied_high`` (SI units) from the
shipped reference table (``newslint.reference``) as multiplier x the reference's value range.
A comparison whose reference is not in the table keeps ``None``: it cannot be checked.
"""

from __future__ import annotations

from newslint.reference import lookup
from newslint.report.model import Quantity


def resolve_comparisons(quantities: list[Quantity]) -> list[Quantity]:
    return [_resolved(q) for q in _with_fractions(quantities)]


def _with_fractions(quantities: list[Quantity]) -> list[Quantity]:
    """'a third the size of Wales': a fraction read on its own becomes the multiplier."""
    merged: list[Quantity] = []
    for q in quantities:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and q.kind == "comparison"
            and q.multiplier in (None, 1.0)
            and prev.kind == "vague"
            and prev.value is not None
            and 0 < prev.value < 1
            and 0 <= q.start - prev.end <= 1
        ):
            merged[-1] = q.model_copy(
                update={
                    "start": prev.start,
                    "text": prev.text + " " * (q.start - prev.end) + q.text,
                    "multiplier": prev.value,
                    "value": prev.value,
                    "approx": prev.approx if prev.approx != "=" else q.approx,
                }
            )
            continue
        merged.append(q)
    return merged


def _resolved(q: Quantity) -> Quantity:
    if q.kind != "comparison" or not q.reference or q.implied_low is not None:
        return q
    ref = lookup(q.reference, q.dimension) or (lookup(q.reference) if not q.dimension else None)
    if ref is None:
        return q
    multiplier = q.multiplier if q.multiplier is not None else 1.0
    return q.model_copy(
        update={
            "implied_low": multiplier * ref.low,
            "implied_high": multiplier * ref.high,
            "dimension": q.dimension or ref.dimension,
        }
    )
