"""NUM004's arithmetic: parts larger than their whole, shares of one whole past 100%."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, printed, sig, with_approx
from newslint.extract.change_words import YEAR
from newslint.extract.opposites import opposite_words
from newslint.measurements.breakdown import remainder_lists
from newslint.measurements.lexicon import a_bar_to_reach
from newslint.measurements.partitives import parts_past_whole
from newslint.measurements.parts import kind_links, kind_lists, part_lists
from newslint.measurements.records import record_lists, vote_lists
from newslint.measurements.share_readings import inside_another
from newslint.measurements.shares import exclusive_lists, several_answers_allowed
from newslint.measurements.wholes import wholes_exceeded
from newslint.report import people
from newslint.report.model import Quantity
from newslint.rules import share_sums, verified
from newslint.rules.majority import majority_minority_flags
from newslint.rules.registry import Flag, Verified

# the whole is named first: "Of the 340 roads surveyed, 410 were ..."
_OF_THE_WHOLE = re.compile(
    r"\b(?:(?:of|out of)\s+(?:the|these|those|its|their|all)|out of)\s+$", re.I
)
# the part follows its whole's clause: "12,000 passengers in May, of whom 13,500 ..."
_OF_WHOM = re.compile(
    r",\s*(?:of whom|of which|of them|of those|among them)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
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
    """Within a sentence first (its own forms), then across the article (the measurements
    layer's part links and lists of exclusive answers), each figure reported once. A check that
    passed never hides a finding, and is dropped where a finding covers its figures."""
    flagged: list[tuple[int, int]] = []
    passed: list[Verified] = []
    for record in (*_parts_over_whole(analysis), *_shares_over_hundred(analysis)):
        if isinstance(record, Verified):
            passed.append(record)
            continue
        flagged.append((record.start, record.end))
        yield record
    linked = (
        *_linked_parts(analysis),
        *_exclusive_shares(analysis),
        *_parts_past_whole(analysis),
        *_partitive_parts(analysis),
        *_wholes_exceeded(analysis),
    )
    for record in linked:
        spans = [(record.start, record.end), *record.related]
        if isinstance(record, Verified):
            passed.append(record)
        elif not _overlaps(spans, flagged):
            flagged.extend(spans)
            yield record
    seen: set[tuple[tuple[int, int], ...]] = set()
    for check in passed:
        figures = tuple(sorted(check.related))
        if figures not in seen and not _overlaps(figures, flagged):
            seen.add(figures)
            yield check
    yield from _share_over_whole(analysis)
    yield from majority_minority_flags(analysis)


def _overlaps(spans: Iterable[tuple[int, int]], others: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans for s, e in others)


def _linked_parts(analysis: Analysis) -> Iterator[Flag | Verified]:
    """A count narrowed to one kind of its things, its whole said before ("1,150 complaints"
    ... "1,510 complaints related to missed collections"). Parts that name their whole with
    "of"/"among" ("About 4,100 of them") are read from the parse by ``_partitive_parts``,
    which also weighs the other wholes the phrase could name."""
    measurements = analysis.measurements
    for link in kind_links(measurements):
        # "Of them, 710 were children": a part that names its own noun must name the whole's
        mine, theirs = link.part.reading, link.whole.reading
        if mine and theirs and mine.noun and theirs.noun and mine.noun != theirs.noun:
            continue
        part, whole = link.part.quantity, link.whole.quantity
        if _a_bar(analysis, whole):
            continue
        yield from _part_flag(part, whole, part_first=False, why=link.why, linked=True)


def _parts_past_whole(analysis: Analysis) -> Iterator[Flag]:
    """Parts of one whole that exclude each other and add up to more than it ("A total of 240
    homes ... Of those, 180 were razed. A further 95 were damaged")."""
    measurements = analysis.measurements
    lists = (
        *part_lists(measurements),
        *kind_lists(measurements),
        *remainder_lists(measurements),
        *record_lists(measurements),
        *vote_lists(measurements),
    )
    for found in lists:
        whole = found.whole.quantity
        if _a_bar(analysis, whole):
            continue
        parts = [m.quantity for m in found.parts]
        lowest, highest = (_exact, _exact) if found.exact else (_lowest, _highest)
        at_least = sum(lowest(q).low for q in parts)
        at_most = highest(whole).high
        if at_least <= at_most or any(lowest(q).low > at_most for q in parts):
            continue  # they fit, or one part alone is past the whole (reported as such)
        yield _sum_flag(whole, parts, at_least, at_most, found.why)


def _a_bar(analysis: Analysis, whole: Quantity) -> bool:
    """'the 1,237 delegates needed to win': a bar to reach, not a whole the delegates won so
    far and the delegates still to be won are parts of."""
    return a_bar_to_reach(analysis.text, whole.start, whole.end)


def _sum_flag(
    whole: Quantity, parts: list[Quantity], at_least: float, at_most: float, why: str
) -> Flag:
    total = sig(sum(q.value or 0 for q in parts), 6)
    summed = people.money(total, whole.currency) if whole.kind == "money" else f"{total:,g}"
    shown = " + ".join(q.text for q in parts)
    return Flag(
        start=parts[-1].start,
        end=parts[-1].end,
        message=f"the parts {shown} add up to {summed}, more than their whole '{whole.text}'",
        related=((whole.start, whole.end), *((q.start, q.end) for q in parts[:-1])),
        evidence={
            "whole": whole.text,
            "parts": [q.text for q in parts],
            "parts_at_least": sig(at_least, 6),
            "whole_at_most": sig(at_most, 6),
            "why": why,
            "working": [f"{shown} = {summed}, more than {whole.text}"],
        },
    )


def _partitive_parts(analysis: Analysis) -> Iterator[Flag]:
    """Parts whose "of"/"among" phrase names a whole that cannot hold them (the
    measurements layer's ``partitives``: every whole the phrase could name is smaller)."""
    for found in parts_past_whole(analysis.measurements):
        whole = found.whole.quantity
        if _a_bar(analysis, whole):
            continue
        parts = [m.quantity for m in found.parts]
        at_least = sum(_lowest(q).low for q in parts)
        at_most = _highest(whole).high
        if at_least <= at_most:
            continue
        if len(parts) == 1:
            yield share_sums.part_flag(
                parts[0], whole, sig(at_least, 6), sig(at_most, 6), found.why
            )
        else:
            yield _sum_flag(whole, parts, at_least, at_most, found.why)


def _wholes_exceeded(analysis: Analysis) -> Iterator[Flag]:
    """Any whole of the article and the parts of it said anywhere after it (the measurements
    layer's ``wholes``): one part past it, or parts that exclude each other past it."""
    for found in wholes_exceeded(analysis.measurements):
        whole = found.whole.quantity
        if _a_bar(analysis, whole):
            continue
        parts = [t.quantity for t in found.parts]
        at_least, at_most = sig(found.at_least, 6), sig(found.at_most, 6)
        if len(parts) == 1:
            yield share_sums.part_flag(parts[0], whole, at_least, at_most, found.why)
        else:
            yield _sum_flag(whole, parts, at_least, at_most, found.why)


def _exclusive_shares(analysis: Analysis) -> Iterator[Flag | Verified]:
    """Answers of one question spread over the article: past 100% a finding, else a check."""
    for found in exclusive_lists(analysis.measurements):
        at_least = found.at_least
        shares = [s.measurement.quantity for s in found.shares]
        lowest = [s.lowest for s in found.shares]
        if at_least <= 100.0:
            yield share_sums.shares_check(shares, lowest, found.why)
            continue
        yield share_sums.shares_flag(shares, lowest, found.why, [s.answer for s in found.shares])


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
            yield from _part_flag(whole, part, part_first=True, why="'N of the M' in one phrase")
        elif _OF_THE_WHOLE.search(before_whole) and len(between) < 80 and "," in between:
            # "Of the 340 roads surveyed, 410 were ..."
            yield from _part_flag(
                part, whole, part_first=False, why="'Of the M ..., N' in one sentence"
            )
        elif _OF_WHOM.search(between) and len(between) < 80:
            yield from _part_flag(part, whole, part_first=False, why="'M ..., of whom N'")
        elif _OF_THEM.match(after_part) and len(between) < 40:
            # "2,000 staff, 2,500 of them in Wales"
            yield from _part_flag(
                part, whole, part_first=False, why="'M ..., N of them' in one sentence"
            )


def _counted(q: Quantity) -> str | None:
    word = (q.counted or "").lower().split()
    return word[-1].rstrip("s") if word else None


def _part_flag(
    part: Quantity, whole: Quantity, *, part_first: bool, why: str = "", linked: bool = False
) -> Iterator[Flag | Verified]:
    """``linked``: the measurements layer tied the part to its whole, so the part's own counted
    word (often a verb misread as a noun: "1,420 met") is not compared."""
    counted = _counted(part), _counted(whole)
    if not linked and all(counted) and counted[0] != counted[1]:
        return  # "Of the 340 roads, 410 potholes ...": another thing, not a part
    part_range = _lowest(part)
    whole_range = _highest(whole)
    if part_range.low <= whole_range.high:
        if part.value and whole.value:
            yield verified.part_within_whole(part, whole, part.value / whole.value)
        return
    yield share_sums.part_flag(part, whole, sig(part_range.low, 6), sig(whole_range.high, 6), why)


def _lowest(q: Quantity) -> Interval:
    """The part at its smallest: rounding and 'about' go down; 'up to'/'less than' do not count."""
    if q.approx in ("<", "<="):
        return Interval(0.0, 0.0)
    return with_approx(printed(q), q.approx)


def _exact(q: Quantity) -> Interval:
    """A count as printed, when the article's own arithmetic says it is exact; 'about' still
    widens it."""
    if q.approx != "=" or q.kind != "count" or not re.fullmatch(r"[\d,]+", q.text):
        return _lowest(q) if q.approx in ("<", "<=") else with_approx(printed(q), q.approx)
    return Interval(q.value or 0.0, q.value or 0.0)


def _highest(q: Quantity) -> Interval:
    if q.approx in (">", ">="):
        return Interval(q.value or 0.0, float("inf"))
    return with_approx(printed(q), q.approx)


def _percents_by_sentence(analysis: Analysis) -> dict[int, list[Quantity]]:
    """The plain shares of each sentence (by the sentence's start), in one pass."""
    found: dict[int, list[Quantity]] = {}
    for q in analysis.quantities:
        if (
            q.kind == "percent"
            and q.value is not None
            and q.low is None
            and q.change is None
            and "point" not in q.text.lower()
            and (sentence := analysis.sentence_at(q.start)) is not None
        ):
            found.setdefault(sentence.start, []).append(q)
    return found


def _shares_over_hundred(analysis: Analysis) -> Iterator[Flag | Verified]:
    text = analysis.text
    by_sentence = _percents_by_sentence(analysis)
    for sentence in analysis.sentences:
        shares = by_sentence.get(sentence.start, [])
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
        if _MULTI_ANSWER.search(body) or several_answers_allowed(
            text, analysis.sentences, shares[0].start, shares[-1].end
        ):
            continue
        if any(q.approx in ("<", "<=") for q in shares) or _labels_may_overlap(text, shares):
            continue
        # a share inside another ("46% in favour -- including 16% strongly") is no answer of
        # its own; what is left must be of one whole, or the sentence says nothing checkable
        shares = [q for q in shares if not inside_another(text, sentence.start, q.start, q.end)]
        if len(shares) < 2 or _other_wholes(text, body, sentence.start, shares):
            continue
        lowest = [_lowest(q).low for q in shares]
        why = (
            "answers to one question in one sentence: one group, one time, one classification, "
            "no share inside another"
        )
        if sum(lowest) <= 100.0:
            yield share_sums.shares_check(shares, lowest, why)
        else:
            yield share_sums.shares_flag(shares, lowest, why)


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


# what a share is said to be: "61% are women", "28% were graduates"
_LABEL = re.compile(
    r"(?:\s+of\s+[^,;.\d%]{1,40}?)?\s+(?:are|were|is|was)\s+([^,;.]+?)(?=,|;|\.|\s+and\b|$)", re.I
)


def _labels_may_overlap(text: str, shares: list[Quantity]) -> bool:
    """'61% are women, 28% are graduates and 17% are managers': labels of different nouns
    that are not opposites may all fit one member ("Labour voters" / "Tory voters", one noun,
    and "boys" / "girls", opposites, may not)."""
    heads = []
    for q in shares:
        found = _LABEL.match(text, q.end, q.end + 60)
        if found is None:
            return False
        heads.append(found.group(1).lower().split()[-1].removesuffix("s"))
    return len(set(heads)) > 1 and not all(
        opposite_words(a, b) for a, b in itertools.combinations(set(heads), 2)
    )


# a label that is a band of a scale ("50 or older", "under 30", "aged 18 to 24"): an age or
# income classification, not the same one as "white" or "Hispanic"
_BAND = re.compile(r"\d|\b(?:older|younger|aged|under|over)\b", re.I)
_LABEL_END = re.compile(r"[,;.()]|\s(?:and|while|but)\s|\s[-–—]+\s")


def _other_wholes(text: str, body: str, start: int, shares: list[Quantity]) -> bool:
    """The sentence says its shares are of more than one whole: each in brackets after
    its own group ("women (61%), renters (66%)"), two years ("in 2012 ... in 1996"), or
    labels of two classifications ("was 50 or older, 70% white")."""
    bracketed = [q for q in shares if text[max(start, q.start - 1) : q.start] == "("]
    if len(bracketed) >= 2:
        return True
    if len(set(YEAR.findall(body))) > 1:
        return True
    labels = []
    for q in shares:
        rest = text[q.end : q.end + 40]
        cut = _LABEL_END.search(rest)
        labels.append(bool(_BAND.search(rest[: cut.start()] if cut else rest)))
    return any(labels) and not all(labels)


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
        yield share_sums.share_over_whole_flag(q, sig(at_least, 4))
