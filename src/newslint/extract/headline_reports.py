"""What a headline reports: a statement only when it carries a clause or quoted words.

A headline compresses the story into "who does what": "Council declares climate emergency",
"Mayor defends plan to scrap parking", "Union threatens to strike", "Commuters warned of
disruption". Its verb of saying names the news, an act or a stance, and its object is a label
for the topic (a noun phrase, an infinitive, a prepositional phrase), not words anyone said;
the body reports the statement itself. A headline keeps its report when the content is a
finite clause ("researchers say app exposed users' data", "report says patients waited 30
hours") or holds quoted words ("bypass will 'kill off' high street", "RBA warns cuts 'not on
the agenda'"): there the headline passes on a claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from newslint.extract.marks import Marked
    from newslint.report.model import Quote

_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# a word in one of these relations is a noun phrase, whatever its tag ("defends plan", tagged
# as a verb)
_NOMINAL = {"dobj", "pobj", "iobj", "dative", "attr", "appos", "npadvmod", "nsubj", "nsubjpass",
            "compound", "oprd"}  # fmt: skip


HEADLINE_WORDS = 25  # a headline's words at the most: a longer line is a sentence set alone


def headline_like(line: str) -> bool:
    """Is the line set as a headline is: one line of at most 25 words, not closed as a
    sentence is (a full stop, a question or exclamation mark, closing double quotes)?"""
    line = line.strip()
    return (
        bool(line)
        and "\n" not in line
        and len(line.split()) <= HEADLINE_WORDS
        and not line.endswith((".", "!", "?", '"', "”"))
    )


def headline_end(text: str, paragraphs: list[tuple[int, int]]) -> int | None:
    """The end of the article's headline: a first paragraph set as a headline, followed by the
    body. None when the article opens on a sentence."""
    if len(paragraphs) < 2:
        return None
    start, end = paragraphs[0]
    return end if headline_like(text[start:end]) else None


def _finite(verb: Token) -> bool:
    """A verb with tense of its own or a tensed auxiliary: "will close", "waited", "is"."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in verb.children
    )


def carries_a_claim(doc: Doc, quote: Quote, marked: list[Marked]) -> bool:
    """Does the quote's content state something: quoted words, or a finite clause?"""
    if quote.direct or any(quote.start < m.end and m.start < quote.end for m in marked):
        return True
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return True
    # the content's first word hung outside it heads it ("of disruption as strike looms":
    # "of", the clause after it hangs on the headline's verb)
    root = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), None)
    return (
        root is not None
        and root.pos_ in {"VERB", "AUX"}
        and root.dep_ not in _NOMINAL
        and _finite(root)
    )


def headline_labels(
    doc: Doc, quotes: list[Quote], marked: list[Marked], head_end: int | None
) -> list[Quote]:
    """The quotes read from the headline whose content only names the topic."""
    if head_end is None:
        return []
    return [
        q
        for q in quotes
        if q.cue_start is not None
        and q.cue_start < head_end
        and not _says(doc, q)
        and not carries_a_claim(doc, q, marked)
    ]


def _says(doc: Doc, quote: Quote) -> bool:
    """ "PM says no deal on fishing rights": what "say" takes is words, even cut to a noun."""
    cue = doc.char_span(quote.cue_start or 0, quote.cue_end or 0, alignment_mode="expand")
    return cue is not None and cue.root.lemma_.lower() == "say"


# what ends the speaker's noun phrase in a headline's frame: "'...': Kings coach after ...",
# "'...': Firm's boss on fares"
_FRAME_STOPS = {"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PRON", "ADV"}
_AFTER = re.compile(r"[,.!?]?\s*[:\-\u2013\u2014]\s*")
_BEFORE = re.compile(r"\s*:\s*$")


def framed_speaker(doc: Doc, start: int, end: int, head_end: int) -> SpacySpan | None:
    """ "'We were robbed': Harbour coach on the late penalty", "Harbour boss Keane: 'We were
    robbed'": a headline that frames a quotation with its speaker's noun phrase alone (no verb),
    after a colon or a dash, or before a colon that opens the headline. The phrase, or None."""
    from newslint.extract.cue_clauses import doc_text

    text = doc_text(doc)
    after = _AFTER.match(text, end, head_end)
    if after is not None and after.end() < head_end:
        span = _phrase_from(doc, after.end(), head_end)
        if span is not None:
            return span
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    colon = before.rfind(":")
    if colon > 0 and _BEFORE.search(before) and ":" not in before[:colon]:
        span = doc.char_span(line_start, line_start + colon, alignment_mode="contract")
        if span is not None and len(span) and _verbless(span):
            return span
    return None


def _phrase_from(doc: Doc, at: int, head_end: int) -> SpacySpan | None:
    """The noun phrase opening at ``at``: up to a preposition or the headline's end; None when
    a verb follows it (then the words after the mark are a clause, not a speaker)."""
    first = next((t for t in doc if t.idx >= at), None)
    if first is None or first.idx >= head_end:
        return None
    i = first.i
    while i < len(doc) and doc[i].idx < head_end and not _stops(doc[i]):
        i += 1
    if i == first.i:
        return None
    if i < len(doc) and doc[i].idx < head_end and doc[i].pos_ != "ADP":
        return None
    span = doc[first.i : i]
    return span if _verbless(span) else None


def _stops(token: Token) -> bool:
    return token.pos_ in _FRAME_STOPS and not _modifier(token)


def _modifier(token: Token) -> bool:
    """A word the tagger took for a verb that modifies a noun: "stranded passenger", "Harbour
    captain" (headlines drop the words that would tell it)."""
    return token.pos_ == "VERB" and token.dep_ in {"amod", "compound"} and token.head.i > token.i


def _verbless(span: SpacySpan) -> bool:
    return all(t.pos_ not in {"VERB", "AUX"} or _modifier(t) for t in span)
