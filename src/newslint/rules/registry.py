"""The rule registry: every rule is a function of the Analysis, registered with its metadata.

A rule's documentation lives in its own docstring (sections "What it does" and "Why is this
bad?") and in the examples given to ``@rule`` (one that fires, one that stays silent). The
examples are run by the test suite, so the documentation cannot drift from the behaviour.

A rule's check yields ``Flag`` records (findings) and, next to them, ``Verified`` records: the
checks it made that passed ("5C = 41F"), which the report lists under ``checks``. Both carry
their arithmetic in ``evidence``; a ``working`` entry there (a list of lines in plain English,
written from the same numbers as the message) is the worked sum the report shows.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslint.errors import ConfigError
from newslint.report.model import Checked, Finding, Severity, Span

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
    # texts that may replace text[start:end], best first (only when the fix is certain)
    replacements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verified:
    """What a rule may yield beside its Flags: a check that passed, with its arithmetic.

    ``message`` says what agreed, in the reader's units ("5C = 41F"); ``evidence`` holds the
    numbers and, best, ``working`` lines. Findings and checks of one rule never share a span.
    """

    start: int
    end: int
    message: str
    related: tuple[tuple[int, int], ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)


Check = Callable[["Analysis"], Iterable["Flag | Verified"]]


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
    # a pattern of further codes this rule's findings may carry (house style: LNG101-LNG199)
    serves: str | None = None
    # the settings its documented examples run with (house style needs a style table)
    example_config: dict[str, Any] | None = None

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
        parts += ["## Example"]
        if self.example_config:
            settings = _toml(self.example_config, "tool.newslint.")
            parts += ["With these settings in pyproject.toml:", "", _indent(settings), ""]
        parts += [f"Fires{when}:", "", _indent(self.fires), ""]
        parts += ["Stays silent:", "", _indent(self.silent), ""]
        return "\n".join(parts).rstrip() + "\n"

    def run(self, analysis: Analysis) -> Iterator[Finding]:
        """The rule's findings (the checks that passed are dropped; see ``outcomes``)."""
        for outcome in self.outcomes(analysis):
            if isinstance(outcome, Finding):
                yield outcome

    def outcomes(self, analysis: Analysis) -> Iterator[Finding | Checked]:
        """Findings and the checks that passed, in the order the rule yields them."""
        for record in self.check(analysis):
            related = [Span(start=a, end=b) for a, b in record.related]
            if isinstance(record, Verified):
                yield Checked(
                    rule=getattr(record, "code", None) or self.code,
                    name=getattr(record, "name", None) or self.name,
                    start=record.start,
                    end=record.end,
                    message=record.message,
                    related=related,
                    evidence=record.evidence,
                )
                continue
            # a record may carry a code the rule serves (a house-style entry's own code)
            yield Finding(
                rule=getattr(record, "code", None) or self.code,
                name=getattr(record, "name", None) or self.name,
                severity=record.severity or self.severity,
                start=record.start,
                end=record.end,
                message=record.message,
                related=related,
                evidence=record.evidence,
                replacements=list(record.replacements),
            )


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
    serves: str | None = None,
    example_config: dict[str, Any] | None = None,
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
            serves=serves,
            example_config=example_config,
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


def _serves(r: Rule, code: str) -> bool:
    return r.serves is not None and re.fullmatch(r.serves, code) is not None


def selected(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules picked by code or prefix (family ``NUM``, or ``NUM00``); ignore wins over select.
    A code a rule serves ("LNG101", a house-style entry's) selects that rule; ignoring it drops
    only its findings (``wanted``)."""
    rules = all_rules()
    select, ignore = list(select), list(ignore)
    for prefix in select + ignore:
        known = any(r.code.startswith(prefix) or _serves(r, prefix) for r in rules)
        if prefix != "ALL" and not known:
            raise ConfigError(f"unknown rule code or family {prefix!r} (see `newslint rules`)")

    def matches(r: Rule, prefixes: list[str], served: bool) -> bool:
        return any(
            p == "ALL" or r.code.startswith(p) or (served and _serves(r, p)) for p in prefixes
        )

    return [
        r
        for r in rules
        if (not select or matches(r, select, True)) and not matches(r, ignore, False)
    ]


def wanted(code: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Is a finding with this code selected and not ignored (codes a rule serves included)?"""
    select, ignore = list(select), list(ignore)
    if any(p == "ALL" or code.startswith(p) for p in ignore):
        return False
    return not select or any(p == "ALL" or code.startswith(p) for p in select)


def _load_rule_modules() -> None:
    # importing the modules registers their rules
    from newslint.rules import changes, dates, language, numbers, sources, text, totals  # noqa: F401


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


def _toml(table: dict[str, Any], prefix: str = "") -> str:
    """A settings table as TOML, for the docs: scalars and inline tables, one table a header."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{_key(k)} = {value(x)}" for k, x in v.items()) + " }"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    lines = []
    for name, sub in table.items():
        lines.append(f"[{prefix}{name}]")
        lines += [f"{_key(k)} = {value(v)}" for k, v in sub.items()]
    return "\n".join(lines)


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.splitlines())
