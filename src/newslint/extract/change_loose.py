"""Loose links for a stated change no pattern linked (NUM006, round 4).

The printed shapes (``change_endpoints.py``) read a change's figures when the words join them
("from 40 to 50", "up from", "a year earlier, it was"). Copy nobody here wrote joins them in
other words, or in none: "512 incidents in 2022 and 640 in 2023"; "The castle welcomed 61,000
visitors. Last summer 48,500 people visited." This reading takes any two levels near the
change that

- are of one kind (kind, currency, unit) and within a factor of five of each other;
- are told at two different times: each figure's own stretch of its sentence names a year, or
  a period word with a word that places it before or now (a closed class: "last", "previous",
  "earlier", "ago"; "now", "currently"), and the two times differ;
- name the same thing as each other and as the change (a content word in common, matched as
  ``change_words`` matches words), or sit in the change's own sentence.

Loose candidates need a strict guard. A link is kept only when no other reading of the article
explains the stated change: every pair of levels of the change's kind within its paragraph,
the one before it and the three after it is kept beside the strong pairs, and the rule stays
silent when the change fits any of them.

When a figure is told is ``change_times.py``; the levels and their pairs are ``level_pairs.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.change_endpoints import (
    comparable,
    compatible,
    has_own_figures,
    level_before,
    level_reached,
)
from newslint.extract.change_times import (
    before_level,
    series_of_its_own,
    stretch_words,
    told_at_two_times,
)
from newslint.extract.change_words import (
    NAMED_AFTER,
    content_words,
    names_its_measure,
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
    MOVEMENT_NOUNS,
    POINTS_BACK,
    SAME_SENTENCE,
    STOP_WORDS,
    ChangeLink,
    Endpoints,
    StatedChange,
    changes_between,
    fits_kind,
)
from newslint.extract.level_pairs import (
    MAX_FIGURES,
    WINDOW_BACK,
    all_pairs,
    change_levels,
    crosses_series,
    in_window,
    pair_order,
    pair_spans,
    shape_partners,
)

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity


def loose_links(
    analysis: Analysis,
    unlinked: list[StatedChange],
    changes: list[StatedChange],
    linked: list[ChangeLink],
    printed: list[Endpoints],
    came_to: dict[int, int],
) -> list[ChangeLink]:
    """Links for the changes the linker left: a pair near the change whose figures name what
    it is about, or the movement it points back to. ``came_to``: the level each change is told
    with, by the change's id (``changes_between``)."""
    if not unlinked:
        return []
    change_spans = {(c.start, c.end) for c in changes}
    levels = [q for q in change_levels(analysis) if (q.start, q.end) not in change_spans]
    # a pair another change is told with is that change's ("18% higher than last year and 9%
    # more than the ten-year average")
    claimed = {pair_spans(link.candidates[0]) for link in linked if link.candidates}
    # pairs the printed shapes read ("That compares with 8% in the autumn") are at two times
    # (in the order they print: "7% on the top dose, compared with 2% on placebo" is 2% then 7%)
    shaped = {pair_order(p) for p in printed}
    links = []
    for change in unlinked:
        quote = analysis.quote_at(change.start)
        if quote is not None and quote.direct:
            continue  # "Doubling our industry in five years": a speaker's hope, not a report
        link = _loose_link(analysis, change, changes, levels, claimed, shaped, came_to)
        if link is None:
            link = _range_pointed_at(analysis, change, changes, printed)
        if link is not None:
            links.append(link)
    return links


