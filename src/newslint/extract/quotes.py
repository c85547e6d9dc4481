"""Quotes and reported speech: what was said, the cue that reports it, and who said it.

Three passes over one parsed article:

1. quotation marks are paired paragraph by paragraph (straight and curly marks; a quote that
   runs on has no closing mark at a paragraph's end and an opening mark on the next; a mark
   left open ends with its paragraph, so a stray mark never swallows the article);
2. cues are read from the dependency parse: a verb with a reported clause (ccomp), a
   communication verb with an infinitive or noun claim, "according to X", a "Name:" line;
   the speaker is the verb's subject as written, whole (titles, "of the ...", appositions);
3. each quotation is joined to the cue next to it ("...," he said / He said: "..."), split
   quotes ("A," he said, "B.") become one quote, pronoun speakers are resolved to the nearest
   person named before them, and every speaker is typed (see ``speakers.py``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newslint.budget import checkpoint
from newslint.extract.entities import People, Person, group_people
from newslint.extract.speakers import (
    ANONYMOUS_NOUNS,
    CLAIM_NOUNS,
    COMMUNICATION_VERBS,
    DOCUMENT_NOUNS,
    INFINITIVE_CLAIM_VERBS,
    NOT_CUES,
    OBJECT_CLAIM_VERBS,
    ORGANIZATION_NOUNS,
    OUTLET_WORDS,
    ROLE_NOUNS,
    STANCE_ADJECTIVES,
    TAG_VERBS,
    is_pronoun,
    pronoun_wants_person,
    speaker_head,
    speaker_type,
)
from newslint.report.model import Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from newslint.analysis import Analysis

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_MARKS = OPENING + CLOSING + STRAIGHT
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_EDGE = " \t\n,;:—–-"
# a quotation this short with no cue of its own is a scare quote or a title, not a quote
MIN_UNCUED_WORDS = 6
# tokens allowed between a quotation and its cue: '," said the minister' / 'He said: "'
MAX_GAP_TOKENS = 12


@dataclass
class Marked:
    """A span between quotation marks, marks included; ``parts`` per paragraph."""

    start: int
    end: int
    closed: bool = True
    parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Cue:
    tokens: list[Token]
    speaker: SpacySpan | None
    content: tuple[int, int] | None  # clause or claim the parse gives, characters
    kind: str  # "clause", "infinitive", "object", "parenthetical", "according", "colon", "bare"
    parts: list[tuple[int, int]] | None = None  # content in pieces around a parenthetical cue

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)

    @property
    def word(self) -> Token:
        return self.tokens[-1] if self.kind == "according" else self.tokens[0]


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Every quote and attributed claim in the article, in order of position."""
    text = analysis.text
    if not text.strip():
        return []
    return quotes_in(analysis.doc, [(p.start, p.end) for p in analysis.paragraphs])


