"""The annotated HTML report: self-contained, exact, and safe with hostile article text."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from newslint.report.render_html import payload, render_html, script_hash
from newslint.rules.registry import all_rules
from report_samples import rich_report

FIXTURES = Path(__file__).parent / "fixtures"


def _data(page: str) -> dict:
    m = re.search(r'<script id="newslint-data" type="application/json">(.*?)</script>', page, re.S)
    assert m, "no data element"
    return json.loads(m.group(1))


def test_page_is_self_contained():
    page = render_html(rich_report())
    assert "<link" not in page
    assert not re.search(r"""\ssrc\s*=""", page)
    assert not re.search(r"@import|url\(", page)
    # the only address in the page is the article's own, inside the JSON data
    addresses = set(re.findall(r"https?://[^\s\"'<>]+", page))
    assert addresses == {"https://example.org/story"}


def test_csp_allows_exactly_the_inline_script():
    page = render_html(rich_report())
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1
    csp = html.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    )
    assert f"script-src '{script_hash(scripts[0])}'" in csp
    assert "default-src 'none'" in csp


def test_pieces_give_back_the_text_exactly_and_keep_every_span():
    report = rich_report()
    data = payload(report)
    pieces = [p for p in data["pieces"] if "pin" not in p]
    assert "".join(p["t"] for p in pieces) == report.text
    for p in pieces:
        assert report.text[p["s"] : p["e"]] == p["t"]  # code-point offsets, emoji included
    for i, f in enumerate(report.findings):
        covered = "".join(p["t"] for p in pieces if f"f{i}" in p["k"])
        if f.end > f.start:
            assert covered == report.text[f.start : f.end]
        else:
            assert {"pin": f"f{i}"} in data["pieces"]
    for i, q in enumerate(report.quantities):
        assert "".join(p["t"] for p in pieces if f"q{i}" in p["k"]) == q.text


def test_findings_carry_worked_sums_related_spans_and_docs():
    report = rich_report()
    data = payload(report)
    by_rule = {f["rule"]: f for f in data["findings"]}
    num = by_rule["NUM003"]
    assert num["working"][0] == "3 × Wales (20,779 km²) = 62,337 km²"
    assert num["related"][0]["excerpt"] == "about 2,300 square miles"
    assert by_rule["TXT002"]["line"] == 3
    registered = {r.code for r in all_rules()}
    assert set(data["docs"]) == {f.rule for f in report.findings} & registered
    assert "## What it does" in data["docs"]["TXT002"]
    assert data["sources"][0]["speaker"] in ("Oleksandr Petrenko", "One US official")
    assert {s["type"] for s in data["sources"]} == {"named", "anonymous"}
    q = data["quantities"][0]
    assert (q["value"], q["unit"], q["normalised"]) == ("~ 2,300", "mi²", "5,957 km²")


def test_hostile_text_title_and_url_stay_inert():
    text = (FIXTURES / "xss-article.txt").read_text(encoding="utf-8")
    report = _hostile(text)
    page = render_html(report)
    assert page.count("<script") == 2  # the JSON data and the page's own script
    assert "<img" not in page and "<svg" not in page and "<iframe" not in page
    assert "</title><img" not in page
    data = _data(page)
    assert data["article"]["url_is_web"] is False
    pieces = "".join(p["t"] for p in data["pieces"] if "pin" not in p)
    assert pieces == report.text  # the attack text is all there, as text
    assert "<script>window.pwned" in pieces


def _hostile(text: str):
    from newslint.report.model import ArticleMeta, Finding, Report

    start = text.index("<script>")
    return Report(
        article=ArticleMeta(
            title='</title><img src=x onerror="alert(1)">',
            url="javascript:alert(document.domain)",
            outlet="<b>Outlet</b>",
        ),
        text=text,
        findings=[
            Finding(
                rule="TXT002",
                name="name-variant",
                severity="warning",
                start=start,
                end=start + 40,
                message="<img src=x onerror=alert(1)>",
                evidence={"<script>": "</script><script>alert(1)</script>"},
            )
        ],
    )


def test_script_never_writes_markup():
    from importlib.resources import files

    script = (files("newslint.report") / "templates" / "report.js").read_text()
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in script


def test_cli_writes_the_html_report(nlp):
    from typer.testing import CliRunner

    from newslint.cli import app

    result = CliRunner().invoke(
        app,
        [
            "check",
            "examples/recaptured-territory.txt",
            "--format",
            "html",
            "--fail-on",
            "never",
            "--published",
            "2022-09-13",
        ],
    )
    assert result.exit_code == 0, result.output
    data = _data(result.stdout)
    assert {f["rule"] for f in data["findings"]} >= {"TXT001", "TXT002"}
    assert data["article"]["published"] == "2022-09-13"


def test_loaded_language_payload_has_category_and_replacements(lint):
    report = lint("Labour slammed the plan. The hapless side lost again.", select=["LNG001"])
    rows = {f["excerpt"]: f for f in payload(report)["findings"]}
    slammed = next(f for f in rows.values() if f["message"].startswith("'slammed'"))
    assert (slammed["category"], slammed["replacements"]) == ("emotive verb", ["criticised"])
    hapless = next(f for f in rows.values() if f["message"].startswith("'hapless'"))
    assert (hapless["category"], hapless["replacements"]) == ("loaded adjective", [])
