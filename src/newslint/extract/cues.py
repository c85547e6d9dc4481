"""Cues from the parse: the words that report a claim, with its speaker and content.

A verb with a reported clause (ccomp), a communication verb with an infinitive or noun claim,
"according to X", a claim noun with its owner, a stance adjective, a "Name:" line, a dash
signature. The speaker is the verb's subject as written, whole (titles, "of the ...",
appositions); every verb cue comes from the lexicon in ``speakers.py``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newslint.budget import checkpoint
from newslint.extract.anonymity import ANONYMOUS_CLAIM_VERBS, is_anonymity_clause
from newslint.extract.complements import (
    TOPIC_PREPS,
    carries_content,
    characterisation,
    clause_on_circumstance,
    directed_infinitive,
    names_only,
    opens_with_relative,
    points_back,
    quoted_span,
    reported_conjunct,
    written_subject,
)
from newslint.extract.cue import Cue
from newslint.extract.cue_as_tag import SPOKEN_FORMS, as_tag_cue
from newslint.extract.cue_clauses import (
    POSITION_PREPS,
    SUBJECTS,
    agent_of,
    around,
    can_hold_a_view,
    clause_span,
    cue_tokens,
    doc_text,
    is_when,
    own_subject,
    relative_read_as_clause,
    set_off,
    subject_of,
    that_clause,
    trim,
)
from newslint.extract.cue_findings import finding_noun_cue
from newslint.extract.cue_forms import (
    according_cue,
    colon_cue,
    dash_cue,
    dateline,
    noun_cue,
    stance_cue,
)
from newslint.extract.infinitives import (
    be_to,
    can_say,
    first_conjunct,
    is_infinitive,
    negated,
    of_a_thing,
    of_intention,
    says_infinitive,
    thing_before,
    told_to,
    withholds,
)
from newslint.extract.lexicon import (
    COMMUNICATION_VERBS,
    DIRECTIVE_VERBS,
    INTENTION_VERBS,
    NOT_CUES,
    OBJECT_CLAIM_VERBS,
    TAG_VERBS,
)
from newslint.extract.not_speech import (
    JUDGING_VERBS,
    few_know,
    hypothetical,
    in_a_vote,
    is_nobody,
    is_owned_thing,
    is_written,
    noun_owns_clause,
    phrasal_act,
)
from newslint.extract.venues import is_station, venue_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def find_cues(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[Cue]:
    cues: list[Cue] = []
    for token in doc:
        if token.i % 4096 == 0:
            checkpoint()
        cue = _verb_cue(token)
        if cue is not None:
            cue.venue = venue_of(token)
        else:
            cue = (
                according_cue(token)
                or noun_cue(token)
                or dash_cue(token)
                or stance_cue(token)
                or finding_noun_cue(token)
            )
        if cue is not None:
            cues.append(cue)
    colon_cues = [colon_cue(doc, start, end) for start, end in paragraphs or []]
    turns = [c for c in colon_cues if c is not None]
    if len(turns) == 1 and dateline(turns[0], paragraphs or []):
        turns = []
    cues += turns
    cues.sort(key=lambda c: c.start)
    return cues


def _verb_cue(token: Token) -> Cue | None:
    if _says_nothing(token):
        return None
    lemma = token.lemma_.lower()
    speaker = subject_of(token)
    if speaker is not None and is_nobody(speaker):
        return None  # "No-one knows ...", "nobody said"
    if speaker is not None and few_know(speaker, lemma):
        return None  # "Few realise that ...": the reporter's own fact, said to be little known
    if speaker is not None and in_a_vote(token, speaker):
        return None  # "most voters said the town should keep its school, in the 1998 ballot"
    if lemma == "read" and not is_written(speaker):
        return None  # "she read the report": a reader, not a speaker
    if lemma in PERCEPTION_VERBS and speaker is not None and not can_hold_a_view(speaker):
        return None  # "a wave of attacks saw the winger score": an event, nobody's view
    children = list(token.children)
    if lemma in _CHOICE_VERBS and any(c.dep_ == "nsubjpass" for c in children):
        # "the prize is voted for by readers", "was chosen by the judges": a choice made, an
        # act and not a claim; its subject is what was chosen, nothing anyone said
        return None
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _CHOICE_VERBS:
        # "the union voted to reject the offer": what a vote decided is an act, not words
        return None
    lexical = lemma in COMMUNICATION_VERBS
    ccomp = _reported_clauses(token, children, lexical=lexical)
    tokens = cue_tokens(token)
    # only lexicon verbs are cues, so a sentence can be picked for parsing by its words alone
    if ccomp and speaker is not None and lexical:
        content = clause_span(ccomp[0], exclude=token)
        more = reported_conjunct(token, ccomp[0])
        if content is not None and more is not None:
            last = token.doc[more.right_edge.i]
            content = (content[0], max(content[1], last.idx + len(last.text.rstrip("."))))
        return Cue(tokens, speaker, content, "clause")
    if (
        ccomp
        and speaker is None
        and lemma in TAG_VERBS
        and any(c.dep_ == "auxpass" for c in children)
        and ccomp[0].i > token.i
    ):
        # "It was reported that ...": a claim with no source given; "it is understood that
        # ...": a claim whose source is hidden on purpose, an anonymous one
        content = clause_span(ccomp[0], exclude=token)
        if lemma in ANONYMOUS_CLAIM_VERBS:
            return Cue(tokens, _hidden_source(token), content, "hidden")
        return Cue(tokens, None, content, "sourceless")
    if not lexical:
        return None
    if speaker is None and told_to(token):
        return None  # "He was told to leave": an instruction received, its giver not named
    if speaker is None and lemma in TAG_VERBS | OBJECT_CLAIM_VERBS:
        passive = _passive_claim(token, tokens)
        if passive is not None:
            return passive
    if speaker is None and token.dep_ != "relcl":
        # "said" with no subject reports nothing we can attribute, except in a quote's tag
        return None
    parenthetical = _parenthetical_cue(token, speaker, tokens, children) or as_tag_cue(
        token, speaker, tokens, children
    )
    if parenthetical is not None:
        return parenthetical
    xcomp = [c for c in children if c.dep_ == "xcomp" and c.i > token.i] or directed_infinitive(
        token, children
    )
    if xcomp:
        if not can_say(token, speaker, xcomp[0]):
            # "the storm threatens to bring down lines", "the tax break encourages firms to
            # invest": an outlook or an effect, not a promise or a direction
            return None
        if says_infinitive(token, xcomp[0]) and not is_owned_thing(speaker):
            # "the union threatened to strike"; not "the new rules promise to transform ..."
            return Cue(tokens, speaker, clause_span(xcomp[0]), "infinitive")
        if lemma in OBJECT_CLAIM_VERBS and thing_before(token, xcomp[0]) is not None:
            # "pledged £2m to help flood victims": the sum pledged is the claim
            return _complement_cue(token, speaker, tokens, children)
        if (
            is_infinitive(xcomp[0])
            or lemma in INTENTION_VERBS | DIRECTIVE_VERBS
            or negated(token)
            or withholds(xcomp[0])
        ):
            # "declined to comment", "voted to scrap", "campaigned to save", "asked not to be
            # named": an intention, a decision, an effort or a refusal, not a statement
            return None
    return _complement_cue(token, speaker, tokens, children)


def _left_unanswered(verb: Token) -> bool:
    """ "would neither confirm nor deny that ...", "would not confirm or deny that ...": two
    answers refused together, so neither is given (a lone "did not deny" still reports)."""
    first = verb.head if verb.dep_ == "conj" else verb
    joined = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children)
    if first is verb:
        return joined and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)
    return joined and (
        negated(first) or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)
    )


def _says_nothing(token: Token) -> bool:
    """A verb that reports no claim whatever follows it."""
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() in NOT_CUES:
        return True
    if phrasal_act(token):
        return True  # "the wedding was called off", "the bank wrote off the loan"
    if _left_unanswered(token):
        # "would neither confirm nor deny that ...": a question refused, nothing said
        return True
    if is_anonymity_clause(token):
        # "who spoke on condition of anonymity", "speaking anonymously": no claim of its own
        return True
    lemma = token.lemma_.lower()
    governed = first_conjunct(token)  # "refused to say ... or to confirm": one governor
    if (negated(token) and lemma not in {"deny", "dispute"}) or (
        governed.dep_ == "xcomp"
        and (
            of_intention(governed.head) or governed.head.lemma_.lower() == "have" or be_to(governed)
        )
    ):
        # "did not disclose its valuation", "not knowing that ...", "declined to confirm the
        # order", "would have to show that ...", "police are yet to confirm", "the minister is
        # to announce": nothing was said (yet)
        return True
    if of_a_thing(token):
        return True  # "despite calls to reject it": what a noun calls for, no one's words
    if governed.dep_ == "xcomp" and _unable(governed.head):
        # "was unable to say how many", "is not authorised to discuss": nothing was said
        return True
    if (
        token.dep_ in {"ccomp", "xcomp"}
        and is_infinitive(token)
        and (
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
            # "requires employers to publish", "forced the firm to disclose": the governor's
            # object is who is made or let to do it
            or any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
        )
        and not says_infinitive(token.head, token)
    ):
        # "wants members to reject the deal", "allows councils to charge more": what someone
        # is wanted or allowed to do, not what they said
        return True
    # "people would say ...", "bosses will tell you ...", "until someone tells me": what
    # someone might say is not what they said
    return hypothetical(token)


# words of not being able or allowed: "unable to say", "not authorised to discuss"
_UNABLE = {"unable", "unwilling", "reluctant", "loath", "loth", "hesitant", "powerless"}
_PERMITTED = {"able", "authorise", "authorize", "allow", "permit", "free", "willing", "want",
              "wish", "care", "dare", "prepared", "ready", "in", "at", "position"}  # fmt: skip


def _unable(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return lemma in _UNABLE or (lemma in _PERMITTED and negated(head))


def _reported_clauses(token: Token, children: list[Token], *, lexical: bool) -> list[Token]:
    """The clause the verb reports, if the parse gives one."""
    lemma = token.lemma_.lower()
    ccomp = [
        c
        for c in children
        if c.dep_ == "ccomp"
        and not opens_with_relative(token, c)
        # "Ann Roe, who co-wrote it, said ...": no clause, if the verb has no subject of its own
        and (relative_read_as_clause(c) is None or own_subject(token) is not None)
    ]
    if len(ccomp) > 1 and ccomp[-1].i > token.i:
        # "It's unlikely; Clinton's team says she'll continue": the parser hung the clause
        # before a semicolon or colon on the verb too; the verb reports the one after it
        ccomp = [c for c in ccomp if c.i > token.i or not _boundary(c, token)]
        # "Writing for a panel that agreed Pence won, Barabak noted that ...": with a "that"
        # clause after it, the clause before the verb is the parser's misreading
        ccomp = [c for c in ccomp if c.i > token.i and that_clause(c)] or ccomp
    if not ccomp and lexical:
        # "continues to insist, in an interview, that ...": the parser hung the "that" clause
        # on the verb above as an adverbial clause
        hosts = children + (list(token.head.children) if token.dep_ == "xcomp" else [])
        ccomp = [c for c in hosts if c.dep_ == "advcl" and c.i > token.i and that_clause(c)]
        if not ccomp:
            ccomp = _clause_on_medium(children) or clause_on_circumstance(token, children)
    if ccomp and (
        noun_owns_clause(token, ccomp[0])
        # "praised the bank's decision and stocks ended flat": a verb of judgement takes a noun,
        # so a clause the parser gave it without "that" is a misread coordination
        or (lemma in JUDGING_VERBS and not that_clause(ccomp[0]))
    ):
        ccomp = []
    if ccomp and lemma in PERCEPTION_VERBS and ccomp[0].tag_ in {"VBG", "VBN", "VB"}:
        # "heard the owner screaming", "saw prices fall": an event perceived, not a claim
        return []
    if ccomp and is_infinitive(ccomp[0]) and not says_infinitive(token, ccomp[0]):
        # "allow drugs to take over", "the law allows councils to charge": an infinitive
        # clause is said only after a speech act ("urged residents to leave")
        return []
    if not ccomp and lemma in COMMUNICATION_VERBS:
        # "told Prairie Radio that bears were feeding": "that" misread as a relative pronoun
        ccomp = [
            r
            for c in children
            if c.dep_ in {"dative", "dobj", "iobj"} and c.i > token.i
            for r in c.children
            if misread_relative(r)
        ]
    if not ccomp and lemma == "tell":
        ccomp = _clause_after_audience(token)
    return ccomp


def _boundary(clause: Token, verb: Token) -> bool:
    """A semicolon or colon between a clause before the verb and the verb's own clause."""
    doc = verb.doc
    return any(t.text in {";", ":"} for t in doc[clause.right_edge.i + 1 : verb.i])


