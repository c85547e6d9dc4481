"""Tallies: every count (and area) of the article read for what it counts, what happened to
the things counted, whose they are and whether it names itself a part, so that one mechanism
can pair any whole with any parts anywhere in the article.

A tally is read from the parse of its own sentence, without a list of trigger phrases:

- its concept: the counted noun ("4,200 claims"), the noun of its partitive ("1,420 of the
  current vacancies"), or, for a figure that names no noun ("1,450 were rejected",
  "Whitlock's 812", "and American Airlines 410"), the noun of the figure before it in the
  sentence; an area's concept is its dimension;
- its outcome: the verb it is the subject or object of ("claims had been settled"), with the
  verb's manner adverbs ("partially damaged");
- its owner: a possessor or the verb's subject ("United Airlines cancelled 780 flights",
  "Imports made up 780,000 TEUs");
- its marks: a part by its partitive ("of them", "of the total", "among those killed"), a part
  outside the others ("a further", "the remaining"), a total ("a total of", "in all"), or a
  figure of another time or a comparison ("down from 1,610").

The verdicts on whole and parts live in ``wholes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, printed, with_approx
from newslint.extract.noun_classes import noun_class
from newslint.measurements.lexicon import COMPASS_PARTS, VERB_CLASS
from newslint.measurements.phrase_words import across_lines, verb_lemma
from newslint.measurements.reading import counted_class, figure_root, figure_tokens
from newslint.measurements.table import ALL_TOLD

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.measurements.model import Measurement
    from newslint.measurements.table import Measurements
    from newslint.report.model import Span

_NOUNS = ("NOUN", "PROPN")
_PLACE_PREPS = {"in", "across", "at", "throughout", "outside", "within", "around", "on"}
_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore",
           "crores", "dozen", "m", "bn", "k"}  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_ANAPHORS = {"them", "those", "these", "whom", "which", "they"}
# words that set a figure outside the parts said before it: "a further 1,450 claims"
_BESIDES = {"further", "another", "additional", "remaining", "rest", "other", "extra", "more"}
# a sentence that spreads its figures over the whole country or world: "Nationwide, United
# cancelled 1,100 flights, Southwest 800 ..."
_WIDE_PLACES = {"nationwide", "nationally", "countrywide", "worldwide", "globally", "statewide"}
# a total said as such: "a total of 1,842", and the running totals ("in all", "so far")
_TOTAL = re.compile(rf"\b(?:a total of)\b|{ALL_TOLD.pattern}", re.I)
# a figure of another time or a comparison: "down from 1,610", "than 900", "compared with"
_COMPARED = re.compile(
    r"\b(?:from|than|compared (?:with|to)|against|versus|vs\.?)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$",
    re.I,
)
_EARLIER = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:a year earlier|the year before|the previous|last year|a year ago|"
    r"in the same period|earlier)\b",
    re.I,
)

# a figure for each of several: "share eight nominations each", "12 apiece"
_EACH = re.compile(r"^(?:\s+[\w-]+){0,3}\s+(?:each|apiece|a head|per head)\b", re.I)


@dataclass(frozen=True)
class Tally:
    measurement: Measurement
    sentence: int
    concept: str  # the counted noun's lemma, or "area" / "money:<currency>"
    nouns: frozenset[str]  # the lemmas it could be named by: noun, its class, derivations
    outcome: str | None  # the verb of what happened to the things counted
    manner: frozenset[str]  # the outcome's adverbs and the noun's adjectives
    owner: str | None  # a possessor or the outcome's subject: "united airlines", "import"
    owner_is_name: bool
    partitive: str | None  # "of the total", "of them", "among those": the part names a whole
    # what the partitive's noun says of itself: "in" for "of the bridges in the county", the
    # verb of "of the bridges inspected"
    partitive_says: frozenset[str]
    # "318 of the 865 delegates": the offset of the figure the partitive names as its whole
    own_whole: int | None
    places: frozenset[str]  # "sold 350 homes across the region": region
    # the compass part of a place it is said to lie in: "in northern Ontario" -> (north, ontario)
    regions: frozenset[tuple[str, str]]
    spread: bool  # the place is one the figure spreads over: "across the region", "nationwide"
    besides: str | None  # "further", "remaining": outside the parts said before it
    # "visiting his son, and leaves four other children": the set "other" goes on from is
    # named in its own sentence without a figure
    besides_uncounted: bool
    total: bool  # "a total of 1,842 ballots"
    # "down from 1,610", "eight each": another time, a comparison or a figure for each of
    # several, no whole or part
    compared: bool
    planned: bool  # "meant to train 4.5 lakh", "will hire 300": a target, not a count
    head: int  # the token the figure hangs on (for coordination within the sentence)
    verb_token: int | None

    @property
    def quantity(self):  # type: ignore[no-untyped-def]
        return self.measurement.quantity

    def lowest(self) -> Interval:
        q = self.quantity
        if q.approx in ("<", "<="):
            return Interval(0.0, 0.0)
        return with_approx(printed(q), q.approx)

    def highest(self) -> Interval:
        q = self.quantity
        if q.approx in (">", ">="):
            return Interval(q.value or 0.0, float("inf"))
        return with_approx(printed(q), q.approx)


def tallies(measurements: Measurements) -> list[Tally]:
    """Every count and area of the article, read from its sentence's parse, in text order."""
    analysis = measurements.analysis
    wanted = [m for m in measurements if _countable(m)]
    sentences = analysis.sentences
    analysis.parse_ahead([sentences[s] for s in sorted({m.sentence for m in wanted})])
    found: list[Tally] = []
    for m in wanted:
        doc, offset = analysis.parsed_tokens(sentences[m.sentence])
        tokens = figure_tokens(doc, offset, m.quantity)
        after = m.sentence > 0 and _about_the_figures(analysis.text, sentences[m.sentence - 1])
        tally = _read(m, tokens, offset, analysis.text, found, after)
        if tally is not None:
            found.append(tally)
    return found


