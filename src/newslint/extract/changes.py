"""Stated changes and the two figures they are changes between (NUM006's reading).

A *stated change* is a figure the quantity table marks as a rise or fall ("rose 12%", "a drop of
25,724", "up three per cent", "fallen by 15 percentage points", "a rise of $240 a month"), a
deficit or surplus against a norm ("a deficit of 24 per cent"), or a multiple or fraction the
table does not read as a figure ("doubled", "halved", "fell by a quarter", "by two-thirds").

*Endpoints* are the two figures of one measure at two times, read from how they are printed:

- one range with a direction: "rose from 40 to 50", "from 38 last season to 11";
- in one sentence: "48.3 million, up from 42.6 million", "to $2,390 from $2,310",
  "£18.4m, compared with £23.1m";
- in two nearby sentences, the second marked as earlier: "stood at 11.9% in May. A year
  earlier, it was 14.0%." / "came to 862,000. Last season's figure was 756,000." / "received
  1,326 mm ... The normal for the season is 2,018 mm."

``link_changes`` then pairs each stated change with endpoints: the pair in its own sentence,
else the pair in the next paragraphs that is about the same thing (shares a content word) or,
failing that, the only pair of the right kind and direction nearby. Every link records how it
was made, for the finding's evidence; when a change could belong to two pairs, both are kept
and the rule stays silent unless the change fits neither.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, last_digit_step, numerals, printed
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

ChangeKind = str  # "percent" | "points" | "absolute" | "ratio"
PARAGRAPHS_APART = 3

# "doubled", "more than doubled", "halved": the new figure over the old one
_MULTIPLE_WORDS = {
    "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
    "quadrupled": 4.0, "halved": 0.5, "halving": 0.5,
}  # fmt: skip
# "rose fivefold", "a three-fold increase"
_FOLDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "ten": 10.0}
_MULTIPLE_WORDS.update({f"{n}{dash}fold": v for n, v in _FOLDS.items() for dash in ("", "-")})
_FRACTIONS = {
    "a half": 0.5, "half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "two-thirds": 2 / 3,
    "two thirds": 2 / 3, "three-quarters": 0.75, "three quarters": 0.75,
}  # fmt: skip
_APPROX = r"(?P<approx>more than|almost|nearly|roughly|about|around|over|just under|just over|some)"
_UP_VERBS = (
    r"rose|risen|rise|rises|rising|increased|increase|grew|grown|jumped|climbed|up|gained|soared"
)
_DOWN_VERBS = (
    r"fell|fallen|fall|falls|falling|dropped|drop|declined|decline|decreased|cut|reduced|down|"
    r"shrank|shrunk|slumped|slid|plunged|lost"
)
_MULTIPLE = re.compile(
    r"\b(?:" + _APPROX + r"\s+)?(?P<word>" + "|".join(_MULTIPLE_WORDS) + r")\b", re.I
)
_UP_NOUNS = r"increase|rise|jump|gain|growth"
_DOWN_NOUNS = r"fall|drop|decline|decrease|cut|reduction|slump|dip|slide"
_FRACTION = re.compile(
    # "fell by a third", "a decline of nearly a third"
    r"\b(?P<verb>"
    + _UP_VERBS
    + "|"
    + _DOWN_VERBS
    + r"|(?:"
    + _UP_NOUNS
    + "|"
    + _DOWN_NOUNS
    + r")\s+of)\s+(?:by\s+)?(?:"
    + _APPROX
    + r"\s+)?"
    r"(?P<frac>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:of|a|an|per|million|billion|hour|day|week|month|year)\b)",
    re.I,
)
_CHANGE_VERB = re.compile(r"\b(?:" + _UP_VERBS + "|" + _DOWN_VERBS + r")\b", re.I)
_FRACTION_GATE = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|tenth)\b", re.I)
_UP_WORD = re.compile(r"^(?:" + _UP_VERBS + "|(?:" + _UP_NOUNS + r")\s+of)$", re.I)
_RATE_AFTER = re.compile(
    r"^\s*(?:a|per|each|every)\s+(?:year|month|week|day|quarter|annum)\b|^\s*(?:annually|a year|year-on-year growth)\b",
    re.I,
)
_LEVEL_AFTER = re.compile(
    r"^[^.;]{0,45}?\b(?:(?:up|down) from|compared (?:with|to)|against)\s+(?:a|an|the)?\s*[\d.]+\s*(?:%|per cent)",
    re.I,
)
_CHANGE_NOUN_AFTER = re.compile(
    # "a 20% increase", "a 15 per cent pay rise", "a 5% real-terms cut"
    r"^\s+(?:(?!(?:of|in|on|to|the|a|an|and|or|from|for|at|by)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>increase|rise|jump|gain|growth|hike|uplift|fall|drop|decline|decrease|cut|"
    r"reduction|slump|dip|slide)\b",
    re.I,
)
_DOWN_NOUN = re.compile(r"fall|drop|decline|decrease|cut|reduction|slump|dip|slide", re.I)
_AGAINST_NORM = re.compile(r"\b(?P<word>deficit|shortfall|surplus|excess)\s+of\s+$", re.I)
# "1,400 more than last winter's 7,150", "£30 less than": a difference from the figure after
_DIFFERENCE_AFTER = re.compile(r"^\s+(?P<word>more|fewer|less|higher|lower)\s+than\b", re.I)
# between the new figure and the old one in one sentence
_FROM_BEFORE_OLD = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing)\s+)?\bfrom\s+(?:a|an|the)?\s*$", re.I
)
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|from a|down from|up from|as against|"
    r"(?:more|fewer|less|higher|lower) than)\s+"
    r"(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# a sentence that gives the earlier figure of a measure named in the sentence before
_EARLIER = re.compile(
    r"\b(?:(?:a|the|one|two|three|four|five|six|ten|twelve|\d+) (?:years?|months?|weeks?|"
    r"decades?|quarters?|seasons?) (?:earlier|before|ago|previously)|the year before|"
    r"previous|last (?:year|season|month|week|quarter|time)['’]?s?|"
    r"(?:that|this|which|it) compares? with|compared (?:with|to)|in the same "
    r"(?:period|quarter|month) (?:of|last|a year)|normal|average|predecessor|at the last|"
    r"beforehand|^\W*in (?:the )?(?:19|20)\d\d|in [A-Z][a-z]+ (?:19|20)\d\d|"
    r"at the end of [A-Z][a-z]+)\b",
    re.I,
)
# "up £1.1m on the previous year's £2.4m", "down 3% on last year's 812": the change, then
# "on" and the earlier figure
_ON_OLD = re.compile(
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|jump|gain)\b(?:[^.;]|\.(?=\d)){0,30}?"
    r"\bon\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_TO_BEFORE_NEW = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_OWN_FIGURES_FOLLOW = re.compile(r"^,?\s*(?:from|to)\s+\S*\d", re.I)
# words that say nothing about what a figure measures
_STOP = frozenset(
    re.findall(
        r"\S+",
        """
    the a an and or of in on at to for from with by as is was were be been has have had
    it its this that these those which who what their there than then per cent percent
    year years month months week weeks last next previous figure figures number numbers
    total said says say according compared compares rose fell rise fall up down increase
    decrease more less over under about around some million billion new data show showed
    shows report released after before since while when also but not only just still now
    would could will may season seasons quarter period periods time times day days
    one two all are not its but our you they she her him his who how out off than any
    can did does get got put set via yet own end far few top first second third fourth
    final half
