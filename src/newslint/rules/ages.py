"""DAT002's arithmetic: every age and birth date of one person must fit one birth date.

Each statement narrows the days the person can have been born on: "34" at a date means born
34-35 years before it; "turned 60 on Tuesday" means born exactly 60 years before that Tuesday;
"born in 1947" means some day of 1947. Two statements about one person whose days do not meet
contradict each other. Statements are given to people by ``extract/ages.py``; a pronoun or a
description ("the 26-year-old") is given to the article's main person only when that person is
the only one with an age or a birth date, and only when it is close to what is known of them.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

from newslint.analysis import Analysis
from newslint.extract.ages import (
    AgeFacts,
    AgeStatement,
    BirthStatement,
    Subject,
    Window,
    years_before,
)
from newslint.extract.entities import Person
from newslint.rules.registry import Flag

ANAPHOR_YEARS = 3  # "the 26-year-old" is the main person only within three years of their age
Statement = AgeStatement | BirthStatement


def age_mismatch_flags(analysis: Analysis) -> Iterator[Flag]:
    facts = analysis.age_facts
    by_person = _statements_by_person(analysis, facts)
    for person, statements in by_person.items():
        yield from _contradictions(person, statements, analysis)


def _person_of(subject: Subject, people: list[Person]) -> Person | None:
    if subject.name is None:
        return None
    for person in people:
        if any(m.start == subject.name.start for m in person.mentions):
            return person
    return None


def _statements_by_person(analysis: Analysis, facts: AgeFacts) -> dict[str, list[Statement]]:
    named: dict[str, list[Statement]] = {}
    people: dict[str, Person] = {}
    unnamed: list[Statement] = []
    statements: list[Statement] = [*facts.ages, *facts.births]
    for s in statements:
        person = _person_of(s.subject, facts.people)
        if person is None:
            if s.subject.name is None:
                unnamed.append(s)
            continue
        named.setdefault(person.canonical, []).append(s)
        people[person.canonical] = person
    if len(named) == 1 and unnamed:
        ((canonical, statements),) = named.items()
        main = people[canonical]
        for s in unnamed:
            if _could_be(main, s, statements, analysis):
                statements.append(s)
    elif not named:
        # no name carries an age: "He was born in 1947 ... He died aged 79" is one person only
        # when every such statement says the same "he" or "she"
        genders = {s.subject.pronoun for s in unnamed}
        if len(genders) == 1 and None not in genders and len(unnamed) > 1:
            label = f"the person called '{'he' if genders == {'m'} else 'she'}'"
            first, rest = unnamed[0], unnamed[1:]
            kept = [first] + [s for s in rest if _close_to(s, [first])]
            named[label] = kept
    for statements in named.values():
        statements.sort(key=lambda s: s.start)
    return named


def _could_be(person: Person, s: Statement, known: list[Statement], analysis: Analysis) -> bool:
    """May a pronoun or description stand for the article's main person?"""
    subject = s.subject
    if subject.pronoun and person.gender and subject.pronoun != person.gender:
        return False
    if subject.description:
        # "the 54-year-old chief executive": the description must be said of them somewhere
        words = subject.description.lower()
        text = analysis.text.lower()
        if not any(words in text[max(0, m.start - 80) : m.end + 80] for m in person.mentions):
            return False
    return _close_to(s, known)


def _close_to(s: Statement, known: list[Statement]) -> bool:
    """Is an unnamed age within three years of what is known of the person, or the same digits
    swapped? (A larger gap is more likely someone else: "Smith, 45, ... the 19-year-old".)"""
    if not isinstance(s, AgeStatement):
        return True
    born = _born(s)
    if born is None:
        return False
    for k in known:
        other = _born(k)
        if other is not None and _gap_days(born, other) <= ANAPHOR_YEARS * 365.25:
            return True
        # "Jane Smith, 34, ... the 43-year-old": two digits swapped is a typo, not a new person
        if isinstance(k, AgeStatement) and _swapped(s.age, k.age):
            return True
    return False


def _swapped(a: int, b: int) -> bool:
    return a != b and a >= 10 and b >= 10 and sorted(str(a)) == sorted(str(b))


def _born(s: Statement) -> Window | None:
    """The days the statement allows the person to have been born on."""
    if isinstance(s, BirthStatement):
        return s.window
    if s.window is None:
        return None
    first, last = s.window
    if s.birthday:
        return years_before(first, s.age), years_before(last, s.age)
    return years_before(first, s.age + 1) + timedelta(days=1), years_before(last, s.age)


def _gap_days(a: Window, b: Window) -> float:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0.0


def _contradictions(person: str, statements: list[Statement], analysis: Analysis) -> Iterator[Flag]:
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
    born_a, born_b = _born(a), _born(b)
    if born_a is None or born_b is None or _gap_days(born_a, born_b) == 0:
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
        born = _born(other)
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
        detail += f", so on {_show_window(age.window)} they {verb} {could}"
        working.append(f"on {_show_window(age.window)}: {verb.split()[1]} {could}")
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
