"""A batch run from start to finish: check inputs, resume from the manifest, run an engine.

The run's identity (inputs, column mapping, shard size, rule selection, pipeline, size cap,
newslint version) is stored in ``DIR/_run.json``; rerunning the same command resumes the run,
a different one is refused. The engine and the number of workers are not part of it: a run
started locally may be finished on Ray, and gives the same rows.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newslint import __version__
from newslint.batch.progress import Progress
from newslint.batch.readers import Columns, Row, check_inputs, count_rows, read_rows
from newslint.batch.store import Store, write_duckdb
from newslint.config import Config
from newslint.errors import ConfigError

DEFAULT_SHARD_SIZE = 500
ENGINES = ("local", "ray")


@dataclass
class BatchOptions:
    inputs: list[str]
    out: str
    config: Config = field(default_factory=Config)
    columns: Columns = field(default_factory=Columns)
    shard_size: int = DEFAULT_SHARD_SIZE
    engine: str = "local"
    workers: int | None = None  # None: every core
    address: str | None = None
    overwrite: bool = False

    def identity(self) -> dict[str, Any]:
        c = self.config
        return {
            "newslint_version": __version__,
            "inputs": list(self.inputs),
            "columns": self.columns.as_dict(),
            "shard_size": self.shard_size,
            "select": list(c.select),
            "ignore": list(c.ignore),
            "pipeline": c.pipeline,
            "max_bytes": c.max_bytes,
            "rules": c.rules,
        }


@dataclass
class Summary:
    articles: int = 0
    ok: int = 0
    bad_input: int = 0
    failed: int = 0
    words: int = 0
    shards: int = 0
    resumed_shards: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    out: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        rate = (
            (self.articles - self.extra.get("resumed_articles", 0)) / self.seconds
            if self.seconds
            else 0
        )
        resumed = f", {self.resumed_shards} shard(s) already done" if self.resumed_shards else ""
        return (
            f"newslint batch: {self.articles:,} articles ({self.ok:,} ok, {self.bad_input:,} bad "
            f"input, {self.failed:,} failed) in {self.shards} shard(s){resumed}; "
            f"{rate:.1f} articles/s; output in {self.out}"
        )


def shards_of(rows: Iterator[Row], size: int) -> Iterator[tuple[int, list[Row]]]:
    """Consecutive groups of ``size`` rows: shard k holds rows k*size .. (k+1)*size-1."""
    for index, group in itertools.groupby(rows, key=lambda r: r.seq // size):
        yield index, list(group)


def summarise(done: dict[int, dict[str, Any]]) -> Summary:
    s = Summary(shards=len(done))
    for entry in done.values():
        s.articles += entry.get("articles", 0)
        s.ok += entry.get("ok", 0)
        s.bad_input += entry.get("bad_input", 0)
        s.failed += entry.get("failed", 0)
        s.words += entry.get("words", 0)
        s.peak_rss_mb = max(s.peak_rss_mb, entry.get("rss_mb", 0.0))
    return s


def run_batch(options: BatchOptions, *, progress: bool = True) -> Summary:
    if options.engine not in ENGINES:
        raise ConfigError(f"engine must be one of {', '.join(ENGINES)}, not {options.engine!r}")
    if options.shard_size < 1:
        raise ConfigError("shard-size must be at least 1")
    if not options.inputs:
        raise ConfigError("give at least one input")
    from newslint.rules.registry import selected

    selected(options.config.select, options.config.ignore)  # unknown codes: a usage error now
    check_inputs(options.inputs)
    workers = options.workers or os.cpu_count() or 1
    if workers < 1:
        raise ConfigError("workers must be at least 1")

    store = Store.open(options.out)
    store.start(options.identity(), overwrite=options.overwrite)
    done_before = store.done()
    skip = set(done_before)
    resumed_articles = sum(e.get("articles", 0) for e in done_before.values())
    total = count_rows(options.inputs)
    bar = Progress(total, resumed_articles, enabled=progress)

    rows = read_rows(options.inputs, options.columns, options.config.max_bytes)
    pending = ((i, group) for i, group in shards_of(rows, options.shard_size) if i not in skip)
    started = time.monotonic()
    try:
        if options.engine == "ray":
            from newslint.batch.ray_engine import run_ray

            finished = run_ray(pending, options.config, options.out, workers, options.address)
        else:
            from newslint.batch.local import run_local

            finished = run_local(pending, options.config, options.out, workers)
        for entry in finished:
            bar.advance(entry["articles"])
    finally:
        bar.close()

    summary = summarise(store.done())
    summary.seconds = time.monotonic() - started
    summary.resumed_shards = len(done_before)
    summary.extra["resumed_articles"] = resumed_articles
    summary.out = options.out
    write_duckdb(options.out)
    return summary
