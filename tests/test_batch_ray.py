"""The Ray engine on a local Ray cluster gives the same rows as the local engine."""

from __future__ import annotations

import pytest

from batch_corpus import write_jsonl
from newslint.batch.run import BatchOptions, run_batch
from test_batch_run import tables

pytestmark = pytest.mark.ray


@pytest.fixture(scope="session")
def ray_cluster():
    ray = pytest.importorskip("ray")
    from newslint.batch.ray_engine import init_ray

    started = init_ray(None, num_cpus=2)
    yield ray
    if started:
        ray.shutdown()


def test_ray_engine_gives_the_local_engines_rows(ray_cluster, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    local = str(tmp_path / "local")
    run_batch(
        BatchOptions(inputs=[str(corpus)], out=local, shard_size=3, workers=1), progress=False
    )
    on_ray = str(tmp_path / "ray")
    summary = run_batch(
        BatchOptions(inputs=[str(corpus)], out=on_ray, shard_size=3, workers=2, engine="ray"),
        progress=False,
    )
    assert (summary.articles, summary.ok, summary.bad_input) == (8, 6, 2)
    assert tables(on_ray) == tables(local)
