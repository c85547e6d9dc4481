"""Which figures a stated change is about (NUM006's linking).

``link_changes`` pairs each stated change with endpoints: the pair in its own sentence, else
the pair in the next paragraphs that is about the same thing (shares a content word), or the
only pair in the two sentences after it. Every link records how it was made, for the finding's
evidence; when a change could belong to two pairs, both are kept and the rule stays silent
unless the change fits neither.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newslint.extract.change_endpoints import (
    endpoints,
    has_own_figures,
    level_before,
    level_reached,
)
from newslint.extract.change_loose import loose_links, owner_first, with_alternatives
from newslint.extract.change_wide import wide_links
from newslint.extract.change_words import (
    RATE_WORDS,
    concept_words,
    other_place,
    same_words,
    same_years,
    subject_words,
)
from newslint.extract.changes import (
    BACK_REFERENCE,
    CHANGE_NOUN_AFTER,
    CLAUSE_BREAK,
    PARAGRAPHS_APART,
    POINTS_BACK,
    SAME_SENTENCE,
    ChangeLink,
    Endpoints,
    StatedChange,
    changes_between,
    fits_kind,
    stated_changes,
)

if TYPE_CHECKING:
    from newslint.analysis import Analysis


# -- linking ------------------------------------------------------------------------------


def link_changes(analysis: Analysis) -> list[ChangeLink]:
    changes = stated_changes(analysis)
    pairs = endpoints(analysis, changes)
    links, claimed = _beside_their_figures(analysis, changes, pairs)
    linked = {id(link.change) for link in links}
    levels_reached = {id(c): at for c in changes if (at := level_reached(analysis, c)) is not None}
    for change in changes:
        if id(change) in linked or has_own_figures(analysis, change):
            continue
        candidates = [
            p
            for p in pairs
            if fits_kind(change, p)
            and change.kind not in claimed.get(id(p), set())
            and p.direction == change.direction
            and _within(analysis, change, p)
            and same_years(analysis, change, p)
            and not other_place(analysis, change, p)
        ]
        subject = subject_words(analysis, change)
        if not subject & RATE_WORDS:
            # a relative change of a rate is rare: "revenues slipped 11%" is not about two
            # percentages, "the vacancy rate rose 0.7 per cent" is
            # unless it is the two percentages' difference to the digit ("a drop of 4.5 per
            # cent" beside 41.3% and 36.8%): points called per cent
            candidates = [
                p
                for p in candidates
                if p.kind != "percent" or change.kind == "points" or _is_difference(change, p)
            ]
        if _another_change_beside(analysis, change, changes, linked):
            continue
        related = [
            p
            for p in candidates
            # (matched on their first five letters: "arrivals" and "arrived")
            if same_words(subject, concept_words(analysis, p))
            and not changes_between(change, p, changes, linked, levels_reached)
        ]
        if related:
            # the nearest pair about the same thing; any other is kept for the "fits any" test
            owner_first(analysis, change, related)
            # a pair nearer the change, though its words name nothing of it ("fell by 9.8%.
            # Statistics showed a decline from 785 to 708"), may be its own: kept for that test
            nearer = min(p.distance(change.start) for p in related)
            named = len(related)
            related += [
                p for p in candidates if p not in related and p.distance(change.start) < nearer
            ]
            links.append(
                ChangeLink(change, related, "what changed is named beside the figures", named)
            )
        elif (back := _pair_pointing_back(analysis, change, candidates)) is not None:
            links.append(ChangeLink(change, [back], "the figures after it point back to it"))
    linked = {id(link.change) for link in links}
    unlinked = [c for c in changes if id(c) not in linked]
    links += loose_links(analysis, unlinked, changes, links, pairs, levels_reached)
    links = with_alternatives(analysis, links, pairs)
    linked = {id(link.change) for link in links}
    links += wide_links(analysis, [c for c in changes if id(c) not in linked], changes)
    return sorted(links, key=lambda link: link.change.start)


def _beside_their_figures(
    analysis: Analysis, changes: list[StatedChange], pairs: list[Endpoints]
) -> tuple[list[ChangeLink], dict[int, set[str]]]:
    """The changes printed beside their figures, in one clause, each linked to the nearest pair
    of its own; and the kinds of change each pair is claimed for (by the pair's id)."""
    sentences = analysis.sentences
    text = analysis.text
    starts = [s.start for s in sentences]

    def index(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < sentences[k].end else -1

    links = []
    claimed: dict[int, set[str]] = {}
    # first the changes printed beside their figures, in one clause
    for change in changes:
        i = index(change.start)
        reached = level_reached(analysis, change)
        came_to = level_before(analysis, change, far=True)
        own = [
            p
            for p in pairs
            if fits_kind(change, p)
            # "2.5% of output, down three-quarters from 2009": the level before the change is
            # what it came to, never the earlier figure of a pair
            and not _came_from(analysis, change, p, came_to)
            # "Fry rising nine places to 15": a change to its own level is between figures
            # that end there
            and (reached is None or p.new.start <= reached < p.new.end)
            and (
                (i in p.sentences and _one_clause(text, change, p))
                or _between(analysis, change, p, i)
                or _refers_back(analysis, change, p, i)
            )
        ]
        if own:
            nearest = min(own, key=lambda p: p.distance(change.start))
            links.append(ChangeLink(change, [nearest], SAME_SENTENCE))
            claimed.setdefault(id(nearest), set()).add(change.kind)
    return links, claimed


_DEFINITE_CHANGE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:drop|fall|rise|increase|decrease|decline|cut|"
    r"reduction|jump|gain|growth)\s+(?:of\s+)?$",
    re.I,
)


def _between(analysis: Analysis, change: StatedChange, pair: Endpoints, i: int) -> bool:
    """ "23,950 were waiting. That was a fall of 3,850 ... At the end of September, 27,400
    were": a change in the sentence between two levels, referring back to the first."""
    if pair.how != "earlier sentence" or not min(pair.sentences) < i < max(pair.sentences):
        return False
    sentence = analysis.sentences[i]
    return bool(BACK_REFERENCE.match(analysis.text[sentence.start : sentence.end]))


def _refers_back(analysis: Analysis, change: StatedChange, pair: Endpoints, i: int) -> bool:
    """ "508,117 were on the list. That compares with 523,841 ..., and the government said the
    drop of 25,724 ...": "the drop of" names the change between the figures just given."""
    if (
        max(pair.sentences) not in (i, i - 1)
        or max(f.end for f in (pair.old, pair.new)) > change.start
    ):
        return False
    text = analysis.text
    if _DEFINITE_CHANGE.search(text[max(0, change.start - 25) : change.start]):
        return True
    # "The 40p rise was agreed": the figure between the article and the change noun
    return bool(
        re.search(r"\b(?:the|this|that)\s+$", text[max(0, change.start - 6) : change.start], re.I)
        and CHANGE_NOUN_AFTER.match(text[change.end : change.end + 20])
    )


def _another_change_beside(
    analysis: Analysis, change: StatedChange, changes: list[StatedChange], linked: set[int]
) -> bool:
    """ "EU exports rose 2% ... Non-EU exports shot up 7.5%": a run of changes, each with its own
    subject, is a list of movements; none of them is about figures elsewhere."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return False
    paragraph = analysis.paragraph_at(change.start)
    start = paragraph.start if paragraph else sentence.start
    end = paragraph.end if paragraph else sentence.end
    return any(
        other is not change and id(other) not in linked and start <= other.start < end
        for other in changes
    )


def _came_from(
    analysis: Analysis, change: StatedChange, pair: Endpoints, came_to: int | None
) -> bool:
    """ "The deficit was 2.5% of output last year, down three-quarters from 2009", "raised $4m
    in May, three times as much as in any other month": a change after a comma that names its
    own starting point is the movement that came to the level before it. A pair whose earlier
    figure is that level is another movement (on to a forecast, or to another owner's figure);
    "Arrears were £2.6m a year earlier, a rise of 30%", naming no start, sums up the pair."""
    if came_to is None or pair.old.start != came_to or pair.new.start == came_to:
        return False
    text = analysis.text
    return bool(
        _AS_MUCH_AS.search(change.text) or _FROM_A_START.match(text, change.end, change.end + 60)
    )


# "three times as much as", "twice as many as": the base follows, named in words
_AS_MUCH_AS = re.compile(r"\b(?:as|than)$", re.I)
# "from the start of his term", "since 2009", "than a year ago": a starting point in words
# (not "from 4.1%": a figure is a pair of the change's own)
_FROM_A_START = re.compile(
    r"\s+(?:from|since|than|compared (?:with|to)|on)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?:19|20)\d\d\b|[a-z])",
    re.I,
)


def _one_clause(text: str, change: StatedChange, pair: Endpoints) -> bool:
    """No clause boundary between the change and the nearer of its figures: "Fry rose nine
    places to 15 and Murphy moved to 18 from 32" is two clauses, two subjects."""
    nearest = min((pair.old, pair.new), key=lambda f: abs(f.start - change.start))
    a, b = (
        sorted((change.end, nearest.start))
        if nearest.start >= change.end
        else (nearest.end, change.start)
    )
    return not CLAUSE_BREAK.search(text[a:b])


def _is_difference(change: StatedChange, pair: Endpoints) -> bool:
    points = abs(pair.new.value - pair.old.value)
    return change.kind == "percent" and abs(points - change.value) < 1e-6 * max(1.0, points)


def _pair_pointing_back(
    analysis: Analysis, change: StatedChange, candidates: list[Endpoints]
) -> Endpoints | None:
    """ "Sales of electric cars rose by 35% last year. Dealers sold 14,800 of them, compared
    with 12,300 in 2022." / "... has fallen by a fifth. There were 3,240 such patients ...":
    the one pair of levels in the next two sentences whose first sentence points back at the
    change's subject ("of them", "such", "It", "The figure"), whatever words it names it in."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return None
    i = analysis.sentence_index(sentence)
    following = [
        p
        for p in candidates
        if min(p.old.start, p.new.start) > change.end and 1 <= min(p.sentences) - i <= 2
    ]
    if len(following) != 1:
        return None
    pair = following[0]
    # "Bus fares rose 10%. The number of passengers, meanwhile, grew from 1.2 million to 1.5
    # million": a movement with its own verb and subject, or set apart, is another measure
    own = analysis.text[
        analysis.sentences[min(pair.sentences)].start : analysis.sentences[min(pair.sentences)].end
    ]
    if pair.how == "range" or _SET_APART.search(own) or not POINTS_BACK.search(own):
        return None
    return pair


_SET_APART = re.compile(
    r"\b(?:meanwhile|separately|by contrast|in contrast|however|elsewhere|whereas|while)\b", re.I
)


def _within(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """The figures a change is between follow it within three paragraphs (or share its
    paragraph)."""
    pc, pp = analysis.paragraph_at(change.start), analysis.paragraph_at(pair.new.start)
    if pc is None or pp is None:
        return False
    gap = analysis.paragraph_index(pp) - analysis.paragraph_index(pc)
    # a change is explained by the figures after it, or beside it in its paragraph; figures
    # told before it only when it is their difference to the digit
    if _is_difference(change, pair):
        return -PARAGRAPHS_APART <= gap <= PARAGRAPHS_APART
    return 0 <= gap <= PARAGRAPHS_APART
