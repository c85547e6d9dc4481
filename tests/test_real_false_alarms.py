"""The real-article false-alarm benchmark: its verdict file is read strictly and scored right.

No corpus is needed: the findings below are our own, as ``--replay`` would read them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
HEADER = "corpus,article,rule,start,end,verdict,reason\n"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCHMARKS))  # the benchmark imports its sibling evaluation_data
    try:
        spec = importlib.util.spec_from_file_location(
            "real_false_alarms", BENCHMARKS / "real_false_alarms.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_labels_are_keyed_by_corpus_article_rule_and_span(bench, tmp_path):
    path = write(
        tmp_path, 'ptc,a1,NUM002,10,14,false-alarm,"two different budgets, one year apart"\n'
    )
    assert bench.read_labels(path) == {
        ("ptc", "a1", "NUM002", 10, 14): ("false-alarm", "two different budgets, one year apart")
    }


@pytest.mark.parametrize(
    "rows, complaint",
    [
        ("ptc,a1,NUM002,10,14,wrong,reason\n", "verdict"),
        ("ptc,a1,NUM002,10,14,unclear,x\nptc,a1,NUM002,10,14,false-alarm,y\n", "twice"),
    ],
)
def test_bad_rows_stop_the_run(bench, tmp_path, rows, complaint):
    with pytest.raises(ValueError, match=complaint):
        bench.read_labels(write(tmp_path, rows))


def test_a_header_without_the_reason_is_refused(bench, tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("corpus,article,rule,start,end,verdict\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        bench.read_labels(path)


def test_precision_counts_source_errors_against_false_alarms_only(bench, tmp_path, capsys):
    found = [
        {
            "corpus": "ptc",
            "article": "a",
            "rule": "DAT001",
            "start": s,
            "end": s + 3,
            "span": "x",
            "message": "m",
            "evidence": [],
            "context": "c",
        }
        for s in (0, 10, 20, 30)
    ]
    labels = bench.read_labels(
        write(
            tmp_path,
            "ptc,a,DAT001,0,3,source-error,weekday wrong for that date\n"
            "ptc,a,DAT001,10,13,false-alarm,year read from the wrong sentence\n"
            "ptc,a,DAT001,20,23,unclear,cannot tell which year is meant\n",
        )
    )
    bench.show(
        {"corpus": "ptc", "articles": 4, "failed": [], "seconds": 1, "findings": found}, labels
    )
    line = next(x for x in capsys.readouterr().out.splitlines() if x.strip().startswith("DAT001"))
    assert "source errors 1, false alarms 1, unclear 1, unlabelled 1: precision 0.50" in line
