"""The two figures a stated change is a change between (NUM006's endpoints).

*Endpoints* are the two figures of one measure at two times, read from how they are printed:

- one range with a direction: "rose from 40 to 50", "from 38 last season to 11";
- in one sentence: "48.3 million, up from 42.6 million", "to $2,390 from $2,310",
  "£18.4m, compared with £23.1m", "8,450 parcels, 1,400 more than last winter's 7,150";
- in two nearby sentences, the second marked as earlier: "stood at 11.9% in May. A year
  earlier, it was 14.0%." / "came to 862,000. Last season's figure was 756,000." / "received
  1,326 mm ... The normal for the season is 2,018 mm.";
- a change to a new level and the earlier level in a sentence nearby: "rose by 300 to 1,500.
  In 2023 the club had 1,300 members."
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, last_digit_step, numerals, printed
from newslint.extract.change_words import YEAR, shared_word
from newslint.extract.changes import (
    BACK_REFERENCE,
    CHANGE_VERB,
    CLAUSE_BREAK,
    POINTS_BACK,
    Endpoints,
    Figure,
    StatedChange,
    after_particle,
    is_threshold,
    minor_unit,
)
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# between the new figure and the old one in one sentence
_FROM_BEFORE_OLD = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing)\s+)?\bfrom\s+(?:a|an|the)?\s*$", re.I
)
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|from a|down from|up from|as against|"
    r"(?:more|fewer|less|higher|lower) than|(?:per cent|percent|%) (?:above|below))\s+"
    r"(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# a sentence that gives the earlier figure of a measure named in the sentence before
_EARLIER = re.compile(
    r"\b(?:(?:a|the|one|two|three|four|five|six|ten|twelve|\d+) (?:years?|months?|weeks?|"
    r"decades?|quarters?|seasons?) (?:earlier|before|ago|previously)|the year before|"
    r"previous|last (?:year|season|month|week|quarter|time)['’]?s?|"
    r"(?:that|this|which|it) compares? with|compared (?:with|to)|in the same "
    r"(?:period|quarter|month) (?:of|last|a year)|normal|average|predecessor|at the last|"
    r"beforehand|^\W*in (?:the )?(?:19|20)\d\d|in [A-Z][a-z]+ (?:19|20)\d\d|had (?:been|stood at)|"
    r"at the end of [A-Z][a-z]+)\b",
    re.I,
)
# words of _EARLIER that name a norm, not a time: "an average of £198,300" is no earlier level
_NORM_WORDS = frozenset({"normal", "average", "predecessor"})


def _marked_as_past(clause: str) -> bool:
    """Is a clause marked as earlier by a time ("a year earlier", "last season's"), not only
    by a norm ("an average of")?"""
    return any(m.group().lower() not in _NORM_WORDS for m in _EARLIER.finditer(clause))


# "up £1.1m on the previous year's £2.4m", "down 3% on last year's 812": the change, then
# "on" and the earlier figure
ON_OLD = re.compile(
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|jump|gain)\b(?:[^.;]|\.(?=\d)){0,30}?"
    # "up 3% on last year's 812", "an increase of 25% over the 2022 figure of 840" (not "over
    # the year to 840")
    r"\b(?:on|over)\s+(?:a|an|the)?\s*(?:(?!to\b|at\b)[\w'’-]+\s+){0,3}$",
    re.I,
)
_TO_BEFORE_NEW = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", re.I)


# ------------------------------------------------------------------------------


def endpoints(analysis: Analysis, changes: list[StatedChange]) -> list[Endpoints]:
    text = analysis.text
    sentences = analysis.sentences
    change_spans = {(c.start, c.end) for c in changes}
    figures = [q for q in level_figures(analysis) if (q.start, q.end) not in change_spans]
    found: list[Endpoints] = []

    starts = [s.start for s in sentences]

    def index(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < sentences[k].end else -1

    change_ends = sorted(c.end for c in changes)
    for q in figures:
        # "rose from 40 to 50", "up 12% on last year's 1,200 to 1,500": a range that moves
        ranged = (
            q.direction is not None
            or q.text.lower().startswith("from")
            or _after_change(text, change_ends, q)
        )
        if q.low is not None and q.high is not None and ranged:
            pair = _range_pair(q)
            if pair is not None:
                found.append(Endpoints(pair[0], pair[1], "range", (index(q.start),)))
    singles = [q for q in figures if q.value is not None and q.low is None]
    for k, b in enumerate(singles):
        # "48.3 million, up from 42.6 million": the old figure follows "from" or "compared
        # with"; the new one is the nearest figure of the same kind before it in the sentence
        lead = text[max(0, b.start - 60) : b.start]
        if not (_FROM_BEFORE_OLD.search(lead) or _COMPARED.search(lead) or ON_OLD.search(lead)):
            continue
        for a in reversed(singles[max(0, k - 4) : k]):
            if index(a.start) != index(b.start) and not _said_again(analysis, a, b, index):
                break
            if compatible(a, b) and comparable(a, b):
                between = text[a.end : b.start]
                joined = any(r.search(between) for r in (_FROM_BEFORE_OLD, _COMPARED, ON_OLD))
                if joined and len(between) <= 90 and not CLAUSE_BREAK.search(between):
                    where = tuple(sorted({index(a.start), index(b.start)}))
                    found.append(Endpoints(as_figure(b), as_figure(a), "from", where))
                break
    for k, a in enumerate(singles):
        # "from 96 in the same period of 2023 to 47": a range with words inside it
        if not re.search(
            r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", text[max(0, a.start - 12) : a.start], re.I
        ):
            continue
        for b in singles[k + 1 : k + 3]:
            gap = text[a.end : b.start]
            if not compatible(a, b):
                continue  # "from £4.10bn ($7.30bn) in 2019 to £3.65bn": skip the conversion
            if len(gap) <= 40 and not re.search(r";|,\s", gap) and _TO_BEFORE_NEW.search(gap):
                found.append(Endpoints(as_figure(a), as_figure(b), "from", (index(a.start),)))
            break
    paired = {id(p.new.quantity) for p in found} | {id(p.old.quantity) for p in found}
    moved_to = _levels_moved_to(analysis, changes)
    found += _across_sentences(
        analysis, [q for q in singles if id(q) not in paired], index, moved_to
    )
    found += _then_and_now(analysis, [q for q in singles if id(q) not in paired], index)
    # ("Leeds rose 12% to £4.8m. Bradford took £3.1m, against £2.9m a year earlier": a figure
    # already paired with another is that one's earlier level)
    return found + _to_level(analysis, changes, [q for q in singles if id(q) not in paired], index)


def level_figures(analysis: Analysis) -> list[Quantity]:
    """The figures that may be a level a change is between: counts, money, measures and
    percentages, not themselves changes, ages or times, comparisons or lines crossed (read
    once per article)."""
    return once_per_article(analysis, "_level_figures", _read_level_figures)


def once_per_article(analysis: Analysis, name: str, read) -> list:  # type: ignore[no-untyped-def]
    """``read(analysis)``, computed on the first call and kept on the Analysis (a copy each
    time, so a caller may change its list)."""
    memo = analysis.__dict__
    if name not in memo:
        memo[name] = read(analysis)
    return list(memo[name])


def _read_level_figures(analysis: Analysis) -> list[Quantity]:
    text = analysis.text
    return [
        q
        for q in analysis.quantities
        if q.kind in ("count", "money", "measure", "percent")
        and (q.change is None or after_particle(text, q))
        and q.dimension not in ("age", "time", "duration")
        # "2.4 times more likely": a comparison of two groups, not a level
        and not re.match(r"\s*times\b", text[q.end : q.end + 8])
        and not q.text.lower().endswith("times")
        and not is_threshold(text, q)
        and not ranked_list(text, q)
    ]


# "the 400 richest Americans", "the top 100 biggest firms": the size of a list cut by rank
_LIST_CUT_BEFORE = re.compile(r"\b(?:the|top)\s+$", re.I)
_LIST_CUT_AFTER = re.compile(r"\s+(?:most|least|best|worst|(?P<est>[a-z]{2,}est))\b")
_NOT_SUPERLATIVES = frozenset({"forest", "interest", "protest", "contest", "harvest", "request"})


def ranked_list(text: str, q: Quantity) -> bool:
    """Is the figure a list's size by rank ("the 400 richest Americans")? It measures no
    level: another year's list is as long."""
    after = _LIST_CUT_AFTER.match(text, q.end)
    return (
        after is not None
        and (after.group("est") or "").lower() not in _NOT_SUPERLATIVES
        and bool(_LIST_CUT_BEFORE.search(text, max(0, q.start - 8), q.start))
    )


