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
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from newslint.extract.noun_classes import word_sets
from newslint.extract.wordnet_files import Synset, index_entries, synsets

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


def first_related(xs: Iterable[str], ys: Iterable[str]) -> tuple[str, str] | None:
    """The first pair (x, y), in the order of ``xs`` then ``ys``, of one word or one family:
    ``related`` over every pair, with each word's family looked up once, not once a pair."""
    families = _families()
    none: frozenset[str] = frozenset()
    others = [(y, y.lower(), families.get(y.lower(), none)) for y in ys]
    for x in xs:
        lowered = x.lower()
        kin = families.get(lowered, none)
        for y, y_lowered, y_kin in others:
            if x and y and (lowered == y_lowered or y_lowered in kin or lowered in y_kin):
                return x, y
    return None


def _linked_words(
    parts: dict[str, dict[str, Synset]], pos: str, offset: str, lemma: str
) -> list[str]:
    """The words one sense of ``lemma`` is linked to by derivation or attribute."""
    synset = parts[pos][offset]
    mine = synset.words.index(lemma) + 1 if lemma in synset.words else 0
    found = []
    for pointer in synset.pointers:
        # an adjective satellite ("s") is filed with the adjectives; adverbs are not read
        theirs = parts.get("a" if pointer.pos == "s" else pointer.pos, {})
        if pointer.symbol not in _LINKS or pointer.offset not in theirs:
            continue
        if pointer.source and pointer.source != mine:
            continue  # a link of another word of the synset
        linked = theirs[pointer.offset].words
        found += [linked[pointer.target - 1]] if pointer.target else linked[:1]
    return found


def build(wordnet: Path) -> list[tuple[str, list[str]]]:
    parts = {pos: synsets(wordnet, part) for part, pos in _PARTS.items()}
    kin: dict[str, set[str]] = defaultdict(set)
    for part, pos in _PARTS.items():
        for lemma, _, senses in index_entries(wordnet, part):
            if not lemma.isalpha():
                continue
            for offset in senses[:SENSES]:
                for word in _linked_words(parts, pos, offset, lemma):
                    if word.isalpha() and word != lemma:
                        kin[lemma].add(word)
                        kin[word].add(lemma)
    return sorted((word, sorted(words)) for word, words in kin.items())


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# lemma\tits family (WordNet 3.0 derivation and attribute links; word_families.py)"]
    lines += [f"{word}\t{' '.join(words)}" for word, words in build(source)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
