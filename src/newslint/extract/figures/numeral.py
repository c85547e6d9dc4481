"""The number itself and what stands to its right: scale ("m", "bn"), unit ("sq km", "C"), currency,
percent and rate ("a year")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newslint.extract.conversion_gaps import CONVERSION_OPENER
from newslint.extract.numbers import (
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    parse_number_words,
    parse_numeral,
    trailing_scale,
)
from newslint.extract.units import (
    CURRENCY_CODE_AFTER_RE,
    CURRENCY_CODES_AFTER,
    CURRENCY_PREFIX_RE,
    CURRENCY_WORD_RE,
    CURRENCY_WORDS,
    DEGREES_RE,
    MINOR_UNITS,
    POUNDS_RE,
    SCALED_ONLY,
    UNIT_SYMBOL_RE,
    UNIT_WORD_RE,
    UNITS,
    currency_for_prefix,
    unit_for_surface,
)

_I = re.IGNORECASE

# ---- the number itself ------------------------------------------------------------------------

# digits grouped the Indian way ("1,74,992": lakhs and crores) before the three-digit groups
NUMBER_RE = re.compile(
    rf"(?P<digits>(?=[\d.])(?:(?<![\w.,:])|(?<=US)|(?<=RM)|(?<=Rs)|(?<=PS)|(?<=\$A)|(?<=AU)|(?<=NZ)|(?<=HK)|(?<=SD)|(?<=UR)|(?<=BP)|(?<=UD)|(?<=AD)|(?<=NR)|(?<=PY)|(?<=NY)|(?<=HF)|(?<=Y=)|(?<=Sh)|(?<=Dh)|(?<=sh)|(?<=ES)|(?<=KR)|(?<=GN)|(?<=AR)|(?<=ED)|(?<=GP)|(?<=(?-i:\b[RN])))(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?(?!\d)|(?<![\w.,:])\.\d+)"
    rf"|(?P<words>(?=[ahotfsenzdmb])\b{NUMBER_WORDS}\b)",
    _I,
)
CHEAP_GATE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|"
    r"twice|majority|minority|most|dozens|hundreds|thousands|millions|billions|masse|size|equivalent|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|fifths?|tenths?)",
    _I,
)

# "£17.m": a decimal point with no digits after it, then a scale: the figure's value is lost
STRAY_POINT_RE = re.compile(
    r"\.(?:"
    + "|".join(sorted(set(SCALE_SUFFIXES) | set(SCALE_WORDS), key=len, reverse=True))
    + r")(?![A-Za-z0-9])",
    _I,
)
_SCALE_WORD_RE = re.compile(
    r"(?:\s+|\s?-\s?)(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|lac|hundred)(?![a-z])",
    _I,
)
# "the 40 millionth passenger", "its 2 billionth download": an ordinal of a scale, in digits
_MILESTONE_RE = re.compile(r"\s+(?P<scale>thousand|million|billion)th\b", _I)
_SCALE_SUFFIX_RE = re.compile(
    r"(?P<sp>\s?)(?P<scale>bn|mn|mln|mil|tn|trn|k|m|b|K|M|B)(?![A-Za-z0-9²³])"
)
# After "5m": metres, not million ("a 5m-high wall", "the 100m sprint").
_METRE_CONTEXT_RE = re.compile(
    r"\s?-?\s?(?:high|tall|long|wide|deep|thick|sprint|race|hurdles|freestyle|butterfly|breaststroke|"
    r"backstroke|relay|dash|final|above|below|under|underground|away|in (?:height|length|diameter|depth)|"
    r"x\s?\d)\b",
    _I,
)

_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")

_CAPITAL_BEFORE_RE = re.compile(r"\b[A-Z][\w]*\s$")

_SCIENTIFIC_RE = re.compile(
    r"\s?[×x*]\s?10\s?(?:\^|\*\*)?\s?(?P<exp>[-−]?\d{1,3}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
)

_PERCENT_RE = re.compile(
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|per-cent\b|pct\b)"
    r"|(?P<pc>pc)\b"
    r"|\s?(?:-\s?)?(?P<pp>percentage[\s-]points?|percent(?:age)?\s+pts?|ppts?|pps?)\b"
    r"|\s?(?:-\s?)?(?P<bp>basis[\s-]points?|bps|bp)\b"
    r"|\s?(?:-\s?)?(?P<pt>points?|pts?)\b)",
    _I,
)
PER_RE = re.compile(
    # "a year", "-a-year"; never "ahead" ("Rs 57 crore ahead of the auction")
    r"(?:\s?-?\s?(?:a|an)(?:\s|-)\s?|\s?per\s|\s?/\s?|\s+each\s+)"
    r"(?P<per>year|annum|month|week|day|night|hour|minute|second|head|person|capita|barrel|tonne|ton|"
    r"litre|liter|gallon|share|kilogram|kilo|kg|pound|lb|ounce|square\s+foot|sq\s?ft|square\s+metre|"
    r"game|match|episode|unit|household|mile|km|kilometre|gram|g|sq\s?m|square\s+meter|decade|century|"
    r"mmbtu|btu|kwh|mwh|visit|ticket|seat|room|student|patient|employee|worker|passenger)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|on)\b)",  # "$6.8bn a year earlier" is no rate
    _I,
)
PER_UNITS = {
    "annum": "year",
    "capita": "person",
    "head": "person",
    "kilo": "kilogram",
    "g": "gram",
}
_PER_WORD_RE = re.compile(r"\s?per\s+(?P<per>[a-z]+)\b")

_FEET_INCHES_RE = re.compile(
    r"(?:,\s?|\s?)(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:in|ins|inch|inches|\"|″)(?![\w])"
)
_MINOR_RE = re.compile(r"(?P<sp>\s?)(?P<word>cents|cent|pence|penny|sen|p|c)(?![\w])")

_TRACK_CONTEXT_RE = re.compile(
    r"athlet|sprint|hurdle|runner|relay|freestyle|butterfly|breaststroke|backstroke|swimm|olympic|"
    r"championship|marathon|\btrack\b|metres|meters|\bindoor",
    _I,
)
_LENGTH_CONVERSION_RE = re.compile(
    rf"\s?{CONVERSION_OPENER}[\d.,]+\s?(?:ft|feet|foot|in|inches|yards|yd|miles?|km|cm)\b", _I
)
_LENGTH_BEFORE_RE = re.compile(
    r"\d\s*(?:ft|feet|foot|in|inch|inches|miles?|yards?|yd)\b[^()\n]{0,12}?"
    rf"{CONVERSION_OPENER}$",
    _I,
)
# a temperature's conversion, more strictly joined: "or" only after a comma, a hyphen only
# spaced ("flats 4C or 5F", "4C-5F" are names)
_TEMPERATURE_OPENER = (
    r"(?:[(\[]|\s[-\u2013\u2014]\s|[\u2013\u2014]|,\s*or\b|,(?=\s*(?:about|around|roughly)\b))\s*"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost)\s*)?"
)
_PAIRED_TEMP_AFTER_RE = re.compile(
    rf"\s*{_TEMPERATURE_OPENER}-?\d+(?:\.\d+)?\s*(?:°|º|deg)?\s*[CF]\b"
)
_PAIRED_TEMP_BEFORE_RE = re.compile(rf"\d\s*(?:°|º|deg)?\s*[CF]\s*{_TEMPERATURE_OPENER}-?$")
_WEIGHT_CONTEXT_RE = re.compile(
    r"weigh|heav|lighter|\blb|(?<![a-z])kg\b|\bkilo|body|baby|fish|\blost\b|gained|\bshed\b|\bton|diet|exercis|"
    r"\bslim|obes|fitness|in\s+(?:better|good|shape)",
    re.I,
)
# "a 15-pound turkey": a weight when the words around are of weight, else left unread (a
# "20-pound note" is money, a "300-pound lineman" a weight; only the context tells)
_HYPHENED_POUND_RE = re.compile(r"-pounds?(?![\w-])", re.I)
# words just before a figure in pounds that make it money whatever the sentence is about
_MONEY_CUE_RE = re.compile(
    r"\b(?:paid|pay|pays|paying|cost|costs|costing|worth|spent|spend|spends|earn|earns|earned|"
    r"fined|fine\s+of|salary|wage|bought|sold|price|priced|charged|charge|budget|fee)\b[^.;]*$",
    re.I,
)

_CURRENCY_SYMBOL_RE = re.compile(
    r"(?:US\s?\$|\$US|A\$|\$A|C\$|HK\s?\$|NZ\s?\$|S\$|\$|£|€|¥|₹|Rs\.?\s?|RM|PS(?=\d{2}|\d[.,])|USD|EUR|GBP)"
)

WEATHER_RE = re.compile(
    r"temperature|weather|heat|hot|cold|warm|cool|freez|frost|degree|celsius|fahrenheit|forecast|"
    r"thermometer|climate|°|º|mercury|chill|sunshine|summer|winter|snow|oven|fever|boil|shade|"
    r"overnight|mild|sweltering|scorching|balmy|frozen|icy|warmest|hottest|coldest",
    _I,
)

_POWER_CONTEXT_RE = re.compile(r"\d\s?(?:hp|bhp|kW|horsepower)\b|\bengine\b", _I)

# ---- reading one figure -----------------------------------------------------------------------


@dataclass
class Numeral:
    """One number as read so far: the core plus what stands to its right."""

    start: int
    end: int
    value: float
    digits: bool
    plain: bool  # a bare integer with no comma or decimal point, as printed
    raw: float = 0.0  # the value before any scale
    scale: float = 1.0
    unit: str | None = None
    currency: str | None = None
    minor: float = 1.0  # cents -> 0.01 of the currency
    percent: str | None = None  # percent | percentage_point | basis_point
    per: str | None = None
    currency_left: int | None = None  # where a currency prefix starts

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0

    @property
    def measured(self) -> bool:
        return bool(self.unit or self.currency or self.percent)

    def kind_key(self) -> str | None:
        if self.currency:
            return "money:" + self.currency
        if self.percent:
            return "percent:" + self.percent
        if self.unit:
            return "unit:" + (UNITS[self.unit].dimension if self.unit in UNITS else self.unit)
        return None


def _scale_at(
    text: str, pos: int, digits: bool, has_currency: bool, start: int = 0
) -> tuple[float, int] | None:
    m = _SCALE_WORD_RE.match(text, pos)
    if m:
        word = m.group("scale").lower()
        if word == "hundred" and not digits:
            return None
        scale, end = SCALE_WORDS[word], m.end()
        more = _SCALE_WORD_RE.match(text, end)  # "4 hundred million", "1 thousand million"
        if more and more.group("scale").lower() != "hundred":
            scale, end = scale * SCALE_WORDS[more.group("scale").lower()], more.end()
        return scale, end
    if not digits:
        return None
    m = _MILESTONE_RE.match(text, pos)
    if m:  # "its 40 millionth passenger": the milestone counts 40 million of them
        return SCALE_WORDS[m.group("scale").lower()], m.end()
    m = _SCALE_SUFFIX_RE.match(text, pos)
    if not m:
        return None
    suffix = m.group("scale")
    if m.group("sp") and suffix not in ("bn", "mn", "tn", "trn", "mln", "mil"):
        return None
    if suffix in ("m", "M") and not has_currency:
        if _METRE_CONTEXT_RE.match(text, m.end()) or _LENGTH_CONVERSION_RE.match(text, m.end()):
            return None
        if _LENGTH_BEFORE_RE.search(text, max(0, start - 40), start):
            return None  # "6ft 2in (1.88m)": the conversion of a length is in metres
        if _TRACK_CONTEXT_RE.search(text, max(0, pos - 150), min(len(text), pos + 150)):
            return None  # "the 800m and 1000m", "400m runners": athletics and swimming
        if text[m.end() : m.end() + 1] in ("²", "2", "³", "3"):
            return None
    if suffix in ("b", "B", "K") and not has_currency:
        return None
    return SCALE_SUFFIXES[suffix], m.end()


def _temperature_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 60]
    if WEATHER_RE.search(window):
        return True
    # a paired conversion: "40C (104F)" or "104F (40C)"
    return bool(_PAIRED_TEMP_AFTER_RE.match(text, end)) or bool(
        _PAIRED_TEMP_BEFORE_RE.search(text[max(0, start - 20) : start])
    )


def _unit_at(text: str, pos: int, read: Numeral) -> tuple[str, int] | None:
    """The measurement unit starting at ``pos``, as a pint name, and where it ends."""
    best: tuple[str, int] | None = None
    m = UNIT_WORD_RE.match(text, pos)
    if m:
        name = unit_for_surface(m.group("unit"))
        if name:
            best = (name, m.end())
    m = UNIT_SYMBOL_RE.match(text, pos)
    if m and (best is None or m.end() > best[1]):
        symbol = m.group("unit")
        spaced = m.start("unit") > pos
        ok = True
        if (len(symbol) == 1 or symbol == "in") and spaced:
            ok = False
        if symbol in ("C", "F") and not _temperature_context(text, read.start, m.end()):
            # a glued C with a value a thermometer can show is a temperature ("-5C", "40C")
            ok = (
                symbol == "C"
                and not spaced
                and -90 <= read.value <= 60
                and not _CAPITAL_BEFORE_RE.search(text[max(0, read.start - 12) : read.start])
            )
        if symbol == "s" and read.plain:
            ok = False
        if symbol == "PS":
            # metric horsepower only beside another power figure: "296 hp (224 kW / 300 PS)"
            ok = bool(_POWER_CONTEXT_RE.search(text, max(0, read.start - 40), m.end() + 40))
        if symbol == "in":
            # "5ft 11in" or "11in"; never "5 in 10"
            ok = not spaced and not text[m.end() : m.end() + 1].isdigit()
        name = unit_for_surface(symbol)
        if ok and name:
            best = (name, m.end())
    if best is None:
        m = DEGREES_RE.match(text, pos)
        if m:
            best = ("degree", m.end())
    return best


def read_right(
    text: str, start: int, end: int, value: float, digits: bool, plain: bool, scale: float = 1.0
) -> Numeral:
    """Currency before; scale, unit, currency word, percent and 'a year' after the number."""
    read = Numeral(start, end, value, digits, plain, raw=value / scale, scale=scale)
    cur = _currency_before(text, start, read)
    pos = end
    sci = _SCIENTIFIC_RE.match(text, pos) if digits else None
    if sci:
        exp = sci.group("exp").translate(_SUPERSCRIPTS).replace("−", "-")
        try:
            read.value *= 10.0 ** int(exp)
        except (ValueError, OverflowError):
            return read
        pos = sci.end()
    found = _scale_at(text, pos, digits, read.currency is not None, start)
    if found:
        read.value = float(f"{read.value * found[0]:.15g}")  # 8.2bn is 8200000000, not ...99.99
        read.scale *= found[0]
        pos = found[1]
    elif cur and cur.group("cur") == "PS" and end - start == 1:
        read.currency = read.currency_left = None  # "PS5" is a games console, "PS6m" is £6m
    elif (
        cur
        and cur.group("cur") in SCALED_ONLY
        and "," not in text[start:end]
        and not _letter_money(text, cur, start, end)
    ):
        # "the R336", "N95 masks": no money; "R40,000" is grouped in thousands as money is
        read.currency = read.currency_left = None
    m = _PERCENT_RE.match(text, pos)
    if m and read.currency is None:
        read.percent = _percent_kind(m)
        pos = m.end()
    elif read.currency is None:
        pos = _unit_after(text, start, pos, read)
    else:
        code_after = CURRENCY_CODE_AFTER_RE.match(text, pos)  # "$5 million USD"
        if code_after:
            pos = code_after.end()
    if read.measured:
        per = PER_RE.match(text, pos) or _PER_WORD_RE.match(text, pos)
        if per:
            surface = re.sub(r"\s+", " ", per.group("per").lower())
            read.per = PER_UNITS.get(surface) or unit_for_surface(surface) or surface
            pos = per.end()
            hour = _HOUR_AFTER_RE.match(text, pos) if read.per in _POWER_UNITS else None
            if hour:  # "per kilowatt hour" is energy, not power
                read.per, pos = _POWER_UNITS[read.per], hour.end()
    read.end = pos
    return read


def _rate_follows(text: str, pos: int) -> bool:
    partner = _CENTS_PARTNER_RE.match(text, pos)  # "from 34.5c to 32.1c per kWh"
    pos = partner.end() if partner else pos
    return bool(PER_RE.match(text, pos) or _PER_WORD_RE.match(text, pos))


_CENTS_PARTNER_RE = re.compile(r"\s*(?:to|and|or|-|–|—)\s*\d+(?:\.\d+)?c(?!\w)")
_HOUR_AFTER_RE = re.compile(r"[\s-]hours?\b", _I)
_POWER_UNITS = {"kilowatt": "kilowatt_hour", "megawatt": "megawatt_hour"}


# An article that prints rand or naira unmistakably ("R1.2 billion", "R40,000", "300 rand")
# writes its small sums with the bare letter too ("R850", "R4.50/kg", "N1.10 per share")
_LETTER_MONEY_RE = {
    letter: re.compile(
        rf"(?<![\w$£€¥]){letter}\s?(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
        rf"|\d+(?:\.\d+)?\s?-?\s?(?:m|bn|million|billion|trillion)\b)|\d\s{word}\b|\b{code}\b"
    )
    for letter, word, code in (("R", "rand", "ZAR"), ("N", "naira", "NGN"))
}
# ... but a whole number after "the" or "on" with nothing of money after it is a road: "the R71
# near Haenertsburg", "use the N2 or Umgeni Road", "on the R336."
_ROAD_BEFORE_RE = re.compile(r"\b(?:the|on|onto|along|off|via)\s+$", _I)
_ROAD_NAMED_RE = re.compile(r"\b(?:route|road|highway|freeway|motorway|national)\s+$", _I)
_ROAD_AFTER_RE = re.compile(
    r"\s*(?:[,;:.)]|$)|\s+(?:[A-Z]|(?:near|through|to|between|at|in|into|outside|and|or|from|"
    r"towards?|past|north|south|east|west|\w+bound|highway|road|freeway|motorway|route|"
    r"interchange|bridge|exit|off-?ramp|turn-?off|toll|junction|intersection)\b)"
)

# a plural noun right after the number: a model or a count, not a sum ("R5 coins")
_NAMES_A_THING_RE = re.compile(r"\s+(?!(?:is|was|has|as|plus|less|this|thus)\b)[a-z]{2,}s\b")


@lru_cache(maxsize=8)
def _prints_letter_money(text: str, letter: str) -> bool:
    return _LETTER_MONEY_RE[letter].search(text) is not None


def _letter_money(text: str, cur: re.Match[str], start: int, end: int) -> bool:
    """ "R850" in an article that prints rand elsewhere; not "the R71 near ..."."""
    if not _prints_letter_money(text, cur.group("cur")):
        return False
    if "." in text[start:end]:
        return True  # no road has a decimal point
    if cur.group("cur") == "N" or _NAMES_A_THING_RE.match(text, end):
        return False  # "N95 masks", "an N95", "R5 coins": a whole naira sum needs a scale
    left = cur.start("cur")
    if _ROAD_NAMED_RE.search(text, max(0, left - 10), left):
        return False  # "Route R40"
    return not (
        _ROAD_BEFORE_RE.search(text, max(0, left - 8), left) and _ROAD_AFTER_RE.match(text, end)
    )


def _currency_before(text: str, start: int, read: Numeral) -> re.Match[str] | None:
    """A currency prefix ("US$", "£") right before the number, set on ``read``."""
    cur = CURRENCY_PREFIX_RE.search(text, max(0, start - 8), start)
    if cur:
        surface, left = cur.group("cur"), cur.start()
        article = re.match(r"[Aa]\s+(?=\S)", surface)
        if article:  # "A $120m deal": the article, then dollars, not A$ (Australian)
            surface, left = surface[article.end() :], left + article.end()
        code = currency_for_prefix(surface)
        if code:
            read.currency, read.currency_left = code, left
    return cur


def _percent_kind(m: re.Match[str]) -> str:
    if m.group("pct") or m.group("pc"):
        return "percent"
    if m.group("bp"):
        return "basis_point"
    if m.group("pp"):
        return "percentage_point"
    return "point"  # index points or poll points: the sentence decides, not us


# South Asian water copy counts flows in MLD, million litres (megalitres) a day
_DAILY_UNIT_RE = re.compile(r"\s?(?:MLD|mld)\b")


def _unit_after(text: str, start: int, pos: int, read: Numeral) -> int:
    """A currency word ("5 billion won"), pounds (money or weight), pence or a unit after the
    number, set on ``read``; returns where it ends."""
    m = CURRENCY_WORD_RE.match(text, pos) or CURRENCY_CODE_AFTER_RE.match(text, pos)
    pounds = POUNDS_RE.match(text, pos)
    hyphened = _HYPHENED_POUND_RE.match(text, pos)
    minor = _minor_unit(text, pos, read.digits)
    if m:
        surface = m.group("cur")
        code = CURRENCY_WORDS.get(surface.lower()) or CURRENCY_CODES_AFTER.get(surface)
        # "won" is a verb and "Rand" a name: only "5 billion won", "300 rand"
        if (surface.lower() != "won" or read.scaled) and surface != "Rand":
            read.currency = code
            pos = m.end()
    elif hyphened and _WEIGHT_CONTEXT_RE.search(text, max(0, start - 60), hyphened.end() + 40):
        read.unit, pos = "pound", hyphened.end()  # "a 15-pound (6.8kg) turkey"; never a note
    elif pounds:
        window = text[max(0, start - 60) : pounds.end() + 40]
        of_follows = re.match(r"\s+of\b", text[pounds.end() : pounds.end() + 4]) is not None
        money_cue = _MONEY_CUE_RE.search(text[max(0, start - 30) : start])
        if (read.scaled or money_cue or not _WEIGHT_CONTEXT_RE.search(window)) and not (
            of_follows and not read.scaled
        ):
            read.currency = "GBP"
        else:
            read.unit = "pound"
        pos = pounds.end()
    elif minor:
        (unit_name, code, factor), pos = minor
        read.unit, read.currency, read.minor = unit_name, code, factor
    daily = _DAILY_UNIT_RE.match(text, pos) if read.currency is None else None
    if daily and read.unit is None:
        read.unit, read.per = "megaliter", "day"  # "12 MLD": a flow, its period in the unit
        return daily.end()
    if read.currency is None and read.unit is None:
        unit = _unit_at(text, pos, read)
        if unit:
            read.unit, pos = unit
            if read.unit == "foot":
                inches = _FEET_INCHES_RE.match(text, pos)
                if inches:
                    read.value += float(inches.group("n")) / 12
                    pos = inches.end()
    return pos


def _minor_unit(text: str, pos: int, digits: bool) -> tuple[tuple[str, str, float], int] | None:
    m = _MINOR_RE.match(text, pos)
    if not m or not digits:
        return None
    word = m.group("word")
    if word == "c" and (m.group("sp") or not _rate_follows(text, m.end())):
        return None  # "35c/kg", "45c a share" are cents; a bare "35c" may be a temperature
    if word == "p" and m.group("sp") and re.match(r"\.\s?m\b|\s?[\dA-Z]", text[m.end() :]):
        return None  # "5 p.m.", "page 5 p 6"; "down 68 p at 1112 p," is in pence
    return MINOR_UNITS[word], m.end()


def number_core(text: str, m: re.Match[str]) -> tuple[float, bool, bool, float] | None:
    """(value, written in digits, plain integer, scale inside the words) or None to skip it."""
    raw = m.group()
    if m.group("digits") is not None:
        value = parse_numeral(raw)
        if value is None:
            return None
        return value, True, ("," not in raw and "." not in raw), 1.0
    value = parse_number_words(raw)
    if value is None:
        return None
    return value, False, False, trailing_scale(raw)


def share_unit(read: Numeral, partner: Numeral) -> None:
    """The partner's scale, unit and currency also belong to the first number ("2-3 million")."""
    if (
        partner.scaled
        and not read.scaled
        and abs(read.raw) < abs(partner.raw)
        and (read.plain or not read.digits)
    ):
        read.value = float(f"{read.value * partner.scale:.15g}")
        read.scale = partner.scale
    read.unit = read.unit or partner.unit
    read.currency = read.currency or partner.currency
    read.minor = partner.minor if read.minor == 1.0 else read.minor
    read.percent = read.percent or partner.percent
    read.per = read.per or partner.per


def skip_currency(text: str, pos: int) -> int:
    m = _CURRENCY_SYMBOL_RE.match(text, pos)
    return m.end() if m else pos
