"""The spelling variants of one name.

Two surface forms are variants of one name when they agree on the letters that carry a name
through transliteration (consonants, with vowel runs, doubled letters and an ``h`` after a
consonant folded) and differ only there: Zelenskyy / Zelensky, Kyiv / Kiev, Gaddafi / Gadhafi,
Mohammed / Muhammad, or only in accents: Erdoğan / Erdogan. Forms that differ in a consonant
(Iran / Iraq, Austria / Australia, Niger / Nigeria) or in a final vowel, which in many
languages marks gender or grammar (Kowalski / Kowalska, Mario / Maria, Georgia / George), are
different names.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.fuzz import ratio

_VOWELS = set("aeiouy")


def fold(word: str) -> str:
    """Lower case without accents: "Zelenskyy" -> "zelenskyy", "São" -> "sao"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def skeleton(word: str) -> str:
    """The name's consonant frame.

    Doubled letters fold, an ``h`` between a consonant and a vowel goes, each inner vowel run is
    one ``V``; a final vowel run is kept (i and y alike), since it often marks gender.
    """
    out: list[str] = []
    for i, ch in enumerate(word):
        # dh/d, kh/k before a vowel (Gadhafi, Kharkiv); a final "sh" stays (Rubbish / Robbies)
        if ch == "h" and i and word[i - 1] not in _VOWELS and word[i + 1 : i + 2] in _VOWELS:
            continue
        sym = "V" if ch in _VOWELS else ch
        if out and out[-1] == sym:
            continue
        out.append(sym)
    tail = re.search(r"[aeiouy]+$", word)
    if tail and out and out[-1] == "V":
        ending = re.sub(r"(.)\1+", r"\1", tail.group(0).replace("y", "i"))
        out[-1] = "V" + ending
    return "".join(out)


def is_variant(a: str, b: str, *, min_length: int = 4, min_ratio: float = 70.0) -> bool:
    """Two folded words that look like spellings of one name (not equal, not different names)."""
    if a == b or min(len(a), len(b)) < min_length or not (a.isalpha() and b.isalpha()):
        return False
    if a[0] != b[0] or skeleton(a) != skeleton(b):
        return False
    if min(len(a), len(b)) <= 5 and not _vowels_overlap(a, b):
        return False
    return ratio(a, b) >= min_ratio


def _vowels_overlap(a: str, b: str) -> bool:
    """In a short name one vowel changed is another name (Ball / Bill); a respelt vowel keeps
    a letter of the old one (Kyiv / Kiev: y and i alike)."""
    runs_a = re.findall(r"[aeiouy]+", a.replace("y", "i"))
    runs_b = re.findall(r"[aeiouy]+", b.replace("y", "i"))
    return all(set(x) & set(y) for x, y in zip(runs_a, runs_b, strict=False))


def spelling_differs(a: str, b: str) -> bool:
    """Two written forms of one name: a transliteration variant, or only accents apart."""
    la, lb = (re.sub(r"[\s\-]+", "", w.lower().strip(".")) for w in (a, b))
    if la == lb:
        return False
    fa, fb = fold(la), fold(lb)
    return (fa == fb and len(fa) >= 3) or is_variant(fa, fb)
