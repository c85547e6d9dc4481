"""Complements: when what follows a reporting verb is what was said, read from the parse.

A reporting verb's clause ("said the plan failed") is what was said. Its other complements are
what was said only when the verb is a speech act that takes a complement of that shape; the
shape is read from the complement's dependency label (and, for a prepositional phrase, its
preposition), the verb's class from its lemma:

- a prepositional phrase: "about", "of", "over", "against", "for", "as" give a topic or a
  position after any reporting verb ("warned of delays", "called for an inquiry"); "to" only
  after a verb of pointing or reacting ("pointed to the figures"), otherwise it names who heard
  it ("apologised to passengers", "wrote to the council"); "with" only after a verb of
  agreeing ("sided with the union"), otherwise it names who spoke with whom; "on" only after a
  verb of commenting ("commented on the result"), otherwise it is where the words went out
  ("posted on social media");
- an adverbial clause: a circumstance ("when she resigned", "after the vote", "if he wins"), or
  a participle of how or where someone spoke ("speaking at a rally", "posting on Facebook"), is
  never what was said;
- a noun phrase: after a verb whose object is its audience ("addressed supporters", "briefed
  reporters", "thanked staff") a person or a group is who heard it, not what was said; a bare
  figure ("defended 187", "conceded 36 runs") is a score or an amount, said only after a verb of
  estimating ("put the cost at", "estimated 3,000").

The classes are closed grammatical classes of English prepositional and object verbs, written
for newslint from general usage; they never list the words of an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.cue_clauses import (
    clause_span,
    doc_text,
    is_when,
    personal,
    that_clause,
    trim,
)
from newslint.extract.lexicon import (
    CHARACTERISING_VERBS,
    CLAIM_NOUNS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
)
from newslint.extract.not_speech import JUDGING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# prepositions that give a topic or a position after any reporting verb
TOPIC_PREPS = {"about", "of", "over", "against", "for", "as", "regarding", "concerning",
               "toward", "towards", "behind", "into", "out"}  # fmt: skip
# verbs whose "to" phrase is what they point at or answer: "pointed to the figures"
TO_TOPIC_VERBS = {"point", "refer", "allude", "object", "respond", "react", "reply", "confess",
                  "admit", "testify", "attest", "swear", "add", "return", "turn", "agree",
                  "commit", "subscribe", "relate", "pay", "draw", "call"}  # fmt: skip
# verbs whose "with" phrase is the side taken: "sided with the union"
WITH_TOPIC_VERBS = {"agree", "disagree", "concur", "side", "sympathise", "sympathize", "differ",
                    "quarrel", "clash", "empathise", "empathize", "take"}  # fmt: skip
# verbs whose "on" phrase is a topic: "commented on the result", "insisted on a vote"
ON_TOPIC_VERBS = {"comment", "elaborate", "expand", "reflect", "touch", "dwell", "weigh",
                  "insist", "focus", "agree", "report", "remark", "speak", "talk", "write",
                  "testify", "brief", "rule", "vote", "lecture", "opine", "advise", "decide",
                  "deliberate", "campaign", "compromise", "negotiate", "press", "quiz", "grill",
                  "question", "challenge", "attack", "criticise", "criticize", "blame", "hammer",
                  "concentrate", "capitalise", "capitalize", "harp", "muse", "ponder",
                  "speculate", "update", "consult", "differ", "disagree", "split", "rely",
                  "count", "bet", "call", "urge", "push", "pressure", "lobby", "warn",
                  "educate", "inform", "waver", "flip", "backtrack", "renege", "double",
                  "stand", "hold", "stay", "pass", "follow", "build", "plan", "act",
                  "deliver", "offer"}  # fmt: skip
# verbs whose noun object is who heard it: "addressed supporters", "briefed reporters"
AUDIENCE_OBJECT_VERBS = {"address", "brief", "inform", "notify", "tell", "remind", "reassure",
                         "assure", "thank", "congratulate", "greet", "meet", "interview",
                         "quiz", "grill", "lobby", "implore", "beg", "urge", "alert", "warn",
                         "advise", "update", "email", "text", "message", "phone",
                         "write", "contact", "petition", "persuade", "convince",
                         "encourage", "invite", "ask", "instruct", "order", "direct",
                         "press", "pressure", "challenge", "tag"}  # fmt: skip
# verbs whose object can be an amount: "estimated 3,000 deaths", "put the cost at £2m"
ESTIMATE_VERBS = {"estimate", "predict", "forecast", "project", "put", "calculate", "quote",
                  "cite", "claim", "report", "expect", "reckon", "guess", "place", "promise",
                  "pledge", "offer", "demand", "seek", "propose", "announce", "reveal",
                  "disclose", "confirm", "record", "count", "tally", "log", "budget"}  # fmt: skip
# verbs whose figure object is a finding when a document finds it: "the audit found 40
# breaches" (not "police found 200 plants", an act)
FINDING_VERBS = {"find", "show", "identify", "uncover", "detect", "reveal", "record", "count"}
# subordinating words that make an adverbial clause a circumstance of the speaking
_CIRCUMSTANCE = {"when", "after", "before", "since", "if", "while", "whilst", "because", "as",
                 "although", "though", "unless", "until", "till", "once", "whenever", "where",
                 "wherever", "whether", "so", "lest", "even", "how"}  # fmt: skip
_PERSONAL_PRONOUNS = {"me", "us", "him", "her", "them", "you", "everyone", "everybody",
                      "anyone", "anybody", "someone", "somebody", "people"}  # fmt: skip


def carries_content(verb: Token, complement: Token) -> bool:
    """Is ``complement`` (a dependent of the reporting ``verb`` after it) what was said?"""
    lemma = verb.lemma_.lower()
    dep = complement.dep_
    if dep == "prep":
        return _prep_carries(lemma, complement)
    if dep in {"dative", "iobj"}:
        return False  # "told reporters", "gave the council": who heard it
    if dep in {"advcl", "ccomp"} and opens_with_relative(verb, complement):
        return False
    if dep == "advcl":
        return _clause_carries(complement)
    if dep in {"dobj", "attr"}:
        if _figure(complement):
            return lemma in ESTIMATE_VERBS or (lemma in FINDING_VERBS and written_subject(verb))
        if lemma in AUDIENCE_OBJECT_VERBS and (
            is_audience(complement) or complement.lemma_.lower() in _GATHERINGS
        ):
            return False  # "addressed supporters", "addressing a press conference"
        if dep == "dobj" and points_back(complement):
            return False
        if dep == "dobj" and lemma == "call":
            return False  # "called a meeting", "called the police": an act; "called it a
            # disgrace" is read as a characterisation before this
    return True


# a gathering addressed or briefed is where it was said, not what: "addressing a rally"
_GATHERINGS = {"conference", "meeting", "rally", "briefing", "crowd", "audience", "session",
               "assembly", "hearing", "summit", "gathering", "event", "forum", "seminar",
               "webinar", "convention", "congress", "parliament", "chamber", "house",
               "conclave", "symposium", "vigil", "protest", "march", "ceremony"}  # fmt: skip
# determiners of a thing already in the story: "the plan", "those reports"
_BACK_DETERMINERS = {"the", "this", "that", "these", "those"}
_BARE_MODIFIERS = {"det", "poss", "amod", "compound", "case", "advmod"}
# verbs that say whether a claim is true: "denied the allegation", "admitted the charge"
_TRUTH_VERBS = {"deny", "admit", "acknowledge", "concede", "confess"}
_HOW_PREPS = {"in", "during", "via", "through"}


def points_back(noun: Token) -> bool:
    """ "welcomed the plan", "rejected the charge", "dismissed those reports", "defended his
    decision": a short definite phrase names a thing the story has already given; taking a
    side on it is an act, and the phrase holds no claim to check. A phrase that carries one of
    its own ("the claim that ...", "the decision to close ..."), a person ("praised the
    staff") or an indefinite ("denied any wrongdoing") is not this."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ or is_audience(noun):
        return False
    if noun.head.lemma_.lower() in _TRUTH_VERBS and noun.lemma_.lower() in CLAIM_NOUNS:
        return False  # "denied the allegation": says the claim is false, a claim of its own
    if any(
        c.dep_ == "prep" and c.i > noun.i and c.lower_ in TOPIC_PREPS for c in noun.head.children
    ):
        return False  # "cited the audit as the reason", "blamed the board for ...": one claim
    # "confirmed the decision in a short statement": how or when it was said is not the phrase
    children = [
        c
        for c in noun.children
        if not (c.dep_ == "prep" and (c.lower_ in _HOW_PREPS or is_when(c)))
    ]
    words = [t for c in children for t in c.subtree]
    if any(c.dep_ not in _BARE_MODIFIERS for c in children) or len(words) > 3:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS) or c.dep_ == "poss" for c in children
    )


