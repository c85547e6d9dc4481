"""Named entities: the names an article gives, which of them are people, and who is who.

How two written forms are judged one name (Zelenskyy / Zelensky) is in ``name_spelling``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.abbreviations import HONORIFICS, RANK_TITLES, SAINT
from newslint.extract.headline_reports import headline_like
from newslint.extract.lexicon import (
    ANONYMOUS_NOUNS,
    ORG_NAME_WORDS,
    ORGANIZATION_NOUNS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
)
from newslint.extract.name_spelling import fold, is_variant, skeleton, spelling_differs
from newslint.extract.noun_classes import noun_class
from newslint.extract.timex import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
# spaCy's labels grouped by what they name; ORG and unlabelled proper nouns pair with anything
# but a nationality, because the small pipeline often files a rare name under ORG
_LABEL_GROUP = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "people", "ORG": None}  # fmt: skip
# the honorifics and short titles of the abbreviation table ("mr", "sir", "gen", "st") and the
# words in full
_TITLES = {w.lower() for w in (*HONORIFICS, *SAINT, *RANK_TITLES)} | {
    "professor",
    "president", "prime", "minister", "pm", "general", "colonel",
    "captain", "saint", "king", "queen", "prince", "princess",
    "senator", "governor", "mayor", "chancellor", "secretary", "judge",
    "the", "madam", "mme", "mister", "herr", "frau",
}  # fmt: skip
# Titles that tell a man from a woman: Mr Kowalski and Mrs Kowalska are two people.
_GENDER = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "herr": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mme": "f", "lady": "f", "dame": "f",
    "queen": "f", "princess": "f", "frau": "f",
}  # fmt: skip
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


@dataclass(frozen=True)
class Word:
    """One word of a name as written (possessive stripped), with its span in the text."""

    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        return fold(self.text).strip(".")


@dataclass(frozen=True)
class Mention:
    text: str  # as written, possessive stripped
    start: int
    end: int
    # a spaCy entity label, "PROPN" for a proper noun spaCy did not tag, or "NAME" for a
    # capitalised word in a sentence a selective parse left untagged
    label: str
    words: tuple[Word, ...] = ()
    gender: str | None = None  # from a title: "m", "f" or None
    # ``person_entity`` reads an entity spaCy did not tag PERSON as a person's name ("Magistrate
    # Karen Holt", "Olumide Bakare, who ..."): the label stays spaCy's, for spelling checks
    person: bool = False

    @property
    def tokens(self) -> list[str]:
        """The name's words, without titles, lower-cased and unaccented."""
        if self.words:
            return [w.folded for w in self.words]
        # a mention made from text alone (a speaker as written): split it here
        words = [fold(w).strip(".'’") for w in re.split(r"[\s\-]+", self.text) if w]
        while words and words[0] in _TITLES:
            words = words[1:]
        return [w for w in words if w]

    @property
    def surname(self) -> Word | None:
        """The last word: a person's surname, a place's single name."""
        return self.words[-1] if self.words else None

    def spelling_keys(self) -> list[tuple[Word, bool]]:
        """The parts of the name to compare spellings on, each with whether it is a weak key.

        A person's surname. For a place or an organisation of several words, the whole name,
        since its last word is often a plain noun ("Standard Life", "Dynamo Kyiv"); its last
        word too, but weakly (the small pipeline files some people under ORG): a weak key only
        pairs with a mention tagged as a person.
        """
        if not self.words:
            return []
        if self.label == "PERSON" or len(self.words) == 1:
            return [(self.words[-1], False)]
        first, last = self.words[0], self.words[-1]
        text = self.text[first.start - self.start : last.end - self.start]
        return [(Word(text, first.start, last.end), False), (last, True)]

    @property
    def given(self) -> list[str]:
        return self.tokens[:-1]

    def shifted(self, offset: int) -> Mention:
        """The same mention with its offsets moved by ``offset`` (from a sentence's own Doc)."""
        words = tuple(Word(w.text, w.start + offset, w.end + offset) for w in self.words)
        return replace(self, start=self.start + offset, end=self.end + offset, words=words)


def mentions(ents: Iterable[Span]) -> list[Mention]:
    """Name mentions from spaCy entities (or any spans of tokens), titles and possessives off."""
    found = []
    for ent in ents:
        label = ent.label_
        if label not in NAME_LABELS or _counted(list(ent), label):
            continue
        mention = mention_from_tokens(list(ent), label)
        if mention is None:
            continue
        if label != "PERSON" and person_entity(ent) is not None:
            mention = replace(mention, person=True)
        found.append(mention)
    return found


