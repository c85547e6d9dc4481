"""Batch runs end to end on the local engine: tables, bad rows, determinism, resume after SIGKILL."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from batch_corpus import ARTICLES, many, tables, write_jsonl
from newslint.batch.progress import Progress
from newslint.batch.readers import read_rows
from newslint.batch.run import BatchOptions, run_batch
from newslint.batch.store import MANIFEST, Store, connect
from newslint.config import Config
from newslint.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
NEWSLINT = [sys.executable, "-m", "newslint.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "corpus.jsonl")


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("run") / "out")
    options = BatchOptions(inputs=[str(corpus)], out=out, shard_size=3, workers=1)
    return out, run_batch(options, progress=False)


def test_summary_counts_good_and_bad_rows(local_run):
    _, summary = local_run
    assert (summary.articles, summary.ok, summary.bad_input, summary.failed) == (8, 6, 2, 0)
    assert summary.shards == 3
    assert "6 ok, 2 bad input, 0 failed" in summary.line()


def test_articles_table_records_every_row_once(local_run, corpus):
    out, _ = local_run
    articles = tables(out)["articles"]
    assert sorted(a["article_id"] for a in articles) == sorted(
        r.id for r in read_rows([str(corpus)])
    )
    by_id = {a["article_id"]: a for a in articles}
    assert by_id["no-text"]["status"] == "bad_input"
    assert "no text or html column" in by_id["no-text"]["error"]
    assert "\n" not in by_id["no-text"]["error"]
    broken = [a for a in articles if a["error"] and "not JSON" in a["error"]]
    assert len(broken) == 1 and broken[0]["status"] == "bad_input"
    bus = by_id["bus-lanes"]
    assert bus["status"] == "ok" and bus["error"] is None
    assert bus["outlet"] == "Riverside Gazette" and str(bus["published"]) == "2024-03-05"
    assert bus["words"] == len(bus_text_clean(out, "bus-lanes").split())
    assert bus["removed"] == 1


def bus_text_clean(out: str, article_id: str) -> str:
    from newslint import check

    article = next(a for a in ARTICLES if a["id"] == article_id)
    return check(article["text"], select=["TXT001"]).text


def test_findings_table_holds_the_rules_findings(local_run):
    out, _ = local_run
    t = tables(out)
    found = {(f["article_id"], f["rule"]) for f in t["findings"]}
    assert ("bus-lanes", "TXT001") in found
    assert ("harbour", "TXT001") in found
    assert ("talks", "TXT002") in found
    assert not any(aid == "library" for aid, _ in found)
    counts = {a["article_id"]: a["findings"] for a in t["articles"]}
    for article_id, n in counts.items():
        assert n == sum(1 for f in t["findings"] if f["article_id"] == article_id)
    variant = next(f for f in t["findings"] if f["rule"] == "TXT002")
    assert variant["text"] in ("Zelensky", "Zelenskyy")
    assert json.loads(variant["evidence"])  # evidence kept as JSON


def test_shard_files_are_sorted_and_the_manifest_lists_them(local_run):
    out, _ = local_run
    store = Store.open(out)
    assert list(store.done()) == [0, 1, 2]
    seqs = [pq.read_table(f).column("seq").to_pylist() for f in store.files("articles")]
    assert seqs == [[0, 1, 2], [3, 4, 5], [6, 7]]


def test_duckdb_views_and_database_file(local_run):
    out, _ = local_run
    con = connect(out)
    assert con.execute("select count(*) from articles").fetchone() == (8,)
    assert (
        con.execute(
            "select count(*) from findings join articles using (article_id) where status='ok'"
        ).fetchone()[0]
        >= 3
    )
    # one row per quote the articles table counts
    (quotes,) = con.execute("select count(*) from quotes").fetchone()
    assert (quotes,) == con.execute("select sum(quotes) from articles").fetchone()
    import duckdb

    db = duckdb.connect(str(Path(out) / "newslint.duckdb"), read_only=True)
    assert db.execute("select count(*) from articles").fetchone() == (8,)


def test_same_input_gives_same_rows_whatever_the_workers_and_shards(local_run, corpus, tmp_path):
    out, _ = local_run
    other = str(tmp_path / "two")
    run_batch(
        BatchOptions(inputs=[str(corpus)], out=other, shard_size=2, workers=2), progress=False
    )
    assert tables(other) == tables(out)


def test_rerun_of_a_finished_run_does_nothing_and_keeps_the_rows(local_run, corpus):
    out, _ = local_run
    before = tables(out)
    summary = run_batch(
        BatchOptions(inputs=[str(corpus)], out=out, shard_size=3, workers=1), progress=False
    )
    assert summary.resumed_shards == 3 and summary.articles == 8
    assert tables(out) == before


def test_other_options_in_the_same_out_are_refused(local_run, corpus):
    out, _ = local_run
    with pytest.raises(InputError, match="other inputs or options"):
        run_batch(BatchOptions(inputs=[str(corpus)], out=out, shard_size=4), progress=False)


def test_an_exception_in_a_rule_fails_that_article_only(nlp):
    from newslint.batch.process import ShardWorker
    from newslint.rules.registry import RULES, rule

    @rule("TXT999", "explodes", "info", fires="KABOOM", silent="calm")
    def explodes(analysis):
        """Raises on articles that say KABOOM (a test rule)."""
        if "KABOOM" in analysis.text:
            raise ZeroDivisionError("division by zero in a test rule")
        return iter(())

    try:
        rows = list(
            read_rows_from(
                [
                    {"id": "a", "text": "All calm here today."},
                    {"id": "b", "text": "KABOOM went the rule."},
                ]
            )
        )
        result = ShardWorker(Config(), nlp=nlp).run(0, rows)
    finally:
        del RULES["TXT999"]
    status = {a["article_id"]: (a["status"], a["error"]) for a in result.tables["articles"]}
    assert status["a"] == ("ok", None)
    assert status["b"] == ("failed", "ZeroDivisionError: division by zero in a test rule")
    assert result.counts["failed"] == 1 and result.counts["ok"] == 1


def read_rows_from(records):
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"newslint-batch-{os.getpid()}.jsonl"
    write_jsonl(path, records, bad=False)
    try:
        return list(read_rows([str(path)]))
    finally:
        path.unlink()


def test_worker_gives_the_same_report_as_check(nlp):
    """The batch path (prepare, nlp.pipe, analyse) agrees with newslint.check article by article."""
    from newslint import check
    from newslint.batch.process import ShardWorker

    rows = read_rows_from(ARTICLES)
    result = ShardWorker(Config(), nlp=nlp).run(0, rows)
    for article in ARTICLES:
        report = check(article["text"], nlp=nlp, published=article.get("published"))
        mine = [f for f in result.tables["findings"] if f["article_id"] == article["id"]]
        assert [(f["rule"], f["start"], f["end"], f["message"]) for f in mine] == [
            (f.rule, f.start, f.end, f.message) for f in report.findings
        ]


def test_progress_prints_plain_lines_when_not_a_tty():
    stream = io.StringIO()
    bar = Progress(100, 10, stream=stream, tty=False, every=0)
    bar.advance(40)
    bar.close()
    line = stream.getvalue().strip()
    assert line.startswith("newslint batch: 50/100 articles, ")
    assert "articles/s" in line and "ETA" in line


def _wait_for(predicate, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_gives_every_article_exactly_once(tmp_path, nlp):
    records = many(36)
    corpus = write_jsonl(tmp_path / "big.jsonl", records, bad=False)
    out = tmp_path / "out"
    command = [
        *NEWSLINT,
        "batch",
        str(corpus),
        "--out",
        str(out),
        "--shard-size",
        "3",
        "--workers",
        "1",
        "--no-progress",
    ]
    proc = subprocess.Popen(
        command,
        cwd=tmp_path,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    manifest = out / MANIFEST
    try:
        assert _wait_for(lambda: manifest.is_dir() and len(list(manifest.glob("*.json"))) >= 2)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done_at_kill = len(list(manifest.glob("*.json")))
    assert done_at_kill < 12, "the run finished before the kill; the test proves nothing"

    rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "36 articles (36 ok, 0 bad input, 0 failed)" in rerun.stderr
    t = tables(str(out))
    assert sorted(a["article_id"] for a in t["articles"]) == sorted(r["id"] for r in records)
    assert [a["seq"] for a in sorted(t["articles"], key=lambda a: a["seq"])] == list(range(36))

    # the interrupted-and-resumed run has the rows of a clean run
    from newslint.batch.process import ShardWorker

    clean = ShardWorker(Config(), nlp=nlp).run(0, list(read_rows([str(corpus)])))
    keyed = sorted(
        ({k: v for k, v in f.items()} for f in clean.tables["findings"]),
        key=lambda r: (r["article_id"], r["n"]),
    )
    assert t["findings"] == keyed


def test_a_shard_cut_off_mid_write_is_redone(local_run, corpus, tmp_path):
    """Simulate a kill between a shard's file writes: garbage part file, temp file, no entry."""
    import shutil

    out = tmp_path / "out"
    shutil.copytree(local_run[0], out)
    before = tables(str(out))
    (out / MANIFEST / "shard-000001.json").unlink()
    (out / "findings" / "part-000001.parquet").write_bytes(b"half a parquet file")
    (out / "articles" / "part-000001.parquet.tmp-1-deadbeef").write_bytes(b"junk")
    assert len(tables(str(out))["articles"]) == 5  # queries skip the unfinished shard
    summary = run_batch(
        BatchOptions(inputs=[str(corpus)], out=str(out), shard_size=3, workers=1), progress=False
    )
    assert summary.resumed_shards == 2 and summary.articles == 8
    assert tables(str(out)) == before
    assert not list((out / "articles").glob("*.tmp-*"))


