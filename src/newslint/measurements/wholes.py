"""Wholes and their parts, anywhere in the article: loose candidates, strict verdicts.

Any tally (``tallies.py``) is a candidate whole of any later tally of the same concept (one
lemma, one counted class, a derivation: "vacant posts" / "vacancies", "cancelled flights" /
"cancellations", a noun class: "people" / "children", initials: "twenty-foot equivalent
units" / "TEUs"). A later tally is a part of it when it narrows it: it names a whole by a
partitive ("of the total", "of them"), has an owner the whole has not ("United Airlines
cancelled 780"), another outcome of the same things ("3,100 claims had been settled" of
"received 4,200 claims"), or a narrower noun ("children" of "people").

Two verdicts, each needing no other reading:

- one part larger than its whole, when the part names a whole by a partitive;
- parts that exclude each other adding up past the whole beyond rounding. Parts exclude each
  other when they are coordinated in one sentence and differ in owner, outcome or noun
  ("35,483 houses were destroyed and 1,74,992 partially damaged"), when a later part sets
  itself outside the others ("a further 1,450", "the remaining 95,000"), when their owners are
  different names ("Southwest", "United") or their owners, outcomes or manners are opposite
  words ("imports" / "exports").

Guards: a figure of another time or a comparison ("down from 1,610") is neither; owners that
differ, time scopes that conflict, events of different classes ("killed" / "injured") and
nouns that nest ("children" / "girls") part them; "a further" with the whole's own outcome
adds to the whole rather than splitting it; and every other whole the parts could belong to
must be too small for them as well (a restatement of the whole, "more than 2,300 flights" and
"2,310 flights", is one whole read at its tightest).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.extract.change_words import YEAR
from newslint.extract.noun_classes import noun_class
from newslint.extract.noun_kinds import covers
from newslint.extract.opposites import opposite, opposite_words
from newslint.measurements.lexicon import VERB_CLASS
from newslint.measurements.reading import counted_class
from newslint.measurements.records import another_round
from newslint.measurements.table import ALL_TOLD
from newslint.measurements.tallies import Tally, tallies

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements

_STEM = 5  # "vacan(t)" / "vacan(cy)", "cance(l)" / "cance(llation)"
# how far an outcome went: the whole of a thing or a part of it, never both
_DEGREES = {"completely": "all", "fully": "all", "totally": "all", "entirely": "all",
            "wholly": "all", "partially": "part", "partly": "part", "partial": "part"}  # fmt: skip
_POINTERS = {"them", "those", "these", "they", "whom", "which"}
# a set said to lie outside the one before it ("a further", "three other districts")
_OUTSIDE = ("further", "another", "additional", "extra", "more", "other")
_CHAIN = 3  # sentences between a part and the one "a further" goes on from, at most
_NESTING = ("including", "of whom", "of them", "among them", "of which", "such as")


@dataclass(frozen=True)
class Verdict:
    whole: Tally
    parts: tuple[Tally, ...]
    at_least: float
    at_most: float
    why: str


def wholes_exceeded(measurements: Measurements) -> Iterator[Verdict]:
    read = [t for t in tallies(measurements) if not t.compared and not t.planned]
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    for i, whole in enumerate(read):
        if whole.partitive or whole.besides:
            continue
        parts = [
            t
            for t in read[i + 1 :]
            if _part_of(t, whole)
            and not _outside_whole(t, whole, read)
            and _own_whole_is(t, whole, read)
        ]
        if not parts:
            continue
        verdict = _single(whole, parts, read) or _summed(whole, parts, read, text, sentences)
        if verdict is not None:
            yield verdict


def _single(whole: Tally, parts: list[Tally], read: list[Tally]) -> Verdict | None:
    """ "1,420 of the current vacancies" of "1,240 vacant posts": a part that names its whole
    by a partitive (not a pronoun, which may point back to a whole never counted, unless the
    pronoun's own words name the whole's figure: "Of those taken into custody")."""
    for part in parts:
        pointer = set(part.partitive.split()) & _POINTERS if part.partitive else set()
        if not part.partitive or part.besides or (pointer and part.own_whole is None):
            continue  # "of them", "of those cases": may point back to a whole not counted
        at_least = part.lowest().low
        at_most = _tightest(whole, read)
        if at_least > at_most and _no_larger_whole(whole, [part], at_least, read):
            why = f"'{part.quantity.text}' is {part.partitive}, the '{whole.quantity.text}'"
            return Verdict(whole, (part,), at_least, at_most, why)
    return None


def _other_counts(whole: Tally, parts: list[Tally], text: str, sentences: list) -> bool:  # type: ignore[type-arg]
    """The parts are counts of another time or tally than the whole: their sentences name
    years or rounds of a count the whole's does not ("in 2008" / "in 2012", "in the
    runoff"), or give a running total ("Overall,
    she leads with 182", "has won 691 so far", each rival's "has 11") beside a whole that is
    one event's."""

    def said(t: Tally, pattern: re.Pattern[str]) -> set[str]:
        span = sentences[t.sentence]
        return {m.group(0).lower() for m in pattern.finditer(text, span.start, span.end)}

    years = [said(t, YEAR) for t in (whole, *parts)]
    if any(a and b and not a & b for a, b in itertools.combinations(years, 2)):
        return True
    spans = [(sentences[t.sentence].start, sentences[t.sentence].end) for t in (whole, *parts)]
    if any(another_round(text, spans[0], span) for span in spans[1:]):
        return True  # "In the runoff, Lindqvist took 5,410": the same ballots counted again
    running = [bool(said(t, ALL_TOLD)) for t in parts]
    if any(running) and not said(whole, ALL_TOLD):
        return True
    # "Moss has 12 and Reid has eight": what each named holder has to date, beside a whole
    # that is one event's ("Nair scored 6")
    held = all(t.outcome == "have" and t.owner_is_name for t in parts)
    return held and whole.outcome not in (None, "have")


