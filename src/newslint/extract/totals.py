"""Totals and the lists of parts an article gives for them (NUM007's reading).

Two kinds of list:

- figures: "a fleet of 36 buses: 20 diesel, 10 hybrids and four battery-electric", "The tally
  was made up of 51 gold, 43 silver and 63 bronze medals", "12 men and 9 women, 23 people in
  all", "spread across three areas: six in Nenagh, five in Thurles and four in Cashel";
- names: "Three people were arrested: A, B, C and D", "four children, Patrick, Maureen, Kevin
  and Anne", "the five accused are ...", "Seven new stations ... The proposed stations are at
  ...".

A list counts as complete (so its parts must add up to the total) only when the wording says so:
a colon or a comma right after the total, "made up of", "consisting of", "comprises",
"breaks down into", "breakdown", "split among", "in all", "covered every", the same number of
groups as parts ("three programmes" and three figures), or "the N nouns are ...". "Including",
"among them", "such as" never make a list complete. A list of figures whose parts add up to
*more* than the total is read as well: no complete list is needed to see that.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, last_digit_step, printed, with_approx
from newslint.extract.change_endpoints import ON_OLD
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

_PARTIAL = re.compile(
    r"\b(?:includ\w*|(?<!split )(?<!divided )(?<!spread )among(?:st)?|such as|like|for example|e\.g\.|notably|other|others|"
    # ("Some 1,204 backed the offer": "some" before a figure is "about")
    r"besides|as well as|plus|also|several|some(?!\s+\d)|many|more|further|another)\b",
    re.I,
)


def partial(text: str) -> bool:
    """Does ``text`` say a list is partial ("including", "among them")? A capitalised word
    inside a name is not that word ("the Freedom Front Plus")."""
    for m in _PARTIAL.finditer(text):
        word = m.group(0)
        if (
            word[:1].islower()
            or not text[: m.start()].strip()
            or text[: m.start()].rstrip()[-1:] in ".:;"
        ):
            return True
    return False


_COMPLETE = re.compile(
    r"(?P<cue>\bmade up of|\bconsist(?:s|ed|ing)? of|\bcompris(?:e|es|ed|ing)\b|\bbreaks? down\b|"
    r"\bbroken down\b|\bbreakdown\b|\bsplit (?:among|between|into|across)|\bdivided (?:among|"
    r"between|into)|\bspread (?:across|among|over)|\bcovered every|\baccounted for (?:all|every)|"
    # "Of the total, Sh3.9bn ...", "the money came from ticket sales of ...", "in full:"
    # ("three of which", "the money came from": a part, or not a whole, so neither is a cue)
    r"\b[Oo]f (?:the|this|that) (?:total|sum|amount|figure)\b|\bin full\b|"
    # "Of those, 812 were adults, ...", "Of that, £41.2m goes to schools", "420 graduates, of
    # whom 250 were women"
    r"\b[Oo]f (?:those|these|that|this|them|it),|,\s+of (?:whom|which)\b)",
    re.I,
)
# "the money came from ticket sales of $21,400, ...": a cue only right before the list (after
# it, "Much of the funding came from Sir Paul" names a source, not the parts)
_SOURCES = re.compile(r"(?P<cue>\b(?:came|comes|come) from\b)", re.I)
_AFTER_TOTAL = re.compile(r"^(?:[\s-]*[a-z][\w'’-]*){0,7}?\s*(?P<mark>:)\s*", re.I)
_SUM_AFTER = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:in all|in total|altogether|all told)\b", re.I
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
# nouns that name the groups a total is split into: "three programmes", "four categories"
_GROUP_NOUNS = re.compile(
    r"^(?:part(?:y|ies)|categor(?:y|ies)|programs?|programmes?|areas?|segments?|divisions?|"
    r"units?|regions?|wards?|districts?|groups?|sections?|parts?|types?|sources?|departments?|"
    r"streams?|components?|elements?|constituenc(?:y|ies)|count(?:y|ies)|days?|classes|"
    r"sites?|locations?|branches|businesses|arms?|lines?|heads?|items?|local electoral areas?|"
    r"double-headers?|matches|games|rounds?|stages?|phases?|quarters?|halves)\b",
    re.I,
)
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
_DISTRIBUTED = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?:in|at|from|on|for)\s+[A-Z]")
# a figure after these is not the whole: "another eight domains", "four nominations apiece"
NOT_THE_WHOLE = re.compile(
    r"\b(?:another|other|more|additional|extra|further|remaining|among|amongst|of the)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
_DEFINITE_SUBJECT = re.compile(r"(?:it|this|that|they|these|those|its|their|the)", re.I)
# "23 people over the weekend, 15 men and nine women", "14 schools - eight primaries and five
# secondaries -", "20 medals (seven gold, six silver, eight bronze)": the parts in apposition to
# the total
_APPOSED_LIST = re.compile(r"^(?:\s+[a-z][\w'-]*){0,4}\s*(?:,|\s[-–—]|\s\()\s*$")
# "The Greens won nine seats. They took four in the north, ...": the next sentence's subject is
# the total
_PRONOUN_LIST = re.compile(r"\s*(?:They|These|Those|It|Its|Their)\s+(?:[a-z]+\s+){0,2}$")


# "Of the 48 councillors elected, 22 ...", "..., of the 12,418 votes cast": the whole
_OF_THE = re.compile(
    r"\b(?:of|out of)\s+(?:the|its|their|those|these|all(?: the)?|a total of)\s+$", re.I
)
_OF_WHOM = re.compile(r",\s+of (?:whom|which)\s+$", re.I)
_OF_IT = re.compile(r"of (?:those|these|that|this|them|it),|,\s+of (?:whom|which)\b", re.I)
# ("made up 1,410 of the total": the figure before "of the total" is a part of it)
_PART_OF_IT = re.compile(
    r"^\s+of (?:those|these|them|(?:the|this|that) (?:total|sum|amount|figure))\b", re.I
)
# the last part named as what is left of the whole: "and concessions the remaining 900", "the
# other 12", "the rest": a closed class of remainder words
_REMAINDER = re.compile(
    r"\b(?:the|its|their)\s+(?:remaining|other|rest|remainder|balance)\b[^;.]{0,25}$",
    re.I,
)
# the sides of a vote or a poll: a tally of them all is complete
_TALLY = re.compile(
    r"^\s+(?:(?:were|was|voted|votes?|said)\s+)?(?:(?P<yes>in favour|for|backed|supported|approved|"
    r"yes)|(?P<no>against|opposed|rejected|no)|(?P<other>undecided|abstained|abstentions?|"
    r"spoil(?:ed|t)|informal|unsure|neutral|did not vote|don['’]t know))\b",
    re.I,
)


# the results of games played: "played 38, winning 20, drawing 10 and losing 8"
_RESULT_BEFORE = re.compile(
    r"\b(?:(?P<win>won|winning|wins)|(?P<draw>drew|drawing|draws|drawn|tied|tying)|"
    r"(?P<loss>lost|losing|losses))\s+$",
    re.I,
)


def _every_result(text: str, run: list[Quantity]) -> bool:
    """Three parts, the games won, drawn and lost."""
    results = {
        m.lastgroup for p in run if (m := _RESULT_BEFORE.search(text, p.start - 12, p.start))
    }
    return len(run) == 3 and results == {"win", "draw", "loss"}


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    text: str
    value: float
    interval: Interval


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
    from newslint.extract.line_lists import line_lists
    from newslint.extract.rosters import name_lists

    found = _figure_lists(analysis) + name_lists(analysis)
    read = {(b.total.start, b.parts[0].start) for b in found}
    found += [b for b in line_lists(analysis) if (b.total.start, b.parts[0].start) not in read]
    return sorted(found, key=lambda b: b.total.start)


# -- lists of figures ---------------------------------------------------------------------


# "a two-term councillor", "a 12-strong squad": a number joined to a word describes one thing
_MODIFIER_AFTER = re.compile(r"-[a-z]")


def _summable(q: Quantity) -> bool:
    return (
        (q.kind in ("count", "money", "measure") or _plain_count(q))
        and q.value is not None
        and q.low is None
        and q.change is None
        and q.approx not in (">", ">=", "<", "<=")
        and (q.dimension not in ("age", "time", "duration", "speed", "temperature") or _spell(q))
        and q.per is None
    )


def _spell(q: Quantity) -> bool:
    """ "jailed for 12 years": a spell in whole years or months, summed only under a total said
    to be one ("a combined 38 years", ``_SUMMED_SPELL``)."""
    return q.kind == "measure" and q.dimension == "time" and q.unit in ("year", "month")


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


def _plain_count(q: Quantity) -> bool:
    """ "a fleet of 36 buses": read as a comparison with a bus's length by the quantity table,
    but with no comparing words it is a count."""
    return q.kind == "comparison" and bool(re.fullmatch(r"[\d,]+\s+[a-z]+", q.text))


def _kind(q: Quantity) -> str:
    return "count" if _plain_count(q) else q.kind


def _same_measure(a: Quantity, b: Quantity) -> bool:
    if _kind(a) != _kind(b):
        return False
    if _kind(a) == "count":
        return True
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "measure":
        return a.unit == b.unit
    return True


_WON_BEFORE = re.compile(
    r"(?:\b(?:won|wins|took|takes|holds|held|gained|bagged|secured|kept)|[A-Z][\w()]*\s+with)\s+$"
)


def _is_group_count(text: str, q: Quantity) -> bool:
    """ "three programmes", "four-party", "over the three days": a number of groups, which is
    neither a total nor a part; not what a side won ("The JD(S) won six wards")."""
    if q.value is None or not 2 <= q.value <= 12 or q.kind not in ("count", "measure"):
        return False
    if _WON_BEFORE.search(text, max(0, q.start - 20), q.start):
        return False
    after = text[q.end : q.end + 40].lstrip(" -")
    if q.kind == "measure":
        after = q.text.split()[-1] if " " in q.text else ""
    return bool(_GROUP_NOUNS.match(after.lower()) or _GROUP_NOUNS.match((q.counted or "").lower()))


def _figure_lists(analysis: Analysis) -> list[Breakdown]:
    from newslint.extract.line_lists import told_whole

    text = analysis.text
    figures = [
        q
        for q in analysis.quantities
        if _summable(q)
        and not _is_group_count(text, q)
        and (
            not _REFERENCE_BEFORE.search(text[max(0, q.start - 30) : q.start])
            or _OTHER_SIDE.match(text, q.end)
        )
        # "handled 3.62m TEU, up 6.2% on the 3.41m it handled the year before": the base of a
        # change is the earlier level, neither a whole nor a part of this one
        and not ON_OLD.search(text, max(_sentence_start(analysis, q.start), q.start - 60), q.start)
    ]
    # a number joined to a word is no part of a list, but may be its total ("the 28-man squad
    # comprises 12 forwards, ...")
    listable = [q for q in figures if not _MODIFIER_AFTER.match(text, q.end)]
    found: list[Breakdown] = []
    parts = [q for q in listable if not _compound(text, q)] + _gapped(analysis, figures)
    for run in _lists(analysis, sorted(parts, key=lambda q: q.start)):
        if _heads_the_rest(analysis, run) and not _whole_told_before(analysis, figures, run):
            # "closed 57 schools. ... 31 were shut in Cork, 22 in Kerry and 9 in Limerick": the
            # figure the list was carried over from is its total, not a part
            run = run[1:]
        # (a list carried into the next paragraph is read only for parts that exceed the total:
        # no cue before it is known to cover the paragraph after)
        spread = _paragraphs_apart(analysis, run[0].start, run[-1].start) > 0
        after = None if spread else _total_after(analysis, figures, run)
        if after is not None:
            found.append(_breakdown(after, run, "in all", True))
            continue
        total = _total_before(analysis, figures, run)
        if total is None or not _counts_what_total_counts(text, total, run):
            continue
        if _spell(total) and not _summed_spell(text, total):
            continue  # "served 30 years, 12 of them abroad": spells add up only when said to
        cue = "" if spread else _completeness(analysis, total, run)
        if cue:
            found.append(_breakdown(total, run, cue, True))
        elif _exceeds(analysis, total, run):
            found.append(_breakdown(total, run, "the parts add up to more than the total", False))
        elif not spread and told_whole(analysis, total, run, figures):
            cue = "the next sentence breaks the total down into three parts or more, to 95% of it"
            found.append(_breakdown(total, run, cue, True))
    return found


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
        for m in _GAPPED.finditer(text, counts[0].end, sentence.end):
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
            if same_sentence:
                joined = len(gap) <= 90 and (
                    (bool(_LIST_GAP.search(gap)) and not _NOT_LIST_GAP.search(gap))
                    or bool(_LAST_ITEM_CLAUSE.match(gap))
                )
            else:
                joined = (
                    len(gap) <= 120
                    and ("\n" not in gap or _counts_on(analysis, current, q))
                    and _opens_sentence(analysis, q)
                    and _next_sentence(analysis, current[-1], q)
                )
            # "a fleet of 36 buses: 20 diesel, ...": a colon or a cue ends a run; what comes
            # before it is a total, not a part
            # "Of the £8.5m total, £4.2m ...": a figure named as the total heads what follows
            # ("made up 7,200 of them, day tickets 4,100": "of them" after a part is that part's)
            cue = _COMPLETE.search(_PART_OF_IT.sub("", gap, count=1))
            opens = (
                ":" in gap
                or cue
                or _SOURCES.search(gap)  # "United's 64 goals came from Rashid with 21, ..."
                or _NAMED_TOTAL.match(gap)
                or _OF_THE.search(gap)  # "..., of the 12,418 votes cast": the whole
                or _TOTAL_OF.search(text[max(0, q.start - 20) : q.start])  # "A total of 86,321"
            )
            # "23 runners in all", "..., a total of 31": the total
            summed = _SUM_AFTER.match(text[q.end : q.end + 40]) or _SUM_BEFORE.search(gap)
            if _same_measure(current[-1], q) and joined and not opens and not summed:
                current.append(q)
                continue
            if len(current) >= 2:
                runs.append(current)
        current = [q]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _counts_on(analysis: Analysis, run: list[Quantity], q: Quantity) -> bool:
    """ "... with 17 wards, followed by the BJP with 13. // The JD(S) won six wards and ...": a
    list carried into the next paragraph counts on what it counted, and was not closed by an
    "and" before its last part ("..., Greens 4 and independents 2. // Before the poll ...")."""
    if len(run) >= 2 and re.search(r"\band\b", analysis.text[run[-2].end : run[-1].start]):
        return False
    return bool(q.counted) and stem(q.counted or "") in {stem(p.counted) for p in run if p.counted}


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
    if _OF_THE.search(lead[-40:]) or _OF_WHOM.search(analysis.text, run[0].end, run[1].start):
        # "Of the 48 councillors, 22 ...", "420 graduates, of whom 250 ..."
        return all(_larger(run[0], p) for p in run[1:])
    if ":" in lead or _COMPLETE.search(lead):
        return False  # "The 28-man squad comprises 12 forwards, ...": the list opens there
    same = sentence is analysis.sentence_at(run[1].start)
    # ("played 38 league games, winning 20, drawing 10 and losing 8": the games, then results)
    if same and not _every_result(analysis.text, run[1:]):
        # "23 people over the weekend, 15 men and nine women": a count of one noun set off by a
        # comma, then counts of others; not "£41,000 from the fun run, £27,000 from ..."
        apposed = _APPOSED_LIST.match(analysis.text[run[0].end : run[1].start])
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


def _counts_what_total_counts(text: str, total: Quantity, run: list[Quantity]) -> bool:
    """ "The eight pages consist of ... seven movements": parts that name what they count must
    count what the total counts ("36 buses: 20 diesel, 10 hybrids and four electric buses")."""
    noun = stem(total.counted or "")
    named = {stem(q.counted) for q in run if q.counted}
    several = sum(1 for q in run if q.counted) >= 2
    # parts that all count one other thing ("seven movements ... two movements") are not parts
    # (a body's size counts its seats: "the 12-member council", five seats and three)
    chamber = bool(_CHAMBER.match(text, total.end))
    return not noun or not several or len(named) > 1 or noun in named or chamber


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
        whole = len(run) >= 3 and _OF_THE.search(text[run[-1].end : q.start])
        if (summed or whole) and _same_measure(q, run[0]) and all(_larger(q, p) for p in run):
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
_TOTAL_OF = re.compile(
    r"(?:\ba total of|\bin total,?|\bin all,?|\baltogether,?|\boverall,?)\s+(?:some\s+)?$", re.I
)


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
        if not _TOTAL_OF.search(analysis.text[max(0, q.start - 20) : q.start]):
            continue
        if _same_measure(q, run[0]) and all(_larger(q, p) for p in run):
            # what the parts count, said with the whole: "86,321 valid votes", not "27,100
            # ballot papers were issued"
            nouns = {stem(p.counted) for p in run if p.counted}
            first = re.match(r"\s+([a-z]+)", analysis.text[run[0].end : run[0].end + 20])
            nouns |= {stem(first.group(1))} if first else set()
            said = {stem(w) for w in re.findall(r"[a-z]+", analysis.text[q.end : q.end + 25])}
            return q if not nouns or nouns & said else None
    return None


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
    for q in (figures[i] for i in range(before - 1, -1, -1)):
        apart = _paragraphs_apart(analysis, q.start, run[0].start)
        if apart > 4:
            return bare
        if not _same_measure(q, run[0]) or not all(_larger(q, p) for p in run):
            continue
        if _WHOLE_OF_ANOTHER.search(analysis.text[max(0, q.start - 40) : q.start]):
            continue  # "controls 40 of the council's 77 seats": the 77 is another whole
        said = _names_the_total(analysis, q, lead_in, run[0].start)
        cued = any(
            _cue_names_total(analysis, q, m.start())
            for m in itertools.chain(
                _COMPLETE.finditer(analysis.text, lead_in, run[0].start),
                _SOURCES.finditer(analysis.text, lead_in, run[0].start),
            )
        ) or _item_count(analysis, q) == len(run)
        if apart <= 1 or said or (apart <= 3 and (cued or _exceeds(analysis, q, run))):
            if q.counted or not named:
                return q if bare is None or stem(q.counted or "") in named else bare
            bare = bare or q
    return bare


# "40 of the council's 77 seats": the figure after "of" is the whole the first is part of
_WHOLE_OF_ANOTHER = re.compile(r"\d\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$")


def _item_count(analysis: Analysis, total: Quantity) -> int | None:
    """ "retained four players for a combined Rs 57 crore": a sum of money (or of a measure)
    said with how many items it is for; the list must name as many."""
    if _kind(total) == "count":
        return None
    sentence = analysis.sentence_at(total.start)
    if sentence is None:
        return None
    start = max(sentence.start, analysis.text.rfind(";", sentence.start, total.start) + 1)
    counts = [
        q
        for q in analysis.quantities
        if start <= q.start < total.start
        and q.kind == "count"
        and q.value is not None
        and 2 <= q.value <= 30
        and (q.counted or "").endswith("s")
        and q.approx == "="
    ]
    return int(counts[-1].value or 0) if len(counts) == 1 else None


def _names_the_total(analysis: Analysis, total: Quantity, start: int, end: int) -> bool:
    noun = stem(total.counted or "")
    words = {stem(w) for w in re.findall(r"[a-z]+", analysis.text[start:end].lower())}
    return bool(noun) and noun in words


def _completeness(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """Why the list counts as complete, or "" when the wording does not say so."""
    text = analysis.text
    between = text[total.end : run[0].start]
    listed = text[run[0].start : run[-1].end]
    # (the lead-in read up to the first part's figure: "Some 1,204 backed ..." is "about"; in
    # the list's own sentence: "missing several of its sprinters. The haul was made up of")
    lead_in = max(total.end, run[0].start - 60, _sentence_start(analysis, run[0].start))
    # ("the other categories were ...", "the other 12": the rest of the whole, not "other" ones)
    listed = _THE_REST.sub("the", listed)
    if partial(text[lead_in : run[0].end]) or partial(listed):
        return ""
    if _more_after(analysis, run):
        return ""  # "..., and the raffle, which brought in $9,250": the list was not read whole
    if _REMAINDER.search(text[max(run[-2].end, run[-1].start - 30) : run[-1].start]):
        return "the last part is the rest of the whole"
    if _result_told(analysis, total, run):
        return "the result told in full"
    if _rest_listed(analysis, run):
        return "the later parts are listed as the rest of the whole"
    groups = _group_count(analysis, total, run)
    if groups is not None and groups != len(run) and not _opens_with_cue(analysis, total, run):
        return ""  # "three matches" and two figures read: a part was missed
    items = _item_count(analysis, total)
    if items == len(run):
        return f"{items} items named with the total, {len(run)} parts listed"
    here = analysis.sentence_at(total.start)
    if _colon_opens(text, total, run, here.end if here else total.end + 40):
        return "colon"
    if _APPOSED_LIST.match(between) and _ends_sentence(analysis, run):
        return "the parts follow the total after a comma, a dash or a bracket"
    if _PRONOUN_LIST.match(text[_sentence_start(analysis, run[0].start) : run[0].start]):
        first = analysis.sentence_at(run[0].start)
        if first is not None and here is not None and first is not here:
            previous = analysis.sentences[analysis.sentence_index(first) - 1]
            if previous is here:
                return "the next sentence lists them ('They ...')"
    if len(run) >= 3 or _complementary(analysis, run):
        whole = _whole_of_three_or_more(analysis, total, run)
        if whole:
            return whole
    for cue in itertools.chain(_COMPLETE.finditer(between), _SOURCES.finditer(between)):
        if _OF_IT.match(cue.group("cue")) and not (
            _complementary(analysis, run) or (len(run) >= 3 and nearly_all(total, run))
        ):
            continue  # "Of those, 11 were treated at the scene and nine ...": some of them
        if _cue_names_total(analysis, total, cue.start() + total.end):
            return cue.group("cue").lower().lstrip(", ")
    # "... according to the segment breakdown", "These three categories covered every
    # offence": a cue after the list, in its sentence or the next
    last = analysis.sentence_at(run[-1].start)
    following = analysis.sentence_after(last) if last is not None else None
    end = following.end if following else (last.end if last else run[-1].end)
    for late in _COMPLETE.finditer(text, run[-1].end, end):
        in_list_sentence = last is not None and late.start() < last.end
        if in_list_sentence or _cue_names_total(analysis, total, late.start()):
            return late.group("cue").lower()
    if groups is not None:
        return f"{groups} groups named, {len(run)} parts listed"
    return ""


# "Thefts accounted for 188 of the crimes. The other categories were assaults, 96; ...": a
# sentence that opens by naming what it lists as the rest of the whole
_REST_OPENS = re.compile(
    r"\W*(?:the|its|their)\s+(?:remaining|other|rest|remainder|balance)\b(?:\s+[a-z][\w-]*){0,3}"
    r"\s+(?:were|are|was|is|went|came)\b[^\d;:.]{0,40}$",
    re.I,
)


# "The result was Labour 1,204, Conservative 980, ...", "the final standings were: ...": a
# result told in full, its list right after the words (not "the results were close, with ...")
_RESULT_LIST = re.compile(
    r"\b(?:[Rr]esults?|(?:[Ff]inal|[Ff]ull) (?:tally|count|standings?|order))\s+(?:was|were|is|"
    r"are|read|reads)(?:\s*:\s+[^.;:\d]{0,40}|\s+(?:the\s+)?[A-Z][\w'’.()-]*"
    r"(?:\s+[A-Z(][\w'’.()-]*){0,4}\s+)$"
)


def _result_told(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    start = _sentence_start(analysis, run[0].start)
    told = _RESULT_LIST.search(analysis.text, max(start, run[0].start - 80), run[0].start)
    return told is not None and _cue_names_total(analysis, total, told.start())


_THE_REST = re.compile(r"\b(?:the|its|their)\s+(?:other|remaining|rest)\b", re.I)


def _rest_listed(analysis: Analysis, run: list[Quantity]) -> bool:
    """Do the parts after the first sentence's open the next sentence, about the rest of the
    whole, with no count of its own ("The other two new entries are ... at seven": two more
    of a chart, not the rest of it)?"""
    first = analysis.sentence_at(run[0].start)
    later = next((p for p in run if analysis.sentence_at(p.start) is not first), None)
    if (
        later is None
        or first is None
        or analysis.sentence_after(first) is not analysis.sentence_at(later.start)
    ):
        return False
    opening = _REST_OPENS.match(analysis.text, _sentence_start(analysis, later.start), later.start)
    return opening is not None and not _NUMBER_WORD.search(opening.group(0))


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|few)\b", re.I
)


# "all 51 seats had been filled, with the results as follows: Labour 22, ...": a colon later in
# the total's clause, with no figure between, opens its list
_COLON_LATER = re.compile(r"^[^\d;.]{0,80}?(?P<mark>:)\s*")


def _colon_opens(text: str, total: Quantity, run: list[Quantity], end: int) -> bool:
    """Does a colon after the total, in its sentence, open the list ("57 seats: Labour 24, ..."
    heads that list, not one in a later sentence past it)?"""
    colon = _AFTER_TOTAL.match(text[total.end : end]) or _COLON_LATER.match(text[total.end : end])
    if colon is None:
        return False
    opened = total.end + colon.end()
    return opened <= run[0].start and not re.search(r"\d", text[opened : run[0].start])


def _opens_with_cue(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Does the list's own sentence open it with a cue about the total ("24 medals across four
    days ... The haul was made up of nine gold, ...")? Then the groups said elsewhere are not
    what it splits the total into."""
    start = _sentence_start(analysis, run[0].start)
    if start <= total.start:
        return False
    return any(
        _cue_names_total(analysis, total, m.start())
        for m in _COMPLETE.finditer(analysis.text, start, run[0].start)
    )


