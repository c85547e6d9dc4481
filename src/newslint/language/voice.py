"""Whose words: the reporter's own, or somebody else's (a quotation, reported speech).

Built from the quotes the quote extractor found (``Analysis.quotes``): a direct quote's pieces,
the content of reported speech ("the minister said [the plan was a disaster]", "critics called
[it shameful]"), and the content of a claim with no source ("the scheme has been criticised
[as a shambles]"), which is not the reporter's judgement either. Text between quotation marks
that the extractor did not take as a quote (a scare quote, a title, a headline's 'crisis') is
somebody's word too. The cue and the speaker stay in the reporter's voice: "Labour *slammed*
the plan" is the reporter's choice of verb.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.report.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# clauses and phrases of time and circumstance hung on a reporting verb: the reporter's own
# narration, not what was said ("slammed the plan [after fares rose]", "[as talks stalled]")
CIRCUMSTANCE_MARKS = {
    "as", "after", "when", "while", "before", "since", "until", "because", "although",
    "though", "whereas", "once",
}  # fmt: skip
CIRCUMSTANCE_PREPS = {"after", "before", "during", "since", "until", "amid", "amidst", "despite"}
# a single word or short phrase in single quotes, as British papers mark a scare quote
_SCARE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^‘’'\n]{1,40}?)(?<=\w)[’'](?!\w)")


@dataclass(frozen=True)
class Stretch:
    start: int
    end: int
    kind: str  # "quote" (direct), "reported", "sourceless", "marks" (quotation marks only)
    quote: Quote | None = None


class Voice:
    """Answers "is this span the reporter's own words?" for one article."""

    def __init__(self, stretches: list[Stretch], attributions: list[tuple[int, int]]):
        self.stretches = sorted(stretches, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.stretches]
        self._longest = max((s.end - s.start for s in self.stretches), default=0)
        self.attributions = sorted(attributions)

    def others(self, start: int, end: int) -> Stretch | None:
        """The stretch of somebody else's words that overlaps ``[start, end)``, if any."""
        i = bisect.bisect_left(self._starts, start - self._longest)
        for s in self.stretches[i:]:
            if s.start >= end:
                break
            if start < s.end and s.start < end:
                return s
        return None

    def attributed(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` hold a quote or claim with a source (its speaker, its cue or
        what was said)?"""
        return any(a < end and start < b for a, b in self.attributions)


def voice_of(
    text: str, quotes: list[Quote], marked: list[tuple[int, int]], doc: Doc | None = None
) -> Voice:
    """The Voice of a text from its quotes and the spans between its quotation marks; with the
    parsed ``doc``, narration hung on a reporting verb is taken out of what was reported."""
    stretches: list[Stretch] = []
    attributions: list[tuple[int, int]] = []
    narration = [cut for q in quotes for cut in _narration(doc, q)] if doc is not None else []
    for q in quotes:
        kind = "quote" if q.direct else ("reported" if q.speaker else "sourceless")
        pieces = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        if not q.direct:
            pieces = _cut(pieces, narration)
        stretches += [Stretch(a, b, kind, q) for a, b in pieces if b > a]
        if q.speaker is not None:
            attributions.append((q.start, q.end))
            attributions.append((q.speaker.start, q.speaker.end))
            if q.cue_start is not None and q.cue_end is not None:
                attributions.append((q.cue_start, q.cue_end))
    stretches += [Stretch(a, b, "marks") for a, b in marked if b > a]
    stretches += [Stretch(m.start(), m.end(), "marks") for m in _SCARE.finditer(text)]
    return Voice(stretches, attributions)


def _narration(doc: Doc, q: Quote) -> list[tuple[int, int]]:
    """Clauses and phrases of time and circumstance that a quote's cue verb governs after it:
    "slammed the plan [after fares rose]", "accusing her of games [as lawmakers scrambled]".
    What a cue's reported clause holds ("said the plan failed after costs rose") hangs on the
    clause's own verb, not on the cue, and stays reported."""
    if q.cue_start is None or q.cue_end is None:
        return []
    cue = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    verb = next((t for t in cue or () if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    cuts = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS) or (
            c.dep_ == "advcl"
            and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in CIRCUMSTANCE_MARKS for m in c.children
            )
        ):
            last = c.right_edge
            cuts.append((c.left_edge.idx, last.idx + len(last.text)))
    return cuts


def _cut(pieces: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    for a, b in cuts:
        pieces = [
            piece
            for start, end in pieces
            for piece in ((start, min(end, a)), (max(start, b), end))
            if piece[1] > piece[0]
        ]
    return pieces
