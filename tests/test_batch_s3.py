"""``newslint batch`` on object storage for real: input read from and output written to S3
through pyarrow's S3 filesystem, against an S3-compatible server (moto's server mode) started
on a loopback port by the test; a run killed with SIGKILL and rerun there gives every article
exactly once with the rows of a clean run."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from batch_corpus import ARTICLES, many, tables
from newslint.batch.store import MANIFEST
from newslint.config import Config

pytestmark = pytest.mark.slow

NEWSLINT = [sys.executable, "-m", "newslint.cli"]
BUCKET = "news"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3():
    """An S3 server on loopback, and the environment that points AWS clients (pyarrow's
    included, here and in the ``newslint`` subprocesses) at it."""
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    env = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "the S3 server exited"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the S3 server did not start"
                time.sleep(0.2)
        with pytest.MonkeyPatch.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            fs = pafs.S3FileSystem(endpoint_override=endpoint, allow_bucket_creation=True)
            fs.create_dir(BUCKET)
            yield fs
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def put(fs: pafs.FileSystem, path: str, data: bytes) -> str:
    # compression=None: pyarrow would otherwise gzip a ".gz" name a second time
    with fs.open_output_stream(f"{BUCKET}/{path}", compression=None) as stream:
        stream.write(data)
    return f"s3://{BUCKET}/{path}"


def jsonl(records: list[dict]) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode() + b"\n"


def batch(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*NEWSLINT, "batch", *args, "--workers", "1", "--no-progress"],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_batch_reads_s3_and_writes_s3(s3, tmp_path):
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES[:3]), parquet)
    put(s3, "in/pages/one.txt", b"The council met on Tuesday and spent \xc2\xa32m on roads.")
    put(s3, "in/pages/deep/two.html", b"<html><body><p>The depot opened.</p></body></html>")
    inputs = [
        put(s3, "in/corpus.jsonl.gz", gzip.compress(jsonl(ARTICLES[3:]))),
        put(s3, "in/c.parquet", parquet.read_bytes()),
        f"s3://{BUCKET}/in/pages/",
        put(s3, "in/broken.parquet", parquet.read_bytes()[:300]),
    ]
    out = f"s3://{BUCKET}/run"
    done = batch(*inputs, "--out", out, "--shard-size", "3")
    assert done.returncode == 0, done.stderr
    assert "(8 ok, 1 bad input, 0 failed)" in done.stderr

    written = {
        i.path[len(BUCKET) + 5 :]
        for i in s3.get_file_info(pafs.FileSelector(f"{BUCKET}/run", recursive=True))
        if i.type == pafs.FileType.File
    }
    assert {"_run.json", f"{MANIFEST}/shard-000000.json", "articles/part-000002.parquet"} <= written
    t = tables(out)
    by_source = {(a["source"], a["row"]): a for a in t["articles"]}
    assert by_source[(f"s3://{BUCKET}/in/pages/deep/two.html", 0)]["status"] == "ok"
    assert "cannot read" in by_source[(f"s3://{BUCKET}/in/broken.parquet", -1)]["error"]
    assert {a["article_id"] for a in t["articles"]} >= {a["id"] for a in ARTICLES}
    assert any(f["rule"] == "TXT002" and f["article_id"] == "talks" for f in t["findings"])

    query = subprocess.run(
        [*NEWSLINT, "sql", out, "select count(*) as n from articles", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout) == [{"n": 9}]


def test_sigkill_mid_run_on_s3_then_rerun_gives_every_article_once(s3, nlp):
    records = many(36)
    corpus = put(s3, "big/corpus.jsonl", jsonl(records))
    out = f"s3://{BUCKET}/big-run"
    command = [*NEWSLINT, "batch", corpus, "--out", out, "--shard-size", "3", "--workers", "1"]
    proc = subprocess.Popen(
        [*command, "--no-progress"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    manifest = pafs.FileSelector(f"{BUCKET}/big-run/{MANIFEST}", allow_not_found=True)

    def finished_shards() -> int:
        return sum(1 for i in s3.get_file_info(manifest) if i.base_name.endswith(".json"))

    try:
        deadline = time.monotonic() + 300
        while finished_shards() < 2:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no shard finished"
            time.sleep(0.1)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert finished_shards() < 12, "the run finished before the kill; the test proves nothing"

    rerun = batch(corpus, "--out", out, "--shard-size", "3")
    assert rerun.returncode == 0, rerun.stderr
    assert "36 articles (36 ok, 0 bad input, 0 failed)" in rerun.stderr
    assert "shard(s) already done" in rerun.stderr
    t = tables(out)
    assert sorted(a["article_id"] for a in t["articles"]) == sorted(r["id"] for r in records)
    assert sorted(a["seq"] for a in t["articles"]) == list(range(36))

    # the same rows as a clean run of the same corpus
    from newslint.batch.process import ShardWorker
    from newslint.batch.readers import read_rows

    clean = ShardWorker(Config(), nlp=nlp).run(0, list(read_rows([corpus])))
    expected = sorted(clean.tables["findings"], key=lambda r: (r["article_id"], r["n"]))
    assert t["findings"] == expected


def test_a_local_run_and_an_s3_run_of_one_corpus_agree(s3, tmp_path):
    records = ARTICLES
    local_input = tmp_path / "corpus.jsonl"
    local_input.write_bytes(jsonl(records))
    remote_input = put(s3, "same/corpus.jsonl", jsonl(records))
    local_out, remote_out = tmp_path / "out", f"s3://{BUCKET}/same-run"
    assert batch(str(local_input), "--out", str(local_out)).returncode == 0
    assert batch(remote_input, "--out", remote_out).returncode == 0
    assert Path(local_out, "newslint.duckdb").exists()  # local output only

    def without_source(rows: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "source"} for r in rows]

    mine, theirs = tables(str(local_out)), tables(remote_out)
    assert without_source(mine["articles"]) == without_source(theirs["articles"])
    for name in ("findings", "quantities", "quotes"):
        assert mine[name] == theirs[name]
