"""One figure read whole: its sign, a range partner, the words to its left, its kind, dimension
and whether it is an age."""

from __future__ import annotations

import re

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


def read_figure(text: str, m: re.Match[str], taken: Taken) -> tuple[Figure | None, int] | None:
    core = number_core(text, m)
    start, end = m.span()
    if core is None:
        return None, end
    value, digits, plain, word_scale = core
    if skip_figure(text, m, value, digits, plain):
        return None, continuation_end(text, end)
    read = read_right(text, start, end, value, digits, plain, word_scale)
    if (
        digits
        and start
        and (text[start - 1].isalpha() or text[start - 1] == "=")
        and read.currency_left is None
    ):
        return None, end  # glued to letters that are not a currency: "BUS12"
    after = text[end : end + 3]
    # a glued letter that is not a unit or scale: "5G", "3D", "737MAX"
    if (
        digits
        and read.end == end
        and (re.match(r"[A-Za-z]", after) or re.match(r"(?:[CF]|s)\b", after))
    ):
        return None, end

    left = read.currency_left if read.currency_left is not None else start
    negative = False
    if read.currency_left is not None and text[start - 1 : start] in ("-", "−"):
        negative = True  # "$-50.8bn"
    elif left >= 1 and text[left - 1] in "-−" and (left == 1 or not text[left - 2].isalnum()):
        if (
            not read.measured
            and not read.scaled
            and CAPS_NAME_BEFORE_RE.search(text[max(0, left - 12) : left - 1])
        ):
            return None, end  # a name spaced from its number: "COVID -19", "MH -17"
        negative, left = True, left - 1
    else:
        minus = re.search(r"\bminus[\s-]+$", text[max(0, left - 8) : left], _I)
        if minus:
            negative, left = True, max(0, left - 8) + minus.start()
    sub = re.search(r"\bsub-$", text[max(0, left - 4) : left], _I)
    if negative:
        read.value, read.raw = -read.value, -read.raw

    # ranges: "2-3 million", "between 2 and 3", "from 10% to 15%", "four to five thousand"
    low = high = None
    descending = False
    skip_to = read.end
    pre = text[max(0, left - 20) : left]
    between = re.search(r"\bbetween\s+$", pre, _I)
    from_ = re.search(r"\bfrom\s+$", pre, _I)
    opener = between or from_
    link_re = _BETWEEN_LINK_RE if between else _RANGE_LINK_RE
    lm = link_re.match(text, read.end)
    partner: Numeral | None = None
    if lm:
        pm = NUMBER_RE.match(text, skip_currency(text, lm.end()))
        if pm and not taken.covers(pm.start()):
            pcore = number_core(text, pm)
            if pcore and not skip_figure(text, pm, pcore[0], pcore[1], pcore[2]):
                partner = read_right(text, pm.start(), pm.end(), *pcore)
    if partner is not None and lm is not None:
        sep = lm.group().strip().lower()
        hyphen = sep in ("-", "–", "—")
        bare = not (read.measured or read.scaled) and not (partner.measured or partner.scaled)
        yearish = digits and plain and end - start == 4 and 1000 <= read.value <= 2100
        yearish = yearish and not read.measured and not read.scaled
        if (
            yearish
            and partner.plain
            and partner.end - partner.start in (2, 4)
            and not partner.measured
        ):
            noun = counted_noun(text, partner.end)
            if not (noun and noun.split()[0].endswith("s")):
                return None, partner.end  # "2012-13", "between 2014 and 2017", "from 2010 to 2015"
        if (
            hyphen
            and bare
            and read.plain
            and partner.plain
            and _SPORT_RE.search(text[max(0, start - 100) : partner.end + 60])
        ):
            return None, partner.end  # a score: "won 3-1"
        key_a, key_b = read.kind_key(), partner.kind_key()
        clash = key_a is not None and key_b is not None and key_a != key_b
        changed_before = left_context(text, left, ratio=True)[1] is not None
        own_units = read.measured and partner.measured
        ratio = abs(partner.value / read.value) if read.value else float("inf")
        if sep == "or":
            # "eight or nine euros", "8 or $9": two figures sharing one unit, not a range
            if not clash and not read.measured and (partner.measured or partner.scaled):
                share_unit(read, partner)
            ok = False
        elif sep == "to" and not opener and changed_before:
            # "rose 5% to 7%" is a change then a new level; "rose by 1 to 1.5 degrees" a range,
            # but "increased by $43.6bn to $419.2bn" is a change then a level
            ok = (
                not clash
                and bool(re.search(r"\bby\s+$", pre, _I))
                and not (own_units and not 1 / 3 < ratio < 3)
            )
        else:
            ok = not clash
        if yearish and (partner.scaled or read.value > partner.value):
            ok = False  # "in 2018 to 3.9 million", "from 20mpg in 2008 to 29mpg"
        if hyphen and bare and not between and counted_noun(text, partner.end) is None:
            ok = False
        if ok:
            # the partner's scale, unit and currency also belong to the first number ("2-3 million")
            share_unit(read, partner)
            low, high = sorted((read.value, partner.value))
            descending = from_ is not None and read.value > partner.value
            read.end = partner.end
            skip_to = partner.end
            if opener:
                left = max(0, left - 20) + opener.start()

    measured = read.measured or low is not None
    counted = None if read.measured else counted_noun(text, read.end, singular=value == 1)
    if (
        not measured
        and not plain
        and value >= 100
        and words_before(text, left)[-1:] in (["at"], ["to"])
        and _INDEX_RE.search(text[max(0, left - 120) : left])
    ):
        read.percent = "point"  # a market index level: "the FTSE 100 closed at 7,425.81"
        measured = True
        counted = None
    if (
        not measured
        and counted is None
        and _RANK_BEFORE_RE.search(text[max(0, start - 20) : start])
    ):
        return None, skip_to  # a rank: "finished in the bottom three"
    if digits and plain and not measured and not read.scaled and not negative:
        if 1700 <= value < 2200 and end - start == 4:
            # "1500 homes" is a count; "2001 winners", "2004 financial reports" are years
            plural_noun = (
                value < 1900
                and counted is not None
                and counted.split()[0].endswith("s")
                and not counted.endswith("'s")
            )
            if not (plural_noun or approx_before(text, left) != "="):
                return None, skip_to
        if (
            ERA_RE.search(text[max(0, start - 6) : start])
            or ERA_AFTER_RE.match(text, end)
            or ERA_PAIR_RE.search(text[max(0, start - 20) : start])
        ):
            return None, skip_to  # "AD 1260", "300 BC"
        if is_identifier(text, left, read.end, value):
            return None, continuation_end(text, skip_to)
    if (
        low is not None
        and not read.measured
        and not read.scaled
        and STREET_AFTER_RE.match(text, read.end)
    ):
        return None, skip_to

    approx, change = left_context(text, left, ratio=read.measured)
    if (
        approx == ">"
        and read.unit in _TIME_UNITS
        and re.search(r"\bover\s+(?:the\s+)?$", text[max(0, left - 10) : left], _I)
    ):
        approx = "="  # "over five years" is a period, not a lower bound
    if change and from_ and low is not None:
        direction_only = change  # "rose from 10% to 15%": a movement, not a range of changes
        change = None
    else:
        direction_only = None
    if sub:
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

    direction = change or direction_only or ("down" if descending else None)
    if direction is None:
        direction = level_direction(text, left)
    if (
        read.percent
        and left >= 1
        and text[left - 1] == "+"
        and (left == 1 or not text[left - 2].isalnum())
    ):
        change = direction = "up"  # market reports: "Dow +0.2%"
        left -= 1
    elif read.percent and negative and change is None:
        change = direction = "down"  # "FTSE -0.6%"

    b = Figure(start=left, end=read.end, value=read.value, approx=approx, change=change)
    b.direction = direction
    if (
        opener is None
        and not negative
        and read.currency_left is None
        and text[left : left + 1] != "+"
    ):
        b.start = start
    b.low, b.high = low, high
    if low is not None:
        b.value = None
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
        if read.unit == "degree" and WEATHER_RE.search(text[max(0, start - 80) : read.end + 60]):
            b.dimension = "temperature"
    else:
        b.kind, b.dimension = "count", "count"
    # ages: "a 45-year-old", "18 months old", "aged 45"
    if b.unit in ("year", "month", "week", "day"):
        age = _OLD_AFTER_RE.match(text, b.end)
        if age:
            b.dimension, b.end = "age", age.end()
            skip_to = max(skip_to, age.end())
    elif b.kind == "count" and (
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
        # "aged 45", "Jamie Armstrong, 25, said": a person's age in years
        b.unit, b.dimension, b.kind, b.counted = "year", "age", "measure", None
    return b, skip_to