def _after_change(text: str, change_ends: list[int], q: Quantity) -> bool:
    """Is the figure in the clause of a stated change just before it?"""
    k = bisect.bisect_right(change_ends, q.start) - 1
    if q.text.lower().startswith("between") or YEAR.match(q.text):
        return False  # "set to halve to between 3% and 5%": a forecast's range
    return (
        k >= 0
        and q.start - change_ends[k] <= 40
        and not re.search(r"[,;.]\s", text[change_ends[k] : q.start])
    )


def _said_again(analysis: Analysis, a: Quantity, b: Quantity, index) -> bool:  # type: ignore[no-untyped-def]
    """ "Exports reached $8.2bn. That was up 15% on the $7.6bn of 2022": the earlier figure's
    sentence opens by pointing back at the sentence before, where the new one is."""
    j = index(b.start)
    if j <= 0 or index(a.start) != j - 1:
        return False
    sentence = analysis.sentences[j]
    return bool(BACK_REFERENCE.match(analysis.text[sentence.start : b.start]))


def _levels_moved_to(analysis: Analysis, changes: list[StatedChange]) -> set[int]:
    """Where the levels that stated changes came to start ("rose 9% to 1,500", "£198,300, up
    4.9 per cent")."""
    found = set()
    for change in changes:
        for at in (level_reached(analysis, change), level_before(analysis, change)):
            if at is not None:
                found.add(at)
    return found


