"""The annotated report: one self-contained HTML file (inline CSS and JS, nothing fetched).

The report's data goes into the page as JSON in a ``<script type="application/json">`` with
``<``, ``>`` and ``&`` escaped, so no article text can close the element. The page's script
builds the DOM from it with ``textContent`` only, so article text, titles and URLs are always
text, never markup. A Content-Security-Policy allows only the page's own script (by hash).

Python does the parts worth testing without a browser: cutting overlapping spans into segments
(``segments.split``) and writing evidence as worked sums (``evidence``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import PurePath
from typing import Any

from newslint.report import evidence, people
from newslint.report.model import Checked, Finding, Quantity, Report
from newslint.report.position import Lines, excerpt
from newslint.report.segments import split


@cache
def _asset(name: str) -> str:
    return (files("newslint.report") / "templates" / name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def embed_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` in the output."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _rule_docs(codes: set[str]) -> dict[str, str]:
    from newslint.errors import NewslintError
    from newslint.rules.registry import get_rule

    docs = {}
    for code in sorted(codes):
        try:
            docs[code] = get_rule(code).documentation()
        except NewslintError:
            continue  # a report from a newer newslint may name a rule this one lacks
    return docs


def _quantity_row(q: Quantity) -> dict[str, Any]:
    if q.from_value is not None and q.to_value is not None:
        shown = f"{people.number(q.from_value)} → {people.number(q.to_value)}"  # a movement
    elif q.low is not None and q.high is not None:
        shown = f"{people.number(q.low)}–{people.number(q.high)}"
    elif q.value is not None:
        shown = people.number(q.value)
    else:
        shown = ""
    if shown and q.approx != "=":
        shown = f"{q.approx} {shown}"
    unit = q.currency or people.unit(q.unit)
    if q.kind == "comparison" and q.reference:
        unit = f"× {q.reference}"
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "value": shown,
        "unit": unit,
        "normalised": _for_people(q),
        "kind": q.kind,
        "change": q.change or "",
    }


def _for_people(q: Quantity) -> str:
    """The quantity in the unit a reader compares with: km², °C, days, "£2.4 million"."""
    if q.kind == "comparison":
        if q.implied_low is None or q.implied_high is None:
            return ""
        return people.measure_range(q.implied_low, q.implied_high, q.dimension)
    if q.kind == "money" and q.value is not None:
        return people.money(q.value, q.currency)
    if q.kind == "percent" and q.value is not None:
        return f"{people.number(q.value)}%"
    if q.si_value is None or q.kind not in ("measure", "count"):
        return ""
    if q.kind == "count":
        return people.big(q.si_value)
    return people.measure(q.si_value, q.dimension)


def title_of(report: Report, name: str | None = None) -> str:
    """What the page is called: the headline given, else the article's first line when it
    reads as a headline, else the file name."""
    if report.article.title:
        return report.article.title
    first = report.text.strip().split("\n", 1)[0].strip()
    words = first.split()
    if 2 <= len(words) <= 25 and not re.search(r"[.!?\"”:]$", first):
        return first
    if name and name not in ("-", "<text>", "<stdin>", "<html>"):
        return PurePath(name).name
    return "newslint report"


def _figures(report: Report, spans: list[tuple[int, int]]) -> dict[str, Quantity]:
    """The quantities inside a finding's spans, by their text (for units and rounding)."""
    found: dict[str, Quantity] = {}
    for q in report.quantities:
        if any((a <= q.start and q.end <= b) or q.start <= a < q.end for a, b in spans):
            found.setdefault(q.text, q)
    return found


def _explained(report: Report, item: Finding | Checked, lines: Lines) -> dict[str, Any]:
    """What the page shows of a finding or a check: place, passage, worked sum, evidence."""
    text = report.text
    spans = [(item.start, item.end)] + [(r.start, r.end) for r in item.related]
    figures = _figures(report, spans)
    own = _figures(report, spans[:1])
    dimension = next((q.dimension for q in [*own.values(), *figures.values()] if q.dimension), None)
    line, col = lines.line_col(min(max(item.start, 0), len(text)))
    return {
        "rule": item.rule,
        "name": item.name,
        "start": item.start,
        "end": item.end,
        "line": line,
        "col": col,
        "message": item.message,
        "quoted": text[item.start : item.end],
        "excerpt": excerpt(text, item.start, item.end, 120),
        "related": [
            {
                "start": r.start,
                "end": r.end,
                "excerpt": excerpt(text, r.start, r.end, 60),
                "line": lines.line_col(min(max(r.start, 0), len(text)))[0],
            }
            for r in item.related
        ],
        "working": evidence.worked_sum(item.evidence, figures),
        "evidence": evidence.rows(item.evidence, dimension),
        "raw": json.dumps(item.evidence, indent=2, ensure_ascii=False, default=str),
    }