def test_cli_batch_sql_and_bad_input(corpus, tmp_path):
    out = tmp_path / "cli"
    done = subprocess.run(
        [*NEWSLINT, "batch", str(corpus), "--out", str(out), "--workers", "1", "--select", "TXT"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.strip().splitlines()[-1].startswith("newslint batch: 8 articles (6 ok, 2 bad")
    )
    query = subprocess.run(
        [
            *NEWSLINT,
            "sql",
            str(out),
            "select status, count(*) as n from articles group by 1 order by 1",
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert query.returncode == 0, query.stderr
    assert query.stdout.splitlines() == ["status,n", "bad_input,2", "ok,6"]

    bad = subprocess.run(
        [*NEWSLINT, "batch", str(tmp_path / "nope.jsonl"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2
    assert (
        bad.stderr.strip()
        == f"newslint: error: {tmp_path / 'nope.jsonl'}: no such file or directory"
    )
    wrong_sql = subprocess.run(
        [*NEWSLINT, "sql", str(out), "select nope from articles"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert wrong_sql.returncode == 2 and len(wrong_sql.stderr.strip().splitlines()) == 1


def test_progress_draws_a_rich_bar_on_a_terminal():
    stream = io.StringIO()
    bar = Progress(100, 0, stream=stream, tty=True)
    bar.advance(100)
    bar.close()
    drawn = stream.getvalue()
    assert "100/100" in drawn and "articles/s" in drawn and "ETA" in drawn
    assert "newslint batch:" not in drawn  # not the plain line
