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
from typing import Any

from newslint.analysis import Analysis
from newslint.arithmetic import (
    Interval,
    half_step,
    si_interval,
    sig,
)
from newslint.reference import lookup
from newslint.report import people, sums
from newslint.report.model import Quantity
from newslint.rules import verified
from newslint.rules.conversions import conversion_flags
from newslint.rules.conversions import conversion_pairs as conversion_pairs  # for restatements
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
        checked. A conversion is the figure right after another in brackets, after "or",
        "equivalent to", or between dashes or after a comma with "about"/"roughly" ("26 miles -
        about 42km -", "€5,000, roughly £4,300") unless the words after compare the two ("about
        5km more").
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
        Two mentions are one measure only when the measurements layer reads them so: the same
        dimension (and currency); the same thing labelled (nouns folded into classes:
        scheme/plan/refurbishment, arena/venue), the same event (recaptured/retaken/took back)
        or the same counted noun with the same event (patients waiting, bridges inspected, or
        any verb the later mention's own clause repeats: "tagged 1,200 turtles" ... "the 1,500
        turtles tagged"); people by the general word and by one role ("4,700 passengers" ...
        "the 7,400 people stranded"; two roles, "employees" and "shareholders", are two groups;
        a later count narrowed by a clause of its own is a subgroup of a group only held or of
        another event); a count with no event only when both mentions are bare and the later
        points back ("has 28,000 students" ... "Its 31,000 students"); no different owner (a
        person quoted owns nothing), place or time; no word that makes either another thing
        ("a separate", "originally", "a further", "Of the people stranded", a running total
        beside a dated count); the later mention points back ("the £9.1m scheme",
        "The project, a £9.1m scheme"; a headline's figure needs no pointing back); and
        the mentions of that measure hold exactly two values, neither told as a change ("has
        since risen to"; a bound such as "more than 300" joins no two values). The same
        digits transposed ("230"/"320", figures in words too) allow a looser concept: the
        counted noun without its event, an event's figure and a label of its subject ("a
        wildfire that has burned 14,500 acres" ... "the 45,100-acre fire"), two nouns for a
        plan of spending; a figure of four or more digits with two neighbouring
        digits swapped ("176,846"/"176,486") needs no concept where the parse read none, but
        never two different ones. Transposed digits, or one digit mistyped in a figure of
        three digits or more, may also be linked by the words of their own clauses alone
        ("1.2 million customers were without power" ... "all of the 2.1 million homes that
        lost power": a content word shared beyond the two nouns, read from the parse), when
        the later mention points back, neither is a part named with "of the", the parse does
        not read two events or two named things, and neither value is printed again
        elsewhere. They contradict when their printed ranges (rounding,
        widened 10% for "about") do not meet. The finding names both mentions and why they
        were judged one measure.
    """,
)
def restatement_mismatch(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Flags one measure given two different values in one article.

    ## What it does
    Finds figures anywhere in the article, headline included, that restate one measure (the
    same thing, event or counted group, the same owner, place and time) and reports the one
    that disagrees beyond rounding: "£1.9m library refurbishment" in the headline ... "the
    £9.1m scheme"; "recaptured 2,300 square miles" ... "the 3,200 square miles retaken";
    "About 230 residents were evacuated" ... "the 320 people evacuated". Figures that agree
    after conversion (2,300 square miles and 6,000 km2) are not reported.

    ## Why is this bad?
    A reader cannot tell which figure is right; usually one is a typo (transposed digits) or a
    stale number left from an earlier version of the story.
    """
    yield from restatement_flags(analysis)


# -- NUM003 ------------------------------------------------------------------------------------

COMPARISON_SLACK = 1.5  # "the size of Wales" is loose talk: allow 1.5x beyond the ranges


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
        20,735-20,779 km2; a football pitch 5,351-8,250 m2; places rounded to whole km2 widened
        by half a km2; a small place named bare whose formal name adds its kind, "Edinburgh"
        for the City of Edinburgh, widened a tenth), with a numeral multiplier's rounding ("70"
        65-75; a word, "three times", "twice", is the multiple itself: the slack is the
        looseness of a likening); "bigger than Luxembourg" implies at least all of it,
        "as large as", "the same size as" once. A number of objects is a comparison only when
        the words say so ("the equivalent of", "an area of", "enough to fill", "the size of",
        or beside a measure: "10 sq km, roughly 1,400 football pitches"; "the club has 12
        tennis courts" counts courts). The stated figure is taken as
        printed (the writer likens the number on the page; its "about" widens nothing, the
        slack covers it); "more than" reaches up to its rounding; a printed range is itself. Fires only when the two ranges are more than
        1.5x apart. The stated figure is the one in the comparison's sentence, the only one of
        the sentence before (across a paragraph break when the comparison opens on it: "That
        is an area ...", or when its clause's subject is a definite noun, "The work, covering
        an area ...", and nothing read sets the two apart and the sentence does not sum, "In
        all"; not a subject narrowed by a clause of its own the figure's sentence never says,
        "The area planted with maize this year"), a total or the level a change reached ("has grown to 50,000
        hectares", not "grew by"); else, anywhere in the article, the figures whose event a word
        of the comparison's clauses names too (the same verb, a noun made of it, a WordNet
        synonym or kind: "scorched 12,000 hectares" ... "the burnt area"; "recaptured" ... "the
        ground retaken"), which then decide: one value, no other owner, place or time, or
        silence; or one the measurements layer reads as the same measure anywhere
        in the article (the same event or thing, no other owner, place or time, per the same
        period); or, when nothing ties the comparison to another thing, the article's only
        figure of that dimension; or, when the comparison's subject is a thing already named
        ("Covering almost three times the area of Delhi, the reserve ..."), the whole the
        article's other figures of the dimension add up to ("a core of 1,144 sq km and a buffer
        of 1,129 sq km, 2,273 sq km in all"), or the figure that sizes that very noun ("a
        9,400-acre hill estate" ... "the estate"; never a figure sizing another noun, "a
        300-hectare farm"), or the ground of an event whose subject names the comparison's
        thing ("a bushfire ... has burnt 60,000 hectares" ... "the fire zone", and no other
        word narrows it: not "the fire's evacuation zone"), or the figure sizing it as the
        whole of a share ("a third of the 180-acre lake" ... "In all, the lake spreads over");
        a comparison whose subject is counted per a period ("That daily loss would fill 180
        pools") meets only figures per that period, a flow among them ("losing 45 million
        litres a day", not "grew by"); a comparison in the headline describes the lede's first
        figure of its dimension (first two paragraphs, nothing read setting them apart, no
        time of its own but a count up to now). Several figures that disagree among
        themselves otherwise: silent.
    """,
)
def comparison_mismatch(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Flags a comparison with a reference object that contradicts the article's own figure.

    ## What it does
    For "three times the size of Wales", "an area the size of Greater London", "70 football
    pitches" or "enough to fill 400 Olympic swimming pools", looks up the reference object in
    the shipped table, works out the value the comparison implies and checks it against the
    figure the article gives for the same measure: in the same sentence, the sentence before,
    or paragraphs away ("recaptured an area three times the size of Wales" in the lede,
    "have recaptured 2,300 square miles" in paragraph five). With no figure to compare, it
    says nothing (the implied value is still in the JSON).

    ## Why is this bad?
    Comparisons are what readers remember. One that is off by a factor of ten (2,300 square
    miles is a third of Wales, not three times it) misleads more than a wrong digit.
    """
    from newslint.measurements.links import figures_for, of_its_event

    measurements = analysis.measurements
    for comparison in measurements:
        comp = comparison.quantity
        if comparison.role != "comparison" or comp.implied_low is None or comp.implied_high is None:
            continue
        if comp.multiplier is not None and comp.multiplier <= 0:
            continue  # "0 times the size of Wales" implies no size to check against
        described = figures_for(measurements, comparison)
        if described is None:
            continue
        implied = _implied_range(comp, _short_of(analysis.text, comp.start))
        checks = []
        for m in described.figures:
            stated_si = _as_compared(m.quantity)
            checks.append((stated_si.gap_ratio(implied), m.quantity, stated_si))
        if min(c[0] for c in checks) <= COMPARISON_SLACK:
            fits = min(checks, key=lambda c: c[0])[1]
            yield verified.comparison_agrees(comp, fits, implied)
            continue
        if any(
            _as_compared(m.quantity).gap_ratio(implied) <= COMPARISON_SLACK
            for m in of_its_event(measurements, comparison)
        ):
            continue  # another figure of its event fits: the one it describes, read apart
        # every figure disagrees: report the first, the one printed as the article's own
        gap, stated, stated_si = checks[0]
        yield _comparison_flag(comp, stated, stated_si, implied, gap, described.why)


def _as_compared(q: Quantity) -> Interval:
    """The stated figure a comparison is judged against: the value as printed (a writer likens
    the number on the page: "300 hectares, about 420 football pitches" is worked from 300, not
    from anything that rounds to it). Its own "about" widens nothing: the slack is the one
    allowance for a loose likening, and stacking the figure's "about" on it let "about 1,900
    sq km, more than twice the size of" a 1,484 sq km place pass. A printed range is itself.
    "More than 25 million litres" reaches up to its rounding, as in a news sentence "more
    than" is a little more, not any amount: the slack covers the rest."""
    rounding = si_interval(q)
    if q.si_value is None or q.low is not None or q.high is not None:
        return rounding
    if q.approx in (">", ">="):
        return Interval(q.si_value, max(q.si_value, rounding.high))
    if q.approx in ("<", "<="):
        return Interval(min(q.si_value, rounding.low), q.si_value)
    return Interval(q.si_value, q.si_value)


# "almost three times", "nearly as large as": at most the multiple said, never above it
_SHORT_OF = re.compile(
    r"\b(?:almost|nearly|not\s+quite|just\s+under|just\s+short\s+of|a\s+little\s+under)\s+$",
    re.I,
)


def _short_of(text: str, start: int) -> bool:
    return _SHORT_OF.search(text, max(0, start - 20), start) is not None


def _implied_range(comp: Quantity, short_of: bool = False) -> Interval:
    low, high = comp.implied_low or 0.0, comp.implied_high or 0.0
    # "bigger than Luxembourg": at least all of it; "smaller than Manhattan": at most all of it
    if comp.approx in (">", ">="):
        return Interval(low, math.inf)
    if comp.approx in ("<", "<="):
        return Interval(0.0, high)
    mult = comp.multiplier if comp.multiplier is not None else 1.0
    if mult <= 0:
        return Interval(low, high)
    lo_m, hi_m = _multiplier_range(comp, mult)
    if short_of:
        hi_m = min(hi_m, mult)
    return Interval(low / mult * lo_m, high / mult * hi_m)


def _multiplier_range(comp: Quantity, mult: float) -> tuple[float, float]:
    """A numeral multiple is read to its printed digits ("300 football pitches" 250-350); a
    word ("three times", "twice", "half") or none ("the size of") is the multiple itself: the
    slack is the looseness of a likening, and widening the word as well let "about the size
    of" pass for half or twice the place."""
    numeral = re.search(r"\d[\d,]*(?:\.\d+)?", comp.text)
    if numeral:
        try:
            number = float(numeral.group(0).replace(",", ""))
        except ValueError:
            number = 0.0
        if number and abs(number - mult) / mult < 0.01:
            half = half_step(numeral.group(0))
            return mult - half, mult + half
        return mult * 0.8, mult * 1.2  # "40 per cent of Wales": the share's own words
    return mult, mult


def _comparison_flag(
    comp: Quantity, stated: Quantity, stated_si: Interval, implied: Interval, gap: float, why: str
) -> Flag:
    unit, factor = _display_unit(comp.dimension or "", implied)
    ref_low = (comp.implied_low or 0) / (comp.multiplier or 1.0)
    ref_high = (comp.implied_high or 0) / (comp.multiplier or 1.0)
    stated_value = stated.si_value if stated.si_value is not None else stated_si.mid
    ratio = stated_value / ((ref_low + ref_high) / 2) if ref_high else math.inf
    ref = lookup(comp.reference or "", comp.dimension)
    name = ref.name if ref else comp.reference or "the reference"
    shown, end = _comparison_words(comp)
    # the figures the message, the evidence and the working all give
    implied_shown: list[float | None] = [
        sig(implied.low / factor, 5) if implied.low else None,
        sig(implied.high / factor, 5) if math.isfinite(implied.high) else None,
    ]
    stated_figure = sig(stated_value / factor, 4)
    evidence: dict[str, Any] = {
        "multiplier": comp.multiplier,
        "reference": name,
        "reference_source": ref.source if ref else None,
        f"reference_{unit}": [sig(ref_low / factor, 5), sig(ref_high / factor, 5)],
        # an open side ("bigger than Luxembourg") is null: JSON has no infinity
        f"implied_{unit}": implied_shown,
        f"stated_{unit}": stated_figure,
        f"stated_range_{unit}": stated_si.scaled(1 / factor).rounded(),
        "stated": stated.text,
        "ratio": sig(ratio, 2),
        "times_apart": sig(gap, 3),
        "slack": COMPARISON_SLACK,
        "why": why,
    }
    evidence["working"] = sums.comparison(evidence, {})
    # the message gives the sum's figures, in people's units ("km²", "0.29 × Wales")
    shown_unit = sums.key_unit(unit)
    stated_shown = people.with_unit(people.number(stated_figure), shown_unit)
    return Flag(
        start=comp.start,
        end=end,
        message=f"'{shown}' implies {_implied_words(implied_shown, shown_unit)}, but the article "
        f"gives '{stated.text}' ({stated_shown}, {people.multiple(sig(ratio, 2), name)})",
        related=((stated.start, stated.end),),
        evidence=evidence,
    )


def _implied_words(implied: list[float | None], shown_unit: str) -> str:
    """ "62,205-62,337 km²", "more than 2,586 km²", "less than 43.75 km²": the evidence's
    figures, as the working gives them."""
    low, high = implied
    if high is None:
        return f"more than {people.with_unit(people.number(low or 0), shown_unit)}"
    if not low:
        return f"less than {people.with_unit(people.number(high), shown_unit)}"
    return people.with_unit(f"{people.number(low)}-{people.number(high)}", shown_unit)


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
    if dimension == "mass":
        return ("t", 1e3) if implied.high >= 1e4 else ("kg", 1.0)
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
        Across sentences, a part is tied to its whole through its "of"/"among" phrase, read
        from the parse ("About 4,100 of them", "Of those pupils, ...", "140 of the schools
        surveyed", "were among those killed", "of which"): the whole is an earlier count or
        amount with the same noun, the same event verb, a verb the noun is made from
        ("notified" for "the notifications") or, for a pronoun, any figure of its paragraph or
        the one before; the part fires only when it (or the parts side by side in its clause,
        each saying the same kind of thing) is larger than every such whole, with no narrower
        phrase ("of the bridges in the county"), other time or floor ("at least 64") that
        would explain it. What "including" lists is a part of the figure it hangs on. Answers
        spread over the article are summed only when they exclude each other (for/against/undecided,
        lower/same/higher, too high/about right/too low, within/beyond one limit, upheld/not
        upheld ("sustained", "unfounded"), passed/failed, satisfied/dissatisfied; the answer
        read after the share or from the verb before it: "approved 72% of them"), "the
        remaining", each candidate's share of a vote), of one group, within four paragraphs,
        with no answer given twice and no word allowing several answers ("cited", "could name
        up to three"); the sum uses each share's lowest rounding. Counts listed as parts of one
        whole are summed only when they exclude each other: each added to the last ("Of those,
        180 were razed. A further 95 ...") or each stating what it is in the sentence that opens
        on the whole ("Of the 1,450 fires, 870 were ... and 690 were ..."), with no word that
        lets them overlap ("also", "both", "including"). Parts are also summed where the article
        says they make up the whole: around "the remaining" / "the remainder" (counts then read
        exactly: the remaining figure is the writer's own subtraction), after "split between",
        "a breakdown of", a colon or a list right after the whole ("employs 1,200 people, 700
        in Leeds and 620 in Hull"); a mix of shares with one "the rest"; a side's wins, draws
        and defeats against its games; candidates' votes against the votes cast; a count
        narrowed to one kind of its things ("1,510 complaints related to ...") against the one
        count of those things before it. Another time, a wider place, a part inside another
        ("alone", "including 260") or the whole said again keeps them apart.
    """,
)
def impossible_share(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Flags parts larger than their whole, shares of one whole adding up past 100%, and a part
    that is both a majority and a minority of one whole.

    ## What it does
    Reads "Of the 340 roads ..., 410 were ...", "2,000 staff, 2,500 of them in Wales",
    "410 of the 340 roads", "120% of voters", and lists of shares of one whole ("45% said
    poor, 40% acceptable and 25% good") and reports the impossible ones, also when the part
    and its whole, or the answers of one poll, sit sentences or paragraphs apart ("surveyed
    90 schools" ... "140 of the schools surveyed"; "Fifty-eight per cent supported the levy"
    ... "Another 39 per cent were opposed" ... "The remaining 12 per cent"). Also finds one part
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
        "the bulk", "a large majority", "the greater part" more than 50%, "the vast majority"
        75%, "almost all" 80%; "nearly half" 40%; "nine in ten" 85%, "two in three" 50%
        (N less a half, over M); "80%" 79.5%; a figure, "70,000 of them", "with 45,000",
        "of which 30,000",
        "£1.6m of that", "more than R4 billion of the amount", as its lowest over the total's highest, counted only from a quarter of
        the total: a small part in a window is a spike, the news itself) and the total at the
        lowest its rounding
        allows, a round figure at most 25% below itself ("some 1,000" is at least 750, less
        10% for "some"). Fires when the window's rate is at least 8 times the total's
        average rate: the highest average the article states for the same thing ("about 40
        parcels a day", "takings have averaged about £4,000 a day", "roughly once a month,
        usually carrying 30 to 40", taken at their highest), else the total over its period
        ("since the invasion": from the shipped date of the event; "since 12 July", "since
        the service opened in June 2018", "since its founding", "since the launch" with the
        founding year given in the article, "since the earthquake" with the one date the
        article's other sentences on it give, "since it began three years ago", "since last year" (its first day),
        "over the past five years", "this year", "over about 15 years", "In the five years
        since it opened", "over its 15-year history", "since the new year", "Since then" or
        "has since" after a sentence that gives one year, from that year's end: from that date
        to publication; "so far",
        "to date": no length). With no published date only a stated average gives a rate.
        The window ("in the past 24 hours", "over the weekend", "since Friday", "since the
        weekend", "in just two days", "in a single day", "in the space of a week", "on
        Sunday", "on 3 March" (a day at most 92 days before publication), "last night", "in
        January", "this spring", "over the summer" (at most 92 days; not "over the summer of
        1976"), "in the past breeding season" (one season of an activity, at most a year),
        "since last summer" (from the start of the last such season to end at least 92 days
        before publication), "in a matter of days" or "weeks" (14, 70 days); "in recent days", "weeks", "months" at their
        longest: 7, 56, 183 days; "between Friday and Sunday" and "in the week to Sunday" 7
        days, "in the last couple of weeks" three weeks, "in a single weekend" three days)
        must be shorter than the period and inside it.
        The share must name its total in its own phrase ("More than 80% of the 5,000
        signatures collected since 2019 came in ...", "Of the 12,000 homes built since 2010,
        more than half went up in ..."), or follow its total in the same sentence with no other figure between,
        open the next sentence ("Most of them came ...", "Of those, most ...", "The majority
        came ..."), or name the total's noun ("of the provider's homes", "of all the
        passengers it has carried"; "its 40 millionth passenger" counts 40 million) or the total itself
        ("of the total", "that tally", when the article has one total; "the total amount" the
        one total of money, "the donations" or "the takings" the one running total of money; "those downloads" the one total whose sentence says
        "downloaded"; "those infections" or "that output", a demonstrative and a noun the
        article has not said before, the article's only total before it, of the same WordNet
        class, things for "those", an amount for "that"; "those animals" or "those
        inoculations", a general word for the total's noun or a noun sharing a WordNet sense
        with its verb, the one value among the totals before it so named; a "weekly tally" is
        a rate, not a total, and so is the figure a sentence calls its average, "an average
        of about 560,000 a year", not the total beside it) and end its statement with the window. Paragraphs on (at most three), "them"
        or "it" is tied to the last total before it only with no figure between and the
        share's own verb said of the total ("handed over" ... "handed in") or the total's
        noun the last plural noun before "them" (speakers left out); "the grants" to
        the one total whose things each "received a grant". A launch said without "since"
        ("launched in 2021, has now gathered") starts the period only where the sentence
        counts up to now; "since it opened" with no date has no length. A level grown from a
        base under half of it since a year ("12,400 ports, up from fewer than 100 in 2011")
        is counted over that period.
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
