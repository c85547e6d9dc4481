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

from newslint.extract.abbreviations import (
    COURTESY_TITLES,
    FULL_MONTHS,
    MONTHS,
    SAINT,
    alternatives,
)
from newslint.reference import Event, events

TimeKind = Literal["window", "calendar", "since", "duration"]

UNIT_DAYS = {
    "hour": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
    "decade": 3652.5,
}
# a season (of a sport, a harvest) is at most a year of the calendar, and seasons come once
# a year: "16 seasons" span 16 years, "this season" is no longer than one
SEASON_DAYS = 365.25
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
# the calendar's names, lowercase, for the modules that must not read them as anything else
MONTH_NAMES = tuple(m.lower() for m in calendar.month_name if m)
WEEKDAY_NAMES = tuple(d.lower() for d in calendar.day_name)
CALENDAR_NAMES = frozenset(MONTH_NAMES + WEEKDAY_NAMES)

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
NUMBER_PATTERN = _NUM
_UNIT = r"(?P<unit>hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?)"
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# shared with extract/dates.py, which reads calendar dates and weekdays with the same words
MONTH_NUMBERS, WEEKDAY_NUMBERS, WORD_NUMBERS = _MONTHS, _WEEKDAYS, _WORD_NUMBERS
MONTH_PATTERN, WEEKDAY_PATTERN, DAY_PATTERN = _MONTH, _WEEKDAY, _DAY

_ROLLING = re.compile(
    r"\b(?:the\s+)(?P<which>past|last|previous|preceding|latest)\s+"
    r"(?:(?P<n>" + _NUM + r")[\s-]+)?" + _UNIT + r"\b",
    re.I,
)
_CALENDAR = re.compile(
    r"\b(?P<which>this|last|so far this)\s+(?P<unit>week|month|year|weekend|season)\b"
    r"|\b(?P<day>today|yesterday|overnight|tonight)\b"
    r"|\b(?:over|during|at)\s+the\s+(?P<weekend>weekend)\b",
    re.I,
)
_DURATION = re.compile(
    r"\b(?P<n>" + _NUM + r")[\s-]" + r"(?P<unit>hour|day|night|week|fortnight|month|year)"
    r"(?:s)?[\s-](?:long\s+)?(?=[a-z])"
    r"|\b(?:in|within|over|across)\s+(?:the\s+space\s+of\s+)?"
    r"(?P<bound>less than\s+|under\s+|just\s+|only\s+)?"
    # "in a single day", "in one night": one of the unit
    r"(?:(?:a|one)\s+single\s+|(?P<n2>" + _NUM + r")\s+)"
    r"(?P<unit2>hours?|days?|nights?|weeks?|months?|years?|seasons?)\b",
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
    found += _days_and_months(text, published)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    # keep the longest of overlapping matches ("the past week" inside "since ... the past week")
    kept: list[TimeExpression] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            continue
        kept.append(t)
    return kept


# short windows without a number: "in recent days", "last night", "on Sunday", "in January"
_RECENT = re.compile(r"\bin\s+recent\s+(?P<unit>days|weeks|months)\b", re.I)
_RECENT_DAYS = {"days": 7.0, "weeks": 56.0, "months": 183.0}  # the longest each can mean
_DAYPART = re.compile(r"\b(?:last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I)
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<wd>" + _WEEKDAY + r")\b(?!\s*,?\s*\d)", re.I)
_IN_MONTH = re.compile(
    r"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?(?P<m>"
    + "|".join(FULL_MONTHS)
    + r")\b(?!\s*,?\s*\d)"
)


_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,:!?\n]*$", re.I)
# "the past weekend" (the Saturday and Sunday before publication) and a weekend named for its
# holiday ("the Easter weekend", "the Fourth of July weekend", "the long weekend"), whose date
# the words do not give: four days at most, a holiday's Friday or Monday included
_WEEKEND = re.compile(
    r"\b(?i:the)\s+(?:(?P<which>(?i:past|last|previous|most\s+recent))"
    r"|(?P<named>(?i:long|holiday|bank\s+holiday)|(?:[A-Z][\w'’]*|[0-9]{1,2}(?:st|nd|rd|th))"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’]*){0,3}(?:\s+(?i:holiday|long))?))\s+(?i:weekend)\b"
)
HOLIDAY_WEEKEND_DAYS = 4.0


