"""Character offsets to 1-based line and column numbers, as editors count them; excerpts."""

from __future__ import annotations

import bisect


class Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def excerpt(text: str, start: int, end: int, width: int) -> str:
    """``text[start:end]`` on one line, whitespace collapsed, cut to ``width`` with an ellipsis."""
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"