""",
    )
)
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")


@dataclass(frozen=True)
class Figure:
    """One endpoint: its span, what was printed and the range its digits stand for."""

    start: int
    end: int
    text: str
    value: float
    interval: Interval
    quantity: Quantity


@dataclass(frozen=True)
class Endpoints:
    old: Figure
    new: Figure
    how: str  # "range", "from", "compared", "earlier sentence"
    sentences: tuple[int, ...]  # indexes of the sentences the two figures sit in

    @property
    def direction(self) -> str | None:
        if self.new.value > self.old.value:
            return "up"
        if self.new.value < self.old.value:
            return "down"
        return None

    @property
    def kind(self) -> str:
        return self.new.quantity.kind


@dataclass(frozen=True)
class StatedChange:
    start: int
    end: int
    text: str
    kind: ChangeKind
    direction: str | None
    value: float  # percent, points, amount (in the quantity's unit) or new/old ratio
    interval: Interval  # the values its printing allows (rounding, approximators)
    quantity: Quantity | None = None
    against_norm: bool = False  # "a deficit of 24 per cent" (below a normal)


@dataclass
class ChangeLink:
    change: StatedChange
    candidates: list[Endpoints] = field(default_factory=list)
    how: str = ""


# -- stated changes -------------------------------------------------------------------------


def stated_changes(analysis: Analysis) -> list[StatedChange]:
    text = analysis.text
    found: list[StatedChange] = []
    for q in analysis.quantities:
        change = _from_quantity(q, text)
        if change is not None:
            found.append(change)
    taken = [(c.start, c.end) for c in found]
    for m in _MULTIPLE.finditer(text):
        ratio = _MULTIPLE_WORDS[m.group("word").lower()]
        interval = _multiple_interval(ratio, (m.group("approx") or "").lower())
        direction = "up" if ratio > 1 else "down"
        found.append(
            StatedChange(m.start(), m.end(), m.group(0), "ratio", direction, ratio, interval)
        )
    for m in _FRACTION.finditer(text) if _FRACTION_GATE.search(text) else ():
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        share = _FRACTIONS[m.group("frac").lower()]
        up = bool(_UP_WORD.match(m.group("verb")))
        ratio = 1 + share if up else 1 - share
        interval = _multiple_interval(ratio, (m.group("approx") or "").lower(), share=share, up=up)
        found.append(
            StatedChange(
                m.start(), m.end(), m.group(0), "ratio", "up" if up else "down", ratio, interval
            )
        )
    return sorted(found, key=lambda c: c.start)


def _from_quantity(q: Quantity, text: str) -> StatedChange | None:
    if q.value is None or q.low is not None:
        return None
    norm = _AGAINST_NORM.search(text[max(0, q.start - 20) : q.start])
    direction = q.change
    noun = _CHANGE_NOUN_AFTER.match(text[q.end : q.end + 20])
    if direction is None and noun is not None and q.kind in ("percent", "money"):
        # "a 20% increase", "a £2,000 pay rise": the change word follows the figure
        direction = "down" if _DOWN_NOUN.match(noun.group("noun")) else "up"
    difference = _DIFFERENCE_AFTER.match(text[q.end : q.end + 20])
    if direction is None and difference is not None and q.approx == "=":
        # "1,400 more than last winter's 7,150": the gap between two figures
        direction = (
            "down" if difference.group("word").lower() in ("fewer", "less", "lower") else "up"
        )
    if norm is not None and q.kind == "percent":
        direction = "down" if norm.group("word").lower() in ("deficit", "shortfall") else "up"
    if direction is None:
        return None
    if q.kind == "percent" and (q.per or _RATE_AFTER.match(text[q.end : q.end + 25])):
        return None  # "40% a year", "3% annually": a rate of change, not one change
    if q.kind == "percent" and _LEVEL_AFTER.match(text[q.end : q.end + 60]):
        return None  # "output grew 15.7%, down from 23%": a growth rate read as a level
    if q.kind == "percent":
        kind = "percent"
    elif q.unit in ("percentage_point", "point") or "point" in q.text.lower():
        kind = "points"
    elif q.kind in ("count", "money", "measure"):
        kind = "absolute"
    else:
        return None
    interval = _approx(printed(q), q.approx)
    return StatedChange(
        q.start, q.end, q.text, kind, direction, q.value, interval, q, against_norm=norm is not None
    )


def _approx(interval: Interval, approx: str) -> Interval:
    """A printed change widened by its approximator: "about" 10% (at least a unit either way),
    "more than" open above, "almost" 10% below."""
    span = max(0.1 * interval.mid, 1.0) if interval.mid >= 1 else 0.1 * interval.mid
    if approx == "~":
        return Interval(interval.low - span, interval.high + span)
    if approx in (">", ">="):
        return Interval(interval.low, float("inf"))
    if approx in ("<", "<="):
        return Interval(interval.low - span, interval.high)
    return interval


def _multiple_interval(
    ratio: float, approx: str, share: float | None = None, up: bool = True
) -> Interval:
    """The ratios a word allows: "doubled" 1.85-2.15 (7.5% either way, as "twice" is loose talk
    for 1.9 or 2.1), "by a quarter" 22.5-27.5% of the old figure; "more than" opens it above."""
    if share is not None:
        lo_share, hi_share = share * 0.9, share * 1.1
        if approx in ("more than", "over", "just over"):
            hi_share = 1.0 if not up else float("inf")
        elif approx in ("almost", "nearly", "just under"):
            lo_share = share * 0.8
            hi_share = share
        elif approx in ("about", "around", "roughly", "some"):
            lo_share, hi_share = share * 0.8, share * 1.2
        if up:
            return Interval(1 + lo_share, 1 + hi_share)
        return Interval(max(0.0, 1 - hi_share), 1 - lo_share)
    low, high = ratio * 0.925, ratio * 1.075
    if approx in ("more than", "over", "just over"):
        return Interval(ratio, float("inf")) if ratio > 1 else Interval(0.0, ratio)
    if approx in ("almost", "nearly", "just under"):
        return Interval(ratio * 0.85, ratio) if ratio > 1 else Interval(ratio, ratio * 1.15)
    if approx in ("about", "around", "roughly", "some"):
        return Interval(ratio * 0.85, ratio * 1.15)
    return Interval(low, high)


# -- endpoints ------------------------------------------------------------------------------


def endpoints(analysis: Analysis, changes: list[StatedChange]) -> list[Endpoints]:
    text = analysis.text
    sentences = analysis.sentences
    change_spans = {(c.start, c.end) for c in changes}
    figures = [
        q
        for q in analysis.quantities
        if q.kind in ("count", "money", "measure", "percent")
        and (q.start, q.end) not in change_spans
        and q.change is None
        and q.dimension not in ("age", "time", "duration")
        # "2.4 times more likely": a comparison of two groups, not a level
        and not re.match(r"\s*times\b", text[q.end : q.end + 8])
        and not q.text.lower().endswith("times")
    ]
    found: list[Endpoints] = []

    starts = [s.start for s in sentences]

    def index(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < sentences[k].end else -1

    for q in figures:
        ranged = q.direction is not None or q.text.lower().startswith("from")
        if q.low is not None and q.high is not None and ranged:
            pair = _range_pair(q)
            if pair is not None:
                found.append(Endpoints(pair[0], pair[1], "range", (index(q.start),)))
    singles = [q for q in figures if q.value is not None and q.low is None]
    for k, b in enumerate(singles):
        # "48.3 million, up from 42.6 million": the old figure follows "from" or "compared
        # with"; the new one is the nearest figure of the same kind before it in the sentence
        lead = text[max(0, b.start - 60) : b.start]
        if not (_FROM_BEFORE_OLD.search(lead) or _COMPARED.search(lead) or _ON_OLD.search(lead)):
            continue
        for a in reversed(singles[max(0, k - 4) : k]):
            if index(a.start) != index(b.start) and not _said_again(analysis, a, b, index):
                break
            if _compatible(a, b) and _comparable(a, b):
                between = text[a.end : b.start]
                joined = any(r.search(between) for r in (_FROM_BEFORE_OLD, _COMPARED, _ON_OLD))
                if joined and len(between) <= 90 and not _CLAUSE_BREAK.search(between):
                    where = tuple(sorted({index(a.start), index(b.start)}))
                    found.append(Endpoints(_figure(b), _figure(a), "from", where))
                break
    for k, a in enumerate(singles):
        # "from 96 in the same period of 2023 to 47": a range with words inside it
        if not re.search(
            r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", text[max(0, a.start - 12) : a.start], re.I
        ):
            continue
        for b in singles[k + 1 : k + 3]:
            gap = text[a.end : b.start]
            if not _compatible(a, b):
                continue  # "from £4.10bn ($7.30bn) in 2019 to £3.65bn": skip the conversion
            if len(gap) <= 40 and not re.search(r";|,\s", gap) and _TO_BEFORE_NEW.search(gap):
                found.append(Endpoints(_figure(a), _figure(b), "from", (index(a.start),)))
            break
    paired = {id(p.new.quantity) for p in found} | {id(p.old.quantity) for p in found}
    found += _across_sentences(analysis, [q for q in singles if id(q) not in paired], index)
    return found


def _said_again(analysis: Analysis, a: Quantity, b: Quantity, index) -> bool:  # type: ignore[no-untyped-def]
    """ "Exports reached $8.2bn. That was up 15% on the $7.6bn of 2022": the earlier figure's
    sentence opens by pointing back at the sentence before, where the new one is."""
    j = index(b.start)
    if j <= 0 or index(a.start) != j - 1:
        return False
    sentence = analysis.sentences[j]
    return bool(_BACK_REFERENCE.match(analysis.text[sentence.start : b.start]))


def _across_sentences(analysis: Analysis, singles: list[Quantity], index) -> list[Endpoints]:  # type: ignore[no-untyped-def]
    """ "stood at 11.9% in May. A year earlier, it was 14.0%.": a level, and within the next
    three sentences a level of the same kind in a sentence marked as earlier ("a year earlier",
    "last season's figure", "that compares with", "the normal"). Each sentence holds only that
    one figure of the kind and no verb of change: both state levels, not movements."""
    text = analysis.text
    sentences = analysis.sentences
    found = []

    def sentence_text(k: int) -> str:
        return text[sentences[k].start : sentences[k].end]

    def states_level(q: Quantity) -> bool:
        """No verb of change in the figure's clause ("In April 2024, the figure was $1,860,
        meaning a gain of ..." states a level)."""
        k = index(q.start)
        clause_start = max(sentences[k].start, text.rfind(",", sentences[k].start, q.start) + 1)
        after = re.split(r"[,;]", text[q.end : sentences[k].end], maxsplit=1)[0]
        return not _CHANGE_VERB.search(text[clause_start : q.start] + " " + after)

    # figures of each kind in each sentence (a results table holds hundreds in one)
    kinds: dict[tuple[int, str, str | None], int] = {}
    for q in singles:
        key = (index(q.start), q.kind, q.currency or q.unit)
        kinds[key] = kinds.get(key, 0) + 1

    def alone(q: Quantity) -> bool:
        """The only figure of its kind in its sentence."""
        return kinds.get((index(q.start), q.kind, q.currency or q.unit), 0) == 1

    def marked_earlier(q: Quantity) -> bool:
        """The earlier-marker sits in the figure's own clause."""
        k = index(q.start)
        start = max(sentences[k].start, text.rfind(";", sentences[k].start, q.start) + 1)
        after = re.split(r"[;.]\s", text[q.end : sentences[k].end], maxsplit=1)[0]
        return bool(_EARLIER.search(text[start : q.start] + " " + after))

    for k, b in enumerate(singles):
        j = index(b.start)
        if j < 0 or b.approx in (">", ">=", "<", "<=") or not marked_earlier(b):
            continue
        if not states_level(b) or not alone(b):
            continue
        for a in reversed(singles[:k]):
            i = index(a.start)
            if i == j or i < j - 3:
                continue
            if not _compatible(a, b, across=True) or not _comparable(a, b):
                continue
            if a.approx in (">", ">=", "<", "<=") or not states_level(a) or not alone(a):
                break
            if _near_paragraph(analysis, a.start, b.start):
                found.append(Endpoints(_figure(b), _figure(a), "earlier sentence", (i, j)))
            break
    return found


