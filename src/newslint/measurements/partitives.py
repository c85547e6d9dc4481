"""Parts and their wholes read from the parse: "of"-partitives, linked loosely, kept strictly.

A part says what it is a part of through the grammar, whatever its words:

- an "of"/"among" phrase on the figure: "341 of them", "161 of the notifications", "90 of its
  schools surveyed";
- an "of"/"among" phrase on the figure's clause: "Of this year's cases, 276 were ...", "29
  children and 41 women were among those killed";
- the figures of one coordination share that phrase and exclude each other: "29 children and
  41 women" are two parts of the dead, side by side.

The whole is any earlier figure of the same kind (a count, or money in one currency) that the
phrase names: the same counted noun ("of the cases" -> "412 cases"), the same event verb
("among those killed" -> "64 people were killed"), or a noun made from that verb ("of the
notifications" -> "412 cases were notified"). A pronoun ("of them") names the counts just before
it. Linking is loose; the finding is strict: the parts must be larger than EVERY whole the
phrase could name (another whole of the same name that holds them is another reading), and
nothing may explain them otherwise: another time in the part's clause, a part of a part
("including 38 babies", "alone"), a figure added to the whole ("a further", "more"), a whole
that is a rate or only a floor ("at least 64").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.extract.noun_kinds import covers
from newslint.extract.opposites import opposite, opposite_words
from newslint.measurements.lexicon import VERB_CLASS
from newslint.measurements.model import Measurement
from newslint.measurements.partitive_frames import (
    OVERLAP,
    PRONOUN_REACH,
    STEM,
    Frame,
    Parts,
    frames,
    measure_kind,
)

__all__ = ["Frame", "Parts", "frames", "parts_past_whole"]


if TYPE_CHECKING:
    from newslint.measurements.table import Measurements


def parts_past_whole(measurements: Measurements) -> Iterator[Parts]:
    """Parts (one, or one coordination) that no whole the partitive could name can hold."""
    read = frames(measurements)
    if not read:
        return
    wholes = [f for f in read if not f.partitive]  # "4,000 other staff" is a whole too
    groups: dict[tuple[int, int], list[Frame]] = {}
    for f in read:
        if not f.partitive or f.added or f.inside or f.measurement.role == "change":
            continue
        key = (f.measurement.sentence, f.group if f.group is not None else -1 - f.measurement.index)
        groups.setdefault(key, []).append(f)
    for members in groups.values():
        found = _judge(measurements, members, wholes)
        if found is not None:
            yield found
    yield from _included(read)
    yield from _by_doer(read, measurements.analysis.text)


_LABELLED = re.compile(r"[A-Za-z)]\s*:\s*$")
AGENT_REACH = 2  # parts by their doers at most this many paragraphs after the whole


def _by_doer(read: list[Frame], text: str) -> Iterator[Parts]:
    """'2,310 flights had been cancelled' ... 'Southwest accounted for 1,240 of the
    cancellations ... United Airlines cancelled 780 flights and American Airlines 410': counts
    of one event, each said of another named doer, are parts of the count of that event that
    names none, and exclude each other (each flight was cancelled by its own airline)."""
    # "Federation: Spain ... Number of nuns: 245": a table's values are labelled, not told
    read = [
        f
        for f in read
        if not _LABELLED.search(text, max(0, f.measurement.start - 40), f.measurement.start)
    ]
    for whole in read:
        w = whole.measurement
        if whole.partitive or whole.agent is not None or whole.verb is None or not whole.noun:
            continue
        parts: dict[str, Frame] = {}
        for f in read:
            m = f.measurement
            if f.agent is None or m.start <= w.start or m.paragraph - w.paragraph > AGENT_REACH:
                continue
            doer, verb, noun = f.agent
            by_event = verb == whole.verb and noun in (None, whole.noun)
            by_name = f.of_noun is not None and f.of_noun in (
                whole.noun,
                _stem_match(f.of_noun, whole.verb),
            )
            if (
                (by_event or by_name)
                and not (f.added or f.inside)
                and measure_kind(m) == measure_kind(w)
            ):
                parts.setdefault(doer, f)
        found = _doers_past(whole, list(parts.values()), read)
        if found is not None:
            yield found


def _doers_past(whole: Frame, members: list[Frame], read: list[Frame]) -> Parts | None:
    w = whole.measurement
    parts = [f.measurement for f in members]
    if len(parts) < 2 or len({m.quantity.value for m in parts}) != len(parts):
        return None
    at_least = sum(m.value_range().low for m in parts)
    # another count of the event that holds them is another reading
    same = [f for f in read if f.verb == whole.verb and f.noun == whole.noun and f.agent is None]
    if any(f.measurement.value_range().high >= at_least for f in same):
        return None
    if any(f.said & OVERLAP for f in members) or any(w.scope.conflict(m.scope) for m in parts):
        return None
    if any(f.where - whole.said for f in members):
        return None  # "sold 350 homes across the region": a wider whole than the town's
    doers = ", ".join(f.agent[0].strip() for f in members if f.agent)
    return Parts(
        w,
        sorted(parts, key=lambda m: m.start),
        f"counts of one event ('{whole.verb}') each said of another named doer ({doers}) are "
        f"parts of '{w.text}', said of none",
    )


def _included(read: list[Frame]) -> Iterator[Parts]:
    """'destroyed 40 homes, including 52 holiday cottages', 'At least 40 were killed,
    including 30 children and 25 women': what "including" lists is part of the figure the
    word hangs on (its noun or its verb), and the parts it lists exclude each other."""
    listed: dict[tuple[int, int, int], list[Frame]] = {}
    for f in read:
        if f.including is not None and not f.added and f.measurement.role != "change":
            listed.setdefault((f.measurement.sentence, *f.including), []).append(f)
    for (sentence, noun, verb), members in listed.items():
        wholes = [
            w
            for w in read
            if w.measurement.sentence == sentence
            and w.including is None
            and (noun in w.anchor or verb == w.anchor[1])
            and w.measurement.end <= members[0].measurement.start
            and measure_kind(w.measurement) == measure_kind(members[0].measurement)
        ]
        if len(wholes) != 1 or len({measure_kind(f.measurement) for f in members}) != 1:
            continue
        whole = wholes[0].measurement
        parts = [f.measurement for f in members]
        if members[0].said & OVERLAP or len({m.quantity.value for m in parts}) != len(parts):
            continue
        if (len(members) > 1 and any(f.noun is None for f in members)) or any(
            whole.scope.conflict(m.scope) for m in parts
        ):
            continue  # "900 in Yorkshire and 700 in Leeds" may nest; another time
        if sum(m.value_range().low for m in parts) <= whole.value_range().high:
            continue
        yield Parts(whole, parts, f"'including' lists parts of '{whole.text}'")


def _judge(measurements: Measurements, members: list[Frame], wholes: list[Frame]) -> Parts | None:
    first = members[0]
    kinds = {measure_kind(f.measurement) for f in members}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    # the members of one coordination must share one partitive reading
    if len({(f.of_noun, f.of_verb, f.anaphor) for f in members}) != 1:
        return None
    if len({f.measurement.quantity.value for f in members}) != len(members):
        return None  # one figure twice: no sum
    if len(members) > 1 and not _side_by_side(members):
        return None
    if first.of_noun and any(f.noun and f.noun != first.of_noun for f in members):
        return None  # "Of the 340 roads surveyed, 410 potholes ...": another thing counted
    candidates, others, how = _candidates(measurements, first, wholes, kind)
    if not candidates:
        return None
    parts = [f.measurement for f in members]
    at_least = sum(m.value_range().low for m in parts)
    # another reading: any whole the phrase could name that holds the parts
    if any(c.measurement.value_range().high >= at_least for c in (*candidates, *others)):
        return None
    chosen = max(candidates, key=lambda c: c.measurement.value_range().high)
    whole = chosen.measurement
    if first.narrowed - chosen.said:
        return None  # "410 of the bridges in the county": a wider set than the one counted
    if any(whole.scope.conflict(m.scope) for m in parts) or any(
        a.scope.conflict(b.scope) for a, b in itertools.combinations(parts, 2)
    ):
        return None  # another time: "last year", "in 2019"; parts of two times may overlap
    if any(whole.start >= m.start and not _names(chosen, m) for m in parts):
        return None
    return Parts(whole, parts, how(whole))


def _side_by_side(members: list[Frame]) -> bool:
    """Parts of one partitive that exclude each other: one statement of each ("290 detached
    and 180 terraced houses were among those flooded", "52 were reported from X and 31 from
    Y"). Two kinds of statement ("were travelling for business", "were women") or two labels
    ("were females", "were adults") may be two questions of one whole, unless the labels are
    opposites ("were boys", "were girls"); "both", "also" say the parts overlap."""
    predicates = {f.predicate for f in members}
    if members[0].said & OVERLAP:
        return False
    labels = [f.label for f in members if f.label]
    if len(labels) == len(members) and all(
        opposite_words(a, b) for a, b in itertools.combinations(labels, 2)
    ):
        return True  # "1,300 are boys and 1,200 are girls": labels of opposite kind
    if len(predicates) > 1 and not _opposed(members):
        return False
    return all(p[-1:] not in (("attr",), ("acomp",)) for p in predicates)


def _opposed(members: list[Frame]) -> bool:
    """Parts said by opposite verbs with nothing else different ("190 passed and 150 failed",
    "1,200 rose and 900 fell"), or by one verb and its negation ("did not pass"): no member
    can be in both. Objects must agree: "passed maths" and "failed English" are two
    questions."""
    first = members[0]
    if any(f.predicate[1:] != first.predicate[1:] or f.objects != first.objects for f in members):
        return False
    verbs = [(f.predicate[0], f.negated) for f in members if f.predicate]
    if len(verbs) != len(members):
        return False
    return all(
        (a == b and na != nb) or (na == nb is False and opposite(a, b))
        for (a, na), (b, nb) in itertools.combinations(verbs, 2)
    )


def _candidates(measurements: Measurements, part: Frame, wholes: list[Frame], kind):  # type: ignore[no-untyped-def]
    """The wholes the part's partitive may name, and how it names them."""
    m = part.measurement
    before = [
        w
        for w in wholes
        if (w.measurement.start < m.start or _names(w, m)) and measure_kind(w.measurement) == kind
    ]
    # every figure of the kind in reach, named or not: "almost £68m in reported donations
    # ..., with nearly £12m of them" points back to £68m, not to "a £10,000 cap"
    near = [w for w in before if m.paragraph - w.measurement.paragraph <= PRONOUN_REACH]
    if part.anaphor and _nearer_other_kind(measurements, m, kind):
        near = []  # "his 26-year career, 20 of which ...": the pronoun's figure is the years
    if part.anaphor:
        return (
            near,
            [],
            lambda w: (
                f"'{part.phrase}' ('{m.text}') points back to '{w.text}' (no figure before "
                f"it, a paragraph back at most, could hold it)"
            ),
        )
    named: list[Frame] = []
    for w in before:
        # a noun names the whole by its noun ("of the shops surveyed": not "9,000 leaders
        # surveyed"); "those killed" by its verb
        if part.of_noun:
            if part.of_noun in (w.noun, _stem_match(part.of_noun, w.verb)):
                named.append(w)
        elif part.of_verb and _one_event(part.of_verb, w.verb):
            named.append(w)
    if part.of_noun and not named:
        named = _named_generally(part, before) or _named_by_verb(part, before)
    how = "the same noun, or the verb it is made from" if part.of_noun else "the same event verb"
    # "In almost 14,000 of those cases" also points back: to "31,000 pupils" just before it as
    # much as to "776 cases" a paragraph earlier
    return (
        named,
        near if part.demonstrative else [],
        lambda w: f"'{part.phrase}' names '{w.text}' ({how}; no other such whole could hold it)",
    )


def _nearer_other_kind(measurements: Measurements, m: Measurement, kind) -> bool:  # type: ignore[no-untyped-def]
    """The figure just before the part, in its sentence, is of another kind: "of which"
    points back to it, not past it to a figure of the part's kind."""
    said = [x for x in measurements if x.sentence == m.sentence and x.end <= m.start]
    return bool(said) and measure_kind(said[-1]) != kind


def _one_event(verb: str, other: str | None) -> bool:
    """'among those killed' names '64 people died' too: one verb, or one class of the
    lexicon's event verbs."""
    return other is not None and VERB_CLASS.get(verb, verb) == VERB_CLASS.get(other, other)


def _named_generally(part: Frame, before: list[Frame]) -> list[Frame]:
    """'260 of the animals' after 'a herd of 220 cows': a general word names the whole of the
    one thing of its kind the article counted. When it covers figures of two things (cows and
    sheep), it may name their sum; a phrase of the part's clause that its whole's sentence
    does not say ("across the county") may name a wider set: no whole."""
    covered = [w for w in before if covers(part.of_noun, w.noun)]
    if len({w.noun for w in covered}) != 1 or any(part.where - w.said for w in covered):
        return []
    return covered


def _named_by_verb(part: Frame, before: list[Frame]) -> list[Frame]:
    """'Of the deaths recorded' after '160 carcasses ... recorded': a noun the article never
    counted, said with the verb of its count, names the count of that verb. Only when the
    figures of that verb count one thing (not '160 burglaries and 400 thefts recorded', whose
    sum the phrase may name); the phrase's own words are weighed as any partitive's ("of the
    deaths recorded across the region" names a wider set)."""
    if part.of_verb is None:
        return []
    counted = [w for w in before if w.noun and _one_event(part.of_verb, w.verb)]
    return counted if len({w.noun for w in counted}) == 1 else []


def _names(whole: Frame, part: Measurement) -> bool:
    """'1,020 out of the 900 pupils': the whole inside the part's own phrase, after it."""
    w = whole.measurement
    return whole.within and w.sentence == part.sentence and 0 < w.start - part.end < 40


def _stem_match(noun: str, verb: str | None) -> str | None:
    """'notification' and 'notify', 'applicant' and 'apply': the noun is made from the verb
    (they share all of the verb but its last two letters, and at least ``STEM`` letters)."""
    if not verb or len(noun) <= len(verb):
        return None
    shared = next(
        (i for i, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b), len(verb)
    )
    return noun if shared >= max(STEM, len(verb) - 2) else None
