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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newslint.extract.numbers import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    fraction_value,
    parse_number_words,
    parse_numeral,
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
    UNIT_SYMBOL_RE,
    UNIT_WORD_RE,
    UNITS,
    currency_for_prefix,
    unit_for_surface,
)
from newslint.report.model import Quantity

_I = re.IGNORECASE

# ---- the number itself ------------------------------------------------------------------------

_NUMBER_RE = re.compile(
    rf"(?P<digits>(?<![\w.])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?(?!\d)|(?<![\w.,])\.\d+)"
    rf"|(?P<words>\b{NUMBER_WORDS}\b)",
    _I,
)
_CHEAP_GATE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|"
    r"twice|majority|minority|most|dozens|hundreds|thousands|millions|billions|masse|size|equivalent|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|fifths?|tenths?)",
    _I,
)

_SCALE_WORD_RE = re.compile(
    r"(?:\s+|\s?-\s?)(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|lac|hundred)(?![a-z])",
    _I,
)
_SCALE_SUFFIX_RE = re.compile(
    r"(?P<sp>\s?)(?P<scale>bn|mn|mln|tn|trn|k|m|b|K|M|B)(?![A-Za-z0-9²³])"
)
# After "5m": metres, not million ("a 5m-high wall", "the 100m sprint").
_METRE_CONTEXT_RE = re.compile(
    r"\s?-?\s?(?:high|tall|long|wide|deep|thick|sprint|race|hurdles|freestyle|butterfly|breaststroke|"
    r"backstroke|relay|dash|final|above|below|under|underground|away|in (?:height|length|diameter|depth)|"
    r"x\s?\d)\b",
    _I,
)

# ---- what surrounds it ------------------------------------------------------------------------

_APPROX: dict[str, str] = {
    "about": "~",
    "around": "~",
    "roughly": "~",
    "some": "~",
    "nearly": "~",
    "almost": "~",
    "close to": "~",
    "approximately": "~",
    "approx.": "~",
    "an estimated": "~",
    "estimated": "~",
    "circa": "~",
    "c.": "~",
    "ca.": "~",
    "~": "~",
    "just over": ">",
    "just under": "<",
    "more than": ">",
    "over": ">",
    "over than": ">",
    "above": ">",
    "in excess of": ">",
    "upwards of": ">",
    "upward of": ">",
    "north of": ">",
    "greater than": ">",
    "at least": ">=",
    "no fewer than": ">=",
    "no less than": ">=",
    "a minimum of": ">=",
    "less than": "<",
    "under": "<",
    "below": "<",
    "fewer than": "<",
    "lower than": "<",
    "shy of": "<",
    "up to": "<=",
    "no more than": "<=",
    "at most": "<=",
    "a maximum of": "<=",
    "as many as": "<=",
    "as much as": "<=",
    "as high as": "<=",
    "not more than": "<=",
}


def _phrase_alt(phrases: list[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


_APPROX_RE = re.compile(rf"(?:(?<![\w.])|(?<=~))(?P<a>{_phrase_alt(list(_APPROX))})\s*$", _I)
_APPROX_AFTER_RE = re.compile(
    r"(?:\s+or\s+(?P<more>more|above|over|higher|so|less|fewer|under)\b|(?P<plus>\+|-plus\b))", _I
)

_UP = (
    "rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|climbed|climb|climbs|"
    "climbing|gained|gains|gaining|jumped|jumps|jumping|soared|soars|soaring|surged|surges|surging|"
    "grew|grow|grows|growing|grown|advanced|advances|advancing|rallied|rebounded|added|adds|spiked|"
    "leapt|leaped|leaps|boosted|raised|raising|hiked|widened|accelerated|edged\\s+up|ticked\\s+up|"
    "went\\s+up|gone\\s+up|going\\s+up|higher"
)
_DOWN = (
    "fell|fall|falls|falling|fallen|down|dropped|drop|drops|dropping|declined|decline|declines|"
    "declining|decreased|decrease|decreases|decreasing|slid|slides|sliding|slipped|slips|slumped|"
    "slumps|plunged|plunges|plummeted|plummets|tumbled|tumbles|sank|sinks|sunk|shed|sheds|lost|loses|"
    "losing|eased|eases|dipped|dips|lower|shrank|shrinks|shrunk|contracted|retreated|cut|cuts|"
    "reduced|lowered|slowed|narrowed|edged\\s+down|ticked\\s+down|went\\s+down|gone\\s+down|"
    "going\\s+down|tanked|crashed|collapsed|sagged|dived|dove|lose"
)
_CHANGE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))"
    r"(?:\s+(?:by|a\s+further|another|a\s+massive|a\s+whopping|a\s+modest|just|only|an?\s+additional|"
    r"an?\s+extra|sharply|slightly|steeply|more\s+than|a|an|nearly|almost|about|some|roughly|around|"
    r"over|to\s+the\s+tune\s+of))*\s*$",
    _I,
)
_CHANGE_NOUN_RE = re.compile(
    r"(?<![\w-])(?:an?\s+)?(?:(?P<up>increase|rise|jump|gain|growth|surge|hike|climb|boost)|"
    r"(?P<down>decrease|fall|drop|decline|cut|reduction|slump|loss|dip|plunge))\s+of\s*$",
    _I,
)
_CHANGE_AFTER_RE = re.compile(
    r"\s+(?:(?P<up>higher|up)|(?P<down>lower|down))\b(?!\s+(?:to|from)\b)", _I
)

