"""Quotation marks: pairs of opening and closing marks, paragraph by paragraph.

Straight and curly marks; a quote that runs on has no closing mark at a paragraph's end and an
opening mark on the next; a mark left open ends with its paragraph, so a stray mark never
swallows the article. Single quotes are read only in a headline-like first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.extract.headline_reports import headline_like

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
# two apostrophes for a double mark, as some wire feeds and archives print them: ''It is,''
DOUBLED = "''"


def is_mark(word: str) -> bool:
    """A quotation mark as a token: one mark character, or the doubled apostrophe."""
    return (len(word) == 1 and word in MARKS) or word == DOUBLED


def _doubled_at(para: str, i: int) -> bool:
    """Two apostrophes standing alone (not three, not part of a longer run)."""
    return para.startswith(DOUBLED, i) and para[i - 1 : i] != "'" and para[i + 2 : i + 3] != "'"


@dataclass
class Marked:
    """A span between quotation marks, marks included; ``parts`` per paragraph."""

    start: int
    end: int
    closed: bool = True
    parts: list[tuple[int, int]] = field(default_factory=list)


def quotation_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Pair the double quotation marks of each paragraph; headline single quotes too."""
    found: list[Marked] = []
    pending: Marked | None = None  # a quote left open at the end of the previous paragraph
    for n, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        lead = len(para) - len(para.lstrip())
        opens_with_mark = para.lstrip()[:1] in OPENING + STRAIGHT or _doubled_at(para, lead)
        if pending is not None and not opens_with_mark:
            found.append(pending)  # unbalanced: it ends with its paragraph
            pending = None
        open_at: int | None = None
        continuing = pending
        pending = None
        width = 1
        for i, ch in enumerate(para):
            if width == 2:  # the second apostrophe of a doubled mark
                width = 1
                continue
            if ch == "'" and _doubled_at(para, i):
                ch, width = STRAIGHT, 2
            if ch not in MARKS:
                continue
            pos = p_start + i
            if ch == STRAIGHT and open_at is not None and _opens_run_on(para, i):
                # the quote runs on into a new quoted paragraph: one quote in pieces
                continuing = _close(continuing, open_at, _trim_end(text, open_at, pos), False)
                open_at = pos
                continue
            is_open = ch in OPENING or (ch == STRAIGHT and open_at is None)
            if continuing is not None and i == lead:
                open_at = pos  # the opening mark that continues last paragraph's quote
                continue
            if is_open:
                if open_at is not None and ch in OPENING:
                    # a second opening mark: the first was never closed
                    found.append(_close(continuing, open_at, _trim_end(text, open_at, pos), False))
                    continuing = None
                open_at = pos
            elif open_at is not None:
                found.append(_close(continuing, open_at, pos + width, True))
                continuing, open_at = None, None
        if open_at is not None:
            end = _trim_end(text, open_at, p_end)
            part = Marked(open_at, end, closed=False, parts=[(open_at, end)])
            if continuing is not None:
                part = Marked(continuing.start, end, False, [*continuing.parts, (open_at, end)])
            pending = part
        if n == 0 and not any(p_start <= m.start < p_end for m in found):
            found.extend(_headline_single_quotes(text, p_start, p_end))
    if pending is not None:
        found.append(pending)
    found.sort(key=lambda m: m.start)
    return found


def _opens_run_on(para: str, i: int) -> bool:
    """'lacklustre. "We dominated ...': a straight mark after a sentence's end and a space,
    before a word, opens the next quoted paragraph of a quote that runs on (paragraphs run
    together): the quote before it was never closed."""
    before = para[:i]
    return (
        before.endswith(" ")
        and before.rstrip()[-1:] in {".", "!", "?"}
        and para[i + 1 : i + 2].isalnum()
    )


def _close(continuing: Marked | None, open_at: int, end: int, closed: bool) -> Marked:
    if continuing is None:
        return Marked(open_at, end, closed, [(open_at, end)])
    return Marked(continuing.start, end, closed, [*continuing.parts, (open_at, end)])


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)(.+?)(?<=[\w.!?,])[’'](?!\w)")


def _headline_single_quotes(text: str, start: int, end: int) -> list[Marked]:
    """Single quotes in a headline-like first paragraph: 'We will win', says minister."""
    line = text[start:end]
    if not headline_like(line):
        return []
    return [
        Marked(start + m.start(), start + m.end(), True, [(start + m.start(), start + m.end())])
        for m in _SINGLE.finditer(line)
    ]


def inside_index(length: int, marked: list[Marked]) -> bytearray:
    inside = bytearray(length + 1)
    for m in marked:
        for a, b in m.parts:
            inside[a:b] = b"\x01" * (b - a)
    return inside
