"""NUM005's arithmetic: the rate a window's share of a cumulative total implies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.arithmetic import printed, sig, with_approx
from newslint.extract.timex import TimeExpression
from newslint.report.model import Quantity, Span
from newslint.rules.registry import Flag

RATE_RATIO = 8.0  # the window's rate must be at least 8x the average to be implausible

# the lowest share each phrase allows
_SHARES = [
    (r"the (?:vast|overwhelming|great) majority", 0.75),
    (r"(?:almost|nearly|virtually) all", 0.8),
    (r"the (?:bulk|lion's share)", 0.5),
    (r"(?:a|the) majority", 0.5),
    (r"more than half", 0.5),
    (r"most", 0.5),
    (r"half", 0.5),
    (r"(?:a|one) third", 0.33),
    (r"two[- ]thirds", 0.66),
    (r"three[- ]quarters", 0.75),
    (r"(?:a|one) quarter", 0.25),
]
_SHARE = re.compile(
    r"\b(?P<about>about |around |roughly |nearly |almost )?(?P<share>"
    + "|".join(f"(?:{p})" for p, _ in _SHARES)
    + r")\b(?:\s+of\s+(?:them|those|these|which|whom|the\s+\w+|it))?",
    re.I,
)
_AVERAGE = re.compile(
    r"\b(?:daily|a day|per day|each day|every day|a week|weekly|per week)\b.{0,40}?\baverag"
    r"|\baverag\w*\b.{0,40}?\b(?:daily|a day|per day|each day|every day|weekly|a week|per week)\b",
    re.I,
)
_AVERAGE_DAYS = re.compile(r"\b(?:week|weekly)\b", re.I)


@dataclass(frozen=True)
class Average:
    quantity: Quantity
    per_days: float
    high: float  # the highest average the printed figure allows, per day


_GATE = re.compile(r"\bsince\b", re.I)


def implausible_rate_flags(analysis: Analysis) -> Iterator[Flag]:
    text = analysis.text
    # a cumulative total needs "since" and a share word: skip resolving time otherwise
    if not _GATE.search(text) or not _SHARE.search(text):
        return
    for sentence in analysis.sentences:
        in_sentence = analysis.time_expressions_in(sentence.start, sentence.end)
        # a period without a length ("since March", no published date) still names a total;
        # only a stated average can then give its rate
        periods = [t for t in in_sentence if t.kind == "since"]
        windows = [t for t in in_sentence if t.kind in ("window", "calendar") and t.days]
        if not periods or not windows:
            continue
        for period in periods:
            total = _total_before(analysis, period, sentence)
            if total is None:
                continue
            for window in windows:
                if window.start < period.end or (window.days or 0) >= (period.days or 1e9):
                    continue
                share = _share_between(text, total.end, window.start)
                if share is None:
                    continue
                flag = _rate_flag(analysis, total, period, window, share)
                if flag:
                    yield flag
                    break


def _total_before(analysis: Analysis, period: TimeExpression, sentence: Span) -> Quantity | None:
    """The cumulative total the period belongs to: the last count right before 'since'."""
    best = None
    for q in analysis.quantities_in(sentence.start, period.start):
        near = q.end <= period.start and period.start - q.end <= 60
        # "lost 53,000 soldiers" may be read as a fall; it is still a cumulative count
        if near and q.kind in ("count", "measure") and q.value and q.dimension != "time":
            best = q
    return best


def _share_between(text: str, start: int, end: int) -> tuple[str, float, int, int] | None:
    gap = text[start:end]
    if len(gap) > 120:
        return None
    found = None
    for m in _SHARE.finditer(gap):
        found = m
    if not found:
        return None
    low = next(v for p, v in _SHARES if re.fullmatch(p, found.group("share"), re.I))
    if found.group("about"):
        low *= 0.8
    return found.group(0), low, start + found.start(), start + found.end()


_FUNCTION_WORDS = {
    "since", "in", "of", "have", "has", "had", "were", "was", "are", "is", "on", "at", "for",
    "from", "by", "the", "and", "to", "with", "after", "during", "over", "so", "this", "that",
    "who", "which", "a", "an", "across", "per", "each", "more", "than",
}  # fmt: skip


def head_noun(after: str) -> str | None:
    """The last word of the noun phrase after a figure: '1,200 heat-related admissions since'."""
    noun = None
    for word in re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", after)[:4]:
        if not word[0].isalpha() or word.lower() in _FUNCTION_WORDS:
            break
        noun = word.lower()
    if noun is None:
        return None
    noun = noun.split("-")[-1]
    return noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun


def _stated_average(analysis: Analysis, total: Quantity) -> Average | None:
    """'the daily average had been about 60 admissions', near the total and about its noun."""
    paragraph = analysis.paragraph_at(total.start)
    if paragraph is None:
        return None
    text = analysis.text
    noun_word = head_noun(text[total.end : total.end + 60])
    for sentence in analysis.sentences_in(paragraph.start, paragraph.end):
        body = text[sentence.start : sentence.end]
        if not _AVERAGE.search(body):
            continue
        if noun_word and noun_word not in body.lower():
            continue
        for q in analysis.quantities_in(sentence.start, sentence.end):
            if q is total:
                continue
            if q.kind in ("count", "measure") and q.value and q.change is None and q.low is None:
                per_days = 7.0 if _AVERAGE_DAYS.search(body) else 1.0
                high = with_approx(printed(q), q.approx).high
                if q.approx in ("<", "<="):
                    high = q.value
                return Average(q, per_days, high / per_days)
    return None


def _rate_flag(
    analysis: Analysis,
    total: Quantity,
    period: TimeExpression,
    window: TimeExpression,
    share: tuple[str, float, int, int],
) -> Flag | None:
    phrase, share_low, share_start, _ = share
    total_low = with_approx(printed(total), total.approx).low
    if total.approx in ("<", "<="):
        return None
    window_days = max(window.days or 1.0, 1.0)
    period_days = max(period.days, 1.0) if period.days else None
    window_count = share_low * total_low
    window_rate = window_count / window_days
    average = _stated_average(analysis, total)
    if average is None and period.days is None:
        return None
    if average is not None:
        average_rate = average.high
        basis = f"stated average '{average.quantity.text}'"
    else:
        assert period_days is not None  # checked above: no average and no length returns
        total_high = with_approx(printed(total), total.approx).high
        average_rate = total_high / period_days
        basis = f"'{total.text}' over {period_days:g} days ({period.text})"
    if average_rate <= 0:
        return None
    ratio = window_rate / average_rate
    if ratio < RATE_RATIO:
        return None
    related = [(total.start, total.end), (period.start, period.end)]
    if average is not None:
        related.append((average.quantity.start, average.quantity.end))
    evidence: dict[str, object] = {
        "total": total.text,
        "period": period.text,
        "period_days": period_days,
        "period_start": period.begin.isoformat() if period.begin else None,
        "window": window.text,
        "window_days": window_days,
        "share": phrase,
        "share_at_least": share_low,
        "window_count_at_least": sig(window_count, 4),
        "window_rate_per_day": sig(window_rate, 4),
        "average_rate_per_day": sig(average_rate, 4),
        "average_basis": basis,
        "ratio": sig(ratio, 3),
        "threshold": RATE_RATIO,
    }
    if period.event:
        evidence["event"] = period.event
        evidence["event_source"] = period.source
    return Flag(
        start=share_start,
        end=window.end,
        message=f"'{phrase} ... {window.text}' means at least {sig(window_count, 3):,g} in "
        f"{window_days:g} day(s), {sig(ratio, 2):g}x the average of "
        f"{sig(average_rate, 3):,g} a day",
        related=tuple(related),
        evidence=evidence,
    )
