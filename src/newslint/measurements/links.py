"""Links between measurements: the figure a comparison describes.

A comparison ("an area three times the size of Wales") is checked against the article's own
figure for the same measure: one in its sentence, or the one figure of the sentence before it,
or else any figure in the article that the layer judges one measure with it (the same event
verb or the same thing measured, no other owner, place or time) when all such figures agree
with each other. When they do not, there is no telling which the comparison describes.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.measurements.model import Measurement
from newslint.measurements.table import Measurements


@dataclass(frozen=True)
class Described:
    figures: list[Measurement]
    why: str


def figures_for(measurements: Measurements, comp: Measurement) -> Described | None:
    """The article's figures for the measure a comparison describes, and why they are it."""
    q = comp.quantity
    fits = [m for m in measurements if _fits(m, comp)]
    if not fits:
        return None
    same = [m for m in fits if m.sentence == comp.sentence]
    if same:
        return Described(same, "in the same sentence")
    before = [m for m in fits if m.sentence == comp.sentence - 1 and m.paragraph == comp.paragraph]
    if before:
        # one figure only: with two, we cannot tell which the comparison describes
        distinct = {round(m.value_range().mid, -3 if q.dimension == "area" else 0) for m in before}
        if len(before) == 1 or len(distinct) == 1:
            return Described(before, "in the sentence before, the only figure there")
        return None
    agreeing = []
    why = ""
    for m in fits:
        agreement = measurements.agreement(comp, m, strict=False)
        if agreement:
            agreeing.append(m)
            why = why or agreement.why
    if not agreeing:
        return None
    ranges = [m.value_range() for m in agreeing]
    if max(r.low for r in ranges) > min(r.high for r in ranges):
        return None  # the article's own figures disagree: which one is compared?
    return Described(agreeing, why)


def _fits(m: Measurement, comp: Measurement) -> bool:
    q, c = m.quantity, comp.quantity
    return (
        m.role == "total"
        and q.kind == "measure"
        and q.dimension == c.dimension
        and q.value is not None
        and q.si_value is not None
        and not (q.start >= c.start and q.end <= c.end)
    )
