"""The levels a loose link may pair (NUM006): the figures near a stated change that may be a
level, and every pair of them of one measure, read once per article. Split from
``change_loose.py``; when each figure is told is ``change_times.py``.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING

from newslint.extract.change_endpoints import (
    as_figure,
    comparable,
    compatible,
    level_figures,
    once_per_article,
)
from newslint.extract.changes import Endpoints, Figure, StatedChange

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

_RANK_BEFORE = re.compile(r"\b(?:top|number|no\.)\s+$", re.I)

MAX_FIGURES = 60

WINDOW_AFTER, WINDOW_BACK = 3, 3  # paragraphs after a change (and before one pointing back)


def shape_partners(shaped: set[tuple[int, int]]) -> dict[int, set[int]]:
    """Each figure a printed shape pairs, and the figures it is paired with."""
    partners: dict[int, set[int]] = {}
    for old, new in shaped:
        partners.setdefault(old, set()).add(new)
        partners.setdefault(new, set()).add(old)
    return partners


def crosses_series(pair: Endpoints, partners: dict[int, set[int]]) -> bool:
    """Are the two figures each paired by a printed shape, with partners of their own ("Free
    State 89.0%, up from 88.5%; KwaZulu-Natal 86.4%, up from 83.0%")? Each is its own series'
    level; the two together are two owners' figures, no reading of any change."""
    a, b = pair.old.start, pair.new.start
    return a in partners and b in partners and b not in partners[a]


def pair_order(pair: Endpoints) -> tuple[int, int]:
    return pair.old.start, pair.new.start


def pair_spans(pair: Endpoints) -> frozenset[int]:
    return frozenset((pair.old.start, pair.new.start))


def change_levels(analysis: Analysis) -> list[Quantity]:
    """The figures that may be a level a loose pair is made of (read once per article: every
    unlinked change asks)."""
    return once_per_article(analysis, "_change_levels", _read_change_levels)


def _read_change_levels(analysis: Analysis) -> list[Quantity]:
    text = analysis.text
    return [
        q
        for q in level_figures(analysis)
        if q.value is not None
        and q.low is None
        # ("the top two", "four new routes": a small number in words, or a rank, is no level)
        and not (q.kind == "count" and q.value < 13 and not re.search(r"\d", q.text))
        and not _RANK_BEFORE.search(text[max(0, q.start - 8) : q.start])
        # ("voted 5-2", "won 78-71": a tally or a score, two sides at one time, no level)
        and not _TALLY_SIDE.match(text, q.end)
        and not _TALLY_SIDE_BEFORE.search(text, max(0, q.start - 8), q.start)
    ]


_TALLY_SIDE = re.compile(r"[-–]\d")

_TALLY_SIDE_BEFORE = re.compile(r"\d[-–]$")


def in_window(analysis: Analysis, change: StatedChange, q: Quantity, before: int = 1) -> bool:
    pc, pq = _paragraph_number(analysis, change.start), _paragraph_number(analysis, q.start)
    if pc is None or pq is None:
        return False
    return -before <= pq - pc <= WINDOW_AFTER


def _paragraph_number(analysis: Analysis, offset: int) -> int | None:
    """Which paragraph an offset is in (read once per offset: every change asks of every
    level)."""
    memo: dict[int, int | None] = analysis.memo("paragraph_numbers")
    if offset not in memo:
        paragraph = analysis.paragraph_at(offset)
        memo[offset] = None if paragraph is None else analysis.paragraph_index(paragraph)
    return memo[offset]


def all_pairs(analysis: Analysis, change: StatedChange, near: list[Quantity]) -> list[Endpoints]:
    """Every pair of one measure, the earlier figure the one the change's direction makes old
    (the reading most likely to fit). Read once per article for each stretch of levels and
    direction: the changes of one paragraph, and every change the wide reading takes, ask
    about the same levels."""
    down = change.direction == "down"
    memo: dict[tuple[bool, tuple[int, ...]], list[Endpoints]]
    memo = analysis.memo("level_pairs")
    key = (down, tuple(id(q) for q in near))
    if key not in memo:
        memo[key] = _pairs_of(analysis, near, down)
    return list(memo[key])


def _pairs_of(analysis: Analysis, near: list[Quantity], down: bool) -> list[Endpoints]:
    one_measure: dict[tuple[int, int], bool] = analysis.memo("one_measure")
    made: dict[tuple[int, int, bool], Endpoints] = analysis.memo("loose_pairs")
    found = []
    for a, b in combinations(near, 2):
        key = (id(a), id(b))
        if key not in one_measure:
            one_measure[key] = comparable(a, b) and compatible(a, b, across=True)
        if not one_measure[key]:
            continue
        if (*key, down) not in made:
            small, large = sorted((a, b), key=lambda q: q.value or 0.0)
            old, new = (large, small) if down else (small, large)
            where = tuple(sorted({sentence_number(analysis, q.start) for q in (old, new)}))
            made[(*key, down)] = Endpoints(
                _figure(analysis, old), _figure(analysis, new), "loose", where
            )
        found.append(made[(*key, down)])
    return found


def _figure(analysis: Analysis, q: Quantity) -> Figure:
    """``as_figure``, once per figure."""
    memo: dict[int, Figure] = analysis.memo("loose_figures")
    if id(q) not in memo:
        memo[id(q)] = as_figure(q)
    return memo[id(q)]


def sentence_number(analysis: Analysis, offset: int) -> int:
    """Which sentence an offset is in (-1 if none)."""
    sentence = analysis.sentence_at(offset)
    return analysis.sentence_index(sentence) if sentence is not None else -1
