"""The periods and windows of NUM005: when a total was counted from ("since 2019", "over
about 15 years"), and the short recent window a share of it is put in ("in the past week", "this
summer", "so far"). Read by ``rules/rates.py``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from newslint.analysis import Analysis
from newslint.extract.timex import (
    MONTH_NAMES,
    NUMBER_PATTERN,
    SEASON_DAYS,
    UNIT_DAYS,
    WEEKDAY_NAMES,
    TimeExpression,
    TimeKind,
    number,
)

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
    "in 16 seasons" (a span of its own, read only right after the total:
    ``rate_totals.period_totals``)."""
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
    return _spans(_ROUGH_SPAN, text, "duration")


def _spans(pattern: re.Pattern[str], text: str, kind: TimeKind) -> list[TimeExpression]:
    """The spans ``pattern`` finds, each so many (``n``) units long."""
    found = []
    for m in pattern.finditer(text):
        n = number(m.group("n"))
        if n:
            days = n * UNIT_DAYS[m.group("unit").lower().rstrip("s")]
            found.append(TimeExpression(m.start(), m.end(), m.group(0), kind, days))
    return found


# "In the five years since it opened", "over its 15-year history", "in its 12 years,": a span
# up to now said by its length, whose start the time expressions leave undated
_OWN_SPAN = re.compile(
    r"\b(?:in|over|during|across)\s+(?:the|its|their)\s+"
    rf"(?P<n>{NUMBER_PATTERN})[\s-]+(?P<unit>years?|months?|decades?)"
    r"(?=\s+since\b|[\s-]+(?:history|existence|lifetime|life)\b|\s*[,.])",
    re.I,
)


def own_spans(text: str) -> list[TimeExpression]:
    return _spans(_OWN_SPAN, text, "since")


def is_window(t: TimeExpression, text: str) -> bool:
    """What a share may be put in: "in the past 24 hours", "this week", "since Friday", "in just
    two days"."""
    if not t.days:
        return False
    if t.kind == "duration":
        # a bare "within six hours" is a limit each case met ("seen within four hours") or a span
        # after an event ("within days of the flood"), not a window counted back from today
        return text[t.start : t.start + 3].lower() == "in "
    return True


# "this spring", "over the summer": a season of the calendar, at most three months (a longer
# window than the real one only lowers the rate it implies); not "over the summer of 1976"
_SEASON = re.compile(
    r"\b(?:this|(?:over|during|across)\s+the)\s+(?:spring|summer|autumn|fall|winter)\b"
    r"(?!\s+of\b)",
    re.I,
)
# "in the past breeding season", "over the last planting season": one season of an activity
# or a sport, at most a year
_ACTIVITY_SEASON = re.compile(
    r"\bthe\s+(?:past|last|latest|most\s+recent|just[\s-](?:ended|finished|completed))\s+"
    r"(?:(?!season\b)[a-z]+[\s-]+)?season\b",
    re.I,
)
# "in a matter of days": a loose short span, at its longest
_MATTER_OF = re.compile(
    r"\bin\s+(?:a\s+matter|the\s+space)\s+of\s+(?P<unit>hours|days|weeks)\b", re.I
)
_MATTER_DAYS = {"hours": 1.0, "days": 14.0, "weeks": 70.0}


_SEASON_DAYS = 92.0


def season_windows(text: str) -> list[TimeExpression]:
    found = [
        TimeExpression(m.start(), m.end(), m.group(0), "calendar", _SEASON_DAYS)
        for m in _SEASON.finditer(text)
    ]
    found += [
        TimeExpression(m.start(), m.end(), m.group(0), "window", SEASON_DAYS)
        for m in _ACTIVITY_SEASON.finditer(text)
    ]
    found += [
        TimeExpression(m.start(), m.end(), m.group(0), "window", _MATTER_DAYS[m["unit"].lower()])
        for m in _MATTER_OF.finditer(text)
    ]
    return found


# "since last summer": from the start of the last such season to have ended before
# publication, or of the one a year before it when that ended only lately (the longer window
# never overstates the rate)
_SINCE_LAST_SEASON = re.compile(
    r"\bsince\s+last\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I
)
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def since_season_windows(text: str, published: date | None) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    if published is None:
        return found
    for m in _SINCE_LAST_SEASON.finditer(text):
        month = _SEASON_STARTS[m.group("season").lower()]
        begin = date(published.year, month, 1)
        while (published - begin).days < 2 * _SEASON_DAYS:  # not ended, or ended only lately
            begin = date(begin.year - 1, month, 1)
        days = float((published - begin).days)
        found.append(
            TimeExpression(m.start(), m.end(), m.group(0), "since", days, begin, published)
        )
    return found


_MONTH = "|".join(m.capitalize() for m in MONTH_NAMES)
# "on 3 March", "on March 3rd, 2024": one day of the calendar, a window of its own
_ON_DATE = re.compile(
    rf"\bon\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)


_RECENT = 92  # days: a season, as "this spring"


def date_windows(text: str, published: date | None) -> list[TimeExpression]:
    """ "on 3 March": the one day named, in its printed year or else the last such day on or
    before publication; only a recent day (at most ``_RECENT`` days before publication), as a
    day long past may be the one a count is known for ("most of them on 7 May 1945")."""
    found: list[TimeExpression] = []
    if published is None:
        return found
    for m in _ON_DATE.finditer(text):
        month = MONTH_NAMES.index((m.group("month") or m.group("month2")).lower()) + 1
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year")) if m.group("year") else published.year
        try:
            when = date(year, month, day)
            if not m.group("year") and when > published:
                when = date(year - 1, month, day)
        except ValueError:
            continue  # "on 31 February": no such day
        if not 0 <= (published - when).days <= _RECENT:
            continue
        found.append(TimeExpression(m.start(), m.end(), m.group(0), "calendar", 1.0, when, when))
    return found


_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAY_NAMES)
# short windows the time expressions do not read, each at its longest (a longer window only
# lowers the rate it implies): "in the last couple of weeks" three weeks, "in a single
# weekend" three days, "between Friday and Sunday" and "in the week to Sunday" a week
_LOOSE_WINDOW = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+couple\s+of\s+"
    r"(?P<couple>hours|days|weeks|months)\b"
    r"|\b(?:in|over|during|within)\s+a\s+single\s+(?P<single>hour|day|night|weekend|week)\b"
    rf"|\b(?:between\s+(?:{_WEEKDAY})\s+and|from\s+(?:{_WEEKDAY})\s+to)\s+(?:{_WEEKDAY})\b"
    rf"|\bin\s+the\s+(?:week|seven\s+days)\s+to\s+(?:{_WEEKDAY})\b",
    re.I,
)


def loose_windows(text: str) -> list[TimeExpression]:
    found = []
    for m in _LOOSE_WINDOW.finditer(text):
        if m.group("couple"):
            days = 3 * UNIT_DAYS[m.group("couple").lower().rstrip("s")]
        elif m.group("single"):
            single = m.group("single").lower()
            days = 3.0 if single == "weekend" else UNIT_DAYS[single]
        else:
            days = 7.0
        found.append(TimeExpression(m.start(), m.end(), m.group(0), "window", days))
    return found


def more_windows(text: str, published: date | None) -> list[TimeExpression]:
    """The windows read here, beside the time expressions: seasons, recent days by their date,
    loose short windows."""
    return [
        *season_windows(text),
        *since_season_windows(text, published),
        *date_windows(text, published),
        *loose_windows(text),
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