def name_mentions(doc: Doc) -> list[Mention]:
    """Entities, plus runs of proper nouns the small pipeline did not tag as entities, plus
    (in sentences a selective parse left unparsed) runs of capitalised words, labelled NAME."""
    found = mentions(doc.ents)
    guessed = _capitalised_names(doc)
    covered = {t.i for ent in doc.ents for t in ent}
    run: list[Token] = []
    openers: list[Mention] = []
    for token in [*doc, None]:
        if (
            token is not None
            and (token.pos_ == "PROPN" or token.i in guessed)
            and token.i not in covered
        ):
            if not run and token.i > 0 and _name_word(doc[token.i - 1]):
                # "Franck" (tagged NORP) + "Muller" (untagged): one name, given name included
                run.append(doc[token.i - 1])
            run.append(token)
            continue
        if run and not _counted(run, "PROPN"):
            mention = mention_from_tokens(run, "NAME" if run[-1].i in guessed else "PROPN")
            if mention is not None:
                # a lone capitalised word opening a sentence is a name only if it is used as
                # one elsewhere ("Kyiv was quiet" next to "in Kyiv"; not "Rubbish!")
                (openers if len(run) == 1 and run[0].is_sent_start else found).append(mention)
        # a counted word ("an Fheirtéaraigh") ends the run too, or the next name would join it
        run = []
    found += _known_openers(openers, found)
    # "Real" after "Real Madrid": a short form of a many-word organisation or place, whose full
    # name is compared on its own
    heads = {
        m.words[0].text for m in found if len(m.words) > 1 and m.label not in ("PERSON", "PROPN")
    }
    found = [
        m
        for m in found
        if not (m.label in ("PROPN", "NAME") and len(m.words) == 1 and m.words[0].text in heads)
    ]
    return sorted(found, key=lambda m: m.start)


def _known_openers(openers: list[Mention], found: list[Mention]) -> list[Mention]:
    """The lone sentence openers that are names: those written as a name elsewhere in the
    article, or spelt like one ("Choudhary said" after "Ramesh Chaudhary")."""
    known = {w.text for m in found for w in m.words}
    by_letter: dict[str, set[str]] = {}
    for text in known:
        by_letter.setdefault(fold(text)[:1], set()).add(text.lower())
    kept = []
    for m in openers:
        word = m.words[-1]
        if word.text in known or any(
            spelling_differs(word.text.lower(), other)
            for other in by_letter.get(word.folded[:1], ())
        ):
            kept.append(m)
    return kept


# capitalised words that are not names of people or places
_NOT_NAMES = {"i"} | CALENDAR_NAMES
_OPENERS = {":", "“", '"', "‘", "'", "(", "[", "—", "–", "-", "•", "*"}


def _capitalised_names(doc: Doc) -> set[int]:
    """Tokens that look like names in sentences the pipeline did not see (no tags there).

    A capitalised word counts unless it starts its sentence, its line or a quotation (there
    every word is capitalised; a title such as "Mr" still counts), or the sentence is a
    headline set in title case. Cheaper than NER and good enough to compare spellings.
    """
    guessed: set[int] = set()
    if doc.has_annotation("TAG", require_complete=True):
        return guessed
    for sent in doc.sents:
        if any(t.tag for t in sent):
            continue
        words = [t for t in sent if t.is_alpha]
        capitalised = [t for t in words if t.text[:1].isupper()]
        headline = headline_like(sent.text)
        if headline and len(words) >= 3 and len(capitalised) >= 0.6 * len(words):
            continue
        openers: list[Token] = []
        for t in capitalised:
            low = fold(t.text).strip(".")
            if low in _NOT_NAMES:
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            opening = (
                t.i == sent.start
                or before is None
                or "\n" in before.text_with_ws
                or before.text in _OPENERS
            )
            if opening and low not in _TITLES:
                if _opens_a_name(t):
                    openers.append(t)
                continue
            guessed.add(t.i)
        # "Ayse Kaya said", "Wirrabara Minerals has": an opening word joined to a name
        guessed |= {t.i for t in openers if t.i + 1 in guessed}
    return guessed


