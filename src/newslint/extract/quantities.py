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
import math
import re
from dataclasses import dataclass

from newslint.budget import checkpoint
from newslint.extract.numbers import (
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    fraction_value,
    parse_number,
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
    UNIT_SYMBOL_RE,
    UNIT_WORD_RE,
    UNITS,
    currency_for_prefix,
    to_si,
    unit_for_surface,
)
from newslint.report.model import Quantity

_I = re.IGNORECASE

# ---- the number itself ------------------------------------------------------------------------

_NUMBER_RE = re.compile(
    rf"(?P<digits>(?=[\d.])(?:(?<![\w.,:])|(?<=US)|(?<=RM)|(?<=Rs)|(?<=PS)|(?<=\$A)|(?<=AU)|(?<=NZ)|(?<=HK)|(?<=SD)|(?<=UR)|(?<=BP)|(?<=UD)|(?<=AD)|(?<=NR)|(?<=PY)|(?<=NY)|(?<=HF)|(?<=Y=))(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?(?!\d)|(?<![\w.,:])\.\d+)"
    rf"|(?P<words>(?=[ahotfsenzdmb])\b{NUMBER_WORDS}\b)",
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
    r"(?P<sp>\s?)(?P<scale>bn|mn|mln|mil|tn|trn|k|m|b|K|M|B)(?![A-Za-z0-9²³])"
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


_APPROX_AFTER_RE = re.compile(
    r"(?:\s+or\s+(?P<more>more|above|over|higher|so|less|fewer|under)\b|(?P<plus>\+|-plus\b))", _I
)

_UP = (
    "rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|climbed|climb|climbs|"
    "climbing|gained|gains|gaining|jumped|jumps|jumping|soared|soars|soaring|surged|surges|surging|"
    "grew|grow|grows|growing|grown|advanced|advances|advancing|rallied|rebounded|added|adds|spiked|"
    "leapt|leaped|leaps|boosted|hiked|widened|accelerated|edged\\s+up|ticked\\s+up|"
    "went\\s+up|gone\\s+up|going\\s+up|higher|upward|upwards|rallying|rallies|rally|jump|"
    "surge|soar|advance|spiking|spikes"
)
_DOWN = (
    "fell|fall|falls|falling|fallen|down|dropped|drop|drops|dropping|declined|decline|declines|"
    "declining|decreased|decrease|decreases|decreasing|slid|slides|sliding|slipped|slips|slumped|"
    "slumps|plunged|plunges|plummeted|plummets|tumbled|tumbles|sank|sinks|sunk|shed|sheds|lost|loses|"
    "losing|eased|eases|dipped|dips|lower|shrank|shrinks|shrunk|contracted|retreated|cut|cuts|"
    "reduced|lowered|slowed|narrowed|edged\\s+down|ticked\\s+down|went\\s+down|gone\\s+down|"
    "going\\s+down|tanked|crashed|collapsed|sagged|dived|dove|lose|downward|downwards|"
    "plummeting|plummet|tumbling|tumble|slumping|slump|sinking|sink|diving|dive|slipping|slip|"
    "sliding|slide|dipping|dip|easing|ease|tanking|shrinking|shrink|shedding"
)
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_CAPITAL_BEFORE_RE = re.compile(r"\b[A-Z][\w]*\s$")
_PRODUCT_AFTER_RE = re.compile(
    r"\s(?:Pro|Max|Plus|Ultra|Mini|Lite|Edition|Series|XL|GT|SE|Prime)\b"
)
_POSTCODE_AFTER_RE = re.compile(r"\s+(?:ZIP|zip|postal|post)\s?codes?\b", _I)
_CONTINUATION_RE = re.compile(r"(?:[-–/.:]\d+)+")
_DATE_RE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
)
_ERA_RE = re.compile(r"\b(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\s*$")
_ERA_PAIR_RE = re.compile(r"\b(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\s*\d{1,4}\s*(?:and|to|or|-|–)\s*$")
# a market index named with its number, also in lower-cased text: "the sp 500", "ftse 100"
_INDEX_NAME_BEFORE_RE = re.compile(
    r"\b(?:s&p|sp|ftse|nasdaq|stoxx|cac|dax|nikkei|asx|tsx|russell|ibex|kospi|nifty|sensex|"
    r"ta|mib|aex|smi|omx)[\s-]$",
    _I,
)
_CAPS_NAME_BEFORE_RE = re.compile(r"\b[A-Z]{2,}\s$")
_ERA_AFTER_RE = re.compile(r"\s*(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\b")
_SCIENTIFIC_RE = re.compile(
    r"\s?[×x*]\s?10\s?(?:\^|\*\*)?\s?(?P<exp>[-−]?\d{1,3}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
)
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
    rf"\b(?P<a>\d+|{NUMBER_WORDS})\s+(?:out\s+of|in)\s+(?:every\s+)?(?P<b>\d+|{NUMBER_WORDS})\b(?!\s*(?:%|per|-|years?|months?|days?|hours?|minutes?|weeks?|seconds?)\b)",
    _I,
)
_INDEX_RE = re.compile(
    r"\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Stoxx|TSX|ASX|Sensex|Nifty|"
    r"KOSPI|Kospi|Composite|Straits\s+Times|TA-\d+|Ibovespa|IBEX|MIB|AEX|SMI)\b"
)
_RANK_BEFORE_RE = re.compile(
    r"\b(?:top|bottom|the\s+last|the\s+first|the\s+next|final|No\.?)\s+$", _I
)
_ELLIPTICAL_BY_RE = re.compile(r"^,?\s.*\sby\s+$")
_RESTATED_RE = re.compile(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", _I)


def _word_table(alternation: str, direction: str) -> dict[str, str]:
    return {w.replace("\\s+", " "): direction for w in alternation.split("|")}


_CHANGE_ALL = {**_word_table(_UP, "up"), **_word_table(_DOWN, "down")}
_CHANGE_WORDS = {w: d for w, d in _CHANGE_ALL.items() if " " not in w}
_CHANGE_PHRASES = {w: d for w, d in _CHANGE_ALL.items() if " " in w}
_RATIO_ONLY_VERBS = {
    "lost",
    "loses",
    "losing",
    "lose",
    "shed",
    "sheds",
    "cut",
    "cuts",
    "added",
    "adds",
    "gained",
    "gains",
    "gaining",
    "reduced",
    "lowered",
    "boosted",
    "raised",
}
_ARTICLE_FILLERS = {"further", "additional", "extra", "massive", "whopping", "modest"}
# "gave up 517 yards", "made up 40%": the particle, not a rise
_PHRASAL_VERBS = {
    "gave",
    "give",
    "gives",
    "giving",
    "given",
    "made",
    "make",
    "makes",
    "making",
    "set",
    "sets",
    "picked",
    "pick",
    "took",
    "take",
    "takes",
    "put",
    "puts",
    "shut",
    "back",
    "backed",
    "end",
    "ended",
    "ends",
    "turned",
    "turn",
    "broke",
    "break",
    "cut",
    "cuts",
    "wound",
    "wind",
    "sum",
    "summed",
    "add",
    "adds",
    "added",
    "stepped",
    "step",
    "show",
    "showed",
    "showing",
}
_CLOSING_VERBS = {"end", "ended", "ends", "ending", "finished", "closed", "settled"}
_RAISE_WORDS = {"raised", "raises", "raising", "lifted", "lifts"}
_CHANGE_FILLERS = {
    "by",
    "further",
    "another",
    "massive",
    "whopping",
    "modest",
    "just",
    "only",
    "additional",
    "extra",
    "sharply",
    "slightly",
    "steeply",
    "nearly",
    "almost",
    "about",
    "some",
    "roughly",
    "around",
    "over",
    "more",
    "than",
}
_CHANGE_NOUNS = {
    **dict.fromkeys(
        ["increase", "rise", "jump", "gain", "growth", "surge", "hike", "climb", "boost"], "up"
    ),
    **dict.fromkeys(
        [
            "decrease",
            "fall",
            "drop",
            "decline",
            "cut",
            "reduction",
            "slump",
            "dip",
            "plunge",
        ],
        "down",
    ),
}
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
    r"game|match|episode|unit|household|mile|km|kilometre|gram|g|sq\s?m|square\s+meter|decade|century|"
    r"mmbtu|btu|kwh|mwh|visit|ticket|seat|room|student|patient|employee|worker|passenger)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|on)\b)",  # "$6.8bn a year earlier" is no rate
    _I,
)
_PER_UNITS = {
    "annum": "year",
    "capita": "person",
    "head": "person",
    "kilo": "kilogram",
    "g": "gram",
}
_PER_WORD_RE = re.compile(r"\s?per\s+(?P<per>[a-z]+)\b")
_OF_NOUN_RE = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<w>[A-Za-z][a-z-]+)")
_COMPOUND_NOUN_RE = re.compile(r"-(?P<w>[a-z]{3,})\b(?!-)")
_PARTITIVE_RE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those|them|[A-Z][\w-]*['’]s)\s+"
    r"(?P<w>(?:[A-Z][\w-]*\s+)?[a-z][a-z-]*[a-z]s)\b"
)
_WHOLE_RE = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|all|its|their|his|her|our|those|these)\s+)?"
    r"(?P<w>(?:[A-Z][\w-]*\s+)?[A-Za-z][a-z-]*[a-z])\b"
)
_PROPER_PLURAL_RE = re.compile(r"\s(?P<w>[A-Z][a-z]+(?:ans|ers|ists|ians|ese))\b")
_AGE_APPOSITION_RE = re.compile(r"[A-Z][\w'’.-]+,\s$")
_FEET_INCHES_RE = re.compile(r"\s?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:in|ins|inches|\"|″)(?![\w])")
_MINOR_RE = re.compile(r"(?P<sp>\s?)(?P<word>cents|cent|pence|penny|sen|p)(?![\w])")
_OLD_AFTER_RE = re.compile(r"\s?-?\s?olds?\b", _I)
_TRACK_CONTEXT_RE = re.compile(
    r"athlet|sprint|hurdle|runner|relay|freestyle|butterfly|breaststroke|backstroke|swimm|olympic|"
    r"championship|marathon|\btrack\b|metres|meters|\bindoor",
    _I,
)
_LENGTH_CONVERSION_RE = re.compile(
    r"\s?[(\[]\s?[\d.,]+\s?(?:ft|feet|foot|in|inches|yards|yd|miles?|km|cm)\b", _I
)
_PAIRED_TEMP_AFTER_RE = re.compile(r"\s*[(\[]\s*-?\d+(?:\.\d+)?\s*(?:°|º|deg)?\s*[CF]\b")
_PAIRED_TEMP_BEFORE_RE = re.compile(r"\d\s*(?:°|º|deg)?\s*[CF]\s*[(\[]\s*-?$")
_WEIGHT_CONTEXT_RE = re.compile(
    r"weigh|heav|lighter|\blb|\bkg|body|baby|fish|\blost\b|gained|\bshed\b|\bton|diet|exercis|"
    r"\bslim|obes|fitness|in\s+(?:better|good|shape)",
    re.I,
)
# words just before a figure in pounds that make it money whatever the sentence is about
_MONEY_CUE_RE = re.compile(
    r"\b(?:paid|pay|pays|paying|cost|costs|costing|worth|spent|spend|spends|earn|earns|earned|"
    r"fined|fine\s+of|salary|wage|bought|sold|price|priced|charged|charge|budget|fee)\b[^.;]*$",
    re.I,
)
_MONTH_WORD_RE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_CAP_WORD_AFTER_RE = re.compile(
    r"\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\b"
)
_ONE_AFTER_RE = re.compile(
    r"(?:\s+(?:of|another|or|and|by|at|in|on|who|that|which|thing|way|another|\d)\b|['’]s|\s*[,.;:!?)\"”]|\s*$)",
    re.I,
)
_ONE_BEFORE_RE = re.compile(
    r"\b(?:no|the|this|that|any|every|each|which|someone|anyone|everyone|little|a|another|just|same)\s+$",
    re.I,
)
_UNIT_COMPOUND_RE = re.compile(
    r"-(?:year|month|week|day|hour|minute|second|mile|km|kilometre|metre|meter|foot|point|percent|per|time)",
    re.I,
)
_IDIOM_COMPOUND_RE = re.compile(
    r"-(?:way|fold|sided|dimensional|pronged|tier|off|nil|all|up|faced|liner|horse|man|party|stop|time|thirds?|quarters?|fifths?|halves)\b",
    re.I,
)
_RANGE_LINK_RE = re.compile(r"\s?[–—]\s?|-(?=\S)|\s-\s|\s+to\s+|\s+or\s+", re.I)
_BETWEEN_LINK_RE = re.compile(r"\s+and\s+|\s+to\s+|\s?[–—-]\s?", re.I)
_CURRENCY_SYMBOL_RE = re.compile(
    r"(?:US\s?\$|\$US|A\$|\$A|C\$|HK\s?\$|NZ\s?\$|S\$|\$|£|€|¥|₹|Rs\.?\s?|RM|PS(?=\d{2}|\d[.,])|USD|EUR|GBP)"
)
_AGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:turned|turns|turning|(?:who|he|she)\s+(?:was|is|will\s+be|would\s+have\s+been))\s+$", _I
)
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
    r"\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|"
    r"Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Place|Pl|Square|Sq|Terrace|Crescent|Close|Court|Ct|Parkway|"
    r"Highway|Hill|Row|Gardens|Mews)\b"
    r"|\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard|Blvd|Avenida|Strasse|Straße)\s+[A-Z]"
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
    r"\b(?:won|win|wins|winning|lost|lose|loss|losing|beat|beats|beaten|beating|drew|draw|drawn|"
    r"drawing|trailing|leading|victory|defeat|"
    r"defeated|score|scored|scoreline|lead|led|aggregate|goals?|match|game|final|semi-final|"
    r"half-time|penalties|innings|set|sets|tie|thrashed|edged|routed|trounced)\b",
    _I,
)
_WEATHER_RE = re.compile(
    r"temperature|weather|heat|hot|cold|warm|cool|freez|frost|degree|celsius|fahrenheit|forecast|"
    r"thermometer|climate|°|º|mercury|chill|sunshine|summer|winter|snow|oven|fever|boil|shade|"
    r"overnight|mild|sweltering|scorching|balmy|frozen|icy|warmest|hottest|coldest",
    _I,
)
_PHONE_RE = re.compile(
    r"(?=[+(\d])(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w,.]\d|\d)"
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
        "another",
        "same",
        "own",
        "than",
        "percent",
        "cent",
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
        "behind",
        "beyond",
        "within",
        "without",
        "near",
        "inside",
        "outside",
        "above",
        "below",
        "toward",
        "towards",
        "via",
        "like",
        "upon",
        "amid",
        "despite",
        "along",
    ]
)
# One space-separated word of a noun phrase: "new", "Max", "737", "Model", "3s", "Kia".
_NP_TOKEN_RE = re.compile(r"[ \t]+([A-Za-z0-9](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?)(?=[\s,.;:!?)]|$)")
# Words that can follow a bare number but never head the thing it counts.
_POWER_CONTEXT_RE = re.compile(r"\d\s?(?:hp|bhp|kW|horsepower)\b|\bengine\b", _I)
_PARTICIPLES = {"seen", "made", "done", "known", "given", "taken", "held", "left", "sold", "paid"}
_COUNT_MODIFIERS = {"more", "other", "extra", "additional", "further", "fewer"}
_NOT_HEAD = {
    "last",
    "next",
    "later",
    "earlier",
    "ago",
    "apiece",
    "each",
}
_IRREGULAR_PLURALS = {
    "people",
    "children",
    "police",
    "cattle",
    "staff",
    "personnel",
    "mice",
    "teeth",
    "feet",
}

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
    r"(?P<ref>(?:the[ \t]+)?(?:(?:[A-Z][\w'’-]*|of|and|the|de|du|la|upon|on)[ \t]+)*[A-Z][\w'’-]*"
    r"|(?:an?[ \t]+|the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}[a-z-]+)"
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
_MULT_ANCHOR_RE = re.compile(r"\b(?:times|twice|double|triple|treble|quadruple|half)\b", _I)
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
_COMPARISON_ANCHORS = [
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    re.compile(r"\b(?:size|area|length|height)\s+of\b", _I),
]
_EQUIVALENT_RE = re.compile(
    rf"\b(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|(?:as\s+)?(?:big|large)\s+as\s+)?"
    rf"(?P<approx>about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{NUMBER_WORDS}|an?)\s+(?P<ref>{_REFERENCE_OBJECTS})\b",
    _I,
)
_OBJECT_ANCHOR_RE = re.compile(rf"\b(?:{_REFERENCE_OBJECTS})\b", _I)
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


