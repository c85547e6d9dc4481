"""Cues without a reporting verb of their own: "according to X", a claim noun with its owner
("his claim that ..."), a stance adjective ("critical of"), a dash signature and a "Name:" line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.complements import is_audience
from newslint.extract.cue import Cue
from newslint.extract.cue_clauses import (
    can_hold_a_view,
    clause_span,
    doc_text,
    is_when,
    noun_phrase,
    strip_final_stop,
    subject_of,
    trim,
)
from newslint.extract.infinitives import (
    is_infinitive,
    speech_act_noun,
)
from newslint.extract.lexicon import (
    CLAIM_NOUNS,
    COMMUNICATION_VERBS,
    STANCE_ADJECTIVES,
)
from newslint.extract.marks import CLOSING, STRAIGHT
from newslint.extract.speaker_forms import written_as_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def according_cue(token: Token) -> Cue | None:
    if token.lower_ != "according":
        return None
    doc = token.doc
    to = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to":
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    speaker = noun_phrase(obj)
    # "according to analysts Nielsen//NetRatings": the parser hung the name beside the noun
    beside = next(
        (
            c
            for c in token.children
            if c.dep_ in {"pobj", "appos"} and c.i == speaker.end and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )
    if beside is not None:
        speaker = doc[speaker.start : beside.right_edge.i + 1]
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    sent = token.sent
    if all(t.i in phrase or t.is_punct or t.is_space for t in sent):
        # "According to the host Ken Marsh, the decision smacks of panic": the parser hung the
        # whole sentence on "according"; the phrase ends at a comma
        cut = _phrase_end(to)
        if cut is None:
            return None
        phrase = {i for i in phrase if i < cut}
        speaker = doc[speaker.start : min(speaker.end, cut)]
    tokens = [t.i for t in sent if t.i not in phrase and not t.is_space]
    # the claim is the rest of the sentence on the side away from the attribution
    before = [i for i in tokens if i < token.i]
    after = [i for i in tokens if i > max(phrase)]
    side = after if len([i for i in after if not doc[i].is_punct]) > 2 else before
    if after and _joined(doc, before):
        side = after  # "Prices rose, and according to the survey, wages fell"
    if not side:
        return None
    content = _piece(doc, side)
    if _one_clause_around(doc, before, after):
        # "The levy, according to the unit, would cost £40m", "Bills would fall 12 percent,
        # according to the unit, more than it forecast": the words on both sides
        parts = [p for p in (_piece(doc, before), _piece(doc, after)) if p is not None]
        if len(parts) == 2:
            return Cue([token, to], speaker, (parts[0][0], parts[1][1]), "according", parts)
    return Cue([token, to], speaker, content, "according")


def _piece(doc: Doc, indices: list[int]) -> tuple[int, int] | None:
    last = doc[indices[-1]]
    span = trim(doc_text(doc), doc[indices[0]].idx, last.idx + len(last.text))
    return strip_final_stop(doc_text(doc), span)


def _one_clause_around(doc: Doc, before: list[int], after: list[int]) -> bool:
    """Words on both sides of a set-off "according to" phrase, not two clauses joined there
    ("Prices rose, and according to the survey, wages fell")."""
    if not any(not doc[i].is_punct for i in before) or not any(not doc[i].is_punct for i in after):
        return False
    return not _joined(doc, before)


_JOINS = {"and", "but", "while", "whereas", "yet", "so", ";"}


def _joined(doc: Doc, before: list[int]) -> bool:
    """The words before end on a conjunction or a semicolon: a clause ends there."""
    last = next((doc[i] for i in reversed(before) if doc[i].text != ","), None)
    return last is not None and last.lower_ in _JOINS


def _phrase_end(to: Token) -> int | None:
    """The comma that ends an "according to" phrase: the first after which a verb comes
    before the next comma ("according to John Hale, a professor, the plan will fail" skips
    the apposition), else the last."""
    sent = to.sent
    commas = [t.i for t in sent if t.i > to.i and t.text == ","]
    for n, comma in enumerate(commas):
        stop = commas[n + 1] if n + 1 < len(commas) else sent.end
        if any(t.pos_ in {"VERB", "AUX"} for t in to.doc[comma + 1 : stop]):
            return comma
    return commas[-1] if commas else None


# "faced criticism for", "drew questions about": the subject is the target, not the holder
_RECEIVING_VERBS = {
    "face",
    "receive",
    "escape",
    "draw",
    "get",
    "attract",
    "earn",
    "weather",
    "field",
    "endure",
    "suffer",
    "take",
    "hear",
    "read",
    "rate",
    "answer",
}


def noun_cue(token: Token) -> Cue | None:
    """ "Trump's claim that ...", "the minister's warning", "voiced concern that ...":
    a claim noun with its owner, or the object of a verb whose subject holds the claim."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
        return None
    clause = next((c for c in token.children if c.dep_ in {"acl", "ccomp"} and c.i > token.i), None)
    if clause is not None and _names_it(clause):
        clause = None  # 'its report titled "Holding On"': the report's name, not its words
    if clause is not None and is_infinitive(clause) and not speech_act_noun(token):
        # "the plan to cut 300 jobs", "her decision to quit": an intention, not words
        return None
    infinitive = clause is not None and is_infinitive(clause)
    content = clause_span(clause) if clause is not None else None
    if infinitive and clause is not None and content is not None:
        # "an appeal for anyone with footage to contact them": who is told is part of it
        told = [c for c in token.children if c.dep_ == "prep" and token.i < c.i < clause.i]
        if told:
            content = (told[0].idx, content[1])
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.lower_ in {"its", "their", "his", "her", "my", "our", "your"} and (
            content is None or infinitive
        ):
            # "their offer to buy the club": an act named again, not words reported
            return None
        return Cue([token], noun_phrase(owner), content, "noun")
    if content is not None and not infinitive and clause is not None and _that_clause(clause):
        told_by = _source_after(token)
        if told_by is not None:
            # "reports in the Harbour Times that ...", "claims by the union that ...": the
            # source named after the noun
            return Cue([token], noun_phrase(told_by), content, "noun")
        if (
            token.lower_ == "reports"
            and token.dep_ in {"pobj", "dobj"}
            and not any(c.dep_ in {"det", "poss"} for c in token.children)
        ):
            # "asked about reports that ...": what the press has reported, as "reports say"
            return Cue([token], token.doc[token.i : token.i + 1], content, "noun")
    # "expressed concern that ...", "made the case for ...": the noun carries the position
    verb = token.head
    if (
        token.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in COMMUNICATION_VERBS | _RECEIVING_VERBS
    ):
        return None
    if content is None:
        about = next(
            (
                c
                for c in list(token.children) + list(verb.children)
                if c.dep_ == "prep"
                and c.lower_ in {"about", "over", "on", "for", "against"}
                and c.i > token.i
                # "sent a letter on Thursday", "had a question for the minister": when, and
                # who it was for, not what it was about
                and not is_when(c)
                and not (c.lower_ == "for" and _addressed(token, c))
            ),
            None,
        )
        content = clause_span(about) if about is not None else None
    speaker = subject_of(verb)
    if content is None or speaker is None or not can_hold_a_view(speaker):
        return None
    doc = token.doc
    # "whatever criticism they have voiced": the object before its verb is the cue on its own
    tokens = list(doc[verb.i : token.i + 1]) if 0 <= token.i - verb.i <= 3 else [token]
    return Cue(tokens, speaker, content, "noun")


