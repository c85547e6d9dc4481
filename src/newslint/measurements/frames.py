"""The words of a figure's own clause: what a reader sees it is about, read from the parse.

A figure's frame is the content lemmas of its noun phrase (with the clauses on it: "the 2.1
million homes that lost power"), of the verb it hangs on and of the heads of that verb's
other arguments ("customers ... were without power": power). Two figures whose frames share
a word are about one thing as far as the words go; whether they are one measure is for the
guards of the rule that reads them (owner, place, time, contrast, another explanation).

No word list of the newsroom's nouns is needed: the words come from the article. Excluded are
closed classes (function words, pronouns, numbers), light and reporting verbs, and words of
time and quantity that any two figures share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.timex import CALENDAR_NAMES
from newslint.measurements.reading import figure_root, figure_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newslint.report.model import Quantity

_CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ")
_PHRASE_DEPS = ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos", "conj")
_ARGUMENT_DEPS = (
    "nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "acomp", "agent", "prep", "dative",
)  # fmt: skip

# words every figure may share: they say nothing of what is measured (closed classes of time,
# amount and saying, not words of any article)
_SHARED_BY_ANY = frozenset({
    "be", "have", "do", "say", "tell", "add", "make", "take", "get", "give", "go", "come",
    "see", "show", "put", "keep", "know", "think", "mean", "call", "use", "find", "become",
    "remain", "include", "expect", "report", "announce", "confirm", "state", "claim",
    "people", "person", "number", "total", "figure", "amount", "sum", "lot", "more", "less",
    "most", "many", "much", "few", "some", "other", "such", "same", "new", "last", "next",
    "first", "second", "year", "month", "week", "day", "hour", "minute", "time", "today",
    "morning", "afternoon", "evening", "night", "weekend", "period", "season", "decade",
    "about", "around", "nearly", "almost", "least", "up",
}) | CALENDAR_NAMES  # fmt: skip


def frame_of(doc: Doc | DocSpan, offset: int, q: Quantity) -> frozenset[str]:
    tokens = figure_tokens(doc, offset, q)
    root = figure_root(tokens)
    if root is None:
        return frozenset()
    inside = {t.i for t in tokens}
    phrase = _phrase_head(root)
    words = {_word(t) for t in phrase.subtree if _content(t, inside)}
    verb = next((t for t in phrase.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        words.add(_word(verb))
        for child in verb.children:
            if child.dep_ in _ARGUMENT_DEPS and child.i not in inside:
                words.update(_word(t) for t in _argument_heads(child) if _content(t, inside))
    return frozenset(words - _SHARED_BY_ANY - {""})


def _phrase_head(root: Token) -> Token:
    """The noun the figure counts or labels; through 'of' a partitive's noun stays the head
    ("each of the 43 plaintiffs": plaintiffs)."""
    phrase = root
    while (
        phrase.head.i != phrase.i
        and phrase.dep_ in _PHRASE_DEPS
        and phrase.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM")
    ):
        phrase = phrase.head
    return phrase


def _argument_heads(child: Token) -> list[Token]:
    """An argument's own phrase ("without running water": running, water; "the old
    crossing": old, crossing), not the clauses inside it."""
    words = []
    stack = [child]
    while stack:
        t = stack.pop()
        words.append(t)
        stack += [c for c in t.children if c.dep_ not in _CLAUSE_DEPS]
    return words


_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct")


def _content(t: Token, inside: set[int]) -> bool:
    return t.i not in inside and t.pos_ in _CONTENT_POS and t.is_alpha and not t.is_stop


def _word(t: Token) -> str:
    lemma = t.lemma_.lower()
    return (
        lemma[:-1]
        if t.tag_ in ("NNS", "NNPS") and lemma == t.lower_ and lemma.endswith("s")
        else lemma
    )
