"""Joining quotations to cues: '"...," he said', 'He said: "..."', split and continued quotes,
and cues whose content is their own clause."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.budget import checkpoint
from newslint.extract.cue_clauses import doc_text
from newslint.extract.cues import Cue
from newslint.extract.marks import Marked

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a quotation this short with no cue of its own is a scare quote or a title, not a quote
MIN_UNCUED_WORDS = 6
# tokens allowed between a quotation and its cue: '," said the minister' / 'He said: "'
MAX_GAP_TOKENS = 12
# the longest tag sentence between a quotation and the one that continues it: '," said Maria
# Ortega, a sports economist at ... who has studied ... since the 1990s. "..."' (the word limit
# of ``_only_tag`` still holds)
TAG_SENTENCE_CHARS = 240


@dataclass
class Attribution:
    cue: Cue | None
    parts: list[tuple[int, int]]
    direct: bool


# A cue further than this from a quotation (in characters, either way) is not its tag. The
# rules below allow at most MAX_GAP_TOKENS words between them, so only a run of punctuation
# could put a tag further away; the bound keeps the search near each quotation.
CUE_REACH = 1_000


class _Nearby:
    """The cues and quotations near a place, found by bisection: attaching quotes to cues
    costs the same per quote in a long article as in a short one."""

    def __init__(
        self, cues: list[Cue], marked: list[Marked], paragraphs: list[tuple[int, int]]
    ) -> None:
        self.cues = cues  # sorted by start
        self.cue_starts = [c.start for c in cues]
        by_content = sorted((c.content[0], n) for n, c in enumerate(cues) if c.content is not None)
        self.content_starts = [a for a, _ in by_content]
        self.content_cues = [n for _, n in by_content]
        self.marked = marked  # sorted by start, not overlapping
        self.marked_starts = [m.start for m in marked]
        self.paragraphs = paragraphs
        self.paragraph_starts = [a for a, _ in paragraphs]
        # the reported clauses of named speakers, by start, with the furthest end among those
        # starting at or before each: does a clause hold a quotation?
        clauses = sorted(
            {
                c.content
                for c in cues
                if c.content and c.speaker is not None and c.kind in {"clause", "according"}
            }
        )
        self.clauses = set(clauses)
        self.clause_starts = [a for a, _ in clauses]
        self.clause_reach: list[int] = []
        for _, b in clauses:
            self.clause_reach.append(max(b, self.clause_reach[-1] if self.clause_reach else b))

    def cues_near(self, start: int, end: int) -> list[Cue]:
        """Cues starting within CUE_REACH of ``[start, end)``, or whose content starts there,
        in their order in the article."""
        lo = bisect.bisect_left(self.cue_starts, start - CUE_REACH)
        hi = bisect.bisect_right(self.cue_starts, end + CUE_REACH)
        found = set(range(lo, hi))
        a = bisect.bisect_left(self.content_starts, start - CUE_REACH)
        b = bisect.bisect_right(self.content_starts, end)
        found.update(n for n in self.content_cues[a:b] if not lo <= n < hi)
        return [self.cues[n] for n in sorted(found)]

    def held_by_another(self, quote: Marked, cue: Cue) -> bool:
        """A named speaker's reported clause holds the quotation, and ``cue``'s does not."""
        i = bisect.bisect_right(self.clause_starts, quote.start)
        if i == 0 or self.clause_reach[i - 1] + 1 < quote.end:
            return False  # no clause holds it
        own = cue.content
        return not (
            own in self.clauses and own[0] <= quote.start and quote.end <= own[1] + 1  # type: ignore[index]
        )

    def marked_overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the quotations overlapping ``[start, end)``."""
        i = bisect.bisect_left(self.marked_starts, end)
        found = []
        while i > 0 and self.marked[i - 1].end > start:
            i -= 1
            found.append(i)
        return found[::-1]

    def any_marked_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.marked_starts, start)
        return i < len(self.marked_starts) and self.marked_starts[i] < end

    def paragraph(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None


def attach(
    doc: Doc, cues: list[Cue], marked: list[Marked], paragraphs: list[tuple[int, int]]
) -> list[Attribution]:
    text = doc_text(doc)
    near = _Nearby(cues, marked, paragraphs)
    used: set[int] = set()
    by_cue: dict[int, Attribution] = {}
    out: list[Attribution] = []
    by_part: dict[tuple[int, int], Attribution] = {}  # the first attribution holding a part
    for n, quote in enumerate(marked):
        if n % 256 == 0:
            checkpoint()
        if modifies_a_noun(doc, quote):
            continue
        cue = _cue_for(doc, quote, near.cues_near(quote.start, quote.end), near)
        if cue is None:
            continue
        # a quotation inside someone's reported clause is part of it ('said staff had been
        # "just as shocked as we were" and some had apologised'): no other cue takes it
        if near.held_by_another(quote, cue):
            continue
        key = id(cue)
        if key in by_cue:
            by_cue[key].parts.extend(quote.parts)
        else:
            by_cue[key] = Attribution(cue, list(quote.parts), True)
            out.append(by_cue[key])
        for part in quote.parts:
            by_part.setdefault(part, by_cue[key])
        used.add(n)
    # a quotation right after a tagged one continues it: '"A," he said. "B."'
    for n, quote in enumerate(marked):
        if n in used or n == 0:
            continue
        prev = marked[n - 1]
        owner = by_part.get(prev.parts[-1])
        if owner is None or owner.cue is None:
            continue
        between = text[prev.end : quote.start]
        if (
            owner.cue.end <= quote.start
            and len(between) < TAG_SENTENCE_CHARS
            and "\n" not in between.strip(" ")
            and _same_paragraph(near, prev.end, quote.start)
            and _only_tag(between, owner.cue)
        ):
            owner.parts.extend(quote.parts)
            for part in quote.parts:
                by_part.setdefault(part, owner)
            used.add(n)
    # cues whose content is their own clause (no quotation next to them)
    for cue in cues:
        if id(cue) in by_cue or cue.content is None:
            continue
        if cue.speaker is None and cue.kind != "sourceless":
            continue
        start, end = cue.content
        overlapping = near.marked_overlapping(start, end)
        quoted = sum(min(end, marked[n].end) - max(start, marked[n].start) for n in overlapping)
        direct = quoted >= 0.8 * (end - start)
        out.append(Attribution(cue, list(cue.parts or [cue.content]), direct))
        used.update(overlapping)
    # long quotations nobody is tagged for still go in the table: the speaker of the sentence
    # before, when that sentence reports one person's words ('X said the plan had failed. "It
    # never worked."'), else unknown
    for n, quote in enumerate(marked):
        if n in used or not quote.closed:
            continue
        words = len(text[quote.start : quote.end].split())
        if words >= MIN_UNCUED_WORDS and _starts_sentence(text, quote.start):
            cue = _speaker_before(doc, quote, near) or _continued_from(
                text, n, marked, by_part, near
            )
            attribution = Attribution(cue, list(quote.parts), True)
            out.append(attribution)
            for part in quote.parts:
                by_part.setdefault(part, attribution)
    return _dedupe(out)


# how a word in front of a noun modifies it: "the 'final' offer", "the "Fix It" campaign"
_NOUN_MODIFIERS = {"amod", "compound", "nmod", "nummod"}


def modifies_a_noun(doc: Doc, quote: Marked) -> bool:
    """ "rejects 'final' offer", "the "temporary" closure": a word or two in marks in front of
    the noun they describe are the writer's distance from a word, or a name, not words quoted
    (a quoted description stands on its own: 'called the deal "a disgrace"')."""
    words = [t for t in _tokens_in(doc, quote.start, quote.end) if not t.is_punct]
    if not words or len(words) > 3 or len(quote.parts) > 1:
        return False
    inside = {t.i for t in words}
    after = next((t for t in doc[words[-1].i + 1 :] if not t.is_punct), None)
    tops = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    # the noun right after the closing mark ("'heartbroken' as wedding called off" is no noun's)
    return after is not None and all(
        t.dep_ in _NOUN_MODIFIERS and t.head == after and after.pos_ in {"NOUN", "PROPN"}
        for t in tops
    )


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if start < t.idx < end] if span is not None else []