def _whole_of_three_or_more(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """The sides of a vote ("2,904 backed the merger, 1,297 opposed it and 108 abstained"); or
    parts after "of the N" that come to nine tenths of the whole or more (a few left out would
    be named: "Of the 48 councillors elected, 22 are Labour, 15 ..."), three of them or two
    halves of it ("Of them, 652 were boys and 586 were girls"). "Of the 120 questioned, 40 were from Leeds, 30
    from York and 20 from Hull" leaves a quarter to elsewhere: some of them."""
    text = analysis.text
    here, first = analysis.sentence_at(total.start), analysis.sentence_at(run[0].start)
    if here is None or first is None:
        return ""
    sides = {m.lastgroup for p in run if (m := _TALLY.match(text[p.end : p.end + 30]))}
    if {"yes", "no"} <= sides and len(sides) == 3:
        return "a tally of every side of the vote"
    if _every_result(text, run):
        return "a record of every result: won, drawn and lost"
    if not nearly_all(total, run):
        return ""
    if _OF_THE.search(text[max(here.start, total.start - 40) : total.start]):
        return "'of the' whole, then its parts"
    return ""


def nearly_all(total: Quantity, run: list[Quantity]) -> bool:
    """Do the parts come to nine tenths of the total or more?"""
    return sum(q.value or 0 for q in run) >= 0.9 * (total.value or 0)


# two kinds that between them are all of a whole: "652 were boys and 586 were girls"
_COMPLEMENTS = [
    frozenset(pair)
    for pair in (
        ("boy", "girl"),
        ("man", "woman"),
        ("men", "women"),
        ("male", "female"),
        ("adult", "child"),
        ("adults", "children"),
        ("home", "away"),
        ("for", "against"),
        ("yes", "no"),
        ("urban", "rural"),
        ("public", "private"),
        ("full-time", "part-time"),
        ("domestic", "international"),
        ("domestic", "foreign"),
        ("passed", "failed"),
        ("won", "lost"),
    )
]
_LABEL = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?([a-z][\w-]*)")


def _complementary(analysis: Analysis, run: list[Quantity]) -> bool:
    """Two parts whose kinds are the two halves of one whole ("652 boys and 586 girls")."""
    if len(run) != 2:
        return False
    labels = set()
    for q in run:
        m = _LABEL.match(analysis.text, q.end)
        # ("160 were men": the word it is said to be, before any noun it was read as counting)
        said = m is not None and m.group(0).split()[0].lower() in ("were", "are", "was", "is")
        word = m.group(1).lower() if m and (said or not q.counted) else stem(q.counted or "")
        labels.add(word.rstrip("s") if word not in ("men", "women", "children") else word)
    return any(
        labels == {w.rstrip("s") if w not in ("men", "women", "children") else w for w in pair}
        for pair in _COMPLEMENTS
    )


_SPLIT_AMONG = re.compile(r"\b(?:among|amongst|between|across|into)\s+(?:the\s+)?$", re.I)


def _more_after(analysis: Analysis, run: list[Quantity]) -> bool:
    """Is there another figure of the list's measure after its last part, in its sentence (a
    part the run did not take in)?"""
    sentence = analysis.sentence_at(run[-1].start)
    if sentence is None:
        return False
    return any(
        run[-1].end <= q.start < sentence.end
        and _summable(q)
        and _same_measure(q, run[-1])
        # ("the remaining 521 were shared among three smaller parties": what a part is split
        # among is no further part)
        and not _SPLIT_AMONG.search(analysis.text, max(0, q.start - 12), q.start)
        for q in analysis.quantities
    )


def _sentence_start(analysis: Analysis, offset: int) -> int:
    sentence = analysis.sentence_at(offset)
    return sentence.start if sentence else offset


def _ends_sentence(analysis: Analysis, run: list[Quantity]) -> bool:
    """Nothing but the last part's words (and a closing dash) follows the list in its
    sentence: "23 people, 15 men and nine women."."""
    sentence = analysis.sentence_at(run[-1].start)
    if sentence is None:
        return False
    tail = analysis.text[run[-1].end : sentence.end]
    return bool(re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:[-–—)][^.]*)?[.!]?\s*", tail))


