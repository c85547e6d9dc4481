"""Durations ("49 days", "a 10-week strike", "After 14 years") and the two days of the spell
each one measures (DAT003's reading).

A spell's two days come from how the article prints them:

- one range: "from 3 March to 10 March";
- a start word and an end word: "walked out on 6 January ... returned to work on 17 March";
- the duration's own words ("anchored" spells, ``extract/anchored_spells.py``): "a fortnight
  later, on 20 August", "six months after the application was submitted", "50 years since the
  fire", "after 62 years of marriage".
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from datetime import date

from newslint.extract.dates import RANGE_LINK, CalendarDate
from newslint.extract.timex import UNIT_DAYS

_DURATION_NUMBER = (
    r"(?:\d{1,4}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)"
)
_DURATION = re.compile(
    # every duration opens a word: testing that first lets the engine pass over the other
    # positions cheaply (the pattern is tried at every character of every article)
    r"\b(?=\w)"
    r"(?:\b(?P<approx>about|around|roughly|some|almost|nearly|just over|just under|more than|"
    r"over|under|less than|fewer than|at least)\s+)?"
    r"(?:\b(?P<n>" + _DURATION_NUMBER + r")(?P<half>[\s-]+and[\s-]+a[\s-]+half)?"
    r"[\s-]+(?:(?:consecutive|straight|full|whole)\s+)?"
    r"(?P<unit>day|week|fortnight|month|year|decade)s?"
    r"|\ba\s+(?P<fortnight>fortnight)"
    # "a year and a half", "a month and a half": one unit and a half
    r"|\b(?:a|an|one)\s+(?P<and_half>year|month|week|day)[\s-]+and[\s-]+a[\s-]+half"
    r"|\ba\s+(?P<decade>decade)"
    # "a year after the attack", "a month later": one unit, counted from a day
    r"|\b(?:a|an)\s+(?P<single>year|month|week)(?=\s*,?\s+(?:later|after|afterwards|since|"
    r"before|earlier)\b))\b"
    # ages, times before publication, rates and future spans are not durations between dates
    r"(?![\s-]+old\b|\s+ago\b|\s+of\s+age\b|['’]s?\s+time\b|\s+to\s+go\b|\s+(?:a|per|each)\s+"
    r"(?:day|week|month|year)\b|\s+(?:running|in\s+a\s+row)\b)",
    re.I,
)
_NOT_A_SPAN_BEFORE = re.compile(
    r"\b(?:every|each|per|once|twice|aged|age of|within|first|last|next|past|previous|coming|recent)"
    r"\s+$",
    re.I,
)
_APPROX_SLACK = {"about": 0.1, "around": 0.1, "roughly": 0.1, "some": 0.1}


@dataclass(frozen=True)
class Duration:
    """ "49 days", "a 10-week strike", "After 14 years": a length of time as printed."""

    start: int
    end: int
    text: str
    number: float
    unit: str
    approx: str | None

    @property
    def days(self) -> float:
        return self.number * UNIT_DAYS[self.unit]

    def allows(self, days: int) -> bool:
        """Could ``days`` (between two dates) be printed as this duration? Counting both ends
        in makes it a day more (from 3 to 14 March is "12 days"); weeks, months and years are
        rounded or cut (45 days is still "six weeks", 48 days "six weeks" cut; "after 14 years"
        is 13.5 to 15 years: nobody says "15 years" before the day)."""
        low, high = self.bounds()
        return low <= days < high

    def bounds(self) -> tuple[float, float]:
        unit = UNIT_DAYS[self.unit]
        # "a fortnight" is two weeks, read to the half week as weeks are
        half = {"day": 0.5, "fortnight": 3.5}.get(self.unit, 0.5 * unit)
        # "two and a half years", "1.5 years": told to the half unit, read to the quarter
        fraction = self.number != int(self.number)
        if fraction:
            half = 0.25 * unit
        low, high = self.days - half - 1, self.days + half
        if self.unit in ("week", "month", "year", "decade"):
            # cut to whole units: 15.6 weeks is still "15 weeks" (to halves, for a half)
            high = self.days + (0.5 * unit if fraction else unit)
        approx = (self.approx or "").lower()
        if approx in _APPROX_SLACK:
            widen = max(_APPROX_SLACK[approx] * self.days, unit)
            low, high = low - widen, high + widen
        elif approx in ("almost", "nearly", "just under"):
            low = low - max(0.1 * self.days, unit)
        elif approx in ("under", "less than", "fewer than"):
            low = 0.0
        elif approx in ("more than", "over", "just over", "at least"):
            high = float("inf")
        return low, high


# "vaccines at two, four and six months", "a scan at 12 weeks": a point in time (an age), not
# a spell between two dates
_AT_A_POINT = re.compile(
    r"\bat\s+(?:" + _DURATION_NUMBER + r"\s*(?:,|\band\b|\bor\b)?\s*){0,4}$", re.I
)


def find_durations(text: str) -> list[Duration]:
    from newslint.extract.timex import number

    found = []
    for m in _DURATION.finditer(text):
        if _NOT_A_SPAN_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _AT_A_POINT.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if m.group("fortnight"):
            n, unit = 1.0, "fortnight"
        elif m.group("and_half"):
            n, unit = 1.5, m.group("and_half").lower()
        elif m.group("decade"):
            n, unit = 1.0, "decade"
        elif m.group("single"):
            n, unit = 1.0, m.group("single").lower()
        else:
            n, unit = number(m.group("n")) or 0.0, m.group("unit").lower()
            n += 0.5 if m.group("half") else 0.0  # "two and a half years"
        if n <= 0:
            continue
        found.append(Duration(m.start(), m.end(), m.group(0), n, unit, m.group("approx")))
    return found


# words before a date that make it the start or the end of a spell (coarse_spells and
# anchored_spells read them too)
START_WORDS = re.compile(
    r"\b(?:since|began|begin|begins|beginning|started|start|starts|opened|opens|open|"
    r"launched|joined|hired|appointed|sworn|elected|took (?:over|office|charge)|closed|closes|close|"
    r"shut|suspended|walked out|went on strike|signed|admitted|flown|taken to|arrested|"
    r"went missing|disappeared|last seen|left|departed|set off|enlisted|moved|arrived|"
    r"opening|closure|first day|"
    # held or stopped: "seized on 3 January", "remanded in custody on", "grounded from"
    r"seized|kidnapped|abducted|captured|taken hostage|detained|jailed|imprisoned|remanded|"
    r"impounded|blocked|grounded|halted|evacuated|banned|trapped|stranded|marooned|"
    # under way: "broke out on", "got under way on", "kicked off on", "diagnosed on"
    r"broke out|erupted|got under way|kicked off|commenced|diagnosed|hospitali[sz]ed)\b",
    re.I,
)
END_WORDS = re.compile(
    r"\b(?:ended|ends|end|finished|reopened|reopens|reopen|returned|"
    r"returns|resumed|resumes|discharged|released|freed|expires|expired|expire|last day|retired|retires|"
    r"retire|verdict|convicted|concluded|completed|closed|closes|close|found|died|left|ending|"
    # back or let go: "went back on", "allowed home on", "granted bail on", "rescued on"
    r"went back|came back|came home|allowed home|sent home|rescued|bailed|granted bail|"
    r"brought out|pulled out|brought home|brought back|"
    # the same, said as a noun: "until his release on", "since her return on"
    r"release|rescue|reopening|"
    r"acquitted|sentenced|"
    # over: "cleared on", "lifted on", "extinguished on", "runs until", "broke on"
    r"cleared|lifted|restored|extinguished|put out|called off|wound up|wrapped up|"
    r"runs until|run until|ran until|"
    # out of office: "ousted on", "resigned on", "stood down on"
    r"ousted|deposed|toppled|sacked|dismissed|resigned|stood down|stepped down|settled|resolved|"
    # the same ahead: "will step down on", "resigns on", "is standing down on"
    r"steps? down|stepping down|stands? down|standing down|resigns?|resigning)\b",
    re.I,
)


@dataclass(frozen=True)
class Point:
    """One end of a spell: a printed date, or a day named from the published date ("tomorrow",
    or today when the article says nothing), which has no span (``start`` -1)."""

    day: date
    start: int
    end: int
    text: str


def point(d: CalendarDate) -> Point:
    if d.date is None:
        raise ValueError(f"{d.text!r} names no single day")
    return Point(d.date, d.start, d.end, d.text)


@dataclass(frozen=True)
class Spell:
    """Two days that begin and end one spell: "from 3 March to 10 March", "suspended on 10
    January ... reopened on 2 March", "went down on 2 August ... a fortnight later, on 20
    August"."""

    first: Point
    last: Point
    how: str  # "range" (printed as one), "start/end words", or what the duration says

    @property
    def days(self) -> int:
        return (self.last.day - self.first.day).days


