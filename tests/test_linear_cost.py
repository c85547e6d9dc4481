"""D6: the pairwise loops replaced by indexes give what the loops gave.

Each index (bisection over sorted spans, words keyed to the people holding them, cue words
keyed to figures) is checked against the plain scan it replaced, on generated cases; the cost
itself is measured by ``benchmarks/cost.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.intervals import Intervals

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

_spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=25,
)


@given(_spans, st.integers(-2, 90), st.integers(0, 30))
def test_intervals_answer_as_a_scan_does(spans, start, length):
    index = Intervals(spans)
    end = start + length
    assert index.overlaps(start, end) == any(a < end and start < b for a, b in spans)
    assert index.holds(start) == any(a <= start < b for a, b in spans)
    assert index.overlapping(start, end) == [
        n for n, (a, b) in enumerate(spans) if a < end and start < b
    ]
    first = next((n for n, (a, b) in sorted(enumerate(spans), key=lambda p: p[1])
                  if a <= start < b), None)  # fmt: skip
    found = index.first_holding(start)
    assert (found is None) == (first is None)
    if found is not None:
        assert spans[found] == spans[first]


# -- quotes: the clauses a cue sits in; the cues near a quotation ---------------------------


class _Word:
    """A cue's verb standing alone in its sentence (no participle reporting for it)."""

    dep_ = "ROOT"

    def __init__(self, i: int) -> None:
        self.i, self.head = i, self


class _Cue:
    def __init__(self, start: int, end: int, content, kind: str) -> None:  # type: ignore[no-untyped-def]
        self.start, self.end, self.content, self.kind = start, end, content, kind
        self.word = _Word(start)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 80),
            st.integers(1, 6),
            st.none() | st.tuples(st.integers(0, 80), st.integers(0, 40)),
            st.sampled_from(["clause", "according", "bare", "noun", "infinitive", "complement"]),
        ),
        max_size=20,
    )
)
def test_outermost_drops_what_the_pairwise_scan_dropped(rows):
    from newslint.extract.cues import _HOLDS_SPEECH, _REPORTS, outermost

    cues = [_Cue(s, s + n, (c[0], c[0] + c[1]) if c else None, kind) for s, n, c, kind in rows]
    spans = [c.content for c in cues if c.content and c.kind in _HOLDS_SPEECH]
    inner = [
        c
        for c in cues
        if not any(a <= c.start and c.end <= b and c.content != (a, b) for a, b in spans)
    ]
    clauses = [c for c in inner if c.kind in {"clause", "parenthetical"}]
    reports = [c for c in inner if c.kind in _REPORTS and c.content is not None]
    expected = [
        c
        for c in inner
        if c.content is None
        or (
            c.kind == "complement"
            and not any(c.content[0] <= s.start < c.content[1] for s in clauses)
        )
        or (c.kind == "noun" and not any(c.content[0] <= s.start < c.content[1] for s in reports))
        or c.kind not in {"complement", "noun"}
    ]
    assert outermost(cues) == expected  # type: ignore[arg-type]


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "boilerplate").glob("*.txt"))
    ]
    return texts


@pytest.mark.parametrize("n", range(len(_articles())))
def test_quotes_attach_to_nearby_cues_as_to_all_cues(lint, monkeypatch, n):
    """A cue far from a quotation can never be its tag: looking only near it finds what
    looking at every cue of the article finds."""
    from newslint.extract import attach

    text = _articles()[n]
    near = [q.model_dump() for q in lint(text).quotes]
    monkeypatch.setattr(attach, "CUE_REACH", 10**9)
    everywhere = [q.model_dump() for q in lint(text).quotes]
    assert near == everywhere


# -- people: a name's person, a role's person, a pronoun's antecedent ------------------------


