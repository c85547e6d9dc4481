"""Stated changes and the two figures they are changes between (NUM006's reading).

A *stated change* is a figure the quantity table marks as a rise or fall ("rose 12%", "a drop of
25,724", "up three per cent", "fallen by 15 percentage points", "a rise of $240 a month"), a
deficit or surplus against a norm ("a deficit of 24 per cent"), or a multiple or fraction the
table does not read as a figure ("doubled", "halved", "fell by a quarter", "by two-thirds").

The figures each change is between are read by ``extract/change_endpoints.py`` and linked to
the change by ``extract/change_links.py``; the rule (``rules/changes.py``) does the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from newslint.arithmetic import Interval, printed
from newslint.extract.figures.context import MOVEMENT_WORDS
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

ChangeKind = str  # "percent" | "points" | "absolute" | "ratio"
PARAGRAPHS_APART = 3
SAME_SENTENCE = "same sentence"  # how a change printed beside its own figures is linked

# "doubled", "more than doubled", "halved": the new figure over the old one
_MULTIPLE_WORDS = {
    "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
    "quadrupled": 4.0, "halved": 0.5, "halving": 0.5, "halve": 0.5,
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
# "three times as many as", "twice as much as": a multiple of a figure said after it
_AS_MANY = re.compile(
    r"\b(?:" + _APPROX + r"\s+)?(?P<n>twice|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+(?:\.\d+)?)\s+times)\s+as\s+(?:many|much)\s+as\b",
    re.I,
)


def _number(words: str) -> float | None:
    from newslint.extract.timex import number

    return number(words.split()[0])


# (cheap tests first: most articles hold no multiple)
_MULTIPLE_GATE = re.compile(r"doubl|tripl|trebl|quadrupl|halv|fold", re.I)
_AS_MANY_GATE = re.compile(r"as (?:many|much) as", re.I)
_UP_NOUNS = r"increase|rise|jump|gain|growth"
_DOWN_NOUNS = r"fall|drop|decline|decrease|cut|reduction|slump|dip|slide"
# the quantity table's lexicon of movement words ("plummeted", "edged up", "slipped"), for the
# verb of "fell by a third"
_MOVED_UP = "|".join(
    sorted((w for w, d in MOVEMENT_WORDS.items() if d == "up"), key=len, reverse=True)
)
_MOVED_DOWN = "|".join(
    sorted((w for w, d in MOVEMENT_WORDS.items() if d == "down"), key=len, reverse=True)
)
# "fell by a third", "a decline of nearly a third": the fraction, then the words before it
# (read in a short window: the lexicon is long, the fractions few)
_FRACTION_AT = re.compile(
    r"\b(?P<frac>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:of|a|an|per|million|billion|hour|day|week|month|year)\b)",
    re.I,
)
_FRACTION_LEAD = re.compile(
    r"\b(?P<verb>"
    + _MOVED_UP
    + "|"
    + _MOVED_DOWN
    + r"|(?:"
    + _UP_NOUNS
    + "|"
    + _DOWN_NOUNS
    + r")\s+of)\s+(?P<by>by\s+)?(?:"
    + _APPROX
    + r"\s+)?$",
    re.I,
)
CHANGE_VERB = re.compile(r"\b(?:" + _UP_VERBS + "|" + _DOWN_VERBS + r")\b", re.I)
_CORE_VERB = re.compile(
    r"(?:" + _UP_VERBS + "|" + _DOWN_VERBS + r"|(?:" + _UP_NOUNS + "|" + _DOWN_NOUNS + r")\s+of)",
    re.I,
)
_FRACTION_GATE = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|tenth)\b", re.I)
_UP_WORD = re.compile(r"^(?:" + _MOVED_UP + "|(?:" + _UP_NOUNS + r")\s+of)$", re.I)
_RATE_AFTER = re.compile(
    r"^\s*(?:a|per|each|every)\s+(?:year|month|week|day|quarter|annum)\b|^\s*(?:annually|a year|year-on-year growth)\b",
    re.I,
)
_LEVEL_AFTER = re.compile(
    r"^[^.;]{0,45}?\b(?:(?:up|down) from|compared (?:with|to)|against)\s+(?:a|an|the)?\s*[\d.]+\s*(?:%|per cent)",
    re.I,
)
# "rose by 0.6 of a percentage point": the unit after the figure
_POINT_AFTER = re.compile(r"\s+of\s+a\s+(?:percentage\s+)?point\b", re.I)
# nouns of movement: the nouns of the quantity table's movement verbs ("a 26 per cent lift",
# "a surge", "a dip"; not "loss", which names a level: "a £5m loss")
MOVEMENT_NOUNS = {
    **dict.fromkeys(
        [
            "rise",
            "increase",
            "jump",
            "gain",
            "growth",
            "hike",
            "uplift",
            "lift",
            "boost",
            "surge",
            "climb",
            "rally",
            "upturn",
            "leap",
        ],
        "up",
    ),
    **dict.fromkeys(
        [
            "fall",
            "drop",
            "decline",
            "decrease",
            "cut",
            "reduction",
            "slump",
            "dip",
            "slide",
            "slip",
            "tumble",
            "downturn",
            # a fall short of an earlier level or a norm ("the 3.7 million bale shortfall")
            "shortfall",
        ],
        "down",
    ),
}
# nouns that name a movement only of a percentage ("a 6% improvement", "the 12 per cent
# depreciation"); beside money they name a project ("a £2m pitch improvement"). Not
# "contraction" or "expansion": "a 0.1% contraction" of an economy is a rate of growth
PERCENT_MOVEMENT_NOUNS = {
    **dict.fromkeys(["improvement", "appreciation", "rebound"], "up"),
    **dict.fromkeys(["deterioration", "depreciation", "devaluation"], "down"),
}
MOVEMENT_NOUNS.update(PERCENT_MOVEMENT_NOUNS)
CHANGE_NOUN_AFTER = re.compile(
    # "a 20% increase", "a 15 per cent pay rise", "a 5% real-terms cut", "a 400-job cut"
    r"^(?:-[a-z]+)?\s+(?:(?!(?:of|in|on|to|the|a|an|and|or|from|for|at|by)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>" + "|".join(sorted(MOVEMENT_NOUNS, key=len, reverse=True)) + r")\b",
    re.I,
)
_DOWN_NOUN = re.compile(
    "|".join(sorted((n for n, d in MOVEMENT_NOUNS.items() if d == "down"), key=len, reverse=True)),
    re.I,
)
_AGAINST_NORM = re.compile(r"\b(?P<word>deficit|shortfall|surplus|excess)\s+of\s+$", re.I)
# "1,400 more than last winter's 7,150", "£30 less than": a difference from the figure after
PAIRED_KINDS = ("count", "money", "measure", "percent")
_FIGURE_AFTER = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[A-Z]{0,3}[$£€¥₹]|\d)")
_DIFFERENCE_AFTER = re.compile(
    r"^\s+(?:(?P<word>more|fewer|less|higher|lower)\s+than|(?P<side>above|below))\b", re.I
)
# "40 per cent below the long-term average of 75mm": the figure it is measured against
_NORM_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?(?:[A-Z]{0,3}[$£€¥₹]|\d)"
)
BACK_REFERENCE = re.compile(r"\W*(?:that|this|it|which)\s+(?:was|is|represents|marks)\b", re.I)
CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|although|meanwhile)\b|,\s+and\s|\sand\s+(?:the\s+)?[A-Z]"
)


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

    def distance(self, at: int) -> int:
        """Characters from ``at`` (a stated change) to the nearer of the two figures."""
        return min(abs(at - self.old.start), abs(at - self.new.start))


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
    named: int = 1  # how many of the candidates, first, are readings of the change's own


# -- stated changes -------------------------------------------------------------------------


def stated_changes(analysis: Analysis) -> list[StatedChange]:
    text = analysis.text
    found: list[StatedChange] = []
    for q in analysis.quantities:
        change = _from_quantity(q, text)
        if change is not None:
            found.append(change)
    taken = [(c.start, c.end) for c in found]
    for m in _MULTIPLE.finditer(text) if _MULTIPLE_GATE.search(text) else ():
        ratio = _MULTIPLE_WORDS[m.group("word").lower()]
        interval = _multiple_interval(ratio, (m.group("approx") or "").lower())
        direction = "up" if ratio > 1 else "down"
        found.append(
            StatedChange(m.start(), m.end(), m.group(0), "ratio", direction, ratio, interval)
        )
    for m in _AS_MANY.finditer(text) if _AS_MANY_GATE.search(text) else ():
        # "420 thefts, three times as many as the 180 of 2022": the new figure over the old
        times = 2.0 if m.group("n").lower() == "twice" else _number(m.group("n"))
        if times is None or times <= 1:
            continue
        interval = _multiple_interval(times, (m.group("approx") or "").lower())
        found.append(StatedChange(m.start(), m.end(), m.group(0), "ratio", "up", times, interval))
    for m in _FRACTION_AT.finditer(text) if _FRACTION_GATE.search(text) else ():
        window = max(0, m.start() - 45)
        lead = _FRACTION_LEAD.search(text, window, m.start())
        if lead is None:
            continue
        start, end = lead.start(), m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        if not lead.group("by") and not _CORE_VERB.fullmatch(lead.group("verb")):
            continue  # "added a third runway": without "by", only the plainest verbs move
        share = _FRACTIONS[m.group("frac").lower()]
        up = bool(_UP_WORD.match(lead.group("verb")))
        ratio = 1 + share if up else 1 - share
        approx = (lead.group("approx") or "").lower()
        interval = _multiple_interval(ratio, approx, share=share, up=up)
        direction = "up" if up else "down"
        found.append(StatedChange(start, end, text[start:end], "ratio", direction, ratio, interval))
    return sorted(found, key=lambda c: c.start)


# "mopped up", "racked up", "set up": a verb whose particle is "up" or "down", not a movement
# ("moved up", "edged down", "closed down" are)
_PHRASAL_BEFORE = re.compile(
    r"\b(?!(?:moved|edged|ticked|inched|crept|pushed|closed|ended|finished|opened|traded|"
    r"settled|went|gone|shot|is|was|are|were|been)\b)[a-z]+(?:ed|et|ck|t)\s+(?:up|down)\s+$",
    re.I,
)
_EXTRA_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:extra|additional)\s+$", re.I)


def after_particle(text: str, q: Quantity) -> bool:
    """Is the figure the object of a verb and its particle ("mopped up Rs 1,842 crore")?"""
    return bool(_PHRASAL_BEFORE.search(text, max(0, q.start - 30), q.start))


def _from_quantity(q: Quantity, text: str) -> StatedChange | None:
    if q.value is None or q.low is not None:
        return None
    norm = _AGAINST_NORM.search(text[max(0, q.start - 20) : q.start])
    direction = q.change
    if direction is not None and after_particle(text, q):
        direction = None  # "had mopped up Rs 1,842 crore": a verb and its particle, no rise
    lead = text[max(0, q.start - 30) : q.start]
    if direction is None and q.kind in PAIRED_KINDS and _EXTRA_BEFORE.search(lead):
        direction = "up"  # "an extra 79,450 visitors": the difference from an earlier level
    noun = CHANGE_NOUN_AFTER.match(text[q.end : q.end + 40])
    if (
        noun is not None
        and q.kind != "percent"
        and noun.group("noun").lower() in PERCENT_MOVEMENT_NOUNS
    ):
        noun = None
    if direction is None and noun is not None and _moves_before_noun(q, text):
        # "a 20% increase", "a £2,000 pay rise", "a 6.4-point jump", "a 400-job cut": the
        # change word follows the figure
        direction = "down" if _DOWN_NOUN.match(noun.group("noun")) else "up"
    difference = _DIFFERENCE_AFTER.match(text[q.end : q.end + 20])
    if q.kind == "percent" and difference is not None:
        # a percentage is a change only against a figure said after "than" ("18 per cent more
        # than the NZ$190 million"), not against a norm left unsaid ("9% more than average")
        after = q.end + difference.end()
        told = _NORM_AFTER if difference.group("side") else _FIGURE_AFTER
        difference = difference if told.match(text, after) else None
    elif difference is not None and difference.group("side"):
        difference = None  # "50 metres above sea level": a place, not a difference
    if direction is None:
        direction = _named_before(q, text)
    if direction is None and difference is not None and q.kind in PAIRED_KINDS:
        # "1,400 more than last winter's 7,150", "18 per cent more than the $190m of 2023"
        direction = (
            "down"
            if (difference.group("word") or difference.group("side")).lower()
            in ("fewer", "less", "lower", "below")
            else "up"
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
    elif (
        q.unit in ("percentage_point", "point")
        or "point" in q.text.lower()
        or _POINT_AFTER.match(text, q.end)
    ):
        kind = "points"
    elif q.kind in ("count", "money", "measure"):
        kind = "absolute"
    else:
        return None
    factor = minor_unit(q)  # "up by 20p to £2.70": pence in pounds
    interval = _approx(printed(q), q.approx)
    interval = Interval(interval.low * factor, interval.high * factor)
    return StatedChange(
        q.start,
        q.end,
        q.text,
        kind,
        direction,
        q.value * factor,
        interval,
        q,
        against_norm=norm is not None,
    )


def _moves_before_noun(q: Quantity, text: str) -> bool:
    """Can the figure be the size of a movement named by the noun after it? A percentage, a
    sum of money, points ("a 6.4-point jump") or a count in digits ("a 400-job cut", "a 3.7
    million bale shortfall"), not a small count in words or a figure inside a name
    ("Covid-19")."""
    if q.kind in ("percent", "money"):
        return True
    if q.kind == "measure":
        return q.unit in ("percentage_point", "point")
    return (
        q.kind == "count"
        and bool(re.search(r"\d", q.text))
        and not re.search(r"[\w-]$", text[max(0, q.start - 1) : q.start])
    )


# "the improvement of 6.7 points", "the lift of 75 cents": a movement noun, "of", the figure
_NOUN_OF_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(MOVEMENT_NOUNS, key=len, reverse=True)) + r")\s+of\s+"
    r"(?:(?:more than|almost|nearly|roughly|about|around|over|just under|just over|some)\s+)?$",
    re.I,
)
# "slashes police overtime by more than 30%", "lifted the cap by £50": a verb that moves its
# object (a closed class), the object, then "by" and the figure
_TRANSITIVE_UP = r"rais|lift|hik|boost|increas|expand|grow|widen|push\w*\s+up"
_TRANSITIVE_DOWN = r"slash|cut|trim|reduc|lower|decreas|shrink|shrank|shrunk"
_VERB_BY_BEFORE = re.compile(
    r"\b(?:(?P<up>" + _TRANSITIVE_UP + r")|(?P<down>" + _TRANSITIVE_DOWN + r"))\w*\b"
    r"(?:\s+(?!by\b)[\w'’-]+){0,5}\s+by\s+"
    r"(?:(?:more than|almost|nearly|roughly|about|around|over|just under|just over|some)\s+)?$",
    re.I,
)


def _named_before(q: Quantity, text: str) -> Literal["up", "down"] | None:
    """The direction of a change said before its figure by a movement noun and "of" or by a
    verb that moves its object and "by"; not of a length or a weight ("a fall of 3 metres")."""
    if q.kind not in PAIRED_KINDS or (q.kind == "measure" and "point" not in q.text.lower()):
        return None
    window = text[max(0, q.start - 60) : q.start]
    noun = _NOUN_OF_BEFORE.search(window)
    if noun is not None:
        word = noun.group("noun").lower()
        if word in PERCENT_MOVEMENT_NOUNS and q.kind != "percent" and "point" not in q.text.lower():
            return None  # "a £2m pitch improvement" names a project
        return "up" if MOVEMENT_NOUNS[word] == "up" else "down"
    verb = _VERB_BY_BEFORE.search(window)
    if verb is not None and not re.search(r"[.;:,]", window[verb.start() :]):
        return "up" if verb.group("up") else "down"
    return None


def minor_unit(q: Quantity) -> float:
    """What one of the figure's units is in its currency: 0.01 for pence and cents."""
    return 0.01 if q.kind == "money" and q.unit in ("penny", "cent") else 1.0


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


def fits_kind(change: StatedChange, pair: Endpoints) -> bool:
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


def changes_between(
    change: StatedChange,
    pair: Endpoints,
    changes: list[StatedChange],
    linked: set[int],
    came_to: dict[int, int] | None = None,
) -> bool:
    """ "Spending rose 1.5% ... Car sales fell 2.8% ... Confidence rose to 104 from 103": another
    movement told without figures stands between the change and the pair; the pair may be its
    figures, or a third measure's, as well as the change's. (The headline's change told again
    in the lede is one movement, not another.) A movement told with the level it came to
    (``came_to``: "online sales jumped 23% to $504m") has figures of its own: a pair that does
    not end at that level is not its."""
    first = min(pair.old.start, pair.new.start)
    came_to = came_to or {}
    return any(
        other is not change
        and id(other) not in linked
        and came_to.get(id(other), pair.new.start) == pair.new.start
        and other.kind == change.kind
        and (other.value, other.direction) != (change.value, change.direction)
        and change.end <= other.start < first
        for other in changes
    )


_THRESHOLD_BEFORE = re.compile(
    r"\b(?:below|above|past|beyond|through|under|over|topped|passed|breached|crossed)\s+the\s+$",
    re.I,
)
_THRESHOLD_AFTER = re.compile(r"\s+(?:mark|barrier|threshold|milestone)\b", re.I)


def is_threshold(text: str, q: Quantity) -> bool:
    """ "dipping below the $100,000 mark": a line crossed, neither a level nor a change."""
    return bool(
        _THRESHOLD_BEFORE.search(text[max(0, q.start - 25) : q.start])
        or _THRESHOLD_AFTER.match(text, q.end)
    )


# words that say nothing about what a figure measures
STOP_WORDS = frozenset(
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
WORD = re.compile(r"[A-Za-z][a-z]{2,}")

# a sentence that names what the one before it was about by pointing back at it
POINTS_BACK = re.compile(
    r"^\W*(?:It|They|That|This|These|Those)\b|\b(?:such|of them|of these|of those|the figure|"
    r"the number|the total)\b"
)
