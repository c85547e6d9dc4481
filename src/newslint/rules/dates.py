"""DAT rules: weekdays that are not their date's, ages that contradict each other or a birth
date, dates that do not exist and durations that disagree with their dates.

The calendar arithmetic is exact; what needs judgement is which year a date without one
belongs to (the printed year, its range partner's, or the occurrence nearest the publication
date within six months: ``extract/dates.py``) and which person an age belongs to (the person
grouping of ``extract/ages.py``). Where either is unknown, the rules stay silent.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from spacy.tokens import Token

from newslint.analysis import Analysis
from newslint.extract.anchored_spells import (
    anchored_spells,
    counted_from_an_event,
    names_the_spell,
)
from newslint.extract.change_words import YEAR
from newslint.extract.coarse_spells import CoarseEnd, CoarseSpell, coarse_ends, coarse_spell_of
from newslint.extract.dates import (
    NEAREST_WITHIN_DAYS,
    CalendarDate,
    NumericDate,
    impossible_numeric_dates,
    weekday_name,
)
from newslint.extract.spells import ONE_END_TOLD, Duration, Point, Spell, find_spells
from newslint.extract.tenures import tenure_to_now
from newslint.extract.timex import UNIT_DAYS
from newslint.report.model import Span
from newslint.rules.ages import age_mismatch_flags
from newslint.rules.anniversaries import anniversary_flags
from newslint.rules.registry import Flag, rule

# -- DAT001 ------------------------------------------------------------------------------------


@rule(
    "DAT001",
    "weekday-date-mismatch",
    "error",
    fires="""
        The inquiry will open on Monday 5 March 2024 at the town hall.
    """,
    silent="""
        The inquiry will open on Tuesday 5 March 2024 at the town hall.
    """,
    tolerance="""
        None: a weekday either is the date's or is not. A date printed without a year takes the
        year of its range partner ("Friday, August 16, to Sunday, August 17, 2024"), else the
        occurrence nearest the published date (within six months); if the weekday would fit the
        occurrence a year either side within nine months of publication, a year the article
        printed in full before the date (a story looked back on), or a year printed alone in
        the date's sentence ("in 2013, when it shut from Monday 7 January"), the rule stays
        silent.
        With no year and no published date, nothing is checked. "yesterday (Tuesday)",
        "today, Wednesday,", "tomorrow (Friday 14 March)", "tonight" and "last night (Sunday)"
        are checked only against a published date; a list ("tomorrow, Friday, and Saturday")
        is not read as one.
    """,
)
def weekday_date_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags a weekday printed beside a date that falls on another day.

    ## What it does
    Reads dates printed with a weekday ("on Tuesday 5 March 2024", "Monday, Nov. 4",
    "May 30 (Friday)") and works out the date's real weekday; reads "yesterday (Monday)" and
    the like against the published date.

    ## Why is this bad?
    Readers plan by these dates: a polling day, a road closure, a court date. When the weekday
    and the date disagree, one of them is wrong and nobody can tell which.
    """
    published = analysis.article.published
    for d in analysis.dates:
        if d.weekday is None or d.date is None or d.date.weekday() == d.weekday:
            continue
        if d.year_from == "published" and (
            _fits_another_year(d, published)
            or _fits_a_printed_year(d, analysis.dates)
            or _fits_its_sentence_year(analysis, d)
        ):
            continue
        yield _weekday_flag(d, d.date, d.weekday)
    if published is None:
        return
    for r in analysis.relative_days:
        day = published + timedelta(days=r.offset)
        if day.weekday() == r.weekday:
            continue
        yield Flag(
            start=r.start,
            end=r.end,
            message=f"'{r.text}': {r.word} {'was' if r.offset < 0 else 'is'} "
            f"{weekday_name(day.weekday())} {_day(day)} "
            f"(published {weekday_name(published.weekday())} {_day(published)}), "
            f"not {weekday_name(r.weekday)}",
            evidence={
                "published": published.isoformat(),
                "relative_day": r.word,
                "date": day.isoformat(),
                "weekday_printed": weekday_name(r.weekday),
                "weekday_of_date": weekday_name(day.weekday()),
                "working": [
                    f"published {weekday_name(published.weekday())} {_day(published)}; "
                    f"{r.word} = {weekday_name(day.weekday())} {_day(day)}; "
                    f"printed: {weekday_name(r.weekday)}"
                ],
            },
        )


