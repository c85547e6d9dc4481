"""Hypothesis strategies for hostile input: article text, HTML pages, JSON bodies, corpus rows.

Built from the project's own example articles cut into sentences and mixed with what breaks
parsers: figures in odd forms, unbalanced quotation marks, long runs of punctuation, control
and format characters, NUL and lone surrogates, odd whitespace, deep and broken HTML. Used by
``tests/fuzz`` (briefly in ``make test``, longer in ``make fuzz``) and ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@cache
def sentences() -> list[str]:
    """The example articles' sentences and headlines (written for the project)."""
    found: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            found += [s for s in re.split(r"(?<=[.!?”\"])\s+", paragraph.strip()) if s]
    return found


FIGURES = [
    "£2.4m", "£0", "$0", "£0 ($5)", "30cm (12in)", "30cm (20in)", "40C (104F)", "-5°C", "0.5%",
    "120%", "1,000,000", "1e308", "1e-308", "0.0000001", "½", "¾ of a mile", "٣", "10^6", "$-3bn",
    "£1bn ($2.5bn)", "53,000", "the majority", "three times the size of Wales", "70 football pitches",
    "2,300 square miles", "6,000 sq km (2,317 sq mi)", "99999999999999999999999", "0.0%",
    "0 times the size of Wales", "a third the size of Wales", "1/0", "0/0", "5 - 10%", "£5-£3m",
    "31 April 2024", "Monday 5 March 2024", "aged 0", "born in 0", "0 days", "since the invasion",
    "in the past 24 hours", "in the past 0 hours", "from 0 to 0", "up 0%", "down 100%", "NaN",
    "inf%", "1.2.3", "£.5m", "$1,00,000", "3½", "two-thirds", "nought point five",
]  # fmt: skip
QUOTES = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "―", "—", ":"]
RUN_MARKS = ["%", "(", ")", "!", "?", ".", "'", '"', "£", "-", "*", "[", "…", "—", ",", "/", "“"]
ODD = [
    "\x00", "\ud800", "\udfff", "\u200b", "\u202e", "\ufeff", "\r", "\r\n", "\t", "\x0b", "\x0c",
    "\u2028", "\u2029", "\u0301", "\u0085", "\xa0", "🇬🇧", "ﬁ", "İ", "ß", "\U0001f600", "\x1b[31m",
    "&amp;", "<b>", "</p>", "\\", "{", "}", "$(rm -rf /)", "%s%s%n", "\u0000\u0000",
]  # fmt: skip
WORDS = [
    "said", "told", "according to", "Mr", "Ms", "Dr.", "U.S.", "No.", "the", "council", "he",
    "she", "they", "officials", "a source", "Zelensky", "Zelenskyy", "Kyiv", "Kiev", "record",
    "READ MORE:", "Share this article", "Source: Reuters", "since", "most", "average",
]  # fmt: skip
SPACE = [" ", " ", " ", "\n", "\n\n", "  ", "\t", ""]

figures = st.sampled_from(FIGURES)
numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)
runs = st.builds(
    lambda mark, n: (mark * n)[:n],
    st.sampled_from([*RUN_MARKS, "!?", "((%", "a-", "1,"]),
    st.integers(1, 3_000),
)
odd = st.sampled_from(ODD)
unicode_text = st.text(max_size=40)  # includes lone surrogates and NUL
piece = st.one_of(
    st.sampled_from(sentences()),
    st.sampled_from(sentences()),
    figures,
    numbers,
    st.sampled_from(QUOTES),
    st.sampled_from(WORDS),
    runs,
    odd,
    unicode_text,
)


@st.composite
def news_text(draw: st.DrawFn, max_pieces: int = 30) -> str:
    """An article-like text: sentences, figures and noise, joined by varied whitespace."""
    parts = draw(
        st.lists(st.tuples(piece, st.sampled_from(SPACE)), min_size=1, max_size=max_pieces)
    )
    return "".join(p + s for p, s in parts)


clean_news_text = news_text().filter(
    lambda t: "\x00" not in t and not re.search("[\ud800-\udfff]", t)
)

TAGS = ["div", "p", "span", "article", "main", "section", "b", "i", "a", "li", "ul", "table",
        "td", "tr", "h1", "h2", "nav", "footer", "header", "aside", "script", "style", "br",
        "font", "center", "figure", "blockquote"]  # fmt: skip
ATTRS = ["", ' class="nav"', ' class="article-body"', ' id="main"', " hidden",
         ' style="display:none"', ' onclick="x()"', " data-x='<div>'", ' href="javascript:1"',
         ' lang="en"', " itemprop=articleBody"]  # fmt: skip
