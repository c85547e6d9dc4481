"""WordNet 3.0's database files, read once for the table builders (``noun_classes``,
``noun_kinds``, ``opposites``, ``word_families``, ``event_senses``).

Only the builders read these files (``python -m newslint.extract.<table> /usr/share/wordnet``,
Debian's wordnet-base 1:3.0-37); the linter reads the TSV tables they write. Formats: WordNet
3.0's wndb(5WN) manual page. A line that starts with a space is the files' licence header.
Source: Princeton University, "About WordNet", WordNet 3.0, 2010, https://wordnet.princeton.edu/
(WordNet 3.0 license: use, copy and distribute with this notice).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

PARTS = ("noun", "verb", "adj", "adv")


class IndexEntry(NamedTuple):
    """One line of ``index.<part>``: a lemma, how often its senses are tagged in the sense
    concordance, and its senses (synset offsets) in order of frequency."""

    lemma: str
    tagged: int
    senses: list[str]


class Pointer(NamedTuple):
    """A link from a synset: its symbol ("@" hypernym, "!" antonym, "+" derivation, "="
    attribute), the target synset's offset and part ("n", "v", "a", "s", "r"), and the
    source/target word numbers ("0000": a link between whole synsets)."""

    symbol: str
    offset: str
    pos: str
    ends: str

    @property
    def source(self) -> int:
        """The linked word's number in its own synset (from 1), 0 for the whole synset."""
        return int(self.ends[:2], 16)

    @property
    def target(self) -> int:
        """The word's number in the target synset (from 1), 0 for the whole synset."""
        return int(self.ends[2:], 16)


@dataclass(frozen=True)
class Synset:
    """One line of ``data.<part>``: its lexicographer file (5 noun.animal, 18 noun.person,
    ...), its words lower-cased (without an adjective's position marker: "public(a)" is
    "public") and its pointers."""

    lex_file: int
    words: list[str]
    pointers: list[Pointer]


def _lines(wordnet: Path, name: str) -> Iterator[str]:
    with (wordnet / name).open(encoding="latin-1") as lines:
        for line in lines:
            if not line.startswith(" "):
                yield line


def index_entries(wordnet: Path, part: str) -> Iterator[IndexEntry]:
    """The entries of ``index.<part>``, in the file's (alphabetical) order."""
    for line in _lines(wordnet, f"index.{part}"):
        fields = line.split()
        pointers = int(fields[3])  # the kinds of pointer the lemma has, listed next
        yield IndexEntry(fields[0], int(fields[4 + pointers + 1]), fields[4 + pointers + 2 :])


def synsets(wordnet: Path, part: str) -> dict[str, Synset]:
    """The synsets of ``data.<part>`` by offset, in the file's order."""
    found = {}
    for line in _lines(wordnet, f"data.{part}"):
        fields = line.split(" | ")[0].split()  # the gloss follows " | "
        count = int(fields[3], 16)
        words = [w.lower().split("(")[0] for w in fields[4 : 4 + 2 * count : 2]]
        at = 4 + 2 * count
        pointers = [
            Pointer(*fields[at + 1 + 4 * i : at + 5 + 4 * i]) for i in range(int(fields[at]))
        ]
        found[fields[0]] = Synset(int(fields[1]), words, pointers)
    return found


def exceptions(wordnet: Path, part: str) -> Iterator[tuple[str, str]]:
    """(irregular form, its base form) from ``<part>.exc``: ("took", "take")."""
    for line in _lines(wordnet, f"{part}.exc"):
        form, base = line.split()[:2]
        yield form, base
