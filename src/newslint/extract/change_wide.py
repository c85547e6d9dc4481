"""Every pair of levels in the article, for a stated change nothing else linked (NUM006, round 7).

The printed shapes (``change_endpoints.py``) and the loose reading (``change_loose.py``) link a
change to figures the words join or that sit near it. Copy joins them in many other ways: the
level in the lede, the earlier one two paragraphs down, the change in a quote at the end ("The
26.6 per cent rise in our average shows ..."). Here the candidates are loose and the verdict is
strict. A candidate is any pair of levels anywhere in the article, headline included, that

- are of one kind (kind, currency, unit) and within a factor of five of each other;
- are told at two different times (each figure's own stretch names its time, and they differ);
- move the change's way, and name what the change names (a content word of the change's
  clause, or of the figure's heading for a table row, matched as ``change_words`` matches).

The rule (``rules/changes.py``) reports such a link only when the stated change is the implied
one with one digit slipped or two swapped (the signature of a typing error, not of another
measure), and the change fits no pair of levels of its kind anywhere in the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.change_times import figure_time, stretch
from newslint.extract.change_words import (
    NAMED_AFTER,
    content_words,
    other_place,
    same_words,
    same_years,
    stem,
    subject_words,
    with_synonyms,
)
from newslint.extract.changes import (
    CHANGE_NOUN_AFTER,
    CHANGE_VERB,
    ChangeLink,
    Endpoints,
    StatedChange,
    fits_kind,
)
from newslint.extract.level_pairs import all_pairs, change_levels

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity

WIDE = "two levels anywhere in the article name it"
UNNAMED = "two levels anywhere in the article, the one pair its digits fit"
MAX_LEVELS = 40  # a results table: too many readings for any one to be the change's


def wide_links(
    analysis: Analysis, unlinked: list[StatedChange], changes: list[StatedChange]
) -> list[ChangeLink]:
    """For each change with no link, every pair of levels of its kind in the article told at
    two times: those that name it first, then all the others (for the "fits any" test)."""
    todo = [c for c in unlinked if c.kind in ("percent", "points", "absolute")]
    if not todo:
        return []
    spans = {(c.start, c.end) for c in changes}
    levels = [q for q in change_levels(analysis) if (q.start, q.end) not in spans]
    if len(levels) > MAX_LEVELS:
        return []
    links = []
    for change in todo:
        pairs = [
            p
            for p in all_pairs(analysis, change, levels)
            if fits_kind(change, p) and _two_times(analysis, p)
        ]
        if not pairs:
            continue
        its_way = [
            p
            for p in pairs
            if p.direction == change.direction
            # (a slip is read only from figures printed as exact: "about $1.20" is no level
            # to the digit)
            and p.old.quantity.approx == p.new.quantity.approx == "="
            and same_years(analysis, change, p)
            and not other_place(analysis, change, p)
        ]
        if not its_way:
            continue  # (what the change names is read only when a pair could be its)
        subject = _change_words(analysis, change)
        named = [p for p in its_way if _names_it(analysis, p, subject)]
        # a change that names nothing ("We have an extra 79,450 visitors", "The 18.4 per cent
        # jump tells us"): every pair moving its way is a reading, and the rule asks more of
        # the signature
        how = WIDE if named else UNNAMED
        named = named or (its_way if not subject else [])
        if not named:
            continue
        named.sort(key=lambda p: p.distance(change.start))
        chosen = {id(p) for p in named}
        others = [p for p in pairs if id(p) not in chosen]
        links.append(ChangeLink(change, named + others, how, named=len(named)))
    return links


def _two_times(analysis: Analysis, pair: Endpoints) -> bool:
    """Each figure's stretch names a time, or one names a time and the other none; where both
    name years, the old figure's are earlier (read once per pair: every change asks)."""
    memo: dict[tuple[int, int], bool] = analysis.memo("wide_two_times")
    key = (id(pair.old.quantity), id(pair.new.quantity))
    if key not in memo:
        memo[key] = _read_two_times(analysis, pair)
    return memo[key]


def _read_two_times(analysis: Analysis, pair: Endpoints) -> bool:
    a, b = figure_time(analysis, pair.old.quantity), figure_time(analysis, pair.new.quantity)
    if a == b or "later" in (a[1], b[1]):
        return False
    if any(_aim(analysis, f.quantity) for f in (pair.old, pair.new)):
        return False  # a target or a forecast ("has been fixed at Rs 2,500 crore") is no level
    if a[0] and b[0] and a[0] != b[0]:
        return max(a[0]) < min(b[0])
    order = {"before": 0, None: 1, "now": 2}
    return order[a[1]] <= order[b[1]]


