"""The Python API: ``check(text_or_path_or_url, published=...) -> Report``."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newslint import Article, Report, check
from newslint.errors import ConfigError, InputError

TEXT = (
    "President Volodymyr Zelensky visited Kyiv on Monday, the ministry said.\n\n"
    "READ MORE: Winter aid convoy reaches the front\n\n"
    "Mr Zelenskyy told reporters in Kyiv that the talks had failed.\n"
)


def test_text_in_report_out(lint):
    report = lint(TEXT, published="2022-09-13", title="Talks fail", outlet="Desk")
    assert isinstance(report, Report)
    assert report.article.published == date(2022, 9, 13)
    assert (report.article.title, report.article.outlet) == ("Talks fail", "Desk")
    assert [f.rule for f in report.findings] == ["TXT001", "TXT002"]
    assert report.removed[0].kind == "read-more"


def test_path_and_article(lint, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    by_path = lint(path)
    by_name = lint(str(path))
    by_article = lint(Article(text=TEXT))
    assert by_path.to_json() == by_name.to_json() == by_article.to_json()


def test_published_accepts_a_date_and_rejects_nonsense(lint):
    assert lint(TEXT, published=date(2022, 9, 13)).article.published == date(2022, 9, 13)
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        lint(TEXT, published="last Tuesday")


def test_html_text_goes_through_trafilatura(lint):
    from conftest import FIXTURES

    html = (FIXTURES / "html" / "lifeboat.html").read_text(encoding="utf-8")
    report = lint(html, title="Override")
    assert report.article.title == "Override"
    assert report.article.outlet == "Porthwen Herald"
    assert "<p>" not in report.text and "Four people were rescued" in report.text


def test_select_and_unknown_codes(lint):
    assert [f.rule for f in lint(TEXT, select=["TXT002"]).findings] == ["TXT002"]
    assert lint(TEXT, ignore=["TXT", "SRC"]).findings == []
    with pytest.raises(ConfigError, match="unknown rule code or family 'NOPE'"):
        lint(TEXT, select=["NOPE"])


def test_json_round_trip(lint):
    report = lint(TEXT)
    again = Report.model_validate(json.loads(report.to_json()))
    assert again == report
    assert report.to_json() == lint(TEXT).to_json()


def test_check_loads_the_pipeline_itself(nlp):
    # without nlp=..., check() loads the configured pipeline once per process (cached)
    assert [f.rule for f in check(TEXT).findings] == ["TXT001", "TXT002"]
