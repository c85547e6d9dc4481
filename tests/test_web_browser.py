"""The served page and the file report in a real headless chromium.

Skipped with a reason when /usr/bin/chromium is absent, unless NEWSLINT_REQUIRE_BROWSER=1
(CI), which turns the skip into a failure (the ``browser`` and ``page`` fixtures are in
conftest.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newslint.report.render_html import render_html
from newslint.rules.registry import all_rules
from newslint.web.app import ServerSettings, create_app
from report_samples import rich_report
from web_support import EXAMPLES, FIXTURES, LiveServer

pytestmark = pytest.mark.browser

ARTICLE = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
# text of the article as shown: every segment, without the pins that mark article-wide findings
SHOWN_TEXT = """() => {
  const copy = document.getElementById('article').cloneNode(true);
  copy.querySelectorAll('.pin').forEach(p => p.remove());
  return copy.textContent;
}"""


@pytest.fixture(scope="module")
def server(nlp):
    with LiveServer(create_app(ServerSettings())) as live:
        yield live


def submit(page, server, text: str, published: str | None = None) -> None:
    page.goto(server.url + "/")
    page.fill("#text", text)
    if published:
        page.fill("#published", published)
    page.click("#submit")
    page.wait_for_selector("body[data-ready=true]", timeout=60_000)


def test_paste_submit_and_see_highlights(page, server, lint):
    p = page.page
    submit(p, server, ARTICLE, "2022-09-13")
    report = lint(ARTICLE, published="2022-09-13")
    assert p.evaluate(SHOWN_TEXT) == report.text  # nothing lost, nothing doubled
    assert p.locator(".seg.f").count() >= 1
    assert p.locator("#findings > li").count() == len(report.findings)
    variant = next(f for f in report.findings if f.rule == "TXT002")
    # the variant's warning is highlighted (other rules may warn earlier in the text)
    shown = [m.text_content() for m in p.locator(".seg.f.warning").all()]
    assert report.text[variant.start : variant.end] in shown
    assert p.locator(".pin").count() == 1  # TXT001 is about the whole article
    assert not page.errors and not page.dialogs


def test_click_a_finding_and_follow_its_related_span(page, server):
    p = page.page
    submit(p, server, ARTICLE)
    p.locator(".seg.f.warning").first.click()
    pop = p.locator("#popover")
    pop.wait_for(state="visible")
    assert "TXT002 name-variant" in pop.locator("h2").text_content()
    assert "similarity" in pop.text_content()
    docs = pop.locator("details.docs")
    docs.locator("summary").click()
    assert "Why is this bad?" in docs.text_content()
    pop.locator(".related button").first.click()
    assert p.locator(".seg.rel.flash").count() >= 1
    p.keyboard.press("Escape")
    pop.wait_for(state="hidden")


def test_keyboard_filters_and_print(page, server):
    p = page.page
    submit(p, server, ARTICLE)
    p.locator("h1").click()
    p.keyboard.press("j")
    first = p.locator("#pop-title").text_content()
    p.keyboard.press("j")
    second = p.locator("#pop-title").text_content()
    p.keyboard.press("k")
    assert p.locator("#pop-title").text_content() == first != second
    p.keyboard.press("Escape")
    # untick "warning": its highlight fades and its list entry goes
    p.locator("#filters input[value=warning]").uncheck()
    assert p.locator(".seg.f.warning").count() == 0
    assert p.locator("#findings li.warning").is_hidden()
    p.keyboard.press("n")
    assert "TXT002" not in p.locator("#pop-title").text_content()
    p.emulate_media(media="print")
    assert p.locator("#filters").is_hidden() and p.locator("#panel").is_visible()
    assert p.pdf()[:4] == b"%PDF"


def test_phone_width_has_no_sideways_scroll(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    p = context.new_page()
    submit(p, server, ARTICLE)
    assert p.evaluate("document.documentElement.scrollWidth") <= 390
    p.locator(".seg.f").first.click()
    box = p.locator("#popover").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 391
    context.close()


def test_xss_article_runs_nothing(page, server):
    p = page.page
    text = (FIXTURES / "xss-article.txt").read_text(encoding="utf-8")
    submit(p, server, text, "2022-09-13")
    p.wait_for_timeout(300)
    assert page.dialogs == []
    assert p.evaluate("window.pwned") is None
    assert not page.errors
    assert not [m for m in page.console if "Refused" not in m]  # CSP reports are fine
    shown = p.evaluate(SHOWN_TEXT)
    assert "<script>window.pwned = 1" in shown and "{{ 7*7 }}" in shown
    assert p.locator("#article img, #article svg, #article iframe, #article script").count() == 0
    assert p.locator("a[href^=javascript]").count() == 0


def test_file_report_offline_with_hostile_metadata(page, tmp_path):
    """The report file works from disk, and its title and URL stay text."""
    report = rich_report(title='<img src=x onerror="alert(1)">', url="javascript:alert(2)")
    path = tmp_path / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    p = page.page
    p.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith("file:") else route.continue_()
        ),
    )  # prove nothing is fetched from the network
    p.goto(path.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    assert p.locator("#title").text_content() == '<img src=x onerror="alert(1)">'
    assert p.locator("a[href^=javascript]").count() == 0
    assert page.dialogs == [] and not page.errors
    # the comparison's evidence is a worked sum
    p.locator(".seg.f.error").first.click()
    working = p.locator("#popover .working").text_content()
    assert "3 × Wales (20,779 km²) = 62,337 km²" in working
    assert "stated: 2,300 square miles = 5,957 km²" in working
    assert p.evaluate(SHOWN_TEXT) == report.text  # emoji and overlaps included


def test_num_finding_shows_its_evidence(page, server):
    num = [r.code for r in all_rules() if r.family == "NUM"]
    if not num:
        pytest.skip("no NUM rule is registered yet (they land from the numbers branch)")
    p = page.page
    submit(p, server, ARTICLE, "2022-09-13")
    item = p.locator("#findings > li", has_text="NUM").first
    if item.count() == 0:
        pytest.fail(f"NUM rules {num} found nothing in {EXAMPLES / 'recaptured-territory.txt'}")
    item.locator("button").click()
    pop = p.locator("#popover")
    pop.wait_for(state="visible")
    assert "NUM" in pop.locator("h2").text_content()
    shown = pop.locator(".working li").count() + pop.locator(".evidence dt").count()
    assert shown >= 1, "a NUM finding must show its arithmetic"


def test_loaded_word_shows_category_and_suggestion(page, server):
    p = page.page
    submit(p, server, (EXAMPLES / "loaded-language.txt").read_text(encoding="utf-8"))
    # the LNG001 item itself: SRC001's printed sum also quotes the cue 'slammed'
    item = p.locator("#findings > li", has_text="'slammed' is an emotive verb").first
    assert "emotive verb" in item.locator(".category").text_content()
    item.locator("button").click()
    pop = p.locator("#popover")
    pop.wait_for(state="visible")
    assert pop.locator(".suggestion .category").text_content() == "emotive verb"
    assert pop.locator(".suggestion .replacements q").all_text_contents() == ["criticised"]
    assert not page.errors


def test_screenshots(page, browser, server, tmp_path):
    p = page.page
    submit(p, server, ARTICLE, "2022-09-13")
    p.locator(".seg.f.warning").first.click()
    p.locator("#popover").wait_for(state="visible")
    shots = [tmp_path / "desktop.png", tmp_path / "file-report.png"]
    p.screenshot(path=str(shots[0]), full_page=True)
    rich = tmp_path / "rich.html"
    rich.write_text(render_html(rich_report()), encoding="utf-8")
    p.goto(rich.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    p.locator(".seg.f.error").first.click()
    p.screenshot(path=str(shots[1]))
    keep = os.environ.get("NEWSLINT_SCREENSHOTS")
    for shot in shots:
        assert shot.stat().st_size > 10_000
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)
