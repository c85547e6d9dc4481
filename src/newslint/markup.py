"""The prose inside a marked-up document, with a map back to the document.

Editors send more than prose: LanguageTool clients send annotated text (pieces of ``text`` and
of ``markup``, each markup maybe ``interpretAs`` some text), and a Markdown draft has headings,
emphasis and links around its words. newslint checks only the prose; ``Annotated.map`` takes
every offset of it back to the document the editor holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newslint.offsets import SourceMap


@dataclass(frozen=True)
class Annotated:
    document: str  # what the editor holds
    text: str  # the prose newslint checks
    map: SourceMap  # text -> document


def plain(document: str) -> Annotated:
    return Annotated(document, document, SourceMap.identity(len(document)))


def from_pieces(pieces: Iterable[tuple[str, str | None]]) -> Annotated:
    """Pieces of a document in order: ``(text, None)`` is prose, ``(markup, interpret_as)``
    is markup read as ``interpret_as`` (its characters placed at the markup's start)."""
    document: list[str] = []
    prose: list[str] = []
    positions: list[int] = []
    at = 0
    for piece, interpret_as in pieces:
        if interpret_as is None:
            prose.append(piece)
            positions.extend(range(at, at + len(piece)))
        elif interpret_as:
            prose.append(interpret_as)
            positions.extend([at] * len(interpret_as))
        document.append(piece)
        at += len(piece)
    return Annotated("".join(document), "".join(prose), SourceMap(positions, at))


class AnnotationError(ValueError):
    """LanguageTool's ``data`` field is not annotated text."""


def from_annotation(data: Any) -> Annotated:
    """LanguageTool's ``data``: ``{"annotation": [{"text": ...} | {"markup": ...,
    "interpretAs": ...}]}``."""
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise AnnotationError('data must be {"annotation": [...]}')
    pieces: list[tuple[str, str | None]] = []
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise AnnotationError(f"annotation item {n} is not an object")
        if isinstance(item.get("text"), str):
            pieces.append((item["text"], None))
        elif isinstance(item.get("markup"), str):
            interpret = item.get("interpretAs", "")
            if not isinstance(interpret, str):
                raise AnnotationError(f"annotation item {n}: interpretAs is not a string")
            pieces.append((item["markup"], interpret))
        else:
            raise AnnotationError(f"annotation item {n} has neither text nor markup")
    return from_pieces(pieces)


# -- Markdown ------------------------------------------------------------------------------
# Markup is found line by line with conservative patterns: what is not clearly markup stays
# prose, so a stray asterisk costs nothing worse than an asterisk in the checked text.

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_BLOCK_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}>[ \t]?)*"  # block quotes
    r"(?:[ \t]{0,3}#{1,6}[ \t]+"  # a heading
    r"|[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?"  # a list item, a task box
)
_THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S.*$")
_INLINE = re.compile(
    r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link_open>\[)(?=[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\]))"
    r"|(?P<link_close>\](?:\([^)\n]*\)|\[[^\]\n]*\]))"
    r"|(?P<autolink><(?:https?|mailto):[^>\s]*>)"
    r"|(?P<tag></?[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>|<!--.*?-->)"
    r"|(?P<code>`+)"
    r"|(?P<escape>\\)(?=[\\`*_{}\[\]()#+\-.!<>~|])"
    r"|(?P<emphasis>(?<![\w*])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\w*])|~~)"
)


def from_markdown(document: str) -> Annotated:
    """The prose of a Markdown document: headings, list markers, block quotes, emphasis,
    link targets, images, HTML tags and code blocks are markup (line breaks are kept, so
    paragraphs stay paragraphs)."""
    pieces: list[tuple[str, str | None]] = []
    rest = document
    front = _FRONT_MATTER.match(document)
    if front:
        pieces.append((front.group(0), "\n" * front.group(0).count("\n")))
        rest = document[front.end() :]
    fence: str | None = None
    for line in rest.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        opening = _FENCE.match(body)
        if fence is not None or opening:
            if fence is None and opening:
                fence = opening.group(1)
            elif fence is not None and body.strip().startswith(fence):
                fence = None
            pieces.append((line, "\n" if ending else ""))  # code is not prose
            continue
        if _THEMATIC_BREAK.match(body) or _LINK_DEFINITION.match(body):
            pieces.append((body, ""))
        else:
            pieces.extend(_line_pieces(body))
        if ending:
            pieces.append((ending, None))
    return from_pieces(pieces)


def _line_pieces(line: str) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = []
    prefix = _BLOCK_PREFIX.match(line)
    start = prefix.end() if prefix else 0
    if start:
        pieces.append((line[:start], ""))
    end = len(line)
    closing = _CLOSING_HASHES.search(line, start) if prefix and "#" in prefix.group(0) else None
    if closing:
        end = closing.start()
    at = start
    for m in _INLINE.finditer(line, start, end):
        if m.start() > at:
            pieces.append((line[at : m.start()], None))
        pieces.append((m.group(0), ""))
        at = m.end()
    if end > at:
        pieces.append((line[at:end], None))
    if end < len(line):
        pieces.append((line[end:], ""))
    return pieces
