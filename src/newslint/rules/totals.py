"""NUM007: a stated total that its own complete list of parts does not add up to.

The lists are read by ``extract/totals.py``; this module adds them up. Each printed figure
stands for the range its digits allow (a list printed to one decimal is precise to it
throughout), so the parts' sum is a range too; the total fires when its range and the sum's do
not meet. A list of names counts one per name, exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, sig
from newslint.extract.totals import Breakdown
from newslint.report.model import Severity
from newslint.rules.registry import Flag, rule


@rule(
    "NUM007",
    "total-mismatch",
    "error",
    fires="""
        Three people were arrested: Adam Price, Beth Jones, Carl Ward and Dina Shah.
    """,
    silent="""
        Four people were arrested: Adam Price, Beth Jones, Carl Ward and Dina Shah.
    """,
    tolerance="""
        Names count one each, exactly. Other figures stand for the range their printed digits allow,
        and a list printed to one decimal anywhere is read to that decimal throughout ("£2m for the
        roof and £2.5m for the hall" is 1.95-2.05m and 2.45-2.55m); "about" widens a figure by 10%.
        When the total and every part are plain figures printed to one unit, scale and decimals
        (no hedge, no range, no share), they are also added as printed, with no tolerance: "the
        £12m cost ... £7m for the roof and £4m for the hall" is 11 against 12, a warning (rounding
        of each figure could explain it; a sub-editor should check), not an error.
        The list must be said to be complete: a colon, comma, dash or bracket right after the total,
        "made up of", "consisting of", "comprises", "breaks down into", "breakdown", "split among",
        "in all", "covered every", as many groups named as parts listed, "the N nouns are", "They
        were" after "the men" of an earlier count, the members named as voting each way against a
        vote's tally ("voted 6-3"), the sides of a vote (for, against, abstained), the games won,
        drawn and lost, a whole said after three parts or more as "a total of"; or, when the parts
        come to nine tenths of the whole or more, three of them (or the two halves of it: "652 boys
        and 586 girls") after "of the N" or "Of those,"; the last part named as the rest ("the
        remaining 900"); a whole said right after its parts ("a total of 31", "bringing the total to
        23"); three parts or more opening the sentence after a total that come to 95% of it or more,
        with nothing else of its measure in either sentence. Things listed after a count and a
        colon, "are" or a dash count one each when the commas and a last "and" separate short noun
        phrases. "Including", "among them" and "such as" never declare a list complete. Without such
        words, a list fires only when its parts, counting the same thing as the total, add up to
        more than it. A total told apart from its list (in the lede, the parts paragraphs
        on) is read against the figures of its measure in a paragraph that says they are all of
        it (as many groups named as parts, the last part the rest, a breakdown cue), when the
        two name one thing, the parts miss it by one digit slipped or two swapped (or by under
        a sixth after a breakdown cue) and no figure in the article is their sum. The listed
        figures must count what the total counts: a number to reach ("the 1,237 delegates needed
        to win"), an average, the size of each thing another count counts ("five 30 round
        magazines") and a named side's tally against its rivals' are never a whole; groups the
        total is split among ("8 districts") and figures inside clause items are never parts;
        a count of words is of single words. A table one row a line is read against a total row
        ("Total: 8,435"), a whole on its colon's line, or one said as a sum after it ("A total of
        ...", unless that sentence tells the gap); a count over bulleted lines, or over rows under
        "The schools ... are:", counts one a line; "Altogether" or "In total" opening the sentence
        after a list sums it when the parts come to nine tenths of it; the two halves of a whole
        ("Fifteen were men and nine were women") opening the next sentence are all of it. A count
        of candidates a few were picked from ("from a field of 14 applicants") and a share of the
        part before it ("four of them") are never the whole or a part. Figures
        printed in full ("1,240", "£412,000") are exact; "£3.2m" is
        3.15-3.25m. Parts that each name a different kind of one closed partition of the whole,
        and name every kind (the gold, silver and bronze of "12 medals"; the recurrent and
        development halves of a budget), are all of it when told in the total's sentence or one
        that opens on a definite subject ("The haul of ..."); so are three parts or more taken
        "of the dead" (or the injured, the victims) of a toll, coming to nine tenths of it, and
        a breakdown "By province," coming to 95% of it or more. Names listed as what a definite
        subject is ("The men charged with conspiracy are ...", "The arrivals are ...") count
        against the last count of that noun, paragraphs back when the subject carries the
        count's verb; a line "Squad: A (capt), B, ..." against the last count of its noun. A sum
        said over a counted set ("sentenced five people to a combined 38 years") is read against
        the figures of its measure told one clause at a time in the paragraphs after when they
        number the set exactly; amounts each going to a count of groups are all of the whole
        when those counts add up to the groups the article tells.
    """,
)
def total_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags a total that disagrees with the parts the article lists for it.

    ## What it does
    Reads a total followed by its parts ("a fleet of 36 buses: 20 diesel, 10 hybrids and four
    electric", "the £5m cost is made up of £2m for the roof and £2.5m for the hall", "12 men and
    9 women, 23 people in all") or by names ("Three people were arrested: A, B, C and D"), adds
    the parts up and reports a total they do not make when the wording says the list is
    complete.

    ## Why is this bad?
    A reader who adds the parts up finds the article contradicting itself; usually one part is
    missing, one figure is mistyped, or the total is stale.
    """
    for b in analysis.breakdowns:
        parts = Interval(
            sum(p.interval.low for p in b.parts), sum(p.interval.high for p in b.parts)
        )
        if parts.overlaps(b.total.interval):
            if b.complete and _printed_sum_differs(b):
                # rounding can explain it ("£7.4m" and "£4.4m" print as £7m and £4m and add to
                # £11.8m, "£12m"), so a reader's query, not an error
                yield replace(_flag(b, parts, _PRINTED), severity=Severity.WARNING)
            continue
        if not b.complete and parts.low <= b.total.interval.high:
            continue  # an incomplete list may add up to less than its total
        yield _flag(b, parts, _RANGES)


_RANGES = "each figure's printed rounding: the parts' range against the total's"
_PRINTED = (
    "none: all printed to the total's unit, scale and digits, so they add as printed; a warning, "
    "as each figure's rounding could explain the gap"
)


def _printed_sum_differs(b: Breakdown) -> bool:
    """A reader adds the printed figures: "£12m ... £7m and £4m" is 11 against 12, though the
    ranges (10-12 against 11.5-12.5) meet. Only when every figure is plain and printed to one
    unit, scale and decimals; "£12m ... £7.4m and £4.4m" is rounded and stays on ranges."""
    if b.named or not b.total.printed_to:
        return False
    if any(p.printed_to != b.total.printed_to for p in b.parts):
        return False
    printed_sum = sum(p.value for p in b.parts)
    return abs(printed_sum - b.total.value) > 1e-9 * max(abs(b.total.value), 1.0)


def _flag(b: Breakdown, parts: Interval, tolerance: str) -> Flag:
    total = b.total
    if b.named:
        listed = f"{len(b.parts)} {b.listed} are listed"
        working = f"{len(b.parts)} {b.listed} listed; stated: {sig(total.value, 6):g}"
    else:
        shown = " + ".join(p.text for p in b.parts)
        listed = f"the parts add up to {_n(sum(p.value for p in b.parts), b)}"
        working = f"{shown} = {_n(sum(p.value for p in b.parts), b)}; stated total: {total.text}"
    return Flag(
        start=total.start,
        end=total.end,
        message=f"'{total.text}' is not the sum of its listed parts: {listed} ({b.cue})",
        related=tuple((p.start, p.end) for p in b.parts),
        evidence={
            "total": total.text,
            "parts": [p.text for p in b.parts] if not b.named else len(b.parts),
            "parts_sum_range": [sig(parts.low, 6), sig(parts.high, 6)],
            "total_range": [sig(total.interval.low, 6), sig(total.interval.high, 6)],
            "complete_because": b.cue,
            "tolerance": tolerance,
            "working": [working],
        },
    )


def _n(x: float, b: Breakdown) -> str:
    """The sum in the figures' own scale: 47.6 for "$31.2 million + ...", 152 for mm."""
    first = b.parts[0]
    try:
        numeral = float("".join(ch for ch in first.text if ch.isdigit() or ch == ".") or "0")
    except ValueError:
        numeral = 0.0
    scale = first.value / numeral if numeral else 1.0
    shown = x / scale if scale else x
    return f"{sig(shown, 6):,g}"
