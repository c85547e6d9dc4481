"""Quote and speaker extraction (placeholder until the sources issue lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.report.model import Quote

if TYPE_CHECKING:
    from newslint.analysis import Analysis


def find_quotes(analysis: Analysis) -> list[Quote]:
    return []
