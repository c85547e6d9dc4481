"""Numbers that are not figures: years, dates, times of day, ordinals, names ("Boeing 737",
"Covid-19"), street addresses and phone numbers."""

from __future__ import annotations

import re

from newslint.extract.abbreviations import FULL_MONTHS, MONTH_WORDS, alternatives
from newslint.extract.figures.context import approx_before
from newslint.extract.figures.figure import Taken

_I = re.IGNORECASE

_PRODUCT_AFTER_RE = re.compile(
    r"\s(?:Pro|Max|Plus|Ultra|Mini|Lite|Edition|Series|XL|GT|SE|Prime)\b"
)
_POSTCODE_AFTER_RE = re.compile(r"\s+(?:ZIP|zip|postal|post)\s?codes?\b", _I)
_CONTINUATION_RE = re.compile(r"(?:[-–/.:]\d+)+")
DATE_RE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
)
ERA_RE = re.compile(r"\b(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\s*$")
ERA_PAIR_RE = re.compile(r"\b(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\s*\d{1,4}\s*(?:and|to|or|-|–)\s*$")
# a market index named with its number, also in lower-cased text: "the sp 500", "ftse 100"
_INDEX_NAME_BEFORE_RE = re.compile(
    r"\b(?:s&p|sp|ftse|nasdaq|stoxx|cac|dax|nikkei|asx|tsx|russell|ibex|kospi|nifty|sensex|"
    r"ta|mib|aex|smi|omx)[\s-]$",
    _I,
)
CAPS_NAME_BEFORE_RE = re.compile(r"\b[A-Z]{2,}\s$")
ERA_AFTER_RE = re.compile(r"\s*(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\b")

_MONTHS = "(?:" + alternatives(MONTH_WORDS) + ")"
_MONTH_WORD_RE = re.compile(_MONTHS)
_CAP_WORD_AFTER_RE = re.compile(r"\s(?!(?:" + alternatives(FULL_MONTHS) + r")\b)[A-Z][a-z]+\b")
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

_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?,?\s*$")
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.I)
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
STREET_AFTER_RE = re.compile(
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

PHONE_RE = re.compile(
    r"(?=[+(\d])(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w,.]\d|\d)"
)


def is_identifier(text: str, start: int, end: int, value: float) -> bool:
    """ "Boeing 737", "Section 427", "No. 10", "Fortune 100", "10 Downing Street", "(4)"."""
    before = text[max(0, start - 30) : start]
    if _IDENTIFIER_WORDS.search(before) or _INDEX_NAME_BEFORE_RE.search(before):
        return True
    m = _CAP_WORD_BEFORE_RE.search(before)
    if m and not _completes_gapped_clause(text, start, end):
        word = m.group("word").rstrip(".")
        # "India's 107 medals", "United's 64 goals": a possessive owns a count, names no model
        possessive = word.endswith(("'s", "’s"))
        if word not in _CAP_STARTERS and not _MONTH_WORD_RE.fullmatch(word) and not possessive:
            return True
    if start >= 1 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return True  # a shirt number or a list marker
    if (
        100 <= value < 10000
        and _CAP_WORD_AFTER_RE.match(text, end)
        and approx_before(text, start) == "="
    ):
        return True  # "787 Dreamliner", "737 Max"
    if _PRODUCT_AFTER_RE.match(text, end):
        return True  # "iPhone 11 Pro", "Galaxy S22 Ultra"
    after = continuation_end(text, end)  # "16-18 Industrial Avenue"
    return bool(STREET_AFTER_RE.match(text, after) or _POSTCODE_AFTER_RE.match(text, end))


# the clause before a gapped one: a verb, its figure and the figure's noun, then a list mark and
# the next name ("Southwest cancelled 1,240 flights, United 780 and American 410": each name's
# figure counts what the first clause's does; "Labour won 12 seats, the Conservatives 8")
_GAPPED_BEFORE_RE = re.compile(
    r"(?:\b(?P<verb>[a-z]+)|(?P<name>[A-Z][\w&'’.-]*))\s+(?P<figure>\d[\d,.]*)"
    r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)"
    r"(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}$"
)
_GAPPED_AFTER_RE = re.compile(r"\s*(?:[,;.)]|\s+and\b|$)")


