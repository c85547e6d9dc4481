"""Speech verbs that report nothing: the speaker cannot speak, or the verb is not saying.

"the council's rules say", "if you asked them", "nobody said", "few realise that", what voters
"said" in a ballot, "welcomed the move": a cue finder drops a verb any of these reads true of.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from newslint.extract.cue_clauses import can_hold_a_view
from newslint.extract.lexicon import CLAIM_NOUNS, DOCUMENT_NOUNS
from newslint.extract.speaker_phrases import speaker_head

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def is_owned_thing(speaker: SpacySpan | None) -> bool:
    """A speaker that is something someone owns, not a person, a body or a document: "the
    firm's new chip", "the council's rules" (the owner may speak; what it owns does not)."""
    if speaker is None:
        return False
    head = speaker_head(speaker)
    return (
        head.pos_ == "NOUN"
        and any(c.dep_ == "poss" for c in head.children)
        and not can_hold_a_view(speaker)
    )


# what "reads": "the letter reads", "the sign read", "a note recovered from the branch read"
_WRITTEN = DOCUMENT_NOUNS | {"sign", "headline", "banner", "placard", "caption", "inscription",
                             "plaque", "slogan", "poster", "card", "label"}  # fmt: skip


def is_written(speaker: SpacySpan | None) -> bool:
    if speaker is None:
        return False
    head = speaker_head(speaker)
    return head.lemma_.lower() in _WRITTEN or head.lower_ in _WRITTEN


_CONDITIONAL = {"would", "could", "might", "may", "'d", "should"}
_IF = {"if", "unless", "until", "whenever", "lest"}


def hypothetical(verb: Token) -> bool:
    return any(
        (c.dep_ == "aux" and c.lower_ in _CONDITIONAL)
        or (c.dep_ == "mark" and c.lower_ in _IF)
        or (c.dep_ in {"dative", "dobj"} and c.lower_ == "you")
        for c in verb.children
    )


_VOTES = {"referendum", "ballot", "vote", "election", "plebiscite", "poll"}


def in_a_vote(verb: Token, speaker: SpacySpan) -> bool:
    """What voters "said" in a referendum or ballot is how they voted: a result, not a
    statement ("most voters said the town should keep its school, in the 1998 ballot")."""
    if speaker_head(speaker).lemma_.lower() != "voter":
        return False
    return any(
        t.dep_ == "pobj" and t.lemma_.lower() in _VOTES and t.head.lower_ in {"in", "at"}
        for t in verb.subtree
    )


def is_nobody(speaker: SpacySpan) -> bool:
    """ "No-one", "nobody", "none of them": a speaker who is no one."""
    doc = speaker.doc
    words = [t.lower_ for t in doc[max(0, speaker.start - 2) : speaker.end] if t.text != "-"]
    return any(w in {"nobody", "none", "noone", "no-one"} for w in words) or any(
        a == "no" and b == "one" for a, b in pairwise(words)
    )


# factive verbs: their clause is given as true by whoever writes the sentence
_FACTIVE_VERBS = {"realise", "realize", "know", "notice", "remember", "appreciate", "recall"}
_BARE_QUANTIFIERS = {"few", "many", "most", "everyone", "everybody"}


def few_know(speaker: SpacySpan, lemma: str) -> bool:
    """ "Few realise that ...", "Many know that ...": a bare quantifier knowing a fact is the
    reporter stating the fact and how well known it is, not a source claiming it."""
    words = [t.lower_ for t in speaker if not t.is_punct]
    # a subject of punctuation alone ("[Ted]\u00a0knows": the parser takes "]") has no words
    return lemma in _FACTIVE_VERBS and 0 < len(words) <= 2 and words[-1] in _BARE_QUANTIFIERS


# verbs of judgement that take a noun, not a clause: "welcomed the move", "praised the staff"
JUDGING_VERBS = {
    "welcome", "praise", "criticise", "criticize", "condemn", "denounce", "support", "oppose",
    "attack", "slam", "blast", "mock", "defend", "endorse", "decry", "tout", "hail", "applaud",
}  # fmt: skip
# nouns that take a "that" clause of their own: "appealed against a finding that ..."
_CLAUSE_NOUNS = CLAIM_NOUNS | {
    "finding", "ruling", "decision", "judgment", "judgement", "verdict", "conclusion", "view",
    "idea", "notion", "belief", "fact", "news", "report", "reports", "suggestion", "suggestions",
}  # fmt: skip


def noun_owns_clause(verb: Token, clause: Token) -> bool:
    """ "appealed against a finding by the judges that it was lawful": the clause is what the
    finding says (the parser hung it on the verb); a clause noun between the verb and the
    clause, in the verb's object or prepositional phrase, owns it."""
    start = clause.left_edge.i
    for child in verb.children:
        if child.dep_ not in {"prep", "dobj"} or not verb.i < child.i < start:
            continue
        if child.dep_ == "prep" and child.lower_ in {"in", "on", "via", "through", "during"}:
            continue  # "said in a statement that ...": the noun is how it was said
        nouns = child.subtree if child.dep_ == "prep" else [child]
        if any(
            t.i < start and t.pos_ == "NOUN" and t.lemma_.lower() in _CLAUSE_NOUNS for t in nouns
        ):
            return True
    return False


# a particle that turns a verb of saying or backing into an act: "called off the wedding"
# (cancelled), "wrote off the debt", "backed down", "told the twins apart"
_ACT_PARTICLES = {
    "call": {"off"},
    "write": {"off", "down"},
    "back": {"down", "off", "away"},
    "tell": {"apart"},
    "put": {"off"},
}


def phrasal_act(verb: Token) -> bool:
    particles = _ACT_PARTICLES.get(verb.lemma_.lower())
    return particles is not None and any(
        c.dep_ == "prt" and c.lower_ in particles for c in verb.children
    )
