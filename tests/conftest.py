"""Shared fixtures: one spaCy pipeline for the whole session, the example articles, and a
headless chromium for the browser tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# tests assert behaviour; speed lives in benchmarks/, and a loaded two-core machine makes
# hypothesis's per-example deadline a source of flaky failures
settings.register_profile("newslint", deadline=None)
settings.load_profile("newslint")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium under Playwright; skipped when absent unless NEWSLINT_REQUIRE_BROWSER=1."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("NEWSLINT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and NEWSLINT_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose dialogs, console messages and script errors are all recorded."""

    def __init__(self, page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    watched = Watched(context.new_page())
    yield watched
    context.close()


ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from newslint.nlp import pipeline

    return pipeline()


@pytest.fixture(scope="session")
def lint(nlp):
    """``lint(text, **options) -> Report`` with the shared pipeline."""
    from newslint import check

    def run(text: str, **options):
        return check(text, nlp=nlp, **options)

    return run


FIXTURES = Path(__file__).resolve().parent / "fixtures"


CZECH_TEXT = (
    "Město Brno schválilo rozpočet ve výši 2,4 miliardy korun, uvedl primátor ve středu. "
    "Příští rok začnou práce na nové tramvajové trati, která spojí centrum s nemocnicí."
)
CZECH_PAGE = f"<html><body><article><p>{CZECH_TEXT}</p></article></body></html>"


class _Site:
    """A loopback web server with a page for each way a fetch can go (never the internet)."""

    def __init__(self) -> None:
        import http.server
        import threading
        import time

        pages = {
            "/lifeboat.html": (
                200,
                "text/html; charset=utf-8",
                (FIXTURES / "html/lifeboat.html").read_bytes(),
            ),
            "/plain.txt": (200, "text/plain", (EXAMPLES / "heatwave.txt").read_bytes()),
            # declared only in the HTTP header: ISO-8859-2, which detection could mistake for cp1250
            "/czech.html": (
                200,
                "text/html; charset=iso-8859-2",
                CZECH_PAGE.encode("iso-8859-2"),
            ),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4 not an article"),
            "/photo": (200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200)),
            "/empty.html": (200, "text/html", b"<html><head></head><body></body></html>"),
            "/big.html": (
                200,
                "text/html",
                b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>",
            ),
        }

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/slow":
                    time.sleep(3)
                if self.path == "/moved":
                    self.send_response(302)
                    self.send_header("Location", "/lifeboat.html")
                    self.end_headers()
                    return
                status, ctype, body = pages.get(
                    self.path, (404, "text/html", b"<h1>Not found</h1>")
                )
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (timeout tests)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def site():
    server = _Site()
    yield server
    server.close()


@pytest.fixture
def closed_port_url():
    """A loopback URL where nothing listens."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"


@pytest.fixture(scope="session")
def rule_findings(lint):
    """``rule_findings(code, text, published) -> (report, findings of that rule)``, and the text
    each finding points at (its span and its related spans) in ``pointed(report, finding)``."""

    def run(code: str, text: str, published: str | None = None):
        report = lint(text, published=published, select=[code])
        return report, [f for f in report.findings if f.rule == code]

    return run


@pytest.fixture(scope="session")
def flagged_once(rule_findings):
    """``flagged_once(code, text, shape) -> str``: the text of the one finding ``code`` raises
    on ``text`` (``shape`` names the passage in the failure message)."""

    def run(code: str, text: str, shape: str) -> str:
        report, found = rule_findings(code, text, None)
        assert len(found) == 1, shape
        return report.text[found[0].start : found[0].end]

    return run


def pointed(report, finding) -> list[str]:  # type: ignore[no-untyped-def]
    """A finding's own text and its related spans' texts."""
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return [report.text[a:b] for a, b in spans]


def rule_cases(code: str, fires: list[tuple], silent: list[tuple]):  # type: ignore[no-untyped-def]
    """``test_fires, test_silent = rule_cases(code, FIRES, SILENT)``: a rule's two parametrized
    tests over its passages. FIRES rows are (shape, text, the flagged text), or with a fourth
    item a figure that one of the finding's spans must hold; SILENT rows are (shape, text)."""
    if all(len(row) == 3 for row in fires):

        @pytest.mark.parametrize(("shape", "text", "flagged"), fires)
        def test_fires(flagged_once, shape, text, flagged):
            assert flagged_once(code, text, shape) == flagged

    else:

        @pytest.mark.parametrize(("shape", "text", "flagged", "figure"), fires)
        def test_fires(rule_findings, shape, text, flagged, figure):
            report, found = rule_findings(code, text, None)
            assert len(found) == 1, shape
            assert report.text[found[0].start : found[0].end] == flagged, shape
            assert any(figure in span for span in pointed(report, found[0])), shape

    @pytest.mark.parametrize(("shape", "text"), silent)
    def test_silent(rule_findings, shape, text):
        assert rule_findings(code, text, None)[1] == [], shape

    return test_fires, test_silent


def dated_cases(code: str, fires: list[tuple], silent: list[tuple]):  # type: ignore[no-untyped-def]
    """``test_fires, test_silent = dated_cases(code, FIRES, SILENT)`` over rows told with a
    published date: FIRES (text, published, the flagged text), SILENT (text, published)."""

    @pytest.mark.parametrize(("text", "published", "flagged"), fires)
    def test_fires(rule_findings, text, published, flagged):
        report, found = rule_findings(code, text, published)
        assert len(found) == 1, [f.message for f in found]
        assert report.text[found[0].start : found[0].end] == flagged

    @pytest.mark.parametrize(("text", "published"), silent)
    def test_silent(rule_findings, text, published):
        _, found = rule_findings(code, text, published)
        assert found == [], [f.message for f in found]

    return test_fires, test_silent


def phrase_cases(code: str, fires: list[tuple], silent: list[str]):  # type: ignore[no-untyped-def]
    """``test_fires, test_silent = phrase_cases(code, FIRES, SILENT)``: FIRES rows (text, a
    phrase the one finding covers), SILENT texts; info findings are not counted."""

    def found_in(lint, text):  # type: ignore[no-untyped-def]
        report = lint(text, select=[code])
        return report, [f for f in report.findings if f.rule == code and f.severity != "info"]

    @pytest.mark.parametrize(("text", "phrase"), fires)
    def test_fires(lint, text, phrase):
        report, found = found_in(lint, text)
        assert len(found) == 1, [f.message for f in found]
        at = report.text.find(phrase)
        assert found[0].start <= at < found[0].end, found[0].message

    @pytest.mark.parametrize("text", silent)
    def test_silent(lint, text):
        _, found = found_in(lint, text)
        assert [f.message for f in found] == []

    return test_fires, test_silent