def _countable(m: Measurement) -> bool:
    q = m.quantity
    if q.value is None or q.change is not None or q.low is not None or m.role in ("change",):
        return False
    if q.kind == "count":
        return q.unit in (None, "")
    return q.kind == "measure" and q.dimension == "area"


# a sentence about the count itself, not about other things: "The figures, compiled by ..."
_ABOUT_FIGURES = re.compile(
    r"\s*(?:The|These|Those|Its|Their)\s+(?:figures?|data|numbers|statistics|count|tally|"
    r"totals?|estimates?)\b"
)


def _about_the_figures(text: str, sentence: Span) -> bool:
    return bool(_ABOUT_FIGURES.match(text, sentence.start, sentence.end))


def _read(
    m: Measurement,
    tokens: list[Token],
    offset: int,
    text: str,
    before: list[Tally],
    after_figures_said: bool = False,
) -> Tally | None:
    root = figure_root(tokens)
    if root is None or _an_age(root):
        return None
    q = m.quantity
    inside = {t.i for t in tokens}
    noun = _counted_noun(root, inside)
    of_noun, partitive = _partitive(root if noun is None else noun, root)
    lemma = _lemma(noun) if noun is not None else None
    if q.kind == "measure":
        lemma = "area"
    elif partitive and of_noun is not None and of_noun.lower_ not in ("total", *_ANAPHORS):
        lemma = lemma or _lemma(of_noun)
    inherited = None
    pointed = of_noun is not None and of_noun.lower_ in _ANAPHORS
    # "Of those taken into custody, 184 ...": the pronoun's clause names the whole's event
    by_event = _whole_by_event(of_noun, before, m) if pointed else None
    if lemma is None and by_event is not None:
        inherited, lemma = by_event, by_event.concept
    if lemma is None:
        if not (pointed or _stands_alone(root)):
            return None
        # "3,150 farm fires ... The figures come as ... Punjab accounted for 2,300 of them"
        inherited = _named_before(m, before, reach=2 if pointed and after_figures_said else 1)
        if inherited is None:
            return None
        lemma = inherited.concept
    anchor = _total_of(noun or root)
    verb = _outcome(anchor)
    owner, is_name = _owner(anchor, root, verb, inside)
    clause = text[max(0, q.start - 40) : q.start]
    return Tally(
        measurement=m,
        sentence=m.sentence,
        concept=lemma,
        nouns=_names_of(lemma, noun, q.counted),
        outcome=_lemma(verb) if verb is not None else (inherited.outcome if inherited else None),
        manner=_manner(verb, noun),
        owner=owner,
        owner_is_name=is_name,
        partitive=partitive,
        partitive_says=_says(of_noun, by_event is not None) if partitive else frozenset(),
        own_whole=(
            by_event.quantity.start
            if by_event is not None
            else _own_whole(of_noun, noun or root, offset)
            if partitive
            else None
        ),
        places=_places(anchor, verb),
        regions=_regions(anchor, verb),
        spread=any(
            c.dep_ == "prep" and c.lower_ in ("across", "throughout")
            for t in (anchor, verb)
            if t is not None
            for c in t.children
        )
        or any(t.lower_ in _WIDE_PLACES for t in root.sent),
        besides=_besides(anchor, root),
        besides_uncounted=_besides(anchor, root) is not None and _after_uncounted(root, lemma),
        total=bool(_TOTAL.search(text, max(0, q.start - 14), min(len(text), q.end + 40)))
        and not partitive,
        compared=bool(_COMPARED.search(clause))
        or bool(_EARLIER.match(text, q.end))
        or bool(_EACH.match(text, q.end)),
        planned=_planned(verb),
        head=anchor.i,
        verb_token=verb.i if verb is not None else None,
    )