def _days_and_months(text: str, published: date | None) -> list[TimeExpression]:
    found = []
    for m in _RECENT.finditer(text):
        days = _RECENT_DAYS[m.group("unit").lower()]
        begin = published - timedelta(days=days - 1) if published else None
        found.append(
            TimeExpression(m.start(), m.end(), m.group(0), "window", days, begin, published)
        )
    for m in _DAYPART.finditer(text):
        found.append(
            TimeExpression(m.start(), m.end(), m.group(0), "window", 1.0, published, published)
        )
    for m in _ON_WEEKDAY.finditer(text):
        day = None
        if published is not None:
            day = published - timedelta(
                days=(published.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
            )
        found.append(TimeExpression(m.start(), m.end(), m.group(0), "calendar", 1.0, day, day))
    for m in _WEEKEND.finditer(text):
        if m.group("which"):
            last = _weekend_before(published)
            found.append(TimeExpression(m.start(), m.end(), m.group(0), "window", 2.0, *last))
        else:
            found.append(
                TimeExpression(m.start(), m.end(), m.group(0), "window", HOLIDAY_WEEKEND_DAYS)
            )
    for m in _IN_MONTH.finditer(text):
        if _SINCE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "since the invasion in February": the month dates the start
        found.append(_month(m, published))
    return found


def _month(m: re.Match[str], published: date | None) -> TimeExpression:
    """'in January': the latest January up to the publication date (31 days when unknown)."""
    month = _MONTHS[m.group("m").lower()]
    if published is None:
        return TimeExpression(m.start(), m.end(), m.group(0), "calendar", 31.0)
    year = published.year if month <= published.month else published.year - 1
    begin = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    finish = min(last, published)
    days = float((finish - begin).days + 1)
    return TimeExpression(m.start(), m.end(), m.group(0), "calendar", days, begin, finish)


def _unit_days(unit: str) -> float:
    unit = unit.lower().rstrip("s")
    return SEASON_DAYS if unit == "season" else UNIT_DAYS[unit]


def _rolling(m: re.Match[str], published: date | None) -> TimeExpression:
    n = number(m.group("n")) if m.group("n") else 1.0
    days = (n or 1.0) * _unit_days(m.group("unit"))
    begin = published - timedelta(days=max(days, 1.0) - 1) if published else None
    return TimeExpression(m.start(), m.end(), m.group(0), "window", days, begin, published)


def _calendar(m: re.Match[str], published: date | None) -> TimeExpression | None:
    word = (m.group("day") or "").lower()
    if m.group("weekend") or (m.group("unit") or "").lower() == "weekend":
        return _weekend(m, published)
    if word:
        if word == "yesterday":
            day = published - timedelta(days=1) if published else None
            return TimeExpression(m.start(), m.end(), m.group(0), "calendar", 1.0, day, day)
        return TimeExpression(m.start(), m.end(), m.group(0), "window", 1.0, published, published)
    which, unit = m.group("which").lower(), m.group("unit").lower()
    if unit == "season":  # a sport's, a crop's: its dates are not in the words
        return TimeExpression(m.start(), m.end(), m.group(0), "calendar", SEASON_DAYS)
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


def _weekend(m: re.Match[str], published: date | None) -> TimeExpression | None:
    """'over the weekend', 'this weekend', 'last weekend': the Saturday and Sunday before the
    publication date (or of its week); two days either way."""
    which = (m.group("which") or "").lower()
    if which == "so far this":
        return None
    if published is None:
        return TimeExpression(m.start(), m.end(), m.group(0), "window", 2.0)
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if which == "last" and saturday + timedelta(days=1) >= published:
        saturday -= timedelta(days=7)
    sunday = min(saturday + timedelta(days=1), published)
    return TimeExpression(m.start(), m.end(), m.group(0), "window", 2.0, saturday, sunday)


def _weekend_before(published: date | None) -> tuple[date | None, date | None]:
    """The Saturday and Sunday of the last weekend that began before the publication date."""
    if published is None:
        return None, None
    saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    return saturday, min(saturday + timedelta(days=1), published)


def _period_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _duration(m: re.Match[str]) -> TimeExpression:
    figure = m.group("n") or m.group("n2")
    n = (number(figure) if figure else None) or 1.0  # "in a single day": one
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


_SINCE_WEEKEND = re.compile(r"\s*the\s+(?:past\s+|last\s+)?weekend\b", re.I)


def _since(
    text: str, m: re.Match[str], published: date | None, words: _ArticleWords
) -> TimeExpression | None:
    """'since April', 'since 12 July', 'since Friday', 'since 2019', 'since the invasion'."""
    rest = _clause_after(text, m.end())
    # "since the new year" is since the start of the year
    start_of = re.match(
        r"\s*(?:the (?:start|beginning) of (?:the |this )?(year|month|week)|(?:the )?new year"
        r"(?:['’]s(?: day)?)?)\b",
        rest,
        re.I,
    )
    if start_of:
        end = m.end() + start_of.end()
        if published is None:
            return TimeExpression(m.start(), end, text[m.start() : end], "since", None)
        begin = _period_start(published, (start_of.group(1) or "year").lower())
        days: float | None = float((published - begin).days + 1)
        return TimeExpression(
            m.start(), end, text[m.start() : end], "since", days, begin, published
        )
    weekend = _SINCE_WEEKEND.match(rest)
    if weekend:  # "since the weekend": from the Saturday of the last weekend before publication
        end = m.end() + weekend.end()
        saturday, _ = _weekend_before(published)
        if published is None or saturday is None:
            return TimeExpression(m.start(), end, text[m.start() : end], "since", None)
        return TimeExpression(
            m.start(), end, text[m.start() : end], "since",
            float((published - saturday).days + 1), saturday, published,
        )  # fmt: skip
    event = _event(rest, words, published)
    start_date = None
    date_match = _EXPLICIT_DATE.search(rest)
    if date_match and not _capitalised(date_match):
        date_match = None  # "since it may", "since the march": not months
    if (
        date_match
        and date_match.start() > 40
        and not _IN_ON_BEFORE.search(rest[: date_match.start()])
    ):
        date_match = None  # a date far into the clause is the start only after "in"/"on"
    if date_match:
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
        return (
            _since_relative(text, m, rest, published)
            or _since_founding(text, m, rest, published)
            or _since_dated_event(text, m, rest, published)
        )
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


# where the words after "since" end: a clause break, but not the comma of "November 30, 2022"
# nor the full stop of "Jan. 1"
_CLAUSE_END = re.compile(r"[;:!?\n]|,\s(?!(?:19|20)\d\d\b)|\.(?=\s|$)")
_ABBREVIATION = re.compile(r"\b(?:" + alternatives(MONTHS, SAINT, COURTESY_TITLES) + r")$")
_IN_ON_BEFORE = re.compile(r"\b(?:in|on)\s+(?:(?:early|mid|late)[\s-]*)?$", re.I)
# "since its founding", "since it was set up", "since the app launched": the start is a date
# the article gives elsewhere ("started its scholarship fund in 1987")
_FOUNDING_SINCE = re.compile(
    r"^\s*(?:(?:its|their|the(?:\s+[\w'’-]+['’]s)?|the\s+[\w'’-]+)\s+(?:founding|launch|"
    r"inception|creation|"
    r"establishment|opening|start|beginning)"
    r"|(?:it|they|the\s+[\w'’-]+)\s+(?:was\s+|were\s+)?(?:founded|launched|started|began|opened|"
    r"set\s+up|established|created|formed|introduced))\s*$",
    re.I,
)
_FOUNDED_IN = re.compile(
    r"\b(?:founded|started|launched|set\s+up|established|opened|began|created|formed|"
    r"introduced)\b[^.!?\n]{0,50}?\bin\s+(?:(?P<month>" + _MONTH + r")\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _clause_after(text: str, pos: int, limit: int = 120) -> str:
    """The words after "since", up to the end of their clause."""
    window = text[pos : pos + limit]
    for m in _CLAUSE_END.finditer(window):
        if m.group() == "." and _ABBREVIATION.search(window[: m.start()]):
            continue
        return window[: m.start()]
    return window


_AGO = re.compile(r"\b(?P<n>" + _NUM + r")\s+" + _UNIT + r"\s+ago\b", re.I)
_SINCE_LAST = re.compile(r"^\s*last\s+(?P<unit>week|month|year)\b", re.I)


def _since_relative(
    text: str, m: re.Match[str], rest: str, published: date | None
) -> TimeExpression | None:
    """'since the scheme began three years ago', 'since last year' (its first day)."""
    ago = _AGO.search(rest)
    last = _SINCE_LAST.match(rest)
    if not (ago or last) or published is None:
        return None
    if ago:
        n = number(ago.group("n")) or 1.0
        begin = published - timedelta(days=round(n * _unit_days(ago.group("unit"))))
        end = m.end() + ago.end()
    else:
        assert last is not None
        unit = last.group("unit").lower()
        begin = _period_start(_period_start(published, unit) - timedelta(days=1), unit)
        end = m.end() + last.end()
    days = float((published - begin).days + 1)
    return TimeExpression(m.start(), end, text[m.start() : end], "since", days, begin, published)


def _since_founding(
    text: str, m: re.Match[str], rest: str, published: date | None
) -> TimeExpression | None:
    """'since its founding' with the founding year given once elsewhere in the article."""
    if not _FOUNDING_SINCE.match(rest):
        return None
    foundings = {
        (f.group("year"), _MONTHS.get((f.group("month") or "").lower().rstrip("."), 1))
        for f in _FOUNDED_IN.finditer(text)
    }
    if len({year for year, _ in foundings}) != 1:
        return None  # none, or two foundings: do not guess
    year, month = min(foundings)  # "opened in September 1964": its month when one is given
    begin = date(int(year), month if len(foundings) == 1 else 1, 1)
    if published is not None and begin > published:
        return None
    end = m.end() + len(rest.rstrip())
    days = float((published - begin).days + 1) if published else None
    return TimeExpression(
        m.start(), end, text[m.start() : end], "since", days, begin, published,
        source=f"founding year given in the article: {begin.year}",
    )  # fmt: skip


# "since the earthquake": one noun, which another sentence of the article dates
_SINCE_THE_NOUN = re.compile(r"^\s*the\s+(?P<noun>[a-z]{4,})\s*$")
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def _since_dated_event(
    text: str, m: re.Match[str], rest: str, published: date | None
) -> TimeExpression | None:
    """'since the earthquake' with 'The earthquake struck on 6 February' elsewhere: the one
    date the article's other sentences on the same noun give (none or several: no period)."""
    noun = _SINCE_THE_NOUN.match(rest)
    if noun is None or published is None:
        return None
    dates: set[date] = set()
    # every mention of the noun, not only "the ...": "a second earthquake on 20 February"
    # makes two dates, and "since the earthquake" could be either
    for other in re.finditer(rf"\b{noun.group('noun')}\b", text, re.I):
        if other.start() <= m.end() + len(rest) and other.end() >= m.start():
            continue  # the "since" phrase itself
        # the sentence's start: just after the last edge before the mention (rfind, not a scan
        # from the text's start for every mention)
        begin = max(text.rfind(edge, 0, other.start()) for edge in ".!?\n") + 1
        stop = _SENTENCE_EDGE.search(text, other.end())
        for d in _EXPLICIT_DATE.finditer(text[begin : stop.start() if stop else len(text)]):
            resolved = _resolve_date(d, published) if _capitalised(d) or d.group("y2") else None
            if resolved is not None and resolved <= published:
                dates.add(resolved)
    if len(dates) != 1:
        return None
    begin_date = dates.pop()
    end = m.end() + len(rest.rstrip())
    return TimeExpression(
        m.start(), end, text[m.start() : end], "since",
        float((published - begin_date).days + 1), begin_date, published,
        source=f"the article dates the {noun.group('noun')}: {begin_date.isoformat()}",
    )  # fmt: skip


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
