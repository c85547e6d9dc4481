"""Links between measurements: the figure a comparison describes.

A comparison ("an area three times the size of Wales") is checked against the article's own
figure for the same measure: one in its sentence, or the one figure of the sentence before it,
or else any figure in the article that the layer judges one measure with it (the same event
verb or the same thing measured, no other owner, place or time) when all such figures agree
with each other. When they do not, there is no telling which the comparison describes.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, si_interval
from newslint.extract.event_senses import same_event
from newslint.extract.timex import WEEKDAY_NAMES
from newslint.measurements.lexicon import DEFINITE_WORDS, GENERIC_LABELS
from newslint.measurements.model import Measurement
from newslint.measurements.owners import REPORTING_VERBS, SUBJECT_DEPS
from newslint.measurements.reading import figure_root, figure_tokens
from newslint.measurements.table import (
    ALL_TOLD,
    Measurements,
    event_of_other_thing,
    in_headline,
    same_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# a figure that is the whole a share is taken of: "0.3 per cent of Lagos State's 3,577 sq km",
# "a fifth of Ukraine's internationally recognised territory of about 603,500 sq km"
_WHOLE_OF_SHARE = re.compile(
    r"(?:per\s?cent|%|half|third|quarter|fifth|tenth|fraction|share|proportion)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*['’]s?\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,4}?(?:(?:of|at|totalling|about|some|around|roughly|nearly)\s+)*$"
)


@dataclass(frozen=True)
class Described:
    figures: list[Measurement]
    why: str


# a comparison weighs at most this many of the article's figures of its dimension either side
# of it: a real article has a handful; one with thousands would make comparisons quadratic
MAX_WEIGHED = 50


class _Index:
    """The measurements a comparison could describe, by dimension and period, and every
    measurement by sentence: built once per article instead of scanned per comparison."""

    def __init__(self, measurements: Measurements) -> None:
        text = measurements.analysis.text
        self.by_measure: dict[tuple[str | None, str | None], list[Measurement]] = {}
        self.by_sentence: dict[int, list[Measurement]] = {}
        # the wholes shares are taken of ("a fifth of the 180-acre lake"): what the figure
        # sizes, for a comparison said of that very thing (``_thing_named_before``)
        self.wholes: dict[tuple[str | None, str | None], list[Measurement]] = {}
        for m in measurements:
            self.by_sentence.setdefault(m.sentence, []).append(m)
            if _measured(m, text):  # ``_comparable``, or a whole of a share
                kept = self.wholes if _whole_of_share(m, text) else self.by_measure
                kept.setdefault((m.quantity.dimension, m.per), []).append(m)

    def fits(self, comp: Measurement, per: str | None = None) -> list[Measurement]:
        """``_fits`` for every measurement, in order, but only the ``MAX_WEIGHED`` nearest
        on either side of the comparison (``per``: the period its subject is counted per)."""
        c = comp.quantity
        found = self.by_measure.get((c.dimension, comp.per or per), [])
        at = bisect.bisect_left(found, c.start, key=lambda m: m.quantity.start)
        near = found[max(0, at - MAX_WEIGHED) : at + MAX_WEIGHED]
        return [m for m in near if not (m.quantity.start >= c.start and m.quantity.end <= c.end)]


_INDEXES: weakref.WeakKeyDictionary[Measurements, _Index] = weakref.WeakKeyDictionary()


def _index(measurements: Measurements) -> _Index:
    if measurements not in _INDEXES:
        _INDEXES[measurements] = _Index(measurements)
    return _INDEXES[measurements]


def figures_for(measurements: Measurements, comp: Measurement) -> Described | None:
    """The article's figures for the measure a comparison describes, and why they are it."""
    q = comp.quantity
    index = _index(measurements)
    fits = index.fits(comp, _subject_period(measurements, comp))
    same = [m for m in fits if m.sentence == comp.sentence]
    same += [m for m in index.by_sentence.get(comp.sentence, []) if _changed_by(m, comp)]
    if same:
        return Described(same, "in the same sentence")
    wholes = index.wholes.get((q.dimension, comp.per), [])
    if not fits:
        return _thing_named_before(measurements, comp, wholes) if wholes else None
    back = _points_back(measurements, comp)
    event = _NO_EVENT if back else _same_event(measurements, comp, fits)
    if event is not _NO_EVENT:
        return event  # the event names what is likened: its figures, or none when unsure
    named = _thing_named_before(measurements, comp, [*fits, *wholes]) or _ground_of_event(
        measurements, comp, fits
    )
    if named is not None:
        return named
    before = [
        m
        for m in fits
        if m.sentence == comp.sentence - 1
        and (
            m.paragraph == comp.paragraph
            or back
            or (
                _definite_subject(measurements, comp)
                and _not_apart(measurements, comp, m)
                and not _sizes_another_thing(measurements, comp, m)
                and not _narrowed_apart(measurements, comp, m)
            )
        )
    ]
    if before:
        # one figure only: with two, we cannot tell which the comparison describes
        distinct = {round(m.value_range().mid, -3 if q.dimension == "area" else 0) for m in before}
        if len(before) == 1 or len(distinct) == 1:
            return Described(before, "in the sentence before, the only figure there")
        return _whole_of_parts(measurements, comp, fits)
    agreeing = []
    why = ""
    for m in fits:
        agreement = measurements.agreement(comp, m, strict=False)
        if agreement:
            agreeing.append(m)
            why = why or agreement.why
    if agreeing:
        if not _one_value(agreeing):
            return None  # the article's own figures disagree: which one is compared?
        return Described(agreeing, why)
    return (
        _whole_of_parts(measurements, comp, fits)
        or _sole_figure(measurements, comp, fits)
        or _headline_lede(measurements, comp, fits)
    )