def _cue_names_total(analysis: Analysis, total: Quantity, at: int) -> bool:
    """ "The tally was made up of", "Its councillors were spread across", "the spending plan
    breaks down into": a cue in a later sentence than the total must be about it (a pronoun or
    a definite description), not about something new ("Southampton's offer comprised ...")."""
    here = analysis.sentence_at(at)
    if here is None or here.start <= total.start:
        return True
    if re.match(
        r"of (?:(?:the|this|that) (?:total|sum|amount|figure)\b|(?:those|these|that|this|them|it),)",
        analysis.text[at : at + 20],
        re.I,
    ):
        return True  # "Of the total, ...": the cue points back itself
    clause = re.split(r"[,;:]\s", analysis.text[here.start : at])[-1]
    subject = clause.split()[-6:]  # "... told the meeting these three categories covered every"
    return any(_DEFINITE_SUBJECT.fullmatch(word) for word in subject)


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
    split = sum(
        1
        for p in run
        if _DISTRIBUTED.match(analysis.text[p.end : p.end + 40])
        or _AFTER_NAME.search(analysis.text[max(0, p.start - 40) : p.start])
    )
    if split < 2:
        return False
    low = sum(_part(p, _half(p)).interval.low for p in run)
    return low > _part(total, _half(total)).interval.high