def quotes_in(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    text = _text(doc)
    marked = quotation_marks(text, paragraphs)
    inside = _inside_index(len(text), marked)
    cues = _outermost([c for c in find_cues(doc, paragraphs) if not inside[c.start]])
    people = group_people(doc)
    attributions = _attach(doc, cues, marked, paragraphs)
    quotes = [_to_quote(doc, a, people) for a in attributions]
    quotes.sort(key=lambda q: (q.start, q.end))
    _resolve_pronouns(doc, quotes, people)
    return quotes


def _text(doc: Doc) -> str:
    """The doc's text, joined once (spaCy rebuilds ``Doc.text`` on every access)."""
    text = doc.user_data.get("newslint_text")
    if text is None:
        text = doc.user_data["newslint_text"] = doc.text
    return text


# -- 1. quotation marks -------------------------------------------------------------------


def quotation_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Pair the double quotation marks of each paragraph; headline single quotes too."""
    found: list[Marked] = []
    pending: Marked | None = None  # a quote left open at the end of the previous paragraph
    for n, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        lead = len(para) - len(para.lstrip())
        opens_with_mark = para.lstrip()[:1] in OPENING + STRAIGHT
        if pending is not None and not opens_with_mark:
            found.append(pending)  # unbalanced: it ends with its paragraph
            pending = None
        open_at: int | None = None
        continuing = pending
        pending = None
        for i, ch in enumerate(para):
            if ch not in _MARKS:
                continue
            pos = p_start + i
            is_open = ch in OPENING or (ch == STRAIGHT and open_at is None)
            if continuing is not None and i == lead:
                open_at = pos  # the opening mark that continues last paragraph's quote
                continue
            if is_open:
                if open_at is not None and ch in OPENING:
                    # a second opening mark: the first was never closed
                    found.append(_close(continuing, open_at, _trim_end(text, open_at, pos), False))
                    continuing = None
                open_at = pos
            elif open_at is not None:
                found.append(_close(continuing, open_at, pos + 1, True))
                continuing, open_at = None, None
        if open_at is not None:
            end = _trim_end(text, open_at, p_end)
            part = Marked(open_at, end, closed=False, parts=[(open_at, end)])
            if continuing is not None:
                part = Marked(continuing.start, end, False, [*continuing.parts, (open_at, end)])
            pending = part
        if n == 0 and not any(p_start <= m.start < p_end for m in found):
            found.extend(_headline_single_quotes(text, p_start, p_end))
    if pending is not None:
        found.append(pending)
    found.sort(key=lambda m: m.start)
    return found


def _close(continuing: Marked | None, open_at: int, end: int, closed: bool) -> Marked:
    if continuing is None:
        return Marked(open_at, end, closed, [(open_at, end)])
    return Marked(continuing.start, end, closed, [*continuing.parts, (open_at, end)])


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)(.+?)(?<=[\w.!?,])[’'](?!\w)")


def _headline_single_quotes(text: str, start: int, end: int) -> list[Marked]:
    """Single quotes in a headline-like first paragraph: 'We will win', says minister."""
    line = text[start:end]
    if len(line.split()) > 25 or "\n" in line.strip() or line.rstrip().endswith("."):
        return []
    return [
        Marked(start + m.start(), start + m.end(), True, [(start + m.start(), start + m.end())])
        for m in _SINGLE.finditer(line)
    ]


def _inside_index(length: int, marked: list[Marked]) -> bytearray:
    inside = bytearray(length + 1)
    for m in marked:
        for a, b in m.parts:
            inside[a:b] = b"\x01" * (b - a)
    return inside


# -- 2. cues from the parse ---------------------------------------------------------------


def find_cues(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[Cue]:
    cues: list[Cue] = []
    for token in doc:
        if token.i % 4096 == 0:
            checkpoint()
        cue = (
            _verb_cue(token)
            or _according_cue(token)
            or _noun_cue(token)
            or _dash_cue(token)
            or _stance_cue(token)
        )
        if cue is not None:
            cues.append(cue)
    for start, end in paragraphs or []:
        cue = _colon_cue(doc, start, end)
        if cue is not None:
            cues.append(cue)
    cues.sort(key=lambda c: c.start)
    return cues


def _verb_cue(token: Token) -> Cue | None:
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() in NOT_CUES:
        return None
    lemma = token.lemma_.lower()
    speaker = _subject(token)
    children = list(token.children)
    ccomp = [c for c in children if c.dep_ == "ccomp"]
    lexical = lemma in COMMUNICATION_VERBS
    if not ccomp and lexical:
        # "continues to insist, in an interview, that ...": the parser hung the "that" clause
        # on the verb above as an adverbial clause
        hosts = children + (list(token.head.children) if token.dep_ == "xcomp" else [])
        ccomp = [c for c in hosts if c.dep_ == "advcl" and c.i > token.i and _that_clause(c)]
    cue_tokens = _cue_tokens(token)
    # only lexicon verbs are cues, so a sentence can be picked for parsing by its words alone
    if ccomp and speaker is not None and lexical:
        content = _clause_span(ccomp[0], exclude=token)
        return Cue(cue_tokens, speaker, content, "clause")
    if (
        ccomp
        and speaker is None
        and lemma in TAG_VERBS
        and any(c.dep_ == "auxpass" for c in children)
        and ccomp[0].i > token.i
    ):
        # "It was reported that ...": a claim with no source given
        return Cue(cue_tokens, None, _clause_span(ccomp[0], exclude=token), "sourceless")
    if not lexical:
        return None
    if speaker is None and lemma in TAG_VERBS | OBJECT_CLAIM_VERBS:
        passive = _passive_claim(token, cue_tokens)
        if passive is not None:
            return passive
    if speaker is None and token.dep_ != "relcl":
        # "said" with no subject reports nothing we can attribute, except in a quote's tag
        return None
    if (
        token.dep_ in {"parataxis", "ccomp", "advcl"}
        and _own_subject(token) is not None
        and lemma in TAG_VERBS
        and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT"} for c in children)
        and (_set_off(token) or token.dep_ == "parataxis")
    ):
        # "The plan failed, he said." / "The plan, she said, failed."
        head = token.head
        if head.pos_ in {"VERB", "AUX", "NOUN", "ADJ", "PROPN"}:
            parts = _around(head, token)
            if parts:
                content = (parts[0][0], parts[-1][1])
                return Cue(cue_tokens, speaker, content, "parenthetical", parts)
    xcomp = [c for c in children if c.dep_ == "xcomp"]
    if xcomp and lemma in INFINITIVE_CLAIM_VERBS:
        return Cue(cue_tokens, speaker, _clause_span(xcomp[0]), "infinitive")
    objects = [c for c in children if c.dep_ in {"dobj", "attr"}]
    if lemma in OBJECT_CLAIM_VERBS:
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "about"}:
                objects.append(prep)
        if objects:
            obj = objects[0]
            # "announced plans this week to give ...", "cited the audit as the reason"
            rest = [
                c
                for c in children
                if c.i > obj.i
                and (
                    c.dep_ in {"xcomp", "ccomp", "oprd"}
                    or (c.dep_ == "prep" and c.lower_ in _POSITION_PREPS and not _when(c))
                )
            ]
            content = _clause_span(obj)
            if rest and content is not None:
                doc = token.doc
                last = doc[max(c.right_edge.i for c in rest)]
                content = _trim(_text(doc), content[0], last.idx + len(last.text))
            return Cue(cue_tokens, speaker, content, "object")
    # passive: "The plan was backed by Ana Torres" -> the plan is what she backed
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None and speaker is not None and _agent(token) is not None:
        return Cue(cue_tokens, speaker, _clause_span(passive), "passive")
    # any other complement after the verb is what was said: "pitched the plan to voters"
    after = [
        c
        for c in children
        if c.i > token.i
        and c.dep_ not in {"punct", "cc", "conj", "prt", "advmod", "npadvmod", "mark", "agent"}
        and c.dep_ not in _SUBJECTS
        # "spoke in Fort Worth", "reported from the border": where and when is not a position
        and not (c.dep_ == "prep" and (c.lower_ not in _POSITION_PREPS or _when(c)))
    ]
    if (
        after
        and speaker is not None
        and lemma not in _PLAIN_SENSE
        and _can_hold_a_view(speaker)
        and speaker[0].lower_ not in {"who", "which", "that"}
    ):
        start = min(c.left_edge.i for c in after)
        end = max(c.right_edge.i for c in after)
        doc = token.doc
        content = _trim(_text(doc), doc[start].idx, doc[end].idx + len(doc[end].text))
        return Cue(cue_tokens, speaker, content, "complement")
    # a closing tag the parser did not hang the clause on: "The wing cost £48m, the board said."
    if speaker is not None and token.i > 0:
        sent = token.sent
        tag_start = min(speaker.start, token.i)
        doc = token.doc
        if (
            tag_start > sent.start + 2
            and doc[tag_start - 1].text == ","
            and all(t.is_punct for t in doc[token.i + 1 : sent.end])
        ):
            content = _trim(_text(doc), sent.start_char, doc[tag_start - 1].idx)
            if content:
                return Cue(cue_tokens, speaker, content, "parenthetical")
    return Cue(cue_tokens, speaker, None, "bare")


def _passive_claim(verb: Token, cue_tokens: list[Token]) -> Cue | None:
    """ "The plan has been widely criticised for its cost": a judgement with no source given.
    The claim is the passive subject with what follows the verb."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in children):
        return None
    if subject.lower_ in {"it", "which", "that", "who"}:
        return None
    after = [
        c
        for c in children
        if c.i > verb.i
        and (
            c.dep_ in {"xcomp", "oprd", "ccomp"}
            or (c.dep_ == "prep" and c.lower_ in _POSITION_PREPS and not _when(c))
        )
    ]
    if not after:
        return None  # "Heavy snow is expected in the north": no judgement, a forecast of events
    doc = verb.doc
    text = _text(doc)
    head = _trim(text, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    if head is None:
        return None
    parts = [head]
    last = doc[max(c.right_edge.i for c in after)]
    first = doc[min(c.left_edge.i for c in after)]
    tail = _trim(text, first.idx, last.idx + len(last.text))
    if tail is not None:
        parts.append(tail)
    return Cue(cue_tokens, None, (parts[0][0], parts[-1][1]), "sourceless", parts)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _subject(verb: Token) -> SpacySpan | None:
    doc = verb.doc
    # nearest subject first: a misparse can hang two subjects on one verb
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ in _SUBJECTS:
            if child.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                return verb.doc[child.i : child.i + 1]  # typed by its antecedent
            if child.dep_ == "nsubjpass":
                agent = _agent(verb)
                return agent
            if child.lower_ in {"there"}:
                return None
            return _noun_phrase(child)
        if child.dep_ == "expl":
            return None
    agent = _agent(verb)
    if agent is not None:
        return agent
    # "He stood up and said ...", "he said, adding that ...": the verb shares its subject
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    # "was able to tout his record": the adjective's verb has the subject
    if (
        verb.dep_ == "xcomp"
        and verb.head.dep_ == "acomp"
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        return _subject(verb.head.head)
    # "..., he said, adding that": only a reporting verb lends its subject to a participle
    if (
        verb.dep_ in {"advcl", "acl"}
        and verb.tag_ == "VBG"
        and (
            verb.head.lemma_.lower() in COMMUNICATION_VERBS
            or verb.lemma_.lower() in TAG_VERBS | OBJECT_CLAIM_VERBS
        )
    ):
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return _noun_phrase(verb.head, stop=verb)  # "a tweet attacking her rival"
        if verb.head.pos_ in {"VERB", "AUX"}:
            return _subject(verb.head)
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _noun_phrase(verb.head, stop=verb)
    # "began by saying ...", "in defending himself": a reporting gerund after a preposition
    # takes the subject of the verb the preposition hangs on
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in COMMUNICATION_VERBS
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        return _subject(verb.head.head)
    del doc
    return None


# verbs whose plain object is more often a thing than a position: "saw their ratings fall"
_PLAIN_SENSE = {
    "see",
    "hear",
    "set",
    "push",
    "raise",
    "require",
    "allow",
    "play",
    "lay",
    "put",
    "sign",
    "eye",
    "float",
    "spell",
    "seek",
    "aim",
    "find",
    "learn",
}


# prepositions that introduce what a position is about: "spoke against the plan"
_POSITION_PREPS = {
    "about",
    "on",
    "of",
    "against",
    "over",
    "with",
    "for",
    "to",
    "as",
    "into",
    "toward",
    "towards",
    "behind",
    "upon",
    "out",
}


def _when(prep: Token) -> bool:
    """ "on Thursday", "for two hours": a time, not a topic."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.children if t.dep_ == "pobj")


_HOLDERS = ANONYMOUS_NOUNS | ROLE_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS | OUTLET_WORDS


def _can_hold_a_view(speaker: SpacySpan) -> bool:
    """A person, a group, a body or a document; not "this", "it" or a bulldozer."""
    head = speaker_head(speaker)
    low = head.lower_
    if low in {"he", "she", "they", "i", "we", "who", "you"}:
        return True
    if head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or head.pos_ == "PROPN":
        return True
    # plurals by their lemma: "polls show", "surveys found"
    if low in _HOLDERS or head.lemma_.lower() in _HOLDERS:
        return True
    # "a wide array of black artists", "one of the mayor's aides": a group of holders
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            o.dep_ == "pobj" and _can_hold_a_view(speaker.doc[o.i : o.i + 1])
            for o in child.children
        )
        for child in head.children
    )


def _set_off(verb: Token) -> bool:
    """The tag clause stands apart: a comma before it, and a comma or the sentence end after."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else "."
    if doc[right].is_punct and doc[right].text in ",.":
        after = doc[right].text
    return before in {",", "—", "–", "(", "--"} and (
        after in {",", ".", "!", "?", ";"} or after.isspace()
    )


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _agent(verb: Token) -> SpacySpan | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _noun_phrase(obj)
    return None


def _noun_phrase(head: Token, stop: Token | None = None) -> SpacySpan:
    """The subject as written: its whole subtree, cut before a clause it governs."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if stop is not None:
        right = min(right, stop.left_edge.i - 1)
    # a relative clause or quotation is not part of the name
    # a participle set off by a comma is the sentence's, not the name's: "Trump, speaking to"
    for token in doc[head.i + 1 : right + 1]:
        if (
            token.dep_ in {"acl", "advcl"}
            and token.tag_ == "VBG"
            and token.head == head
            and doc[token.left_edge.i - 1].text == ","
        ):
            right = min(right, token.left_edge.i - 2)
            break
    # a dateline or a lead-in before a dash or colon is not part of the name
    for i in range(head.i - 1, left - 1, -1):
        if doc[i].text in {"--", "—", "–", ":"}:
            left = i + 1
            break
    while right > left and (doc[right].is_punct or doc[right].is_space) and doc[right].text != ")":
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    # never reach into a quotation
    for i in range(head.i, right + 1):
        if doc[i].text in _MARKS and i > head.i:
            right = i - 1
            break
    for i in range(head.i, left - 1, -1):
        if doc[i].text in _MARKS and i < head.i:
            left = i + 1
            break
    # the head stays in: trimming punctuation from the left can pass it ("% » A spokesman")
    return doc[min(left, head.i) : max(right, head.i) + 1]


def _cue_tokens(verb: Token) -> list[Token]:
    """The verb with its auxiliaries and particle: "has said", "pointed out", "did not say"."""
    doc = verb.doc
    start = verb.i
    while (
        start > 0
        and doc[start - 1].dep_ in {"aux", "auxpass", "neg"}
        and doc[start - 1].head == verb
    ):
        start -= 1
    end = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return list(doc[start:end])


def _clause_span(
    head: Token, exclude: Token | None = None, drop_subtree: Token | None = None
) -> tuple[int, int] | None:
    """Characters of ``head``'s subtree, without the cue's own clause and edge punctuation."""
    doc = head.doc
    tokens = [t.i for t in head.subtree]
    if drop_subtree is not None:
        dropped = {t.i for t in drop_subtree.subtree}
        tokens = [i for i in tokens if i not in dropped]
    if exclude is not None:
        tokens = [i for i in tokens if i != exclude.i]
    if not tokens:
        return None
    # keep the run of tokens on the content's side, so the cue clause is not swallowed
    tokens.sort()
    if drop_subtree is not None:
        cut = drop_subtree.left_edge.i
        before = [i for i in tokens if i < cut]
        after = [i for i in tokens if i > drop_subtree.right_edge.i]
        tokens = before if len(before) >= len(after) else after
        if not tokens:
            return None
    start, end = doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]].text)
    return _trim(_text(doc), start, end)


def _around(head: Token, cue: Token) -> list[tuple[int, int]]:
    """The head clause's words before and after a parenthetical cue clause, as pieces."""
    doc = head.doc
    dropped = {t.i for t in cue.subtree}
    kept = [t.i for t in head.subtree if t.i not in dropped]
    pieces = []
    for side in (
        [i for i in kept if i < cue.left_edge.i],
        [i for i in kept if i > cue.right_edge.i],
    ):
        if side:
            span = _trim(_text(doc), doc[side[0]].idx, doc[side[-1]].idx + len(doc[side[-1]].text))
            if span and any(ch.isalnum() for ch in _text(doc)[span[0] : span[1]]):
                pieces.append(span)
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def _according_cue(token: Token) -> Cue | None:
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
    speaker = _noun_phrase(obj)
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    sent = token.sent
    tokens = [t.i for t in sent if t.i not in phrase and not t.is_space]
    # the claim is the rest of the sentence on the side away from the attribution
    before = [i for i in tokens if i < token.i]
    after = [i for i in tokens if i > max(phrase)]
    side = after if len([i for i in after if not doc[i].is_punct]) > 2 else before
    if not side:
        return None
    content = _trim(_text(doc), doc[side[0]].idx, doc[side[-1]].idx + len(doc[side[-1]].text))
    content = _strip_final_stop(_text(doc), content)
    return Cue([token, to], speaker, content, "according")


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


def _noun_cue(token: Token) -> Cue | None:
    """ "Trump's claim that ...", "the minister's warning", "voiced concern that ...":
    a claim noun with its owner, or the object of a verb whose subject holds the claim."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
        return None
    clause = next((c for c in token.children if c.dep_ in {"acl", "ccomp"} and c.i > token.i), None)
    content = _clause_span(clause) if clause is not None else None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.lower_ in {"its", "their", "his", "her", "my", "our", "your"} and content is None:
            return None
        return Cue([token], _noun_phrase(owner), content, "noun")
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
            ),
            None,
        )
        content = _clause_span(about) if about is not None else None
    speaker = _subject(verb)
    if content is None or speaker is None or not _can_hold_a_view(speaker):
        return None
    doc = token.doc
    tokens = list(doc[verb.i : token.i + 1]) if token.i - verb.i <= 3 else [token]
    return Cue(tokens, speaker, content, "noun")


_STANCE_PREPS = {"about", "of", "over", "with", "against"}


def _stance_cue(token: Token) -> Cue | None:
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
    speaker = _subject(verb)
    if complement is None or speaker is None:
        return None
    doc = token.doc
    tokens = list(doc[min(verb.i, token.i) : token.i + 1])
    return Cue(tokens, speaker, _clause_span(complement), "stance")


def _dash_cue(token: Token) -> Cue | None:
    """'"...." ― Jane Smith': a quotation signed with a dash and a name."""
    if token.text not in {"―", "—", "–"} or token.i == 0 or token.i + 1 >= len(token.doc):
        return None
    doc = token.doc
    if doc[token.i - 1].text not in CLOSING + STRAIGHT:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - token.i <= 5:
        end += 1
    if end == token.i + 1:
        return None
    return Cue([token], doc[token.i + 1 : end], None, "dash")


def _strip_final_stop(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span and text[span[1] - 1] == "." and span[1] - span[0] > 1:
        return span[0], span[1] - 1
    return span


_COLON_LINE = re.compile(r"^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S")


def _colon_cue(doc: Doc, start: int, end: int) -> Cue | None:
    """A "Name: words" line: a transcript turn or a headline's attribution."""
    m = _COLON_LINE.match(_text(doc)[start:end])
    if not m:
        return None
    name = doc.char_span(start + m.start(1), start + m.end(1), alignment_mode="expand")
    colon_at = start + m.group(0).rindex(":")
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if name is None or colon is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in name):
        return None
    content = _trim(_text(doc), colon_at + 1, end)
    return Cue(list(colon), name, content, "colon")


def _outermost(cues: list[Cue]) -> list[Cue]:
    """Drop a cue inside another cue's reported clause: 'She said he believes X' is hers."""
    spans = sorted({c.content for c in cues if c.content and c.kind in {"clause", "according"}})
    # for the clauses starting at or before each point, the two reaching furthest (two, so
    # that a cue's own clause can be left out): one sweep instead of every pair
    reach: list[list[tuple[int, int]]] = []
    furthest: list[tuple[int, int]] = []
    for a, b in spans:
        furthest = sorted([*furthest, (b, a)], reverse=True)[:2]
        reach.append([(a2, b2) for b2, a2 in furthest])
    starts = [a for a, _ in spans]
    kept = []
    for c in cues:
        i = bisect.bisect_right(starts, c.start)
        inside = i > 0 and any(c.end <= b and c.content != (a, b) for a, b in reach[i - 1])
        if not inside:
            kept.append(c)
    return kept


# -- 3. joining quotations to cues --------------------------------------------------------


@dataclass
class Attribution:
    cue: Cue | None
    parts: list[tuple[int, int]]
    direct: bool


# A cue further than this from a quotation (in characters, either way) is not its tag. The
# rules below allow at most MAX_GAP_TOKENS words between them, so only a run of punctuation
# could put a tag further away; the bound keeps the search near each quotation.
CUE_REACH = 1_000


class _Nearby:
    """The cues and quotations near a place, found by bisection: attaching quotes to cues
    costs the same per quote in a long article as in a short one."""

    def __init__(
        self, cues: list[Cue], marked: list[Marked], paragraphs: list[tuple[int, int]]
    ) -> None:
        self.cues = cues  # sorted by start
        self.cue_starts = [c.start for c in cues]
        by_content = sorted((c.content[0], n) for n, c in enumerate(cues) if c.content is not None)
        self.content_starts = [a for a, _ in by_content]
        self.content_cues = [n for _, n in by_content]
        self.marked = marked  # sorted by start, not overlapping
        self.marked_starts = [m.start for m in marked]
        self.paragraphs = paragraphs
        self.paragraph_starts = [a for a, _ in paragraphs]

    def cues_near(self, start: int, end: int) -> list[Cue]:
        """Cues starting within CUE_REACH of ``[start, end)``, or whose content starts there,
        in their order in the article."""
        lo = bisect.bisect_left(self.cue_starts, start - CUE_REACH)
        hi = bisect.bisect_right(self.cue_starts, end + CUE_REACH)
        found = set(range(lo, hi))
        a = bisect.bisect_left(self.content_starts, start - CUE_REACH)
        b = bisect.bisect_right(self.content_starts, end)
        found.update(n for n in self.content_cues[a:b] if not lo <= n < hi)
        return [self.cues[n] for n in sorted(found)]

    def marked_overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the quotations overlapping ``[start, end)``."""
        i = bisect.bisect_left(self.marked_starts, end)
        found = []
        while i > 0 and self.marked[i - 1].end > start:
            i -= 1
            found.append(i)
        return found[::-1]

    def any_marked_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.marked_starts, start)
        return i < len(self.marked_starts) and self.marked_starts[i] < end

    def paragraph(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None


def _attach(
    doc: Doc, cues: list[Cue], marked: list[Marked], paragraphs: list[tuple[int, int]]
) -> list[Attribution]:
    text = _text(doc)
    near = _Nearby(cues, marked, paragraphs)
    used: set[int] = set()
    by_cue: dict[int, Attribution] = {}
    out: list[Attribution] = []
    by_part: dict[tuple[int, int], Attribution] = {}  # the first attribution holding a part
    for n, quote in enumerate(marked):
        if n % 256 == 0:
            checkpoint()
        cue = _cue_for(doc, quote, near.cues_near(quote.start, quote.end), near)
        if cue is None:
            continue
        key = id(cue)
        if key in by_cue:
            by_cue[key].parts.extend(quote.parts)
        else:
            by_cue[key] = Attribution(cue, list(quote.parts), True)
            out.append(by_cue[key])
        for part in quote.parts:
            by_part.setdefault(part, by_cue[key])
        used.add(n)
    # a quotation right after a tagged one continues it: '"A," he said. "B."'
    for n, quote in enumerate(marked):
        if n in used or n == 0:
            continue
        prev = marked[n - 1]
        owner = by_part.get(prev.parts[-1])
        if owner is None or owner.cue is None:
            continue
        between = text[prev.end : quote.start]
        if (
            owner.cue.end <= quote.start
            and len(between) < 120
            and "\n" not in between.strip(" ")
            and _same_paragraph(near, prev.end, quote.start)
            and _only_tag(between, owner.cue)
        ):
            owner.parts.extend(quote.parts)
            for part in quote.parts:
                by_part.setdefault(part, owner)
            used.add(n)
    # cues whose content is their own clause (no quotation next to them)
    for cue in cues:
        if id(cue) in by_cue or cue.content is None:
            continue
        if cue.speaker is None and cue.kind != "sourceless":
            continue
        start, end = cue.content
        overlapping = near.marked_overlapping(start, end)
        quoted = sum(min(end, marked[n].end) - max(start, marked[n].start) for n in overlapping)
        direct = quoted >= 0.8 * (end - start)
        out.append(Attribution(cue, list(cue.parts or [cue.content]), direct))
        used.update(overlapping)
    # long quotations nobody is tagged for still go in the table, speaker unknown
    for n, quote in enumerate(marked):
        if n in used or not quote.closed:
            continue
        words = len(text[quote.start : quote.end].split())
        if words >= MIN_UNCUED_WORDS and _starts_sentence(text, quote.start):
            out.append(Attribution(None, list(quote.parts), True))
    return _dedupe(out)


def _cue_for(doc: Doc, quote: Marked, cues: list[Cue], near: _Nearby) -> Cue | None:
    """The cue that tags ``quote``, among the ``cues`` near it."""
    text = _text(doc)
    para = near.paragraph(quote.parts[-1][0])
    first_para = near.paragraph(quote.start) or para
    if para is None or first_para is None:
        return None
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if cue.speaker is None:
            continue
        # the cue's clause holds the quotation: 'He said the plan was "a disaster"' is indirect
        if cue.content:
            a, b = cue.content
            if a <= quote.start and quote.end <= b + 1:
                outside = text[a:b].replace(text[quote.start : quote.end], "")
                if len(outside.split()) > 3:
                    continue
                if cue.kind in {"according", "colon"}:
                    return cue
        if cue.kind in {"according", "colon"}:
            continue
        if _claims_elsewhere(text, cue, quote):
            continue
        if para[0] <= cue.start < para[1] and cue.start >= quote.end:
            gap = _gap_tokens(doc, quote.end, cue.start, near)
            if gap is not None and gap <= MAX_GAP_TOKENS and _tag_after(text, quote.end, cue):
                score = gap
                if best is None or score < best[0]:
                    best = (score, cue)
        elif cue.end <= quote.start and (
            first_para[0] <= cue.end <= first_para[1]
            or re.fullmatch(r"\s*:\s*", text[cue.end : quote.start]) is not None
        ):
            gap = _gap_tokens(doc, cue.end, quote.start, near)
            lead = text[cue.end : quote.start]
            if gap is not None and gap <= MAX_GAP_TOKENS and re.search(r"[:,]\s*$", lead):
                score = gap + 1  # a tag after the quotation wins a tie
                if best is None or score < best[0]:
                    best = (score, cue)
    return best[1] if best else None


def _claims_elsewhere(text: str, cue: Cue, quote: Marked) -> bool:
    """'said on "Face the Nation" that ...', 'denied it, calling it "a mistake"': the cue has
    its own clause away from a short quotation, so the quotation is not what it reports."""
    if cue.content is None or cue.kind in {"parenthetical", "bare", "dash"}:
        return False
    a, b = cue.content
    if a < quote.end and quote.start < b:
        return False
    return len(text[quote.start : quote.end].split()) < MIN_UNCUED_WORDS


def _gap_tokens(doc: Doc, start: int, end: int, near: _Nearby) -> int | None:
    if near.any_marked_in(start, end):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    if any(t.is_sent_start and t.idx > start + 2 and doc[t.i - 1].text in ".!?" for t in span):
        return None
    return len([t for t in span if not t.is_punct and not t.is_space])


def _tag_after(text: str, quote_end: int, cue: Cue) -> bool:
    """'"...," he said' / '"...," said Mr Smith': the tag starts right after the quote."""
    start = min(cue.start, cue.speaker.start_char if cue.speaker is not None else cue.start)
    between = text[quote_end:start]
    return not re.search(r"[.!?]\s+[A-Z]", between) and len(between) < 80


def _only_tag(between: str, cue: Cue) -> bool:
    words = between.split()
    return len(words) <= MAX_GAP_TOKENS and cue.tokens[0].text in between


def _same_paragraph(near: _Nearby, a: int, b: int) -> bool:
    # a paragraph holding both: the one starting at or before ``a`` (paragraphs do not overlap;
    # ``a`` may sit on a paragraph's end)
    i = bisect.bisect_right(near.paragraph_starts, a) - 1
    if i < 0:
        return False
    s, e = near.paragraphs[i]
    return s <= a <= e and s <= b <= e


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?:"


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    out = []
    for a in sorted(attributions, key=lambda a: (a.parts[0][0], -a.direct)):
        key = (a.parts[0][0], a.parts[-1][1])
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


# -- building the report's quotes ---------------------------------------------------------


def _to_quote(doc: Doc, a: Attribution, people: People) -> Quote:
    text = _text(doc)
    parts = sorted(a.parts)
    start, end = parts[0][0], parts[-1][1]
    speaker = None
    cue = a.cue
    if cue is not None and cue.speaker is not None:
        kind, canonical = speaker_type(_antecedent_of(cue.speaker), people)
        s = cue.speaker
        speaker = Speaker(
            text=s.text, start=s.start_char, end=s.end_char, type=kind, canonical=canonical
        )
    return Quote(
        start=start,
        end=end,
        text=" ".join(text[s:e] for s, e in parts),
        direct=a.direct,
        cue=text[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=speaker,
        parts=[Span(start=s, end=e) for s, e in parts] if len(parts) > 1 else [],
    )


def _antecedent_of(speaker: SpacySpan) -> SpacySpan:
    """ "who" in "Mr Kerry, who said ..." stands for "Mr Kerry": type the speaker by that."""
    if len(speaker) == 1 and speaker[0].lower_ in {"who", "which", "that"}:
        verb = speaker[0].head
        if verb.dep_ == "relcl":
            return _noun_phrase(verb.head, stop=verb)
    return speaker


def _resolve_pronouns(doc: Doc, quotes: list[Quote], people: list[Person]) -> None:
    """ "he said": the nearest person named before the pronoun (a speaker or a subject)."""
    antecedents = _Antecedents(quotes, people)
    for n, quote in enumerate(quotes):
        sp = quote.speaker
        if sp is None or sp.type != "unknown":
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or not is_pronoun(span):
            continue
        wants_person = pronoun_wants_person(span)
        low = span.text.lower()
        gender = "m" if low in {"he", "him"} else "f" if low in {"she", "her"} else None
        found = antecedents.find(sp.start, wants_person, gender)
        if found is not None:
            sp.type, sp.canonical = found  # type: ignore[assignment]
            antecedents.add(n, sp)  # a resolved pronoun is an antecedent for later ones


Found = tuple[str, str | None]  # (speaker type, canonical name)


class _Antecedents:
    """The speakers and named people before a place, by bisection: the nearest compatible one
    before a pronoun, as a scan of every earlier quote and mention would find it (on equal
    offsets the first found wins). A title's gender must agree."""

    def __init__(self, quotes: list[Quote], people: list[Person]) -> None:
        self.genders: dict[str | None, set[str]] = {
            g: {p.canonical for p in people if g and p.gender and p.gender != g}
            for g in ("m", "f", None)
        }
        # (wants a person, gender) -> sorted [(offset, quote index, found)]
        self.speakers: dict[tuple[bool, str | None], list[tuple[int, int, Found]]] = {
            (w, g): [] for w in (True, False) for g in self.genders
        }
        for n, q in enumerate(quotes):
            if q.speaker is not None:
                self.add(n, q.speaker)
        # gender -> sorted [(offset, order, found)] of every mention of a compatible person
        self.mentions: dict[str | None, list[tuple[int, int, Found]]] = {}
        for g, clash in self.genders.items():
            rows: list[tuple[int, int, Found]] = [
                (m.start, order, ("named", person.canonical))
                for order, person in enumerate(people)
                if person.canonical not in clash
                for m in person.mentions
            ]
            rows.sort(key=lambda r: (r[0], r[1]))
            self.mentions[g] = rows

    def add(self, n: int, sp: Speaker) -> None:
        if sp.type == "unknown":
            return
        for (wants, g), rows in self.speakers.items():
            if (sp.type == "named") == wants and sp.canonical not in self.genders[g]:
                bisect.insort(rows, (sp.start, n, (sp.type, sp.canonical)), key=lambda r: r[:2])

    @staticmethod
    def _nearest(rows: list[tuple[int, int, Found]], before: int) -> tuple[int, Found] | None:
        i = bisect.bisect_left(rows, before, key=lambda r: r[0])
        if i == 0:
            return None
        first = bisect.bisect_left(rows, rows[i - 1][0], key=lambda r: r[0])
        return rows[first][0], rows[first][2]

    def find(self, before: int, wants_person: bool, gender: str | None) -> Found | None:
        best = self._nearest(self.speakers[(wants_person, gender)], before)
        if wants_person:
            person = self._nearest(self.mentions[gender], before)
            if person is not None and (best is None or person[0] > best[0]):
                best = person
        return best[1] if best else None
