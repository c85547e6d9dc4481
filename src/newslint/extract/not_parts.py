"""Figures that are no whole of a list, and listed figures that are no parts of it (NUM007,
round 8, from false alarms on real political and wire copy).

A completeness cue (a colon, "made up of") or parts that come to more than a total say that a
list adds up only when the listed figures count what the total counts. They do not when

- the total is a line to reach, not a whole: "the 1,237 delegates needed to win", "It takes
  270 electoral votes to win" (``measurements.lexicon.a_bar_to_reach``);
- the total is one side's tally and the "parts" its rivals': "Alvarez leads with 612
  delegates. Brooks has 402 and Chen 151" (``held_by_name``);
- the figure measures each of the things another count counts: "five loaded 30-round
  magazines", "three 90-minute sessions" (``qualifies_items``);
- the figure is an average, a typical value, not a count or a sum (``is_average``);
- a part counts the groups the total is split among, not members of it: "30 delegates are
  shared out among its 10 districts" (``counts_groups``);
- the items after the colon are clauses, and the figures sit inside them: "three principles:
  that each branch keeps one vote, ..." (read in ``list_complete.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import is_group_noun, stem
from newslint.measurements.lexicon import a_bar_to_reach
from newslint.measurements.owners import owner_of_verb

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity


def neither_whole_nor_part(analysis: Analysis, q: Quantity) -> bool:
    """A number to reach, an average, or the size of each of the things another count counts
    ("the 1,237 delegates needed to win", "Average age: 69", "five 30 round magazines")."""
    text = analysis.text
    return (
        a_bar_to_reach(text, q.start, q.end) or is_average(text, q) or qualifies_items(analysis, q)
    )


def qualifies_items(analysis: Analysis, q: Quantity) -> bool:
    """ "five loaded 30 round magazines", "two 500 page reports": a figure inside the noun
    another count counts (no comma or linking word between) measures each of those things."""
    before = [p for p in analysis.quantities_in(max(0, q.start - 30), q.start) if p.end <= q.start]
    if not before or before[-1].kind != "count" or not before[-1].counted:
        return False
    gap = analysis.text[before[-1].end : q.start]
    inside = re.search(rf"(?:^|\s){re.escape(q.text)}(?:\s|$)", before[-1].counted)
    # ("eight silver and six bronze medals": a list, not one noun phrase)
    joined = re.search(r"\b(?:and|or|to|than|of|by|from|plus|nor)\b", gap)
    return bool(inside and not joined and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,2}\s+", gap))


# "average age: 69", "an average of 4.2 children", "the median price was £310,000"
_AVERAGE_BEFORE = re.compile(
    r"\b(?:average|averaging|averaged|mean|median|typical)\b(?:\s+[a-z][\w-]*){0,2}\s*"
    r"(?:of|:|was|is|were|at|stood at)?\s*"
    r"(?:(?:between|around|about|some|nearly|almost|just(?:\s+(?:over|under))?|over|under)\s+)?$",
    re.I,
)


def is_average(text: str, q: Quantity) -> bool:
    return bool(_AVERAGE_BEFORE.search(text[max(0, q.start - 40) : q.start]))


# the bodies whose size is a whole of their members' seats: "Kent County Council has 81 seats"
_BODIES = frozenset(
    {"council", "assembly", "parliament", "senate", "house", "chamber", "board", "legislature",
     "committee", "congress", "authority", "cabinet", "panel", "jury", "court", "commission"}
)  # fmt: skip


def held_by_name(analysis: Analysis, q: Quantity) -> str | None:
    """The named side (a person, a party, a team) whose tally ``q`` is: the subject of the
    verb that governs it ("Alvarez leads with 612", "Whitfield has won 810 delegates"); None
    for a figure held by a body (a council's seats) or by no name."""
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return None
    tokens, base = analysis.parsed_tokens(sentence)
    token = next((t for t in tokens if base + t.idx <= q.start < base + t.idx + len(t)), None)
    if token is None:
        token = next((t for t in tokens if base + t.idx >= q.start), None)
    if token is None:
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in _BODIES:
        return None
    owner = owner_of_verb(verb, {token.i})
    return owner if owner and not owner.startswith("~") else None


def counts_groups(total: Quantity, part: Quantity) -> bool:
    """Does ``part`` count the groups the total is split among ("8 congressional districts",
    "three regions") while the total counts something else ("30 delegates")?"""
    noun = stem(part.counted or "")
    return bool(noun) and is_group_noun(noun) and noun != stem(total.counted or "")
