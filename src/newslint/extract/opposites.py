"""Words of opposite meaning. Verbs of opposite outcome: "passed" and "failed", "won" and
"lost", "rose" and "fell". Two parts said with opposite verbs of one whole exclude each other
("Of the 320 pupils, 190 passed and 150 failed"): no member can do both. Nouns and adjectives
of opposite kind: "men" and "women", "imports" and "exports", "urban" and "rural", "public"
and "private": two shares of one whole named by them exclude each other too.

``verb_opposites.tsv`` holds WordNet 3.0's antonym pairs of one-word verbs (the lexical "!"
pointers of ``data.verb``), both ways; ``word_opposites.tsv`` those of one-word nouns and
adjectives (``data.noun``, ``data.adj``). Built by ``python -m newslint.extract.opposites
/usr/share/wordnet`` (Debian's wordnet-base 1:3.0-37). Source: Princeton University, "About
WordNet", WordNet 3.0, 2010, https://wordnet.princeton.edu/ (WordNet 3.0 license: use, copy and
distribute with this notice).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from newslint.extract.wordnet_files import synsets

TABLE = Path(__file__).with_name("verb_opposites.tsv")
WORD_TABLE = Path(__file__).with_name("word_opposites.tsv")


@cache
def _pairs(table: Path = TABLE) -> frozenset[tuple[str, str]]:
    rows = table.read_text(encoding="utf-8").splitlines()
    return frozenset(tuple(row.split("\t")) for row in rows if row and not row.startswith("#"))  # type: ignore[misc]


def opposite(a: str, b: str) -> bool:
    """Are the verb lemmas ``a`` and ``b`` opposites ("pass" and "fail")?"""
    return (a.lower(), b.lower()) in _pairs()


def opposite_words(a: str, b: str) -> bool:
    """Are the noun or adjective lemmas ``a`` and ``b`` opposites ("man" and "woman",
    "urban" and "rural")?"""
    return (a.lower(), b.lower()) in _pairs(WORD_TABLE)


def build(wordnet: Path, part: str = "verb") -> list[tuple[str, str]]:
    found = synsets(wordnet, part)
    pairs = set()
    for synset in found.values():
        for pointer in synset.pointers:
            if pointer.symbol != "!":
                continue
            word = synset.words[pointer.source - 1]
            other = found[pointer.offset].words[pointer.target - 1]
            if word.isalpha() and other.isalpha():
                pairs.update({(word, other), (other, word)})
    return sorted(pairs)


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# verb\tits opposite (WordNet 3.0 antonyms; see opposites.py)"]
    lines += [f"{a}\t{b}" for a, b in build(source)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pairs = sorted({*build(source, "noun"), *build(source, "adj")})
    lines = ["# noun or adjective\tits opposite (WordNet 3.0 antonyms; see opposites.py)"]
    WORD_TABLE.write_text("\n".join([*lines, *(f"{a}\t{b}" for a, b in pairs)]) + "\n", "utf-8")