def _across_sentences(
    analysis: Analysis, singles: list[Quantity], index, moved_to: set[int]
) -> list[Endpoints]:  # type: ignore[no-untyped-def]
    """ "stood at 11.9% in May. A year earlier, it was 14.0%.": a level, and within the next
    three sentences a level of the same kind in a sentence marked as earlier ("a year earlier",
    "last season's figure", "that compares with", "the normal"). Each sentence holds only that
    one figure of the kind and no verb of change: both state levels, not movements. A level a
    change of its own came to ("paid an average of £198,300, up 4.9 per cent") is its series'
    level now, never the earlier figure of another, unless its clause dates it as past ("Arrears
    were £2.6m a year earlier, a rise of 30%": that change sums up the pair)."""
    found = []

    def level(q: Quantity) -> bool:
        return states_level(analysis, q, index)

    # figures of each kind in each sentence (a results table holds hundreds in one)
    kinds: dict[tuple[int, str, str | None], int] = {}
    for q in singles:
        if _small_in_words(q):
            continue  # ("4,310 children under five were admitted": an age band, no level)
        key = (index(q.start), q.kind, q.currency or q.unit)
        kinds[key] = kinds.get(key, 0) + 1

    def alone(q: Quantity) -> bool:
        """The only figure of its kind in its sentence."""
        return kinds.get((index(q.start), q.kind, q.currency or q.unit), 0) == 1

    def marked_earlier(q: Quantity) -> bool:
        return bool(_EARLIER.search(_own_clause(analysis, q, index)))

    for k, b in enumerate(singles):
        j = index(b.start)
        if j < 0 or b.approx in (">", ">=", "<", "<=") or not marked_earlier(b):
            continue
        if b.start in moved_to and not _marked_as_past(_own_clause(analysis, b, index)):
            continue
        if not level(b) or not alone(b):
            continue
        for a in reversed(singles[:k]):
            i = index(a.start)
            if i == j or i < j - 3:
                continue
            if not compatible(a, b, across=True) or not comparable(a, b):
                continue
            if a.approx in (">", ">=", "<", "<=") or not level(a):
                break
            if not alone(a) and not _alone_in_clause(analysis, a, singles):
                break
            if _near_paragraph(analysis, a.start, b.start):
                found.append(Endpoints(as_figure(b), as_figure(a), "earlier sentence", (i, j)))
            break
    return found


