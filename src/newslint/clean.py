"""Cleaning: the article's own text, without the page furniture around it.

HTML goes through trafilatura (main text and metadata). Plain text, and trafilatura's output,
go through our boilerplate stripper: promo and newsletter lines, "READ MORE" teasers, lists of
related links, "Source:" trailers, share/follow prompts. The stripper works a line at a time
and removes a line only when the whole line is furniture, so an article sentence that merely
mentions a newsletter stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newslint.article import Article, parse_date
from newslint.errors import InputError
from newslint.report.model import Removed


@dataclass(frozen=True)
class Cleaned:
    article: Article
    text: str
    removed: list[Removed] = field(default_factory=list)


# Each pattern must match a whole line (after stripping). Order matters only for the kind named.
_I = re.IGNORECASE
_LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "read-more",
        re.compile(
            r"^(?:[-–—•*>\s]*)(?:read|see|watch|listen)\s+(?:more|also|next|now|again)\b"
            r"\s*(?:[:|\-–—>»]|\bhere\b|$).*$"
            r"|^(?:also\s+read|related|more\s+on\s+this(?:\s+story)?|more|watch|listen|latest|"
            r"recommended|trending|top\s+stories|most\s+read|in\s+other\s+news|don'?t\s+miss|"
            r"you\s+might\s+also\s+like|you\s+may\s+also\s+like|further\s+reading)\s*[:|»>]\s*\S.*$",
            _I,
        ),
    ),
    (
        "source-trailer",
        re.compile(
            r"^(?:source|sources|via|originally\s+published\s+(?:at|on|by))\s*:\s*\S.{0,120}$"
            r"|^(?:read|view|see)\s+(?:the\s+)?(?:full|original|complete|whole)\s+"
            r"(?:article|story|report|piece)(?:\s+(?:here|at|on)\b.{0,80})?\s*[.»>…]*$"
            r"|^continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article))?\s*[.»>…]*$"
            r"|^click\s+here\s+to\s+read\b.{0,120}$",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^(?=.{0,220}$)(?:[-–—•*>\s]*)(?:sign\s+up|subscribe|register|join)\b.{0,160}"
            r"\b(?:newsletter|bulletin|briefing|inbox|email|updates|alerts|digest)\b.*$"
            r"|^(?=.{0,220}$).{0,80}\b(?:straight|direct(?:ly)?)\s+to\s+your\s+inbox\b.*$"
            r"|^(?=.{0,160}$)(?:get|receive)\s+(?:our|the)\s+.{0,60}"
            r"\b(?:newsletter|briefing|email|alerts)\b.*$"
            r"|^(?=.{0,160}$)(?:enter\s+your\s+email|your\s+email\s+address)\b.*$"
            r"|^(?=.{0,200}$).{0,60}\bnewsletter\b.{0,60}\b(?:sign\s+up|subscribe)\b.*$",
            _I,
        ),
    ),
    (
        "share-prompt",
        re.compile(
            r"^(?=.{0,160}$)(?:[-–—•*>\s]*)(?:share|follow|like|tweet|email|print)"
            r"(?:\s+(?:this|the)\s+(?:article|story|page|post))?"
            r"(?:\s+(?:us|it))?\s*(?:on|via|:|$)"
            r"(?:\s*(?:facebook|twitter|x|instagram|linkedin|whatsapp|email|tiktok|youtube|"
            r"threads|bluesky|telegram|reddit|messenger|copy\s+link)[\s,/|&and]*)*"
            r".{0,60}$"
            r"|^(?=.{0,160}$)(?:click|tap)\s+(?:here\s+)?to\s+(?:share|follow|subscribe)\b.*$"
            r"|^(?=.{0,80}$)(?:copy\s+link|link\s+copied|comments?\s*\(\d+\)|\d+\s+comments?)\W*$",
            _I,
        ),
    ),
    (
        "promo",
        re.compile(
            r"^(?=.{0,200}$)(?:advertisement|sponsored(?:\s+content)?|promoted|"
            r"story\s+continues\s+below(?:\s+advertisement)?|article\s+continues\s+below|"
            r"scroll\s+to\s+continue(?:\s+with\s+content)?|skip\s+advert(?:isement)?)\W*$"
            r"|^(?=.{0,220}$)(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b.*$"
            r"|^(?=.{0,220}$)(?:try|start)\s+(?:a\s+)?(?:free\s+trial|\d+\s+days?\s+free)\b.*$"
            r"|^(?=.{0,220}$)(?:support\s+(?:our|independent)\s+journalism|"
            r"become\s+a\s+(?:member|subscriber|supporter)|"
            r"already\s+a\s+subscriber\??|log\s+in\s+to\s+continue)\b.*$"
            r"|^(?=.{0,220}$)(?:got\s+a\s+(?:story|news\s+tip)|do\s+you\s+have\s+a\s+story)\b.{0,120}"
            r"\b(?:email|contact|get\s+in\s+touch|send|whatsapp)\b.*$",
            _I,
        ),
    ),
]

# A heading that opens a list of related links; the short title lines under it go with it.
_LIST_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles|stories|links|content|coverage|topics))?|"
    r"more\s+on\s+this\s+story|more\s+(?:from|stories\s+from)\s+.{1,40}|"
    r"read\s+more|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|"
    r"most\s+(?:read|popular|viewed)|top\s+stories|also\s+on\s+.{1,40}|latest\s+news|"
    r"further\s+reading|see\s+also|more\s+stories|trending(?:\s+now)?)\s*:?\s*$",
    _I,
)
# A link title: short, no final full stop (headlines rarely end with one), maybe a bullet.
_LINK_LINE = re.compile(r"^(?:[-–—•*>]\s*)?\S.{0,140}?(?<![.;,])$")


@dataclass
class _Line:
    start: int
    end: int  # end of the text, before the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def line_kind(line: str) -> str | None:
    """The kind of boilerplate a single line is, or None for article text."""
    s = line.strip()
    if not s:
        return None
    for kind, pattern in _LINE_PATTERNS:
        if pattern.match(s):
            return kind
    return None


def strip_boilerplate(text: str) -> tuple[str, list[Removed]]:
    """Return the text without boilerplate lines, and what was removed (offsets into ``text``)."""
    lines = _lines(text)
    kinds: list[str | None] = [line_kind(line.text) for line in lines]
    i = 0
    while i < len(lines):
        if _LIST_HEADING.match(lines[i].stripped):
            j = i + 1
            while j < len(lines) and not lines[j].stripped:
                j += 1
            items = []
            while j < len(lines) and lines[j].stripped and _is_link_title(lines[j].stripped):
                items.append(j)
                j += 1
                while j < len(lines) and not lines[j].stripped and j + 1 < len(lines):
                    # blank lines between items; stop at a blank before a non-link line
                    if _is_link_title(lines[j + 1].stripped) and lines[j + 1].stripped:
                        j += 1
                    else:
                        break
            if items:
                kinds[i] = "related-links"
                for k in items:
                    kinds[k] = "related-links"
                i = items[-1] + 1
                continue
        i += 1

    removed: list[Removed] = []
    keep: list[str] = []
    for line, kind in zip(lines, kinds):
        if kind is None:
            keep.append(line.text)
            continue
        body = line.text.strip()
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        if removed and removed[-1].kind == kind and _only_space_between(text, removed[-1].end, start):
            prev = removed[-1]
            removed[-1] = Removed(start=prev.start, end=start + len(body), kind=kind,
                                  text=text[prev.start : start + len(body)])
        else:
            removed.append(Removed(start=start, end=start + len(body), kind=kind, text=body))
        keep.append("")  # keep the paragraph break where the line was
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    return cleaned, removed


def _only_space_between(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _is_link_title(line: str) -> bool:
    if not _LINK_LINE.match(line) or len(line.split()) > 20:
        return False
    # a quote, or a sentence with a comma-led clause, is article text, not a link title
    return not line.endswith(('"', "”", ":")) and line.count(",") <= 1


def clean(article: Article) -> Cleaned:
    """HTML to main text with metadata; then strip boilerplate lines from the text."""
    if article.is_html:
        article = _from_html(article)
    text, removed = strip_boilerplate(article.text)
    if not text.strip():
        raise InputError(article.source, "no article text left after removing boilerplate")
    return Cleaned(article=article, text=text, removed=removed)


def _from_html(article: Article) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            article.text,
            url=article.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        raise InputError(article.source, f"cannot parse the HTML: {exc}") from None
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(article.source, "no article text found in the HTML")
    text = doc.text.replace("\r\n", "\n")
    # trafilatura puts the headline outside the text; keep metadata given by the caller first
    published = article.published
    if published is None and getattr(doc, "date", None):
        try:
            published = parse_date(doc.date, article.source)
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
