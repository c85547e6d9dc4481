"""Superlatives that claim a record: "the biggest ever", "the worst in the club's history",
"the deadliest in a decade", "unprecedented", "a record 54,300".

A plain superlative ("the biggest city in Wales", "the highest alert level") describes; it
claims a record only with a scope in time ("ever", "in history", "of all time", "since records
began", "in a decade", "since 2010"). "Record" claims one as a modifier of an amount or an
event ("record rainfall", "a record 54,300", "set a new record"), not in "a record label",
"a criminal record" or "track record".

Candidates are found on the tokens alone (a scope word, "record", "unprecedented"); the parse
of the sentence then confirms the superlative (tags JJS/RBS, "most" + adjective) or the sense of
"record".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.language.context import negated
from newslint.language.lexicon import lower_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslint.analysis import Analysis

# words that can end a record's time scope; the phrase around them is checked below
_SCOPE_WORDS = {
    "ever", "history", "time", "record", "records", "memory", "decade", "decades", "century",
    "centuries", "generation", "generations", "years", "since",
}  # fmt: skip
_SPAN_WORDS = {"decade", "decades", "century", "centuries", "generation", "generations", "years"}
# "record" as a claim: a record amount of something, or a record set or broken
_RECORD_VERBS = {
    "set", "break", "smash", "shatter", "equal", "beat", "hit", "reach", "match", "eclipse",
    "surpass", "top",
}  # fmt: skip
# nouns "record" modifies in its other senses
_RECORD_THINGS = {
    "label", "company", "store", "shop", "player", "deal", "book", "collection", "collector",
    "keeper", "keeping", "producer", "industry", "executive", "sleeve", "contract", "office",
    "system", "request", "room", "card", "sheet", "holder", "business", "shelf", "fair",
    "review", "date", "number", "straight", "button", "mode", "bag", "box",
}  # fmt: skip
# "a record number of", "record numbers": counted amounts ("record number" stays a claim)
_RECORD_AMOUNTS_OK = {"number", "numbers"}
# words that claim a record without a scope: parsed whenever they occur
_ON_THEIR_OWN = {"unprecedented", "record"}
_SUPERLATIVE_WORDS = {"most", "least", "best", "worst", "first", "last"}
# no superlative can be farther from its scope than this many tokens
WINDOW = 12
_STOPS = {";", ":", "—", "–", "(", ")", '"', "“", "”"}


@dataclass(frozen=True)
class Superlative:
    start: int
    end: int
    text: str
    superlative: str  # the superlative word, "record" or "unprecedented"
    scope: str | None  # "ever", "in the team's history", ... (None for "record"/"unprecedented")


# verbs that close a sentence as its source ("..., the data shows."), in the forms that cannot
# be read as anything else; "found" or "seen" would be the claim's own ("the biggest ever found")
SOURCE_TAGS = frozenset(
    {
        "say", "says", "said", "tell", "tells", "told", "shows", "showed", "shown", "reported",
        "reports", "estimates", "estimated", "stated", "states", "announced", "confirmed",
        "according",
    }
)  # fmt: skip


def find_superlatives(analysis: Analysis) -> list[Superlative]:
    """Record claims anywhere in the article (who makes them is the rule's question)."""
    doc = analysis.doc
    lowers = lower_forms(doc)
    found: list[Superlative] = []
    seen: set[int] = set()
    for i, low in enumerate(lowers):
        if low not in _SCOPE_WORDS and low not in _ON_THEIR_OWN:
            continue
        token = doc[i]
        all_time = low == "time" and i >= 2 and lowers[i - 2 : i] == ["all", "-"]
        if low not in _ON_THEIR_OWN and not all_time and not _superlative_near(lowers, i):
            continue  # "for ten years", "since Tuesday": no superlative to parse for
        sdoc, offset = _parsed_sentence(analysis, token)
        if sdoc is None:
            continue
        here = _token_at(sdoc, token.idx - offset)
        if here is None:
            continue
        claim = _claim(here)
        if claim is None or claim[0] + offset in seen:
            continue
        start, end, word, scope = claim
        seen.add(start + offset)
        found.append(
            Superlative(
                start + offset, end + offset, analysis.text[start + offset : end + offset],
                word, scope,
            )
        )  # fmt: skip
    return found


def _superlative_near(lowers: list[str], i: int) -> bool:
    """A word that may be a superlative within the window before a scope word (read on the
    lower-case forms, before any parse): "-est", "most", "least", "best", "worst", "first"."""
    for low in lowers[max(0, i - WINDOW) : i]:
        if low in _SUPERLATIVE_WORDS or (len(low) > 4 and low.endswith("est")):
            return True
    return False


def _parsed_sentence(analysis: Analysis, token: Token) -> tuple[Doc | None, int]:
    """The Doc holding the token's parse and the character offset of that Doc in the text."""
    start = token.idx
    if analysis.is_parsed(start, start + len(token.text)):
        return analysis.doc, 0
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return None, 0
    return analysis.parsed(sentence), sentence.start


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _claim(token: Token) -> tuple[int, int, str, str | None] | None:
    """(start, end, superlative, scope) of the record claim this token belongs to."""
    low = token.lower_
    if low == "unprecedented":
        if token.pos_ != "ADJ" or negated(token):
            return None
        return token.idx, _end(token), low, None
    if low == "record":
        return _record(token)
    scope = _scope(token)
    if scope is None:
        return None
    first = scope[0]
    if first.lower_ == "all" and low == "time":
        # "an all-time high": a record claim of its own, with the word it qualifies
        doc = token.doc
        last = doc[token.i + 1] if token.i + 1 < len(doc) and doc[token.i + 1].is_alpha else token
        if _denied(token):
            return None
        return first.idx, _end(last), "all-time", None
    superlative = _superlative_before(first)
    if superlative is None or _denied(superlative):
        return None
    doc = token.doc
    scope_text = doc[first.i : scope[1].i + 1].text
    return superlative.idx, _end(scope[1]), superlative.text.lower(), scope_text


def _denied(token: Token) -> bool:
    """ "was not the biggest crowd ever": a negation on the superlative, its noun or the verb
    that states it."""
    for t in (token, token.head, token.head.head):
        if negated(t) or any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def _scope(token: Token) -> tuple[Token, Token] | None:
    """The first and last token of a time scope that ends at (or is) ``token``."""
    doc, i, low = token.doc, token.i, token.lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    if low == "ever":
        return token, token
    if low == "time" and prev == "-" and i >= 2 and doc[i - 2].lower_ == "all":
        return doc[i - 2], token  # "an all-time high"
    if low == "history":
        # "in history", "in the club's history", "in Bok history"
        for j in range(i - 1, max(i - 5, -1), -1):
            if doc[j].lower_ == "in":
                return doc[j], token
        return None
    if low == "time" and prev == "all" and i >= 2 and doc[i - 2].lower_ == "of":
        return doc[i - 2], token  # "of all time"
    if low == "record" and prev == "on":
        return doc[i - 1], token  # "the hottest on record"
    if low == "records" and i + 1 < len(doc) and doc[i + 1].lower_ in {"began", "begin"}:
        start = doc[i - 1] if prev == "since" else token
        return start, doc[i + 1]
    if low == "memory" and prev == "living":
        return doc[i - 2] if i >= 2 and doc[i - 2].lower_ == "in" else doc[i - 1], token
    if low in _SPAN_WORDS:
        # "in a decade", "in 30 years", "in decades", "for a generation"
        for j in range(i - 1, max(i - 4, -1), -1):
            if doc[j].lower_ in {"in", "for"}:
                return doc[j], token
        return None
    if low == "since" and i + 1 < len(doc):
        year = doc[i + 1]
        if year.like_num and len(year.text) == 4 and year.text.isdigit():
            return token, year
    return None


def _superlative_before(first: Token) -> Token | None:
    """The superlative the scope belongs to: within a few words before it, in one clause."""
    doc = first.doc
    sent_start = first.sent.start
    for j in range(first.i - 1, max(first.i - WINDOW, sent_start) - 1, -1):
        t = doc[j]
        if t.text in _STOPS:
            return None
        if t.tag_ in {"JJS", "RBS"}:
            if t.lower_ in {"most", "least"} and j + 1 < len(doc):
                return t  # "the most expensive film ever made"
            return t
        if t.lower_ == "first" and (t.i + 1 == first.i or doc[t.i + 1].text == "-"):
            return t  # "the first ever", "the first-ever"
    return None


def _record(token: Token) -> tuple[int, int, str, str | None] | None:
    """ "record rainfall", "a record 54,300", "set a new record", "record-breaking"."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    prev = doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.lower_ == "on":
        return None  # "on record": a scope, read with its superlative
    if nxt is not None and nxt.text == "-" and token.i + 2 < len(doc):
        word = doc[token.i + 2]
        if word.lower_ in {"breaking", "setting", "high", "low", "busting"}:
            return token.idx, _end(word), "record", None
        return None  # "club-record" and other compounds: read as a modifier below? no
    if token.pos_ == "VERB" or negated(token):
        return None
    head = token.head
    if token.dep_ in {"amod", "compound", "nmod"} and head.pos_ in {"NOUN", "PROPN"}:
        if head.lemma_.lower() in _RECORD_THINGS - _RECORD_AMOUNTS_OK:
            return None
        if any(c.dep_ in {"amod", "compound"} and c.i < token.i for c in token.children):
            return None  # "club-record signing", "world record holder" name a kind of record
        return token.idx, _end(head), "record", None
    if nxt is not None and (nxt.like_num or nxt.tag_ == "$" or nxt.text in {"£", "€", "$"}):
        return token.idx, _end(nxt), "record", None  # "a record 54,300", "a record £2bn"
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _RECORD_VERBS:
        return head.idx, _end(token), "record", None  # "set a new record", "smashed the record"
    return None
