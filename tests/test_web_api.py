"""The web app against a real uvicorn server on a loopback port: every endpoint, every error."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from newslint.web.app import ServerSettings, create_app
from web_support import EXAMPLES, FIXTURES, LiveServer

ARTICLE = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(nlp):
    # a generous budget: these tests are about answers, not about a loaded machine's speed
    with LiveServer(create_app(ServerSettings(max_seconds=120))) as live:
        yield live


@pytest.fixture(scope="module")
def fetching_server(nlp):
    """URL fetching on, a small body cap, the real public-only address policy."""
    settings = ServerSettings(allow_url_fetch=True, max_body=20_000, fetch_timeout=2)
    with LiveServer(create_app(settings)) as live:
        yield live


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def assert_error(response: httpx.Response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert set(body) <= {"status", "error", "detail"}
    assert "Traceback" not in response.text and 'File "' not in response.text
    for word in words:
        assert word in body["error"], body["error"]
    return body


# ---- endpoints ----


def test_healthz(client):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert "TXT001" in body["rules"]
    assert body["allow_url_fetch"] is False


def test_rules(client):
    rules = client.get("/api/rules").json()
    codes = [r["code"] for r in rules]
    assert codes == sorted(codes) and "TXT002" in codes
    for r in rules:
        assert "## What it does" in r["documentation"]
        assert r["severity"] in ("error", "warning", "info")
    one = client.get("/api/rules/txt002").json()
    assert one["name"] == "name-variant"
    assert_error(client.get("/api/rules/XYZ999"), 404, "XYZ999")


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/check"]["post"]["requestBody"]["content"]["application/json"]
    assert set(body["schema"]["properties"]) >= {"text", "html", "url", "published", "select"}


def test_check_text_matches_the_library(client, lint):
    response = client.post("/api/check", json={"text": ARTICLE, "published": "2022-09-13"})
    assert response.status_code == 200
    report = response.json()
    assert set(report) >= {
        "newslint_version",
        "article",
        "text",
        "removed",
        "quantities",
        "quotes",
        "findings",
    }
    expected = json.loads(lint(ARTICLE, published="2022-09-13").to_json())
    assert report == expected
    variant = next(f for f in report["findings"] if f["rule"] == "TXT002")
    assert report["text"][variant["start"] : variant["end"]] in ("Zelensky", "Zelenskyy")


def test_check_html_uses_the_page(client):
    html = (
        "<html><head><title>Depot approved</title></head><body><article>"
        "<p>The council approved the new bus depot on Tuesday after a two-hour debate.</p>"
        "<p>READ MORE: Ten things to do this weekend</p>"
        "<p>Work on the depot starts in March and should finish the following spring.</p>"
        "</article></body></html>"
    )
    report = client.post("/api/check", json={"html": html, "outlet": "Example"}).json()
    assert report["article"]["title"] == "Depot approved"
    assert report["article"]["outlet"] == "Example"
    assert "<p>" not in report["text"] and "bus depot" in report["text"]


def test_select_and_ignore(client):
    only = client.post("/api/check", json={"text": ARTICLE, "select": ["TXT001"]}).json()
    assert {f["rule"] for f in only["findings"]} == {"TXT001"}
    without = client.post("/api/check", json={"text": ARTICLE, "ignore": ["TXT"]}).json()
    assert not [f for f in without["findings"] if f["rule"].startswith("TXT")]


def test_text_that_looks_like_a_path_is_text(client, tmp_path):
    # the API never reads the server's files: a one-line "path" is the article itself
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret council minutes say the depot costs £9m.\n")
    report = client.post("/api/check", json={"text": str(secret)}).json()
    assert report["text"] == str(secret)


def test_html_format(client):
    response = client.post("/api/check", json={"text": ARTICLE, "format": "html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'sha256-" in response.headers["content-security-policy"]
    assert 'id="newslint-data"' in response.text


def test_form_page_and_report(client):
    page = client.get("/")
    assert page.status_code == 200
    assert 'action="/report"' in page.text and "--allow-url-fetch" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    response = client.post("/report", data={"text": ARTICLE, "published": "2022-09-13"})
    assert response.status_code == 200
    assert 'id="newslint-data"' in response.text and 'href="/"' in response.text
    upload = client.post(
        "/report",
        files={
            "file": (
                "story.html",
                b"<html><body><article><p>The council "
                b"approved the new bus depot on Tuesday after a long debate in the "
                b"chamber.</p></article></body></html>",
                "text/html",
            )
        },
    )
    assert upload.status_code == 200
    assert "bus depot" in upload.text


def test_form_errors_are_pages_with_the_status(client):
    none = client.post("/report", data={"text": "  "})
    assert none.status_code == 422 and "one of them" in none.text
    both = client.post(
        "/report",
        data={"text": ARTICLE},
        files={"file": ("a.txt", b"Some text here.", "text/plain")},
    )
    assert both.status_code == 422 and "got text, file" in both.text
    pdf = client.post("/report", files={"file": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert pdf.status_code == 415 and "a.pdf" in pdf.text
    off = client.post("/report", data={"url": "https://example.org/"})
    assert off.status_code == 400 and "--allow-url-fetch" in off.text
    bad_date = client.post("/report", data={"text": ARTICLE, "published": "13/09/2022"})
    assert bad_date.status_code == 422 and "YYYY-MM-DD" in bad_date.text
    as_json = client.post("/report", json={"text": ARTICLE})
    assert as_json.status_code == 415 and "multipart/form-data" in as_json.text


def test_security_headers(client):
    headers = client.get("/healthz").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


# ---- errors: one JSON line each ----


def test_415_when_not_json(client):
    assert_error(
        client.post("/api/check", content=ARTICLE, headers={"content-type": "text/plain"}),
        415,
        "application/json",
    )
    assert_error(client.post("/api/check", content=b"{}"), 415)


def test_400_on_malformed_json(client):
    assert_error(
        client.post(
            "/api/check",
            content=b'{"text": "unterminated',
            headers={"content-type": "application/json"},
        ),
        400,
        "not valid JSON",
    )
    assert_error(
        client.post(
            "/api/check", content=b"\xff\xfe{}", headers={"content-type": "application/json"}
        ),
        400,
    )


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, ("exactly one of text, html or url",)),
        ({"text": ARTICLE, "url": "https://example.org/"}, ("got text, url",)),
        ({"text": 5}, ("not valid",)),
        ({"text": ARTICLE, "colour": "red"}, ("not valid",)),
        ({"text": ARTICLE, "published": "13 September"}, ("not valid",)),
        ({"text": ARTICLE, "select": ["NOPE1"]}, ("NOPE1",)),
        ({"text": ARTICLE, "format": "pdf"}, ("not valid",)),
        ({"text": "   \n  "}, ("empty",)),
        ({"html": "<html><body><script>var a = 1;</script></body></html>"}, ("no article text",)),
        ([1, 2], ("JSON object",)),
    ],
)
def test_422_on_invalid_requests(client, body, words):
    error = assert_error(client.post("/api/check", json=body), 422, *words)
    for item in error.get("detail", []):
        assert set(item) == {"field", "problem"}  # never the input echoed back


def test_url_fetching_is_off_by_default(client):
    assert_error(
        client.post("/api/check", json={"url": "https://example.org/story"}),
        400,
        "--allow-url-fetch",
    )


def test_unknown_route_and_method(client):
    assert_error(client.get("/nope"), 404)
    assert_error(client.get("/api/check"), 405)


# ---- limits ----


def test_413_when_the_body_is_over_the_cap(fetching_server):
    with httpx.Client(base_url=fetching_server.url, timeout=30) as c:
        big = {"text": "word " * 10_000}
        assert_error(c.post("/api/check", json=big), 413, "20,000-byte limit")

        def chunks():  # no Content-Length: the cap counts what streams in
            for _ in range(50):
                yield b" " * 1000

        assert_error(
            c.post("/api/check", content=chunks(), headers={"content-type": "application/json"}),
            413,
        )
        assert c.post("/api/check", json={"text": ARTICLE}).status_code == 200


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/healthz",
        "http://localhost:{port}/api/rules",
        "http://[::1]:{port}/",
        "http://2130706433:{port}/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://10.0.0.8/admin",
        "file:///etc/passwd",
    ],
)
def test_ssrf_targets_are_refused(fetching_server, target):
    url = target.format(port=fetching_server.port)
    with httpx.Client(base_url=fetching_server.url, timeout=30) as c:
        body = assert_error(c.post("/api/check", json={"url": url}), 400)
        assert "refus" in body["error"] or "only http and https" in body["error"]
        form = c.post("/report", data={"url": url})
        assert (form.status_code == 400 and "refus" in form.text) or "only http" in form.text


def test_unresolvable_host_is_a_clear_400(fetching_server):
    with httpx.Client(base_url=fetching_server.url, timeout=30) as c:
        assert_error(
            c.post("/api/check", json={"url": "http://no-such-host.invalid/"}),
            400,
            "cannot resolve",
        )


# ---- concurrency ----


def test_concurrent_requests_do_not_interfere(server, client, lint):
    articles = [
        (EXAMPLES / name).read_text(encoding="utf-8")
        for name in ("recaptured-territory.txt", "heatwave.txt", "council-budget.txt")
    ]
    expected = [json.loads(lint(a).to_json()) for a in articles]

    def post(i: int) -> tuple[int, dict]:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            return i % 3, c.post("/api/check", json={"text": articles[i % 3]}).json()

    with ThreadPoolExecutor(max_workers=9) as pool:
        results = list(pool.map(post, range(18)))
    for which, report in results:
        assert report == expected[which]


def test_a_long_check_does_not_block_the_event_loop(server):
    # a long article is checked in the thread pool; the server keeps answering meanwhile
    long_article = "\n\n".join([ARTICLE] * 40)
    with ThreadPoolExecutor(max_workers=1) as pool:
        slow = pool.submit(
            httpx.post, server.url + "/api/check", json={"text": long_article}, timeout=300
        )
        time.sleep(0.3)
        health = httpx.get(server.url + "/healthz", timeout=30)
        assert health.status_code == 200
        assert not slow.done(), "the long check finished too early to show anything"
        assert slow.result().status_code == 200


def test_xss_article_comes_back_as_text(client):
    text = (FIXTURES / "xss-article.txt").read_text(encoding="utf-8")
    report = client.post("/api/check", json={"text": text}).json()
    assert "<script>window.pwned = 1" in report["text"]
