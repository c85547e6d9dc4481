"""Shipped reference data: the sizes of places and objects that articles compare things with.

``lookup("Wales")`` returns the area range of Wales in SI units (m2); ``lookup("football
pitches", "area")`` the range of a football pitch. Tables load on first use (a few ms).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
_SI = {"km2": 1e6, "m2": 1.0, "m3": 1.0, "m": 1.0, "kg": 1.0, "t": 1e3}
_SI_UNIT = {"area": "m**2", "volume": "m**3", "length": "m", "mass": "kg"}


@dataclass(frozen=True)
class Reference:
    name: str
    dimension: str
    low: float  # SI units: m2, m3, m or kg
    high: float
    source: str

    @property
    def unit(self) -> str:
        return _SI_UNIT[self.dimension]


@dataclass(frozen=True)
class Event:
    name: str
    date: date
    triggers: tuple[str, ...]
    context: tuple[str, ...]
    source: str


def normalise(name: str) -> str:
    """The lookup key of a reference name: lower case, no article, singular, no '-sized'."""
    key = re.split(r"[.;:!?\n(]", name.lower(), maxsplit=1)[0].strip()
    key = re.sub(r"[’']s$", "", key)
    key = re.sub(r"^.*\b(size|area|length|height|volume) of\s+", "", key)
    key = re.sub(r"^(the|an?)\s+", "", key)
    key = re.sub(r"-?\s*siz(e|ed)\b", "", key)
    return re.sub(r"[-\s]+", " ", key).strip()


def _singular_key(key: str) -> str:
    words = key.split()
    if words:
        words[-1] = _singular(words[-1])
    return " ".join(words)


def _singular(word: str) -> str:
    if word.endswith(("ches", "shes", "sses", "xes")) or word.endswith("uses"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@cache
def _objects() -> dict[tuple[str, str], Reference]:
    table: dict[tuple[str, str], Reference] = {}
    with open(HERE / "objects.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            factor = _SI[row["unit"]]
            ref = Reference(
                name=row["name"],
                dimension=row["dimension"],
                low=float(row["low"]) * factor,
                high=float(row["high"]) * factor,
                source=row["source"],
            )
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                table.setdefault((normalise(alias), ref.dimension), ref)
    return table


@cache
def _areas() -> dict[str, Reference]:
    return _area_table(minor=False)


@cache
def _minor_areas() -> dict[str, Reference]:
    """Subdivisions under 1,000 km2, found only by a name with its kind: "County Dublin"."""
    return _area_table(minor=True)


@cache
def _countries() -> frozenset[str]:
    with open(HERE / "areas.csv", encoding="utf-8") as f:
        return frozenset(normalise(r["name"]) for r in csv.DictReader(f) if r["kind"] == "country")


def _area_table(*, minor: bool) -> dict[str, Reference]:
    table: dict[str, Reference] = {}
    with open(HERE / "areas.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if (row["kind"] == "minor") != minor:
                continue
            low, high = float(row["low_km2"]), float(row["high_km2"])
            # small places come rounded to whole km2 (Monaco "1" for 2 km2): half a km2 either
            # way is the least that rounding hides
            if high < 100 and low.is_integer() and high.is_integer():
                low, high = max(low - 0.5, 0.0), high + 0.5
            table[normalise(row["name"])] = Reference(
                name=row["name"],
                dimension="area",
                low=low * 1e6,
                high=high * 1e6,
                source=row["source"],
            )
    return table


def lookup(name: str, dimension: str | None = None) -> Reference | None:
    """The reference object called ``name`` (in the given dimension, else its first one)."""
    exact = normalise(name)
    # "the City of London" is not London: a city's name with its kind is looked up whole
    plain = None if exact.startswith("city of ") else _without_kind(exact)
    for key in (exact, _singular_key(exact), plain):
        found = _lookup_key(key, dimension) if key else None
        # "Niger State" is not Niger: a name with its kind is never the country of that name
        if found and not (key == plain and key in _countries()):
            return found
    if dimension not in (None, "area"):
        return None
    minor = _minor_areas()
    if (named := _named_with_kind(exact)) and named in minor:
        return minor[named]
    own_name = _without_kind(exact)
    if own_name:
        return minor.get(own_name)
    return _by_formal_name(exact)


_NAMED_KIND = re.compile(r"^(?:isle|city|borough|county) of\s|\s(?:city|county)$")


def _named_with_kind(key: str) -> str | None:
    """'isle of wight', 'city of edinburgh', 'belfast city': a small place called by a formal
    name that says what it is, which no city of the bare name shares. "Island" ends an
    island's own name ("Long Island"), not a council's kind: the table's district of that
    name is another country's, not the island a reader pictures."""
    return key if _NAMED_KIND.search(key) else None


def _by_formal_name(key: str) -> Reference | None:
    """'Edinburgh' as the City of Edinburgh, 'Belfast' as Belfast City, 'Anglesey' as the Isle
    of Anglesey: a small place whose formal name adds its kind is what the bare name means
    (unlike 'Dublin', a county named like its city). The range is widened a tenth either
    way: a city or an island is drawn with other bounds in other sources."""
    minor = _minor_areas()
    for formal in (f"city of {key}", f"{key} city", f"isle of {key}"):
        ref = minor.get(formal)
        if ref is not None:
            return replace(ref, low=ref.low * 0.9, high=ref.high * 1.1)
    return None


_KIND_WORDS = re.compile(
    r"^(?:county|co|state of|province of|city of)\s+|\s+(?:county|region|state|province)$"
)


def _without_kind(key: str) -> str | None:
    """'county dublin', 'auckland region', 'nairobi county' -> the place's own name."""
    stripped = _KIND_WORDS.sub("", key)
    return stripped if stripped != key else None


def _lookup_key(key: str, dimension: str | None) -> Reference | None:
    objects = _objects()
    if dimension:
        if (key, dimension) in objects:
            return objects[key, dimension]
    else:
        for (k, _), ref in objects.items():
            if k == key:
                return ref
    if dimension in (None, "area"):
        return _areas().get(key)
    return None


@cache
def events() -> tuple[Event, ...]:
    with open(HERE / "events.csv", encoding="utf-8") as f:
        return tuple(
            Event(
                name=row["name"],
                date=date.fromisoformat(row["date"]),
                triggers=tuple(row["triggers"].split("|")),
                context=tuple(row["context"].split("|")),
                source=row["source"],
            )
            for row in csv.DictReader(f)
        )