def _range_pointed_at(
    analysis: Analysis, change: StatedChange, changes: list[StatedChange], printed: list[Endpoints]
) -> ChangeLink | None:
    """ "The cap will come down from £1,928 to £1,690 ... The 13.2% cut is driven by": a change
    that points back, with no figures of its own and naming no measure of its own, is about
    the last movement told before it; a range is one too. None when that is no range, or
    another movement of its kind is told between them."""
    if not _points_back(analysis, change) or has_own_figures(analysis, change):
        return None
    before = [
        p
        for p in printed
        if max(p.old.end, p.new.end) <= change.start
        and in_window(analysis, change, p.new.quantity, WINDOW_BACK)
    ]
    if not before:
        return None
    last = max(before, key=lambda p: max(p.old.end, p.new.end))
    end = max(last.old.end, last.new.end)
    if (
        last.how != "range"
        or not fits_kind(change, last)
        or last.direction != change.direction
        or not _plausible(change, last)
    ):
        return None
    if any(
        other is not change and other.kind == change.kind and end <= other.start < change.start
        for other in changes
    ):
        return None
    named = _named_after_noun(analysis, change) | _owner_named(analysis, change)
    if named and not same_words(named, with_synonyms(stretch_words(analysis, last.new.quantity))):
        return None  # ("the 20% rise in parking charges": a measure of its own, named)
    return ChangeLink(change, [last], "it points back to the range told before it")


def _named_after_noun(analysis: Analysis, change: StatedChange) -> set[str]:
    """What a change's noun of movement is "in" or "of" ("the 20% rise in parking charges")."""
    text = analysis.text
    noun = CHANGE_NOUN_AFTER.match(text[change.end : change.end + 40])
    at = change.end + (noun.end() if noun else 0)
    after = NAMED_AFTER.match(text, at, at + 50)
    return with_synonyms({stem(w) for w in content_words(after.group(1))}) if after else set()


def _loose_link(
    analysis: Analysis,
    change: StatedChange,
    changes: list[StatedChange],
    levels: list[Quantity],
    claimed: set[frozenset[int]],
    shaped: set[tuple[int, int]],
    came_to: dict[int, int],
) -> ChangeLink | None:
    # a change that points back ("the figure represented a 26 per cent lift", "The
    # year-on-year gain of", "the R125 monthly jump") is about figures told before it
    back = _points_back(analysis, change)
    near = [q for q in levels if in_window(analysis, change, q, WINDOW_BACK if back else 1)]
    if len(near) > MAX_FIGURES:
        return None  # a table of results: too many readings for any one to be the change's
    pairs = [p for p in all_pairs(analysis, change, near) if fits_kind(change, p)]
    if not pairs:
        return None
    own = has_own_figures(analysis, change)
    # figures beside the change are its own: only a pair in its sentence, or the level it
    # came to and an earlier level anywhere near, is told with it; "the figure" is the level
    # of the sentence before
    reached = _own_level(analysis, change, level_reached(analysis, change)) if own else None
    pointed = None if own else _level_pointed_at(analysis, change, near)
    if pointed is not None:
        own, reached = True, pointed
    # a change told of its own subject with no figure of its own and no word pointing back
    # ("sales dipped 3.8%", "the economy grew by 9.5%") may be of anything near it: on clean
    # BBC copy every such loose link was to another measure. It is linked only to the one pair
    # after it whose figures each name its subject ("slashes police overtime by more than
    # 30%. ... overtime line would be set at $14.2m for the coming year ... to spend $17.8m
    # on overtime in the current year")
    unanchored = not (own or back)
    subject = {w for w in subject_words(analysis, change) if not CHANGE_VERB.fullmatch(w)}
    named_after = names_its_measure(analysis, change)
    owner = _owner_named(analysis, change)
    strong = [
        p
        for p in pairs
        # (the arithmetic first: it is the cheapest test and leaves few pairs)
        if _plausible(change, p)
        and (
            (pair_order(p) in shaped and not own)
            or _told(analysis, change, p, reached if own else -1, levels)
        )
        and (
            _about(analysis, change, p, subject, pair_order(p) in shaped)
            or (back and _last_before(change, p, pairs) and not (named_after or owner))
            or (pointed is not None and p.new.start == pointed)
        )
        and p.direction == change.direction
        and same_years(analysis, change, p)
        and not other_place(analysis, change, p)
        and not changes_between(change, p, changes, set(), came_to)
        and pair_spans(p) not in claimed
        and (not unanchored or _each_names(analysis, change, p, subject))
    ]
    if not strong or ((pointed is not None or unanchored) and len(strong) > 1):
        return None  # ("the figure" and two earlier levels: which one is unsaid)
    strong.sort(key=lambda p: p.distance(change.start))
    partners = shape_partners(shaped)
    others = [p for p in pairs if p not in strong and not crosses_series(p, partners)]
    return ChangeLink(change, strong + others, "two levels at two times name it", len(strong))


