"""Overlapping spans to flat segments, so a page can highlight them without nesting errors.

Findings, quantities, quotes and related spans overlap freely (a quantity inside a quote inside
a finding). HTML cannot hold overlapping elements, so the text is cut at every span boundary
into segments; each segment carries the keys of every span that covers it. Every character is
in exactly one segment, so no text is lost or repeated. Empty spans (a finding about the whole
article sits at offset 0 with no width) become pins at their offset.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    keys: frozenset[Hashable] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Pin:
    at: int
    key: Hashable


def split(
    length: int, spans: Iterable[tuple[int, int, Hashable]]
) -> tuple[list[Segment], list[Pin]]:
    """Cut ``[0, length)`` at every boundary of ``spans`` (``(start, end, key)``).

    Spans are clipped to the text; a span that is empty after clipping becomes a pin. Adjacent
    segments with the same keys are merged, so the result is the fewest segments that keep every
    span's extent exact.
    """
    opens: dict[int, list[Hashable]] = {}
    closes: dict[int, list[Hashable]] = {}
    pins: list[Pin] = []
    for start, end, key in spans:
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end <= start:
            pins.append(Pin(at=start, key=key))
            continue
        opens.setdefault(start, []).append(key)
        closes.setdefault(end, []).append(key)
    cuts = sorted({0, length, *opens, *closes})
    active: dict[Hashable, int] = {}  # key -> how many of its spans are open (a key may repeat)
    segments: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        for key in closes.get(a, ()):
            active[key] -= 1
            if not active[key]:
                del active[key]
        for key in opens.get(a, ()):
            active[key] = active.get(key, 0) + 1
        keys = frozenset(active)
        if segments and segments[-1].keys == keys and segments[-1].end == a:
            segments[-1] = Segment(segments[-1].start, b, keys)
        else:
            segments.append(Segment(a, b, keys))
    pins.sort(key=lambda p: p.at)
    return segments, pins