def _match_by_scan(people, words):  # type: ignore[no-untyped-def]
    from newslint.extract.entities import compatible_given_names
    from newslint.extract.name_spelling import is_variant

    for person in reversed(people):
        for other in person.mentions:
            theirs = other.tokens
            same = theirs[-1] == words[-1] or is_variant(theirs[-1], words[-1])
            if not same and len(words) == 1 and words[0] in theirs:
                same = True
            if same and compatible_given_names(theirs[:-1], words[:-1]):
                return person
    return None


_GIVEN = ["anna", "a", "ben", "b", "olena", "volodymyr", "v"]
_SURNAMES = ["zelensky", "zelenskyy", "zelenskiy", "smith", "smyth", "kowalski", "kowalska", "lee"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_GIVEN), max_size=2), min_size=1, max_size=30),
       st.lists(st.sampled_from(_SURNAMES), min_size=30, max_size=30))  # fmt: skip
def test_people_match_as_the_scan_of_every_mention(givens, surnames):
    from newslint.extract.entities import Mention, People, Person

    people = People()
    for given_names, surname in zip(givens, surnames, strict=False):
        words = [*given_names, surname]
        mention = Mention(text=" ".join(w.title() for w in words), start=0, end=0, label="PERSON")
        assert people.match(words) is _match_by_scan(people, words)
        for lone in ([words[0]], [words[-1]]):  # a given name or a surname alone
            assert people.match(lone) is _match_by_scan(people, lone)
        index = people.match_index(words)
        if index < 0:
            index = len(people)
            people.append(Person(canonical=mention.text, mentions=[], roles=set()))
        people.add_form(index, words)
        people[index].mentions.append(mention)


def _group_by_scan(found, aliases=()):  # type: ignore[no-untyped-def]
    """``mention_groups.group_mentions`` as it was: each mention weighed against every person."""
    from newslint.extract.entities import (
        Person,
        compatible_given_names,
        strip_titles,
    )
    from newslint.extract.name_spelling import is_variant

    def joins(person, m, words):  # type: ignore[no-untyped-def]
        if m.gender and person.gender and m.gender != person.gender:
            return False
        parts = {w for other in person.mentions if len(other.tokens) > 1 for w in other.tokens}
        for other in person.mentions:
            theirs = other.tokens
            same = theirs[-1] == words[-1] or is_variant(theirs[-1], words[-1])
            # a one-word form is judged by the fuller forms it is part of
            if (
                not same
                and len(words) == 1
                and (words[0] in theirs or (len(theirs) == 1 and theirs[0] in parts))
            ):
                continue
            if not same or not compatible_given_names(theirs[:-1], words[:-1]):
                return False
        return True

    people: list = []
    nicknames = {nickname: mention for mention, nickname in aliases}
    for m in sorted([m for m in found if m.tokens], key=lambda m: (-len(m.tokens), m.start)):
        words = m.tokens
        written = strip_titles(m.text.rsplit(",", 1)[-1].strip())
        fits = [p for p in people if joins(p, m, words)]
        alias = nicknames.get(m.text) or nicknames.get(m.text.split()[0])
        if alias is not None and (len(words) == 1 or words[-1] == alias.tokens[-1]):
            fits = [p for p in people if alias in p.mentions]
        if len(fits) == 1 or (fits and len(words) == 1):
            person = min(fits, key=lambda p: p.mentions[0].start)
        else:
            person = Person(canonical=written, mentions=[], roles=set())
            people.append(person)
        person.mentions.append(m)
        if len(written) > len(person.canonical):
            person.canonical = written
        if person.gender is None:
            person.gender = m.gender
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    return sorted(people, key=lambda p: p.mentions[0].start)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from([*_GIVEN, "dot", "smith"]), max_size=2),
            st.sampled_from([*_SURNAMES, "dot", "anna"]),
            st.sampled_from([None, "m", "f"]),
            st.sampled_from(["", "Mr ", "Ms "]),
        ),
        min_size=1,
        max_size=30,
    ),
    st.lists(st.integers(0, 29), max_size=3),
)
def test_group_mentions_as_the_scan_of_every_person(rows, nicknamed):
    from newslint.extract.entities import Mention
    from newslint.extract.mention_groups import group_mentions

    found = []
    for n, (given_names, surname, gender, title) in enumerate(rows):
        text = title + " ".join(w.title() for w in [*given_names, surname])
        found.append(Mention(text=text, start=n * 40, end=n * 40 + len(text), label="PERSON",
                             gender=gender))  # fmt: skip
    aliases = [(found[i], "Dot") for i in nicknamed if i < len(found)]
    indexed = group_mentions(found, aliases)
    scanned = _group_by_scan(found, aliases)
    assert [(p.canonical, p.mentions, p.gender) for p in indexed] == [
        (p.canonical, p.mentions, p.gender) for p in scanned
    ]


