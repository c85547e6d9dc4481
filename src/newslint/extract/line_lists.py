"""Lists whose completeness the layout tells, not a cue word (NUM007, round 4).

Parts printed one a line under a line that ends with a colon:

    Revenue in the quarter came from three segments:
    - Cloud infrastructure: $1.9 billion
    - Devices and peripherals: $1.1 billion

A list set out line by line under its colon is given in full. Its whole is said before it (in
the headline or up to four paragraphs back), but so may be other, larger figures of the same
measure (the whole budget of which the list is one part). So a total is kept only when no
figure there is explained by the parts (one that they add up to means the list is fine), and
exactly one of them is within 15% of their sum: the one the list breaks down, misprinted or
mis-added. The parts are read as printed, each line holding one figure of the measure.

And a total whose next sentence opens with three parts or more of what it counts
(``told_whole``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import (
    BY_GROUP,
    is_group_count,
    is_spell,
    more_after,
    partial,
    same_measure,
    stem,
    summable,
)
from newslint.extract.not_parts import neither_whole_nor_part
from newslint.extract.totals import (
    Breakdown,
    _opens_sentence,
    _paragraphs_apart,
    _summed_spell,
    breakdown_of,
    said_as_sum,
)
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

_INTRO = re.compile(r":[ \t]*\n")
_LINE_MAX = 160
NEAR = 0.15  # how close to the parts' sum the whole must be to be the one they break down


def line_lists(analysis: Analysis) -> list[Breakdown]:
    text = analysis.text
    if not _INTRO.search(text):
        return []
    figures = [
        q
        for q in analysis.quantities
        if summable(q) and not is_group_count(text, q) and not neither_whole_nor_part(analysis, q)
    ]
    found = []
    for intro in _INTRO.finditer(text):
        line_start = text.rfind("\n", 0, intro.start()) + 1
        if partial(text[line_start : intro.start()]):
            continue  # "Among the projects:": some of them
        run, total_row = _lines(analysis, figures, intro.end())
        if len(run) < 2:
            continue
        # (the whole may be said on the colon's own line: "The £3.4m package is made up of:")
        total = total_row or _whole(analysis, figures, run, intro.start())
        if total is None:
            total = _whole_after(analysis, figures, run)
        if total is not None and (not is_spell(total) or _summed_spell(text, total)):
            found.append(
                breakdown_of(total, run, "the parts listed line by line under a colon", True)
            )
    return found


# a table's last row that sums the rows above it: "Total: 8,435", "All ages 1,204"
_TOTAL_ROW = re.compile(r"[\s*•·-]*(?:grand\s+)?(?:total|overall|combined|all\b)", re.I)


# a bulleted or numbered line: "- The Salt Road by Ana Cruz", "• Roads", "3. Harbour Street"
_BULLET = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+\S")


def bullet_rosters(analysis: Analysis) -> list[Breakdown]:
    """ "Five books are on this year's shortlist:" and the books one a bullet below it, or "The
    schools that will shut, with their rolls, are:" and a row for each of the four schools the
    lede counted: a count whose list is set out one item a line counts its lines, one each (not
    "Among the changes:", "The biggest three:", nor a list of figures, which ``line_lists``
    reads)."""
    from newslint.extract.rosters import SUBSET, named_breakdown

    text = analysis.text
    found = []
    for intro in _INTRO.finditer(text):
        line_start = text.rfind("\n", 0, intro.start()) + 1
        line = text[line_start : intro.start()]
        if partial(line) or SUBSET.search(line):
            continue
        count = _count_on_line(analysis, line_start, intro.start()) or _count_named_back(
            analysis, line_start, intro.start()
        )
        if count is None:
            continue
        items = _bullets(analysis, intro.end(), count) or _rows(analysis, intro.end(), count)
        if len(items) >= 2:
            cue = f"'{text[count.start : count.end]} {count.counted}' then a line for each"
            found.append(named_breakdown(count, items, cue, "items"))
    return found


def _small_count(q: Quantity) -> bool:
    return (
        q.kind == "count"
        and q.value is not None
        and 2 <= q.value <= 30
        and q.approx == "="
        and bool(q.counted)
    )


def _count_on_line(analysis: Analysis, start: int, end: int) -> Quantity | None:
    """The one count on the intro line, in the clause the colon closes ("To date, besides the
    three first signers, the following bishops have signed:" lists others)."""
    counts = [q for q in analysis.quantities_in(start, end) if q.kind == "count"]
    if len(counts) != 1 or not _small_count(counts[0]):
        return None
    return None if re.search(r"[,;]", analysis.text[counts[0].end : end]) else counts[0]


# "The schools that will shut, with their current rolls, are:": a list named back by its noun
_NAMED_BACK = re.compile(
    r"\s*(?:The|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\b"
)


_SAYS_ARE = re.compile(r"\b(?:are|were)\s*$")


def _count_named_back(analysis: Analysis, start: int, end: int) -> Quantity | None:
    """The count of the intro line's noun told in the four paragraphs before it, when the line
    holds no figure of its own."""
    m = _NAMED_BACK.match(analysis.text, start, end)
    if (
        m is None
        or analysis.quantities_in(start, end)
        or not _SAYS_ARE.search(analysis.text, start, end)
    ):
        return None
    noun = stem(m.group("noun"))
    earlier = [
        q
        for q in analysis.quantities_in(0, start)
        if _small_count(q)
        and stem((q.counted or "").split()[-1]) == noun
        and _paragraphs_apart(analysis, q.start, start) <= 4
    ]
    return earlier[-1] if earlier else None


def _other_figures(analysis: Analysis, start: int, end: int, count: Quantity) -> bool:
    """Does the line hold a figure that may be a part of a list (not one that counts something
    other than the count's noun: "Glen Aray Primary, 6 pupils" under four schools)?"""
    noun = stem((count.counted or "").split()[-1])
    return any(
        summable(q) and (not q.counted or stem(q.counted.split()[-1]) == noun)
        for q in analysis.quantities_in(start, end)
        if q.start != start + len(analysis.text[start:end]) - len(analysis.text[start:end].lstrip())
    )


# a row of a table set out without bullets: "Kilbrannan Primary, 11 pupils;"
_ROW_ITEM = re.compile(r"[ \t]*[A-Z][^\n]{0,120}[;,.]?[ \t]*$")


def _rows(analysis: Analysis, start: int, count: Quantity) -> list[tuple[int, int]]:
    """The rows under an intro line, one a line with no blank line between them, every row
    but the last closed by a semicolon or a comma (a table, not lines of prose)."""
    text = analysis.text
    pos = start
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    items: list[tuple[int, int]] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if (
            not _ROW_ITEM.fullmatch(text, pos, end)
            or len(text[pos:end].split()) > 10
            or _other_figures(analysis, pos, end, count)
        ):
            break
        items.append((pos, end))
        pos = end + 1
    closed = all(text[a:b].rstrip()[-1:] in ";," for a, b in items[:-1])
    return items if len(items) >= 2 and closed else []


def _bullets(analysis: Analysis, start: int, count: Quantity) -> list[tuple[int, int]]:
    """The bulleted lines from ``start`` (blank lines between them passed over; a point
    indented under an item is part of it), each one holding no figure of a list; none if a
    line holds one."""
    text = analysis.text
    items: list[tuple[int, int]] = []
    first_indent: int | None = None
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            if items and text[end + 1 : end + 2] == "\n":
                break  # (two blank lines end the list)
            pos = end + 1
            continue
        if not _BULLET.match(text, pos) or end - pos > _LINE_MAX:
            break
        indent = len(line) - len(line.lstrip())
        first_indent = indent if first_indent is None else first_indent
        if indent < first_indent:
            break
        # ("1. Elm Ward": the number of the item is no figure in it)
        if _other_figures(analysis, pos, end, count):
            return []  # a list of figures
        if indent == first_indent:
            items.append((pos, end))
        pos = end + 1
    return items


def _lines(
    analysis: Analysis, figures: list[Quantity], start: int
) -> tuple[list[Quantity], Quantity | None]:
    """The parts on the lines from ``start`` (blank lines before the first skipped): each line
    short and holding exactly one figure, all of one measure; and the figure of a total row
    that closes them, if one does."""
    text = analysis.text
    pos = start
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    run: list[Quantity] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end == pos or end - pos > _LINE_MAX:
            break
        held = [q for q in figures if pos <= q.start < end] or _row_count(analysis, pos, end, run)
        if len(held) != 1 or (run and not same_measure(run[0], held[0])):
            break
        if run and _TOTAL_ROW.match(text, pos):
            return run, held[0]
        run.append(held[0])
        pos = end + 1
    return run, None


# a row of a table of counts: "Chen (Liberal): 905", "Labour 24", "Ann Shaw (LD) 902": a
# label, then its figure alone at the line's end
_ROW = re.compile(
    r"[^\d\n]{1,60}?(?::[ \t]*|(?<=[\w)])[ \t]+)(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})[ \t]*$"
)


def _row_count(analysis: Analysis, start: int, end: int, run: list[Quantity]) -> list[Quantity]:
    """The count a row of a table of counts gives, when the quantity table left it unread (a
    bare "905" after a name may be many things elsewhere; in a column of counts it is one).
    A row whose figure was read and set aside ("Average age: 64") gives none; the first row
    only when the next line is a row too (a column, not one line that ends on a number)."""
    text = analysis.text
    m = _ROW.fullmatch(text, start, end)
    if m is None or (run and run[0].kind != "count") or analysis.quantities_in(start, end):
        return []
    if not run and not _row_follows(text, end):
        return []
    a, b = m.span("n")
    return [Quantity(start=a, end=b, text=m.group("n"), value=float(m.group("n").replace(",", "")))]


def _row_follows(text: str, end: int) -> bool:
    following = text.find("\n", end + 1)
    following = len(text) if following < 0 else following
    return end < len(text) and bool(_ROW.fullmatch(text, end + 1, following))


def _whole(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity], before: int
) -> Quantity | None:
    """The one figure before the list, within four paragraphs (the headline too), of its
    measure and larger than every part, that its sum comes within 15% of; None when any such
    figure is what the parts add up to, or when two are that close."""
    candidates = [
        q
        for q in figures
        if q.end <= before
        and _paragraphs_apart(analysis, q.start, run[0].start) <= 4
        and same_measure(q, run[0])
        and all((q.value or 0) > (p.value or 0) for p in run)
    ]
    return _closest(candidates, run)


