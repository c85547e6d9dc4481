"""NUM001's arithmetic: a figure and its stated conversion, judged against the conversion's own
rounding.

Writers convert the figure they print: "10 miles" is 16.09km, so "(16km)" and "(15km)" are
conversions of it and "(10km)" is not, although a bare "10km" could round from anything between
5 and 15. So the first figure is read as printed, to its last digit (zeros included), converted,
and the result must round to the bracketed figure. Sometimes the bracket holds the source and the
first figure was rounded from it ("20 miles (35km)": 35km is 21.7 miles); that reading is tried
too, with the first figure's rounding capped at a quarter of its value ("10" stands for 7.5-12.5,
never 5-15). A conversion fires only when neither reading holds.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from newslint.analysis import Analysis
from newslint.arithmetic import (
    MONEY_DRIFT,
    Interval,
    RateRange,
    is_temperature,
    last_digit_step,
    numerals,
    printed,
    rate_range,
    si_factor,
    sig,
    to_kelvin,
)
from newslint.extract.conversion_gaps import CONVERSION_GAP, LOOSE_CONVERSION_GAP
from newslint.extract.units import CURRENCY_WORDS, UNITS, to_si
from newslint.report import people
from newslint.report.model import Quantity, Severity
from newslint.rules import verified
from newslint.rules.registry import Flag, Verified

MEASURE_DIMENSIONS = {
    "length",
    "area",
    "volume",
    "mass",
    "temperature",
    "speed",
    "energy",
    "power",
    "pressure",
}
CONVERSION_SLACK = 0.01  # on top of all rounding: pint's factors against a writer's calculator
AMBIGUOUS_UNIT_SLACK = 0.21  # US and imperial gallons, short and long tons differ by up to 20%
TEMPERATURE_SLACK = 1.0  # degrees of the conversion's unit: some writers truncate 82.4F to 83F
ROUNDING_CAP = 0.25  # a round figure a conversion came from stands for at most +-25% of itself
TEMPERATURE_CAP = 2.5  # ... and a round temperature for at most +-2.5 degrees ("40C": 37.5-42.5)

_COMPARED_AFTER = re.compile(  # read with match(text, pos): no "^"
    r"\s*(?:more|less|fewer|further|farther|longer|shorter|higher|lower|bigger|smaller|than|"
    r"of which|short|up|down|over|under|above|below|ahead|behind)\b",
    re.I,
)
# "a 19.85-meter throw (56 feet, 1 inch)": the compound's noun stands between the two figures
_COMPOUND_GAP = re.compile(r"^\s+[a-z]+\s*\(\s*(?:about|around|roughly|some|nearly|almost)?\s*$")
_COMPOUND = re.compile(r"\d\s*-\s*[a-z]", re.I)
# units whose size depends on the country: US/imperial gallons differ by 20%, short/long tons
_AMBIGUOUS_UNIT = re.compile(r"gal|(?<!metric_)ton(?!ne)|pint|quart|cup|barrel|bbl|ounce|oz", re.I)
# the words that make a temperature a difference, which has no +32: "rose by 3C (5.4F)",
# "2C (3.6F) warmer", "limit warming to 1.5C (2.7F)", "a 10C (18F) swing"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:by|warming|warmed|heating|cooling|rise|rises|increase|increases|jump|drop|drops|fall|"
    r"falls|difference|differences|swing|swings|change|changes|anomaly|anomalies|variation|gap)"
    r"\b[^.!?;\n]{0,25}$",
    re.I,
)
_DIFFERENCE_AFTER = re.compile(
    r"^\W{0,3}\s*(?:warmer|colder|cooler|hotter|higher|lower|above|below|more|less|up|down|"
    r"rise|increase|drop|fall|jump|difference|change|swing|of\s+warming|warming|cooling|"
    r"target|goal|limit|threshold|ceiling|cap)\b"
    r"|.{0,60}\bpre-?industrial\b",  # "1.5C (2.7F) ... since pre-industrial times"
    re.I,
)


def conversion_pairs(quantities: list[Quantity], text: str) -> Iterator[tuple[Quantity, Quantity]]:
    """A figure and the conversion printed right after it: "30cm (12in)", "£1bn ($1.17bn)",
    "a 19.85-meter throw (65 feet)"; and an amount restated at an exchange rate, in its own
    sentence or later in the same one."""
    for a, b in itertools.pairwise(quantities):
        gap = text[a.end : b.start]
        loose = LOOSE_CONVERSION_GAP.match(gap) and not _COMPARED_AFTER.match(text, b.end)
        if b.start < a.end or not (
            CONVERSION_GAP.match(gap)
            or loose
            or (_COMPOUND_GAP.match(gap) and _COMPOUND.search(a.text))
        ):
            continue
        if _convertible(a, b):
            yield a, b
    for a, b in _restated_at_a_rate(quantities, text):
        if _convertible(a, b):
            yield a, b


def _convertible(a: Quantity, b: Quantity) -> bool:
    """Two figures one can be a conversion of the other: money in two currencies, or one
    measure in two units."""
    # the change ("dropped 30cm (12in)") belongs to both; only the first may carry it
    if "comparison" in (a.kind, b.kind) or "vague" in (a.kind, b.kind):
        return False
    if a.value is None or b.value is None:
        return _ranges(a, b) and a.kind == b.kind == "measure" and _convertible(*_ends(a, b)[0])
    if a.kind == "money" and b.kind == "money":
        # "$1.50 a litre ($5.68 a gallon)": a price converted by its unit, its currency or both
        per = _per_factor(a, b)
        return bool(
            a.currency and b.currency and per and (a.currency != b.currency or per[0] != 1.0)
        )
    return bool(
        a.kind == b.kind == "measure"
        and _per_factor(a, b)  # "3 tonnes a hectare (1.3 tons an acre)": per units convert too
        and a.dimension == b.dimension
        and a.dimension in MEASURE_DIMENSIONS
        and a.unit
        and b.unit
        and a.unit != b.unit
    )


# "fined R1.5-million. At Friday's exchange rate that is roughly US$8,000": the words of a
# currency conversion, and the verb that makes the amount after them a restatement of the one
# before ("that is", "works out to", "equivalent to"), not a second amount
_RATE_PHRASE = (
    r"\bat\s+(?:(?:[\w'\u2019]+\s+){0,3}(?:exchange|conversion)\s+rates?|(?:the\s+)?(?:current|"
    r"today's|present|prevailing|market)\s+rates?)\b"
)
_AT_A_RATE = re.compile(rf"{_RATE_PHRASE}[^.;!?\n]{{0,80}}$", re.I)  # before the amount
_AT_A_RATE_AFTER = re.compile(rf"\s*,?\s*{_RATE_PHRASE}", re.I)  # "$80,000 at current rates"
_RESTATING = re.compile(
    r"\b(?:is|was|comes\s+to|came\s+to|amounts\s+to|amounted\s+to|works\s+out\s+(?:at|to)|"
    r"worked\s+out\s+(?:at|to)|equals|equalled|equaled|(?:the\s+)?equivalent\s+(?:to|of)|"
    r"converts\s+to|translates\s+(?:in)?to|roughly|about|around|approximately|some)\s+"
    r"(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under)?\s*$",
    re.I,
)
# words that make the second amount another thing's: "a similar contract in Kenya was worth"
_ANOTHER_THING = re.compile(
    r"\b(?:another|other|others|similar|rival|rivals|compared|whereas|while|than|against|"
    r"versus|vs)\b",
    re.I,
)
_RESTATED_WITHIN = 250  # characters: the amount's own sentence or the next


def _restated_at_a_rate(
    quantities: list[Quantity], text: str
) -> Iterator[tuple[Quantity, Quantity]]:
    """An amount restated in another currency "at current exchange rates", in the same sentence
    or the next: the last amount before it, with no other amount and at most one sentence end
    between them, and nothing after it comparing the two."""
    last_money: Quantity | None = None
    for q in quantities:
        if q.kind != "money":
            continue
        a, last_money = last_money, q
        if a is None or q.start - a.end > _RESTATED_WITHIN:
            continue
        gap = text[a.end : q.start]
        if (
            (_AT_A_RATE.search(gap) or _AT_A_RATE_AFTER.match(text, q.end))
            and _RESTATING.search(gap)
            and len(_SENTENCE_END.findall(gap)) <= 1  # a paragraph break is one too
            and not CONVERSION_GAP.match(gap)  # read above
            and not _ANOTHER_THING.search(gap)
            and not _COMPARED_AFTER.match(text, q.end)
        ):
            yield a, q


_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])|\n\s*")


def conversion_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    """NUM001's findings and, for each conversion that agrees, a ``Verified`` record with its
    working (the report's "checks that passed")."""
    undated_money: list[tuple[Quantity, Quantity]] = []
    for a, b in conversion_pairs(analysis.quantities, analysis.text):
        if a.kind == "money":
            flag = _money_flag(a, b, analysis)
            if analysis.article.published is None and a.currency != b.currency:
                undated_money.append((a, b))
        elif a.value is None:
            flag = _range_flag(a, b, analysis.text)
        else:
            flag = _measure_flag(a, b, analysis.text)
        if flag:
            yield flag
    if undated_money:
        a, b = undated_money[0]
        yield Flag(
            start=a.start,
            end=b.end,
            message=f"{people.plural(len(undated_money), 'money conversion')} checked against "
            "every ECB rate since 1999: the article has no published date; give one "
            "(--published) for a check at the day's rate",
            related=tuple((x.start, y.end) for x, y in undated_money[1:]),
            evidence={
                "money_conversions": len(undated_money),
                "published": None,
                "working": [
                    "the article gives no published date, so the day's rate is unknown",
                    "each conversion is checked against the lowest and highest ECB rates "
                    f"since 1999, plus {people.number(MONEY_DRIFT * 100)}% drift: only a "
                    "conversion wrong at every rate fires",
                ],
            },
            severity=Severity.INFO,
        )


# periods of a flow that convert exactly (a month or a year does not: 4 or 4.33 weeks?)
_CLOCK_UNITS = {"second", "minute", "hour"}


def _per_factor(a: Quantity, b: Quantity) -> tuple[float, bool] | None:
    """How many times ``a``'s unit of sale ``b``'s is ("a litre" to "a gallon": 3.785), and
    whether the size of either unit depends on the country; None when the two are sold by
    different things ("a night" and "a person") or only one names its unit."""
    if a.per == b.per:
        return 1.0, False
    unit_a, unit_b = UNITS.get(a.per or ""), UNITS.get(b.per or "")
    if unit_a is None or unit_b is None or unit_a.dimension != unit_b.dimension:
        return None
    clock = {a.per, b.per} <= _CLOCK_UNITS  # "20 litres a second (317 gallons a minute)"
    if (unit_a.dimension not in MEASURE_DIMENSIONS and not clock) or unit_a.offset or unit_b.offset:
        return None
    return unit_b.factor / unit_a.factor, bool(_AMBIGUOUS_UNIT.search(f"{a.per} {b.per}"))


# -- ranges ------------------------------------------------------------------------------------


def _ranges(a: Quantity, b: Quantity) -> bool:
    """Both figures are ranges of two printed numerals: "25-28C (77-82F)"."""
    return all(
        q.value is None and q.low is not None and q.high is not None and len(numerals(q.text)) == 2
        for q in (a, b)
    )


def _ends(a: Quantity, b: Quantity) -> list[tuple[Quantity, Quantity]]:
    """The low ends of two ranges, then their high ends, each a figure of its own."""
    return [(_end(a, 0), _end(b, 0)), (_end(a, 1), _end(b, 1))]


def _end(q: Quantity, which: int) -> Quantity:
    value = q.low if which == 0 else q.high
    factor = None if is_temperature(q) else to_si(1.0, q.unit or "")
    return q.model_copy(
        update={
            "text": numerals(q.text)[which] + _unit_words(q.text),
            "value": value,
            "low": None,
            "high": None,
            "si_value": None if factor is None or value is None else value * factor,
        }
    )


def _unit_words(text: str) -> str:
    """What follows a range's last numeral, its unit as printed: "25-28C" -> "C"."""
    last = numerals(text)[-1]
    return text[text.rfind(last) + len(last) :]


def _range_flag(a: Quantity, b: Quantity, text: str) -> Flag | Verified | None:
    """A range and its converted range ("25-28C (77-82F)"): each end must convert; the first end
    that does not is the finding, on the whole printed range."""
    for end_a, end_b in _ends(a, b):
        found = _measure_check(end_a, end_b, text)
        if isinstance(found, _Miss):
            flag = _conversion_flag(end_a, end_b, *found)
            return dataclasses.replace(
                flag,
                start=b.start,
                end=b.end,
                message=f"'{b.text}' is not a conversion of '{a.text}': its end "
                f"'{end_b.text}' is no conversion of '{end_a.text}': {found.detail}"
                + _scale_hint(found.ratio),
                related=((a.start, a.end),),
            )
    return None


# -- the two readings of a figure -------------------------------------------------------------


def as_converted(q: Quantity) -> Interval:
    """The figure as its writer had it when converting it: rounded only in its last digit."""
    return _not_below_zero(q, printed(q, last_digit_step))


def _not_below_zero(q: Quantity, interval: Interval) -> Interval:
    """A figure of nought or more that is not a temperature stands for nothing below zero."""
    if is_temperature(q) or interval.low >= 0 or (q.low if q.low is not None else q.value or 0) < 0:
        return interval
    return Interval(0.0, interval.high)


def as_rounded(q: Quantity, capped: bool = False) -> Interval:
    """Everything the printed figure may have been rounded from ("6,000": 5,500-6,500); with
    ``capped``, a round figure stands for at most a quarter either way, as a writer rounding a
    conversion would ("10": 7.5-12.5). A round temperature is always capped at 2.5 degrees."""
    interval = _not_below_zero(q, printed(q))
    low = q.low if q.low is not None else q.value
    high = q.high if q.high is not None else q.value
    if low is None or high is None:
        return interval
    if is_temperature(q):
        low_cap = high_cap = TEMPERATURE_CAP
    elif capped:
        low_cap, high_cap = ROUNDING_CAP * abs(low), ROUNDING_CAP * abs(high)
    else:
        return interval
    return Interval(max(interval.low, low - low_cap), min(interval.high, high + high_cap))


def _loosened(interval: Interval, q: Quantity, slack: float) -> Interval:
    """``interval`` (in ``q``'s unit) widened by the slack: relative, or degrees for temperatures."""
    if is_temperature(q):
        return Interval(interval.low - TEMPERATURE_SLACK, interval.high + TEMPERATURE_SLACK)
    return Interval(
        interval.low - slack * abs(interval.low), interval.high + slack * abs(interval.high)
    )


def _to_si(q: Quantity, interval: Interval, difference: bool = False) -> Interval:
    """An interval in ``q``'s unit, in SI units (kelvin for temperatures; a temperature
    ``difference`` has no offset)."""
    if is_temperature(q):
        unit = q.unit or "degC"
        k0 = 0.0 if difference else to_kelvin(0.0, unit)
        per = to_kelvin(1.0, unit) - to_kelvin(0.0, unit)
        return Interval(k0 + interval.low * per, k0 + interval.high * per)
    return interval.scaled(si_factor(q) or 1.0)


def _in_unit_of(q: Quantity, si: Interval, difference: bool = False) -> Interval:
    if is_temperature(q):
        unit = q.unit or "degC"
        k0 = 0.0 if difference else to_kelvin(0.0, unit)
        per = to_kelvin(1.0, unit) - to_kelvin(0.0, unit)
        return Interval((si.low - k0) / per, (si.high - k0) / per)
    return si.scaled(1 / (si_factor(q) or 1.0))


# -- measures ----------------------------------------------------------------------------------


class _Miss(NamedTuple):
    """A conversion that does not hold: what the first figure converts to (the finding's
    detail), the printed / expected ratio and the evidence."""

    detail: str
    ratio: float | None
    evidence: dict[str, object]


def _measure_flag(a: Quantity, b: Quantity, text: str) -> Flag | Verified:
    found = _measure_check(a, b, text)
    return _conversion_flag(a, b, *found) if isinstance(found, _Miss) else found


def _measure_check(a: Quantity, b: Quantity, text: str) -> Verified | _Miss:
    """Does measure ``b`` convert ``a`` (either way round, within the rounding of both)?"""
    factor, ambiguous_per = _per_factor(a, b) or (1.0, False)
    ambiguous = ambiguous_per or _AMBIGUOUS_UNIT.search(f"{a.unit} {b.unit}")
    slack = AMBIGUOUS_UNIT_SLACK if ambiguous else CONVERSION_SLACK
    # a temperature the words make a difference may also be read without the +32
    readings = [False, True] if is_temperature(a) and _said_as_difference(a, b, text) else [False]
    tried: dict[bool, Interval] = {}
    for difference in readings:
        # the first figure as printed, converted: does it round to the conversion?
        expected = _in_unit_of(b, _to_si(a, as_converted(a), difference), difference)
        expected = expected.scaled(factor)  # per the conversion's unit: "an acre"
        tried[difference] = expected
        if _loosened(expected, b, slack).overlaps(as_rounded(b)):
            return verified.conversion_agrees(a, b, _point(a, b, difference), difference)
        # the conversion as printed, converted back: does the first figure round from it?
        reverse = _in_unit_of(a, _to_si(b, as_converted(b), difference), difference)
        reverse = reverse.scaled(1 / factor)
        if _loosened(reverse, a, slack).overlaps(as_rounded(a, capped=True)):
            return verified.conversion_agrees(
                a, b, _point(a, b, difference), difference, (reverse, as_rounded(a, capped=True))
            )
    ratio = _ratio(printed(b), expected)
    evidence: dict[str, object] = {
        "stated_range": as_converted(a).rounded(),
        "expected_range": expected.rounded(),
        "printed_range": as_rounded(b).rounded(),
        "unit": b.unit,
        "reverse_range": reverse.rounded(),
        "stated_rounding": as_rounded(a, capped=True).rounded(),
        "slack": TEMPERATURE_SLACK if is_temperature(a) else slack,
        "ratio": _sig_or_none(ratio),
    }
    if is_temperature(a):
        evidence["temperature_difference"] = difference  # the last reading tried
    evidence["working"] = _measure_working(a, b, tried, reverse, slack, _sig_or_none(ratio))
    detail = f"'{a.text}' is {_range(expected, b, '-')}" + (
        " as a difference" if difference else ""
    )
    return _Miss(detail, ratio, evidence)


def _range(interval: Interval, q: Quantity, dash: str = "–") -> str:
    """A range in ``q``'s unit as people write it: "9.8–13.8 in", "103–105°F"."""
    return people.span(interval.low, interval.high, people.unit(q.unit), dash)


def _point(a: Quantity, b: Quantity, difference: bool) -> float:
    """``a``'s printed value in ``b``'s unit: "5C" -> 41 (°F); 3 (°C) as a difference -> 5.4."""
    value = a.value if a.value is not None else as_converted(a).mid
    return _in_unit_of(b, _to_si(a, Interval(value, value), difference), difference).mid


def _slack_words(q: Quantity, slack: float) -> str:
    if is_temperature(q):
        return f"its rounding, plus {people.number(TEMPERATURE_SLACK)} degree"
    return f"its rounding, plus {people.number(slack * 100)}% slack"


def _measure_working(
    a: Quantity,
    b: Quantity,
    tried: dict[bool, Interval],
    reverse: Interval,
    slack: float,
    ratio: float | None,
) -> list[str]:
    """NUM001's sum for a measure, with the figures of its message: the first figure
    converted, the conversion's rounding, and the other way round."""
    difference = max(tried)  # the last reading tried, the one the message gives
    expected = tried[difference]
    as_read = as_converted(a)
    read = _range(as_read, a)
    first = f"'{a.text}'" + (f" (read to its last digit, {read})" if "–" in read else "")
    how = " as a difference (no +32)" if difference else ""
    lines = [
        f"{first} converted{how}: {_range(expected, b)}",
        f"'{b.text}' stands for {_range(as_rounded(b), b)} "
        f"({_slack_words(b, slack)}): the two do not meet",
        f"the other way, '{b.text}' converted back is {_range(reverse, a)}, outside "
        f"{_range(as_rounded(a, capped=True), a)}, the most '{a.text}' may be rounded from",
    ]
    if difference:
        lines.append(
            f"read as a level (with the +32), '{a.text}' is {_range(tried[False], b)}: "
            "no match either"
        )
    if ratio is not None and not is_temperature(a):  # a ratio of kelvins means nothing
        lines.append(f"the printed conversion is {people.times(ratio)} what it should be")
    return lines


def _said_as_difference(a: Quantity, b: Quantity, text: str) -> bool:
    """A temperature the words make a difference: a change ("rose by 3C (5.4F)"), a comparison
    ("2C (3.6F) warmer", "above average") or a difference noun ("warming of 1.5C (2.7F)")."""
    if a.change or b.change:
        return True
    window = max(0, a.start - 60)
    line_start = max(text.rfind("\n", window, a.start), text.rfind(". ", window, a.start)) + 1
    before = text[max(line_start, window) : a.start]
    after = text[b.end : b.end + 70]
    return bool(_DIFFERENCE_BEFORE.search(before) or _DIFFERENCE_AFTER.match(after))


def _ratio(printed_conversion: Interval, expected: Interval) -> float | None:
    """How many times the expected value the printed conversion is; None when the expected
    range straddles zero ("£0 ($5)"), where no ratio means anything."""
    if expected.low <= 0 <= expected.high or not expected.mid:
        return None
    return printed_conversion.mid / expected.mid


def _conversion_flag(
    a: Quantity, b: Quantity, detail: str, ratio: float | None, evidence: dict[str, object]
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


def _sig_or_none(x: float | None) -> float | None:
    return None if x is None else sig(x, 3)


def _scale_hint(ratio: float | None) -> str:
    """A factor near a thousand or a million apart is a missing or extra 'm'/'bn'."""
    if ratio is None:
        return ""
    for factor, word in ((1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion")):
        for r in (ratio, 1 / ratio if ratio else 0.0):
            if factor / 3 <= r <= factor * 3:
                return f" (about {word} times apart: a missing or extra scale word?)"
    return ""


# -- money -------------------------------------------------------------------------------------

# currency words several countries use: without a symbol or code the currency is a guess, unless
# the article names only one of the countries that use it
_AMBIGUOUS_CURRENCY = re.compile(
    r"peso|franc|dinar|rupee|kron(?!or\b)|shilling|rial|riyal|dirham|pound(?!s? sterling)|dollar",
    re.I,
)
_CURRENCY_MARK = re.compile(r"[£$€¥₹]|\b[A-Z]{3}\b")
_QUALIFIED_CURRENCY = re.compile(
    "|".join(re.escape(w) for w in CURRENCY_WORDS if " " in w and w != "pounds sterling"), re.I
)
_COUNTRY_CURRENCIES: dict[str, dict[str, str]] = {
    "peso": {"mexic": "MXN", "philippin": "PHP", "manila": "PHP", "argentin": "ARS",
             "chile": "CLP", "colombia": "COP", "uruguay": "UYU", "cuba": "CUP",
             "dominican": "DOP"},
    "rupee": {"india": "INR", "delhi": "INR", "mumbai": "INR", "pakistan": "PKR",
              "sri lanka": "LKR", "nepal": "NPR", "mauritius": "MUR"},
    "kron": {"swed": "SEK", "stockholm": "SEK", "norw": "NOK", "oslo": "NOK", "denmark": "DKK",
             "danish": "DKK", "copenhagen": "DKK", "iceland": "ISK", "czech": "CZK"},
    "franc": {"swiss": "CHF", "switzerland": "CHF", "zurich": "CHF", "geneva": "CHF"},
    "dirham": {"emirat": "AED", "dubai": "AED", "abu dhabi": "AED", "sharjah": "AED",
               "uae": "AED", "morocc": "MAD", "rabat": "MAD", "casablanca": "MAD"},
    "riyal": {"saudi": "SAR", "riyadh": "SAR", "jeddah": "SAR", "qatar": "QAR", "doha": "QAR",
              "yemen": "YER"},
    "rial": {"oman": "OMR", "muscat": "OMR", "iran": "IRR", "tehran": "IRR"},
    "dollar": {"australia": "AUD", "canada": "CAD", "canadian": "CAD", "new zealand": "NZD",
               "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
               "united states": "USD", "u.s.": "USD", "american": "USD"},
}  # fmt: skip


def _money_flag(a: Quantity, b: Quantity, analysis: Analysis) -> Flag | Verified | None:
    currencies = [_currency(q, analysis.text) for q in (a, b)]
    if None in currencies:
        return None
    source, target = currencies
    if source == target:
        rates: RateRange | None = RateRange(source or "", target or "", 1.0, 1.0, "one currency")
    else:
        rates = rate_range(source or "", target or "", analysis.article.published)
    per = _per_factor(a, b)
    if rates is None or per is None:
        return None
    factor, ambiguous = per
    drift = (MONEY_DRIFT if source != target else 0.0) + (
        AMBIGUOUS_UNIT_SLACK if ambiguous else 0.0
    )
    drift = drift or CONVERSION_SLACK
    # in major units: "53p" is 0.53 GBP; per the conversion's unit of sale: "a gallon"
    stated = as_converted(a).scaled((si_factor(a) or 1.0) * factor)
    expected = Interval(stated.low * rates.low, stated.high * rates.high).widened(drift)
    if expected.overlaps(as_rounded(b).scaled(si_factor(b) or 1.0)):
        return verified.money_agrees(a, b, rates)
    back = as_converted(b).scaled((si_factor(b) or 1.0) / factor)
    reverse = Interval(back.low / rates.high, back.high / rates.low).widened(drift)
    rounding = as_rounded(a, capped=True).scaled(si_factor(a) or 1.0)
    if reverse.overlaps(rounding):
        return verified.money_agrees(a, b, rates, (reverse, rounding))
    converted = printed(b).scaled(si_factor(b) or 1.0)
    evidence = _money_evidence(rates, source or "", target or "", expected, converted, reverse)
    evidence["working"] = [
        verified.rate_line(rates)
        if source != target
        else f"one {b.per} is {people.number(sig(factor, 4))} {a.per}s, plus "
        f"{people.number(drift * 100)}% for the unit's size and rounding",
        f"'{a.text}' converted, with the drift: "
        + people.money_span(expected.low, expected.high, target),
        f"'{b.text}' stands for {people.money_span(converted.low, converted.high, target)} "
        "(its rounding): the two do not meet",
        f"the other way, '{b.text}' converted back is "
        f"{people.money_span(reverse.low, reverse.high, source)}, outside "
        f"{people.money_span(rounding.low, rounding.high, source)}, the most '{a.text}' may be "
        "rounded from",
    ]
    ratio = evidence["ratio"]
    if isinstance(ratio, float):
        evidence["working"].append(
            f"the printed conversion is {people.times(ratio)} what it should be"
        )
    return _conversion_flag(
        a,
        b,
        _money_basis(rates, a, b, factor)
        + f"that is {people.money_span(expected.low, expected.high, target, '-')}",
        _ratio(converted, expected),
        evidence,
    )


def _money_basis(rates: RateRange, a: Quantity, b: Quantity, factor: float) -> str:
    """How the amount was converted: "at the ECB rate (...) ", "a gallon being 3.785 litres, "."""
    basis = "" if rates.source == rates.target else f"at the ECB rate ({rates.basis}) "
    if factor != 1.0:
        basis += f"{'and ' if basis else ''}one {b.per} being {people.number(sig(factor, 4))} "
        basis += f"{a.per}s, "
    return basis


def _money_evidence(
    rates: RateRange,
    source: str,
    target: str,
    expected: Interval,
    converted: Interval,
    reverse: Interval,
) -> dict[str, Any]:
    return {
        "currencies": [source, target],
        **rates.evidence(),
        "drift": MONEY_DRIFT,
        "expected_range": expected.rounded(),
        "printed_range": converted.rounded(),
        "reverse_range": reverse.rounded(),
        "ratio": _sig_or_none(_ratio(converted, expected)),
    }


def _currency(q: Quantity, text: str) -> str | None:
    """The quantity's currency; for a word several countries use ("pesos") with no symbol and
    no nationality ("Mexican pesos"), the currency of the one such country the article names,
    else None (a guess is no check)."""
    if (
        not _AMBIGUOUS_CURRENCY.search(q.text)
        or _CURRENCY_MARK.search(q.text)
        or _QUALIFIED_CURRENCY.search(q.text)
    ):
        return q.currency
    word = _AMBIGUOUS_CURRENCY.search(q.text).group(0).lower()  # type: ignore[union-attr]
    countries = _COUNTRY_CURRENCIES.get(word)
    if not countries:
        return None
    lowered = text.lower()
    named = {code for country, code in countries.items() if country in lowered}
    return named.pop() if len(named) == 1 else None
