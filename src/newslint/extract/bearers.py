"""Whom an age, a birth or a death is said of, read from the sentence's dependency parse.

A sub-editor ties "34" to Jane Smith because of how the sentence is built, not because the two
are near each other: "Jane Smith, 34," (the age in apposition to the name), "Ms Daly, aged 52,"
("aged 52" modifying the name), "Smith, who turned 60," (a relative clause on the name), "At 29,
she is ..." and "He was 93" (the subject of the age's clause), "Twenty-year-old Faith
Chepkemoi" and "a 52-year-old Ozark man" (the noun the age describes), "The man, identified as
Dwayne Pruitt," (a description that names its bearer), "his 38th birthday" (the possessor).
So the reader climbs the parse from the age to the noun phrase it is said of:

- a name: the person (the article's people are grouped by ``mention_groups.group_mentions``);
- a pronoun ("he", "she"): its gender; the rule decides whether it is the main person;
- a description ("the 26-year-old", "a 72-year-old man", "the driver"): its noun, whether it is
  definite, and the gender its noun gives ("man", "mother", "Mr").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.clauses import Sentences, subject
from newslint.extract.entities import Mention, mention_from_tokens
from newslint.extract.lexicon import TAG_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.analysis import Analysis

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_VERBAL = frozenset({"VERB", "AUX"})
# edges from a word to the noun it describes ("Smith, 34", "Daly, aged 52", "Smith, who ...")
_DESCRIBES = frozenset({"appos", "amod", "acl", "npadvmod", "nummod", "nmod", "relcl"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_MALE = frozenset(
    re.findall(
        r"\S+",
        "man boy father son husband brother grandfather grandson uncle nephew gentleman widower "
        "king prince mr sir lord schoolboy fireman policeman spokesman chairman",
    )
)
_FEMALE = frozenset(
    re.findall(
        r"\S+",
        "woman girl mother daughter wife sister grandmother granddaughter aunt niece lady widow "
        "queen princess mrs ms miss schoolgirl policewoman spokeswoman chairwoman",
    )
)
_NAMING_VERBS = frozenset({"identify", "name"})
# nouns an age is "of" without being its bearer: "at the age of 19"
_NOT_BEARERS = frozenset({"age", "aged", "birthday", "birth", "date"})


@dataclass(frozen=True)
class Subject:
    """Who a statement is about: a name (a person), a pronoun, or a description."""

    name: Mention | None = None
    pronoun: str | None = None  # "m" or "f"
    description: str | None = None  # "the 54-year-old chief executive": "chief executive"
    how: str = ""
    definite: bool = True  # "the driver" (someone already introduced), not "a driver"
    gender: str | None = None  # from a pronoun, a title or the noun ("man", "mother")
    clause_verb: str | None = None  # lemma of the verb the bearer is the subject of
    tense: str | None = None  # of that verb: "past", "present" or "future"


class Bearers:
    """Reads the bearers of statements at given offsets, parsing their sentences in one batch."""

    def __init__(self, analysis: Analysis, mentions: list[Mention], offsets: list[int]):
        self.text = analysis.text
        self.mentions = mentions
        self.added: list[Mention] = []
        # (full name, nickname): Dorothy "Dot" Henning is also "Dot" and "Dot Henning"
        self.aliases: list[tuple[Mention, str]] = [
            (m, nickname) for m in mentions for nickname in _NICKNAME.findall(m.text)
        ]
        # words the article uses in names: "Pruitt" opening a sentence may be tagged ADJ
        self.known = {w.text for m in mentions for w in m.words if len(w.text) > 2}
        self.sentences = Sentences(analysis, offsets)

    def of(self, start: int, end: int | None = None) -> Subject | None:
        """The bearer of the statement whose head word is at ``start`` (``end``: its last
        token is the head, as "old" is of "43-year-old")."""
        token = self.sentences.token(start, end)
        if token is None:
            return None
        if token.lower_ == "old" or token.lower_ == "birthday":
            if _modifies_next_noun(token) or _in_apposed_phrase(token):
                return self._nominal(token.head, "adjacent")
            if token.lower_ == "birthday":
                return self._possessor(token)
            return self._nominal(token, "description")
        return self._climb(token)

    # -- climbing the parse -------------------------------------------------------------------

    def _climb(self, token: Token) -> Subject | None:
        t = token
        for _ in range(10):
            head = t.head
            if (
                t.dep_ in _DESCRIBES
                and head is not t
                and (head.pos_ in _NOMINAL or self._is_name(head))
                and head.lemma_.lower() not in _NOT_BEARERS
            ):
                if _inside_of_phrase(head):
                    return None  # "Mary Jones, the wife of John Smith, 45,": whose is unsaid
                how = "relative clause" if t.dep_ == "relcl" else "apposition"
                found = self._nominal(head, how)
                if found is not None and t.dep_ == "relcl" and t.pos_ in _VERBAL:
                    # "Kerr, who joined the council in 1975 at the age of 19,": the relative
                    # clause's verb sets the time, as a main clause's would
                    return replace(found, clause_verb=t.lemma_.lower(), tense=tense(t))
                return found
            # "Ms Daly, aged 52," describes the name; "Tully was aged 41" has a subject
            if t.pos_ in _VERBAL and (t.lower_ != "aged" or subject(t) is not None):
                bearer = _fronted_participle_subject(t) or subject(t)
                if bearer is None:
                    return None
                found = self._nominal(bearer, "subject")
                if found is None:
                    return None
                return replace(found, clause_verb=t.lemma_.lower(), tense=tense(t))
            if head is t:
                return None
            t = head
        return None

    def _possessor(self, token: Token) -> Subject | None:
        """ "Hollings celebrated his 38th birthday": the owner, or the clause's subject when
        the owner is a pronoun that agrees with it."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return self._climb(token)
        found = self._nominal(owner, "possessor")
        if found is None or found.pronoun is None:
            return found
        verb = token.head if token.head.pos_ in _VERBAL else None
        bearer = subject(verb) if verb is not None else None
        named = self._nominal(bearer, "subject") if bearer is not None else None
        when = tense(verb) if verb is not None else None
        if named is not None and named.name is not None and named.gender in (None, found.gender):
            return replace(named, how="possessor", tense=when)
        return replace(found, tense=when)

    # -- the noun phrase ------------------------------------------------------------------------

    def _nominal(self, token: Token, how: str) -> Subject | None:
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            return self._nominal(token.head.head, "relative clause")
        if token.pos_ == "PRON":
            gender = PRONOUN_GENDERS.get(token.lower_)
            return Subject(pronoun=gender, how="pronoun", gender=gender) if gender else None
        if self._is_name(token):
            mention = self._mention(token)
            if mention is None:
                return None
            return Subject(name=mention, how=how, gender=mention.gender)
        named = self._named_in_phrase(token)
        if named is not None:
            return Subject(name=named, how="apposition", gender=named.gender)
        return self._description(token, how)

    def _description(self, token: Token, how: str) -> Subject:
        words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        noun = " ".join(w.lower_ for w in [*words, token]) if token.lower_ != "old" else ""
        determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
        edge = token.left_edge
        if token.lower_ == "old" and not determiners and edge.i > 0:
            determiners = [token.doc[edge.i - 1].lower_]  # "the 31-year-old" read apart
        definite = any(d not in ("a", "an", "another", "one") for d in determiners)
        gender = _gender_of_noun(token)
        return Subject(description=noun, how="description", definite=definite, gender=gender)

    def _is_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.text in self.known)

    def _named_in_phrase(self, token: Token) -> Mention | None:
        """The name a description gives its bearer: "the man, identified as Dwayne Pruitt",
        "her son Jayden", "Nokuthula Zulu, a 27-year-old teacher"."""
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            return self._mention(token.head)
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return self._mention(child)
            if child.dep_ == "acl" and child.lemma_.lower() in _NAMING_VERBS:
                for grand in child.children:
                    pobj = [g for g in grand.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                    if grand.lower_ == "as" and pobj:
                        return self._mention(pobj[0])
        return None

    def _mention(self, token: Token) -> Mention | None:
        """The name mention holding a proper noun: one of the article's, or one made from the
        parse (the noun and the proper nouns compounded with it)."""
        at = self.sentences.offset(token)
        if at < 0:
            return None
        parts = [
            c
            for c in token.lefts
            if c.dep_ in ("compound", "flat", "nmod") and c.pos_ == "PROPN" and not _quoted(c)
        ]
        words = [*parts, token]
        base = at - token.idx
        start = base + words[0].idx
        end = at + len(token.text)
        for m in self.mentions + self.added:
            if m.start <= start and end <= m.end:
                return m
        made = mention_from_tokens(words, "PERSON")
        if made is None:
            return None
        # offsets of the sentence's own Doc, moved to the article's
        mention = made.shifted(base)
        self.added.append(mention)
        for nickname in (c for c in token.lefts if c.pos_ == "PROPN" and _quoted(c)):
            self.aliases.append((mention, nickname.text))
        return mention


def _modifies_next_noun(token: Token) -> bool:
    """ "a 52-year-old Ozark man": the age modifies the noun that follows it, with nothing but
    the noun's own modifiers between (a parse that hangs "old" on a noun after a verb is wrong:
    "The 43-year-old said trade ...")."""
    head = token.head
    if token.dep_ not in ("amod", "compound") or head.pos_ not in _NOMINAL or head.i < token.i:
        return False
    if _verb_read_as_noun(head):
        return False
    between = token.doc[token.i + 1 : head.i]
    # "The 43-year-old said trade was good": a reporting verb the small model tags as an
    # adjective ("said") is the clause's verb, not a modifier of the noun after it
    if any(t.lemma_.lower() in TAG_VERBS or t.lower_ == "said" for t in between):
        return False
    return all(t.pos_ in ("PROPN", "ADJ", "NOUN", "PUNCT", "NUM") for t in between)


def _fronted_participle_subject(verb: Token) -> Token | None:
    """ "Born in Cork on 2 May 1941, the eldest of five, Delahunt trained ...": a participle
    opening its sentence is said of the main clause's subject, even where the parse makes the
    participle the root and hangs that clause on a noun of the opening phrase, or reads the
    apposition before the name as a second subject ("the only daughter of a nurse, Walsh
    joined"). The subject is the last one, of the first verb that has one, after the comma
    closing the participle's own phrase."""
    sentence = verb.sent
    if verb.tag_ != "VBN" or verb.i != sentence.start:
        return None
    comma = next((t for t in sentence if t.i > verb.i and t.text == ","), None)
    if comma is None:
        return None
    # (the small model may tag the main verb "qualified" as an adjective: the edge says enough)
    subjects = [t for t in sentence if t.i > comma.i and t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    main = [t for t in subjects if t.head.i == subjects[0].head.i]
    return main[-1]


def _inside_of_phrase(name: Token) -> bool:
    """Is the name the object of "of" after a common noun ("the wife of John Smith", "the son
    of Tom Cole")? An age set after it may be the noun's bearer's as well as the name's."""
    of = name.head
    return (
        name.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.i < name.i
    )


def _in_apposed_phrase(token: Token) -> bool:
    """ "Okafor, the 61-year-old former finance minister hoping to ...": the age describes
    a noun phrase set beside a name, however the parse hangs its words; the name is its
    bearer (``_named_in_phrase``)."""
    head = token.head
    return (
        token.dep_ in ("amod", "compound")
        and head.i > token.i
        and head.dep_ == "appos"
        and head.head.pos_ == "PROPN"
        and head.head.i < token.i
    )


def _verb_read_as_noun(head: Token) -> bool:
    """ "Today the 31-year-old runs a bakery", "The 72-year-old plans to write": the small
    model reads the verb as the noun the age describes. A sentence of the body has a verb; a
    "noun" at the root of one that has none (and ends like prose) is its verb."""
    sentence = head.sent
    if head.dep_ != "ROOT" or not sentence.text.rstrip().endswith((".", "!", "?")):
        return False
    # "plans to write": an infinitive hangs off the misread verb; it is not the clause's verb
    return not any(
        t.pos_ in _VERBAL and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in sentence
    )


def tense(verb: Token) -> str:
    """ "will be": future; "was", "had", "died": past; otherwise present. A verb with no tense
    of its own ("celebrated turning 100", "walked out and surrendered") takes its head's."""
    for _ in range(4):
        own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if own or verb.tag_ not in ("VBG", "VB", "VBN") or verb.head.i == verb.i:
            break
        if verb.dep_ not in ("xcomp", "pcomp", "conj", "advcl"):
            break
        verb = verb.head
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & {"will", "'ll", "shall"}:
        return "future"
    if verb.tag_ in ("VBD",) or auxiliaries & {"was", "were", "had", "did"}:
        return "past"
    if verb.tag_ == "VBN" and auxiliaries & {"has", "have"}:
        return "past"
    return "present"


# a nickname written in quotation marks between a name's words
_NICKNAME = re.compile(r"(?<=\w )[\"“‘']([A-Z][\w'’-]*)[\"”’'](?= \w)")


def _quoted(token: Token) -> bool:
    """A nickname set in quotation marks inside a name: Dorothy "Dot" Henning."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return bool(before is not None and after is not None and before.is_quote and after.is_quote)


def _gender_of_noun(token: Token) -> str | None:
    words = {token.lemma_.lower(), *(c.lower_ for c in token.children if c.dep_ == "compound")}
    return noun_gender_of(*words)


def noun_gender_of(*words: str) -> str | None:
    """ "m" for "husband", "f" for "widow", None for "driver" (words in lower case)."""
    found = {w.lower() for w in words}
    if found & _MALE:
        return "m"
    if found & _FEMALE:
        return "f"
    return None