def _completes_gapped_clause(text: str, start: int, end: int) -> bool:
    """ "... and American Airlines 410.": a name and a figure that leave out the verb and noun
    of the clause before, not a model or a place named with a number ("Boeing 737 jets")."""
    if not _GAPPED_AFTER_RE.match(text, end):
        return False
    line = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    since = max(line, start - 120)
    found = _GAPPED_BEFORE_RE.search(text[since:start])
    if found is None:
        return False
    if found.group("verb"):
        return True
    # a name's figure before: one member of the same gapped list ("United 780 and American 410")
    return _completes_gapped_clause(
        text, since + found.start("figure"), since + found.end("figure")
    )


# "One US official said", "one senior diplomat told", "according to one source": "one" names a
# speaker; "One person died" stays a count
_SPEAKER_NOUNS = (
    r"officials?|sources?|insiders?|diplomats?|aides?|analysts?|spokes(?:man|woman|person)|"
    r"residents?|witness|observers?|experts?|lawyers?|officers?|ministers?|executives?|"
    r"employees?|workers?|members?|parents?|neighbou?rs?|doctors?|nurses?|teachers?|students?|"
    r"fans?|voters?|traders?|bankers?|economists?|person|man|woman|mother|father|survivor|"
    r"campaigner|activist|shopkeeper|owner|manager|commander|soldier|negotiator|adviser|advisor"
)
_ONE_SPEAKER_RE = re.compile(
    r"\s+(?:(?:[A-Z][\w.&'’-]*|senior|junior|former|local|top|western|foreign|military|"
    r"government|police|security|health|party|company|industry|hospital|council|other|another|"
    r"elderly|young|veteran)\s+){0,3}"
    rf"(?:(?:official|source|insider|diplomat|aide|spokes(?:man|woman|person))\b"
    rf"|(?:{_SPEAKER_NOUNS})\b(?=\s*,?\s+(?:\w+\s+){{0,2}}?(?:said|says|told|tells|added|adds|explained|"
    r"described|warned|claimed|insisted|noted|wrote|recalled|asked|according|speaking|familiar|"
    r"close\s+to|briefed|who\s+asked|who\s+declined)\b))"
)


def skip_figure(text: str, m: re.Match[str], value: float, digits: bool, plain: bool) -> bool:
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
            # ("in the year to June, 18 per cent more": a percentage, not a day)
            and not _PERCENT_AFTER_RE.match(after)
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
    if low == "one" and _ONE_SPEAKER_RE.match(text, end):
        return True  # "One US official said": a speaker, not a count
    if low in ("one", "zero") and (_ONE_AFTER_RE.match(after) or _ONE_BEFORE_RE.search(before)):
        return True
    if after.startswith("-"):
        # "five-year" is a measure, "two-way" and "one-off" are not figures
        if low == "one" and not _UNIT_COMPOUND_RE.match(after):
            return True
        if _IDIOM_COMPOUND_RE.match(after):
            return True
    return False


def continuation_end(text: str, end: int) -> int:
    """Past "-2" in "ISO 3888-2" or "-24" in "Sept. 20-24": the rest of a skipped number."""
    m = _CONTINUATION_RE.match(text, end)
    return m.end() if m else end


def mark_phones_and_dates(text: str, taken: Taken) -> None:
    """Phone numbers ("020 7946 0000", "555-0199") and numeric dates ("2024-03-05", "5/3/24") are
    marked as read, so none of their digits is read as a figure."""
    for phone in PHONE_RE.finditer(text):
        raw = phone.group()
        digit_count = sum(c.isdigit() for c in raw)
        if (
            digit_count >= 9 and (raw[0] in "+(0" or "-" in raw or raw.count(" ") >= 2)
        ) or re.fullmatch(r"\d{3}-\d{4}", raw):
            taken.add(phone.start(), phone.end())
    for date in DATE_RE.finditer(text):
        taken.add(date.start(), date.end())
