"""NUM005's stated averages: the rates an article gives per unit of time ("about 40 parcels a
day", "averages about 150 missions a year", "roughly once a month, usually carrying 30 to 40"),
the baselines a window's rate is compared with before the total's own average (``rates``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import printed, with_approx
from newslint.extract.quantities import counted_lemma
from newslint.extract.timex import UNIT_DAYS, number
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.rules.rate_totals import Total

_PER_PERIOD = (
    r"(?:daily|a day|per day|each day|every day|a week|weekly|per week|each week|a month|monthly|"
    r"per month|each month|a year|annually|annual|yearly|per year|each year)"
)
_AVERAGE = re.compile(
    rf"\b{_PER_PERIOD}\b.{{0,40}}?\baverag|\baverag\w*\b.{{0,40}}?\b{_PER_PERIOD}\b", re.I
)
# "the weekly tally had been running at about 400": a count per period, said without "average"
_PERIOD_TALLY = re.compile(
    r"\b(?:daily|weekly|monthly|yearly|annual)\s+(?:tally|total|count|figure|number|toll|intake)",
    re.I,
)
_AVERAGE_DAYS = [
    (re.compile(r"\b(?:a|per|each)\s+week\b|\bweekly\b", re.I), 7.0),
    (re.compile(r"\b(?:a|per|each)\s+month\b|\bmonthly\b", re.I), 30.44),
    (re.compile(r"\b(?:a|per|each)\s+year\b|\b(?:annual|annually|yearly)\b", re.I), 365.25),
]
_FREQUENCY = re.compile(
    r"\b(?P<n>once|twice|\w+\s+times)\s+(?:a|an|per|every|each)\s+"
    r"(?P<unit>day|night|week|fortnight|month|quarter|year)\b",
    re.I,
)


_PERIOD_WORDS = ("daily", "weekly", "monthly", "yearly", "annual")


@dataclass(frozen=True)
class Rate:
    """An average the article states: so much per day, with the words that say it."""

    per_day: float  # the highest the printed figure allows
    quantity: Quantity
    basis: str
    sentence: int
    noun: str | None
    high: float = 0.0  # the printed figure at its highest ...
    days: float = 1.0  # ... over so many days: per_day = high / days


def stated_rates(analysis: Analysis, starts: list[int]) -> Rates:
    """Every average the article states per unit of time: "about 40 parcels a day", "averages
    about 150 missions a year", "the daily average had been about 60 admissions", "roughly once
    a month, usually carrying 30 to 40"."""
    text = analysis.text
    quantities = analysis.quantities
    positions = [q.start for q in quantities]

    def within(start: int, end: int) -> list[Quantity]:
        return quantities[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]

    rates: list[Rate] = []
    for q in quantities:
        per = (q.per or "").lower()
        if per in UNIT_DAYS and q.kind in ("count", "money", "measure"):
            rates.append(_rate(q, UNIT_DAYS[per], f"'{q.text}' a {per}", starts))
    for m in _FREQUENCY.finditer(text):
        word = m.group("n").lower()
        times = {"once": 1.0, "twice": 2.0}.get(word) or number(word.split()[0]) or 0.0
        sentence = analysis.sentence_at(m.start())
        end = min(sentence.end if sentence else len(text), m.end() + 80)
        counts = [q for q in within(m.end(), end) if q.kind == "count" and q.per is None]
        if counts and times:
            days = UNIT_DAYS[m.group("unit").lower()] / times
            rates.append(_rate(counts[0], days, f"'{m.group(0)}' x '{counts[0].text}'", starts))
    lowered = text.lower()
    for sentence in analysis.sentences:
        if lowered.find("averag", sentence.start, sentence.end) < 0 and not any(
            lowered.find(word, sentence.start, sentence.end) >= 0 for word in _PERIOD_WORDS
        ):
            continue  # the cheap test first: most sentences state no average
        body = text[sentence.start : sentence.end]
        if not (_AVERAGE.search(body) or _PERIOD_TALLY.search(body)):
            continue
        days = next((d for rx, d in _AVERAGE_DAYS if rx.search(body)), 1.0)
        figures = within(sentence.start, sentence.end)
        # "6.2 million since 2013, an average of about 560,000 a year": where the sentence
        # names its average, the other figures are what it is the average of
        named = [q for q in figures if _AVERAGE_NAMED.search(text, max(0, q.start - 30), q.start)]
        for q in named or figures:
            if (
                q.per is None
                and q.value
                and q.kind in ("count", "measure")
                and q.change is None
                and q.low is None
            ):
                rates.append(_rate(q, days, f"stated average '{q.text}'", starts))
    return Rates(analysis, rates)


# the figure an average is said of: "an average of about 560,000", "averaging 40", "averages
# some 150"
_AVERAGE_NAMED = re.compile(
    r"\baverag(?:e\s+of|es|ed|ing)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|"
    r"under|more\s+than|less\s+than|at\s+least)\s+)*$",
    re.I,
)


def _rate(q: Quantity, days: float, basis: str, starts: list[int]) -> Rate:
    high = with_approx(printed(q), q.approx).high
    if q.approx in ("<", "<="):
        high = q.high if q.high is not None else (q.value or 0.0)
    noun = counted_lemma(q.counted).split()[-1] if q.counted and q.counted.split() else None
    return Rate(high / days, q, basis, bisect.bisect_right(starts, q.start) - 1, noun, high, days)


def rates_for(analysis: Analysis, total: Total, rates: Rates) -> list[Rate]:
    """The stated averages of the same thing as the total: the same kind (and currency), and
    the same noun, or the total's own sentence, or its paragraph when either has no noun."""
    q = total.quantity
    paragraph = analysis.paragraph_at(q.start)
    fits = []
    for rate in rates.near(analysis, total):
        r = rate.quantity
        if r is q or r.kind != q.kind or r.currency != q.currency or r.dimension != q.dimension:
            continue
        same_paragraph = paragraph is not None and paragraph.start <= r.start < paragraph.end
        if (
            (rate.noun and total.noun and rate.noun == total.noun)
            or rate.sentence == total.sentence
            or (same_paragraph and not (rate.noun and total.noun))
        ):
            fits.append(rate)
    return fits


class Rates(list[Rate]):
    """The article's stated averages, indexed by sentence, paragraph and noun, so that the
    ones that may fit a total are looked up instead of scanned (``rates_for``)."""

    def __init__(self, analysis: Analysis, rates: Iterable[Rate]) -> None:
        super().__init__(rates)
        self._by_key: dict[tuple[str, object], list[int]] = {}
        for n, rate in enumerate(self):
            for key in _keys(analysis, rate.quantity.start, rate.sentence, rate.noun):
                self._by_key.setdefault(key, []).append(n)

    def near(self, analysis: Analysis, total: Total) -> list[Rate]:
        """Those with the total's noun, in its sentence or in its paragraph, in order."""
        keys = _keys(analysis, total.quantity.start, total.sentence, total.noun)
        return [self[n] for n in sorted({n for key in keys for n in self._by_key.get(key, ())})]


def _keys(
    analysis: Analysis, start: int, sentence: int, noun: str | None
) -> list[tuple[str, object]]:
    paragraph = analysis.paragraph_at(start)
    keys: list[tuple[str, object]] = [("s", sentence), ("p", paragraph.start if paragraph else -1)]
    if noun:
        keys.append(("n", noun))
    return keys