def _whole_after(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity]
) -> Quantity | None:
    """ "A total of 28,417 valid ballots were cast", "In all, 2,310 people ...": a whole said
    as one after the table, within four paragraphs, unless its sentence tells the gap (", with
    a further 163 rejected" when the rows come to the total less 163)."""
    candidates = [
        q
        for q in figures
        if q.start > run[-1].end
        and _paragraphs_apart(analysis, run[-1].start, q.start) <= 4
        and same_measure(q, run[0])
        and all((q.value or 0) > (p.value or 0) for p in run)
        and said_as_sum(analysis, q)
    ]
    whole = _closest(candidates, run)
    if whole is None:
        return None
    low = sum(q.value or 0 for q in run)
    sentence = analysis.sentence_at(whole.start)
    others = [
        q
        for q in figures
        if q is not whole and sentence is not None and sentence.start <= q.start < sentence.end
    ]
    gap = abs((whole.value or 0) - low)
    if any(abs((q.value or 0) - gap) <= 0.01 * gap + 0.5 for q in others if same_measure(q, whole)):
        return None
    return whole


def _closest(candidates: list[Quantity], run: list[Quantity]) -> Quantity | None:
    low = sum(q.value or 0 for q in run)
    sums = breakdown_of(run[0], run, "", True)  # the parts as printed, each to its own digits
    parts_low = sum(p.interval.low for p in sums.parts)
    parts_high = sum(p.interval.high for p in sums.parts)
    close = []
    for q in candidates:
        whole = breakdown_of(q, run, "", True).total.interval
        if whole.low <= parts_high and parts_low <= whole.high:
            return None  # the parts add up to it: the list is right
        if abs((q.value or 0) - low) <= NEAR * low:
            close.append(q)
    return close[0] if len(close) == 1 else None


