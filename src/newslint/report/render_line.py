"""``path:line:col: CODE message``, one finding a line, like a compiler."""

from __future__ import annotations

from newslint.report.model import Report
from newslint.report.position import Lines


def render_line(report: Report, path: str) -> str:
    lines = Lines(report.text)
    out = []
    for f in report.findings:
        line, col = lines.line_col(f.start)
        message = " ".join(f.message.split())
        out.append(f"{path}:{line}:{col}: {f.rule} [{f.severity}] {message}")
    return "\n".join(out) + ("\n" if out else "")
