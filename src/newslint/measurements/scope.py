"""When a figure holds: the time words of its clause, as anchors two mentions can be compared on.

A scope is a set of anchors ``(kind, value)``: ``("year", "2019")``, ``("relative", "last
year")``, ``("weekday", "monday")``, ``("month", "march")``, ``("season", "this summer")``, and
the windows and periods of ``extract/timex.py`` (``("window", "7")`` days). "last year" and "this
year" become years when the publication date is known. Two scopes disagree when they name
different values of one kind ("2019" and "2020", "Monday" and "Tuesday", "last year" and "this
year") or windows of very different lengths ("last week" inside "this winter"). A scope with no
anchors agrees with any other: most restatements do not repeat the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newslint.extract.dates import YEAR, YEAR_RANGE_NEXT
from newslint.extract.timex import find_time_expressions

_ANCHORS = re.compile(
    rf"\b(?P<year>{YEAR})\b(?!{YEAR_RANGE_NEXT})"
    r"|\b(?P<rel>(?i:last|this|next|previous|coming|current)\s+"
    r"(?P<unit>year|month|week|weekend|summer|winter|spring|autumn|season|decade|quarter|term))\b"
    r"|\b(?P<ago>(?i:a)\s+(?:year|month|week|decade)\s+(?:earlier|ago|before|later))\b"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?i:in|on|since|during|by|from|until|of|early|late|mid-?)\s+(?:\d{1,2}\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
    r"|\b(?P<season>(?i:the|in|this|last)\s+(?:summer|winter|spring|autumn))\b"
    r"|\b(?P<part>(?i:first|second|third|fourth|final)\s+(?:quarter|half))\b",
)
_SEASON_DAYS = 91.0
_UNIT_DAYS = {"week": 7.0, "weekend": 2.0, "month": 30.44, "quarter": 91.0, "year": 365.25,
              "decade": 3652.5, "summer": 91.0, "winter": 91.0, "spring": 91.0, "autumn": 91.0,
              "season": 91.0, "term": 91.0}  # fmt: skip
LENGTH_RATIO = 3.0
# the words a window or period of extract/timex.py starts with
_WINDOW_WORD = re.compile(
    r"\b(?:since|past|last|previous|preceding|latest|today|tonight|overnight)\b", re.I
)
_KIND_ORDER = [
    "year",
    "relative",
    "season",
    "month",
    "weekday",
    "part",
    "since",
    "window",
]  # windows this many times apart count different things


@dataclass(frozen=True)
class Scope:
    anchors: frozenset[tuple[str, str]] = frozenset()
    days: float | None = None  # the length of the shortest stated window or period

    def __bool__(self) -> bool:
        return bool(self.anchors)

    def conflict(self, other: Scope, *, lengths: bool = True) -> str | None:
        """Why two scopes cannot be one time ('2019 / 2020'), or None. ``lengths``: windows of
        very different length count too (a count "last week" is not the winter's count; the
        label "the £600m library" is not dated by "agreed last week")."""
        if not self.anchors or not other.anchors:
            return None
        mine = _by_kind(self.anchors)
        theirs = _by_kind(other.anchors)
        for kind in sorted(mine.keys() & theirs.keys(), key=_KIND_ORDER.index):
            if not mine[kind] & theirs[kind]:
                return f"{'/'.join(sorted(mine[kind]))} against {'/'.join(sorted(theirs[kind]))}"
        if lengths and self.days and other.days:
            longer, shorter = max(self.days, other.days), min(self.days, other.days)
            if longer / shorter > LENGTH_RATIO:
                return f"a {shorter:g}-day window against a {longer:g}-day one"
        return None

    def describe(self) -> str:
        return ", ".join(sorted(v for _, v in self.anchors)) or "none stated"


def _by_kind(anchors: frozenset[tuple[str, str]]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, value in anchors:
        kinds.setdefault(kind, set()).add(value)
    return kinds


def scope_of(text: str, pieces: list[tuple[int, int]], published: date | None) -> Scope:
    """The anchors in the characters ``pieces`` (a figure's clause, as token spans). The
    windows and periods of ``extract/timex.py`` are read only in runs that could hold one."""
    anchors: set[tuple[str, str]] = set()
    lengths: list[float] = []
    for start, end in _runs(text, pieces):
        for m in _ANCHORS.finditer(text, start, end):
            anchor, days = _anchor(m, published)
            if anchor:
                anchors.add(anchor)
                anchors |= _this_year(anchor, published)
            if days:
                lengths.append(days)
        if not _WINDOW_WORD.search(text, start, end):
            continue
        for t in find_time_expressions(text[start:end], published):
            # durations say how long, not when; calendar words are read above
            if t.kind == "since":
                anchors.add(("since", t.text.lower()))
            elif t.kind == "window" and t.days:
                anchors.add(("window", f"{t.days:g}"))
                lengths.append(t.days)
    return Scope(frozenset(anchors), min(lengths) if lengths else None)


def _this_year(anchor: tuple[str, str], published: date | None) -> set[tuple[str, str]]:
    """A figure "this summer" or "this month" falls in the year of publication, not "in 2019";
    "this winter" may straddle two years."""
    kind, value = anchor
    if published is None or kind not in ("relative", "season") or not value.startswith("this "):
        return set()
    if value.endswith(("winter", "season", "decade")):
        return set()
    return {("year", str(published.year))}


def _runs(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans joined where only spaces separate them: runs of the clause's own words."""
    runs: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if runs and not text[runs[-1][1] : start].strip():
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    return runs


def _anchor(m: re.Match[str], published: date | None) -> tuple[tuple[str, str] | None, float]:
    if m.group("year"):
        return ("year", m.group("year")), 0.0
    if m.group("rel"):
        which, unit = m.group("rel").lower().split()[0], m.group("unit").lower()
        if unit == "year" and published is not None and which in ("last", "this", "next"):
            offset = {"last": -1, "this": 0, "next": 1}[which]
            return ("year", str(published.year + offset)), 0.0
        if which in ("current",):
            which = "this"
        if which in ("previous",):
            which = "last"
        kind = "season" if unit in ("summer", "winter", "spring", "autumn") else "relative"
        return (kind, f"{which} {unit}"), _UNIT_DAYS.get(unit, 0.0)
    if m.group("ago"):
        return ("relative", "a " + m.group("ago").lower().split()[1] + " before"), 0.0
    if m.group("weekday"):
        # no length: a weekday is as often the day something was said as the day it happened
        return ("weekday", m.group("weekday").lower()), 0.0
    if m.group("month"):
        return ("month", m.group("month").lower()), 0.0
    if m.group("part"):  # "the third quarter", "the first half" (of a year)
        part = m.group("part").lower()
        return ("part", part), _UNIT_DAYS["quarter"] * (2 if part.endswith("half") else 1)
    if m.group("season"):
        which, season = m.group("season").lower().split()
        which = "this" if which in ("the", "in") else which
        return ("season", f"{which} {season}"), _SEASON_DAYS
    return None, 0.0
