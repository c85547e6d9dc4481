"""Accessibility: axe-core finds no serious or critical violation on the report and the web pages,
in light and dark mode, with a finding open.

axe-core is vendored under tests/vendor/axe (MPL-2.0, its LICENSE beside it), never fetched; it
is injected into pages whose CSP would refuse it, so those contexts bypass CSP.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from newslint.report.render_html import render_html
from newslint.web.app import ServerSettings, create_app
from web_support import EXAMPLES, LiveServer

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe" / "axe.min.js"
TERRITORY = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def server(nlp):
    with LiveServer(create_app(ServerSettings(max_seconds=120, max_body=200_000))) as live:
        yield live


def violations(p) -> list[str]:
    """Serious and critical axe violations on the page as it stands, one line each."""
    p.add_script_tag(path=str(AXE))
    found = p.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
             .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
    )
    return [f"{v['id']} ({v['impact']}): {v['nodes']}" for v in found if v["impact"] in SERIOUS]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_report_file(browser, tmp_path, lint, scheme):
    path = tmp_path / "report.html"
    path.write_text(render_html(lint(TERRITORY, published="2022-09-13")), encoding="utf-8")
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    p = context.new_page()
    p.goto(path.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    assert violations(p) == []
    p.locator(".seg.f.info").first.click()  # the speaker's colour on the info background
    p.locator("#popover").wait_for(state="visible")
    assert p.locator("#popover header").count() == 0  # no second banner landmark
    p.locator("#checks-box summary").click()
    assert violations(p) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_category_and_suggestion_chips(browser, tmp_path, lint, scheme):
    text = (EXAMPLES / "loaded-language.txt").read_text(encoding="utf-8")
    path = tmp_path / "report.html"
    path.write_text(render_html(lint(text)), encoding="utf-8")
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    p = context.new_page()
    p.goto(path.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    item = p.locator("#findings > li", has_text="'slammed' is an emotive verb").first
    assert item.locator(".category").count() == 1
    assert violations(p) == []
    item.locator("button").click()
    p.locator("#popover .suggestion").wait_for(state="visible")
    assert violations(p) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_editor_before_and_after_a_check(browser, server, scheme):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    p = context.new_page()
    p.goto(server.url + "/")
    p.wait_for_selector("body[data-editor=ready]")
    assert violations(p) == []
    p.fill("#text", TERRITORY)
    p.fill("#published", "2022-09-13")
    p.click("#submit")
    p.wait_for_selector("body[data-checks='1']", timeout=120_000)
    p.locator("#findings li", has_text="NUM003").locator("button").click()
    p.locator("#popover").wait_for(state="visible")
    assert violations(p) == []
    p.keyboard.press("Escape")
    p.locator("h1").click()
    p.keyboard.press("?")
    assert violations(p) == []
    context.close()


def test_the_error_pages(browser, server):
    context = browser.new_context(bypass_csp=True)
    p = context.new_page()
    too_large = httpx.post(server.url + "/report", data={"text": "word " * 50_000}, timeout=60)
    assert too_large.status_code == 413
    p.set_content(too_large.text)
    assert violations(p) == []
    p.goto(server.url + "/")
    p.fill("#text", "  ")
    p.click("#submit")
    p.locator("#error").wait_for(state="visible")
    assert violations(p) == []
    context.close()
