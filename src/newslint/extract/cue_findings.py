"""A document's finding the parse does not give: "..., police data show.", "Figures from the
regulator show demand rose 7%". The small English model often makes "data show" one compound
noun, or hangs "hospital figures" on a preposition before it, so the verb cue finds no subject
and the figure looks unsourced; the words around are read here instead (the verb cue had its
turn first), and only in these two shapes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.cue import Cue
from newslint.extract.cue_clauses import doc_text, strip_final_stop, trim
from newslint.extract.lexicon import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the present and past of the verbs a document finds with ("the survey shows", "data suggest")
_FINDING_FORMS = {
    "show", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates",
    "indicated", "reveal", "reveals", "revealed",
}  # fmt: skip
# words a subject may hold between its document noun and the verb: "figures from the
# regulator", "a report by the auditor", "records of the club"
_SUBJECT_PREPS = {"from", "by", "of", "for", "to"}
_SUBJECT_WORDS = {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ", "PUNCT"}


def finding_noun_cue(token: Token) -> Cue | None:
    """A finding verb with no subject from the parse, after words that hold a document noun: the
    subject is the speaker; the rest of the sentence on the far side is the finding."""
    if token.lower_ not in _FINDING_FORMS:
        return None
    sent = token.sent
    start = _subject_start(token)
    if start is None:
        return None
    doc = token.doc
    speaker = doc[start : token.i]
    after = [t for t in doc[token.i + 1 : sent.end] if not t.is_space]
    if not after or after[0].is_punct:
        # the tag shape: "Ridership fell 18% last year, police data show(, though ...)."
        if start < sent.start + 2 or doc[start - 1].text != ",":
            return None
        content = trim(doc_text(doc), sent.start_char, doc[start - 1].idx)
        return Cue([token], speaker, content, "parenthetical") if content else None
    # the lead shape: "Figures from the regulator show (that) demand rose 7 per cent."
    if start != sent.start or not any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    first = after[1] if after[0].lower_ == "that" and len(after) > 1 else after[0]
    content = strip_final_stop(doc_text(doc), trim(doc_text(doc), first.idx, sent.end_char))
    return Cue([token], speaker, content, "clause") if content else None


def _subject_start(token: Token) -> int | None:
    """Where the subject before the verb starts, if it is a noun phrase (with an "of"/"from"
    tail) whose first noun is a document: "police data", "the club's annual report",
    "figures from the energy regulator"; None otherwise."""
    sent = token.sent
    i = token.i - 1
    while i >= sent.start and _subject_word(token.doc[i]):
        i -= 1
    start = i + 1
    words = [t for t in token.doc[start : token.i] if not t.is_punct]
    if not words or token.doc[token.i - 1].is_punct or words[0].pos_ == "CCONJ":
        return None
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
    # the head is the last noun before any preposition: "figures (from the regulator)"
    head_part = []
    for t in words:
        if t.lower_ in _SUBJECT_PREPS or t.tag_ == "VBN":
            break
        head_part.append(t)
    head_nouns = [t for t in head_part if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns or not head_nouns:
        return None
    head = head_nouns[-1]
    if head.lower_ not in DOCUMENT_NOUNS and head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return start


def _subject_word(t: Token) -> bool:
    if t.pos_ == "PUNCT":
        return t.text in {"'", "’", "-"}  # "the club's", "year-end"
    # a participle names who made it: "records kept by the office", "data compiled for"
    return t.pos_ in _SUBJECT_WORDS or t.lower_ in _SUBJECT_PREPS or t.tag_ == "VBN"
