"""Calendar dates as printed ("Tuesday 5 March 2024", "Monday, Nov. 4", "May 30 (Friday)",
"28-29 September", "March 1948") and days named relative to publication ("yesterday
(Tuesday)").

Each ``CalendarDate`` keeps what was printed (day, month, year, weekday) apart from the year it
was read in: the printed year, the year of its partner in a range ("from Friday, August 16, to
Sunday, August 17, 2024"), or the occurrence nearest the publication date within six months.
Whether the date exists, and which weekday it fell on, is the rules' business (DAT001, DAT003);
this module only reads. It shares its month and weekday words with ``extract/timex.py``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from newslint.extract.timex import (
    DAY_PATTERN,
    MONTH_NUMBERS,
    MONTH_PATTERN,
    WEEKDAY_NUMBERS,
    WEEKDAY_PATTERN,
)

Day = date  # the calendar day type, for annotations inside CalendarDate (whose ``date`` is a property)
NEAREST_WITHIN_DAYS = 183  # "Monday, March 5" with no year: the occurrence within six months
YEAR = r"(?:1[6-9]|20)\d\d"  # any year 1600-2099
YEAR_WORD = re.compile(r"\b" + YEAR + r"\b")  # a year as a word
# what follows the first year of a range of years ("2023-24", "1990 – 1995", "2004/05"): a year
# followed by it is no year of its own
YEAR_RANGE_NEXT = r"\s*[-\u2013/]\s*\d"
# weekdays as printed: in full (any case) or abbreviated with a capital ("Thurs 6 June", "Fri.")
_WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_WEEKDAY = (
    r"(?:"
    + WEEKDAY_PATTERN
    + r"|(?-i:(?:"
    + "|".join(sorted((w.capitalize() for w in _WEEKDAY_ABBREVIATIONS), key=len, reverse=True))
    + r")\.?(?=[\s,)]))(?!\w))"
)
# a weekday before the date: "Tuesday 5 March", "Monday, March 5", "Friday the 13th of",
# "Thursday (May 3)"
_WD_BEFORE = r"(?:(?P<wd>" + _WEEKDAY + r")(?:,\s*|\s*\(\s*|\s+)(?:the\s+)?)?"
_DAY_FIRST = (
    r"(?:(?P<d0>" + DAY_PATTERN + r")\s*(?:-|–|and|to|&)\s*)?"
    r"(?P<d1>" + DAY_PATTERN + r")\s+(?:of\s+)?(?P<m1>" + MONTH_PATTERN + r")"
)
_MONTH_FIRST = (
    r"(?P<m2>" + MONTH_PATTERN + r")\s+(?P<d2>" + DAY_PATTERN + r")(?!\d)"
    r"(?:\s*(?:-|–)\s*(?P<d3>" + DAY_PATTERN + r")(?!\d))?"
)
_DATE = re.compile(
    # every date opens a word: testing that first lets the engine pass over the other
    # positions cheaply
    r"\b(?=\w)(?:"
    r"\b" + _WD_BEFORE + r"(?:" + _DAY_FIRST + r"|" + _MONTH_FIRST + r")\b"
    r"(?:,?[ \t]+(?P<y>" + YEAR + r")(?![\d,.]\d|\s*(?:GMT|BST|UTC|CET|hrs|h\b|am\b|pm\b)))?"
    r"(?:\s*\(\s*(?:a\s+|which\s+was\s+a\s+)?(?P<wd_after>" + _WEEKDAY + r")\s*\)"
    # "March 6, a Tuesday", "6 March, which was a Wednesday"
    r"|,\s*(?:which\s+(?:was|is|will\s+be)\s+)?a\s+(?P<wd_apposed>" + WEEKDAY_PATTERN + r")\b)?"
    r"|\b(?:(?:in|of|since|from|until|by|during|late|early|mid-?)\s+)(?P<m3>" + MONTH_PATTERN + r")"
    r"\s+(?P<y3>" + YEAR + r")(?![\d,.]\d))",
    re.I,
)
_RELATIVE_WORDS = r"yesterday|today|tonight|tomorrow|last\s+night"
# "yesterday (Tuesday)", "today, Monday,", "tomorrow (Thursday 14 March)", "Sunday (yesterday)"
_RELATIVE = re.compile(
    r"\b(?=\w)(?:"  # (a word's start tested first, for speed)
    r"\b(?P<word>" + _RELATIVE_WORDS + r")\s*(?:\(\s*(?P<wd>" + WEEKDAY_PATTERN + r")\b"
    r"[^()\n]{0,25}\)|,\s*(?P<wd3>"
    + WEEKDAY_PATTERN
    + r")\s*(?=[,;.)—–])(?!,\s*(?:and|or|&)\b|,\s*(?:"
    + WEEKDAY_PATTERN
    + r")\b))"
    r"|\b(?P<wd2>" + WEEKDAY_PATTERN + r")\s*\(\s*(?P<word2>" + _RELATIVE_WORDS + r")\s*\))",
    re.I,
)
# the first weekday of a range printed before a date: "Friday-" in "Friday-Sunday, March 8-10"
_WEEKDAY_RANGE = re.compile(
    r"\b(?P<wd>" + _WEEKDAY + r")\s*(?:-|–|to|and|&|through|thru)\s*$", re.I
)
_RELATIVE_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1}
# a range joins two dates: the first may borrow the second's year
RANGE_LINK = re.compile(r"^,?\s*(?:to|until|till|through|thru|and|-|–|—)\s+$", re.I)
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.I)
# words that make a day and month an anniversary, whose year is not the publication's
_ANNIVERSARY = re.compile(r"\b(?:born|birthday|anniversary|every|each|leap)\b", re.I)


@dataclass(frozen=True)
class CalendarDate:
    """One date as printed, with the year it was read in (``year``) and how (``year_from``)."""

    start: int
    end: int
    text: str
    month: int
    day: int | None  # None for "March 1948"
    printed_year: int | None
    weekday: int | None = None  # as printed, Monday = 0
    weekday_start: int | None = None
    weekday_end: int | None = None
    year: int | None = None
    year_from: str | None = None  # "printed", "range", "published" or None

    @property
    def exists(self) -> bool:
        """Does the day exist in the month (in any year, when the year is unknown)?"""
        if self.day is None:
            return True
        if self.year is None:
            return self.day <= (29 if self.month == 2 else calendar.monthrange(2001, self.month)[1])
        return self.day <= calendar.monthrange(self.year, self.month)[1]

    @property
    def date(self) -> date | None:
        if self.day is None or self.year is None or not self.exists:
            return None
        return date(self.year, self.month, self.day)

    @property
    def days_in_month(self) -> int:
        if self.month == 2 and self.year is None:
            return 29
        return calendar.monthrange(self.year or 2001, self.month)[1]

    def first_and_last(self) -> tuple[Day, Day] | None:
        """The days the date may stand for: one day, or a whole month ("March 1948")."""
        if self.year is None:
            return None
        if self.day is not None:
            d = self.date
            return (d, d) if d else None
        return date(self.year, self.month, 1), date(self.year, self.month, self.days_in_month)


@dataclass(frozen=True)
class RelativeDay:
    """ "yesterday (Tuesday)": a day named relative to publication, and the weekday given."""

    start: int
    end: int
    text: str
    word: str
    offset: int  # days from publication
    weekday: int


def find_dates(text: str, published: date | None) -> list[CalendarDate]:
    """Every calendar date printed in ``text``; years resolved as the module docstring says."""
    found: list[CalendarDate] = []
    for m in _DATE.finditer(text):
        found += _read(m)
    found = [_with_partner_year(d, found, text) for d in found]
    return [_with_published_year(d, text, published) for d in found]


def find_relative_days(text: str) -> list[RelativeDay]:
    days = []
    for m in _RELATIVE.finditer(text):
        word = re.sub(r"\s+", " ", (m.group("word") or m.group("word2")).lower())
        weekday = WEEKDAY_NUMBERS[(m.group("wd") or m.group("wd2") or m.group("wd3")).lower()]
        days.append(
            RelativeDay(m.start(), m.end(), m.group(0), word, _RELATIVE_OFFSET[word], weekday)
        )
    return days


def weekday_number(word: str) -> int:
    """Monday = 0, from a weekday as printed ("Thursday", "Thurs", "Fri.")."""
    word = word.lower().rstrip(".")
    return WEEKDAY_NUMBERS.get(word, _WEEKDAY_ABBREVIATIONS.get(word, 0))


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def month_of(word: str | None) -> int | None:
    """The month a capitalised month word names ("may" and "march" in lower case are verbs)."""
    if not word or not word[0].isupper():
        return None
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


def _day_of(word: str | None) -> int | None:
    return int(re.match(r"\d+", word).group(0)) if word else None  # type: ignore[union-attr]


def _read(m: re.Match[str]) -> list[CalendarDate]:
    if m.group("m3"):
        month = month_of(m.group("m3"))
        if month is None:
            return []
        start = m.start("m3")
        return [CalendarDate(start, m.end(), m.group(0)[start - m.start() :], month, None,
                             int(m.group("y3")), year=int(m.group("y3")), year_from="printed")]  # fmt: skip
    month = month_of(m.group("m1") or m.group("m2"))
    if month is None:
        return []
    year = int(m.group("y")) if m.group("y") else None
    weekday: int | None = None
    wd_span: tuple[int | None, int | None] = (None, None)
    for key in ("wd", "wd_after", "wd_apposed"):
        if m.group(key):
            weekday, wd_span = weekday_number(m.group(key)), m.span(key)
    # "Friday-Sunday, March 8-10": the weekdays of a range go to its first and last days
    earlier = (
        _WEEKDAY_RANGE.search(m.string, max(0, m.start() - 20), m.start())
        if m.group("wd")
        else None
    )
    if earlier is not None and (m.group("d0") or m.group("d3")):
        return _weekday_range(m, month, year, earlier)
    if earlier is not None:
        weekday, wd_span = None, (None, None)  # "Friday-Sunday, March 8": which day is it?
    dates = []
    # "28-29 September", "September 28-29": the first day of a range gets its own date
    first_day = m.group("d0")
    if first_day:
        at = m.start("d0")
        dates.append(_date(m, at, m.end("d0"), month, _day_of(first_day), year))
    start = (
        m.start("wd")
        if m.group("wd") and not first_day
        else m.start("d1" if m.group("d1") else "m2")
    )
    day_word = m.group("d1") or m.group("d2")
    end = m.end()
    if m.group("d3"):
        end = m.end("d2")
    main = _date(m, start, end, month, _day_of(day_word), year, weekday, wd_span)
    if first_day and weekday is not None and m.group("wd"):
        # "Saturday and Sunday, 28-29 September": a weekday belongs to the first day of the range
        main = _date(m, start, end, month, _day_of(day_word), year)
    dates.append(main)
    if m.group("d3"):
        dates.append(_date(m, m.start("d3"), m.end("d3"), month, _day_of(m.group("d3")), year))
    return dates


def _weekday_range(
    m: re.Match[str], month: int, year: int | None, earlier: re.Match[str]
) -> list[CalendarDate]:
    """ "Friday-Sunday, March 8-10", "Sat and Sun, 28-29 September": the first weekday is the
    first day's, the one beside the dates the last day's."""
    first_weekday = (weekday_number(earlier.group("wd")), earlier.span("wd"))
    last_weekday = (weekday_number(m.group("wd")), m.span("wd"))
    if m.group("d0"):
        first = (m.start("d0"), m.end("d0"), _day_of(m.group("d0")))
        last = (m.start("d1"), m.end(), _day_of(m.group("d1")))
    else:
        first = (m.start("m2"), m.end("d2"), _day_of(m.group("d2")))
        last = (m.start("d3"), m.end(), _day_of(m.group("d3")))
    return [
        _date(m, first[0], first[1], month, first[2], year, first_weekday[0], first_weekday[1]),
        _date(m, last[0], last[1], month, last[2], year, last_weekday[0], last_weekday[1]),
    ]


def _date(
    m: re.Match[str],
    start: int,
    end: int,
    month: int,
    day: int | None,
    year: int | None,
    weekday: int | None = None,
    weekday_span: tuple[int | None, int | None] = (None, None),
) -> CalendarDate:
    text = m.string[start:end]
    return CalendarDate(
        start, end, text, month, day, year, weekday, weekday_span[0], weekday_span[1],
        year=year, year_from="printed" if year else None,
    )  # fmt: skip


def _with_partner_year(d: CalendarDate, dates: list[CalendarDate], text: str) -> CalendarDate:
    """ "from Friday, August 16, to Sunday, August 17, 2024": the first date takes the year of
    the second (a year earlier if its month comes later: "December 28 to January 4, 2025")."""
    if d.year is not None:
        return d
    for other in dates:
        if other.start <= d.end or other.printed_year is None:
            continue
        if not RANGE_LINK.match(text[d.end : other.start]):
            break
        year = other.printed_year - (1 if d.month > other.month else 0)
        return _replace_year(d, year, "range")
    return d


def _with_published_year(d: CalendarDate, text: str, published: date | None) -> CalendarDate:
    if d.year is not None or published is None or d.day is None:
        return d
    if _ANNIVERSARY.search(text[max(0, d.start - 40) : d.end + 20]):
        return d
    year = nearest_year(d.month, d.day, published)
    return _replace_year(d, year, "published") if year is not None else d


def nearest_year(month: int, day: int, published: date) -> int | None:
    """The year of the occurrence of day/month nearest ``published`` (within six months); a day
    that exists in no candidate year (30 February) takes the nearest month's year."""
    best: tuple[int, int] | None = None
    if month == 2 and day == 29:
        # "closed on Feb. 29" in an October story: the leap day before it, not a February
        # without one that happens to be nearer
        leap = [y for y in (published.year - 1, published.year, published.year + 1)
                if calendar.isleap(y)]  # fmt: skip
        for year in leap:
            gap = abs((date(year, 2, 29) - published).days)
            if gap <= NEAREST_WITHIN_DAYS * 1.5:
                return year
    for year in (published.year - 1, published.year, published.year + 1):
        last = calendar.monthrange(year, month)[1]
        when = date(year, month, min(day, last))
        gap = abs((when - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    if best is None or best[0] > NEAREST_WITHIN_DAYS:
        return None
    return best[1]


def _replace_year(d: CalendarDate, year: int, how: str) -> CalendarDate:
    return replace(d, year=year, year_from=how)


def weekday_name(weekday: int) -> str:
    return calendar.day_name[weekday]


# dates printed in figures: "31/04/2024", "04.31.2024", "2023-02-29"; day and month are read
# both ways unless the year leads (ISO), so only a date no reading makes real is impossible
_NUMERIC = re.compile(
    r"(?<![\w/.\-])(?:(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?![\w/]|[.\-]\d)"
)


@dataclass(frozen=True)
class NumericDate:
    """A date printed in figures that names no real day in any reading."""

    start: int
    end: int
    text: str
    year: int
    day: int  # in the reading that names a real month
    month: int
    both_ways: bool  # day and month could be read in either order (not ISO)


def impossible_numeric_dates(text: str) -> list[NumericDate]:
    found = []
    for m in _NUMERIC.finditer(text):
        if m.group("iy"):
            year = int(m.group("iy"))
            readings = [(int(m.group("id")), int(m.group("im")))]
        else:
            year, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
            readings = [(a, b), (b, a)]
        # (day, month) readings with a real month and a day a month could have
        months = [(d, mo) for d, mo in readings if 1 <= mo <= 12 and 1 <= d <= 31]
        if not months:
            continue  # "13/13/2024": not a date at all
        if any(d <= calendar.monthrange(year, mo)[1] for d, mo in months):
            continue
        day, month = months[0]
        both = not m.group("iy")
        found.append(NumericDate(m.start(), m.end(), m.group(0), year, day, month, both))
    return found
