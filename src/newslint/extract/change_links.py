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

from newslint.extract.change_endpoints import TO_LEVEL, endpoints
from newslint.extract.change_loose import loose_links, with_alternatives
from newslint.extract.changes import (
    BACK_REFERENCE,
    CHANGE_NOUN_AFTER,
    CLAUSE_BREAK,
    PARAGRAPHS_APART,
    POINTS_BACK,
    STOP_WORDS,
    WORD,
    ChangeLink,
    Endpoints,
    StatedChange,
    is_threshold,
    stated_changes,
)
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

_OWN_FIGURES_FOLLOW = re.compile(r"^,?\s*(?:from|to)\s+\S*\d", re.I)

# -- linking ------------------------------------------------------------------------------


def link_changes(analysis: Analysis) -> list[ChangeLink]:
    changes = stated_changes(analysis)
    pairs = endpoints(analysis, changes)
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
        reached = _level_reached(analysis, change)
        own = [
            p
            for p in pairs
            if _fits_kind(change, p)
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
            nearest = min(own, key=lambda p: _distance(change, p))
            links.append(ChangeLink(change, [nearest], "same sentence"))
            claimed.setdefault(id(nearest), set()).add(change.kind)
    linked = {id(link.change) for link in links}
    for change in changes:
        if id(change) in linked or _has_own_figures(analysis, change):
            continue
        candidates = [
            p
            for p in pairs
            if _fits_kind(change, p)
            and change.kind not in claimed.get(id(p), set())
            and p.direction == change.direction
            and _within(analysis, change, p)
            and _same_years(analysis, change, p)
        ]
        subject = _subject_words(analysis, change)
        if not subject & _RATE_WORDS:
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
            if same_words(subject, _concept_words(analysis, p))
            and not _changes_between(change, p, changes, linked)
        ]
        if related:
            # the nearest pair about the same thing; any other is kept for the "fits any" test
            related.sort(key=lambda p: _distance(change, p))
            # a pair nearer the change, though its words name nothing of it ("fell by 9.8%.
            # Statistics showed a decline from 785 to 708"), may be its own: kept for that test
            nearer = _distance(change, related[0])
            related += [p for p in candidates if p not in related and _distance(change, p) < nearer]
            links.append(ChangeLink(change, related, "what changed is named beside the figures"))
        elif (back := _pair_pointing_back(analysis, change, candidates)) is not None:
            links.append(ChangeLink(change, [back], "the figures after it point back to it"))
    linked = {id(link.change) for link in links}
    links += loose_links(
        analysis, [c for c in changes if id(c) not in linked], changes, links, pairs
    )
    return sorted(with_alternatives(analysis, links), key=lambda link: link.change.start)


_DEFINITE_CHANGE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:drop|fall|rise|increase|decrease|decline|cut|"
    r"reduction|jump|gain|growth)\s+(?:of\s+)?$",
    re.I,
)
_RATE_WORDS = frozenset(
    [
        "rate",
        "unemployment",
        "jobless",
        "inflation",
        "share",
        "support",
        "vote",
        "poll",
        "turnout",
        "margin",
        "proportion",
        "percentage",
        "yield",
        "occupancy",
        "take-up",
        "coverage",
        "approval",
        "rating",
        "deficit",
    ]
)
# topic words that name no measure: two sentences sharing them may be about anything
_TOPIC_WORDS = frozenset(
    [
        "economy",
        "growth",
        "output",
        "market",
        "company",
        "firm",
        "group",
        "business",
        "industry",
        "country",
        "government",
        "report",
        "data",
        "official",
        "officials",
        "analyst",
        "analysts",
        "state",
    ]
)
# where a change's clause starts: its subject is after this
_CLAUSES = re.compile(r";\s|\bwhile\s|\bwhereas\s|\bbut\s|,\s+and\s|,\s+(?=with\b)|\)\s+and\s")


def _level_reached(analysis: Analysis, change: StatedChange) -> int | None:
    """Where the level a change came to starts ("rose 32,000 to 1.41 million"), if it says."""
    text = analysis.text
    after = analysis.quantities_in(change.end, change.end + 40)
    for q in after:
        if TO_LEVEL.match(text[change.end : q.start]):
            return q.start
        break
    return None


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


