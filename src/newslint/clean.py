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
from newslint.budget import checkpoint
from newslint.errors import InputError
from newslint.report.model import Removed


@dataclass(frozen=True)
class Cleaned:
    article: Article
    text: str
    removed: list[Removed] = field(default_factory=list)


# Each pattern must match a whole line (after stripping). Order matters only for the kind named.
_I = re.IGNORECASE
_BULLET = r"(?:[-–—•*>»›]\s*)?"
_SOCIAL = (
    r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|e-?mail|tiktok|youtube|threads|bluesky|"
    r"telegram|reddit|messenger|pinterest|snapchat|mastodon|flipboard|google\s+news)"
)
# A short lead-in before the call to action: "Never miss a story:", "Enjoyed this article?"
_LEAD = r"(?:[^.:!?]{0,40}[:!?.–—]\s+)?"
_LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "read-more",
        re.compile(
            # "READ MORE: ...", "See also ›", "Read more" on its own
            rf"^{_BULLET}(?:read|see|watch|listen)\s+(?:more|also|next|now|again)\b"
            r"\s*(?:[:|\-–—>»›]|\bhere\b|$).*$"
            # a teaser label with a colon or arrow, then the teased headline
            rf"|^{_BULLET}(?:also\s+read|related|more\s+on\s+this(?:\s+story)?|more|watch|listen|"
            r"live(?:\s+(?:updates|blog|coverage))?|latest|breaking|recommended|trending|"
            r"top\s+stories|most\s+read|in\s+other\s+news|don'?t\s+miss|"
            r"you\s+(?:might|may)\s+also\s+like|further\s+reading|"
            r"more\s+(?:from|on)\s+[\w' ]{1,30}?)\s*[:|»>›]\s*\S.*$",
            _I,
        ),
    ),
    (
        "source-trailer",
        re.compile(
            # "Source: Reuters": a credit is a name, not a sentence with a clause
            r"^(?:sources?|via|credit|credits)\s*:\s*(?=.{1,60}$)(?!.*,\s+(?:who|which|that)\b)\S.*$"
            r"|^(?:read|view|see)\s+(?:the\s+)?(?:full|original|complete|whole|rest\s+of\s+the)\s+"
            r"(?:article|story|report|piece)(?:\s+(?:here|at|on|in)\b.{0,80})?\s*[.»>›…]*$"
            r"|^continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article))?\s*[.»>›…]*$"
            r"|^click\s+here\s+to\s+read\b.{0,120}$"
            r"|^(?:originally|first)\s+published\s+(?:at|on|by|in)\b.{0,100}$"
            r"|^this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:first|originally)\s+"
            r"(?:appeared|published|ran)\b.{0,100}$",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            rf"^(?=.{{0,220}}$){_BULLET}{_LEAD}(?:sign\s+up|subscribe|register|join|get|receive)\b"
            r".{0,160}\b(?:newsletters?|bulletins?|briefings?|inbox|e-?mails?|digest|"
            r"unlimited\s+access|(?:news\s+)?alerts)\b.*$"
            r"|^(?=.{0,220}$).{0,80}\b(?:straight|direct(?:ly)?)\s+(?:to|in)\s+your\s+inbox\b.*$"
            r"|^(?=.{0,160}$)(?:enter\s+your\s+email|your\s+email\s+address)\b.*$"
            r"|^(?:subscribe|sign\s+up|register)(?:\s+(?:now|today|here|for\s+free))?\W*$"
            r"|^(?=.{0,200}$).{0,60}\bnewsletter\b.{0,60}\b(?:sign\s+up|subscribe)\b.*$",
            _I,
        ),
    ),
    (
        "share-prompt",
        re.compile(
            # "Share this article", "Email this story to a friend"
            r"^(?=.{0,160}$)(?:share|tweet|e-?mail|print|save|send)\s+(?:this|the)\s+"
            r"(?:article|story|page|post|piece)\b.*$"
            # "Follow us on Instagram", "Like us on Facebook", "Share on WhatsApp"
            rf"|^(?=.{{0,160}}$){_LEAD}(?:share|follow|like|find|join|connect\s+with|watch|listen\s+to)"
            rf"(?:\s+us)?\s+(?:on|via)\s+{_SOCIAL}\b.*$"
            r"|^(?=.{0,160}$)follow\s+@\w+.*$"
            r"|^(?=.{0,160}$)(?:click|tap)\s+(?:here\s+)?to\s+"
            r"(?:share|follow|subscribe|sign\s+up|like|download)\b.*$"
            r"|^(?=.{0,80}$)(?:copy\s+link|link\s+copied|comments?\s*\(\d+\)|\d+\s+comments?|"
            r"view\s+comments|show\s+comments|join\s+the\s+(?:conversation|discussion))\W*$",
            _I,
        ),
    ),
    (
        "promo",
        re.compile(
            r"^(?=.{0,200}$)(?:advertisement|advert|ad|sponsored(?:\s+content)?|promoted|"
            r"paid\s+(?:content|partnership)|"
            r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
            r"scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+content|reading))?|"
            r"skip\s+(?:advert(?:isement)?|ad)|listen\s+to\s+this\s+(?:article|story).{0,30})\W*$"
            rf"|^(?=.{{0,220}}$){_LEAD}(?:download|get|install)\s+(?:our|the)\s+(?:free\s+)?"
            r"(?:[\w-]+\s+){0,2}app\b.*$"
            r"|^(?=.{0,220}$)(?:try|start)\s+(?:a\s+)?(?:free\s+trial|\d+\s+days?\s+free)\b.*$"
            rf"|^(?=.{{0,220}}$){_LEAD}(?:support\s+(?:our|independent|quality)\s+journalism|"
            r"become\s+a\s+(?:member|subscriber|supporter)|donate\s+(?:now|today)|"
            r"already\s+a\s+(?:subscriber|member)\??|log\s+in\s+to\s+continue)\b.*$"
            r"|^(?=.{0,160}$)(?:copyright\b|©|\(c\)\s).*$"
            r"|^(?=.{0,160}$).*\ball\s+rights\s+reserved\W*$",
            _I,
        ),
    ),
    (
        "caption",
        re.compile(
            # photo furniture: "Image source, Getty Images", "Image caption, ...", "Photo: AP"
            r"^(?=.{0,240}$)(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:].*$"
            r"|^(?=.{0,80}$)(?:photograph|photo|picture|image|video)\s*:\s*\S.*$",
            _I,
        ),
    ),
    (
        "tip-line",
        re.compile(
            # "Got a story? Email us", "Have you been affected? Contact ...": a call for tips
            r"^(?=.{0,220}$)(?:got\s+a\s+(?:story|news\s+tip|tip)|do\s+you\s+have\s+a\s+story|"
            r"have\s+you\s+been\s+affected|do\s+you\s+(?:work|live)\s+(?:for|at|in|near)\b|"
            r"get\s+in\s+touch|share\s+your\s+(?:story|experience|views|pictures|photos)|"
            r"send\s+(?:us\s+)?your\s+(?:stories|story|news|pictures|photos|tips))\b.{0,160}"
            r"(?:\b(?:e-?mail|contact|get\s+in\s+touch|send|whatsapp|message)\b|\S+@\S+\.\w+).*$",
            _I,
        ),
    ),
]
# A reporting clause marks article text ("..., the council said"): never furniture, except for
# labelled teasers, whose headline may quote someone.
_REPORTED = re.compile(
    r"\b(?:said|says|told|added|warned|wrote|according\s+to|announced|confirmed)\b", _I
)

