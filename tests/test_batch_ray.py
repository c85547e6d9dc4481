"""The Ray engine on a local Ray cluster gives the same rows as the local engine.

One cluster for the whole session (Ray takes seconds to start); a handful of articles.
"""

from __future__ import annotations

import subprocess
import sys

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


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("ray-corpus") / "corpus.jsonl")


@pytest.fixture(scope="module")
def local_rows(corpus, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("ray-local") / "out")
    run_batch(BatchOptions(inputs=[str(corpus)], out=out, shard_size=3, workers=1), progress=False)
    return tables(out)


def test_ray_engine_gives_the_local_engines_rows(ray_cluster, corpus, local_rows, tmp_path):
    on_ray = str(tmp_path / "ray")
    summary = run_batch(
        BatchOptions(inputs=[str(corpus)], out=on_ray, shard_size=3, workers=2, engine="ray"),
        progress=False,
    )
    assert (summary.articles, summary.ok, summary.bad_input) == (8, 6, 2)
    assert tables(on_ray) == local_rows


def test_cli_joins_a_running_cluster_with_address_auto(ray_cluster, corpus, local_rows, tmp_path):
    """`--address auto` joins the cluster this session started, as a job on a cluster node would."""
    joined = tmp_path / "joined"
    command = [sys.executable, "-m", "newslint.cli", "batch", str(corpus), "--out", str(joined)]
    command += ["--shard-size", "3", "--engine", "ray", "--address", "auto", "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "8 articles (6 ok, 2 bad input, 0 failed)" in done.stderr
    assert tables(str(joined)) == local_rows


def test_unreachable_cluster_is_one_line_and_exit_2(tmp_path, corpus):
    command = [sys.executable, "-m", "newslint.cli", "batch", str(corpus), "--out", str(tmp_path)]
    command += ["--engine", "ray", "--address", "ray://127.0.0.1:9"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[-1].startswith("newslint: error: cannot join the Ray cluster at ray://127.0.0.1:9")
