"""The Ray engine: Ray Data ``map_batches`` over an actor pool, each actor loading spaCy once.

The driver reads the input (the same reader, ids and shards as the local engine) and feeds
pending shards to Ray Data a window at a time, so the driver's memory stays flat; each shard is
one item of the dataset and one call of an actor, which lints it and writes its files to the
output (a shared folder, or an object store URI such as ``s3://bucket/run``). The rows are the
local engine's rows: only who runs the work differs.

Without an address the engine starts a small local cluster and stops it at the end; with
``auto`` or ``ray://host:10001`` it joins an existing one. When Ray is already initialised in
this process (a test session, a notebook) it uses that cluster.
"""

from __future__ import annotations

import itertools
import logging
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from newslint.batch.readers import Row
from newslint.config import Config
from newslint.errors import ConfigError

LOCAL_OBJECT_STORE = 200 * 1024 * 1024
SHARDS_PER_ACTOR_PER_WINDOW = 8


class ShardActor:
    """One Ray actor: the pipeline is loaded once in ``__init__``, then a shard per call."""

    def __init__(self, config: Config, out: str):
        from newslint.batch.process import ShardWorker
        from newslint.batch.store import Store

        self.worker = ShardWorker(config)
        self.store = Store.open(out)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from newslint.batch.local import run_shard

        summaries = []
        for index, payload in zip(batch["shard"], batch["rows"], strict=True):
            rows = pickle.loads(payload)
            summaries.append(pickle.dumps(run_shard(self.worker, self.store, int(index), rows)))
        return {"summary": summaries}


def init_ray(address: str | None, num_cpus: int) -> bool:
    """Connect to (or start) a cluster; True when this call started it."""
    try:
        import ray
    except ImportError:
        raise ConfigError("the Ray engine needs Ray: pip install 'newslint[ray]'") from None
    if ray.is_initialized():
        return False
    if address:
        try:
            ray.init(address=address, log_to_driver=False, logging_level="ERROR")
        except (ConnectionError, RuntimeError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"cannot join the Ray cluster at {address}: {first}") from None
    else:
        ray.init(
            num_cpus=num_cpus,
            object_store_memory=LOCAL_OBJECT_STORE,
            include_dashboard=False,
            log_to_driver=False,
            logging_level="ERROR",
        )
    return True


def run_ray(
    shards: Iterable[tuple[int, list[Row]]],
    config: Config,
    out: str,
    actors: int,
    address: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Lint ``shards`` on a pool of ``actors`` Ray actors; yield each shard's summary."""
    started = init_ray(address, max(2, actors))
    import ray

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    # Ray Data's execution notes ("execution finished", "progress bars disabled") are noise
    # next to our own progress line; its errors still show
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        shard_iter = iter(shards)
        window = max(1, actors * SHARDS_PER_ACTOR_PER_WINDOW)
        while batch := list(itertools.islice(shard_iter, window)):
            items = [{"shard": index, "rows": pickle.dumps(rows)} for index, rows in batch]
            dataset = ray.data.from_items(items).map_batches(
                ShardActor,
                fn_constructor_kwargs={"config": config, "out": out},
                batch_size=1,
                compute=ray.data.ActorPoolStrategy(size=min(actors, len(items))),
                num_cpus=1,
            )
            for row in dataset.iter_rows():
                yield pickle.loads(row["summary"])
    finally:
        if started:
            ray.shutdown()
