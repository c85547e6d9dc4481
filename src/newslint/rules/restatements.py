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

Every slipped-digit path passes the same guards (``_slip_apart``): a part, a kind of its own,
an event done by another thing than the one labelled, two fact boxes.

Beyond the groups and the digit buckets, ``restatement_pairs`` offers every pair of totals of
one dimension whose measured words meet (one word, one WordNet family, a general word, the
group a verb defines): a slip of the digits is judged on that looser link, a plain different
value only on the head match with every guard above, a later mention pointing back, nothing
before either figure that makes it a part or another ("the remaining", "another"), and the
two values no more than twice apart.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import Interval
from newslint.extract.quantities import counted_lemma
from newslint.extract.word_families import related
from newslint.measurements import Measurement, Measurements
from newslint.measurements.digits import printed_digits, printed_figure, transposition_key
from newslint.measurements.lexicon import (
    ANOTHER_OF_KIND,
    SIBLING_WORDS,
    VERB_CLASS,
    VERB_CLASSES,
)
from newslint.measurements.reading import Reading, counted_class, read_fact_line
from newslint.measurements.sibling_scopes import sibling_scopes
from newslint.measurements.table import (
    in_headline,
    loose_concept,
    loose_concepts,
    part_of_whole,
    party_to,
    same_people,
)
from newslint.rules.registry import Flag, Verified
from newslint.rules.restatement_pairs import (
    Candidate,
    candidates,
    concept_match,
    ranges_meet,
    slip_of,
)
from newslint.rules.restatement_slips import (
    PARTITIVE,
    Link,
    given_elsewhere,
    people_apart,
    points_back,
    read_apart,
    slip_pairs,
    third_value,
)
from newslint.rules.restatement_sums import restatement_checks, restatement_flag

# a plain different value (no slip of the digits) further apart than this is another measure
# far oftener than a figure miscopied: a part, a year against a running total, a subgroup
PLAIN_APART = 2.0
# on the group's strong link (one event, one labelled thing) a plain value may be more apart
# ("a 1.2km bridge" ... "the 2.7km crossing"), but not a whole order of magnitude
STRONG_APART = 5.0
MAX_GROUP = 12  # mentions of one measure compared pairwise at most (a story rarely has more)


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
    for a, b, members in _transposed_pairs(measurements):
        if a.index in flagged or b.index in flagged:
            continue
        flag = _pair_flag(measurements, a, b, members, changes, strong=False)
        if flag:
            flagged.update((a.index, b.index))
            yield flag
    for a, b in _long_swaps(measurements):
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
        and not _bare_restatement(earlier, later)
        and not _event_repeated(earlier, later)
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
    if not _one_group(earlier, later) or _words_of_two_groups(earlier, later):
        return None  # "350 employees" ... "530 shareholders": two groups of people
    if not strong and _slip_apart(measurements, earlier, later):
        return None
    agreement = measurements.agreement(earlier, later, concept=strong)
    if (
        not agreement
        or _own_words(earlier, later)
        or _another_of_kind(earlier, later)
        or _two_boxes(measurements, earlier, later)
    ):
        return None  # "215,000 jobs" ... "the 125,000 construction jobs": a part
    if sibling_scopes(measurements, earlier, later) is not None:
        return None  # "12 films in the documentary category" ... "16 in the dramatic one"
    if _unreal(measurements, earlier, later):
        return None
    if strong and not _one_value_each(earlier, later):
        return None
    if strong and _far_apart(earlier, later):
        return None  # "$204,202 from hedge funds" ... "more than $3 million from billionaires"
    # the mentions that are one measure with both must hold only these two values
    # ("690 affordable homes" is a part, not a third value for "2,750 homes")
    alike = [
        m
        for m in members
        if m.index not in (a.index, b.index)
        and _same_qualifiers(m, earlier, later)
        and (strong or _same_noun(m, earlier, later))
        and measurements.agreement(m, earlier, concept=strong)
        and measurements.agreement(m, later, concept=strong)
    ]
    clusters = _clusters([earlier, later, *alike])
    if len(clusters) != 2 or _told_as_two([earlier, later, *alike], changes):
        return None
    first, second = clusters
    odd, usual = (first, second) if len(first) < len(second) else (second, first)
    odd_one, usual_one = odd[0], usual[0]
    why = agreement.why if strong else f"{agreement.why}; the same digits transposed"
    return restatement_flag(
        earlier, later, odd_one, usual_one, reading.words, f"{reading.relation}:{reading.key}", why
    )


