"""Issue 14 in a real chromium: the worked sums a sub-editor reads, the checks that passed, and
the web editor (edit, re-check, errors that keep the text, triage, export, help, dark mode).

Each defect the issue lists is reproduced here on the example articles and must stay fixed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.report.render_html import render_html
from newslint.web.app import ServerSettings, create_app
from web_support import EXAMPLES, ROOT, LiveServer

pytestmark = pytest.mark.browser

TERRITORY = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
BUDGET = (EXAMPLES / "council-budget.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(nlp):
    with LiveServer(create_app(ServerSettings(max_seconds=120))) as live:
        yield live


def check(
    p, server, text: str, published: str | None = "2022-09-13", *, fresh: bool = True
) -> None:
    """Paste (or keep) the text in the editor and check it; wait for this check's report."""
    if fresh:
        p.goto(server.url + "/")
        p.wait_for_selector("body[data-editor=ready]")
    done = int(p.evaluate("document.body.dataset.checks || 0"))
    p.fill("#text", text)
    if published:
        p.fill("#published", published)
    p.click("#submit")
    p.wait_for_selector(f"body[data-checks='{done + 1}']", timeout=120_000)


def open_finding(p, rule: str, nth: int = 0):
    p.locator("#findings > li", has_text=rule).nth(nth).locator("button").click()
    pop = p.locator("#popover")
    pop.wait_for(state="visible")
    assert rule in pop.locator("#pop-title").text_content()
    return pop


def working(pop) -> list[str]:
    return [li.text_content() for li in pop.locator(".working li").all()]


# ---- the worked sums (defects 1-3) ----


def test_num003_popover_shows_the_reference_and_the_implied_area(page, server):
    p = page.page
    check(p, server, TERRITORY)
    lines = working(open_finding(p, "NUM003"))
    assert lines[0] == "3 × Wales (20,779 km²) = 62,337 km²"
    assert "the article says 2,300 square miles = 5,957 km², 0.29 × Wales" in lines[2]
    assert not page.errors


def test_num002_num005_show_their_working_in_peoples_units(page, server):
    p = page.page
    check(p, server, TERRITORY)
    pop = open_finding(p, "NUM002")
    lines = working(pop)
    assert (
        "first: '2,300 square miles' = 5,245–6,695 km² (allowing for rounding and 'about')" in lines
    )
    assert "likely fix: 3,200 vs 2,300: transposed digits?" in lines
    message = pop.locator(".message").text_content()
    assert "8,158–8,417 km² and 5,245–6,695 km² (3,200 vs 2,300: transposed digits?)" in message
    pop.locator("details.evidence > summary").click()
    evidence = pop.locator("details.evidence dl").text_content()
    assert "km²" in evidence and "5,245,000,000" not in evidence and "SI" not in evidence
    pop = open_finding(p, "NUM005")
    lines = working(pop)
    assert any("its rounding cancels out of their ratio" in x for x in lines)  # why one figure
    assert any("50% × 53,000 = 26,500 in the past 24 hours (1 day)" in x for x in lines)
    assert any("53,000 ÷ 202 = 262.4 a day" in x for x in lines)
    assert not any("day(s)" in x or "km2" in x for x in lines)
    # the message gives the sum's figures
    message = pop.locator(".message").text_content()
    assert "at least 26,500 of '53,000' in 1 day, 101 × the average of 262.4 a day" in message


