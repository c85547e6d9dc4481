"""Shares and vague amounts: "two-thirds of", "one in five", "the majority", "hundreds of", "3/4"."""

from __future__ import annotations

import re

from newslint.extract.figures.context import left_context
from newslint.extract.figures.counted import NOT_COUNTED, whole_of
from newslint.extract.figures.figure import Figure, Taken, windowed
from newslint.extract.figures.numeral import read_right
from newslint.extract.numbers import NUMBER_WORDS, fraction_value, parse_number
from newslint.extract.units import CURRENCY_WORDS, UNIT_WORD_RE, UNITS, unit_for_surface

_I = re.IGNORECASE

_SLASH_FRACTION_RE = re.compile(
    r"(?<![\w/.,:])(?P<num>\d{1,2})\s?[/⁄]\s?(?P<den>\d{1,3})(?![\w/⁄.,]\d|\d)"
)
_SHARE_ANCHOR_RE = re.compile(
    r"\b(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
    _I,
)
_VAGUE_SHARE_ANCHOR_RE = re.compile(r"\b(?:majority|minority|most|masse)\b", _I)
_VAGUE_COUNT_ANCHOR_RE = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|millions|billions)\b", _I
)
_OUT_OF_ANCHOR_RE = re.compile(
    r"\s(?:out\s+of|in)\s+(?:every\s+)?(?=\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|thousand|million)\b)",
    _I,
)
_OUT_OF_RE = re.compile(
    # "412 in 2019" is a figure and its year, and "9,800" one number, never "800 in ..."
    rf"(?<![\d,.])\b(?P<a>\d+|{NUMBER_WORDS})\s+(?:out\s+of|in\s+(?!(?:1[89]|20)\d\d\b))\s*(?:every\s+)?(?P<b>\d+|{NUMBER_WORDS})\b(?!\s*(?:%|per|-|years?|months?|days?|hours?|minutes?|weeks?|seconds?)\b)",
    _I,
)

_OF_NOUN_RE = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<w>[A-Za-z][a-z-]+)")

_SHARE = r"(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?P<half>half))"
_SHARE_RE = re.compile(
    rf"(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthe\s)(?<!\bother\s)(?<!\blatter\s)(?<!\bformer\s)\b{_SHARE}"
    r"(?:\s+of\b|(?=\s+(?:the|its|their|his|her|our|all|those|these)\s)|(?<=s)(?=[\s,.;]))(?!\s+an?\s+(?:million|billion|dozen|hundred|thousand|mile|kilometre|hour|century|decade|year|point))",
    _I,
)
_VAGUE_SHARE_RE = re.compile(
    r"\b(?:(?P<maj>(?:the|a)\s+(?:(?:vast|overwhelming|large|huge|slim|narrow|clear|small|simple|bare|solid|comfortable|big)\s+)?majority)"
    r"|(?P<min>(?:the|a)\s+(?:(?:small|tiny|significant|large|sizeable|sizable|vocal)\s+)?minority)"
    r"|(?<!\bthe\s)(?<!\bat\s)(?<!\bme\s)(?<!\bus\s)(?<!\bit\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bthem\s)"
    r"(?<!\bwhat\s)(?<!\bwho\s)(?P<most>most)"
    r"(?=\s+of\b|\s+(?!(?:was|is|has|does|this|his|its|us|as|always|perhaps|times|obvious)\b)[a-z]+s\b)"
    r"|(?P<masse>en\s+masse))",
    _I,
)
_VAGUE_COUNT_RE = re.compile(
    r"\b(?P<what>tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|"
    r"hundreds\s+of\s+millions|tens\s+of\s+billions|hundreds\s+of\s+billions|dozens|scores|hundreds|"
    r"thousands|millions|billions)"
    r"\s+of\b(?:\s+(?P<cur>dollars|pounds|euros|yen|yuan|rupees))?",
    _I,
)
_VAGUE_BOUNDS = {
    "dozens": (24.0, 100.0),
    "scores": (40.0, 100.0),
    "hundreds": (100.0, 1e3),
    "thousands": (1e3, 1e4),
    "tens of thousands": (1e4, 1e5),
    "hundreds of thousands": (1e5, 1e6),
    "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
    "tens of billions": (1e10, 1e11),
    "hundreds of billions": (1e11, 1e12),
}


