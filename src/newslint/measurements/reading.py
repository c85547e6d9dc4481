"""What one figure measures, read from the parse of its sentence.

``read_figure`` climbs from the figure's tokens to what they hang on:

- a noun the figure labels: "the £4.2m scheme", "a 41,000-capacity arena" (through the
  attribute noun "capacity" to "arena"), "the park, twice the size of Greater London";
- the subject of a verb that states an attribute: "the bridge will cost £45m", "the park
  covers 30 sq km" (the bridge, the park);
- an event verb: "recaptured 2,300 square miles", "the 5,100 hectares burned";
- for a count, its counted noun and the verbs qualifying it: "8,200 patients who have waited
  more than a year" (patient, wait, {wait, more, year});

and records whose it is (a named subject, possessor or agent) and the names qualifying it
("the scheme in York"), both read by ``owners.py``, whether the mention points back ("the £9.1m scheme") and any word in its
immediate phrase that makes it another thing or another time ("a separate scheme",
"originally expected to cost").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import (
    ATTRIBUTE_NOUNS,
    ATTRIBUTE_VERBS,
    COUNTED_CLASSES,
    GENERIC_COUNTED,
    GENERIC_NOUNS,
    LAND_NOUNS,
    LIMIT_NOUNS,
    NOUN_CLASS,
    ONE_OF_MANY,
    VERB_CLASS,
)
from newslint.measurements.owners import (
    SUBJECT_DEPS,
    owner_of_noun,
    owner_of_verb,
    place_names,
    whose,
)
from newslint.measurements.phrase_words import (
    ANOTHER_TIME,
    BARE_DEPS,
    DEFINITE,
    NOUNS,
    clauses_on,
    contrast_near,
    counted_class,
    event_qualifiers,
    is_definite,
    lemma_of,
    other_thing,
    phrase_of,
    qualifier_words,
    qualifying_verbs,
    the_before,
    verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newslint.report.model import Quantity

_MODIFIER_DEPS = ("compound", "nmod", "amod", "nummod", "quantmod", "npadvmod", "poss")
_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "npadvmod", "acomp", "advmod", "dative")
_PATH_PREPS = {"over", "across", "through", "from", "to", "of", "in", "on", "about", "around",
               "for"}  # fmt: skip
_RELATIVE = {"which", "that", "who", "whom"}
_FUNCTION_POS = ("DET", "ADP", "PRON", "AUX", "PART", "PUNCT", "CCONJ", "SCONJ", "SPACE")


@dataclass(frozen=True)
class Reading:
    """What the parse says about one figure (None fields: the parse did not say)."""

    relation: str  # "label" (the £4.2m scheme), "event" (recaptured ...), "count"
    key: str  # the class the concept falls in: "project", "recapture", "patient|wait"
    words: str  # the concept as printed: "scheme", "recaptured", "patients waiting"
    owner: str | None = None
    owner_by_pronoun: bool = False  # "Essex said its scheme": the owner was found through "its"
    places: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    definite: bool = False
    contrast: str | None = None
    noun: str | None = None  # a count's counted noun class, or the labelled noun's class
    verb: str | None = None  # the event verb's class
    # a count's verbs: those of the clauses on its noun ("the 580 pupils who sat the exam"),
    # and with them the verb it is the subject or object of ("2,500 runners took part")
    clause_verbs: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    bare: bool = False  # a count's noun with nothing narrowing it: "its 31,000 students"
    subject: str | None = None  # an event's subject noun class: "the reserve will protect"
    running_total: bool = False  # a count said as a sum to date: "in all", "so far"
    # what makes the figure a part of a larger measure of its kind: a kind of the thing
    # counted ("construction jobs"), whom money came from ("raised $3m from hedge funds")
    kinds: frozenset[str] = frozenset()
    parts: str | None = None  # what a size counts in one thing: "a 150-bedroom hotel"


def figure_tokens(doc: Doc | DocSpan, offset: int, q: Quantity) -> list[Token]:
    """The tokens of a figure in a sentence's tokens (a Doc of its own, or a slice of the
    article's Doc), whose ``idx`` count from ``offset``."""
    # a slice of the article's Doc counts characters from the Doc's start (offset 0)
    piece = doc.doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
    return [t for t in piece if not t.is_space] if piece is not None else []