_PERCENT_RE = re.compile(
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|per-cent\b|pct\b)"
    r"|(?P<pc>pc)\b"
    r"|\s?(?:-\s?)?(?P<pp>percentage[\s-]points?|percent(?:age)?\s+pts?|ppts?|pps?)\b"
    r"|\s?(?:-\s?)?(?P<bp>basis[\s-]points?|bps|bp)\b"
    r"|\s?(?:-\s?)?(?P<pt>points?|pts?)\b)",
    _I,
)
_PER_RE = re.compile(
    r"(?:\s?-?\s?(?:a|an)\s?-?\s?|\s?per\s|\s?/\s?|\s+each\s+)"
    r"(?P<per>year|annum|month|week|day|night|hour|minute|second|head|person|capita|barrel|tonne|ton|"
    r"litre|liter|gallon|share|kilogram|kilo|kg|pound|lb|ounce|square\s+foot|sq\s?ft|square\s+metre|"
    r"game|match|episode|unit|household|mile|km|kilometre)\b",
    _I,
)
_FEET_INCHES_RE = re.compile(r"\s?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:in|ins|inches|\")(?![\w])")
_AGE_AFTER_RE = re.compile(r"\s?-\s?(?:year|yr)s?\s?-\s?olds?\b", _I)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age|ages)\s*$", _I)

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?,?\s*$")
_MONTH_AFTER_RE = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}\b")
_TIME_AFTER_RE = re.compile(
    r"^(?:\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s?(?:GMT|BST|UTC|EDT|EST|CET|CEST|PDT|PST|CDT|CST|ET|PT|hrs|local\s+time)\b|:\d|h\d\d)",
)
_ORDINAL_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)\b", _I)
_GLUED_AFTER_RE = re.compile(r"^(?:['’]?s\b|[.,:/]\d|-\d{1,2}\b(?=[/.-]\d))")
_IDENTIFIER_WORDS = re.compile(
    r"(?:\b(?:no|nos|number|page|pages|chapter|article|section|room|flight|route|platform|gate|"
    r"version|episode|season|series|level|grade|category|type|phase|stage|round|lot|line|channel|"
    r"model|mark|term|act|verse|bill|item|exhibit|table|figure|fig|ward|district|junction|exit|"
    r"highway|interstate|pier|terminal|unit|block|apartment|flat|suite|box|code|number|row|seat|"
    r"edition|issue|vol|volume|part|step|paragraph|clause|rule|tier|zone|year|years|squad|"
    r"aged\s+under|under-|u)\.?\s*|#\s*)$",
    _I,
)
_STREET_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|"
    r"Way|Place|Pl|Square|Sq|Terrace|Crescent|Close|Court|Ct|Parkway|Highway|Hill|Row|Gardens|Mews)\b"
)
_CAP_WORD_BEFORE_RE = re.compile(r"(?P<word>[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w]*)\s$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”(]\s*|\n\s*)$")
_CAP_STARTERS = {
    "About",
    "Around",
    "Some",
    "Over",
    "Nearly",
    "Almost",
    "Only",
    "Just",
    "The",
    "Another",
    "Up",
    "Down",
    "More",
    "Less",
    "Fewer",
    "Under",
    "With",
    "And",
    "But",
    "For",
    "In",
    "On",
    "At",
    "By",
    "To",
    "From",
    "Of",
    "Than",
    "All",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "My",
    "Your",
    "Every",
    "Each",
    "Those",
    "These",
    "When",
    "Since",
    "After",
    "Before",
    "Until",
    "Between",
    "Among",
    "Roughly",
    "Approximately",
    "Estimated",
    "An",
    "A",
    "Rose",
    "Fell",
    "Was",
    "Were",
    "Is",
    "Are",
    "Has",
    "Had",
    "Have",
    "Paid",
    "Killed",
    "Cost",
    "Costs",
    "Aged",
    "Age",
    "Minus",
    "Plus",
    "Top",
    "Least",
    "Most",
    "Below",
    "Above",
    "Past",
    "First",
    "Last",
    "Next",
    "Per",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Dozens",
    "Hundreds",
    "Thousands",
    "Millions",
    "Like",
    "That",
    "Which",
    "Who",
    "If",
    "As",
    "So",
    "Or",
    "Nor",
    "Yet",
    "Whereas",
    "While",
    "Although",
    "Though",
    "Because",
    "Still",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "There",
    "Here",
    "They",
    "We",
    "He",
    "She",
    "It",
    "I",
    "You",
    "Killing",
    "Including",
    "Totalling",
    "Totaling",
    "Reached",
    "Hit",
    "Topped",
    "Exceeded",
    "Extra",
    "Additional",
    "Further",
}
_SPORT_RE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loss|beat|beats|beaten|drew|draw|drawn|victory|defeat|"
    r"defeated|score|scored|scoreline|lead|led|aggregate|goals?|match|game|final|semi-final|"
    r"half-time|penalties|innings|set|sets|tie|thrashed|edged|routed|trounced)\b",
    _I,
)
_WEATHER_RE = re.compile(
    r"temperature|weather|heat|hot|cold|warm|cool|freez|frost|degree|celsius|fahrenheit|forecast|"
    r"thermometer|climate|°|º|mercury|chill|sunshine|summer|winter|snow|oven|fever|boil",
    _I,
)
_PHONE_RE = re.compile(
    r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w,.]\d|\d)"
)
_BRACKET_BETWEEN_RE = re.compile(
    r"^\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.?|or|c\.|some|nearly|almost|=)?\s*$",
    _I,
)