def _summed(
    whole: Tally,
    parts: list[Tally],
    read: list[Tally],
    text: str,
    sentences: list,  # type: ignore[type-arg]
) -> Verdict | None:
    at_most = _tightest(whole, read)
    group = _exclusive_group(parts, text)
    group = [t for t in group if _goes_on_within(t, group, read)]
    if len(group) < 2 or not any(_tied(t, whole) for t in group):
        return None
    at_least = sum(t.lowest().low for t in group)
    if at_least <= at_most:
        return None
    if any(t.lowest().low > at_most and not _tied(t, whole) for t in group):
        return None  # a part larger than the whole that says nothing of it: another thing
    if not _no_larger_whole(whole, group, at_least, read):
        return None
    if _other_counts(whole, group, text, sentences):
        return None
    why = (
        "parts of one whole that exclude each other, told in sentences of one year and one "
        "count (no running total beside a single count)"
    )
    return Verdict(whole, tuple(group), at_least, at_most, why)


def _part_of(part: Tally, whole: Tally) -> bool:
    if part.measurement.index == whole.measurement.index:
        return False
    if not (_same_concept(part, whole) or _named_by_pronoun(part, whole)):
        return False
    if part.sentence == whole.sentence and part.head == whole.head:
        return False
    if whole.owner_is_name and part.owner_is_name and part.owner != whole.owner:
        return False  # "Kyle Reimer, who farms 6,800 acres": another owner's whole
    mine, theirs = part.manner - _DEGREES.keys(), whole.manner - _DEGREES.keys()
    if theirs - mine and mine - theirs:
        return False  # "3 Hispanic men" ... "3 black men": two groups side by side
    if _other_event(part.outcome, whole.outcome):
        return False  # "64 people were killed" ... "120 were wounded"
    if part.measurement.scope.conflict(whole.measurement.scope):
        return False
    if part.places - whole.places and (whole.places or part.spread):
        return False  # "600 homes sold in the town" ... "350 homes across the region"
    if part.spread and whole.places and not whole.spread:
        return False  # "900 flights at Denver" ... "Nationwide, United cancelled 1,100"
    if part.partitive_says - {whole.outcome}:
        return False  # "410 of the bridges in the county", "among those arrested all season"
    if part.besides in ("further", "another", "additional", "extra", "more") and (
        part.outcome == whole.outcome or part.outcome is None
    ):
        return False  # "a further 300 claims were received": the whole grows
    narrows = (
        part.partitive is not None
        or (part.owner is not None and part.owner != whole.owner)
        or (part.outcome is not None and part.outcome != whole.outcome)
        or covers(whole.concept, part.concept)
        or bool(part.manner - whole.manner)
        or part.besides is not None
    )
    return narrows and part.quantity.kind == whole.quantity.kind


