"""Figures read together after each is read alone: movements ("from 20mpg in 2008 to 29mpg"),
conversions ("5km (3.1 miles)"), ellipses ("435 homes by sale and 187 by tender") and rates."""

from __future__ import annotations

import math
import re

from newslint.extract.figures.context import CHANGE_WORDS, left_context
from newslint.extract.figures.counted import NOT_COUNTED, NOT_HEAD, NP_TOKEN_RE
from newslint.extract.figures.figure import Figure
from newslint.extract.figures.numeral import PER_RE, PER_UNITS
from newslint.extract.units import unit_for_surface

_I = re.IGNORECASE

_ELLIPTICAL_BY_RE = re.compile(r"^,?\s.*\sby\s+$")
_RESTATED_RE = re.compile(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", _I)

_BRACKET_BETWEEN_RE = re.compile(
    r"^\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.?|or|c\.|some|nearly|almost|=)?\s*$",
    _I,
)


_ELLIPSIS_LINK = {
    "from",
    "compared",
    "and",
    "or",
    "but",
    "while",
    "whereas",
    "with",
    "against",
    "versus",
    "vs",
    "including",
    "to",
    "than",
    "is",
    "was",
    "at",
}
_SENTENCE_END_RE = re.compile(r"[.!?;]\s|\n")
# a comma and a name between two figures: the second is said of the name with the first's verb
# and unit left out ("Saskatchewan will grow 10.6 million tonnes, Alberta 6.5 million")
# ("10.6 million tonnes of canola, Alberta 6.5 million", "4.1 million doses of vaccine, Quebec
# 2.6 million": what the first counts or measures may follow it)
_GAPPED_NAME_RE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,4},\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
)


_COUNT_PER_RE = re.compile(
    r"\s+(?:per|a|an|each)\s+(?P<per>second|minute|hour|day|night|week|month|year)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|on)\b)",
    _I,
)
_PER_GAME = {
    "ppg": "points",
    "rpg": "rebounds",
    "apg": "assists",
    "spg": "steals",
    "bpg": "blocks",
}
_SUSPENDED_RE = re.compile(r"-\s*(?:,\s*|\s+(?:and|or|to)\s+)")
_OF_WHOLE_GAP_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|a|an)\s+(?:\w+\s+)?")


def _per_of(match: re.Match[str]) -> str:
    surface = re.sub(r"\s+", " ", match.group("per").lower())
    return PER_UNITS.get(surface) or unit_for_surface(surface) or surface


def read_rates(text: str, built: list[Figure]) -> None:
    """Rates the figure-by-figure reading leaves out: a count's "78,000 times a minute", "3,000
    tests per day", "20 per week"; and a denominator after a bracketed conversion, which both
    figures share: "C$6 (US$4.46) per share", "9bn shekels ($2.4bn) a year"."""
    for b in built:
        if b.per is not None or b.value is None:
            continue
        if b.kind == "count" and b.unit is None and b.counted in _PER_GAME:
            # box-score rates: "15.3 ppg", "7.4 rpg"
            thing = _PER_GAME[b.counted]
            b.end = text.index(b.counted, b.end) + len(b.counted)
            if thing == "points":
                b.unit, b.kind, b.dimension, b.counted = "point", "measure", "points", None
            else:
                b.counted = thing
            b.per = "game"
        elif b.kind == "count" and b.unit is None:
            pos = b.end
            if b.counted:
                at = text.find(b.counted, b.end, b.end + len(b.counted) + 16)
                pos = at + len(b.counted) if at >= 0 else b.end
            m = _COUNT_PER_RE.match(text, pos)
            if m:
                b.per = _per_of(m)
        elif b.conversion_of is not None and b.kind in ("money", "measure"):
            close = re.match(r"\s*[)\]]", text[b.end : b.end + 3])
            if close:
                m = PER_RE.match(text, b.end + close.end())
                first = built[b.conversion_of]
                if m and first.per is None:
                    b.per = first.per = _per_of(m)


