"""NUM004's arithmetic: parts larger than their whole, shares of one whole past 100%."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, printed, sig, with_approx
from newslint.report.model import Quantity
from newslint.rules import verified
from newslint.rules.majority import majority_minority_flags
from newslint.rules.registry import Flag, Verified

# the whole is named first: "Of the 340 roads surveyed, 410 were ..."
_OF_THE_WHOLE = re.compile(r"\b(?:of|out of)\s+(?:the|these|those|its|their|all)\s+$", re.I)
# the part refers back to the whole: "2,000 staff, 2,500 of them"
_OF_THEM = re.compile(r"^\s*(?:of them|of whom|of which|of these|of those)\b", re.I)
# the part names the whole: "410 of the 340 roads", "410 out of 340"
_PART_OF = re.compile(r"^\s*(?:of|out of)\s+(?:the\s+|a total of\s+|all\s+)?$", re.I)
_NOT_A_PART = re.compile(
    r"\b(?:more|extra|additional|further|another|plus|rose|increase|up|grew|higher|than)\b", re.I
)
_WHOLE_NOUNS = (
    r"vote|votes|voters|electorate|respondents|population|people|adults|children|patients|"
    r"staff|workers|employees|members|households|students|pupils|residents|users|customers|"
    r"seats|those (?:surveyed|polled|asked|questioned)|the total|all"
)
_OVER_HUNDRED = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:" + _WHOLE_NOUNS + r")\b", re.I
)
_CHANGE_CUE = re.compile(
    r"\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|up|down|increase[sd]?|decrease[sd]?|"
    r"grew|growth|grow|jump(?:ed)?|drop(?:ped)?|cut|higher|lower|than|compared|from|to \d|"
    r"inflation|interest|rate|rates|margin|turnout|points?|year-on-year|annual|annually|"
    r"a year|per year|each|every|more than one|multiple|could choose|could pick)\b",
    re.I,
)
_OF_GROUP = re.compile(r"^\s*(?:of|among)\s+((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.I)
_SHARE_VERB = re.compile(
    r"\b(?:said|say|says|voted|vote|backed|back|support(?:ed)?|oppose[sd]?|think|thought|"
    r"believe[sd]?|agreed?|disagreed?|were|are|was|rated|favou?r(?:ed)?|chose|preferred|"
    r"yes|no|undecided|don't know|did not know|against|for)\b",
    re.I,
)


def impossible_share_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    yield from _parts_over_whole(analysis)
    yield from _shares_over_hundred(analysis)
    yield from _share_over_whole(analysis)
    yield from majority_minority_flags(analysis)


def _counts(analysis: Analysis) -> list[Quantity]:
    return [
        q
        for q in analysis.quantities
        if q.kind == "count" and q.value is not None and q.change is None and q.unit in (None, "")
    ]


def _parts_over_whole(analysis: Analysis) -> Iterator[Flag | Verified]:
    text = analysis.text
    counts = _counts(analysis)
    for whole, part in itertools.pairwise(counts):
        sentence = analysis.sentence_at(whole.start)
        if sentence is None or not sentence.start <= part.start < sentence.end:
            continue
        between = text[whole.end : part.start]
        after_part = text[part.end : part.end + 24]
        before_whole = text[max(sentence.start, whole.start - 30) : whole.start]
        if _NOT_A_PART.search(between) or _NOT_A_PART.match(after_part.strip()) or "\n" in between:
            continue
        if _PART_OF.match(between):
            # "410 of the 340 roads": the first figure is the part
            yield from _part_flag(whole, part, part_first=True)
        elif _OF_THE_WHOLE.search(before_whole) and len(between) < 80 and "," in between:
            # "Of the 340 roads surveyed, 410 were ..."
            yield from _part_flag(part, whole, part_first=False)
        elif _OF_THEM.match(after_part) and len(between) < 40:
            # "2,000 staff, 2,500 of them in Wales"
            yield from _part_flag(part, whole, part_first=False)


def _counted(q: Quantity) -> str | None:
    word = (q.counted or "").lower().split()
    return word[-1].rstrip("s") if word else None


def _part_flag(part: Quantity, whole: Quantity, *, part_first: bool) -> Iterator[Flag | Verified]:
    counted = _counted(part), _counted(whole)
    if all(counted) and counted[0] != counted[1]:
        return  # "Of the 340 roads, 410 potholes ...": another thing, not a part
    part_range = _lowest(part)
    whole_range = _highest(whole)
    if part_range.low <= whole_range.high:
        if part.value and whole.value:
            yield verified.part_within_whole(part, whole, part.value / whole.value)
        return
    yield Flag(
        start=part.start,
        end=part.end,
        message=f"the part '{part.text}' is larger than its whole '{whole.text}'",
        related=((whole.start, whole.end),),
        evidence={
            "part": part.text,
            "whole": whole.text,
            "part_at_least": sig(part_range.low, 6),
            "whole_at_most": sig(whole_range.high, 6),
            "share": sig(part_range.low / whole_range.high, 3) if whole_range.high else None,
        },
    )


def _lowest(q: Quantity) -> Interval:
    """The part at its smallest: rounding and 'about' go down; 'up to'/'less than' do not count."""
    if q.approx in ("<", "<="):
        return Interval(0.0, 0.0)
    return with_approx(printed(q), q.approx)


def _highest(q: Quantity) -> Interval:
    if q.approx in (">", ">="):
        return Interval(q.value or 0.0, float("inf"))
    return with_approx(printed(q), q.approx)


def _percents(analysis: Analysis, start: int, end: int) -> list[Quantity]:
    return [
        q
        for q in analysis.quantities
        if q.kind == "percent"
        and start <= q.start < end
        and q.value is not None
        and q.low is None
        and q.change is None
        and "point" not in q.text.lower()
    ]


def _shares_over_hundred(analysis: Analysis) -> Iterator[Flag | Verified]:
    text = analysis.text
    for sentence in analysis.sentences:
        shares = _percents(analysis, sentence.start, sentence.end)
        if len(shares) < 2:
            continue
        body = text[sentence.start : sentence.end]
        if _CHANGE_CUE.search(body) or not _SHARE_VERB.search(body):
            continue
        # all shares of one group: "of men" / "of women" are two wholes
        groups = {
            _group(m.group(1)) for q in shares if (m := _OF_GROUP.match(text[q.end : q.end + 40]))
        }
        if len(groups) > 1:
            continue
        # two shares must be answers to one question ("70% agreed and 40% disagreed"); two
        # statements polled apart ("87% said X, while 92% said Y") may both be true
        if (
            len(shares) == 2
            and len({_answer(text[q.end : q.end + 30]) for q in shares} - {None}) < 2
        ):
            continue
        if _MULTI_ANSWER.search(body):
            continue
        if any(q.approx in ("<", "<=") for q in shares):
            continue
        at_least = sum(_lowest(q).low for q in shares)
        if at_least <= 100.0:
            yield verified.shares_within_whole(shares, sig(sum(q.value or 0 for q in shares), 4))
            continue
        total = sig(sum(q.value or 0 for q in shares), 4)
        yield Flag(
            start=shares[0].start,
            end=shares[-1].end,
            message=f"shares of one whole add up to {total}%"
            f" (at least {sig(at_least, 4)}% after rounding)",
            related=tuple((q.start, q.end) for q in shares),
            evidence={
                "shares": [q.text for q in shares],
                "sum": total,
                "sum_at_least": sig(at_least, 4),
                "limit": 100,
            },
        )


_ANSWERS = {
    "yes": "for", "agree": "for", "agreed": "for", "agrees": "for", "support": "for",
    "supported": "for", "backed": "for", "back": "for", "favour": "for", "favoured": "for",
    "favor": "for", "favored": "for", "approve": "for", "approved": "for", "for": "for",
    "like": "for", "liked": "for", "satisfied": "for", "trust": "for", "trusted": "for",
    "good": "for", "no": "against", "disagree": "against", "disagreed": "against",
    "oppose": "against", "opposed": "against", "against": "against", "disapprove": "against",
    "disapproved": "against", "dislike": "against", "disliked": "against", "bad": "against",
    "dissatisfied": "against", "distrust": "against", "poor": "against", "undecided": "neither",
    "unsure": "neither", "neither": "neither", "know": "neither", "sure": "neither",
}  # fmt: skip
_MULTI_ANSWER = re.compile(
    r"\b(?:ranked|ranking|place|position|popular|cited|mentioned|named|listed|among|"
    r"top|favourite|favorite)\b",
    re.I,
)


def _answer(after: str) -> str | None:
    """The side an answer takes: 'said yes' / 'agreed' -> for; 'opposed it' -> against."""
    for word in re.findall(r"[a-z]+", after.lower())[:5]:
        if word in _ANSWERS:
            return _ANSWERS[word]
    return None


def _group(words: str) -> str:
    """'residents backed the' -> 'residents': the group ends where the verb starts."""
    kept = []
    for word in words.lower().split():
        if _SHARE_VERB.fullmatch(word) or word in ("who", "that", "and", "in", "said"):
            break
        kept.append(word)
    return " ".join(kept)


def _share_over_whole(analysis: Analysis) -> Iterator[Flag | Verified]:
    """'120% of voters': a share of a group of people cannot pass 100%."""
    text = analysis.text
    for q in analysis.quantities:
        if q.kind != "percent" or q.value is None or q.change is not None:
            continue
        if not _OVER_HUNDRED.match(text[q.end : q.end + 40]):
            continue
        before = text[max(0, q.start - 40) : q.start]
        if _CHANGE_CUE.search(before):
            continue
        at_least = _lowest(q).low
        if at_least <= 100.0:
            continue
        yield Flag(
            start=q.start,
            end=q.end,
            message=f"'{q.text}' of a whole is more than all of it",
            evidence={"share": q.text, "share_at_least": sig(at_least, 4), "limit": 100},
        )
