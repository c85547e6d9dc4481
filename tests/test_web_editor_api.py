"""What the web editor asks of the server, over real HTTP on loopback: the editor's view of a
check, rendering a saved report, errors that keep the text, the assets, the icon and /docs."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from newslint.web.app import ServerSettings, create_app
from web_support import EXAMPLES, LiveServer

ARTICLE = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(nlp):
    settings = ServerSettings(max_seconds=120, max_body=200_000, workers=1)
    with LiveServer(create_app(settings)) as live:
        yield live


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def test_the_editors_view_has_the_report_and_the_pages_data(client):
    response = client.post("/report?format=view", data={"text": ARTICLE, "published": "2022-09-13"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    answer = response.json()
    assert set(answer) == {"report", "view"}
    report, view = answer["report"], answer["view"]
    assert report["text"] == "".join(p["t"] for p in view["pieces"] if "pin" not in p)
    assert [f["rule"] for f in report["findings"]] == [f["rule"] for f in view["findings"]]
    assert view["article"]["title"].startswith("Ukraine says counter-offensive")
    assert any("5C" in c["message"] for c in view["checks"])
    # the same answer from the JSON API
    api = client.post(
        "/api/check", json={"text": ARTICLE, "published": "2022-09-13", "format": "view"}
    )
    assert api.json()["report"] == report


def test_editor_errors_are_json_and_the_form_without_script_keeps_the_text(client):
    bad = client.post("/report?format=view", data={"text": ARTICLE, "published": "13/09/2022"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.json()["error"]
    page = client.post("/report", data={"text": ARTICLE, "published": "13/09/2022"})
    assert page.status_code == 422
    assert 'role="alert"' in page.text and "YYYY-MM-DD" in page.text
    textarea = re.search(r'<textarea id="text"[^>]*>(.*?)</textarea>', page.text, re.S)
    assert textarea and "Ukrainian forces have recaptured" in textarea.group(1)
    assert 'value="13/09/2022"' in page.text


def test_a_form_over_the_cap_without_script_gets_a_page(client):
    big = client.post("/report", data={"text": "word " * 50_000})
    assert big.status_code == 413
    assert big.headers["content-type"].startswith("text/html")
    assert "200,000-byte limit" in big.text and "Back" in big.text
    as_view = client.post("/report?format=view", data={"text": "word " * 50_000})
    assert as_view.status_code == 413 and as_view.json()["status"] == 413


def test_render_a_saved_report(client):
    report = client.post("/api/check", json={"text": ARTICLE}).json()
    page = client.post("/api/render", json=report)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "attachment" in page.headers["content-disposition"]
    assert "script-src 'sha256-" in page.headers["content-security-policy"]
    data = re.search(
        r'<script id="newslint-data" type="application/json">(.*?)</script>', page.text, re.S
    )
    assert (
        data and json.loads(data.group(1))["findings"][0]["rule"] == report["findings"][0]["rule"]
    )
    wrong = client.post("/api/render", json={"text": "x", "findings": [{"rule": 1}]})
    assert wrong.status_code == 422 and "not a newslint report" in wrong.json()["error"]
    assert (
        client.post("/api/render", content=b"x", headers={"content-type": "text/plain"}).status_code
        == 415
    )


def test_editor_page_assets_icon_and_csp(client):
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    for src in re.findall(r'(?:src|href)="(/[^"]+)"', page.text):
        asset = client.get(src)
        assert asset.status_code == 200, src
    assert 'for="url"' not in page.text  # URL fetching is off: no label for a missing field
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00"
    assert client.get("/assets/../app.py").status_code == 404
    assert client.get("/assets/secret.txt").status_code == 404


def test_docs_are_served_from_the_package(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and '<html lang="en">' in docs.text
    external = [u for u in re.findall(r'(?:src|href)="([^"]+)"', docs.text) if "://" in u]
    assert external == []
    assert '"validatorUrl": null' in docs.text
    bundle = client.get("/assets/swagger/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 500_000
    assert "Apache License" in client.get("/assets/swagger/LICENSE").text
    assert client.get("/redoc").status_code == 404
