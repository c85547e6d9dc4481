"""NUM002 on the measurements layer: one measure given two values anywhere in the article.

The layer groups mentions by what they measure (``Measurements.groups``) and says whether two
mentions are one measure (``Measurements.agreement``: no other owner, place or time, no word
that makes either another thing). A restatement needs more:

- the two mentions sit in different sentences, and the later one points back ("the £9.1m
  scheme", "the 820 patients who ...", not "a £9.1m scheme");
- the mentions judged one measure with both hold exactly the two values (three values for
  "the scheme" mean several schemes, or a story of revisions);
- no mention of the measure carries a contrast word, and no change in the article ("has since
  risen to £70m") lands on either value: the article itself tells of two values;
- the concept is strong (the same thing labelled, the same event, the same counted noun with
  the same event verb), or, for the commonest slip of all, the two values are the same digits
  transposed ("230" and "320", "£26m" and "£62m") and the concepts are alike more loosely: the
  same counted noun without a verb, people of any kind, the same class of thing.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import Interval
from newslint.measurements import Measurement, Measurements
from newslint.measurements.table import loose_concept, transposition_key
from newslint.rules.registry import Flag, Verified
from newslint.rules.restatement_sums import restatement_checks, restatement_flag

MAX_GROUP = 12  # mentions of one measure compared pairwise at most (a story rarely has more)


def restatement_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    measurements = analysis.measurements
    changes = [m for m in measurements if m.role == "change"]
    flagged: set[int] = set()
    for members in measurements.groups(["total"]).values():
        if not 2 <= len(members) <= MAX_GROUP:
            continue
        for a, b in itertools.combinations(members, 2):
            flag = _pair_flag(measurements, a, b, members, changes, strong=True)
            if flag:
                flagged.update((a.index, b.index))
                yield flag
                break
    for a, b, members in _transposed_pairs(measurements):
        if a.index in flagged or b.index in flagged:
            continue
        flag = _pair_flag(measurements, a, b, members, changes, strong=False)
        if flag:
            flagged.update((a.index, b.index))
            yield flag
    groups = measurements.groups(["total"]).values()
    yield from restatement_checks(measurements, groups, flagged, MAX_GROUP)


def _pair_flag(
    measurements: Measurements,
    a: Measurement,
    b: Measurement,
    members: list[Measurement],
    changes: list[Measurement],
    *,
    strong: bool,
) -> Flag | None:
    earlier, later = sorted((a, b), key=lambda m: m.start)
    if earlier.sentence == later.sentence or earlier.value_range().overlaps(later.value_range()):
        return None
    reading = later.reading
    if reading is None or (reading.relation in ("label", "count") and not reading.definite):
        return None
    if strong and reading.relation == "count" and reading.verb is None:
        return None
    said_first = earlier.reading
    if (
        not strong
        and said_first is not None
        and said_first.verb
        and reading.verb
        and said_first.verb != reading.verb
    ):
        return None  # "12 people killed" ... "the 21 people injured": two events
    agreement = measurements.agreement(earlier, later, concept=strong)
    if not agreement:
        return None
    # the mentions that are one measure with both must hold only these two values
    # ("690 affordable homes" is a part, not a third value for "2,750 homes")
    alike = [
        m
        for m in members
        if m.index not in (a.index, b.index)
        and _same_qualifiers(m, earlier, later)
        and (strong or _same_noun(m, earlier, later))
        and measurements.agreement(m, earlier, concept=strong)
        and measurements.agreement(m, later, concept=strong)
    ]
    clusters = _clusters([earlier, later, *alike])
    if len(clusters) != 2 or _told_as_two([earlier, later, *alike], changes):
        return None
    first, second = clusters
    odd, usual = (first, second) if len(first) < len(second) else (second, first)
    odd_one, usual_one = odd[0], usual[0]
    why = agreement.why if strong else f"{agreement.why}; the same digits transposed"
    return restatement_flag(
        earlier, later, odd_one, usual_one, reading.words, f"{reading.relation}:{reading.key}", why
    )


def _same_noun(m: Measurement, *pair: Measurement) -> bool:
    """For the looser concept, a third value counts only from a mention of the same thing
    ("180,000 people" in the sector is not a third value for "3,500 employees")."""
    mine = m.reading
    return mine is not None and any(
        p.reading is not None and (p.reading.noun or p.reading.key) == (mine.noun or mine.key)
        for p in pair
    )


def _same_qualifiers(m: Measurement, *pair: Measurement) -> bool:
    mine = m.reading.qualifiers if m.reading else frozenset()
    return any(mine == (p.reading.qualifiers if p.reading else frozenset()) for p in pair)


def _clusters(members: list[Measurement]) -> list[list[Measurement]]:
    """Mentions whose printed ranges meet, chained; in the order of first mention."""
    clusters: list[list[Measurement]] = []
    for m in sorted(members, key=lambda m: m.start):
        r = m.value_range()
        home = [c for c in clusters if any(r.overlaps(o.value_range()) for o in c)]
        merged = [m]
        for c in home:
            merged += c
            clusters.remove(c)
        clusters.append(sorted(merged, key=lambda x: x.start))
    return sorted(clusters, key=lambda c: c[0].start)


def _told_as_two(members: list[Measurement], changes: list[Measurement]) -> bool:
    """The article itself tells of two values: a mention carries a contrast word ("originally
    expected to cost"), or a change ("has since risen to £70m") lands on one of the values."""
    if any(m.reading is not None and m.reading.contrast for m in members):
        return True
    q0 = members[0].quantity
    values = [m.value_range() for m in members]
    for change in changes:
        q = change.quantity
        if (q.dimension, q.currency) != (q0.dimension, q0.currency):
            continue
        factor = (q.si_value / q.value) if q.si_value and q.value else 1.0
        for x in (q.value, q.low, q.high):
            if x is not None and any(
                r.overlaps(Interval(x * factor * 0.98, x * factor * 1.02)) for r in values
            ):
                return True
    return False


# -- transposed digits ---------------------------------------------------------------------


def _transposed_pairs(
    measurements: Measurements,
) -> Iterator[tuple[Measurement, Measurement, list[Measurement]]]:
    """Pairs of read figures of one loose concept whose printed digits are the same digits in
    another order ("2,750" / "2,570"), with the mentions of that concept. Bucketed by the
    sorted digits, so the pairs come without comparing every figure with every other."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    loose: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        concept = loose_concept(m)
        if m.role != "total" or concept is None:
            continue
        q = m.quantity
        loose[(q.dimension, q.currency, concept)].append(m)
        key = transposition_key(m)
        if key is not None:
            buckets[(concept, *key)].append(m)
    for members in buckets.values():
        for a, b in itertools.combinations(members[:MAX_GROUP], 2):
            if a.quantity.value != b.quantity.value:
                q = a.quantity
                yield a, b, loose[(q.dimension, q.currency, loose_concept(a))][:MAX_GROUP]
