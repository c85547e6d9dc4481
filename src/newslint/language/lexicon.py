"""The loaded-language lexicon: entries read from ``lexicons/*.tsv`` and an index of their
written forms, looked up token by token (no regular expression over the text, no parse).

An entry is matched on the lower-case forms of consecutive tokens: a verb in every written form
of its first word ("slam" -> slams, slammed, slamming), a noun in the singular and plural of its
last word. Hyphens are tokens of their own, as spaCy splits them ("money-mad" -> money - mad).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.parse import noun_forms, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEXICONS = Path(__file__).parent / "lexicons"
POS = ("VERB", "NOUN", "ADJ", "ADV")
CONDITIONS = ("people", "owner", "modifier", "label", "amount", "value")
NAME_CALLING = "name-calling"

_PIECES = re.compile(r"[^\W_]+|[^\w\s]")
# irregular forms the shared verb_forms() does not know, for the lexicon's verbs
_IRREGULAR_VERBS = {
    "tear": ("tore", "torn"),
    "flee": ("fled",),
    "run": ("ran",),
    "go": ("went", "gone", "goes"),
    "hit": ("hit",),
    "lay": ("laid",),
    "rip": ("ripped",),
}
_IRREGULAR_NOUNS = {"man": "men", "henchman": "henchmen", "madman": "madmen", "conman": "conmen"}


@dataclass(frozen=True)
class Entry:
    """One word or phrase of a lexicon and what decides that a use of it is loaded."""

    phrase: str
    pos: str
    category: str
    neutral: tuple[str, ...] = ()
    literal: frozenset[str] = frozenset()
    when: str = ""
    source: str = "newslint"

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_PIECES.findall(self.phrase))

    @property
    def head(self) -> int:
        """Which of the phrase's tokens the parse is asked about: a verb's first word, a
        noun's last word, the only word of an adjective or adverb."""
        return len(self.words) - 1 if self.pos == "NOUN" else 0


@dataclass(frozen=True)
class Match:
    """An entry found in a Doc: tokens ``[start, end)`` and the token the parse is asked
    about."""

    entry: Entry
    start: int
    end: int
    head: int


def read_lexicon(path: Path, source: str = "newslint") -> list[Entry]:
    """Entries of one TSV file (format in the file's header). A malformed line is an error
    naming the file and the line: the lexicons ship with the package and are tested."""
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (6 - len(cols))
        phrase, pos, category, neutral, literal, when = (c.strip() for c in cols[:6])
        if len(cols) > 6 or pos not in POS or not category or when not in ("", *CONDITIONS):
            raise ValueError(f"{path.name}:{n}: malformed lexicon line {line!r}")
        entries.append(
            Entry(
                phrase=phrase.lower(),
                pos=pos,
                category=category,
                neutral=tuple(a for a in neutral.split("|") if a),
                literal=frozenset(literal.lower().split()),
                when=when,
                source=source,
            )
        )
    return entries


def written_forms(entry: Entry) -> set[tuple[str, ...]]:
    """Every token sequence that spells the entry."""
    words = list(entry.words)
    if entry.pos == "VERB":
        first = words[0]
        forms = verb_forms(first) | set(_IRREGULAR_VERBS.get(first, ()))
        return {(form, *words[1:]) for form in forms}
    if entry.pos == "NOUN":
        last = words[-1]
        forms = noun_forms(last) | {_IRREGULAR_NOUNS.get(last, last)}
        return {(*words[:-1], form) for form in forms}
    return {tuple(words)}


class Index:
    """Written forms of many entries, keyed by their first token."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for entry in entries:
            for form in written_forms(entry):
                self._by_first.setdefault(form[0], []).append((form, entry))
        for forms in self._by_first.values():
            forms.sort(key=lambda f: -len(f[0]))  # longest phrase first

    def matches(self, doc: Doc) -> Iterator[Match]:
        """Entries spelled by the doc's tokens; where phrases overlap, the longest wins."""
        lowers = lower_forms(doc)
        i, n = 0, len(lowers)
        while i < n:
            found = self._by_first.get(lowers[i])
            if not found:
                i += 1
                continue
            same = [
                (form, entry) for form, entry in found if tuple(lowers[i : i + len(form)]) == form
            ]
            if not same:
                i += 1
                continue
            # longest first; several entries can share one spelling ("monster" as label or
            # as modifier): each is tried, and the rule keeps the first that fits the parse
            longest = len(same[0][0])
            for form, entry in same:
                if len(form) == longest:
                    yield Match(entry, i, i + longest, i + min(entry.head, longest - 1))
            i += longest


def lower_forms(doc: Doc) -> list[str]:
    """The lower-case form of every token, read in one pass over the Doc's arrays (making a
    Token object per word costs more than the whole lexicon lookup)."""
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array([LOWER]).tolist()]


@cache
def loaded_index() -> Index:
    """The shipped loaded-language lexicons: newslint's own list and the evaluative adjectives
    read from VADER and TextBlob (see lexicons/SOURCES.md)."""
    return Index(
        read_lexicon(LEXICONS / "loaded.tsv")
        + read_lexicon(LEXICONS / "evaluative.tsv", source="vader+textblob")
    )
