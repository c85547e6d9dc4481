"""An HTML page to its article's text and metadata (trafilatura), for ``clean.py``.

A page nested deeper than lxml reads is read again flattened (``flatten_deep_html``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newslint.article import Article, parse_date
from newslint.budget import checkpoint
from newslint.errors import InputError


def from_html(article: Article) -> Article:
    doc = _extract(article, article.text)
    raw: str = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not raw.strip() and (flat := flatten_deep_html(article.text)) is not None:
        # lxml stops reading a page nested past its depth limit: read it flattened
        doc = _extract(article, flat)
        raw = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not raw.strip():
        raise InputError(article.source, "no article text found in the HTML")
    # trafilatura gives one block (paragraph, heading, list item) a line; newslint's paragraphs
    # are separated by blank lines, as in a plain-text article
    blocks = (line.strip() for line in raw.replace("\r\n", "\n").split("\n"))
    text = "\n\n".join(block for block in blocks if block)
    # trafilatura puts the headline outside the text; keep metadata given by the caller first
    published = article.published
    page_date = getattr(doc, "date", None)
    if published is None and page_date:
        try:
            published = parse_date(page_date, article.source)
        except InputError:
            published = None
    return replace(
        article,
        text=text,
        is_html=False,
        title=article.title or getattr(doc, "title", None),
        published=published,
        url=article.url or getattr(doc, "url", None),
        outlet=article.outlet or getattr(doc, "sitename", None),
    )


def _extract(article: Article, html: str):  # type: ignore[no-untyped-def]
    import trafilatura

    checkpoint()
    try:
        return trafilatura.bare_extraction(
            html,
            url=article.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        raise InputError(article.source, f"cannot parse the HTML: {exc}") from None


# lxml (libxml2) gives up on elements nested deeper than 255: a page past this depth is
# flattened, keeping the outer structure and every piece of text
MAX_HTML_DEPTH = 200
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][\w:-]*)\b[^>]*?(/?)>", re.S)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})


def flatten_deep_html(html: str, limit: int = MAX_HTML_DEPTH) -> str | None:
    """``html`` without the tags nested deeper than ``limit`` (their text kept), or None when
    nothing is that deep. Closing tags pop to their opening tag, as a browser does."""
    stack: list[tuple[str, bool]] = []  # (tag, dropped)
    open_tags: dict[str, int] = {}  # how many of each tag are open
    out: list[str] = []
    at = 0
    deep = False
    raw_until: str | None = None
    for m in _TAG.finditer(html):
        closing, name = m.group(1), (m.group(2) or "").lower()
        if raw_until is not None:  # inside <script> and the like: no tags
            if closing and name == raw_until:
                raw_until = None
            else:
                continue
        if not name or name in _VOID or m.group(3):
            continue
        if closing:
            if not open_tags.get(name):
                continue  # a stray closing tag
            while stack:
                tag, dropped = stack.pop()
                open_tags[tag] -= 1
                if tag == name:
                    break
            if dropped:
                out.append(html[at : m.start()])
                at = m.end()
            continue
        dropped = len(stack) >= limit
        deep = deep or dropped
        stack.append((name, dropped))
        open_tags[name] = open_tags.get(name, 0) + 1
        if dropped:
            out.append(html[at : m.start()])
            at = m.end()
        if name in _RAW_TEXT:
            raw_until = name
    if not deep:
        return None
    out.append(html[at:])
    return "".join(out)