# A line of share buttons: "Tweet this | Email this | Print this page", "Facebook · X · Copy link"
_SHARE_TOKEN = re.compile(
    rf"^(?:(?:share|tweet|e-?mail|print|save|send|post|pin|copy)(?:\s+(?:this|on|to|link))*"
    rf"(?:\s+(?:page|article|story|link))?(?:\s+{_SOCIAL})?|{_SOCIAL}|copy\s+link)$",
    _I,
)
# the bare separator: "\s*[|/]\s*" tried at every space of a long blank run is quadratic
_SHARE_SEPARATORS = re.compile(r"[|•·/]")

# A heading that opens a list of related links; the short title lines under it go with it.
_LIST_HEADING = re.compile(
    rf"^{_BULLET}(?:related(?:\s+(?:articles|stories|links|content|coverage|topics|reading))?|"
    r"more\s+on\s+this\s+(?:story|topic)|more\s+(?:from|stories\s+from|on)\s+.{1,40}|"
    r"read\s+more|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
    r"recommended(?:\s+(?:for\s+you|stories|reading))?|"
    r"most\s+(?:read|popular|viewed|shared)|top\s+stories|also\s+on\s+.{1,40}|"
    r"latest(?:\s+(?:news|stories))?|further\s+reading|see\s+also|more\s+stories|"
    r"trending(?:\s+now)?|editor'?s\s+picks?|in\s+case\s+you\s+missed\s+it)\s*:?\s*$",
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
    if _is_share_bar(s):
        return "share-prompt"
    reported = _REPORTED.search(s) is not None
    for kind, pattern in _LINE_PATTERNS:
        if pattern.match(s) and (kind == "read-more" or not reported):
            return kind
    return None


def strip_boilerplate(text: str) -> tuple[str, list[Removed]]:
    """Return the text without boilerplate lines, and what was removed (offsets into ``text``)."""
    lines = _lines(text)
    kinds: list[str | None] = [line_kind(line.text) for line in lines]
    i = 0
    while i < len(lines):
        if kinds[i] is None and _LIST_HEADING.match(lines[i].stripped):
            items = _link_items(lines, i)
            if items:
                for k in (i, *items):
                    kinds[k] = "related-links"
                i = items[-1] + 1
                continue
        i += 1

    removed: list[Removed] = []
    keep: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind is None:
            keep.append(line.text)
            continue
        body = line.text.strip()
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        if (
            removed
            and removed[-1].kind == kind
            and _only_space_between(text, removed[-1].end, start)
        ):
            prev = removed[-1]
            removed[-1] = Removed(
                start=prev.start,
                end=start + len(body),
                kind=kind,
                text=text[prev.start : start + len(body)],
            )
        else:
            removed.append(Removed(start=start, end=start + len(body), kind=kind, text=body))
        keep.append("")  # keep the paragraph break where the line was
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    return cleaned, removed


def _is_share_bar(line: str) -> bool:
    parts = [p.strip() for p in _SHARE_SEPARATORS.split(line)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(_SHARE_TOKEN.match(p.strip()) for p in parts)


def _only_space_between(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _link_items(lines: list[_Line], heading: int) -> list[int]:
    """The link-title lines under a list heading.

    A list is either tight (one title a line) or loose (blank lines between titles); its
    spacing is set by the gap before its second item, so a subheading that follows a tight
    list after a blank line stays with the article.
    """
    items: list[int] = []
    spacing: int | None = None  # blank lines between items, set by the second item
    j = heading + 1
    while j < len(lines):
        blanks = 0
        while j < len(lines) and not lines[j].stripped:
            blanks += 1
            j += 1
        if j >= len(lines) or not _is_link_title(lines[j].stripped):
            break
        if not items:
            if blanks > 1:
                break
        elif spacing is None:
            if blanks > 1:
                break
            spacing = blanks
        elif blanks != spacing:
            break
        items.append(j)
        j += 1
    return items


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
