"""Named entities and the spelling variants of one name.

Two surface forms are variants of one name when they agree on the letters that carry a name
through transliteration (consonants, with vowel runs and doubled letters folded) and differ only
in the vowels and doubling: Zelenskyy / Zelensky, Kyiv / Kiev, Mohammed / Muhammad. Forms that
differ in a consonant (Iran / Iraq, Austria / Australia, Niger / Nigeria) are different names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

NAME_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "prime", "minister", "pm", "gen", "general", "col", "colonel", "capt",
    "captain", "lt", "sgt", "rev", "st", "saint", "king", "queen", "prince", "princess",
    "senator", "sen", "rep", "gov", "governor", "mayor", "chancellor", "secretary", "judge",
    "the",
}
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_VOWELS = set("aeiouy")


@dataclass(frozen=True)
class Mention:
    text: str  # as written, possessive stripped
    start: int
    end: int
    label: str

    @property
    def tokens(self) -> list[str]:
        """The name's words, without titles, lower-cased and unaccented."""
        words = [fold(w) for w in re.split(r"[\s\-]+", self.text) if w]
        words = [w.strip(".'’") for w in words]
        while words and words[0] in _TITLES:
            words = words[1:]
        return [w for w in words if w]


def fold(word: str) -> str:
    """Lower case without accents: "Zelenskyy" -> "zelenskyy", "São" -> "sao"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def skeleton(word: str) -> str:
    """The name's consonant frame: doubled letters folded, each vowel run one ``V``."""
    out: list[str] = []
    for ch in word:
        sym = "V" if ch in _VOWELS else ch
        if out and out[-1] == sym:
            continue
        out.append(sym)
    return "".join(out)


def is_variant(a: str, b: str, *, min_length: int = 4, min_ratio: float = 70.0) -> bool:
    """Two folded words that look like spellings of one name (not equal, not different names)."""
    if a == b or min(len(a), len(b)) < min_length or not (a.isalpha() and b.isalpha()):
        return False
    if a[0] != b[0] or skeleton(a) != skeleton(b):
        return False
    return ratio(a, b) >= min_ratio


def mentions(ents: Iterable[object]) -> list[Mention]:
    """Name mentions from spaCy entities, possessives stripped."""
    found = []
    for ent in ents:
        label = ent.label_  # type: ignore[attr-defined]
        if label not in NAME_LABELS:
            continue
        text = _POSSESSIVE.sub("", ent.text.strip())  # type: ignore[attr-defined]
        if not text or not any(ch.isupper() for ch in text[:1]):
            continue
        start = ent.start_char  # type: ignore[attr-defined]
        found.append(Mention(text=text, start=start, end=start + len(text), label=label))
    return found


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


# fmt: off
# Words that stand for a person's office when written before the name ("President Biden") and
# that a later "the president" can refer back to. Lower case; multi-word roles use their last word.
ROLE_TITLES = {
    "president", "minister", "secretary", "chancellor", "senator", "governor", "mayor",
    "general", "commander", "chief", "director", "chairman", "chairwoman", "chair", "leader",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "judge", "justice", "king",
    "queen", "prince", "princess", "pope", "premier", "candidate", "nominee", "speaker",
    "commissioner", "inspector", "superintendent", "sheriff", "attorney", "prosecutor",
    "coach", "manager", "captain", "professor", "dr", "ceo", "founder", "officer",
}


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
    while len(words) > 1 and fold(words[0]).strip(".") in _TITLES | ROLE_TITLES:
        words = words[1:]
    return " ".join(words)


def group_people(doc: object) -> list[Person]:
    """Group the PERSON mentions of a parsed doc: "Volodymyr Zelensky", "Mr Zelensky", ...

    Mentions join a person when their surnames match (or are spelling variants) and their given
    names are compatible; the canonical name is the longest form written, titles dropped. The
    office written before a mention ("President Zelensky") is kept so "the president" can find
    the person later.
    """
    people: list[Person] = []
    ents = [e for e in doc.ents if e.label_ == "PERSON"]  # type: ignore[attr-defined]
    for ent, m in zip(ents, mentions(ents), strict=False):
        words = m.tokens
        if not words:
            continue
        person = _match_person(people, words)
        if person is None:
            person = Person(canonical=strip_titles(m.text), mentions=[], roles=set())
            people.append(person)
        person.mentions.append(m)
        if len(strip_titles(m.text)) > len(person.canonical):
            person.canonical = strip_titles(m.text)
        person.roles |= _roles_before(ent)
        if person.gender is None:
            person.gender = _gender_of(ent)
    return people


def _match_person(people: list[Person], words: list[str]) -> Person | None:
    for person in reversed(people):
        for other in person.mentions:
            theirs = other.tokens
            if not theirs:
                continue
            same = theirs[-1] == words[-1] or is_variant(theirs[-1], words[-1])
            # a lone given name ("Hillary") or surname joins a fuller form that contains it
            if not same and len(words) == 1 and words[0] in theirs:
                same = True
            if same and compatible_given_names(theirs[:-1], words[:-1]):
                return person
    return None


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


def person_for(people: list[Person], text: str, label: str = "PERSON") -> Person | None:
    """The person a written name refers to, if the article names them."""
    m = Mention(text=_POSSESSIVE.sub("", text.strip()), start=0, end=0, label=label)
    words = m.tokens
    return _match_person(people, words) if words else None


def person_by_role(people: list[Person], role: str, before: int) -> Person | None:
    """The one person introduced with ``role`` before offset ``before`` ("the president")."""
    found = [p for p in people if role in p.roles and p.mentions[0].start < before]
    return found[-1] if len({p.canonical for p in found}) == 1 else None
