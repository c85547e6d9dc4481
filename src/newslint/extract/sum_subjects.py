"""How many things a sum is said over, when they are named rather than counted (NUM007).

"Three firms were fined a total of £52,000" counts its payers; "A builder, a scaffolder and a
hire firm were fined a total of £52,000" names them, joined as one subject. Either way the sum
is over that many things, and a list of amounts told one per thing is all of it.

Read from the parse: the figure's clause verb, its subject, and the subject's conjuncts. Only a
figure said to be a sum ("a total of", "a combined", "between them") is read, so "Arsenal and
Chelsea spent £310m" (one sum or two?) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

_SUBJECTS = ("nsubj", "nsubjpass")
# the things a sum is over: a handful (a longer coordination is a list of its own)
_FEWEST, _MOST = 2, 12


def coordinated_subjects(analysis: Analysis, total: Quantity) -> int | None:
    """The number of noun phrases coordinated as the subject of the clause a summed figure
    belongs to, or None when the subject is one thing, or the figure is not said as a sum."""
    from newslint.extract.totals import said_as_sum

    sentence = analysis.sentence_at(total.start)
    if sentence is None or not said_as_sum(analysis, total):
        return None
    tokens, offset = analysis.parsed_tokens(sentence)
    figure = next((t for t in tokens if t.idx + offset == total.start), None)
    if figure is None:
        return None
    verb = figure
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((t for t in verb.children if t.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > figure.i:
        return None
    things = {subject.i, *(t.i for t in subject.conjuncts)}
    for appos in (t for t in subject.children if t.dep_ == "appos" and t.conjuncts):
        # "A, B and C" is parsed A appos B, conj C: an apposition that carries a coordination
        # is the rest of a list, not a second name for the first
        things |= {appos.i, *(t.i for t in appos.conjuncts)}
    doc = subject.doc
    if any(_several(doc[i]) for i in things):
        return None  # "a father and his two sons": two conjuncts, three people
    return len(things) if _FEWEST <= len(things) <= _MOST else None


def _several(noun: Token) -> bool:
    """Does one conjunct name more than one thing ("his two sons", "the owners")?"""
    # (a capitalised plural is a name: "Rangers and Hibernian spent a combined £14.5m")
    plural = noun.tag_ in ("NNS", "NNPS") and not noun.text[:1].isupper()
    return plural or any(t.dep_ == "nummod" for t in noun.children)