def _named_by_pronoun(part: Tally, whole: Tally) -> bool:
    """ "Rescuers pulled 120 from the water, among them 70 women": the pronoun names the very
    figure, and both count people, whatever nouns they take."""
    kinds = noun_class(part.concept), noun_class(whole.concept)
    return part.own_whole == whole.quantity.start and kinds[0] is not None and kinds[0] == kinds[1]


def _own_whole_is(part: Tally, whole: Tally, read: list[Tally]) -> bool:
    """ "318 of the 865 delegates": a part that counts its own whole is a part of that one
    (or of a whole that restates it at its tightest: "at least 52" is not the 865), not of
    any other count of its concept."""
    if part.own_whole is None:
        return True
    own = next((t for t in read if t.quantity.start == part.own_whole), None)
    if own is None:
        return False
    return own is whole or (_restates(own, whole) and own.lowest().low <= _tightest(whole, read))


def _outside_whole(part: Tally, whole: Tally, read: list[Tally]) -> bool:
    """ "Three other districts", "9,000 additional files": a set outside the one it goes on
    from. It is one more part of the whole only when that set is another part, said a few
    sentences before at most ("540 were approved. ... A further 390 were refused"); after the
    whole itself, after a figure of something else, or far from any, it lies outside the
    whole or beside a set never counted ("his daughter ... four other children")."""
    if part.besides not in _OUTSIDE:
        return False
    before = _went_on_from(part, read)
    if part.besides_uncounted or before is None or before is whole:
        return True
    if before.sentence < part.sentence - _CHAIN:
        return True
    return not _part_of(before, whole)


def _goes_on_within(part: Tally, group: list[Tally], read: list[Tally]) -> bool:
    """A part outside the one before it is one of this sum only when that one is too."""
    return part.besides not in _OUTSIDE or _went_on_from(part, read) in group


def _went_on_from(part: Tally, read: list[Tally]) -> Tally | None:
    """The last count of the part's concept said before it: the set "other" sets it outside."""
    before = [t for t in read if t.quantity.start < part.quantity.start and _same_concept(part, t)]
    return before[-1] if before else None


def _tied(part: Tally, whole: Tally) -> bool:
    """A part that says it is one of the whole's: by a partitive, by the whole's own outcome,
    by standing outside other parts ("a further"), or of a whole called the total. Other
    outcomes alone may be other events of other people ("300 people were arrested" ...
    "120 students and 250 workers joined the march")."""
    return (
        part.partitive is not None
        or part.outcome == whole.outcome
        or part.besides is not None
        or whole.total
    )


def _same_concept(part: Tally, whole: Tally) -> bool:
    if part.concept == "area" or whole.concept == "area":
        return part.concept == whole.concept
    mine = {part.concept, counted_class(part.concept)}
    if mine & whole.nouns or covers(whole.concept, part.concept):
        return True
    if counted_class(whole.concept) == "person" and noun_class(part.concept) == "person":
        return True  # "64 people" ... "29 children"
    # a derivation: "vacant posts" / "vacancies", "flights cancelled" / "cancellations"
    stems = {w for w in (*whole.nouns, whole.outcome or "") if len(w) >= _STEM}
    return len(part.concept) >= _STEM and any(
        part.concept[:_STEM] == w[:_STEM] for w in stems if w != whole.concept
    )


