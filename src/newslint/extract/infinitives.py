"""Infinitives: when "to <verb>" after a verb, noun or adjective is something said.

An infinitive complement reports words only when its governor is a speech act: a promise or a
threat ("vowed to fight on", "threatened to resign"), a directive to someone ("urged residents
to leave", "called on the council to act") or a claim ("claimed to have seen"). After any other
governor it is an intention, a decision, an effort or a disposition, not a statement: "voted to
scrap", "campaigned to save", "is keen to expand", "the plan to cut 300 jobs", "declined to
comment", "did not want to give her name". The governor is read from the parse (the head of the
``xcomp`` or ``acl``), its meaning from the speech-act classes in ``lexicon.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.complements import is_audience
from newslint.extract.cue_clauses import can_hold_a_view, personal
from newslint.extract.lexicon import DIRECTIVE_VERBS, INFINITIVE_CLAIM_VERBS, INTENTION_VERBS
from newslint.extract.marks import is_mark
from newslint.extract.noun_classes import noun_class
from newslint.extract.speaker_phrases import speaker_head
from newslint.parse import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# what a speaker withheld: "declined to comment", "asked not to be named", "did not want to give
# her name", "was not authorised to speak publicly"
_WITHHELD = {"comment", "identify", "name", "quote"}
# nouns that name a speech act of the same kind as INFINITIVE_CLAIM_VERBS: "a promise to",
# "his threat to", "a call for ... to", "their demand to"; other nouns with an infinitive are
# intentions or acts ("the plan to", "her decision to", "a bid to", "efforts to")
SPEECH_ACT_NOUNS = {
    "promise", "pledge", "vow", "threat", "offer", "demand", "call", "appeal", "plea",
    "request", "order", "instruction", "warning", "ultimatum", "undertaking", "assurance",
    "guarantee", "claim", "proposal", "invitation", "urging", "exhortation",
}  # fmt: skip


def is_infinitive(token: Token) -> bool:
    """A verb marked by "to": "to scrap", "not to be named", "to have seen"."""
    return token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" and c.i < token.i for c in token.children
    )


def negated(verb: Token) -> bool:
    """ "did not say", "has never disclosed": a negation in the verb's own group (a "not" the
    parser hung on it from a quotation, '"Probably not," she said', does not count)."""
    doc = verb.doc
    return any(
        c.dep_ == "neg"
        and verb.i - 3 <= c.i < verb.i
        and not any(is_mark(t.text) for t in doc[c.i : verb.i])
        for c in verb.children
    )


def withholds(infinitive: Token) -> bool:
    """The infinitive is what the speaker would not do: comment, give a name, speak publicly."""
    lemma = infinitive.lemma_.lower()
    if lemma in _WITHHELD:
        return True
    children = list(infinitive.children)
    if lemma == "give" and any(c.lemma_.lower() == "name" for c in children if c.dep_ == "dobj"):
        return True
    return lemma in {"speak", "talk"} and any(
        c.lower_ in {"publicly", "officially", "openly"} or c.lower_ == "on" for c in children
    )


def says_infinitive(verb: Token, infinitive: Token) -> bool:
    """Is the infinitive what was said? "vowed to fight on", "urged residents not to wait";
    not "declined to comment", "wants to cut taxes", "asked not to be named"."""
    lemma = verb.lemma_.lower()
    if lemma not in INFINITIVE_CLAIM_VERBS or negated(verb) or withholds(infinitive):
        return False
    if lemma in COMMISSIVE_VERBS and thing_before(verb, infinitive) is not None:
        return False
    if lemma in _RULING_VERBS and _sits_in_judgment(verb):
        # "the judge ordered him to pay costs": a ruling, what someone is made to do
        return False
    if lemma in DIRECTIVE_VERBS:
        # a directive tells someone: "urged residents to leave", "asked the council to act",
        # "called on Republicans to ...", "appealed to drivers to ..."
        return (
            # ("ordered a review to establish ...": a thing ordered, the infinitive its purpose)
            any(c.dep_ in {"dobj", "dative", "iobj"} and _hearer(c) for c in verb.children)
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in infinitive.children)
            or any(
                c.dep_ in {"prep", "prt"}
                and c.lower_ in {"on", "upon", "for", "to"}
                and any(o.dep_ == "pobj" for o in c.children)
                for c in verb.children
            )
        )
    return True


# the verbs a court rules with, and who sits in judgment (a bench, or a title before a name)
_RULING_VERBS = {"order", "direct", "instruct", "require", "tell", "compel"}
_BENCH = {"court", "judge", "magistrate", "tribunal", "bench", "justice", "recorder", "coroner",
          "sheriff", "arbitrator", "registrar", "judiciary"}  # fmt: skip


def _sits_in_judgment(verb: Token) -> bool:
    """The verb's subject is a court or a judge: "the High Court", "Magistrate Ann Cole"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = [subject] + [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
    return any(w.lemma_.lower() in _BENCH or w.lower_ in _BENCH for w in words)


def _hearer(noun: Token) -> bool:
    """Someone who can be told: a person or a group ("a steward", "the council", "members")."""
    return is_audience(noun) or noun_class(noun.lemma_.lower()) in {"person", "group"}


