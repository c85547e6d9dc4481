"""The readable report: findings with the line they sit on, then a summary."""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newslint.report.model import Quantity, Report
from newslint.report.position import Lines, excerpt

_MAX_REMOVED = 8
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text(report: Report, path: str, console: Console, *, verbose: bool = False) -> None:
    a = report.article
    meta = " · ".join(str(x) for x in (a.title, a.outlet, a.published, a.url) if x)
    console.print(f"[bold]{escape(path)}[/bold]" + (f"  [dim]{escape(meta)}[/dim]" if meta else ""))
    lines = Lines(report.text)
    for f in report.findings:
        line, col = lines.line_col(f.start)
        style = _STYLE.get(f.severity, "")
        console.print(
            f"  [dim]{line}:{col}[/dim] [{style}]{f.severity:<7}[/{style}] "
            f"[bold]{f.rule}[/bold] {escape(f.name)}: {escape(f.message)}"
        )
        if f.end > f.start:
            console.print(f"      [dim]{escape(excerpt(report.text, f.start, f.end, 100))}[/dim]")
        elif f.rule == "TXT001":
            # what was cut is not in the text: show it, so an editor can see nothing else went
            for piece in report.removed[:_MAX_REMOVED]:
                console.print(
                    f"      [dim]- {piece.kind}: {escape(excerpt(piece.text, 0, len(piece.text), 90))}[/dim]"
                )
            if len(report.removed) > _MAX_REMOVED:
                console.print(f"      [dim]... and {len(report.removed) - _MAX_REMOVED} more[/dim]")
        if verbose and f.evidence:
            console.print(
                f"      [dim]evidence: {escape(json.dumps(f.evidence, default=str))}[/dim]"
            )
    if verbose:
        _tables(report, console)
    counts = {s: report.count(s) for s in ("error", "warning", "info")}
    total = sum(counts.values())
    if total:
        parts = [
            f"[{_STYLE[s]}]{n} {s}{'s' if n != 1 else ''}[/{_STYLE[s]}]"
            for s, n in counts.items()
            if n
        ]
        console.print(f"  {total} finding{'s' if total != 1 else ''}: " + ", ".join(parts))
    else:
        console.print("  [green]no findings[/green]")
    console.print(
        f"  [dim]{len(report.quantities)} quantities, {len(report.quotes)} quotes, "
        f"{len(report.removed)} boilerplate pieces removed[/dim]"
    )


def _shown_value(q: Quantity) -> str:
    """A figure's value for the table: a movement "30 → 20", a range "2–3", a value "5"."""
    if q.from_value is not None and q.to_value is not None:
        return f"{q.from_value:g} → {q.to_value:g}"
    if q.low is not None and q.high is not None and q.value is None:
        return f"{q.low:g}–{q.high:g}"
    return f"{q.value:g}" if q.value is not None else ""


def _shown_unit(q: Quantity) -> str:
    if q.kind == "comparison" and q.reference:
        return escape(f"× {q.reference}")  # "three times the size of Wales": 3 × Wales
    return q.unit or ""


def _tables(report: Report, console: Console) -> None:
    if report.quantities:
        table = Table("text", "value", "unit", "kind", "approx", title="Quantities", box=None)
        for q in report.quantities:
            table.add_row(escape(q.text), _shown_value(q), _shown_unit(q), q.kind, q.approx)
        console.print(table)
    if report.quotes:
        table = Table("speaker", "type", "quote", title="Quotes", box=None)
        for qt in report.quotes:
            sp = qt.speaker
            table.add_row(
                escape(sp.text if sp else "?"),
                sp.type if sp else "",
                escape(excerpt(qt.text, 0, len(qt.text), 70)),
            )
        console.print(table)