# Words after a bare number that are not the thing counted.
_NOT_COUNTED = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "and",
        "or",
        "but",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "into",
        "onto",
        "over",
        "under",
        "per",
        "so",
        "such",
        "if",
        "when",
        "while",
        "then",
        "there",
        "here",
        "not",
        "no",
        "nor",
        "yet",
        "after",
        "before",
        "since",
        "until",
        "between",
        "among",
        "during",
        "against",
        "about",
        "around",
        "across",
        "through",
        "up",
        "down",
        "out",
        "off",
        "also",
        "only",
        "just",
        "even",
        "more",
        "less",
        "most",
        "least",
        "very",
        "too",
        "each",
        "every",
        "all",
        "any",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "same",
        "own",
        "than",
        "percent",
        "cent",
        "times",
        "time",
        "points",
        "point",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "according",
        "told",
        "percentage",
        "votes",
        "vs",
        "versus",
        "x",
        "while",
        "where",
        "what",
        "how",
        "why",
        "rose",
        "fell",
        "increased",
        "decreased",
        "jumped",
        "climbed",
        "dropped",
        "declined",
        "gained",
        "lost",
        "grew",
        "soared",
        "plunged",
    ]
)
_WORD_AFTER_RE = re.compile(r"\s+(?P<w1>[a-z][a-z'’-]*[a-z])(?:\s+(?P<w2>[a-z][a-z'’-]*[a-z]))?")

# ---- comparisons and vague quantities ---------------------------------------------------------

_MULT_WORDS = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "treble": 3.0,
    "half": 0.5,
    "quadruple": 4.0,
}
_REF = (
    r"(?P<ref>(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|and|the|de|du|la|upon|on)\s+)*[A-Z][\w'’.-]*"
    r"|(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+)"
)
_REFERENCE_OBJECTS = (
    r"(?:football|soccer|rugby|cricket|baseball|american\s+football)\s+(?:pitch|pitches|fields?|grounds?)|"
    r"tennis\s+courts?|basketball\s+courts?|(?:olympic(?:-size[d]?)?\s+)?swimming\s+pools?|olympic(?:-size[d]?)?\s+pools?|"
    r"double-decker\s+buse?s?|london\s+buses|buses|blue\s+whales?|elephants?|jumbo\s+jets?|"
    r"eiffel\s+towers?|empire\s+state\s+buildings?|wembley\s+stadiums?|wembleys|city\s+blocks?|"
    r"central\s+parks?|hyde\s+parks?|manhattans?|waless?|belgiums?|luxembourgs?|greater\s+londons?"
)
_DIM_OF = {
    "size": "area",
    "area": "area",
    "extent": "area",
    "length": "length",
    "height": "length",
    "width": "length",
    "weight": "mass",
    "mass": "mass",
    "population": "count",
    "volume": "volume",
    "large": "area",
    "larger": "area",
    "big": "area",
    "bigger": "area",
    "long": "length",
    "longer": "length",
    "tall": "length",
    "taller": "length",
    "high": "length",
    "higher": "length",
    "wide": "length",
    "wider": "length",
    "heavy": "mass",
    "heavier": "mass",
    "deep": "length",
    "deeper": "length",
    "populous": "count",
}
_MULT = rf"(?P<mult>twice|double|triple|treble|quadruple|half|(?P<mnum>\d+(?:\.\d+)?|{NUMBER_WORDS})\s+times)"
_COMPARISON_RES = [
    # "three times the size of Wales", "half the size of Belgium", "twice the area of Greater London"
    re.compile(
        rf"\b{_MULT}\s+(?:the\s+)?(?P<dim>size|area|extent|length|height|width|weight|population|volume)\s+of\s+{_REF}",
        _I,
    ),
    # "twice as large as Belgium", "three times as big as Wales"
    re.compile(
        rf"\b{_MULT}\s+as\s+(?P<dim>large|big|long|tall|high|wide|heavy|deep|populous)\s+as\s+{_REF}",
        _I,
    ),
    # "five times larger than Luxembourg"
    re.compile(
        rf"\b{_MULT}\s+(?P<dim>larger|bigger|longer|taller|higher|wider|heavier|deeper)\s+than\s+{_REF}",
        _I,
    ),
    # "an area the size of Greater London", "roughly the size of Wales"
    re.compile(rf"\b(?P<one>the)\s+(?P<dim>size|area|length|height)\s+of\s+{_REF}", _I),
]
_EQUIVALENT_RE = re.compile(
    rf"\b(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|(?:as\s+)?(?:big|large)\s+as\s+)?"
    rf"(?P<approx>about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{NUMBER_WORDS}|an?)\s+(?P<ref>{_REFERENCE_OBJECTS})\b",
    _I,
)
_REF_DIM = [
    (
        re.compile(
            r"pitch|field|ground|court|park|block|manhattan|wales|belgium|luxembourg|london", _I
        ),
        "area",
    ),
    (re.compile(r"pool", _I), "volume"),
    (re.compile(r"whale|elephant|jet", _I), "mass"),
    (re.compile(r"bus|tower|building|stadium", _I), "length"),
]

