"""What the parse says about one word: its part of speech, its role, whether it is negated,
whether its neighbours give it a literal sense, whether it is part of a proper name.

A loaded word is never judged by its valence alone: "slammed the door" and "a massive star"
are literal, "Space Invaders" is a name, "the rout was not humiliating" denies the judgement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.lexicon import ANONYMOUS_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS
from newslint.language.lexicon import Entry

if TYPE_CHECKING:
    from spacy.tokens import Token

# entity types of names: a word inside one is part of a name ("Mighty Ducks", "Storm Ivor")
NAME_ENTITIES = {
    "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
}  # fmt: skip
PEOPLE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# who can be criticised, beaten or defrauded: people, groups, bodies, sides
PEOPLE_NOUNS = (
    ANONYMOUS_NOUNS
    | ROLE_NOUNS
    | ORGANIZATION_NOUNS
    | {
        "team", "side", "squad", "opposition", "visitor", "host", "champion", "holder",
        "rival", "opponent", "club", "nation", "country", "government", "minister", "mp",
        "councillor", "senator", "tenant", "renter", "taxpayer", "customer", "widow",
        "pensioner", "passenger", "commuter", "fan", "player", "batsman", "bowler", "striker",
        "defender", "goalkeeper", "keeper", "referee", "line-up", "lineup", "order",
    }
)  # fmt: skip
# what can rise and fall: "prices rocketed", "the bill spiralled"
AMOUNT_NOUNS = {
    "number", "cost", "price", "rate", "rent", "bill", "debt", "figure", "total", "count",
    "share", "value", "inflation", "unemployment", "sale", "profit", "loss", "spending",
    "level", "wait", "waiting", "temperature", "mercury", "fee", "tax", "fare", "salary", "pay",
    "wage", "budget", "deficit", "borrowing", "demand", "supply", "output", "turnover",
    "revenue", "income", "earnings", "toll", "tally", "stock", "yield", "premium", "interest",
    "crime", "case", "infection", "death", "admission", "amount", "sum",
}  # fmt: skip
# what an attack in a reporter's metaphor is on: "an assault on free speech"
VALUES = {
    "freedom", "liberty", "democracy", "speech", "right", "religion", "faith", "christianity",
    "christmas", "family", "truth", "science", "constitution", "value", "tradition",
    "sovereignty", "privacy", "justice", "decency", "common", "sense", "motorist", "driver",
    "taxpayer", "saver", "homeowner", "pensioner", "worker", "farmer", "middle", "class",
    "christian", "conservative", "liberal", "woman", "child", "man", "men", "women",
}  # fmt: skip
PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me"}
# dependency labels of a verb's arguments, and of prepositions that carry one
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "appos"}
_ARGUMENT_PREPS = {"at", "on", "into", "against", "over", "with", "upon", "by", "to", "for"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}


def in_name(token: Token, first: int | None = None, last: int | None = None) -> bool:
    """Part of a longer proper name: an entity of a name type, or a run of capitalised proper
    nouns inside a sentence (where NER did not run), reaching beyond the matched tokens
    ``[first, last]`` ("National Disaster Response Force"; but "the Deep State" is the phrase
    itself, capitalised)."""
    doc = token.doc
    first = token.i if first is None else first
    last = token.i if last is None else last
    if token.ent_type_ in NAME_ENTITIES:
        ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        if ent is None or ent.start < first or ent.end > last + 1:
            return True
    if token.pos_ != "PROPN" or not token.is_title:
        return False
    outside = [doc[i] for i in (first - 1, last + 1) if 0 <= i < len(doc)]
    return any(
        n.pos_ == "PROPN" and n.is_title and not n.is_sent_start and not token.is_sent_start
        for n in outside
    )


def pos_fits(token: Token, entry: Entry, first: int, last: int) -> bool:
    """Does the parse give the head word the entry's part of speech (and role)? The phrase
    spans tokens ``[first, last]``; a capitalised proper noun counts unless it is part of a
    longer name."""
    pos, tag, dep = token.pos_, token.tag_, token.dep_
    if entry.pos == "VERB":
        return pos == "VERB"
    if entry.pos == "NOUN":
        return pos == "NOUN" or (pos == "PROPN" and not in_name(token, first, last))
    if entry.pos == "ADV":
        return pos == "ADV"
    if last > first:
        return True  # a hyphenated adjective: the parse of its pieces says little
    if pos == "ADJ" or (pos == "PROPN" and not in_name(token, first, last)):
        return True
    # a rare adjective the tagger took for a noun in a modifier's place: "one faceless giant"
    if pos == "NOUN" and dep in {"compound", "amod"}:
        return True
    # participles used as adjectives: "a botched switch", "left fuming"
    return tag in {"VBN", "VBG"} and dep in {"amod", "acomp", "oprd", "xcomp", "advcl", "conj"}


def negated(token: Token) -> bool:
    """The word, or the verb it is said of, is negated: "was not humiliating", "no fiasco"."""
    for t in (token, token.head) if token.dep_ in {"acomp", "attr", "xcomp"} else (token,):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    return False


def neighbours(token: Token) -> list[Token]:
    """The tokens a literal sense shows in: the word's head, its children, its head's other
    children, and a preposition's object ("slammed into a wall")."""
    found = [token.head, *token.children, *token.head.children]
    found += [g for c in token.children if c.dep_ in {"prep", "prt"} for g in c.children]
    return [t for t in found if t.i != token.i]