def _each_names(
    analysis: Analysis, change: StatedChange, pair: Endpoints, subject: set[str]
) -> bool:
    """Both figures come after the change, outside its sentence, and each one's own stretch
    names what the change is about."""
    here = analysis.sentence_at(change.start)
    figures = (pair.old, pair.new)
    if any(f.start < change.end or analysis.sentence_at(f.start) is here for f in figures):
        return False
    return bool(subject) and all(
        same_words(with_synonyms({stem(w) for w in stretch_words(analysis, f.quantity)}), subject)
        for f in figures
    )


def _told(
    analysis: Analysis,
    change: StatedChange,
    pair: Endpoints,
    reached: int | None,
    levels: list[Quantity],
) -> bool:
    """Are the two figures told as one measure at two times, for this change? ``reached`` is
    -1 for a change with no figures of its own, else where its own level starts (None when it
    has figures beside it but no level)."""
    here = analysis.sentence_at(change.start)
    inside = [analysis.sentence_at(f.start) is here for f in (pair.old, pair.new)]
    if all(inside) and reached not in (None, -1) and pair.new.start != reached:
        # "a profit of €41m, compared with €37m, on sales up 6% to €880m": a change told with
        # its own level is a movement to that level; a pair beside it ending elsewhere is
        # another measure's
        return False
    if all(inside) or reached == -1:
        return told_at_two_times(analysis, pair, beside=all(inside))
    return (
        pair.new.start == reached
        and not inside[0]
        and before_level(analysis, pair)
        and not series_of_its_own(analysis, pair.old.quantity, levels)
    )


def _own_level(analysis: Analysis, change: StatedChange, reached: int | None) -> int | None:
    """Where the level a change is told with starts: the one it came to ("rose 9% to 1,500"),
    or the one it follows after a comma ("1,500 members, up 9%")."""
    if reached is not None:
        return reached
    return level_before(analysis, change)


def _plausible(change: StatedChange, pair: Endpoints) -> bool:
    """A loose pair is the change's only if the change is of its order: within three times the
    change the figures imply (a slip of a digit or a fraction, not another measure's figures:
    "9%" against figures 350% apart)."""
    old, new = pair.old.value, pair.new.value
    if old <= 0:
        return False
    sizes = []
    if change.kind == "ratio":
        sizes.append((abs(new / old - 1), abs(change.value - 1)))
    elif change.kind == "percent":
        sizes.append((abs(new - old) / old * 100, change.value))
        if pair.kind == "percent":
            sizes.append((abs(new - old), change.value))  # points called per cent
    else:
        sizes.append((abs(new - old), change.value))
        if change.kind == "points":
            sizes.append((abs(new - old) / old * 100, change.value))  # per cent called points
    return any(
        implied > 0 and stated > 0 and 1 / 3 <= stated / implied <= 3 for implied, stated in sizes
    )


# "The year-on-year gain of", "the R125 monthly jump", "the figure represented a": the change
# names something already told
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$|"
    # "welcomed the improvement, a fall of 25 points": a change in apposition to a definite
    # noun of movement
    r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(MOVEMENT_NOUNS, key=len, reverse=True))
    + r"),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$",
    re.I,
)

_FIGURE_WORDS = re.compile(
    r"\b(?:the|this|that) (?:figure|number|total|tally|count|level|result)\b|"
    r"^\W*(?:It|This|That)\s+(?:was|is|represents|represented|marks|marked|meant|means)\b|"
    # "the deterioration represented an increase of": a definite subject of a verb of equating
    r"\b(?:the|this|that)\s+[\w-]+\s+(?:represented|represents|marked|marks|meant|means|"
    r"amounted to|amounts to)\s+(?:a|an)\b",
    re.I,
)