def _alone_in_clause(analysis: Analysis, q: Quantity, singles: list[Quantity]) -> bool:
    """The only figure of its kind between the commas around it: "With 84 per cent of the
    vote counted, Raman had 36.8 per cent" holds one level."""
    text = analysis.text
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return False
    start = max(sentence.start, text.rfind(",", sentence.start, q.start) + 1)
    comma = text.find(",", q.end, sentence.end)
    end = comma if comma >= 0 else sentence.end
    return not any(
        o is not q
        and start <= o.start < end
        and (o.kind, o.currency or o.unit) == (q.kind, q.currency or q.unit)
        and not _small_in_words(o)
        for o in singles
    )


def _small_in_words(q: Quantity) -> bool:
    """A small count in words ("under five", "four new routes") is no level of a measure."""
    return (
        q.kind == "count" and q.value is not None and q.value < 13 and not re.search(r"\d", q.text)
    )


def states_level(analysis: Analysis, q: Quantity, index) -> bool:  # type: ignore[no-untyped-def]
    """No verb of change in the figure's clause ("In April 2024, the figure was $1,860,
    meaning a gain of ..." states a level)."""
    text, sentence = analysis.text, analysis.sentences[index(q.start)]
    # (a clause's comma is followed by a space: not the one inside "11,000")
    # ("... has grown by 1,200 since 2020 and now stands at 8,450": the level's own clause)
    commas = [m.end() for m in re.finditer(r"[,;]\s|\sand\s", text[sentence.start : q.start])]
    clause_start = sentence.start + (commas[-1] if commas else 0)
    after = re.split(r"[,;]\s", text[q.end : sentence.end], maxsplit=1)[0]
    return not CHANGE_VERB.search(text[clause_start : q.start] + " " + after)


def _own_clause(analysis: Analysis, q: Quantity, index) -> str:  # type: ignore[no-untyped-def]
    """The words of the figure's clause, without the figure: where its earlier-marker sits."""
    text, sentence = analysis.text, analysis.sentences[index(q.start)]
    start = max(sentence.start, text.rfind(";", sentence.start, q.start) + 1)
    # ("a loss of $470m (compared to a profit of £13m a year ago)": a marker after another
    # figure, or inside brackets, is that figure's)
    end = min(
        [o.start for o in analysis.quantities_in(q.end, sentence.end) if o.dimension != "time"]
        + [sentence.end]
    )
    after = re.split(r"[;.]\s|\(", text[q.end : end], maxsplit=1)[0]
    return text[start : q.start] + " " + after


# "rose by 300 to 1,500", "grew 8% to 3.9 million", "has halved to 1,210": a change, then the
# level it came to
TO_LEVEL = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?to\s+(?:about\s+|around\s+|some\s+)?$")


