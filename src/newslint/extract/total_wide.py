"""A total and its parts told anywhere in the article (NUM007, round 7).

``totals.py`` reads a total beside its list ("a fleet of 36 buses: 20 diesel, ..."). Copy also
gives the total in the lede and the parts paragraphs later, in sentences of their own ("In Cité
Soleil, 7,450 kits were distributed. Another 6,320 went to ... and 4,930 were delivered in
Cabaret"), or the parts first and the total after ("a total of 259,594 valid votes").

Candidates are loose: the parts are every figure of one measure in a paragraph (counts of one
thing, or amounts of one currency and unit), the total any larger figure of that measure
anywhere in the article. The verdict is strict. A pair is kept only when

- the paragraph says its list is complete: a count of the parts' groups equal to the number of
  parts ("in three communes" and three figures), the last part named as the rest ("the
  remaining 16,062"), or a cue of a breakdown ("breaks down as follows", "made up of");
- the total and the parts name one thing (a content word in common, matched as the change
  rules match words), or the parts' paragraph points back at it ("The kits", "The program");
- the parts miss the total by one digit slipped or two swapped ("18,700" for "18,600"), or by
  less than a sixth after a cue of a breakdown; and
- no other figure in the article is the sum (then that one is the list's total), and only one
  total misses it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, slipped_digit
from newslint.extract.change_words import content_words, same_words, stem, with_synonyms
from newslint.extract.list_complete import COMPLETE, figure_kind, same_measure, sentence_start
from newslint.extract.totals import Breakdown, breakdown_of, list_figures

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

# "the remaining 16,062 votes", "the other 12", "the rest": the last part closes the list
_THE_REST = re.compile(r"\b(?:the\s+)?(?:remaining|rest|other|remainder)\b[^.;]{0,30}$", re.I)
MAX_PARTS = 8
_OF_THE_WHOLE = re.compile(r"\bof (?:the|this|that) (?:total|sum|amount|figure)\b", re.I)


def wide_breakdowns(analysis: Analysis, read: set[int]) -> list[Breakdown]:
    """Totals and complete lists of parts told apart; ``read`` holds the first parts of lists
    already read beside their totals."""
    figures, _ = list_figures(analysis)
    found = []
    for parts, cue in _paragraph_lists(analysis, figures):
        if parts[0].start in read or any(p.start in read for p in parts):
            continue
        breakdown = _its_total(analysis, figures, parts, cue)
        if breakdown is not None:
            found.append(breakdown)
    return found


def _paragraph_lists(
    analysis: Analysis, figures: list[Quantity]
) -> list[tuple[list[Quantity], str]]:
    """Each paragraph's figures of one measure, when the paragraph says they are all of it."""
    lists = []
    for paragraph in analysis.paragraphs:
        inside = [q for q in figures if paragraph.start <= q.start < paragraph.end]
        for first in inside:
            parts = [q for q in inside if q.start >= first.start and _one_thing(first, q)]
            if not 2 <= len(parts) <= MAX_PARTS or parts[0] is not first:
                continue
            if any(_one_thing(first, q) for q in inside if q.start < first.start):
                continue  # (not the paragraph's first figure of its measure: read from there)
            cue = _completeness(analysis, paragraph.start, inside, parts)
            if cue:
                lists.append((parts, cue))
    return lists


def _one_thing(a: Quantity, b: Quantity) -> bool:
    """Two figures of one measure, within a factor of 200 of each other ("12 other candidates"
    is no part of 162,514 votes); for counts, of one counted noun when both name a plural."""
    if not same_measure(a, b) or not a.value or not b.value:
        return False
    if not 1 / 200 <= a.value / b.value <= 200:
        return False
    head_a, head_b = _plural_head(a), _plural_head(b)
    if figure_kind(a) == "count" and head_a and head_b:
        return same_words(with_synonyms({head_a}), with_synonyms({head_b}))
    return True


def _plural_head(q: Quantity) -> str | None:
    """The singular of the plural noun a count counts ("emergency food kits": "kit")."""
    words = (q.counted or "").split()
    if not words or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return None
    return stem(words[-1])


def _completeness(
    analysis: Analysis, start: int, inside: list[Quantity], parts: list[Quantity]
) -> str:
    text = analysis.text
    lead = text[start : parts[0].start]
    # ("Household claims made up 1,410 of the total": a part of it, not the whole list)
    listed = _OF_THE_WHOLE.sub("", text[parts[0].start : parts[-1].end])
    cue = COMPLETE.search(lead) or COMPLETE.search(listed)
    if cue:
        return cue.group(0)
    if _THE_REST.search(text[max(parts[-2].end, parts[-1].start - 40) : parts[-1].start]):
        return "the last part is the rest"
    shared = _shared_among(analysis, parts)
    if shared:
        return shared
    groups = [
        q for q in inside if q not in parts and q.value == len(parts) and figure_kind(q) == "count"
    ]
    if groups:
        return f"{groups[0].text} groups named and {len(parts)} parts listed"
    return ""


