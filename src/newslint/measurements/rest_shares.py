"""Shares listed up to "the remaining" or "the remainder": all of one whole, with nothing over.

"48 per cent of the visitors came from Asia, 31 per cent from Europe and 29 per cent from New
Zealand, with the remainder from the Americas"; "29 per cent chose Reform UK, 19 per cent
Labour ... The Liberal Democrats were on 23 per cent, with ... other parties sharing the
remaining 7 per cent". The word says the shares before it and the rest make up one whole, so
they exclude each other whatever verb lists them ("chose" names one choice here): the shares
of the paragraph up to the word (and the rest's own figure) are summed. Left alone: a list
that allows several answers ("could choose more than one"), shares of two groups or two years,
changes ("up 3 points") and targets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.extract.change_words import YEAR
from newslint.measurements.lexicon import a_bar_to_reach
from newslint.measurements.model import Measurement

if TYPE_CHECKING:
    from newslint.measurements.share_readings import Share, ShareList
    from newslint.measurements.table import Measurements

_REST = re.compile(r"\b(?:remaining|remainder|rest)\b")
_REST_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:vote|votes|respondents|those|them)\b)")


def rest_lists(
    measurements: Measurements,
    reading: dict[int, Share | None],
    explicit_overlap,  # type: ignore[no-untyped-def]
) -> Iterator[ShareList]:
    """``reading``: each percent measurement's plain reading (its lowest value and group), or
    None where it is no share of a whole; ``explicit_overlap(start, end)``: the article says
    answers may overlap near there."""
    from newslint.measurements.share_readings import ShareList

    analysis = measurements.analysis
    text = analysis.text
    lowered = text.lower()
    if _REST.search(lowered) is None:
        return
    seen: set[tuple[int, ...]] = set()
    for marker in _REST.finditer(lowered):
        if _REST_OF.match(lowered, marker.end()):
            continue  # "the rest of the building": the rest of another whole
        members = _members(measurements, reading, marker.start(), marker.end())
        if len(members) < 2:
            continue
        key = tuple(s.measurement.index for s in members)
        if key in seen:
            continue
        seen.add(key)
        if explicit_overlap(members[0].measurement.start, members[-1].measurement.end):
            continue
        if sum(s.lowest for s in members) <= 100.0:
            continue  # they fit: the answers' own lists say so as a check that passed
        listed = ", ".join(s.measurement.text for s in members)
        yield ShareList(
            members,
            f"the shares before '{text[marker.start() : marker.end()]}' and the rest make up "
            f"one whole ({listed})",
        )


def _members(
    measurements: Measurements, reading: dict[int, Share | None], start: int, end: int
) -> list[Share]:
    analysis = measurements.analysis
    paragraph = analysis.paragraph_at(start)
    sentence = analysis.sentence_at(start)
    if paragraph is None or sentence is None:
        return []
    # the word's sentence and the one before it, in its paragraph
    k = bisect.bisect_right([x.start for x in analysis.sentences], start) - 1
    begin = max(paragraph.start, analysis.sentences[k - 1].start if k > 0 else 0)
    said: list[Measurement] = [
        m
        for m in measurements
        if m.index in reading
        and begin <= m.start < sentence.end
        and (m.end <= start or _rest_figure(analysis.text, end, m))
    ]
    shares = [s for m in said if (s := reading.get(m.index)) is not None]
    if any(a_bar_to_reach(analysis.text, m.start, m.end) for m in said):
        return []  # "needs 61% of the remaining delegates": a bar, not a part of the whole
    if any(s.lowest >= 99.5 for s in shares):
        return []  # "buying 100% of KFB": all of a whole, no part of a mix
    if not any(s.measurement.start >= sentence.start for s in shares):
        return []  # the word's own sentence gives no share: it is the rest of something else
    groups = {s.group for s in shares if s.group}
    years = {
        y for s in shares for y in YEAR.findall(analysis.text, *_bounds(analysis, s.measurement))
    }
    if len(groups) > 1 or len(years) > 1 or len(shares) != len(said):
        return []  # two groups, two years, or a share of the paragraph that is a change
    return shares


def _rest_figure(text: str, end: int, m: Measurement) -> bool:
    """'the remaining 7 per cent': the rest's own figure, right after the word."""
    return m.start >= end and re.fullmatch(r"\s*", text[end : m.start]) is not None


def _bounds(analysis, m: Measurement) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    sentence = analysis.sentences[m.sentence]
    return sentence.start, sentence.end
