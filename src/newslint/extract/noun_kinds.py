"""Which nouns are general words for which: "the animals" may name "1,200 dairy cattle", "the
structure" "a £4m footbridge", "the birds" "12,000 turkeys"; never the reverse.

A second mention of one measure often takes a more general noun than the first, and a part
names its whole the same way ("260 of the animals" after "a herd of 220 cows"). ``covers``
answers whether one noun is such a general word for another, from WordNet's hypernyms.

``noun_kinds.tsv`` holds, for every one-word noun of WordNet 3.0 whose first two senses include
one of a concrete thing (an animal, an artefact, a food, a natural object or a plant), the
one-word lemmas of its hypernyms at depth ``MIN_DEPTH`` or more that are tagged in WordNet's
sense concordance ("animal", "structure", "vehicle": words in use; not "object", "whole" or
"artifact", which no newsroom uses to point back, nor "teleost"). Built
by ``python -m newslint.extract.noun_kinds /usr/share/wordnet`` (Debian's wordnet-base
1:3.0-37) from ``index.noun`` and ``data.noun``. Source: Princeton University, "About
WordNet", WordNet 3.0, 2010, https://wordnet.princeton.edu/ (WordNet 3.0 license: use, copy and
distribute with this notice).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from newslint.extract.wordnet_files import index_entries, synsets

TABLE = Path(__file__).with_name("noun_kinds.tsv")
# WordNet's lexicographer files of concrete things: animal, artifact, food, object, plant
# (not people: a count of people is told apart by its role, ``PEOPLE_ROLES``)
_CONCRETE = {5, 6, 13, 17, 20}
SENSES = 2  # the senses of a word read: its common meanings, not its rare ones
MIN_DEPTH = 5  # "animal" (6), "structure" (5), "vehicle" (7); not "artifact" (4), "whole" (3)


@cache
def _general_words() -> dict[str, frozenset[str]]:
    rows = TABLE.read_text(encoding="utf-8").splitlines()
    found = {}
    for row in rows:
        if row and not row.startswith("#"):
            word, generals = row.split("\t")
            found[word] = frozenset(generals.split())
    return found


def general_words(noun: str) -> frozenset[str]:
    """The general words for a noun's lemma ("cattle" -> animal, mammal, ...)."""
    return _general_words().get(noun.lower(), frozenset())


def covers(general: str | None, specific: str | None) -> bool:
    """Is ``general`` a more general word for ``specific`` ("animal" for "cattle")? Never
    true of a word and itself, nor the other way round."""
    if not general or not specific or general == specific:
        return False
    return general.lower() in general_words(specific)


def build(wordnet: Path) -> list[tuple[str, list[str]]]:
    nouns = synsets(wordnet, "noun")
    # hypernyms, not instances of a name ("@i")
    parents = {o: [p.offset for p in s.pointers if p.symbol == "@"] for o, s in nouns.items()}
    depth: dict[str, int] = {}

    def depth_of(offset: str) -> int:
        if offset not in depth:
            depth[offset] = 0  # a guard against cycles (WordNet has none)
            ups = parents.get(offset, [])
            depth[offset] = 1 + min(depth_of(p) for p in ups) if ups else 0
        return depth[offset]

    def ancestors(offset: str) -> set[str]:
        found: set[str] = set()
        todo = list(parents.get(offset, []))
        while todo:
            up = todo.pop()
            if up not in found:
                found.add(up)
                todo += parents.get(up, [])
        return found

    words: dict[str, set[str]] = {}
    in_use = {lemma for lemma, tagged, _ in index_entries(wordnet, "noun") if tagged}
    for lemma, _, senses in index_entries(wordnet, "noun"):
        if not (lemma.isalpha() and lemma.islower()):
            continue
        generals: set[str] = set()
        for sense in senses[:SENSES]:
            if nouns[sense].lex_file not in _CONCRETE:
                continue
            for up in ancestors(sense):
                if depth_of(up) >= MIN_DEPTH:
                    generals.update(nouns[up].words)
        words[lemma] = generals
    return [
        (lemma, found)
        for lemma, generals in words.items()
        if (found := sorted(w for w in generals if w in in_use and w != lemma and w.isalpha()))
    ]


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# lemma\tits general words (WordNet 3.0 hypernyms; see noun_kinds.py)"]
    lines += [f"{lemma}\t{' '.join(generals)}" for lemma, generals in build(source)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