def test_num004_sum_and_message_give_the_same_figure(page, server):
    p = page.page
    check(p, server, BUDGET)
    shares = open_finding(p, "NUM004", nth=1)
    assert "108.5%" in shares.locator(".message").text_content()
    assert "at their lowest after rounding: 44.5% + 39.5% + 24.5% = 108.5%" in working(shares)
    assert shares.locator(".message").text_content() == (
        "shares of one whole add up to 110% (at least 108.5% after rounding)"
    )
    part = open_finding(p, "NUM004", nth=0)
    assert working(part)[:3] == [
        "the part '410' is at least 405 (the lowest its rounding allows)",
        "the whole '340' is at most 345 (the highest its rounding allows)",
        "405 > 345: a part cannot be larger than its whole",
    ]
    # the message gives the sum's bounds
    assert "'410' (at least 405) is larger than its whole '340' (at most 345)" in (
        part.locator(".message").text_content()
    )
    # the money restatement: its ranges and the likely fix in the message and the sum
    pop = open_finding(p, "NUM002")
    assert working(pop)[:2] == [
        "first: '£2.4m' = £2.35–2.45 million (allowing for rounding)",
        "later: '£4.2m' = £4.15–4.25 million",
    ]
    assert "likely fix: 4.2 vs 2.4: transposed digits?" in working(pop)
    assert "£4.15–4.25 million and £2.35–2.45 million (4.2 vs 2.4: transposed digits?)" in (
        pop.locator(".message").text_content()
    )
    assert not page.errors


def test_quantities_in_peoples_units_and_title_from_the_headline(page, server):
    p = page.page
    check(p, server, TERRITORY)
    rows = {
        r.locator("td").first.text_content(): [c.text_content() for c in r.locator("td").all()]
        for r in p.locator("#quantities tbody tr").all()
    }
    assert rows["five months"][3] == "152.2 days"  # defect 4: not seconds
    assert rows["5C"][3] == "5°C"  # not kelvin
    assert rows["2,300 square miles"][2] == "sq mi"
    assert (
        p.locator("#title").text_content().startswith("Ukraine says counter-offensive")
    )  # defect 5


def test_file_report_title_is_the_file_name_without_a_headline(page, tmp_path, nlp):
    text = "Russia has lost 53,000 soldiers since the invasion. Officials said so on Monday."
    (tmp_path / "losses.txt").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "losses.txt", "-f", "html", "--fail-on", "never"],
        cwd=tmp_path, capture_output=True, text=True, check=True, env=_env(),
    )  # fmt: skip
    (tmp_path / "report.html").write_text(out.stdout, encoding="utf-8")
    p = page.page
    p.goto((tmp_path / "report.html").as_uri())
    p.wait_for_selector("body[data-ready=true]")
    assert p.title() == "losses.txt · newslint" and p.locator("h1").text_content() == "losses.txt"


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


# ---- marks, legend, clicks, one box, placement (defects 6, 7) ----


def test_legend_switch_and_clickable_quantities_and_quotes(page, server):
    p = page.page
    check(p, server, TERRITORY)
    legend = p.locator(".legend").text_content()
    for word in ("error", "warning", "info", "quantity", "quote", "speaker"):
        assert word in legend
    plain = p.locator(".seg.q:not(.f)", has_text="41F").first
    plain.click()
    assert "Quantity" in p.locator("#pop-title").text_content()
    assert "in people's units" in p.locator("#popover").text_content()
    p.keyboard.press("Escape")
    p.locator(".seg.o:not(.f):not(.q)").first.click()
    assert p.locator("#pop-title").text_content() in ("Direct quote", "Reported speech")
    assert "speaker" in p.locator("#popover").text_content()
    p.keyboard.press("Escape")
    p.locator("#show-marks").uncheck()
    border = plain.evaluate("n => getComputedStyle(n).borderBottomStyle")
    underline = p.locator(".seg.o").first.evaluate("n => getComputedStyle(n).textDecorationLine")
    assert border == "none" and underline == "none"
    plain.click()
    assert p.locator("#popover").is_hidden()
    p.reload()  # the switch is remembered
    p.wait_for_selector("body[data-editor=ready]")
    assert not p.locator("#show-marks").is_checked()


