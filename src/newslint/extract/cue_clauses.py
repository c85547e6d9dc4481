"""Reading the parse around a cue: its subject, the noun phrase of a speaker as written, the
characters of a reported clause. Shared by the cue finders (``cues.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.lexicon import (
    ANONYMOUS_NOUNS,
    COMMUNICATION_VERBS,
    DOCUMENT_NOUNS,
    HOLDERS,
    OBJECT_CLAIM_VERBS,
    ORGANIZATION_NOUNS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    TAG_VERBS,
)
from newslint.extract.marks import is_mark
from newslint.extract.speaker_phrases import speaker_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EDGE = " \t\n,;:—–-"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once (spaCy rebuilds ``Doc.text`` on every access)."""
    text = doc.user_data.get("newslint_text")
    if text is None:
        text = doc.user_data["newslint_text"] = doc.text
    return text


def that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def antecedent_phrase(relative_clause: Token, pronoun: Token | None = None) -> SpacySpan | None:
    """The noun phrase a relative clause hangs on, without the clause: "Mr Kerry" in
    "Mr Kerry, who said ..."; None when the parser hung the clause on something else."""
    head = relative_clause.head
    if head.pos_ not in {"NOUN", "PROPN", "PRON"} or head.lower_ in RELATIVE_PRONOUNS:
        return None
    if pronoun is not None and pronoun.lower_ in {"who", "whom"} and not personal(head):
        # "a focal point for demonstrators here, who ...": "who" is a person, so the clause
        # is on the nearest person before it that the parser put inside the phrase
        people = [
            t for t in head.subtree if head.i < t.i < pronoun.i and t.dep_ == "pobj" and personal(t)
        ]
        if people:
            return noun_phrase(people[-1], stop=relative_clause)
    if head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"}:
        # "President da Silva, a former union leader who campaigned ...": the president
        return noun_phrase(head.head, stop=head)
    return noun_phrase(head, stop=relative_clause)


def _object_left_by_relative_clause(verb: Token, subject: Token) -> bool:
    """A second subject of the verb that stands right after the relative clause of its first,
    whose verb has no object: the parser took the clause's object for a subject."""
    doc = verb.doc
    before = subject.left_edge.i - 1
    if before < 0:
        return False
    for other in verb.children:
        if other.dep_ not in SUBJECTS or other.i >= subject.i:
            continue
        for clause in other.children:
            if (
                clause.dep_ == "relcl"
                and clause.right_edge.i == before
                and doc[before].i == clause.i
                and not any(c.dep_ in {"dobj", "attr"} for c in clause.children)
            ):
                return True
    return False


def _object_of_relative_clause(verb: Token, subject: Token) -> bool:
    clause = verb.head
    return (
        verb.dep_ == "ccomp"
        and clause.dep_ == "relcl"
        and clause.i < subject.i < verb.i
        and subject.left_edge.i > clause.i
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
        and not any(c.dep_ == "dobj" for c in clause.children)
    )


def _partitive_antecedent(subject: Token) -> SpacySpan | None:
    """ "unionists, some of whom dubbed him ...", "officials, most of whom said ...": the
    speakers are the noun before the relative pronoun, whatever the parser hung it on."""
    pronoun = next(
        (
            t
            for t in subject.subtree
            if t.lower_ in {"whom", "which"}
            and t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head == subject
        ),
        None,
    )
    if pronoun is None:
        return None
    doc = subject.doc
    i = subject.left_edge.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[i]
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "generals and admirals, most of whom": the whole coordination
    return noun_phrase(noun, stop=subject)


def personal(token: Token) -> bool:
    """A word that can be a "who": a name, a person's or a group of people's noun."""
    words = {token.lower_, token.lemma_.lower()}
    return token.pos_ == "PROPN" or bool(
        words & (PEOPLE_NOUNS | ANONYMOUS_NOUNS | ROLE_NOUNS | ORGANIZATION_NOUNS)
    )