def payload(report: Report, name: str | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON."""
    text = report.text
    lines = Lines(text)
    spans: list[tuple[int, int, Any]] = []
    findings = []
    for i, f in enumerate(report.findings):
        spans.append((f.start, f.end, f"f{i}"))
        for j, r in enumerate(f.related):
            spans.append((r.start, r.end, f"r{i}.{j}"))
        family = "".join(ch for ch in f.rule if ch.isalpha()) or f.rule
        shown = _explained(report, f, lines)
        findings.append(
            {
                "id": i,
                "severity": f.severity,
                "family": family,
                **shown,
                # loaded language and house style: what kind of word, and what to say instead
                "category": f.evidence.get("category"),
                "replacements": list(f.replacements),
            }
        )
    checks = []
    for i, c in enumerate(report.checks):
        spans.append((c.start, c.end, f"c{i}"))
        checks.append({"id": i, **_explained(report, c, lines)})
    quantities = []
    for i, q in enumerate(report.quantities):
        spans.append((q.start, q.end, f"q{i}"))
        quantities.append(_quantity_row(q))
    quotes, sources = _quote_rows(report, spans)
    pieces = _pieces(text, spans)

    a = report.article
    url = a.url or ""
    return {
        "version": report.newslint_version,
        "article": {
            "title": title_of(report, name),
            "outlet": a.outlet,
            "published": a.published.isoformat() if a.published else None,
            "url": url,
            "url_is_web": url.lower().startswith(("http://", "https://")),
        },
        "pieces": pieces,
        "findings": findings,
        "checks": checks,
        "quantities": quantities,
        "quotes": quotes,
        "sources": sorted(sources.values(), key=lambda s: (-len(s["quotes"]), s["speaker"])),
        "removed": [{"kind": r.kind, "text": r.text} for r in report.removed],
        "docs": _rule_docs({f.rule for f in report.findings}),
        "counts": {s: report.count(s) for s in ("error", "warning", "info")},
    }


def _quote_rows(
    report: Report, spans: list[tuple[int, int, Any]]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The quotes as the page lists them, and their speakers grouped by name; adds their spans."""
    quotes: list[dict[str, Any]] = []
    sources: dict[str, dict[str, Any]] = {}
    for i, qt in enumerate(report.quotes):
        spans.append((qt.start, qt.end, f"o{i}"))
        sp = qt.speaker
        if sp is not None and sp.end > sp.start:
            spans.append((sp.start, sp.end, f"s{i}"))
        quotes.append(
            {
                "start": qt.start,
                "end": qt.end,
                "direct": qt.direct,
                "cue": qt.cue,
                "excerpt": excerpt(qt.text, 0, len(qt.text), 160),
                "speaker": sp.text if sp else None,
                "type": sp.type if sp else "unknown",
            }
        )
        name = (sp.canonical or sp.text) if sp else "(no speaker found)"
        entry = sources.setdefault(
            name.casefold(),
            {"speaker": name, "type": sp.type if sp else "unknown", "quotes": []},
        )
        entry["quotes"].append(i)
    return quotes, sources


def _pieces(text: str, spans: list[tuple[int, int, Any]]) -> list[dict[str, Any]]:
    """The text cut where any span starts or ends, with the spans each piece lies in."""
    segments, pins = split(len(text), spans)
    pieces: list[dict[str, Any]] = []
    pin_at = 0
    for seg in segments:
        while pin_at < len(pins) and pins[pin_at].at <= seg.start:
            pieces.append({"pin": pins[pin_at].key})
            pin_at += 1
        pieces.append(
            {
                "s": seg.start,
                "e": seg.end,
                "t": text[seg.start : seg.end],
                "k": sorted(map(str, seg.keys)),
            }
        )
    pieces += [{"pin": p.key} for p in pins[pin_at:]]
    return pieces


def report_body() -> str:
    """The report's page furniture (legend, article, panel, popover, help) as static markup:
    the report file and the web editor share it; the script fills it from the data."""
    return _asset("report-body.html")


def report_csp() -> str:
    """The page's Content-Security-Policy: its own script (by hash) and nothing else runs."""
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{script_hash(_asset('report.js'))}'; base-uri 'none'; form-action 'self'"
    )


def render_html(report: Report, *, home: str | None = None, name: str | None = None) -> str:
    """The annotated report as one HTML page. ``home``: a link back (the web app's form);
    ``name``: the file the article came from (the title when it has no headline)."""
    script = _asset("report.js")
    title = title_of(report, name)
    csp = report_csp()
    page = _asset("report.html")
    back = f'<a class="home" href="{escape(home)}">New check</a>' if home else ""
    noscript = escape(report.text)
    replacements = {
        "{{csp}}": escape(csp),
        "{{title}}": escape(f"{title} · newslint"),
        "{{heading}}": escape(title),
        "{{body}}": _asset("report-body.html"),
        "{{css}}": _asset("report.css"),
        "{{data}}": embed_json(payload(report, name)),
        "{{home}}": back,
        "{{noscript}}": noscript,
        "{{script}}": script,
    }
    # one pass, so text put in by one placeholder is never read as another placeholder
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], page)
