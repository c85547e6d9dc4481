"""Which words name one concept in another part of speech: "vacancy" and "vacant", "employee"
and "employ", "the accused" and "accused of", "depth" and "shallow".

A restatement often names its measure by another word of the same family: "the 17 men accused
of the robbery" ... "all 15 accused", "at a depth of 33km" ... "at 23km down, it was shallow".
``related`` answers whether two words are of one family, from WordNet's derivational links
(``+``: "employee" -> "employ") and its attribute links between an adjective and the noun it
grades (``=``: "shallow" -> "depth", "heavy" -> "weight").

``word_families.tsv`` holds, for every one-word lemma of WordNet 3.0's nouns, verbs and
adjectives, the one-word lemmas linked to the lemma itself in its first ``SENSES`` senses (the
common meanings; a rare sense links "run" to half the dictionary). Built by ``python -m
newslint.extract.word_families /usr/share/wordnet`` (Debian's wordnet-base 1:3.0-37) from
``index.*`` and ``data.*``. Source: Princeton University, "About WordNet", WordNet 3.0, 2010,
https://wordnet.princeton.edu/ (WordNet 3.0 license: use, copy and distribute with this
notice).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from newslint.extract.noun_classes import word_sets

TABLE = Path(__file__).with_name("word_families.tsv")
SENSES = 2
_PARTS = {"noun": "n", "verb": "v", "adj": "a"}
_LINKS = {"+", "="}  # derivationally related form; attribute (adjective <-> noun)


@cache
def _families() -> dict[str, frozenset[str]]:
    return word_sets(TABLE)


def family(word: str) -> frozenset[str]:
    """The words of a lemma's family ("vacancy" -> vacant, ...), without the word itself."""
    return _families().get(word.lower(), frozenset())


def related(a: str | None, b: str | None) -> bool:
    """One word, or two of one family ("employee" / "employ", "shallow" / "depth")."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or b in family(a) or a in family(b)


def _synsets(wordnet: Path) -> dict[tuple[str, str], tuple[list[str], list[tuple[str, ...]]]]:
    """(pos, offset) -> (its words, its pointers as (symbol, offset, pos, source/target))."""
    found = {}
    for part, pos in _PARTS.items():
        with (wordnet / f"data.{part}").open(encoding="latin-1") as data:
            for line in data:
                if line.startswith(" "):
                    continue
                fields = line.split(" | ")[0].split()
                count = int(fields[3], 16)
                words = [w.lower().split("(")[0] for w in fields[4 : 4 + 2 * count : 2]]
                at = 4 + 2 * count
                pointers = [
                    tuple(fields[at + 1 + 4 * i : at + 5 + 4 * i]) for i in range(int(fields[at]))
                ]
                found[(pos, fields[0])] = (words, pointers)
    return found


def _senses(wordnet: Path) -> Iterator[tuple[str, str, list[str]]]:
    for part, pos in _PARTS.items():
        with (wordnet / f"index.{part}").open(encoding="latin-1") as index:
            for line in index:
                if line.startswith(" "):
                    continue
                fields = line.split()
                pointers = int(fields[3])
                yield fields[0], pos, fields[4 + pointers + 2 :]


def build(wordnet: Path) -> list[tuple[str, list[str]]]:
    synsets = _synsets(wordnet)
    kin: dict[str, set[str]] = defaultdict(set)
    for lemma, pos, senses in _senses(wordnet):
        if not lemma.isalpha():
            continue
        for offset in senses[:SENSES]:
            words, pointers = synsets[(pos, offset)]
            mine = words.index(lemma) + 1 if lemma in words else 0
            for symbol, target, target_pos, ends in pointers:
                target_pos = "a" if target_pos == "s" else target_pos
                if symbol not in _LINKS or (target_pos, target) not in synsets:
                    continue
                source, aim = int(ends[:2], 16), int(ends[2:], 16)
                if source and source != mine:
                    continue  # a link of another word of the synset
                theirs = synsets[(target_pos, target)][0]
                for word in [theirs[aim - 1]] if aim else theirs[:1]:
                    if word.isalpha() and word != lemma:
                        kin[lemma].add(word)
                        kin[word].add(lemma)
    return sorted((word, sorted(words)) for word, words in kin.items())


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# lemma\tits family (WordNet 3.0 derivation and attribute links; word_families.py)"]
    lines += [f"{word}\t{' '.join(words)}" for word, words in build(source)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
