"""Triage: findings a sub-editor has accepted or marked as a false alarm, kept as a small JSON file.

The web editor and the HTML report keep triage in the browser and export it as ``triage.json``::

    {"newslint_triage": 1,
     "findings": [{"rule": "NUM003", "text": "three times the size of Wales",
                   "status": "false-alarm", "note": "the map is of a different region",
                   "message": "..."}]}

``newslint check --baseline triage.json`` hides the findings it lists. A finding is matched by
its rule and the text it quotes (whitespace folded), never by offsets, so the triage still holds
after the article is edited around the passage. ``status`` and ``note`` are kept for people; any
listed finding is hidden, whatever its status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newslint.errors import InputError
from newslint.report.model import Finding, Report

STATUSES = ("accepted", "false-alarm")


def key(rule: str, text: str) -> tuple[str, str]:
    return rule.strip().upper(), " ".join(text.split())


@dataclass(frozen=True)
class Baseline:
    """The findings a triage file lists, by (rule, quoted text)."""

    keys: frozenset[tuple[str, str]]

    def lists(self, finding: Finding, text: str) -> bool:
        return key(finding.rule, text[finding.start : finding.end]) in self.keys

    def apply(self, report: Report) -> tuple[Report, int]:
        """The report without the findings listed here, and how many were hidden."""
        kept = [f for f in report.findings if not self.lists(f, report.text)]
        hidden = len(report.findings) - len(kept)
        return report.model_copy(update={"findings": kept}), hidden


def load_baseline(path: str | Path) -> Baseline:
    """Read a triage file (the web editor's export); InputError naming the problem otherwise."""
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(name, "no such triage file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read the triage file ({exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            name, f"not a triage file: not JSON ({exc.msg}, line {exc.lineno})"
        ) from None
    entries = data.get("findings") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(name, 'not a triage file: no "findings" list')
    keys = set()
    for i, entry in enumerate(entries):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("rule"), str)
            and isinstance(entry.get("text"), str)
        ):
            raise InputError(name, f'not a triage file: finding {i + 1} has no "rule" and "text"')
        keys.add(key(entry["rule"], entry["text"]))
    return Baseline(frozenset(keys))
