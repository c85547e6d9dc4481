"""The periods and windows of NUM005: when a total was counted from ("since 2019", "over
about 15 years"), and the short recent window a share of it is put in ("in the past week", "this
summer", "so far"). Read by ``rules/rates.py``."""

from __future__ import annotations

import re
from collections.abc import Callable

from newslint.analysis import Analysis
from newslint.extract.timex import NUMBER_PATTERN, UNIT_DAYS, TimeExpression, number

# a total counted "so far" or "to date": a period without a start, read only with a stated average
_SO_FAR = re.compile(r"\b(?:so far|to date|in total|in all|altogether)\b", re.I)


def participle_at(analysis: Analysis) -> Callable[[int], bool]:
    """Whether the word at an offset is a past participle, from its sentence's parse (asked
    only of a word set off after a subject before "in 1987")."""

    def at(offset: int) -> bool:
        sentence = analysis.sentence_at(offset)
        if sentence is None:
            return False
        tokens, base = analysis.parsed_tokens(sentence)
        return any(t.idx + base == offset and t.tag_ == "VBN" for t in tokens)

    return at


def is_period(t: TimeExpression) -> bool:
    """What a total may be counted over: "since 2019", "over the past five years", "this year",
    "in 16 seasons" (a span of its own, read only right after the total: ``_totals``)."""
    if t.kind == "duration":
        return (t.days or 0) >= 28 and t.text.lower().startswith(_SPAN_WORDS)
    return t.kind == "since" or (t.kind in ("window", "calendar") and (t.days or 0) >= 28)


_SPAN_WORDS = ("in ", "over ", "across ")


# "over about 15 years", "across almost a decade": a span the time expressions do not read
# with its rounding word; the span is taken as printed (a rough span's least would be a
# guess, and the ratio's threshold already allows for rounding)
_ROUGH_SPAN = re.compile(
    r"\b(?:in|over|across)\s+(?:about|around|roughly|nearly|almost|some|more\s+than|just\s+over)"
    rf"\s+(?P<n>{NUMBER_PATTERN})\s+(?P<unit>months?|years?|decades?)\b",
    re.I,
)


def rough_spans(text: str) -> list[TimeExpression]:
    found = []
    for m in _ROUGH_SPAN.finditer(text):
        n = number(m.group("n"))
        if n:
            days = n * UNIT_DAYS[m.group("unit").lower().rstrip("s")]
            found.append(TimeExpression(m.start(), m.end(), m.group(0), "duration", days))
    return found


def is_window(t: TimeExpression, text: str) -> bool:
    """What a share may be put in: "in the past 24 hours", "this week", "since Friday", "in just
    two days"."""
    if not t.days:
        return False
    if t.kind == "duration":
        return text[t.start : t.start + 7].lower().startswith(("in ", "within "))
    return True


# "this spring": a season of the calendar, at most three months (a longer window than the
# real one only lowers the rate it implies)
_SEASON = re.compile(r"\bthis\s+(?:spring|summer|autumn|fall|winter)\b", re.I)


_SEASON_DAYS = 92.0


def season_windows(text: str) -> list[TimeExpression]:
    return [
        TimeExpression(m.start(), m.end(), m.group(0), "calendar", _SEASON_DAYS)
        for m in _SEASON.finditer(text)
    ]


def so_far_periods(text: str) -> list[TimeExpression]:
    return [
        TimeExpression(m.start(), m.end(), m.group(0), "since", None)
        for m in _SO_FAR.finditer(text)
    ]


def outside(window: TimeExpression, period: TimeExpression) -> bool:
    if not (period.begin and period.finish and window.begin and window.finish):
        return False
    return window.begin < period.begin or window.finish > period.finish
