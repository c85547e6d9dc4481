"""NUM002's loosest link, held by the strictest guards: the same digits in another order.

"About 1.2 million customers were without power" ... "all of the 2.1 million homes and
businesses that lost power": the nouns differ, the lexicon knows no class for both, yet a
reader sees one figure given twice with its digits swapped. A pair is taken when

- the two are totals of one dimension and currency, at one magnitude, printed with the same
  digits in another order, in different sentences (``transposition_key``);
- the words of their own clauses share a content word (``Measurement.frame``: "power"), or the
  parse read one concept for both;
- the later one points back ("the", "its", "all of the") or the first is the headline;

and kept only when nothing in the article explains two values: the layer finds no other
owner, place or time and no contrast word (``Measurements.agreement``), no change or running
total lands on either (``told_as_two``), the parse did not read two different events or two
different named things, and neither value is printed elsewhere in the article (a value given
twice is a figure of its own, not a slip).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.measurements import Measurement, Measurements
from newslint.measurements.lexicon import DEFINITE_WORDS, GENERIC_LABELS, NOUN_CLASSES
from newslint.measurements.table import (
    MEASURED,
    in_headline,
    loose_concepts,
    one_digit_keys,
    same_people,
    transposition_key,
)

MAX_BUCKET = 12


def slip_pairs(measurements: Measurements) -> Iterator[tuple[Measurement, Measurement, Link]]:
    """(earlier, later, why the two are one thing) for each pair that passes the link and the
    pointing back; the caller's guards decide the rest. Bucketed by the sorted digits (a
    transposition) and by the digits with one place blanked (one digit mistyped)."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        if m.role != "total" or m.quantity.dimension not in MEASURED:
            continue  # ages and durations are DAT002's and NUM006's
        key = transposition_key(m)
        if key is not None:
            buckets[("swap", *key)].append(m)
        for key in one_digit_keys(m):
            buckets[("typo", *key)].append(m)
    seen: set[tuple[int, int]] = set()
    text = measurements.analysis.text
    measures = Counter(
        m.quantity.dimension
        for m in measurements
        if m.quantity.kind == "measure" and m.role not in ("conversion", "comparison")
    )
    for bucket, members in buckets.items():
        for a, b in itertools.combinations(members[:MAX_BUCKET], 2):
            earlier, later = sorted((a, b), key=lambda m: m.start)
            if earlier.sentence == later.sentence or a.quantity.value == b.quantity.value:
                continue
            if (earlier.index, later.index) in seen:
                continue
            seen.add((earlier.index, later.index))
            if _PARTITIVE.match(text, a.end) or _PARTITIVE.match(text, b.end):
                continue  # "$3,400 of the cash": a part of the other, not a restatement
            link = _link(earlier, later) or _only_two(measures, earlier, later)
            # one digit mistyped is the likelier coincidence: only the clauses' words link it
            if link is None or (bucket[0] == "typo" and not link.by_clause):
                continue
            if _points_back(measurements, earlier, later) and not _read_apart(a, b):
                yield earlier, later, link


# a figure of a part of something named: "$3,400 of the cash", "40 of its 43 stores"
_PARTITIVE = re.compile(
    r"\s+(?:of|out of|among)\s+(?:the|its|their|his|her|our|this|that|these|those|them)\b", re.I
)


@dataclass(frozen=True)
class Link:
    why: str
    # the clauses share a word besides the counted or labelled nouns themselves ("power" in
    # "customers ... without power" and "homes that lost power"): the clauses say one event
    by_clause: bool


def _link(a: Measurement, b: Measurement) -> Link | None:
    heads = {r.words.lower() for r in (a.reading, b.reading) if r is not None}
    heads |= {w.rstrip("s") for w in heads}
    clause = sorted((a.frame & b.frame) - heads)
    if clause:
        return Link(f"their clauses share '{'/'.join(clause[:3])}'", by_clause=True)
    shared = set(loose_concepts(a)) & set(loose_concepts(b))
    if "count:people" in shared and not (
        a.reading is not None and b.reading is not None and same_people(a.reading, b.reading)
    ):
        shared.discard("count:people")  # two roles: only the words of their clauses link them
    if shared:
        return Link(f"one concept read for both ({sorted(shared)[0]})", by_clause=False)
    return None


def _only_two(measures: Counter[str | None], a: Measurement, b: Measurement) -> Link | None:
    """Two measures that are the article's only figures of their dimension ("a 13.5-kilometre
    line" ... "the 15.3-kilometre corridor"): the later, pointing back, can only mean the
    first. Counts and money are too many in most stories for this to hold."""
    q = a.quantity
    if q.kind != "measure" or b.quantity.kind != "measure" or measures[q.dimension] != 2:
        return None
    return Link(f"the article's only two {q.dimension} figures", by_clause=True)


def _points_back(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    if in_headline(measurements.analysis, earlier):
        return True
    if later.reading is not None and later.reading.definite:
        return True
    text = measurements.analysis.text
    before = text[max(0, later.start - 12) : later.start].lower().split()
    return bool(before) and before[-1] in _POINTING


_POINTING = DEFINITE_WORDS | {"all"}


def _read_apart(a: Measurement, b: Measurement) -> bool:
    """The parse read two events ("12 killed" ... "21 injured") or two named things of the
    lexicon ("the bridge" ... "the tunnel")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None:
        return False
    if ra.verb and rb.verb and ra.verb != rb.verb:
        return True
    named = {ra.key, rb.key} if ra.relation == rb.relation == "label" else set()
    return len(named) == 2 and named <= _NAMED_CLASSES and not named & GENERIC_LABELS


_NAMED_CLASSES = frozenset(NOUN_CLASSES)


def given_elsewhere(measurements: Measurements, a: Measurement, b: Measurement) -> bool:
    """Both values printed again by other figures of the same dimension and currency: two
    figures of their own, not one slipped (the usual value given twice, as in a headline and
    its lede, leaves the other the odd one out)."""
    q = a.quantity
    pair = (a.index, b.index)
    others = [
        m.value_range()
        for m in measurements
        if m.index not in pair
        and m.role in ("total", "rate", "change")
        and (m.quantity.dimension, m.quantity.currency) == (q.dimension, q.currency)
    ]
    return all(any(r.overlaps(o) for o in others) for r in (a.value_range(), b.value_range()))
