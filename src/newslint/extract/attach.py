"""Joining quotations to cues: '"...," he said', 'He said: "..."', split and continued quotes,
and cues whose content is their own clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.extract.clauses import doc_text
from newslint.extract.cues import Cue
from newslint.extract.marks import Marked

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a quotation this short with no cue of its own is a scare quote or a title, not a quote
MIN_UNCUED_WORDS = 6
# tokens allowed between a quotation and its cue: '," said the minister' / 'He said: "'
MAX_GAP_TOKENS = 12


@dataclass
class Attribution:
    cue: Cue | None
    parts: list[tuple[int, int]]
    direct: bool


def attach(
    doc: Doc, cues: list[Cue], marked: list[Marked], paragraphs: list[tuple[int, int]]
) -> list[Attribution]:
    text = doc_text(doc)
    used: set[int] = set()
    by_cue: dict[int, Attribution] = {}
    out: list[Attribution] = []
    # a quotation inside someone's reported clause is part of it ('said staff had been "just
    # as shocked as we were" and some had apologised'): no other cue takes it
    clauses = [
        c.content
        for c in cues
        if c.content and c.speaker is not None and c.kind in {"clause", "according"}
    ]
    for n, quote in enumerate(marked):
        cue = _cue_for(doc, quote, cues, marked, paragraphs)
        if cue is None:
            continue
        held = [(a, b) for a, b in clauses if a <= quote.start and quote.end <= b + 1]
        if held and cue.content not in held:
            continue
        key = id(cue)
        if key in by_cue:
            by_cue[key].parts.extend(quote.parts)
        else:
            by_cue[key] = Attribution(cue, list(quote.parts), True)
            out.append(by_cue[key])
        used.add(n)
    # a quotation right after a tagged one continues it: '"A," he said. "B."'
    for n, quote in enumerate(marked):
        if n in used or n == 0:
            continue
        prev = marked[n - 1]
        owner = next((a for a in out if prev.parts[-1] in a.parts), None)
        if owner is None or owner.cue is None:
            continue
        between = text[prev.end : quote.start]
        if (
            owner.cue.end <= quote.start
            and len(between) < 120
            and "\n" not in between.strip(" ")
            and _same_paragraph(paragraphs, prev.end, quote.start)
            and _only_tag(between, owner.cue)
        ):
            owner.parts.extend(quote.parts)
            used.add(n)
    # cues whose content is their own clause (no quotation next to them)
    for cue in cues:
        if id(cue) in by_cue or cue.content is None:
            continue
        if cue.speaker is None and cue.kind != "sourceless":
            continue
        start, end = cue.content
        overlapping = [q for q in marked if q.start < end and start < q.end]
        quoted = sum(min(end, q.end) - max(start, q.start) for q in overlapping)
        direct = quoted >= 0.8 * (end - start)
        out.append(Attribution(cue, list(cue.parts or [cue.content]), direct))
        for n, q in enumerate(marked):
            if q in overlapping:
                used.add(n)
    # long quotations nobody is tagged for still go in the table, speaker unknown
    for n, quote in enumerate(marked):
        if n in used or not quote.closed:
            continue
        words = len(text[quote.start : quote.end].split())
        if words >= MIN_UNCUED_WORDS and _starts_sentence(text, quote.start):
            out.append(Attribution(None, list(quote.parts), True))
    return _dedupe(out)


def _cue_for(
    doc: Doc,
    quote: Marked,
    cues: list[Cue],
    marked: list[Marked],
    paragraphs: list[tuple[int, int]],
) -> Cue | None:
    text = doc_text(doc)
    para = next(((a, b) for a, b in paragraphs if a <= quote.parts[-1][0] < b), None)
    first_para = next(((a, b) for a, b in paragraphs if a <= quote.start < b), para)
    if para is None or first_para is None:
        return None
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if cue.speaker is None:
            continue
        # the cue's clause holds the quotation: 'He said the plan was "a disaster"' is indirect
        if cue.content:
            a, b = cue.content
            if a <= quote.start and quote.end <= b + 1:
                outside = text[a:b].replace(text[quote.start : quote.end], "")
                if len(outside.split()) > 3:
                    continue
                if cue.kind in {"according", "colon"}:
                    return cue
        if cue.kind in {"according", "colon"}:
            continue
        if _claims_elsewhere(text, cue, quote):
            continue
        if para[0] <= cue.start < para[1] and cue.start >= quote.end:
            gap = _gap_tokens(doc, quote.end, cue.start, marked)
            if gap is not None and gap <= MAX_GAP_TOKENS and _tag_after(text, quote.end, cue):
                score = gap
                if best is None or score < best[0]:
                    best = (score, cue)
        elif cue.end <= quote.start and (
            first_para[0] <= cue.end <= first_para[1]
            or re.fullmatch(r"\s*:\s*", text[cue.end : quote.start]) is not None
        ):
            gap = _gap_tokens(doc, cue.end, quote.start, marked)
            lead = text[cue.end : quote.start]
            if gap is not None and gap <= MAX_GAP_TOKENS and re.search(r"[:,]\s*$", lead):
                score = gap + 1  # a tag after the quotation wins a tie
                if best is None or score < best[0]:
                    best = (score, cue)
    return best[1] if best else None


def _claims_elsewhere(text: str, cue: Cue, quote: Marked) -> bool:
    """'said on "Face the Nation" that ...', 'denied it, calling it "a mistake"': the cue has
    its own clause away from a short quotation, so the quotation is not what it reports."""
    if cue.content is None or cue.kind in {"parenthetical", "bare", "dash"}:
        return False
    a, b = cue.content
    if a < quote.end and quote.start < b:
        return False
    if len(text[quote.start : quote.end].split()) < MIN_UNCUED_WORDS:
        return True
    # '... called the chip "the biggest leap yet." She said the laptops would ship in June':
    # a quotation that ends its sentence is not what the next sentence's own clause reports
    closed_sentence = re.search(r"[.!?][\"”»]\s*$", text[quote.start : quote.end]) is not None
    return (
        closed_sentence
        and cue.start > quote.end
        and text[quote.end : cue.start].strip()[:1].isupper()
    )


def _gap_tokens(doc: Doc, start: int, end: int, marked: list[Marked]) -> int | None:
    if any(start <= m.start < end for m in marked):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    if any(t.is_sent_start and t.idx > start + 2 and doc[t.i - 1].text in ".!?" for t in span):
        return None
    return len([t for t in span if not t.is_punct and not t.is_space])


def _tag_after(text: str, quote_end: int, cue: Cue) -> bool:
    """'"...," he said' / '"...," said Mr Smith': the tag starts right after the quote."""
    start = min(cue.start, cue.speaker.start_char if cue.speaker is not None else cue.start)
    between = text[quote_end:start]
    if re.search(r"[.!?][\"”»]\s*$", text[max(0, quote_end - 3) : quote_end]) and between.strip():
        # '"... about community." With more people finding ...': a quotation that ends its
        # sentence is tagged only by a sentence that opens with its speaker or its verb
        return False
    return not re.search(r"[.!?]\s+[A-Z]", between) and len(between) < 80


def _only_tag(between: str, cue: Cue) -> bool:
    """The words between two quotations are the first one's tag, one sentence: '," he said.'
    or '," Harmon said in remarks prepared for a conference in Charlotte.'"""
    words = between.split()
    one_sentence = re.search(r"[.!?]\s+[A-Z]", between.strip()) is None
    return (
        len(words) <= (2 * MAX_GAP_TOKENS if one_sentence else MAX_GAP_TOKENS)
        and cue.tokens[0].text in between
    )


def _same_paragraph(paragraphs: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a <= e and s <= b <= e for s, e in paragraphs)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in "\n.!?:"


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    out = []
    for a in sorted(attributions, key=lambda a: (a.parts[0][0], -a.direct)):
        key = (a.parts[0][0], a.parts[-1][1])
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out
