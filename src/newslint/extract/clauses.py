"""What a sentence's parse says about the words at an offset: the clause they sit in, its verb
and subject, the noun phrase a word belongs to.

The change, total and age readers ask these questions of a few sentences each (those holding a
stated change, a list, an age); ``Sentences`` parses them in one batch and answers by character
offset, so the readers never re-parse text of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslint.analysis import Analysis
    from newslint.report.model import Span

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# dependents that stay with their head when a noun phrase is read for what it names
_PHRASE_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "prep", "pobj", "acl", "relcl", "appos", "nummod",
     "det", "case", "quantmod", "npadvmod", "advmod", "cc", "conj", "flat", "dobj", "punct"}
)  # fmt: skip
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


class Sentences:
    """The parses of the sentences holding some offsets of an article, read in one batch."""

    def __init__(self, analysis: Analysis, offsets: Iterable[int]):
        self.analysis = analysis
        spans: dict[int, Span] = {}
        for offset in offsets:
            sentence = analysis.sentence_at(offset)
            if sentence is not None:
                spans[sentence.start] = sentence
        self._spans = spans
        analysis.parse_ahead(list(spans.values()))
        self._docs: dict[int, Doc] = {}

    def doc(self, offset: int) -> tuple[Doc, int] | None:
        """The parsed sentence holding ``offset`` and the offset of its first character."""
        sentence = self.analysis.sentence_at(offset)
        if sentence is None:
            return None
        if sentence.start not in self._docs:
            self._spans.setdefault(sentence.start, sentence)
            self._docs[sentence.start] = self.analysis.parsed(sentence)
        return self._docs[sentence.start], sentence.start

    def token(self, offset: int, end: int | None = None) -> Token | None:
        """The token at ``offset`` (the last token before ``end`` when given: the head word of
        "43-year-old" is "old", of "£2.5m" the number)."""
        found = self.doc(offset)
        if found is None:
            return None
        doc, base = found
        tokens = [
            t for t in doc if base + t.idx < (end or offset + 1) and base + t.idx + len(t) > offset
        ]
        if not tokens:
            return None
        return tokens[-1] if end is not None else tokens[0]

    def offset(self, token: Token) -> int:
        """The character offset in the article of a token of one of these sentences."""
        for base, doc in self._docs.items():
            if token.doc is doc:
                return base + token.idx
        return -1


def governor(token: Token) -> Token:
    """The verb (or the root) whose clause holds ``token``."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.dep_ != "ROOT" and seen < 30:
        token = token.head
        seen += 1
    return token


def subject(verb: Token) -> Token | None:
    """A clause's subject: its own, or (for "and then rose", "having risen", "who rose") the
    subject it shares with the verb it is joined to, or the noun a relative clause is about."""
    seen = 0
    while seen < 6:
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                if child.tag_ in ("WP", "WDT", "WP$") and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def phrase_words(head: Token, limit: int = 12, skip: Iterable[Token] = ()) -> list[Token]:
    """The content words of the noun phrase headed by ``head`` (its compounds, adjectives, "of"
    and "in" phrases), nearest first, without figures and without the tokens in ``skip``."""
    skipped = {t.i for t in skip}
    found: list[Token] = []

    def walk(token: Token, depth: int) -> Iterator[Token]:
        yield token
        if depth > 3:
            return
        for child in token.children:
            if child.dep_ in _PHRASE_DEPS and child.i not in skipped and child.dep_ != "punct":
                yield from walk(child, depth + 1)

    for token in walk(head, 0):
        if token.pos_ in CONTENT_POS and not token.like_num and token.i not in skipped:
            found.append(token)
        if len(found) >= limit:
            break
    return found


def in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (
        token is root or any(a is root for a in token.ancestors)
    )