def _to_level(
    analysis: Analysis, changes: list[StatedChange], singles: list[Quantity], index
) -> list[Endpoints]:  # type: ignore[no-untyped-def]
    """ "Membership rose by 300 to 1,500. In 2023 the club had 1,300 members.": a change to a
    new level, and the earlier level stated on its own in one of the two sentences either side,
    marked as earlier ("in 2023", "last year", "a year earlier") in its own clause."""
    text = analysis.text
    starts = [q.start for q in singles]
    found = []
    for change in changes:
        k = bisect.bisect_left(starts, change.end)
        if k == len(singles) or not TO_LEVEL.match(text[change.end : singles[k].start]):
            continue
        new = singles[k]
        j = index(new.start)
        years = set(YEAR.findall(_own_clause(analysis, new, index)))
        olds = []
        for old in singles:
            i = index(old.start)
            if (
                abs(i - j) != 1
                or old.approx != "="
                or not _near_paragraph(analysis, old.start, new.start)
            ):
                continue
            if not compatible(old, new, across=True) or not comparable(old, new):
                continue
            clause = _own_clause(analysis, old, index)
            dated = set(YEAR.findall(clause))
            # ("By 2030 the firm hopes to double output to 80,000": a later year is no
            # earlier level)
            earlier = _EARLIER.search(clause) or (dated and years and max(dated) < min(years))
            # about the same thing: "Membership rose ... In 2023 the club had 1,300 members",
            # not "Sales rose 8% to £4.2m. In 2022 the firm made a profit of £3.1m."
            level = text[analysis.sentences[j].start : analysis.sentences[j].end]
            # ("The trust had 640 nurses in 2022. That has now risen by 120 to 790")
            same = shared_word(clause, level) or (i < j and POINTS_BACK.match(level))
            if earlier and same and states_level(analysis, old, index):
                olds.append((abs(i - j), old))
        nearest = [old for apart, old in olds if apart == min(a for a, _ in olds)]
        if len(nearest) == 1:
            where = tuple(sorted({index(nearest[0].start), j}))
            found.append(
                Endpoints(as_figure(nearest[0]), as_figure(new), "a change to a level", where)
            )
    return found


# "when 2,400 students attended", "back in 2015 there were 2,400": a level in the past
_THEN = re.compile(r"\bwhen\b|\bback in\b|\bin (?:(?-i:[A-Z][a-z]+) )?(?:19|20)\d\d\b", re.I)
_NOW = re.compile(r"\b(?:now|this year|today|currently|at present|so far this year)\b", re.I)


def _then_and_now(analysis: Analysis, singles: list[Quantity], index) -> list[Endpoints]:  # type: ignore[no-untyped-def]
    """ "Enrolment has halved since 2015, when 2,400 students attended. This year there are
    1,500.": a level marked as past, then in the next sentence one marked as now; each the
    only figure of its kind in its sentence, neither a movement."""
    found = []
    for k, a in enumerate(singles):
        i = index(a.start)
        if i < 0 or a.approx != "=" or not _THEN.search(_own_clause(analysis, a, index)):
            continue
        nearby = [b for b in singles[k + 1 : k + 4] if index(b.start) == i + 1]
        matching = [b for b in nearby if compatible(a, b, across=True) and comparable(a, b)]
        if len(matching) != 1 or sum(1 for b in singles if index(b.start) == i) != 1:
            continue
        b = matching[0]
        if not _NOW.search(_own_clause(analysis, b, index)) or b.approx != "=":
            continue
        if states_level(analysis, a, index) and states_level(analysis, b, index):
            found.append(Endpoints(as_figure(a), as_figure(b), "then and now", (i, i + 1)))
    return found


def _near_paragraph(analysis: Analysis, a: int, b: int) -> bool:
    pa, pb = analysis.paragraph_at(a), analysis.paragraph_at(b)
    if pa is None or pb is None:
        return False
    return abs(analysis.paragraph_index(pb) - analysis.paragraph_index(pa)) <= 2


def comparable(a: Quantity, b: Quantity) -> bool:
    """Two figures of one measure at two times are within a factor of five of each other."""
    if not a.value or not b.value:
        return False
    return 0.2 <= a.value * minor_unit(a) / (b.value * minor_unit(b)) <= 5


def compatible(a: Quantity, b: Quantity, across: bool = False) -> bool:
    """Same kind, currency, unit and rate ("a month"); across sentences a rate may be left
    unsaid the second time ("$2,050 a month. A year ago, the figure was $1,860"), and a unit or
    currency may be left unsaid by one of the two ("18.2 million pints, down 14% on the
    previous year's 19.6 million")."""
    if a.value is None or b.value is None:
        return False
    if a.kind != b.kind:
        return _unit_left_unsaid(a, b) or _unit_left_unsaid(b, a)
    if a.kind == "money" and a.currency != b.currency:
        return False
    if a.kind == "measure" and a.unit != b.unit:
        return False
    pers = {a.per or None, b.per or None}
    if len(pers) > 1 and not (across and None in pers):
        return False
    return not (a.kind == "percent" and "point" in (a.text + b.text).lower())