def _counted_noun(root: Token, inside: set[int]) -> Token | None:
    if root.lower_ in _SCALES and root.head.i > root.i:
        # "1.5 lakh homes", "1.2 million units"
        return root.head if root.head.pos_ == "NOUN" and root.head.i - root.i <= 7 else None
    if (
        root.pos_ in _NOUNS
        and root.i in inside
        and not root.like_num
        and root.lower_ not in _SCALES
    ):
        return root  # "212,000 acres": the unit is the figure's own last token
    head = root.head
    labels = root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
    if labels and head.pos_ == "NOUN" and 0 < head.i - root.i <= 7 and head.lower_ not in _SCALES:
        # (not the next line's label: "Attempted murder: 6,512 / Sexual offences: 10,946")
        return None if across_lines(root, head) else head
    return None


EVENT_REACH = 3  # paragraphs between "those arrested" and the count of the arrests, at most


def _whole_by_event(pronoun: Token | None, before: list[Tally], m: Measurement) -> Tally | None:
    """ "NSW Police arrested 148 people ... Of those taken into custody, 184 have been
    charged": the count whose event the pronoun's clause restates (one class of verb: arrest,
    detain, take into custody), the only value of that event a few paragraphs back."""
    if pronoun is None:
        return None
    clause = next((c for c in pronoun.children if c.dep_ in ("acl", "relcl")), None)
    event = VERB_CLASS.get(verb_lemma(clause)) if clause is not None else None
    if event is None:
        return None
    found = [
        t
        for t in before
        if not (t.compared or t.planned)
        and t.outcome is not None
        and VERB_CLASS.get(t.outcome) == event
        and m.paragraph - t.measurement.paragraph <= EVENT_REACH
    ]
    if len({t.quantity.value for t in found}) != 1:
        return None
    return found[-1]


def _named_before(m: Measurement, before: list[Tally], reach: int = 1) -> Tally | None:
    """The count a figure without a noun goes on from: the one before it in its sentence
    ("35,483 houses were destroyed and 1,74,992 partially damaged"), else the last of the
    sentence before ("... received 860 applications. Of these, 540 were approved. A further
    390 were refused."); a figure "of them" may go on past a sentence about the count itself
    ("3,150 farm fires ... The figures come as ... Punjab accounted for 2,300 of them")."""
    if not before or before[-1].sentence < m.sentence - reach:
        return None
    return before[-1]