def _fits_another_year(d: CalendarDate, published: date | None) -> bool:
    """Could the date be the one a year either side (an event looked back on or ahead to)?"""
    if published is None or d.year is None:
        return False
    return any(
        abs((other - published).days) <= NEAREST_WITHIN_DAYS * 1.5
        for other in _on_its_weekday(d, (d.year - 1, d.year + 1))
    )


def _fits_a_printed_year(d: CalendarDate, dates: list[CalendarDate]) -> bool:
    """Does the weekday fit a year the article printed in full before this date? A story looked
    back on ("the flood of Monday 9 October 2023 ... by Thursday, 12 October") carries its
    printed year to the bare dates after it: two readings, so no error."""
    years = {x.year for x in dates if x.year_from == "printed" and x.start < d.start}
    return any(_on_its_weekday(d, [y for y in years if y is not None]))


def _fits_its_sentence_year(analysis: Analysis, d: CalendarDate) -> bool:
    """Does the weekday fit a year printed alone in the date's sentence ("its worst period
    came in 2013, when it was shut from Monday 7 January")? The sentence dates the day, not
    the publication."""
    sentence = analysis.sentence_at(d.start)
    if sentence is None:
        return False
    years = {int(m.group(0)) for m in YEAR.finditer(analysis.text, sentence.start, sentence.end)}
    return any(_on_its_weekday(d, years))


def _on_its_weekday(d: CalendarDate, years: Iterable[int]) -> Iterator[date]:
    """The date's day and month in each of ``years`` where that day exists and falls on the
    printed weekday."""
    if d.day is None:
        return
    for year in years:
        if d.day <= calendar.monthrange(year, d.month)[1]:
            day = date(year, d.month, d.day)
            if day.weekday() == d.weekday:
                yield day


def _weekday_flag(d: CalendarDate, when: date, printed: int) -> Flag:
    year_note = {
        "printed": "",
        "range": f" (year {when.year} from the range's other date)",
        "published": f" (year {when.year}: the occurrence nearest the published date)",
    }.get(d.year_from or "", "")
    return Flag(
        start=d.weekday_start
        if d.weekday_start is not None and d.weekday_start < d.start
        else d.start,
        end=max(d.end, d.weekday_end or d.end),
        message=f"{_day(when)} is a {weekday_name(when.weekday())}, not a {weekday_name(printed)}"
        + year_note,
        evidence={
            "date": when.isoformat(),
            "year_from": d.year_from,
            "weekday_printed": weekday_name(printed),
            "weekday_of_date": weekday_name(when.weekday()),
            "working": [
                f"{_day(when)} is a {weekday_name(when.weekday())}; printed: "
                f"{weekday_name(printed)}" + year_note
            ],
        },
    )