def fill_ellipses(text: str, built: list[Figure]) -> None:
    """A bare number joined to an earlier figure of its sentence counts the same thing: "435 homes
    by sale and 187 by tender", "460 vehicles this year compared with 63", "91.20 cents, while the
    lowest is 80.15". Of the earlier figures with a unit or a counted noun, the one closest in
    size is the antecedent ("68,400 people out of work for one to two years and 95,800 who ...").
    A number can also borrow from the next one: "four-, five- and six-cylinder engines", "a 7-
    or 8-inch screen", "340 million of the 2.5 billion shekels"."""
    for i in range(len(built) - 2, -1, -1):
        b, nxt = built[i], built[i + 1]
        if not _bare(text, b) or (nxt.unit is None and nxt.counted is None):
            continue
        if nxt.kind in ("vague", "comparison") or nxt.dimension == "age":
            continue
        gap = text[b.end : nxt.start]
        if _SUSPENDED_RE.fullmatch(gap) or (
            _OF_WHOLE_GAP_RE.fullmatch(gap)
            and nxt.value is not None
            and b.value is not None
            and b.value < nxt.value
        ):
            _borrow(b, nxt)
    for i, b in enumerate(built):
        if (
            i == 0
            or b.kind != "count"
            or b.unit is not None
            or b.counted is not None
            or b.dimension != "count"
            or not text[b.start : b.start + 1].isdigit()
        ):
            continue
        gap = text[built[i - 1].end : b.start]
        if not gap.strip() or _SENTENCE_END_RE.search(gap):
            continue
        links = _ELLIPSIS_LINK.intersection(re.findall(r"[a-z]+", gap))
        if _GAPPED_NAME_RE.fullmatch(gap):
            links = {"and"}  # "10.6 million tonnes, Alberta 6.5 million": the verb left out
        if not links:
            continue
        after = NP_TOKEN_RE.match(text, b.end)
        next_word = after.group(1) if after else ""
        if next_word[:1].islower() and next_word not in NOT_COUNTED and next_word not in NOT_HEAD:
            continue  # a word we could not read as a noun follows: "20 decently sized plants"
        size = abs(b.value if b.value is not None else (b.high or 0.0)) or 1.0
        best: Figure | None = None
        best_distance = 2.0  # at most two orders of magnitude apart
        for a in built[:i]:
            if (
                a.conversion_of is not None
                or a.kind in ("vague", "comparison")
                or a.dimension == "age"
                or (a.unit is None and a.counted is None)
                or not text[a.start : a.end]
                .lstrip("$£€¥(~ ")
                .lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ$ ")[:1]
                .isdigit()
                or b.start - a.end > 160
                or _SENTENCE_END_RE.search(text, a.end, b.start)
                # "rose 8.15% to 3.65": the level after a change is not in percent
                or (a.kind == "percent" and links <= {"to", "at", "is", "was"})
            ):
                continue
            a_size = abs(a.value if a.value is not None else (a.high or 0.0)) or 1.0
            distance = abs(math.log10(a_size / size))
            if distance <= best_distance:
                best, best_distance = a, distance
        if best is None:
            continue
        _borrow(b, best)


def _bare(text: str, b: Figure) -> bool:
    """A number printed with nothing after it that says what it counts or measures: "63",
    or a word number with a suspended hyphen ("four-, five- and six-cylinder")."""
    if b.kind != "count" or b.unit is not None or b.counted is not None:
        return False
    if b.dimension != "count":
        return False
    first = text[b.start : b.start + 1]
    return first.isdigit() or (first.isalpha() and text[b.end : b.end + 1] == "-")


def _borrow(b: Figure, source: Figure) -> None:
    b.unit, b.dimension, b.kind, b.counted = (
        source.unit,
        source.dimension,
        source.kind,
        source.counted,
    )
    b.currency, b.minor, b.per = source.currency, source.minor, source.per


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", _I)
# words between the two figures of a movement, within one clause: no sentence end, comma or "and"
_FROM_GAP_RE = re.compile(
    r"(?:(?![.!?]\s+[\"“A-Z]|\s(?:and|but|while|whereas)\s)[^,;!?\n]){0,40}?\s(?:up\s+)?to\s+$"
)