def _clause_on_medium(children: list[Token]) -> list[Token]:
    """ "wrote in a 38-page order that the state ...", "said in a statement that ...": the
    parser hung the "that" clause on the noun of where it was said; or, with no "that", took
    the clause for a relative one on that noun ("said in a statement it had written to ...":
    a verb of saying with nothing else said)."""
    bare = not any(c.dep_ in {"dobj", "ccomp", "xcomp", "advmod", "attr", "oprd"} for c in children)
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "via", "through", "during"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            clause = next(
                (
                    c
                    for c in obj.children
                    if (c.dep_ in {"acl", "ccomp"} and that_clause(c))
                    or misread_relative(c)
                    or (bare and obj.lemma_.lower() in SPOKEN_FORMS and _zero_relative(c))
                ),
                None,
            )
            if clause is not None:
                return [clause]
    return []


def misread_relative(clause: Token) -> bool:
    """ "told the radio station that bears were ...": a "that" the parser took for the subject
    of a relative clause that has a subject of its own: the clause reports what was said."""
    if clause.dep_ != "relcl":
        return False
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    return that is not None and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i != that.i for c in clause.children
    )


def _zero_relative(clause: Token) -> bool:
    """A relative clause with no relative word, opening on its own subject: "it had written"."""
    if clause.dep_ != "relcl" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.left_edge.i == clause.left_edge.i
        and not any(t.tag_ in {"WDT", "WP", "WP$"} or t.lower_ == "that" for t in clause.subtree)
    )