def _bare_restatement(earlier: Measurement, later: Measurement) -> bool:
    """Counts with no event: one group only when both name it with nothing that narrows it and
    the later points back ("The university has 28,000 students" ... "Its 31,000 students");
    "the 200 oak trees", "the 400 staff at its Leeds site" may be any part."""
    ra, rb = earlier.reading, later.reading
    return (
        ra is not None
        and rb is not None
        and ra.verb is None
        and ra.bare
        and rb.bare
        and not (ra.places or rb.places or ra.qualifiers or rb.qualifiers)
    )


def _event_repeated(earlier: Measurement, later: Measurement) -> bool:
    """A count whose own clause repeats the first mention's verb is that mention's group,
    whatever the verb ("Scientists tagged 1,200 turtles" ... "the 1,500 turtles tagged"): the
    lexicon's event classes are not the only events."""
    ra, rb = earlier.reading, later.reading
    if ra is None or rb is None:
        return False
    return bool((rb.clause_verbs & ra.events) - _HOLDING_VERBS - _LIGHT_VERBS)


# verbs that say little of what was counted
_LIGHT_VERBS = frozenset({
    "be", "say", "make", "take", "get", "give", "go", "come", "do", "see", "show", "tell",
    "leave", "remain", "become", "need", "want", "expect", "receive", "affect", "involve",
    "concern", "use", "find", "put", "keep", "know", "think", "mean", "call", "name", "like",
})  # fmt: skip


def _words_of_two_groups(earlier: Measurement, later: Measurement) -> bool:
    """A count in words ("three children", "two men") is the commonest way to name any small
    group: it restates another count only when both say the same thing happened to them
    ("Eleven people were taken to hospital" ... "the nine people taken to hospital"), not
    "the youngest of six children" ... "her three children"."""
    if all(printed_figure(m.quantity) or _styled_in_words(m) for m in (earlier, later)):
        return False
    ra, rb = earlier.reading, later.reading
    if ra is None or rb is None:
        return True
    return not _same_event(rb.events - _HOLDING_VERBS, ra.events - _HOLDING_VERBS)


def _styled_in_words(m: Measurement) -> bool:
    """Twenty or more in words ("Twenty-three mineworkers") is house style at the start of a
    sentence, not the casual way of naming a small group."""
    return (m.quantity.value or 0) >= 20


def _counted_by_event_noun(event: Measurement, named: Measurement) -> bool:
    """One count names the other's event by its noun and its counted word in a compound
    ("will shed 2,800 jobs" ... "the 2,080 job cuts"): the same things, counted by what
    happens to them."""
    ra, rb = event.reading, named.reading
    if ra is None or rb is None or ra.relation != "count" or rb.relation != "count":
        return False
    if rb.qualifiers or rb.places or rb.clause_verbs:
        return False  # "the 1,540 job cuts announced by its rival last month": other cuts
    counted = {ra.noun, counted_lemma(ra.words.lower())}
    if not any(k in counted or counted_class(k) == ra.noun for k in rb.kinds):
        return False
    verbs = set(ra.events) | ({ra.verb} if ra.verb else set())
    verbs |= {v for verb in list(verbs) for v in VERB_CLASSES.get(VERB_CLASS.get(verb, verb), ())}
    noun = counted_lemma(rb.words.lower())
    return any(related(noun, v.split()[-1]) for v in verbs | {VERB_CLASS.get(v, v) for v in verbs})