# ---- reading one figure -----------------------------------------------------------------------


@dataclass
class _Read:
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


def _scale_at(text: str, pos: int, digits: bool, has_currency: bool) -> tuple[float, int] | None:
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
    m = _SCALE_SUFFIX_RE.match(text, pos)
    if not m:
        return None
    suffix = m.group("scale")
    if m.group("sp") and suffix not in ("bn", "mn", "tn", "trn", "mln", "mil"):
        return None
    if suffix in ("m", "M") and not has_currency:
        if _METRE_CONTEXT_RE.match(text, m.end()) or _LENGTH_CONVERSION_RE.match(text, m.end()):
            return None
        if _TRACK_CONTEXT_RE.search(text, max(0, pos - 150), min(len(text), pos + 150)):
            return None  # "the 800m and 1000m", "400m runners": athletics and swimming
        if text[m.end() : m.end() + 1] in ("²", "2", "³", "3"):
            return None
    if suffix in ("b", "B", "K") and not has_currency:
        return None
    return SCALE_SUFFIXES[suffix], m.end()


def _temperature_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 60]
    if _WEATHER_RE.search(window):
        return True
    # a paired conversion: "40C (104F)" or "104F (40C)"
    return bool(_PAIRED_TEMP_AFTER_RE.match(text, end)) or bool(
        _PAIRED_TEMP_BEFORE_RE.search(text[max(0, start - 20) : start])
    )


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