_SHARE = r"(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?P<half>half))"
_SHARE_RE = re.compile(
    rf"\b{_SHARE}(?:\s+of\b|(?=\s+(?:the|its|their|his|her|our|all|those|these|them|us|voters|people|adults|children|respondents)\b)|(?<=s)(?=[\s,.;]))(?!\s+an?\s+(?:million|billion|dozen|hundred|thousand|mile|kilometre|hour|century|decade|year|point))",
    _I,
)
_VAGUE_SHARE_RE = re.compile(
    r"\b(?:(?P<maj>(?:the|a)\s+(?:(?:vast|overwhelming|large|huge|slim|narrow|clear|small|simple|bare|solid|comfortable|big)\s+)?majority)"
    r"|(?P<min>(?:the|a)\s+(?:(?:small|tiny|significant|large|sizeable|sizable|vocal)\s+)?minority)"
    r"|(?<!\bthe\s)(?<!\bat\s)(?P<most>most)(?=\s+of\b|\s+[a-z]+s\b)"
    r"|(?P<masse>en\s+masse))",
    _I,
)
_VAGUE_COUNT_RE = re.compile(
    r"\b(?P<what>dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|"
    r"millions|tens\s+of\s+millions|hundreds\s+of\s+millions|billions|tens\s+of\s+billions|hundreds\s+of\s+billions)"
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


# ---- reading one figure -----------------------------------------------------------------------


@dataclass
class _Read:
    """One number as read so far: the core plus what stands to its right."""

    start: int
    end: int
    value: float
    digits: bool
    plain: bool  # a bare integer with no comma or decimal point, as printed
    scaled: bool = False
    unit: str | None = None
    currency: str | None = None
    minor: float = 1.0  # cents -> 0.01 of the currency
    percent: str | None = None  # percent | percentage_point | basis_point
    per: str | None = None
    currency_left: int | None = None  # where a currency prefix starts


def _scale_at(text: str, pos: int, digits: bool, has_currency: bool) -> tuple[float, int] | None:
    m = _SCALE_WORD_RE.match(text, pos)
    if m:
        word = m.group("scale").lower()
        if word == "hundred" and not digits:
            return None
        return SCALE_WORDS[word], m.end()
    if not digits:
        return None
    m = _SCALE_SUFFIX_RE.match(text, pos)
    if not m:
        return None
    suffix = m.group("scale")
    if m.group("sp") and suffix not in ("bn", "mn", "tn", "trn", "mln"):
        return None
    if suffix in ("m", "M") and not has_currency and _METRE_CONTEXT_RE.match(text, m.end()):
        return None
    if suffix in ("b", "B", "K") and not has_currency:
        return None
    if suffix == "m" and not has_currency and text[m.end() : m.end() + 1] in ("²", "2", "³", "3"):
        return None
    return SCALE_SUFFIXES[suffix], m.end()


def _temperature_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 60]
    if _WEATHER_RE.search(window):
        return True
    # a paired conversion: "40C (104F)" or "104F (40C)"
    return bool(
        re.match(r"\s*[(\[]\s*-?\d+(?:\.\d+)?\s*°?\s*[CF]\b", text[end : end + 20])
    ) or bool(re.search(r"\d\s*°?[CF]\s*[(\[]\s*-?$", text[max(0, start - 20) : start]))


def _unit_at(text: str, pos: int, read: _Read) -> tuple[str, int] | None:
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
            ok = False
        if symbol == "s" and read.plain:
            ok = False
        if symbol == "in" and not re.search(
            r"(?:ft|foot|feet|')\s?$", text[max(0, read.start - 8) : read.start]
        ):
            # "11in" alone is fine, "5 in 10" is not a length
            ok = not spaced and not text[m.end() : m.end() + 1].isdigit()
        name = _SYMBOLS_NAME(symbol)
        if ok and name:
            best = (name, m.end())
    if best is None:
        m = DEGREES_RE.match(text, pos)
        if m:
            best = ("degree", m.end())
    return best


def _SYMBOLS_NAME(symbol: str) -> str | None:
    return unit_for_surface(symbol)


def _read_right(
    text: str, start: int, end: int, value: float, digits: bool, plain: bool
) -> _Read | None:
    """Scale, unit, currency word, percent and 'a year' after the number."""
    read = _Read(start, end, value, digits, plain)
    cur = CURRENCY_PREFIX_RE.search(text, max(0, start - 8), start)
    if cur:
        code = currency_for_prefix(cur.group("cur"))
        if code:
            read.currency, read.currency_left = code, cur.start()
    pos = end
    scale = _scale_at(text, pos, digits, read.currency is not None)
    if scale:
        read.value *= scale[0]
        read.scaled = True
        pos = scale[1]
        # "3.5 billion dollars", "1 thousand million" are rare; one scale is enough
    m = _PERCENT_RE.match(text, pos)
    if m and read.currency is None:
        if m.group("pct") or m.group("pc"):
            read.percent = "percent"
        elif m.group("pp"):
            read.percent = "percentage_point"
        elif m.group("bp"):
            read.percent = "basis_point"
        else:
            read.percent = "percentage_point"
        pos = m.end()
    elif read.currency is None:
        m = CURRENCY_WORD_RE.match(text, pos) or CURRENCY_CODE_AFTER_RE.match(text, pos)
        pounds = POUNDS_RE.match(text, pos)
        minor = MINOR_UNIT_RE_match(text, pos, digits)
        if m:
            surface = m.group("cur")
            read.currency = CURRENCY_WORDS.get(surface.lower()) or CURRENCY_CODES_AFTER.get(surface)
            if (surface.lower() == "won" and not read.scaled) or (
                surface.lower() == "rand" and not read.scaled
            ):
                read.currency = None
            else:
                pos = m.end()
        elif pounds:
            window = text[max(0, start - 60) : pounds.end() + 40]
            if read.scaled or not re.search(
                r"weigh|heav|lighter|lb|kg|body|baby|fish|lost|gained|shed|ton", window, _I
            ):
                read.currency = "GBP"
            else:
                read.unit = "pound"
            pos = pounds.end()
        elif minor:
            unit_name, code, factor = minor[0]
            read.unit, read.currency, read.minor = unit_name, code, factor
            pos = minor[1]
        if read.currency is None and read.unit is None:
            unit = _unit_at(text, pos, read)
            if unit:
                read.unit, pos = unit
                if read.unit == "foot":
                    inches = _FEET_INCHES_RE.match(text, pos)
                    if inches:
                        read.value += float(inches.group("n")) / 12
                        pos = inches.end()
    else:
        # "£5m pounds" does not happen, but "$5 million USD" does
        code_after = CURRENCY_CODE_AFTER_RE.match(text, pos)
        if code_after:
            pos = code_after.end()
        minor = MINOR_UNIT_RE_match(text, pos, digits)
        if minor and read.currency == "USD" and minor[0][0] == "cent":
            pos = minor[1]
    if read.currency or read.percent or read.unit:
        per = _PER_RE.match(text, pos)
        if per:
            read.per = re.sub(r"\s+", " ", per.group("per").lower())
            pos = per.end()
    read.end = pos
    return read