def _headline_lede(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'Solar farm the size of 84 football pitches gets go-ahead' over 'The scheme will cover
    600 hectares ...': a headline restates its lede, so a comparison in the headline describes
    the body's first figure of its dimension when that figure is in the first two paragraphs
    and nothing read sets the two apart (another thing, owner, place or time; a time of the
    figure's own that is no count up to now, "since Friday")."""
    if not in_headline(measurements.analysis, comp):
        return None
    body = [m for m in fits if m.paragraph > comp.paragraph]
    if not body or body[0].paragraph > comp.paragraph + 2:
        return None
    first = body[0]
    if not _not_apart(measurements, comp, first) or _sizes_another_thing(measurements, comp, first):
        return None
    anchors = first.scope.anchors
    if anchors and not any(kind == "since" for kind, _ in anchors):
        return None  # "Last year the trust planted 65 hectares": the headline names no time
    return Described([first], "the headline's comparison and its lede's figure")


# the period a comparison's subject is counted per: "That daily loss is enough to fill 180
# pools", "The plant's annual output would fill ...", "A day's leakage would fill ..."
_PERIOD_ADJECTIVES = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
                      "monthly": "month", "annual": "year", "yearly": "year"}  # fmt: skip
_PERIOD_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year"})


def _subject_period(measurements: Measurements, comp: Measurement) -> str | None:
    """The period the subject of a comparison's clause is counted per, from its own modifier
    (an adjective of period, or "a day's"), or None."""
    subject = _subject_noun(measurements, comp)
    for child in subject.children if subject is not None else ():
        if child.dep_ == "amod" and child.lower_ in _PERIOD_ADJECTIVES:
            return _PERIOD_ADJECTIVES[child.lower_]
        if (
            child.dep_ == "poss"
            and child.lemma_.lower() in _PERIOD_NOUNS
            and any(c.lower_ in ("a", "an", "each", "every", "one") for c in child.children)
        ):
            return child.lemma_.lower()
    return None


# a sentence that opens on the statement before it: "That is an area about the size of ..."
_THAT_IS = re.compile(
    r"\s*(?:That|This|It)(?:['’]s|\s+(?:is|was|would be|will be|makes|made|amounts|covers))\b"
)


def _points_back(measurements: Measurements, comp: Measurement) -> bool:
    """The comparison's sentence opens on the one before, across a paragraph break too."""
    sentences = measurements.analysis.sentences
    if comp.sentence >= len(sentences):
        return False
    return bool(_THAT_IS.match(measurements.analysis.text, sentences[comp.sentence].start))


def _definite_subject(measurements: Measurements, comp: Measurement) -> bool:
    """The comparison's clause is about a thing already named: its subject is a common noun
    with a definite determiner ("The work, covering an area ...", "The burnt ground is ...,
    officials said"). A paragraph break in news copy is no change of subject; a definite
    subject points back."""
    return _definite_subject_noun(measurements, comp) is not None


def _definite_subject_noun(measurements: Measurements, comp: Measurement) -> Token | None:
    """The subject noun of ``_definite_subject``, or None."""
    analysis = measurements.analysis
    if comp.sentence >= len(analysis.sentences):
        return None
    sentence = analysis.sentences[comp.sentence]
    if ALL_TOLD.search(analysis.text, sentence.start, sentence.end):
        return None  # "In all, ... an area three times the size of Wales": a sum of figures
    subject = _subject_noun(measurements, comp)
    return subject if subject is not None and _is_definite(subject) else None


def _subject_noun(measurements: Measurements, comp: Measurement) -> Token | None:
    """The common noun the comparison's clause is said of: the subject it sits in, or the
    subject of the first verb above it; None when that subject is no common noun."""
    analysis = measurements.analysis
    if comp.sentence >= len(analysis.sentences):
        return None
    doc, offset = analysis.parsed_tokens(analysis.sentences[comp.sentence])
    root = figure_root(figure_tokens(doc, offset, comp.quantity))
    for t in root.ancestors if root is not None else ():
        if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN":
            return t  # the comparison sits in a clause on the subject itself
        if t.pos_ in ("VERB", "AUX"):
            subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject if subject.pos_ == "NOUN" else None
    return None


def _thing_named_before(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'a 9,400-acre hill estate' ... paragraphs on, 'Stretching over ground roughly the size
    of Rutland, the estate takes in ...': the comparison's definite subject is the very noun an
    earlier figure of its dimension sizes ("the estate" is "a 9,400-acre estate"). Only when
    one figure (or several of one value) sizes a noun of that word, and nothing read sets the
    two apart."""
    # not _definite_subject_noun: "In all, the lake spreads over ..." says the whole of the
    # thing, and a figure sizing its noun ("the 180-acre lake") is the whole thing's size
    subject = _subject_noun(measurements, comp)
    if subject is None or not _is_definite(subject):
        return None
    sized = [
        m
        for m in fits
        if m.start < comp.start and _sized_noun(measurements, m) == subject.lemma_.lower()
    ]
    if not sized or not _one_value(sized):
        return None
    if not all(_not_apart(measurements, comp, m) for m in sized):
        return None
    return Described(
        sized, f"the figure that sizes the thing the comparison is said of, '{subject}'"
    )


# nouns that may stand for any piece of land or any scheme already sized: "a 300-hectare farm"
# ... "the site"
_ANY_THING = frozenset(
    {"area", "site", "land", "ground", "property", "plot", "zone", "place", "project", "scheme",
     "development", "tract", "parcel", "holding"}
)  # fmt: skip


def _sizes_another_thing(measurements: Measurements, comp: Measurement, m: Measurement) -> bool:
    """'a 300-hectare farm' ... 'the estate takes in ...': the figure sizes one noun and the
    comparison's definite subject is another, not a word that may stand for any piece of land."""
    sized = _sized_noun(measurements, m)
    subject = _definite_subject_noun(measurements, comp)
    if sized is None or subject is None:
        return False
    said = subject.lemma_.lower()
    return said != sized and said not in _ANY_THING


def _narrowed_apart(measurements: Measurements, comp: Measurement, m: Measurement) -> bool:
    """'... irrigated land totals about 400 sq km.' then 'The area planted with maize this
    year is twice the size of Malta': the definite subject is narrowed by a clause of its own
    (a participle or relative clause, not the one holding the comparison) whose words the
    figure's sentence never says: it names a thing of its own, and does not point back."""
    subject = _definite_subject_noun(measurements, comp)
    analysis = measurements.analysis
    if subject is None or m.sentence >= len(analysis.sentences):
        return False
    doc, offset = analysis.parsed_tokens(analysis.sentences[comp.sentence])
    held = {t.i for t in figure_tokens(doc, offset, comp.quantity)}
    figure_doc, _ = analysis.parsed_tokens(analysis.sentences[m.sentence])
    said = _content_words(figure_doc)
    for clause in subject.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        tokens = list(clause.subtree)
        if held & {t.i for t in tokens}:
            continue  # "The site, covering roughly the area of ...": the comparison's own
        if tokens[0].i > 0 and tokens[0].nbor(-1).text == ",":
            continue  # "The estate, which the trust bought in 1990, ...": said of it, no narrowing
        words = _content_words(tokens)
        if words and not any(w in said for w in words):
            return True
    return False


def _ground_of_event(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'A bushfire ... has burnt 60,000 hectares' ... 'The fire zone, which is larger than
    Greater London': the comparison's thing is named by the subject of an earlier figure's
    event ("fire" of "the fire zone"), and by no other word, so it is the ground that event
    covered. Only when those figures are one value, with no other owner, place or time."""
    ra = comp.reading
    if ra is None or ra.relation != "label" or not ra.qualifiers:
        return None
    linked = []
    for m in fits:
        rb = m.reading
        if rb is None or rb.relation != "event" or rb.subject not in ra.qualifiers:
            continue
        if ra.qualifiers - {rb.subject} - m.frame:
            continue  # "the fire's evacuation zone": another ground than the one burnt
        if _other_owner(measurements, comp, m) or _running_over_window(measurements, comp, m):
            continue
        # the subject standing as the comparison's qualifier narrows nothing: without it, the
        # figure's own words ("forest") narrow the event's ground, not another thing
        bare = replace(comp, reading=replace(ra, qualifiers=frozenset()))
        if measurements.agreement(bare, m, strict=False, concept=False):
            linked.append(m)
    if not linked or not _one_value(linked):
        return None
    first = linked[0].reading
    subject = first.subject if first is not None else ra.subject
    return Described(linked, f"the ground of the event of '{subject}'")


def _sized_noun(measurements: Measurements, m: Measurement) -> str | None:
    """The noun a figure sizes as its modifier: "a 9,400-acre hill estate" -> "estate"."""
    analysis = measurements.analysis
    if m.sentence >= len(analysis.sentences):
        return None
    doc, offset = analysis.parsed_tokens(analysis.sentences[m.sentence])
    root = figure_root(figure_tokens(doc, offset, m.quantity))
    if root is None or root.dep_ not in ("compound", "amod", "nmod"):
        return None
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() if head.pos_ == "NOUN" else None


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in noun.children)


def _not_apart(measurements: Measurements, comp: Measurement, m: Measurement) -> bool:
    """Nothing read keeps the comparison and the figure apart: not two things, and no other
    owner, place or time."""
    return (
        not _different_things(comp, m)
        and not _running_over_window(measurements, comp, m)
        and bool(measurements.agreement(comp, m, strict=False, concept=False))
    )


# a comparison said of a running total: "In all, Ukraine has retaken an area ...",
# "... so far this year", "the area flooded since June"
_RUNNING = re.compile(rf"{ALL_TOLD.pattern}|\b(?:since|this year)\b", re.I)
# "the largest fire since 2012", "the first time since June": a record's "since", no total
_RECORD_BEFORE = re.compile(r"\b(?:\w+est|most|first|least)\b(?:\s+[\w'’-]+){0,3}\s*$", re.I)
_ON_WEEKDAY = re.compile(rf"\bon\s+(?:{'|'.join(WEEKDAY_NAMES)})\b", re.I)
SHORT_WINDOW = 31.0  # days: a figure of one day, week or month is not a running total


def _running_over_window(measurements: Measurements, comp: Measurement, m: Measurement) -> bool:
    """'recaptured about 500 sq km ... last month' ... 'In all, Ukraine has retaken an area
    about the size of Cyprus': the comparison counts up a running total while the figure is
    one short window's (a weekday, a week or a month), and the comparison's sentence names
    no such window of its own."""
    sentences = measurements.analysis.sentences
    if comp.sentence >= len(sentences) or m.sentence >= len(sentences):
        return False
    short = m.scope.days is not None and m.scope.days <= SHORT_WINDOW
    said = sentences[m.sentence]
    # "on Sunday" is one day's; "by Friday" is a running total up to then
    if not (short or _ON_WEEKDAY.search(measurements.analysis.text, said.start, said.end)):
        return False
    if comp.scope.days is not None and comp.scope.days <= SHORT_WINDOW:
        return False
    sentence, text = sentences[comp.sentence], measurements.analysis.text
    return any(
        not (
            said.group(0).lower() == "since"
            and _RECORD_BEFORE.search(text, sentence.start, said.start())
        )
        for said in _RUNNING.finditer(text, sentence.start, sentence.end)
    )


def _one_value(figures: list[Measurement]) -> bool:
    ranges = [m.value_range() for m in figures]
    return max(r.low for r in ranges) <= min(r.high for r in ranges)


def _sole_figure(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'The zone is about three times the size of the Auckland region' with no reading that
    ties it to a figure: when the article gives one value only for that dimension, and nothing
    says the two are different things, that value is what the comparison describes."""
    if not _one_value(fits):
        return None
    why = ""
    for m in fits:
        agreement = measurements.agreement(comp, m, strict=False, concept=False)
        if _different_things(comp, m) or _running_over_window(measurements, comp, m):
            return None
        if _sizes_another_thing(measurements, comp, m):
            return None
        if not agreement:
            return None
        why = why or agreement.why
    unit = {"area": "area", "volume": "volume", "length": "length"}.get(
        comp.quantity.dimension or "", "such"
    )
    return Described(fits, f"the article's only {unit} figure (one value); {why}")


# ``_same_event`` when no figure's event is named in the comparison's sentence
_NO_EVENT = Described([], "")


def _same_event(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'inundated about 1.8 million acres' ... paragraphs on, 'The submerged land is four times
    the size of ...': anywhere in the article, the figures whose event a word of the
    comparison's sentence names too (the same word, a verb made a noun, a WordNet synonym or
    kind). When some figure's event is named, it decides: its figures when they are one value
    and nothing read keeps them apart (owner, place, time), else None (two fires burned, last
    year's fire): never the figure of the sentence before. ``_NO_EVENT`` when none is named."""
    words = _clause_words(measurements, comp)
    named = False
    linked = []
    said = ""
    for m in fits:
        shared = next((f"'{w}' / '{e}'" for e in _event_words(m) for w, verb in words.items()
                       if same_event(w, e, kinds=verb)), None)  # fmt: skip
        if shared is None:
            continue
        named = True
        if _other_owner(measurements, comp, m):
            continue
        if _not_apart(measurements, comp, m) or _event_on(comp, m, measurements):
            linked.append(m)
            said = said or shared
    if not named:
        return _NO_EVENT
    if not linked or not _one_value(linked):
        return None
    return Described(linked, f"the same event ({said}), nothing read sets them apart")


def of_its_event(measurements: Measurements, comp: Measurement) -> list[Measurement]:
    """Every figure of the comparison's measure whose event a word of its clause names, owner
    or time aside ("burned an area the size of Switzerland": each figure burned): what the
    comparison could describe if the layer read one figure's owner or time wrongly."""
    words = _clause_words(measurements, comp)
    fits = _index(measurements).fits(comp, _subject_period(measurements, comp))
    return [
        m
        for m in fits
        if any(same_event(w, e, kinds=verb) for e in _event_words(m) for w, verb in words.items())
    ]


def _other_owner(measurements: Measurements, comp: Measurement, m: Measurement) -> bool:
    """'Ukraine's army ... recaptured 2,300 square miles' ... 'Russia said the ground it had
    retaken ...': the comparison's sentence has a named subject or possessor that is not the
    figure's owner."""
    owner = m.reading.owner if m.reading is not None else None
    if not owner:
        return False
    analysis = measurements.analysis
    doc, _ = analysis.parsed_tokens(analysis.sentences[comp.sentence])
    named = {
        t.lower_ for t in doc if t.pos_ == "PROPN" and (t.dep_ in SUBJECT_DEPS or t.dep_ == "poss")
    }
    return bool(named) and not any(n[:5] == owner.lower()[:5] for n in named)


def _event_on(comp: Measurement, m: Measurement, measurements: Measurements) -> bool:
    """'Rivers inundate 90 sq km of rice paddies' ... 'The submerged paddies cover ...': the
    comparison's thing is what the event happened to, not its subject ("rivers"), or the
    event itself made a noun ("cleared" ... "the clearance")."""
    ra, rb = comp.reading, m.reading
    return (
        ra is not None
        and rb is not None
        and ra.relation == "label"
        and (ra.key in rb.qualifiers or same_event(ra.key, rb.verb or rb.key))
        and bool(measurements.agreement(comp, m, strict=False, concept=False))
    )


def _event_words(m: Measurement) -> list[str]:
    """The words a figure's event is said with: its verb ("inundated"), its reading's class;
    in that order, so the evidence names the same pair on every run (a set's order changes
    with each process's string hashing)."""
    r = m.reading
    if r is None or r.relation != "event":
        return []
    return list(dict.fromkeys(w for w in (r.verb, r.key, *r.words.lower().split()) if w))


def _clause_words(measurements: Measurements, comp: Measurement) -> dict[str, bool]:
    """The words of the comparison's own clauses (lemmas, and whether each is said as a verb):
    the verbs it hangs on and their subjects, less reporting verbs ("Commanders said the
    ground retaken was ..." gives "retake", "ground", not "said"); never a clause joined
    beside it ("..., and it includes land that cannot yet be surveyed")."""
    analysis = measurements.analysis
    if comp.sentence >= len(analysis.sentences):
        return {}
    doc, offset = analysis.parsed_tokens(analysis.sentences[comp.sentence])
    root = figure_root(figure_tokens(doc, offset, comp.quantity))
    words = dict.fromkeys(comp.frame, False)
    for head in root.ancestors if root is not None else ():
        if head.pos_ not in ("VERB", "AUX"):
            continue
        words[head.lemma_.lower()] = True
        reported = head.lemma_.lower() in REPORTING_VERBS
        for child in head.children:
            # what a reporting verb reports, split by the parser into two clauses: "said
            # [the ground retaken] [was three times ...]"
            if child.dep_ in SUBJECT_DEPS or (reported and child.dep_ == "ccomp"):
                words.update(_content_words(child.subtree))
    return {w: verb for w, verb in words.items() if w not in REPORTING_VERBS}


def _content_words(tokens: Iterable[Token]) -> dict[str, bool]:
    found = {}
    for t in tokens:
        if t.pos_ in ("VERB", "ADJ", "NOUN"):
            verb = t.pos_ != "NOUN"
            found[t.lemma_.lower()] = verb
            found[t.lower_] = verb  # "burnt", as printed: a lemma may keep or lose its form
    return found


def _whole_of_parts(
    measurements: Measurements, comp: Measurement, fits: list[Measurement]
) -> Described | None:
    """'a core area of 1,144 sq km and a buffer zone of 1,129 sq km, taking its total extent to
    2,273 sq km' ... 'Covering almost three times the area of Delhi, the reserve ...': the
    article's figures of the dimension are one whole and the parts that add up to it, so a
    comparison whose subject is the thing already named ("the reserve") describes the whole."""
    values: dict[float, list[Measurement]] = {}
    for m in fits:
        if m.quantity.low is not None or m.quantity.si_value is None:
            return None  # a printed range adds up to nothing exact
        values.setdefault(m.quantity.si_value, []).append(m)
    if len(values) < 3:
        return None  # a whole and at least two parts
    whole = max(values)
    # the figures as printed, each to its own rounding ("spread over 2,273 sq km" is 2,273)
    parts = [si_interval(values[v][0].quantity) for v in values if v != whole]
    added = Interval(sum(r.low for r in parts), sum(r.high for r in parts)).widened(0.005)
    if not added.overlaps(si_interval(values[whole][0].quantity)):
        return None
    if not _definite_subject(measurements, comp):
        return None
    if not all(_not_apart(measurements, comp, m) for m in values[whole]):
        return None
    return Described(values[whole], "the whole the article's other figures of it add up to")


def _different_things(a: Measurement, b: Measurement) -> bool:
    """Both read, as two labels of different things or as different relations ("the lake"
    against "the park covers", "the country" against "occupied")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None:
        return False
    if {ra.relation, rb.relation} == {"event", "label"}:
        # "the reserve will protect an area ..." and "the reserve covers ...": one thing
        event, label = (ra, rb) if ra.relation == "event" else (rb, ra)
        return event_of_other_thing(event, label)
    if ra.relation != rb.relation:
        return True
    return not same_key(ra.key, rb.key, ra.relation) and not GENERIC_LABELS & {ra.key, rb.key}


def _changed_by(m: Measurement, comp: Measurement) -> bool:
    """'lost about 2.5 billion gallons ..., enough to fill 38,000 pools': in one sentence, an
    amount of change is the figure a comparison describes (a level reached is not)."""
    q = m.quantity
    return (
        m.role == "change"
        and m.sentence == comp.sentence
        and (q.change is not None or q.direction is not None)
        and q.low is None
        and q.kind == "measure"
        and q.dimension == comp.quantity.dimension
        and m.per == comp.per
        and q.si_value is not None
    )


def _fits(m: Measurement, comp: Measurement, text: str) -> bool:
    """May ``comp`` describe ``m``? (``_Index.fits`` answers this for every ``m`` at once.)"""
    q, c = m.quantity, comp.quantity
    return (
        _comparable(m, text)
        and m.per == comp.per  # "each year" is not compared with "every day"
        and q.dimension == c.dimension
        and not (q.start >= c.start and q.end <= c.end)
    )


def _comparable(m: Measurement, text: str) -> bool:
    """A figure some comparison may describe: a total or rate of a measure, or the level a
    change reached ("the fire has grown to 50,000 hectares" is its size now), not an amount of
    change ("grew by 2,000 hectares") and not a whole a share is taken of."""
    return _measured(m, text) and not _whole_of_share(m, text)


# "grew by 5,000 litres a day": a change of a rate, not the amount each period sees
_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.I)


def _measured(m: Measurement, text: str) -> bool:
    """A total or rate of a measure, or the level a change reached; not an amount of change."""
    q = m.quantity
    reached = m.role == "change" and q.change is None and q.low is None
    # "losing 45 million litres a day": a flow per period is the amount each period sees (it
    # meets only a comparison counted per the same period: ``_Index``)
    flow = (
        m.role == "change"
        and m.per is not None
        and q.low is None
        and not _BY_BEFORE.search(text, max(0, q.start - 30), q.start)
    )
    return (
        (m.role in ("total", "rate") or reached or flow)
        and q.kind == "measure"
        and q.value is not None
        and q.si_value is not None
    )


def _whole_of_share(m: Measurement, text: str) -> bool:
    q = m.quantity
    return _WHOLE_OF_SHARE.search(text, max(0, q.start - 90), q.start) is not None
