"""Totals and the lists of parts an article gives for them (NUM007's reading).

Two kinds of list:

- figures: "a fleet of 36 buses: 20 diesel, 10 hybrids and four battery-electric", "The tally
  was made up of 51 gold, 43 silver and 63 bronze medals", "12 men and 9 women, 23 people in
  all", "spread across three areas: six in Nenagh, five in Thurles and four in Cashel";
- names: "Three people were arrested: A, B, C and D", "four children, Patrick, Maureen, Kevin
  and Anne", "the five accused are ...", "Seven new stations ... The proposed stations are at
  ...".

Whether a list is the whole of its total is read by ``extract/list_complete.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, last_digit_step, numerals, printed, with_approx
from newslint.extract.change_endpoints import ON_OLD
from newslint.extract.change_words import YEAR
from newslint.extract.list_complete import (
    APPOSED_LIST,
    COMPLETE,
    OF_THE,
    SOURCES,
    cue_names_total,
    every_result,
    figure_kind,
    is_group_count,
    is_spell,
    item_count,
    list_completeness,
    nearly_all,
    same_measure,
    sentence_start,
    stem,
    summable,
)
from newslint.extract.not_parts import counts_groups, held_by_name, neither_whole_nor_part
from newslint.extract.part_kinds import taken_from, whole_words
from newslint.report.model import Quantity, Span

if TYPE_CHECKING:
    from newslint.analysis import Analysis


_SUM_AFTER = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:in all|in total|altogether|all told|between them)\b", re.I
)
_NAMED_TOTAL = re.compile(r"^\s+(?:total|overall|combined total)\b", re.I)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:than|from|compared (?:with|to)|against|versus|vs\.?|out of|previous|last year['’]s|"
    r"this year['’]s|a year earlier['’]s)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
# "48,212 votes against 31,905 for Peter Mwangi": the figure after "against" is the other
# side's tally, not a reference
_OTHER_SIDE = re.compile(r"\s+(?:votes?\s+)?for\s+(?:the\s+)?[A-Z]")
# what separates the parts of one list in a sentence, and what never does
# ("48,212 votes against 31,905 for ...": a figure after "against" is read only as a tally)
_LIST_GAP = re.compile(r",|;|\band\b|\bfollowed by\b|\bwith\b|\bagainst\b", re.I)
_NOT_LIST_GAP = re.compile(
    r"\b(?:where|which|who|whom|whose|when|while|whereas|than|because|although|though|by just|of whom|"
    r"out of|per|each)\b|%",
    re.I,
)
# "... sponsorship of $15,600 and the festival raffle, which brought in $9,250": the last item
# with its figure in a clause of its own
_LAST_ITEM_CLAUSE = re.compile(
    r"^\s*,?\s*and\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s+"
    r"(?:which|that)\s+(?:[a-z]+\s+){1,3}$"
)
# "Labour won 22 seats, the Conservatives 14": parts split by who holds them
# ("the Congress with 12", "The JD(S) won five", "Labour on 4,100")
_AFTER_NAME = re.compile(
    r"[A-Z][\w'’.()-]*(?:\s+(?:won|took|holds|has|had|gained|kept|bagged|secured|with|on))?\s+$"
)
_DISTRIBUTED = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?P<prep>in|at|from|on|for)\s+[A-Z]")
# a figure after these is not the whole: "another eight domains", "four nominations apiece"
NOT_THE_WHOLE = re.compile(
    r"\b(?:another|other|more|additional|extra|further|remaining|among|amongst|of the)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)


_OF_WHOM = re.compile(r",\s+of (?:whom|which)\s+$", re.I)
# ("made up 1,410 of the total": the figure before "of the total" is a part of it)
_PART_OF_IT = re.compile(
    r"^\s+of (?:those|these|them|(?:the|this|that) (?:total|sum|amount|figure))\b", re.I
)


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    text: str
    value: float
    interval: Interval
    # the unit, scale and decimals of a plain printed figure ("£7m" and "£12m" share one),
    # empty when hedged, a range, a share or a number word: parts printed to the total's own
    # digits are added as printed
    printed_to: str = ""


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts the article lists for it, and why the list counts as complete."""

    total: Part
    parts: tuple[Part, ...]
    named: bool  # parts are names, each counting one
    cue: str  # why the list is complete, or "parts exceed the total"
    complete: bool
    listed: str = "names"  # what a named list's parts are: "names", or "items" (things)


