"""A measurement: one figure with what it measures, whose it is, when, and in what role."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from newslint.arithmetic import Interval, printed, si_interval, with_approx
from newslint.measurements.reading import Reading
from newslint.measurements.scope import Scope
from newslint.report.model import Quantity

Role = Literal["total", "part", "share", "rate", "comparison", "conversion", "change"]


@dataclass(frozen=True)
class Measurement:
    """One figure of the article (``index`` in ``Analysis.quantities``).

    ``reading`` is None where the figure was not worth reading (nothing in the article to
    compare it with) or the parse said nothing about it; a rule then leaves it alone.
    """

    index: int
    quantity: Quantity
    role: Role
    sentence: int  # index in Analysis.sentences
    paragraph: int  # index in Analysis.paragraphs
    scope: Scope
    reading: Reading | None = None
    converts: int | None = None  # the measurement this one converts: "5km (3.1 miles)"
    per: str | None = None  # the period of a rate: "274 million litres every day" -> "day"
    # the content words of the figure's own clause (``frames.py``): what it is said about
    frame: frozenset[str] = frozenset()

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end

    @property
    def text(self) -> str:
        return self.quantity.text

    @property
    def key(self) -> str | None:
        return self.reading.key if self.reading else None

    def value_range(self) -> Interval:
        """The values the printed figure allows, in SI (major units for money); "more than"
        opens it upwards, "up to" downwards, "about" widens it 10%."""
        return self._range

    @cached_property
    def _range(self) -> Interval:  # computed once: rules compare each figure many times
        q = self.quantity
        base = si_interval(q) if q.kind in ("measure", "money") else printed(q)
        if q.approx in (">", ">="):
            return Interval(base.low, float("inf"))
        if q.approx in ("<", "<="):
            return Interval(0.0, base.high)
        return with_approx(base, q.approx)

    def describe(self) -> str:
        if self.reading is None:
            return f"'{self.text}'"
        return f"'{self.text}' ({self.reading.words})"