def _day(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# -- DAT002 ------------------------------------------------------------------------------------


@rule(
    "DAT002",
    "age-mismatch",
    "error",
    fires="""
        Jane Whitlow, 34, has run the bakery on Mill Lane since it opened.

        The 43-year-old said trade had never been better.
    """,
    silent="""
        Jane Whitlow, 34, has run the bakery on Mill Lane since it opened.

        The 34-year-old said trade had never been better.
    """,
    tolerance="""
        Ages are whole years. An age and a birth date must agree exactly at the date the age is
        given for (a date in its sentence, else the published date); with only a birth year, or
        only a month or year for the event, any age the range allows is accepted, and an age in
        the past tense with no date of its own may be a year younger (the birthday may have
        fallen since). Two ages of one person fire only when both are for the present. An age
        with no name ("the 26-year-old", "He was 93") is given to the article's main person only
        when no other person has an age or birth date in the article, and only when it is within
        three years of theirs (a larger gap is more likely another person); a bare "the
        43-year-old" opening a sentence continues the subject of the sentence before when
        everyone else named there has an age of their own it contradicts. An age at a time to
        come ("will retire at 63") says only that the person is no older now; a life's years
        beside a name in a death story ("(1948-2024)") give the year of birth. A bare "the
        N-year-old" opening its sentence that no earlier age fits is checked against the nearest
        earlier age of a gender its sentence does not contradict, within ten years or its digits
        swapped, and only when no one named before it lacks an age (it may be them).
    """,
    published="2024-05-02",
)
def age_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags one person given two ages, or an age that contradicts their birth date.

    ## What it does
    Reads ages ("Jane Smith, 34,", "aged 34", "the 43-year-old", "He was 93", "turned 60") and
    birth dates ("born on 9 August 1924", "Born in 1985"), gives each to a person by the names
    the article uses (the same grouping as the quote table's speakers: "Ms Daly" is "Róisín
    Daly"), and checks that one person's ages agree with each other and with their birth date
    at the date the age is given for.

    ## Why is this bad?
    Ages are among the errors corrections columns print most often. They are easy for a reader
    to check, and a wrong one suggests the rest of the story was not checked either.
    """
    yield from age_mismatch_flags(analysis)


# -- DAT003 ------------------------------------------------------------------------------------


@rule(
    "DAT003",
    "impossible-date",
    "error",
    fires="""
        Residents have until 31 April to comment on the plans.
    """,
    silent="""
        Residents have until 30 April to comment on the plans.
    """,
    tolerance="""
        A date fires when its day is past the end of its month (29 February only in a year known
        not to be a leap year: printed, or, with no leap day within nine months of the published
        date, the occurrence nearest it). A date in figures ("31/04/2024", "2023-02-29") fires
        only when neither order of day and month names a real day. A duration
        ("49 days", "a 10-week strike", "After 14 years") fires only against two dates that are
        printed as one range or begin and end one spell (a start word such as "walked out" or
        "sworn in" before the first, an end word such as "returned" or "reopened" before the
        second), or that its own words name ("a fortnight later, on 20 August", "six months
        after the offer was accepted on 2 May"), within two paragraphs of it, and only if no
        pair of dates near it fits. A printed duration stands for half a unit below and, for
        weeks, months and years, a whole unit above (cut to whole units: 15.6 weeks is "15
        weeks"), plus a day for counting either end in or out; "about" widens that by 10% (at
        least a unit), "almost" and "more than" open one side. A duration told in another
        sentence than its dates must point back at the spell ("during the five weeks", "the
        12-week stoppage", "It was closed for ...") or name, as a thing already told, what the
        clause of one of its dates names ("spent 38 days in that hospital" after "admitted to
        University Hospital Galway", "The closure" after "closed"; not "a similar pool", not
        "pools" in general). "Since then, for 18 months" runs from the last date of the
        sentence before to the day its own sentence speaks of (the published date; for a
        weekday named without a date, "docked on Tuesday, 93 days after ...", that weekday in
        the week before or after it). A duration in the present perfect ("has been running for
        22 months") runs to the time of telling, not to a deadline after the published date; a
        headline's duration said again in the body is judged with the body's. An
        anniversary ("its 30th anniversary",
        "marked 30 years of care") is checked against the one year the article says the thing
        began in ("their 65th wedding anniversary", the one year the couple married in): it
        fires when the year it is said in is two or more years from that year plus N. "After a
        six-week trial that began on 15 January" runs from that date to the day its main
        clause speaks of. A spell told only in years or months ("joined in 1990 and retired in 2023",
        "from 2006 to 2022") is as long as any length its two ends allow (the last day of the
        first to the first of the second, up to the first day of the first to the last of the
        second); a duration in years or months just after its second end fires only when none
        of those lengths fits.
    """,
)
def impossible_date(analysis: Analysis) -> Iterator[Flag]:
    """Flags dates that do not exist and durations that disagree with their two dates.

    ## What it does
    Reads every calendar date and reports "31 April", "30 February" or "29 February 2023".
    Reads every stated duration ("the 49 days it was closed", "a six-week closure") and checks
    it against the two dates the article gives for the same spell ("closed on 10 January ...
    reopened on 2 March": 51 days).

    ## Why is this bad?
    A date that does not exist is a typo a reader spots at once; a duration that disagrees with
    its dates means one of the three figures is wrong.
    """
    for d in analysis.dates:
        if not d.exists:
            yield _nonexistent(d)
    for n in impossible_numeric_dates(analysis.text):
        yield _nonexistent_in_figures(n)
    spans = []
    durations = analysis.durations
    for flag in _duration_flags(analysis, durations):
        spans.append((flag.start, flag.end))
        yield flag
    for flag in _coarse_flags(analysis, durations):
        if not any(a < flag.end and flag.start < b for a, b in spans):
            spans.append((flag.start, flag.end))
            yield flag
    for flag in anniversary_flags(analysis):
        if not any(a < flag.end and flag.start < b for a, b in spans):
            yield flag


def _nonexistent(d: CalendarDate) -> Flag:
    month = calendar.month_name[d.month]
    leap = d.month == 2 and d.day == 29
    reason = (
        f"{d.year} is not a leap year: February {d.year} had 28 days"
        if leap
        else f"{month} has {d.days_in_month} days"
    )
    working = f"{month}{f' {d.year}' if leap else ''} has {d.days_in_month} days"
    return _no_such_day(d.start, d.end, d.text, d.day or 0, d.month, d.year, d.days_in_month,
                        reason, working, {"year_from": d.year_from})  # fmt: skip


def _nonexistent_in_figures(n: NumericDate) -> Flag:
    """ "31/04/2024": April has 30 days, and no month 31 reads it the other way."""
    month = calendar.month_name[n.month]
    days = calendar.monthrange(n.year, n.month)[1]
    other = ", and read the other way round it names no month" if n.both_ways else ""
    working = f"{month} {n.year} has {days} days"
    return _no_such_day(n.start, n.end, n.text, n.day, n.month, n.year, days,
                        f"{month} {n.year} has {days} days{other}", working)  # fmt: skip


def _no_such_day(
    start: int,
    end: int,
    text: str,
    day: int,
    month: int,
    year: int | None,
    days: int,
    reason: str,
    working: str,
    extra: dict[str, object] | None = None,
) -> Flag:
    return Flag(
        start=start,
        end=end,
        message=f"'{text}' does not exist: {reason}",
        evidence={
            "day": day,
            "month": calendar.month_name[month],
            "year": year,
            **(extra or {}),
            "days_in_month": days,
            "working": [f"{working}; printed day: {day}"],
        },
    )


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_AFTER = re.compile(r"\b(?:after|following)\s+(?:\w+\s+)?$", re.I)
PARAGRAPHS_APART = 2  # a duration and the dates it measures (unless the article has one spell)
# a duration more than 2.5 times (or less than 0.4 of) the spell is about another spell
OTHER_SPELL_RATIO = 2.5


def _duration_flags(analysis: Analysis, durations: list[Duration]) -> Iterator[Flag]:
    text = analysis.text
    paragraphs = [(p.start, p.end) for p in analysis.paragraphs]
    if not durations:
        return
    spells = find_spells(text, analysis.dates, paragraphs)
    anchored = anchored_spells(analysis, durations)
    if not spells and not anchored:
        return
    starts = [a for a, _ in paragraphs]

    def paragraph(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < paragraphs[k][1] else -1

    # spells by the paragraphs of their ends, dates by their paragraph: a duration looks up
    # its neighbours instead of scanning the article's every spell and date
    ends: dict[int, set[int]] = {}
    for n, i in enumerate(spells):
        for end in (i.first, i.last):
            ends.setdefault(paragraph(end.start), set()).add(n)
    full: dict[int, list[date]] = {}
    for d in analysis.dates:
        if d.date is not None:
            full.setdefault(paragraph(d.start), []).append(d.date)

    def near_to(where: int) -> list[Spell]:
        if len(spells) == 1:
            return spells[:]
        found = {n for k in range(where - PARAGRAPHS_APART, where + PARAGRAPHS_APART + 1)
                 for n in ends.get(k, ())}  # fmt: skip
        return [spells[n] for n in sorted(found)]

    wrong: dict[tuple[int, int], tuple[Spell, list[Duration]]] = {}
    headline_end = analysis.paragraphs[0].end if len(paragraphs) > 1 else 0
    in_body = {d.text.lower() for d in durations if d.start >= headline_end}
    for duration in durations:
        if duration.start < headline_end and duration.text.lower() in in_body:
            continue  # the headline's "after 118 days" is the body's, judged (and flagged) there
        where = paragraph(duration.start)
        near = anchored.get(duration.start, [])
        if not near and counted_from_an_event(analysis, duration):
            continue  # the gap from an event no date is given for, to its clause's time
        if not near:
            near = near_to(where)
            near = [
                i
                for i in near
                if not _before_the_start(analysis, duration, i)
                and not _another_time(analysis, duration, i)
                and not _ends_after_the_telling(analysis, duration, i)
                and _refers_to(analysis, duration, i)
            ]
        if not near or any(duration.allows(i.days) for i in near):
            continue
        near = [i for i in near if _same_order(duration.days, i.days)]
        if not near:
            continue
        # any two dates near it that fit: it measures another spell
        around: list[date | None] = [
            d for k in range(where - 1, where + 2) for d in full.get(k, [])
        ]
        around += [i.first.day for i in near] + [i.last.day for i in near]
        if _two_apart(around, duration):
            continue
        spell = min(near, key=lambda i: _distance(i, duration))
        key = (spell.first.start, spell.last.start)
        wrong.setdefault(key, (spell, []))[1].append(duration)
    said: dict[str, list[Duration]] = {}
    for said_one in durations:
        said.setdefault(said_one.text.lower(), []).append(said_one)
    for spell, found in wrong.values():
        # the same duration said again (a headline's "after 13 months") is the same error
        mine = {id(d) for d in found}
        again = [d for d in said[found[0].text.lower()] if id(d) not in mine]
        yield _duration_flag(spell, found + again)


def _coarse_flags(analysis: Analysis, durations: list[Duration]) -> Iterator[Flag]:
    """Durations against spells told only in years or months ("joined in 1990 and retired in
    2023 after 25 years"), where the duration's sentence prints no full date."""
    durations = [d for d in durations if d.unit in ("year", "month")]
    if not durations:
        return
    ends = coarse_ends(analysis)
    # a tenure may start on a day ("appointed head on 1 September 2013")
    days = [CoarseEnd(d.start, d.end, d.text, d.date, d.date) for d in analysis.dates if d.date]
    tenure_ends = sorted(ends + days, key=lambda e: e.start)
    full = [d.start for d in analysis.dates if d.day is not None]
    for duration in durations:
        sentence = analysis.sentence_at(duration.start)
        if sentence is None or any(sentence.start <= at < sentence.end for at in full):
            continue
        spell = coarse_spell_of(analysis, duration, ends) if len(ends) > 1 else None
        if spell is None:
            spell = tenure_to_now(analysis, duration, tenure_ends)
        if spell is None:
            continue
        shortest, longest = spell.days
        low, high = duration.bounds()
        if longest >= low and shortest < high:
            continue  # some length the two ends allow fits
        if not _same_order(duration.days, (shortest + longest) // 2):
            continue
        yield _coarse_flag(spell, duration)


def _coarse_flag(spell: CoarseSpell, duration: Duration) -> Flag:
    shortest, longest = spell.days
    unit = UNIT_DAYS[duration.unit]
    low, high = duration.bounds()
    between = f"{shortest / unit:.1f}-{longest / unit:.1f} {duration.unit}s"
    first, last = spell.first, spell.last
    return Flag(
        start=duration.start,
        end=duration.end,
        message=f"'{duration.text}' does not fit the dates: {first.text} to {last.text} is "
        f"{between}",
        related=((first.start, first.end), (last.start, last.end)),
        evidence={
            "from_date": first.text,
            "to_date": last.text,
            "linked_by": spell.how,
            "elapsed_days": [shortest, longest],
            "stated": duration.text,
            "stated_days": round(duration.days, 1),
            "allowed_days": [round(low, 1), round(high, 1)],
            "working": [
                f"{first.text} → {last.text} = {shortest}-{longest} days = {between}",
                f"printed: {duration.text} = {duration.days:g} days; allowed {low:g}-{high:g} days"
                if high != float("inf")
                else f"printed: {duration.text}; allowed from {low:g} days",
            ],
        },
    )


def _two_apart(dates: list[date | None], duration: Duration) -> bool:
    """Are any two of ``dates`` as far apart as ``duration`` allows? Sorted and bisected, not
    tried pair by pair: a paragraph may hold thousands of dates."""
    low, high = duration.bounds()
    days = sorted(d.toordinal() for d in dates if d is not None)
    for k, a in enumerate(days):
        # the first date after this one (not itself) at least ``low`` days on
        j = bisect.bisect_left(days, a + max(low, 0), k + 1)
        if j < len(days) and days[j] - a < high:
            return True
    return False


def _distance(spell: Spell, duration: Duration) -> int:
    ends = [p.start for p in (spell.first, spell.last) if p.start >= 0]
    return min((abs(s - duration.start) for s in ends), default=0)


def _before_the_start(analysis: Analysis, duration: Duration, interval: Spell) -> bool:
    """ "sworn in on 15 January 2013, after 18 years in Columbus": "after N years" in the clause
    of the spell's first date, before its last, is the time before the spell."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None or not sentence.start <= interval.first.start < sentence.end:
        return False
    if not interval.first.end <= duration.start:
        return False
    if (
        sentence.start <= interval.last.start < sentence.end
        and interval.last.start < duration.start
    ):
        return False  # "... and retired on 17 January 2025, after 12 years": the spell itself
    return bool(
        _AFTER.search(analysis.text[max(sentence.start, duration.start - 12) : duration.start])
    )


# a duration that points back at a spell already told: "During the 49 days it was closed", "the
# six weeks away", "The 12-week stoppage", "After 14 years at the helm", "after spending 10 weeks"
_POINTS_BACK = re.compile(
    r"\b(?:the|those|these|its|their|during|after|after spending|throughout)\s+$", re.I
)


_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|should|might|may|normally|usually|typically|had)\b", re.I
)
_NOT_ELAPSED = re.compile(
    r"\b(?:would|could|should|might|may|will|shall|must|normally|usually|typically)\b", re.I
)
_ALLOWANCE = re.compile(r"\s+(?:in which\s+)?to\s+[a-z]+", re.I)  # "10 days to respond"
_OPENING = re.compile(r"\W*(?:(?P<pronoun>It|They|He|She)\b|The\s+(?P<noun>[A-Za-z]{4,})\b)")


def _refers_to(analysis: Analysis, duration: Duration, interval: Spell) -> bool:
    """Does a duration measure a spell whose dates it is not anchored to? In the dates'
    sentence, yes; in another, only when it points back at a spell already told ("during the
    five weeks it was closed"): "installing the sculptures took four months" or "candidates had
    campaigned for three weeks" is some other spell."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return True
    ends = [p.start for p in (interval.first, interval.last) if p.start >= 0]
    told_here = any(sentence.start <= at < sentence.end for at in ends)
    if interval.how == ONE_END_TOLD:
        # a spell only one of whose ends says so is measured in its own sentence, as a time
        # that has passed: not "repairs would take six weeks", "gave them 10 days to respond"
        text = analysis.text
        return (
            told_here
            and not _NOT_ELAPSED.search(text, sentence.start, duration.start)
            and not _ALLOWANCE.match(text, duration.end)
        )
    if told_here:
        return True
    text = analysis.text
    before = text[max(sentence.start, duration.start - 16) : duration.start]
    if _POINTS_BACK.search(before) is not None:
        return True
    # "It was closed for 12 weeks", "The library was closed for ...": the same subject, said
    # plainly (not "would normally take", not "had trained for" before it)
    lead = text[sentence.start : duration.start]
    if _HYPOTHETICAL.search(lead):
        return False
    if names_the_spell(analysis, duration, interval):
        return True
    if _told_next(analysis, sentence, interval):
        return True
    opening = _OPENING.match(lead)
    subject = _clause_subject(analysis, sentence, duration.start)
    if opening is None and subject is None:
        return False
    if (opening and opening.group("pronoun")) or (subject and subject.lower_ in _POINTERS):
        return True  # "It was closed for ...", "Instead it carried traffic ... for 41 years"
    first = interval.first
    clause = text[max(0, first.start - 80) : first.start]
    clause = re.split(r"[.!?]\s+", clause)[-1]
    noun = opening.group("noun") if opening else subject.text  # type: ignore[union-attr]
    return noun.lower()[:5] in {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", clause)}


# a subject that points back at a thing or a person already told
_POINTERS = frozenset(("it", "they", "he", "she"))


def _clause_subject(analysis: Analysis, sentence: Span, at: int) -> Token | None:
    """The subject of the clause a duration sits in, read from the parse: a pointing pronoun or
    a noun with "the" ("Instead it carried traffic ... for 41 years", "Since then the pier has
    ..."), whatever words open the sentence."""
    tokens, offset = analysis.parsed_tokens(sentence)
    word = next((t for t in tokens if t.idx + offset >= at), None)
    while word is not None and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    if word is None or word.pos_ not in ("VERB", "AUX"):
        return None
    for child in word.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in _POINTERS:
            return child
        if child.pos_ == "NOUN" and any(d.lower_ == "the" for d in child.children):
            return child
    return None


def _told_next(analysis: Analysis, sentence: Span, interval: Spell) -> bool:
    """ "The strike lasted 12 days. It began on 3 June and ended on 22 June": a duration in a
    sentence with no date of its own, whose thing the next sentence, holding the spell's first
    date, takes up by a pronoun or by a noun of the duration's sentence ("The inquiry sat for
    40 days. The inquiry opened on ...")."""
    after = analysis.sentence_after(sentence)
    if after is None or not after.start <= interval.first.start < after.end:
        return False
    text = analysis.text
    if any(sentence.start <= d.start < sentence.end for d in analysis.dates):
        return False
    if _YEAR.search(text, sentence.start, sentence.end):
        return False  # "The last closure, in 2019, took nine days": another time
    opening = _OPENING.match(text, after.start, interval.first.start)
    if opening is None:
        return False
    if opening.group("pronoun"):
        return True
    said = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text[sentence.start : sentence.end])}
    return opening.group("noun").lower()[:5] in said


def _ends_after_the_telling(analysis: Analysis, duration: Duration, spell: Spell) -> bool:
    """ "It has now been running for 22 months, and hopes to reach its target by 31 March": a
    duration in the present perfect runs up to the time of telling, so a spell that ends after
    the published date (a deadline ahead) is not the one it measures. Read from the parse: the
    duration is the time of a verb ("for 22 months", "lasted six weeks") that has "has" or
    "have" for its auxiliary; not "Nkosi's 14 years at the helm have not been without
    controversy", where the duration is what the verb says something of."""
    published = analysis.article.published
    sentence = analysis.sentence_at(duration.start)
    if published is None or sentence is None or spell.last.day <= published:
        return False
    tokens, offset = analysis.parsed_tokens(sentence)
    unit = next((t for t in tokens if t.idx + offset + len(t.text) >= duration.end), None)
    if unit is None:
        return False
    verb = unit.head
    if unit.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "running for 22 months"
    elif unit.dep_ not in ("npadvmod", "dobj", "obj"):
        return False  # a subject, or a noun's modifier: not the verb's time
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _another_time(analysis: Analysis, duration: Duration, interval: Spell) -> bool:
    """ "It had last been closed for three weeks in 2019", "In 2019, it was shut for 97 days":
    a duration dated to a year the spell is not in is about another time."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return False
    text = analysis.text
    near = text[duration.end : min(sentence.end, duration.end + 30)]
    opening = re.match(r"\W*In (?:the )?((?:19|20)\d\d)\b", text[sentence.start : duration.start])
    years = {int(y) for y in _YEAR.findall(near)} | ({int(opening.group(1))} if opening else set())
    return bool(years - {interval.first.day.year, interval.last.day.year})


def _same_order(stated_days: float, elapsed_days: int) -> bool:
    if stated_days <= 0 or elapsed_days <= 0:
        return False
    ratio = stated_days / elapsed_days
    return 1 / OTHER_SPELL_RATIO <= ratio <= OTHER_SPELL_RATIO


def _duration_flag(spell: Spell, durations: list[Duration]) -> Flag:
    first, last = spell.first, spell.last
    days = spell.days
    nearest = min(durations, key=lambda p: _distance(spell, p))
    unit_days = nearest.days / nearest.number
    in_units = days / unit_days
    low, high = nearest.bounds()
    shown = "" if nearest.unit == "day" else f" ({in_units:.1f} {nearest.unit}s)"
    return Flag(
        start=nearest.start,
        end=nearest.end,
        message=f"'{nearest.text}' does not fit the dates: {_end_text(first)} to "
        f"{_end_text(last)} is {days} days" + shown,
        related=(
            *((p.start, p.end) for p in (first, last) if p.start >= 0),
            *((p.start, p.end) for p in durations if p is not nearest),
        ),
        evidence={
            "from_date": first.day.isoformat(),
            "to_date": last.day.isoformat(),
            "linked_by": spell.how,
            "elapsed_days": days,
            "stated": nearest.text,
            "stated_days": round(nearest.days, 1),
            "allowed_days": [round(low, 1), round(high, 1)],
            "working": [
                f"{_day(first.day)} → {_day(last.day)} = {days} days"
                + (f" = {in_units:.1f} {nearest.unit}s" if nearest.unit != "day" else ""),
                f"printed: {nearest.text} = {nearest.days:g} days; allowed {low:g}-{high:g} days"
                if high != float("inf")
                else f"printed: {nearest.text}",
            ],
        },
    )


def _end_text(p: Point) -> str:
    return p.text if p.start >= 0 else f"{p.text} ({_day(p.day)})"
