"""NUM rules: figures that contradict each other, their conversions or their comparisons.

Each rule fires only when the disagreement is larger than the rounding the printed digits
allow (``newslint.arithmetic``), widened by approximators and by the spread of reference values,
and puts that arithmetic in the finding's evidence. When two figures might not measure the same
thing, the rules stay silent.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import (
    MONEY_DRIFT,
    Interval,
    half_step,
    is_temperature,
    printed,
    rate_range,
    si_factor,
    si_interval,
    sig,
    to_kelvin,
    with_approx,
)
from newslint.reference import lookup
from newslint.report.model import Quantity, Severity
from newslint.rules.rates import implausible_rate_flags
from newslint.rules.registry import Flag, rule
from newslint.rules.restatements import restatement_flags
from newslint.rules.shares import impossible_share_flags

MEASURE_DIMENSIONS = {"length", "area", "volume", "mass", "temperature", "speed", "energy", "power"}

# -- NUM001 ------------------------------------------------------------------------------------

_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|\[|/|,?\s*(?:or|equivalent to|the equivalent of|which is|that is|i\.e\.)\b)"
    r"\s*(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|c\.|over|more than|"
    r"just over|just under|under|less than)?\s*$",
    re.I,
)
# units whose size depends on the country: US/imperial gallons differ by 20%, short/long tons
_AMBIGUOUS_UNIT = re.compile(r"gal|ton(?!ne)|pint|quart|cup|barrel|bbl|ounce|oz", re.I)
CONVERSION_SLACK = 0.01
AMBIGUOUS_UNIT_SLACK = 0.21


def conversion_pairs(quantities: list[Quantity], text: str) -> Iterator[tuple[Quantity, Quantity]]:
    """A figure and the conversion printed right after it: "30cm (12in)", "£1bn ($1.17bn)"."""
    for a, b in itertools.pairwise(quantities):
        if b.start < a.end or not _CONVERSION_GAP.match(text[a.end : b.start]):
            continue
        # the change ("dropped 30cm (12in)") belongs to both; only the first may carry it
        if "comparison" in (a.kind, b.kind) or "vague" in (a.kind, b.kind):
            continue
        if a.value is None or b.value is None:
            continue
        if a.kind == "money" and b.kind == "money":
            if a.currency and b.currency and a.currency != b.currency:
                yield a, b
        elif (
            a.kind == b.kind == "measure"
            and a.dimension == b.dimension
            and a.dimension in MEASURE_DIMENSIONS
            and a.unit
            and b.unit
            and a.unit != b.unit
        ):
            yield a, b


@rule(
    "NUM001",
    "conversion-mismatch",
    "error",
    fires="""
        The storm dropped 30cm (20in) of snow on the town overnight.
    """,
    silent="""
        The storm dropped 30cm (12in) of snow on the town overnight.
    """,
    published="2023-01-20",
    tolerance="""
        Each printed figure stands for the range that rounds to it (half a unit of its last
        significant digit; trailing zeros count as rounding: "6,000" is 5,500-6,500). A
        conversion fires only when the two ranges, converted with pint's factors, do not meet
        even after 1% slack (21% for gallons, tons, pints and ounces, whose size differs between
        countries). Money is converted at every ECB fixing of the week before publication, with 4%
        drift on top; with no published date, at every ECB rate since 1999 (and an info note says
        the date is unknown).
    """,
)
def conversion_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags a figure and its stated conversion that disagree beyond rounding.

    ## What it does
    Finds a figure followed by its conversion, in brackets or after "or"/"equivalent to"
    ("30cm (12in)", "40C (104F)", "£1bn ($1.17bn)", "6,000 sq km (2,317 sq mi)"), converts the
    first into the second's unit and checks that the printed conversion is within the rounding
    both figures allow. Money uses the European Central Bank rate on the article's date.

    ## Why is this bad?
    A wrong conversion is an error any reader can check, and it usually means one of the two
    figures is wrong (a slipped digit, Celsius read as Fahrenheit, miles read as kilometres).
    """
    undated_money: list[tuple[Quantity, Quantity]] = []
    for a, b in conversion_pairs(analysis.quantities, analysis.text):
        if a.kind == "money":
            flag = _money_flag(a, b, analysis)
            if analysis.article.published is None:
                undated_money.append((a, b))
        else:
            flag = _measure_flag(a, b)
        if flag:
            yield flag
    if undated_money:
        a, b = undated_money[0]
        yield Flag(
            start=a.start,
            end=b.end,
            message=f"{len(undated_money)} money conversion(s) checked against every ECB rate "
            "since 1999: the article has no published date; give one (--published) for a "
            "check at the day's rate",
            related=tuple((x.start, y.end) for x, y in undated_money[1:]),
            evidence={"money_conversions": len(undated_money), "published": None},
            severity=Severity.INFO,
        )


