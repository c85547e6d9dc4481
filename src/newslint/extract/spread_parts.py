"""A sum said with how many things it is over, and their figures told one by one in the
sentences after it (NUM007, round 10): "sentenced five people ... to a combined 38 years. The
owner received nine years. Her son was sentenced to eight years, and the office manager to
seven. ... Joel Trevino received six years, and Maria Salinas five years."

``totals.py`` reads a list in one run of figures; here the parts are spread over sentences and
paragraphs, one clause each. The figures are taken as all of the sum only when

- the sum is said to be one ("a combined 38 years", "a total of £41,000", "38 years between
  them") and its sentence counts what it is over ("five people", "four players");
- the next figures of its measure, in its paragraph and the three after, number exactly that
  count (a figure with no unit of its own in the sentence of a part, "and the office manager to
  seven", is one of them), and none comes after them in the last part's paragraph, so the
  list is neither cut short nor longer than the count;
- they come to within a fifth of the sum (other amounts told on are not near it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import is_spell, item_count, same_measure, summable
from newslint.extract.totals import Breakdown, breakdown_of, said_as_sum

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

_PARAGRAPHS_AFTER = 3


def spread_sums(analysis: Analysis, read: set[int]) -> list[Breakdown]:
    """Sums over a counted set whose parts are told one clause at a time; ``read`` holds the
    parts of lists already read."""
    found = []
    for total in analysis.quantities:
        if not (is_spell(total) or total.kind == "money") or not summable(total):
            continue
        if not said_as_sum(analysis, total):
            continue
        items = _items_over(analysis, total)
        if items is None or not 2 <= items <= 12:
            continue
        parts = _told_after(analysis, total, items)
        if parts is None or any(p.start in read for p in parts):
            continue
        cue = f"{items} things the sum is over, {items} figures told for them"
        found.append(breakdown_of(total, parts, cue, True))
    return found


def _items_over(analysis: Analysis, total: Quantity) -> int | None:
    """How many things the total's sentence says the sum is over ("sentenced five people ... to
    a combined 38 years")."""
    told = item_count(analysis, total)
    if told is not None:
        return told
    sentence = analysis.sentence_at(total.start)
    if sentence is None:
        return None
    # ("five people ... to a combined 38 years", "a combined £86m on three players")
    counts = [
        q
        for q in analysis.quantities_in(sentence.start, sentence.end)
        if q is not total and q.kind == "count" and q.value and q.counted and q.approx == "="
    ]
    return int(counts[-1].value or 0) if len(counts) == 1 else None


def _told_after(analysis: Analysis, total: Quantity, items: int) -> list[Quantity] | None:
    here = analysis.paragraph_at(total.start)
    if here is None:
        return None
    k = analysis.paragraph_index(here)
    last = analysis.paragraphs[min(k + _PARAGRAPHS_AFTER, len(analysis.paragraphs) - 1)]
    parts: list[Quantity] = []
    for q in analysis.quantities_in(total.end, last.end):
        if q.start < total.end:
            continue
        if _one_of_them(analysis, total, q, parts):
            if said_as_sum(analysis, q) or (q.value or 0) >= (total.value or 0):
                return None  # another sum, or a figure no part of this one can be
            parts.append(q)
    if len(parts) != items:
        return None
    # (figures that come nowhere near the sum are other amounts told on, not its parts)
    added = sum(p.value or 0 for p in parts)
    return parts if 0.8 * added <= (total.value or 0) <= 1.25 * added else None


def _one_of_them(analysis: Analysis, total: Quantity, q: Quantity, parts: list[Quantity]) -> bool:
    if summable(q) and same_measure(q, total) and (not is_spell(total) or q.unit == total.unit):
        return True
    # "Her son was sentenced to eight years, and the office manager to seven": a bare number
    # with the unit left out after a part of its own sentence
    if not parts or q.kind != "count" or q.counted or q.value is None:
        return False
    same = analysis.sentence_at(q.start) is analysis.sentence_at(parts[-1].start)
    return same and bool(_BARE_END.match(analysis.text, q.end))


_BARE_END = re.compile(r"\s*[.;,]")