_AIM = re.compile(r"\b(?:target|goal|forecast|projection|aim|ambition|cap|ceiling|limit)s?\b", re.I)


def _aim(analysis: Analysis, q: Quantity) -> bool:
    """Does the figure's own stretch call it an aim, not a level reached ("The target for
    2024-25 has been fixed at")?"""
    sentence = analysis.sentence_at(q.start)
    start = sentence.start if sentence is not None else q.start
    before = re.split(r"[;,]\s", analysis.text[start : q.start])[-1]
    return bool(_AIM.search(before) or _AIM.search(stretch(analysis, q)))


def _change_words(analysis: Analysis, change: StatedChange) -> set[str]:
    """What the change is about: its clause's subject, and what its noun of movement is "in"
    or "of" ("the 26.6 per cent rise in our average")."""
    words = {w for w in subject_words(analysis, change) if not CHANGE_VERB.fullmatch(w)}
    if words:  # (the sentence is parsed only when there is something to keep)
        words &= _nouns(analysis, change.start)  # ("We moved an extra 112,400 tonnes": no verb)
    text = analysis.text
    noun = CHANGE_NOUN_AFTER.match(text[change.end : change.end + 40])
    if noun is not None:
        at = change.end + noun.end()
        after = NAMED_AFTER.match(text[at : at + 50])
        words |= {stem(w) for w in content_words(after.group(1))} if after else set()
    return with_synonyms(words)


def _nouns(analysis: Analysis, at: int) -> set[str]:
    """The common nouns and subjects of the sentence at ``at``, as ``stem`` gives them (and
    their synonyms)."""
    sentence = analysis.sentence_at(at)
    if sentence is None:
        return set()
    tokens, _ = analysis.parsed_tokens(sentence)
    # (a gerund as subject is a noun too: "Spending rises by 6.4 per cent"; a name is an
    # owner, not what is measured: "Chinese exports" and "China's deficit" are two measures)
    nouns = {
        stem(t.text) for t in tokens if t.pos_ != "PROPN" and (t.pos_ == "NOUN" or "subj" in t.dep_)
    }
    return with_synonyms(nouns)


def _names_it(analysis: Analysis, pair: Endpoints, subject: set[str]) -> bool:
    """One figure names what the change names, and the other names it too or the same thing
    as the first."""
    if not subject:
        return False
    named = [_figure_words(analysis, f.quantity) for f in (pair.old, pair.new)]
    hits = [same_words(words, subject) for words in named]
    if all(hits):
        return True
    return any(hits) and same_words(named[0], named[1])


def _figure_words(analysis: Analysis, q: Quantity) -> set[str]:
    """What a figure's own stretch names; a table row that names nothing ("2024: 143") takes
    the words of the heading line above it ("Homicides by year:"); read once per figure."""
    memo: dict[int, set[str]] = analysis.memo("wide_figure_words")
    if id(q) not in memo:
        memo[id(q)] = _read_figure_words(analysis, q)
    return memo[id(q)]


def _read_figure_words(analysis: Analysis, q: Quantity) -> set[str]:
    words = {stem(w) for w in content_words(stretch(analysis, q)) if not CHANGE_VERB.fullmatch(w)}
    words |= _noun_left_unsaid(analysis, q)
    if not words:
        line_start = analysis.text.rfind("\n", 0, q.start)
        block = analysis.text[max(0, line_start - 400) : max(0, line_start)]
        lines = [ln for ln in block.splitlines() if ln.rstrip().endswith(":")]
        if lines:
            words = {stem(w) for w in content_words(lines[-1])}
    return with_synonyms(words)


def _noun_left_unsaid(analysis: Analysis, q: Quantity) -> set[str]:
    """A count with no noun after it, after a count with one in its sentence, counts the same
    thing: "16,480 votes to the incumbent's 14,954", "312 arrests, against 290 in 2022"."""
    text = analysis.text
    if q.kind != "count" or _NOUN_AFTER.match(text, q.end):
        return set()
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return set()
    before = [o for o in analysis.quantities_in(sentence.start, q.start) if o.end <= q.start]
    if not before or before[-1].kind != "count":
        return set()
    noun = _NOUN_AFTER.match(text, before[-1].end)
    return {stem(noun.group(1))} if noun else set()


# the noun a count is of, right after it ("16,480 votes")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|to|of|for|and|or|the|a|an|from|than|by|with|was|were|is|are|have|had|"
    r"has|been|will|would|more|fewer|less)\b)([a-z][a-z-]{2,})\b"
)