def _near_paragraph(analysis: Analysis, a: int, b: int) -> bool:
    pa, pb = analysis.paragraph_at(a), analysis.paragraph_at(b)
    if pa is None or pb is None:
        return False
    return abs(analysis.paragraph_index(pb) - analysis.paragraph_index(pa)) <= 2


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two figures of one measure at two times are within a factor of five of each other."""
    if not a.value or not b.value:
        return False
    return 0.2 <= a.value / b.value <= 5


def _compatible(a: Quantity, b: Quantity, across: bool = False) -> bool:
    """Same kind, currency, unit and rate ("a month"); across sentences a rate may be left
    unsaid the second time ("$2,050 a month. A year ago, the figure was $1,860")."""
    if a.kind != b.kind or a.value is None or b.value is None:
        return False
    if a.kind == "money" and a.currency != b.currency:
        return False
    if a.kind == "measure" and a.unit != b.unit:
        return False
    pers = {a.per or None, b.per or None}
    if len(pers) > 1 and not (across and None in pers):
        return False
    return not (a.kind == "percent" and "point" in (a.text + b.text).lower())


def _figure(q: Quantity) -> Figure:
    # writers compute a change from the figures they print: each is read to its last digit
    return Figure(q.start, q.end, q.text, q.value or 0.0, printed(q, last_digit_step), q)


def _range_pair(q: Quantity) -> tuple[Figure, Figure] | None:
    """ "from 900 to 450": the first printed number is the old figure; each read to its last
    printed digit."""
    nums = numerals(q.text)
    if len(nums) < 2 or q.low is None or q.high is None:
        return None
    first, last = (float(n.replace(",", "")) for n in (nums[0], nums[-1]))
    if first + last == 0:
        return None
    scale = (q.low + q.high) / (first + last)  # "m", "million", "per cent" scale both
    figures = []
    for numeral, number in ((nums[0], first), (nums[-1], last)):
        value = number * scale
        half = last_digit_step(numeral) * abs(scale)
        if q.kind == "percent":
            half = min(half, 0.5)
        figures.append(
            Figure(q.start, q.end, q.text, value, Interval(value - half, value + half), q)
        )
    return figures[0], figures[1]


# -- linking ------------------------------------------------------------------------------


def link_changes(analysis: Analysis) -> list[ChangeLink]:
    changes = stated_changes(analysis)
    pairs = endpoints(analysis, changes)
    sentences = analysis.sentences
    text = analysis.text

    starts = [s.start for s in sentences]

    def index(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < sentences[k].end else -1

    links = []
    claimed: dict[int, set[str]] = {}
    # first the changes printed beside their figures, in one clause
    for change in changes:
        i = index(change.start)
        own = [
            p
            for p in pairs
            if _fits_kind(change, p)
            and (
                (i in p.sentences and _one_clause(text, change, p))
                or _between(analysis, change, p, i)
                or _refers_back(analysis, change, p, i)
            )
        ]
        if own:
            nearest = min(own, key=lambda p: _distance(change, p))
            links.append(ChangeLink(change, [nearest], "same sentence"))
            claimed.setdefault(id(nearest), set()).add(change.kind)
    linked = {id(link.change) for link in links}
    for change in changes:
        if id(change) in linked or _has_own_figures(analysis, change):
            continue
        candidates = [
            p
            for p in pairs
            if _fits_kind(change, p)
            and change.kind not in claimed.get(id(p), set())
            and p.direction == change.direction
            and _within(analysis, change, p)
            and _same_years(analysis, change, p)
        ]
        subject = _subject_words(analysis, change)
        if not subject & _RATE_WORDS:
            # a relative change of a rate is rare: "revenues slipped 11%" is not about two
            # percentages, "the vacancy rate rose 0.7 per cent" is
            # unless it is the two percentages' difference to the digit ("a drop of 4.5 per
            # cent" beside 41.3% and 36.8%): points called per cent
            candidates = [
                p
                for p in candidates
                if p.kind != "percent" or change.kind == "points" or _is_difference(change, p)
            ]
        if _another_change_beside(analysis, change, changes, linked):
            continue
        related = [p for p in candidates if subject & _concept_words(analysis, p)]
        if related:
            # the nearest pair about the same thing; any other is kept for the "fits any" test
            related.sort(key=lambda p: _distance(change, p))
            links.append(ChangeLink(change, related, "what changed is named beside the figures"))
        elif (following := _only_pair_following(analysis, change, candidates)) is not None:
            links.append(ChangeLink(change, [following], "the only pair of figures after it"))
    return sorted(links, key=lambda link: link.change.start)


_DEFINITE_CHANGE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:drop|fall|rise|increase|decrease|decline|cut|"
    r"reduction|jump|gain|growth)\s+(?:of\s+)?$",
    re.I,
)
_BACK_REFERENCE = re.compile(r"\W*(?:that|this|it|which)\s+(?:was|is|represents|marks)\b", re.I)
_RATE_WORDS = frozenset(
    [
        "rate",
        "unemployment",
        "jobless",
        "inflation",
        "share",
        "support",
        "vote",
        "poll",
        "turnout",
        "margin",
        "proportion",
        "percentage",
        "yield",
        "occupancy",
        "take-up",
        "coverage",
        "approval",
        "rating",
        "deficit",
    ]
)
# topic words that name no measure: two sentences sharing them may be about anything
_TOPIC_WORDS = frozenset(
    [
        "economy",
        "growth",
        "output",
        "market",
        "company",
        "firm",
        "group",
        "business",
        "industry",
        "country",
        "government",
        "report",
        "data",
        "official",
        "officials",
        "analyst",
        "analysts",
        "state",
    ]
)
# where a change's clause starts: its subject is after this
_CLAUSES = re.compile(r";\s|\bwhile\s|\bwhereas\s|\bbut\s|,\s+and\s|,\s+(?=with\b)|\)\s+and\s")
_CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|although|meanwhile)\b|,\s+and\s|\sand\s+(?:the\s+)?[A-Z]"
)


def _between(analysis: Analysis, change: StatedChange, pair: Endpoints, i: int) -> bool:
    """ "23,950 were waiting. That was a fall of 3,850 ... At the end of September, 27,400
    were": a change in the sentence between two levels, referring back to the first."""
    if pair.how != "earlier sentence" or not min(pair.sentences) < i < max(pair.sentences):
        return False
    sentence = analysis.sentences[i]
    return bool(_BACK_REFERENCE.match(analysis.text[sentence.start : sentence.end]))


