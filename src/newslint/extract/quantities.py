"""Every figure in a news text: value, unit, scale, approximator, change, normalised to SI.

Built on compiled regular expressions and small tables (no spaCy, no pint at run time) so that
extraction costs well under a millisecond a sentence. The reading order for one figure:

1. the numeral or number words ("53,000", "two-thirds", "half a million");
2. right: scale ("m", "bn", "million", "crore"), unit ("sq km", "mph", "%", "C"), "a year";
3. a range partner ("2-3 million", "between 2 and 3", "from 10% to 15%");
4. left: currency ("US$", "£"), sign, approximator ("about", "more than"), change ("rose by").

Things that look like numbers but are not measures (years, dates, times of day, ordinals, phone
numbers, scores, model names such as "Boeing 737" or "Covid-19") are skipped, never reported.
Comparisons with reference objects ("three times the size of Wales") and vague quantities ("the
majority", "hundreds of") are read first so their numbers are not read twice.

Each step lives in its own module of ``newslint.extract.figures``; this one runs them in order.
"""

from __future__ import annotations

from newslint.budget import checkpoint
from newslint.extract.figures.counted import counted_lemma
from newslint.extract.figures.figure import Figure, Taken
from newslint.extract.figures.links import (
    cents_in_their_currency,
    fill_ellipses,
    join_movements,
    pair_conversions,
    read_rates,
)
from newslint.extract.figures.numeral import CHEAP_GATE, NUMBER_RE
from newslint.extract.figures.reading import read_figure
from newslint.extract.figures.references import find_comparisons
from newslint.extract.figures.skips import mark_phones_and_dates
from newslint.extract.figures.vague import find_slash_fractions, find_vague
from newslint.extract.units import UNITS, to_si
from newslint.report.model import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order of position."""
    if not text or not CHEAP_GATE.search(text):
        return []
    taken = Taken()
    built: list[Figure] = []
    find_comparisons(text, taken, built)
    find_vague(text, taken, built)
    mark_phones_and_dates(text, taken)
    if "/" in text or "⁄" in text:
        find_slash_fractions(text, taken, built)
    consumed_until = 0
    for n, m in enumerate(NUMBER_RE.finditer(text)):
        if n % 512 == 0:
            checkpoint()  # a long article holds tens of thousands of numbers
        if m.start() < consumed_until or taken.covers(m.start()):
            continue
        result = read_figure(text, m, taken)
        if result is None:
            continue
        b, skip_to = result
        consumed_until = max(consumed_until, skip_to)
        if b is not None:
            built.append(b)
    built.sort(key=lambda b: (b.start, b.end))
    join_movements(text, built)
    pair_conversions(text, built)
    fill_ellipses(text, built)
    read_rates(text, built)
    cents_in_their_currency(text, built)
    return [_to_quantity(text, b) for b in built]


def _to_quantity(text: str, b: Figure) -> Quantity:
    si: float | None = None
    if b.value is not None and b.kind != "comparison":  # a multiplier is no SI value
        if b.kind == "money":
            si = b.value * b.minor
        elif b.unit and b.unit in UNITS and b.dimension != "age":
            si = to_si(b.value, b.unit)
        elif b.dimension == "age":
            si = to_si(b.value, "year")
        elif b.kind in ("count", "vague"):
            si = b.value
    return Quantity(
        start=b.start,
        end=b.end,
        text=text[b.start : b.end],
        value=b.value,
        low=b.low,
        high=b.high,
        unit=b.unit,
        dimension=b.dimension,
        approx=b.approx,  # type: ignore[arg-type]
        change=b.change,  # type: ignore[arg-type]
        si_value=si,
        kind=b.kind,  # type: ignore[arg-type]
        currency=b.currency,
        multiplier=b.multiplier,
        reference=b.reference,
        counted=b.counted,
        per=b.per,
        conversion_of=b.conversion_of,
        direction=b.direction or b.change,  # type: ignore[arg-type]
        from_value=b.from_value,
        to_value=b.to_value,
    )


__all__ = ["counted_lemma", "find_quantities"]