def _one_group(a: Measurement, b: Measurement) -> bool:
    """People are one loose concept; of them, only the same role or the general word for it
    restate one group. A later count narrowed by a clause of its own is a subgroup of a
    group the first mention only holds ("The school has 850 pupils" ... "the 580 pupils who
    sat the exam"), and, named by another word, of any group whose event it does not repeat
    ("2,500 runners took part" ... "the 5,200 people who entered the 10km race"; but "2,600
    runners finished" ... "the 6,200 people who finished")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None:
        return True
    narrowed = bool(rb.clause_verbs) and not _same_event(rb.clause_verbs, ra.events)
    if narrowed and (ra.events & _HOLDING_VERBS or ra.noun != rb.noun):
        return False
    if _named_by_event(ra, rb) or _named_by_event(rb, ra):
        return True  # "14 protesters arrested" ... "the 16 arrested"
    return loose_concept(a) != "count:people" or same_people(ra, rb) or party_to(ra, rb)


def _named_by_event(group: Reading, named: Reading) -> bool:
    """A group named only by the verb of the other's event: "the 16 arrested"."""
    return (
        named.noun is not None
        and named.noun == named.key.partition("|")[0]
        and (named.noun in group.events)
    )


# verbs whose subject holds a group rather than doing something with it
_HOLDING_VERBS = frozenset({
    "have", "employ", "house", "hold", "serve", "enrol", "enroll", "number", "boast",
    "include", "accommodate", "seat", "contain", "count", "teach",
})  # fmt: skip


def _same_event(verbs: frozenset[str], others: frozenset[str]) -> bool:
    classes = {VERB_CLASS.get(v, v) for v in others}
    return bool(verbs & others) or any(VERB_CLASS.get(v, v) in classes for v in verbs)


def _same_noun(m: Measurement, *pair: Measurement) -> bool:
    """For the looser concept, a third value counts only from a mention of the same thing
    ("180,000 people" in the sector is not a third value for "3,500 employees")."""
    mine = m.reading
    return mine is not None and any(
        p.reading is not None and (p.reading.noun or p.reading.key) == (mine.noun or mine.key)
        for p in pair
    )


def _same_qualifiers(m: Measurement, *pair: Measurement) -> bool:
    mine = m.reading.qualifiers if m.reading else frozenset()
    return any(mine == (p.reading.qualifiers if p.reading else frozenset()) for p in pair)


def _clusters(members: list[Measurement], *, edge: bool = True) -> list[list[Measurement]]:
    """Mentions whose printed ranges meet, chained; in the order of first mention. A bound
    ("more than 300", "up to £5m") fits many values: it joins no two of them, and counts as a
    value of its own only when it fits none ("more than 5,000" against 312 and 321)."""
    closed = [m for m in members if m.quantity.approx not in _BOUNDS]
    clusters = _chained(closed, edge=edge)
    for bound in (m for m in members if m.quantity.approx in _BOUNDS):
        r = bound.value_range()
        if not any(r.overlaps(o.value_range()) for c in clusters for o in c):
            clusters.append([bound])
    return sorted(clusters, key=lambda c: c[0].start)


_BOUNDS = (">", ">=", "<", "<=")


def _chained(members: list[Measurement], *, edge: bool = True) -> list[list[Measurement]]:
    """``edge=False``: ranges that share only an edge ("12" and "11" at 11.5) stay apart."""
    clusters: list[list[Measurement]] = []
    for m in sorted(members, key=lambda m: m.start):
        home = [c for c in clusters if any(_meet(m, o, edge) for o in c)]
        merged = [m]
        for c in home:
            merged += c
            clusters.remove(c)
        clusters.append(sorted(merged, key=lambda x: x.start))
    return sorted(clusters, key=lambda c: c[0].start)


def _meet(a: Measurement, b: Measurement, edge: bool) -> bool:
    return a.value_range().overlaps(b.value_range()) if edge else ranges_meet(a, b)


def _narrowed_by(m: Measurement) -> bool:
    return m.reading is not None and bool(m.reading.kinds)


