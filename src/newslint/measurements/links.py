"""Links between measurements: the figure a comparison describes.

A comparison ("an area three times the size of Wales") is checked against the article's own
figure for the same measure: one in its sentence, or the one figure of the sentence before it,
or else any figure in the article that the layer judges one measure with it (the same event
verb or the same thing measured, no other owner, place or time) when all such figures agree
with each other. When they do not, there is no telling which the comparison describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.measurements.lexicon import GENERIC_LABELS
from newslint.measurements.model import Measurement
from newslint.measurements.table import Measurements, same_key

# a figure that is the whole a share is taken of: "0.3 per cent of Lagos State's 3,577 sq km"
_WHOLE_OF_SHARE = re.compile(
    r"(?:per\s?cent|%|half|third|quarter|fifth|tenth|fraction|share|proportion)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*['’]s?\s+)?$"
)


@dataclass(frozen=True)
class Described:
    figures: list[Measurement]
    why: str


def figures_for(measurements: Measurements, comp: Measurement) -> Described | None:
    """The article's figures for the measure a comparison describes, and why they are it."""
    q = comp.quantity
    text = measurements.analysis.text
    fits = [m for m in measurements if _fits(m, comp, text)]
    same = [m for m in fits if m.sentence == comp.sentence]
    same += [m for m in measurements if _changed_by(m, comp)]
    if same:
        return Described(same, "in the same sentence")
    if not fits:
        return None
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
    if agreeing:
        if not _one_value(agreeing):
            return None  # the article's own figures disagree: which one is compared?
        return Described(agreeing, why)
    return _sole_figure(measurements, comp, fits)


def _one_value(figures: list[Measurement]) -> bool:
    ranges = [m.value_range() for m in figures]
    return max(r.low for r in ranges) <= min(r.high for r in ranges)


def _sole_figure(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'The zone is about three times the size of the Auckland region' with no reading that
    ties it to a figure: when the article gives one value only for that dimension, and nothing
    says the two are different things, that value is what the comparison describes."""
    if not _one_value(fits):
        return None
    why = ""
    for m in fits:
        agreement = measurements.agreement(comp, m, strict=False, concept=False)
        if _different_things(comp, m) or not agreement:
            return None
        why = why or agreement.why
    unit = {"area": "area", "volume": "volume", "length": "length"}.get(
        comp.quantity.dimension or "", "such"
    )
    return Described(fits, f"the article's only {unit} figure (one value); {why}")


def _different_things(a: Measurement, b: Measurement) -> bool:
    """Both read, as two labels of different things or as different relations ("the lake"
    against "the park covers", "the country" against "occupied")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None:
        return False
    if ra.relation != rb.relation:
        return True
    return not same_key(ra.key, rb.key, ra.relation) and not GENERIC_LABELS & {ra.key, rb.key}


def _changed_by(m: Measurement, comp: Measurement) -> bool:
    """'lost about 2.5 billion gallons ..., enough to fill 38,000 pools': in one sentence, an
    amount of change is the figure a comparison describes (a level reached is not)."""
    q = m.quantity
    return (
        m.role == "change"
        and m.sentence == comp.sentence
        and (q.change is not None or q.direction is not None)
        and q.low is None
        and q.kind == "measure"
        and q.dimension == comp.quantity.dimension
        and m.per == comp.per
        and q.si_value is not None
    )


def _fits(m: Measurement, comp: Measurement, text: str) -> bool:
    q, c = m.quantity, comp.quantity
    return (
        m.role in ("total", "rate")
        and m.per == comp.per  # "each year" is not compared with "every day"
        and not _WHOLE_OF_SHARE.search(text, max(0, q.start - 60), q.start)
        and q.kind == "measure"
        and q.dimension == c.dimension
        and q.value is not None
        and q.si_value is not None
        and not (q.start >= c.start and q.end <= c.end)
    )
