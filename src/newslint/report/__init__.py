"""Report model and its renderers (text, json, line, html)."""

from newslint.report.model import (
    ArticleMeta,
    Finding,
    Quantity,
    Quote,
    Removed,
    Report,
    Severity,
    Span,
    Speaker,
)

__all__ = [
    "ArticleMeta",
    "Finding",
    "Quantity",
    "Quote",
    "Removed",
    "Report",
    "Severity",
    "Span",
    "Speaker",
]