def _stands_alone(root: Token) -> bool:
    """A figure that is itself a subject, an object or a list member ("1,450 were rejected",
    "to Whitlock's 812"), not one inside a phrase ("under the age of 15")."""
    if root.dep_ in (*_SUBJECTS, "dobj", "conj", "appos"):
        return True
    if _gapped_name(root) or _gapped_preposition(root) is not None:
        return True  # "and American Airlines 410": the verb of the clause before, left out
    return root.dep_ == "pobj" and root.head.lower_ == "to"


def _gapped_name(root: Token) -> bool:
    """ "United Airlines cancelled 780 flights and American Airlines 410": the figure hangs on
    a name joined to the verb of the clause before, whose verb and noun it leaves out."""
    name = root.head
    if root.dep_ != "nummod" or name.pos_ != "PROPN" or root.i < name.i:
        return False
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and _has_figure(name.head):
        name = name.head  # "..., WestJet 640 and Porter 290": the list's first name
    if name.dep_ == "conj":
        return name.head.pos_ == "VERB"
    # "cancelled 1,120 flights, WestJet 640 ...": the parser hangs the name on the noun
    return name.dep_ == "appos" and name.head.pos_ == "NOUN" and _has_figure(name.head)


def _an_age(root: Token) -> bool:
    """ "four children: Anna Reid, 31; Ben, 28": a figure set off by a comma after a name is
    what the name is (an age), never a count of the thing counted before."""
    name = root.head
    between = root.doc[name.i + 1 : root.i]
    return (
        root.dep_ == "appos"
        and name.pos_ == "PROPN"
        and name.i < root.i
        and any(t.is_punct for t in between)
    )


def _gapped_preposition(root: Token) -> Token | None:
    """ "Punjab accounted for 2,300 of them, Haryana for 1,100": the name before a repeated
    preposition whose first use in the sentence carried a figure."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0:
        return None
    # the parser hangs "for 1,100" on the verb, with the name beside it, or on the name
    name = prep.head if prep.head.pos_ == "PROPN" else root.doc[prep.i - 1]
    if name.pos_ != "PROPN" or name.dep_ in _SUBJECTS or name.i != prep.i - 1:
        return None
    earlier = [
        t
        for t in root.sent
        if t.dep_ == "prep"
        and t.lower_ == prep.lower_
        and t.i < name.i
        and any(o.dep_ == "pobj" and o.like_num for o in t.children)
    ]
    return name if earlier else None


def _has_figure(token: Token) -> bool:
    return any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _total_of(noun: Token) -> Token:
    """ "A total of 412 cases were notified": the cases stand where "total" stands."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in ("total", "number", "sum"):
        return of.head
    return noun


def _partitive(anchor: Token, root: Token) -> tuple[Token | None, str | None]:
    """'1,420 of the current vacancies', '341 of them', 'among those killed', 'of the total'.
    An "of" on the counted noun is a partitive only with "the total" or a pronoun ("55,000
    staff of the combined companies" is whose they are); its noun is plural ("4,000 of its
    first hybrid" counts units of one model)."""
    for token in {anchor.i: anchor, root.i: root}.values():
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "among"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                det = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
                if obj.lower_ in _ANAPHORS:
                    return obj, f"{prep.lower_} {obj.lower_}"
                on_noun = token.i == anchor.i and not anchor.like_num
                if on_noun and obj.lower_ != "total":
                    continue
                plural = obj.tag_ in ("NNS", "NNPS") or obj.lower_ == "total"
                named = det & {"the", "its", "their", "these", "those", "all", "his", "her"}
                if plural and named:
                    return obj, f"{prep.lower_} {min(named)} {obj.lower_}"
    listed = _list_partitive(anchor)
    if listed is not None:
        return listed
    # "29 children and 41 women were among those killed", "Of this year's cases, 276 were":
    # the clause's own "among" or opening "of"
    subject = anchor.head if anchor.dep_ == "conj" else anchor
    verb = subject.head if subject.dep_ in _SUBJECTS else None
    if verb is not None:
        for prep in verb.children:
            opening = prep.lower_ == "of" and prep.i < subject.i
            if prep.dep_ == "prep" and (prep.lower_ == "among" or opening):
                among = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if among is not None:
                    return among, f"{prep.lower_} {among.lower_}"
    return None, None