def _other_event(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ca, cb = VERB_CLASS.get(a), VERB_CLASS.get(b)
    return ca is not None and cb is not None and ca != cb


def _exclusive_group(parts: list[Tally], text: str) -> list[Tally]:
    """The longest run of parts each excluding every other, in the article's order."""
    best: list[Tally] = []
    for start in range(len(parts)):
        group = [parts[start]]
        for t in parts[start + 1 :]:
            if all(_exclusive(g, t, text) for g in group):
                group.append(t)
        if len(group) > len(best):
            best = group
    return best


def _exclusive(a: Tally, b: Tally, text: str) -> bool:
    """No member of part ``a`` can be in part ``b`` (``b`` said after ``a``)."""
    if _nested(a, b, text):
        return False
    if b.besides in ("remaining", "rest", "other") or (
        b.besides in ("further", "another", "additional") and b.outcome != a.outcome
    ):
        return True
    if a.owner_is_name and b.owner_is_name and a.owner and b.owner:
        return a.owner not in b.owner and b.owner not in a.owner
    if _opposite(a.owner, b.owner) or _opposite(a.outcome, b.outcome):
        return True
    if _other_regions(a, b):
        return True  # "nine in northern Ontario and seven in eastern Ontario"
    if any(_opposite(x, y) for x, y in itertools.product(a.manner, b.manner)):
        return True
    if _degrees(a.manner) and _degrees(b.manner) and _degrees(a.manner) != _degrees(b.manner):
        return True  # "35,483 houses completely destroyed and 1,74,992 partially damaged"
    # a list of one sentence whose members are other things or other people's; two outcomes
    # alone may be stages of one course ("3.9 lakh enrolled and 3.1 lakh completed")
    return a.sentence == b.sentence and _coordinated(a, b, text) and _differ(a, b)


def _other_regions(a: Tally, b: Tally) -> bool:
    """Each lies in another compass part of one place, and neither in two."""
    if len(a.regions) != 1 or len(b.regions) != 1:
        return False
    (side_a, place_a), (side_b, place_b) = *a.regions, *b.regions
    return place_a == place_b and side_a != side_b


def _nested(a: Tally, b: Tally, text: str) -> bool:
    between = text[a.quantity.end : b.quantity.start].lower()
    if a.partitive and between.lstrip().startswith(a.partitive):
        between = between.lstrip()[len(a.partitive) :]  # "2,300 of them, Haryana 1,100": its own
    if a.sentence == b.sentence and any(w in between for w in _NESTING):
        return True  # "276 were children, including 38 babies"
    return covers(a.concept, b.concept) or covers(b.concept, a.concept)


def _coordinated(a: Tally, b: Tally, text: str) -> bool:
    """ "35,483 houses were destroyed and 1,74,992 partially damaged", "1,103 votes to
    Whitlock's 812", "29 children and 41 women": one list, nothing but the list between."""
    between = text[a.quantity.end : b.quantity.start]
    return len(between) < 60 and (" and " in between or " to " in between or "," in between)


def _differ(a: Tally, b: Tally) -> bool:
    return (a.owner != b.owner and None not in (a.owner, b.owner)) or a.concept != b.concept


def _degrees(manner: frozenset[str]) -> frozenset[str]:
    return frozenset(_DEGREES[w] for w in manner if w in _DEGREES)


def _opposite(a: str | None, b: str | None) -> bool:
    return bool(a and b) and (opposite(a, b) or opposite_words(a, b))  # type: ignore[arg-type]


def _restates(a: Tally, b: Tally) -> bool:
    """Two wholes of one concept whose ranges meet: one whole said twice."""
    ra, rb = a.highest(), b.highest()
    return ra.low <= rb.high and rb.low <= ra.high


def _others(whole: Tally, parts: list[Tally], read: list[Tally]) -> list[Tally]:
    ids = {p.measurement.index for p in parts} | {whole.measurement.index}
    return [
        t
        for t in read
        if t.measurement.index not in ids
        and not t.partitive
        and _same_concept(whole, t)
        and not t.measurement.scope.conflict(whole.measurement.scope)
    ]


def _tightest(whole: Tally, read: list[Tally]) -> float:
    """The whole at its highest, or a restatement's if tighter: "more than 2,300" and "2,310"."""
    highs = [whole.highest().high]
    highs += [t.highest().high for t in _others(whole, [], read) if _restates(t, whole)]
    return min(highs)


def _no_larger_whole(whole: Tally, parts: list[Tally], at_least: float, read: list[Tally]) -> bool:
    """No other whole the parts could belong to holds them."""
    for other in _others(whole, parts, read):
        if _restates(other, whole) or other.lowest().low < min(p.lowest().low for p in parts):
            continue
        if other.highest().high >= at_least and (other.owner is None or other.owner == whole.owner):
            return False
    return True
