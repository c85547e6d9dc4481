"""Checking a draft in an editor: the report, and every finding placed in the editor's text.

The LanguageTool endpoint and the language server share this: they hand over the document
(as ``Annotated`` prose), ``check_prose`` runs the ordinary check on it (the same pipeline,
rules and cleaning as ``newslint check``) and ``place`` carries each finding's span from the
cleaned text back to the document. ``ReportCache`` remembers reports by a hash of the text and
the options, so an editor re-sending an unchanged text costs a dictionary look-up.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from newslint.config import Config
from newslint.markup import Annotated
from newslint.offsets import SourceMap, align, normalise_newlines
from newslint.report.model import Finding, Report

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")


@dataclass(frozen=True)
class Placed:
    """A finding and where it sits in the editor's document (code points)."""

    finding: Finding
    start: int
    end: int
    related: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Draft:
    prose: Annotated
    report: Report
    findings: tuple[Placed, ...]


def check_prose(text: str, config: Config, nlp: Language | None = None) -> Report:
    """The check itself, on plain prose: what ``newslint check`` does with a text file."""
    from newslint.api import check_article
    from newslint.article import from_text

    return check_article(from_text(text, "<draft>", max_bytes=config.max_bytes), config, nlp=nlp)


def report_map(text: str, report: Report) -> SourceMap:
    """Offsets of ``report.text`` (the cleaned text) as offsets of ``text`` (what was sent)."""
    normalised, newlines = normalise_newlines(text)
    cleaned = align(normalised, report.text, [(r.start, r.end) for r in report.removed])
    return cleaned.then(newlines)


def place(prose: Annotated, report: Report) -> Draft:
    to_document = report_map(prose.text, report).then(prose.map)
    placed = []
    for f in report.findings:
        start, end = to_document.span(f.start, f.end)
        related = tuple(to_document.span(r.start, r.end) for r in f.related)
        placed.append(Placed(f, start, end, related))
    return Draft(prose, report, tuple(placed))


def cache_key(text: str, config: Config, *extra: object) -> str:
    """What decides a report: the text, the rules chosen, the pipeline and the options."""
    options = repr(
        (config.select, config.ignore, config.pipeline, config.parse, sorted(config.rules.items()))
    )
    digest = hashlib.blake2b(digest_size=20)
    for part in (text, options, *map(repr, extra)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


class Cache(Generic[T]):
    """The most recent values by ``cache_key``, least recently used dropped first."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._values: OrderedDict[str, T] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: str) -> T | None:
        with self._lock:
            value = self._values.get(key)
            if value is None:
                self.misses += 1
                return None
            self._values.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: T) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)


ReportCache = Cache[Report]
