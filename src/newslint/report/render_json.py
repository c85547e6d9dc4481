"""JSON per the contract in DESIGN.md: deterministic, same input, same bytes."""

from __future__ import annotations

from newslint.report.model import Report


def render_json(report: Report) -> str:
    return report.to_json()