def _continued_from(
    text: str,
    n: int,
    marked: list[Marked],
    by_part: dict[tuple[int, int], Attribution],
    near: _Nearby,
) -> Cue | None:
    """'"...," Ms Okafor said.' then a paragraph that is one quotation and nothing else: the
    newsroom's way of going on quoting the same speaker (a new speaker gets a new tag). Only
    when the paragraph before ends with that tagged quotation and its tag."""
    quote = marked[n]
    para = near.paragraph(quote.start)
    if n == 0 or para is None or text[para[0] : quote.start].strip():
        return None
    if re.search(r"\w", text[quote.end : para[1]]):
        return None  # words of its own after the quotation
    prev = marked[n - 1]
    owner = by_part.get(prev.parts[-1])
    cue = owner.cue if owner is not None else None
    if cue is None or cue.speaker is None or cue.kind in {"sourceless", "hidden"}:
        return None
    i = near.paragraph_starts.index(para[0])
    before = near.paragraphs[i - 1] if i > 0 else None
    if before is None or not before[0] <= prev.end <= before[1]:
        return None
    tail = text[prev.end : before[1]]
    if cue.start >= prev.end:
        # the tag and nothing after it: one sentence, ended by the paragraph
        one_sentence = re.search(r"[.!?]\s+\S", tail.strip()) is None
        return cue if one_sentence and _only_tag(tail, cue) else None
    return cue if re.fullmatch(r"[\s.,;:!?)]*", tail) else None