def _read_right(
    text: str, start: int, end: int, value: float, digits: bool, plain: bool, scale: float = 1.0
) -> _Read:
    """Currency before; scale, unit, currency word, percent and 'a year' after the number."""
    read = _Read(start, end, value, digits, plain, raw=value / scale, scale=scale)
    cur = CURRENCY_PREFIX_RE.search(text, max(0, start - 8), start)
    if cur:
        surface, left = cur.group("cur"), cur.start()
        article = re.match(r"[Aa]\s+(?=\S)", surface)
        if article:  # "A $120m deal": the article, then dollars, not A$ (Australian)
            surface, left = surface[article.end() :], left + article.end()
        code = currency_for_prefix(surface)
        if code:
            read.currency, read.currency_left = code, left
    pos = end
    sci = _SCIENTIFIC_RE.match(text, pos) if digits else None
    if sci:
        exp = sci.group("exp").translate(_SUPERSCRIPTS).replace("−", "-")
        try:
            read.value *= 10.0 ** int(exp)
        except (ValueError, OverflowError):
            return read
        pos = sci.end()
    found = _scale_at(text, pos, digits, read.currency is not None)
    if found:
        read.value = float(f"{read.value * found[0]:.15g}")  # 8.2bn is 8200000000, not ...99.99
        read.scale *= found[0]
        pos = found[1]
    elif cur and cur.group("cur") == "PS" and end - start == 1:
        read.currency = read.currency_left = None  # "PS5" is a games console, "PS6m" is £6m
    m = _PERCENT_RE.match(text, pos)
    if m and read.currency is None:
        if m.group("pct") or m.group("pc"):
            read.percent = "percent"
        elif m.group("bp"):
            read.percent = "basis_point"
        elif m.group("pp"):
            read.percent = "percentage_point"
        else:
            read.percent = "point"  # index points or poll points: the sentence decides, not us
        pos = m.end()
    elif read.currency is None:
        m = CURRENCY_WORD_RE.match(text, pos) or CURRENCY_CODE_AFTER_RE.match(text, pos)
        pounds = POUNDS_RE.match(text, pos)
        minor = _minor_unit(text, pos, digits)
        if m:
            surface = m.group("cur")
            code = CURRENCY_WORDS.get(surface.lower()) or CURRENCY_CODES_AFTER.get(surface)
            # "won" and "rand" are words too: only after a scale ("5 billion won")
            # "won" is a verb and "Rand" a name: only "5 billion won", "300 rand"
            if (surface.lower() != "won" or read.scaled) and surface != "Rand":
                read.currency = code
                pos = m.end()
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
        code_after = CURRENCY_CODE_AFTER_RE.match(text, pos)  # "$5 million USD"
        if code_after:
            pos = code_after.end()
    if read.measured:
        per = _PER_RE.match(text, pos) or _PER_WORD_RE.match(text, pos)
        if per:
            surface = re.sub(r"\s+", " ", per.group("per").lower())
            read.per = _PER_UNITS.get(surface) or unit_for_surface(surface) or surface
            pos = per.end()
    read.end = pos
    return read