def breakdowns(analysis: Analysis) -> list[Breakdown]:
    from newslint.extract.line_lists import bullet_rosters, line_lists
    from newslint.extract.rosters import name_lists
    from newslint.extract.spread_parts import spread_sums
    from newslint.extract.total_wide import wide_breakdowns

    found = _figure_lists(analysis) + name_lists(analysis)
    read = {(b.total.start, b.parts[0].start) for b in found}
    found += [b for b in line_lists(analysis) if (b.total.start, b.parts[0].start) not in read]
    found += bullet_rosters(analysis)
    found += wide_breakdowns(analysis, {p.start for b in found for p in b.parts})
    totals = {b.total.start for b in found}
    spread = spread_sums(analysis, {p.start for b in found for p in b.parts})
    found += [b for b in spread if b.total.start not in totals]
    return sorted(found, key=lambda b: b.total.start)


# -- lists of figures ---------------------------------------------------------------------


# "a two-term councillor", "a 12-strong squad": a number joined to a word describes one thing
_MODIFIER_AFTER = re.compile(r"-[a-z]")


# "jailed for a combined 38 years", "a total of 41 years", "38 years between them": spells
# said to be a sum
_SUMMED_SPELL = re.compile(
    r"(?:\b(?:a\s+)?(?:combined|total\s+of|cumulative|aggregate(?:\s+of)?)\s+)$", re.I
)


def _summed_spell(text: str, total: Quantity) -> bool:
    return bool(
        _SUMMED_SPELL.search(text[max(0, total.start - 25) : total.start])
        or re.match(r"\s+between them\b", text[total.end : total.end + 20])
    )


def list_figures(analysis: Analysis) -> tuple[list[Quantity], list[Quantity]]:
    """(the figures that may be a total or a part, the ones of them that may be listed parts),
    read once per article: the lists beside their totals and the paragraph-wide ones ask."""
    memo: dict[str, tuple[list[Quantity], list[Quantity]]] = analysis.memo("list_figures")
    if "read" not in memo:
        memo["read"] = _list_figures(analysis)
    figures, parts = memo["read"]
    return list(figures), list(parts)


def _list_figures(analysis: Analysis) -> tuple[list[Quantity], list[Quantity]]:
    text = analysis.text
    figures = [
        q
        for q in analysis.quantities
        if summable(q)
        and not is_group_count(text, q)
        and (
            not _REFERENCE_BEFORE.search(text[max(0, q.start - 30) : q.start])
            or _OTHER_SIDE.match(text, q.end)
        )
        # "handled 3.62m TEU, up 6.2% on the 3.41m it handled the year before": the base of a
        # change is the earlier level, neither a whole nor a part of this one
        and not ON_OLD.search(text, max(sentence_start(analysis, q.start), q.start - 60), q.start)
        and not neither_whole_nor_part(analysis, q)
    ]
    figures = _without_old_compounds(text, figures)
    # a number joined to a word is no part of a list, but may be its total ("the 28-man squad
    # comprises 12 forwards, ...")
    listable = [q for q in figures if not _MODIFIER_AFTER.match(text, q.end)]
    parts = [q for q in listable if not _compound(text, q)] + _gapped(analysis, figures)
    return figures, sorted(parts, key=lambda q: q.start)


_TENS = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", re.I)
_UNITS = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)", re.I)


def _without_old_compounds(text: str, figures: list[Quantity]) -> list[Quantity]:
    """ "If I find there forty and five": a number spelled the old way, tens "and" units, is one
    number (45), not a list of two; the quantity table reads two, so neither is a figure here."""
    dropped: set[int] = set()
    for a, b in itertools.pairwise(figures):
        if (
            _TENS.fullmatch(a.text)
            and _UNITS.fullmatch(b.text)
            and re.fullmatch(r"\s+and\s+", text[a.end : b.start])
        ):
            dropped |= {id(a), id(b)}
    return [q for q in figures if id(q) not in dropped]


def list_runs(analysis: Analysis, parts: list[Quantity]) -> list[list[Quantity]]:
    return _lists(analysis, parts)


