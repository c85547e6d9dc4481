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

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval, printed, with_approx
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis

_PARTIAL = re.compile(
    r"\b(?:includ\w*|(?<!split )(?<!divided )(?<!spread )among(?:st)?|such as|like|for example|e\.g\.|notably|other|others|"
    r"besides|as well as|plus|also|several|some|many|more|further|another)\b",
    re.I,
)
_COMPLETE = re.compile(
    r"(?P<cue>\bmade up of|\bconsist(?:s|ed|ing)? of|\bcompris(?:es|ed|ing)\b|\bbreaks? down\b|"
    r"\bbroken down\b|\bbreakdown\b|\bsplit (?:among|between|into|across)|\bdivided (?:among|"
    r"between|into)|\bspread (?:across|among|over)|\bcovered every|\baccounted for (?:all|every))",
    re.I,
)
_AFTER_TOTAL = re.compile(r"^(?:\s*[a-z][\w-]*){0,4}?\s*(?P<mark>:)\s*", re.I)
_SUM_AFTER = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:in all|in total|altogether|all told)\b", re.I
)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:than|from|compared (?:with|to)|against|versus|vs\.?|out of|previous|last year['’]s|"
    r"this year['’]s|a year earlier['’]s)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
# nouns that name the groups a total is split into: "three programmes", "four categories"
_GROUP_NOUNS = re.compile(
    r"^(?:part(?:y|ies)|categor(?:y|ies)|programs?|programmes?|areas?|segments?|divisions?|"
    r"units?|regions?|wards?|districts?|groups?|sections?|parts?|types?|sources?|departments?|"
    r"streams?|components?|elements?|constituenc(?:y|ies)|count(?:y|ies)|days?|classes|"
    r"sites?|locations?|branches|businesses|arms?|lines?|heads?|items?|local electoral areas?|"
    r"double-headers?|matches|games|rounds?|stages?|phases?|quarters?|halves)\b",
    re.I,
)
_NAMES_INTRO = re.compile(
    r"^\s*(?:(?:are|were|is|was|will be|have been|had been)(?:\s+[a-z]+){0,2}\s*:"
    r"|(?:are|were|is|was|will be|have been|had been)\b\s*:?|:|,(?!\s+(?:who|which|including|"
    r"among|such|all|both|most|many|some)\b)|\s+-\s|\u2014)\s*",
    re.I,
)
_THE_NOUNS_ARE = re.compile(
    r"\b(?:The|the|These|these|Those|those)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
    r"(?:are|were)\s+(?:at\s+|in\s+)?",
)
_THEY_ARE = re.compile(r"\b(?P<noun>They|These|Those)\s+(?:are|were)\s+(?=[A-Z])")
_LIST_STOP = re.compile(
    r",?\s+(?:both|all|each|who|whom|which|whose|while|where|with|after|before|because|who|"
    r"but|as|to|for|in order|according|said|according to)\b|[.!?(]|\s[-–—]\s|\n",
)
# what separates the parts of one list in a sentence, and what never does
_LIST_GAP = re.compile(r",|;|\band\b|\bfollowed by\b|\bwith\b", re.I)
_NOT_LIST_GAP = re.compile(
    r"\b(?:where|which|who|whom|whose|when|while|whereas|than|because|although|though|by just|of whom|"
    r"out of|per|each)\b|%",
    re.I,
)
# words that never describe a listed name: "were delivered at Addington", "four against Malta"
_NOT_DESCRIPTION = re.compile(
    r"\b(?:were|was|are|is|be|been|at|in|on|to|of|by|for|from|with|against|the|their|his|her|"
    r"its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
_SUBSET = re.compile(
    r"\b(?:\w+est|worst|best|most|main|key|top|major|biggest|other|remaining|some|several|"
    r"first|last|new|many|few|worst-hit|hardest-hit|worst-affected)\b",
    re.I,
)
_DISTRIBUTED = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?:in|at|from|on|for)\s+[A-Z]")
# a figure after these is not the whole: "another eight domains", "four nominations apiece"
_NOT_THE_WHOLE = re.compile(
    r"\b(?:another|other|more|additional|extra|further|remaining|among|amongst|of the)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
_DEFINITE_SUBJECT = re.compile(r"(?:it|this|they|these|those|its|their|the)", re.I)
# "23 people over the weekend, 15 men and nine women", "14 schools - eight primaries and five
# secondaries -": the parts in apposition to the total
_APPOSED_LIST = re.compile(r"^(?:\s+[a-z][\w'-]*){0,4}\s*(?:,|\s[-–—])\s*$")
# "The Greens won nine seats. They took four in the north, ...": the next sentence's subject is
# the total
_PRONOUN_LIST = re.compile(r"\s*(?:They|These|Those|It|Its|Their)\s+(?:[a-z]+\s+){0,2}$")
_ENDS_WITH_NAME = re.compile(r"[A-Z][\w'’.-]*\)?$|\d+\)?$")
_PEOPLE = re.compile(r"^(?:[a-z][\w'’.-]*\s+){0,5}(?P<name>[A-Z][\w'’.-]*)")


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


def breakdowns(analysis: Analysis) -> list[Breakdown]:
    found = _figure_lists(analysis) + _name_lists(analysis)
    return sorted(found, key=lambda b: b.total.start)


# -- lists of figures ---------------------------------------------------------------------


def _summable(q: Quantity) -> bool:
    return (
        (q.kind in ("count", "money", "measure") or _plain_count(q))
        and q.value is not None
        and q.low is None
        and q.change is None
        and q.approx not in (">", ">=", "<", "<=")
        and q.dimension not in ("age", "time", "duration", "speed", "temperature")
        and q.per is None
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


def _is_group_count(text: str, q: Quantity) -> bool:
    """ "three programmes", "four-party", "over the three days": a number of groups, which is
    neither a total nor a part."""
    if q.value is None or not 2 <= q.value <= 12 or q.kind not in ("count", "measure"):
        return False
    after = text[q.end : q.end + 40].lstrip(" -")
    if q.kind == "measure":
        after = q.text.split()[-1] if " " in q.text else ""
    return bool(_GROUP_NOUNS.match(after.lower()) or _GROUP_NOUNS.match((q.counted or "").lower()))


def _figure_lists(analysis: Analysis) -> list[Breakdown]:
    text = analysis.text
    figures = [
        q
        for q in analysis.quantities
        if _summable(q)
        and not _is_group_count(text, q)
        and not _REFERENCE_BEFORE.search(text[max(0, q.start - 30) : q.start])
    ]
    found: list[Breakdown] = []
    for run in _lists(analysis, figures):
        if _heads_the_rest(analysis, run):
            # "closed 57 schools. ... 31 were shut in Cork, 22 in Kerry and 9 in Limerick": the
            # figure the list was carried over from is its total, not a part
            run = run[1:]
        after = _total_after(analysis, figures, run)
        if after is not None:
            found.append(_breakdown(after, run, "in all", True))
            continue
        total = _total_before(analysis, figures, run)
        if total is None or not _counts_what_total_counts(total, run):
            continue
        cue = _completeness(analysis, total, run)
        if cue:
            found.append(_breakdown(total, run, cue, True))
        elif _exceeds(analysis, total, run):
            found.append(_breakdown(total, run, "the parts add up to more than the total", False))
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
                joined = (
                    len(gap) <= 90 and bool(_LIST_GAP.search(gap)) and not _NOT_LIST_GAP.search(gap)
                )
            else:
                joined = (
                    len(gap) <= 120
                    and "\n" not in gap
                    and _opens_sentence(analysis, q)
                    and _next_sentence(analysis, current[-1], q)
                )
            # "a fleet of 36 buses: 20 diesel, ...": a colon or a cue ends a run; what comes
            # before it is a total, not a part
            opens = ":" in gap or _COMPLETE.search(gap)
            summed = _SUM_AFTER.match(text[q.end : q.end + 40])  # "23 runners in all": the total
            if _same_measure(current[-1], q) and joined and not opens and not summed:
                current.append(q)
                continue
            if len(current) >= 2:
                runs.append(current)
        current = [q]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _next_sentence(analysis: Analysis, a: Quantity, b: Quantity) -> bool:
    sa, sb = analysis.sentence_at(a.start), analysis.sentence_at(b.start)
    if sa is None or sb is None:
        return False
    return analysis.sentences.index(sb) == analysis.sentences.index(sa) + 1


def _heads_the_rest(analysis: Analysis, run: list[Quantity]) -> bool:
    """Is the run's first figure the total of the rest? Carried over from the sentence before,
    or set off by a comma ("23 people over the weekend, 15 men and nine women"), and about as
    large as the others together."""
    if len(run) < 3:
        return False
    same = analysis.sentence_at(run[0].start) is analysis.sentence_at(run[1].start)
    if same:
        # "23 people over the weekend, 15 men and nine women": a count of one noun set off by a
        # comma, then counts of others; not "£41,000 from the fun run, £27,000 from ..."
        apposed = _APPOSED_LIST.match(analysis.text[run[0].end : run[1].start])
        nouns = {_stem(q.counted or "") for q in run[1:]}
        if not apposed or not run[0].counted or _stem(run[0].counted) in nouns:
            return False
    rest = sum(q.value or 0 for q in run[1:])
    return 0.8 * rest <= (run[0].value or 0) <= 1.25 * rest


def _opens_sentence(analysis: Analysis, q: Quantity) -> bool:
    """Is ``q`` the first figure of its sentence (a list carried into the next sentence)?"""
    sentence = analysis.sentence_at(q.start)
    return sentence is not None and not re.search(r"\d", analysis.text[sentence.start : q.start])


def _counts_what_total_counts(total: Quantity, run: list[Quantity]) -> bool:
    """ "The eight pages consist of ... seven movements": parts that name what they count must
    count what the total counts ("36 buses: 20 diesel, 10 hybrids and four electric buses")."""
    noun = _stem(total.counted or "")
    named = {_stem(q.counted) for q in run if q.counted}
    several = sum(1 for q in run if q.counted) >= 2
    # parts that all count one other thing ("seven movements ... two movements") are not parts
    return not noun or not several or len(named) > 1 or noun in named


def _total_after(
    analysis: Analysis, figures: list[Quantity], run: list[Quantity]
) -> Quantity | None:
    """ "12 men and 9 women, 23 people in all"."""
    text = analysis.text
    for q in figures:
        near = q.start > run[-1].end and q.start - run[-1].end < 40
        summed = near and _SUM_AFTER.match(text[q.end : q.end + 40])
        if summed and _same_measure(q, run[0]) and all(_larger(q, p) for p in run):
            return q
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
    index = analysis.sentences.index(first)
    lead_in = analysis.sentences[max(0, index - 1)].start  # "The tower's beds will be split ..."
    for q in reversed([q for q in figures if q.start < run[0].start]):
        apart = _paragraphs_apart(analysis, q.start, run[0].start)
        if apart > 4:
            return None
        if not _same_measure(q, run[0]) or not all(_larger(q, p) for p in run):
            continue
        named = _names_the_total(analysis, q, lead_in, run[0].start)
        cued = any(
            _cue_names_total(analysis, q, m.start())
            for m in _COMPLETE.finditer(analysis.text, lead_in, run[0].start)
        )
        if apart <= 1 or named or (apart <= 3 and (cued or _exceeds(analysis, q, run))):
            return q
    return None


def _names_the_total(analysis: Analysis, total: Quantity, start: int, end: int) -> bool:
    noun = _stem(total.counted or "")
    words = {_stem(w) for w in re.findall(r"[a-z]+", analysis.text[start:end].lower())}
    return bool(noun) and noun in words


def _completeness(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """Why the list counts as complete, or "" when the wording does not say so."""
    text = analysis.text
    between = text[total.end : run[0].start]
    listed = text[run[0].start : run[-1].end]
    if _PARTIAL.search(between[-60:]) or _PARTIAL.search(listed):
        return ""
    groups = _group_count(analysis, total, run)
    if groups is not None and groups != len(run):
        return ""  # "three matches" and two figures read: a part was missed
    here = analysis.sentence_at(total.start)
    colon = _AFTER_TOTAL.match(text[total.end : here.end if here else total.end + 40])
    if colon and total.end + colon.end() <= run[0].start:
        return "colon"
    if _APPOSED_LIST.match(between) and _ends_sentence(analysis, run):
        return "the parts follow the total after a comma or a dash"
    if _PRONOUN_LIST.match(text[_sentence_start(analysis, run[0].start) : run[0].start]):
        first = analysis.sentence_at(run[0].start)
        if first is not None and here is not None and first is not here:
            previous = analysis.sentences[analysis.sentences.index(first) - 1]
            if previous is here:
                return "the next sentence lists them ('They ...')"
    for cue in _COMPLETE.finditer(between):
        if _cue_names_total(analysis, total, cue.start() + total.end):
            return cue.group("cue").lower()
    # "... according to the segment breakdown", "These three categories covered every
    # offence": a cue after the list, in its sentence or the next
    last = analysis.sentence_at(run[-1].start)
    following = [s for s in analysis.sentences if last is not None and s.start >= last.end][:1]
    end = following[0].end if following else (last.end if last else run[-1].end)
    for late in _COMPLETE.finditer(text, run[-1].end, end):
        in_list_sentence = last is not None and late.start() < last.end
        if in_list_sentence or _cue_names_total(analysis, total, late.start()):
            return late.group("cue").lower()
    if groups is not None:
        return f"{groups} groups named, {len(run)} parts listed"
    return ""


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
    return bool(re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:[-–—][^.]*)?[.!]?\s*", tail))


def _cue_names_total(analysis: Analysis, total: Quantity, at: int) -> bool:
    """ "The tally was made up of", "Its councillors were spread across", "the spending plan
    breaks down into": a cue in a later sentence than the total must be about it (a pronoun or
    a definite description), not about something new ("Southampton's offer comprised ...")."""
    here = analysis.sentence_at(at)
    if here is None or here.start <= total.start:
        return True
    clause = re.split(r"[,;:]\s", analysis.text[here.start : at])[-1]
    subject = clause.split()[-6:]  # "... told the meeting these three categories covered every"
    return any(_DEFINITE_SUBJECT.fullmatch(word) for word in subject)


def _exceeds(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Without a cue, only parts counting what the total counts, in a sentence after it."""
    if analysis.sentence_at(total.start) is analysis.sentence_at(run[0].start):
        return False  # "31 homes in A, 22 in B": the first figure is a part, not a total
    here = analysis.sentence_at(total.start)
    noun = _stem(run[0].counted or "") or _stem(total.counted or "")
    if here is None or not noun:
        return False
    words = {_stem(w) for w in re.findall(r"[a-z]+", analysis.text[here.start : here.end].lower())}
    if noun not in words:
        return False
    if _NOT_THE_WHOLE.search(analysis.text[max(0, total.start - 20) : total.start]):
        return False
    # "31 homes were lost in Gidgegannup, 22 in Chidlow and 13 in Wooroloo": parts split by
    # place or kind, each followed by "in", "at", "from" and a name
    split = sum(1 for p in run if _DISTRIBUTED.match(analysis.text[p.end : p.end + 40]))
    if split < 2:
        return False
    low = sum(_part(p, _half(p)).interval.low for p in run)
    return low > _part(total, _half(total)).interval.high


def _breakdown(total: Quantity, parts: list[Quantity], cue: str, complete: bool) -> Breakdown:
    # a list printed to one decimal somewhere ("£2m for the roof and £2.5m for the hall") is
    # precise to that decimal throughout: "£2m" there is 1.95-2.05m, not 1.5-2.5m
    half = min(_half(q) for q in [total, *parts])
    return Breakdown(_part(total, half), tuple(_part(p, half) for p in parts), False, cue, complete)


def _half(q: Quantity) -> float:
    """Half the printed rounding; a count printed to the unit ("31 homes") is exact."""
    interval = printed(q)
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
    return analysis.paragraphs.index(pb) - analysis.paragraphs.index(pa)


def _group_count(analysis: Analysis, total: Quantity, run: list[Quantity]) -> int | None:
    """ "over the three days", "three local electoral areas", "four categories", "split among
    three programmes": how many groups the total is split into, said in the total's sentence,
    the list's sentence or the sentence before the list."""
    text = analysis.text
    spans = []
    for offset in (total.start, run[0].start):
        sentence = analysis.sentence_at(offset)
        if sentence is not None:
            spans.append((sentence.start, sentence.end))
            if offset == run[0].start:
                index = analysis.sentences.index(sentence)
                if index > 0:
                    before = analysis.sentences[index - 1]
                    spans.append((before.start, before.end))
    for q in analysis.quantities:
        if q is total or any(q is p for p in run) or not any(a <= q.start < b for a, b in spans):
            continue
        if _is_group_count(text, q):
            return int(q.value or 0)
    return None


def _stem(word: str) -> str:
    word = word.lower().split()[-1] if word and word.split() else ""
    return word[:-1] if word.endswith("s") else word


# -- lists of names -------------------------------------------------------------------------


def _name_lists(analysis: Analysis) -> list[Breakdown]:
    text = analysis.text
    found = []
    counts = [
        q
        for q in analysis.quantities
        if q.kind == "count"
        and q.value is not None
        and 2 <= q.value <= 30
        and q.low is None
        and q.change is None
    ]
    for q in counts:
        noun_end = _noun_end(text, q)
        if noun_end is None or _NOT_THE_WHOLE.search(text[max(0, q.start - 20) : q.start]):
            continue
        intro = _NAMES_INTRO.match(text[noun_end : noun_end + 20])
        if intro is None:
            continue
        # "four children, Patrick, Maureen, ...": after a bare comma the names start at once
        comma = intro.group(0).strip() == ","
        items = _names(text, noun_end + intro.end(), first_capital=comma)
        if items is not None:
            found.append(_named(q, items, f"'{text[q.start : noun_end].strip()}' then names"))
    for m in list(_THE_NOUNS_ARE.finditer(text)) + list(_THEY_ARE.finditer(text)):
        if _PARTIAL.search(text[max(0, m.start() - 12) : m.start()]) or _SUBSET.search(
            m.group("noun")
        ):
            continue  # "Among the newcomers are", "The worst-hit districts are": some of them
        count = _count_for(analysis, counts, m)
        if count is None:
            continue
        items = _names(text, m.end())
        if items is not None:
            found.append(_named(count, items, f"'{m.group(0).strip()}' then names"))
    return found


def _noun_end(text: str, q: Quantity) -> int | None:
    """The end of a count's noun: "Three people", "the five accused", "four children"."""
    m = re.match(r"(?:\s+(?!(?:are|were|is|was)\b)[a-z][\w-]*){1,3}", text[q.end : q.end + 40])
    if m is None:
        return None
    return q.end + m.end()


def _count_for(analysis: Analysis, counts: list[Quantity], m: re.Match[str]) -> Quantity | None:
    """The count a "The <noun> are ..." list names: a count of the same noun in the two
    sentences before ("seven new railway stations ... The proposed stations are at"), or the
    count that opens the sentence before ("Five uncapped players have been included ... The
    newcomers are")."""
    noun = "" if m.group("noun") in ("They", "These", "Those") else _stem(m.group("noun"))
    sentence = analysis.sentence_at(m.start())
    if sentence is None or sentence.start != m.start():
        return None
    index = analysis.sentences.index(sentence)
    if index == 0:
        return None
    before = analysis.sentences[max(0, index - 2)].start
    text = analysis.text
    near = [q for q in counts if before <= q.start < m.start()]
    for q in reversed(near):
        words = re.findall(r"[a-z]+", text[q.end : q.end + 40].split(".")[0].lower())
        if noun in {_stem(w) for w in words}:
            return q
    previous = analysis.sentences[index - 1]
    opening = [q for q in near if previous.start <= q.start < previous.start + 4]
    return opening[0] if opening else None


def _names(text: str, start: int, first_capital: bool = False) -> list[tuple[int, int]] | None:
    """The names listed from ``start``: items separated by commas and "and", each a name
    with at most five words of description before it ("former finance chief officer Daniel
    Rotich"); None unless there are at least two and every item is one."""
    stop = _LIST_STOP.search(text, start)
    end = stop.start() if stop else min(len(text), start + 400)
    body = text[start:end]
    if _PARTIAL.search(body[:30]) or (first_capital and not body[:1].isupper()):
        return None
    items: list[tuple[int, int]] = []
    pos = start
    # "John Ames, 44, of Leeds; Peter Bell, 38, of York; and ...": semicolons separate the items
    separator = r";\s*(?:and\s+)?" if ";" in body else r",\s*(?:and\s+)?|\s+and\s+"
    pieces = re.split(separator, body)
    if len(pieces) > 2 and not re.search(r"[A-Z]", pieces[-1]) and pieces[-1].strip()[:1].islower():
        pieces = pieces[:-1]  # "..., the judges said": the attribution, not a name
    for piece in pieces:
        at = text.find(piece, pos)
        pos = at + len(piece)
        stripped = piece.strip()
        if re.match(r"^(?:of|from|in|at|near)\s+[A-Z]", stripped) and items:
            continue  # "John Smith, of Leeds": where he is from, not another name
        m = _PEOPLE.match(stripped)
        if not stripped or m is None or _NOT_DESCRIPTION.search(stripped[: m.start("name")]):
            return None
        if not _ENDS_WITH_NAME.search(stripped):
            return None  # "Sinn Féin returned five councillors": a clause, not a name
        items.append((at, at + len(piece)))
    return items if len(items) >= 2 else None


def _named(count: Quantity, items: list[tuple[int, int]], cue: str) -> Breakdown:
    value = count.value or 0.0
    total = Part(count.start, count.end, count.text, value, Interval(value, value))
    parts = tuple(Part(a, b, "", 1.0, Interval(1.0, 1.0)) for a, b in items)
    return Breakdown(total, parts, True, cue, True)