def _minor_unit(text: str, pos: int, digits: bool) -> tuple[tuple[str, str, float], int] | None:
    m = _MINOR_RE.match(text, pos)
    if not m or not digits:
        return None
    word = m.group("word")
    if word == "p" and m.group("sp") and re.match(r"\.\s?m\b|\s?[\dA-Z]", text[m.end() :]):
        return None  # "5 p.m.", "page 5 p 6"; "down 68 p at 1112 p," is in pence
    return MINOR_UNITS[word], m.end()


def _core(text: str, m: re.Match[str]) -> tuple[float, bool, bool, float] | None:
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
    direction: str | None = None


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


def _is_identifier(text: str, start: int, end: int, value: float) -> bool:
    """ "Boeing 737", "Section 427", "No. 10", "Fortune 100", "10 Downing Street", "(4)"."""
    before = text[max(0, start - 30) : start]
    if _IDENTIFIER_WORDS.search(before) or _INDEX_NAME_BEFORE_RE.search(before):
        return True
    m = _CAP_WORD_BEFORE_RE.search(before)
    if m:
        word = m.group("word").rstrip(".")
        if word not in _CAP_STARTERS and not _MONTH_WORD_RE.fullmatch(word):
            return True
    if start >= 1 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return True  # a shirt number or a list marker
    if (
        100 <= value < 10000
        and _CAP_WORD_AFTER_RE.match(text, end)
        and _approx_before(text, start) == "="
    ):
        return True  # "787 Dreamliner", "737 Max"
    if _PRODUCT_AFTER_RE.match(text, end):
        return True  # "iPhone 11 Pro", "Galaxy S22 Ultra"
    after = _continuation_end(text, end)  # "16-18 Industrial Avenue"
    return bool(_STREET_AFTER_RE.match(text, after) or _POSTCODE_AFTER_RE.match(text, end))


def _words_before(text: str, left: int) -> list[str]:
    """The lower-case words right before ``left``, back to the last punctuation mark. Reading
    words from a short window is much cheaper than end-anchored regular expressions."""
    start = max(0, left - 64)
    chunk = text[start:left].lower()
    words = chunk.split()
    if start > 0 and words and not chunk[0].isspace():
        words = words[1:]  # the window cut a word in half
    if chunk and not chunk[-1].isspace():
        if words and words[-1].endswith("~"):
            return ["~"]
        return []  # glued to something that is not a word: "(5km", "/5"
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[-1] in ',;:!?)]"”' or (word[-1] == "." and word not in _APPROX):
            return words[i + 1 :]
        if word[0] in "([\"“'‘":
            words[i] = word.lstrip("([\"“'‘")
            return words[i:]
    return words