def _breakdown(total: Quantity, parts: list[Quantity], cue: str, complete: bool) -> Breakdown:
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
    if _kind(q) == "count" and half <= 0.5:
        return 0.0
    return half


def _part(q: Quantity, half: float) -> Part:
    value = q.value or 0.0
    own = with_approx(printed(q), q.approx)
    if q.approx == "=":
        own = Interval(value - min(half, _half(q)), value + min(half, _half(q)))
    return Part(q.start, q.end, q.text, value, own)


def _paragraphs_apart(analysis: Analysis, a: int, b: int) -> int:
    pa, pb = analysis.paragraph_at(a), analysis.paragraph_at(b)
    if pa is None or pb is None:
        return 99
    return analysis.paragraph_index(pb) - analysis.paragraph_index(pa)


def _group_count(analysis: Analysis, total: Quantity, run: list[Quantity]) -> int | None:
    """ "over the three days", "three local electoral areas", "four categories", "split among
    three programmes": how many groups the total is split into, said in the total's sentence,
    the list's sentence or the sentence before either."""
    text = analysis.text
    spans = []
    for offset in (total.start, run[0].start):
        sentence = analysis.sentence_at(offset)
        if sentence is not None:
            spans.append((sentence.start, sentence.end))
            index = analysis.sentence_index(sentence)
            if index > 0:
                # "A four-party coalition has taken control ... It controls 40 seats"
                before = analysis.sentences[index - 1]
                spans.append((before.start, before.end))
    if not spans:
        return None
    nearby = analysis.quantities_in(min(a for a, _ in spans), max(b for _, b in spans))
    for q in nearby:
        if q is total or any(q is p for p in run) or not any(a <= q.start < b for a, b in spans):
            continue
        if _is_group_count(text, q):
            return int(q.value or 0)
    from newslint.extract.timex import number

    for a, b in spans:
        # "a four-party coalition": the quantity table leaves a hyphenated number word alone
        for m in _HYPHENATED_GROUPS.finditer(text, a, b):
            if _GROUP_NOUNS.match(m.group("noun").lower()):
                return int(number(m.group("n")) or 0) or None
    return None


_HYPHENATED_GROUPS = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?P<noun>[a-z]+)\b",
    re.I,
)


def stem(word: str) -> str:
    word = word.lower().split()[-1] if word and word.split() else ""
    return word[:-1] if word.endswith("s") else word