_MINOR_RE = re.compile(r"(?P<sp>\s?)(?P<word>cents|cent|pence|penny|p)(?![\w])")


def MINOR_UNIT_RE_match(
    text: str, pos: int, digits: bool
) -> tuple[tuple[str, str, float], int] | None:
    m = _MINOR_RE.match(text, pos)
    if not m or not digits:
        return None
    word = m.group("word")
    if word == "p" and m.group("sp"):
        return None
    return MINOR_UNITS[word], m.end()


def _core(text: str, m: re.Match[str]) -> tuple[float, bool, bool] | None:
    """(value, written in digits, plain integer) for a number match, or None to skip it."""
    raw = m.group()
    if m.group("digits") is not None:
        value = parse_numeral(raw)
        if value is None:
            return None
        return value, True, ("," not in raw and "." not in raw)
    value = parse_number_words(raw)
    if value is None:
        return None
    return value, False, False


@dataclass
class _Built:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    approx: str = "="
    change: str | None = None
    kind: str = "count"
    currency: str | None = None
    multiplier: float | None = None
    reference: str | None = None
    counted: str | None = None
    per: str | None = None
    minor: float = 1.0
    conversion_of: int | None = None


class _Spans:
    """Character spans already read, so no number is read twice."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos < self.ends[i]


def _is_identifier(text: str, start: int, read: _Read) -> bool:
    """ "Boeing 737", "Section 427", "No. 10", "Fortune 100", "10 Downing Street"."""
    before = text[max(0, start - 30) : start]
    if _IDENTIFIER_WORDS.search(before):
        return True
    m = _CAP_WORD_BEFORE_RE.search(before)
    if (
        m
        and m.group("word").rstrip(".") not in _CAP_STARTERS
        and not _MONTH_BEFORE_RE.search(before)
    ):
        head = before[: m.start()]
        if not _SENTENCE_START_RE.search(head):
            return True
    return bool(_STREET_AFTER_RE.match(text, read.end))


def _left_context(text: str, left: int) -> tuple[str, str | None, int]:
    """(approx, change, new left) from the words before a figure."""
    approx = "="
    change: str | None = None
    window_start = max(0, left - 60)
    before = text[window_start:left]
    m = _APPROX_RE.search(before)
    if m:
        approx = _APPROX[re.sub(r"\s+", " ", m.group("a").lower())]
        left = window_start + m.start()
        before = text[window_start:left]
    m = _CHANGE_RE.search(before)
    if m:
        change = "up" if m.group("up") else "down"
        word = (m.group("up") or m.group("down")).lower()
        if word in ("up", "down") and re.search(
            r"\b(?:be|was|were|is|are|been|being)\s+$", before[: m.start()]
        ):
            pass  # "were up 5%" is still a change
        left = window_start + m.start()
    else:
        m = _CHANGE_NOUN_RE.search(before)
        if m:
            change = "up" if m.group("up") else "down"
            left = window_start + m.start()
    return approx, change, left


def _counted_noun(text: str, pos: int) -> str | None:
    m = _WORD_AFTER_RE.match(text, pos)
    if not m:
        return None
    w1, w2 = m.group("w1"), m.group("w2")
    if w1 in _NOT_COUNTED or w1.endswith(("ly", "'s", "’s")):
        return None
    if (
        w2
        and not w1.endswith("s")
        and w2 not in _NOT_COUNTED
        and w2.endswith("s")
        and not w2.endswith("ss")
    ):
        return f"{w1} {w2}"
    return w1


def _finish(b: _Built) -> None:
    """Kind, dimension and SI value from unit/currency/percent."""


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order of position."""
    if not text or not _CHEAP_GATE.search(text):
        return []
    taken = _Spans()
    built: list[_Built] = []
    _find_comparisons(text, taken, built)
    _find_vague(text, taken, built)
    for phone in _PHONE_RE.finditer(text):
        raw = phone.group()
        digit_count = sum(c.isdigit() for c in raw)
        if (
            digit_count >= 9 and (raw[0] in "+(0" or "-" in raw or raw.count(" ") >= 2)
        ) or re.fullmatch(r"\d{3}-\d{4}", raw):
            taken.add(phone.start(), phone.end())
    consumed_until = 0
    for m in _NUMBER_RE.finditer(text):
        if m.start() < consumed_until or taken.covers(m.start()):
            continue
        result = _read_figure(text, m, taken)
        if result is None:
            continue
        b, skip_to = result
        consumed_until = max(consumed_until, skip_to)
        if b is not None:
            built.append(b)
    built.sort(key=lambda b: (b.start, b.end))
    _pair_conversions(text, built)
    return [_to_quantity(text, b) for b in built]