def figure_root(tokens: list[Token]) -> Token | None:
    """The token of the figure that hangs on something outside it (the last, if several)."""
    roots = _roots(tokens)
    return roots[-1] if roots else None


def counted_head(root: Token) -> Token:
    """The noun a figure's phrase counts, up its modifiers: "63,000 spectators" -> spectators,
    "the 62,000-seat stadium" -> stadium."""
    own = root
    while own.dep_ in ("nummod", "quantmod", "compound", "amod") and own.head.i != own.i:
        own = own.head
    return own


def clause_of(root: Token) -> Token:
    """The verb the figure's phrase hangs on, or the phrase's top when it has none."""
    top = root
    for ancestor in root.ancestors:
        top = ancestor
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return top


def _roots(tokens: list[Token]) -> list[Token]:
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def read_figure(doc: Doc | DocSpan, offset: int, q: Quantity) -> Reading | None:
    tokens = figure_tokens(doc, offset, q)
    root = figure_root(tokens)
    if root is None:
        return None
    inside = {t.i for t in tokens}
    if q.kind == "count":
        return _read_count(root, inside)
    if q.kind == "comparison":
        # "recaptured an area four times the size of ...": the parser may hang "times" on the
        # verb and "the size" elsewhere; the root on a verb says what the comparison measures
        for other in _roots(tokens):
            if other.head.pos_ in ("VERB", "AUX") and other.i != root.i:
                reading = _read_measure(other, inside)
                if reading is not None:
                    return reading
    return _read_measure(root, inside) or _noun_after(tokens, inside)


def _noun_after(tokens: list[Token], inside: set[int]) -> Reading | None:
    """The parse hung the figure elsewhere, but the words right after it are a noun phrase
    it plainly labels: "approved a €12m appeal" parsed with "12" as the object."""
    doc = tokens[-1].doc
    head = None
    known = None  # a noun of the lexicon the tagger misread: "a £1.5m upgrade" as an adjective
    for t in doc[tokens[-1].i + 1 : tokens[-1].i + 5]:
        if t.pos_ == "NOUN":
            head = t
        elif t.pos_ in ("ADJ", "PROPN") or (t.text == "-" and head is None):
            known = t if known is None and t.lower_ in NOUN_CLASS else known
            continue
        else:
            break
    head = head or known
    if head is None or tokens[0].i == 0 or doc[tokens[0].i - 1].lower_ not in _ARTICLES:
        return None
    return _label_reading(head, inside)


_ARTICLES = {"a", "an", "the", "this", "its", "their", "his", "her", "our"}