def subject_of(verb: Token) -> SpacySpan | None:
    # nearest subject first: a misparse can hang two subjects on one verb
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ in SUBJECTS and _object_left_by_relative_clause(verb, child):
            continue  # "A charity that runs the shelter said": the shelter is what it runs
        if child.dep_ in SUBJECTS:
            if child.dep_ == "nsubjpass":
                return agent_of(verb)
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # a relative pronoun is never the speaker: "One driver, who said ..." is the
                # driver's
                return antecedent_phrase(verb, child)
            if child.lower_ in {"there"}:
                return None
            partitive = _partitive_antecedent(child)
            if partitive is not None:
                return partitive
            if _object_of_relative_clause(verb, child):
                # "A company that makes chips said ...": the parser hung "said" inside the
                # relative clause, its object standing as the subject; the company said it
                return antecedent_phrase(verb.head)
            return noun_phrase(child)
        if child.dep_ == "expl":
            return None
    return _subject_not_hung_on(verb)


def _inverted_subject(verb: Token) -> SpacySpan | None:
    """'"It is a disgrace," fumed one mum': in a tag after the quotation the speaker follows
    the verb, and the parser may take them for its object."""
    children = list(verb.children)
    quoted = any(c.dep_ == "ccomp" and c.i < verb.i for c in children)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if not quoted or obj is None:
        return None
    # '"...," read a statement from the family': a document reads its words
    written = verb.lemma_.lower() == "read" and obj.lemma_.lower() in DOCUMENT_NOUNS
    if not (personal(obj) or written):
        return None
    return noun_phrase(obj)


def relative_read_as_clause(clause: Token) -> Token | None:
    """ "Sen. Ann Roe, who co-wrote the bill, said ...": a clause before the verb whose
    subject a relative pronoun follows is the parser's misreading of the subject and its
    relative clause; the subject."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i or own_subject(clause.head):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.pos_ not in {"PROPN", "NOUN"}:
        return None
    doc = clause.doc
    between = doc[subject.i + 1 : clause.i]
    comma = next((t for t in between if t.text == ","), None)
    if comma is None or comma.i + 1 >= clause.i:
        return None
    return subject if doc[comma.i + 1].lower_ in {"who", "which"} else None


def _subject_not_hung_on(verb: Token) -> SpacySpan | None:
    """The subject of a verb with none of its own: an agent, words the parser hung elsewhere,
    or the subject of the verb it goes with."""
    doc = verb.doc
    misread = next(
        (s for c in verb.children if (s := relative_read_as_clause(c)) is not None), None
    )
    if misread is not None:
        return noun_phrase(misread)
    agent = agent_of(verb)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    if agent is not None:
        return agent
    # '"...," the 46-year-old said': the parser hung the subject's words on the verb itself
    det = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i), None)
    if det is not None and all(
        t.head.i <= verb.i and (not t.is_punct or t.text in "-–") for t in doc[det.i : verb.i]
    ):
        return doc[det.i : verb.i]
    # "At London Bridge, a commuter heading to work said ...": the parser hung the speaker on
    # the place as an apposition, leaving the verb with no subject
    if verb.dep_ == "ROOT" and verb.i > verb.sent.start:
        before = doc[verb.i - 1]
        for _ in range(6):  # climb the phrase that ends right before the verb
            head = before.head
            if before.dep_ == "appos" or head == before or head.i >= verb.i:
                break
            if head.right_edge.i != verb.i - 1:
                break
            before = head
        if before.dep_ == "appos" and before.pos_ in {"NOUN", "PROPN"}:
            return noun_phrase(before)
    # "He stood up and said ...", "he said, adding that ...": the verb shares its subject
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
    # "was able to tout his record": the adjective's verb has the subject
    if (
        verb.dep_ == "xcomp"
        and verb.head.dep_ == "acomp"
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        return subject_of(verb.head.head)
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
            return noun_phrase(verb.head, stop=verb)  # "a tweet attacking her rival"
        if verb.head.pos_ in {"VERB", "AUX"}:
            return subject_of(verb.head)
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return noun_phrase(verb.head, stop=verb)
    # "began by saying ...", "in defending himself": a reporting gerund after a preposition
    # takes the subject of the verb the preposition hangs on
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in COMMUNICATION_VERBS
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        owner = verb.head.head
        passive = next((c for c in owner.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and passive.lower_ not in RELATIVE_PRONOUNS:
            # "was fined for saying ...", "was praised by critics for arguing ...": the one
            # fined or praised said it, not the one who fined or praised them
            return noun_phrase(passive)
        return subject_of(owner)

    return None


# prepositions that introduce what a position is about: "spoke against the plan"
POSITION_PREPS = {
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


def is_when(prep: Token) -> bool:
    """ "on Thursday", "for two hours": a time, not a topic."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.children if t.dep_ == "pobj")