def _clause_before(analysis: Analysis, change: StatedChange) -> str:
    sentence = analysis.sentence_at(change.start)
    start = sentence.start if sentence is not None else max(0, change.start - 120)
    # ("That was above the spring's level, when sales slipped 2%": a "when" clause is the change's
    # own, of its own time; "That was" points back from the clause it heads, not from this one)
    return re.split(
        r";\s|,\s+(?:and|but|while|when|whereas)\s", analysis.text[start : change.start]
    )[-1]


# a possessive is definite too: "Limpopo's 6.4-point jump", "the club's 12% rise"; a name's
# says whose the change is
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?=(?-i:[A-Z]))|\b(?:the|this|that|its)\s+)[\w-]+['’]s\s+$", re.I
)

_OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w-]*)['’]s\s+$")


def _points_back(analysis: Analysis, change: StatedChange) -> bool:
    before = _clause_before(analysis, change)
    return bool(
        _DEFINITE_BEFORE.search(before[-40:])
        or _FIGURE_WORDS.search(before)
        or _POSSESSIVE_BEFORE.search(before[-40:])
    )


def owner_first(analysis: Analysis, change: StatedChange, pairs: list[Endpoints]) -> None:
    """Orders a change's candidate pairs (nearest first) so that, when a possessive names
    whose the change is, the pairs whose own figures name that owner come first: "Northgate
    61.2%, up from 55.0%, and Southmere 62.2%, up from 60.1%. Northgate's 7.2-point rise"."""
    owner = _owner_named(analysis, change)
    pairs.sort(key=lambda p: p.distance(change.start))
    if owner:
        pairs.sort(
            key=lambda p: (
                not any(
                    same_words(owner, stretch_words(analysis, f.quantity)) for f in (p.old, p.new)
                )
            )
        )


def _owner_named(analysis: Analysis, change: StatedChange) -> set[str]:
    """Whose the change is, when a possessive says so ("Limpopo's 6.4-point jump"): the
    figures it points back to must name that owner, not merely come last."""
    m = _OWNER_BEFORE.search(analysis.text, max(0, change.start - 40), change.start)
    return {stem(m.group("owner"))} if m else set()


def _level_pointed_at(analysis: Analysis, change: StatedChange, near: list[Quantity]) -> int | None:
    """ "A crowd of 11,460 poured through the turnstiles. ... the figure represented a 26 per
    cent lift": the change's clause names "the figure" (or opens "It was", "That is"); its level
    is the last one told in the sentence before."""
    if not _FIGURE_WORDS.search(_clause_before(analysis, change)):
        return None
    sentence = analysis.sentence_at(change.start)
    previous = analysis.sentence_before(sentence) if sentence is not None else None
    if previous is None:
        return None
    # (of those, the ones with a partner of their measure near: not "by nine points")
    told = [
        q
        for q in near
        if previous.start <= q.start < previous.end
        and any(o is not q and comparable(q, o) and compatible(q, o, across=True) for o in near)
    ]
    return told[-1].start if len(told) == 1 else None


def _last_before(change: StatedChange, pair: Endpoints, pairs: list[Endpoints]) -> bool:
    """Is the pair told before the change, and the last so told (the one "the gain" names)?"""
    end = max(pair.old.end, pair.new.end)
    if end > change.start:
        return False
    later = [
        p for p in pairs if p.kind == pair.kind and end < max(p.old.end, p.new.end) <= change.start
    ]
    return not later


def _about(
    analysis: Analysis,
    change: StatedChange,
    pair: Endpoints,
    subject: set[str],
    shaped: bool = False,
) -> bool:
    """The two figures name one thing, and it is what the change is about (or they sit in the
    change's own sentence)."""
    here = analysis.sentence_at(change.start)
    if all(analysis.sentence_at(f.start) is here for f in (pair.old, pair.new)):
        return True
    words = [stretch_words(analysis, f.quantity) for f in (pair.old, pair.new)]
    if any(analysis.sentence_at(f.start) is here for f in (pair.old, pair.new)):
        if _another_measure_after(analysis, pair, subject):
            return False  # "Sales rose 12% to £4.8m. The chain had made £4.1m in profits"
        # the level a change came to is what the change names: "Membership rose 15% to 1,500";
        # the next sentence may name it by pointing back: "The stock had closed at 104p"
        return same_words(words[0] | words[1], subject) or _next_points_back(analysis, pair)
    # (two figures the printed shape joins, or the second pointing back at the first, "The
    # regional figure had been 38 per cent", are one measure whatever words they use)
    if not (shaped or same_words(words[0], words[1]) or _second_points_back(analysis, pair)):
        return False
    named = with_synonyms({stem(w) for w in words[0] | words[1]})
    return same_words(named, subject)


# "The stock had closed at", "They had traded at": the subject of the sentence after the change
# is the change's, named by a pronoun or a bare definite noun
_OPENS_POINTING_BACK = re.compile(
    r"\W*(?:It|They|Its|Their|The\s+[a-z]+)\s+(?:had|has|was|were|is|are)\b"
)

# "£4.1m in profits", "£2m of debt": the measure a figure names right after it
_MEASURE_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\b(?!\s+(?:of|to)\b)"
)


