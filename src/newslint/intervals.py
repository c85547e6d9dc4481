"""Spans of text asked "does anything here overlap this?" many times: by bisection, not by
scanning every span, so that a rule's cost grows with the article and not with its square."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Intervals:
    """A fixed set of ``[start, end)`` spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        listed = list(spans)
        # the spans by start (then end); ``order`` maps back to the order they came in
        self.order = sorted(range(len(listed)), key=lambda n: listed[n])
        ordered = [listed[n] for n in self.order]
        self.starts = [a for a, _ in ordered]
        self.ends = [b for _, b in ordered]
        # the furthest end among the spans starting at or before each one
        self.reach: list[int] = []
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span share a character with ``[start, end)`` (``a < end and start < b``)?"""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[int]:
        """The spans sharing a character with ``[start, end)``, as their places in the order
        the spans came in, in that order."""
        stop = bisect.bisect_left(self.starts, end)
        first = bisect.bisect_right(self.reach, start, 0, stop)  # no span before ends past start
        return sorted(self.order[i] for i in range(first, stop) if self.ends[i] > start)

    def holds(self, offset: int) -> bool:
        """Does a span hold ``offset`` (``a <= offset < b``)?"""
        i = bisect.bisect_right(self.starts, offset)
        return i > 0 and self.reach[i - 1] > offset

    def first_holding(self, offset: int) -> int | None:
        """Of the spans holding ``offset``, the one starting first (then ending first), as its
        place in the order the spans came in; None if no span holds it."""
        stop = bisect.bisect_right(self.starts, offset)
        # the furthest end rises past ``offset`` first at the first span that holds it
        i = bisect.bisect_right(self.reach, offset, 0, stop)
        return self.order[i] if i < stop else None


def starting_in(items: list, starts: list[int], start: int, end: int) -> list:  # type: ignore[type-arg]
    """The items (sorted by start, ``starts`` their starts) that start in ``[start, end)``."""
    return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
