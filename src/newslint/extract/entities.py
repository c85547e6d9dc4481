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
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "prime",
    "minister",
    "pm",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "rev",
    "st",
    "saint",
    "king",
    "queen",
    "prince",
    "princess",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "mayor",
    "chancellor",
    "secretary",
    "judge",
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