_BARE_NUMBER = re.compile(r"[\d.,]+(?:\s*(?:m|bn|k|million|billion|thousand))?", re.I)


def _unit_left_unsaid(said: Quantity, bare: Quantity) -> bool:
    """ "18.2 million pints ... 19.6 million": a money or measure figure and a bare number."""
    return (
        said.kind in ("money", "measure")
        and bare.kind == "count"
        and not bare.counted
        and bool(_BARE_NUMBER.fullmatch(bare.text))
        and 0.5 <= (said.value or 0) / (bare.value or 1) <= 2  # not "$3.71 ... an 18-cent drop"
    )


def as_figure(q: Quantity) -> Figure:
    # writers compute a change from the figures they print: each is read to its last digit
    # "95p" beside "£1.05": pence in pounds
    factor = minor_unit(q)
    interval = printed(q, last_digit_step)
    if factor != 1:
        interval = Interval(interval.low * factor, interval.high * factor)
    return Figure(q.start, q.end, q.text, (q.value or 0.0) * factor, interval, q)


def _range_pair(q: Quantity) -> tuple[Figure, Figure] | None:
    """ "from 900 to 450": the first printed number is the old figure; each read to its last
    printed digit."""
    nums = numerals(q.text)
    if len(nums) < 2 or q.low is None or q.high is None:
        return None
    first, last = (float(n.replace(",", "")) for n in (nums[0], nums[-1]))
    if first + last == 0:
        return None
    scale = (q.low + q.high) / (first + last)  # "m", "million", "per cent" scale both
    figures = []
    for numeral, number in ((nums[0], first), (nums[-1], last)):
        value = number * scale
        half = last_digit_step(numeral) * abs(scale)
        if q.kind == "percent":
            half = min(half, 0.5)
        figures.append(
            Figure(q.start, q.end, q.text, value, Interval(value - half, value + half), q)
        )
    return figures[0], figures[1]


def level_reached(analysis: Analysis, change: StatedChange) -> int | None:
    """Where the level a change came to starts ("rose 32,000 to 1.41 million"), if it says."""
    text = analysis.text
    after = analysis.quantities_in(change.end, change.end + 40)
    if after and TO_LEVEL.match(text[change.end : after[0].start]):
        return after[0].start
    return None


# "106 homicides in 2025, down 27 from the year before": a level, a comma, its change
_LEVEL_THEN_CHANGE = re.compile(r"^[^.;:]{0,40},\s+(?:[a-z]+\s+){0,4}$")
# the same told with a longer stretch between ("$2.17bn in revenue in the first ten months,
# about $74m more than a year ago"): no second comma, no clause break
_LEVEL_FAR_THEN_CHANGE = re.compile(r"^[^.;:,]{0,70},\s+(?:[a-z]+\s+){0,4}$")


def level_before(analysis: Analysis, change: StatedChange, far: bool = False) -> int | None:
    """Where the level a change follows after a comma starts ("1,500 members, up 9%", "2.5% of
    output, down three-quarters from ...", "raised $4m in May, three times as much as ..."):
    the change is the movement that came to it. ``far`` reads a longer stretch between them."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return None
    before = [
        q
        for q in analysis.quantities_in(sentence.start, change.start)
        if q.end <= change.start and q.dimension not in ("time", "age", "duration")
    ]
    if not before:
        return None
    between = analysis.text[before[-1].end : change.start]
    if _LEVEL_THEN_CHANGE.match(between) or (
        far and _LEVEL_FAR_THEN_CHANGE.match(between) and not CLAUSE_BREAK.search(between)
    ):
        return before[-1].start
    return None


_OWN_FIGURES_FOLLOW = re.compile(r"^,?\s*(?:from|to)\s+\S*\d", re.I)


def has_own_figures(analysis: Analysis, change: StatedChange) -> bool:
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
    if _OWN_FIGURES_FOLLOW.match(text[change.end : change.end + 12]):
        return True
    # "$2.17bn in revenue in the first ten months, about $74m more than a year ago"
    return level_before(analysis, change, far=True) is not None
