"""Bad input: one line on stderr naming the input and the problem, exit 2, no traceback.

Each case runs through the real command (a subprocess, as a user would run it) and through the
Python API, which raises ``InputError`` with the same message.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint import check
from newslint.config import Config
from newslint.errors import InputError

ARTICLE = (
    "The council’s £2.4m plan for the café was approved on Tuesday, officials said. "
    "“It is a good day,” said the mayor, José Núñez.\n\n"
    "Work starts in March and will cost about £300,000 a year, a rise of 5%.\n"
)


def newslint(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "--select", "TXT001", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(result, source: str, problem: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert source in lines[0] and problem in lines[0], lines[0]
    assert result.stdout == b""


@pytest.fixture
def files(tmp_path):
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


BAD_FILES = [
    ("empty.txt", b"", "input is empty"),
    ("blank.txt", b"  \n\t\n   \r\n", "input is empty"),
    ("image.txt", bytes(range(256)) * 8, "looks binary"),
    ("zeros.html", b"<html>\x00\x00\x00\x01\x02", "looks binary"),
    # valid UTF-8 (the umlauts) broken by stray bytes: a corrupted file, not a legacy encoding
    (
        "corrupt.txt",
        "Die Straße wird gesperrt. ".encode() * 4 + b"\xff\xfe\x80 end",
        "not valid UTF-8 at byte 108",
    ),
    ("noise.txt", bytes(0x80 + (i * 7) % 40 for i in range(400)), "cannot decode"),
    ("advert.txt", b"Advertisement\n\nShare this article\n", "no article text left"),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_cli(files, name, data, problem):
    path = files(name, data)
    assert_one_line_error(newslint(str(path)), str(path), problem)


@pytest.mark.parametrize(("name", "data", "problem"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_api(files, name, data, problem):
    path = files(name, data)
    with pytest.raises(InputError, match=problem) as info:
        check(path)
    assert info.value.source == str(path)


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.txt"
    assert_one_line_error(newslint(str(path)), str(path), "no such file")
    with pytest.raises(InputError, match="no such file"):
        check(path)


def test_directory(tmp_path):
    assert_one_line_error(newslint(str(tmp_path)), str(tmp_path), "is a directory")
    with pytest.raises(InputError, match="is a directory"):
        check(tmp_path)


def test_empty_stdin():
    assert_one_line_error(newslint("-", stdin=b"\n \n"), "<stdin>", "input is empty")


def test_empty_text_api():
    with pytest.raises(InputError, match="<text>: input is empty"):
        check("   \n  ")


def test_over_the_size_limit(files, tmp_path):
    path = files("long.txt", ARTICLE.encode() * 50)
    assert_one_line_error(
        newslint(str(path), "--max-bytes", "1000"), str(path), "over the 1,000-byte limit"
    )
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        check(path, config=Config(max_bytes=1000))
    # the limit from a config file, found upward from the working directory
    (tmp_path / "newslint.toml").write_text("max-bytes = 1000\n")
    assert_one_line_error(
        newslint("long.txt", cwd=tmp_path), "long.txt", "over the 1,000-byte limit"
    )
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        check(ARTICLE * 50, config=Config(max_bytes=1000))


def test_size_limit_on_stdin():
    result = newslint("-", "--max-bytes", "500", stdin=ARTICLE.encode() * 10)
    assert_one_line_error(result, "<stdin>", "over the 500-byte limit")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_is_detected(files, lint, encoding):
    text = (
        ARTICLE
        if encoding == "cp1252"
        else ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"')
    )
    path = files("legacy.txt", text.encode(encoding))
    report = lint(path)
    assert report.text == text.strip()
    result = newslint(str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "£2.4m plan for the café" in result.stdout.decode()


def test_latin1_french_reads_as_western_not_central_european(files, lint):
    text = "Le café de la gare à Genève a fermé ses portes après 40 ans, a déclaré le patron.\n"
    report = lint(files("gare.txt", text.encode("latin-1")))
    assert report.text == text.strip()


def test_declared_charset_of_an_html_page(files, lint):
    body = (
        "<html><head><meta charset='iso-8859-2'><title>Zpráva</title></head><body><article>"
        "<p>Město Brno schválilo rozpočet ve výši 2,4 miliardy korun, uvedl primátor ve středu.</p>"
        "<p>Příští rok začnou práce na nové tramvajové trati, která spojí centrum s nemocnicí.</p>"
        "</article></body></html>"
    )
    report = lint(files("brno.html", body.encode("iso-8859-2")))
    assert report.text.startswith("Město Brno schválilo rozpočet")


# --- URLs, served from a loopback server started by the test session -----------------------


URL_CASES = [
    ("/missing", [], "server answered HTTP 404"),
    ("/report.pdf", [], "content type 'application/pdf' is not HTML or text"),
    ("/photo", [], "content type 'image/jpeg'"),
    ("/slow", ["--timeout", "0.3"], "timed out after 0.3 s"),
    ("/big.html", ["--max-bytes", "10000"], "over the 10,000-byte limit"),
    ("/empty.html", [], "no article text found in the HTML"),
]


@pytest.mark.parametrize(("path", "flags", "problem"), URL_CASES, ids=[c[0] for c in URL_CASES])
def test_bad_url_cli(site, path, flags, problem):
    url = site.url(path)
    assert_one_line_error(newslint(url, *flags), url, problem)


@pytest.mark.parametrize(("path", "flags", "problem"), URL_CASES, ids=[c[0] for c in URL_CASES])
def test_bad_url_api(site, path, flags, problem):
    options = dict(zip(flags[::2], flags[1::2], strict=True))
    config = Config(
        timeout=float(options.get("--timeout", 10)),
        max_bytes=int(options.get("--max-bytes", 5_000_000)),
    )
    with pytest.raises(InputError, match=problem):
        check(site.url(path), config=config)


def test_unreachable_url(closed_port_url):
    assert_one_line_error(newslint(closed_port_url), closed_port_url, "cannot fetch: ConnectError")
    with pytest.raises(InputError, match="cannot fetch"):
        check(closed_port_url)


def test_html_page_metadata_from_the_page(site, lint):
    report = lint(site.url("/moved"))  # a redirect to the page
    meta = report.article
    assert meta.title == "Lifeboat crew rescue four from stranded yacht"
    assert str(meta.published) == "2023-06-14"
    assert meta.outlet == "Porthwen Herald"
    assert meta.url == site.url("/lifeboat.html")  # where it was fetched from, after redirects
    assert "Four people were rescued" in report.text
    assert "Harbour car park charges" not in report.text  # the aside's links are not the article
    assert "Home" not in report.text.split()


def test_html_file_takes_the_canonical_url(lint):
    from conftest import FIXTURES

    report = lint(FIXTURES / "html" / "lifeboat.html")
    assert report.article.url == "https://porthwen-herald.example/news/lifeboat-rescue"
    assert report.article.outlet == "Porthwen Herald"
    assert "\n\nThe lifeboat was launched" in report.text  # one paragraph a block


def test_html_metadata_overridden_by_flags(site):
    import json

    result = newslint(
        site.url("/lifeboat.html"),
        "--format",
        "json",
        "--title",
        "Four rescued",
        "--published",
        "2023-06-15",
        "--outlet",
        "Coast Weekly",
        "--url",
        "https://example.org/x",
    )
    assert result.returncode == 0, result.stderr
    meta = json.loads(result.stdout)["article"]
    assert meta == {
        "title": "Four rescued",
        "published": "2023-06-15",
        "outlet": "Coast Weekly",
        "url": "https://example.org/x",
    }


def test_charset_from_the_http_header(site, lint):
    from conftest import CZECH_TEXT

    assert lint(site.url("/czech.html")).text == CZECH_TEXT


def test_plain_text_url(site, lint):
    report = lint(site.url("/plain.txt"))
    assert report.text.startswith("Heatwave pushes temperatures")
    assert report.article.url == site.url("/plain.txt")


def test_broken_html_with_text_is_read(files, lint):
    page = (
        b"<html><head><title>Ferry delayed</title><body><div><p>The morning ferry to the island "
        b"was delayed by three hours on Monday because of a fault with its ramp, the operator said."
        b"<p>Passengers were offered free drinks while engineers worked on the ramp. <b>The next "
        b"sailing left on time.<div></span></html"
    )
    report = lint(files("broken.html", page))
    assert "delayed by three hours" in report.text
    assert "The next sailing left on time." in report.text


def test_broken_html_without_text(files):
    path = files("junk.html", b"<html><body><div><span></div></p><script>var x = 1;</script>")
    assert_one_line_error(newslint(str(path)), str(path), "no article text found in the HTML")


def test_bad_published_date(files):
    path = files("a.txt", ARTICLE.encode())
    result = newslint(str(path), "--published", "13/09/2022")
    assert_one_line_error(result, "--published", "is not YYYY-MM-DD")


def test_many_sources_one_bad_goes_on(files):
    good = files("good.txt", ARTICLE.encode())
    result = newslint(str(good), "nowhere.txt", "--format", "line", "--fail-on", "never")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "newslint: error: nowhere.txt: no such file"
