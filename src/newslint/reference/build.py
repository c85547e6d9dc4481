"""Build ``areas.csv`` and keep ``objects.csv`` beside it (run by hand when the data changes).

    python -m newslint.reference.build /work/shared/data/place-areas

Reads the place-areas pack (Wikidata CC0, GeoNames and World Bank CC BY 4.0; see SOURCES.md) and
writes one small table: each place once, by name, with a low/high area where sources differ.
Only places a reader could picture are kept (countries; subdivisions of 1,000 km2 or more;
named cities of 100 km2 or more) and names that mean two places with different areas are
dropped (a subdivision too small to keep still counts as a place of its name): a comparison we
cannot pin to one place is not checked. A code with several
Wikidata items is one place measured two ways when its areas are close (``SAME_PLACE``). Subdivisions of 100 to 1,000
km2 (County Dublin, Rutland) are kept as kind ``minor``: looked up only when the article names
their kind ("County Dublin", "Louth county"), since the bare name is often a city of another
size (Dublin).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
_BRACKET = re.compile(r"\s*\[.*?\]\s*")


def _clean_name(name: str) -> str:
    name = _BRACKET.sub(" ", name).strip()
    # "Durham, County" -> "County Durham"; "London, City of" -> "City of London"
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name


_KINDS = ("country", "subdivision", "city", "minor")


def _num(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value > 0 else None


# one code's items are two measures of one place when they differ by this much at most: a
# ceremonial and a non-metropolitan county (Devon 6,564 and 6,707 km2; Somerset 3,451 and
# 4,170), not Greater London (1,572 km2) and the City of London (2.9 km2) under GB-LND
SAME_PLACE = 1.25
SMALL_CITY = 10  # km2: a smaller city is no yardstick a reader pictures
# rows of the pack whose area is known to be wrong, left out rather than corrected by hand:
# GB-GLG "Glasgow City" is given 3,298 km2; the council area is about 175 km2 (National Records
# of Scotland, council area land areas)
KNOWN_WRONG = frozenset({("subdivision", "GB-GLG")})


def _one_place(areas: list[float]) -> tuple[float, float] | None:
    """The low and high of one code's several items, or None when they are several places."""
    if not areas or max(areas) > SAME_PLACE * min(areas):
        return None
    return min(areas), max(areas)


def _short_names(row: dict[str, str], name: str, subdivisions: dict[str, str], kind: str):
    """Other names the pack itself gives a place: the initials its ISO code is made of for a
    large subdivision ("ACT" for AU-ACT, Australian Capital Territory; "NSW"), and "<name>
    City" for a city named like the subdivision it lies in (New York City in New York)."""
    if kind == "subdivision" and "-" in row["code"]:
        code = row["code"].split("-", 1)[1]
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(code) >= 3 and "".join(w[0] for w in words) == code:
            yield code
    if kind == "city" and subdivisions.get(row["parent"]) == name:
        yield f"{name} City"


Entry = tuple[str, float, float, str, str]  # kind, low, high, source, country code


def _one_place_named(every: list[Entry]) -> list[Entry]:
    """The entries of a name that are one place, or none when the name means several."""
    # a small subdivision is no yardstick, only a second place of the name
    kept = [e for e in every if e[0] != "witness"]
    if not kept:
        return []
    # a minor subdivision only where no place of the name is kept without it
    entries = [e for e in kept if e[0] != "minor"] or kept
    entries += [e for e in every if e[0] == "witness"]
    # a country is what its bare name means over its own capital of that name (Panama, Hong
    # Kong) and over smaller places abroad (Mali, a prefecture of Guinea); not over a larger
    # one (Georgia, the US state)
    country = next((e for e in entries if e[0] == "country"), None)
    if country is not None:
        entries = [
            e for e in entries if e is country or not (e[4] == country[4] or e[2] < country[1])
        ]
    # two entries are two places when one's smallest figure is over 10% above the other's
    # largest (one entry's own low/high are two measures of one place: Bahrain 665-785)
    if max(e[1] for e in entries) > 1.1 * min(e[2] for e in entries):
        return []
    return [e for e in entries if e[0] != "witness"]


def build(pack: Path) -> list[dict[str, str]]:
    by_name: dict[str, list[Entry]] = defaultdict(list)
    with open(pack / "place_areas.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    several: dict[tuple[str, str], list[float]] = defaultdict(list)
    subdivisions = {r["code"]: _clean_name(r["name"]) for r in rows if r["kind"] == "subdivision"}
    named = Counter(_clean_name(r["name"]) for r in rows if r["name"])
    for row in rows:
        if "SEVERAL ITEMS" in row["area_source"] and (area := _num(row["area_km2"])):
            several[row["kind"], row["code"]].append(area)
    for row in rows:
        kind, area = row["kind"], _num(row["area_km2"])
        if not row["name"] or area is None or (kind, row["code"]) in KNOWN_WRONG:
            continue
        low = high = area
        if "SEVERAL ITEMS" in row["area_source"]:
            measures = _one_place(several.pop((kind, row["code"]), []))
            if measures is None:
                continue  # several places, or the code's first row already kept them
            low, high = measures
        if kind == "subdivision" and 100 <= low < 1000:
            kind = "minor"
        elif kind == "city" and SMALL_CITY <= low < 100 and named[_clean_name(row["name"])] == 1:
            # "the City of Manila" (39 km2): a small city by its formal name only, and only a
            # name no other place of the pack has (not London, Kentucky for the City of London)
            by_name[f"City of {_clean_name(row['name'])}"].append(
                ("city", low, high, "Wikidata", row["code"][:2])
            )
            continue
        elif kind == "subdivision" and low < 100:
            # too small a yardstick, but still a place of that name: "Gaza" is a governorate
            # of 70 km2 as well as a province of Mozambique, so the name means neither
            by_name[_clean_name(row["name"])].append(("witness", low, high, "", row["code"][:2]))
            continue
        elif (kind == "subdivision" and low < 1000) or (kind == "city" and low < 100):
            continue
        land = _num(row["land_area_km2"])
        # World Bank land area and GeoNames total area differ by basis; keep both when close
        if land and 0.8 < land / area < 1.25:
            low, high = min(area, land), max(area, land)
        source = "GeoNames+WorldBank" if kind == "country" else "Wikidata"
        name = _clean_name(row["name"])
        for called in (name, *_short_names(row, name, subdivisions, kind)):
            by_name[called].append((kind, low, high, source, row["code"][:2]))

    rows = []
    for name, every in sorted(by_name.items()):
        entries = _one_place_named(every)
        if not entries:
            continue
        lows = [e[1] for e in entries]
        highs = [e[2] for e in entries]
        kind = min(entries, key=lambda e: _KINDS.index(e[0]))[0]
        rows.append(
            {
                "name": name,
                "kind": kind,
                "low_km2": f"{min(lows):.6g}",
                "high_km2": f"{max(highs):.6g}",
                "source": entries[0][3],
            }
        )
    return rows


def main(argv: list[str]) -> None:
    pack = Path(argv[1] if len(argv) > 1 else "/work/shared/data/place-areas")
    rows = build(pack)
    with open(HERE / "areas.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["name", "kind", "low_km2", "high_km2", "source"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} places to {HERE / 'areas.csv'}")


if __name__ == "__main__":
    main(sys.argv)
