"""The local engine: a process pool, the spaCy pipeline loaded once per worker.

The parent reads the input and hands out shards, at most two per worker in flight so memory
stays flat; each worker lints its shard and writes the shard's files itself, then returns the
shard's summary. Workers are started with ``spawn`` (no inherited Arrow or spaCy threads) and,
on Linux, ask to be killed with their parent, so a killed run leaves no worker writing behind.

A row that kills its worker (a crash in native code, the OOM killer) takes the pool down with
every shard in flight; which row did it is unknown. Those shards are run again one at a time
in a pool of their own: an innocent shard just finishes; the guilty one is run row by row,
each row's number written to a marker file before it starts, so when the worker dies again the
marker names the row. That row is recorded as ``failed`` and not tried again, and the shard
goes on; then the run carries on with a fresh pool.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any

from newslint.batch.process import ShardResult, ShardWorker
from newslint.batch.readers import Row
from newslint.batch.store import Store
from newslint.config import Config
from newslint.errors import NewslintError

_worker: ShardWorker | None = None
_store: Store | None = None


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:  # pragma: no cover - no glibc
        pass


def _init(config: Config, out: str) -> None:
    global _worker, _store
    _die_with_parent()
    _worker = ShardWorker(config)
    _store = Store.open(out)


KILLED_WORKER = "checking this row killed its worker process; it was not tried again"


def run_shard(
    worker: ShardWorker, store: Store, index: int, rows: list[Row], marker: str | None = None
) -> dict[str, Any]:
    """Lint one shard, write its files and manifest entry; return the manifest entry.

    With ``marker`` (a file path), rows are linted one at a time, each row's ``seq`` written to
    the marker before it starts: if the process dies, the marker names the row.
    """
    if marker is None:
        result = worker.run(index, rows)
    else:
        parts = []
        for row in rows:
            with open(marker, "w") as f:
                f.write(str(row.seq))
            parts.append(worker.run(index, [row]))
        result = ShardResult.merged(index, parts)
    summary = {
        "shard": index,
        "first_seq": rows[0].seq if rows else None,
        **result.counts,
        "seconds": round(result.seconds, 3),
        "rss_mb": round(result.rss_mb, 1),
        "rss_now_mb": round(result.rss_now_mb, 1),
    }
    store.write_shard(index, result.tables, summary)
    return summary


def _run(index: int, rows: list[Row], marker: str | None = None) -> dict[str, Any]:
    assert _worker is not None and _store is not None
    return run_shard(_worker, _store, index, rows, marker)


def run_local(
    shards: Iterable[tuple[int, list[Row]]], config: Config, out: str, workers: int
) -> Iterator[dict[str, Any]]:
    """Lint ``shards`` on ``workers`` processes; yield each shard's summary as it finishes."""
    context = multiprocessing.get_context("spawn")

    def new_pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=size, mp_context=context, initializer=_init, initargs=(config, out)
        )

    pool = new_pool(workers)
    in_flight: dict[Future, tuple[int, list[Row]]] = {}

    def finish(down_to: int) -> Iterator[dict[str, Any]]:
        nonlocal pool
        while len(in_flight) > down_to:
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                shard = in_flight.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    in_flight[future] = shard
                    broken = True
            if broken:  # every shard in flight went down with the pool
                suspects = sorted(in_flight.values(), key=lambda shard: shard[0])
                in_flight.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                for index, rows in suspects:
                    yield _isolate(index, rows, new_pool)
                pool = new_pool(workers)

    try:
        for index, rows in shards:
            in_flight[pool.submit(_run, index, rows)] = (index, rows)
            yield from finish(2 * workers - 1)
        yield from finish(0)
    finally:
        # on Ctrl-C or an error, do not wait for queued shards: the rerun does them
        pool.shutdown(wait=True, cancel_futures=True)


def _isolate(index: int, rows: list[Row], new_pool: Any) -> dict[str, Any]:
    """Run one shard in a pool of its own; while a row kills the worker, fail that row."""
    with tempfile.TemporaryDirectory(prefix="newslint-shard-") as folder:
        marker = os.path.join(folder, "row")
        careful = False
        while True:
            if os.path.exists(marker):
                os.remove(marker)
            pool = new_pool(1)
            try:
                return pool.submit(_run, index, rows, marker if careful else None).result()
            except BrokenProcessPool:
                if careful:
                    rows = _fail_marked(rows, marker)
                careful = True
            finally:
                pool.shutdown(wait=True, cancel_futures=True)


def _fail_marked(rows: list[Row], marker: str) -> list[Row]:
    try:
        with open(marker) as f:
            seq = int(f.read())
    except (OSError, ValueError):
        raise NewslintError(
            "a worker process died before checking any row (out of memory?); "
            "rerun the same command to resume"
        ) from None
    return [replace(r, failed=KILLED_WORKER) if r.seq == seq else r for r in rows]