def _approx_of(words: list[str]) -> tuple[str, int]:
    """(approx, how many words it took) from the end of ``words``."""
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            if phrase in _APPROX:
                return _APPROX[phrase], k
    return "=", 0


def _change_of(words: list[str], ratio: bool = False) -> str | None:
    """'up', 'down' or None: "rose by", "fell a further", "cut rates by", "an increase of"."""
    i = len(words)
    skipped_by = False
    steps = 0
    while i > 0 and steps < 4:
        word = words[i - 1]
        if word in ("a", "an") and (i == len(words) or words[i] not in _ARTICLE_FILLERS):
            break  # "added a 30 degree homer" is not a change; "rose a further 2%" is
        if word not in _CHANGE_FILLERS and word not in ("a", "an"):
            break
        skipped_by = skipped_by or word == "by"
        i -= 1
        steps += 1
    if i >= 4 and words[i - 4 : i] == ["to", "the", "tune", "of"]:
        i -= 4
    if i > 0:
        if i >= 2 and " ".join(words[i - 2 : i]) in _CHANGE_PHRASES:
            return _CHANGE_PHRASES[" ".join(words[i - 2 : i])]
        if (
            words[i - 1] in _CHANGE_WORDS
            and not (
                words[i - 1] in ("up", "down")
                and i >= 2
                and words[i - 2] in _PHRASAL_VERBS
                # "closed down 1%", "ended down 1%" are falls; "ended up" is a phrasal verb
                and not (words[i - 1] == "down" and words[i - 2] in _CLOSING_VERBS)
            )
            and (ratio or words[i - 1] not in _RATIO_ONLY_VERBS)
        ):
            return _CHANGE_WORDS[words[i - 1]]
    if skipped_by:  # "cut rates by 25 basis points", "raised its stake by 5%"
        for j in range(i - 1, max(-1, i - 4), -1):
            if words[j] in _CHANGE_WORDS or words[j] in _RAISE_WORDS:
                return _CHANGE_WORDS.get(words[j], "up")
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in _CHANGE_NOUNS:
        return _CHANGE_NOUNS[words[i - 2]]
    return None


def _approx_before(text: str, left: int) -> str:
    """Only the approx of ``_left_context``, without reading the change."""
    return _approx_of(_words_before(text, left))[0]


def _left_context(text: str, left: int, ratio: bool = False) -> tuple[str, str | None]:
    """(approx, change) from the words before a figure. ``ratio``: the figure has a unit,
    so "lost 2%" is a fall; a bare count is not: "lost 53,000 soldiers" is a toll, not a change."""
    words = _words_before(text, left)
    approx, used = _approx_of(words)
    if used:
        if words[-used:] in (["below"], ["above"]):
            return approx, None  # "set to slip below 13%": a level crossed, not a fall
        words = words[:-used]
    return approx, _change_of(words, ratio)


def _level_direction(text: str, left: int) -> str | None:
    """'rose 8.1 percent to 99.20 yuan', 'fell to 49.5Hz': the direction of a level reached."""
    words = _words_before(text, left)
    if not words or words[-1] not in ("to", "at"):
        return None
    for j in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[j] in _CHANGE_WORDS:
            return _CHANGE_WORDS[words[j]]
    return None


def _counted_noun(text: str, pos: int, singular: bool = False) -> str | None:
    """The thing a bare number counts, as printed: "troops", "new schools", "Liverpool fans",
    "Kia and Hyundai vehicles", "new 737 Max jets", "of its Echo devices" -> "Echo devices";
    None when the next word is not a noun we can trust.

    A noun phrase without a parser: modifiers (words, names, model numbers, "and" between
    modifiers) up to the first plural noun; with no plural in reach, the run of words before the
    first function word ("one particular demand that" -> "particular demand")."""
    partitive = _PARTITIVE_RE.match(text, pos)  # "5,000 of the soldiers", "35m of its devices"
    if partitive:
        return partitive.group("w")
    tokens: list[str] = []
    p = pos
    while len(tokens) < 6:
        t = _NP_TOKEN_RE.match(text, p)
        if not t:
            break
        tokens.append(t.group(1))
        p = t.end()
    if not tokens:
        compound = _COMPOUND_NOUN_RE.match(text, pos)  # "a four-cylinder engine"
        if compound and compound.group("w") not in _NOT_COUNTED:
            return compound.group("w")
        return None
    if tokens[0] in _COUNT_MODIFIERS and len(tokens) > 1:
        tokens = tokens[1:]  # "eight more picks", "two other sites": the picks, the sites
    first = tokens[0]
    if re.fullmatch(r"\d{3,}s", first):
        return first  # "two 787s": the model counted
    if first.lower() in _NOT_COUNTED or first.endswith(("ly", "'s", "’s")) or first[0].isdigit():
        return None
    if first[0].isupper():
        proper = _PROPER_PLURAL_RE.match(text, pos)  # "1,307,000 Americans"
        if proper:
            return proper.group("w")
    for k, word in enumerate(tokens):
        if word[0].isdigit() and k > 0 and re.fullmatch(r"\d+s", word):
            return " ".join(tokens[: k + 1])  # "63,150 Model 3s", "two 737s"
        if word[0].isupper() or word[0].isdigit():
            if (
                k > 0
                and word[0].isupper()
                and _looks_plural(word.lower())
                and (k + 1 == len(tokens) or not tokens[k + 1][0].isupper())
            ):
                return " ".join(tokens[: k + 1])  # "eight straight World Cups"
            continue  # a name or a model number inside the phrase: "Model 3 sedans"
        if word in _NOT_COUNTED:
            # "digital and physical sales": "and" joins two modifiers of one noun
            if word == "and" and 0 < k < len(tokens) - 1 and tokens[k + 1] not in _NOT_COUNTED:
                continue
            break
        if _looks_plural(word):
            if singular and k > 0:
                return " ".join(tokens[:k])  # "one proposal asks": a verb after a singular noun
            head = tokens[: k + 1]
            # "5,700 categories of products", "65 snaps of man coverage"
            if k + 2 < len(tokens) and tokens[k + 1] == "of":
                for word_after in tokens[k + 2 : k + 4]:
                    if (
                        not word_after[0].islower()
                        or word_after in _NOT_COUNTED
                        or word_after in _PARTICIPLES
                        or word_after.endswith(("ing", "ed"))
                    ):
                        break
                    head.append(word_after)
                if len(head) > k + 1:
                    head.insert(k + 1, "of")
            return " ".join(head)
    if not first[0].islower():
        return None
    run: list[str] = []
    for word in tokens[:3]:
        if not word[0].islower() or word in _NOT_COUNTED:
            break
        if run and (word.endswith("ed") or word in _PARTICIPLES):
            break  # "three finance minister resigned"
        run.append(word)
    verb_form = run[0].endswith("ing") or (run[0].endswith("ed") and not run[0].endswith("eed"))
    if not run or verb_form or run[0] in _NOT_HEAD:
        return None  # "around 73 raising the prospect", "2.1 last year"
    if len(run) < len(tokens) and tokens[len(run)] == "than":
        return None  # "40k cheaper than"
    return " ".join(run)