# a line of a fact box: "Runs: 7,241", "Total cost: £4.2m", "Highest score: 227*"
_FACT_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<label>[A-Za-z][A-Za-z' -]{0,40}?)[ \t]*:[ \t]*$")
_LINE_END = re.compile(r"[ \t*%]*(?:\n|$)")


def read_fact_line(text: str, q: Quantity) -> Reading | None:
    """A figure alone on a line after its label ("Runs: 7,241"): the label names what it
    measures, whatever the parser made of the lines run together; a fact box sums up the
    story, so its lines point back to what the story told."""
    label = _FACT_LINE.search(text, max(0, q.start - 48), q.start)
    if label is None or not _LINE_END.match(text, q.end):
        return None
    words = label.group("label").strip()
    noun = counted_lemma(words.split()[-1].lower())
    count = q.kind == "count"
    return Reading(
        relation="count" if count else "label",
        key=f"{noun}|-" if count else noun,
        words=words,
        definite=True,
        noun=noun,
        bare=True,
    )


def read_headline(doc: Doc | DocSpan, offset: int, q: Quantity) -> Reading | None:
    """A headline's figure when the parse made nothing of it ("Floods swamp farmland twice
    the size of Greater London" parses as one noun phrase): the event verb written before it."""
    tokens = figure_tokens(doc, offset, q)
    if not tokens or q.kind == "count":
        return None
    forms = _verb_forms()
    for t in reversed([t for t in doc if t.i < tokens[0].i]):
        verb = forms.get(t.lower_)
        if verb is not None:
            return Reading(relation="event", key=verb, words=t.text, definite=True, verb=verb)
    return None


def verb_form_class(word: str) -> str | None:
    """The event class of a written verb form: 'surveyed' -> 'inspect', 'stopped' -> 'stop'."""
    return _verb_forms().get(word.lower())


@cache
def _verb_forms() -> dict[str, str]:
    from newslint.parse import verb_forms

    return {
        form: name
        for lemma, name in VERB_CLASS.items()
        if " " not in lemma
        for form in verb_forms(lemma)
    }


# -- measures, money, comparisons ----------------------------------------------------------


def _read_measure(root: Token, inside: set[int]) -> Reading | None:
    t = root
    # "the 5,100 hectares burned", "the 900 sq km seized by the rebels": a participle on the
    # figure's own noun names the event
    event = _participle(t)
    if event is not None:
        return _event_reading(event, t, inside)
    # "$62 million in assistance", "£2m in new funding": the money is the thing named
    named = _in_what(t, inside)
    if named is not None:
        reading = _label_reading(named, inside)
        # "the $62 million in assistance" points back through the figure's own article
        return replace(reading, definite=the_before(t)) if reading is not None else None
    for _ in range(6):
        # "the reservoir's 2.3 billion litres", "the farm's capacity of 180MW": the figure
        # (or the attribute it climbed to) belongs to the thing named before it
        owner = _possessor(t, inside)
        if owner is not None:
            return _label_reading(owner, inside)
        head = t.head
        if head.i == t.i:
            return None
        if (
            t.dep_ in ("npadvmod", "nmod", "compound", "pobj")
            and head.pos_ in ("ADJ", "ADV")
            and head.lower_ in _DIMENSION_WORDS
        ):
            t = head  # "will be 12 miles long", "is worth $3bn": what is long is the subject
            continue
        if t.dep_ in _MODIFIER_DEPS and head.i > t.i and _noun_like(head, t):
            if lemma_of(head) in ATTRIBUTE_NOUNS:
                t = head  # "a 41,000-capacity arena": capacity of the arena
                continue
            # "a 14-kilometre transmission main": the parse may hang the figure on a noun
            # that only qualifies the thing measured
            while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
                head = head.head
            return _label_reading(head, inside)
        if t.dep_ == "appos" and head.pos_ in NOUNS:
            if lemma_of(head) in ATTRIBUTE_NOUNS or lemma_of(head) in LAND_NOUNS:
                t = head
                continue
            return _label_reading(head, inside)
        if t.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head
            if head.lower_ == "of" and holder.pos_ in NOUNS:
                if lemma_of(holder) in ATTRIBUTE_NOUNS or lemma_of(holder) in LAND_NOUNS:
                    t = holder  # "an area of 300 sq km"
                    continue
                return None
            level = _level_of(holder, head, inside)
            if level is not None:
                return level
            if holder.pos_ in ("VERB", "AUX") and head.lower_ in _PATH_PREPS:
                return _verb_reading(holder, t, inside)
            if holder.pos_ == "VERB" and head.lower_ == "at" and lemma_of(t) in _PRICE_NOUNS:
                return _priced(holder, inside)  # "the bridge was built at a cost of R48m"
            return None
        if head.pos_ in ("VERB", "AUX") and t.dep_ in (*_OBJECT_DEPS, *SUBJECT_DEPS):
            return _verb_reading(head, t, inside)
        climbs = lemma_of(t) in LAND_NOUNS or lemma_of(t) in ATTRIBUTE_NOUNS or t.i in inside
        if climbs and t.dep_ in ("npadvmod", "appos", "conj") and head.pos_ in NOUNS:
            t = head
            continue
        return None
    return None


_PRICE_NOUNS = {"cost", "price", "value", "valuation"}


def _level_of(verb: Token, prep: Token, inside: set[int]) -> Reading | None:
    """'raised the tax threshold to £325,000', 'cut its forecast to $4bn': a verb with an
    object of its own sets that object to the figure; the figure is the object's level, not
    an amount the verb raised or cut ("stripped crops from 250 sq km" names where, not a
    level: only "to" sets one)."""
    if verb.pos_ != "VERB" or prep.lower_ != "to":
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if thing is None or thing.pos_ != "NOUN" or thing.i in inside:
        return None
    measure = lemma_of(thing) in ATTRIBUTE_NOUNS or lemma_of(thing) in GENERIC_NOUNS
    if measure and verb_lemma(verb) not in VERB_CLASS:
        return None  # "bringing its total area to 2,400 sq km": the measure itself, read on
    return _label_reading(thing, inside, verb=verb) or _sized(None, thing)


def _priced(verb: Token, inside: set[int]) -> Reading | None:
    """What a verb done 'at a cost of' is about: its object, else its (passive) subject."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    thing = thing if thing is not None and thing.pos_ == "NOUN" else _subject_noun(verb)
    return _label_reading(thing, inside, verb=verb) if thing is not None else None


_DIMENSION_WORDS = {"long", "high", "tall", "wide", "deep", "thick", "broad", "across", "worth"}


def _possessor(t: Token, inside: set[int]) -> Token | None:
    """A common noun owning the figure, with its own article: 'the reservoir's' (not a name:
    "Kent's £5m" may be any of Kent's sums)."""
    for child in t.children:
        owned = child.dep_ == "poss" and child.pos_ == "NOUN" and child.i not in inside
        if (
            owned
            and lemma_of(child) not in _PEOPLE
            and counted_class(lemma_of(child)) not in COUNTED_CLASSES
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in child.children)
        ):
            return child
    return None


