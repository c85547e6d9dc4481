"""NUM002 on the measurements layer: one measure given two values anywhere in the article.

The layer groups mentions by what they measure (``Measurements.groups``) and says whether two
mentions are one measure (``Measurements.agreement``: no other owner, place or time, no word
that makes either another thing). A restatement needs more:

- the two mentions sit in different sentences, and the later one points back ("the £9.1m
  scheme", "the 820 patients who ...", not "a £9.1m scheme");
- the mentions judged one measure with both hold exactly the two values (three values for
  "the scheme" mean several schemes, or a story of revisions);
- no mention of the measure carries a contrast word, and no change in the article ("has since
  risen to £70m") lands on either value: the article itself tells of two values;
- the concept is strong (the same thing labelled, the same event, the same counted noun with
  the same event verb), or, for the commonest slip of all, the two values are the same digits
  transposed ("230" and "320", "£26m" and "£62m") and the concepts are alike more loosely: the
  same counted noun without a verb, people of any kind, the same class of thing;
- neither is a part of the other: the later names a kind or place of its own ("the 125,000
  construction jobs"), a running total ("in all", "since it launched") stands beside a dated
  or narrowed figure ("$12.7m from drug companies"), both are lines of two fact boxes; and
  on the strong link two plain values are less than five times apart, neither a printed range.

Every slipped-digit path passes the same guards (``slip_apart``): a part, a kind of its own,
an event done by another thing than the one labelled, two fact boxes.

Beyond the groups and the digit buckets, ``restatement_pairs`` offers every pair of totals of
one dimension whose measured words meet (one word, one WordNet family, a general word, the
group a verb defines): a slip of the digits is judged on that looser link, a plain different
value only on the head match with every guard above, a later mention pointing back, nothing
before either figure that makes it a part or another ("the remaining", "another"), and the
two values no more than twice apart.

The guards are ``restatement_guards``; the digit buckets are ``restatement_swaps``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.measurements import Measurement, Measurements
from newslint.measurements.sibling_scopes import sibling_scopes
from newslint.measurements.table import in_headline, loose_concept, loose_concepts
from newslint.rules.registry import Flag, Verified
from newslint.rules.restatement_guards import (
    another_of_kind,
    bare_restatement,
    counted_by_event_noun,
    event_repeated,
    event_told_again,
    far_apart,
    given_again,
    later_narrowed,
    line_of_its_kind,
    may_restate,
    one_group,
    one_value_each,
    own_words,
    people_and_things,
    same_digits_again,
    same_noun,
    same_qualifiers,
    set_in_the_past,
    slip_apart,
    told_as_two,
    two_boxes,
    unreal,
    value_clusters,
    words_of_two_groups,
)
from newslint.rules.restatement_pairs import Candidate, candidates, concept_match
from newslint.rules.restatement_slips import (
    Link,
    given_elsewhere,
    introduced_anew,
    points_back,
    slip_pairs,
    third_value,
)
from newslint.rules.restatement_sums import restatement_checks, restatement_flag
from newslint.rules.restatement_swaps import MAX_GROUP, long_swaps, transposed_pairs

# a plain different value (no slip of the digits) further apart than this is another measure
# far oftener than a figure miscopied: a part, a year against a running total, a subgroup
PLAIN_APART = 2.0


def restatement_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    measurements = analysis.measurements
    changes = [m for m in measurements if m.role == "change"]
    flagged: set[int] = set()
    for members in measurements.groups(["total"]).values():
        if not 2 <= len(members) <= MAX_GROUP:
            continue
        for a, b in itertools.combinations(members, 2):
            flag = _pair_flag(measurements, a, b, members, changes, strong=True)
            if flag:
                flagged.update((a.index, b.index))
                yield flag
                break
    for a, b, members in transposed_pairs(measurements):
        if a.index in flagged or b.index in flagged:
            continue
        flag = _pair_flag(measurements, a, b, members, changes, strong=False)
        if flag:
            flagged.update((a.index, b.index))
            yield flag
    for a, b in long_swaps(measurements):
        if a.index in flagged or b.index in flagged:
            continue
        flag = _swap_flag(measurements, a, b, changes)
        if flag:
            flagged.update((a.index, b.index))
            yield flag
    for a, b, link in slip_pairs(measurements):
        if a.index in flagged or b.index in flagged:
            continue
        flag = _slip_flag(measurements, a, b, link, changes)
        if flag:
            flagged.update((a.index, b.index))
            yield flag
    for candidate in candidates(measurements):
        if {candidate.earlier.index, candidate.later.index} & flagged:
            continue
        flag = _candidate_flag(measurements, candidate, changes)
        if flag:
            flagged.update((candidate.earlier.index, candidate.later.index))
            yield flag
    groups = measurements.groups(["total"]).values()
    yield from restatement_checks(measurements, groups, flagged, MAX_GROUP)


def _pair_flag(
    measurements: Measurements,
    a: Measurement,
    b: Measurement,
    members: list[Measurement],
    changes: list[Measurement],
    *,
    strong: bool,
) -> Flag | None:
    earlier, later = sorted((a, b), key=lambda m: m.start)
    if earlier.sentence == later.sentence or earlier.value_range().overlaps(later.value_range()):
        return None
    reading = later.reading
    if reading is None or (reading.relation in ("label", "count") and not reading.definite):
        return None
    if (
        strong
        and reading.relation == "count"
        and reading.verb is None
        and not bare_restatement(earlier, later)
        and not event_repeated(earlier, later)
    ):
        return None
    said_first = earlier.reading
    if (
        not strong
        and said_first is not None
        and said_first.verb
        and reading.verb
        and said_first.verb != reading.verb
    ):
        return None  # "12 people killed" ... "the 21 people injured": two events
    if not one_group(earlier, later) or words_of_two_groups(earlier, later):
        return None  # "350 employees" ... "530 shareholders": two groups of people
    if not strong and slip_apart(measurements, earlier, later):
        return None
    agreement = measurements.agreement(earlier, later, concept=strong)
    if (
        not agreement
        or own_words(earlier, later)
        or line_of_its_kind(measurements.analysis.text, earlier, later)
        or set_in_the_past(measurements, earlier, later)
        or another_of_kind(earlier, later)
        or two_boxes(measurements, earlier, later)
    ):
        return None  # "215,000 jobs" ... "the 125,000 construction jobs": a part
    if sibling_scopes(measurements, earlier, later) is not None:
        return None  # "12 films in the documentary category" ... "16 in the dramatic one"
    if unreal(measurements, earlier, later):
        return None
    if strong and not one_value_each(earlier, later):
        return None
    if strong and far_apart(earlier, later):
        return None  # "$204,202 from hedge funds" ... "more than $3 million from billionaires"
    # the mentions that are one measure with both must hold only these two values
    # ("690 affordable homes" is a part, not a third value for "2,750 homes")
    alike = [
        m
        for m in members
        if m.index not in (a.index, b.index)
        and same_qualifiers(m, earlier, later)
        and (strong or same_noun(m, earlier, later))
        and measurements.agreement(m, earlier, concept=strong)
        and measurements.agreement(m, later, concept=strong)
    ]
    clusters = value_clusters([earlier, later, *alike])
    if len(clusters) != 2 or told_as_two([earlier, later, *alike], changes):
        return None
    first, second = clusters
    odd, usual = (first, second) if len(first) < len(second) else (second, first)
    odd_one, usual_one = odd[0], usual[0]
    why = agreement.why if strong else f"{agreement.why}; the same digits transposed"
    return restatement_flag(
        earlier, later, odd_one, usual_one, reading.words, f"{reading.relation}:{reading.key}", why
    )


_POINTS_BACK = re.compile(r"\b(?:the|its|their|all|these|those)\s+(?:[a-z]+\s+)?$", re.I)


def _swap_flag(
    measurements: Measurements, a: Measurement, b: Measurement, changes: list[Measurement]
) -> Flag | None:
    """The later mention must point back ("the 176,486 voting points") unless the parse read
    both as one loose concept ("3,400 nurses" ... "4,300 nurses") and no "a" or "an" brings
    the later in as a thing of its own; read concepts must agree; no
    other owner, place or time, no contrast word and no change in the article landing on
    either value."""
    earlier, later = sorted((a, b), key=lambda m: m.start)
    text = measurements.analysis.text
    if earlier.sentence == later.sentence:
        return None
    concepts = {loose_concept(m) for m in (earlier, later)} - {None}
    shared = set(loose_concepts(earlier)) & set(loose_concepts(later))
    if (len(concepts) > 1 and not shared) or not one_group(earlier, later):
        return None
    if slip_apart(measurements, earlier, later):
        return None
    # the later one points back, or both count one thing ("3,400 nurses" ... "4,300 nurses")
    both_read = (
        earlier.reading is not None
        and later.reading is not None
        # a general word for a group points back ("the 7,400 people"), or it is another group
        and later.reading.noun is not None
        and (earlier.reading.noun == later.reading.noun)
    )
    said = later.reading
    if said is not None and said.relation != "event":
        # "a" or "an" before the later introduces a thing of its own ("approved a 1,250-seat
        # theatre" ... "also backed a 1,520-seat concert hall"), whatever its noun
        if not (said.definite or (both_read and not introduced_anew(text, later))):
            return None
    elif not (
        _POINTS_BACK.search(text, max(0, later.start - 24), later.start)
        # a headline sums up the story: the body's figure need not point back to it, unless
        # the body gives the headline's figure too (then the other is another thing)
        or (
            in_headline(measurements.analysis, earlier)
            and not given_again(measurements, earlier, later)
        )
    ):
        return None
    agreement = measurements.agreement(earlier, later, concept=False)
    if not agreement or told_as_two([earlier, later], changes):
        return None
    words = later.reading.words if later.reading is not None else "one figure"
    why = f"{agreement.why}; the same digits with two neighbours swapped"
    return restatement_flag(
        earlier, later, later, earlier, words, str(next(iter(concepts), "figure")), why
    )


def _slip_flag(
    measurements: Measurements,
    earlier: Measurement,
    later: Measurement,
    link: Link,
    changes: list[Measurement],
) -> Flag | None:
    """Transposed digits linked by the words of their clauses (``restatement_slips``): kept
    when the layer finds no other owner, place, time or contrast, nothing in the article tells
    of two values, and neither value is printed again."""
    if not link.by_clause and not one_group(earlier, later):
        return None  # "The school has 850 pupils" ... "the 580 pupils who sat the exam"
    if slip_apart(measurements, earlier, later):
        return None
    agreement = measurements.agreement(earlier, later, concept=False)
    if (
        not agreement
        or told_as_two([earlier, later], changes)
        or given_elsewhere(measurements, earlier, later)
        # "the £1.3m scheme" ... "the £3.1m scheme" ... "the £2.2m scheme": several schemes
        or third_value(measurements, earlier, later)
    ):
        return None
    words = later.reading.words if later.reading is not None else "one figure"
    concept = loose_concept(later) or loose_concept(earlier) or "figure"
    why = f"{agreement.why}; {link.why}; the same digits transposed"
    return restatement_flag(earlier, later, later, earlier, words, concept, why)


# -- any two figures whose concepts meet (``restatement_pairs``) -----------------------------


def _candidate_flag(
    measurements: Measurements, c: Candidate, changes: list[Measurement]
) -> Flag | None:
    """A slip of the printed digits takes a loose match of concepts; a plain different value
    needs one noun for both and every strict test: the later points back, no other owner,
    place, time, qualifier or contrast, and the mentions of that noun hold exactly the two
    values."""
    earlier, later = c.earlier, c.later
    if c.slip is None and c.match != "head":
        return None
    if slip_apart(measurements, earlier, later) or words_of_two_groups(earlier, later):
        return None
    by_event_noun = counted_by_event_noun(earlier, later) or counted_by_event_noun(later, earlier)
    if not by_event_noun and (people_and_things(earlier, later) or not one_group(earlier, later)):
        return None
    if c.match != "bare" and not points_back(measurements, earlier, later):
        return None
    if c.slip is None and not (later.reading is not None and later.reading.definite):
        return None  # a plain value restates only by pointing back, not as a headline's echo
    if c.slip is None and earlier.value_range().gap_ratio(later.value_range()) > PLAIN_APART:
        return None  # "14 MPs" ... "the 301 MPs": a part, or another body, not a miscopy
    if c.slip is None and later_narrowed(earlier, later) and not event_told_again(earlier, later):
        return None  # "180 jobs" ... "the 160 jobs in the paint shop": a part
    agreement = measurements.agreement(earlier, later, concept=False)
    if not agreement:
        return None
    words = later.reading.words if later.reading is not None else "one figure"
    concept = loose_concept(later) or loose_concept(earlier) or "figure"
    if c.slip is not None:
        if (
            told_as_two([earlier, later], changes)
            or given_elsewhere(measurements, earlier, later)
            or third_value(measurements, earlier, later)
            or same_digits_again(measurements, earlier, later)
        ):
            return None
        why = f"{agreement.why}; {c.why}; {c.slip}"
        return restatement_flag(earlier, later, later, earlier, words, concept, why)
    alike = [
        m
        for m in measurements
        if m.role == "total"
        and m.index not in (earlier.index, later.index)
        and (m.quantity.dimension, m.quantity.currency)
        == (earlier.quantity.dimension, earlier.quantity.currency)
        and any((concept_match(m, p) or ("", ""))[0] == "head" for p in (earlier, later))
        and may_restate(m, earlier, later)
        and measurements.agreement(m, earlier, concept=False)
        and measurements.agreement(m, later, concept=False)
    ]
    clusters = value_clusters([earlier, later, *alike], edge=False)
    if len(clusters) != 2 or told_as_two([earlier, later, *alike], changes):
        return None
    if given_elsewhere(measurements, earlier, later):
        return None
    first, second = clusters
    odd, usual = (first, second) if len(first) < len(second) else (second, first)
    why = f"{agreement.why}; {c.why}"
    return restatement_flag(earlier, later, odd[0], usual[0], words, concept, why)