_LEMMA_IRREGULAR = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "people": "people",
    "police": "police",
    "news": "news",
    "series": "series",
    "species": "species",
    "data": "data",
    "media": "media",
}
_LEMMA_STOPWORDS = {"a", "an", "the", "and", "or", "of", "its", "their", "his", "her", "our"}


def counted_lemma(phrase: str) -> str:
    """A counted noun phrase in dictionary form, for comparing two counts of the same thing:
    "Kia and Hyundai vehicles" -> "kia hyundai vehicle", "Johnson's deputies" -> "johnson
    deputy". English plural rules and a few irregular nouns; no parser, no tables to load."""
    out = []
    for word in phrase.lower().split():
        if word in _LEMMA_STOPWORDS:
            continue
        word = re.sub(r"['’]s?$", "", word)
        out.append(_singular(word))
    return " ".join(out)


def _singular(word: str) -> str:
    if word in _LEMMA_IRREGULAR:
        return _LEMMA_IRREGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # fishermen, servicemen
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] in ("li", "wi", "kni", "hal", "shel", "wol", "lea"):
        return word[:-3] + ("fe" if word[:-3] in ("li", "wi", "kni") else "f")
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _looks_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS or word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _skip_figure(text: str, m: re.Match[str], value: float, digits: bool, plain: bool) -> bool:
    """Numbers that are not figures at all: parts of names, dates, times, ordinals."""
    start, end = m.span()
    after = text[end : end + 12]
    before = text[max(0, start - 40) : start]
    if digits:
        prev = text[start - 1] if start else ""
        if start >= 2 and (
            (prev in "-–" and text[start - 2].isalpha())
            or (prev == "/" and text[start - 2].isalnum())
        ):
            return not before.lower().endswith(("sub-", "minus-"))  # "Covid-19", "F-16", "24/7"
        if prev and prev in "'’#":
            return True  # "'19", "#1"
        if (
            _ORDINAL_AFTER_RE.match(after)
            or _TIME_AFTER_RE.match(after)
            or _GLUED_AFTER_RE.match(after)
        ):
            return True
        if (
            plain
            and value <= 31
            and (_MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after))
        ):
            return True
        return bool(re.match(r"x\d", after))  # "4x4"
    word = m.group()
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # "production-four-door"
    if re.search(r"\b(?:number|no\.?)\s+$", before, _I):
        return True  # "world number one"
    if word[0].isupper() and not _SENTENCE_START_RE.search(before):
        return True  # "Formula One", "the Big Ten", "Kick Six"
    low = word.lower()
    if low in ("one", "zero") and (_ONE_AFTER_RE.match(after) or _ONE_BEFORE_RE.search(before)):
        return True
    if after.startswith("-"):
        # "five-year" is a measure, "two-way" and "one-off" are not figures
        if low == "one" and not _UNIT_COMPOUND_RE.match(after):
            return True
        if _IDIOM_COMPOUND_RE.match(after):
            return True
    return False


