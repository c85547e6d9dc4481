"""DAT003's anniversaries: "its 30th anniversary" or "marked 30 years of care" against the one
year the article says the thing began ("opened in 1994", "founded on 14 May 1994").

The Nth anniversary falls in the founding year plus N; the year it is celebrated in is the
year of a date printed in its sentence, else the published date's. A year either way is
allowed (a celebration held early or late, a founding late in its year), so the rule fires
only when the two are two or more years apart. Durations against a full founding date and a
full date of their own are ``extract/spells.py``'s; this reads what has only years.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.extract.anchored_spells import ANNIVERSARY, FOUNDED
from newslint.extract.dates import YEAR_WORD
from newslint.rules.registry import Flag

TOLERANCE_YEARS = 1
_ORDINAL = re.compile(
    r"\b(?:its|their)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?P<wedding>wedding\s+)?"
    r"(?:anniversary|birthday)\b"
    r"|\b(?P<n2>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:its|their|the)\s+"
    r"(?:opening|founding|foundation|launch|formation|creation|establishment)\b",
    re.I,
)
# "opened in 1994", "was founded in Leeds in 1976"
_FOUNDED_IN = re.compile(
    r"\b(?:opened|founded|established|formed|set up|launched|inaugurated|incorporated|created)"
    r"\b[^.;!?\n]{0,40}?\bin\s+(?P<year>(?:1[6-9]|20)\d\d)\b(?![\d,.]\d)",
    re.I,
)
# "were married at St Anne's on 8 August 1961", "wed in 1961": where a wedding anniversary
# counts from
_MARRIED_IN = re.compile(
    r"\b(?:married|wed)\b[^.;!?\n]{0,60}?\b(?P<year>(?:1[89]|20)\d\d)\b(?![\d,.]\d)", re.I
)
# "last year it celebrated ...": the year it is said for; "years ago", "will", "would": unknown
_RELATIVE_YEAR = re.compile(
    r"\b(?P<shift>last|next|this)\s+year\b|\b(?:ago|will|would|once|previous|earlier)\b", re.I
)


@dataclass(frozen=True)
class Founding:
    year: int
    start: int
    end: int
    text: str


def anniversary_flags(analysis: Analysis) -> Iterator[Flag]:
    text = analysis.text
    ordinals = list(_ORDINAL.finditer(text))
    # "marked 30 years of care"; not "30 years after ..." (spells.py's)
    years_of = [
        d
        for d in analysis.durations
        if d.unit == "year" and re.match(r"\s+of\b", text[d.end : d.end + 4])
    ]
    if not ordinals and not years_of:
        return  # no anniversary told: the founding need not be looked for
    starts = [d.start for d in analysis.dates]
    weddings = [m for m in ordinals if m.group("wedding")]
    wedding = _wedding(analysis) if weddings else None
    for m in weddings:
        if wedding is not None:
            yield from _check(analysis, wedding, starts, m.start(), m.end(), int(m.group("n")))
    founding = _founding(analysis)
    if founding is None:
        return
    for m in ordinals:
        if m.group("wedding"):
            continue
        n = int(m.group("n") or m.group("n2"))
        # "is celebrating its 30th anniversary" may open the story, before the founding date
        yield from _check(analysis, founding, starts, m.start(), m.end(), n, after=False)
    for duration in years_of:
        if duration.end <= founding.end:
            continue
        sentence = analysis.sentence_at(duration.start)
        if sentence is None or not ANNIVERSARY.search(text, sentence.start, sentence.end):
            continue
        yield from _check(analysis, founding, starts, duration.start, duration.end, duration.number)


def _founding(analysis: Analysis) -> Founding | None:
    """The one year the article says the thing began in, from a year or a full date."""
    text = analysis.text
    found = [
        Founding(int(m.group("year")), m.start("year"), m.end("year"), m.group(0))
        for m in _FOUNDED_IN.finditer(text)
    ]
    for d in analysis.dates:
        if d.printed_year is not None and FOUNDED.search(text[max(0, d.start - 60) : d.start]):
            found.append(Founding(d.printed_year, d.start, d.end, d.text))
    years = {f.year for f in found}
    return found[0] if len(years) == 1 else None


def _wedding(analysis: Analysis) -> Founding | None:
    """The one year the article says a couple married in ("were married ... on 8 August
    1961"): what "their 65th wedding anniversary" counts from."""
    found = [
        Founding(int(m.group("year")), m.start("year"), m.end("year"), m.group(0))
        for m in _MARRIED_IN.finditer(analysis.text)
    ]
    return found[0] if len({f.year for f in found}) == 1 else None


def _check(
    analysis: Analysis,
    founding: Founding,
    starts: list[int],
    start: int,
    end: int,
    n: float,
    after: bool = True,
) -> Iterator[Flag]:
    if (after and start <= founding.end) or founding.start <= start < founding.end:
        return
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return
    text = analysis.text
    dates = analysis.dates  # in text order: the sentence's own by bisection
    first, last = (bisect.bisect_left(starts, at) for at in (sentence.start, sentence.end))
    own = [d for d in dates[first:last] if d.year]
    dated = [(d.start, d.end) for d in own] + [(founding.start, founding.end)]
    for y in YEAR_WORD.finditer(text, sentence.start, sentence.end):
        if not any(a <= y.start() < b for a, b in dated):
            return  # a year of something else in the sentence: "who joined in 1996"
    published = analysis.article.published
    said = own[0].year if own else (published.year if published else None)
    if said is None:
        return
    relative = _RELATIVE_YEAR.search(text, sentence.start, sentence.end)
    if relative is not None and not own:
        if relative.group("shift") is None:
            return  # "years ago", "once", "will": a time of its own
        said += {"last": -1, "next": 1}.get(relative.group("shift").lower(), 0)
    due = founding.year + round(n)
    off = said - due
    if abs(off) <= TOLERANCE_YEARS or n != round(n):
        return
    stated = text[start:end]
    when = f"in {said}" + ("" if own else " (the published date)")
    yield Flag(
        start=start,
        end=end,
        message=f"'{stated}' does not fit the dates: begun in {founding.year} "
        f"('{founding.text}'), {round(n)} years on is {due}, not {said}",
        related=((founding.start, founding.end),),
        evidence={
            "founded": founding.year,
            "stated": stated,
            "stated_years": round(n),
            "due_year": due,
            "said_in": said,
            "years_off": off,
            "tolerance_years": TOLERANCE_YEARS,
            "working": [
                f"begun in {founding.year} ('{founding.text}')",
                f"{founding.year} + {round(n)} = {due}",
                f"said {when}: {abs(off)} years {'later' if off > 0 else 'earlier'} "
                f"(allowed: {TOLERANCE_YEARS})",
            ],
        },
    )