def test_a_finding_is_one_mark_and_its_popover_leaves_the_list_visible(page, server):
    p = page.page
    check(p, server, TERRITORY)
    # a finding cut into several segments by the quantities and quotes inside it
    many = p.evaluate(
        """() => { const n = {}; document.querySelectorAll('.seg[data-f]').forEach(s =>
             s.dataset.f.split(' ').forEach(f => n[f] = (n[f] || 0) + 1));
           return Number(Object.keys(n).find(k => n[k] > 1)); }"""
    )
    p.locator(f"#findings li[data-f='{many}'] button").click()
    active = p.locator("#article .seg.active")
    assert active.count() > 1
    styles = active.evaluate_all("ns => ns.map(n => getComputedStyle(n).outlineStyle)")
    assert set(styles) == {"none"}  # no box per segment
    pop, panel = p.locator("#popover").bounding_box(), p.locator("#panel").bounding_box()
    assert pop["x"] + pop["width"] <= panel["x"]  # never over the findings list


def test_j_goes_to_the_first_error_and_print_numbers_start_at_one(page, server):
    p = page.page
    check(p, server, TERRITORY)
    p.locator("h1").click()
    p.keyboard.press("j")
    assert p.locator("#popover .badge").first.text_content() == "error"
    assert "NUM003" in p.locator("#pop-title").text_content()
    p.keyboard.press("Escape")
    p.emulate_media(media="print")
    marks = p.evaluate(
        "[...document.querySelectorAll('#article .seg[data-n]')].map(n => n.dataset.n)"
    )
    assert marks[0].split(",")[0] == "1"
    numbers = p.evaluate(
        "[...document.querySelectorAll('#findings li')].filter(l => l.dataset.n)"
        ".sort((a, b) => getComputedStyle(a).order - getComputedStyle(b).order).map(l => l.dataset.n)"
    )
    assert numbers[:3] == ["1", "2", "3"]


# ---- the editor (defect 8 and the workflow) ----


def test_recheck_keeps_the_text_and_lists_new_and_fixed(page, server):
    p = page.page
    check(p, server, TERRITORY)
    assert p.locator("#changes").is_hidden()
    edited = TERRITORY.replace("3,200 square miles", "2,300 square miles") + (
        "\nOf the 340 roads surveyed by engineers, 410 were found to need urgent work, the "
        "council said.\n"
    )
    check(p, server, edited, fresh=False)
    assert p.locator("#text").input_value() == edited
    assert p.locator("#changes-summary").text_content() == "1 new, 1 fixed since the last check."
    assert "NUM002" in p.locator("#changes .fixed").text_content()
    new = p.locator("#findings li", has=p.locator(".tag.new"))
    assert new.count() == 1 and "NUM004" in new.text_content()


def test_edit_this_passage_selects_it_in_the_text(page, server):
    p = page.page
    check(p, server, TERRITORY)
    open_finding(p, "NUM002").locator("button.edit").click()
    selected = p.evaluate(
        "(() => { const t = document.getElementById('text');"
        " return t.value.slice(t.selectionStart, t.selectionEnd); })()"
    )
    assert selected == "3,200 square miles"
    assert p.evaluate("document.activeElement.id") == "text"


def test_errors_stay_in_the_page_with_the_text(page, server):
    p = page.page
    p.goto(server.url + "/")
    p.wait_for_selector("body[data-editor=ready]")
    posts: list[str] = []
    p.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    huge = "word " * 1_200_000  # 6 MB
    p.evaluate("t => { document.getElementById('text').value = t; }", huge)
    p.click("#submit")
    assert "6.0 MB" in p.locator("#error").text_content() and p.url == server.url + "/"
    assert len(p.locator("#text").input_value()) == len(huge) and not posts
    p.fill("#text", "")
    p.click("#submit")
    assert "Paste an article first" in p.locator("#error").text_content()
    p.fill("#text", TERRITORY)
    p.fill("#published", "2022-09-13")
    p.evaluate("document.getElementById('published').type = 'text'")
    p.fill("#published", "13/09/2022")  # a date the server refuses
    p.click("#submit")
    p.locator("#error:has-text('YYYY-MM-DD')").wait_for()
    assert p.locator("#text").input_value() == TERRITORY and p.url == server.url + "/"
    p.fill("#text", "")
    p.set_input_files(
        "#file", files=[{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}]
    )
    p.click("#submit")
    assert "scan.pdf: choose a .txt or .html file" in p.locator("#error").text_content()
    assert not page.errors