def _refers_back(analysis: Analysis, change: StatedChange, pair: Endpoints, i: int) -> bool:
    """ "508,117 were on the list. That compares with 523,841 ..., and the government said the
    drop of 25,724 ...": "the drop of" names the change between the figures just given."""
    if (
        max(pair.sentences) not in (i, i - 1)
        or max(f.end for f in (pair.old, pair.new)) > change.start
    ):
        return False
    return bool(_DEFINITE_CHANGE.search(analysis.text[max(0, change.start - 25) : change.start]))


def _another_change_beside(
    analysis: Analysis, change: StatedChange, changes: list[StatedChange], linked: set[int]
) -> bool:
    """ "EU exports rose 2% ... Non-EU exports shot up 7.5%": a run of changes, each with its own
    subject, is a list of movements; none of them is about figures elsewhere."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return False
    paragraph = analysis.paragraph_at(change.start)
    start = paragraph.start if paragraph else sentence.start
    end = paragraph.end if paragraph else sentence.end
    return any(
        other is not change and id(other) not in linked and start <= other.start < end
        for other in changes
    )


def _one_clause(text: str, change: StatedChange, pair: Endpoints) -> bool:
    """No clause boundary between the change and the nearer of its figures: "Fry rose nine
    places to 15 and Murphy moved to 18 from 32" is two clauses, two subjects."""
    nearest = min((pair.old, pair.new), key=lambda f: abs(f.start - change.start))
    a, b = (
        sorted((change.end, nearest.start))
        if nearest.start >= change.end
        else (nearest.end, change.start)
    )
    return not _CLAUSE_BREAK.search(text[a:b])


