"""Time expressions resolved against the publication date into date intervals.

"the past 24 hours", "this month", "the past fortnight", "since April", "last year",
"a three-week offensive", "since the invasion" become a ``TimeExpression`` with the interval it
covers (``begin``/``finish``, dates, both inclusive) and its length in days. A window that only
has a length ("a three-week offensive", "in less than a week") has ``days`` and no dates; so
does every expression when the publication date is unknown.

Rule-based on purpose: these are the few forms news uses for the windows and periods that a
figure is counted over, and each resolves in microseconds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newslint.reference import Event, events

TimeKind = Literal["window", "calendar", "since", "duration"]

UNIT_DAYS = {
    "hour": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "few": 3,
    "several": 3,
}  # fmt: skip
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?)"
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_ROLLING = re.compile(
    r"\b(?:the\s+)(?P<which>past|last|previous|preceding|latest)\s+"
    r"(?:(?P<n>" + _NUM + r")[\s-]+)?" + _UNIT + r"\b",
    re.I,
)
_CALENDAR = re.compile(
    r"\b(?P<which>this|last|so far this)\s+(?P<unit>week|month|year|weekend)\b"
    r"|\b(?P<day>today|yesterday|overnight|tonight)\b",
    re.I,
)
_DURATION = re.compile(
    r"\b(?P<n>" + _NUM + r")[\s-]" + r"(?P<unit>hour|day|night|week|fortnight|month|year)"
    r"(?:s)?[\s-](?:long\s+)?(?=[a-z])"
    r"|\b(?:in|within)\s+(?P<bound>less than\s+|under\s+|just\s+|only\s+)?"
    r"(?P<n2>" + _NUM + r")\s+(?P<unit2>hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
_SINCE = re.compile(r"\bsince\b", re.I)
_EXPLICIT_DATE = re.compile(
    r"\b(?:(?P<d1>" + _DAY + r")\s+(?:of\s+)?(?P<m1>" + _MONTH + r")"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>" + _DAY + r")\b"
    r"|(?P<m3>" + _MONTH + r"))(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
    r"|\b(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<wd>" + _WEEKDAY + r")\b",
    re.I,
)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: TimeKind
    days: float | None
    begin: date | None = None
    finish: date | None = None
    event: str | None = None  # the event a "since the invasion" counts from
    source: str | None = None  # where that event's date comes from


def number(word: str) -> float | None:
    word = word.lower()
    if word in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


def find_time_expressions(text: str, published: date | None) -> list[TimeExpression]:
    """Every time window or period in ``text``, resolved against ``published``."""
    found: list[TimeExpression] = []
    for m in _ROLLING.finditer(text):
        found.append(_rolling(m, published))
    for m in _CALENDAR.finditer(text):
        expression = _calendar(m, published)
        if expression:
            found.append(expression)
    words = _ArticleWords(text)
    for m in _SINCE.finditer(text):
        expression = _since(text, m, published, words)
        if expression:
            found.append(expression)
    for m in _DURATION.finditer(text):
        found.append(_duration(m))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    # keep the longest of overlapping matches ("the past week" inside "since ... the past week")
    kept: list[TimeExpression] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            continue
        kept.append(t)
    return kept


def _unit_days(unit: str) -> float:
    return UNIT_DAYS[unit.lower().rstrip("s")]


def _rolling(m: re.Match[str], published: date | None) -> TimeExpression:
    n = number(m.group("n")) if m.group("n") else 1.0
    days = (n or 1.0) * _unit_days(m.group("unit"))
    begin = published - timedelta(days=max(days, 1.0) - 1) if published else None
    return TimeExpression(m.start(), m.end(), m.group(0), "window", days, begin, published)


def _calendar(m: re.Match[str], published: date | None) -> TimeExpression | None:
    word = (m.group("day") or "").lower()
    if word:
        if word == "yesterday":
            day = published - timedelta(days=1) if published else None
            return TimeExpression(m.start(), m.end(), m.group(0), "calendar", 1.0, day, day)
        return TimeExpression(m.start(), m.end(), m.group(0), "window", 1.0, published, published)
    which, unit = m.group("which").lower(), m.group("unit").lower()
    if unit == "weekend":
        return None
    if published is None:
        return TimeExpression(m.start(), m.end(), m.group(0), "calendar", UNIT_DAYS[unit])
    if which in ("this", "so far this"):
        begin = _period_start(published, unit)
        finish = published
    else:  # last week / month / year: the whole previous period
        finish = _period_start(published, unit) - timedelta(days=1)
        begin = _period_start(finish, unit)
    days = float((finish - begin).days + 1)
    return TimeExpression(m.start(), m.end(), m.group(0), "calendar", days, begin, finish)


def _period_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _duration(m: re.Match[str]) -> TimeExpression:
    n = number(m.group("n") or m.group("n2")) or 1.0
    days = n * _unit_days(m.group("unit") or m.group("unit2"))
    end = m.end()
    text = m.group(0)
    if m.group("unit"):  # "a three-week offensive": the span ends at the unit
        text = text.rstrip(" -")
        end = m.start() + len(text)
    return TimeExpression(m.start(), end, text, "duration", days)


class _ArticleWords:
    """Whether the article holds a word, each word looked up once: an article may say "since
    the ..." thousands of times, and each time would search the whole text again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower: str | None = None
        self.found: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        if word not in self.found:
            if self.lower is None:
                self.lower = self.text.lower()
            pattern = r"\b" + re.escape(word) + r"\b"
            self.found[word] = re.search(pattern, self.lower) is not None
        return self.found[word]