def find_slash_fractions(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "1/2 pound", "3/4 of the vote"; other pairs of small numbers with a slash ("9/11",
    "24/7", "3/4" alone) are names or dates, never figures."""
    for m in _SLASH_FRACTION_RE.finditer(text):
        if taken.covers(m.start()):
            continue
        num, den = int(m.group("num")), int(m.group("den"))
        taken.add(m.start(), m.end())
        if not 0 < num < den:
            continue
        value = num / den
        read = read_right(text, m.start(), m.end(), value, True, False)
        if read.unit or read.currency:
            b = Figure(
                start=m.start(), end=read.end, value=read.value, unit=read.unit, kind="measure"
            )
            if read.currency:
                b.kind, b.dimension, b.currency = "money", "currency", read.currency
                b.unit = read.currency
            else:
                b.dimension = UNITS[read.unit].dimension if read.unit in UNITS else None
        elif re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            b = _share(m.start(), m.end(), value)
        else:
            continue
        b.approx, b.change = left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), b.end)


_SHARE_WORDS = tuple(
    ["half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
_VAGUE_SHARE_WORDS = ("majority", "minority", "most", "masse")
_VAGUE_COUNT_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")


def _share(start: int, end: int, share: float) -> Figure:
    return Figure(
        start=start, end=end, value=share, low=share, high=share, kind="vague", dimension="share"
    )


def _vague(
    start: int, end: int, low: float, high: float, dimension: str, approx: str = "="
) -> Figure:
    """An amount known only by its bounds: "the majority" (0.5-1), "hundreds of" (100-1,000)."""
    return Figure(
        start=start,
        end=end,
        value=None,
        low=low,
        high=high,
        approx=approx,
        kind="vague",
        dimension=dimension,
    )


def find_vague(text: str, taken: Taken, built: list[Figure]) -> None:
    """Shares and vague amounts, read before single numbers so theirs are not read twice."""
    lowered = text.lower()
    _find_out_of(text, taken, built)
    if any(w in lowered for w in _SHARE_WORDS):
        _find_shares(text, taken, built)
    if any(w in lowered for w in _VAGUE_SHARE_WORDS):
        _find_vague_shares(text, taken, built)
    if any(w in lowered for w in _VAGUE_COUNT_WORDS):
        _find_vague_counts(text, taken, built)


def _find_out_of(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "one in five adults", "three out of four"."""
    for m in windowed(_OUT_OF_RE, _OUT_OF_ANCHOR_RE, text, 30, 30):
        if taken.covers(m.start()):
            continue
        a, b_ = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b_ is None or not 0 < a < b_:
            continue
        share = _share(m.start(), m.end(), a / b_)
        share.approx, share.change = left_context(text, m.start())
        share.counted = whole_of(text, m.end())
        built.append(share)
        taken.add(m.start(), m.end())


def _find_shares(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "two-thirds of voters", "a quarter of", "half of"."""
    for m in windowed(_SHARE_RE, _SHARE_ANCHOR_RE, text, 16, 12):
        if taken.covers(m.start()):
            continue
        if m.group("half"):
            frac = 0.5
        else:
            parsed = fraction_value(m.group("num"), m.group("den"))
            if parsed is None:
                continue
            frac = parsed
        end = m.end("half") if m.group("half") else m.end("den")
        b = _share(m.start(), end, frac)
        b.approx, b.change = left_context(text, m.start())
        b.counted = whole_of(text, end)
        built.append(b)
        taken.add(m.start(), end)


def _find_vague_shares(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "the majority", "a minority", "most of", "en masse"."""
    for m in windowed(_VAGUE_SHARE_RE, _VAGUE_SHARE_ANCHOR_RE, text, 40, 40):
        if taken.covers(m.start()):
            continue
        if m.group("maj") or m.group("most"):
            low, high, approx = 0.5, 1.0, ">"
        elif m.group("min"):
            low, high, approx = 0.0, 0.5, "<"
        else:
            low, high, approx = 0.5, 1.0, "~"
        b = _vague(m.start(), m.end(), low, high, "share", approx)
        built.append(b)
        taken.add(m.start(), m.end())


def _find_vague_counts(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "dozens of", "hundreds of thousands of", "thousands of square miles", "millions of pounds"."""
    for m in windowed(_VAGUE_COUNT_RE, _VAGUE_COUNT_ANCHOR_RE, text, 20, 60):
        if taken.covers(m.start()):
            continue
        what = re.sub(r"\s+", " ", m.group("what").lower())
        low, high = _VAGUE_BOUNDS[what]
        end = m.end("what")
        b = _vague(m.start(), end, low, high, "count")
        unit = UNIT_WORD_RE.match(text, end + 4) if text[end : end + 4].lower() == " of " else None
        noun = _OF_NOUN_RE.match(text, end)
        unit_name = unit_for_surface(unit.group("unit")) if unit else None
        if unit and unit_name in UNITS:
            b.unit = unit_name  # "thousands of square miles"
            b.dimension = UNITS[unit_name].dimension
            b.end = end = unit.end()
        elif noun and noun.group("w").lower() not in NOT_COUNTED:
            b.counted = noun.group("w")
        if m.group("cur"):
            b.currency = CURRENCY_WORDS.get(
                m.group("cur").lower(), "GBP" if m.group("cur").lower() == "pounds" else None
            )
            b.unit, b.dimension = b.currency, "currency"
            end = m.end()
        _, b.change = left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), end)