def _told_as_two(members: list[Measurement], changes: list[Measurement]) -> bool:
    """The article itself tells of two values: a mention carries a contrast word ("originally
    expected to cost"), a running total stands beside a dated count ("400 sharks in 2022" ...
    "the 1,000 sharks tagged so far"), or a change ("has since risen to £70m") lands on one of
    the values."""
    if any(m.reading is not None and m.reading.contrast for m in members):
        return True
    running = [m for m in members if m.reading is not None and m.reading.running_total]
    if running and any(m not in running and (m.scope or _narrowed_by(m)) for m in members):
        return True  # "In all, ... raised $21.7m" beside "$12.7m from drug companies"
    q0 = members[0].quantity
    values = [m.value_range() for m in members]
    for change in changes:
        q = change.quantity
        if (q.dimension, q.currency) != (q0.dimension, q0.currency):
            continue
        factor = (q.si_value / q.value) if q.si_value and q.value else 1.0
        for x in (q.value, q.low, q.high):
            if x is not None and any(
                r.overlaps(Interval(x * factor * 0.98, x * factor * 1.02)) for r in values
            ):
                return True
    return False


# -- transposed digits ---------------------------------------------------------------------


def _transposed_pairs(
    measurements: Measurements,
) -> Iterator[tuple[Measurement, Measurement, list[Measurement]]]:
    """Pairs of read figures of one loose concept whose printed digits are the same digits in
    another order ("2,750" / "2,570"), with the mentions of that concept. Bucketed by the
    sorted digits, so the pairs come without comparing every figure with every other."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    loose: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        if m.role != "total":
            continue
        q = m.quantity
        key = transposition_key(m)
        for concept in loose_concepts(m):
            loose[(q.dimension, q.currency, concept)].append(m)
            if key is not None:
                buckets[(concept, *key)].append(m)
    seen: set[tuple[int, int]] = set()
    for bucket, members in buckets.items():
        for a, b in itertools.combinations(members[:MAX_GROUP], 2):
            if a.quantity.value != b.quantity.value and (a.index, b.index) not in seen:
                seen.add((a.index, b.index))
                q = a.quantity
                yield a, b, loose[(q.dimension, q.currency, bucket[0])][:MAX_GROUP]


# -- long figures with two neighbouring digits swapped ---------------------------------------

LONG_DIGITS = 4  # "176,846" and "176,486": one figure mistyped, whatever nouns the parse found
# money is printed to three digits at most ("$14.6 million"): three are as telling there
LONG_MONEY_DIGITS = 3
_POINTS_BACK = re.compile(r"\b(?:the|its|their|all|these|those)\s+(?:[a-z]+\s+)?$", re.I)


def _long_swaps(measurements: Measurements) -> Iterator[tuple[Measurement, Measurement]]:
    """Pairs of totals printed with four or more digits that differ only by two neighbouring
    digits swapped, at the same magnitude and in the same unit: a coincidence is far less
    likely than a slip of the keyboard. Bucketed by the sorted digits."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        key = transposition_key(m) if m.role == "total" else None
        least = LONG_MONEY_DIGITS if m.quantity.kind == "money" else LONG_DIGITS
        if key is not None and len(printed_digits(m)) >= least:
            buckets[key].append(m)
    for members in buckets.values():
        for a, b in itertools.combinations(members[:MAX_GROUP], 2):
            if _neighbours_swapped(printed_digits(a), printed_digits(b)):
                yield a, b


def _given_again(measurements: Measurements, *pair: Measurement) -> bool:
    """Another figure of the article with the value of either of the pair."""
    q = pair[0].quantity
    ranges = [m.value_range() for m in pair]
    return any(
        m.index not in {p.index for p in pair}
        and (m.quantity.dimension, m.quantity.currency) == (q.dimension, q.currency)
        and any(r.overlaps(m.value_range()) for r in ranges)
        for m in measurements
    )


