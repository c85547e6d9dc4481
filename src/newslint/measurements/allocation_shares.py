"""Shares of one whole handed out in one sentence, the verb left out after the first.

"Of the £40m budget, 45% will go to schools, 30% to social care and 35% to roads"; "48% of
the visitors came from Asia, 31% from Europe and 29% from New Zealand". The first share names
its whole ("of the budget", "Of the £40m budget,") and a verb that sends each part of a whole to
one place (go, spend, come from, allocate: a closed class, ``_HANDED_OUT``); each later share
repeats only the preposition and names another place. A pound spent on roads is not spent on
schools, a visitor from Asia is not one from Europe: the shares exclude each other. A time or
a plan in the sentence, or a word that lets answers overlap, keeps it silent.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from newslint.measurements.lexicon import LAND_NOUNS
from newslint.measurements.model import Measurement
from newslint.measurements.opposite_shares import other_time

if TYPE_CHECKING:
    from newslint.measurements.share_readings import ShareList
    from newslint.measurements.table import Measurements

# the first share's whole, its verb (one that sends each part of a whole to one place) and
# its place, up to the next share: "% of its £40m budget would be spent on schools, ". Not
# "have spent on food" (what each household did: the answers may overlap)
_FIRST = re.compile(
    r"(?P<of>\s+of\s+(?:the|its|their|this|that|his|her)\b"
    r"(?:\s+(?!(?:have|has|had)\b)[^\s,;:.%]+){0,6}?)?\s+"
    r"(?:(?:will|would|was|were|is|are|be|been|being|to)\s+)*"
    r"(?:go(?:es)?|went|going|gone|spent|allocated|earmarked|set aside|paid|"
    r"invested|given|came|come(?:s)?|coming)\s+(?P<prep>to|on|from|for|towards)\s+"
    r"[^,;:.\d%]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)",
    re.I,
)
# the whole named before the first share: "Of the £40m budget, 45% ..."
_OF_OPENS = re.compile(r"^\s*(?:Of|Out of)\s+(?:the|its|their|this|that)\b[^,]{1,60},\s*$")
# what sits between one later share and the next: its place, then a comma or "and"
_PLACE = r"\s+{prep}\s+[^,;:.\d%]{{1,50}}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)"


def allocation_lists(
    measurements: Measurements,
    shares: list[tuple[Measurement, float]],
    overlap: Callable[[int, int], bool],
) -> Iterator[ShareList]:
    """``shares`` and ``overlap`` as for ``opposite_shares.opposite_pairs``."""
    from newslint.measurements.share_readings import Share, ShareList

    analysis = measurements.analysis
    text = analysis.text
    by_sentence: dict[int, list[tuple[Measurement, float]]] = {}
    for m, low in shares:
        by_sentence.setdefault(m.sentence, []).append((m, low))
    for s, said in by_sentence.items():
        if len(said) < 2 or sum(low for _, low in said) <= 100.0:
            continue
        sentence = analysis.sentences[s]
        first = said[0][0]
        figures = [m for m, _ in said]
        if _listed(text, sentence.start, figures) != len(said) and not _land_list(
            text, sentence.start, figures
        ):
            continue  # every share of the sentence in the list, or none
        if other_time(analysis, first, first) or overlap(first.start, said[-1][0].end):
            continue
        members = [Share(m, low, "place", f"place@{m.start}", None) for m, low in said]
        yield ShareList(
            members,
            "shares of one whole each sent to another place by one verb, or each another kind "
            "of its land",
        )


def _listed(text: str, sentence_start: int, shares: list[Measurement]) -> int:
    """How many shares from the first form one list: the first names its whole and the verb,
    each next one only the preposition and its place."""
    first = shares[0]
    found = _FIRST.fullmatch(text, first.end, shares[1].start)
    if found is None:
        return 0
    if found.group("of") is None and not _OF_OPENS.match(text[sentence_start : first.start]):
        return 0  # no whole named
    prep = found.group("prep")
    place = re.compile(_PLACE.format(prep=re.escape(prep)), re.I)
    count = 1
    for before, after in itertools.pairwise(shares[1:]):
        if not place.fullmatch(text, before.end, after.start):
            break
        count += 1
    last = shares[count]
    return count + 1 if _names_place(text, last, prep) else count


def _names_place(text: str, share: Measurement, prep: str) -> bool:
    return re.match(rf"\s+{re.escape(prep)}\s+[^\d%]", text[share.end : share.end + 40]) is not None


# "61% of the burned area is national forest land, 28% is state land, and 17% is private
# timberland": each share of an area is one kind of land (a land noun, or a compound of
# "land": farmland, timberland), and a piece of land is of one kind
_IS = r"\s+(?:is|are|was|were)\s+(?P<kind>[^,;:.\d%]{1,40}?)"
_LAND_FIRST = re.compile(
    r"(?P<of>\s+of\s+(?:the|its|their|this|that)\b(?:\s+[^\s,;:.%]+){0,5}?)?"
    + _IS
    + r"(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_LAND_NEXT = re.compile(_IS + r"(?:,\s*(?:and\s+)?|\s+and\s+)")
_LAND_LAST = re.compile(_IS + r"\s*(?:[,;.]|$)")


def _land_list(text: str, sentence_start: int, shares: list[Measurement]) -> bool:
    """Every share of the sentence names one kind of land, the first also its whole (or the
    sentence opens on it: "Of the estate's 900 hectares, ...")."""
    gaps = [(a.end, b.start) for a, b in itertools.pairwise(shares)]
    first = _LAND_FIRST.fullmatch(text, *gaps[0])
    if first is not None and first.group("of") is None:
        first = first if _OF_OPENS.match(text[sentence_start : shares[0].start]) else None
    found = [first] + [_LAND_NEXT.fullmatch(text, *gap) for gap in gaps[1:]]
    found.append(_LAND_LAST.match(text, shares[-1].end))
    return all(f is not None and _is_land(f.group("kind")) for f in found)


def _is_land(kind: str) -> bool:
    last = kind.lower().split()[-1] if kind.strip() else ""
    return last in LAND_NOUNS or (last.endswith("land") and len(last) > 4) or last == "land"