def test_progress_shows_and_the_button_cannot_be_pressed_twice(page, server):
    p = page.page
    p.goto(server.url + "/")
    p.wait_for_selector("body[data-editor=ready]")
    sent: list[str] = []

    def slow(route):
        sent.append(route.request.url)
        p.wait_for_timeout(800)
        route.continue_()

    p.route("**/report?format=view", slow)
    p.fill("#text", TERRITORY)
    p.click("#submit")
    assert p.locator("#progress").is_visible() and p.locator("#submit").is_disabled()
    p.locator("#submit").click(force=True)
    p.locator("#check").evaluate("f => f.requestSubmit()")  # Enter in a field, say
    p.wait_for_selector("body[data-checks='1']", timeout=120_000)
    assert (
        len(sent) == 1 and p.locator("#progress").is_hidden() and p.locator("#submit").is_enabled()
    )


def test_help_and_dark_mode(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    p = context.new_page()
    check(p, server, TERRITORY)
    p.locator("h1").click()
    p.keyboard.press("?")
    assert p.locator("#help").is_visible() and "next finding" in p.locator("#help").text_content()
    p.keyboard.press("Escape")
    assert p.locator("#help").is_hidden()
    background = p.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(x) for x in background[4:-1].split(",")[:3])
    assert red + green + blue < 120, background
    context.close()


def test_checks_passed_are_listed(page, server):
    p = page.page
    check(p, server, TERRITORY)
    box = p.locator("#checks-box")
    assert box.locator("summary").text_content().strip().startswith("Checks passed (")
    box.locator("summary").click()
    checks = box.locator("#checks").text_content()
    assert "✓ NUM001 '5C' and '41F' agree" in checks
    assert "'$100m' ≈ '£86m' at the ECB rate of 13 September 2022" in checks
    assert "5C = 41°F" in checks


# ---- triage and export ----


def test_triage_is_kept_exported_and_read_by_the_cli(page, server, tmp_path):
    p = page.page
    check(p, server, TERRITORY)
    pop = open_finding(p, "NUM003")
    pop.locator("#triage-note").fill("Wales is the writer's comparison; checked with the desk")
    pop.locator("button.false-alarm").click()
    assert "Marked false alarm" in pop.locator(".triage-state").text_content()
    item = p.locator("#findings li", has_text="NUM003")
    assert item.locator(".triage-mark").text_content() == "false alarm"
    p.reload()
    check(p, server, TERRITORY, fresh=False)
    assert (
        p.locator("#findings li", has_text="NUM003").locator(".triage-mark").text_content()
        == "false alarm"
    )
    p.locator("#hide-triaged").check()
    assert p.locator("#findings li", has_text="NUM003").is_hidden()
    with p.expect_download() as download:
        p.click("#export-triage")
    path = tmp_path / "triage.json"
    download.value.save_as(path)
    triage = json.loads(path.read_text(encoding="utf-8"))
    entry = next(e for e in triage["findings"] if e["rule"] == "NUM003")
    assert entry["text"] == "three times the size of Wales" and entry["status"] == "false-alarm"
    assert entry["note"].startswith("Wales is the writer's")
    (tmp_path / "a.txt").write_text(TERRITORY, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "a.txt", "-f", "json", "--baseline",
         "triage.json", "--published", "2022-09-13", "--fail-on", "never"],
        cwd=tmp_path, capture_output=True, text=True, env=_env(),
    )  # fmt: skip
    rules = [f["rule"] for f in json.loads(out.stdout)["findings"]]
    assert "NUM003" not in rules and "NUM002" in rules


