"""Comparisons with reference objects: "three times the size of Wales", "70 football pitches"."""

from __future__ import annotations

import re

from newslint.extract.figures.context import APPROX, approx_before
from newslint.extract.figures.figure import Figure, Taken, windowed
from newslint.extract.numbers import NUMBER_WORDS, fraction_value, parse_number
from newslint.reference import lookup

_I = re.IGNORECASE

# ---- comparisons and vague quantities ---------------------------------------------------------

_MULT_WORDS = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "treble": 3.0,
    "half": 0.5,
    "quadruple": 4.0,
}
# "the state of Rhode Island", "the island of Malta": a place named with its kind first
_KIND_OF = (
    r"(?:(?:state|city|county|island|isle|province|region|republic|kingdom|emirate|canton|"
    r"borough|principality|territory|country|district)[ \t]+of[ \t]+)"
)
# a place's name is capitalised even under re.I: "the size of Wales in a week-long offensive"
# and "the size of Greater London north of the city" end at the name; a lower-case kind may
# follow it ("the Auckland region") or come first ("the state of Rhode Island")
_REF = (
    rf"(?P<ref>(?:the[ \t]+)?{_KIND_OF}?(?:(?:(?-i:[A-Z])[\w'’-]*|of|and|the|de|du|la|upon|on)[ \t]+)*"
    r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:region|county|state|province|district))?"
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
    "smaller": "area",
    "territory": "area",
    "cover": "area",
}
_DENOMINATORS = (
    r"half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
)
# "a fifth of the size of Belgium", "two-thirds the size of Wales": a fraction is a multiplier
_FRACTION = (
    rf"(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<fden>{_DENOMINATORS})"
    r"(?:\s+of)?"
)
# "one and a half times the size of Wales", "two and a quarter times"
_MIXED = (
    r"(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+and[\s-]+"
    r"(?:an?[\s-]+|one[\s-]+)?(?P<part>half|third|quarter|three[\s-]quarters)\s+times"
)
_MIXED_PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "three quarters": 0.75}
_MULT = (
    rf"(?P<mult>{_MIXED}|{_FRACTION}|twice|double|triple|treble|quadruple|half"
    rf"|(?P<mnum>\d+(?:\.\d+)?|{NUMBER_WORDS})\s+times)"
)
_PERCENT = r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)"
_PERCENT_ANCHOR_RE = re.compile(r"%|\bper\s?cent\b", _I)
_MULT_ANCHOR_RE = re.compile(
    rf"\b(?:times|twice|double|triple|treble|quadruple|{_DENOMINATORS})\b", _I
)
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
    # "the burnt area is three times that of Singapore": "that" stands for the size or area
    # the sentence names before it (``_THAT_OF_AREA``)
    re.compile(rf"\b{_MULT}\s+(?P<that>that)\s+of\s+{_REF}", _I),
    # "an area 40 per cent the size of Wales": a percentage of the reference (not "40 per cent
    # larger than", which is 1.4 times)
    re.compile(rf"\b{_PERCENT}\s+(?:of\s+)?(?:the\s+)?(?P<dim>size|area|extent)\s+of\s+{_REF}", _I),
    # "equivalent to 40 per cent of Wales", "an area of about a third of Belgium": a share of
    # the place itself (not "of Wales's population")
    re.compile(
        r"\b(?:equivalent\s+to|an\s+area\s+of)\s+"
        r"(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?"
        rf"(?:{_PERCENT}|(?P<mult>{_FRACTION}))\s+of\s+{_REF}(?![\w'’-]|\s*['’]s\b)",
        _I,
    ),
    # "an area the size of Greater London", "roughly the size of Wales"
    re.compile(rf"\b(?P<one>the)\s+(?P<dim>size|area|length|height)\s+of\s+{_REF}", _I),
    # "bigger than Luxembourg", "smaller than Manhattan": one side of the reference
    re.compile(
        rf"\b(?P<than>(?P<dim>bigger|larger|smaller)\s+(?:in\s+(?:size|area)\s+)?than)\s+{_REF}",
        _I,
    ),
    # "a sixth of Singapore's current land area": a share of a place's own area
    re.compile(
        rf"\b{_MULT}\s+of\s+(?P<ref>(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?-i:[A-Z])[\w-]*)"
        rf"['’]s\s+(?:(?:current|total|entire|whole|land|own)\s+){{0,2}}(?P<dim>area|territory|size)\b",
        _I,
    ),
    # "would cover about a sixth of England"
    re.compile(
        rf"\b(?P<dim>cover)(?:s|ed|ing)?\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?"
        rf"{_MULT}\s+of\s+{_REF}",
        _I,
    ),
    # "as large as Wales", "the same size as Luxembourg", "similar in size to Wales": once
    re.compile(
        rf"\b(?:(?P<one>as)\s+(?P<dim>large|big|tall|high|long|heavy)\s+as"
        rf"|(?:the\s+)?same\s+(?P<dim2>size|area)\s+as"
        rf"|(?:similar|comparable|equal|close)\s+in\s+(?P<dim3>size|area)\s+to)\s+{_REF}",
        _I,
    ),
]
_COMPARISON_ANCHORS = [
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    _PERCENT_ANCHOR_RE,
    _PERCENT_ANCHOR_RE,
    re.compile(r"\b(?:size|area|length|height)\s+of\b", _I),
    re.compile(r"\b(?:bigger|larger|smaller)\s+(?:in\s+(?:size|area)\s+)?than\b", _I),
    _MULT_ANCHOR_RE,
    _MULT_ANCHOR_RE,
    re.compile(
        r"\b(?:as\s+(?:large|big|tall|high|long|heavy)\s+as|same\s+(?:size|area)\s+as|"
        r"in\s+(?:size|area)\s+to)\b",
        _I,
    ),
]
_EQUIVALENT_RE = re.compile(
    rf"\b(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|(?:as\s+)?(?:big|large)\s+as\s+)?"
    rf"(?P<approx>about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{NUMBER_WORDS}|an?)\s+"
    # the closed class of words that say an object is of its standard size: "490 full-size
    # football pitches", "a regulation-sized pool"
    r"(?:(?:full|standard|regulation|average|normal|typical)[\s-]?sized?\s+)?"
    rf"(?P<ref>{_REFERENCE_OBJECTS})\b",
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


def _comparison(start: int, end: int, mult: float, ref: str, dim: str, approx: str) -> Figure:
    return Figure(
        start=start,
        end=end,
        value=mult,
        kind="comparison",
        multiplier=mult,
        reference=ref,
        dimension=dim,
        approx=approx,
    )


def find_comparisons(text: str, taken: Taken, built: list[Figure]) -> None:
    """Comparisons with reference objects, read before single numbers so theirs are not read
    twice."""
    if not re.search(
        r"times|twice|double|triple|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|size|"
        r"area|length|height|per\s?cent|%|"
        r"equivalent|as\s+\w+\s+as|pitch|field|court|pool|bus|weigh|elephant|whale|jet|tower|"
        r"building|stadium|block|park|"
        r"(?:bigger|larger|smaller)\s+(?:in\s+(?:size|area)\s+)?than",
        text,
        _I,
    ):
        return
    _find_multiples(text, taken, built)
    _find_equivalents(text, taken, built)


def _multiplier(m: re.Match[str]) -> float | None:
    """The multiplier of a comparison: "three times" 3, "half" 0.5, "a fifth of" 0.2, "one and a
    half times" 1.5; "the size of" 1."""
    found = m.groupdict()
    if found.get("pct"):
        return float(found["pct"]) / 100
    if found.get("one") or found.get("than") or not found.get("mult"):
        return 1.0
    word = m.group("mult").lower()
    if word in _MULT_WORDS:
        return _MULT_WORDS[word]
    if found.get("whole"):
        whole = parse_number(m.group("whole"))
        part = _MIXED_PARTS[re.sub(r"[\s-]+", " ", m.group("part").lower())]
        return None if whole is None else whole + part
    if m.group("fden"):
        return fraction_value(m.group("fnum"), m.group("fden"))
    return parse_number(m.group("mnum"))


# what "that of" stands for when it is a size: the sentence names an area before it, and no
# other measure after that ("the area's population is twice that of Malta")
_THAT_OF_AREA = re.compile(
    r"\b(?:area|size|extent|territory)\b(?!.*\b(?:population|people|residents|budget|economy|"
    r"output|gdp|income|spending|revenue|emissions|density|cost|value|number)\b)",
    _I,
)


def _sentence_before(text: str, start: int) -> str:
    """The sentence's words before ``start`` (at most 160 characters)."""
    return re.split(r"[.!?\n]\s", text[max(0, start - 160) : start])[-1]


def _find_multiples(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "three times the size of Wales", "twice as large as Belgium", "the size of Wales"."""
    for pattern, anchor in zip(_COMPARISON_RES, _COMPARISON_ANCHORS, strict=True):
        for m in windowed(pattern, anchor, text, 48, 140):
            if taken.covers(m.start()):
                continue
            mult = _multiplier(m)
            if mult is None:
                continue
            ref = _clean_reference(m.group("ref"))
            if not ref:
                continue
            found = m.groupdict()
            if found.get("that") and not _THAT_OF_AREA.search(_sentence_before(text, m.start())):
                continue  # "twice that of Belgium" may be its budget, not its size
            said = found.get("dim") or found.get("dim2") or found.get("dim3") or ""
            dim = _DIM_OF.get(said.lower(), "area")
            if found.get("one") == "as" and dim != "area" and lookup(ref, dim) is None:
                continue  # "as long as Parliament sits": no landmark, no comparison
            # "would cover about a sixth of England": the comparison is the share's words
            start = m.start("mult") if found.get("mult") else m.start()
            if found.get("pct"):
                start = m.start("pct")
            approx = approx_before(text, start)
            if m.groupdict().get("than"):  # more (or less) than all of the reference
                approx = "<" if said.lower() == "smaller" else ">"
            end = text.find(ref, m.start("ref")) + len(ref)
            b = _comparison(start, end, mult, ref, dim, approx)
            built.append(b)
            taken.add(start, end)


def _find_equivalents(text: str, taken: Taken, built: list[Figure]) -> None:
    """ "70 football pitches", "the equivalent of 12 Olympic swimming pools"."""
    for m in windowed(_EQUIVALENT_RE, _OBJECT_ANCHOR_RE, text, 90, 2):
        if taken.covers(m.start("n")):
            continue
        n = m.group("n")
        if not _said_as_comparison(text, m):
            continue  # "the club has 12 tennis courts", "a fleet of 64 buses": real objects
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
        dim = _said_dimension(text, m) or next((d for rx, d in _REF_DIM if rx.search(ref)), "area")
        approx = "="
        if m.group("approx"):
            approx = APPROX.get(re.sub(r"\s+", " ", m.group("approx").strip().lower()), "~")
        start = (
            m.start()
            if m.group().lower().startswith(("equivalent", "the equivalent"))
            else m.start("approx")
            if m.group("approx")
            else m.start("n")
        )
        b = _comparison(start, m.end(), mult, ref, dim, approx)
        built.append(b)
        taken.add(start, m.end())


# words before a number of objects that make it a comparison: "the equivalent of", "an area
# of about", "enough water to fill", "the size of", "likens to", "equal to", "as heavy as"
_COMPARING_WORDS = re.compile(
    r"\b(?:equivalent|equal|(?:size|area|length|extent|weight|height|volume|depth)\s+of|"
    r"enough|fill(?:s|ed|ing)?|liken(?:s|ed)?|compared?|comparable|as\s+[a-z]+\s+as)\b",
    _I,
)
# or the objects stand beside a measure: "10 sq km of reclaimed land, roughly 1,400 football
# pitches", "50 hectares (about 70 football pitches)", "12 sq km, or 1,700 tennis courts"
_BESIDE_A_FIGURE = re.compile(r"\d[^.!?\n]{0,40}(?:[,(:–—]|\s-|\bor)\s*$")
_COMPARING_AFTER = re.compile(
    r"\s*(?:in\s+(?:size|area)|['’]s?\s+worth|(?:laid\s+)?end\s+to\s+end)", _I
)


# the measure a number of objects likens, said before it: "the length of three football
# pitches", "as tall as 40 double-decker buses", "the weight of 12 elephants"; or after it,
# "three football pitches laid end to end"
_DIMENSION_BEFORE = re.compile(
    r"\b(?:(?P<noun>length|height|width|weight|area|size|volume)\s+of|as\s+(?P<adj>long|tall|"
    r"high|wide|deep|heavy|big|large)\s+as)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    _I,
)
_END_TO_END = re.compile(r"\s*(?:,\s*)?(?:laid|placed|put|lined\s+up)?\s*end\s+to\s+end", _I)


def _said_dimension(text: str, m: re.Match[str]) -> str | None:
    start = m.start("approx") if m.group("approx") else m.start("n")
    said = _DIMENSION_BEFORE.search(text, max(0, start - 40), start)
    if said:
        return _DIM_OF[(said.group("noun") or said.group("adj")).lower()]
    return "length" if _END_TO_END.match(text, m.end()) else None


def _said_as_comparison(text: str, m: re.Match[str]) -> bool:
    """A number of reference objects is a comparison only when the words say so; "the club has
    12 tennis courts" counts courts."""
    if m.group().lower().startswith(("equivalent", "the equivalent", "as big", "as large")):
        return True
    start = m.start("approx") if m.group("approx") else m.start("n")
    before = text[max(0, start - 60) : start]
    before = re.split(r"[.!?\n]", before)[-1]
    return bool(
        _COMPARING_WORDS.search(before)
        or _BESIDE_A_FIGURE.search(before)
        or _COMPARING_AFTER.match(text, m.end())
    )


_REF_STOP = re.compile(r"\s+(?:and|of|the|de|du|la|upon|on)$")


def _clean_reference(ref: str) -> str:
    ref = ref.strip()
    if re.search(r"[A-Z][\w-]*['’]s$", ref):
        return ""  # "the size of Chelsea's squad", "twice the size of Lagos's": not a place
    ref = ref.rstrip(".,;:")
    while True:
        cut = _REF_STOP.sub("", ref)
        if cut == ref:
            break
        ref = cut
    if ref.lower().startswith("the ") and ref[4:5].isupper():
        ref = ref[4:]
    kind = re.match(rf"(?:the\s+)?{_KIND_OF}(?=(?-i:[A-Z]))", ref, _I)
    # "the state of Rhode Island" is Rhode Island; "the City of London" is not London
    if kind and not re.match(r"(?:the\s+)?(?:City|Borough|District)\b", ref):
        ref = ref[kind.end() :]
    # a lower-case reference must be a known kind of object, not any three words
    if ref[:1].islower():
        m = re.match(rf"(?:an?\s+|the\s+)?(?P<obj>{_REFERENCE_OBJECTS})\b", ref, _I)
        if not m:
            return ""
        ref = m.group("obj")
    return ref