# people own many figures ("the men's 800m", "the team's 38 losses"): never one thing
_PEOPLE = {"man", "woman", "men", "women", "boy", "girl", "child", "team", "side", "club",
           "player", "country", "nation", "city", "town", "region", "government", "council",
           "company", "firm", "family", "group"}  # fmt: skip


def _noun_like(head: Token, figure: Token) -> bool:
    """A noun, or the word right after the figure that the tagger misread ("a 42km greenway
    linking ..." tagged as an adverb)."""
    if head.pos_ in NOUNS:
        return True
    return (
        head.i == figure.i + 1
        and head.is_alpha
        and head.pos_ in ("ADV", "ADJ", "X", "INTJ")
        and head.is_lower
    )


def _in_what(t: Token, inside: set[int]) -> Token | None:
    for child in t.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i not in inside:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.i == child.i + 1 + _mods(obj):
                return obj
    return None


def _mods(noun: Token) -> int:
    """How many words stand between 'in' and its noun ('in new funding': one)."""
    return sum(1 for c in noun.lefts if c.dep_ in ("amod", "compound"))


def _participle(t: Token) -> Token | None:
    for child in t.children:
        clause = child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and child.i > t.i
        if clause and verb_lemma(child) in VERB_CLASS:
            return child
    return None


def _verb_reading(verb: Token, figure: Token, inside: set[int]) -> Reading | None:
    lemma = verb_lemma(verb)
    if lemma in VERB_CLASS:
        return _event_reading(verb, figure, inside)
    if lemma in ATTRIBUTE_VERBS and figure.dep_ not in SUBJECT_DEPS:
        subject = _subject_noun(verb)
        if subject is not None and subject.i not in inside:
            return _label_reading(subject, inside, verb=verb)
        return None
    # "enough water to fill 400 pools", "expected to cost £45m": the verb serves another
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        parent = verb.head
        if verb_lemma(parent) in ATTRIBUTE_VERBS and verb_lemma(verb) in ATTRIBUTE_VERBS:
            subject = _subject_noun(parent)
            if subject is not None and subject.i not in inside:
                return _label_reading(subject, inside, verb=verb)
    return None


