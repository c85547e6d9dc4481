"""Totals counted over a period, and which total a window share is of.

"52,000 parcels since it was set up in 2019" is a total; "most of them in the past week" is
a share of it when it follows in the same or the next sentence, or names the total or its noun.
Kept apart from the phrase reading (``rate_window_shares.py``) and the finding (``rates.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.extract.quantities import counted_lemma
from newslint.extract.timex import TimeExpression
from newslint.report.model import Quantity
from newslint.rules.rate_links import (
    MONEY_NOUNS,
    UP_TO_NOW,
    far_anaphor,
    money_total,
    named_total,
    one_each,
    renamed,
    said_in,
    total_of_kind,
)
from newslint.rules.rate_window_shares import (
    AMOUNT_OF,
    OF_THOSE_BEFORE,
    WindowShare,
    countable,
    sentence_index,
)
from newslint.rules.rate_windows import (
    participle_at,
)

# "the biggest field since 2011", "the first time since 1990": a superlative, not a total
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:biggest|largest|highest|lowest|smallest|greatest|fewest|worst|best|most|least|first|"
    r"longest|shortest|strongest|weakest|fastest|slowest|busiest|quietest|hottest|coldest|"
    r"wettest|driest|deadliest|heaviest|warmest|sharpest|steepest)\b(?:\s+[\w'’-]+){0,3}\s*$",
    re.I,
)


@dataclass(frozen=True)
class Total:
    quantity: Quantity
    period: TimeExpression
    sentence: int  # index in analysis.sentences

    @property
    def noun(self) -> str | None:
        """The counted noun in dictionary form, its last word: "food parcels" -> "parcel"."""
        if self.quantity.counted:
            words = counted_lemma(self.quantity.counted).split()
            return words[-1] if words else None
        return None


# between a total and the span it was counted over: its own words, no figure, no clause break;
# a comma only before a participle that says how the total came about ("R5.2 billion, built up
# over about 15 years")
_ATTACHED = re.compile(r"(?P<comma>,)?(?:\s+[A-Za-z'’-]+){0,4}\s+")


_BARE = re.compile(r"[\d,.]+\s+[a-z-]+")
_LIKENED = re.compile(
    r"\b(?:size|weight|length|height|area|as|of|than|times|equivalent|worth|like)\s+$", re.I
)


def _bare_count(q: Quantity, text: str) -> bool:
    """'have collared 310 elephants': a count the extraction took for a likeness because
    elephants are a yardstick; a likeness says so ('the weight of 310 elephants')."""
    return (
        q.kind == "comparison"
        and _BARE.fullmatch(q.text) is not None
        and not _LIKENED.search(text, max(0, q.start - 20), q.start)
    )


def period_totals(
    analysis: Analysis,
    periods: list[TimeExpression],
    starts: list[int],
    rates: Container[int] = frozenset(),
) -> Totals:
    """Each period's total: the nearest countable figure before it in its sentence, with none
    between; else the first one after it ("Since the app launched in 2015, users have logged
    72,000 sightings"). A figure has one period, the first: in "20,000 since 2019, most of them
    since Friday" the second is the share's window."""
    quantities = analysis.quantities
    positions = [q.start for q in quantities]
    totals: list[Total] = []
    used: set[int] = set()  # ids of the figures already a period's total
    for period in periods:
        index = sentence_index(starts, period.start)
        sentence = analysis.sentences[index]
        if _SUPERLATIVE_SINCE.search(analysis.text, sentence.start, period.start):
            continue
        lo = bisect.bisect_left(positions, sentence.start)
        hi = bisect.bisect_left(positions, sentence.end)
        said = [
            q
            for q in quantities[lo:hi]
            if (countable(q) or _bare_count(q, analysis.text)) and id(q) not in rates
        ]
        before = [q for q in said if q.end <= period.start]
        after = [q for q in said if q.start >= period.end]
        reach = period.end
        counted = UP_TO_NOW.search(analysis.text, period.end, sentence.end)
        if counted and not before:  # "The event, first held in 1989 with 200 runners, has
            # now raised £3.6m": what the count up to now counts, not the description's figure
            after = [q for q in after if q.start >= counted.end()]
            reach = counted.end()
        if period.kind == "duration":  # "214 career goals in 16 seasons": the span is the
            # total's only when it follows the total's own words
            if not before or not _attached(analysis, before[-1].end, period.start):
                continue
            total = before[-1]
        elif before:
            total = before[-1]
        elif after and after[0].start - reach <= 80:
            total = after[0]
        else:
            continue
        if total.approx in ("<", "<=") or id(total) in used:
            continue  # "up to 52,000": the total's least is unknown
        if AMOUNT_OF.match(analysis.text, total.end) or OF_THOSE_BEFORE.search(
            analysis.text, max(0, total.start - 25), total.start
        ):
            continue  # "70,000 of them in the past month": a part, not a total
        totals.append(Total(total, period, index))
        used.add(id(total))
    return Totals(totals)


def _attached(analysis: Analysis, end: int, start: int) -> bool:
    """The words between a total and a span said of it are its own (see ``_ATTACHED``)."""
    words = _ATTACHED.fullmatch(analysis.text, end, start)
    if words is None:
        return False
    if not words.group("comma"):
        return len(analysis.text[end:start].split()) <= 3
    first = re.match(r",\s+", analysis.text[end:start])
    return first is not None and participle_at(analysis)(end + first.end())


def total_for(analysis: Analysis, share: WindowShare, totals: Totals) -> tuple[Total, str] | None:
    """The total a share is of, and how the two were tied, or None when unsure: "those
    volunteers" is not of "48,000 calls", "those returns" is of "540,000 ... have returned"."""
    linked = _link(analysis, share, totals)
    if linked is not None and (
        not share.named
        or share.named == linked[0].noun
        or said_in(analysis.text, share.named, analysis.sentences[linked[0].sentence])
        or _named_total_is(analysis, share, totals, linked[0])
    ):
        return linked
    if share.named and not totals.by_noun.get(share.named):
        # "those infections" of "4,500 cases"; "those animals" of "3,200 donkeys"
        return renamed(analysis, share, totals) or named_total(analysis, share, totals)
    return None


def _named_total_is(analysis: Analysis, share: WindowShare, totals: Totals, total: Total) -> bool:
    """The share's noun names this total and no other of another value ("those animals" of
    "900 ponies" but also of "3,200 donkeys": not this one alone)."""
    named = named_total(analysis, share, totals)
    return named is not None and named[0] is total


def _link(analysis: Analysis, share: WindowShare, totals: Totals) -> tuple[Total, str] | None:
    same = [t for t in totals.by_sentence.get(share.sentence, []) if t.quantity.end <= share.start]
    if same and _nothing_between(analysis, same[-1].quantity.end, share.start, share, same[-1]):
        if _noun_fits(share, same[-1]):
            return same[-1], "same sentence"
        return None
    previous = totals.by_sentence.get(share.sentence - 1, [])
    if (
        previous
        and (share.refers != "bare" or share.opens_sentence)
        and _noun_fits(share, previous[-1])
        and _nothing_between(analysis, previous[-1].quantity.end, share.start, share, previous[-1])
        and not (share.refers == "total" and _of_kind(previous[-1], totals, share) > 1)
    ):
        return previous[-1], f"next sentence: '{share.phrase}'"
    if share.refers == "total":
        if len(totals) == 1:
            return totals[0], "the article's only total"
        return total_of_kind(share, totals)
    if share.amount is not None and share.refers == "anaphor":
        # "£2m since 2012 ... Some £1.6m of that was donated in the past two days": paragraphs
        # apart, an amount points back to the one total of its kind and currency before it
        a = share.amount
        kin = [t for t in totals if (t.quantity.kind, t.quantity.currency) == (a.kind, a.currency)]
        if len(kin) == 1 and kin[0].quantity.start < share.start:
            return kin[0], f"the article's only total of its kind before '{share.phrase}'"
    if share.refers == "noun":
        named = totals.by_noun.get(share.noun, [])
        if len(named) == 1 and named[0].quantity.start < share.start:
            return named[0], f"same noun: '{share.noun}'"
        if named:
            return None
        return (
            one_each(analysis, share, totals)
            or money_total(share, totals)
            or _said_of_one(analysis, share, totals)
            or named_total(analysis, share, totals)
        )
    if share.named:
        named = totals.by_noun.get(share.named, [])
        if len(named) == 1 and named[0].quantity.start < share.start:
            return named[0], f"same noun: '{share.phrase}'"
        if not named:
            return _said_of_one(analysis, share, totals)
    if share.refers == "anaphor" and share.amount is None:
        return far_anaphor(
            analysis, share, totals, lambda a, b: _nothing_between(analysis, a, b, share)
        )
    return None


def _said_of_one(
    analysis: Analysis, share: WindowShare, totals: Totals
) -> tuple[Total, str] | None:
    """'downloaded 2.1 million times' ... 'more than half of those downloads': the noun is
    the verb of one total only before the share (a verb in its sentence's parse, not another
    noun: "9,000 cars ..., mostly through dealers" is no total of dealers)."""
    stem = (share.named or share.noun or "").lower()[:5]
    if len(stem) < 4:
        return None
    said = [
        t
        for t in totals
        if t.quantity.start < share.start and _verb_said(analysis, t.sentence, stem)
    ]
    if len(said) != 1:
        return None
    noun = share.named or share.noun
    return said[0], f"'{share.phrase}': '{noun}' is what '{said[0].quantity.text}' counts"


def _verb_said(analysis: Analysis, sentence: int, stem: str) -> bool:
    tokens, _ = analysis.parsed_tokens(analysis.sentences[sentence])
    return any(t.pos_ == "VERB" and t.lower_.startswith(stem) for t in tokens)


def _of_kind(total: Total, totals: Totals, share: WindowShare) -> int:
    """How many totals of the kind before the share: "the total" after two sums could be
    either, or both together."""
    kind = total.quantity.kind, total.quantity.currency
    return sum(
        1
        for t in totals
        if (t.quantity.kind, t.quantity.currency) == kind and t.quantity.end <= share.start
    )


class Totals(list[Total]):
    """The article's totals, indexed by sentence and by noun: an article may have thousands
    of shares to tie to thousands of totals."""

    def __init__(self, totals: Iterable[Total]) -> None:
        super().__init__(totals)
        self.by_sentence: dict[int, list[Total]] = {}
        self.by_noun: dict[str | None, list[Total]] = {}
        for t in self:
            self.by_sentence.setdefault(t.sentence, []).append(t)
            self.by_noun.setdefault(t.noun, []).append(t)


def _noun_fits(share: WindowShare, total: Total) -> bool:
    if share.refers == "total" and share.noun:  # "the total amount" is money, "number" things
        return (total.quantity.kind == "money") == (share.noun != "number")
    if share.refers != "noun":
        return True
    if total.quantity.kind == "money":
        return share.noun in MONEY_NOUNS
    return share.noun == total.noun


def _nothing_between(
    analysis: Analysis, start: int, end: int, share: WindowShare, total: Total | None = None
) -> bool:
    """No other figure the share could be of between a total and its share ("4,000 arrests
    since January, including 300 teenagers, most of them ...": "them" may be the teenagers;
    "$3.4m to about 2,100 students, nearly all of it": "it" is the money, not the students).
    The words of the total's own period are no other figure ("up from £20,000 in 2010")."""
    quantities = analysis.quantities
    lo = bisect.bisect_left(quantities, start, key=lambda q: q.start)
    hi = bisect.bisect_left(quantities, end, key=lambda q: q.start)
    period = total.period if total is not None else None
    return not any(
        countable(q)
        and _could_refer_to(share, q)
        and not (period is not None and period.start <= q.start and q.end <= period.end)
        for q in quantities[lo:hi]
    )


def _could_refer_to(share: WindowShare, q: Quantity) -> bool:
    if share.refers != "anaphor":
        return True
    if share.noun in ("it", "that", "this"):  # a sum or an amount, not a count of things
        return q.kind in ("money", "measure")
    return q.kind == "count"