def _next_points_back(analysis: Analysis, pair: Endpoints) -> bool:
    """Is the later figure in the sentence right after the earlier's, and does that sentence open
    by pointing back at the earlier's subject?"""
    first, second = sorted((pair.old, pair.new), key=lambda f: f.start)
    sa, sb = analysis.sentence_at(first.start), analysis.sentence_at(second.start)
    if sa is None or sb is None or analysis.sentence_after(sa) is not sb:
        return False
    return bool(_OPENS_POINTING_BACK.match(analysis.text, sb.start, second.start))


def _another_measure_after(analysis: Analysis, pair: Endpoints, subject: set[str]) -> bool:
    """Does a figure name, right after it, a measure the change's subject does not ("£4.1m in
    profits" beside "Sales rose")?"""
    for figure in (pair.old, pair.new):
        m = _MEASURE_AFTER.match(analysis.text, figure.end)
        noun = m.group("noun") if m else ""
        if noun and noun not in STOP_WORDS and not same_words(with_synonyms({stem(noun)}), subject):
            return True
    return False


def _second_points_back(analysis: Analysis, pair: Endpoints) -> bool:
    """Does the later figure's sentence, the one after the earlier's, point back at it?"""
    first, second = sorted((pair.old, pair.new), key=lambda f: f.start)
    sa, sb = analysis.sentence_at(first.start), analysis.sentence_at(second.start)
    if sa is None or sb is None or analysis.sentence_after(sa) is not sb:
        return False
    return bool(POINTS_BACK.search(analysis.text[sb.start : second.start]))


def with_alternatives(
    analysis: Analysis, links: list[ChangeLink], printed: list[Endpoints]
) -> list[ChangeLink]:
    """Every link also carries the other pairs of levels of the change's kind near it (a
    paragraph before, three after) told at two times and moving its way: the rule reports a change only when none
    of them explains it ("The previous year's allocation had been €12.5m, so the 2023 budget
    represented an increase of €1.7m": €12.5m to the €14.2m allocated, not to the €11.9m
    spent). A change that points back ("That shift amounts to a 12% increase") may be about any
    pair the printed shapes joined before it ("46%, up from 41% in the spring"), whatever
    words date the two figures."""

    levels = change_levels(analysis)
    for link in links:
        change = link.change
        near = [q for q in levels if in_window(analysis, change, q) and q.start != change.start]
        if len(near) > MAX_FIGURES:
            continue
        have = {pair_spans(p) for p in link.candidates}
        link.candidates += [
            p
            for p in all_pairs(analysis, change, near)
            if fits_kind(change, p)
            and p.direction == change.direction
            and pair_spans(p) not in have
            and told_at_two_times(analysis, p)
        ]
        if link.how == SAME_SENTENCE or not _points_back(analysis, change):
            continue  # (a change printed in one clause with its figures is theirs)
        have = {pair_spans(p) for p in link.candidates}
        link.candidates += [
            p
            for p in printed
            if max(p.old.end, p.new.end) <= change.start
            and in_window(analysis, change, p.new.quantity)
            and fits_kind(change, p)
            and p.direction == change.direction
            and pair_spans(p) not in have
        ]
    return links
