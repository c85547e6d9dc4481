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

from newslint.report.model import Quote

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


def voice_of(text: str, quotes: list[Quote], marked: list[tuple[int, int]]) -> Voice:
    """The Voice of a text from its quotes and the spans between its quotation marks."""
    stretches: list[Stretch] = []
    attributions: list[tuple[int, int]] = []
    for q in quotes:
        kind = "quote" if q.direct else ("reported" if q.speaker else "sourceless")
        pieces = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        stretches += [Stretch(a, b, kind, q) for a, b in pieces if b > a]
        if q.speaker is not None:
            attributions.append((q.start, q.end))
            attributions.append((q.speaker.start, q.speaker.end))
            if q.cue_start is not None and q.cue_end is not None:
                attributions.append((q.cue_start, q.cue_end))
    stretches += [Stretch(a, b, "marks") for a, b in marked if b > a]
    stretches += [Stretch(m.start(), m.end(), "marks") for m in _SCARE.finditer(text)]
    return Voice(stretches, attributions)
