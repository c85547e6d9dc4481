"""Sentence spans without a parser: enough to keep two figures' contexts apart.

Splits after . ! ? (and closing quotes) followed by a capital, a digit or a quote, and at
paragraph breaks (blank lines); never inside "Mr.", "U.S.", "1.5" or "No. 10".
"""

from __future__ import annotations

import re

from newslint.extract.abbreviations import (
    COMPANY_SUFFIXES,
    COURTESY_TITLES,
    FIGURE_WORDS,
    MONTHS,
    RANK_TITLES,
    SAINT,
    alternatives,
)
from newslint.report.model import Span

# a single line break is not a boundary: wrapped text keeps its sentences whole
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9£$€])|\n\s*\n")
# every short form of the table, and a capital's initial ("J. Smith", "U.S.")
_ABBREVIATION = re.compile(
    r"\b(?:"
    + alternatives(COURTESY_TITLES, SAINT, RANK_TITLES, FIGURE_WORDS, MONTHS, COMPANY_SUFFIXES)
    + r"|[A-Z])\.$"
)


def sentence_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        if "\n" not in m.group(0) and _ABBREVIATION.search(before):
            continue
        if text[start : m.start()].strip():
            spans.append(Span(start=start, end=m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(Span(start=start, end=len(text)))
    return spans