def literal_sense(token: Token, entry: Entry) -> str | None:
    """The neighbour that marks a literal sense ("door" for slammed), if any."""
    if not entry.literal:
        return None
    for t in neighbours(token):
        if t.lower_ in entry.literal or t.lemma_.lower() in entry.literal:
            return t.text
    return None


def person_like(token: Token) -> bool:
    """A person, a group, a body, a side or a country; or what one owns ("Australia's
    line-up", "Ortiz's proposal")."""
    if token.ent_type_ in PEOPLE_ENTITIES or token.pos_ == "PROPN":
        return True
    if token.pos_ == "NOUN" and token.is_title:
        return True  # a capitalised name the tagger took for a noun: "Labour slams"
    low = token.lower_
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "line-up" is three tokens
        low = f"{doc[token.i - 2].lower_}-{low}"
    if low in PERSONAL_PRONOUNS or low in PEOPLE_NOUNS or token.lemma_.lower() in PEOPLE_NOUNS:
        return True
    return any(c.dep_ == "poss" and person_like(c) for c in token.children)


def arguments(verb: Token) -> list[Token]:
    """A verb's subject, objects, agent and prepositional objects; a participle's noun; the
    subject it shares with the verb it hangs on ("crumbled ..., thrashed by")."""
    found = []
    for c in verb.children:
        if c.dep_ in _ARGUMENTS:
            found.append(c)
        elif c.dep_ in {"prep", "agent"} and (c.dep_ == "agent" or c.lower_ in _ARGUMENT_PREPS):
            found += [g for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ in {"amod", "acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        found.append(verb.head)
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in found) and verb.dep_ in {
        "advcl", "xcomp", "conj", "ccomp"
    }:  # fmt: skip
        found += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def condition_holds(token: Token, entry: Entry) -> bool:
    """The entry's ``when``: the use the word is loaded in."""
    when = entry.when
    if when == "people" and entry.pos == "ADJ":
        return token.dep_ in {"amod", "compound"} and person_like(token.head)
    if when == "people":
        return any(person_like(a) for a in arguments(token))
    if when == "value":
        return against_a_value(token)
    if when == "modifier":
        return token.dep_ in _MODIFIER_DEPS and token.head.pos_ in {"NOUN", "PROPN"}
    if when == "label":
        return token.dep_ not in {"compound", "amod", "nmod"}
    if when == "owner":
        return has_owner(token)
    if when == "amount":
        return moves_an_amount(token)
    return True


def against_a_value(noun: Token) -> bool:
    """ "an assault on free speech", "the war on motorists", "a crusade against the family":
    the attack is on a value or on people, not on a thing ("war on drugs")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "against", "upon"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (
                obj.lemma_.lower() in VALUES or (person_like(obj) and obj.pos_ != "PROPN")
            ):
                return True
    return False


def moves_an_amount(verb: Token) -> bool:
    """ "Prices rocketed", "the number of patients spiralled", "rocketed to 41.2C": the verb's
    subject is an amount, or a preposition takes it to or by a figure."""
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in AMOUNT_NOUNS:
        return True  # "fares rocketed by 40%" read as a participle on "fares"
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and (
            c.lemma_.lower() in AMOUNT_NOUNS or any(g.pos_ == "NUM" for g in c.children)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in {"to", "by", "from"}
            and any(g.pos_ == "NUM" or g.like_num for g in c.subtree)
        ):
            return True
    return False


def has_owner(noun: Token) -> bool:
    """A government's owner named: "the Assad regime", "Iran's regime", "the Syrian regime",
    "the regime in Tehran"."""
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"} and (
            c.ent_type_ in PEOPLE_ENTITIES or c.pos_ == "PROPN" or (c.is_title and c.i > 0)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in {"in", "of"}
            and any(
                g.ent_type_ in {"GPE", "PERSON", "NORP"} or g.pos_ == "PROPN" for g in c.children
            )
        ):
            return True
    return False