def find_spells(
    text: str,
    dates: list[CalendarDate],
    paragraphs: list[tuple[int, int]],
    one_end: bool = True,
) -> list[Spell]:
    """Pairs of dates that begin and end one spell: a printed range, or a date after a start
    word ("walked out on 6 January") and a later one after an end word ("returned to work on 17
    March") in the same or the next paragraph; with ``one_end``, also a date only one of whose
    ends is marked (``_one_end_told``)."""
    full = [d for d in dates if d.date is not None]
    found: list[Spell] = []
    in_range: set[int] = set()
    for a, b in itertools.pairwise(full):
        ordered = _in_order(a, b)
        if RANGE_LINK.match(text[a.end : b.start]) and ordered:
            found += [Spell(first, last, "range") for first, last in ordered]
            in_range |= {id(a), id(b)}

    # paragraphs and the ends of dates looked up by bisection: an article may hold thousands
    opening = [start for start, _ in paragraphs]
    date_ends = sorted(x.end for x in dates)

    def paragraph(d: CalendarDate) -> int:
        k = bisect.bisect_right(opening, d.start) - 1
        return k if k >= 0 and d.start < paragraphs[k][1] else -1

    def words_before(d: CalendarDate) -> str:
        k = bisect.bisect_right(date_ends, d.start)
        left = max(d.start - 60, date_ends[k - 1]) if k else d.start - 60
        clause = re.split(r"[.;!?]\s+(?=[A-Z\"“])", text[max(0, left) : d.start])[-1]
        return clause

    starts = [d for d in full if id(d) not in in_range and START_WORDS.search(words_before(d))]
    ends = [d for d in full if id(d) not in in_range and END_WORDS.search(words_before(d))]
    ends_by_paragraph: dict[int, list[CalendarDate]] = {}
    for b in ends:
        ends_by_paragraph.setdefault(paragraph(b), []).append(b)
    for a in starts:
        here = paragraph(a)
        later = [
            b
            for k in (here - 1, here, here + 1)
            for b in ends_by_paragraph.get(k, ())
            if b is not a and _in_order(a, b)
        ]
        if later:
            b = min(later, key=lambda b: abs(b.start - a.start))
            found += [Spell(first, last, "start/end words") for first, last in _in_order(a, b)]
    if not one_end:
        return found
    born = {id(d) for d in full if _BORN.search(words_before(d))}
    told = [d for d in full if id(d) not in in_range and id(d) not in born]
    found += _one_end_told(text, told, starts, ends, found)
    return found


