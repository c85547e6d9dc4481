"""Spells told only in years or months ("joined the service in 1990 and retired in 2023 after
25 years", "headteacher from 2006 to 2022, a tenure of 20 years", "formed in March 2011 and
split in June 2013 after four years together"): DAT003's reading where no day is printed.

Each end is a whole month or year, so the spell's length is a range of days: from the last day
of the first to the first day of the second, up to the first day of the first to the last day
of the second. A duration contradicts the spell only when no length in that range is one it
could stand for. The two ends are a printed range ("from 2006 to 2022", "between 1998 and
2004") or a start word before the first ("joined", "built", "formed") and an end word before
the second ("retired", "closed", "split"), the second in the duration's sentence just before
it, the first there or in the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from newslint.extract.dates import RANGE_LINK, YEAR, YEAR_RANGE_NEXT, month_days, month_of
from newslint.extract.spells import END_WORDS, START_WORDS, Duration
from newslint.extract.timex import MONTH_PATTERN

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# "in 1990", "March 2011": a year, a month of a year; not "1990s", "2023-24", "£1990" (the
# year found first, the month looked for before it: a month alternation tried at every
# character is slow)
_YEAR_ONLY = re.compile(rf"(?<![\d£$€.,/-])\b{YEAR}\b(?!s\b|['’]s\b|{YEAR_RANGE_NEXT}|[.,]\d)")
_MONTH_BEFORE = re.compile(r"\b(?P<month>" + MONTH_PATTERN + r")\s+$", re.I)
_MORE_START = re.compile(r"\b(?:built|formed|founded|established|created|became|took up)\b", re.I)
_MORE_END = re.compile(r"\b(?:split|disbanded|demolished|quit|folded|ceased|sold)\b", re.I)
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.I)
# between the spell's last end and its duration: no new clause ("and the singer had spent")
_NEW_CLAUSE = re.compile(
    r"\b(?:had|have|has|would|could|should|and|but|while|when|who|whose|before|then)\b", re.I
)
_GAP = 35  # characters from the last end to the duration


@dataclass(frozen=True)
class CoarseEnd:
    start: int
    end: int
    text: str
    first: date
    last: date


@dataclass(frozen=True)
class CoarseSpell:
    first: CoarseEnd
    last: CoarseEnd
    how: str  # "range" or "start/end words"

    @property
    def days(self) -> tuple[int, int]:
        """The shortest and longest the spell can be, in days."""
        return (self.last.first - self.first.last).days, (self.last.last - self.first.first).days


def coarse_ends(analysis: Analysis) -> list[CoarseEnd]:
    """Years and months printed without a day (the calendar dates' days are theirs)."""
    text = analysis.text
    dated = [(d.start, d.end) for d in analysis.dates if d.day is not None]
    found = []
    for m in _YEAR_ONLY.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in dated):
            continue
        before = _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        # ("may 2011" in lower case is a verb before a year)
        month = month_of(before.group("month")) if before else None
        year = int(m.group(0))
        start = before.start() if before and month else m.start()
        if month:
            first, last = month_days(year, month)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
        found.append(CoarseEnd(start, m.end(), text[start : m.end()], first, last))
    return found


def coarse_spell_of(
    analysis: Analysis, duration: Duration, ends: list[CoarseEnd]
) -> CoarseSpell | None:
    """The years- or months-only spell a duration measures, read as the module says."""
    if duration.unit not in ("year", "month"):
        return None
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return None
    text = analysis.text
    following = _range_after(text, duration, [e for e in ends if duration.end <= e.start])
    if following is not None:
        return following
    before = [e for e in ends if sentence.start <= e.start and e.end <= duration.start]
    if not before:
        return None
    last = before[-1]
    gap = text[last.end : duration.start]
    if len(gap) > _GAP or _NEW_CLAUSE.search(gap):
        return None
    if duration.unit == "month" and last.last.month == 12 and last.first.month == 1:
        return None  # months against whole years: too coarse to tell
    earlier = [e for e in before[:-1]]
    previous = analysis.sentence_before(sentence)
    if previous is not None:
        earlier = [e for e in ends if previous.start <= e.start < previous.end] + earlier
    if not earlier:
        return None
    first = earlier[-1]
    if first.last >= last.first:
        return None
    if RANGE_LINK.match(text[first.end : last.start]) and _RANGE_START.search(
        text[max(0, first.start - 10) : first.start]
    ):
        return CoarseSpell(first, last, "range")
    if said_before(text, first, START_WORDS, _MORE_START) and said_before(
        text, last, END_WORDS, _MORE_END
    ):
        return CoarseSpell(first, last, "start/end words")
    return None


def _range_after(text: str, duration: Duration, after: list[CoarseEnd]) -> CoarseSpell | None:
    """ "spent 18 months in prison, from August 2021 to February 2022", "30 years between 1971
    and 1991": a range printed just after its duration, in the same clause."""
    if len(after) < 2:
        return None
    first, last = after[0], after[1]
    gap = text[duration.end : first.start]
    if len(gap) > _GAP or _NEW_CLAUSE.search(gap) or re.search(r"[.;!?]", gap):
        return None
    if not _RANGE_START.search(gap) or not RANGE_LINK.match(text[first.end : last.start]):
        return None
    return CoarseSpell(first, last, "range") if first.last < last.first else None


def said_before(text: str, end: CoarseEnd, words: re.Pattern[str], more: re.Pattern[str]) -> bool:
    """Is a start (or end) word in the clause just before this year or month?"""
    clause = re.split(
        r"[.;!?]\s+|,\s+(?:and|but)\s+|\band\b", text[max(0, end.start - 50) : end.start]
    )
    lead = clause[-1]
    return bool(words.search(lead) or more.search(lead))
