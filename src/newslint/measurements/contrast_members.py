"""Two things of one kind told apart by one word: each figure's clause picks its own member.

A restatement names its thing once. Two clauses that pick two members of a pair the reader
knows are two (the old ground and the new one, the scheme's first year and its second, one
school and a trust's six schools) count two measures, however alike their nouns and verbs:

- standing: a modifier of a thing that was ("old", "former", "existing", "original") on one
  side, of a thing to come ("new", "proposed", "planned", "replacement") on the other;
- an ordinal period: an ordinal on a noun of time ("in its first year" / "in its second
  year"), a time scope of its own, not a ranking;
- a group of several of the thing: a plural noun counted two or more ("across the trust's
  six schools") against the same noun in the singular ("the school has ..."): a member
  against its group.

Read from the parse of the figure's clause; the same member on both sides ("the new ground
will hold 63,000" / "the 36,000-seat new ground") keeps the pair one measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.numbers import parse_number
from newslint.measurements.lexicon import ORDINAL_WORDS
from newslint.measurements.reading import clause_of, counted_head, figure_root, figure_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.measurements.model import Measurement
    from newslint.measurements.table import Measurements

# a thing that stood or stands before the change, and one that comes with it
_BEFORE = frozenset({
    "old", "former", "existing", "original", "previous", "current", "present", "outgoing",
})  # fmt: skip
_AFTER = frozenset({
    "new", "proposed", "planned", "replacement", "future", "incoming", "upgraded", "rebuilt",
})  # fmt: skip
_PERIODS = frozenset({
    "year", "month", "week", "day", "season", "quarter", "half", "term", "decade", "hour",
    "fortnight", "semester", "session",
})  # fmt: skip
_MODIFIER_DEPS = ("amod", "compound", "nmod")


class _Members:
    """What a figure's clause says of which member it tells."""

    def __init__(self) -> None:
        self.standing: set[str] = set()  # "before" / "after"
        self.periods: dict[str, set[str]] = {}  # period noun -> its ordinals
        self.groups: set[str] = set()  # nouns counted as several ("six schools")
        self.singles: set[str] = set()  # nouns named as one ("the school")


def _members(measurements: Measurements, m: Measurement) -> _Members:
    memo: dict[tuple[int, int], _Members] = measurements.analysis.memo("contrast_members")
    key = (m.quantity.start, m.quantity.end)
    if key not in memo:
        memo[key] = _read_members(measurements, m)
    return memo[key]


def _read_members(measurements: Measurements, m: Measurement) -> _Members:
    members = _Members()
    analysis = measurements.analysis
    if m.sentence >= len(analysis.sentences):
        return members
    doc, offset = analysis.parsed_tokens(analysis.sentences[m.sentence])
    tokens = figure_tokens(doc, offset, m.quantity)
    root = figure_root(tokens)
    if root is None:
        return members
    inside = {t.i for t in tokens}
    own = counted_head(root)
    # the words between the figure and its noun ("the 62,000-seat stadium": seat) are the
    # figure's own unit, not a member named
    inside |= {t.i for t in root.ancestors if t.i != own.i and own.is_ancestor(t)}
    clause = clause_of(own)
    for t in clause.subtree:
        if t.i not in inside:
            _read_word(t, own, clause, members)
    return members


def _read_word(t: Token, own: Token, clause: Token, members: _Members) -> None:
    word, head = t.lower_, t.head
    if t.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN":
        # standing picks the thing told: the counted noun or an argument of its verb ("the
        # old stadium held"), not a phrase the clause is told under ("under the proposed deal")
        told = head.i == own.i or (head.head.i == clause.i and head.dep_ in _ARGUMENTS)
        if word in _BEFORE and told:
            members.standing.add("before")
        elif word in _AFTER and told:
            members.standing.add("after")
        elif word in ORDINAL_WORDS and head.lemma_.lower() in _PERIODS:
            members.periods.setdefault(head.lemma_.lower(), set()).add(word)
    if t.pos_ != "NOUN" or t.i == own.i or t.lemma_.lower() in _PERIODS:
        return  # "for ten years" is a span, not a group of members
    if t.tag_ == "NNS" and any(_several(c) for c in t.children if c.dep_ == "nummod"):
        members.groups.add(t.lemma_.lower())
    elif t.tag_ == "NN":
        members.singles.add(t.lemma_.lower())


_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "attr", "agent")


def _several(count: Token) -> bool:
    """A count of two or more in the clause ("six schools", "12 branches")."""
    value = parse_number(count.text) if count.text[:1].isalnum() else None
    return value is not None and value >= 2


def contrast_members(measurements: Measurements, a: Measurement, b: Measurement) -> str | None:
    """Why the two clauses tell two members of one kind, or None."""
    ma, mb = _members(measurements, a), _members(measurements, b)
    if len(ma.standing) == 1 and len(mb.standing) == 1 and ma.standing != mb.standing:
        return f"standing: {next(iter(ma.standing))} vs {next(iter(mb.standing))}"
    for period in sorted(ma.periods.keys() & mb.periods.keys()):
        if ma.periods[period].isdisjoint(mb.periods[period]):
            return f"{period}: {'/'.join(sorted(ma.periods[period]))} vs another"
    member_of_group = (ma.groups & mb.singles) | (mb.groups & ma.singles)
    if member_of_group:
        return f"one {min(member_of_group)} against several"
    return None