def _read_figure(text: str, m: re.Match[str], taken: _Spans) -> tuple[_Built | None, int] | None:
    core = _core(text, m)
    if core is None:
        return None, m.end()
    value, digits, plain = core
    start, end = m.span()
    after = text[end : end + 12]
    before = text[max(0, start - 40) : start]
    if digits:
        if (
            start >= 2
            and text[start - 1] in "-–/"
            and (text[start - 2].isalpha() or text[start - 2].isdigit())
        ):
            return None, end  # "Covid-19", "F-16", "24/7"
        if start >= 1 and text[start - 1] in "'’#":
            return None, end  # "'19", "#1"
        if (
            _ORDINAL_AFTER_RE.match(after)
            or _TIME_AFTER_RE.match(after)
            or _GLUED_AFTER_RE.match(after)
        ):
            return None, end
        if _MONTH_BEFORE_RE.search(before) and plain and value <= 31:
            return None, end
        if _MONTH_AFTER_RE.match(after) and plain and value <= 31:
            return None, end
        if re.match(r"^x\d", after):
            return None, end  # "4x4", "A4B2"
    else:
        word = m.group().lower()
        if word == "one" or word == "zero":
            if re.match(
                r"^(?:\s+(?:of|another|or|and|by|at|in|on|who|that|which|thing|way|day|another|time|hand|point|side|hundred percent)\b|['’]s|[,.;:!?)\"”]|\s*$)",
                after,
                _I,
            ):
                return None, end
            if re.search(
                r"\b(?:no|the|this|that|any|every|each|which|someone|anyone|everyone|little|a|another)\s+$",
                before,
                _I,
            ):
                return None, end
        if after.startswith("-") and not re.match(
            r"^-(?:year|month|week|day|hour|minute|mile|km|metre|meter|foot|point|percent|per)",
            after,
            _I,
        ):
            return None, end  # "one-off", "two-way", "three-pointer"
        if after.startswith("-") is False and re.match(
            r"^\s*-\s*(?:thirds?|quarters?|fifths?|halves)\b", after, _I
        ):
            return None, end
    read = _read_right(text, start, end, value, digits, plain)
    if read is None:
        return None, end
    # a glued letter that is not a unit or scale: "5G", "3D", "737MAX"
    if digits and read.end == end and re.match(r"^[A-Za-z]", after):
        return None, end
    if digits and read.end == end and re.match(r"^(?:[CF]|s)\b", text[end : end + 2]):
        return None, end
    left = read.currency_left if read.currency_left is not None else start
    negative = False
    if left >= 1 and text[left - 1] in "-−" and (left == 1 or not text[left - 2].isalnum()):
        negative = True
        left -= 1
    elif re.search(r"\bminus\s+$", text[max(0, left - 8) : left], _I):
        negative = True
        left = text.rfind("minus", 0, left)
    if negative:
        read.value = -read.value

    # ranges: "2-3 million", "between 2 and 3", "from 10% to 15%", "four to five thousand"
    low: float | None = None
    high: float | None = None
    skip_to = read.end
    pre = text[max(0, left - 20) : left]
    between = re.search(r"\bbetween\s+$", pre, _I)
    from_ = re.search(r"\bfrom\s+$", pre, _I)
    link = r"\s?(?:-|–|—)\s?|\s+to\s+" if not between else r"\s+and\s+|\s?(?:-|–)\s?"
    lm = re.compile(link, _I).match(text, read.end)
    partner: _Read | None = None
    if lm:
        pm = _NUMBER_RE.match(text, _skip_currency(text, lm.end()))
        if pm and not taken.covers(pm.start()):
            pcore = _core(text, pm)
            if pcore:
                partner = _read_right(text, pm.start(), pm.end(), pcore[0], pcore[1], pcore[2])
    if partner is not None:
        sep = text[read.end : lm.end()] if lm else ""
        hyphen = "-" in sep or "–" in sep or "—" in sep
        bare = not (read.unit or read.currency or read.percent or read.scaled) and not (
            partner.unit or partner.currency or partner.percent or partner.scaled
        )
        year_span = (
            digits
            and plain
            and 1000 <= abs(read.value) <= 2100
            and partner.plain
            and (len(text[partner.start : partner.end]) in (2, 4))
        )
        is_score = (
            hyphen
            and bare
            and read.plain
            and partner.plain
            and _SPORT_RE.search(text[max(0, start - 100) : partner.end + 60])
        )
        changed_before = _CHANGE_RE.search(text[max(0, left - 60) : left]) and not from_
        units_clash = (
            bool(read.unit and partner.unit and read.unit != partner.unit)
            or bool(read.currency and partner.currency and read.currency != partner.currency)
            or bool(read.percent and partner.percent and read.percent != partner.percent)
        )
        to_link = not hyphen and not between
        if year_span:
            return None, partner.end
        if is_score:
            return None, partner.end
        if (
            not units_clash
            and not (to_link and changed_before)
            and not (hyphen and bare and not _counted_noun(text, partner.end) and not between)
        ):
            # the partner's scale and unit also belong to the first number ("2-3 million")
            if (
                partner.scaled
                and not read.scaled
                and read.plain | (not read.digits)
                and abs(read.value) < 1000
            ):
                read.value *= partner.value / _unscaled(text, partner)
            read.unit = read.unit or partner.unit
            read.currency = read.currency or partner.currency
            read.percent = read.percent or partner.percent
            read.per = read.per or partner.per
            partner.currency = partner.currency or read.currency
            low, high = read.value, partner.value
            if negative and low is not None:
                pass
            read.end = partner.end
            skip_to = partner.end

    # not measures: years, identifiers, bare street numbers
    measured = bool(read.unit or read.currency or read.percent or read.scaled or low is not None)
    counted = None if measured else _counted_noun(text, read.end)
    if digits and plain and not measured and not negative:
        if 1000 <= value <= 2100 and len(m.group()) == 4:
            plural_noun = (
                counted is not None and counted.endswith("s") and not counted.endswith("'s")
            )
            approx_before = _APPROX_RE.search(text[max(0, left - 30) : left])
            if not (plural_noun or approx_before):
                return None, skip_to
        if _is_identifier(text, left, read):
            return None, skip_to

    approx, change, _ = _left_context(
        text, left - (len(between.group()) if between else 0) - (len(from_.group()) if from_ else 0)
    )
    after_m = _APPROX_AFTER_RE.match(text, read.end)
    if after_m and approx == "=":
        word = (after_m.group("more") or "").lower()
        if after_m.group("plus") or word in ("more", "above", "over", "higher"):
            approx = ">=" if word else ">"
        elif word in ("less", "fewer", "under"):
            approx = "<="
        elif word == "so":
            approx = "~"
    if change is None:
        cm = _CHANGE_AFTER_RE.match(text, read.end)
        if cm and (read.percent or read.currency):
            change = "up" if cm.group("up") else "down"
    if change is not None and not (read.percent or read.currency or read.unit or counted):
        pass

    b = _Built(
        start=left if read.currency_left is not None or negative else start,
        end=read.end,
        value=read.value,
    )
    if read.currency_left is not None:
        b.start = min(read.currency_left, b.start)
    if negative:
        b.start = min(b.start, text.rfind("-", 0, start + 1) if text[left] in "-−" else left)
        if text[left] in "-−":
            b.start = left
    b.approx, b.change = approx, change
    b.low, b.high = low, high
    if low is not None:
        b.value = None
    b.currency = read.currency
    b.minor = read.minor
    b.per = read.per
    b.counted = counted
    if read.currency:
        b.kind, b.dimension = "money", "currency"
        b.unit = read.unit if read.unit in ("cent", "penny") else read.currency
    elif read.percent:
        b.unit = read.percent
        b.kind = "percent" if read.percent == "percent" else "measure"
        b.dimension = UNITS[read.percent].dimension
    elif read.unit:
        b.unit = read.unit
        b.kind = "measure"
        b.dimension = UNITS[read.unit].dimension if read.unit in UNITS else None
        if read.unit == "degree" and _WEATHER_RE.search(text[max(0, start - 80) : read.end + 60]):
            b.dimension = "temperature"
    else:
        b.kind, b.dimension = "count", "count"
    # ages: "a 45-year-old", "aged 45"
    age = _AGE_AFTER_RE.match(text, end)
    if age and not read.currency and not read.percent:
        b.unit, b.dimension, b.kind = "year", "age", "measure"
        b.end = max(b.end, age.end())
        b.counted = None
        skip_to = max(skip_to, age.end())
    elif _AGE_BEFORE_RE.search(text[max(0, start - 10) : start]) and b.kind == "count":
        b.unit, b.dimension, b.kind, b.counted = "year", "age", "measure", None
    return b, skip_to