def _parenthetical_cue(
    token: Token, speaker: SpacySpan | None, tokens: list[Token], children: list[Token]
) -> Cue | None:
    """ "The plan failed, he said." / "The plan, she said, failed.": a tag set off in the
    clause it reports."""
    subject = own_subject(token)
    if not (
        token.dep_ in {"parataxis", "ccomp", "advcl"}
        and subject is not None
        and token.lemma_.lower() in TAG_VERBS
        and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT"} for c in children)
        # "-- most of whom had announced their support --": a relative clause, not a tag
        and not any(t.tag_ in {"WP", "WDT", "WP$"} for t in subject.subtree)
        and (set_off(token) or token.dep_ == "parataxis")
    ):
        return None
    head = token.head
    if head.pos_ not in {"VERB", "AUX", "NOUN", "ADJ", "PROPN"}:
        return None
    parts = around(head, token)
    if not parts:
        return None
    return Cue(tokens, speaker, (parts[0][0], parts[-1][1]), "parenthetical", parts)


_CHOICE_VERBS = {"vote", "choose", "elect", "select", "pick", "appoint", "nominate", "shortlist"}


def _complement_cue(
    token: Token, speaker: SpacySpan | None, tokens: list[Token], children: list[Token]
) -> Cue | None:
    """What follows a verb with no clause: the object of a claim ("denied any wrongdoing"),
    the subject of a passive, a complement ("pitched the plan to voters"), a closing tag."""
    lemma = token.lemma_.lower()
    predicate = characterisation(token)
    if predicate is not None and speaker is not None:
        # "called the move a result of poor planning": the character given is what was said
        if names_only(token, predicate):
            return None
        return Cue(tokens, speaker, quoted_span(predicate), "object")
    if lemma in _CHOICE_VERBS or any(
        c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ" and c.i > token.i for c in children
    ):
        # "voted against", "will vote on what to do": a vote is an act; "pleaded not guilty":
        # a plea; neither is words, nor does it report a quotation beside it ("the 'money
        # lady', pleaded guilty")
        return None
    objects = [c for c in children if c.dep_ in {"dobj", "attr"} and carries_content(token, c)]
    if lemma in OBJECT_CLAIM_VERBS:
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "about"} and not is_when(prep):
                objects.append(prep)
        # "the new chip promises 30 percent more battery life": a claim needs a holder
        if objects and not is_owned_thing(speaker):
            return Cue(tokens, speaker, _object_claim(token, objects[0], children), "object")
    # passive: "The plan was backed by Ana Torres" -> the plan is what she backed
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None and speaker is not None and agent_of(token) is not None:
        return Cue(tokens, speaker, clause_span(passive), "passive")
    # any other complement after the verb is what was said: "pitched the plan to voters"
    after = [c for c in children if c.i > token.i and _position_complement(token, c)]
    if any(c.dep_ == "dobj" and points_back(c) for c in children):
        # "dismissed those reports on Tuesday": with the thing pointed back at, only a
        # position given to it is said ("condemned the cuts as an attack on families")
        after = [c for c in after if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    doc = token.doc
    if (
        after
        and speaker is not None
        # "found the keys" is an act; "a survey found 60 defects" is a document's finding
        and (lemma not in _PLAIN_SENSE or written_subject(token))
        and can_hold_a_view(speaker)
        and speaker[0].lower_ not in {"who", "which", "that"}
    ):
        start = min(c.left_edge.i for c in after)
        end = max(c.right_edge.i for c in after + _circumstances(token, start))
        content = trim(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end].text))
        return Cue(tokens, speaker, content, "complement")
    # a closing tag the parser did not hang the clause on: "The wing cost £48m, the board said."
    if speaker is not None and token.i > 0:
        sent = token.sent
        tag_start = min(speaker.start, token.i)
        if (
            tag_start > sent.start + 2
            and doc[tag_start - 1].text == ","
            and all(t.is_punct for t in doc[token.i + 1 : sent.end])
        ):
            content = trim(doc_text(doc), sent.start_char, doc[tag_start - 1].idx)
            if content:
                return Cue(tokens, speaker, content, "parenthetical")
    return Cue(tokens, speaker, None, "bare")