def _measure_flag(a: Quantity, b: Quantity) -> Flag | None:
    stated, converted = si_interval(a), si_interval(b)
    slack = CONVERSION_SLACK
    if _AMBIGUOUS_UNIT.search(f"{a.unit} {b.unit}"):
        slack = AMBIGUOUS_UNIT_SLACK
    if stated.widened(slack).overlaps(converted):
        return None
    if is_temperature(a) and _as_difference(a).overlaps(_as_difference(b)):
        return None  # "risen by 3C (5.4F)": a difference of temperatures has no offset
    expected = _in_unit_of(b, stated)
    return _conversion_flag(
        a,
        b,
        f"that would be {_fmt(expected.low)}-{_fmt(expected.high)} {b.unit}",
        converted.mid / stated.mid if stated.mid else 0.0,
        {
            "stated_range": [sig(x) for x in (printed(a).low, printed(a).high)],
            "expected_range": expected.rounded(),
            "printed_range": [sig(x) for x in (printed(b).low, printed(b).high)],
            "unit": b.unit,
            "slack": slack,
            "ratio": sig(_mid_ratio(converted, stated), 3),
        },
    )


def _conversion_flag(
    a: Quantity, b: Quantity, detail: str, ratio: float, evidence: dict[str, object]
) -> Flag:
    """The NUM001 finding on conversion ``b`` of ``a``; ``ratio`` (printed / expected) feeds the
    scale hint, ``evidence`` follows the two printed figures."""
    return Flag(
        start=b.start,
        end=b.end,
        message=f"'{b.text}' is not a conversion of '{a.text}': {detail}" + _scale_hint(ratio),
        related=((a.start, a.end),),
        evidence={"stated": a.text, "conversion": b.text, **evidence},
    )


# currency words several countries use: without a symbol or code the currency is a guess
_AMBIGUOUS_CURRENCY = re.compile(
    r"peso|franc|dinar|rupee|kron|shilling|rial|riyal|dirham|pound(?!s? sterling)|dollar", re.I
)


_CURRENCY_MARK = re.compile(r"[£$€¥₹]|\b[A-Z]{3}\b")


def _money_flag(a: Quantity, b: Quantity, analysis: Analysis) -> Flag | None:
    if any(
        _AMBIGUOUS_CURRENCY.search(q.text) and not _CURRENCY_MARK.search(q.text) for q in (a, b)
    ):
        return None
    rates = rate_range(a.currency or "", b.currency or "", analysis.article.published)
    if rates is None:
        return None
    # in major units: "53p" is 0.53 GBP
    stated, converted = si_interval(a), si_interval(b)
    expected = Interval(stated.low * rates.low, stated.high * rates.high).widened(MONEY_DRIFT)
    if expected.overlaps(converted):
        return None
    return _conversion_flag(
        a,
        b,
        f"at the ECB rate ({rates.basis}) that is "
        f"{_fmt(expected.low)}-{_fmt(expected.high)} {b.currency}",
        converted.mid / expected.mid if expected.mid else 0.0,
        {
            "currencies": [a.currency, b.currency],
            **rates.evidence(),
            "drift": MONEY_DRIFT,
            "expected_range": expected.rounded(),
            "printed_range": converted.rounded(),
            # a stated zero ("£0 ($5)") has no ratio to its conversion
            "ratio": sig(converted.mid / (stated.mid * (rates.low + rates.high) / 2), 3)
            if stated.mid
            else None,
        },
    )


def _as_difference(q: Quantity) -> Interval:
    """A temperature read as a difference, in kelvin: 3C -> 3 K, 5.4F -> 3 K."""
    per = to_kelvin(1.0, q.unit or "degC") - to_kelvin(0.0, q.unit or "degC")
    interval = printed(q)
    return Interval(interval.low * per, interval.high * per).widened(CONVERSION_SLACK)


