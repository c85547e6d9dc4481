"""When a figure is told (NUM006's loose links): the year or the relative time ("last year",
"now") its own stretch of its sentence names, and whether two figures are one measure told at
two times. Split from ``change_loose.py``; the pairing is ``level_pairs.py``.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from newslint.extract.change_endpoints import comparable, compatible, states_level
from newslint.extract.change_words import YEAR, content_words
from newslint.extract.changes import CHANGE_VERB, Endpoints
from newslint.extract.level_pairs import sentence_number

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

# period words (a closed class) and the words that place a period before the time of writing
_PERIOD = (
    r"(?:years?|months?|weeks?|days?|quarters?|seasons?|terms?|decades?|summers?|winters?|"
    r"springs?|autumns?|falls?|weekends?|festivals?|editions?|times?|round|census|survey|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
)

_BEFORE = re.compile(
    r"\b(?:last|previous|prior|preceding)\s+(?:\w+\s+){0,2}?" + _PERIOD + r"\b|"
    r"\b" + _PERIOD + r"\s+(?:earlier|before|ago|previously)\b|"
    r"\b(?:a|one|two|three|four|five|six|ten|twelve|\d+)\s+"
    + _PERIOD
    + r"\s+(?:earlier|before|ago)\b|"
    r"\b(?:earlier|previously|formerly|once|back then|at the time)\b|"
    # the past before the past: "The regional figure for 2020/21 had been 38 per cent"
    r"\bhad\s+(?:been|stood|reached|totalled|totaled|numbered|closed|finished|ended|traded|"
    r"settled)\b",
    re.I,
)

# a figure still to come: "will be billed R1,263 a month in the new financial year"
_LATER = re.compile(
    r"\b(?:will|shall|is set to|are set to|is due to|are due to|next\s+" + _PERIOD + r"|"
    r"from next|(?:coming|next|following)\s+(?:financial\s+|fiscal\s+|budget\s+)?"
    + _PERIOD
    + r")\b",
    re.I,
)

_NOW = re.compile(
    r"\b(?:now|currently|today|at present|so far|latest|(?:this|the current)\s+"
    r"(?:financial\s+|fiscal\s+|budget\s+)?" + _PERIOD + r")\b",
    re.I,
)

# where one figure's stretch of a sentence ends and the next one's starts
_SEPARATOR = re.compile(
    r",\s|;\s|\s(?:and|but|while|whereas|against|versus|compared (?:with|to)|from|to|than)\s"
)

# (deictic "last year" only: "the previous year" counts back from the story's own year)
_LAST_YEAR = re.compile(r"\blast year(?:['’]s)?\b", re.I)

_THIS_YEAR = re.compile(r"\bthis year\b", re.I)


def told_at_two_times(analysis: Analysis, pair: Endpoints, beside: bool = False) -> bool:
    """Each figure's own stretch names a time, and the two times differ; where the times give
    an order, it is the pair's order (the old figure is the earlier one). Away from the change
    (not ``beside`` it), neither figure's clause tells a movement of its own. (Read once per
    pair: every change near it asks.)"""
    memo: dict[tuple[int, int, bool], bool] = analysis.memo("two_times")
    key = (id(pair.old.quantity), id(pair.new.quantity), beside)
    if key not in memo:
        memo[key] = _read_two_times(analysis, pair, beside)
    return memo[key]


def _read_two_times(analysis: Analysis, pair: Endpoints, beside: bool) -> bool:
    a, b = pair.old.quantity, pair.new.quantity
    when_a, when_b = figure_time(analysis, a), figure_time(analysis, b)
    if when_a == when_b:  # (two figures with no time said are at one time too)
        return False
    if not beside and not all(_is_level(analysis, q) for q in (a, b)):
        return False
    years_a, years_b = when_a[0], when_b[0]
    if years_a and years_b and years_a != years_b:
        return max(years_a) < min(years_b)
    order = {"before": 0, None: 1, "now": 2, "later": 3}
    if when_a[1] != when_b[1]:
        return order[when_a[1]] < order[when_b[1]]
    return False


def _is_level(analysis: Analysis, q: Quantity) -> bool:
    """A level: no movement told in its clause, or the level a movement came to ("prices
    climbed to Rs 182"); "was lost to leaks" is a passive, no movement."""
    if q.direction is not None and q.change is None:
        return True
    return states_level(analysis, q, partial(sentence_number, analysis)) or bool(
        _PASSIVE.search(analysis.text[max(0, q.start - 60) : q.end + 40])
    )


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:lost|cut|reduced|added)\b", re.I)