def _list_partitive(anchor: Token) -> tuple[Token, str] | None:
    """ "killing 47 people, among them 31 women and 19 children": the pronoun partitive on a
    list's first noun names the whole of every member of the list."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        first = first.head
    # the parser hangs the partitive on the list's first noun or on the verb over the list
    # ("among them 70 women": or both nouns are the preposition's objects)
    for prep in (*first.children, *first.head.children, first.head):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among") and prep.i < first.i:
            for obj in prep.children:
                # the pronoun right before the list: "among them 22 men and ..."
                if obj.dep_ == "pobj" and obj.lower_ in _ANAPHORS and _opens(obj, first):
                    return obj, f"{prep.lower_} {obj.lower_}"
    return None


def _opens(pronoun: Token, noun: Token) -> bool:
    """The pronoun stands right before the noun's own phrase ("them 22 men")."""
    between = pronoun.doc[pronoun.i + 1 : noun.i]
    return pronoun.i < noun.i and all(t.head.i == noun.i and not t.is_punct for t in between)


def _own_whole(of_noun: Token | None, anchor: Token, offset: int) -> int | None:
    """The figure the partitive names as the part's whole: its own ("of the 865 delegates"),
    or, for a pronoun, the last figure before it in the sentence outside the part's own list
    ("More than 60 were wounded, among them 35 women": the 60, not a count said before)."""
    if of_noun is None or of_noun.lower_ not in _ANAPHORS:
        return _figure_on(of_noun, offset)
    listed = {anchor.i, *(t.i for t in anchor.conjuncts)}
    before = [
        t
        for t in of_noun.sent
        if t.i < of_noun.i
        and t.like_num
        and t.pos_ == "NUM"
        and t.head.i not in listed
        and t.i not in listed
    ]
    return before[-1].idx + offset if before else None


def _figure_on(noun: Token | None, offset: int) -> int | None:
    """The figure a partitive's noun carries ("of the 865 delegates"): the part's own whole."""
    if noun is None:
        return None
    figure = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    return figure.idx + offset if figure is not None else None


def _places(anchor: Token, verb: Token | None) -> frozenset[str]:
    """The nouns of the place phrases on the counted noun and its verb (not dates)."""
    found = set()
    for token in (anchor, verb):
        for prep in token.children if token is not None else ():
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in _NOUNS and not obj.ent_type_:
                        found.add(obj.lemma_.lower())
                    elif obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
                        found.add(obj.lower_)
    return frozenset(found)


def _regions(anchor: Token, verb: Token | None) -> frozenset[tuple[str, str]]:
    """ "Nine were in northern Ontario and seven in eastern Ontario": (north, ontario) and
    (east, ontario), read on the place phrases of the figure and its verb: two parts of one place
    by the compass do not meet."""
    found = set()
    for token in (anchor, verb):
        for prep in token.children if token is not None else ():
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")]
                found |= {(COMPASS_PARTS[w], obj.lower_) for w in words if w in COMPASS_PARTS}
    return frozenset(found)


def _says(noun: Token | None, event_named: bool = False) -> frozenset[str]:
    """What the partitive's noun says of itself; when its clause names the whole's event
    ("those taken into custody"), the words of the event are the tie itself, not a narrowing
    (but "those arrested over the whole season" still says more)."""
    if noun is None:
        return frozenset()
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    preps = [c for t in (noun, *clauses) for c in t.children if c.dep_ == "prep"]
    event: set[str] = set()
    if event_named and clauses:
        event = set(verb_lemma(clauses[0]).split())
        preps = [c for c in preps if not any(o.lower_ in event for o in c.children)]
        event.add(clauses[0].lemma_.lower())
    said = {c.lemma_.lower() for c in clauses} | {c.lower_ for c in preps}
    return frozenset(said - event)