_AS_PHRASES = {"part", "result", "whole", "well", "usual", "such", "consequence", "matter"}
# verbs of judging something: "derided the deal as toothless", "viewed them as rivals"
EVALUATIVE_VERBS = JUDGING_VERBS | {
    "dismiss", "deride", "disparage", "reject", "lambast", "ridicule", "laud", "view",
    "regard", "see", "treat", "rate", "rank", "judge", "assess", "paint", "cast", "write",
}  # fmt: skip
_PREDICATE_POS = {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}
_NAMING_VERBS = {"call", "name", "title", "entitle", "nickname", "christen", "dub"}
_DEFINITE = _BACK_DETERMINERS | {"its", "his", "her", "their", "our", "my", "your"}


def characterisation(verb: Token) -> Token | None:
    """What a verb of characterising gives its object: "called the report a damning picture"
    (the picture), "described the ruling as a step back" (the step back), "branded the scheme
    a tax" (a second object), "call the junction 'Dead Man's Corner'" (an apposition)."""
    lemma = verb.lemma_.lower()
    children = [c for c in verb.children if c.i > verb.i]
    objects = [c for c in children if c.dep_ == "dobj"]
    # the "as" phrase, on the verb or, as the parser often hangs it, on the object
    as_phrases = [c for c in children + [g for o in objects for g in o.children] if _is_as(c)]
    if lemma not in CHARACTERISING_VERBS:
        # "dismissed the claims as nonsense", "derided the deal as toothless": a verb of
        # judging with an object and an "as" phrase gives the object a character ("cited the
        # audit as the reason", "named Ms Lee as chair" are not judgements: the whole is
        # said; nor is a person's role, "confirmed Ms Lee as its new chair")
        if lemma not in EVALUATIVE_VERBS or not any(not is_audience(o) for o in objects):
            return None
        return _as_predicate(as_phrases[0]) if as_phrases else None
    oprd = next((c for c in children if c.dep_ == "oprd"), None)
    if oprd is not None:
        return oprd
    if as_phrases:
        return _as_predicate(as_phrases[0])
    if len(objects) == 2:
        return objects[1]
    if objects:
        return next((c for c in objects[0].children if c.dep_ == "appos"), None)
    return None


