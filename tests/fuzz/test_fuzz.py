"""Fuzzing: generated hostile input through the API, the CLI and batch rows.

Whatever comes in, a check ends in a sound report (every span inside the text, the JSON valid
and round-tripping) or in one ``NewslintError`` with a one-line message: never another
exception, never a hang (each check runs under a time budget). ``make test`` runs a few
examples of each; ``make fuzz`` runs many (``NEWSLINT_FUZZ_EXAMPLES``, default 25 here).
A crash found here becomes a named test in ``tests/test_hostile_input.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import check
from newslint.errors import NewslintError
from newslint.report.model import Report

from .strategies import (
    clean_news_text,
    corpus_rows,
    html_pages,
    json_bodies,
    json_texts,
    news_text,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "25"))
# a check of a fuzz input takes well under a second; past this it is a hang
BUDGET = float(os.environ.get("NEWSLINT_FUZZ_BUDGET", "20"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)


def assert_sound(report: Report) -> None:
    """What every report promises: spans inside the text, quantities' text where they sit,
    JSON that parses and reads back as the same report."""
    n = len(report.text)
    assert report.text.strip()
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n, f
        assert all(0 <= r.start <= r.end <= n for r in f.related), f
        assert "\n" not in f.message, f
    for q in report.quantities:
        assert 0 <= q.start < q.end <= n, q
        assert report.text[q.start : q.end] == q.text, q
    for quote in report.quotes:
        assert 0 <= quote.start <= quote.end <= n, quote
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start <= quote.speaker.end <= n, quote
    data = report.to_json()
    assert Report.model_validate(json.loads(data)) == report


def check_or_refuse(nlp, **kwargs) -> Report | None:  # type: ignore[no-untyped-def]
    try:
        report = check(nlp=nlp, max_seconds=BUDGET, **kwargs)
    except NewslintError as exc:
        assert "time budget" not in str(exc), f"a hang: {exc}"
        assert "\n" not in str(exc), str(exc)
        return None
    assert_sound(report)
    return report


@fuzz
@given(text=news_text())
def test_text_is_checked_or_refused(nlp, text):
    check_or_refuse(nlp, text=text)


@fuzz
@given(text=clean_news_text)
def test_text_without_nul_or_surrogates_is_checked(nlp, text):
    try:
        report = check(text=text, nlp=nlp, max_seconds=BUDGET)
    except NewslintError as exc:
        # only an empty or all-boilerplate text (or one that looks like an HTML page with
        # nothing in it) may be refused
        assert any(p in str(exc) for p in ("empty", "boilerplate", "no article text")), exc
        return
    assert_sound(report)


@fuzz
@given(page=html_pages())
def test_html_is_checked_or_refused(nlp, page):
    check_or_refuse(nlp, text=page)


_OPTIONS = {"published", "title", "outlet", "select", "ignore", "max_seconds"}


@fuzz
@given(body=json_bodies(), text=news_text(max_pieces=8))
def test_json_options_are_checked_or_refused(nlp, body, text):
    """A JSON body's values as API options: wrong types are refused as ConfigError or
    InputError (what the server answers 422 with), never a crash."""
    options = {k: v for k, v in body.items() if k in _OPTIONS}
    if isinstance(options.get("max_seconds"), (int, float)) and not isinstance(
        options["max_seconds"], bool
    ):
        options["max_seconds"] = min(abs(options["max_seconds"]), BUDGET) or BUDGET
    body_text = body.get("text")
    try:
        report = check(text=body_text if isinstance(body_text, str) else text, nlp=nlp, **options)
    except NewslintError as exc:
        assert "\n" not in str(exc), str(exc)
        return
    assert_sound(report)


@fuzz
@given(rows=st.lists(corpus_rows(), min_size=1, max_size=4))
def test_corpus_rows_are_checked_or_recorded(nlp, tmp_path_factory, rows):
    """Hostile rows of a JSONL corpus: each is linted or recorded as bad input; none fails."""
    from newslint.batch.process import ShardWorker
    from newslint.batch.readers import read_rows
    from newslint.config import Config

    folder = tmp_path_factory.mktemp("corpus")
    path = folder / "rows.jsonl"
    with path.open("w", encoding="utf-8", errors="surrogatepass") as out:
        for row in rows:
            out.write(json.dumps(row, allow_nan=True) + "\n")
    read = list(read_rows([str(path)]))
    assert len(read) == len(rows)
    result = ShardWorker(Config(max_seconds=BUDGET), nlp=nlp).run(0, read)
    statuses = [a["status"] for a in result.tables["articles"]]
    failed = [a["error"] for a in result.tables["articles"] if a["status"] == "failed"]
    assert not failed, failed
    assert set(statuses) <= {"ok", "bad_input"}


@settings(max_examples=max(3, EXAMPLES // 8), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(data=news_text(max_pieces=12).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_cli_reads_stdin_or_says_why_in_one_line(data):
    result = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "-", "--format", "json",
         "--max-seconds", str(BUDGET)],
        input=data,
        capture_output=True,
        timeout=BUDGET + 60,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    err = result.stderr.decode()
    assert "Traceback" not in err
    if result.returncode == 2:
        assert len(err.strip().splitlines()) == 1, err
        assert "time budget" not in err, err
    else:
        assert result.returncode in (0, 1), err
        assert_sound(Report.model_validate(json.loads(result.stdout)))


@pytest.mark.parametrize("strategy", [news_text(), html_pages(), json_texts()])
def test_strategies_draw(strategy):
    """The strategies themselves (the server's fuzz tests can use ``json_texts()``)."""

    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def draw(value):  # type: ignore[no-untyped-def]
        assert value is not None

    draw()
