"""Linting one shard of rows: the work every engine's worker does, whatever runs it.

A worker loads the spaCy pipeline once, then for each shard cleans every article, parses the
cleaned texts together with ``nlp.pipe`` (batching is where spaCy is fast), runs the rules on
each parsed article as it comes out of the pipe (so only a batch of Docs is alive at once),
and turns the reports into table rows. A row that cannot be read or linted becomes an
``articles`` row with its status and error; the shard goes on.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslint.batch.readers import Row
from newslint.batch.schema import TABLES, report_rows
from newslint.config import Config
from newslint.errors import NewslintError

if TYPE_CHECKING:
    from spacy.language import Language

    from newslint.analysis import Analysis

PIPE_BATCH = 32


@dataclass
class ShardResult:
    index: int
    tables: dict[str, list[dict[str, Any]]]
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rss_mb: float = 0.0  # peak so far
    rss_now_mb: float = 0.0  # after the shard: flat over a corpus when nothing leaks

    @classmethod
    def merged(cls, index: int, parts: list[ShardResult]) -> ShardResult:
        """One shard's result from the results of its rows run one at a time."""
        counts: dict[str, int] = {}
        for part in parts:
            for key, value in part.counts.items():
                counts[key] = counts.get(key, 0) + value
        return cls(
            index=index,
            tables={t: [r for p in parts for r in p.tables.get(t, [])] for t in TABLES},
            counts=counts,
            seconds=sum(p.seconds for p in parts),
            rss_mb=max((p.rss_mb for p in parts), default=0.0),
            rss_now_mb=parts[-1].rss_now_mb if parts else 0.0,
        )


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """This process's resident set size now, in MB (Linux; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return pages * resource.getpagesize() / 1024 / 1024


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    detail = text[0] if text else ""
    if isinstance(exc, NewslintError):
        return detail
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _article_row(row: Row) -> dict[str, Any]:
    meta = row.meta
    return {
        "article_id": row.id,
        "seq": row.seq,
        "source": row.source,
        "row": row.row,
        "title": meta.get("title"),
        "published": None,
        "outlet": meta.get("outlet"),
        "url": meta.get("url"),
        "status": "ok",
        "error": None,
        **dict.fromkeys(
            (
                "chars",
                "words",
                "removed",
                "findings",
                "errors",
                "warnings",
                "infos",
                "quantities",
                "quotes",
            ),
            0,
        ),
        "clean_ms": 0.0,
        "parse_ms": 0.0,
        "rules_ms": 0.0,
    }


def _article(row: Row, config: Config):  # -> Article
    from newslint.article import from_bytes

    if row.error:
        from newslint.errors import InputError

        raise InputError(row.label, row.error)
    if row.raw is not None:
        return from_bytes(row.raw, row.label, html=row.raw_html, max_bytes=config.max_bytes)
    value = row.text if row.text is not None else row.html
    assert value is not None
    data = value.encode("utf-8", "surrogatepass")
    return from_bytes(data, row.label, html=row.html is not None, max_bytes=config.max_bytes)


class ShardWorker:
    """Holds the pipeline and the config; ``run(index, rows)`` lints one shard."""

    def __init__(self, config: Config, nlp: Language | None = None):
        from newslint.rules.registry import selected

        self.config = config
        selected(config.select, config.ignore)  # load the rules before the first shard
        if nlp is None:
            from newslint.nlp import pipeline

            nlp = pipeline(config.pipeline)
        self.nlp = nlp

    def run(self, index: int, rows: list[Row]) -> ShardResult:
        from newslint.api import prepare

        started = time.perf_counter()
        articles = [_article_row(r) for r in rows]
        ready: list[tuple[dict[str, Any], Analysis]] = []
        for row, record in zip(rows, articles, strict=True):
            t0 = time.perf_counter()
            if row.failed:
                record.update(status="failed", error=row.failed)
                continue
            try:
                article = _article(row, self.config)
                analysis = prepare(article, self.config, nlp=self.nlp, **row.meta)
            except NewslintError as exc:
                record.update(status="bad_input", error=_one_line(exc))
                continue
            except Exception as exc:  # a bug in cleaning must not stop the corpus
                record.update(status="failed", error=_one_line(exc))
                continue
            record["clean_ms"] = (time.perf_counter() - t0) * 1000
            a = analysis.article
            record.update(title=a.title, published=a.published, outlet=a.outlet, url=a.url)
            record["chars"] = len(analysis.text)
            record["words"] = len(analysis.text.split())
            record["removed"] = len(analysis.removed)
            ready.append((record, analysis))

        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        # A memory zone frees the strings this shard added to the vocabulary when it ends, so a
        # worker's memory stays flat over a long corpus (spaCy >= 3.8).
        zone = getattr(self.nlp, "memory_zone", None)
        with zone() if zone is not None else contextlib.nullcontext():
            parse_seconds = self._lint(ready, tables)
        total_chars = sum(r["chars"] for r, _ in ready) or 1
        for record, _ in ready:
            record["parse_ms"] = parse_seconds * 1000 * record["chars"] / total_chars

        tables["articles"] = articles
        counts = {
            s: sum(1 for a in articles if a["status"] == s) for s in ("ok", "bad_input", "failed")
        }
        counts["articles"] = len(articles)
        counts["words"] = sum(a["words"] for a in articles)
        return ShardResult(
            index=index,
            tables=tables,
            counts=counts,
            seconds=time.perf_counter() - started,
            rss_mb=peak_rss_mb(),
            rss_now_mb=current_rss_mb(),
        )

    def _lint(self, ready: list[tuple[dict[str, Any], Analysis]], tables: dict) -> float:
        """Parse with nlp.pipe and run the rules; fill ``tables``; return the parse seconds."""
        from newslint.api import analyse

        parse_seconds = 0.0
        docs = self._pipe([a.text for _, a in ready])
        for record, analysis in ready:
            t1 = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:  # pragma: no cover - pipe gives one doc per text
                doc = None
            except Exception:  # the batch failed in spaCy: parse the rest one at a time
                docs = iter(())
                doc = None
            parse_seconds += time.perf_counter() - t1
            if doc is not None:
                analysis.__dict__["doc"] = doc  # fills Analysis.doc (a cached_property)
            t2 = time.perf_counter()
            try:
                report = analyse(analysis)
            except Exception as exc:  # one article's failure is recorded, not fatal
                record.update(status="failed", error=_one_line(exc))
                continue
            finally:
                analysis.__dict__.pop("doc", None)  # free the Doc before the next one
            record["rules_ms"] = (time.perf_counter() - t2) * 1000
            record.update(
                findings=len(report.findings),
                errors=report.count("error"),
                warnings=report.count("warning"),
                infos=report.count("info"),
                quantities=len(report.quantities),
                quotes=len(report.quotes),
            )
            for table, table_rows in report_rows(record["article_id"], report).items():
                tables[table].extend(table_rows)
        return parse_seconds

    def _pipe(self, texts: list[str]):
        from newslint.parse import parse_many

        # the pipeline runs where the checks read it (config.parse: "selective" or "full")
        return iter(parse_many(self.nlp, texts, self.config.parse, batch_size=PIPE_BATCH))