def join_movements(text: str, built: list[Figure]) -> None:
    """A movement whose two figures are apart: "from $36,040 at 10.45pm to $34,935 at 5am",
    "from 31 miles per gallon in 2015 to 38 mpg". The two become one range with the direction
    of the movement, as "from 4.8% to 4.7%" is. ("Rose to $7.4bn from $6.8bn" stays two figures:
    a new level and the old one.)"""
    i = 0
    while i + 1 < len(built):
        a, b = built[i], built[i + 1]
        i += 1
        if a.value is None or b.value is None or a.dimension == "age" or b.dimension == "age":
            continue
        if a.kind in ("vague", "comparison") or b.kind in ("vague", "comparison"):
            continue
        gap = text[a.end : b.start]
        before = text[max(0, a.start - 16) : a.start]
        opener = _FROM_BEFORE_RE.search(before)
        if not (opener and _FROM_GAP_RE.fullmatch(gap)):
            continue
        first, last = a.value, b.value
        bare_b = b.kind == "count" and b.unit is None and b.counted is None
        same = (a.kind, a.unit, a.currency) == (b.kind, b.unit, b.currency) and (
            a.unit is not None or a.counted == b.counted or b.counted is None
        )
        same_dimension = (
            a.unit is not None and b.unit is not None and a.dimension == b.dimension != "count"
        )
        if not (same or same_dimension or (bare_b and a.unit is not None)):
            continue
        if first == last:
            continue
        a.start = max(0, a.start - 16) + opener.start()
        moved = left_context(text, a.start, ratio=True)[1]  # "climbed from ... to ..."
        a.end = b.end
        a.low, a.high = sorted((first, last))
        a.from_value, a.to_value = first, last
        a.value = None
        a.direction = "down" if last < first else (moved or a.change or a.direction)
        a.change = None  # "plummeted from $36,040 to $34,935": a movement, not its size
        a.approx = "="
        a.counted = a.counted or b.counted
        del built[i]


def pair_conversions(text: str, built: list[Figure]) -> None:
    """A figure in brackets right after another is its conversion: "5km (3.1 miles)". A figure
    after ", or" restates the one before and shares its change: "lost 190 points, or 0.6%"."""
    for i in range(1, len(built)):
        prev, cur = built[i - 1], built[i]
        if prev.end > cur.start:
            continue
        between = text[prev.end : cur.start]
        target: int | None = None
        if _BRACKET_BETWEEN_RE.match(between):
            target = i - 1
        elif prev.conversion_of is not None and re.fullmatch(r"\s*[/,;]\s*|\s+or\s+", between):
            target = prev.conversion_of  # "296 hp (224 kW / 300 PS)"
        if target is not None:
            cur.conversion_of = target
            # a conversion restates the same figure, bound and change included:
            # "more than 100km (60 miles)", "fell by 1C (1.8F)"
            first = built[target]
            if cur.approx == "=" and not re.search(r"[a-z]", between, _I):
                cur.approx = first.approx
            if cur.change is None and first.change is not None:
                cur.change = cur.direction = first.change
        elif prev.change and cur.change is None:
            if prev.counted and between.startswith(" " + prev.counted):
                between = between[len(prev.counted) + 1 :]  # "grew by 12,000 posts or 2.1%"
            if _RESTATED_RE.fullmatch(between) or (
                # "Sales were down 2.3%, exports by 2.6%": the change verb is understood
                prev.unit == cur.unit
                and prev.kind == cur.kind
                and len(between) < 50
                and _ELLIPTICAL_BY_RE.search(between)
                and not _SENTENCE_END_RE.search(between)
                and not any(w in CHANGE_WORDS for w in re.findall(r"[a-z]+", between.lower()))
            ):
                cur.change = cur.direction = prev.change


# currencies whose hundredth the press calls a cent: "35c/kg" in an Irish mart report is euro
# cents, "45c a share" in Johannesburg is South African
_CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "NZD", "CAD", "ZAR", "HKD", "SGD", "KES", "TWD"})


def cents_in_their_currency(text: str, built: list[Figure]) -> None:
    """A cent takes the currency of the money beside it (the nearest money figure of its
    sentence), else the article's one currency that has cents; US cents otherwise."""
    if not any(b.unit == "cent" for b in built):
        return
    main = [b for b in built if b.kind == "money" and b.unit == b.currency]
    article = {b.currency for b in main}
    for b in built:
        if b.unit != "cent" or b.currency != "USD":
            continue
        lo, hi = _sentence_bounds(text, b.start)
        near = [m for m in main if lo <= m.start < hi]
        if near:
            code = min(near, key=lambda m: abs(m.start - b.start)).currency
        elif len(article) == 1:
            code = next(iter(article))
        else:
            continue
        if code in _CENT_CURRENCIES:
            b.currency = code


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = 0
    for m in _SENTENCE_END_RE.finditer(text, max(0, pos - 600), pos):
        lo = m.end()
    end = _SENTENCE_END_RE.search(text, pos)
    return lo, end.start() + 1 if end else len(text)
