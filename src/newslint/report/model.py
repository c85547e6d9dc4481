"""The report: one pydantic model that every renderer, the web app and the batch store read.

Keys follow the JSON contract in DESIGN.md; add fields freely, never rename or remove one.
Every ``start``/``end`` pair is a ``[start, end)`` character span of ``Report.text``, except in
``removed``, whose spans point into the input as it was read (line endings normalised to ``\\n``).
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newslint import __version__


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Span(_Model):
    start: int
    end: int


class ArticleMeta(_Model):
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None


class Removed(_Model):
    """A piece of boilerplate cut from the input before analysis."""

    start: int
    end: int
    kind: str
    text: str


Approx = Literal["=", "~", ">", ">=", "<", "<="]
QuantityKind = Literal["measure", "money", "percent", "count", "comparison", "vague"]


class Quantity(_Model):
    """One figure as printed in the article, read and normalised."""

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    approx: Approx = "="
    change: Literal["up", "down"] | None = None
    si_value: float | None = None
    kind: QuantityKind = "count"
    currency: str | None = None
    # comparisons ("three times the size of Wales"): multiplier x reference object
    multiplier: float | None = None
    reference: str | None = None
    # the value range a comparison implies, in SI units (from the shipped reference table)
    implied_low: float | None = None
    implied_high: float | None = None
    # what a count counts ("5,000 troops" -> "troops"), as printed
    counted: str | None = None
    # a rate's denominator: "£2.4m-a-year" -> "year", "$52 a barrel" -> "barrel"
    per: str | None = None
    # index (in Report.quantities) of the figure this one converts: "5km (3.1 miles)"
    conversion_of: int | None = None
    # which way the figure moved, also for a level reached: "fell to 49.5Hz" (change stays null)
    direction: Literal["up", "down"] | None = None
    # a movement, not a range: "cut from 30mph to 20mph" went from 30 to 20 (``low``/``high``
    # hold the same two values in order of size)
    from_value: float | None = None
    to_value: float | None = None


SpeakerType = Literal["named", "anonymous", "organization", "document", "outlet", "unknown"]


class Speaker(_Model):
    text: str
    start: int
    end: int
    type: SpeakerType = "unknown"
    canonical: str | None = None


class Venue(_Model):
    """Where or to whom words were said, as written: "BBC Radio 4's Today programme" in
    "Speaking to BBC Radio 4's Today programme, she said ...", "reporters" in "told reporters".
    Never the speaker, never the content."""

    text: str
    start: int
    end: int


class Quote(_Model):
    start: int
    end: int
    text: str
    direct: bool
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker | None = None
    # a quotation split by its tag ("A," he said, "B.") or run over paragraphs: its pieces;
    # empty when the quote is one piece. ``text`` is the pieces joined by a space.
    parts: list[Span] = Field(default_factory=list)
    venue: Venue | None = None
    # "statement": words said or written (a quotation, a reported clause, "according to", a
    # promise); "position": a view or stance read from an ordinary verb, noun or adjective
    # ("welcomed the move", "voiced concern about", "is wary of", "was criticised by")
    kind: Literal["statement", "position"] = "statement"


class Finding(_Model):
    rule: str
    name: str
    severity: Severity
    start: int
    end: int
    message: str
    related: list[Span] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)
    # texts that may stand in for text[start:end], best first; empty when the rule cannot say
    # what the fix is. Editors offer them (LSP code actions, LanguageTool "replacements").
    replacements: list[str] = Field(default_factory=list)


class Checked(_Model):
    """A check that passed: what a rule verified and found consistent ("5C = 41F").

    Same spans as a finding; ``evidence`` holds the arithmetic (``working`` lines included),
    so a fact-checker sees what was verified, not only what failed.
    """

    rule: str
    name: str
    start: int
    end: int
    message: str
    related: list[Span] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)


class Report(_Model):
    newslint_version: str = __version__
    article: ArticleMeta = Field(default_factory=ArticleMeta)
    text: str = ""
    removed: list[Removed] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    # the checks that passed, beside the findings (the rules that verify something say so)
    checks: list[Checked] = Field(default_factory=list)

    def count(self, severity: Severity | str) -> int:
        value = Severity(severity).value
        return sum(1 for f in self.findings if f.severity == value)

    def worst(self) -> Severity | None:
        ranks = [Severity(f.severity) for f in self.findings]
        return max(ranks, key=lambda s: s.rank) if ranks else None

    def to_json(self) -> str:
        """Deterministic JSON: same input and options, same bytes."""
        return self.model_dump_json(indent=2) + "\n"
