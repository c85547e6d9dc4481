"""The rule registry: every rule is a function of the Analysis, registered with its metadata.

A rule's documentation lives in its own docstring (sections "What it does" and "Why is this
bad?") and in the examples given to ``@rule`` (one that fires, one that stays silent). The
examples are run by the test suite, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslint.errors import ConfigError
from newslint.report.model import Finding, Severity, Span

if TYPE_CHECKING:
    from newslint.analysis import Analysis


@dataclass(frozen=True)
class Flag:
    """What a rule yields: a span, a message and the arithmetic behind it."""

    start: int
    end: int
    message: str
    related: tuple[tuple[int, int], ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None  # None: the rule's default


Check = Callable[["Analysis"], Iterable[Flag]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    check: Check
    fires: str
    silent: str
    published: str | None = None
    tolerance: str | None = None

    @property
    def family(self) -> str:
        return re.match(r"[A-Z]+", self.code).group(0)  # type: ignore[union-attr]

    @property
    def sections(self) -> dict[str, str]:
        return _sections(inspect.getdoc(self.check) or "")

    @property
    def summary(self) -> str:
        return (inspect.getdoc(self.check) or "").strip().splitlines()[0].rstrip(".")

    def documentation(self) -> str:
        """Markdown, in ruff's layout: what it does, why it matters, tolerance, examples."""
        s = self.sections
        parts = [f"# {self.name} ({self.code})", "", f"Severity: {self.severity.value}.", ""]
        parts += ["## What it does", s.get("what it does", self.summary), ""]
        parts += ["## Why is this bad?", s.get("why is this bad?", ""), ""]
        if self.tolerance:
            parts += ["## Tolerance", self.tolerance, ""]
        when = f" (published {self.published})" if self.published else ""
        parts += ["## Example", f"Fires{when}:", "", _indent(self.fires), ""]
        parts += ["Stays silent:", "", _indent(self.silent), ""]
        return "\n".join(parts).rstrip() + "\n"

    def run(self, analysis: Analysis) -> Iterator[Finding]:
        for flag in self.check(analysis):
            yield Finding(
                rule=self.code,
                name=self.name,
                severity=flag.severity or self.severity,
                start=flag.start,
                end=flag.end,
                # one line: a quoted figure or speaker may run over a line break, and the
                # line format gives each finding one line
                message=" ".join(flag.message.split()),
                related=[Span(start=a, end=b) for a, b in flag.related],
                evidence=_finite(flag.evidence),
            )


def _finite(value: Any) -> Any:
    """Evidence as JSON can carry it: an infinite or undefined number is null (JSON has no
    Infinity or NaN), so a report reads back as it was written."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    severity: Severity | str,
    *,
    fires: str,
    silent: str,
    published: str | None = None,
    tolerance: str | None = None,
) -> Callable[[Check], Check]:
    """Register a rule. ``fires``/``silent`` are example articles for its docs and tests."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        if not inspect.getdoc(check):
            raise ValueError(f"rule {code} has no docstring")
        RULES[code] = Rule(
            code=code,
            name=name,
            severity=Severity(severity),
            check=check,
            fires=inspect.cleandoc(fires),
            silent=inspect.cleandoc(silent),
            published=published,
            tolerance=inspect.cleandoc(tolerance) if tolerance else None,
        )
        return check

    return register


def all_rules() -> list[Rule]:
    _load_rule_modules()
    return sorted(RULES.values(), key=lambda r: r.code)


def get_rule(code: str) -> Rule:
    _load_rule_modules()
    try:
        return RULES[code.upper()]
    except KeyError:
        raise ConfigError(f"unknown rule {code!r} (see `newslint rules`)") from None


def selected(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules picked by code or prefix (family ``NUM``, or ``NUM00``); ignore wins over select."""
    rules = all_rules()
    select, ignore = list(select), list(ignore)
    for prefix in select + ignore:
        if prefix != "ALL" and not any(r.code.startswith(prefix) for r in rules):
            raise ConfigError(f"unknown rule code or family {prefix!r} (see `newslint rules`)")

    def matches(r: Rule, prefixes: list[str]) -> bool:
        return any(p == "ALL" or r.code.startswith(p) for p in prefixes)

    return [r for r in rules if (not select or matches(r, select)) and not matches(r, ignore)]


def _load_rule_modules() -> None:
    # importing the modules registers their rules
    from newslint.rules import numbers, sources, text  # noqa: F401


def _sections(doc: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    current = None
    for line in doc.splitlines():
        m = re.match(r"^#+\s*(.+?)\s*$", line)
        if m:
            current = m.group(1).lower()
            sections[current] = ""
        elif current:
            sections[current] += line + "\n"
    return {k: v.strip() for k, v in sections.items()}


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.splitlines())