def _that_clause(clause: Token) -> bool:
    """A clause that says what the noun holds ("that two buyers had approached the board"), not
    one that describes the noun ("reports that were published on Monday")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _source_after(noun: Token) -> Token | None:
    """The source given after a claim noun, before its clause: "reports in the Harbour Times",
    "claims by the union", "warnings from doctors" (not a time: "claims on Monday")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "by", "from"} or is_when(prep):
            continue
        source = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if (
            source is not None
            and source.pos_ in {"NOUN", "PROPN"}
            and source.ent_type_
            not in {
                "DATE",
                "TIME",
                "GPE",
                "LOC",
            }
        ):
            return source
    return None


# participles that give a thing its name: "a report titled ...", "a campaign dubbed ..."
_NAMING = {"title", "entitle", "call", "name", "dub", "headline", "label", "subtitle", "brand"}


def _names_it(clause: Token) -> bool:
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in _NAMING


# what is sent or put to someone: its "for" names who gets it ("a question for the minister"),
# where "the case for", "support for" name what is argued for
_ADDRESSED = {"question", "letter", "message", "note", "request", "memo", "email", "invitation",
              "advice", "instruction", "reply", "answer", "warning", "plea"}  # fmt: skip


def _addressed(noun: Token, prep: Token) -> bool:
    return noun.lemma_.lower() in _ADDRESSED and any(is_audience(o) for o in prep.children)