def _neighbours_swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def _swap_flag(
    measurements: Measurements, a: Measurement, b: Measurement, changes: list[Measurement]
) -> Flag | None:
    """The later mention must point back ("the 176,486 voting points") unless the parse read
    both as one loose concept ("3,400 nurses" ... "4,300 nurses"); read concepts must agree; no
    other owner, place or time, no contrast word and no change in the article landing on
    either value."""
    earlier, later = sorted((a, b), key=lambda m: m.start)
    text = measurements.analysis.text
    if earlier.sentence == later.sentence:
        return None
    concepts = {loose_concept(m) for m in (earlier, later)} - {None}
    shared = set(loose_concepts(earlier)) & set(loose_concepts(later))
    if (len(concepts) > 1 and not shared) or not _one_group(earlier, later):
        return None
    if _slip_apart(measurements, earlier, later):
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
        if not (said.definite or both_read):
            return None
    elif not (
        _POINTS_BACK.search(text, max(0, later.start - 24), later.start)
        # a headline sums up the story: the body's figure need not point back to it, unless
        # the body gives the headline's figure too (then the other is another thing)
        or (
            in_headline(measurements.analysis, earlier)
            and not _given_again(measurements, earlier, later)
        )
    ):
        return None
    agreement = measurements.agreement(earlier, later, concept=False)
    if not agreement or _told_as_two([earlier, later], changes):
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
    if not link.by_clause and not _one_group(earlier, later):
        return None  # "The school has 850 pupils" ... "the 580 pupils who sat the exam"
    if _slip_apart(measurements, earlier, later):
        return None
    agreement = measurements.agreement(earlier, later, concept=False)
    if (
        not agreement
        or _told_as_two([earlier, later], changes)
        or given_elsewhere(measurements, earlier, later)
        # "the £1.3m scheme" ... "the £3.1m scheme" ... "the £2.2m scheme": several schemes
        or third_value(measurements, earlier, later)
    ):
        return None
    words = later.reading.words if later.reading is not None else "one figure"
    concept = loose_concept(later) or loose_concept(earlier) or "figure"
    why = f"{agreement.why}; {link.why}; the same digits transposed"
    return restatement_flag(earlier, later, later, earlier, words, concept, why)