def _shared_among(analysis: Analysis, parts: list[Quantity]) -> str:
    """ "Forty-one arts groups will share ... Twelve theatre companies will receive $780,000.
    Eleven music organizations get $640,000, ...": each amount goes to a count of groups (the
    first count after the amount before), and those counts add up to a count told elsewhere in
    the article; then every group has its amount, and the amounts are all of the whole."""
    if len(parts) < 3 or figure_kind(parts[0]) == "count":
        return ""
    counts = [q for q in analysis.quantities if q.kind == "count" and q.value]
    paragraph = analysis.paragraph_at(parts[0].start)
    if paragraph is None:
        return ""
    recipients = []
    after = paragraph.start
    for part in parts:
        sentence_from = max(after, sentence_start(analysis, part.start))
        first = next((q for q in counts if sentence_from <= q.start < part.start), None)
        if first is None:
            return ""
        recipients.append(first)
        after = part.end
    total = sum(q.value or 0 for q in recipients)
    told = [
        q
        for q in counts
        if q.value == total and not paragraph.start <= q.start < paragraph.end and _plural_head(q)
    ]
    if not told:
        return ""
    added = " + ".join(q.text for q in recipients)
    return f"the groups the amounts go to ({added}) add up to the {told[0].text} told"


def _its_total(
    analysis: Analysis, figures: list[Quantity], parts: list[Quantity], cue: str
) -> Breakdown | None:
    low = sum(p.value or 0.0 for p in parts)
    largest = max(p.value or 0.0 for p in parts)
    # (the values first: comparing two figures whole is the dearest test)
    wholes = [
        q
        for q in figures
        if (q.value or 0.0) > largest
        and 0.8 * low <= (q.value or 0.0) <= 1.25 * low
        and q not in parts
        and _one_thing(parts[0], q)
    ]
    if not wholes:
        return None
    sums = [breakdown_of(q, parts, cue, True) for q in wholes]
    if any(_adds_up(b) for b in sums):
        return None  # another figure is the sum: the list's total is that one
    named = [b for q, b in zip(wholes, sums, strict=True) if _names_one_thing(analysis, q, parts)]
    missed = [b for b in named if _misses_by_a_slip(b, cue)]
    if len({b.total.value for b in missed}) != 1:
        return None
    return missed[0]


def _sum(b: Breakdown) -> Interval:
    return Interval(sum(p.interval.low for p in b.parts), sum(p.interval.high for p in b.parts))


def _adds_up(b: Breakdown) -> bool:
    return _sum(b).overlaps(b.total.interval)


def _misses_by_a_slip(b: Breakdown, cue: str) -> bool:
    worked = _sum(b)
    if slipped_digit(b.total.text, b.total.value, worked, digits=3):
        return True
    # a breakdown said in so many words may miss by more than a slip ("breaks down as follows")
    return bool(COMPLETE.match(cue)) and abs(worked.mid - b.total.value) <= b.total.value / 6


# "The total, $2.53 million, is unchanged", "The overall total is 1,204": the whole of what was
# just listed, named by no noun of its own
_THE_TOTAL = re.compile(
    r"(?:^|[.!?]\s+)(?:The|That|This)\s+(?:overall\s+|combined\s+|grand\s+)?total\s*"
    r"(?:,|is|was|comes to|came to|stands at|of)?\s*$"
)


def _names_one_thing(analysis: Analysis, total: Quantity, parts: list[Quantity]) -> bool:
    text = analysis.text
    here, there = analysis.paragraph_at(total.start), analysis.paragraph_at(parts[-1].start)
    if here is not None and there is not None and total.start > parts[-1].end:
        apart = analysis.paragraph_index(here) - analysis.paragraph_index(there)
        lead = text[sentence_start(analysis, total.start) : total.start]
        sentence = analysis.sentence_at(total.start)
        # ("The total, £137,500, includes £20,000 for administration": more than the list)
        more = sentence is not None and any(
            q is not total and same_measure(q, total)
            for q in analysis.quantities_in(sentence.start, sentence.end)
        )
        if apart <= 1 and _THE_TOTAL.search(lead) and not more:
            return True
    whole = _clause_words(analysis, total)
    whole |= {stem(w) for w in (total.counted or "").split()}
    named = set()
    for part in parts:
        named |= _clause_words(analysis, part)
        named |= {stem(w) for w in (part.counted or "").split()}
    # the words that lead into the list ("The works plan adopted on Monday breaks down as
    # follows:", "The kits were handed out at sites")
    sentence = analysis.sentence_at(parts[0].start)
    if sentence is not None:
        named |= {stem(w) for w in content_words(text[sentence.start : parts[0].start])}
    return same_words(with_synonyms(whole), with_synonyms(named))


def _clause_words(analysis: Analysis, q: Quantity) -> set[str]:
    """The content words of the figure's clause (up to the next comma or semicolon)."""
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return set()
    text = analysis.text
    before = re.split(r"[;,:]\s", text[sentence.start : q.start])[-1]
    after = re.split(r"[;,:.]\s", text[q.end : sentence.end], maxsplit=1)[0]
    return {stem(w) for w in content_words(before + " " + after)}
