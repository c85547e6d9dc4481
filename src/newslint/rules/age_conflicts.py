"""DAT002's calendar: the birth days each age or birth date allows, and the findings for one
person's statements whose days do not meet ("34" at a date means born 34-35 years before it;
"turned 60 on Tuesday", exactly 60 years before that Tuesday; "born in 1947", some day of 1947).
Whom each statement is about is decided in ``rules/ages.py``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

from newslint.extract.ages import (
    AHEAD_YEARS,
    AgeStatement,
    BirthStatement,
    Window,
    years_before,
)
from newslint.rules.registry import Flag

ANAPHOR_YEARS = 3  # "the 26-year-old" is the main person only within three years of their age
Statement = AgeStatement | BirthStatement


def within(s: Statement, known: list[Statement], years: float) -> bool:
    """Do the birth days ``s`` allows lie within ``years`` of those of one of ``known``?"""
    born = born_days(s)
    if born is None:
        return False
    return any(
        other is not None and gap_days(born, other) <= years * 365.25
        for other in (born_days(k) for k in known)
    )


def close_to(s: Statement, known: list[Statement]) -> bool:
    """Is an unnamed age within three years of what is known of the person, or the same digits
    swapped? (A larger gap is more likely someone else: "Smith, 45, ... the 19-year-old".)"""
    if not isinstance(s, AgeStatement):
        return True
    if born_days(s) is None:
        return False
    # "Jane Smith, 34, ... the 43-year-old": two digits swapped is a typo, not a new person
    return within(s, known, ANAPHOR_YEARS) or any(
        isinstance(k, AgeStatement) and swapped(s.age, k.age) for k in known
    )


def swapped(a: int, b: int) -> bool:
    return a != b and a >= 10 and b >= 10 and sorted(str(a)) == sorted(str(b))


def born_days(s: Statement) -> Window | None:
    """The days the statement allows the person to have been born on."""
    if isinstance(s, BirthStatement):
        return s.window
    if s.window is None:
        return None
    first, last = s.window
    if s.birthday:
        return years_before(first, s.age), years_before(last, s.age)
    return years_before(first, s.age + 1) + timedelta(days=1), years_before(last, s.age)


def gap_days(a: Window, b: Window) -> float:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0.0


def contradictions(person: str, statements: list[Statement]) -> Iterator[Flag]:
    reported: set[int] = set()
    for j, later in enumerate(statements):
        for earlier in statements[:j]:
            pair = _conflict(earlier, later)
            if pair is None:
                continue
            flagged, other = pair
            if id(flagged) in reported or _headline_repeat(flagged, statements):
                continue
            reported.add(id(flagged))
            yield _flag(person, flagged, other)
            break


def _conflict(a: Statement, b: Statement) -> tuple[AgeStatement, Statement] | None:
    """The age to report and the statement it contradicts, if ``a`` and ``b`` cannot both be
    true; two undated ages compare as numbers (both are 'now')."""
    if isinstance(a, BirthStatement) and isinstance(b, BirthStatement):
        return None
    if (
        isinstance(a, AgeStatement)
        and isinstance(b, AgeStatement)
        and a.window is None
        and b.window is None
    ):
        if a.present and b.present and not a.birthday and not b.birthday and a.age != b.age:
            return b, a
        return None
    born_a, born_b = born_days(a), born_days(b)
    if born_a is None or born_b is None or gap_days(born_a, born_b) == 0:
        return None
    if isinstance(b, AgeStatement):
        return b, a
    return a, b  # type: ignore[return-value]


def _headline_repeat(age: AgeStatement, statements: list[Statement]) -> bool:
    """A headline's age said again in the body: report the body's, not both."""
    return age.headline and any(
        isinstance(s, AgeStatement) and not s.headline and s.age == age.age for s in statements
    )


def _flag(person: str, age: AgeStatement, other: Statement) -> Flag:
    evidence: dict[str, object] = {"person": person, "age_printed": age.age}
    if isinstance(other, BirthStatement):
        born: Window | None = other.window
        evidence["born"] = _show_window(other.window)
    else:
        evidence["other_age"] = other.age
        evidence["other_age_on"] = _show_window(other.window) if other.window else "now"
        born = born_days(other)
    detail = f"'{other.text}' ({_describe(other)})"
    working = [f"{_describe(other)} ('{other.text}')"]
    if age.window is not None and born is not None:
        low, high = _ages_between(born, age.window, age.birthday)
        evidence["on"] = _show_window(age.window)
        evidence["age_on_that_date"] = low if low == high else [low, high]
        evidence["birthday_in_window"] = age.birthday
        could = (
            str(low) if low == high else f"{low} or {high}" if high == low + 1 else f"{low}-{high}"
        )
        verb = "would turn" if age.birthday else "would be"
        when = ("on " if age.window[0] == age.window[1] else "in ") + _show_window(age.window)
        detail += f", so {when} they {verb} {could}"
        working.append(f"{when}: {verb.split()[1]} {could}")
    working.append(f"printed: {age.age} ('{age.text}')")
    evidence["working"] = working
    return Flag(
        start=age.start,
        end=age.end,
        message=f"{person}: '{age.text}' ({_describe(age)}) contradicts {detail}",
        related=((other.start, other.end),),
        evidence=evidence,
    )


def _describe(s: Statement) -> str:
    if isinstance(s, BirthStatement):
        return f"born {_show_window(s.window)}"
    if s.window is None:
        return f"aged {s.age} now"
    when = _show_window(s.window)
    if s.birthday:
        return (
            f"turning {s.age} on {when}"
            if s.window[0] == s.window[1]
            else f"turning {s.age} in {when}"
        )
    if s.present:
        return f"aged {s.age} on {when}"
    if s.window[1] >= years_before(s.window[0], -AHEAD_YEARS):
        return f"aged {s.age} at a time after {_show_window((s.window[0], s.window[0]))}"
    return f"aged {s.age} on {when}" if s.window[0] == s.window[1] else f"aged {s.age} in {when}"


def _ages_between(born: Window, when: Window, birthday: bool) -> tuple[int, int]:
    """The ages a birth window allows on a window of days (the age reached, for a birthday)."""
    ages = [_age_on(b, d) for b in born for d in when]
    return min(ages), max(ages)


def _age_on(born: date, day: date) -> int:
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def _show_window(w: Window) -> str:
    first, last = w
    if first == last:
        return f"{first.day} {calendar.month_name[first.month]} {first.year}"
    if (
        first.month == 1
        and first.day == 1
        and last.month == 12
        and last.day == 31
        and first.year == last.year
    ):
        return str(first.year)
    if first.year == last.year and first.month == last.month and first.day == 1:
        return f"{calendar.month_name[first.month]} {first.year}"
    return f"{_show_window((first, first))} - {_show_window((last, last))}"
