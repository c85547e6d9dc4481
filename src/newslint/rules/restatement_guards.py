"""NUM002's guards: what keeps two figures of one measure apart, so a pair is no restatement.

Two values of one measure are a slip only when nothing in the article explains them: not two
groups or two events, not a part or a kind of its own, not a past that did not happen, not two
fact boxes, not a value the article itself tells changed, and exactly two values among the
mentions alike. Split from ``restatements.py``, which holds the rule and its evidence.
"""

from __future__ import annotations

import re

from newslint.arithmetic import Interval, printed, si_interval
from newslint.extract.change_words import word_keys
from newslint.extract.quantities import counted_lemma
from newslint.extract.word_families import related
from newslint.measurements import Measurement, Measurements
from newslint.measurements.digits import printed_figure, transposition_key
from newslint.measurements.lexicon import ANOTHER_OF_KIND, SIBLING_WORDS, VERB_CLASS, VERB_CLASSES
from newslint.measurements.reading import Reading, counted_class, read_fact_line
from newslint.measurements.sibling_scopes import sibling_scopes
from newslint.measurements.table import loose_concept, part_of_whole, party_to, same_people
from newslint.report.model import Quantity
from newslint.rules.restatement_pairs import ranges_meet, slip_of
from newslint.rules.restatement_slips import PARTITIVE, people_apart, read_apart

# on the group's strong link (one event, one labelled thing) a plain value may be more apart
# ("a 1.2km bridge" ... "the 2.7km crossing"), but not a whole order of magnitude
STRONG_APART = 5.0


def bare_restatement(earlier: Measurement, later: Measurement) -> bool:
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


def event_repeated(earlier: Measurement, later: Measurement) -> bool:
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


def words_of_two_groups(earlier: Measurement, later: Measurement) -> bool:
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


def counted_by_event_noun(event: Measurement, named: Measurement) -> bool:
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


def one_group(a: Measurement, b: Measurement) -> bool:
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
    classes = {_event_class(v) for v in others}
    return bool(verbs & others) or any(_event_class(v) in classes for v in verbs)


# a later stage of a case counts a part of the group before it: of the men arrested, some are
# charged, and of those some convicted (one class for the other rules, two groups here)
_CASE_STAGES = frozenset({"charge", "convict", "sentence"})


def _event_class(verb: str) -> str:
    return verb if verb in _CASE_STAGES else VERB_CLASS.get(verb, verb)


def same_noun(m: Measurement, *pair: Measurement) -> bool:
    """For the looser concept, a third value counts only from a mention of the same thing
    ("180,000 people" in the sector is not a third value for "3,500 employees")."""
    mine = m.reading
    return mine is not None and any(
        p.reading is not None and (p.reading.noun or p.reading.key) == (mine.noun or mine.key)
        for p in pair
    )


def same_qualifiers(m: Measurement, *pair: Measurement) -> bool:
    mine = m.reading.qualifiers if m.reading else frozenset()
    return any(mine == (p.reading.qualifiers if p.reading else frozenset()) for p in pair)


def value_clusters(members: list[Measurement], *, edge: bool = True) -> list[list[Measurement]]:
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


def told_as_two(members: list[Measurement], changes: list[Measurement]) -> bool:
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


def given_again(measurements: Measurements, *pair: Measurement) -> bool:
    """Another figure of the article with the value of either of the pair."""
    q = pair[0].quantity
    ranges = [m.value_range() for m in pair]
    return any(
        m.index not in {p.index for p in pair}
        and (m.quantity.dimension, m.quantity.currency) == (q.dimension, q.currency)
        and any(r.overlaps(m.value_range()) for r in ranges)
        for m in measurements
    )


def slip_apart(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
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
        or rounds_to(earlier, later)
        or rounds_to(later, earlier)
        or set_in_the_past(measurements, earlier, later)
        or _part_of_other(measurements, earlier, later)
        or own_words(earlier, later)
        or line_of_its_kind(measurements.analysis.text, earlier, later)
        or another_of_kind(earlier, later)
        or read_apart(earlier, later, measurements.analysis.text)
        or two_boxes(measurements, earlier, later)
        or unreal(measurements, earlier, later)
        or sibling_scopes(measurements, earlier, later) is not None
    )


def rounds_to(rough: Measurement, exact: Measurement) -> bool:
    """The exact figure rounds to the rough one: one value printed twice, no digit slipped
    ("passes 18,000 repairs" ... "filled 18,400 potholes"; "the 12,800 or so" ... "on 12,890").
    The rough figure holds what its printed rounding holds ("18,000" is 17,500-18,500); with
    "about" one unit of its last printed place either way ("12,800 or so" is 12,700-12,900),
    not the 10% a comparison allows ("about 1,250" is no rounding of "1,205"). "Up to 150" is
    a capacity, not a rounding."""
    if rough.quantity.approx not in ("=", "~") or exact.quantity.approx != "=":
        return False
    held, point = _printed_range(rough.quantity), _printed_range(exact.quantity)
    if held is None or point is None:
        return False
    unit = held.high - held.low
    # the exact figure is the finer: "18,400" rounds to "18,000"; "110,000" is no rounding of
    # "about 120,000", nor the reverse
    if point.high - point.low >= unit:
        return False
    if rough.quantity.approx == "~":
        held = Interval(held.low - unit / 2, held.high + unit / 2)
    return held.low <= (point.low + point.high) / 2 < held.high