def before_level(analysis: Analysis, pair: Endpoints) -> bool:
    """Is the old figure told as earlier than the level a change came to: marked before, or
    dated to a year before every year the level's sentence names?"""
    old_years, old_mark = figure_time(analysis, pair.old.quantity)
    new_years, new_mark = figure_time(analysis, pair.new.quantity)
    if new_mark == "before" or not (old_years or old_mark == "before"):
        return False
    sentence = analysis.sentence_at(pair.new.start)
    words = analysis.text[sentence.start : sentence.end] if sentence is not None else ""
    said = {int(y) for y in YEAR.findall(words)} | new_years
    if old_years and said:
        return max(old_years) < min(said)
    return sentence is not None and (old_mark == "before" or not said)


def series_of_its_own(analysis: Analysis, q: Quantity, levels: list[Quantity]) -> bool:
    """Does the figure's sentence give its measure at another time too ("The sailing club had
    1,200 members in 2022 and 1,250 now")? Then it is that series' figure."""
    sentence = analysis.sentence_at(q.start)
    return any(
        o is not q
        and analysis.sentence_at(o.start) is sentence
        and compatible(o, q, across=True)
        and comparable(o, q)
        and figure_time(analysis, o) != figure_time(analysis, q)
        for o in levels
    )


def figure_time(analysis: Analysis, q: Quantity) -> tuple[frozenset[int], str | None]:
    """The years and the relative time ("before", "now") the figure's own stretch names (read
    once per figure: every pair asks it)."""
    memo: dict[tuple[int, int], tuple[frozenset[int], str | None]] = analysis.memo("figure_times")
    key = (q.start, q.end)
    if key not in memo:
        memo[key] = _read_time(analysis, q)
    return memo[key]


def _read_time(analysis: Analysis, q: Quantity) -> tuple[frozenset[int], str | None]:
    words = stretch(analysis, q)
    years = {int(y) for y in YEAR.findall(words)}
    mark = (
        "before"
        if _BEFORE.search(words)
        else "later"
        if _LATER.search(words)
        else "now"
        if _NOW.search(words)
        else None
    )
    published = analysis.meta.published
    if published is not None and not years:
        # "last year", "this year" against the published date: comparable with a year printed
        if _LAST_YEAR.search(words):
            years.add(published.year - 1)
        elif _THIS_YEAR.search(words):
            years.add(published.year)
    return frozenset(years), mark


def stretch(analysis: Analysis, q: Quantity) -> str:
    """The words of the figure's sentence that belong to it: from the last separator after the
    figure before it to the last separator before the figure after it."""
    text = analysis.text
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return ""
    others = [
        o
        for o in analysis.quantities_in(sentence.start, sentence.end)
        if o is not q and o.dimension not in ("time",) and not YEAR.fullmatch(o.text.strip())
    ]
    before = [o for o in others if o.end <= q.start]
    after = [o for o in others if o.start >= q.end]
    start = sentence.start
    if before:
        gap = text[before[-1].end : q.start]
        # (the gap between two figures is split at its first separator: "512 incidents in
        # 2022 and 640 in 2023", "310 dogs last year, twice as many as in 2021")
        # (with no separator the words between go with the later figure: "6 per cent up on
        # last season's average of 47,800")
        cut = [m.end() for m in _SEPARATOR.finditer(gap)]
        start = before[-1].end + (cut[0] if cut else 0)
    end = sentence.end
    if after:
        gap = text[q.end : after[0].start]
        cut = [m.start() for m in _SEPARATOR.finditer(gap)]
        end = q.end + (cut[0] if cut else 0)
    return text[start : q.start] + " " + text[q.end : end]


def stretch_words(analysis: Analysis, q: Quantity, back: bool = True) -> set[str]:
    """What the figure's own stretch of its sentence names, without words of change; a
    stretch that names its measure by pointing back ("By March, that number had dropped to
    2,900") names what the last figure of its kind in the sentence before named."""
    words = stretch(analysis, q)
    found = {w for w in content_words(words) if not CHANGE_VERB.fullmatch(w)}
    if back and _NUMBER_BACK.search(words):
        sentence = analysis.sentence_at(q.start)
        previous = analysis.sentence_before(sentence) if sentence is not None else None
        told = [
            o
            for o in (analysis.quantities_in(previous.start, previous.end) if previous else [])
            if compatible(o, q, across=True)
        ]
        found |= stretch_words(analysis, told[-1], back=False) if told else set()
    return found


_NUMBER_BACK = re.compile(r"\b(?:that|this|the) (?:number|figure|total|tally|count)\b", re.I)