def _is_as(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "as"


def _as_predicate(prep: Token) -> Token | None:
    """The character an "as" phrase gives (not "as dam stocks dip", a clause of time or cause;
    not "as part of", "as a result", fixed phrases)."""
    return next(
        (
            g
            for g in prep.children
            if g.dep_ in {"pobj", "amod", "acomp"}
            and g.pos_ in _PREDICATE_POS
            and g.lemma_.lower() not in _AS_PHRASES
        ),
        None,
    )


def quoted_span(predicate: Token) -> tuple[int, int] | None:
    """The predicate's words, run on to the closing mark of a quotation it opens ('called the
    report "a damning picture of a government out of ideas"': the parser hangs the tail on
    the verb)."""
    span = clause_span(predicate)
    doc = predicate.doc
    first = doc[predicate.left_edge.i]
    opening = doc[first.i - 1] if first.i > 0 and not first.is_quote else first
    if span is None or not opening.is_quote:
        return span
    sent_end = predicate.sent.end
    close = next((t for t in doc[predicate.right_edge.i + 1 : sent_end] if t.is_quote), None)
    if close is None or close.i - predicate.right_edge.i > 12:
        return span
    return trim(doc_text(doc), span[0], close.idx)


def names_only(verb: Token, predicate: Token) -> bool:
    """ "calling him 'Mr Dependable'", "a stretch locals call 'the rollercoaster'", "what the
    city called its final offer": a verb of naming that gives a proper name, or a definite name
    to a thing the sentence points at (no object of its own, or "what"), reports a name, not a
    view; "called the vote 'a long time coming'", "what critics call a tax" are views."""
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    words = [t for t in predicate.subtree if t.is_alpha]
    if words and all(t.is_title for t in words) and predicate.pos_ == "PROPN":
        return True
    gap = not any(
        c.dep_ == "dobj" and c.tag_ not in {"WP", "WDT"} and c.i > verb.i for c in verb.children
    )
    first = predicate.doc[predicate.left_edge.i]
    while first.is_punct and first.i < predicate.i:
        first = predicate.doc[first.i + 1]
    return gap and first.lower_ in _DEFINITE


def opens_with_relative(verb: Token, clause: Token) -> bool:
    """ "forecast a normal monsoon, which officials said ...": a clause after the verb opened by
    a relative pronoun is said of a noun (the parser's ccomp), not reported by the verb. A
    pronoun before the verb is the clause's own fronted subject: "which officials said offered
    hope" reports "offered hope"."""
    first = clause.doc[clause.left_edge.i]
    # ("that" and "what" open reported clauses: "told us that ...", "explained what happened")
    return first.i > verb.i and first.lower_ in {"which", "who", "whom", "whose"}


def _prep_carries(lemma: str, prep: Token) -> bool:
    word = prep.lower_
    if word in TOPIC_PREPS:
        return True
    if word == "to":
        return lemma in TO_TOPIC_VERBS
    if word == "with":
        return lemma in WITH_TOPIC_VERBS
    if word in {"on", "upon"}:
        return lemma in ON_TOPIC_VERBS
    return False  # "in", "at", "from", "during", "outside", "via": where, when or how


def _clause_carries(clause: Token) -> bool:
    """An adverbial clause is what was said only when it is a clause of its own with a subject
    and no subordinating word: the parser's reading of a clause without "that"."""
    children = list(clause.children)
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in _CIRCUMSTANCE for c in children):
        return False
    # "speaking at a rally", "posting on Facebook", "asked about the plan": how, where or when
    # someone spoke
    return clause.tag_ not in {"VBG", "VBN"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children
    )