def _object_claim(token: Token, obj: Token, children: list[Token]) -> tuple[int, int] | None:
    """The claim an object carries, run on to what follows it: "announced plans this week to
    give ...", "cited the audit as the reason"."""
    rest = _positions_after(children, obj.i)
    # "endorses Trump, who says he is honored": what the object says is its own
    spoken = next(
        (
            c
            for c in obj.children
            if c.dep_ == "relcl" and c.lemma_.lower() in COMMUNICATION_VERBS | TAG_VERBS
        ),
        None,
    )
    content = clause_span(obj, drop_subtree=spoken)
    if rest and content is not None:
        doc = token.doc
        last = doc[max(c.right_edge.i for c in rest)]
        content = trim(doc_text(doc), content[0], last.idx + len(last.text))
    return content


def _circumstances(verb: Token, start: int) -> list[Token]:
    """What follows a complement claim in its clause and belongs to it: "expect highs of 34C
    on Saturday, making it the hottest day of the year" (the time and the consequence are part
    of the forecast); not another clause, nor a clause that reports words of its own."""
    return [
        c
        for c in verb.children
        if c.i > start
        and c.dep_ in {"prep", "npadvmod", "advcl", "advmod"}
        and not opens_with_relative(verb, c)
        and not any(t.lemma_.lower() in TAG_VERBS for t in c.subtree)
    ]