def _scale_hint(ratio: float) -> str:
    """A factor near a thousand or a million apart is a missing or extra 'm'/'bn'."""
    for factor, word in ((1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion")):
        for r in (ratio, 1 / ratio if ratio else 0.0):
            if factor / 3 <= r <= factor * 3:
                return f" (about {word} times apart: a missing or extra scale word?)"
    return ""


def _in_unit_of(q: Quantity, si: Interval) -> Interval:
    if is_temperature(q):
        k0 = to_kelvin(0.0, q.unit or "degC")
        per = to_kelvin(1.0, q.unit or "degC") - k0
        return Interval((si.low - k0) / per, (si.high - k0) / per)
    factor = si_factor(q) or 1.0
    return si.scaled(1 / factor)


def _mid_ratio(x: Interval, y: Interval) -> float:
    return x.mid / y.mid if y.mid else math.inf


def _fmt(x: float) -> str:
    if abs(x) >= 1e9:
        return f"{x / 1e9:.3g}bn"
    if abs(x) >= 1e6:
        return f"{x / 1e6:.3g}m"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}"


# -- NUM002 ------------------------------------------------------------------------------------


@rule(
    "NUM002",
    "restatement-mismatch",
    "error",
    fires="""
        The council has approved a £2.4m scheme to repair roads across the city.

        The opposition said the £4.2m scheme was too little, too late.
    """,
    silent="""
        The council has approved a £2.4m scheme to repair roads across the city.

        The opposition said the £2.4m scheme was too little, too late.
    """,
    tolerance="""
        Two figures are the same measure only when they have the same dimension (and currency),
        attach to the same noun ("the £4.2m scheme") or to verbs of one meaning
        (recaptured/retaken/took back) with no different subject, sit in different sentences,
        and the noun or verb carries no other value in the article. They contradict when their
        printed ranges (rounding, widened 10% for "about") do not meet.
    """,
)
def restatement_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags one measure given two different values in one article.

    ## What it does
    Finds figures that restate the same measure (same dimension and unit family, the same noun
    or verbs of the same meaning, the same subject) and reports a later one that disagrees with
    the first beyond rounding: "the £2.4m scheme" ... "the £4.2m scheme"; "recaptured 2,300
    square miles" ... "the 3,200 square miles retaken". Figures that agree after conversion
    (2,300 square miles and 6,000 km2) are not reported.

    ## Why is this bad?
    A reader cannot tell which figure is right; usually one is a typo (transposed digits) or a
    stale number left from an earlier version of the story.
    """
    yield from restatement_flags(analysis)


# -- NUM003 ------------------------------------------------------------------------------------

COMPARISON_SLACK = 1.5  # "the size of Wales" is loose talk: allow 1.5x beyond all rounding


@rule(
    "NUM003",
    "comparison-mismatch",
    "error",
    fires="""
        Forces have recaptured 2,300 square miles of territory, an area three times the size of
        Wales.
    """,
    silent="""
        Forces have recaptured 2,300 square miles of territory, an area about a third the size
        of Wales.
    """,
    tolerance="""
        The comparison implies multiplier x the reference's range in the shipped table (Wales
        20,735-20,779 km2; a football pitch 5,351-8,250 m2), with the multiplier's own rounding
        ("three" 2.5-3.5, "70" 65-75). The stated figure stands for its rounding range, widened
        10% by "about". Fires only when the two ranges are more than 1.5x apart.
    """,
)
def comparison_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags a comparison with a reference object that contradicts the article's own figure.

    ## What it does
    For "three times the size of Wales", "an area the size of Greater London", "70 football
    pitches" or "enough to fill 400 Olympic swimming pools", looks up the reference object in
    the shipped table, works out the value the comparison implies and checks it against the
    figure the article gives for the same measure in the same sentence (or the sentence before).
    With no figure to compare, it says nothing (the implied value is still in the JSON).

    ## Why is this bad?
    Comparisons are what readers remember. One that is off by a factor of ten (2,300 square
    miles is a third of Wales, not three times it) misleads more than a wrong digit.
    """
    quantities = analysis.quantities
    for comp in quantities:
        if comp.kind != "comparison" or comp.implied_low is None or comp.implied_high is None:
            continue
        if comp.multiplier is not None and comp.multiplier <= 0:
            continue  # "0 times the size of Wales" implies no size to check against
        candidates = _stated_for(comp, quantities, analysis)
        if not candidates:
            continue
        implied = _implied_range(comp)
        checks = []
        for stated in candidates:
            stated_si = with_approx(si_interval(stated), stated.approx)
            checks.append((stated_si.gap_ratio(implied), stated, stated_si))
        if min(c[0] for c in checks) <= COMPARISON_SLACK:
            continue
        # every figure disagrees: report the first, the one printed as the article's own
        gap, stated, stated_si = checks[0]
        yield _comparison_flag(comp, stated, stated_si, implied, gap)