def _read_figure(text: str, m: re.Match[str], taken: _Spans) -> tuple[_Built | None, int] | None:
    core = _core(text, m)
    start, end = m.span()
    if core is None:
        return None, end
    value, digits, plain, word_scale = core
    if _skip_figure(text, m, value, digits, plain):
        return None, _continuation_end(text, end)
    read = _read_right(text, start, end, value, digits, plain, word_scale)
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
            and _CAPS_NAME_BEFORE_RE.search(text[max(0, left - 12) : left - 1])
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
    partner: _Read | None = None
    if lm:
        pm = _NUMBER_RE.match(text, _skip_currency(text, lm.end()))
        if pm and not taken.covers(pm.start()):
            pcore = _core(text, pm)
            if pcore and not _skip_figure(text, pm, pcore[0], pcore[1], pcore[2]):
                partner = _read_right(text, pm.start(), pm.end(), *pcore)
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
            noun = _counted_noun(text, partner.end)
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
        changed_before = _left_context(text, left, ratio=True)[1] is not None
        own_units = read.measured and partner.measured
        ratio = abs(partner.value / read.value) if read.value else float("inf")
        if sep == "or":
            # "eight or nine euros", "8 or $9": two figures sharing one unit, not a range
            if not clash and not read.measured and (partner.measured or partner.scaled):
                _share_unit(read, partner)
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
        if hyphen and bare and not between and _counted_noun(text, partner.end) is None:
            ok = False
        if ok:
            # the partner's scale, unit and currency also belong to the first number ("2-3 million")
            _share_unit(read, partner)
            low, high = sorted((read.value, partner.value))
            descending = from_ is not None and read.value > partner.value
            read.end = partner.end
            skip_to = partner.end
            if opener:
                left = max(0, left - 20) + opener.start()

    measured = read.measured or low is not None
    counted = None if read.measured else _counted_noun(text, read.end, singular=value == 1)
    if (
        not measured
        and not plain
        and value >= 100
        and _words_before(text, left)[-1:] in (["at"], ["to"])
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
            if not (plural_noun or _approx_before(text, left) != "="):
                return None, skip_to
        if (
            _ERA_RE.search(text[max(0, start - 6) : start])
            or _ERA_AFTER_RE.match(text, end)
            or _ERA_PAIR_RE.search(text[max(0, start - 20) : start])
        ):
            return None, skip_to  # "AD 1260", "300 BC"
        if _is_identifier(text, left, read.end, value):
            return None, _continuation_end(text, skip_to)
    if (
        low is not None
        and not read.measured
        and not read.scaled
        and _STREET_AFTER_RE.match(text, read.end)
    ):
        return None, skip_to

    approx, change = _left_context(text, left, ratio=read.measured)
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
    after_m = _APPROX_AFTER_RE.match(text, read.end)
    if after_m and approx == "=":
        word = (after_m.group("more") or "").lower()
        if after_m.group("plus") or word in ("more", "above", "over", "higher"):
            approx = ">=" if word else ">"
        elif word in ("less", "fewer", "under"):
            approx = "<="
        elif word == "so":
            approx = "~"
    if change is None and (read.percent or read.currency):
        cm = _CHANGE_AFTER_RE.match(text, read.end)
        if cm:
            change = "up" if cm.group("up") else "down"

    direction = change or direction_only or ("down" if descending else None)
    if direction is None:
        direction = _level_direction(text, left)
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

    b = _Built(start=left, end=read.end, value=read.value, approx=approx, change=change)
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
        if read.unit == "degree" and _WEATHER_RE.search(text[max(0, start - 80) : read.end + 60]):
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


def _continuation_end(text: str, end: int) -> int:
    """Past "-2" in "ISO 3888-2" or "-24" in "Sept. 20-24": the rest of a skipped number."""
    m = _CONTINUATION_RE.match(text, end)
    return m.end() if m else end


def _share_unit(read: _Read, partner: _Read) -> None:
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


def _skip_currency(text: str, pos: int) -> int:
    m = _CURRENCY_SYMBOL_RE.match(text, pos)
    return m.end() if m else pos


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
    for date in _DATE_RE.finditer(text):
        taken.add(date.start(), date.end())
    if "/" in text or "⁄" in text:
        _find_slash_fractions(text, taken, built)
    consumed_until = 0
    for n, m in enumerate(_NUMBER_RE.finditer(text)):
        if n % 512 == 0:
            checkpoint()  # a long article holds tens of thousands of numbers
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
    _join_movements(text, built)
    _pair_conversions(text, built)
    _fill_ellipses(text, built)
    _read_rates(text, built)
    return [_to_quantity(text, b) for b in built]


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
    return _PER_UNITS.get(surface) or unit_for_surface(surface) or surface


def _read_rates(text: str, built: list[_Built]) -> None:
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
                m = _PER_RE.match(text, b.end + close.end())
                first = built[b.conversion_of]
                if m and first.per is None:
                    b.per = first.per = _per_of(m)


def _fill_ellipses(text: str, built: list[_Built]) -> None:
    """A bare number joined to an earlier figure of its sentence counts the same thing: "435 homes
    by sale and 187 by tender", "460 vehicles this year compared with 63", "84.75 cents, while the
    lowest is 74.07". Of the earlier figures with a unit or a counted noun, the one closest in
    size is the antecedent ("68,400 people out of work for one to two years and 95,800 who ...").
    A number can also borrow from the next one: "four-, five- and six-cylinder engines", "a 7-
    or 8-inch screen", "280 million of the 1.5 billion shekels"."""
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
        if not links:
            continue
        after = _NP_TOKEN_RE.match(text, b.end)
        next_word = after.group(1) if after else ""
        if next_word[:1].islower() and next_word not in _NOT_COUNTED and next_word not in _NOT_HEAD:
            continue  # a word we could not read as a noun follows: "20 decently sized plants"
        size = abs(b.value if b.value is not None else (b.high or 0.0)) or 1.0
        best: _Built | None = None
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


def _bare(text: str, b: _Built) -> bool:
    """A number printed with nothing after it that says what it counts or measures: "63",
    or a word number with a suspended hyphen ("four-, five- and six-cylinder")."""
    if b.kind != "count" or b.unit is not None or b.counted is not None:
        return False
    if b.dimension != "count":
        return False
    first = text[b.start : b.start + 1]
    return first.isdigit() or (first.isalpha() and text[b.end : b.end + 1] == "-")


def _borrow(b: _Built, source: _Built) -> None:
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


def _join_movements(text: str, built: list[_Built]) -> None:
    """A movement whose two figures are apart: "from $36,040 at 10.45pm to $34,935 at 5am",
    "from 20 miles per gallon in 2008 to 29 mpg". The two become one range with the direction
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
        moved = _left_context(text, a.start, ratio=True)[1]  # "climbed from ... to ..."
        a.end = b.end
        a.low, a.high = sorted((first, last))
        a.value = None
        a.direction = "down" if last < first else (moved or a.change or a.direction)
        a.change = None  # "plummeted from $36,040 to $34,935": a movement, not its size
        a.approx = "="
        a.counted = a.counted or b.counted
        del built[i]


def _pair_conversions(text: str, built: list[_Built]) -> None:
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
                and not any(w in _CHANGE_WORDS for w in re.findall(r"[a-z]+", between.lower()))
            ):
                cur.change = cur.direction = prev.change


def _windowed(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, before: int, after: int
):
    """Matches of an expensive ``pattern`` searched only near the cheap ``anchor`` words, so that a
    long article costs a few keyword scans instead of a full scan per pattern."""
    seen: set[tuple[int, int]] = set()
    covered = -1
    for a in anchor.finditer(text):
        lo = max(a.start() - before, covered + 1, 0)
        hi = min(len(text), a.end() + after)
        for m in pattern.finditer(text, lo, hi):
            if m.span() not in seen and m.start() >= lo:
                seen.add(m.span())
                yield m
        covered = max(covered, a.start())


def _find_comparisons(text: str, taken: _Spans, built: list[_Built]) -> None:
    if not re.search(
        r"times|twice|double|triple|half|size|equivalent|as\s+\w+\s+as|pitch|field|court|pool|bus",
        text,
        _I,
    ):
        return
    for pattern, anchor in zip(_COMPARISON_RES, _COMPARISON_ANCHORS, strict=True):
        for m in _windowed(pattern, anchor, text, 48, 140):
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
                    parsed = parse_number(num)
                    if parsed is None:
                        continue
                    mult = parsed
            ref = _clean_reference(m.group("ref"))
            if not ref:
                continue
            dim = _DIM_OF[m.group("dim").lower()]
            start = m.start()
            approx = _approx_before(text, start)
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
    for m in _windowed(_EQUIVALENT_RE, _OBJECT_ANCHOR_RE, text, 90, 2):
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
            parsed = parse_number(n)
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


def _find_slash_fractions(text: str, taken: _Spans, built: list[_Built]) -> None:
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
        read = _read_right(text, m.start(), m.end(), value, True, False)
        if read.unit or read.currency:
            b = _Built(
                start=m.start(), end=read.end, value=read.value, unit=read.unit, kind="measure"
            )
            if read.currency:
                b.kind, b.dimension, b.currency = "money", "currency", read.currency
                b.unit = read.currency
            else:
                b.dimension = UNITS[read.unit].dimension if read.unit in UNITS else None
        elif re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            b = _Built(
                start=m.start(),
                end=m.end(),
                value=value,
                low=value,
                high=value,
                kind="vague",
                dimension="share",
            )
        else:
            continue
        b.approx, b.change = _left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), b.end)


def _whole_of(text: str, pos: int) -> str | None:
    """What a share is a share of: "two-thirds of voters" -> "voters", "one in five adults" ->
    "adults", "a third of the US population" -> "US population"."""
    m = _WHOLE_RE.match(text, pos)
    if not m or m.group("w").lower() in _NOT_COUNTED:
        return None
    return m.group("w")


def _find_vague(text: str, taken: _Spans, built: list[_Built]) -> None:
    lowered = text.lower()
    for m in _windowed(_OUT_OF_RE, _OUT_OF_ANCHOR_RE, text, 30, 30):
        if taken.covers(m.start()):
            continue
        a, b_ = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b_ is None or not 0 < a < b_:
            continue
        share = _Built(
            start=m.start(),
            end=m.end(),
            value=a / b_,
            low=a / b_,
            high=a / b_,
            kind="vague",
            dimension="share",
        )
        share.approx, share.change = _left_context(text, m.start())
        share.counted = _whole_of(text, m.end())
        built.append(share)
        taken.add(m.start(), m.end())
    shares = (
        "half",
        "third",
        "quarter",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    )
    found = any(w in lowered for w in shares)
    for m in _windowed(_SHARE_RE, _SHARE_ANCHOR_RE, text, 16, 12) if found else ():
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
        b.approx, b.change = _left_context(text, m.start())
        b.counted = _whole_of(text, end)
        built.append(b)
        taken.add(m.start(), end)
    words = ("majority", "minority", "most", "masse")
    found = any(w in lowered for w in words)
    for m in _windowed(_VAGUE_SHARE_RE, _VAGUE_SHARE_ANCHOR_RE, text, 40, 40) if found else ():
        if taken.covers(m.start()):
            continue
        if m.group("maj") or m.group("most"):
            low, high, approx = 0.5, 1.0, ">"
        elif m.group("min"):
            low, high, approx = 0.0, 0.5, "<"
        else:
            low, high, approx = 0.5, 1.0, "~"
        b = _Built(
            start=m.start(),
            end=m.end(),
            value=None,
            low=low,
            high=high,
            approx=approx,
            kind="vague",
            dimension="share",
        )
        built.append(b)
        taken.add(m.start(), m.end())
    plurals = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
    found = any(w in lowered for w in plurals)
    for m in _windowed(_VAGUE_COUNT_RE, _VAGUE_COUNT_ANCHOR_RE, text, 20, 60) if found else ():
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
            kind="vague",
            dimension="count",
        )
        unit = UNIT_WORD_RE.match(text, end + 4) if text[end : end + 4].lower() == " of " else None
        noun = _OF_NOUN_RE.match(text, end)
        unit_name = unit_for_surface(unit.group("unit")) if unit else None
        if unit and unit_name in UNITS:
            b.unit = unit_name  # "thousands of square miles"
            b.dimension = UNITS[unit_name].dimension
            b.end = end = unit.end()
        elif noun and noun.group("w").lower() not in _NOT_COUNTED:
            b.counted = noun.group("w")
        if m.group("cur"):
            b.currency = CURRENCY_WORDS.get(
                m.group("cur").lower(), "GBP" if m.group("cur").lower() == "pounds" else None
            )
            b.unit, b.dimension = b.currency, "currency"
            end = m.end()
        _, b.change = _left_context(text, m.start())
        built.append(b)
        taken.add(m.start(), end)


def _to_quantity(text: str, b: _Built) -> Quantity:
    si: float | None = None
    if b.value is not None:
        if b.kind == "money":
            si = b.value * b.minor
        elif b.unit and b.unit in UNITS and b.dimension != "age":
            si = to_si(b.value, b.unit)
        elif b.dimension == "age":
            si = to_si(b.value, "year")
        elif b.kind in ("count", "comparison", "vague"):
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
    )


__all__ = ["counted_lemma", "find_quantities"]
