"""Two figures told of sibling groups: the same noun of scope, told apart by its modifiers.

"Twelve films competing in the documentary category" and "the 16 films competing in the
dramatic category" count one noun under one verb, but each clause names its own member of a
family of groups: the same head noun ("category", "ward", "race", "division") carrying a
modifier the other clause lacks, each way round. A restatement names its group once or
narrows it further, never swaps it for a sibling, so such a pair is two measures.

Read from the parse: only nouns a preposition places the count in ("in", "at", "for"), outside
the figure's own phrase (the scope it is told in,
not the thing counted: "the new bridge" / "the replacement bridge" may be one bridge), and
only when each side has a modifier of that noun that the other side's clause never says, and
only modifiers in words that pick a group (adjectives, nouns, past participles: "northern",
"documentary", "animated"), not names or present participles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.measurements.contrast_members import contrast_members
from newslint.measurements.reading import clause_of, counted_head, figure_root, figure_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.measurements.model import Measurement
    from newslint.measurements.table import Measurements

_MODIFIER_DEPS = ("amod", "compound", "nmod")
# a name ("the Queen's Road baths") identifies one thing rather than picking a group from a
# family, and a present participle ("the crumbling baths") tells its state: neither is read
_MODIFIER_POS = ("ADJ", "NOUN")
_OWN_DEPS = ("det", "amod", "compound", "nummod", "quantmod", "poss", "case", "nmod")


# the prepositions that place a count in a group: "competing in", "standing for", "at"
_IN_A_GROUP = frozenset({"in", "at", "for", "within", "across", "among", "from", "into"})


def _told_in(noun: Token) -> bool:
    """The noun is where the count is placed ("in the northern ward"), not a thing the clause
    acts on ("to replace the old baths"), which another mention may describe otherwise."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _IN_A_GROUP


_Scopes = tuple[dict[str, set[str]], set[str]]


def _scopes(measurements: Measurements, m: Measurement) -> _Scopes:
    """``_read_scopes``, once per figure: every pair it is in asks."""
    memo: dict[tuple[int, int], _Scopes] = measurements.analysis.memo("sibling_scopes")
    key = (m.quantity.start, m.quantity.end)
    if key not in memo:
        memo[key] = _read_scopes(measurements, m)
    return memo[key]


def _read_scopes(measurements: Measurements, m: Measurement) -> _Scopes:
    """The nouns of the figure's clause outside its own phrase, each with its modifiers, and
    every content word of the clause."""
    analysis = measurements.analysis
    if m.sentence >= len(analysis.sentences):
        return {}, set()
    doc, offset = analysis.parsed_tokens(analysis.sentences[m.sentence])
    tokens = figure_tokens(doc, offset, m.quantity)
    root = figure_root(tokens)
    if root is None:
        return {}, set()
    own = counted_head(root)  # the phrase the figure counts: "12 films" -> films
    own_phrase = {own.i} | {
        t.i for c in own.children if c.dep_ in _OWN_DEPS for t in c.subtree
    }  # "the 16 films", not the clauses and phrases on it
    clause = clause_of(own)
    scopes: dict[str, set[str]] = {}
    words: set[str] = set()
    for t in clause.subtree:
        if t.is_alpha and not t.is_stop:
            words.add(t.lemma_.lower())
        if t.pos_ != "NOUN" or t.i in own_phrase or not _told_in(t):
            continue
        modifiers = {
            c.lemma_.lower()
            for c in t.children
            if c.dep_ in _MODIFIER_DEPS
            and (c.pos_ in _MODIFIER_POS or (c.dep_ == "amod" and c.tag_ == "VBN"))
            and c.tag_ != "VBG"
            and c.is_alpha
            and not c.is_stop  # "animated" is a participle the parser may tag as a verb
        }
        if modifiers:
            scopes.setdefault(t.lemma_.lower(), set()).update(modifiers)
    return scopes, words


def sibling_scopes(measurements: Measurements, a: Measurement, b: Measurement) -> str | None:
    """The noun both figures are told in with modifiers each other never says ("category":
    documentary / dramatic), or None."""
    scopes_a, words_a = _scopes(measurements, a)
    scopes_b, words_b = _scopes(measurements, b)
    for noun in sorted(scopes_a.keys() & scopes_b.keys()):
        only_a = scopes_a[noun] - words_b
        only_b = scopes_b[noun] - words_a
        if only_a and only_b:
            return f"{noun}: {'/'.join(sorted(only_a))} vs {'/'.join(sorted(only_b))}"
    # two members of one kind in the clauses themselves: old / new, first / second year
    return contrast_members(measurements, a, b)
