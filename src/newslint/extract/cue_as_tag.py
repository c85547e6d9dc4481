"""An "as" tag: "As the memo put it, the scheme ...", "The tax, as one economist noted,
would ...": the clause the tag hangs on is what was said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.complements import is_audience
from newslint.extract.cue import Cue
from newslint.extract.cue_clauses import around, is_when
from newslint.extract.lexicon import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# verbs that attribute the wording of a clause in an "as" tag: "as the memo put it", "as she
# noted" (not what someone knew, felt or expected: "as everyone expected" is no statement)
_AS_TAG_VERBS = {"put", "say", "write", "note", "tell", "explain", "argue", "observe", "remark",
                 "report", "state", "claim", "warn", "predict", "declare", "tweet", "post",
                 "testify", "acknowledge", "concede", "add", "stress", "insist", "point",
                 "complain", "joke", "quip", "conclude", "recall"}  # fmt: skip


def as_tag_cue(
    token: Token, speaker: SpacySpan | None, tokens: list[Token], children: list[Token]
) -> Cue | None:
    """ "As the memo put it, the scheme ...", "The tax, as one economist noted, would ...": a
    tag clause opened by "as" gives the words of the clause it hangs on; its object, if any,
    is "it" pointing at them or who heard them ("as she put it on the table" is no tag: it
    has a place)."""
    if (
        speaker is None
        or token.dep_ != "advcl"
        or token.lemma_.lower() not in _AS_TAG_VERBS
        or token.tag_ == "VBG"  # "as she was saying goodbye": a time, not a tag
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
    ):
        return None
    objects = [
        c
        for c in children
        if c.dep_ in {"dobj", "ccomp", "xcomp", "prt", "dative"}
        and not (c.dep_ == "prt" and c.lower_ == "out")  # "as she pointed out"
    ]
    if any(c.dep_ not in {"dobj", "dative"} or not _it_or_hearer(c) for c in objects):
        return None
    if token.lemma_.lower() == "put" and not (objects and all(_in_words(c) for c in children)):
        return None  # "as she put it on the shelf": a place, so an act
    # "The levy, as one economist put it, would ...": the parser may hang the tag on the
    # subject; the words are then the whole sentence's
    clause = token.head if token.head.pos_ in {"VERB", "AUX"} else token.sent.root
    if clause.pos_ not in {"VERB", "AUX"} or token not in clause.subtree:
        return None
    parts = around(clause, token)
    if not parts:
        return None
    return Cue(tokens, speaker, (parts[0][0], parts[-1][1]), "parenthetical", parts)


def _it_or_hearer(obj: Token) -> bool:
    return obj.lower_ == "it" or obj.dep_ == "dative" or is_audience(obj)


def _in_words(child: Token) -> bool:
    """Not a place a thing is put: "put it in a statement", "put it on Tuesday"."""
    if child.dep_ != "prep" or is_when(child):
        return True
    return child.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SPOKEN_FORMS for o in child.children
    )


SPOKEN_FORMS = DOCUMENT_NOUNS | {
    "interview",
    "speech",
    "tweet",
    "post",
    "address",
    "remark",
    "podcast",
}
