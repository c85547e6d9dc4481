"""A cue: the words that report a claim, with its speaker, its content and how it was read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass
class Cue:
    tokens: list[Token]
    speaker: SpacySpan | None
    content: tuple[int, int] | None  # clause or claim the parse gives, characters
    # "clause", "infinitive", "object", "parenthetical", "according", "colon", "bare",
    # "sourceless" (no source given), "hidden" (a source hidden on purpose: "it is understood")
    kind: str
    parts: list[tuple[int, int]] | None = None  # content in pieces around a parenthetical cue
    venue: tuple[int, int] | None = None  # where or to whom it was said ("told reporters")

    @property
    def start(self) -> int:
        first = self.tokens[0]
        if self.kind == "dash":
            return first.idx + len(first.text) - 1  # "”―" as one token: the dash is the cue
        return first.idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)

    @property
    def word(self) -> Token:
        """The cue's head word: "said" in "has said", "to" in "according to"."""
        if self.kind == "according":
            return self.tokens[-1]
        return next(
            (t for t in self.tokens if t.dep_ not in {"aux", "auxpass", "neg", "prt"}),
            self.tokens[0],
        )