def _unscaled(text: str, read: _Read) -> float:
    core = _NUMBER_RE.match(text, read.start)
    if core:
        c = _core(text, core)
        if c and c[0]:
            return c[0]
    return 1.0


def _skip_currency(text: str, pos: int) -> int:
    m = re.compile(r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|\$|£|€|¥|₹|Rs\.?\s?)").match(text, pos)
    return m.end() if m else pos


def _pair_conversions(text: str, built: list[_Built]) -> None:
    """A figure in brackets right after another is its conversion: "5km (3.1 miles)"."""
    for i in range(1, len(built)):
        prev, cur = built[i - 1], built[i]
        if prev.end <= cur.start and _BRACKET_BETWEEN_RE.match(text[prev.end : cur.start]):
            cur.conversion_of = i - 1


def _find_comparisons(text: str, taken: _Spans, built: list[_Built]) -> None:
    if not re.search(
        r"times|twice|double|triple|half|size|equivalent|as\s+\w+\s+as|pitch|field|court|pool|bus",
        text,
        _I,
    ):
        return
    for pattern in _COMPARISON_RES:
        for m in pattern.finditer(text):
            if taken.covers(m.start()):
                continue
            if m.groupdict().get("one"):
                mult = 1.0
                # "twice the size of" is read by the first pattern; skip the inner match
            else:
                word = m.group("mult").lower()
                if word in _MULT_WORDS:
                    mult = _MULT_WORDS[word]
                else:
                    num = m.group("mnum")
                    parsed = parse_numeral(num) if num[0].isdigit() else parse_number_words(num)
                    if parsed is None:
                        continue
                    mult = parsed
            ref = _clean_reference(m.group("ref"))
            if not ref:
                continue
            dim = _DIM_OF[m.group("dim").lower()]
            start = m.start()
            approx, _, left = _left_context(text, start)
            end = m.start("ref") + len(ref) + (len(m.group("ref")) - len(m.group("ref").lstrip()))
            end = text.find(ref, m.start("ref")) + len(ref)
            b = _Built(
                start=start,
                end=end,
                value=mult,
                kind="comparison",
                multiplier=mult,
                reference=ref,
                dimension=dim,
                approx=approx,
            )
            built.append(b)
            taken.add(start, end)
    for m in _EQUIVALENT_RE.finditer(text):
        if taken.covers(m.start("n")):
            continue
        n = m.group("n")
        if n.lower() in ("a", "an"):
            if (
                not m.group()
                .lower()
                .startswith(("equivalent", "the equivalent", "as big", "as large"))
            ):
                continue
            mult = 1.0
        else:
            parsed = parse_numeral(n.replace(",", "")) if n[0].isdigit() else parse_number_words(n)
            if parsed is None:
                continue
            mult = parsed
        ref = re.sub(r"\s+", " ", m.group("ref").strip())
        dim = next((d for rx, d in _REF_DIM if rx.search(ref)), "area")
        approx = "="
        if m.group("approx"):
            approx = _APPROX.get(re.sub(r"\s+", " ", m.group("approx").strip().lower()), "~")
        start = (
            m.start()
            if m.group().lower().startswith(("equivalent", "the equivalent"))
            else m.start("approx")
            if m.group("approx")
            else m.start("n")
        )
        b = _Built(
            start=start,
            end=m.end(),
            value=mult,
            kind="comparison",
            multiplier=mult,
            reference=ref,
            dimension=dim,
            approx=approx,
        )
        built.append(b)
        taken.add(start, m.end())