@given(st.lists(st.tuples(st.sampled_from(["mayor", "chief", "judge"]),
                          st.sampled_from(["Ana Torres", "Ben Okafor", "Ana Torres"])),
                max_size=12),
       st.integers(0, 400))  # fmt: skip
def test_role_lookup_as_the_scan(rows, before):
    from newslint.extract.entities import Mention, People, Person

    people = People()
    for n, (role, name) in enumerate(rows):
        mention = Mention(text=name, start=n * 30, end=n * 30 + len(name), label="PERSON")
        people.append(Person(canonical=name, mentions=[mention], roles={role}))
    for role in ("mayor", "chief", "judge", "pope"):
        found = [p for p in people if role in p.roles and p.mentions[0].start < before]
        expected = found[-1] if len({p.canonical for p in found}) == 1 else None
        assert people.by_role(role, before) is expected


def _speaker_by_scan(quotes, before, kinds):  # type: ignore[no-untyped-def]
    best = None
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start >= before or sp.type not in kinds:
            continue
        if best is None or sp.start > best.start:
            best = sp
    return best


def _mention_by_scan(quotes, people, before, clash):  # type: ignore[no-untyped-def]
    said = [(q.start, q.end) for q in quotes if q.speaker is not None and q.end <= before]
    best = None
    for person in people:
        if person.canonical in clash:
            continue
        for m in person.mentions:
            if any(a <= m.start < b for a, b in said):
                continue
            if m.start < before and (best is None or m.start > best[0]):
                best = (m.start, person.canonical)
    return best


_TYPES = ["named", "anonymous", "organization", "unknown", "unknown"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(1, 12), st.sampled_from(_TYPES),
                       st.sampled_from(["Ana", "Ben", "Cy", None])), max_size=15),
    st.lists(st.tuples(st.sampled_from(["Ana", "Ben", "Dee"]), st.sampled_from(["m", "f", None]),
                       st.lists(st.integers(0, 50), min_size=1, max_size=3)), max_size=4),
    st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["m", "f", None]),
                       st.sampled_from([("named",), ("named", "anonymous"), ("organization",)])),
             max_size=15),
)  # fmt: skip
def test_pronoun_antecedents_as_the_scan(speakers, persons, asks):
    """The nearest speaker and the nearest mention before a pronoun, walked back to from a
    bisection, are the ones a scan of every quote and mention finds (on equal offsets the
    first found wins); a mention inside what someone said by then is skipped."""
    from newslint.extract.entities import Mention, People, Person
    from newslint.extract.quotes import _Before, _first
    from newslint.report.model import Quote, Speaker

    quotes = [
        Quote(start=s, end=s + n, text="x", direct=True,
              speaker=Speaker(text="he", start=s, end=s + 2, type=kind, canonical=name))
        for s, n, kind, name in sorted(speakers, key=lambda row: row[0])
    ]  # fmt: skip
    people = People()
    people.extend(
        Person(canonical=name, gender=gender, roles=set(),
               mentions=[Mention(text=name, start=s, end=s + 3, label="PERSON") for s in sorted(at)])
        for name, gender, at in persons
    )  # fmt: skip
    index = _Before(quotes, people)
    for before, gender, kinds in asks:
        found = _first(index.speakers_back(before), lambda sp, k=kinds: sp.type in k)
        assert found is _speaker_by_scan(quotes, before, kinds)
        clash = index.clash(gender)
        assert clash == {p.canonical for p in people if gender and p.gender and p.gender != gender}
        mention = next(
            ((at, name) for at, name, said in index.mentions_back(before)
             if name not in clash and not said),
            None,
        )  # fmt: skip
        assert mention == _mention_by_scan(quotes, people, before, clash)