def _position_complement(token: Token, c: Token) -> bool:
    """A complement that carries a position (not where, when, to whom or what for)."""
    return (
        c.dep_ not in {"punct", "cc", "conj", "prt", "advmod", "npadvmod", "mark", "agent"}
        and c.dep_ not in SUBJECTS
        # "campaigned to save the library", "worked to restore power": a purpose, not a view
        and not is_infinitive(c)
        # "spoke in Fort Worth", "reported from the border": where and when is not a position
        and not (c.dep_ == "prep" and is_when(c))
        # "speaking to reporters", "posted on social media", "addressed supporters", "when
        # she resigned": who heard it, where, when or how, not what was said
        and carries_content(token, c)
        # "Speaking on 2GB": where it went out
        and not (c.dep_ == "prep" and c.lower_ == "on" and _on_air(c))
    )


def _on_air(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and is_station(o) for o in prep.children)


def _clause_after_audience(verb: Token) -> list[Token]:
    """ "she told the Cape Argus the building was falling apart": a clause without "that" after
    who was told, which the parser hung elsewhere (or made a sentence of its own)."""
    audience = next(
        (c for c in verb.children if c.dep_ in {"dative", "dobj", "iobj"} and c.i > verb.i), None
    )
    doc = verb.doc
    nxt = audience.right_edge.i + 1 if audience is not None else len(doc)
    if nxt >= len(doc) or doc[nxt].is_punct or doc[nxt].is_space:
        return []
    clause = doc[nxt]
    while clause.head.i != clause.i and clause.head.i > audience.right_edge.i:  # type: ignore[union-attr]
        clause = clause.head
    opens = any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.left_edge.i == nxt for c in clause.children
    )
    return [clause] if clause.pos_ in {"VERB", "AUX"} and opens else []