def _has_own_figures(analysis: Analysis, change: StatedChange) -> bool:
    """ "rose 32,000 to 1.41 million", "more than halved, from 96 ... to 47", "tripled,
    exceeding $86m": figures beside the change are its own; it is not about figures elsewhere."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    end = sentence.end if sentence else change.end + 60
    window = (max(change.start - 40, sentence.start if sentence else 0), end)
    for q in analysis.quantities_in(*window):
        if (q.start, q.end) == (change.start, change.end) or q.change is not None:
            continue
        if q.dimension in ("time", "age", "duration"):
            continue
        if q.kind in ("count", "money", "measure", "percent"):
            if (
                q.kind == "count"
                and q.value is not None
                and q.value < 13
                and not re.search(r"\d", q.text)
            ):
                continue  # "four new routes": a small number in words is no measure
            return True
    return bool(_OWN_FIGURES_FOLLOW.match(text[change.end : change.end + 12]))


# newsroom names for one measure: a change and its figures may use either
_SYNONYMS = [
    {"unemployment", "jobless", "unemployed", "joblessness"},
    {"revenue", "sale", "turnover", "takings"},
    {"profit", "earning", "income", "earned", "earn"},
    {"price", "cost"},
    {"attendance", "crowd", "spectator", "visitor", "gate"},
    {"passenger", "ridership", "rider", "journey", "boarding"},
    {"fire", "bushfire", "wildfire", "blaze"},
    {"rain", "rainfall"},
    {"vote", "preference", "ballot"},
    {"rent", "rental"},
    {"wait", "waiting", "waiting-list"},
]


def _with_synonyms(words: set[str]) -> set[str]:
    out = set(words)
    for group in _SYNONYMS:
        if words & group:
            out |= group
    return out


def _subject_words(analysis: Analysis, change: StatedChange) -> set[str]:
    """What changed: the content words of the change's clause before it ("Bus ridership
    jumped 18%"; for "..., with the party up three per cent" the sentence's first clause too),
    and a short "in/of ..." after it ("a drop of 4.5 per cent in the primary vote")."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    start = sentence.start if sentence else max(0, change.start - 120)
    clauses = _CLAUSES.split(text[start : change.start])
    before = clauses[-1]
    if len(clauses) > 1 and re.match(r"\s*with\b", before):
        before = clauses[0] + " " + before  # "Fine Gael ..., with the party up three per cent"
    after = re.match(
        r"\s+(?:in|of|for)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)",
        text[change.end : change.end + 50],
    )
    words = _WORD.findall(before) + (_WORD.findall(after.group(1)) if after else [])
    found = {_stem(w) for w in words if w.lower() not in _STOP and w.lower() not in _TOPIC_WORDS}
    return _with_synonyms(found)


