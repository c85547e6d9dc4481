"""The local engine: a process pool, the spaCy pipeline loaded once per worker.

The parent reads the input and hands out shards, at most two per worker in flight so memory
stays flat; each worker lints its shard and writes the shard's files itself, then returns the
shard's summary. Workers are started with ``spawn`` (no inherited Arrow or spaCy threads) and,
on Linux, ask to be killed with their parent, so a killed run leaves no worker writing behind.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newslint.batch.process import ShardWorker
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


def run_shard(worker: ShardWorker, store: Store, index: int, rows: list[Row]) -> dict[str, Any]:
    """Lint one shard, write its files and manifest entry; return the manifest entry."""
    result = worker.run(index, rows)
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


def _run(index: int, rows: list[Row]) -> dict[str, Any]:
    assert _worker is not None and _store is not None
    return run_shard(_worker, _store, index, rows)


def run_local(
    shards: Iterable[tuple[int, list[Row]]], config: Config, out: str, workers: int
) -> Iterator[dict[str, Any]]:
    """Lint ``shards`` on ``workers`` processes; yield each shard's summary as it finishes."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init, initargs=(config, out)
    )
    in_flight: set[Future] = set()
    try:
        for index, rows in shards:
            in_flight.add(pool.submit(_run, index, rows))
            if len(in_flight) >= 2 * workers:
                finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        while in_flight:
            finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
    except BrokenProcessPool as exc:
        raise NewslintError(
            f"a worker process died ({exc}); rerun the same command to resume"
        ) from None
    finally:
        # on Ctrl-C or an error, do not wait for queued shards: the rerun does them
        pool.shutdown(wait=True, cancel_futures=True)