def _subject_noun(verb: Token) -> Token | None:
    """The noun a verb's subject names; a relative pronoun stands for the noun it follows
    ("the reservoir, which holds ..."); the cost "of the scheme" is the scheme's."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in NOUNS:
            return verb.head
        if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            return _subject_noun(verb.head)
        return None
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head if verb.head.pos_ in NOUNS else None
    if subject.pos_ not in NOUNS:
        return None
    if lemma_of(subject) in ATTRIBUTE_NOUNS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owned = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return owned if owned is not None and owned.pos_ in NOUNS else None
    return subject


def _label_reading(noun: Token, inside: set[int], verb: Token | None = None) -> Reading | None:
    lemma = lemma_of(noun)
    if lemma in GENERIC_NOUNS or (noun.pos_ == "PROPN" and noun.i in inside):
        return None
    phrase = phrase_of(noun, inside)
    contrast = other_thing(phrase, definite=is_definite(noun))
    if contrast is None and verb is not None:
        contrast = contrast_near(verb, inside)
    first = noun.doc[min(inside) - 1] if inside and min(inside) > 0 else None
    owner, by_pronoun = whose(owner_of_noun(noun, inside))
    return Reading(
        relation="label",
        key=NOUN_CLASS.get(lemma, lemma),
        words=noun.text,
        owner=owner,
        owner_by_pronoun=by_pronoun,
        places=place_names([noun] + ([verb] if verb is not None else []), inside),
        # "a wind farm" is not "the power station" ("energy site" both): the nouns on it
        qualifiers=frozenset(lemma_of(c) for c in noun.children if _compound(c, inside)),
        # "its £5m scheme": the determiner may hang on the figure instead of the noun
        definite=is_definite(noun) or (first is not None and first.lower_ in DEFINITE),
        contrast=contrast,
        noun=NOUN_CLASS.get(lemma, lemma),
    )


def _compound(t: Token, inside: set[int]) -> bool:
    return t.dep_ == "compound" and t.pos_ == "NOUN" and t.i not in inside and t.is_alpha


def _event_reading(verb: Token, figure: Token, inside: set[int]) -> Reading:
    lemma = verb_lemma(verb)
    measured = None if figure.i in inside and _is_comparison(figure) else _measured_noun(figure)
    owner, by_pronoun = whose(owner_of_verb(verb, inside))
    return Reading(
        relation="event",
        key=VERB_CLASS[lemma],
        words=verb.text,
        owner=owner,
        owner_by_pronoun=by_pronoun,
        # "the station at Heathrow recorded ...": the subject's own place phrase counts too
        places=place_names([verb, figure, *_subjects(verb)], inside),
        qualifiers=frozenset({measured}) if measured else frozenset(),
        kinds=_sources(verb, inside),
        definite=True,
        contrast=contrast_near(verb, inside)
        or other_thing(phrase_of(figure, inside), True)
        or _one_of_many(verb),
        verb=VERB_CLASS[lemma],
        subject=_subject_class(verb, inside),
    )


def _sources(verb: Token, inside: set[int]) -> frozenset[str]:
    """Whom an amount came from: "raised $12.7m from drug companies" is a part of all the
    money raised, as a kind of thing counted is a part of all of them."""
    return frozenset(
        lemma_of(obj)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ in NOUNS and obj.i not in inside
    )


def _subject_class(verb: Token, inside: set[int]) -> str | None:
    """The class of an event's subject noun: "the marine reserve will protect" -> "reserve"."""
    subject = _subject_noun(verb)
    if subject is None or subject.i in inside or subject.pos_ != "NOUN":
        return None
    lemma = lemma_of(subject)
    return NOUN_CLASS.get(lemma, lemma)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ in NOUNS]


def _is_comparison(figure: Token) -> bool:
    """'the size of Belgium': the 'of' names the reference, not what was measured."""
    return figure.lemma_.lower() in ("size", "area", "time", "extent", "length", "height")