def _slip_apart(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    """What keeps two figures apart on the ordinary path keeps them apart when their digits
    look slipped too: the two values agree (a bound the other fits), either is a part ("Of the total arrests, 135 were men"), the later names
    a kind or place of its own, or the parse read two events or two things."""
    return (
        # "more than 1,200 submissions" ... "1,240 submissions": the bound fits, no slip ("up
        # to 150 passengers" is a capacity, a value of its own)
        (
            earlier.value_range().overlaps(later.value_range())
            and bool({earlier.quantity.approx, later.quantity.approx} & _FITTING_BOUNDS)
        )
        or _part_of_other(measurements, earlier, later)
        or _own_words(earlier, later)
        or _another_of_kind(earlier, later)
        or read_apart(earlier, later, measurements.analysis.text)
        or _two_boxes(measurements, earlier, later)
        or _unreal(measurements, earlier, later)
        or sibling_scopes(measurements, earlier, later) is not None
    )


def _another_of_kind(earlier: Measurement, later: Measurement) -> bool:
    """One clause names another thing of the kind and the other does not ("The 15,000-tonne
    ship ..." / "Her sister ship, a 16,000-tonne vessel"), or each names its own member of
    one family of siblings ("the 2.4km northern section" / "the 4.2km southern section"):
    two things, not one restated."""
    if (earlier.frame ^ later.frame) & ANOTHER_OF_KIND:
        return True
    for family in SIBLING_WORDS:
        mine, theirs = earlier.frame & family, later.frame & family
        if mine and theirs and mine.isdisjoint(theirs):
            return True
    return False


def _unreal(measurements: Measurements, *pair: Measurement) -> bool:
    """Either figure is told in a sentence of a past that did not happen: a modal with the
    perfect ("would have finished on 4,209", "could have cost £5m"; not "would have 22
    stations", where "have" is the verb itself)."""
    analysis = measurements.analysis
    for m in pair:
        if m.sentence >= len(analysis.sentences):
            continue
        doc, _ = analysis.parsed_tokens(analysis.sentences[m.sentence])
        for verb in doc:
            auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if verb.tag_ == "VBN" and "have" in auxes and auxes & _MODALS:
                return True
    return False


_MODALS = {"would", "could", "might"}


# bounds a value fits ("more than", "at least", "under"); "about" only widens a value
_FITTING_BOUNDS = {">", ">=", "<"}


def _two_boxes(measurements: Measurements, *pair: Measurement) -> bool:
    """Both figures are lines of a fact box ("Members: 73"): a box names its label once, so
    the same label twice is a box for each of two things, not one thing restated."""
    text = measurements.analysis.text
    return all(read_fact_line(text, m.quantity) is not None for m in pair)


def _part_of_other(measurements: Measurements, *pair: Measurement) -> bool:
    """Either figure is a part: "$3,400 of the cash", "Of them, 35,800 ...", "the remaining
    160 homes", "another 20 posts"."""
    analysis = measurements.analysis
    text = analysis.text
    for m in pair:
        sentence = analysis.sentences[m.sentence] if m.sentence < len(analysis.sentences) else None
        if PARTITIVE.match(text, m.end) or _PART_WORD.search(text, max(0, m.start - 24), m.start):
            return True
        if sentence is not None and part_of_whole(text, sentence, m.quantity):
            return True
    return False


def _people_and_things(a: Measurement, b: Measurement) -> bool:
    """One counts people and the other things ("1,260 lecture rooms" ... "its 1,620
    lecturers"); the general word, a role and a group named by its event are all people."""
    ra, rb = a.reading, b.reading
    if not people_apart(a, b) or ra is None or rb is None:
        return False
    return not (same_people(ra, rb) or _named_by_event(ra, rb) or _named_by_event(rb, ra))


def _narrowed(earlier: Measurement, later: Measurement) -> bool:
    """The later mention carries a word or place of its own that the first one's clause never
    said, or a count's noun has anything narrowing it: a subgroup ("the 160 jobs in the paint
    shop"), not the same measure."""
    rb = later.reading
    return _own_words(earlier, later) or (rb is not None and rb.relation == "count" and not rb.bare)


def _event_told_again(earlier: Measurement, later: Measurement) -> bool:
    """The later count's only narrowing is a clause telling the first one's own event again
    ("Eleven people were taken to hospital" ... "the nine people taken to hospital"): the
    clause names the group, it picks no part of it. A light verb says little alone ("taken",
    "given"): its clause must share a content word with the first one's ("hospital")."""
    ra, rb = earlier.reading, later.reading
    if ra is None or rb is None or _own_words(earlier, later):
        return False
    if not rb.clause_verbs or rb.qualifiers or rb.kinds or rb.places:
        return False
    if not all(_same_event(frozenset({v}), ra.events) for v in rb.clause_verbs):
        return False
    light = rb.clause_verbs & _LIGHT_VERBS
    named = {ra.noun, rb.noun, *ra.events, *rb.events}
    return not light or bool((earlier.frame & later.frame) - named)


def _own_words(earlier: Measurement, later: Measurement) -> bool:
    """The later mention names a kind or a place the first one's clause never said ("the
    125,000 construction jobs", "the 578 likely voters", "the 14 shops in Scotland"): a
    part of what the first counted, not the same measure restated."""
    ra, rb = earlier.reading, later.reading
    if rb is None:
        return False
    # a kind against a kind ("polling centres" / "voting venues"), or against a figure the
    # parse did not read, is for the concepts to judge
    kinds = rb.kinds - earlier.frame if ra is not None and not ra.kinds else frozenset()
    places = rb.places - (ra.places if ra is not None else frozenset()) - earlier.frame
    return bool(kinds or places)


def _far_apart(earlier: Measurement, later: Measurement) -> bool:
    """Two plain values (no digits slipped) five times apart: even under one event or noun, a
    month against a running total, a part against a whole or another owner's figure is far
    likelier than a miscopy."""
    gap = earlier.value_range().gap_ratio(later.value_range())
    return slip_of(earlier, later) is None and gap > STRONG_APART


def _one_value_each(earlier: Measurement, later: Measurement) -> bool:
    """A printed range ("10 to 15 counties") is a guess or a span of several things, not a
    value a single figure can contradict; only the same digits slipped restate one."""
    return earlier.quantity.low is None and later.quantity.low is None


def _same_digits_again(measurements: Measurements, a: Measurement, b: Measurement) -> bool:
    """A third figure printed with the same digits ("2,468 culverts and 2,648 bridges" ...
    "all 2,846 structures"): which one would the slip be of?"""
    key = transposition_key(a)
    return key is not None and any(
        m.index not in (a.index, b.index) and transposition_key(m) == key for m in measurements
    )


def _may_restate(m: Measurement, earlier: Measurement, later: Measurement) -> bool:
    """A third figure is a third value of the pair's measure only when it could name what they
    name: the same noun, or the event both tell ("Eleven people were taken to hospital" ...
    "the nine people taken to hospital" against "80 firefighters attended", "64 residents were
    evacuated": other groups of people, not a third count of the injured)."""
    rm, ra, rb = m.reading, earlier.reading, later.reading
    if rm is None or ra is None or rb is None:
        return True
    if _said(rm) in (_said(ra), _said(rb)):
        return True
    shared = (ra.events & rb.events) - _HOLDING_VERBS
    return not shared or bool(rm.events & shared)


def _said(r: Reading) -> str:
    """The noun as printed, not its class ("residents", not "person")."""
    return counted_lemma(r.words.lower())


# words before a figure that make it a part or another one of its kind
_PART_WORD = re.compile(
    r"(?:\b(?:remaining|rest|last|final|outstanding|other|another|first|further|extra|"
    r"additional|new)\b)(?:\s+\w+)?\s+$",
    re.I,
)


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
    if _slip_apart(measurements, earlier, later) or _words_of_two_groups(earlier, later):
        return None
    by_event_noun = _counted_by_event_noun(earlier, later) or _counted_by_event_noun(later, earlier)
    if not by_event_noun and (_people_and_things(earlier, later) or not _one_group(earlier, later)):
        return None
    if c.match != "bare" and not points_back(measurements, earlier, later):
        return None
    if c.slip is None and not (later.reading is not None and later.reading.definite):
        return None  # a plain value restates only by pointing back, not as a headline's echo
    if c.slip is None and earlier.value_range().gap_ratio(later.value_range()) > PLAIN_APART:
        return None  # "14 MPs" ... "the 301 MPs": a part, or another body, not a miscopy
    if c.slip is None and _narrowed(earlier, later) and not _event_told_again(earlier, later):
        return None  # "180 jobs" ... "the 160 jobs in the paint shop": a part
    agreement = measurements.agreement(earlier, later, concept=False)
    if not agreement:
        return None
    words = later.reading.words if later.reading is not None else "one figure"
    concept = loose_concept(later) or loose_concept(earlier) or "figure"
    if c.slip is not None:
        if (
            _told_as_two([earlier, later], changes)
            or given_elsewhere(measurements, earlier, later)
            or third_value(measurements, earlier, later)
            or _same_digits_again(measurements, earlier, later)
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
        and _may_restate(m, earlier, later)
        and measurements.agreement(m, earlier, concept=False)
        and measurements.agreement(m, later, concept=False)
    ]
    clusters = _clusters([earlier, later, *alike], edge=False)
    if len(clusters) != 2 or _told_as_two([earlier, later, *alike], changes):
        return None
    if given_elsewhere(measurements, earlier, later):
        return None
    first, second = clusters
    odd, usual = (first, second) if len(first) < len(second) else (second, first)
    why = f"{agreement.why}; {c.why}"
    return restatement_flag(earlier, later, odd[0], usual[0], words, concept, why)
