"""NUM002's loosest link, held by the strictest guards: the same digits in another order.

"About 1.2 million customers were without power" ... "all of the 2.1 million homes and
businesses that lost power": the nouns differ, the lexicon knows no class for both, yet a
reader sees one figure given twice with its digits swapped. A pair is taken when

- the two are totals (or rates of one period) of one dimension and currency, in different
  sentences, printed with the same digits in another order (``transposition_key``), with one
  digit mistyped (``one_digit_keys``), or with the point moved a place or a scale word
  slipped ("$1.25 billion" / "$125 million", "£3.6bn" / "£3.6m");
- the words of their own clauses share a content word (``Measurement.frame``: "power"), the
  parse read one concept for both, or, for digits moved in a figure of three digits or more,
  no other figure of the article has those digits (``_alone``: "2,875 polling places" ...
  "all 2,587 voting sites"); one digit mistyped needs the clauses' words, a headline the body
  never repeats, or four digits or more;
- the later one points back ("the", "its", "all of the", a possessive) or the first is the
  headline;

and kept only when nothing in the article explains two values: the layer finds no other
owner, place or time and no contrast word (``Measurements.agreement``), no change or running
total lands on either (``told_as_two``), the parse did not read two different events or two
different named things, and neither value is printed elsewhere in the article (a value given
twice is a figure of its own, not a slip).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.extract.not_parts import is_average
from newslint.extract.noun_classes import noun_class
from newslint.measurements import Measurement, Measurements
from newslint.measurements.digits import (
    compound_word,
    one_digit_keys,
    printed_digits,
    transposition_key,
)
from newslint.measurements.lexicon import (
    DEFINITE_WORDS,
    GENERIC_LABELS,
    NOUN_CLASSES,
    PEOPLE_ROLES,
)
from newslint.measurements.reading import Reading
from newslint.measurements.table import (
    event_of_other_thing,
    in_headline,
    loose_concepts,
    party_to,
    same_people,
)
from newslint.measurements.worth_reading import MEASURED

MAX_BUCKET = 12


def slip_pairs(measurements: Measurements) -> Iterator[tuple[Measurement, Measurement, Link]]:
    """(earlier, later, why the two are one thing) for each pair that passes the link and the
    pointing back; the caller's guards decide the rest. Bucketed by the sorted digits (a
    transposition) and by the digits with one place blanked (one digit mistyped)."""
    buckets: dict[tuple[object, ...], list[Measurement]] = defaultdict(list)
    for m in measurements:
        if m.role not in ("total", "rate") or m.quantity.dimension not in MEASURED:
            continue  # ages and durations are DAT002's and NUM006's
        key = transposition_key(m)
        if key is not None:
            buckets[("swap", *key)].append(m)
        shifted = _shift_key(m)
        if shifted is not None:
            buckets[("shift", *shifted)].append(m)
        if m.role == "total":
            for key in one_digit_keys(m):
                buckets[("typo", *key)].append(m)
    seen: set[tuple[int, int]] = set()
    text = measurements.analysis.text
    measures = Counter(
        m.quantity.dimension
        for m in measurements
        if m.quantity.kind == "measure" and m.role not in ("conversion", "comparison")
    )
    for bucket, members in buckets.items():
        for a, b in itertools.combinations(members[:MAX_BUCKET], 2):
            earlier, later = sorted((a, b), key=lambda m: m.start)
            if earlier.sentence == later.sentence or a.quantity.value == b.quantity.value:
                continue
            if (earlier.index, later.index) in seen:
                continue
            seen.add((earlier.index, later.index))
            if PARTITIVE.match(text, a.end) or PARTITIVE.match(text, b.end):
                continue  # "$3,400 of the cash": a part of the other, not a restatement
            if bucket[0] == "shift" and not _shifted_by_slip(a, b):
                continue  # "$1.25bn" and "$1,250m" are one value; "$23,500" an acre another
            link = _pair_link(measurements, str(bucket[0]), members, measures, earlier, later)
            if link and points_back(measurements, earlier, later) and not read_apart(a, b, text):
                yield earlier, later, link


def _pair_link(
    measurements: Measurements,
    kind: str,
    members: list[Measurement],
    measures: Counter[str | None],
    earlier: Measurement,
    later: Measurement,
) -> Link | None:
    """Why two figures of one bucket are one thing: the words of their clauses, one concept,
    the only two figures of a dimension; for digits moved, no other figure with those digits.
    One digit mistyped is the likelier coincidence: only the clauses' words link it, or a
    headline whose figure the body gives once under its concept; or, in a figure of four
    digits or more ("18,426" ... "the 18,476"), as unlikely a coincidence as digits moved."""
    link = None
    if earlier.role == later.role == "total":
        text = measurements.analysis.text
        link = (
            _link(earlier, later)
            or _only_two(measures, earlier, later)
            or _label_of_event(text, earlier, later)
            or _label_of_event(text, later, earlier)
        )
    if kind == "shift" and len(printed_digits(earlier).rstrip("0")) < 3:
        # two digits moved a place are too common a pair ("1.5" / "15"); with another scale
        # word ("£2.4m" / "£2.4bn"), only a link of their words joins them
        return link if _scale_word_slip(earlier, later) and _one_thing(earlier, later) else None
    if kind == "typo":
        if link is not None and (link.by_clause or _from_headline(measurements, earlier, later)):
            return link
        if len(printed_digits(earlier).rstrip("0")) < LONG_TYPO:
            return None
    return link or _alone(members, measures, earlier, later)


LONG_TYPO = 4


def _from_headline(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    """The headline's figure told again in the body ("to create 180 jobs" ... "the 160 new
    roles"): the body never gives the headline's value, and gives no other figure of the
    concept the two share (a part, "another 20 posts", would be one)."""
    if not in_headline(measurements.analysis, earlier):
        return False
    shared = set(loose_concepts(earlier)) & set(loose_concepts(later))
    q = earlier.quantity
    for m in measurements:
        if m.index == later.index or m.sentence == earlier.sentence:
            continue
        if (m.quantity.dimension, m.quantity.currency) != (q.dimension, q.currency):
            continue
        if m.value_range().overlaps(earlier.value_range()) or shared & set(loose_concepts(m)):
            return False
    return True


# a figure of a part of something named: "$3,400 of the cash", "40 of its 43 stores"
PARTITIVE = re.compile(
    r"\s+(?:of|out of|among)\s+(?:the|its|their|his|her|our|this|that|these|those|them)\b", re.I
)


@dataclass(frozen=True)
class Link:
    why: str
    # the clauses share a word besides the counted or labelled nouns themselves ("power" in
    # "customers ... without power" and "homes that lost power"): the clauses say one event
    by_clause: bool


def _link(a: Measurement, b: Measurement) -> Link | None:
    heads = {r.words.lower() for r in (a.reading, b.reading) if r is not None}
    heads |= {w.rstrip("s") for w in heads}
    clause = sorted((a.frame & b.frame) - heads)
    if clause:
        return Link(f"their clauses share '{'/'.join(clause[:3])}'", by_clause=True)
    shared = set(loose_concepts(a)) & set(loose_concepts(b))
    if "count:people" in shared and not (
        a.reading is not None
        and b.reading is not None
        and (same_people(a.reading, b.reading) or party_to(a.reading, b.reading))
    ):
        shared.discard("count:people")  # two roles: only the words of their clauses link them
    if shared:
        return Link(f"one concept read for both ({sorted(shared)[0]})", by_clause=False)
    return _noun_in_clause(a, b) or _noun_in_clause(b, a)


def _label_of_event(text: str, event: Measurement, label: Measurement) -> Link | None:
    """One figure is an event's sum, the other a label's, and the event was done in the
    labelled thing ("raised £2.4m in its summer appeal" ... "the appeal's £4.2m total")."""
    re_, rl = event.reading, label.reading
    if re_ is None or rl is None or (re_.relation, rl.relation) != ("event", "label"):
        return None
    if not done_in(text, event, rl):
        return None
    return Link(f"'{re_.words}' in the {rl.words}", by_clause=False)


def _noun_in_clause(read: Measurement, other: Measurement) -> Link | None:
    """The parse read one figure's noun and not the other's, whose clause names that noun
    ("£3.6bn for the flood scheme" ... "the £3.6m scheme")."""
    if read.reading is None or other.reading is not None:
        return None
    noun = read.reading.words.lower()
    if {noun, noun.rstrip("s")} & other.frame:
        return Link(f"'{noun}' named in both clauses", by_clause=False)
    return None


def _alone(
    members: list[Measurement], measures: Counter[str | None], a: Measurement, b: Measurement
) -> Link | None:
    """The same digits moved ("2,875 polling places" ... "all 2,587 voting sites", "$3.75
    billion" ... "the $375 million link") where no other figure of the article shares them:
    the later one, pointing back (checked by the caller), can only mean the first. Two rates
    of different periods are two measures; a third length or weight (measures are few in a
    story) is another thing the later may name ("a 3-mile pier" ... "the 24.7-mile
    structure")."""
    if len(printed_digits(a)) < 3 or people_apart(a, b):
        return None  # "12" and "21" are too common a pair to need no other link
    if a.quantity.kind == "measure" and measures[a.quantity.dimension] > 2:
        return None
    if {m.quantity.value for m in members} != {a.quantity.value, b.quantity.value}:
        return None
    # both values in one sentence ("sold for $2.35 million, $23,500 an acre"): two figures
    if any(
        m.quantity.value == x.quantity.value and m.sentence == y.sentence
        for m in members
        for x, y in ((a, b), (b, a))
    ):
        return None
    if a.per and b.per and a.per != b.per:
        return None
    return Link("no other figure of the article has these digits", by_clause=False)


def people_apart(a: Measurement, b: Measurement) -> bool:
    """One counts people and the other things ("34 classrooms" ... "the 43 teachers")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None or ra.relation != "count" or rb.relation != "count":
        return False
    return _counts_people(ra) != _counts_people(rb)


def _counts_people(r: Reading) -> bool:
    return r.noun is not None and (r.noun in PEOPLE_ROLES or noun_class(r.noun) == "person")


def _shift_key(m: Measurement) -> tuple[object, ...] | None:
    """Figures with this key print the same digits with the point moved or another scale
    word: "$1.25 billion" and "$125 million", "£2.4m" and "£2.4bn" (not "£2m" and "£2bn")."""
    digits = printed_digits(m)
    q = m.quantity
    if len(digits.rstrip("0")) < 2 or not q.value:
        return None
    return (q.dimension, q.currency, digits.rstrip("0"))


def _shifted_by_slip(a: Measurement, b: Measurement) -> bool:
    """The point moved one place ("$1.25bn" / "$125m") or the scale word slipped ("£2.4m" /
    "£2.4bn"); a price and its price per acre differ by other powers of ten."""
    return apart_by(a, b, (10, 1000))


def _one_thing(a: Measurement, b: Measurement) -> bool:
    """Both figures name one thing by one noun ("£3.6bn for the flood scheme" ... "the
    £3.6m scheme"): a thousandfold apart, two things of one concept are common (a grant and
    a budget, a council's spending and one project's), so only the same noun joins them."""
    nouns = [r.words.lower() for r in (a.reading, b.reading) if r is not None]
    if len(nouns) == 2:
        return nouns[0] == nouns[1]
    return _noun_in_clause(a, b) is not None or _noun_in_clause(b, a) is not None


def _scale_word_slip(a: Measurement, b: Measurement) -> bool:
    """The same digits a thousandfold apart: a scale word slipped ("£2.4m" / "£2.4bn")."""
    return apart_by(a, b, (1000,))


def apart_by(a: Measurement, b: Measurement, factors: tuple[int, ...]) -> bool:
    """The larger value is the smaller times one of ``factors``."""
    x, y = sorted((abs(a.quantity.value or 0), abs(b.quantity.value or 0)))
    return x > 0 and any(math.isclose(y / x, f, rel_tol=1e-6) for f in factors)


def _only_two(measures: Counter[str | None], a: Measurement, b: Measurement) -> Link | None:
    """Two measures that are the article's only figures of their dimension ("a 13.5-kilometre
    line" ... "the 15.3-kilometre corridor"): the later, pointing back, can only mean the
    first. Counts and money are too many in most stories for this to hold."""
    q = a.quantity
    if q.kind != "measure" or b.quantity.kind != "measure" or measures[q.dimension] != 2:
        return None
    return Link(f"the article's only two {q.dimension} figures", by_clause=True)


def points_back(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    if in_headline(measurements.analysis, earlier):
        return True
    if pointing(later) or _speaker_restates(measurements, earlier, later):
        return True
    text = measurements.analysis.text
    before = text[max(0, later.start - 12) : later.start].lower().split()
    # a possessive points back too: "the vessels' 105-passenger capacity", "Acme's 340 staff"
    return bool(before) and (before[-1] in _POINTING or before[-1].endswith(_POSSESSIVE))


def introduced_anew(text: str, m: Measurement) -> bool:
    """The figure comes after "a" or "an" ("a 5,782-seat arena", "an 86-page report"): the
    article introduces a thing of its own there, not one named before."""
    before = text[max(0, m.start - 4) : m.start].lower().split()
    return bool(before) and before[-1] in ("a", "an") and text[m.start - 1].isspace()


def _speaker_restates(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    """A speaker quoted after the story has named a thing speaks of it in their own words, with
    "a" ("the 450MW project" ... "Getting a 540-megawatt array to financial close"): the later
    is a thing's size inside a direct quote, the earlier one outside it, told as a thing's."""
    analysis = measurements.analysis
    quote, told = analysis.quote_at(later.start), analysis.quote_at(earlier.start)
    if quote is None or not quote.direct or (told is not None and told.direct):
        return False
    said = later.reading
    if said is None or earlier.reading is None or said.relation != "label":
        return False
    if earlier.reading.relation != "label":
        return False
    # "Paris opened a 7.2km line last year": the speaker's thing has an owner, place or time
    # of its own, and is another
    return not (said.owner or said.places or later.scope or later.frame & _LAST)


_LAST = frozenset({"last", "previous", "former"})


def pointing(m: Measurement) -> bool:
    """The parse read the mention as pointing back ("the £9.1m scheme", "its 340 staff"); an
    event is read as the story's own, which says nothing of pointing back ("$103 million
    raised by another group")."""
    return m.reading is not None and m.reading.definite and m.reading.relation != "event"


_POINTING = DEFINITE_WORDS | {"all"}
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")


def read_apart(a: Measurement, b: Measurement, text: str) -> bool:
    """The parse read two events ("12 killed" ... "21 injured"), two named things of the
    lexicon ("the bridge" ... "the tunnel"), or an event done by another thing than the one
    labelled ("the phone costs $299" ... "the tablet will sell for $929")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None:
        return False
    if ra.verb and rb.verb and ra.verb != rb.verb:
        return True
    if {ra.relation, rb.relation} == {"event", "label"}:
        (event_m, event), label = (a, ra), rb
        if ra.relation != "event":
            (event_m, event), label = (b, rb), ra
        if event_of_other_thing(event, label) and not done_in(text, event_m, label):
            return True
    named = {ra.key, rb.key} if ra.relation == rb.relation == "label" else set()
    return len(named) == 2 and named <= _NAMED_CLASSES and not named & GENERIC_LABELS


_NAMED_CLASSES = frozenset(NOUN_CLASSES)


def done_in(text: str, event: Measurement, label: Reading) -> bool:
    """The event was done in or by the labelled thing, named by a phrase right after its
    figure ("The charity raised £2.4m in its summer appeal" ... "the appeal's £4.2m total"):
    the label restates the event's sum, whoever did it. Not a part of the thing ("in the
    first week of its appeal")."""
    if not {label.noun, label.words.lower()} & event.frame:
        return False
    phrase = _DONE_IN.match(text, event.end, event.end + 60)
    return phrase is not None and label.words.lower() in phrase.group(1).lower().split()


# "in its summer appeal", "at the auction", "through a crowdfunding campaign"
_DONE_IN = re.compile(
    r"\s+(?:in|through|at|from|via|during|for)\s+(?:(?:the|its|their|his|her|our|this|a|an)\s+)?"
    r"((?:[\w'-]+\s+){0,2}[\w'-]+)",
    re.I,
)


def third_value(measurements: Measurements, a: Measurement, b: Measurement) -> bool:
    """Another figure of a concept either of the two is read under, with a value of its own
    ("the £1.3m scheme", "the £3.1m scheme", "the £2.2m scheme"): several things, not one
    slipped."""
    concepts = set(loose_concepts(a)) | set(loose_concepts(b))
    q = a.quantity
    return any(
        m.index not in (a.index, b.index)
        and m.role == "total"
        and (m.quantity.dimension, m.quantity.currency) == (q.dimension, q.currency)
        and m.quantity.approx not in _BOUNDS
        # "the service's average vessel size at just over 13,000 teu": an average of many
        # things is no third value of one
        and not is_average(measurements.analysis.text, m.quantity)
        # "six sister vessels" is no value for "the 15,000 teu vessel": a rival value of one
        # measure is of its order of magnitude
        and any(m.value_range().gap_ratio(x.value_range()) < 10 for x in (a, b))
        and concepts & set(loose_concepts(m))
        and not any(m.value_range().overlaps(x.value_range()) for x in (a, b))
        for m in measurements
    )


_BOUNDS = (">", ">=", "<", "<=")


def given_elsewhere(measurements: Measurements, a: Measurement, b: Measurement) -> bool:
    """Both values printed again by other figures of the same dimension and currency: two
    figures of their own, not one slipped (the usual value given twice, as in a headline and
    its lede, leaves the other the odd one out)."""
    q = a.quantity
    pair = (a.index, b.index)
    others = [
        m.value_range()
        for m in measurements
        if m.index not in pair
        and m.role in ("total", "rate", "change")
        and (m.quantity.dimension, m.quantity.currency) == (q.dimension, q.currency)
        # a bound ("just over 13,000", "more than 14,000") fits every value above it: it
        # prints none of them
        and m.quantity.approx not in _BOUNDS
        and not compound_word(m.quantity, measurements.analysis.text)
    ]
    return all(any(r.overlaps(o) for o in others) for r in (a.value_range(), b.value_range()))
