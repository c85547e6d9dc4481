"""Two shares of one whole named by words of opposite kind: no member can be both.

"Women make up 58% of the council's workforce" ... "Men account for 47% of staff"; "Of the
2,400 pupils, 55% are boys and 48% are girls"; "Urban households make up 64% of the sample.
Rural households account for 41%". What each share is of its whole is read from the parse: the
complement of its clause ("are boys") or the subject of a verb that puts it in its whole
("Women make up"). The two labels must be opposites (WordNet's antonyms: "man"/"woman",
"import"/"export"), or one noun told apart by opposite modifiers ("urban"/"rural
households"). The wholes, where named, must be one class of thing ("workforce", "staff"); both
shares must sit close together (two sentences apart at most) and tell of one time; a word that
lets answers overlap ("could choose more than one") keeps the pair silent.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.extract.change_words import YEAR
from newslint.extract.opposites import opposite_words
from newslint.measurements.lexicon import CONTRAST
from newslint.measurements.model import Measurement
from newslint.measurements.reading import counted_class, figure_root, figure_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.measurements.share_readings import ShareList
    from newslint.measurements.table import Measurements

SENTENCE_REACH = 2  # the two shares at most this many sentences apart
# verbs that put their subject in the whole the share is of: "Women make up 58% of staff"
_COMPOSING = {"make", "account", "represent", "comprise", "constitute", "form"}
_COMPLEMENTS = ("attr", "acomp")


@dataclass(frozen=True)
class _Label:
    head: str  # "woman", "household"
    modifiers: frozenset[str]  # "urban"
    whole: str | None  # the class of what the share is of: "staff"
    narrowed: frozenset[str] = frozenset()  # words that narrow the whole: "traffic in tonnes"


def opposite_pairs(
    measurements: Measurements,
    shares: list[tuple[Measurement, float]],
    overlap: Callable[[int, int], bool],
) -> Iterator[ShareList]:
    """``shares``: the plain percent shares and their smallest printed values; ``overlap``:
    the article says answers may overlap between two offsets."""
    from newslint.measurements.share_readings import Share, ShareList

    analysis = measurements.analysis
    if len(shares) < 2:
        return
    # the shares' sentences in one batch: the pipeline's cost is mostly per call
    analysis.parse_ahead([analysis.sentences[s] for s in sorted({m.sentence for m, _ in shares})])
    labelled = [(m, low, label) for m, low in shares if (label := _label(analysis, m))]
    for (a, low_a, one), (b, low_b, other) in itertools.combinations(labelled, 2):
        if b.sentence - a.sentence > SENTENCE_REACH or low_a + low_b <= 100.0:
            continue
        if not _opposed(one, other) or not _one_whole(one, other, a, b):
            continue
        if a.scope.conflict(b.scope) or overlap(a.start, b.end) or other_time(analysis, a, b):
            continue
        words = f"{_words(one)}' and '{_words(other)}"
        yield ShareList(
            [
                Share(a, low_a, "opposite", one.head, None),
                Share(b, low_b, "opposite", other.head, None),
            ],
            f"'{words}' are opposites: no member of one whole is both",
        )


def other_time(analysis, a: Measurement, b: Measurement) -> bool:  # type: ignore[no-untyped-def]
    """A time or a change told in either share's sentence ("In 2010", "now", "last year",
    "previously"): the two may be of two times."""
    for m in (a, b):
        sentence = analysis.sentences[m.sentence]
        if analysis.time_expressions_in(sentence.start, sentence.end):
            return True
        if CONTRAST.search(analysis.text, sentence.start, sentence.end):
            return True
        if YEAR.search(analysis.text, sentence.start, sentence.end):
            return True
    return False


def _words(label: _Label) -> str:
    return " ".join([*sorted(label.modifiers), label.head])


def _opposed(one: _Label, other: _Label) -> bool:
    """'women' / 'men'; 'urban households' / 'rural households' (one noun, opposite words)."""
    if opposite_words(one.head, other.head):
        return True
    return one.head == other.head and any(
        opposite_words(x, y) for x in one.modifiers for y in other.modifiers
    )


def _one_whole(one: _Label, other: _Label, a: Measurement, b: Measurement) -> bool:
    """Both shares of one class of thing; when neither names it, one sentence says both."""
    if one.narrowed and other.narrowed and one.narrowed != other.narrowed:
        return False  # "of its traffic in tonnes" / "of its traffic by value"
    if one.whole and other.whole:
        return one.whole == other.whole
    return bool(one.whole or other.whole) or a.sentence == b.sentence


def _label(analysis, m: Measurement) -> _Label | None:  # type: ignore[no-untyped-def]
    """What the share is, and of what, from the parse of its sentence."""
    doc, offset = analysis.parsed_tokens(analysis.sentences[m.sentence])
    root = figure_root(figure_tokens(doc, offset, m.quantity))
    if root is None:
        return None
    head = root.head if root.dep_ in ("nummod", "quantmod") else root
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "account for 47%"
    following = head.nbor() if head.i + 1 < len(head.doc) else None
    subject = head.dep_ in ("nsubj", "nsubjpass") and verb.i > head.i
    if (
        not subject
        and following is not None
        and following.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in following.children)
    ):
        verb, subject = following, True  # "... and 48% are girls", misread as a conjunct
    if verb.pos_ not in ("VERB", "AUX") or verb is head:
        return None
    if subject:
        said = [c for c in verb.children if c.dep_ in _COMPLEMENTS]  # "55% are boys"
    elif verb.lemma_.lower() in _COMPOSING:
        said = [c for c in verb.children if c.dep_ == "nsubj"]  # "Women make up 58%"
    else:
        return None
    if len(said) != 1 or said[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    word = said[0]
    modifiers = frozenset(c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound"))
    whole, narrowed = _whole_of(head) or _whole_of(verb) or (None, frozenset())
    return _Label(word.lemma_.lower(), modifiers, whole, narrowed | _phrases(verb, head))


def _phrases(verb: Token, head: Token) -> frozenset[str]:
    """The content words of the clause's other prepositional phrases: 'in tonnes', 'by
    value' (not the partitive, nor the 'for' that holds the share)."""
    return frozenset(
        t.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ != "of" and head not in prep.subtree
        for t in prep.subtree
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    )


def _whole_of(token: Token) -> tuple[str, frozenset[str]] | None:
    """The class of the noun an 'of' phrase on the token names ('of the workforce' -> staff),
    and the words that narrow it ('of its traffic in tonnes' -> tonne; not its owner)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                owners = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
                narrowed = frozenset(
                    t.lemma_.lower()
                    for t in obj.subtree
                    if t.i != obj.i
                    and t.i not in owners
                    and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                )
                return counted_class(obj.lemma_.lower()), narrowed
    return None