def _outcome(anchor: Token) -> Token | None:
    """The verb of what happened to the things counted: subject, object or a clause on them."""
    own = next(
        (
            c
            for c in anchor.children
            if c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB" and c.lower_ not in _BESIDES
        ),
        None,
    )
    if own is not None:
        return own  # "the 90 schools surveyed", "and 1,310 partially damaged"
    token = anchor
    if token.dep_ == "conj" and token.head.pos_ in _NOUNS:
        token = token.head  # "29 children and 41 women were ...": the first noun's verb
    verb: Token | None
    if token.dep_ in (*_SUBJECTS, "dobj", "attr"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
        verb = token.head.head  # "accounted for 1,240"
    elif token.dep_ == "conj" and token.head.pos_ == "VERB":
        verb = token.head  # "and American Airlines 410": the gapped verb
    else:
        verb = next((c for c in token.children if c.dep_ in ("acl", "relcl")), None)
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        return verb
    return None


def _planned(verb: Token | None) -> bool:
    """An infinitive or a modal's verb: what is meant, expected or hoped, not what happened."""
    if verb is None:
        return False
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)


def _manner(verb: Token | None, noun: Token | None) -> frozenset[str]:
    words = set()
    if verb is not None:
        words |= {c.lemma_.lower() for c in verb.children if c.dep_ == "advmod" and c.pos_ == "ADV"}
    if noun is not None:
        words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    return frozenset(words - _BESIDES)


def _owner(
    anchor: Token, root: Token, verb: Token | None, inside: set[int]
) -> tuple[str | None, bool]:
    """A possessor ("Whitlock's 812"), the name a gapped figure hangs on ("and American
    Airlines 410"), or the outcome's subject ("Imports made up ...")."""
    for token in (root, anchor):
        for child in token.children:
            if child.dep_ == "poss" and child.i not in inside and child.pos_ == "PROPN":
                return _name(child), True
    if root.head.pos_ == "PROPN" and root.dep_ in ("nummod", "appos"):
        return _name(root.head), True  # ("Tiffany, 22" is an age: no tally, see _an_age)
    gapped = _gapped_preposition(root)
    if gapped is not None:
        return _name(gapped), True
    if verb is None:
        return None, False
    for child in verb.children:
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and child.i not in (anchor.i, anchor.head.i)
            and child.i not in inside
        ):
            if child.pos_ == "PROPN":
                return _name(child), True
            named = _counted_subject(child)
            if named is not None:
                return _name(named), True
            if child.pos_ == "NOUN":
                return _lemma(child), False
    return None, False


def _counted_subject(subject: Token) -> Token | None:
    """A subject noun with a figure of its own and a name joined to it ("Smith won 19 seats
    and Jones won 12" parsed as "19 seats and Jones" won 12): the counted noun belongs to the
    clause before, the name is the subject."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)


def _name(token: Token) -> str:
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, token]).lower()


def _besides(anchor: Token, root: Token) -> str | None:
    for token in (anchor, root):
        for child in token.children:
            if child.dep_ in ("amod", "advmod", "det", "quantmod") and child.lower_ in _BESIDES:
                return child.lower_
    return None


def _after_uncounted(root: Token, lemma: str) -> bool:
    """A noun of the figure's kind earlier in its sentence that carries no figure and is not
    the one acting ("his son, and leaves four other children", not "Staff placed ... 45
    other families"): the set the figure is said to be outside of."""
    kind = noun_class(lemma)
    for token in root.sent:
        if token.i >= root.i:
            return False
        same = token.lemma_.lower() == lemma or (
            kind is not None and noun_class(token.lemma_.lower()) == kind
        )
        counted = any(c.like_num for c in token.children)
        if (
            token.pos_ == "NOUN"
            and same
            and not counted
            and token.dep_ not in (*_SUBJECTS, "compound", "poss")
        ):
            return True
    return False


def _names_of(lemma: str, noun: Token | None, counted: str | None) -> frozenset[str]:
    """The lemma, its counted class, and the initials of a written-out unit ("twenty-foot
    equivalent units" -> "teu")."""
    names = {lemma, counted_class(lemma)}
    if counted:
        words = counted.lower().split()
        if len(words) >= 2:
            names.add("".join(w[0] for w in words))
            names.add(words[-1].rstrip("s"))
    if noun is not None:
        names |= {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
    return frozenset(names)


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.pos_ != "PROPN" else token.lower_.rstrip("s")
