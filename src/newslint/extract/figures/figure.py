"""A figure as it is built up while reading, the spans already read, and keyword-windowed matching."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass
class Figure:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    approx: str = "="
    change: str | None = None
    kind: str = "count"
    currency: str | None = None
    multiplier: float | None = None
    reference: str | None = None
    counted: str | None = None
    per: str | None = None
    minor: float = 1.0
    conversion_of: int | None = None
    direction: str | None = None
    from_value: float | None = None  # a movement "from 30mph to 20mph": 30 ...
    to_value: float | None = None  # ... to 20


class Taken:
    """Character spans already read, so no number is read twice."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos < self.ends[i]


def windowed(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, before: int, after: int):
    """Matches of an expensive ``pattern`` searched only near the cheap ``anchor`` words, so that a
    long article costs a few keyword scans instead of a full scan per pattern."""
    seen: set[tuple[int, int]] = set()
    covered = -1
    for a in anchor.finditer(text):
        lo = max(a.start() - before, covered + 1, 0)
        hi = min(len(text), a.end() + after)
        for m in pattern.finditer(text, lo, hi):
            if hi < len(text) and hi - m.end() < 40:
                # the window's end may cut a name ("the size of La|gos", "of Rhode |Island"):
                # read it whole
                m = pattern.match(text, m.start(), min(len(text), hi + after)) or m
            if m.span() not in seen and m.start() >= lo:
                seen.add(m.span())
                yield m
        covered = max(covered, a.start())
