"""NUM002's general candidates: every pair of figures of one dimension whose concepts meet.

The older links of NUM002 start from a structure (a group the layer formed, the same digits
bucketed); a restatement met in the next article links its two figures by a structure nobody
listed. So every pair of totals of one dimension and currency in the article, headline
included, any distance apart, is a candidate when the words they measure meet:

- ``head``: the nouns the two measure are one word, of one WordNet family ("vacancy" /
  "vacant", "employee" / "employ": ``word_families``), one a general word for the other
  ("cattle" / "animals": ``noun_kinds``), or one group of people (``same_people``);
- ``clause``: one figure's noun, or a word of its clause, is of one family with a word of the
  other's clause ("at a depth of 33km" ... "at 23km down, it was shallow").

Precision comes from the verdict, not the candidates (``Candidate.slip``): the same digits in
another order, one digit mistyped, the point moved or the scale word slipped is strong
evidence and takes a ``clause`` match; a plain different value needs the ``head`` match, and
the caller adds the strict tests (owner, time, place, qualifiers, contrast, exactly two values).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.extract.noun_kinds import covers, general_words
from newslint.extract.quantities import counted_lemma
from newslint.extract.word_families import first_related, related
from newslint.measurements import Measurement, Measurements
from newslint.measurements.digits import (
    one_digit_keys,
    printed_digits,
    printed_figure,
    transposition_key,
    with_point,
)
from newslint.measurements.table import generic_of, same_people
from newslint.measurements.worth_reading import MEASURED
from newslint.rules.restatement_slips import LONG_TYPO, apart_by

MAX_DIMENSION = 40  # totals of one dimension compared pairwise at most
SHORT = 3  # printed digits below which two values are judged as plain values
TRANSPOSED = "the same digits transposed"


@dataclass(frozen=True)
class Candidate:
    earlier: Measurement
    later: Measurement
    match: str  # "head", "clause" or "bare"
    why: str
    slip: str | None  # "transposed", "one digit", "moved point": the printed digits slipped


def candidates(measurements: Measurements) -> Iterator[Candidate]:
    by_dimension: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        q = m.quantity
        if m.role == "total" and q.dimension in MEASURED and q.value:
            by_dimension[(q.dimension, q.currency)].append(m)
    for members in by_dimension.values():
        for a, b in itertools.combinations(members[:MAX_DIMENSION], 2):
            earlier, later = sorted((a, b), key=lambda m: m.start)
            if earlier.sentence == later.sentence:
                continue
            if ranges_meet(earlier, later) or _word_against_large(earlier, later):
                continue
            match = concept_match(earlier, later) or _bare_slip(members, earlier, later)
            if match is None or _general_of_several(members, earlier, later):
                continue
            slip = slip_of(earlier, later)
            if len(printed_digits(earlier)) < SHORT and not _point_swapped(earlier, later, slip):
                slip = None  # "12" and "21" are too common a pair to tell of a slip
            yield Candidate(earlier, later, *match, slip=slip)


def _point_swapped(a: Measurement, b: Measurement, slip: str | None) -> bool:
    """Two digits with a point, in another order ("€3.2m" / "€2.3 million"); the same two a
    thousandfold apart ("$4.2 million" / "$4.2 billion") are as often two things."""
    return slip == TRANSPOSED and with_point(a) and with_point(b)


def _bare_slip(
    members: list[Measurement], a: Measurement, b: Measurement
) -> tuple[str, str] | None:
    """A figure naming nothing of its own ("We know $15.8 million is a lot to ask") can only
    name one already named: the one whose digits it transposes, when no other figure of the
    dimension is within a tenfold of either."""
    if not any(m.reading is None and not m.quantity.counted for m in (a, b)):
        return None
    key = transposition_key(a)
    # three significant digits at least: "2,100" and "1,200" are too common a pair
    if key is None or key != transposition_key(b) or len(printed_digits(a).rstrip("0")) < SHORT:
        return None
    for m in members:
        if m.index in (a.index, b.index) or not m.quantity.value:
            continue
        if any(
            x.quantity.value and 0.1 < abs(m.quantity.value / x.quantity.value) < 10 for x in (a, b)
        ):
            return None
    return "bare", "no other figure of its dimension is near either, and one names nothing else"


def _general_of_several(
    members: list[Measurement], earlier: Measurement, later: Measurement
) -> bool:
    """The later names the earlier by a general word that covers another figure's noun too
    ("2,468 culverts and 2,648 bridges" ... "all 2,846 structures"): it may be their sum."""
    general = heads(later)
    if not any(covers(g, h) for g in general for h in heads(earlier)):
        return False
    # WordNet does not know every kind ("pier", "culvert" are no "structure" there): any other
    # concrete thing counted before may be what the general word names
    nouns = {
        h
        for m in members
        if m.index != later.index and m.start < later.start
        for h in heads(m)
        if general_words(h)
    }
    return len(nouns) > 1


def ranges_meet(a: Measurement, b: Measurement) -> bool:
    """The two ranges share more than an edge ("15,000" and "16,000" meet only at 15,500)."""
    ra, rb = a.value_range(), b.value_range()
    return ra.low < rb.high and rb.low < ra.high


def _word_against_large(a: Measurement, b: Measurement) -> bool:
    """A count word ("six sister vessels") restates only a small figure ("the 8 ships"), never
    one of a hundred or more."""
    return any(
        not printed_figure(x.quantity) and (y.quantity.value or 0) >= 100
        for x, y in ((a, b), (b, a))
    )


def heads(m: Measurement) -> set[str]:
    """The nouns a figure measures: its reading's noun, the last word of its counted noun
    phrase ("teu vessel" -> vessel, teu), a measure's attribute noun ("a depth of 33km")."""
    words: set[str] = set()
    r = m.reading
    if r is not None:
        if r.noun:
            words.add(r.noun)
        if r.relation != "event":
            words.update(counted_lemma(w.lower()) for w in r.words.split()[-1:])
        if r.parts:
            words = {r.parts}  # "a 150-bedroom hotel" counts bedrooms
    counted = m.quantity.counted
    if counted and r is None:
        words.update(counted_lemma(counted).split()[-1:])
    return {w for w in words if w.isalpha() and w not in _VAGUE}