def _figure_lists(analysis: Analysis) -> list[Breakdown]:
    from newslint.extract.line_lists import told_whole

    text = analysis.text
    figures, parts = list_figures(analysis)
    found: list[Breakdown] = []
    for run in _lists(analysis, parts):
        if _heads_the_rest(analysis, run) and not _whole_told_before(analysis, figures, run):
            # "closed 57 schools. ... 31 were shut in Cork, 22 in Kerry and 9 in Limerick": the
            # figure the list was carried over from is its total, not a part
            run = run[1:]
        # (a list carried into the next paragraph is read only for parts that exceed the total:
        # no cue before it is known to cover the paragraph after)
        spread = _paragraphs_apart(analysis, run[0].start, run[-1].start) > 0
        after = None if spread else _total_after(analysis, figures, run)
        if after is not None:
            found.append(breakdown_of(after, run, "in all", True))
            continue
        total = _total_before(analysis, figures, run)
        if total is None or not _counts_what_total_counts(analysis, total, run):
            continue
        if is_spell(total) and not _summed_spell(text, total):
            continue  # "served 30 years, 12 of them abroad": spells add up only when said to
        cue = "" if spread else list_completeness(analysis, total, run)
        if cue and _a_sliver(total, run):
            continue  # "52,000 calls ... a team of four volunteers ... 38 call handlers"
        if cue:
            found.append(breakdown_of(total, run, cue, True))
        elif _exceeds(analysis, total, run):
            found.append(breakdown_of(total, run, "the parts add up to more than the total", False))
        elif not spread and told_whole(analysis, total, run, figures):
            cue = "the next sentence breaks the total down into three parts or more, to 95% of it"
            found.append(breakdown_of(total, run, cue, True))
    return found


def _a_sliver(total: Quantity, run: list[Quantity]) -> bool:
    """Do the parts come to less than a twentieth of the total? Then they count something
    else: a list said to be complete misses a part or a digit, not nineteen twentieths."""
    return sum(q.value or 0.0 for q in run) < (total.value or 0.0) / 20


def _compound(text: str, q: Quantity) -> bool:
    """ "a 33-man squad", "the two-match series": a figure hyphenated to its noun describes the
    noun; it may be a total, never one part of a list."""
    return bool(re.match(r"-[a-z]", text[q.end : q.end + 2]))


# "The DA holds 24 seats, ActionSA 7, the Freedom Front Plus 5 and the IFP 2": the figures the
# quantity table leaves alone after a name (as it leaves "Windows 7"), read as parts when they
# continue a list of figures with the verb left out
_GAPPED = re.compile(
    # (or after the colon that opens the list: "The final tally on the 53-seat authority was:
    # Labour 24, Conservatives 13, ...")
    r"(?:,|\band|:)\s+(?:the\s+)?(?P<name>[A-Z][\w+&'’.-]*(?:\s+[A-Z][\w+&'’.-]*){0,3})\s+"
    r"(?P<n>\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s*(?:,|\.|;|\band\b|$))"
)


def _gapped(analysis: Analysis, figures: list[Quantity]) -> list[Quantity]:
    from newslint.extract.timex import number

    text = analysis.text
    taken = [(q.start, q.end) for q in analysis.quantities]
    found = []
    for sentence in {id(s): s for q in figures if (s := analysis.sentence_at(q.start))}.values():
        counts = [
            q for q in figures if sentence.start <= q.start < sentence.end and q.kind == "count"
        ]
        if not counts:
            continue
        # ("the council's new make-up was: Labour 24, Conservatives 16, ..., independents 4":
        # a colon before the first count the table read opens the list of names and figures)
        colon = text.rfind(":", sentence.start, counts[0].start)
        for m in _GAPPED.finditer(text, colon if colon >= 0 else counts[0].end, sentence.end):
            start, end = m.span("n")
            value = number(m.group("n"))
            if value is None or any(a < end and start < b for a, b in taken):
                continue
            found.append(Quantity(start=start, end=end, text=m.group("n"), value=value))
    return found


