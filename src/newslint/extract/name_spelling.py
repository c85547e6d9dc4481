"""The spelling variants of one name.

Two surface forms are variants of one name when they agree on the letters that carry a name
through transliteration (consonants, with vowel runs, doubled letters and an ``h`` after a
consonant folded) and differ only there: Zelenskyy / Zelensky, Kyiv / Kiev, Gaddafi / Gadhafi,
Mohammed / Muhammad, or only in accents: Erdoğan / Erdogan. Letters that transliterate one
sound are read alike first (``sounded``): ch / kh / h between vowels (Vlachopoulos /
Vlahopoulos), th / t and any h after a consonant (Vayumithra / Vayumitra), x / ks
(Alexander / Aleksandr), z / s inside a word (Kaizer / Kaiser), an initial ye / e (Yevgeny /
Evgeny). A long name may also gain or lose one vowel between consonants (Bridgwater /
Bridgewater) if the two stay very alike. Forms that differ in a consonant
(Iran / Iraq, Austria / Australia, Niger / Nigeria) or in a final vowel, which in many
languages marks gender or grammar (Kowalski / Kowalska, Mario / Maria, Georgia / George), are
different names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.fuzz import ratio

_VOWELS = set("aeiouy")
# one sound, two spellings (applied to folded, lower-case words, in this order)
_SOUNDS = (
    (re.compile(r"(?<=[aeiouy])[ckg]h(?=[aeiouy])"), "h"),  # Greek chi, Arabic kha
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?<=.)z"), "s"),  # not initial: Zara / Sara are two names
    (re.compile(r"^ye(?=[^aeiouy])"), "e"),  # Russian Е: Yevgeny / Evgeny, Yelena / Elena
)
# shorter names are not read through these: Marx / Marks are two names
_SOUNDED_LENGTH = 6
# a vowel gained or lost between consonants: names this long, this alike
_VOWEL_SLIP_LENGTH = 7
VOWEL_SLIP_RATIO = 90.0


def fold(word: str) -> str:
    """Lower case without accents: "Zelenskyy" -> "zelenskyy", "São" -> "sao"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)  # every pair of an article's names is compared
def sounded(word: str) -> str:
    """A folded word with letters that spell one sound in two transliterations made one:
    "vlachopoulos" -> "vlahopoulos", "alexander" -> "aleksander", "yevgeny" -> "evgeny"."""
    for pattern, repl in _SOUNDS:
        word = pattern.sub(repl, word)
    return word


def compared_forms(a: str, b: str) -> tuple[str, str]:
    """The two folded words as compared: read through ``sounded`` unless one is short."""
    if min(len(a), len(b)) < _SOUNDED_LENGTH:
        return a, b
    return sounded(a), sounded(b)


def skeleton(word: str) -> str:
    """The name's consonant frame.

    Doubled letters fold, an ``h`` between a consonant and a vowel goes, and a ``th`` that does
    not end the word is a ``t``; each inner vowel run is one ``V``; a final vowel run is kept
    (i and y alike), since it often marks gender.
    """
    out: list[str] = []
    for i, ch in enumerate(word):
        # dh/d, kh/k before a vowel (Gadhafi, Kharkiv), th/t (Vayumithra); a final "sh" stays
        # (Rubbish / Robbies), as does "sh" before a consonant (Ashton / Aston)
        if (
            ch == "h"
            and i
            and word[i - 1] not in _VOWELS
            and i + 1 < len(word)
            and (word[i + 1] in _VOWELS or word[i - 1] == "t")
        ):
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
    a, b = compared_forms(a, b)
    if a == b:
        return True
    if a[0] != b[0]:
        return False
    frame_a, frame_b = skeleton(a), skeleton(b)
    if frame_a != frame_b:
        # Bridgwater / Bridgewater: one vowel slipped in a long name, the rest alike
        return (
            min(len(a), len(b)) >= _VOWEL_SLIP_LENGTH
            and _consonants(frame_a) == _consonants(frame_b)
            and ratio(a, b) >= max(min_ratio, VOWEL_SLIP_RATIO)
        )
    if min(len(a), len(b)) <= 5 and not _vowels_overlap(a, b):
        return False
    return ratio(a, b) >= min_ratio


def _consonants(frame: str) -> str:
    """A skeleton without its inner vowel marks (its first and final vowels kept)."""
    ending = re.search(r"V[aeiou]+$", frame)
    end = ending.group(0) if ending else ""
    body = frame[: len(frame) - len(end)]
    return body[:1] + body[1:].replace("V", "") + end


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
