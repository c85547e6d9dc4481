"""The things a counted span covers, named in a later sentence (NUM007, round 11).

"Met Eireann issued a warning for six counties ... The warning covers Cork, Kerry, Clare and
Galway", "a hosepipe ban across four water zones ... The ban applies to A, B and C", "a tour of
seven cities ... The tour takes in A, B, ...": a count told as what a thing is for, across or
of, and a sentence that opens on that thing, definite, and says what it covers. The names are
then all of the count.

Read only when the later sentence opens on "The"/"This" and the same head noun, its verb is
one of a closed class of covering verbs (never "includes"), no word says the names are some of
them ("also", "other"), and the count is the last one told after that noun within three
paragraphs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import partial, stem

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.totals import Breakdown
    from newslint.report.model import Quantity

_COVERS = re.compile(
    r"\s*[\"“]?(?:The|This)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]{3,})\s+"
    r"(?:(?:now|still)\s+)?(?:covers|covered|will cover|spans|spanned|will span|takes in|"
    r"took in|will take in|applies to|applied to|will apply to|stretches across|affects|"
    r"affected|will affect|is in place (?:for|in|across))\s+(?=[A-Z])"
)
# "a warning for six counties", "a ban across four zones", "a tour of seven cities": the count
# the thing is for
_FOR_COUNT = r"(?:[a-z][\w-]*\s+){0,2}(?:for|across|in|of|over|covering)\s+(?:the\s+)?$"
_PARAGRAPHS_BACK = 3


def covered_names(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    from newslint.extract.roster_subjects import more_told
    from newslint.extract.rosters import listed_names, named_breakdown, plain_names

    text = analysis.text
    found = []
    for sentence in analysis.sentences:
        m = _COVERS.match(text, sentence.start, sentence.end)
        if m is None or partial(m.group(0)):
            continue
        count = _count_for(analysis, counts, m.group("noun"), sentence.start)
        if count is None:
            continue
        items = plain_names(text[: _list_end(text, m.end(), sentence.end)], m.end(), True)
        items = items if items is not None else listed_names(analysis, m.end())
        if items is not None and not more_told(analysis, items[-1][1]):
            cue = f"'{m.group(0).strip()}' then names"
            found.append(named_breakdown(count, items, cue))
    return found


# "covers A, B, C and D and runs until Sunday": the "and" before a name closes the list; a
# second one joins the verb's next clause
_LAST_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")


def _list_end(text: str, start: int, stop: int) -> int:
    m = _LAST_NAME.search(text, start, stop)
    return m.end() if m is not None else stop


def _count_for(analysis: Analysis, counts: list[Quantity], noun: str, at: int) -> Quantity | None:
    """The last count before ``at`` (within three paragraphs) told as what ``noun`` is for."""
    text = analysis.text
    here = analysis.paragraph_at(at)
    if here is None:
        return None
    k = analysis.paragraph_index(here)
    start = analysis.paragraphs[max(0, k - _PARAGRAPHS_BACK)].start
    pattern = re.compile(r"\b" + re.escape(noun) + r"s?\s+" + _FOR_COUNT, re.I)
    before = [q for q in counts if start <= q.start < at]
    if not before:
        return None
    last = before[-1]
    told = pattern.search(text, max(start, last.start - 60), last.start)
    plural = stem(last.counted or "") != (last.counted or "")
    return last if told is not None and plural else None