def _lists(analysis: Analysis, figures: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more figures of one measure printed as one list: separated by commas,
    "and", "followed by", or by a full stop and a short sentence about the next part ("will take
    88 beds and the unit will have 71. The rehabilitation unit will have 65")."""
    text = analysis.text
    runs: list[list[Quantity]] = []
    current: list[Quantity] = []
    for q in figures:
        if current:
            gap = text[current[-1].end : q.start]
            same_sentence = analysis.sentence_at(q.start) is analysis.sentence_at(current[-1].start)
            if same_sentence and _some_of_the_last(text, current[-1], q):
                continue  # "15 were taken to hospital, four of them in a serious condition"
            if same_sentence:
                joined = len(gap) <= 90 and (
                    (bool(_LIST_GAP.search(gap)) and not _NOT_LIST_GAP.search(gap))
                    or bool(_LAST_ITEM_CLAUSE.match(gap))
                )
            else:
                joined = (
                    len(gap) <= 120
                    # ("... and the mill 80. Altogether the three firms employ": a count
                    # after "the" names a set already told, not the next part)
                    and not _DEFINITE_COUNT.search(text, max(0, q.start - 8), q.start)
                    and ("\n" not in gap or _counts_on(analysis, current, q))
                    and _opens_sentence(analysis, q)
                    and _next_sentence(analysis, current[-1], q)
                    and not _another_time(analysis, current[-1], q)
                )
            # "a fleet of 36 buses: 20 diesel, ...": a colon or a cue ends a run; what comes
            # before it is a total, not a part
            # "Of the £8.5m total, £4.2m ...": a figure named as the total heads what follows
            # ("made up 7,200 of them, day tickets 4,100": "of them" after a part is that part's)
            cue = COMPLETE.search(_PART_OF_IT.sub("", gap, count=1))
            opens = (
                ":" in gap
                or cue
                or SOURCES.search(gap)  # "United's 64 goals came from Rashid with 21, ..."
                or _NAMED_TOTAL.match(gap)
                or OF_THE.search(gap)  # "..., of the 12,418 votes cast": the whole
                or TOTAL_OF.search(text[max(0, q.start - 20) : q.start])  # "A total of 86,321"
            )
            # "23 runners in all", "..., a total of 31": the total
            summed = _SUM_AFTER.match(text[q.end : q.end + 40]) or _SUM_BEFORE.search(gap)
            if same_measure(current[-1], q) and joined and not opens and not summed:
                current.append(q)
                continue
            if len(current) >= 2:
                runs.append(current)
        current = [q]
    if len(current) >= 2:
        runs.append(current)
    return runs


# "four of them", "two of whom": some of what the figure before counted
_OF_THE_LAST = re.compile(r"\s+of\s+(?:whom|which|them|those|these)\b", re.I)


def _some_of_the_last(text: str, last: Quantity, q: Quantity) -> bool:
    """Is ``q`` a share of the figure before it, set off by a comma ("15 were taken to hospital,
    four of them in a serious condition")? It is a part of that part, not the list's next."""
    return (
        bool(_OF_THE_LAST.match(text, q.end))
        and "," in text[last.end : q.start]
        and (q.value or 0) < (last.value or 0)
    )


_DEFINITE_COUNT = re.compile(r"\b(?:the|these|those|all|both)\s+$", re.I)


def _counts_on(analysis: Analysis, run: list[Quantity], q: Quantity) -> bool:
    """ "... with 17 wards, followed by the BJP with 13. // The JD(S) won six wards and ...": a
    list carried into the next paragraph counts on what it counted, and was not closed by an
    "and" before its last part ("..., Greens 4 and independents 2. // Before the poll ...")."""
    if len(run) >= 2 and re.search(r"\band\b", analysis.text[run[-2].end : run[-1].start]):
        return False
    return bool(q.counted) and stem(q.counted or "") in {stem(p.counted) for p in run if p.counted}


def _another_time(analysis: Analysis, last: Quantity, q: Quantity) -> bool:
    """ "... 690 good and 138 adequate. The regulator carried out 1,198 inspections the
    previous year.": a figure in the next sentence that names a time the list's sentence does
    not ("the previous year", "in 2019", "last month") is a figure of that time, not the
    list's next part."""
    here, there = analysis.sentence_at(last.start), analysis.sentence_at(q.start)
    if here is None or there is None:
        return False
    return bool(_times(analysis, there) - _times(analysis, here))


def _times(analysis: Analysis, sentence: Span) -> set[str]:
    """The times a sentence names, as printed: its years and its time expressions."""
    said = {
        t.text.lower()
        for t in analysis.time_expressions_in(sentence.start, sentence.end)
        if t.kind != "duration"
    }
    return said | {m.group(0) for m in YEAR.finditer(analysis.text, sentence.start, sentence.end)}


def _next_sentence(analysis: Analysis, a: Quantity, b: Quantity) -> bool:
    sa, sb = analysis.sentence_at(a.start), analysis.sentence_at(b.start)
    if sa is None or sb is None:
        return False
    return analysis.sentence_index(sb) == analysis.sentence_index(sa) + 1


def _heads_the_rest(analysis: Analysis, run: list[Quantity]) -> bool:
    """Is the run's first figure the total of the rest? Carried over from the sentence before,
    or set off by a comma ("23 people over the weekend, 15 men and nine women"), and about as
    large as the others together."""
    if len(run) < 3:
        return False
    sentence = analysis.sentence_at(run[0].start)
    lead = analysis.text[sentence.start if sentence else run[0].start : run[0].start]
    if OF_THE.search(lead[-40:]) or _OF_WHOM.search(analysis.text, run[0].end, run[1].start):
        # "Of the 48 councillors, 22 ...", "420 graduates, of whom 250 ..."
        return all(_larger(run[0], p) for p in run[1:])
    if ":" in lead or COMPLETE.search(lead):
        return False  # "The 28-man squad comprises 12 forwards, ...": the list opens there
    same = sentence is analysis.sentence_at(run[1].start)
    # ("played 38 league games, winning 20, drawing 10 and losing 8": the games, then results)
    if same and not every_result(analysis.text, run[1:]):
        # "23 people over the weekend, 15 men and nine women": a count of one noun set off by a
        # comma, then counts of others; not "£41,000 from the fun run, £27,000 from ..."
        apposed = APPOSED_LIST.match(analysis.text[run[0].end : run[1].start])
        nouns = {stem(q.counted or "") for q in run[1:]}
        if not apposed or not run[0].counted or stem(run[0].counted) in nouns:
            return False
    rest = sum(q.value or 0 for q in run[1:])
    return 0.8 * rest <= (run[0].value or 0) <= 1.25 * rest


def _whole_told_before(analysis: Analysis, figures: list[Quantity], run: list[Quantity]) -> bool:
    """ "8,412 valid votes were cast. ... won 3,906 votes. The DA's ... 2,874, ... the remaining
    521": a whole told before that the whole run comes to (within a tenth) makes its first
    figure a part too, not the head of the rest."""
    whole = _total_before(analysis, figures, run)
    if whole is None or not whole.value:
        return False
    return abs(sum(q.value or 0 for q in run) - whole.value) <= 0.1 * whole.value


def _opens_sentence(analysis: Analysis, q: Quantity) -> bool:
    """Is ``q`` the first figure of its sentence (a list carried into the next sentence)? An
    age beside a name is no figure of a list ("Marcus Reid, 29, received ten years")."""
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return False
    lead = analysis.text[sentence.start : q.start]
    for age in analysis.quantities_in(sentence.start, q.start):
        if age.dimension == "age" and age.end <= q.start:
            a, b = age.start - sentence.start, age.end - sentence.start
            lead = lead[:a] + " " * (b - a) + lead[b:]
    return not re.search(r"\d", lead)


def _counts_what_total_counts(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """ "The eight pages consist of ... seven movements": parts that name what they count must
    count what the total counts ("36 buses: 20 diesel, 10 hybrids and four electric buses")."""
    text = analysis.text
    noun = stem(total.counted or "")
    named = {stem(q.counted) for q in run if q.counted}
    several = sum(1 for q in run if q.counted) >= 2
    apart = analysis.sentence_at(total.start) is not analysis.sentence_at(run[0].start)
    lead = text[sentence_start(analysis, run[0].start) : run[0].start]
    opened = ":" in lead or COMPLETE.search(lead) or SOURCES.search(lead)
    if apart and not opened and noun and all(_plural(q) for q in run) and noun not in named:
        # "eight members of the team ... five loaded magazines and four pistols": kinds of the
        # total are named beside it ("36 buses: 20 diesel, 10 hybrids"), by a bare word
        # ("nine gold, eight silver") or after a cue ("The breakdown shows 141 drivers, ...");
        # sentences away with none, parts that each count things of their own count others
        return bool(_CHAMBER.match(text, total.end))
    # parts that all count one other thing ("seven movements ... two movements") are not parts
    # (a body's size counts its seats: "the 12-member council", five seats and three)
    chamber = bool(_CHAMBER.match(text, total.end))
    if any(counts_groups(total, q) for q in run):
        return False  # "30 delegates are shared out among its 10 districts"
    return not noun or not several or len(named) > 1 or noun in named or chamber


def _plural(q: Quantity) -> bool:
    word = (q.counted or "").split()[-1:]
    return bool(word) and (
        word[0] in ("people", "men", "women", "children")
        or (word[0].endswith("s") and not word[0].endswith("ss"))
    )


def _total_after(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity]
) -> Quantity | None:
    """ "12 men and 9 women, 23 people in all"."""
    text = analysis.text
    after = bisect.bisect_right(figures, run[-1].end, key=lambda f: f.start)
    for q in (figures[i] for i in range(after, len(figures))):
        if q.start - run[-1].end >= 60:
            break  # figures are in order: the rest are further away
        summed = _SUM_AFTER.match(text[q.end : q.end + 40]) or _SUM_BEFORE.search(
            text[run[-1].end : q.start]
        )
        # "6,102 votes, Mr Tan 4,877 and Ms Ochieng 1,339, of the 12,418 cast"
        whole = len(run) >= 3 and OF_THE.search(text[run[-1].end : q.start])
        if (summed or whole) and same_measure(q, run[0]) and all(_larger(q, p) for p in run):
            return q
    return _total_said_later(analysis, figures, run) if len(run) >= 3 else None


# "Cork had 14, Kerry 9 and Clare 6, a total of 31", "..., bringing the weekend's total to 23":
# the whole said right after its parts
_SUM_BEFORE = re.compile(
    r"^[^.;:]{0,30}?(?:\ba total of|\bin total,?|\bin all,?|\baltogether,?|\b(?:bringing|taking|"
    r"making)\s+(?:the|its|their)?\s*(?:[\w'’-]+\s+){0,2}?(?:total|tally|haul|count|number)\s+to)"
    r"\s+(?:some\s+)?$",
    re.I,
)
# "... got 6,114 votes. A total of 86,321 valid votes were cast": the whole, said after its parts
TOTAL_OF = re.compile(
    r"(?:\ba total of|\bin total,?|\bin all,?|\baltogether,?|\boverall,?)\s+(?:some\s+)?$", re.I
)


# "Altogether, the three firms employ 445 people", "Between them, they ...": a sentence that
# opens by saying it sums what came before
_SUM_OPENER = re.compile(
    r"\s*(?:Altogether|In total|In all|All told|All in all|Together|Between them|Combined|"
    r"Taken together|Overall)\b",
)


def _sum_word_beside(text: str, q: Quantity) -> bool:
    return bool(
        TOTAL_OF.search(text[max(0, q.start - 20) : q.start])
        or _summed_spell(text, q)
        or _SUM_AFTER.match(text[q.end : q.end + 40])
    )


def said_as_sum(analysis: Analysis, q: Quantity) -> bool:
    """Is the figure said to be a sum: "a total of 86,321", "a combined 38 years", "445 people
    in all", "£9m between them", or in a sentence that opens "Altogether" or "In total"?"""
    if _sum_word_beside(analysis.text, q):
        return True
    sentence = analysis.sentence_at(q.start)
    return sentence is not None and bool(_SUM_OPENER.match(analysis.text, sentence.start))


def _total_said_later(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity]
) -> Quantity | None:
    """A figure introduced as "a total of" in one of the two sentences after the list's last
    part (within a paragraph), counting what the parts count."""
    last = analysis.sentence_at(run[-1].start)
    if last is None:
        return None
    k = analysis.sentence_index(last)
    end = analysis.sentences[min(k + 2, len(analysis.sentences) - 1)].end
    after = bisect.bisect_right(figures, run[-1].end, key=lambda f: f.start)
    for q in (figures[i] for i in range(after, len(figures))):
        if q.start >= end or _paragraphs_apart(analysis, run[-1].start, q.start) > 1:
            break
        if not said_as_sum(analysis, q):
            continue
        if not _sum_word_beside(analysis.text, q) and not nearly_all(q, run):
            continue  # "... and the mill 80. Altogether the region's firms employ 1,900": more
        if same_measure(q, run[0]) and all(_larger(q, p) for p in run):
            # what the parts count, said with the whole: "86,321 valid votes", not "27,100
            # ballot papers were issued"
            nouns = {stem(p.counted) for p in run if p.counted}
            first = re.match(r"\s+([a-z]+)", analysis.text[run[0].end : run[0].end + 20])
            nouns |= {stem(first.group(1))} if first else set()
            said = {stem(w) for w in re.findall(r"[a-z]+", analysis.text[q.end : q.end + 25])}
            if _gap_told_before(analysis, figures, q, run):
                return (
                    None  # "... with 1,148 delegates. Ortega 903, ... In all, 2,529": a part before
                )
            return q if not nouns or nouns & said else None
    return None


def _gap_told_before(
    analysis: Analysis, figures: list[Quantity], total: Quantity, run: list[Quantity]
) -> bool:
    """Is what the parts fall short of the total a figure of theirs told just before them
    (in the paragraph before or their own)? Then the list began there."""
    gap = (total.value or 0) - sum(p.value or 0 for p in run)
    return gap > 0 and any(
        q.end <= run[0].start
        and _paragraphs_apart(analysis, q.start, run[0].start) <= 1
        and same_measure(q, run[0])
        and abs((q.value or 0) - gap) <= 0.005 * gap
        for q in figures
    )


def _larger(total: Quantity, part: Quantity) -> bool:
    return (total.value or 0) > (part.value or 0)


def _total_before(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity]
) -> Quantity | None:
    """The nearest earlier figure of the same measure, larger than every part, within three
    paragraphs; further back than the paragraph before, only one that counts what the list's
    sentence names ("The tower's beds will be split ...") or that a cue there points back to
    ("the spending plan breaks down into ...")."""
    first = analysis.sentence_at(run[0].start)
    if first is None:
        return None
    index = analysis.sentence_index(first)
    lead_in = analysis.sentences[max(0, index - 1)].start  # "The tower's beds will be split ..."
    before = bisect.bisect_left(figures, run[0].start, key=lambda f: f.start)
    # ("collecting 24 medals ... the squad of 46 ... The haul was made up of nine gold, eight
    # silver and six bronze medals": a bare figure is passed over for one that counts what
    # the list names)
    named = {stem(p.counted) for p in run if p.counted}
    bare: Quantity | None = None
    referent = taken_from(analysis, run[0])
    stuff = _stuff_of(analysis.text, run[0])
    for q in (figures[i] for i in range(before - 1, -1, -1)) if referent or stuff else ():
        if _paragraphs_apart(analysis, q.start, run[0].start) > 3:
            break
        if not same_measure(q, run[0]) or not all(_larger(q, p) for p in run):
            continue
        if referent and referent in whole_words(analysis, q):
            return q  # "15 of the injured ... The remaining six": the count of the injured
        if stuff and _stuff_of(analysis.text, q) == stuff:
            # "19.2 million tonnes of canola ... 35.4 million tonnes of wheat ... 10.6 million
            # tonnes of canola, Alberta 6.5 million": the whole of what the parts measure
            return q
    for q in (figures[i] for i in range(before - 1, -1, -1)):
        apart = _paragraphs_apart(analysis, q.start, run[0].start)
        if apart > 4:
            return bare
        if not same_measure(q, run[0]) or not all(_larger(q, p) for p in run):
            continue
        if _WHOLE_OF_ANOTHER.search(analysis.text[max(0, q.start - 40) : q.start]):
            continue  # "controls 40 of the council's 77 seats": the 77 is another whole
        said = _names_the_total(analysis, q, lead_in, run[0].start)
        cued = any(
            cue_names_total(analysis, q, m.start())
            for m in itertools.chain(
                COMPLETE.finditer(analysis.text, lead_in, run[0].start),
                SOURCES.finditer(analysis.text, lead_in, run[0].start),
            )
        ) or item_count(analysis, q) == len(run)
        if apart <= 1 or said or (apart <= 3 and (cued or _exceeds(analysis, q, run))):
            if q.counted or not named:
                return q if bare is None or stem(q.counted or "") in named else bare
            bare = bare or q
    return bare