def can_hold_a_view(speaker: SpacySpan) -> bool:
    """A person, a group, a body or a document; not "this", "it" or a bulldozer."""
    head = speaker_head(speaker)
    low = head.lower_
    if low in {"he", "she", "they", "i", "we", "who", "you"}:
        return True
    if head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or head.pos_ == "PROPN":
        return True
    # plurals by their lemma: "polls show", "surveys found"
    if low in HOLDERS or head.lemma_.lower() in HOLDERS:
        return True
    # "a wide array of black artists", "one of the mayor's aides": a group of holders
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            o.dep_ == "pobj" and can_hold_a_view(speaker.doc[o.i : o.i + 1]) for o in child.children
        )
        for child in head.children
    )


def set_off(verb: Token) -> bool:
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


def own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def agent_of(verb: Token) -> SpacySpan | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return noun_phrase(obj)
    return None


def noun_phrase(head: Token, stop: Token | None = None) -> SpacySpan:
    """The subject as written: its whole subtree, cut before a clause it governs."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if head.pos_ == "VERB" and head.tag_ == "VBG":
        # a participle parsed as the subject: "Raising the issue in the House, the leader
        # said": the speaker is the phrase after its last comma
        commas = [t.i for t in head.subtree if t.text == "," and t.i < right]
        if commas and any(t.pos_ in {"PROPN", "NOUN"} for t in doc[commas[-1] + 1 : right + 1]):
            left = commas[-1] + 1
            head = speaker_head(doc[left : right + 1])
    if stop is not None:
        right = min(right, stop.left_edge.i - 1)
    # a clause set off by commas is the sentence's, not the name's: "Trump, speaking to ...",
    # "One onlooker, who asked not to be named, ..." (a clause without commas describes the
    # speaker and stays: "One woman who lives two doors down")
    for token in doc[head.i + 1 : right + 1]:
        if (
            token.dep_ in {"acl", "advcl", "relcl"}
            and token.head == head
            and doc[token.left_edge.i - 1].text == ","
        ):
            right = min(right, token.left_edge.i - 2)
            break
    # a participle before the name: "Raising the issue in the House, the leader said"
    for token in doc[left : head.i]:
        if (
            token.dep_ in {"acl", "advcl"}
            and token.head == head
            and token.right_edge.i + 1 < head.i
            and doc[token.right_edge.i + 1].text == ","
        ):
            left = max(left, token.right_edge.i + 2)
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
        if is_mark(doc[i].text) and i > head.i:
            right = i - 1
            break
    for i in range(head.i, left - 1, -1):
        if is_mark(doc[i].text) and i < head.i:
            left = i + 1
            break
    # the head stays in: trimming punctuation from the left can pass it ("% » A spokesman")
    return doc[min(left, head.i) : max(right, head.i) + 1]


def cue_tokens(verb: Token) -> list[Token]:
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


def clause_span(
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
    return trim(doc_text(doc), start, end)


def around(head: Token, cue: Token) -> list[tuple[int, int]]:
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
            span = trim(
                doc_text(doc), doc[side[0]].idx, doc[side[-1]].idx + len(doc[side[-1]].text)
            )
            if span and any(ch.isalnum() for ch in doc_text(doc)[span[0] : span[1]]):
                pieces.append(span)
    return pieces


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if end > start else None


def strip_final_stop(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span and text[span[1] - 1] == "." and span[1] - span[0] > 1:
        return span[0], span[1] - 1
    return span
