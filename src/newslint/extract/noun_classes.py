"""What a common noun names, read from WordNet: a person, a group of people or a piece of
communication (a document), for the speakers no hand-written lexicon knows ("a pensioner", "the
forum", "a notification issued by the council").

``noun_classes.tsv`` holds, for every one-word noun of WordNet 3.0 whose first (most frequent)
sense lies in the lexicographer file noun.person, noun.group or noun.communication, that class.
Built by ``python -m newslint.extract.noun_classes /usr/share/wordnet`` (Debian's wordnet-base
1:3.0-37) from ``index.noun`` (senses in order of frequency) and ``data.noun`` (the lexicographer
file of each sense). Source: Princeton University, "About WordNet", WordNet 3.0, 2010,
https://wordnet.princeton.edu/ (WordNet 3.0 license: use, copy and distribute with this notice).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from newslint.extract.wordnet_files import index_entries, synsets

TABLE = Path(__file__).with_name("noun_classes.tsv")
# WordNet's lexicographer file numbers and the speaker kind each stands for
_FILES = {18: "person", 14: "group", 10: "communication"}


@cache
def _classes() -> dict[str, str]:
    rows = TABLE.read_text(encoding="utf-8").splitlines()
    return dict(row.split("\t") for row in rows if row and not row.startswith("#"))


def noun_class(word: str) -> str | None:
    """ "person", "group", "communication" or None, for a noun's lemma or form."""
    return _classes().get(word.lower())


def word_sets(table: Path) -> dict[str, frozenset[str]]:
    """A table of "lemma<TAB>words separated by spaces" (comments after '#') as a dict."""
    found = {}
    for row in table.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            word, words = row.split("\t")
            found[word] = frozenset(words.split())
    return found


def build(wordnet: Path) -> list[tuple[str, str]]:
    noun_synsets = synsets(wordnet, "noun")
    rows = []
    for lemma, _, senses in index_entries(wordnet, "noun"):
        kind = _FILES.get(noun_synsets[senses[0]].lex_file)
        if kind is not None and lemma.isalpha() and lemma.islower():
            rows.append((lemma, kind))
    return rows


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# lemma\tclass (first WordNet 3.0 sense; see noun_classes.py)"]
    lines += [f"{lemma}\t{kind}" for lemma, kind in build(source)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