@given(st.text(alphabet=" \t\na.", max_size=40), st.lists(st.integers(0, 40), max_size=8))
def test_line_starts_as_a_look_back_from_each(text, picks):
    from newslint.parse import _paragraph_starts

    def look_back(start: int) -> bool:
        i = start - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        return i < 0 or text[i] == "\n"

    starts = sorted({min(p, len(text)) for p in picks})
    assert _paragraph_starts(text, starts) == [look_back(s) for s in starts]


# -- merged from main: NUM005 totals and rates, NUM006/NUM007 lookups, DAT002 durations -----


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-3, 400), max_size=30),
    st.integers(0, 30),
    st.sampled_from(["day", "week", "month", "year", "fortnight"]),
    st.sampled_from([None, "about", "nearly"]),
)
def test_two_dates_apart_as_the_pairwise_scan(days, number, unit, approx):
    from datetime import date, timedelta

    from newslint.extract.spells import Duration
    from newslint.rules.dates import _two_apart

    duration = Duration(0, 1, "x", float(number), unit, approx)
    origin = date(2020, 1, 1)
    dates = [origin + timedelta(days=d) for d in days]
    pairwise = any(
        duration.allows(abs((b - a).days)) for k, a in enumerate(dates) for b in dates[k + 1 :]
    )
    assert _two_apart([*dates, None], duration) == pairwise


def test_sentence_and_paragraph_index_as_list_index(nlp):
    from newslint.api import prepare
    from newslint.article import from_text
    from newslint.config import Config

    text = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
    analysis = prepare(from_text(text), Config(), nlp=nlp)
    for spans, index in (
        (analysis.sentences, analysis.sentence_index),
        (analysis.paragraphs, analysis.paragraph_index),
    ):
        assert [index(s) for s in spans] == list(range(len(spans)))
        with pytest.raises(ValueError):
            index(spans[0].model_copy(update={"end": spans[0].end + 1}))
    for n, sentence in enumerate(analysis.sentences[:-1]):
        assert analysis.sentence_after(sentence) == analysis.sentences[n + 1]


def test_rates_near_a_total_hold_every_rate_that_fits(nlp):
    from newslint.api import prepare
    from newslint.article import from_text
    from newslint.config import Config
    from newslint.rules import rate_averages
    from newslint.rules import rate_totals as module
    from newslint.rules.rate_windows import is_period

    text = (
        "About 40 parcels a day were handed out last year. The bank has given out 20,000 food "
        "parcels since 2019, most of them in the past week, volunteers said.\n\n"
        "Police made 4,000 arrests since January, most in the past month. Officers average 300 "
        "arrests a month, and 12 cars a day are stopped.\n\n"
        "The charity spent $3.4m since 2020, nearly all of it in the past week."
    )
    analysis = prepare(from_text(text), Config(), nlp=nlp, published="2024-05-01")
    starts = [s.start for s in analysis.sentences]
    rates = rate_averages.stated_rates(analysis, starts)
    periods = [t for t in analysis.time_expressions if is_period(t)]
    totals = module.period_totals(analysis, sorted(periods, key=lambda t: t.start), starts)
    assert rates and totals
    for total in totals:
        near = rates.near(analysis, total)
        assert [r for r in rates if r in near] == near  # in order, no repeats
        every = list(rates)
        paragraph = analysis.paragraph_at(total.quantity.start)
        fits_somewhere = [
            r for r in every
            if (r.noun and total.noun and r.noun == total.noun) or r.sentence == total.sentence
            or (paragraph is not None and paragraph.start <= r.quantity.start < paragraph.end)
        ]  # fmt: skip
        assert all(r in near for r in fits_somewhere)