def _since(
    text: str, m: re.Match[str], published: date | None, words: _ArticleWords
) -> TimeExpression | None:
    """'since April', 'since 12 July', 'since Friday', 'since 2019', 'since the invasion'."""
    # the words after "since", up to the end of the clause
    rest = re.split(r"[.;:!?\n]|,\s", text[m.end() : m.end() + 80], maxsplit=1)[0]
    start_of = re.match(
        r"\s*the (?:start|beginning) of (?:the |this )?(year|month|week)\b", rest, re.I
    )
    if start_of:
        end = m.end() + start_of.end()
        if published is None:
            return TimeExpression(m.start(), end, text[m.start() : end], "since", None)
        begin = _period_start(published, start_of.group(1).lower())
        days: float | None = float((published - begin).days + 1)
        return TimeExpression(
            m.start(), end, text[m.start() : end], "since", days, begin, published
        )
    event = _event(rest, words, published)
    start_date = None
    date_match = _EXPLICIT_DATE.search(rest)
    if date_match and not _capitalised(date_match):
        date_match = None  # "since it may", "since the march": not months
    if date_match and date_match.start() <= 40:
        start_date = _resolve_date(date_match, published)
    if event and (start_date is None or event_first(date_match)):
        begin = event.date
        end = m.end() + _trigger_end(rest, event)
        days = float((published - begin).days + 1) if published else None
        return TimeExpression(
            m.start(), end, text[m.start() : end], "since", days, begin, published,
            event=event.name, source=event.source,
        )  # fmt: skip
    if date_match is None:
        return None
    if start_date is None:  # "since March" with no published date: a period of unknown length
        if published is not None:
            return None
        end = m.end() + date_match.end()
        return TimeExpression(m.start(), end, text[m.start() : end], "since", None)
    end = m.end() + date_match.end()
    days = float((published - start_date).days + 1) if published else None
    return TimeExpression(
        m.start(), end, text[m.start() : end], "since", days, start_date, published
    )


def _capitalised(m: re.Match[str]) -> bool:
    word = m.group("m1") or m.group("m2") or m.group("m3") or m.group("wd")
    return word is None or word[0].isupper()


def event_first(date_match: re.Match[str] | None) -> bool:
    """'since the invasion in February': the event names the start, the month only confirms."""
    return date_match is None or (date_match.group("y2") is None and date_match.start() > 4)


def _trigger_end(rest: str, event: Event) -> int:
    low = rest.lower()
    ends = [low.find(t) + len(t) for t in event.triggers if t in low]
    return max(ends) if ends else 0


def _event(rest: str, words: _ArticleWords, published: date | None) -> Event | None:
    """The shipped event a 'since the ...' phrase names, told apart by the article's words."""
    low = rest.lower()
    if not low.lstrip().startswith(("the ", "russia", "brexit", "covid", "lockdown")):
        return None
    best: list[tuple[int, Event]] = []
    for event in events():
        if published and event.date > published:
            continue
        if not any(re.search(r"\b" + re.escape(t) + r"\b", low) for t in event.triggers):
            continue
        score = sum(1 for w in event.context if words.has(w))
        if score:
            best.append((score, event))
    best.sort(key=lambda se: -se[0])
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None  # no context, or two events fit equally: do not guess
    return best[0][1]


def _resolve_date(m: re.Match[str], published: date | None) -> date | None:
    if m.group("y2"):
        return date(int(m.group("y2")), 1, 1)
    if m.group("wd"):
        if published is None:
            return None
        back = (published.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7 or 7
        return published - timedelta(days=back)
    month_word = (m.group("m1") or m.group("m2") or m.group("m3")).lower().rstrip(".")
    month = _MONTHS[month_word]
    day_word = m.group("d1") or m.group("d2")
    day = int(re.match(r"\d+", day_word).group(0)) if day_word else 1  # type: ignore[union-attr]
    if m.group("y"):
        year = int(m.group("y"))
    elif published is None:
        return None
    else:
        year = published.year
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    if published and not m.group("y") and resolved > published:
        resolved = resolved.replace(year=year - 1)
    return resolved