def _positions_after(children: list[Token], i: int) -> list[Token]:
    """Complements after token ``i`` that carry a position: a clause, an infinitive, "as the
    reason", "for its cost" (a time, "on Thursday", is not one)."""
    return [
        c
        for c in children
        if c.i > i
        and (
            c.dep_ in {"xcomp", "ccomp", "oprd"}
            or (c.dep_ == "prep" and c.lower_ in POSITION_PREPS and not is_when(c))
        )
    ]


def _passive_claim(verb: Token, tokens: list[Token]) -> Cue | None:
    """ "The plan has been widely criticised for its cost": a judgement with no source given.
    The claim is the passive subject with what follows the verb."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in children):
        return None
    if verb.lemma_.lower() in PERCEPTION_VERBS:
        return None  # "He was heard to shout", "was seen leaving": what was perceived, no claim
    if verb.lemma_.lower() in _SCHEDULE_VERBS and any(
        c.dep_ == "xcomp" and is_infinitive(c) for c in children
    ):
        return None  # "He is expected to appear in court on Wednesday": a schedule, no claim
    hidden = verb.lemma_.lower() in ANONYMOUS_CLAIM_VERBS
    relative = subject.lower_ in {"which", "that", "who"}
    if subject.lower_ == "it" or (relative and not hidden):
        return None
    after = _positions_after(children, verb.i)
    if not after:
        return None  # "Heavy snow is expected in the north": no judgement, a forecast of events
    doc = verb.doc
    text = doc_text(doc)
    head = trim(text, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    if head is None and not relative:
        return None
    # "The deal, which is understood to include ...": the claim is the deal's, what follows
    # the verb said of the noun the clause hangs on
    if relative:
        antecedent = verb.head if verb.dep_ == "relcl" else None
        head = (
            trim(text, antecedent.left_edge.idx, antecedent.idx + len(antecedent.text))
            if antecedent is not None and antecedent.i < verb.i
            else None
        )
    if head is None:
        return None  # a claim about nothing the parse names: "..., who is understood to ..."
    parts = [head]
    last = doc[max(c.right_edge.i for c in after)]
    first = doc[min(c.left_edge.i for c in after)]
    tail = trim(text, first.idx, last.idx + len(last.text))
    if tail is not None:
        parts.append(tail)
    content = (parts[0][0], parts[-1][1])
    if hidden:
        # "Selectors are understood to have been watching ...": an anonymous claim
        return Cue(tokens, doc[tokens[0].i : tokens[-1].i + 1], content, "hidden", parts)
    return Cue(tokens, None, content, "sourceless", parts)


def _hidden_source(verb: Token) -> SpacySpan:
    """ "It is understood": the words that stand for a source the article keeps hidden."""
    doc = verb.doc
    start = min(
        [verb.i]
        + [
            c.i
            for c in verb.children
            if c.dep_ in {"expl", "nsubjpass", "nsubj"} and c.lower_ == "it"
        ]
        + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    )
    return doc[start : verb.i + 1]


# verbs of scheduling: "is expected to appear", "is due to open", "was set to sign"
_SCHEDULE_VERBS = {"expect", "schedule", "slate", "set", "due", "poise", "tip", "plan"}
# verbs of perceiving: "was heard to shout", "was seen to hesitate" report what was perceived
PERCEPTION_VERBS = {"hear", "see", "watch", "notice", "observe", "feel", "spot", "witness"}
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


_STATEMENTS = {"clause", "parenthetical", "according", "colon", "dash", "bare", "infinitive",
               "hidden", "sourceless"}  # fmt: skip


def says(cue: Cue) -> bool:
    """Does the cue report a statement (rather than a position)? An object claim counts when
    its verb reports speech: "denied any wrongdoing", "announced plans"."""
    if cue.kind in _STATEMENTS:
        return True
    return cue.kind == "object" and cue.word.lemma_.lower() in TAG_VERBS


# cues whose content holds what their speaker said, so a cue inside it is part of that
_HOLDS_SPEECH = {"clause", "according", "infinitive", "object", "hidden", "sourceless"}


def outermost(cues: list[Cue]) -> list[Cue]:
    """One attribution per claim.

    A cue inside another cue's reported words is part of them: 'She said he believes X' is
    hers, and 'urged hospitals to report cases' reports nothing of the hospitals'. A bare
    complement that holds a reporting clause is not a claim itself: in 'addressed rumours of a
    rift, saying the pair had drifted apart' what she said is the clause.
    """
    inner = outside_speech(cues)
    clauses = [c for c in inner if c.kind in {"clause", "parenthetical"}]
    clause_starts = sorted(c.start for c in clauses)
    # "unveiled the chip, saying ...": the verbs whose participle or conjunct reports a clause
    # (of the same speaker: a clause with a subject of its own is someone else's)
    reporting = {
        c.word.head.i
        for c in clauses
        if c.word.dep_ in {"advcl", "conj"} and own_subject(c.word) is None
    }
    # "sent a letter asking parents to ...": the claim is the participle's, not the letter's
    reports = sorted(c.start for c in inner if c.kind in _REPORTS and c.content is not None)

    def own_claim(c: Cue) -> bool:
        if c.content is None:
            return True
        if c.kind == "complement":
            return not _any_in(clause_starts, *c.content) and c.word.i not in reporting
        if c.kind == "noun":
            return not _any_in(reports, *c.content)
        return True

    return [c for c in inner if own_claim(c)]


_REPORTS = {"clause", "parenthetical", "infinitive", "object", "complement"}


def outside_speech(cues: list[Cue]) -> list[Cue]:
    """The cues not inside another cue's reported words (its content, when that is not their
    own): one sweep with bisection instead of every pair."""
    spans = sorted({c.content for c in cues if c.content and c.kind in _HOLDS_SPEECH})
    # for the spans starting at or before each point, the two reaching furthest (two, so that
    # a cue's own content can be left out)
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


def _any_in(starts: list[int], a: int, b: int) -> bool:
    """Some of the sorted ``starts`` lies in ``[a, b)``."""
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b