def _changes_between(
    change: StatedChange, pair: Endpoints, changes: list[StatedChange], linked: set[int]
) -> bool:
    """ "Spending rose 1.5% ... Car sales fell 2.8% ... Confidence rose to 104 from 103": another
    movement told without figures stands between the change and the pair; the pair may be its
    figures, or a third measure's, as well as the change's. (The headline's change told again
    in the lede is one movement, not another.)"""
    first = min(pair.old.start, pair.new.start)
    return any(
        other is not change
        and id(other) not in linked
        and other.kind == change.kind
        and (other.value, other.direction) != (change.value, change.direction)
        and change.end <= other.start < first
        for other in changes
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


def _has_own_figures(analysis: Analysis, change: StatedChange) -> bool:
    """ "rose 32,000 to 1.41 million", "more than halved, from 96 ... to 47", "tripled,
    exceeding $86m": figures beside the change are its own; it is not about figures elsewhere."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    end = sentence.end if sentence else change.end + 60
    window = (max(change.start - 40, sentence.start if sentence else 0), end)
    for q in analysis.quantities_in(*window):
        if (q.start, q.end) == (change.start, change.end) or q.change is not None:
            continue
        if q.dimension in ("time", "age", "duration"):
            continue
        if is_threshold(text, q):
            continue  # "dipping below the $100,000 mark": a line crossed, not the change's figure
        if q.kind in ("count", "money", "measure", "percent"):
            if (
                q.kind == "count"
                and q.value is not None
                and q.value < 13
                and not re.search(r"\d", q.text)
            ):
                continue  # "four new routes": a small number in words is no measure
            return True
    return bool(_OWN_FIGURES_FOLLOW.match(text[change.end : change.end + 12]))


# newsroom names for one measure: a change and its figures may use either
_SYNONYMS = [
    {"unemployment", "jobless", "unemployed", "joblessness"},
    {"revenue", "sale", "turnover", "takings"},
    {"profit", "earning", "income", "earned", "earn"},
    {"price", "cost"},
    {"attendance", "crowd", "spectator", "visitor", "gate"},
    {"passenger", "ridership", "rider", "journey", "boarding"},
    {"fire", "bushfire", "wildfire", "blaze"},
    {"rain", "rainfall"},
    {"vote", "preference", "ballot"},
    {"rent", "rental"},
    {"wait", "waiting", "waiting-list"},
]


def _with_synonyms(words: set[str]) -> set[str]:
    out = set(words)
    for group in _SYNONYMS:
        if words & group:
            out |= group
    return out


def _subject_words(analysis: Analysis, change: StatedChange) -> set[str]:
    """What changed: the content words of the change's clause before it ("Bus ridership
    jumped 18%"; for "..., with the party up three per cent" the sentence's first clause too),
    and a short "in/of ..." after it ("a drop of 4.5 per cent in the primary vote")."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    start = sentence.start if sentence else max(0, change.start - 120)
    clauses = _CLAUSES.split(text[start : change.start])
    before = clauses[-1]
    if len(clauses) > 1 and re.match(r"\s*with\b", before):
        before = clauses[0] + " " + before  # "Fine Gael ..., with the party up three per cent"
    after = re.match(
        r"\s+(?:in|of|for)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)",
        text[change.end : change.end + 50],
    )
    words = WORD.findall(before) + (WORD.findall(after.group(1)) if after else [])
    found = {
        _stem(w) for w in words if w.lower() not in STOP_WORDS and w.lower() not in _TOPIC_WORDS
    }
    return _with_synonyms(found)


def _concept_words(analysis: Analysis, pair: Endpoints) -> set[str]:
    """What the pair's figures measure: the words of each figure's clause up to it and just
    after it ("Buses carried 48.3 million passengers", "total attendance ... came to 862,000")."""
    text = analysis.text
    words: list[str] = []
    for figure in (pair.old, pair.new):
        sentence = analysis.sentence_at(figure.start)
        start = sentence.start if sentence else max(0, figure.start - 120)
        before = re.split(r";\s|\bwhile\s|,?\s+and\s+(?=[a-z]+\s)", text[start : figure.start])[-1]
        # after it, to the end of its clause ("1,840 patients were admitted with flu")
        after = re.split(r"[,;.]\s", text[figure.end : figure.end + 60], maxsplit=1)[0]
        words += WORD.findall(before) + WORD.findall(after)
    return {_stem(w) for w in words if w.lower() not in STOP_WORDS}


def _fits_kind(change: StatedChange, pair: Endpoints) -> bool:
    if change.kind == "points":
        return pair.kind == "percent"
    if change.kind == "absolute":
        q, p = change.quantity, pair.new.quantity
        return q is not None and _compatible_change(q, p)
    return True


def _compatible_change(change: Quantity, figure: Quantity) -> bool:
    if change.kind != figure.kind:
        return False
    if change.kind == "money" and change.currency != figure.currency:
        return False
    if change.kind == "measure" and change.unit != figure.unit:
        return False
    return (change.per or None) == (figure.per or None)


def _is_difference(change: StatedChange, pair: Endpoints) -> bool:
    points = abs(pair.new.value - pair.old.value)
    return change.kind == "percent" and abs(points - change.value) < 1e-6 * max(1.0, points)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _same_years(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """A change dated to a span of years ("grew by 12% between 2001 and 2011") is not about
    figures whose sentences name other years ("84,000 in 2021, against 80,000 in 2011"); one
    year ("jumped 18% in 2023") may be the figures' "last year"."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return True
    said = set(_YEAR.findall(text[sentence.start : sentence.end]))
    if len(said) < 2:
        return True
    figures = set()
    for k in pair.sentences:
        if k >= 0:
            figures |= set(
                _YEAR.findall(text[analysis.sentences[k].start : analysis.sentences[k].end])
            )
    return not figures or said <= figures


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


def _distance(change: StatedChange, pair: Endpoints) -> int:
    return min(abs(change.start - pair.old.start), abs(change.start - pair.new.start))


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


def same_words(a: set[str], b: set[str]) -> bool:
    """Do two sets of words share one, matched on its first five letters ("visitor", "visits";
    "arrivals", "arrived")?"""
    return bool({w[:5] for w in a if len(w) > 3} & {w[:5] for w in b if len(w) > 3}) or bool(a & b)


def _stem(word: str) -> str:
    """A plural's singular, near enough to match "buses" with "bus", "rents" with "rent"."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "ses")) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