def _one_of_many(verb: Token) -> str | None:
    """'The largest single fire has burned ...': the subject is one of several, so its
    figure is a part of any total for the event."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    m = ONE_OF_MANY.search(" ".join(t.lower_ for t in subject.subtree))
    return m.group(0) if m else None


def _measured_noun(figure: Token) -> str | None:
    """'2,300 square miles of territory' -> None (land is any land); 'of pine forest' ->
    'forest'; 'crops from 250 sq km' -> None."""
    for child in figure.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in NOUNS:
                    lemma = lemma_of(obj)
                    return None if lemma in ("territory", "land", "ground", "area") else lemma
    return None


# -- counts --------------------------------------------------------------------------------


def _read_count(root: Token, inside: set[int]) -> Reading | None:
    attribute = _attribute_of_count(root, inside)
    if attribute is not None:
        return attribute
    noun = root.head if root.dep_ in ("nummod", "compound", "amod", "quantmod") else None
    if noun is None and root.pos_ == "NUM":
        return _group_by_participle(root)
    if noun is None or noun.pos_ not in NOUNS or noun.i < root.i or noun.i - root.i > 4:
        return None
    lemma = lemma_of(noun)
    if noun.head.pos_ in NOUNS and noun.head.i > noun.i:
        if lemma in ATTRIBUTE_NOUNS:
            # "a 41,000-capacity arena": the arena's capacity, a label like "the £4.2m scheme"
            return _attribute_reading(noun, noun.head, inside)
        if _hyphened(root, noun) and noun.dep_ in ("compound", "amod", "nmod"):
            # "the 1,237-delegate threshold", "a 15-member committee", "650 18-hole courses":
            # the figure sizes the thing named after it, it counts no delegates or holes
            return _size_of(noun, noun.head, inside)
    if lemma in GENERIC_COUNTED:
        return None
    counted = counted_class(lemma)
    verbs = qualifying_verbs(noun)
    verb = next((VERB_CLASS[v] for v in verbs if v in VERB_CLASS), None)
    governing = noun.head if noun.dep_ in ("dobj", *SUBJECT_DEPS) else None
    if (
        verb is None
        and governing is not None
        and governing.pos_ == "VERB"
        and verb_lemma(governing) in VERB_CLASS
    ):
        verb = VERB_CLASS[verb_lemma(governing)]
    contrast = other_thing(phrase_of(noun, inside), is_definite(noun) or the_before(root))
    if contrast is None and governing is not None and VERB_CLASS.get(verb_lemma(governing)) == verb:
        # only the counting event's own words: "could go home" says nothing of the count, nor
        # "hoped to treat" of "the 820 patients who had waited"; of a verb outside the event
        # classes, only words of another time ("had originally proposed 540 homes": not
        # "these 4,500 people want a fair wage")
        contrast = contrast_near(governing, inside, ANOTHER_TIME if verb is None else None)
    owner, by_pronoun = whose(
        owner_of_noun(noun, inside)
        or (owner_of_verb(governing, inside) if governing is not None else None)
    )
    return Reading(
        relation="count",
        key=f"{counted}|{verb or '-'}",
        words=noun.text,
        owner=owner,
        owner_by_pronoun=by_pronoun,
        # the place phrases of the noun, its event and its own clauses ("performed at St
        # James's")
        places=place_names(
            [noun, *clauses_on(noun)] + ([governing] if governing is not None else []), inside
        ),
        qualifiers=qualifier_words(noun, inside) | event_qualifiers(noun, governing, verb, inside),
        definite=is_definite(noun) or the_before(root),
        contrast=contrast,
        noun=counted,
        verb=verb,
        clause_verbs=verbs,
        events=verbs | ({verb_lemma(governing)} if governing is not None else set()),
        bare=all(c.i in inside or c.dep_ in BARE_DEPS for c in noun.children),
        kinds=_kinds(noun, root, inside),
    )


def _hyphened(root: Token, noun: Token) -> bool:
    """The figure and its noun are one word joined by a hyphen: "15-member"."""
    between = root.doc[root.i + 1 : noun.i]
    return (
        len(between) == 1
        and between[0].text in HYPHENS
        and not (root.whitespace_ or between[0].whitespace_)
    )


# a hyphen, a non-breaking hyphen or an en dash joining a figure to its word ("15-member")
HYPHENS = ("-", "\u2011", "\u2013")


def _size_of(parts: Token, thing: Token, inside: set[int]) -> Reading:
    """One thing sized by its parts ("a 150-bedroom hotel") may be restated by a count of
    them ("the 180 rooms"); a bar to reach ("the 1,237-delegate threshold") or the size of
    each of many things ("650 18-hole courses") counts none."""
    sized = _attribute_reading(parts, thing, inside) or _sized(parts, thing)
    if thing.tag_ in ("NNS", "NNPS") or lemma_of(thing) in LIMIT_NOUNS:
        return sized
    return replace(sized, parts=lemma_of(parts))


def _sized(attribute: Token | None, thing: Token) -> Reading:
    """A label the lexicon calls too general to read ("an 18-hole course", "raised the
    level to ..."): the thing as printed, with its attribute when there is one."""
    key = lemma_of(thing) if attribute is None else f"{lemma_of(attribute)} of {lemma_of(thing)}"
    words = thing.text if attribute is None else f"{attribute.text} {thing.text}"
    return Reading(
        relation="label", key=key, words=words, definite=is_definite(thing), noun=lemma_of(thing)
    )


def _kinds(noun: Token, root: Token, inside: set[int]) -> frozenset[str]:
    """The kind of the thing counted, named between the figure and its noun: "construction
    jobs", "registered voters"."""
    return frozenset(
        c.lemma_.lower()
        for c in noun.children
        if c.i > root.i
        and c.i not in inside
        and c.is_alpha
        and ((c.dep_, c.pos_) in (("compound", "NOUN"), ("amod", "VERB")))
    )


def _group_by_participle(root: Token) -> Reading | None:
    """A group named by what was done to it, with no noun: "all 15 accused", "the 40 injured"
    (the parser hangs the participle on the figure as a clause of its own)."""
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if (
        after is None
        or after.head.i != root.i
        or after.dep_ not in ("acl", "amod")
        or after.tag_ not in ("VBN", "JJ")
        or any(c.dep_ in ("prep", "agent", "dobj") for c in after.children)
    ):
        return None
    lemma = verb_lemma(after) if after.pos_ == "VERB" else after.lower_
    verb = VERB_CLASS.get(lemma)
    return Reading(
        relation="count",
        key=f"{lemma}|{verb or '-'}",
        words=after.text,
        definite=the_before(root),
        noun=lemma,
        verb=verb,
        clause_verbs=frozenset({lemma}),
        events=frozenset({lemma}),
        bare=not any(after.children),
    )


def _attribute_of_count(root: Token, inside: set[int]) -> Reading | None:
    """'The arena will have a capacity of 16,500': the arena's capacity, read as "the
    16,500-capacity arena" is."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or lemma_of(of.head) not in ATTRIBUTE_NOUNS:
        return None
    attribute = of.head
    verb = attribute.head
    if attribute.dep_ not in _OBJECT_DEPS or verb_lemma(verb) not in ATTRIBUTE_VERBS:
        return None
    thing = _subject_noun(verb)
    if thing is None or thing.i in inside:
        return None
    return _attribute_reading(attribute, thing, inside, verb)


def _attribute_reading(
    attribute: Token, thing: Token, inside: set[int], verb: Token | None = None
) -> Reading | None:
    reading = _label_reading(thing, inside | {attribute.i}, verb=verb)
    if reading is None:
        return None
    return Reading(
        relation="label",
        key=f"{lemma_of(attribute)} of {reading.key}",
        words=f"{attribute.text} {thing.text}",
        owner=reading.owner,
        owner_by_pronoun=reading.owner_by_pronoun,
        places=reading.places,
        definite=reading.definite,
        contrast=reading.contrast,
        noun=reading.key,
    )


__all__ = [
    "HYPHENS",
    "Reading",
    "counted_class",
    "figure_root",
    "figure_tokens",
    "read_fact_line",
    "read_figure",
    "read_headline",
    "verb_form_class",
]