def _opens_a_name(token: Token) -> bool:
    """Could this sentence-opening word be a name's first word? Capitalised, not a function
    word, and the next word on its line is capitalised."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        after is not None
        and not token.is_stop
        and token.is_alpha
        and "\n" not in token.whitespace_
        and after.is_alpha
        and after.text[:1].isupper()
    )


# "a Briton", "every Australian": a capitalised word after one of these is a common noun (a
# demonym, a product), not the name of one person or place
_COUNTING_WORDS = {"a", "an", "every", "each", "another", "any"}


def _counted(tokens: Sequence[Token], label: str) -> bool:
    if len(tokens) != 1:
        return False
    word = tokens[0]
    if word.i > 0 and word.doc[word.i - 1].lower_ in _COUNTING_WORDS:
        return True
    # "the 24-year-old Scot": a person's name takes no article; places do (the Netherlands)
    return label in ("PERSON", "PROPN") and any(child.dep_ == "det" for child in word.children)


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start


def mention_from_tokens(tokens: Sequence[Token], label: str) -> Mention | None:
    """A mention of the name the tokens spell, titles off (kept as the gender they give)."""
    words: list[Word] = []
    for t in tokens:
        text = _POSSESSIVE.sub("", t.text)
        if text and any(ch.isalpha() for ch in text):
            words.append(Word(text, t.idx, t.idx + len(text)))
    gender = None
    while words and words[0].folded in _TITLES:
        gender = gender or _GENDER.get(words[0].folded)
        words = words[1:]
    if not words or not words[0].text[:1].isupper():
        return None
    first, last = tokens[0], tokens[-1]
    start = first.idx
    end = last.idx + len(_POSSESSIVE.sub("", last.text))
    # the span's own text: Doc.text would join the whole article again for every mention
    text = first.doc[first.i : last.i + 1].text[: end - start]
    return Mention(text, start, end, label, tuple(words), gender)


def compatible_labels(a: str, b: str) -> bool:
    """Could spaCy's two labels name the same thing? A person is not a place or a people."""
    ga, gb = _LABEL_GROUP.get(a), _LABEL_GROUP.get(b)
    if "people" in (ga, gb):
        # a guessed NAME has no label to tell Britain from Briton: never pair it with NORP
        return ga == gb or (None in (ga, gb) and not {"ORG", "NAME"} & {a, b})
    return ga is None or gb is None or ga == gb


def compatible_given_names(a: list[str], b: list[str]) -> bool:
    """Given names that could belong to one person: equal, an initial, or one side has none."""
    if not a or not b:
        return True
    for x, y in zip(a, b, strict=False):
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        if is_variant(x, y):
            continue
        return False
    return True


def same_bearer(x: Mention, y: Mention) -> bool:
    """Could two mentions name one person or place? Labels, titles and given names agree."""
    if not compatible_labels(x.label, y.label):
        return False
    if x.gender and y.gender and x.gender != y.gender:
        return False
    return compatible_given_names(x.given, y.given)


# fmt: off
# Words that stand for a person's office when written before the name ("President Biden") and
# that a later "the president" can refer back to. Lower case; multi-word roles use their last word.
ROLE_TITLES = {
    "president", "minister", "secretary", "chancellor", "senator", "governor", "mayor",
    "general", "commander", "chief", "director", "chairman", "chairwoman", "chair", "chairperson",
    "leader",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "judge", "justice", "king",
    "queen", "prince", "princess", "pope", "premier", "candidate", "nominee", "speaker",
    "commissioner", "inspector", "superintendent", "sheriff", "attorney", "prosecutor",
    "coach", "manager", "captain", "professor", "dr", "ceo", "founder", "officer",
}

# every word written before a name that says the name is a person's: "Treasurer Daniel Moriarty"
PERSON_TITLES = (_TITLES - {"the", "st", "saint"}) | ROLE_TITLES | {
    "treasurer", "councillor", "councilor", "coun", "cllr", "alderman", "inspector", "det",
    "detective", "constable", "pc", "sgt", "sergeant", "cpl", "corporal", "insp", "supt",
    "minister", "mp", "mla", "mep", "reeve", "justice", "magistrate", "coroner",
    "td", "msp", "mpp",
}
_ANY_TITLE = _TITLES | PERSON_TITLES


# fmt: on
@dataclass
class Person:
    """Every mention of one person in an article, under the fullest form of their name."""

    canonical: str
    mentions: list[Mention]
    roles: set[str]
    gender: str | None = None  # "m" or "f" when a title says so (Mr, Ms, spokeswoman)

    @property
    def surname(self) -> str:
        return self.mentions[0].tokens[-1]


def strip_titles(text: str) -> str:
    words = text.split()
    while len(words) > 1 and fold(words[0]).strip(".") in _ANY_TITLE:
        words = words[1:]
    return " ".join(words)


