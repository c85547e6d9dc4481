"""Which figures are read from the parse: those something else in the article could be compared
with. Reading is the costly step (the figure's sentence is parsed), so a figure is read only
when a figure of its dimension disagrees with it, a comparison could describe it, or the
article has a part-of-whole phrase that may point at it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from newslint.extract.noun_kinds import covers
from newslint.measurements.digits import compound_word, printed_figure, transposition_key
from newslint.measurements.lexicon import ATTRIBUTE_NOUNS, PEOPLE_ROLES
from newslint.measurements.model import Measurement
from newslint.report.model import Quantity

MEASURED = {"length", "area", "volume", "mass", "speed", "energy", "power", "currency", "count"}
# a part points at its whole: "4,100 of them", "Of those, ...", "140 of the schools surveyed"
PART_BY_PRONOUN = re.compile(r"\s*(?:of|out of|among)\s+(?:them|those|these|whom|which)\b", re.I)
PART_BY_NOUN = re.compile(
    r"\s*(?:of|out of|among)\s+(?:the|its|their|all)\s+(?P<noun>[a-z][\w-]*)", re.I
)
OPENS_WITH_PRONOUN = re.compile(r"\s*(?:In\s+)?(?:Of|Out of|Among)\s+(?:them|those|these)\b")
OPENS_WITH_NOUN = re.compile(
    r"\s*(?:In\s+)?(?:Of|Out of|Among)\s+(?:the|its|their|all)\s+(?P<noun>[a-z][\w-]*)"
)


def worth_reading(items: list[Measurement], text: str, sentence_starts: list[int]) -> set[int]:
    """Figures some other figure could be compared with: the members of a dimension (and
    currency, or counted noun) whose values disagree; every figure a comparison's dimension
    could describe; the counts of an article with a part-of-whole phrase."""
    groups: dict[tuple[str, str | None, str], list[Measurement]] = defaultdict(list)
    compared: set[str] = set()
    for m in items:
        q = m.quantity
        if m.role == "comparison":
            if q.implied_low is not None and q.dimension:
                compared.add(q.dimension)
            continue
        if m.role != "total" or q.dimension not in MEASURED:
            continue
        if printed_figure(q) or _count_word(q, text):
            groups[(q.dimension or "", q.currency, counted_key(q, text))].append(m)
    wanted: set[int] = set()
    dimensions: dict[tuple[str, str | None], list[Measurement]] = defaultdict(list)
    # one measure may be restated under any noun ("the 17 men accused" ... "all 15 accused"):
    # every printed total of a dimension whose values disagree is read (``restatement_pairs``);
    # a count word only beside a count of its own noun ("Eleven people were taken to hospital"
    # ... "the nine people taken to hospital"), not beside every count of the article
    for (dimension, currency, _), members in groups.items():
        dimensions[(dimension, currency)] += [m for m in members if printed_figure(m.quantity)]
    for members in [*groups.values(), *_general_groups(groups)]:
        if len(members) < 2:
            continue
        ranges = [m.value_range() for m in members]
        if max(r.low for r in ranges) > min(r.high for r in ranges):
            wanted.update(m.index for m in members)
    for members in dimensions.values():
        # "12" and "11" meet only at 11.5: two values
        if len({m.quantity.value for m in members}) > 1:
            wanted.update(m.index for m in members)
    # figures printed with the same digits in another order ("34 workers" ... "the 43
    # plaintiffs"), whatever their nouns: NUM002's commonest slip
    transposed: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for members in groups.values():
        for m in members:
            key = transposition_key(m)
            if key is not None:
                transposed[key].append(m)
    for members in transposed.values():
        if len({m.quantity.value for m in members}) > 1:
            wanted.update(m.index for m in members)
    near_pronoun, nouns = _part_cues(items, text, sentence_starts)
    for m in items:
        q = m.quantity
        comparison = m.role == "comparison" and q.implied_low is not None
        # a total, or the level a change reached ("has grown to 50,000 hectares")
        level = m.role == "total" or (m.role == "change" and q.change is None and q.low is None)
        compared_measure = level and q.dimension in compared and q.kind == "measure"
        whole = (
            m.role == "total"
            and q.kind == "count"
            and bool(q.counted)
            and (m.sentence in near_pronoun or counted_key(q) in nouns)
        )
        if comparison or compared_measure or whole:
            wanted.add(m.index)
    return wanted


def _count_word(q: Quantity, text: str) -> bool:
    """A count in words of a counted noun ("eleven people"), more than one ("One official
    said" is an article's "a"), and not a word of a compound ("a nine-storey block", "two-
    and three-wheeler makers"), which sizes a thing and counts nothing."""
    return (
        q.kind == "count" and bool(q.counted) and (q.value or 0) >= 2 and not compound_word(q, text)
    )


def _general_groups(
    groups: dict[tuple[str, str | None, str], list[Measurement]],
) -> list[list[Measurement]]:
    """Counts by a general word with those of each noun it covers ("2,100 animals" with "1,200
    cattle"): one measure may be named both ways (``general_for``)."""
    return [
        general + specific
        for (dimension, currency, word), general in groups.items()
        for (d, c, other), specific in groups.items()
        if (d, c) == (dimension, currency) and covers(word, other)
    ]


def _part_cues(
    items: list[Measurement], text: str, sentence_starts: list[int]
) -> tuple[set[int], set[str]]:
    """Where a whole may be: the sentences at and before an "of them" or "Of those, ..." (by
    sentence index), and the counted nouns an "of the schools" names. Read right after each
    count and at the start of its sentence, not over the whole text."""
    near: set[int] = set()
    nouns: set[str] = set()
    for m in items:
        q = m.quantity
        if q.kind != "count":
            continue
        start = sentence_starts[m.sentence] if m.sentence < len(sentence_starts) else 0
        opening = text[start : q.start]
        if PART_BY_PRONOUN.match(text, q.end) or OPENS_WITH_PRONOUN.match(opening):
            near.update((m.sentence - 1, m.sentence))
        cue = PART_BY_NOUN.match(text, q.end) or OPENS_WITH_NOUN.match(opening)
        if cue:
            nouns.add(_counted_class_of(cue.group("noun").lower()))
    return near, nouns


def counted_key(q: Quantity, text: str = "") -> str:
    """Counts are grouped by their counted noun's last word before any parse; a count of an
    attribute ("a capacity of 16,500") by the attribute, as "the 12,000-capacity venue" is."""
    if q.kind != "count":
        return ""
    if not q.counted:
        attribute = _ATTRIBUTE_OF.search(text, max(0, q.start - 40), q.start) if text else None
        noun = attribute.group(1).lower() if attribute else ""
        return noun if noun in ATTRIBUTE_NOUNS else ""
    words = q.counted.lower().split()
    if words and words[0] in ATTRIBUTE_NOUNS:
        return words[0]
    return _counted_class_of(q.counted)


_ATTRIBUTE_OF = re.compile(
    r"\b([a-z]+)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$",
    re.I,
)


@cache
def _counted_class_of(counted: str) -> str:
    from newslint.extract.quantities import counted_lemma
    from newslint.measurements.reading import counted_class

    words = counted_lemma(counted).split()
    noun = counted_class(words[-1]) if words else ""
    # people of any role may be one group ("civilians" ... "the people evacuated")
    return "person" if noun in PEOPLE_ROLES else noun