# -- NUM003: the figures a comparison may describe ------------------------------------------


def test_comparisons_weigh_the_figures_a_scan_would(nlp):
    from newslint.api import prepare
    from newslint.article import from_text
    from newslint.config import Config
    from newslint.measurements.links import MAX_WEIGHED, _fits, _index

    # every example article at once: comparisons, areas, lengths and volumes
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    analysis = prepare(from_text(text), Config(), nlp=nlp)
    measurements = analysis.measurements
    comparisons = [m for m in measurements if m.role == "comparison"]
    assert comparisons
    index = _index(measurements)
    for comp in comparisons:
        scan = [m for m in measurements if _fits(m, comp, text)]
        assert len(scan) <= 2 * MAX_WEIGHED  # so the nearest are all of them
        assert index.fits(comp) == scan


def _spells_by_scan(text, dates, paragraphs):  # type: ignore[no-untyped-def]
    """``spells.find_spells`` as it was: every start date weighed against every end date."""
    import itertools
    import re

    from newslint.extract.dates import RANGE_LINK
    from newslint.extract.spells import END_WORDS, START_WORDS, Spell, point

    full = [d for d in dates if d.date is not None]
    found, in_range = [], set()
    for a, b in itertools.pairwise(full):
        if RANGE_LINK.match(text[a.end : b.start]) and a.date < b.date:
            found.append(Spell(point(a), point(b), "range"))
            in_range |= {id(a), id(b)}

    def paragraph(d):  # type: ignore[no-untyped-def]
        return next((k for k, (s, e) in enumerate(paragraphs) if s <= d.start < e), -1)

    def words_before(d):  # type: ignore[no-untyped-def]
        earlier = [x.end for x in dates if x.end <= d.start]
        left = max([d.start - 60, *earlier[-1:]])
        return re.split(r"[.;!?]\s+(?=[A-Z\"“])", text[max(0, left) : d.start])[-1]

    starts = [d for d in full if id(d) not in in_range and START_WORDS.search(words_before(d))]
    ends = [d for d in full if id(d) not in in_range and END_WORDS.search(words_before(d))]
    for a in starts:
        later = [b for b in ends if b is not a and b.date > a.date
                 and abs(paragraph(b) - paragraph(a)) <= 1]  # fmt: skip
        if later:
            b = min(later, key=lambda b: abs(b.start - a.start))
            found.append(Spell(point(a), point(b), "start/end words"))
    return found


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["It opened on", "Work began on", "It reopened on", "They returned on",
                             "It closed on", "The fair ran from", "Nothing happened on"]),
            st.integers(1, 28),
            st.sampled_from(["March", "April", "May"]),
            st.sampled_from(["", " to 30 May", " and ended on 2 June"]),
            st.booleans(),
        ),
        max_size=14,
    )
)  # fmt: skip
def test_spells_as_the_scan_of_every_pair(rows):
    from newslint.extract.dates import find_dates
    from newslint.extract.spells import find_spells

    parts, paragraphs, at = [], [], 0
    for lead, day, month, tail, new_paragraph in rows:
        sentence = f"{lead} {day} {month} 2024{tail}. "
        if new_paragraph and parts:
            parts.append("\n\n")
            at += 2
        start = at
        parts.append(sentence)
        at += len(sentence)
        if new_paragraph or not paragraphs:
            paragraphs.append((start, at))
        else:
            paragraphs[-1] = (paragraphs[-1][0], at)
    text = "".join(parts)
    dates = find_dates(text, None)
    # (the pairs of marked ends; a spell with one marked end is read after them)
    found = find_spells(text, dates, paragraphs, one_end=False)
    assert found == _spells_by_scan(text, dates, paragraphs)
