"""A row that kills its worker process is recorded as failed; the run goes on (issue 11).

The worker processes really die: a ``sitecustomize`` module, put on the workers' PYTHONPATH
by the test, registers a rule that sends its own process SIGKILL when an article says
KILL-THIS-WORKER, as a crash in native code or the OOM killer would end it.
"""

from __future__ import annotations

import os
import textwrap

import pytest

from batch_corpus import many, tables, write_jsonl
from newslint.batch.local import KILLED_WORKER
from newslint.batch.run import BatchOptions, run_batch

KILLER = textwrap.dedent(
    '''
    import os
    import signal

    from newslint.rules.registry import rule


    @rule("TXT998", "kills-its-worker", "info", fires="KILL-THIS-WORKER", silent="calm")
    def kills_its_worker(analysis):
        """Ends its own process on an article that says KILL-THIS-WORKER (a test rule)."""
        if "KILL-THIS-WORKER" in analysis.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return iter(())
    '''
)


@pytest.mark.slow
def test_a_row_that_kills_its_worker_is_failed_and_the_run_goes_on(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(KILLER, encoding="utf-8")
    paths = [str(site), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))

    records = many(12)
    for i in (4, 9):  # two killers, in different shards, among innocent rows in flight
        # a sentence of the article: a bare word after the last sentence of a page with
        # furniture (row 9 has a newsletter line) is page clutter, and the cleaner takes it
        records[i]["text"] += "\n\nThe crew said KILL-THIS-WORKER was painted on the wall."
    corpus = write_jsonl(tmp_path / "corpus.jsonl", records, bad=False)
    out = str(tmp_path / "out")
    summary = run_batch(
        BatchOptions(inputs=[str(corpus)], out=out, shard_size=3, workers=2), progress=False
    )
    assert (summary.articles, summary.ok, summary.failed) == (12, 10, 2)
    articles = {a["article_id"]: a for a in tables(out)["articles"]}
    assert len(articles) == 12
    for i, record in enumerate(records):
        status, error = articles[record["id"]]["status"], articles[record["id"]]["error"]
        if i in (4, 9):
            assert (status, error) == ("failed", KILLED_WORKER)
        else:
            assert (status, error) == ("ok", None)