# A name is compared with at most this many earlier forms sharing its surname, or its
# surname's spelling frame, or (a lone word) one of its words: a real article has a handful;
# a hostile one thousands, which would make grouping quadratic.
MAX_NAMESAKES = 50


class People(list[Person]):
    """The people of an article, in order of first mention, indexed by the words of their
    names and by their roles, so that finding the person a name or "the president" refers to
    costs the same in a long article as in a short one."""

    def __init__(self) -> None:
        super().__init__()
        # key -> [(index of the person, the name's words)], one entry per distinct form
        self._forms: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._known: set[tuple[int, tuple[str, ...]]] = set()
        self._by_role: dict[str, list[tuple[int, int, Person]]] | None = None

    def add_form(self, index: int, words: Sequence[str]) -> None:
        form = (index, tuple(words))
        if form in self._known:
            return
        self._known.add(form)
        keys = {"=" + words[-1], *("w" + w for w in words)}
        if len(words[-1]) >= 4 and words[-1].isalpha():
            keys.add("~" + words[-1][0] + skeleton(words[-1]))
        for key in keys:
            self._forms.setdefault(key, []).append(form)

    def match(self, words: Sequence[str]) -> Person | None:
        """The latest person with a form ``words`` can be: the same surname or a spelling
        variant of it with compatible given names; a lone word joins a fuller form holding it."""
        index = self.match_index(words)
        return self[index] if index >= 0 else None

    def match_index(self, words: Sequence[str]) -> int:
        last = words[-1]
        keys = ["=" + last, "~" + last[:1] + skeleton(last)]
        if len(words) == 1:
            keys.append("w" + last)
        best = -1
        for key in keys:
            for index, theirs in reversed(self._forms.get(key, [])[-MAX_NAMESAKES:]):
                if index > best and _same_name(theirs, words):
                    best = index
        return best

    def by_role(self, role: str, before: int) -> Person | None:
        """The one person introduced with ``role`` before offset ``before``."""
        if self._by_role is None:
            self._by_role = {}
            held: dict[str, set[str]] = {}
            for person in self:  # in order of first mention
                for r in person.roles:
                    names = held.setdefault(r, set())
                    names.add(person.canonical)
                    # how many differently named people held the role up to here
                    self._by_role.setdefault(r, []).append(
                        (person.mentions[0].start, len(names), person)
                    )
        found = self._by_role.get(role, [])
        i = bisect.bisect_left(found, before, key=lambda f: f[0])
        return found[i - 1][2] if i and found[i - 1][1] == 1 else None


def _same_name(theirs: Sequence[str], words: Sequence[str]) -> bool:
    same = theirs[-1] == words[-1] or is_variant(theirs[-1], words[-1])
    # a lone given name ("Hillary") or surname joins a fuller form that contains it
    if not same and len(words) == 1 and words[0] in theirs:
        same = True
    return same and compatible_given_names(list(theirs[:-1]), list(words[:-1]))


def group_people(doc: object) -> People:
    """Group the PERSON mentions of a parsed doc: "Volodymyr Zelensky", "Mr Zelensky", ...

    Mentions join a person when their surnames match (or are spelling variants) and their given
    names are compatible; the canonical name is the longest form written, titles dropped. The
    office written before a mention ("President Zelensky") is kept so "the president" can find
    the person later.
    """
    people = People()
    ents: list[Span] = []
    for e in doc.ents:  # type: ignore[attr-defined]
        named = person_entity(e)
        if named is not None:
            ents.append(named)
    for ent, m in zip(ents, _written_mentions(ents), strict=False):
        words = m.tokens
        if not words:
            continue
        index = people.match_index(words)
        if index < 0:
            index = len(people)
            people.append(Person(canonical=strip_titles(m.text), mentions=[], roles=set()))
        person = people[index]
        people.add_form(index, words)
        person.mentions.append(m)
        if len(strip_titles(m.text)) > len(person.canonical):
            person.canonical = strip_titles(m.text)
        person.roles |= _roles_before(ent)
        if person.gender is None:
            person.gender = _gender_of(ent)
    return people


# words that make a capitalised name a body's, whatever title stands before it
_BODY_WORDS = {"office", "department", "ministry", "council", "court", "service", "police",
               "committee", "commission", "authority", "board", "bank", "party", "group",
               "university", "college", "hospital", "school", "trust", "fund", "agency"}  # fmt: skip


