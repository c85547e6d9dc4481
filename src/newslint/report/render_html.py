"""A plain HTML report (the annotated, interactive one comes with the HTML-report issue)."""

from __future__ import annotations

from html import escape

from newslint.report.model import Report


def render_html(report: Report) -> str:
    title = escape(report.article.title or "newslint report")
    rows = "\n".join(
        f"<li><b>{escape(f.rule)}</b> {escape(f.severity)}: {escape(f.message)}</li>"
        for f in report.findings
    )
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title></head><body><h1>{title}</h1>"
        f"<ul>{rows}</ul><pre>{escape(report.text)}</pre></body></html>\n"
    )