def _speaker_before(doc: Doc, quote: Marked, near: _Nearby) -> Cue | None:
    """The cue of the sentence right before an untagged quotation, in its paragraph, when that
    sentence reports one speaker and holds no quotation of someone else's."""
    at = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if at is None or at.start == 0:
        return None
    previous = doc[at.start - 1].sent
    if not _same_paragraph(near, previous.start_char, quote.start):
        return None
    cues = [
        c
        for c in near.cues_near(previous.start_char, previous.end_char)
        if previous.start_char <= c.start < previous.end_char and c.speaker is not None
    ]
    speakers = {c.speaker.text.lower() for c in cues if c.speaker is not None}
    if len(speakers) != 1 or cues[-1].kind in {"sourceless", "hidden"}:
        return None
    return cues[-1]


def _cue_for(doc: Doc, quote: Marked, cues: list[Cue], near: _Nearby) -> Cue | None:
    """The cue that tags ``quote``, among the ``cues`` near it."""
    text = doc_text(doc)
    para = near.paragraph(quote.parts[-1][0])
    first_para = near.paragraph(quote.start) or para
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
            gap = _gap_tokens(doc, quote.end, cue.start, near)
            if gap is not None and gap <= MAX_GAP_TOKENS and _tag_after(text, quote.end, cue):
                score = gap
                if best is None or score < best[0]:
                    best = (score, cue)
        elif cue.end <= quote.start and (
            first_para[0] <= cue.end <= first_para[1]
            or re.fullmatch(r"\s*:\s*", text[cue.end : quote.start]) is not None
        ):
            gap = _gap_tokens(doc, cue.end, quote.start, near)
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
    if cue.kind in {"clause", "infinitive"} and quote.end <= cue.start and cue.end <= a:
        # '"... at every door," though he admitted he has also pressed for ...': a verb after
        # the quotation with its own clause after it reports that clause, not the quotation
        return True
    # '... called the chip "the biggest leap yet." She said the laptops would ship in June':
    # a quotation that ends its sentence is not what the next sentence's own clause reports
    closed_sentence = re.search(r"[.!?][\"”»]\s*$", text[quote.start : quote.end]) is not None
    return (
        closed_sentence
        and cue.start > quote.end
        and text[quote.end : cue.start].strip()[:1].isupper()
    )


def _gap_tokens(doc: Doc, start: int, end: int, near: _Nearby) -> int | None:
    if near.any_marked_in(start, end):
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
    if re.match(r"\s*[.!?]", between):
        # '... "the biggest test of our lives". She added: ...': the sentence ends after the
        # closing mark, so what follows is the next sentence, not this quotation's tag
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


def _same_paragraph(near: _Nearby, a: int, b: int) -> bool:
    # a paragraph holding both: the one starting at or before ``a`` (paragraphs do not overlap;
    # ``a`` may sit on a paragraph's end)
    i = bisect.bisect_right(near.paragraph_starts, a) - 1
    if i < 0:
        return False
    s, e = near.paragraphs[i]
    return s <= a <= e and s <= b <= e


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?:"


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
