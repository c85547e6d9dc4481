"""Loaded words in the reporter's own voice: lexicon matches that survive the context checks.

Order of the checks, cheapest first: the lexicon's written forms among the tokens (no parse),
somebody else's words (the quotes layer), then the parse of the word's sentence (only for a
sentence with a candidate, parsed on demand when the check's selective parse skipped it): part
of speech and role, a proper name, negation, a literal neighbour, the entry's condition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.language.context import (
    condition_holds,
    in_name,
    literal_sense,
    negated,
    pos_fits,
)
from newslint.language.lexicon import Entry, Match, loaded_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslint.analysis import Analysis


@dataclass(frozen=True)
class LoadedWord:
    start: int
    end: int
    text: str
    entry: Entry
    pos: str  # the head word's part of speech, from the parse
    role: str  # its dependency label
    replacements: tuple[str, ...]


def find_loaded_words(analysis: Analysis) -> list[LoadedWord]:
    doc = analysis.doc
    voice = analysis.voice
    found: list[LoadedWord] = []
    taken: set[tuple[int, int]] = set()
    for m in loaded_index().matches(doc):
        start, end = doc[m.start].idx, _end(doc[m.end - 1])
        if (start, end) in taken or voice.others(start, end) is not None:
            continue
        head = _parsed(analysis, doc[m.head])
        if head is None or not _loaded_here(head, m):
            continue
        taken.add((start, end))
        text = analysis.text[start:end]
        found.append(
            LoadedWord(
                start=start,
                end=end,
                text=text,
                entry=m.entry,
                pos=head.pos_,
                role=head.dep_,
                replacements=tuple(
                    _cased(inflect(alt, m.entry.pos, _tense(head)), text) for alt in m.entry.neutral
                ),
            )
        )
    return found


def _loaded_here(head: Token, m: Match) -> bool:
    entry = m.entry
    # the phrase's tokens in the head's own Doc (the article's, or its sentence's)
    first, last = head.i - (m.head - m.start), head.i + (m.end - 1 - m.head)
    return (
        pos_fits(head, entry, first, last)
        and not in_name(head, first, last)
        and not negated(head)
        and literal_sense(head, entry) is None
        and condition_holds(head, entry)
    )


def _tense(token: Token) -> str:
    """The tag to inflect an alternative by: a participle with no auxiliary that is not a
    modifier reads as a past tense ("after fares rocketed by 40%" -> "rose", not "risen")."""
    auxiliary = any(c.dep_ in {"aux", "auxpass"} for c in token.children)
    if token.tag_ == "VBN" and token.dep_ != "amod" and not auxiliary:
        return "VBD"
    return token.tag_


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _parsed(analysis: Analysis, token: Token) -> Token | None:
    """The token with its parse: the article's own where its sentence was parsed, else from
    the sentence parsed on its own (cached by the Analysis)."""
    start, end = token.idx, _end(token)
    if analysis.is_parsed(start, end):
        return token
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return None
    sdoc: Doc = analysis.parsed(sentence)
    span = sdoc.char_span(start - sentence.start, end - sentence.start, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# -- neutral alternatives, in the form of the word they replace ----------------------------

_IRREGULAR = {
    # base: (past, past participle, third person)
    "beat": ("beat", "beaten", "beats"),
    "hit": ("hit", "hit", "hits"),
    "say": ("said", "said", "says"),
    "leave": ("left", "left", "leaves"),
    "hide": ("hid", "hidden", "hides"),
    "flee": ("fled", "fled", "flees"),
    "buy": ("bought", "bought", "buys"),
    "spend": ("spent", "spent", "spends"),
    "cut": ("cut", "cut", "cuts"),
    "rise": ("rose", "risen", "rises"),
    "fall": ("fell", "fallen", "falls"),
    "take": ("took", "taken", "takes"),
    "be": ("was", "been", "is"),
    "cancel": ("cancelled", "cancelled", "cancels"),
}


def inflect(alternative: str, pos: str, tag: str) -> str:
    """A verb alternative in the tense of the word it replaces ("criticise" for "slammed" ->
    "criticised"); a noun alternative in its number."""
    words = alternative.split()
    if pos == "VERB" and words:
        words[0] = _verb_form(words[0], tag)
    elif pos == "NOUN" and tag in {"NNS", "NNPS"} and words and not words[-1].endswith("s"):
        last = words[-1]
        words[-1] = (
            "men"
            if last == "man"
            else last[:-1] + "ies"
            if last.endswith("y") and last[-2:-1] not in "aeiou"
            else last + "s"
        )
    return " ".join(words)


def _verb_form(base: str, tag: str) -> str:
    irregular = _IRREGULAR.get(base)
    if tag in {"VBD", "VBN"}:
        if irregular:
            return irregular[0] if tag == "VBD" else irregular[1]
        if base.endswith("e"):
            return base + "d"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            return base[:-1] + "ied"
        return base + "ed"
    if tag == "VBZ":
        if irregular:
            return irregular[2]
        if base.endswith(("s", "sh", "ch", "x")):
            return base + "es"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            return base[:-1] + "ies"
        return base + "s"
    if tag == "VBG":
        if base == "be":
            return "being"
        if base.endswith("e") and not base.endswith("ee"):
            return base[:-1] + "ing"
        return base + "ing"
    return base


def _cased(alternative: str, original: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return alternative[:1].upper() + alternative[1:]
    return alternative