ONE_END_TOLD = "one end told"
_BORN = re.compile(r"\bborn\b", re.I)  # a life is an age's to check, not a spell's


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _one_end_told(
    text: str,
    told: list[CalendarDate],
    starts: list[CalendarDate],
    ends: list[CalendarDate],
    found: list[Spell],
) -> list[Spell]:
    """ "trapped on 12 August. They were brought out on 2 September": a start word's date and
    the next date told in its sentence or the one after, or an end word's date and the date
    told just before it there, when no spell pairs them already (the verdict is the rule's:
    a duration in the sentence of one of them that fits neither them nor any two dates around
    it)."""
    paired = {(sp.first.start, sp.last.start) for sp in found}
    marked_start = {id(d) for d in starts}
    marked_end = {id(d) for d in ends}
    more: list[Spell] = []
    for a, b in itertools.pairwise(told):
        if id(a) not in marked_start and id(b) not in marked_end:
            continue
        if len(_SENTENCE_BREAK.findall(text, a.end, b.start)) > 1 or "\n" in text[a.end : b.start]:
            continue  # further apart than the next sentence, or in another paragraph
        for first, last in _in_order(a, b):
            if (first.start, last.start) not in paired and first.start == a.start:
                more.append(Spell(first, last, ONE_END_TOLD))
    return more


def _in_order(a: CalendarDate, b: CalendarDate) -> list[tuple[Point, Point]]:
    """The readings of a spell's two days in which the first comes before the second. A year
    taken from the published date is the nearest one, so "detained on 14 February ... released
    on 2 April" in a September story reads as February next year: a start after its end is read
    again with the start a year earlier, or the end a year later."""
    first, last = point(a), point(b)
    if first.day < last.day:
        return [(first, last)]
    readings = []
    if a.year_from == "published":
        earlier = _shifted(first, -1)
        if earlier is not None and earlier.day < last.day:
            readings.append((earlier, last))
    if b.year_from == "published":
        later = _shifted(last, 1)
        if later is not None and first.day < later.day:
            readings.append((first, later))
    return readings


def _shifted(p: Point, years: int) -> Point | None:
    try:
        return Point(p.day.replace(year=p.day.year + years), p.start, p.end, p.text)
    except ValueError:  # 29 February
        return None