ENTITIES = ["&amp;", "&lt;", "&#0;", "&#xD800;", "&nbsp;", "&#x10FFFF;", "&bogus;", "&#99999999;"]


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attr, inner, close: (
            f"<{tag}{attr}>{''.join(inner)}" + (f"</{tag}>" if close else "")
        ),
        st.sampled_from(TAGS),
        st.sampled_from(ATTRS),
        st.lists(children, max_size=4),
        st.booleans(),
    )


html_leaf = st.one_of(
    st.sampled_from(sentences()),
    news_text(max_pieces=6),
    st.sampled_from(ENTITIES),
    st.just("<!-- a comment -->"),
    st.just("<!-- unclosed comment"),
    st.just("<![CDATA[ x ]]>"),
    st.just("<p>"),
    st.just("</div>"),
)
html_body = st.recursive(html_leaf, _element, max_leaves=25)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """An HTML page: a head with odd metadata, a body of nested, often unclosed elements, and
    now and then a wrapper nested thousands of levels deep."""
    head = draw(
        st.sampled_from([
            "", "<meta charset='utf-8'>", "<meta charset='bogus-8'>", "<meta charset=iso-8859-2>",
            "<title>Council approves £2.4m plan</title>", '<meta property="og:title" content="x">',
            '<meta name="date" content="2024-02-30">', '<link rel="canonical" href="::::">',
        ])
    )  # fmt: skip
    body = draw(html_body)
    depth = draw(st.sampled_from([0, 0, 0, 3, 50, 256, 3000]))
    tag = draw(st.sampled_from(["div", "span", "b", "p"]))
    body = f"<{tag}>" * depth + body + f"</{tag}>" * draw(st.integers(0, depth))
    doctype = draw(st.sampled_from(["<!DOCTYPE html>", "", "<!doctype html><!-- x -->"]))
    return f"{doctype}<html><head>{head}</head><body>{body}</body></html>"


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), figures
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
REQUEST_KEYS = ["text", "html", "url", "published", "title", "outlet", "select", "ignore",
                "format", "max_seconds", "fail_on"]  # fmt: skip


@st.composite
def json_bodies(draw: st.DrawFn) -> dict[str, object]:
    """A request body as a JSON object: the API's keys with right and wrong types."""
    body: dict[str, object] = {}
    for key in draw(st.lists(st.sampled_from(REQUEST_KEYS), max_size=5, unique=True)):
        body[key] = draw(st.one_of(news_text(max_pieces=8), json_values))
    return body


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    """A request body as JSON text, as a hostile client sends it: a valid body, or one with a
    value nested up to 100,000 levels, a number of up to 100,000 digits, or broken syntax
    (written by hand: ``json.dumps`` itself refuses such values)."""
    import json

    body = json.dumps(draw(json_bodies()), allow_nan=True, ensure_ascii=draw(st.booleans()))
    kind = draw(st.sampled_from(["plain", "deep", "long-number", "broken"]))
    key = json.dumps(draw(st.sampled_from(REQUEST_KEYS)))
    if kind == "deep":
        depth = draw(st.sampled_from([100, 1_000, 100_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        value = opener * depth + "1" + closer * depth
        return "{" + key + ":" + value + "}"
    if kind == "long-number":
        digits = draw(st.sampled_from([400, 5_000, 100_000]))
        number = draw(st.sampled_from(["9" * digits, "1." + "5" * digits, "1e" + "9" * 12]))
        return "{" + key + ":" + number + "}"
    if kind == "broken":
        cut = draw(st.integers(0, max(0, len(body) - 1)))
        return body[:cut] + draw(st.sampled_from(["", "\\", '"', "\x00", "\ud800", "}}}"]))
    return body


ROW_KEYS = ["text", "body", "content", "article", "html", "id", "title", "headline",
            "published", "date", "outlet", "source", "url", "link"]  # fmt: skip


@st.composite
def corpus_rows(draw: st.DrawFn) -> dict[str, object]:
    """One corpus record: the usual column names with text, HTML or values of any JSON type."""
    row: dict[str, object] = {}
    keys = draw(st.lists(st.sampled_from(ROW_KEYS) | st.text(max_size=6), max_size=6, unique=True))
    for key in keys:
        row[key] = draw(
            st.one_of(news_text(max_pieces=10), html_pages(), json_values, st.sampled_from(
                ["2024-02-30", "yesterday", "0000-00-00", "2022-09-13T25:00", ""]))
        )  # fmt: skip
    return row
