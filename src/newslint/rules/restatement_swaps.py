"""NUM002's digit candidates: figures printed with the same digits in another order.

Bucketed by the sorted digits, so the pairs come without comparing every figure with every
other: the same digits transposed within one loose concept (``transposed_pairs``), and long
figures with two neighbouring digits swapped whatever nouns the parse found (``long_swaps``).
Split from ``restatements.py``, which judges them.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from newslint.measurements import Measurement, Measurements
from newslint.measurements.digits import printed_digits, transposition_key
from newslint.measurements.table import loose_concepts

MAX_GROUP = 12  # mentions of one measure compared pairwise at most (a story rarely has more)


def transposed_pairs(
    measurements: Measurements,
) -> Iterator[tuple[Measurement, Measurement, list[Measurement]]]:
    """Pairs of read figures of one loose concept whose printed digits are the same digits in
    another order ("2,750" / "2,570"), with the mentions of that concept. Bucketed by the
    sorted digits, so the pairs come without comparing every figure with every other."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    loose: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        if m.role != "total":
            continue
        q = m.quantity
        key = transposition_key(m)
        for concept in loose_concepts(m):
            loose[(q.dimension, q.currency, concept)].append(m)
            if key is not None:
                buckets[(concept, *key)].append(m)
    seen: set[tuple[int, int]] = set()
    for bucket, members in buckets.items():
        for a, b in itertools.combinations(members[:MAX_GROUP], 2):
            if a.quantity.value != b.quantity.value and (a.index, b.index) not in seen:
                seen.add((a.index, b.index))
                q = a.quantity
                yield a, b, loose[(q.dimension, q.currency, bucket[0])][:MAX_GROUP]


LONG_DIGITS = 4  # "176,846" and "176,486": one figure mistyped, whatever nouns the parse found

# money is printed to three digits at most ("$14.6 million"): three are as telling there
LONG_MONEY_DIGITS = 3


def long_swaps(measurements: Measurements) -> Iterator[tuple[Measurement, Measurement]]:
    """Pairs of totals printed with four or more digits that differ only by two neighbouring
    digits swapped, at the same magnitude and in the same unit: a coincidence is far less
    likely than a slip of the keyboard. Bucketed by the sorted digits."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        key = transposition_key(m) if m.role == "total" else None
        least = LONG_MONEY_DIGITS if m.quantity.kind == "money" else LONG_DIGITS
        if key is not None and len(printed_digits(m)) >= least:
            buckets[key].append(m)
    for members in buckets.values():
        for a, b in itertools.combinations(members[:MAX_GROUP], 2):
            if _neighbours_swapped(printed_digits(a), printed_digits(b)):
                yield a, b


def _neighbours_swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