def told_whole(
    analysis: Analysis, total: Quantity, run: list[Quantity], figures: list[Quantity]
) -> bool:
    """ "The festival sold 12,400 tickets. Weekend passes accounted for 7,200, day tickets 4,100
    and concessions 900.": the sentence after a total opens with parts of what it counts, and
    three or more of them come to 95% of it or more; kept only when nothing else explains the gap: no
    other figure of the measure in either sentence (a part left unread), no word that says
    the list is partial, nothing after the list."""
    text = analysis.text
    here, first = analysis.sentence_at(total.start), analysis.sentence_at(run[0].start)
    if here is None or first is None or analysis.sentence_after(here) is not first:
        return False
    if analysis.sentence_at(run[-1].start) is not first or not _opens_sentence(analysis, run[0]):
        return False
    if partial(text[first.start : first.end]) or more_after(analysis, run):
        return False
    if BY_GROUP.match(text, first.start):
        return False  # "By province, ...": a breakdown by group is whole only with its rest
    # ("A total of 1,204 votes were cast": the word after the figure when the table read none)
    after = re.match(r"\s+([a-z]+)\b", text[total.end : total.end + 20])
    noun = stem(total.counted or (after.group(1) if after else ""))
    nouns = {stem(q.counted or "") for q in run} - {""}
    if not noun or (nouns and noun not in nouns):
        return False
    # (the parts read from a gapped list, "Jones 401 and Brown 181", are no figures of the table)
    measure = {
        q.start for q in figures if same_measure(q, total) and here.start <= q.start < first.end
    }
    if len(measure | {q.start for q in run}) != len(run) + 1:
        return False
    parts = sum(q.value or 0 for q in run)
    return len(run) >= 3 and 0.95 * (total.value or 0) <= parts < (total.value or 0)
