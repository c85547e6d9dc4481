"""Whose a figure is and where: the owner a measurement's parse names (a subject, possessor or
agent, or a body reporting on the thing) and the names of its place phrases.

Read by ``reading.py`` for every figure it reads; an owner found through a pronoun ("Essex
said its scheme") or a reporting verb is marked with a leading "~" as a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.entities import PERSON_TITLES
from newslint.extract.timex import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PLACE_PREPS = {"in", "at", "near", "on", "across", "for", "outside", "around", "off", "of"}
PRONOUNS = {"it", "its", "they", "their", "them", "this", "these", "those", "he", "she", "his",
             "her", "we", "our", "which", "that", "who"}  # fmt: skip


def whose(found: str | None) -> tuple[str | None, bool]:
    """(owner, found through a pronoun): a leading "~" marks an owner read through "its"."""
    if found is None:
        return None, False
    return found.lstrip("~"), found.startswith("~")


def owner_of_noun(noun: Token, inside: set[int]) -> str | None:
    for child in noun.children:
        if child.i in inside:
            continue
        if child.dep_ == "poss":
            if child.lower_ in PRONOUNS:
                owner = _owner_up(noun, inside)
                return f"~{owner}" if owner else None
            return _name(child, inside)
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i:
            return _name(child, inside)
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        # "Kent approved a £2m scheme" is Kent's; "business leaders welcomed the scheme" is not
        if noun.head.lemma_.lower() in _OWNING_VERBS:
            return owner_of_verb(noun.head, inside)
        return None
    return _reporter(noun, inside)


# verbs whose subject owns the thing they take: who approves, builds or pays for it
_OWNING_VERBS = {
    "approve", "build", "plan", "propose", "launch", "unveil", "announce", "fund", "commission",
    "order", "buy", "sell", "sign", "award", "agree", "open", "complete", "run", "operate",
    "own", "develop", "finance", "back", "create", "construct", "install", "invest", "spend",
    "set", "establish", "start", "begin", "finish", "deliver", "submit", "lodge", "file",
}  # fmt: skip


REPORTING_VERBS = {"say", "tell", "announce", "confirm", "claim", "insist", "state", "report",
              "add", "warn", "reveal", "admit", "describe", "call", "argue"}  # fmt: skip


def _reporter(noun: Token, inside: set[int]) -> str | None:
    """'Essex said the £5m scheme would start': a body reporting on a thing with no owner of
    its own is taken as its owner, as a guess (a person quoted is not)."""
    for verb in noun.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ != "PROPN":
                return None
            people = (
                t.lower_.rstrip(".") in PERSON_TITLES or t.ent_type_ == "PERSON"
                for t in subject.subtree
            )
            if any(people):  # "Magistrate Wendell Stump said": a person, whatever the title
                return None
            name = _name(subject, inside)
            return f"~{name}" if name else None
    return None


def _owner_up(token: Token, inside: set[int]) -> str | None:
    """'Essex said its scheme ...': a possessive pronoun is the nearest named subject above."""
    for verb in token.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            owner = owner_of_verb(verb, inside, climb=False)
            if owner:
                return owner.lstrip("~")
    return None


def owner_of_verb(verb: Token, inside: set[int], climb: bool = True) -> str | None:
    for child in verb.children:
        if child.i in inside:
            continue
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in PRONOUNS or _poss_pronoun(child):
                owner = _owner_up(verb, inside) if climb else None
                return f"~{owner}" if owner else None
            return _name(child, inside)
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return _name(obj, inside) if obj is not None else None
    if climb and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return owner_of_verb(verb.head, inside)
    return None


def _poss_pronoun(noun: Token) -> bool:
    """'its forces', 'their troops': whose they are is said elsewhere."""
    return any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in noun.children)


def _name(token: Token, inside: set[int]) -> str | None:
    """The first name in a noun phrase ('Ukrainian troops' -> 'ukrainian'), or None."""
    for t in token.subtree:
        if t.dep_ in ("relcl", "acl", "appos", "prep"):
            break
        if t.i in inside or t.like_num:
            continue
        if _is_name(t):
            return t.lower_
    return None


def _is_name(t: Token) -> bool:
    """A proper name, not a common noun capitalised at the start of a sentence ("Ministers
    approved", "Business leaders said"): those are names only when tagged as entities or
    followed by another name."""
    if t.pos_ not in ("PROPN", "ADJ") or not t.text[:1].isupper():
        return False
    if t.ent_type_:
        return True
    first = t.is_sent_start or t.i == 0
    if t.pos_ == "ADJ":
        return not first
    if not first:
        return True
    following = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if following is not None and following.pos_ == "PROPN":
        return True
    return not t.lower_.endswith("s")


def place_names(tokens: list[Token], inside: set[int]) -> frozenset[str]:
    """Names in the place phrases on the measured thing or its verb: 'the scheme in York',
    'recaptured ... in Kharkiv' (not the agent: 'retaken by Ukraine' is whose)."""
    names = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
                continue
            for t in child.subtree:
                if t.pos_ == "PROPN" and t.i not in inside and not _is_time_word(t):
                    names.add(t.lower_)
    return frozenset(names)


def _is_time_word(t: Token) -> bool:
    return t.lower_ in CALENDAR_NAMES
