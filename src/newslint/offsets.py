"""Offsets between the text a writer has in their editor and the text newslint checked.

newslint's spans count code points of ``Report.text``, the cleaned text: line endings made
``\\n``, boilerplate lines cut, runs of blank lines collapsed. An editor holds the text before
all that, sometimes with markup around it (Markdown, LanguageTool's annotated text), and counts
positions in UTF-16 code units (LanguageTool, most LSP clients) or UTF-8 bytes. This module
carries a span back to the editor's document and into the unit its protocol counts:

- ``SourceMap``: where each character of a derived text came from in its source; maps compose.
- ``align``: the map of a text that was made from another by deleting characters.
- ``Units``: code points to UTF-16 or UTF-8 code units and back.
- ``LineIndex``: an offset as an LSP position (line, character in the negotiated unit).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Literal

Encoding = Literal["utf-8", "utf-16", "utf-32"]


class SourceMap:
    """``positions[i]``: where character ``i`` of the derived text sits in the source.

    Positions never decrease. Characters a transformation inserted (a markup's
    ``interpretAs``) point at the place they stand for.
    """

    def __init__(self, positions: Sequence[int], source_length: int) -> None:
        self.positions = positions
        self.source_length = source_length

    @classmethod
    def identity(cls, length: int) -> SourceMap:
        return cls(range(length), length)

    def __len__(self) -> int:
        return len(self.positions)

    def offset(self, i: int) -> int:
        """Where a boundary before derived character ``i`` falls in the source."""
        if i < len(self.positions):
            return self.positions[i]
        return self.positions[-1] + 1 if self.positions else self.source_length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A ``[start, end)`` span of the derived text as a span of the source.

        The span runs from its first character to just after its last one, so whatever a
        transformation removed between them (markup, a carriage return) is inside it.
        """
        source_start = self.offset(start)
        if end <= start:
            return source_start, source_start
        return source_start, self.positions[end - 1] + 1

    def then(self, outer: SourceMap) -> SourceMap:
        """This map followed by ``outer`` (whose derived text is this map's source)."""
        return SourceMap([outer.offset(p) for p in self.positions], outer.source_length)


def align(source: str, derived: str, deleted: Iterable[tuple[int, int]] = ()) -> SourceMap:
    """The map of ``derived``, made from ``source`` by deleting characters.

    ``deleted`` are spans known to be gone (the cleaner's ``removed`` list); they are skipped,
    so a removed teaser that happens to hold the next word of the article is never matched.
    Each character is matched to the first equal one that follows: every non-space character
    of ``derived`` then lands on its own source character, and only whitespace at the edge of
    a deleted line can be matched a little early. A character with no equal ahead (a cleaner
    that replaced one, say) stands where the next source character is.
    """
    gaps = sorted(deleted)
    positions: list[int] = []
    j, g = 0, 0
    n = len(source)
    for ch in derived:
        found = _next_equal(source, ch, j, gaps, g)
        if found is None:
            at = min(j, n - 1) if n else 0
        else:
            at, g = found
        positions.append(at)
        j = at + 1
    return SourceMap(positions, n)


def _next_equal(
    source: str, ch: str, j: int, gaps: list[tuple[int, int]], g: int
) -> tuple[int, int] | None:
    """The first ``ch`` at or after ``j`` outside the gaps (from gap ``g`` on), and the gap
    index reached."""
    n = len(source)
    while j < n:
        while g < len(gaps) and gaps[g][1] <= j:
            g += 1
        if g < len(gaps) and gaps[g][0] <= j:
            j = gaps[g][1]
            continue
        if source[j] == ch:
            return j, g
        j += 1
    return None


def normalise_newlines(text: str) -> tuple[str, SourceMap]:
    """``\\r\\n`` and ``\\r`` as ``\\n`` (as newslint reads text), with the map back."""
    if "\r" not in text:
        return text, SourceMap.identity(len(text))
    out: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                continue  # the \n that follows stands for both
            ch = "\n"
        out.append(ch)
        positions.append(i)
    return "".join(out), SourceMap(positions, len(text))


class Units:
    """Code-point offsets of one text in UTF-16 or UTF-8 code units, and back."""

    def __init__(self, text: str, encoding: Encoding = "utf-16") -> None:
        self.encoding = encoding
        # code points that take more than one unit, and how many extra units each takes
        self._wide: list[int] = []
        self._extra: list[int] = []  # running total of extra units up to and including each
        total = 0
        for i, ch in enumerate(text):
            extra = _extra_units(ch, encoding)
            if extra:
                total += extra
                self._wide.append(i)
                self._extra.append(total)

    def units(self, offset: int) -> int:
        """Code units before code point ``offset``."""
        k = bisect.bisect_left(self._wide, offset)
        return offset + (self._extra[k - 1] if k else 0)

    def offset(self, units: int) -> int:
        """The code point at ``units`` code units (inside a character: that character)."""
        lo, hi = 0, len(self._wide)
        while lo < hi:  # the number of wide characters that end at or before `units`
            mid = (lo + hi) // 2
            if self._wide[mid] + 1 + self._extra[mid] <= units:
                lo = mid + 1
            else:
                hi = mid
        offset = units - (self._extra[lo - 1] if lo else 0)
        if lo < len(self._wide) and offset > self._wide[lo]:
            offset = self._wide[lo]  # in the middle of a wide character
        return offset


def _extra_units(ch: str, encoding: Encoding) -> int:
    code = ord(ch)
    if encoding == "utf-16":
        return 1 if code > 0xFFFF else 0
    if encoding == "utf-8":
        return 0 if code < 0x80 else 1 if code < 0x800 else 2 if code < 0x10000 else 3
    return 0


class LineIndex:
    """Offsets as LSP positions: zero-based line, and character in the negotiated unit.

    Lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as the LSP specification says (not at the
    other separators Python's ``splitlines`` knows, such as U+2028).
    """

    def __init__(self, text: str, encoding: Encoding = "utf-16") -> None:
        self.text = text
        self.units = Units(text, encoding)
        self.starts = [0]
        i = 0
        while True:
            i = _next_break(text, i)
            if i < 0:
                break
            i += 2 if text.startswith("\r\n", i) else 1
            self.starts.append(i)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, self.units.units(offset) - self.units.units(self.starts[line])

    def offset(self, line: int, character: int) -> int:
        """The offset of a position; past the end of its line: the line's end."""
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        at = self.units.offset(self.units.units(start) + max(character, 0))
        return min(at, end)


def _next_break(text: str, start: int) -> int:
    n, r = text.find("\n", start), text.find("\r", start)
    if n < 0:
        return r
    return n if r < 0 else min(n, r)
