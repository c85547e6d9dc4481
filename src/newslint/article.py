"""Loading articles: plain text, HTML, files, stdin and URLs, with clear errors for bad input.

An ``Article`` is the raw material before cleaning: its text (decoded, line endings normalised),
whether it is HTML, and the metadata a caller or the page itself gives.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from newslint.errors import ConfigError, InputError

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
        for key, value in updates.items():
            if key != "published" and not isinstance(value, str):
                raise ConfigError(f"{key} must be a string, not {type(value).__name__}")
            if key != "published":  # a title that cannot be written as UTF-8 breaks the report
                refuse_non_text(str(value), f"{self.source} ({key})")
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


# Characters no article holds: NUL (a binary file, a C string boundary) and surrogate code
# points, which are halves of a UTF-16 pair and not characters at all (a lone one cannot be
# written as UTF-8). The API, the CLI, the server and batch rows all refuse them alike.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def refuse_non_text(text: str, source: str) -> None:
    """``InputError`` naming the first NUL or surrogate character in ``text`` and its offset."""
    m = _NOT_TEXT.search(text)
    if m is None:
        return
    ch = m.group(0)
    if ch == "\x00":
        raise InputError(
            source, f"input contains a NUL character at offset {m.start():,}, not text"
        )
    raise InputError(
        source,
        f"input contains a lone surrogate (U+{ord(ch):04X}) at offset {m.start():,}, "
        "not valid Unicode text",
    )


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
    refuse_non_text(text, source)
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
    """A regular file, read up to ``max_bytes`` (never trusting its stated size: /proc files
    say 0, a file may grow while read). Devices, FIFOs and sockets are refused: /dev/zero
    never ends and a FIFO may never answer."""
    p = Path(path)
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(name, _open_problem(exc)) from None
    except ValueError:  # a NUL in the name
        raise InputError(name.replace("\x00", "\\0"), "not a file name (it holds a NUL)") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a directory, not an article (use `newslint batch` for many)")
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
            raise InputError(name, f"is {kind}, not a regular file (pipe it to `-` instead)")
        data = _read_at_most(fd, max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InputError(name, f"file is over the {max_bytes:,}-byte limit")
    html = True if p.suffix.lower() in HTML_SUFFIXES else None
    return from_bytes(data, name, html=html, max_bytes=max_bytes)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = os.read(fd, min(1 << 20, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _open_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    if exc.errno == errno.EISDIR:
        return "is a directory, not an article (use `newslint batch` for many)"
    return f"cannot open: {exc.strerror or exc}"


def is_file(name: str) -> bool:
    """Does ``name`` name an existing regular file? Never raises (a 300-character line of
    text is not a file name the system accepts)."""
    if "\x00" in name or "\n" in name or len(name) > 4096:
        return False
    try:
        return stat.S_ISREG(os.stat(name).st_mode)
    except (OSError, ValueError):
        return False


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
    except (httpx.InvalidURL, ValueError) as exc:  # "http://[::1/": not an address at all
        raise InputError(url, f"not a valid URL: {exc}") from None
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
    """The Python API's reading of its argument: an ``Article`` as it is; a ``Path`` is a file;
    a string is a URL when it is one (``http(s)://`` and no whitespace), a file only when it
    names an existing regular file, and otherwise the article's text (or HTML) itself. So a
    one-line text ending in ".txt", or too long to be a file name, is text."""
    if isinstance(source, Article):
        refuse_non_text(source.text, source.source)
        return source
    if isinstance(source, Path):
        return from_path(source, max_bytes=max_bytes)
    if not isinstance(source, str):
        raise TypeError(f"check() takes text, a Path or an Article, not {type(source).__name__}")
    if is_url(source) and not any(ch.isspace() for ch in source.strip()):
        return from_url(source.strip(), max_bytes=max_bytes, timeout=timeout)
    if is_file(source):
        return from_path(source, max_bytes=max_bytes)
    return from_text(source, max_bytes=max_bytes, html=None)


def from_file_argument(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> Article:
    """``check(path=...)``: always a file (``-`` is stdin), never text."""
    if isinstance(path, str) and path == "-":
        return from_stdin(max_bytes=max_bytes)
    return from_path(path, max_bytes=max_bytes)


def from_text(
    text: str,
    source: str = "<text>",
    *,
    html: bool | None = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Text already in hand (a web form, a JSON field, ``check(text=...)``): never read as a
    path or a URL. ``html=None``: HTML if it starts like a page."""
    if not isinstance(text, str):
        raise TypeError(f"the article's text must be a str, not {type(text).__name__}")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(source, f"text is {size:,} bytes, over the {max_bytes:,}-byte limit")
    if not text.strip():
        raise InputError(source, "input is empty")
    refuse_non_text(text, source)
    if html is None:
        html = looks_like_html(text[:2048].encode("utf-8"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=text, is_html=html, source=source)