def set_in_the_past(measurements: Measurements, earlier: Measurement, later: Measurement) -> bool:
    """The later figure's clause puts it in a period before the story's own ("Last year's
    interim dividend was 8 cents", "the previous year") and the first names no time: the
    story's figure and the one it is set against, not one value given twice. (A restatement
    drops the time it was first told with; it does not add a past one.)"""
    published = measurements.analysis.article.published
    if earlier.scope or not later.scope or published is None:
        return False
    sentences = measurements.analysis.sentences
    if later.sentence >= len(sentences):
        return False
    said = sentences[later.sentence]
    if not _PAST_PERIOD.search(measurements.analysis.text, said.start, said.end):
        return False
    return any(_before_the_story(anchor, published.year) for anchor in later.scope.anchors)


# a period told relative to the story's own, before it
_PAST_PERIOD = re.compile(
    r"\b(?:(?:last|previous|prior|preceding)\s+(?:year|month|week|season|quarter|half|term)"
    r"|(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?|decades?)\s+"
    r"(?:ago|earlier|before))\b",
    re.I,
)


def _before_the_story(anchor: tuple[str, str], year: int) -> bool:
    kind, value = anchor
    if kind == "year":
        return value.isdigit() and int(value) == year - 1
    return kind in ("relative", "season") and value.startswith(("last ", "a "))


def line_of_its_kind(text: str, earlier: Measurement, later: Measurement) -> bool:
    """The later figure is a table's line whose label puts a participle before its noun
    ("Attempted murder: 6,512", "Registered voters: 41,200") that the first figure's clause
    never said: a kind of the thing counted, as "the 125,000 construction jobs" is in prose
    (``own_words``), not the story's count of it. A label naming a name ("Epping Forest") or
    saying how a figure was got ("Estimated cost") names no kind."""
    line = read_fact_line(text, later.quantity)
    if line is None:
        return False
    words = line.words.split()
    if len(words) < 2 or not words[-1].islower():
        return False
    kinds = {
        w.lower()
        for w in words[:-1]
        if w.isalpha() and len(w) > 4 and w.lower().endswith(("ed", "ing"))
    } - _HOW_GOT
    return bool(word_keys(kinds) - word_keys(set(earlier.frame)))


# participles that say how a figure was got, not what kind of thing it counts
_HOW_GOT = frozenset({"estimated", "projected", "expected", "combined", "reported", "recorded",
                      "stated", "adjusted"})  # fmt: skip


def _printed_range(q: Quantity) -> Interval | None:
    if q.value is None or q.low is not None:
        return None
    return si_interval(q) if q.kind in ("measure", "money") else printed(q)


def another_of_kind(earlier: Measurement, later: Measurement) -> bool:
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


def unreal(measurements: Measurements, *pair: Measurement) -> bool:
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


def two_boxes(measurements: Measurements, *pair: Measurement) -> bool:
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


def people_and_things(a: Measurement, b: Measurement) -> bool:
    """One counts people and the other things ("1,260 lecture rooms" ... "its 1,620
    lecturers"); the general word, a role and a group named by its event are all people."""
    ra, rb = a.reading, b.reading
    if not people_apart(a, b) or ra is None or rb is None:
        return False
    return not (same_people(ra, rb) or _named_by_event(ra, rb) or _named_by_event(rb, ra))


def later_narrowed(earlier: Measurement, later: Measurement) -> bool:
    """The later mention carries a word or place of its own that the first one's clause never
    said, or a count's noun has anything narrowing it: a subgroup ("the 160 jobs in the paint
    shop"), not the same measure."""
    rb = later.reading
    return own_words(earlier, later) or (rb is not None and rb.relation == "count" and not rb.bare)


def event_told_again(earlier: Measurement, later: Measurement) -> bool:
    """The later count's only narrowing is a clause telling the first one's own event again
    ("Eleven people were taken to hospital" ... "the nine people taken to hospital"): the
    clause names the group, it picks no part of it. A light verb says little alone ("taken",
    "given"): its clause must share a content word with the first one's ("hospital")."""
    ra, rb = earlier.reading, later.reading
    if ra is None or rb is None or own_words(earlier, later):
        return False
    if not rb.clause_verbs or rb.qualifiers or rb.kinds or rb.places:
        return False
    if not all(_same_event(frozenset({v}), ra.events) for v in rb.clause_verbs):
        return False
    light = rb.clause_verbs & _LIGHT_VERBS
    named = {ra.noun, rb.noun, *ra.events, *rb.events}
    return not light or bool((earlier.frame & later.frame) - named)


def own_words(earlier: Measurement, later: Measurement) -> bool:
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


def far_apart(earlier: Measurement, later: Measurement) -> bool:
    """Two plain values (no digits slipped) five times apart: even under one event or noun, a
    month against a running total, a part against a whole or another owner's figure is far
    likelier than a miscopy."""
    gap = earlier.value_range().gap_ratio(later.value_range())
    return slip_of(earlier, later) is None and gap > STRONG_APART


def one_value_each(earlier: Measurement, later: Measurement) -> bool:
    """A printed range ("10 to 15 counties") is a guess or a span of several things, not a
    value a single figure can contradict; only the same digits slipped restate one."""
    return earlier.quantity.low is None and later.quantity.low is None


def same_digits_again(measurements: Measurements, a: Measurement, b: Measurement) -> bool:
    """A third figure printed with the same digits ("2,468 culverts and 2,648 bridges" ...
    "all 2,846 structures"): which one would the slip be of? A figure printing the value of
    either ("£86.4m" in the headline and the lede, "£68.4m" later) is that value given again,
    no third candidate for the slip."""
    key = transposition_key(a)
    pair = (a.value_range(), b.value_range())
    return key is not None and any(
        m.index not in (a.index, b.index)
        and transposition_key(m) == key
        and not any(r.overlaps(m.value_range()) for r in pair)
        for m in measurements
    )


def may_restate(m: Measurement, earlier: Measurement, later: Measurement) -> bool:
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