def _concept_words(analysis: Analysis, pair: Endpoints) -> set[str]:
    """What the pair's figures measure: the words of each figure's clause up to it and just
    after it ("Buses carried 48.3 million passengers", "total attendance ... came to 862,000")."""
    text = analysis.text
    words: list[str] = []
    for figure in (pair.old, pair.new):
        sentence = analysis.sentence_at(figure.start)
        start = sentence.start if sentence else max(0, figure.start - 120)
        before = re.split(r";\s|\bwhile\s|,?\s+and\s+(?=[a-z]+\s)", text[start : figure.start])[-1]
        # after it, to the end of its clause ("1,840 patients were admitted with flu")
        after = re.split(r"[,;.]\s", text[figure.end : figure.end + 60], maxsplit=1)[0]
        words += _WORD.findall(before) + _WORD.findall(after)
    return {_stem(w) for w in words if w.lower() not in _STOP}


def _fits_kind(change: StatedChange, pair: Endpoints) -> bool:
    if change.kind == "points":
        return pair.kind == "percent"
    if change.kind == "absolute":
        q, p = change.quantity, pair.new.quantity
        return q is not None and _compatible_change(q, p)
    return True


def _compatible_change(change: Quantity, figure: Quantity) -> bool:
    if change.kind != figure.kind:
        return False
    if change.kind == "money" and change.currency != figure.currency:
        return False
    if change.kind == "measure" and change.unit != figure.unit:
        return False
    return (change.per or None) == (figure.per or None)


