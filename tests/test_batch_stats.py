"""The corpus report: aggregates computed right, JSON and a self-contained HTML page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest

from newslint.batch.schema import report_rows
from newslint.batch.stats import bar_chart, corpus_stats, render_html
from newslint.batch.store import Store
from newslint.report.model import Finding, Quote, Report, Speaker

NEWSLINT = [sys.executable, "-m", "newslint.cli"]


def _article(article_id, seq, outlet, words, report, url=None, status="ok"):
    return {
        "article_id": article_id,
        "seq": seq,
        "source": "corpus.jsonl",
        "row": seq + 1,
        "title": f"Story {article_id}",
        "published": date(2024, 1, 1),
        "outlet": outlet,
        "url": url,
        "status": status,
        "error": None if status == "ok" else "input is empty",
        "chars": 0,
        "words": words,
        "removed": 0,
        "findings": len(report.findings),
        "errors": report.count("error"),
        "warnings": report.count("warning"),
        "infos": report.count("info"),
        "quantities": 0,
        "quotes": len(report.quotes),
    }


def _finding(rule, severity, start, end, **evidence):
    return Finding(
        rule=rule,
        name=rule.lower(),
        severity=severity,
        start=start,
        end=end,
        message="m",
        evidence=evidence,
    )


def _quote(kind):
    return Quote(
        start=0,
        end=4,
        text="said",
        direct=True,
        speaker=Speaker(text="someone", start=5, end=12, type=kind),
    )


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A batch output written directly, with known findings and quotes (two outlets)."""
    text = "The £2.4m scheme and the £4.2m scheme; 120% of voters."
    reports = {
        "a": Report(
            text=text,
            findings=[
                _finding("NUM002", "error", 4, 9),
                _finding("NUM002", "error", 25, 30),
                _finding("SRC001", "info", 0, 3),
                _finding("LNG001", "info", 10, 16, category="hyperbole"),  # "scheme"
                _finding("LNG001", "warning", 47, 53, category="name-calling"),  # "voters"
                _finding("LNG001", "info", 31, 37, category="hyperbole"),  # "scheme"
            ],
            quotes=[_quote("anonymous"), _quote("named")],
        ),
        "b": Report(
            text=text,
            findings=[_finding("NUM002", "error", 4, 9), _finding("NUM004", "error", 39, 43)],
            quotes=[_quote("anonymous")],
        ),
        "c": Report(
            text=text,
            findings=[_finding("LNG002", "info", 0, 3, category="unattributed superlative")],
            quotes=[_quote("named"), _quote("named")],
        ),
    }
    out = str(tmp_path_factory.mktemp("stats") / "out")
    store = Store.open(out)
    store.start({"test": True})
    articles = [
        _article("a", 0, "Gazette", 1000, reports["a"], url="https://example.org/a"),
        _article("b", 1, "Gazette", 500, reports["b"]),
        _article("c", 2, "Times", 2000, reports["c"]),
        _article("d", 3, None, 0, Report(), status="bad_input"),
    ]
    tables = {"articles": articles, "findings": [], "quantities": [], "quotes": []}
    for article_id, report in reports.items():
        for name, rows in report_rows(article_id, report).items():
            tables[name] += rows
    store.write_shard(0, tables, {"shard": 0, "articles": 4})
    return out


def test_aggregates(store_dir):
    stats = corpus_stats(store_dir)
    t = stats["totals"]
    assert (t["articles"], t["ok"], t["bad_input"], t["words"], t["errors"]) == (4, 3, 1, 3500, 4)
    families = {r["family"]: r for r in stats["findings_by_family"]}
    assert families["NUM"]["findings"] == 4
    assert families["NUM"]["per_1000_words"] == pytest.approx(1000 * 4 / 3500, abs=1e-3)
    by_outlet = {(r["outlet"], r["family"]): r for r in stats["findings_by_outlet_family"]}
    assert by_outlet[("Gazette", "NUM")]["per_1000_words"] == pytest.approx(
        1000 * 4 / 1500, abs=1e-3
    )
    assert by_outlet[("Gazette", "SRC")]["findings"] == 1
    # an outlet with no findings is listed with zero, not left out
    assert by_outlet[("Times", "NUM")]["findings"] == 0
    assert by_outlet[("Times", "NUM")]["per_1000_words"] == 0.0
    assert {(r["outlet"], r["words"]) for r in stats["outlets"]} == {
        ("Gazette", 1500),
        ("Times", 2000),
    }
    anonymous = {r["outlet"]: r["anonymous_share"] for r in stats["anonymous_quotes_by_outlet"]}
    assert anonymous == {"Gazette": pytest.approx(2 / 3, abs=1e-4), "Times": 0.0}
    assert {r["rule"]: r["findings"] for r in stats["num_findings_by_rule"]} == {
        "NUM002": 3,
        "NUM004": 1,
    }
    assert {r["num_findings"]: r["articles"] for r in stats["num_findings_per_article"]} == {
        "0": 1,
        "2": 2,
    }
    top = stats["contradicted_figures"][0]
    assert (top["figure"], top["findings"], top["articles"]) == ("£2.4m", 2, 2)
    assert [e["article_id"] for e in top["examples"]] == ["a", "b"]
    worst = stats["articles_with_most_errors"]
    assert [(r["article_id"], r["errors"]) for r in worst] == [("a", 2), ("b", 2)]


def test_loaded_language_per_1000_words_by_outlet(store_dir):
    rows = {r["outlet"]: r for r in corpus_stats(store_dir)["loaded_language_by_outlet"]}
    gazette, times = rows["Gazette"], rows["Times"]
    assert (gazette["loaded"], gazette["name_calling"], gazette["words"]) == (3, 1, 1500)
    assert gazette["loaded_per_1000_words"] == pytest.approx(2.0)
    assert gazette["name_calling_per_1000_words"] == pytest.approx(1000 / 1500, abs=1e-3)
    assert gazette["categories"] == {"hyperbole": 2, "name-calling": 1}
    assert gazette["top_words"] == ["scheme", "voters"]  # by frequency, then alphabetically
    # an outlet with record claims but no loaded words is listed with zero
    assert (times["loaded"], times["loaded_per_1000_words"], times["superlatives"]) == (0, 0.0, 1)
    assert times["superlatives_per_1000_words"] == pytest.approx(0.5)


def test_html_is_self_contained_with_charts_and_links(store_dir):
    page = render_html(corpus_stats(store_dir))
    assert page.count("<svg") >= 4
    assert '<a href="https://example.org/a">Story a</a>' in page
    assert "£2.4m" in page
    assert "Loaded words in the reporter&#x27;s own voice (LNG001) per 1,000 words" in page
    # nothing fetched from elsewhere: no scripts, stylesheets, images or fonts by URL
    assert not re.search(r"<script|<link|<img|@import|url\(", page, re.I)
    assert not re.search(r"\ssrc=", page)


def test_bar_chart_scales_bars_to_the_largest_value():
    svg = bar_chart("t", [("x", 10.0), ("y", 5.0)])
    widths = [float(w) for w in re.findall(r'<rect[^>]*width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert "No data" in bar_chart("t", [])


def test_cli_stats_json_and_html(store_dir, tmp_path):
    page = tmp_path / "report.html"
    done = subprocess.run(
        [*NEWSLINT, "stats", store_dir, "--html", str(page), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["totals"]["articles"] == 4
    assert data == json.loads(json.dumps(corpus_stats(store_dir), default=str))
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    missing = subprocess.run(
        [*NEWSLINT, "stats", str(tmp_path / "none")], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("is not a newslint batch output (no _run.json)")