# what a figure is an amount of: "10.6 million tonnes of canola", "£3m of funding"
_STUFF = re.compile(r"\s+of\s+(?!the\b|those\b|these\b|them\b|it\b|which\b|whom\b)([a-z][\w-]+)")


def _stuff_of(text: str, q: Quantity) -> str:
    m = _STUFF.match(text, q.end)
    return stem(m.group(1)) if m else ""


# "40 of the council's 77 seats": the figure after "of" is the whole the first is part of
_WHOLE_OF_ANOTHER = re.compile(r"\d\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$")


def _names_the_total(analysis: Analysis, total: Quantity, start: int, end: int) -> bool:
    noun = stem(total.counted or "")
    words = {stem(w) for w in re.findall(r"[a-z]+", analysis.text[start:end].lower())}
    return bool(noun) and noun in words


# "the 40-ward council", "a 12-member board", "the 57-seat chamber": the size of a body, which
# the seats its parties won cannot exceed
_CHAMBER = re.compile(r"-(?:seat|member|ward|place|strong)\b")


def _exceeds(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Without a cue, only parts counting what the total counts, in a sentence after it."""
    if analysis.sentence_at(total.start) is analysis.sentence_at(run[0].start):
        return False  # "31 homes in A, 22 in B": the first figure is a part, not a total
    here = analysis.sentence_at(total.start)
    noun = stem(run[0].counted or "") or stem(total.counted or "")
    if here is None or not noun:
        return False
    words = {stem(w) for w in re.findall(r"[a-z]+", analysis.text[here.start : here.end].lower())}
    if noun not in words and not _CHAMBER.match(analysis.text, total.end):
        return False
    if NOT_THE_WHOLE.search(analysis.text[max(0, total.start - 20) : total.start]):
        return False
    # "31 homes were lost in Gidgegannup, 22 in Chidlow and 13 in Wooroloo": parts split by
    # place or kind, each followed by "in", "at", "from" and a name
    # ("Alvarez leads with 612 delegates. Brooks has 402 and Chen 151": a named side's tally is
    # no whole of its rivals'; it may be split by place)
    held = held_by_name(analysis, total) is not None
    split = sum(1 for p in run if _split_off(analysis.text, p, held))
    if split < 2:
        return False
    low = sum(_part(p, _half(p)).interval.low for p in run)
    return low > _part(total, _half(total)).interval.high


def _split_off(text: str, part: Quantity, held: bool) -> bool:
    """Is the part held by a place or a named side ("22 in Chidlow", "the BJP with 13")? When
    the total is itself a named side's tally, only a place splits it: "Alvarez leads with 612.
    Brooks has 402" and "... compares with 538 for Ruiz" are rivals' tallies."""
    placed = _DISTRIBUTED.match(text[part.end : part.end + 40])
    if placed and not (held and placed.group("prep") == "for"):
        return True
    return not held and bool(_AFTER_NAME.search(text[max(0, part.start - 40) : part.start]))


def breakdown_of(total: Quantity, parts: list[Quantity], cue: str, complete: bool) -> Breakdown:
    # a list printed to one decimal somewhere ("£2m for the roof and £2.5m for the hall") is
    # precise to that decimal throughout: "£2m" there is 1.95-2.05m, not 1.5-2.5m
    half = min(_half(q) for q in [total, *parts])
    return Breakdown(_part(total, half), tuple(_part(p, half) for p in parts), False, cue, complete)


# a figure printed in full digits, with no "m", "million" or "about": "1,240", "£412,000",
# "930-hectare", "410 hectares"
_FULL_DIGITS = re.compile(r"[£$€]?\d{1,3}(?:,\d{3})*(?:[ -][a-z]+)?|[£$€]?\d+(?:[ -][a-z]+)?")


def _half(q: Quantity) -> float:
    """Half the printed rounding; a figure printed in full to the unit ("31 homes", "1,240
    staff", "£412,000", "930 hectares": no "about", no "million") is exact, trailing zeros too:
    a writer who lists the parts of a whole gives them as counted."""
    interval = printed(q)
    if _FULL_DIGITS.fullmatch(q.text) and q.approx == "=" and interval.high - interval.low > 1:
        exact = printed(q, last_digit_step)
        if exact.high - exact.low <= 1:
            return 0.0
    half = (interval.high - interval.low) / 2
    if figure_kind(q) == "count" and half <= 0.5:
        return 0.0
    return half


def _part(q: Quantity, half: float) -> Part:
    value = q.value or 0.0
    own = with_approx(printed(q), q.approx)
    if q.approx == "=":
        own = Interval(value - min(half, _half(q)), value + min(half, _half(q)))
    return Part(q.start, q.end, q.text, value, own, _printed_to(q))


def _printed_to(q: Quantity) -> str:
    """Unit, scale and decimals of a plain figure, "" when it is hedged or not one numeral."""
    nums = numerals(q.text)
    if q.approx != "=" or q.low is not None or q.kind == "percent" or len(nums) != 1 or not q.value:
        return ""
    number = float(nums[0].replace(",", ""))
    decimals = len(nums[0].split(".", 1)[1]) if "." in nums[0] else 0
    return f"{q.unit}|{q.value / number:g}|{decimals}" if number else ""


def _paragraphs_apart(analysis: Analysis, a: int, b: int) -> int:
    pa, pb = analysis.paragraph_at(a), analysis.paragraph_at(b)
    if pa is None or pb is None:
        return 99
    return analysis.paragraph_index(pb) - analysis.paragraph_index(pa)