def is_audience(noun: Token) -> bool:
    """A person or a group as a verb's object: "supporters", "the minister", "him"."""
    if noun.lower_ in _PERSONAL_PRONOUNS or noun.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return True
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in _PRESS_HEARERS:
        return True  # "told reporters", "assured journalists"
    return noun.pos_ in {"NOUN", "PROPN"} and personal(noun)


_PRESS_HEARERS = {"reporter", "journalist", "correspondent", "interviewer", "broadcaster"}


def _figure(noun: Token) -> bool:
    """A bare figure or an amount of something: "187", "36 runs", "£2m" (not a date: "the
    9/11 attacks")."""
    if noun.ent_type_ == "DATE":
        return False
    if noun.like_num or noun.ent_type_ in {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}:
        return not any(c.dep_ in {"prep", "relcl", "acl", "amod"} for c in noun.children)
    return any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ != "DATE" for c in noun.children
    ) and not any(c.dep_ in {"amod", "compound", "relcl", "acl"} for c in noun.children)


def written_subject(verb: Token) -> bool:
    """The verb's subject is a document: "a condition survey ... found", "the audit showed"."""
    return any(
        c.dep_ == "nsubj" and {c.lower_, c.lemma_.lower()} & DOCUMENT_NOUNS for c in verb.children
    )


# auxiliaries that carry a clause's own tense: "and would not be discussing", "and was testing"
_CLAUSE_AUX = {"would", "could", "might", "should", "will", "can", "was", "were", "had", "is",
               "are", "has", "have"}  # fmt: skip


def reported_conjunct(verb: Token, clause: Token) -> Token | None:
    """'said he was "focused on pre-season" and would not be discussing his private life':
    after a quotation mark the parser hangs the clause's second verb on the reporting verb. A
    verb joined to it after the reported clause, with no subject of its own but an auxiliary
    of its own tense, continues what was said."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i or conj.pos_ not in {"VERB", "AUX"}:
            continue
        children = list(conj.children)
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children):
            return None  # "said ... and she would ...": a clause of its own
        if conj.lemma_.lower() == verb.lemma_.lower() or conj.dep_ == "ccomp":
            return None
        between = verb.doc[clause.right_edge.i + 1 : conj.i]
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _CLAUSE_AUX for c in children) and (
            all(t.dep_ in {"cc", "aux", "auxpass", "neg", "punct", "advmod"} for t in between)
        ):
            return conj
        return None
    return None


# directives that also name an act of management: "directed a firm to pay", "pressed staff to"
_ACT_DIRECTIVES = {"direct", "order", "instruct", "press"}
_TELLING_DIRECTIVES = DIRECTIVE_VERBS - _ACT_DIRECTIVES


def directed_infinitive(verb: Token, children: list[Token]) -> list[Token]:
    """ "is urging travellers without reservations to consider sailing": after a directive and
    its hearer the parser may read the infinitive as a purpose (advcl); it is what the hearer
    was told to do."""
    if verb.lemma_.lower() not in _TELLING_DIRECTIVES:
        return []
    hearer = next((c for c in children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    if hearer is None or not is_audience(hearer):
        return []  # "called a press conference to announce ...": a purpose, no one told
    return [
        c
        for c in children
        if c.dep_ == "advcl"
        and c.i > hearer.i
        and any(t.dep_ == "aux" and t.tag_ == "TO" and t.i < c.i for t in c.children)
    ][:1]


# prepositions of a circumstance of the speaking: "insisted after the defeat that ..."
_WHEN_PREPS = {"after", "before", "during", "following", "at", "in", "on", "since"}


def clause_on_circumstance(verb: Token, children: list[Token]) -> list[Token]:
    """ "had insisted after Saturday's defeat that he had no intention of walking away": the
    parser hung the verb's "that" clause on the noun of when or where it was said (a claim
    noun keeps its own clause: "insisted after reports that ...")."""
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHEN_PREPS or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in CLAIM_NOUNS:
                continue
            clause = [c for c in noun.children if c.dep_ == "acl" and that_clause(c)]
            if clause:
                return clause[:1]
    return []
