"""Unit surfaces as news prints them -> pint unit names, dimensions and SI factors; currencies.

The SI factors are written out here (taken from pint's default definitions, which cite NIST SP 811)
so that extraction never imports pint, which costs about a second. ``tests/extract/test_units.py``
checks every factor against pint itself, so the table cannot drift from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str  # a pint unit name: Quantity(1, name) works
    dimension: str
    factor: float  # SI value of 1 name (pint's to_base_units)
    offset: float = 0.0  # for temperatures: SI = value * factor + offset


# (pint name, dimension, factor, offset, case-insensitive surfaces, case-sensitive symbols)
_TABLE: list[tuple[str, str, float, float, tuple[str, ...], tuple[str, ...]]] = [
    # length
    (
        "millimeter",
        "length",
        1e-3,
        0,
        ("millimetres", "millimetre", "millimeters", "millimeter"),
        ("mm",),
    ),
    (
        "centimeter",
        "length",
        1e-2,
        0,
        ("centimetres", "centimetre", "centimeters", "centimeter"),
        ("cm", "cms"),
    ),
    ("meter", "length", 1.0, 0, ("metres", "metre", "meters", "meter"), ("m", "mtrs")),
    (
        "kilometer",
        "length",
        1e3,
        0,
        ("kilometres", "kilometre", "kilometers", "kilometer", "kms", "km"),
        (),
    ),
    ("inch", "length", 0.0254, 0, ("inches", "inch", "ins"), ("in", "″")),
    ("foot", "length", 0.3048, 0, ("feet", "foot", "ft"), ("′",)),
    ("yard", "length", 0.9144, 0, ("yards", "yard", "yds", "yd"), ()),
    ("mile", "length", 1609.344, 0, ("miles", "mile"), ("mi",)),
    ("nautical_mile", "length", 1852.0, 0, ("nautical miles", "nautical mile"), ()),
    (
        "light_year",
        "length",
        9460730472580800.0,
        0,
        ("light years", "light-years", "light year", "light-year"),
        (),
    ),
    # area
    (
        "kilometer**2",
        "area",
        1e6,
        0,
        (
            "square kilometres",
            "square kilometre",
            "square kilometers",
            "square kilometer",
            "sq kilometres",
            "sq kilometers",
            "sq km",
            "sq. km",
            "sq.km",
            "sqkm",
            "km2",
            "km²",
            "km sq",
        ),
        (),
    ),
    (
        "mile**2",
        "area",
        2589988.110336,
        0,
        (
            "square miles",
            "square mile",
            "sq miles",
            "sq mile",
            "sq mi",
            "sq. mi",
            "sqmi",
            "mi2",
            "mi²",
        ),
        (),
    ),
    (
        "meter**2",
        "area",
        1.0,
        0,
        (
            "square metres",
            "square metre",
            "square meters",
            "square meter",
            "sq metres",
            "sq meters",
            "sq m",
            "sq. m",
            "sqm",
            "m2",
            "m²",
        ),
        (),
    ),
    (
        "foot**2",
        "area",
        0.09290304,
        0,
        ("square feet", "square foot", "sq feet", "sq ft", "sq. ft", "sqft", "ft2", "ft²"),
        (),
    ),
    ("hectare", "area", 1e4, 0, ("hectares", "hectare"), ("ha",)),
    ("acre", "area", 4046.8564224, 0, ("acres", "acre"), ()),
    # US water rights count in acre-feet: a volume, never an area of acres
    (
        "acre_foot",
        "volume",
        1233.4892384681489,  # pint: US survey acre x survey foot
        0,
        ("acre-feet", "acre-foot", "acre feet", "acre foot"),
        (),
    ),
    # volume
    (
        "milliliter",
        "volume",
        1e-6,
        0,
        ("millilitres", "millilitre", "milliliters", "milliliter"),
        ("ml", "mL"),
    ),
    ("liter", "volume", 1e-3, 0, ("litres", "litre", "liters", "liter", "ltr"), ("l", "L")),
    # water authorities count in megalitres and gigalitres ("1,200 megalitres an hour")
    (
        "megaliter",
        "volume",
        1e3,
        0,
        ("megalitres", "megalitre", "megaliters", "megaliter"),
        ("ML",),
    ),
    (
        "gigaliter",
        "volume",
        1e6,
        0,
        ("gigalitres", "gigalitre", "gigaliters", "gigaliter"),
        ("GL",),
    ),
    (
        "meter**3",
        "volume",
        1.0,
        0,
        ("cubic metres", "cubic metre", "cubic meters", "cubic meter", "m3", "m³"),
        (),
    ),
    (
        "foot**3",
        "volume",
        0.028316846592,
        0,
        ("cubic feet", "cubic foot", "cu ft", "ft3", "ft³"),
        (),
    ),
    ("gallon", "volume", 0.003785411784, 0, ("gallons", "gallon", "gal"), ()),
    ("oil_barrel", "volume", 0.158987294928, 0, ("barrels", "barrel", "bbl"), ()),
    ("pint", "volume", 0.000473176473, 0, ("pints", "pint"), ()),
    # mass
    ("milligram", "mass", 1e-6, 0, ("milligrams", "milligram", "mg"), ()),
    ("gram", "mass", 1e-3, 0, ("grammes", "gramme", "grams", "gram"), ("g",)),
    (
        "kilogram",
        "mass",
        1.0,
        0,
        ("kilogrammes", "kilogramme", "kilograms", "kilogram", "kilos", "kilo", "kgs", "kg"),
        (),
    ),
    ("metric_ton", "mass", 1000.0, 0, ("tonnes", "tonne", "metric tons", "metric ton"), ("t",)),
    ("ton", "mass", 907.18474, 0, ("tons", "ton"), ()),
    ("megatonne", "mass", 1e9, 0, ("megatonnes", "megatonne", "megatons", "megaton", "mt"), ()),
    ("gigatonne", "mass", 1e12, 0, ("gigatonnes", "gigatonne", "gigatons", "gigaton", "gt"), ()),
    ("pound", "mass", 0.45359237, 0, ("lbs", "lb"), ()),
    ("ounce", "mass", 0.028349523125, 0, ("ounces", "ounce", "oz"), ()),
    ("stone", "mass", 6.35029318, 0, (), ("stone",)),
    # temperature (pint's offset units)
    (
        "degree_Celsius",
        "temperature",
        1.0,
        273.15,
        (
            "degrees celsius",
            "degree celsius",
            "degrees centigrade",
            "celsius",
            "centigrade",
            "degc",
            "deg c",
            "°c",
            "ºc",
            "° c",
        ),
        ("C",),
    ),
    (
        "degree_Fahrenheit",
        "temperature",
        5 / 9,
        459.67 * 5 / 9,
        (
            "degrees fahrenheit",
            "degree fahrenheit",
            "fahrenheit",
            "degf",
            "deg f",
            "°f",
            "ºf",
            "° f",
        ),
        ("F",),
    ),
    ("kelvin", "temperature", 1.0, 0, ("kelvin",), ("K",)),
    # speed
    (
        "mile/hour",
        "speed",
        0.44704,
        0,
        ("miles per hour", "miles an hour", "mile per hour", "mph", "m.p.h."),
        (),
    ),
    (
        "kilometer/hour",
        "speed",
        1 / 3.6,
        0,
        (
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
            "km/h",
            "km/hr",
            "kmh",
            "kph",
        ),
        (),
    ),
    ("meter/second", "speed", 1.0, 0, ("metres per second", "meters per second", "m/s"), ()),
    ("knot", "speed", 1852 / 3600, 0, ("knots", "knot"), ()),
    # time
    ("second", "time", 1.0, 0, ("seconds", "second", "secs", "sec"), ("s",)),
    ("minute", "time", 60.0, 0, ("minutes", "minute", "mins", "min"), ()),
    ("hour", "time", 3600.0, 0, ("hours", "hour", "hrs", "hr"), ("h",)),
    ("day", "time", 86400.0, 0, ("days", "day"), ()),
    ("week", "time", 604800.0, 0, ("weeks", "week"), ()),
    ("month", "time", 2629800.0, 0, ("months", "month"), ()),
    ("year", "time", 31557600.0, 0, ("years", "year", "yrs"), ()),
    ("decade", "time", 315576000.0, 0, ("decades", "decade"), ()),
    ("century", "time", 3155760000.0, 0, ("centuries", "century"), ()),
    # energy
    ("joule", "energy", 1.0, 0, ("joules", "joule"), ("J",)),
    ("kilojoule", "energy", 1e3, 0, ("kilojoules", "kilojoule"), ("kJ",)),
    ("pascal", "pressure", 1.0, 0, ("pascals", "pascal"), ("Pa",)),
    (
        "foot_pound",
        "torque",
        1.3558179483314004,
        0,
        (
            "pound-feet",
            "pound-foot",
            "pound feet",
            "lb-ft",
            "lb ft",
            "lb.-ft.",
            "ft-lb",
            "ft-lbs",
            "foot-pounds",
        ),
        (),
    ),
    (
        "newton*meter",
        "torque",
        1.0,
        0,
        ("newton metres", "newton meters", "newton-metres"),
        ("Nm",),
    ),
    ("kilopascal", "pressure", 1e3, 0, ("kilopascals", "kilopascal", "kpa"), ()),
    ("megapascal", "pressure", 1e6, 0, ("megapascals", "megapascal", "mpa"), ()),
    ("gigapascal", "pressure", 1e9, 0, ("gigapascals", "gigapascal", "gpa"), ()),
    ("psi", "pressure", 6894.757293168361, 0, ("pounds per square inch", "psi"), ()),
    ("ksi", "pressure", 6894757.293168361, 0, ("ksi",), ()),
    ("bar", "pressure", 1e5, 0, ("bars",), ("bar",)),
    ("millibar", "pressure", 100.0, 0, ("millibars", "millibar", "mbar"), ()),
    *(
        (
            f"{_p}watt_hour",
            "energy",
            _f,
            0,
            (f"{_p}watt hours", f"{_p}watt-hours", f"{_p}watt hour", f"{_p}watt-hour", _abbr),
            (),
        )
        for _p, _f, _abbr in (
            ("kilo", 3.6e6, "kwh"),
            ("mega", 3.6e9, "mwh"),
            ("giga", 3.6e12, "gwh"),
            ("tera", 3.6e15, "twh"),
        )
    ),
    (
        "kilocalorie",
        "energy",
        4184.0,
        0,
        ("kilocalories", "kilocalorie", "calories", "calorie", "kcal"),
        (),
    ),
    # power
    ("watt", "power", 1.0, 0, ("watts", "watt"), ("W",)),
    ("kilowatt", "power", 1e3, 0, ("kilowatts", "kilowatt"), ("kW", "KW")),
    ("megawatt", "power", 1e6, 0, ("megawatts", "megawatt"), ("MW",)),
    ("gigawatt", "power", 1e9, 0, ("gigawatts", "gigawatt"), ("GW",)),
    ("horsepower", "power", 745.6998715822702, 0, ("horsepower", "horse power", "bhp", "hp"), ()),
    ("metric_horsepower", "power", 735.49875, 0, ("metric horsepower",), ("PS",)),
    # information
    ("megabyte", "information", 8e6, 0, ("megabytes", "megabyte"), ("MB",)),
    ("gigabyte", "information", 8e9, 0, ("gigabytes", "gigabyte"), ("GB",)),
    ("terabyte", "information", 8e12, 0, ("terabytes", "terabyte"), ("TB",)),
    # frequency, electricity, rotation
    ("hertz", "frequency", 1.0, 0, ("hertz", "hz"), ()),
    ("kilohertz", "frequency", 1e3, 0, ("kilohertz", "khz"), ()),
    ("megahertz", "frequency", 1e6, 0, ("megahertz", "mhz"), ()),
    ("gigahertz", "frequency", 1e9, 0, ("gigahertz", "ghz"), ()),
    ("megabit/second", "data rate", 1e6, 0, ("megabits per second", "mbps", "mbit/s"), ()),
    ("gigabit/second", "data rate", 1e9, 0, ("gigabits per second", "gbps", "gbit/s"), ()),
    ("kilobit/second", "data rate", 1e3, 0, ("kilobits per second", "kbps"), ()),
    (
        "nanometer",
        "length",
        1e-9,
        0,
        ("nanometres", "nanometre", "nanometers", "nanometer"),
        ("nm",),
    ),
    (
        "micrometer",
        "length",
        1e-6,
        0,
        ("micrometres", "micrometre", "micrometers", "micrometer", "microns", "micron", "μm", "µm"),
        (),
    ),
    ("volt", "voltage", 1.0, 0, ("volts", "volt"), ("V",)),
    ("kilovolt", "voltage", 1e3, 0, ("kilovolts", "kilovolt"), ("kV",)),
    ("milliampere_hour", "charge", 3.6, 0, ("mah",), ()),
    ("revolutions_per_minute", "frequency", 1 / 60, 0, ("rpm",), ()),
    # dimensionless ratios
    ("ppm", "ratio", 1e-6, 0, ("parts per million", "ppm"), ()),
    ("ppb", "ratio", 1e-9, 0, ("parts per billion", "ppb"), ()),
    ("mpg", "fuel economy", 1.0, 0, ("miles per gallon", "mpg"), ()),
]

UNITS: dict[str, Unit] = {}
_SURFACES: dict[str, str] = {}  # lower-case surface -> pint name
_SYMBOLS: dict[str, str] = {}  # exact symbol -> pint name
for _name, _dim, _factor, _offset, _surfaces, _symbols in _TABLE:
    UNITS[_name] = Unit(_name, _dim, _factor, _offset)
    for _s in _surfaces:
        _SURFACES[_s.lower()] = _name
    for _s in _symbols:
        _SYMBOLS[_s] = _name

# "degrees" alone: temperature beside weather words, otherwise an angle.
UNITS["degree"] = Unit("degree", "angle", 0.017453292519943295)
# Percent and percentage points are units of their own (a point is not a percent).
UNITS["percent"] = Unit("percent", "percent", 0.01)
UNITS["percentage_point"] = Unit("percentage_point", "percentage point", 0.01)
UNITS["point"] = Unit("point", "points", 1.0)  # "fell 2 points": an index or a poll, unit unknown
UNITS["basis_point"] = Unit("basis_point", "percentage point", 0.0001)


def _alternation(surfaces: list[str]) -> str:
    parts = []
    for s in sorted(surfaces, key=len, reverse=True):
        parts.append(r"\s*".join(re.escape(p) for p in s.split(" ")) if " " in s else re.escape(s))
    return "|".join(parts)


# Measurement units right after a number: "5 km", "5km", "5-km", "1.8 billion-mile", "40C".
# Words match in any case; symbols such as C, F, m, g, W only in the exact case.
UNIT_WORD_RE = re.compile(
    rf"(?:\s?-\s?|\s{{0,2}})(?P<unit>{_alternation(list(_SURFACES))})(?![\w°²³])", re.IGNORECASE
)
UNIT_SYMBOL_RE = re.compile(rf"(?:\s?-\s?|\s?)(?P<unit>{_alternation(list(_SYMBOLS))})(?![\w°²³/])")
DEGREES_RE = re.compile(
    r"\s?(?:-\s?)?(?P<unit>degrees?|deg|°|º)(?!\s*(?:c|f|celsius|fahrenheit|centigrade)\b)(?![\w])",
    re.IGNORECASE,
)


def unit_for_surface(surface: str) -> str | None:
    """The pint name for a unit as printed: ``"sq km"`` -> ``"kilometer**2"``."""
    key = re.sub(r"\s+", " ", surface.strip())
    return _SYMBOLS.get(key) or _SURFACES.get(key.lower())


def to_si(value: float, unit: str) -> float | None:
    """The value in SI base units (``5 km`` -> 5000.0); ``None`` for units we cannot convert."""
    spec = UNITS.get(unit)
    if spec is None:
        return None
    return value * spec.factor + spec.offset


# ---- money ------------------------------------------------------------------------------------

# Symbols and codes printed before the amount ("US$40", "£1bn", "Rs 500 crore", "HK$ 3m").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",
    "$A": "AUD",
    "$AU": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "$HK": "HKD",
    # ASCII transliterations (unidecode) of £ and ¥, common in scraped feeds
    "PS": "GBP",
    "Y=": "JPY",
    "U.S.$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "NT$": "TWD",
    "M$": "MXN",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "Rs": "INR",
    "Rs.": "INR",
    "RM": "MYR",
    "USD": "USD",
    "GBP": "GBP",
    "EUR": "EUR",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "AUD": "AUD",
    "CAD": "CAD",
    "CHF": "CHF",
    "HKD": "HKD",
    "SGD": "SGD",
    "NZD": "NZD",
    "INR": "INR",
    "ZAR": "ZAR",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "MYR": "MYR",
    "KSh": "KES",
    "Ksh": "KES",
    # the Kenyan press writes shillings as "Sh12.4 billion" (Daily Nation, The Standard)
    "Sh": "KES",
    "KES": "KES",
    "PKR": "PKR",
    "NGN": "NGN",
    "AED": "AED",
    "Dh": "AED",  # the UAE press: "Dh1.2 million" (The National, Khaleej Times)
    "SAR": "SAR",
    "QAR": "QAR",
    "EGP": "EGP",
    # one letter, as the South African and Nigerian press print rand and naira ("R48 million",
    # "N310bn"): money only with a scale after it or grouped in thousands ("R40,000";
    # ``SCALED_ONLY``), never "the R336" (a road)
    "R": "ZAR",
    "N": "NGN",
}
SCALED_ONLY = frozenset({"R", "N"})

# Currency words printed after the amount ("5 million euros", "300 yuan", "2,435,000 YEN").
CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR",  # after the number, as much of Europe prints it: "1,200 €", "49€"
    "us dollars": "USD",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "swiss francs": "CHF",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "argentine pesos": "ARS",
    "brazilian reais": "BRL",
    "reais": "BRL",
    "turkish lira": "TRY",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "egyptian pounds": "EGP",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "south african rand": "ZAR",
    "nigerian naira": "NGN",
    "kenyan shillings": "KES",
    "shillings": "KES",
    "thai baht": "THB",
    "korean won": "KRW",
    "south korean won": "KRW",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "dollars": "USD",
    "dollar": "USD",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "ringgit": "MYR",
    "shekels": "ILS",
    "shekel": "ILS",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "francs": "CHF",
    "rand": "ZAR",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "czech crowns": "CZK",
    "kuna": "HRK",
    "zloty": "PLN",
    "forint": "HUF",
    "baht": "THB",
    "rupiah": "IDR",
    "dirhams": "AED",
    "riyals": "SAR",
    "naira": "NGN",
    "pesos": "MXN",
    "lira": "TRY",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "won": "KRW",
}
# Codes after the amount must be upper case ("500 USD"), or "won" would catch every victory.
CURRENCY_CODES_AFTER = {
    k: v for k, v in CURRENCY_PREFIXES.items() if k.isalpha() and k.isupper() and len(k) == 3
}
CURRENCY_CODES_AFTER["YEN"] = "JPY"

# Sub-units: value stays as printed, si_value is in the main unit.
MINOR_UNITS: dict[str, tuple[str, str, float]] = {
    "cents": ("cent", "USD", 0.01),
    "cent": ("cent", "USD", 0.01),
    "c": ("cent", "USD", 0.01),  # glued, before a denominator: "35c/kg", "45c a share"
    "pence": ("penny", "GBP", 0.01),
    "penny": ("penny", "GBP", 0.01),
    "p": ("penny", "GBP", 0.01),
    "sen": ("sen", "MYR", 0.01),  # a hundredth of a Malaysian ringgit
}


def _prefix_pattern(key: str) -> str:
    pattern = re.escape(key).replace(r"\ ", r"\s?")
    if len(key) > 1 and key.endswith("$") and key[:-1].isalpha():
        pattern = pattern[:-2] + r"\s?\$"  # "HK $3.7 billion", "US $84 billion"
    return pattern


_prefix_alt = "|".join(_prefix_pattern(k) for k in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
# Anchored at the end of the text before a number.
CURRENCY_PREFIX_RE = re.compile(rf"(?<![\w$£€¥])(?P<cur>{_prefix_alt})(?:\s|\s?[-−])?$")
CURRENCY_WORD_RE = re.compile(
    # "the 12 euro zone countries" are countries, not money
    rf"\s?(?P<cur>{_alternation(list(CURRENCY_WORDS))})(?![\w])(?![\s-]*(?:zone|area)\b)",
    re.IGNORECASE,
)
CURRENCY_CODE_AFTER_RE = re.compile(rf"\s?(?P<cur>{'|'.join(CURRENCY_CODES_AFTER)})(?![\w])")
MINOR_UNIT_RE = re.compile(r"(?:\s?(?P<word>cents|cent|pence|penny)(?![\w])|(?P<p>p)(?![\w]))")
POUNDS_RE = re.compile(r"\s?(?P<cur>pounds|pound|quid)(?![\w-])", re.IGNORECASE)


def currency_for_prefix(surface: str) -> str | None:
    return CURRENCY_PREFIXES.get(re.sub(r"\s+", " ", surface)) or CURRENCY_PREFIXES.get(
        surface.replace(" ", "")
    )
