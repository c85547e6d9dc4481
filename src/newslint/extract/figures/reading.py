"""One figure read whole: its sign, a range partner, the words to its left, its kind, dimension
and whether it is an age."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.extract.figures.context import (
    APPROX_AFTER_RE,
    CHANGE_AFTER_RE,
    approx_before,
    left_context,
    level_direction,
    words_before,
)
from newslint.extract.figures.counted import counted_noun
from newslint.extract.figures.figure import Figure, Taken
from newslint.extract.figures.numeral import (
    NUMBER_RE,
    STRAY_POINT_RE,
    WEATHER_RE,
    Numeral,
    number_core,
    read_right,
    share_unit,
    skip_currency,
)
from newslint.extract.figures.skips import (
    CAPS_NAME_BEFORE_RE,
    ERA_AFTER_RE,
    ERA_PAIR_RE,
    ERA_RE,
    STREET_AFTER_RE,
    continuation_end,
    is_identifier,
    skip_figure,
)
from newslint.extract.units import UNITS

_I = re.IGNORECASE

_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}

_INDEX_RE = re.compile(
    r"\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Stoxx|TSX|ASX|Sensex|Nifty|"
    r"KOSPI|Kospi|Composite|Straits\s+Times|TA-\d+|Ibovespa|IBEX|MIB|AEX|SMI)\b"
)
_RANK_BEFORE_RE = re.compile(
    r"\b(?:top|bottom|the\s+last|the\s+first|the\s+next|final|No\.?)\s+$", _I
)

_AGE_APPOSITION_RE = re.compile(r"[A-Z][\w'’.-]+,\s$")

_OLD_AFTER_RE = re.compile(r"\s?-?\s?olds?\b", _I)

_RANGE_LINK_RE = re.compile(r"\s?[–—]\s?|-(?=\S)|\s-\s|\s+to\s+|\s+or\s+", re.I)
_BETWEEN_LINK_RE = re.compile(r"\s+and\s+|\s+to\s+|\s?[–—-]\s?", re.I)

_AGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:turned|turns|turning|(?:who|he|she)\s+(?:was|is|will\s+be|would\s+have\s+been))\s+$", _I
)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age|ages)\s*$", _I)

_SPORT_RE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loss|losing|beat|beats|beaten|beating|drew|draw|drawn|"
    r"drawing|trailing|leading|victory|defeat|"
    r"defeated|score|scored|scoreline|lead|led|aggregate|goals?|match|game|final|semi-final|"
    r"half-time|penalties|innings|set|sets|tie|thrashed|edged|routed|trounced)\b",
    _I,
)


@dataclass
class _Draft:
    """One number while it is read: what was found around it so far."""

    read: Numeral
    start: int  # where the number itself starts and ends
    end: int
    value: float  # as printed, before its sign
    digits: bool
    plain: bool
    left: int  # where the figure starts: its currency, sign or "between"
    negative: bool = False
    sub: bool = False  # "sub-zero"
    low: float | None = None
    high: float | None = None
    descending: bool = False
    moved: tuple[float, float] | None = None  # "from 30mph to 20mph": (30, 20)
    opener: re.Match[str] | None = None  # the "between" or "from" before a range
    from_: bool = False
    skip_to: int = 0


def read_figure(text: str, m: re.Match[str], taken: Taken) -> tuple[Figure | None, int] | None:
    """The figure whose number ``m`` matched, or None when it is no figure; with where reading
    goes on (past a range partner, a skipped name or date)."""
    core = number_core(text, m)
    start, end = m.span()
    if core is None:
        return None, end
    value, digits, plain, word_scale = core
    if digits and STRAY_POINT_RE.match(text, end):
        return None, end  # "£17.m": unreadable, not £17
    if skip_figure(text, m, value, digits, plain):
        return None, continuation_end(text, end)
    read = read_right(text, start, end, value, digits, plain, word_scale)
    if _glued(text, start, end, read, digits):
        return None, end
    left = read.currency_left if read.currency_left is not None else start
    d = _Draft(read, start, end, value, digits, plain, left, skip_to=read.end)
    if not _read_sign(text, d):
        return None, end
    no_range = _read_range(text, d, taken)
    if no_range is not None:
        return None, no_range
    measured = read.measured or d.low is not None
    counted = None if read.measured else counted_noun(text, read.end, singular=value == 1)
    if (
        not measured
        and not plain
        and value >= 100
        and words_before(text, d.left)[-1:] in (["at"], ["to"])
        and _INDEX_RE.search(text[max(0, d.left - 120) : d.left])
    ):
        read.percent = "point"  # a market index level: "the FTSE 100 closed at 7,425.81"
        measured = True
        counted = None
    skip = _not_a_figure(text, d, measured, counted)
    if skip is not None:
        return None, skip
    b = _build(text, d, counted)
    d.skip_to = _mark_age(text, b, d)
    return b, d.skip_to


def _glued(text: str, start: int, end: int, read: Numeral, digits: bool) -> bool:
    """Digits glued to letters that are neither a currency nor a unit: "BUS12", "5G", "737MAX"."""
    if not digits:
        return False
    if (
        start
        and (text[start - 1].isalpha() or text[start - 1] == "=")
        and read.currency_left is None
    ):
        return True
    after = text[end : end + 3]
    return read.end == end and bool(
        re.match(r"[A-Za-z]", after) or re.match(r"(?:[CF]|s)\b", after)
    )


def _read_sign(text: str, d: _Draft) -> bool:
    """A minus sign or "minus" before the figure, and "sub-"; False for a name spaced from its
    number ("COVID -19", "MH -17")."""
    read, left = d.read, d.left
    if read.currency_left is not None and text[d.start - 1 : d.start] in ("-", "−"):
        d.negative = True  # "$-50.8bn"
    elif left >= 1 and text[left - 1] in "-−" and (left == 1 or not text[left - 2].isalnum()):
        if (
            not read.measured
            and not read.scaled
            and CAPS_NAME_BEFORE_RE.search(text[max(0, left - 12) : left - 1])
        ):
            return False
        d.negative, d.left = True, left - 1
    else:
        minus = re.search(r"\bminus[\s-]+$", text[max(0, left - 8) : left], _I)
        if minus:
            d.negative, d.left = True, max(0, left - 8) + minus.start()
    d.sub = re.search(r"\bsub-$", text[max(0, d.left - 4) : d.left], _I) is not None
    if d.negative:
        read.value, read.raw = -read.value, -read.raw
    return True


def _range_partner(
    text: str, d: _Draft, taken: Taken, between: bool
) -> tuple[Numeral, re.Match[str]] | None:
    """The second number of a range and the link before it ("-", "to", "and", "or")."""
    link = (_BETWEEN_LINK_RE if between else _RANGE_LINK_RE).match(text, d.read.end)
    if not link:
        return None
    pm = NUMBER_RE.match(text, skip_currency(text, link.end()))
    if not pm or taken.covers(pm.start()):
        return None
    pcore = number_core(text, pm)
    if not pcore or skip_figure(text, pm, pcore[0], pcore[1], pcore[2]):
        return None
    return read_right(text, pm.start(), pm.end(), *pcore), link


def _read_range(text: str, d: _Draft, taken: Taken) -> int | None:
    """Ranges: "2-3 million", "between 2 and 3", "from 10% to 15%", "four to five thousand".
    Returns where to go on when the pair is no figure at all (a span of years, a score)."""
    read = d.read
    pre = text[max(0, d.left - 20) : d.left]
    between = re.search(r"\bbetween\s+$", pre, _I)
    from_ = re.search(r"\bfrom\s+$", pre, _I)
    opener = between or from_
    d.opener, d.from_ = opener, from_ is not None
    found = _range_partner(text, d, taken, between is not None)
    if found is None:
        return None
    partner, link = found
    sep = link.group().strip().lower()
    hyphen = sep in ("-", "–", "—")
    spaced = hyphen and link.group() != sep
    if spaced and d.digits != partner.digits and not opener:
        # "The jury of 12 – seven women and four men –": an aside after a dash, not a range
        return None
    bare = not (read.measured or read.scaled) and not (partner.measured or partner.scaled)
    yearish = d.digits and d.plain and d.end - d.start == 4 and 1000 <= read.value <= 2100
    yearish = yearish and not read.measured and not read.scaled
    if yearish and sep == "to" and re.search(r"\d\S*\s+(?:[a-z]+\s+){0,3}in\s+$", pre):
        return None  # "from 52 in 2022 to 46": the first figure's year, then the second figure
    if yearish and partner.plain and partner.end - partner.start in (2, 4) and not partner.measured:
        noun = counted_noun(text, partner.end)
        if not (noun and noun.split()[0].endswith("s")):
            return partner.end  # "2012-13", "between 2014 and 2017", "from 2010 to 2015"
    if (
        hyphen
        and bare
        and read.plain
        and partner.plain
        and _SPORT_RE.search(text[max(0, d.start - 100) : partner.end + 60])
    ):
        return partner.end  # a score: "won 3-1"
    ok = _is_range(text, d, partner, sep, opener is not None, pre)
    if yearish and (
        partner.scaled
        or read.value > partner.value
        or re.search(r"\b(?:in|of|during|since|until|by|for)\s+$", pre, _I)
    ):
        # "from 4,100 installations in 2020 to 9,800": the year of one figure, not a range
        ok = False  # "in 2018 to 3.9 million", "from 20mpg in 2008 to 29mpg"
    if hyphen and bare and not between and counted_noun(text, partner.end) is None:
        ok = False
    if ok:
        # the partner's scale, unit and currency also belong to the first number ("2-3 million")
        share_unit(read, partner)
        d.low, d.high = sorted((read.value, partner.value))
        d.descending = from_ is not None and read.value > partner.value
        if from_ is not None:
            d.moved = (read.value, partner.value)
        read.end = d.skip_to = partner.end
        if opener:
            d.left = max(0, d.left - 20) + opener.start()
    return None


def _is_range(text: str, d: _Draft, partner: Numeral, sep: str, opened: bool, pre: str) -> bool:
    """Whether two linked numbers are one range rather than two figures."""
    read = d.read
    key_a, key_b = read.kind_key(), partner.kind_key()
    clash = key_a is not None and key_b is not None and key_a != key_b
    if sep == "or":
        # "eight or nine euros", "8 or $9": two figures sharing one unit, not a range
        # ("a drop of 8,733 or 5.5%": a count and its share, not alternatives; two readings
        # of one figure are of one order)
        apart = abs(read.raw) > 10 * abs(partner.raw) if partner.raw else False
        if not clash and not read.measured and (partner.measured or partner.scaled) and not apart:
            share_unit(read, partner)
        return False
    changed_before = left_context(text, d.left, ratio=True)[1] is not None
    # ("cut the council's grant by £2m to £7.5m": the verb further back than "by")
    if sep == "to" and not opened and (changed_before or re.search(r"\bby\s+$", pre, _I)):
        # "rose 5% to 7%" is a change then a new level; "rose by 1 to 1.5 degrees" a range,
        # but "increased by $43.6bn to $419.2bn", "fell by 310 to 1,240" and "rose by 12% to
        # 1,400" are a change then a level: a range's ends are within a factor of two and
        # both per cent or neither
        own_units = read.measured and partner.measured
        ratio = abs(partner.value / read.value) if read.value else float("inf")
        one_percent = read.percent is not None and partner.percent is None
        return (
            not clash
            and not one_percent
            and bool(re.search(r"\bby\s+$", pre, _I))
            # ("fell by £3.4m to £9.8m": nearly three times apart, a change and a level)
            and (0.4 < ratio < 2.5 if own_units else 0.5 <= ratio <= 2)
        )
    return not clash


def _not_a_figure(text: str, d: _Draft, measured: bool, counted: str | None) -> int | None:
    """Where to go on when the number is a rank, a year, an era date, a name or an address."""
    read, start, value = d.read, d.start, d.value
    if (
        not measured
        and counted is None
        and _RANK_BEFORE_RE.search(text[max(0, start - 20) : start])
    ):
        return d.skip_to  # a rank: "finished in the bottom three"
    if d.digits and d.plain and not measured and not read.scaled and not d.negative:
        if 1700 <= value < 2200 and d.end - start == 4:
            # "1500 homes" is a count; "2001 winners", "2004 financial reports" are years
            plural_noun = (
                value < 1900
                and counted is not None
                and counted.split()[0].endswith("s")
                and not counted.endswith("'s")
            )
            if not (plural_noun or approx_before(text, d.left) != "="):
                return d.skip_to
        if (
            ERA_RE.search(text[max(0, start - 6) : start])
            or ERA_AFTER_RE.match(text, d.end)
            or ERA_PAIR_RE.search(text[max(0, start - 20) : start])
        ):
            return d.skip_to  # "AD 1260", "300 BC"
        if is_identifier(text, d.left, read.end, value):
            return continuation_end(text, d.skip_to)
    if (
        d.low is not None
        and not read.measured
        and not read.scaled
        and STREET_AFTER_RE.match(text, read.end)
    ):
        return d.skip_to
    return None


def _approx_and_change(text: str, d: _Draft) -> tuple[str, str | None, str | None]:
    """(approx, change, direction) from the words around the figure; moves ``d.left`` over a
    leading "+"."""
    read, left = d.read, d.left
    approx, change = left_context(text, left, ratio=read.measured)
    if (
        approx == ">"
        and read.unit in _TIME_UNITS
        and re.search(r"\bover\s+(?:the\s+)?$", text[max(0, left - 10) : left], _I)
    ):
        approx = "="  # "over five years" is a period, not a lower bound
    direction_only = None
    if change and d.from_ and d.low is not None:
        direction_only = change  # "rose from 10% to 15%": a movement, not a range of changes
        change = None
    if d.sub:
        approx = "<"
    after_m = APPROX_AFTER_RE.match(text, read.end)
    if after_m and approx == "=":
        word = (after_m.group("more") or "").lower()
        if after_m.group("plus") or word in ("more", "above", "over", "higher"):
            approx = ">=" if word else ">"
        elif word in ("less", "fewer", "under"):
            approx = "<="
        elif word == "so":
            approx = "~"
    if change is None and (read.percent or read.currency):
        cm = CHANGE_AFTER_RE.match(text, read.end)
        if cm:
            change = "up" if cm.group("up") else "down"
    direction = change or direction_only or ("down" if d.descending else None)
    if direction is None:
        direction = level_direction(text, left)
    if (
        read.percent
        and left >= 1
        and text[left - 1] == "+"
        and (left == 1 or not text[left - 2].isalnum())
    ):
        change = direction = "up"  # market reports: "Dow +0.2%"
        d.left -= 1
    elif read.percent and d.negative and change is None:
        change = direction = "down"  # "FTSE -0.6%"
    return approx, change, direction


def _build(text: str, d: _Draft, counted: str | None) -> Figure:
    read = d.read
    approx, change, direction = _approx_and_change(text, d)
    left = d.left
    b = Figure(start=left, end=read.end, value=read.value, approx=approx, change=change)
    b.direction = direction
    if (
        d.opener is None
        and not d.negative
        and read.currency_left is None
        and text[left : left + 1] != "+"
    ):
        b.start = d.start
    b.low, b.high = d.low, d.high
    if d.low is not None:
        b.value = None
    if d.moved is not None:
        b.from_value, b.to_value = d.moved
    b.currency, b.minor, b.per, b.counted = read.currency, read.minor, read.per, counted
    if read.currency:
        b.kind, b.dimension = "money", "currency"
        b.unit = read.unit if read.unit in ("cent", "penny", "sen") else read.currency
    elif read.percent:
        b.unit = read.percent
        b.kind = "percent" if read.percent == "percent" else "measure"
        b.dimension = UNITS[read.percent].dimension
    elif read.unit:
        b.unit, b.kind = read.unit, "measure"
        b.dimension = UNITS[read.unit].dimension
        if read.unit == "degree" and WEATHER_RE.search(text[max(0, d.start - 80) : read.end + 60]):
            b.dimension = "temperature"
    else:
        b.kind, b.dimension = "count", "count"
    return b


def _mark_age(text: str, b: Figure, d: _Draft) -> int:
    """Ages: "a 45-year-old", "18 months old", "aged 45", "Jamie Armstrong, 25, said". Returns
    where reading goes on."""
    left, value, plain = d.left, d.value, d.plain
    if b.unit in ("year", "month", "week", "day"):
        age = _OLD_AFTER_RE.match(text, b.end)
        if age:
            b.dimension, b.end = "age", age.end()
            return max(d.skip_to, age.end())
        return d.skip_to
    if b.kind == "count" and (
        _AGE_BEFORE_RE.search(text[max(0, left - 10) : left])
        or (
            # "Maria, who was 10,", "he will be 35 by May", "she turned 40 in March"
            plain
            and 0 < value < 120
            and b.counted is None
            and _AGE_VERB_BEFORE_RE.search(text[max(0, left - 20) : left])
            and re.match(
                r"\s*(?:[,.;:!?)]|$|\s(?:by|when|in|on|at|next|last|this)\b)", text[b.end :]
            )
        )
        or (
            plain
            and 0 < value < 120
            and _AGE_APPOSITION_RE.search(text[max(0, left - 30) : left])
            and text[b.end : b.end + 1] == ","
        )
    ):
        b.unit, b.dimension, b.kind, b.counted = "year", "age", "measure", None
    return d.skip_to