def _is_difference(change: StatedChange, pair: Endpoints) -> bool:
    points = abs(pair.new.value - pair.old.value)
    return change.kind == "percent" and abs(points - change.value) < 1e-6 * max(1.0, points)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _same_years(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """A change dated to a span of years ("grew by 12% between 2001 and 2011") is not about
    figures whose sentences name other years ("84,000 in 2021, against 80,000 in 2011"); one
    year ("jumped 18% in 2023") may be the figures' "last year"."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return True
    said = set(_YEAR.findall(text[sentence.start : sentence.end]))
    if len(said) < 2:
        return True
    figures = set()
    for k in pair.sentences:
        if k >= 0:
            figures |= set(
                _YEAR.findall(text[analysis.sentences[k].start : analysis.sentences[k].end])
            )
    return not figures or said <= figures


def _only_pair_following(
    analysis: Analysis, change: StatedChange, candidates: list[Endpoints]
) -> Endpoints | None:
    """ "Shoplifting rose 30% last year. Officers recorded 5,120 offences, against 4,300": a
    change with no figures of its own, explained by the one pair of figures that follows it in
    the next two sentences (its measure named in other words)."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return None
    i = analysis.sentence_index(sentence)
    following = [
        p
        for p in candidates
        if min(p.old.start, p.new.start) > change.end and 1 <= min(p.sentences) - i <= 2
    ]
    return following[0] if len(following) == 1 else None


def _distance(change: StatedChange, pair: Endpoints) -> int:
    return min(abs(change.start - pair.old.start), abs(change.start - pair.new.start))


def _within(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """The figures a change is between follow it within three paragraphs (or share its
    paragraph)."""
    pc, pp = analysis.paragraph_at(change.start), analysis.paragraph_at(pair.new.start)
    if pc is None or pp is None:
        return False
    gap = analysis.paragraph_index(pp) - analysis.paragraph_index(pc)
    # a change is explained by the figures after it, or beside it in its paragraph; figures
    # told before it only when it is their difference to the digit
    if _is_difference(change, pair):
        return -2 <= gap <= PARAGRAPHS_APART
    return 0 <= gap <= PARAGRAPHS_APART


def _stem(word: str) -> str:
    """A plural's singular, near enough to match "buses" with "bus", "rents" with "rent"."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "ses")) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
