"""Speaker forms the head noun alone misreads, each read from the parse and a word class.

- **A name closing a long title**: "Mayoral committee member for water and sanitation Sipho
  Ndlovu said": the parser hangs the name inside the title's prepositional phrase, so the head
  is the role ("member"); the speaker is the person the title ends with.
- **A press item owned by an outlet**: "A Morning Ledger report said", "The Gazette's business
  column said": a report or column of a newspaper speaks for that outlet, not as a document.
- **One unnamed individual**: "A Dunedin pensioner said", "one shopper said": a singular
  noun of a person (WordNet's class, ``noun_classes.tsv``) after "a" or "one" is someone
  unnamed. (Plural or definite person nouns stay undecided: "most respondents", "the creator
  of the show" were as often a survey or someone named elsewhere.)
- **A body named by capitalised common nouns**: "Fire and Emergency New Zealand said": the
  parser reads "Fire" as the head; a span of capitalised words joined by "and" or "of", with a
  common noun at its head and no person's name, is a body's name.
- **An elided person**: "One fan wrote ... Another said ...": "another", "others", "a third"
  standing alone take the noun of the people just mentioned; when that noun names people,
  the speaker is one of them, unnamed.
- **A person speaking as "I"**: '"I am gutted," Brooke said': a one-word name the tagger took
  for a body is a person when its own words say "I", "me" or "my", which a body's statement
  never does. (Not the converse: a person says "we" for a team, a party or a country.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.entities import PERSON_TITLES, name_word_form
from newslint.extract.lexicon import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    NEWS_WORDS,
    ORGANIZATION_NOUNS,
    OUTLET_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
)
from newslint.extract.name_spelling import fold
from newslint.extract.noun_classes import noun_class
from newslint.extract.press import BODY_WORDS, GENERIC_OUTLET_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

# what a person's title is made of: roles and the people nouns of the lexicon
_TITLE_HEADS = ANONYMOUS_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS
_DOCUMENT_OR_BODY = DOCUMENT_NOUNS | ORGANIZATION_NOUNS
# the press items an outlet publishes under its own name
PRESS_ITEMS = {"report", "reports", "column", "story", "article", "editorial", "investigation",
               "analysis", "piece", "feature", "exclusive", "survey", "poll", "review",
               "leader", "blog", "podcast", "programme", "program", "documentary",
               "bulletin", "broadcast", "interview"}  # fmt: skip
# words that stand for a noun said just before: "Another said", "Others disagreed"
_ELLIPTIC = {"another", "others", "one", "some", "many", "several", "most", "third", "second",
             "fourth", "fifth"}  # fmt: skip
_INDIVIDUAL = {"a", "an", "one", "another"}
_FEW = {"several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "a", "dozens", "scores"}  # fmt: skip


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and name_word_form(token)


def name_after_title(span: Span, head: Token) -> str | None:
    """ "Regional council member for transport and planning Thandiwe Mokoena": the span ends
    with two or three name words, none a body's, right after a lower-case word of a title
    whose noun is a person's role; the parse's head is the role or the name."""
    words = [t for t in span if not t.is_punct]
    run: list[Token] = []
    for token in reversed(words):
        if not _name_word(token):
            break
        run.insert(0, token)
    if not 2 <= len(run) <= 3 or run[0].i == span.start:
        return None
    roles = [t for t in span if t.i < run[0].i and t.pos_ == "NOUN" and _role(t)]
    if not roles or (head not in roles and head not in run):
        return None
    before = span.doc[run[0].i - 1]
    if not before.is_lower or before.is_punct or before.pos_ == "ADP":
        # "a member of Greater Manchester Police", "a spokesman for Coastline Projects": where
        # the person works; "sources close to Mr Patel": whom they are close to
        return None
    if before.pos_ in {"CCONJ", "VERB"} or any(
        t.pos_ in {"VERB", "AUX"} for t in span.doc[roles[0].i + 1 : run[0].i]
    ):
        # "a lawyer representing Mr Hale and Mr Booth": the name is who the person acts for
        return None
    if any(t.dep_ == "det" for t in span.doc[roles[0].i + 1 : run[0].i]):
        # "analysts at the broker Fenwick Hale", "figures obtained by the Courier-Record": a
        # name after a determiner heads a phrase of its own (a body, a place)
        return None
    if any(fold(t.text) in BODY_WORDS for t in run):
        return None
    if any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} for t in run):
        return None
    return " ".join(t.text for t in run)


def _role(token: Token) -> bool:
    return bool({fold(token.text), token.lemma_.lower()} & _TITLE_HEADS)


def outlet_item(head: Token, is_outlet: Callable[[Token], bool]) -> Token | None:
    """ "The Gazette's business column", "A Morning Ledger report": the outlet a press item
    belongs to (its possessor or the proper name compounded before it), if the name is an
    outlet's by ``is_outlet(owner)``."""
    if fold(head.text) not in PRESS_ITEMS or head.pos_ != "NOUN":
        return None
    # "a report in The Irish Times": the outlet it appeared in
    owners = [
        c for c in head.children if c.i < head.i and c.dep_ in {"poss", "compound", "nmod"}
    ] + [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"in", "by"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return next((o for o in owners if o.pos_ == "PROPN" and is_outlet(o)), None)


# the kinds of outlet a name is introduced by: "entertainment site ScreenBeat"
_OUTLET_KINDS = {"newspaper", "paper", "daily", "tabloid", "magazine", "site", "website",
                 "broadcaster", "channel", "station", "outlet", "weekly", "portal"}  # fmt: skip


def outlet_by_kind(span: Span, head: Token) -> Span | None:
    """ "US entertainment site ScreenBeat", "Brazilian newspaper O Tempo Esportivo": a name right
    after the kind of outlet it is, in apposition or compounded; the name."""
    doc = span.doc
    for kind in span:
        if kind.pos_ != "NOUN" or fold(kind.text) not in _OUTLET_KINDS or kind.i + 1 >= span.end:
            continue
        name = doc[kind.i + 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        if name.head == kind and name.dep_ == "appos":
            return doc[name.i : name.right_edge.i + 1]
        if kind.head == head and kind.dep_ == "compound" and head.pos_ == "PROPN":
            return doc[name.i : head.i + 1]
    return None


def unnamed_individual(span: Span, head: Token) -> bool:
    """ "A Dunedin pensioner", "one shopper", "several irrigators", "three growers": a person
    noun counted, one ("a", "one") or a few ("several", a number)."""
    if head.pos_ != "NOUN" or head.tag_ not in {"NN", "NNS"} or not head.is_lower:
        return False
    if {fold(head.text), head.lemma_.lower()} & _DOCUMENT_OR_BODY:
        return False
    first = span[0]
    if first.i >= head.i:
        return False
    if any(c.dep_ == "appos" or (c.pos_ == "PROPN" and c.i > head.i) for c in head.children):
        return False  # "A second Iranian blogger, Motjaba X, ...": named beside
    if head.tag_ == "NN" and first.lower_ not in _INDIVIDUAL:
        return False
    if head.tag_ == "NNS" and not (first.lower_ in _FEW or first.like_num):
        # ("some respondents", "most voters": a survey's share, not people speaking)
        return False
    return noun_class(head.lemma_) == "person" or fold(head.text) in _TITLE_HEADS


def elided_people(span: Span, is_person_noun: Callable[[Token], bool]) -> bool:
    """ "Another said", "Others disagreed", "A third wrote": a word standing for the noun of the
    people just mentioned (in this sentence or the two before), when that noun names people."""
    words = [t for t in span if not t.is_punct and t.lower_ not in {"a", "the"}]
    if len(words) != 1 or words[0].lower_ not in _ELLIPTIC:
        return False
    doc = span.doc
    first_sentence = doc[span.start].sent
    window_start = first_sentence.start
    for _ in range(2):
        if window_start == 0:
            break
        window_start = doc[window_start - 1].sent.start
    for token in reversed(doc[window_start : span.start]):
        if token.pos_ == "NOUN" and _introduced(token):
            return is_person_noun(token) or noun_class(token.lemma_) == "person"
    return False


def _introduced(noun: Token) -> bool:
    """A noun that brings in members of a kind: "One fan", "some viewers", "a neighbour", or
    the subject of its sentence's main verb ("Viewers flooded social media")."""
    if any(c.dep_ in {"det", "nummod"} and c.lower_ in _MEMBER_DETERMINERS for c in noun.children):
        return True
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.dep_ == "ROOT"


_MEMBER_DETERMINERS = {"a", "an", "one", "some", "many", "several", "two", "three", "other", "most"}


# the small words a body's capitalised name may hold: "Fire and Emergency New Zealand"
_NAME_JOINERS = {"and", "&", "of", "for", "the", "on"}


def capitalised_body(span: Span, head: Token) -> bool:
    """ "Fire and Emergency New Zealand", "Health and Safety Executive": a capitalised common
    noun heading a span of capitalised words only, no person's name among them: a body's
    name (a person's name holds no common noun). "Devon and Cornwall Police": names joined
    before a body's noun are one body serving both, even when the tagger takes the first
    name for a person's."""
    words = [t for t in span if not t.is_punct and not _in_brackets(t)]
    if len(words) < 3 or any(_role(t) or fold(t.text) in PERSON_TITLES for t in words):
        return False  # "The Mayor of London", "Chief Executive of Tesco": a person's office
    # names joined by "and" alone ("Mr Morgan of the Sierra Club" is a person of a body)
    ends_in_body = (
        fold(words[-1].text) in BODY_WORDS
        and words[-1].is_title
        and all(t.is_title or t.lower_ in {"and", "&"} for t in words)
    )
    if not ends_in_body and (
        head.pos_ != "NOUN" or not head.is_title or any(t.ent_type_ == "PERSON" for t in words)
    ):
        return False
    return all(t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS for t in words) and any(
        t.lower_ in _NAME_JOINERS for t in words
    )


def written_as_name(token: Token) -> bool:
    """A capitalised word the tagger took for a common noun ("Sanders:", "Vantor said" at a
    sentence's start) that the article writes capitalised inside a sentence elsewhere and
    never in lower case: a name."""
    if not token.is_title:
        return False
    same = [t for t in token.doc if t.lower_ == token.lower_ and t.i != token.i]
    return any(t.is_title and not t.is_sent_start for t in same) and not any(
        t.is_lower for t in same
    )


def _in_brackets(token: Token) -> bool:
    """ "(TfW)": a token between round brackets, an abbreviation of the name before it."""
    doc = token.doc
    return (
        token.i > 0
        and token.i + 1 < len(doc)
        and doc[token.i - 1].text == "("
        and doc[token.i + 1].text == ")"
    )


# outlet words that name a kind of outlet or a person, not a title: "Press", "News", "reporter"
_GENERIC_PRESS = (
    NEWS_WORDS | GENERIC_OUTLET_WORDS | {"wire", "channel", "star", "sun", "times", "post"}
)
_TITLE_WORDS = OUTLET_WORDS - _GENERIC_PRESS


def press_name(span: Span) -> bool:
    """ "Business Standard", "Clarion Sport", "The Westbury Courier": two to four capitalised
    proper nouns ending in a word newspapers are named with, or starting with one and ending
    in a section's name. Read only as the subject
    of a verb of publishing ("reported", "understands"), where a newspaper's name is expected."""
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if len(words) == 1:
        return _one_word_title(span, words[0])
    if not 2 <= len(words) <= 4 or not all(
        t.pos_ == "PROPN" and (t.is_title or (t.is_upper and t.i < words[-1].i)) for t in words
    ):
        return False  # capitalised words, an initialism among them ("INB News")
    last = fold(words[-1].text)
    # "Clarion Sport", "Mail Online": a title, then the section; not "Standard Chartered";
    # "Metro News", "Harbour Times": a name, then the kind of paper it is
    return (
        last in _TITLE_WORDS
        or (last in _NAMED_KINDS and not any(t.ent_type_ == "PERSON" for t in words))
        or (fold(words[0].text) in _TITLE_WORDS and last in _SECTIONS)
    )


# the last word of a paper's or a service's name that is no title alone: "Metro News"
_NAMED_KINDS = {"news", "wire", "times", "post"}
# the end of a title written as one word: "TechWire", "Racingmail", "Citypost"
_JOINED_TITLE = re.compile(r"(?i)^[a-z]{3,}(?:wire|mail|news|post|times|herald|gazette)$")


def _one_word_title(span: Span, word: Token) -> bool:
    """ "The Herald on Sunday reported" (the tagger's person), "TechWire reported": a title
    word after "The", or one word ending in a title, never a person's name."""
    if not word.text[:1].isupper():
        return False
    if span[0].lower_ == "the":
        return fold(word.text) in _TITLE_WORDS
    return word.ent_type_ != "PERSON" and _JOINED_TITLE.match(word.text) is not None


_SECTIONS = {"sport", "sports", "online", "digital", "live", "business", "weekly", "weekend",
             "sunday", "news", "today", "money"}  # fmt: skip


_I = {"i", "me", "my", "mine", "myself"}


def _own_words(head: Token) -> set[str]:
    """The words of the clause the speaker's verb reports (a quotation's, in a tag)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return set()
    return {t.lower_ for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}


def speaks_as_i(head: Token) -> bool:
    """'"I am furious," Brooke said': a body's statement never says "I"; a person's does."""
    return bool(_own_words(head) & _I)


# verbs that put out a text: what they put out is a document ("details released by the club",
# "a presentation shown at the meeting", "figures obtained by the paper")
_ISSUING_VERBS = {"release", "publish", "issue", "show", "present", "circulate", "file", "lodge",
                  "submit", "table", "leak", "obtain", "post", "distribute", "commission",
                  "prepare", "compile", "produce", "send", "see"}  # fmt: skip


def issued_item(head: Token, is_person: Callable[[Token], bool]) -> bool:
    """ "team details released by the province", "a district presentation shown at the
    meeting": a thing (never a person: "a man released on bail") that a participle says was
    put out or handed over is a document."""
    if head.pos_ != "NOUN" or is_person(head):
        return False
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ISSUING_VERBS
        for c in head.children
    )
