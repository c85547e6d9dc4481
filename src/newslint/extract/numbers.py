"""Numbers as news prints them: numerals, number words, scale words and fractions.

Everything here is plain regular expressions and small tables: no parser, no pint.
"""

from __future__ import annotations

import math
import re

SMALL_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Scale words that multiply what stands before them ("two hundred", "3.5 billion", "Rs 500 crore").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}

# Suffixes glued to a numeral ("1.2m", "£1bn", "$3tn", "5k").
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "M": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "B": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "tr": 1e12,
}

# Denominators for fractions written as words ("two-thirds", "a quarter", "three-fifths").
FRACTION_WORDS: dict[str, float] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}

_WORD = "|".join(
    sorted(
        [*SMALL_WORDS, "hundred", "thousand", "million", "billion", "trillion", "dozen"],
        key=len,
        reverse=True,
    )
)
# A run of number words: "twenty-five", "two hundred and fifty", "three million", "a dozen",
# "half a million". "and" is only allowed after hundred/thousand/million ("two hundred and fifty"),
# so "between two and three" stays two numbers.
NUMBER_WORDS = (
    rf"(?:(?:half\s+an?|an?)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_WORD})(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|(?<=million)\s+and\s+)(?:{_WORD}))*"
)
NUMBER_WORDS_RE = re.compile(rf"\b{NUMBER_WORDS}\b", re.IGNORECASE)

# A numeral: "53,000", "2.5", ".5", "1,234.56", "10 000" is not read as one number (too ambiguous).
NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
NUMERAL_RE = re.compile(NUMERAL)

_SPLIT = re.compile(r"[\s-]+")


def parse_numeral(text: str) -> float | None:
    """``"53,000"`` -> 53000.0; ``None`` when it is not a plain numeral or too long to be one."""
    digits = text.replace(",", "")
    if len(digits) > 40:  # 10,000 digits is not a figure anyone can check
        return None
    try:
        value = float(digits)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_number_words(text: str) -> float | None:
    """``"two hundred and fifty"`` -> 250.0, ``"half a million"`` -> 500000.0, ``"a dozen"`` -> 12.0."""
    words = [w for w in _SPLIT.split(text.lower().replace(" and ", " ")) if w]
    if not words:
        return None
    factor = 1.0
    if words[0] == "half":
        factor, words = 0.5, words[1:]
    if words and words[0] in ("a", "an"):
        words = words[1:]
        if not words:
            return None
        if words[0] in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
            words = ["one", *words]
    elif words and words[0] in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
        return None  # "million" alone is the tail of a figure we could not read, or vague
    total = 0.0
    current = 0.0
    last_small: int | None = None
    for word in words:
        if word in SMALL_WORDS:
            small = SMALL_WORDS[word]
            # "twenty five" is fine, "five six" is not a number
            if last_small is not None and not (
                last_small >= 20 and last_small % 10 == 0 and small < 10
            ):
                return None
            current += small
            last_small = small
        elif word == "dozen":
            current = (current or 1) * 12
            last_small = None
        elif word == "hundred":
            current = (current or 1) * 100
            last_small = None
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
            last_small = None
        else:
            return None
    return (total + current) * factor


def parse_number(text: str) -> float | None:
    """A numeral or a run of number words: ``"53,000"`` -> 53000.0, ``"three"`` -> 3.0."""
    return parse_numeral(text) if text[0].isdigit() else parse_number_words(text)


def trailing_scale(text: str) -> float:
    """The scale a run of number words ends with: ``"five thousand"`` -> 1000.0, ``"five"`` -> 1.0."""
    last = _SPLIT.split(text.strip().lower())[-1]
    return SCALE_WORDS.get(last, 1.0) if last != "hundred" else 1.0


def fraction_value(numerator: str, denominator: str) -> float | None:
    """``("two", "thirds")`` -> 0.666..., ``("a", "quarter")`` -> 0.25."""
    den = FRACTION_WORDS.get(denominator.lower())
    if den is None:
        return None
    num_word = numerator.lower()
    if num_word in ("a", "an", "one"):
        num = 1
    elif num_word in SMALL_WORDS:
        num = SMALL_WORDS[num_word]
    else:
        return None
    if num >= den:
        return None
    return num / den