# words that name no measure of their own
_VAGUE = frozenset({"a", "the", "one", "some", "all", "total", "number", "figure", "more"})


def concept_match(a: Measurement, b: Measurement) -> tuple[str, str] | None:
    """("head" or "clause", why) when the words the two figures measure meet. A general word
    names a specific one only later ("1,200 cattle" ... "the 2,100 animals"); the specific
    after the general is a part of it ("300 animals" ... "the 120 donkeys")."""
    a, b = sorted((a, b), key=lambda m: m.start)
    ha, hb = heads(a), heads(b)
    for x, y in itertools.product(sorted(ha), sorted(hb)):
        if related(x, y) or covers(y, x):
            return "head", f"'{x}' and '{y}' name one thing"
    ra, rb = a.reading, b.reading
    if ra is not None and rb is not None and same_people(ra, rb) and ra.verb == rb.verb:
        return "head", f"'{ra.words}' and '{rb.words}' are one group of people"
    # a thing named by what defines it: "the 17 men accused" ... "all 15 accused", "employs
    # 1,250 people" ... "its employees", "1,200 vacant posts" ... "the 1,600 vacancies"
    for mine, other in ((ha, rb), (hb, ra)):
        if other is None:
            continue
        defining = other.qualifiers | (other.events if other.relation == "count" else set())
        if pair := first_related(sorted(mine), sorted(defining)):
            return "head", f"'{pair[0]}' names what '{pair[1]}' defines"
    if ra is not None and rb is not None and generic_of(ra, rb):
        return "clause", f"'{ra.words}' and '{rb.words}': a generic word may name the other"
    for one, another in ((ha, b.frame), (hb, a.frame), (a.frame, b.frame)):
        if pair := first_related(sorted(one - _VAGUE), sorted(another - _VAGUE)):
            return "clause", f"'{pair[0]}' and '{pair[1]}' are named in their clauses"
    return None


def slip_of(a: Measurement, b: Measurement) -> str | None:
    """How the printed figures slipped, if they did: the same digits in another order, one
    digit changed, the point moved a place or the scale word slipped."""
    key_a, key_b = transposition_key(a), transposition_key(b)
    if key_a is not None and key_a == key_b:
        return TRANSPOSED
    # one digit changed in fewer than four is as likely two figures ("160" / "180" jobs)
    if len(printed_digits(a).rstrip("0")) >= LONG_TYPO and set(one_digit_keys(a)) & set(
        one_digit_keys(b)
    ):
        return "one digit changed"
    digits = printed_digits(a).rstrip("0")
    if len(digits) >= 2 and digits == printed_digits(b).rstrip("0") and apart_by(a, b, (10, 1000)):
        return "the point moved or the scale word slipped"
    return None