def _implied_range(comp: Quantity) -> Interval:
    mult = comp.multiplier if comp.multiplier is not None else 1.0
    low, high = comp.implied_low or 0.0, comp.implied_high or 0.0
    if mult <= 0:
        return Interval(low, high)
    lo_m, hi_m = _multiplier_range(comp, mult)
    return Interval(low / mult * lo_m, high / mult * hi_m)


def _multiplier_range(comp: Quantity, mult: float) -> tuple[float, float]:
    numeral = re.search(r"\d[\d,]*(?:\.\d+)?", comp.text)
    if numeral:
        try:
            number = float(numeral.group(0).replace(",", ""))
        except ValueError:
            number = 0.0
        if number and abs(number - mult) / mult < 0.01:
            half = half_step(numeral.group(0))
            return mult - half, mult + half
    # words: "three times" 2.5-3.5; "half"/"a third" +-20%; "twice" 1.75-2.25
    if mult >= 1 and float(mult).is_integer():
        return max(mult - 0.5, mult * 0.75), mult + 0.5
    return mult * 0.8, mult * 1.2


def _stated_for(comp: Quantity, quantities: list[Quantity], analysis: Analysis) -> list[Quantity]:
    """The article's figures for the measure the comparison describes: same sentence first."""

    def fits(q: Quantity) -> bool:
        return (
            q.kind == "measure"
            and q.dimension == comp.dimension
            and q.change is None
            and q.value is not None
            and q.si_value is not None
            and not (q.start >= comp.start and q.end <= comp.end)
        )

    sentence = analysis.sentence_at(comp.start)
    if sentence is None:
        return []
    same = [q for q in analysis.quantities_in(sentence.start, sentence.end) if fits(q)]
    if same:
        return same
    before = analysis.sentence_before(sentence)
    if before is None:
        return []
    paragraph = analysis.paragraph_at(comp.start)
    if paragraph is None or before.start < paragraph.start:
        return []
    previous = [q for q in analysis.quantities_in(before.start, before.end) if fits(q)]
    # one figure only: with two, we cannot tell which the comparison describes
    distinct = {round(si_interval(q).mid, -3 if q.dimension == "area" else 0) for q in previous}
    return previous if len(previous) == 1 or len(distinct) == 1 else []


def _comparison_flag(
    comp: Quantity, stated: Quantity, stated_si: Interval, implied: Interval, gap: float
) -> Flag:
    unit, factor = _display_unit(comp.dimension or "", implied)
    ref_low = (comp.implied_low or 0) / (comp.multiplier or 1.0)
    ref_high = (comp.implied_high or 0) / (comp.multiplier or 1.0)
    stated_value = stated.si_value if stated.si_value is not None else stated_si.mid
    ratio = stated_value / ((ref_low + ref_high) / 2) if ref_high else math.inf
    ref = lookup(comp.reference or "", comp.dimension)
    name = ref.name if ref else comp.reference
    shown, end = _comparison_words(comp)
    return Flag(
        start=comp.start,
        end=end,
        message=f"'{shown}' implies {_fmt(implied.low / factor)}-"
        f"{_fmt(implied.high / factor)} {unit}, but the article gives '{stated.text}' "
        f"({_fmt(stated_value / factor)} {unit}, {sig(ratio, 2)} x {name})",
        related=((stated.start, stated.end),),
        evidence={
            "multiplier": comp.multiplier,
            "reference": name,
            "reference_source": ref.source if ref else None,
            f"reference_{unit}": [sig(ref_low / factor, 5), sig(ref_high / factor, 5)],
            f"implied_{unit}": [sig(implied.low / factor, 5), sig(implied.high / factor, 5)],
            f"stated_{unit}": sig(stated_value / factor, 4),
            f"stated_range_{unit}": stated_si.scaled(1 / factor).rounded(),
            "stated": stated.text,
            "ratio": sig(ratio, 2),
            "times_apart": sig(gap, 3),
            "slack": COMPARISON_SLACK,
        },
    )


