"""Quantity extraction (placeholder until the quantity issue lands)."""

from __future__ import annotations

from newslint.report.model import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order of position."""
    return []
