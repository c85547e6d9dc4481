"""NUM rules: figures that contradict each other, their conversions or their comparisons.

Each rule fires only when the disagreement is larger than the rounding the printed digits
allow (``newslint.arithmetic``), widened by approximators and by the spread of reference values,
and puts that arithmetic in the finding's evidence. When two figures might not measure the same
thing, the rules stay silent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import (
    Interval,
    half_step,
    si_interval,
    sig,
    with_approx,
)
from newslint.reference import lookup
from newslint.report.model import Quantity
from newslint.rules import verified
from newslint.rules.conversions import conversion_flags
from newslint.rules.conversions import conversion_pairs as conversion_pairs  # for restatements
from newslint.rules.conversions import short_figure as _fmt
from newslint.rules.rates import implausible_rate_flags
from newslint.rules.registry import Flag, Verified, rule
from newslint.rules.restatements import restatement_flags
from newslint.rules.shares import impossible_share_flags

# -- NUM001: its arithmetic lives in rules/conversions.py ----------------------------------------


@rule(
    "NUM001",
    "conversion-mismatch",
    "error",
    fires="""
        The storm dropped 30cm (20in) of snow on the town overnight.

        The road will run for 10 miles (10km) along the coast.

        Temperatures reached 35C (63F) in the capital on Monday.
    """,
    silent="""
        The storm dropped 30cm (12in) of snow on the town overnight.

        The road will run for 100 miles (160km) along the coast.

        Temperatures have risen by 3C (5.4F) since the 1980s.
    """,
    published="2023-01-20",
    tolerance="""
        Writers convert the figure they print. The first figure is read to its last printed
        digit, zeros included ("10 miles" is 9.5-10.5 miles, 15.3-16.9km), converted with pint's
        factors, and must fall within the rounding of the printed conversion ("10km" rounds
        from 5-15km, so it fires; "16km" does not). The other reading is tried too, for a
        source figure in brackets: the conversion read to its last digit and converted back
        must fall within the first figure's rounding, capped at 25% of it ("20 miles (35km)":
        35km is 21.7 miles, within 15-25). It fires only when both readings fail, after 1%
        slack (21% for gallons, tons, pints and ounces, whose size differs between countries;
        1 degree for temperatures, whose round figures stand for at most 2.5 degrees either
        way). A temperature is also read as a difference (no +32), and found right if either
        reading holds, only when the words say so: a change ("rose by"), a comparison
        ("warmer", "above"), a difference noun ("warming", "rise", "swing") or a target ("the
        1.5C (2.7F) target", "pre-industrial"). Money is converted at every ECB fixing of the week before
        publication, with 4% drift on top; with no published date, at every ECB rate since 1999
        (and an info note says the date is unknown). A currency word several countries use
        ("pesos") is read as the currency of the one such country the article names, else not
        checked.
    """,
)
def conversion_mismatch(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Flags a figure and its stated conversion that disagree beyond rounding.

    ## What it does
    Finds a figure followed by its conversion, in brackets or after "or"/"equivalent to"
    ("30cm (12in)", "40C (104F)", "£1bn ($1.17bn)", "6,000 sq km (2,317 sq mi)", "a 19.85-meter
    throw (65 feet, 1 inch)"), converts the first as printed into the second's unit and checks
    that the result rounds to the printed conversion (or, for a source figure in brackets, that
    the conversion converted back rounds to the first figure). Money uses the European Central
    Bank rate on the article's date. The evidence gives both readings' ranges.

    ## Why is this bad?
    A wrong conversion is an error any reader can check, and it usually means one of the two
    figures is wrong (a slipped digit, Celsius read as Fahrenheit, miles read as kilometres, a
    Celsius conversion without its +32).
    """
    yield from conversion_flags(analysis)


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
def comparison_mismatch(analysis: Analysis) -> Iterator[Flag | Verified]:
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
        candidates = _stated_for(comp, quantities, analysis)
        if not candidates:
            continue
        implied = _implied_range(comp)
        checks = []
        for stated in candidates:
            stated_si = with_approx(si_interval(stated), stated.approx)
            checks.append((stated_si.gap_ratio(implied), stated, stated_si))
        if min(c[0] for c in checks) <= COMPARISON_SLACK:
            fits = min(checks, key=lambda c: c[0])[1]
            yield verified.comparison_agrees(comp, fits, implied)
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
    same = [q for q in quantities if fits(q) and sentence.start <= q.start < sentence.end]
    if same:
        return same
    index = analysis.sentences.index(sentence)
    if index == 0:
        return []
    before = analysis.sentences[index - 1]
    paragraph = analysis.paragraph_at(comp.start)
    if paragraph is None or before.start < paragraph.start:
        return []
    previous = [q for q in quantities if fits(q) and before.start <= q.start < before.end]
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
def impossible_share(analysis: Analysis) -> Iterator[Flag | Verified]:
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

        The appeal has raised £2m since 2012. Almost all of it came in the past two days.
    """,
    silent="""
        Russia has lost 53,000 soldiers since the invasion in February, about 300 of them
        in the past 24 hours, according to the general staff in Kyiv.

        The appeal has raised £2m since 2012. Almost all of it came from one donor.
    """,
    published="2022-09-13",
    tolerance="""
        The window's share is read at its lowest ("the majority", "most", "more than half",
        "the bulk" more than 50%, "the vast majority" 75%, "almost all" 80%; "nearly half"
        40%; "nine in ten" 85%; "80%" 79.5%) and the total at the lowest its rounding
        allows, a round figure at most 25% below itself ("some 1,000" is at least 750, less
        10% for "some"). Fires when the window's rate is at least 8 times the total's
        average rate: the highest average the article states for the same thing ("about 40
        parcels a day", "takings have averaged about £4,000 a day", "roughly once a month,
        usually carrying 30 to 40", taken at their highest), else the total over its period
        ("since the invasion": from the shipped date of the event; "since 12 July", "since
        the service opened in June 2018", "since its founding" with the founding year given
        in the article, "since it began three years ago", "since last year" (its first day),
        "over the past five years", "this year": from that date to publication; "so far",
        "to date": no length). With no published date only a stated average gives a rate.
        The window ("in the past 24 hours", "over the weekend", "since Friday", "in just two
        days", "on Sunday", "last night", "in January"; "in recent days", "weeks", "months"
        at their longest: 7, 56, 183 days) must be shorter than the period and inside it.
        The share must follow its total in the same sentence with no other figure between,
        open the next sentence ("Most of them came ...", "Of those, most ...", "The majority
        came ..."), or name the total's noun ("of the provider's homes") or the total itself
        ("of the total", when the article has one total) and end its statement with the
        window.
    """,
)
def implausible_rate(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Flags a window's share of a total that implies an implausible rate.

    ## What it does
    For a cumulative total counted over a period (a count, money or an amount: "53,000 since
    the invasion", "£3.4m since 2010", "72,000 sightings since the app launched in 2015") with
    a share of it put in a short window ("the majority of them in the past 24 hours", "half of
    it over the last quarter", "most of them over the weekend"), in the same sentence or later,
    works out the rate the window implies and compares it with the total's average rate (a
    rate the article states for the same thing, or the total over its period, with time
    expressions resolved against the publication date).

    ## Why is this bad?
    "The majority in the past 24 hours" of a total built up over seven months means a day with
    a hundred times the usual toll. Either the window or the total is wrong, or the sentence
    says something its writer did not mean.
    """
    yield from implausible_rate_flags(analysis)