_STANCE_PREPS = {"about", "of", "over", "with", "against"}


def stance_cue(token: Token) -> Cue | None:
    """ "Mr Obama is determined to warn ...", "She is sure that ...": a stance adjective."""
    if (
        token.pos_ != "ADJ"
        or token.dep_ != "acomp"
        or token.lemma_.lower() not in STANCE_ADJECTIVES
    ):
        return None
    verb = token.head
    # "worried about the vote", "sure that ...", "eager to"; not "critical to his success"
    complement = next(
        (
            c
            for c in token.children
            if c.i > token.i
            and (c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in _STANCE_PREPS))
        ),
        None,
    )
    speaker = subject_of(verb)
    if complement is None or speaker is None or is_infinitive(complement):
        # "is keen to expand", "reluctant to intervene": a disposition to act, not a view
        return None
    doc = token.doc
    tokens = list(doc[min(verb.i, token.i) : token.i + 1])
    return Cue(tokens, speaker, clause_span(complement), "stance")


def dash_cue(token: Token) -> Cue | None:
    """'"...." ― Jane Smith': a quotation signed with a dash and a name."""
    dash = token.text[-1:]
    if dash not in {"―", "—", "–"} or token.i == 0 or token.i + 1 >= len(token.doc):
        return None
    doc = token.doc
    # the closing mark is its own token (maybe before a no-break space: '”\xa0―'), or glued
    # to the dash by the tokenizer ("”―")
    before = token.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    mark = token.text[:-1] or doc[before].text
    if len(mark) != 1 or mark not in CLOSING + STRAIGHT:
        return None
    start = token.i + 1
    while start < len(doc) and doc[start].is_space:  # "”― Jane Smith" with a no-break space
        start += 1
    end = start
    while end < len(doc) and end - start < 5 and (doc[end].pos_ == "PROPN" or doc[end].is_title):
        end += 1
    if end == start:
        return None
    return Cue([token], doc[start:end], None, "dash")


# "Ana Torres: we will rebuild", and a transcript's turn inside quotation marks: '"WALLACE: ...'
_COLON_LINE = re.compile(r"^\s*[\"“]?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S")


def dateline(cue: Cue, paragraphs: list[tuple[int, int]]) -> bool:
    """ "PUNE: The Pune Municipal Corporation on Sunday announced ...": a place in capitals
    opening the article's first paragraph is its dateline, not a speaker's turn (a transcript
    has turns in several paragraphs)."""
    name = cue.speaker
    return (
        name is not None
        and len(paragraphs) > 1
        and paragraphs[1][0] <= name.start_char < paragraphs[1][1]
        and name.text.isupper()
    )


def colon_cue(doc: Doc, start: int, end: int) -> Cue | None:
    """A "Name: words" line: a transcript turn or a headline's attribution."""
    m = _COLON_LINE.match(doc_text(doc)[start:end])
    if not m:
        return None
    name = doc.char_span(start + m.start(1), start + m.end(1), alignment_mode="expand")
    colon_at = start + m.group(0).rindex(":")
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if name is None or colon is None:
        return None
    if not any(t.pos_ == "PROPN" for t in name) and not (
        # "Sanders: Clinton needs to ...", the tagger's plural noun: a person's name the
        # article writes ("Budget: winners and losers" is a topic)
        len(name) == 1 and written_as_name(name[0]) and _a_person_elsewhere(name[0])
    ):
        return None
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in name):
        return None
    content = trim(doc_text(doc), colon_at + 1, end)
    return Cue(list(colon), name, content, "colon")


def _a_person_elsewhere(word: Token) -> bool:
    """A person the tagger found elsewhere in the article bears the word: "Bernie Sanders"."""
    return any(
        e.label_ == "PERSON"
        and not e.start <= word.i < e.end
        and any(t.lower_ == word.lower_ for t in e)
        for e in word.doc.ents
    )


# cues that report words said or written; the others read a position from an ordinary verb,
# noun or adjective ("welcomed the move", "voiced concern", "is wary of", "was backed by")
