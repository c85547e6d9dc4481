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
from typing import Any

from newslint.report import evidence
from newslint.report.model import Report
from newslint.report.position import Lines, excerpt
from newslint.report.segments import split

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# SI unit of each dimension, for the quantities table's normalised column
_SI_UNITS = {
    "length": "m",
    "area": "m²",
    "volume": "m³",
    "mass": "kg",
    "time": "s",
    "temperature": "K",
    "speed": "m/s",
    "energy": "J",
    "power": "W",
}


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


def _unit(unit: str | None) -> str:
    """pint's spelling for people: "mi**2" -> "mi²", "km / h" -> "km/h"."""
    if not unit:
        return ""
    shown = unit.replace("**2", "²").replace("**3", "³").replace(" / ", "/").replace(" * ", "·")
    return shown.replace("square_", "sq ").replace("_", " ")


def _normalised(si_value: float, dimension: str | None) -> str:
    """An SI value as the table shows it: km² and km for large areas and lengths."""
    if dimension == "area" and si_value >= 1e5:
        return f"{evidence.number(si_value / 1e6)} km²"
    if dimension == "length" and si_value >= 1e4:
        return f"{evidence.number(si_value / 1e3)} km"
    return f"{evidence.number(si_value)} {_SI_UNITS.get(dimension or '', '')}".strip()


def _quantity_row(q: Any) -> dict[str, Any]:
    if q.from_value is not None and q.to_value is not None:
        shown = f"{evidence.number(q.from_value)} → {evidence.number(q.to_value)}"  # a movement
    elif q.low is not None and q.high is not None:
        shown = f"{evidence.number(q.low)}–{evidence.number(q.high)}"
    elif q.value is not None:
        shown = evidence.number(q.value)
    else:
        shown = ""
    if shown and q.approx != "=":
        shown = f"{q.approx} {shown}"
    normalised = ""
    if q.si_value is not None:
        normalised = _normalised(q.si_value, q.dimension)
    elif q.kind == "comparison" and q.implied_low is not None and q.implied_high is not None:
        # "three times the size of Wales": the range it implies, not the multiplier
        low, high = (_normalised(x, q.dimension) for x in (q.implied_low, q.implied_high))
        normalised = f"{low.split()[0]}–{high}" if low.split()[1:] == high.split()[1:] else ""
    unit = q.currency or _unit(q.unit)
    if q.kind == "comparison" and q.reference:
        unit = f"× {q.reference}"
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "value": shown,
        "unit": unit,
        "normalised": normalised,
        "kind": q.kind,
        "change": q.change or "",
    }


def payload(report: Report) -> dict[str, Any]:
    """Everything the page shows, as plain JSON."""
    text = report.text
    lines = Lines(text)
    spans: list[tuple[int, int, Any]] = []
    findings = []
    for i, f in enumerate(report.findings):
        spans.append((f.start, f.end, f"f{i}"))
        for j, r in enumerate(f.related):
            spans.append((r.start, r.end, f"r{i}.{j}"))
        line, col = lines.line_col(min(max(f.start, 0), len(text)))
        findings.append(
            {
                "id": i,
                "rule": f.rule,
                "name": f.name,
                "severity": f.severity,
                "family": "".join(ch for ch in f.rule if ch.isalpha()) or f.rule,
                "start": f.start,
                "end": f.end,
                "line": line,
                "col": col,
                "message": f.message,
                # loaded language and house style: what kind of word, and what to say instead
                "category": f.evidence.get("category"),
                "replacements": list(f.replacements),
                "excerpt": excerpt(text, f.start, f.end, 120),
                "related": [
                    {
                        "start": r.start,
                        "end": r.end,
                        "excerpt": excerpt(text, r.start, r.end, 60),
                        "line": lines.line_col(min(max(r.start, 0), len(text)))[0],
                    }
                    for r in f.related
                ],
                "working": evidence.worked_sum(f.evidence),
                "evidence": evidence.rows(f.evidence),
                "raw": json.dumps(f.evidence, indent=2, ensure_ascii=False, default=str),
            }
        )
    quantities = []
    for i, q in enumerate(report.quantities):
        spans.append((q.start, q.end, f"q{i}"))
        quantities.append(_quantity_row(q))
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
                "speaker": sp.text if sp else None,
            }
        )
        name = (sp.canonical or sp.text) if sp else "(no speaker found)"
        entry = sources.setdefault(
            name.casefold(),
            {"speaker": name, "type": sp.type if sp else "unknown", "quotes": []},
        )
        entry["quotes"].append(i)

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

    a = report.article
    url = a.url or ""
    return {
        "version": report.newslint_version,
        "article": {
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published.isoformat() if a.published else None,
            "url": url,
            "url_is_web": url.lower().startswith(("http://", "https://")),
        },
        "pieces": pieces,
        "findings": findings,
        "quantities": quantities,
        "quotes": quotes,
        "sources": sorted(sources.values(), key=lambda s: (-len(s["quotes"]), s["speaker"])),
        "removed": [{"kind": r.kind, "text": r.text} for r in report.removed],
        "docs": _rule_docs({f.rule for f in report.findings}),
        "counts": {s: report.count(s) for s in ("error", "warning", "info")},
    }


def report_csp() -> str:
    """The page's Content-Security-Policy: its own script (by hash) and nothing else runs."""
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{script_hash(_asset('report.js'))}'; base-uri 'none'; form-action 'self'"
    )


def render_html(report: Report, *, home: str | None = None) -> str:
    """The annotated report as one HTML page. ``home``: a link back (the web app's form)."""
    script = _asset("report.js")
    title = report.article.title or "newslint report"
    csp = report_csp()
    page = _asset("report.html")
    back = f'<a class="home" href="{escape(home)}">New check</a>' if home else ""
    noscript = escape(report.text)
    replacements = {
        "{{csp}}": escape(csp),
        "{{title}}": escape(f"{title} · newslint"),
        "{{css}}": _asset("report.css"),
        "{{data}}": embed_json(payload(report)),
        "{{home}}": back,
        "{{noscript}}": noscript,
        "{{script}}": script,
    }
    # one pass, so text put in by one placeholder is never read as another placeholder
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], page)
