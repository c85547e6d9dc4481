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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
