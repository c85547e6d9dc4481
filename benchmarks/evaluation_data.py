"""Where the evaluation-only corpora are: ``shared/data`` beside the repository.

The data is read from there and never copied into the repository (see ``shared/data/README.md``).
A git worktree sits one level deeper than the main checkout (``wt/<name>``), so both are tried.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ("bbc-news-2004-2005", "bbc_fulltext.jsonl")


def evaluation_data(*parts: str) -> Path:
    """``shared/data/<parts>`` beside the checkout; the main checkout's path when neither has it
    (so the benchmark's error names the expected place)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base.joinpath("shared", "data", *parts)
        if path.exists():
            return path
    return ROOT.parent.joinpath("shared", "data", *parts)


def bbc_rows(path: Path | None = None, limit: int | None = None) -> Iterator[dict]:
    """The BBC News 2004-2005 rows (id, category, title, body, ...) in file order, read lazily:
    ``limit`` rows at most. ``path`` defaults to the corpus beside the checkout."""
    with open(path or evaluation_data(*BBC), encoding="utf-8") as f:
        yield from (json.loads(line) for line in itertools.islice(f, limit))
