"""Names listed first and counted after them, in apposition (NUM007, round 11).

``rosters.py`` reads a count followed by its names ("Four people were arrested: A, B, C and
D"). Copy also names first and counts in an appositive that renames the list: "Ames, Barry and
Orr, the three new directors, took their seats", "Mehta, Dorrell and Quint -- the four
survivors of the old board -- will step down". The appositive opens on "the" right before the
count, set off by the comma or dash that closes the list, so it renames the whole list, not its
last name ("Orr, the new chair" carries no count). The names open the sentence, so no other
member stands before them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import PLURAL_ENDINGS

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.totals import Breakdown
    from newslint.report.model import Quantity

# ", the three", " -- the four", "(the five": an appositive opening on its count
_APPOSED = re.compile(r"(?:,|\s[-–—]|—|\()\s*the\s+$")
# what ends the appositive: its closing comma, dash or bracket (not the sentence's full stop:
# "A and B, the two winners." is a list closed by its description)
_CLOSED = re.compile(r"[^.;:!?\n]{0,80}?(?:,|\s[-–—]\s|—|\))")
# after the closing comma the list goes on ("A, the two Milan sides, B and C are among ..."):
# the counted phrase is one more item of the list, not a name for the names before it
_LIST_GOES_ON = re.compile(r"\s*(?:and\b|or\b|[A-Z])")
# a sentence that opens on a time or a place is not a list of names there ("On Monday, A, B")
_SCENE = re.compile(r"(?:On|In|At|By|For|After|Before|During|Since|From|With|Last|This)\b")


def apposed_counts(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    """The lists of names an appositive count right after them renames."""
    from newslint.extract.rosters import named_breakdown, plain_names

    text = analysis.text
    found = []
    for q in counts:
        before = text[max(0, q.start - 12) : q.start]
        opener = _APPOSED.search(before)
        if opener is None or not (q.counted or "").endswith(PLURAL_ENDINGS):
            continue
        closed = _CLOSED.match(text, q.end)
        if not closed or _LIST_GOES_ON.match(text, closed.end()):
            continue
        sentence = analysis.sentence_at(q.start)
        if sentence is None:
            continue
        lead = text[sentence.start : q.start]
        start = sentence.start + len(lead) - len(lead.lstrip(" \"'“‘"))
        if _SCENE.match(text, start):
            continue
        end = q.start - len(before) + opener.start()
        items = plain_names(text[:end], start, first_capital=True)
        if items is not None:  # (two names at least: plain_names reads no shorter list)
            found.append(named_breakdown(q, items, f"names, then '{text[q.start : q.end]}'"))
    return found
