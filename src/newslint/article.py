"""Loading articles: plain text, HTML, files, stdin and URLs, with clear errors for bad input.

An ``Article`` is the raw material before cleaning: its text (decoded, line endings normalised),
whether it is HTML, and the metadata a caller or the page itself gives.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from newslint.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 10.0
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_URL = re.compile(r"^https?://", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True)
class Article:
    text: str
    is_html: bool = False
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    source: str = "<text>"

    def with_meta(self, **meta: object) -> Article:
        """Override metadata with the values given (None leaves a field as it is)."""
        updates = {k: v for k, v in meta.items() if v is not None}
        if "published" in updates:
            updates["published"] = parse_date(updates["published"], self.source)
        return replace(self, **updates)  # type: ignore[arg-type]


def parse_date(value: object, source: str = "--published") -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(source, f"published date {text!r} is not YYYY-MM-DD") from None


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.match(data[:2048]))


def decode(
    data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None
) -> str:
    """Bytes to text: refuse empty, oversized and binary input; UTF-8 first, then detection."""
    if len(data) > max_bytes:
        raise InputError(source, f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError(source, "input is empty")
    if _is_binary(data):
        raise InputError(source, "input looks binary, not text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data, source, charset)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "input is empty")
    return text


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is text
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


# Valid multi-byte UTF-8 sequences: a legacy single-byte text almost never contains one.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# The most chaos (charset_normalizer's measure of how unlike text a reading is) we accept.
_MAX_CHAOS = 0.05


def _detect(data: bytes, source: str, charset: str | None = None) -> str:
    """Not UTF-8: the charset the server or page declares, else the most plausible one."""
    bad = _first_bad_utf8(data)
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 with a broken byte somewhere: a corrupted file, not a legacy encoding
        raise InputError(source, f"cannot decode the input: not valid UTF-8 at byte {bad:,}")
    meta = _META_CHARSET.search(data[:4096])
    for declared in (charset, meta.group(1).decode("ascii") if meta else None):
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead

    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or matches[0].chaos > _MAX_CHAOS:
        raise InputError(
            source, f"cannot decode the input: not UTF-8 (bad byte at {bad:,}) and no encoding fits"
        )
    best = matches[0]
    # Readings that tie on chaos are all plausible; Western pages that are not UTF-8 are
    # windows-1252 far more often than anything else (WHATWG makes it the legacy default).
    for match in matches:
        if match.chaos <= best.chaos + 0.005 and match.encoding == "cp1252":
            best = match
            break
    return str(best)


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return -1


def from_bytes(
    data: bytes,
    source: str,
    *,
    html: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    charset: str | None = None,
) -> Article:
    text = decode(data, source, max_bytes, charset)
    is_html = looks_like_html(data) if html is None else html
    return Article(text=text, is_html=is_html, source=source)


def from_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not an article (use `newslint batch` for many)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    html = True if p.suffix.lower() in HTML_SUFFIXES else None
    return from_bytes(data, name, html=html, max_bytes=max_bytes)


def from_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    data = sys.stdin.buffer.read(max_bytes + 1)
    return from_bytes(data, "<stdin>", max_bytes=max_bytes)


def from_url(
    url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> Article:
    """Fetch a page with a timeout, a size cap and a content-type check."""
    import httpx

    try:
        with (
            httpx.Client(follow_redirects=True, max_redirects=5, timeout=timeout) as client,
            client.stream("GET", url, headers={"User-Agent": "newslint"}) as response,
        ):
            if response.status_code >= 400:
                raise InputError(url, f"server answered HTTP {response.status_code}")
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            charset = response.charset_encoding  # from the Content-Type header, if any
            if ctype and ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise InputError(url, f"content type {ctype!r} is not HTML or text")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise InputError(url, f"page is over the {max_bytes:,}-byte limit")
            final_url = str(response.url)
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise InputError(url, "too many redirects") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"cannot fetch: {type(exc).__name__}: {exc}") from None
    article = from_bytes(
        bytes(body),
        url,
        html=None if ctype != "text/html" else True,
        max_bytes=max_bytes,
        charset=charset,
    )
    return replace(article, url=final_url)


def load(
    source: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """A path, a URL or ``-`` (stdin), as the CLI takes them."""
    if isinstance(source, Path):
        return from_path(source, max_bytes=max_bytes)
    if source == "-":
        return from_stdin(max_bytes=max_bytes)
    if is_url(source):
        return from_url(source, max_bytes=max_bytes, timeout=timeout)
    return from_path(source, max_bytes=max_bytes)


def from_text_or_source(
    source: str | Path | Article,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """The Python API's reading of its argument: an Article, a Path, a URL, a path, or text.

    A string is a path only when it is one line, short, and either exists or ends in a known
    suffix; anything else is the article's text itself.
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, Path) or source == "-" or is_url(source):
        return load(source, max_bytes=max_bytes, timeout=timeout)
    one_line = "\n" not in source and len(source) < 1024
    if one_line and (
        Path(source).suffix.lower() in HTML_SUFFIXES | {".txt", ".text", ".md"}
        or Path(source).is_file()
    ):
        return from_path(source, max_bytes=max_bytes)
    data = source.encode("utf-8", "surrogatepass")
    if len(data) > max_bytes:
        raise InputError(
            "<text>", f"text is {len(data):,} bytes, over the {max_bytes:,}-byte limit"
        )
    if not source.strip():
        raise InputError("<text>", "input is empty")
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=text, is_html=looks_like_html(data[:2048]), source="<text>")


def from_text(
    text: str, source: str = "<text>", *, html: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Text already in hand (a web form, a JSON field): never read as a path or a URL."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(source, f"text is {size:,} bytes, over the {max_bytes:,}-byte limit")
    if not text.strip():
        raise InputError(source, "input is empty")
    if "\x00" in text:
        raise InputError(source, "input contains NUL characters, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=text, is_html=html, source=source)