def _comparison_words(comp: Quantity) -> tuple[str, int]:
    """The comparison's words up to the reference's name (never past the sentence end)."""
    name = re.split(r"[.;:!?\n(]", comp.reference or "", maxsplit=1)[0].strip()
    at = comp.text.find(name) if name else -1
    if at < 0:
        return comp.text, comp.end
    words = comp.text[: at + len(name)]
    return words, comp.start + len(words)


def _display_unit(dimension: str, implied: Interval) -> tuple[str, float]:
    if dimension == "area":
        return ("km2", 1e6) if implied.high >= 1e6 else ("m2", 1.0)
    if dimension == "volume":
        return "m3", 1.0
    if dimension == "length":
        return ("km", 1e3) if implied.high >= 1e4 else ("m", 1.0)
    return "SI", 1.0


# -- NUM004 and NUM005: their arithmetic lives in rules/shares.py and rules/rates.py


@rule(
    "NUM004",
    "impossible-share",
    "error",
    fires="""
        Of the 340 roads surveyed by engineers, 410 were found to need urgent work.
    """,
    silent="""
        Of the 340 roads surveyed by engineers, 210 were found to need urgent work.
    """,
    tolerance="""
        A part fires only when its lowest printed value is above the whole's highest ("about"
        widens both by 10%; "more than" counts only as its number). Shares of one whole fire when
        the lowest values their rounding allows still add up to more than 100% (45%, 40% and
        25% are at least 108.5%). Shares that need not add up (of different groups, "could
        choose more than one", changes, percentage points) are not summed. A part called a
        majority ("most", "the majority", "the bulk": more than 50%) of a whole in one place and a
        minority ("a minority", "a small share": less than 50%) of it in another fires only when
        the parse names the same part and the same whole, with the same modifiers, the same
        tense and time words, the same voice (the article's or one speaker's), and neither
        statement is negated, hedged ("if", "could") or about a change ("no longer", "became").
    """,
)
def impossible_share(analysis: Analysis) -> Iterator[Flag]:
    """Flags parts larger than their whole, shares of one whole adding up past 100%, and a part
    that is both a majority and a minority of one whole.

    ## What it does
    Reads "Of the 340 roads ..., 410 were ...", "2,000 staff, 2,500 of them in Wales",
    "410 of the 340 roads", "120% of voters", and lists of shares of one whole ("45% said
    poor, 40% acceptable and 25% good") and reports the impossible ones. Also finds one part
    of one whole called a majority in one place and a minority in another ("Most of the patients
    treated were children" ... "children were a minority of the patients treated").

    ## Why is this bad?
    A part cannot exceed its whole, and the shares of one whole cannot add up to more than all
    of it. One of the figures is wrong, and readers who notice stop trusting the rest.
    """
    yield from impossible_share_flags(analysis)


@rule(
    "NUM005",
    "implausible-rate",
    "warning",
    fires="""
        Russia has lost 53,000 soldiers since the invasion in February, the majority of them
        in the past 24 hours, according to the general staff in Kyiv.
    """,
    silent="""
        Russia has lost 53,000 soldiers since the invasion in February, about 300 of them
        in the past 24 hours, according to the general staff in Kyiv.
    """,
    published="2022-09-13",
    tolerance="""
        The window's share is read at its lowest ("the majority" more than 50%, "most" 50%,
        "the vast majority" 75%, "almost all" 80%). Fires when the window's rate is at least
        8 times the total's average rate: the average the article states for the same thing
        ("a daily average of about 60 admissions", taken at its highest) or else the total over
        its period ("since the invasion": from the shipped date of the event; "since 12 July":
        from the publication date).
    """,
)
def implausible_rate(analysis: Analysis) -> Iterator[Flag]:
    """Flags a window's share of a total that implies an implausible rate.

    ## What it does
    For a cumulative total counted over a period ("53,000 since the invasion", "1,200 since 12
    July") with a share of it put in a short window ("the majority of them in the past 24
    hours"), works out the rate the window implies and compares it with the total's average
    rate (stated in the article, or the total over its period, with time expressions resolved
    against the publication date).

    ## Why is this bad?
    "The majority in the past 24 hours" of a total built up over seven months means a day with
    a hundred times the usual toll. Either the window or the total is wrong, or the sentence
    says something its writer did not mean.
    """
    yield from implausible_rate_flags(analysis)