def test_export_html_and_json_from_the_editor(page, server, tmp_path):
    p = page.page
    check(p, server, TERRITORY)
    with p.expect_download() as json_download:
        p.click("#export-json")
    report = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert json_download.value.suggested_filename.endswith(".newslint.json")
    listed = [li.locator("b").first.text_content() for li in p.locator("#findings > li").all()]
    assert sorted(f["rule"] for f in report["findings"]) == sorted(listed)
    with p.expect_download() as html_download:
        p.click("#export-html")
    saved = tmp_path / "report.html"
    html_download.value.save_as(saved)
    offline = page.page.context.new_page()
    offline.route(
        "**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_()
    )
    offline.goto(saved.as_uri())
    offline.wait_for_selector("body[data-ready=true]")
    assert offline.locator("#findings > li").count() == len(report["findings"])
    assert offline.locator("h1").text_content().startswith("Ukraine says")
    offline.close()


# ---- the server's other pages (defect 9) ----


def test_docs_work_offline_and_the_icon_is_served(browser, server):
    context = browser.new_context()
    p = context.new_page()
    outside: list[str] = []

    def only_loopback(route):
        if route.request.url.startswith(server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    p.route("**/*", only_loopback)
    p.goto(server.url + "/docs")
    p.locator(".swagger-ui .info .title").wait_for(timeout=30_000)
    assert "newslint" in p.locator(".swagger-ui .info .title").text_content()
    assert p.locator(".opblock-summary-path", has_text="/api/check").count() >= 1
    assert outside == []
    icon = p.request.get(server.url + "/favicon.ico")
    assert icon.ok and icon.headers["content-type"] == "image/x-icon"
    p.goto(server.url + "/")
    assert p.locator("label[for=url]").count() == 0 and p.locator("#url").count() == 0
    context.close()


def test_phone_quantity_table_fits(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    p = context.new_page()
    check(p, server, TERRITORY)
    assert p.evaluate("document.documentElement.scrollWidth") <= 390
    right = p.evaluate(
        "Math.max(...[...document.querySelectorAll('#quantities td')].map(td => td.getBoundingClientRect().right))"
    )
    assert right <= 390
    context.close()


def test_the_file_report_exports_triage_offline(page, tmp_path, lint):
    report = lint(TERRITORY, published="2022-09-13")
    path = tmp_path / "r.html"
    path.write_text(render_html(report), encoding="utf-8")
    p = page.page
    p.goto(path.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    open_finding(p, "TXT002").locator("button.accept").click()
    with p.expect_download() as download:
        p.click("#export-triage")
    entries = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))["findings"]
    assert [(e["rule"], e["status"]) for e in entries] == [("TXT002", "accepted")]
    assert not page.errors


def test_the_file_report_popovers_give_num002_and_num004_sums(page, tmp_path, lint):
    """The self-contained HTML report (opened from disk) shows the rules' own sums too."""
    report = lint(BUDGET, published="2022-09-13")
    path = tmp_path / "budget.html"
    path.write_text(render_html(report), encoding="utf-8")
    p = page.page
    p.goto(path.as_uri())
    p.wait_for_selector("body[data-ready=true]")
    restated = open_finding(p, "NUM002")
    assert working(restated)[:3] == [
        "first: '£2.4m' = £2.35–2.45 million (allowing for rounding)",
        "later: '£4.2m' = £4.15–4.25 million",
        "the two ranges do not meet: the later figure is 1.75 × the first",
    ]
    assert (
        "£4.15–4.25 million and £2.35–2.45 million" in restated.locator(".message").text_content()
    )
    shares = open_finding(p, "NUM004", nth=1)
    assert working(shares)[-1] == (
        "108.5% > 100%: shares of one whole cannot add up to more than all of it"
    )
    assert "(at least 108.5% after rounding)" in shares.locator(".message").text_content()
    # the checks that passed, with their sums, in the collapsible section
    box = p.locator("#checks-box")
    box.locator("summary").click()
    assert "25 football pitches = 13.11–21.04 hectares" in box.locator("#checks").text_content()
    assert not page.errors
