"""NUM002 on the measurements layer: one measure given two values anywhere in the article.

The layer groups mentions by what they measure (``Measurements.groups``) and says whether two
mentions are one measure (``Measurements.agreement``). This module adds what a restatement
needs on top:

- the group's values fall in exactly two clusters (three values for "the scheme" mean several
  schemes, or a story of revisions);
- no mention of the group carries a contrast word, and no change in the article ("has since
  risen to £70m") ends on one of the two values: the article itself tells of two values;
- a label restated points back ("the £9.1m scheme", not "a £9.1m scheme"); a count restated
  does too ("the 820 patients who ...") and names the event that counts it (waited, inspected);
- the two mentions sit in different sentences.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, sig
from newslint.measurements import Measurement, Measurements
from newslint.rules.registry import Flag

MAX_GROUP = 12  # mentions of one measure compared pairwise at most (a story rarely has more)


def restatement_flags(analysis: Analysis) -> Iterator[Flag]:
    measurements = analysis.measurements
    changes = [m for m in measurements if m.role == "change"]
    for (_concept, dimension, currency), members in measurements.groups(["total"]).items():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        clusters = _clusters(members)
        if len(clusters) != 2:
            continue
        if any(m.reading is not None and m.reading.contrast for m in members):
            continue
        if _told_as_change(clusters, changes, dimension, currency):
            continue
        flag = _flag(measurements, clusters)
        if flag:
            yield flag


def _clusters(members: list[Measurement]) -> list[list[Measurement]]:
    """Mentions whose printed ranges meet, chained; in the order of first mention."""
    clusters: list[list[Measurement]] = []
    for m in sorted(members, key=lambda m: m.start):
        r = m.value_range()
        home = [c for c in clusters if any(r.overlaps(o.value_range()) for o in c)]
        if not home:
            clusters.append([m])
            continue
        merged = [m]
        for c in home:
            merged += c
            clusters.remove(c)
        clusters.append(sorted(merged, key=lambda x: x.start))
    return sorted(clusters, key=lambda c: c[0].start)


def _told_as_change(
    clusters: list[list[Measurement]],
    changes: list[Measurement],
    dimension: str,
    currency: str | None,
) -> bool:
    """'The cost has since risen to £70m': a change in the article lands on one of the values."""
    values = [m.value_range() for c in clusters for m in c]
    for change in changes:
        q = change.quantity
        if (q.dimension or "", q.currency) != (dimension, currency):
            continue
        ends = [x for x in (q.value, q.low, q.high) if x is not None]
        factor = (q.si_value / q.value) if q.si_value and q.value else 1.0
        if any(
            r.overlaps(Interval(x * factor * 0.98, x * factor * 1.02)) for r in values for x in ends
        ):
            return True
    return False


def _flag(measurements: Measurements, clusters: list[list[Measurement]]) -> Flag | None:
    first_cluster, second_cluster = clusters
    # the odd one out: the value printed fewer times; on a tie, the later one
    if len(first_cluster) < len(second_cluster):
        odd, usual = first_cluster[0], second_cluster[0]
    else:
        odd, usual = second_cluster[0], first_cluster[0]
    earlier, later = sorted((odd, usual), key=lambda m: m.start)
    if earlier.sentence == later.sentence:
        return None
    reading = later.reading
    if reading is None or (reading.relation in ("label", "count") and not reading.definite):
        return None
    if reading.relation == "count" and reading.verb is None:
        return None
    # every mention of one value must be one measure with every mention of the other
    for a in first_cluster:
        for b in second_cluster:
            if not measurements.agreement(a, b):
                return None
    agreement = measurements.agreement(earlier, later)
    r1, r2 = usual.value_range(), odd.value_range()
    unit = "SI" if odd.quantity.kind == "measure" else odd.quantity.currency or "count"
    return Flag(
        start=odd.start,
        end=odd.end,
        message=f"'{odd.text}' and '{usual.text}' give one measure ({reading.words}) two "
        "different values",
        related=((usual.start, usual.end),),
        evidence={
            "first": earlier.text,
            "restated": later.text,
            "odd_one_out": odd.text,
            "concept": f"{reading.relation}:{reading.key}",
            "why": agreement.why,
            "first_range": earlier.value_range().rounded(),
            "restated_range": later.value_range().rounded(),
            "unit": unit,
            "ratio": sig(r2.mid / r1.mid, 3) if r1.mid and r2.high != float("inf") else None,
        },
    )