_REF_STOP = re.compile(r"\s+(?:and|of|the|de|du|la|upon|on)$")


def _clean_reference(ref: str) -> str:
    ref = ref.strip()
    ref = re.sub(r"['’]s$", "", ref)
    ref = ref.rstrip(".,;:")
    while True:
        cut = _REF_STOP.sub("", ref)
        if cut == ref:
            break
        ref = cut
    if ref.lower().startswith("the ") and ref[4:5].isupper():
        ref = ref[4:]
    # a lower-case reference must be a known kind of object, not any three words
    if ref[:1].islower():
        m = re.match(rf"(?:an?\s+|the\s+)?(?P<obj>{_REFERENCE_OBJECTS})\b", ref, _I)
        if not m:
            return ""
        ref = m.group("obj")
    return ref


def _find_vague(text: str, taken: _Spans, built: list[_Built]) -> None:
    for m in _SHARE_RE.finditer(text):
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
        b = _Built(
            start=m.start(),
            end=end,
            value=frac,
            low=frac,
            high=frac,
            kind="vague",
            dimension="share",
        )
        b.approx, b.change, _ = _left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), end)
    for m in _VAGUE_SHARE_RE.finditer(text):
        if taken.covers(m.start()):
            continue
        if m.group("maj") or m.group("most"):
            b = _Built(
                start=m.start(),
                end=m.end(),
                value=None,
                low=0.5,
                high=1.0,
                approx=">",
                kind="vague",
                dimension="share",
            )
        elif m.group("min"):
            b = _Built(
                start=m.start(),
                end=m.end(),
                value=None,
                low=0.0,
                high=0.5,
                approx="<",
                kind="vague",
                dimension="share",
            )
        else:
            b = _Built(
                start=m.start(),
                end=m.end(),
                value=None,
                low=0.5,
                high=1.0,
                approx="~",
                kind="vague",
                dimension="share",
            )
        built.append(b)
        taken.add(m.start(), m.end())
    for m in _VAGUE_COUNT_RE.finditer(text):
        if taken.covers(m.start()):
            continue
        what = re.sub(r"\s+", " ", m.group("what").lower())
        low, high = _VAGUE_BOUNDS[what]
        end = m.end("what")
        b = _Built(
            start=m.start(),
            end=end,
            value=None,
            low=low,
            high=high,
            approx="~",
            kind="vague",
            dimension="count",
        )
        if m.group("cur"):
            b.currency = CURRENCY_WORDS.get(
                m.group("cur").lower(), "GBP" if m.group("cur").lower() == "pounds" else None
            )
            b.unit, b.dimension = b.currency, "currency"
            end = m.end()
        b.approx_change = None  # type: ignore[attr-defined]
        _, b.change, _ = _left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), end)


def _to_quantity(text: str, b: _Built) -> Quantity:
    si: float | None = None
    if b.value is not None:
        if b.kind == "money":
            si = b.value * b.minor
        elif b.unit and b.unit in UNITS and b.dimension not in ("age",):
            spec = UNITS[b.unit]
            si = b.value * spec.factor + spec.offset
        elif b.dimension == "age":
            si = b.value * UNITS["year"].factor
        elif b.kind in ("count", "comparison") or b.kind == "vague":
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
    )


__all__ = ["FRACTION_WORDS", "find_quantities"]