def person_entity(ent: Span) -> Span | None:
    """The person an entity names, as a PERSON span, whatever spaCy labelled it: a PERSON, a
    titled name ("Magistrate Karen Holt" filed under ORG), or a name a relative "who" follows
    ("Olumide Bakare, who founded ..." filed under ORG); None for a place, a body or a thing."""
    if ent.label_ == "PERSON":
        # "Tory MPs", "Labour councillors": people of a kind, not a person's name
        root = ent.root
        if root.tag_ in {"NNS", "NNPS"} and {fold(root.text), root.lemma_.lower()} & ROLE_WORDS:
            return None
        return ent
    return _titled_person(ent) or _person_by_who(ent)


# "Odum, who trains in Lagos", "Tawhai, whose son ...": a relative "who" is said of people only
_WHO_AFTER = re.compile(r"\s*,?\s+(?:who|whom|whose)\b")


def who_follows(text: str, end: int) -> bool:
    """Does a relative "who" (or "whom", "whose") follow the name ending at ``end``?"""
    return _WHO_AFTER.match(text, end) is not None


_NOT_PEOPLE = {"GPE", "LOC", "FAC", "NORP", "ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# a name after these is a place or a thing: "in Paisley", "on Sauchiehall Street", "the Berlin
# half marathon"
_BEFORE_A_PLACE = re.compile(
    r"\b(?:at|in|of|from|to|near|on|into|outside|across|the|a|an)\s+$", re.I
)


def person_mention(text: str, m: Mention) -> bool:
    """May this name mention be a person's? One ``person_entity`` read as a person whatever
    spaCy labelled it (``Mention.person``), or one a relative "who" follows; otherwise not a
    label spaCy gives places and things, nor a name after a preposition or an article."""
    if m.person or who_follows(text, m.end):
        return True
    if m.label in _NOT_PEOPLE:
        return False
    return _BEFORE_A_PLACE.search(text[max(0, m.start - 10) : m.start]) is None


# the nouns of people by what they do or are: a lower-case one before a name is its title
ROLE_WORDS = (ANONYMOUS_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS) - {"one", "some", "many", "few"}
_NOT_A_PERSON = _BODY_WORDS | ORG_NAME_WORDS | ORGANIZATION_NOUNS | PERSON_TITLES
_ROLES_OR_TITLES = ROLE_WORDS | PERSON_TITLES
_BODIES_OR_TITLES = _BODY_WORDS | PERSON_TITLES


def _person_by_who(ent: Span) -> Span | None:
    """A name of two or three capitalised words, none a body's, that "who" follows or that a
    person's role stands beside: a person's (a body can take "who" too, "Police Scotland, who
    ...", but its name says it is a body)."""
    from spacy.tokens import Span as SpacySpan

    if ent.label_ not in NAME_LABELS:
        return None
    doc = ent.doc
    start = ent.start
    # "Olumide Bakare" with only "Bakare" tagged: the proper nouns before it are the name's
    while (
        start > 0
        and ent.start - start < 2
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and doc[start - 1].is_title
    ):
        start -= 1
    words = [t for t in doc[start : ent.end] if not t.is_punct]
    if (
        not 2 <= len(words) <= 3
        or not all(name_word_form(t) for t in words)
        or any(fold(t.text) in _NOT_A_PERSON for t in words)
        or (start > 0 and doc[start - 1].lower_ == "the")
        # "a woman loading horses on Foothill Road, who ...": a place after a preposition;
        # the "who" is the woman's
        or (ent.label_ in {"GPE", "LOC", "FAC"} and ent.root.dep_ == "pobj")
    ):
        return None
    after = doc[ent.end : ent.end + 2]
    text = doc[ent.end - 1].whitespace_ + "".join(t.text_with_ws for t in after)
    if not (who_follows(text, 0) or _role_beside(ent)):
        return None
    return SpacySpan(doc, words[0].i, words[-1].i + 1, label="PERSON")


def _role_beside(ent: Span) -> bool:
    """ "Thabo Nkosi, chief executive of Transnet", "Kagiso Mokoena, Eskom's head of
    generation": a name set beside a noun of what a person does is a person's."""
    return any(
        c.dep_ == "appos"
        and c.i > ent.end - 1
        and c.pos_ == "NOUN"
        and {fold(c.text), c.lemma_.lower()} & _ROLES_OR_TITLES
        for c in ent.root.children
    )


def name_word_form(token: Token) -> bool:
    """A word written as a name: "Mairi", "MacLeod", "O'Neill", "Smith-Jones"."""
    letters = re.sub(r"['’-]", "", token.text)
    return letters.isalpha() and token.text[:1].isupper() and not token.text.isupper()


def _titled_person(ent: Span) -> Span | None:
    """ "Magistrate Karen Holt", "Detective Sergeant Aroha Ngata", "Eskom spokesperson Daphne
    Mokwena" filed under ORG: a person's title, then two or three capitalised words none of
    which is a body's. The person's span
    (the title left before it), labelled PERSON."""
    from spacy.tokens import Span as SpacySpan

    words = list(ent)
    i = 0
    while i < len(words) and fold(words[i].text).strip(".") in PERSON_TITLES:
        i += 1
    name = words[i:]
    # "Eskom spokesperson Daphne Mokwena": the title may stand just outside the entity
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # "chief executive Amanda Pritchard", "trainer Aidan Kelleher": a role noun before it;
    # "fish merchant Calum Macrae": a noun of a person by WordNet (not one a firm can be
    # called: "bus operator Ashcombe Connect")
    titled = i > 0 or (
        before is not None
        and not before.is_title
        and (fold(before.text).strip(".") in _ROLES_OR_TITLES or _person_noun(before))
    )
    if (
        not titled
        or not 2 <= len(name) <= 3
        or not all(name_word_form(t) for t in name)
        or any(fold(t.text) in _BODIES_OR_TITLES for t in name)
    ):
        return None
    return SpacySpan(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")


def _person_noun(token: Token) -> bool:
    """A lower-case noun naming a kind of person and never a body ("merchant", "barista")."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and noun_class(lemma) == "person"
        and not {lemma, token.lower_} & _NOT_A_PERSON
    )


def _written_mentions(ents: list[Span]) -> list[Mention]:
    """One mention per entity with its text as written (titles kept, possessive off): speaker
    spans keep "Mayor Ana Torres" whole, while the name's words drop the title."""
    found = []
    for ent in ents:
        text = _POSSESSIVE.sub("", ent.text.strip())
        found.append(
            Mention(
                text=text, start=ent.start_char, end=ent.start_char + len(text), label=ent.label_
            )
        )
    return found


def _roles_before(ent: object) -> set[str]:
    """Office words in or just before a PERSON entity: "Defence Secretary Ben Wallace"."""
    doc = ent.doc  # type: ignore[attr-defined]
    roles: set[str] = set()
    i = ent.start - 1  # type: ignore[attr-defined]
    steps = 0
    while (
        i >= 0
        and steps < 4
        and doc[i].pos_ in {"PROPN", "NOUN"}
        and doc[i].ent_type_ in {"", "ORG", "NORP", "GPE"}
    ):
        if fold(doc[i].text).strip(".") in ROLE_TITLES:
            roles.add(fold(doc[i].text).strip("."))
        i -= 1
        steps += 1
    for token in ent:  # type: ignore[attr-defined]
        if fold(token.text).strip(".") in ROLE_TITLES:
            roles.add(fold(token.text).strip("."))
    # any noun written as the name's title: "Taoiseach Simon Harris", "Kenyan runner Eliud
    # Kipchoge", so that "the Taoiseach", "the runner" can find them
    start = ent.start  # type: ignore[attr-defined]
    title = doc[start - 1] if start > 0 else None
    if (
        title is not None
        and title.pos_ in {"NOUN", "PROPN"}
        and title.is_alpha
        and len(title.text) >= 3
        and title.ent_type_ != "PERSON"
    ):
        roles.add(fold(title.text))
    return roles


_MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "father"}
_FEMALE_TITLES = {
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "mother",
}


def _gender_of(ent: object) -> str | None:
    """The gender a title written with the name gives: "Mr Okafor", "Ms Duarte"."""
    doc = ent.doc  # type: ignore[attr-defined]
    start = ent.start  # type: ignore[attr-defined]
    words = [fold(t.text).strip(".") for t in doc[max(0, start - 2) : ent.end]]  # type: ignore[attr-defined]
    if any(w in _FEMALE_TITLES for w in words):
        return "f"
    if any(w in _MALE_TITLES for w in words):
        return "m"
    return None


def person_for(people: People, text: str, label: str = "PERSON") -> Person | None:
    """The person a written name refers to, if the article names them."""
    m = Mention(text=_POSSESSIVE.sub("", text.strip()), start=0, end=0, label=label)
    words = m.tokens
    return people.match(words) if words else None


def person_by_role(people: People, role: str, before: int) -> Person | None:
    """The one person introduced with ``role`` before offset ``before`` ("the president")."""
    return people.by_role(role, before)