def told_to(verb: Token) -> bool:
    """ "He was told to leave", "She was asked to resign": a passive directive. Its subject is
    who was told, not a claim; with no one named as telling, nothing said is reported."""
    return (
        verb.lemma_.lower() in DIRECTIVE_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)
    )


def speech_act_noun(noun: Token) -> bool:
    """Does the noun name a speech act, so that its infinitive is what was said?"""
    return noun.lemma_.lower() in SPEECH_ACT_NOUNS


# every written form of the intention verbs: the lemmatiser misreads some ("hopes" -> "hop")
_INTENTION_FORMS = frozenset(f for v in INTENTION_VERBS for f in verb_forms(v))


def of_intention(verb: Token) -> bool:
    """ "wants to", "hopes to", "is hoping to": a wish or a plan, read from the lemma or, when
    the lemmatiser misreads it, from the written form."""
    return verb.lemma_.lower() in INTENTION_VERBS or verb.lower_ in _INTENTION_FORMS


# verbs that commit their subject to an act of its own: a promise, a vow, a threat, an offer
COMMISSIVE_VERBS = {"promise", "vow", "pledge", "threaten", "offer"}
# person nouns WordNet lacks end, in the plural, like those it has: "irrigators", "campaigners"
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants")
_PERSONS = {"i", "we", "you", "he", "she", "they", "who"}


def can_commit(speaker: SpacySpan | None, infinitive: Token) -> bool:
    """Only someone who can act makes a commitment: "the union threatened to strike" is said;
    "the storm threatens to bring down lines", "the weekend promises to be wet", "it promises
    to be a long night" are outlooks, their subjects things, times or no one."""
    if speaker is None:
        return True
    head = speaker_head(speaker)
    if head.lower_ in _PERSONS:
        return True
    if head.pos_ == "PRON":
        # "it threatened to sue" (a firm) but "it promises to be close" (nothing)
        return head.lower_ == "it" and infinitive.lemma_.lower() not in {"be", "become"}
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    if personal(head) or noun_class(head.lemma_.lower()) in {"person", "group"}:
        return True
    return head.lower_.endswith(_AGENT_ENDINGS) and noun_class(head.lemma_.lower()) is None


def can_direct(speaker: SpacySpan | None, infinitive: Token) -> bool:
    """A directive is given by someone, or written in a document: "police urged drivers to",
    "the leaflet urges drivers to"; "the tax break encourages firms to invest", "the flooding
    reminded residents to keep sandbags" are effects of a thing, nothing said."""
    if speaker is None or can_commit(speaker, infinitive):
        return True
    head = speaker_head(speaker)
    return head.pos_ != "PRON" and (
        can_hold_a_view(speaker) or noun_class(head.lemma_.lower()) == "communication"
    )


def can_say(verb: Token, speaker: SpacySpan | None, infinitive: Token) -> bool:
    """Can the subject have made the promise or given the direction the infinitive reports?"""
    lemma = verb.lemma_.lower()
    if lemma in COMMISSIVE_VERBS:
        return can_commit(speaker, infinitive)
    if lemma in DIRECTIVE_VERBS:
        return can_direct(speaker, infinitive)
    return True


def thing_before(verb: Token, infinitive: Token) -> Token | None:
    """ "pledged £2m to help flood victims", "promised a review to find out what went wrong":
    an object between the verb and its infinitive that no one could be told (a sum, a thing)
    is what was committed; the infinitive is its purpose, not what was said."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and verb.i < c.i < infinitive.i and not _hearer(c)
        ),
        None,
    )


def first_conjunct(verb: Token) -> Token:
    """ "refused to say how much it had spent or to confirm whether ...": an infinitive joined
    by "or"/"and" shares the governor of the infinitive it is coordinated with, even when the
    parser hung it on a verb inside the first one's clause; that first infinitive, or the verb
    itself."""
    if verb.dep_ != "conj" or not is_infinitive(verb):
        return verb
    above = verb.head
    for _ in range(4):
        if is_infinitive(above) and above.dep_ != "conj":
            return above
        if above.head.i == above.i:
            break
        above = above.head
    return verb


def of_a_thing(verb: Token) -> bool:
    """ "despite calls to reject it", "the plan to cut fares": an infinitive modifying a noun
    that is not a person or a body has no speaker of its own (a speech-act noun is read as a
    noun cue); "the first minister to say so" keeps its person."""
    if not is_infinitive(verb) or verb.dep_ not in {"relcl", "acl"}:
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and not (
        personal(noun) or noun_class(noun.lemma_.lower()) in {"person", "group"}
    )


def be_to(infinitive: Token) -> bool:
    """ "police are yet to confirm", "the minister is to announce": someone "be" to do it, a
    plan or what is still to come ("was the first minister to admit" has its own noun; "his
    best response was to say" tells what he did say)."""
    be = infinitive.head
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return (
        be.lemma_.lower() == "be"
        and subject is not None
        and can_hold_a_view(be.doc[subject.i : subject.i + 1])
        and not any(c.dep_ in {"attr", "acomp"} for c in be.children)
    )
