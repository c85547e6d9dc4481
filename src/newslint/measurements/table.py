"""The table of measurements: built once per article, read by the NUM rules.

Every figure becomes a ``Measurement`` with its role. Only figures that something else in the
article could be compared with are read from the parse (a figure whose dimension has a second,
disagreeing value; the figures a comparison could describe; counts when the article has a
part-of-whole phrase), so only their sentences are parsed. ``agreement`` says whether two
mentions are one measure, and why: the same concept (noun class, event verb class or counted
noun), no different owner, place or time, and no word that makes either another thing.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.abbreviations import FULL_MONTHS
from newslint.extract.change_words import YEAR
from newslint.extract.noun_kinds import covers
from newslint.extract.timex import WEEKDAY_NAMES
from newslint.measurements.frames import frame_of
from newslint.measurements.lexicon import (
    GENERIC_LABELS,
    INSIDE_WORDS,
    NOUN_CLASSES,
    PARTY_ROLES,
    PEOPLE_ROLES,
)
from newslint.measurements.model import Measurement, Role
from newslint.measurements.owners import SUBJECT_DEPS
from newslint.measurements.reading import (
    Reading,
    figure_root,
    figure_tokens,
    read_fact_line,
    read_figure,
    read_headline,
)
from newslint.measurements.scope import Scope, scope_of
from newslint.measurements.worth_reading import (
    OPENS_WITH_NOUN,
    OPENS_WITH_PRONOUN,
    PART_BY_NOUN,
    PART_BY_PRONOUN,
    worth_reading,
)
from newslint.report.model import Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newslint.analysis import Analysis

# dimensions a restatement or comparison is read in (time spans, ages and the like are not)
# a figure for a part of a larger measure: "in the national park alone, 400 sq km burned"
PART_OF_MORE = re.compile(rf"\b(?:{INSIDE_WORDS}|in a single|on its own|in one \w+)\b", re.I)
# a running total: "In all, 900 people were evacuated", "the 1,000 sharks tagged so far"
ALL_TOLD = re.compile(
    r"\b(?:in all|in total|altogether|all told|combined|so far|to date|overall)\b", re.I
)
_PER_PERIOD = re.compile(
    r"\s*(?:of\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?(?:a|an|per|each|every)\s+"
    r"(?P<period>second|minute|hour|day|night|week|month|year|season|term)\b",
    re.I,
)
_EVERY_PERIOD = re.compile(
    r"\b(?:every|each)\s+(?P<period>second|minute|hour|day|night|week|month|year|season)\b",
    re.I,
)
# "carry up to 150 passengers" is a bound, not a change; "went up to 150" is read by "went"
_UP_TO = re.compile(r"\bup\s+(?=to\s+(?:\w+\s+)?$)", re.I)
_TO_FROM_BY = re.compile(r"\b(?:to|from|by)\s+(?:\w+\s+)?$")
# a level a change reached or left: "has since risen to £70m", "was revised up from £40m"
_CHANGED_TO = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr(?:ow|ew|own|owing)|climb(?:s|ed)?|"
    r"jump(?:s|ed)?|soar(?:s|ed)?|balloon(?:s|ed)?|fall(?:s|en)?|fell|drop(?:s|ped)?|"
    r"cut|reduc(?:e|es|ed)|revis(?:e|es|ed)|slash(?:es|ed)?|up|down|doubl(?:e|es|ed)|"
    r"went|gone|go(?:es)?|shot|spiral(?:l?ed)?)\s+(?:\w+\s+){0,2}(?:to|from|by)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class Agreement:
    """Whether two mentions are one measure, and the reason either way."""

    same: bool
    why: str

    def __bool__(self) -> bool:
        return self.same


class Measurements:
    def __init__(self, analysis: Analysis, items: list[Measurement]):
        self.analysis = analysis
        self.items = items

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Measurement:
        return self.items[index]

    def read(self) -> list[Measurement]:
        return [m for m in self.items if m.reading is not None]

    def groups(self, roles: Iterable[Role]) -> dict[tuple[str, str, str | None], list[Measurement]]:
        """Read mentions by concept, dimension and currency: the candidates for one measure."""
        wanted = set(roles)
        found: dict[tuple[str, str, str | None], list[Measurement]] = defaultdict(list)
        for m in self.items:
            if m.reading is None or m.role not in wanted:
                continue
            q = m.quantity
            found[(f"{m.reading.relation}:{m.reading.key}", q.dimension or "", q.currency)].append(
                m
            )
        _fold_generic(found)
        _fold_people(found)
        _fold_general(found)
        return found

    def agreement(
        self, a: Measurement, b: Measurement, *, strict: bool = True, concept: bool = True
    ) -> Agreement:
        """Are ``a`` and ``b`` one measure? ``strict``: a contrast word on either keeps them
        apart (restatements); comparisons pass ``strict=False`` and ignore "now"-like words.
        ``concept=False``: the caller has judged the concepts alike by other evidence (the
        same digits transposed, the article's only figure of a dimension); a figure the parse
        said nothing about then passes on what is known, and owner, place, time and contrast
        are still checked."""
        ra, rb = a.reading, b.reading
        if concept:
            if ra is None or rb is None:
                return Agreement(False, "not read")
            same = ra.relation == rb.relation and same_key(ra.key, rb.key, ra.relation)
            if not same and ra.verb == rb.verb and same_people(ra, rb):
                same = True  # "1,300 civilians evacuated" ... "the 1,800 people evacuated"
            if not same and ra.relation == rb.relation and ra.verb == rb.verb:
                same = general_for(ra, rb)  # "1,200 cattle" ... "the 2,100 animals"
            if not same and not generic_of(ra, rb):
                return Agreement(False, f"different concepts ({ra.key} / {rb.key})")
        for r, m in ((ra, a), (rb, b)):
            if r is not None and r.contrast and (strict or r.contrast not in _SOFT_CONTRAST):
                return Agreement(False, f"'{r.contrast}' marks {m.describe()} as another thing")
        labels = ra is not None and rb is not None and ra.relation == rb.relation == "label"
        clash = a.scope.conflict(b.scope, lengths=not labels)
        if clash:
            return Agreement(False, f"different times ({clash})")
        if ra is None or rb is None:
            return Agreement(True, _why(a, b))
        if _owners_differ(ra, rb, strict):
            return Agreement(False, f"different owners ({ra.owner} / {rb.owner})")
        if ra.places and rb.places and not ra.places & rb.places:
            places = f"{'/'.join(sorted(ra.places))} / {'/'.join(sorted(rb.places))}"
            return Agreement(False, f"different places ({places})")
        # a word narrows a mention only when the other's clause does not say it too: "62
        # students ... fell ill" and "all 26 students who fell ill" are one group
        qa, qb = ra.qualifiers - b.frame, rb.qualifiers - a.frame
        if qa and qb and not (qa <= qb or qb <= qa):
            return Agreement(False, "different qualifiers")
        return Agreement(True, _why(a, b))


def loose_concept(m: Measurement) -> str | None:
    """A broader class than the reading's key: the counted noun's class without its verb
    ("230 residents evacuated" ... "the 320 people"), a label's or an event's own class.
    People of any kind are not one class: "350 people" employed are not "530 shareholders"."""
    r = m.reading
    if r is None:
        return None
    if r.relation == "count":
        # people of any role are one loose concept; ``same_people`` tells the roles apart
        noun = "people" if _people(r) else r.noun
        return f"count:{noun or ''}"
    if r.relation == "label":
        return f"label:{r.key.rsplit(' of ', 1)[-1]}"
    return f"event:{r.key}"


def loose_concepts(m: Measurement) -> list[str]:
    """Every loose concept a mention may be restated under: its own; for an event, the thing
    its subject names ("a wildfire that has burned 14,500 acres" ... "the 45,100-acre fire");
    for a plan of spending, any other ("a $4.6 million plan" ... "the $6.4 million
    package")."""
    own = loose_concept(m)
    r = m.reading
    if own is None or r is None:
        return []
    concepts = [own]
    if r.relation == "event" and r.subject:
        concepts.append(f"label:{r.subject}")
    if r.relation == "label" and r.key in _PLANS:
        concepts.append("label:a plan")
    return concepts


_PLANS = {"project", "package"}  # noun classes of what money is set aside for


def _people(r: Reading) -> str | None:
    """The group of people a count counts: its role ("staff", "passenger"), "person" for the
    general word, None for anything else ("employs 1,250 people" counts the staff)."""
    if r.relation != "count" or r.noun is None:
        return None
    if r.noun == "person":
        return "staff" if r.verb == "employ" else "person"
    return r.noun if r.noun in PEOPLE_ROLES else None


def same_people(ra: Reading, rb: Reading) -> bool:
    """Two counts of one group of people: the same role, or the general word for either
    ("4,700 passengers" ... "the 7,400 people stranded"); two roles are two groups."""
    a, b = _people(ra), _people(rb)
    return a is not None and b is not None and (a == b or "person" in (a, b))


def party_to(ra: Reading, rb: Reading) -> bool:
    """One count names the parties to a case and the other a group of people: the parties may
    be that group ("34 former workers" ... "the 43 plaintiffs"), ``PARTY_ROLES``."""
    a, b = _people(ra), _people(rb)
    return a is not None and b is not None and bool({a, b} & PARTY_ROLES)


def same_key(a: str, b: str, relation: str = "label") -> bool:
    """One class, or, for things labelled, a compound and its head: 'floodwater' is water,
    'farmland' is land (events are classes already: 'recapture' is not 'capture')."""
    if a == b:
        return True
    if relation != "label":
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.endswith(short) and " " not in long


def general_for(ra: Reading, rb: Reading) -> bool:
    """One mention points back by a general word for the other's noun: "the animals" for
    "1,200 dairy cattle", "the structure" for "a £4m footbridge" (WordNet's hypernyms,
    ``noun_kinds``). Only a definite general word points back: "2,100 animals" may be any."""
    return any(
        general.definite and covers(general.noun, specific.noun)
        for general, specific in ((ra, rb), (rb, ra))
    )


def event_of_other_thing(event: Reading, label: Reading) -> bool:
    """An event whose subject names another thing than a label does ("the larger tablet
    will sell for $929" against "the phone costs $299", "a levy raised £352,000" against
    "the threshold"). An event naming no subject is any labelled thing's ("40,000 hectares
    are submerged"), unless it names what it measured."""
    if event.subject is None:
        return bool(event.qualifiers)
    return not same_key(event.subject, label.key) and label.key not in GENERIC_LABELS


def generic_of(ra: Reading, rb: Reading) -> bool:
    """'the 420MW development' may name 'a 240MW solar farm': a generic project noun."""
    return ra.relation == rb.relation == "label" and bool(GENERIC_LABELS & {ra.key, rb.key})


def _fold_generic(found: dict[tuple[str, str, str | None], list[Measurement]]) -> None:
    """Generic mentions ("the scheme", "the development") join the one specific thing of their
    dimension ("a 240MW solar farm") when every generic mention points back (is definite): an
    indefinite "a £2.4m scheme" introduces a thing of its own."""
    for (concept, dimension, currency), generic in list(found.items()):
        if concept.removeprefix("label:") not in GENERIC_LABELS or not all(
            m.reading is not None and m.reading.definite for m in generic
        ):
            continue
        specific = [
            key
            for key in found
            if key[0].startswith("label:")
            and key[0].removeprefix("label:") in NOUN_CLASSES
            and key[0].removeprefix("label:") not in GENERIC_LABELS
            and key[1:] == (dimension, currency)
        ]
        if len(specific) == 1:
            found[specific[0]] = sorted(found[specific[0]] + generic, key=lambda m: m.start)
            del found[(concept, dimension, currency)]


def _fold_people(found: dict[tuple[str, str, str | None], list[Measurement]]) -> None:
    """Counts of people by the general word ("the 1,800 people evacuated") join the one group
    of a role counted with the same event ("1,300 civilians evacuated")."""
    for (concept, dimension, currency), general in list(found.items()):
        noun, _, verb = concept.removeprefix("count:").partition("|")
        if not concept.startswith("count:") or noun != "person" or verb in ("-", "employ"):
            continue
        roles = [
            key
            for key in found
            if key[0].startswith("count:")
            and key[0].endswith(f"|{verb}")
            and key[0].removeprefix("count:").partition("|")[0] in PEOPLE_ROLES
            and key[1:] == (dimension, currency)
        ]
        if len(roles) == 1:
            found[roles[0]] = sorted(found[roles[0]] + general, key=lambda m: m.start)
            del found[(concept, dimension, currency)]


def _fold_general(found: dict[tuple[str, str, str | None], list[Measurement]]) -> None:
    """Mentions by a general word ("the 2,100 animals", "the £14m structure") join the one
    group of a more specific noun it covers ("1,200 dairy cattle", "a £4m footbridge") of the
    same relation, event verb, dimension and currency, when every one of them points back
    (is definite). A general word covering two groups (cattle and sheep) may name their sum."""
    for key, general in list(found.items()):
        if key not in found or not all(
            m.reading is not None and m.reading.definite for m in general
        ):
            continue
        relation, word, verb = _concept_parts(key[0])
        covered = [
            other
            for other in found
            if other != key
            and other[1:] == key[1:]
            and _concept_parts(other[0])[::2] == (relation, verb)
            and covers(word, _concept_parts(other[0])[1])
        ]
        if len(covered) == 1:
            target = covered[0]
            found[target] = sorted(found[target] + general, key=lambda m: m.start)
            del found[key]


def _concept_parts(concept: str) -> tuple[str, str, str]:
    """'count:animal|cull' -> ('count', 'animal', 'cull'); 'label:structure' -> ('label',
    'structure', '')."""
    relation, _, rest = concept.partition(":")
    word, _, verb = rest.partition("|")
    return relation, word, verb


def _owners_differ(ra: Reading, rb: Reading, strict: bool) -> bool:
    if not ra.owner or not rb.owner or ra.owner[:5] == rb.owner[:5]:
        return False
    # "Kyiv says its forces ...": an owner read through a pronoun is a guess
    return strict or not (ra.owner_by_pronoun or rb.owner_by_pronoun)


# words that say "at present" rather than "another thing": a comparison may carry them
_SOFT_CONTRAST = {"now", "since", "already", "still"}


def _why(a: Measurement, b: Measurement) -> str:
    ra, rb = a.reading, b.reading
    what = {"label": "the same thing", "event": "the same event", "count": "the same count"}
    parts = []
    if ra is not None and rb is not None:
        concept = (
            f"'{ra.words}' and '{rb.words}'"
            if ra.words.lower() != rb.words.lower()
            else f"'{ra.words}'"
        )
        parts.append(f"{what[ra.relation]} ({concept}: {ra.key})")
    owners = {r.owner for r in (ra, rb) if r is not None and r.owner}
    parts.append(f"owner {'/'.join(sorted(owners))}" if owners else "no other owner named")
    places = frozenset().union(*(r.places for r in (ra, rb) if r is not None))
    if places:
        parts.append(f"place {'/'.join(sorted(places))}")
    scopes = {s.describe() for s in (a.scope, b.scope) if s}
    parts.append(f"time {'; '.join(sorted(scopes))}" if scopes else "no other time named")
    parts.append("no contrast word")
    return ", ".join(parts)


# -- building ------------------------------------------------------------------------------


def build(analysis: Analysis) -> Measurements:
    quantities = analysis.quantities
    sentence_starts = [s.start for s in analysis.sentences]
    paragraph_starts = [p.start for p in analysis.paragraphs]
    shells = []
    for i, q in enumerate(quantities):
        converts, per = _converts(q, i, quantities), _per(q, analysis.text)
        shells.append(
            Measurement(
                index=i,
                quantity=q,
                role=_role(q, converts, per, analysis.text),
                sentence=max(0, bisect.bisect_right(sentence_starts, q.start) - 1),
                paragraph=max(0, bisect.bisect_right(paragraph_starts, q.start) - 1),
                scope=Scope(),
                converts=converts,
                per=per,
            )
        )
    wanted = worth_reading(shells, analysis.text, sentence_starts)
    if not wanted:
        return Measurements(analysis, shells)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i in sorted(wanted):
        by_sentence[shells[i].sentence].append(i)
    published = analysis.article.published
    sentences = [analysis.sentences[s] for s in by_sentence if s < len(analysis.sentences)]
    analysis.parse_ahead(sentences)
    for s, indices in by_sentence.items():
        if s >= len(analysis.sentences):
            continue
        sentence = analysis.sentences[s]
        doc, offset = analysis.parsed_tokens(sentence)
        for i in indices:
            m = shells[i]
            fact = read_fact_line(analysis.text, m.quantity)
            if fact is not None:  # a fact box's line: its label alone says what it measures
                shells[i] = _with(m, fact, Scope(), frozenset({fact.noun or fact.key}))
                continue
            reading = read_figure(doc, offset, m.quantity)
            if reading is None and s == 0 and _is_headline(analysis.text, sentence):
                reading = read_headline(doc, offset, m.quantity)
            clause = _clause(doc, offset, sentence, m.quantity)
            start, end = clause[0][0], clause[-1][1]
            part = _part_of_more(analysis.text, m.quantity, (start, end)) or part_of_whole(
                analysis.text, sentence, m.quantity
            )
            if reading is not None and reading.contrast is None and part:
                reading = replace(reading, contrast=part.group(0).strip().lower())
            if reading is not None:
                # "In all, 870,000 refugees have crossed", "the 1,000 sharks tagged so far",
                # "has raised $62m since it launched"
                told = ALL_TOLD.search(analysis.text, sentence.start, sentence.end)
                running = told is not None or _since(doc, offset, m.quantity)
                reading = replace(reading, running_total=running)
            scope = scope_of(analysis.text, clause, published)
            shells[i] = _with(m, reading, scope, frame_of(doc, offset, m.quantity))
    _introductions(shells)
    return Measurements(analysis, shells)


def _part_of_more(text: str, q: Quantity, clause: tuple[int, int]) -> re.Match[str] | None:
    """A word in the figure's clause that makes it a part of a larger measure; "including"
    and its kind only before the figure ("1,300 civilians, including 190 children" is the
    whole)."""
    for m in PART_OF_MORE.finditer(text, *clause):
        if m.start() < q.start or m.group(0).lower() not in _PARTS_AFTER:
            return m
    return None


_PARTS_AFTER = {"including", "of which", "among them"}


def part_of_whole(text: str, sentence: Span, q: Quantity) -> re.Match[str] | None:
    """A count that is a part of a whole named elsewhere ('Of the people stranded, 2,400
    ...', '4,100 of them'), not a restatement of it ("500 sq km of the valley floor" is no
    part)."""
    if q.kind != "count":
        return None
    opening = text[sentence.start : q.start]
    return (
        PART_BY_PRONOUN.match(text, q.end)
        or PART_BY_NOUN.match(text, q.end)
        or OPENS_WITH_PRONOUN.match(opening)
        or OPENS_WITH_NOUN.match(opening)
    )


def _introductions(items: list[Measurement]) -> None:
    """'A new £350m hospital' on the first mention of its class introduces the thing; "new"
    marks another thing only after one was named ("the £2m scheme ... a new £4m scheme")."""
    seen: set[str] = set()
    for i, m in enumerate(items):
        r = m.reading
        if r is None:
            continue
        if r.contrast == "new" and r.key not in seen:
            items[i] = _with(m, replace(r, contrast=None), m.scope)
        seen.add(r.key)


def _with(
    m: Measurement, reading: Reading | None, scope: Scope, frame: frozenset[str] | None = None
) -> Measurement:
    return Measurement(
        index=m.index,
        quantity=m.quantity,
        role=m.role,
        sentence=m.sentence,
        paragraph=m.paragraph,
        scope=scope,
        reading=reading,
        converts=m.converts,
        per=m.per,
        frame=m.frame if frame is None else frame,
    )


def _role(q: Quantity, converts: int | None, per: str | None, text: str) -> Role:
    if q.kind == "comparison":
        return "comparison"
    if converts is not None:
        return "conversion"
    if q.change is not None or q.direction is not None:
        return "change"
    # the cheap tests first: a change ends in "to", "from" or "by" before the figure
    before = max(0, q.start - 40)
    window = text[before : q.start]
    if (
        (" to " in window or " from " in window or " by " in window)
        and _TO_FROM_BY.search(window)
        and _CHANGED_TO.search(_UP_TO.sub(" ", window))
    ):
        return "change"
    if per:
        return "rate"
    if q.kind == "percent":
        return "share"
    return "total"


def _per(q: Quantity, text: str) -> str | None:
    """The period a figure is counted per: "£2.4m a year", "274 million litres every day",
    "100 billion litres of drinking water a year"."""
    if q.per:
        return q.per
    m = _PER_PERIOD.match(text, q.end)
    if m:
        return m.group("period").lower()
    # "every hour Wivenhoe is letting out enough water to fill 4,800 pools"
    before = _EVERY_PERIOD.search(text, max(0, q.start - 60), q.start)
    if before and not re.search(r"\d|[.!?;\n]", text[before.end() : q.start]):
        # not when "every day" sits in a relative clause closed before the figure: "Frontier
        # workers, who cross the border each day, held 15,300 of those jobs"
        opened = _RELATIVE_OPENED.search(text, max(0, before.start() - 80), before.start())
        if not (opened and "," in text[before.end() : q.start]):
            return before.group("period").lower()
    return None


_RELATIVE_OPENED = re.compile(r",\s+(?:who|which|whose|where|that)\b[^.!?;,\n]*$", re.I)


def _converts(q: Quantity, i: int, quantities: list[Quantity]) -> int | None:
    j = q.conversion_of
    if j is None or not 0 <= j < i or quantities[j].end > q.start:
        return None
    return j


def in_headline(analysis: Analysis, m: Measurement) -> bool:
    """Is the figure in the article's headline (its first line, standing alone)?"""
    return (
        m.sentence == 0
        and bool(analysis.sentences)
        and _is_headline(analysis.text, analysis.sentences[0])
    )


def _is_headline(text: str, sentence: Span) -> bool:
    """The article's first line standing alone, without a full stop: a headline."""
    line = text[sentence.start : sentence.end].strip()
    after = text[sentence.end : sentence.end + 2]
    return (
        "\n" not in line
        and not line.endswith((".", "!", "?", '"', "”"))
        and (after.startswith("\n") or not after)
    )


# the verb's own modifiers that can carry a time ("on Sunday", "last year", "since 2019")
_VERB_TIME = ("npadvmod", "prep", "advmod", "tmod", "obl", "nsubj", "nsubjpass", "agent")


def _clause(doc: Doc | DocSpan, offset: int, sentence: Span, q: Quantity) -> list[tuple[int, int]]:
    """The characters that say when the figure holds: its own phrase (with its clauses: "who
    have waited since 2019") and the direct modifiers of the verb it hangs on ("on Sunday",
    "last year"), not other clauses of the sentence ("... had returned on Monday"). Each piece
    is a subtree, read from its edges (a parse is projective: a subtree is one stretch)."""
    root = figure_root(figure_tokens(doc, offset, q))
    if root is None:
        return [(sentence.start, sentence.end)]
    phrase = root
    while phrase.head.i != phrase.i and phrase.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        phrase = phrase.head
    pieces = [_stretch(phrase, offset)]
    verb = next((t for t in phrase.ancestors if t.pos_ in ("VERB", "AUX")), None)
    # "the 320 people evacuated could go home on Monday": a phrase with its own event is
    # dated by that event, not by what the sentence says of it afterwards
    own_event = any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in phrase.children)
    if verb is not None and not own_event:
        pieces.append((offset + verb.idx, offset + verb.idx + len(verb.text)))
        pieces += [
            _stretch(c, offset)
            for c in verb.children
            if c.dep_ in _VERB_TIME and not _compares_other(c, root)
        ]
        pieces += _when_antecedent(verb, offset)
    return sorted(pieces)


# the words that open a comparison with another figure: "compared with 120 last year",
# "more than in 2019", "up from 600 a year earlier"
_COMPARING = frozenset({"compared", "comparing", "than", "versus", "vs", "vs."})


def _compares_other(child: Token, root: Token) -> bool:
    """ "412 cases were notified, compared with a handful in the same period last year": the
    time inside a comparison is the compared figure's, unless the figure itself is in it."""
    if child.left_edge.i <= root.i <= child.right_edge.i:
        return False
    if child.lower_ in _COMPARING:
        return True
    return child.lower_ in ("up", "down") and any(g.lower_ == "from" for g in child.children)


# the words that end a time phrase a "when" clause can restate: "last year, when ...", "in
# 2019, when ...", "on Monday, when ..."
_TIME_HEADS = frozenset(
    {"year", "month", "week", "weekend", "summer", "winter", "spring", "autumn", "season"}
    | {"decade", "quarter", "term", *WEEKDAY_NAMES, *(m.lower() for m in FULL_MONTHS)}
)


def _when_antecedent(verb: Token, offset: int) -> list[tuple[int, int]]:
    """ "up from 2,750 last year, when the event raised £368,000": a clause opened by "when"
    right after a time phrase holds at that time, wherever the parser hangs it."""
    marker = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
    if marker is None or marker.i < 2 or marker.nbor(-1).text != ",":
        return []
    last = marker.nbor(-2)
    if last.lower_ not in _TIME_HEADS and not YEAR.fullmatch(last.text):
        return []
    # the phrase up to its head ("in May", "last year"), never the clause hung on it
    phrase = last.head if last.dep_ == "pobj" else last
    return [(offset + phrase.left_edge.idx, offset + last.idx + len(last.text))]


def _since(doc: Doc | DocSpan, offset: int, q: Quantity) -> bool:
    """The verb the figure hangs on counts up from a start: "has raised $62m since it
    launched", "since June" (not a record's "the biggest spend it has made since 2012",
    whose "since" hangs on another verb)."""
    root = figure_root(figure_tokens(doc, offset, q))
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None:
        return False
    # and the verbs of its purpose ("raised $5m to back her since June"), which have no
    # subject of their own
    verbs = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl") and not any(d.dep_ in SUBJECT_DEPS for d in c.children)
    ]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in child.children
        ):
            return True
    return False


def _stretch(token: Token, offset: int) -> tuple[int, int]:
    """The characters of a token's subtree."""
    left, right = token.left_edge, token.right_edge
    return offset + left.idx, offset + right.idx + len(right.text)
