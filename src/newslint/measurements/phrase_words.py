"""The words around a figure's phrase that ``reading`` weighs: the counted noun's class, the
qualifiers and clauses that narrow it, whether it is definite ("the scheme"), another thing
named ("a separate scheme"), a contrast word near its verb, and the lemmas compared.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import (
    CONTRAST,
    COUNTED_CLASS,
    DEFINITE_WORDS,
    NEW_THING,
    OTHER_THING,
    PEOPLE_ROLES,
    VERB_CLASS,
)
from newslint.measurements.owners import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUNS = ("NOUN", "PROPN")
DEFINITE = DEFINITE_WORDS | {"his", "her", "our", "all"}  # and "all 26 students"


@lru_cache(maxsize=4096)  # asked for every pair of counts compared, of a few hundred lemmas
def counted_class(lemma: str) -> str:
    """'residents' and 'people' are one class; 'third-grader' counts as 'grader' would, and a
    role written as one word with its trade ('mineworker', 'steelworker') as the role."""
    return (
        COUNTED_CLASS.get(lemma)
        or COUNTED_CLASS.get(lemma.rsplit("-", 1)[-1])
        or _role_of_compound(lemma)
        or lemma
    )


def _role_of_compound(lemma: str) -> str | None:
    """The class of a people word closing a closed compound ('mineworker' -> 'staff',
    'schoolteacher' -> 'teacher'): a trade of four letters or more before it, so that a
    prefix ('nonresident', 'coworker') never counts."""
    for role in _PEOPLE_WORDS:
        if (
            len(role) >= 5
            and lemma.endswith(role)
            and len(lemma) - len(role) >= 4
            and lemma.isalpha()
        ):
            return COUNTED_CLASS.get(role, role)
    return None


_PEOPLE_WORDS = sorted(
    {w for w, c in COUNTED_CLASS.items() if c in PEOPLE_ROLES or c == "person"} | PEOPLE_ROLES,
    key=len,
    reverse=True,
)


def qualifying_verbs(noun: Token) -> frozenset[str]:
    """Verbs of the clauses on a counted noun: 'patients waiting', 'bridges inspected'."""
    return frozenset(verb_lemma(c) for c in clauses_on(noun))


def clauses_on(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]


ANOTHER_TIME = {"originally", "initially", "previously", "first", "formerly", "once",
                 "earlier", "later", "revised", "instead"}  # fmt: skip
BARE_DEPS = ("det", "poss", "predet", "case", "punct")
_PART_WORDS = {"including", "excluding", "among", "besides", "plus"}
_TIME_UNITS = {"hour", "day", "week", "fortnight", "month", "year", "decade", "minute"}


def qualifier_words(noun: Token, inside: set[int]) -> frozenset[str]:
    """What narrows a counted group: the adjectives, numbers and time units of the phrases and
    clauses on its noun ('who have waited more than a year' -> more, a, year; 'affordable
    homes' -> affordable). Two counts whose qualifiers neither contain the other count
    different groups ('more than a year' / 'more than two years')."""
    words = set()
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl", "prep", "amod", "compound", "nummod"):
            continue
        if child.i in inside or child.lower_ in _PART_WORDS:
            # the figure's own words: "More than 8,200" says nothing of the group, nor does
            # a part it names ("1,300 civilians, including 190 children")
            continue
        if child.dep_ == "amod" and child.pos_ == "VERB":
            words.add(child.lemma_.lower())  # "registered voters", as "affordable homes"
        for t in child.subtree:
            if t.i in inside:
                continue
            lemma = t.lemma_.lower()
            if t.pos_ == "NUM" and t.i > 0 and t.nbor(-1).is_currency:
                continue  # "180 jobs in a €40m expansion": a sum of money, not a kind of job
            if t.pos_ in ("ADJ", "NUM") or lemma in _TIME_UNITS or t.lower_ in ("a", "an"):
                words.add(lemma)
    # "a year" is one year
    return frozenset(words) if words - {"a", "an"} else frozenset()


def event_qualifiers(
    noun: Token, governing: Token | None, verb: str | None, inside: set[int]
) -> frozenset[str]:
    """A counted group that is the subject of its own event is narrowed by the event's
    phrases too: "8,200 patients have been waiting over a year" as "the patients who have
    waited over a year"."""
    if governing is None or verb is None or noun.dep_ not in SUBJECT_DEPS:
        return frozenset()
    if VERB_CLASS.get(verb_lemma(governing)) != verb:
        return frozenset()
    return qualifier_words(governing, inside)


def across_lines(first: Token, second: Token) -> bool:
    """A line break between two tokens: "Attempted murder: 6,512 / Sexual offences: 10,946"
    run together, where the parse hangs a line's figure on the next line's label."""
    lo, hi = sorted((first, second), key=lambda t: t.idx)
    return "\n" in lo.doc.text[lo.idx + len(lo) : hi.idx]


def the_before(root: Token) -> bool:
    left = [t for t in root.lefts]
    before = root.doc[root.i - 1] if root.i > 0 else None
    return any(t.lower_ in DEFINITE for t in left) or (
        before is not None and before.lower_ in DEFINITE
    )


def is_definite(noun: Token) -> bool:  # "the scheme", and "The project, a £2.6m scheme"
    if noun.dep_ == "appos" and noun.head.pos_ in NOUNS and is_definite(noun.head):
        return True
    return any(
        c.dep_ in ("det", "poss", "predet") and c.lower_ in DEFINITE for c in noun.children
    ) or any(c.dep_ == "poss" for c in noun.children)


def phrase_of(noun: Token, inside: set[int]) -> str:
    """The noun's own phrase up to the noun: determiners and modifiers, not its clauses."""
    words = [t.text for t in noun.lefts if t.i not in inside for t in t.subtree]
    return " ".join([*words, noun.text])


def other_thing(phrase: str, definite: bool) -> str | None:
    m = OTHER_THING.search(phrase)
    if m:
        return m.group(0).lower()
    if not definite and NEW_THING.search(phrase):
        return "new"
    return None


def contrast_near(verb: Token, inside: set[int], only: set[str] | None = None) -> str | None:
    """A word on the verb that puts the figure at another time or makes it a plan or a
    change: 'was originally expected to cost', 'has since risen to', 'aims to raise'."""
    chain = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        chain.append(verb.head)
    words = []
    for v in chain:
        words.append(v.lower_)
        words += [
            c.lower_
            for c in v.children
            if c.dep_ in ("aux", "auxpass", "advmod", "neg", "prt", "npadvmod")
            and c.i not in inside
        ]
    said = " ".join(words)
    found = (m.group(0).lower() for m in CONTRAST.finditer(said))
    return next((w for w in found if only is None or w in only), None)


# -- lemmas --------------------------------------------------------------------------------


def lemma_of(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.tag_ in ("NNS", "NNPS") and lemma == token.lower_:
        return counted_lemma(token.lower_)
    return lemma


def verb_lemma(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle and f"{lemma} {particle}" in VERB_CLASS:
        return f"{lemma} {particle}"
    if lemma in ("retook", "retaken"):
        return "retake"
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return "take from"  # money taken from someone, not any "take"
    if lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ == "custody" for o in c.children)
        for c in verb.children
    ):
        return "take into custody"
    return lemma
