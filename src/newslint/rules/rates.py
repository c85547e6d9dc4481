"""NUM005's arithmetic: the rate a window's share of a cumulative total implies.

A total is a figure counted over a period ("52,000 parcels since it was set up in 2019", "£3.4m
since 2010"). A window share puts part of it in a short window ("most of them over the
weekend", "more than half of it in the past 24 hours"), in the same sentence, in the next one
("... since 2019. Most of them came in the past week."), or anywhere when it names the total's
noun ("Nearly all of the provider's homes were delivered in the past six months") or the total
itself ("more than half of the total"). The window's rate is compared with the total's average
rate: the highest of the averages the article states for the same thing ("about 40 parcels a
day", "averages about 150 missions a year", "roughly once a month, usually carrying 30 to 40"),
else the total over its period (when the period's start and the publication date are known).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace

from newslint.analysis import Analysis
from newslint.arithmetic import printed, sig, with_approx
from newslint.extract.quantities import counted_lemma
from newslint.extract.timex import TimeExpression
from newslint.intervals import Intervals
from newslint.report.model import Quantity
from newslint.rules.conversions import as_rounded
from newslint.rules.rate_averages import Rate, Rates, rates_for, stated_rates
from newslint.rules.rate_links import (
    MONEY_NOUNS,
    UP_TO_NOW,
    begun_periods,
    far_anaphor,
    grown_periods,
    money_total,
    named_total,
    one_each,
    renamed,
    said_in,
    total_of_kind,
)
from newslint.rules.rate_sums import rate_sum
from newslint.rules.rate_wholes import shares_naming_totals
from newslint.rules.rate_windows import (
    is_period,
    is_window,
    more_windows,
    outside,
    own_spans,
    participle_at,
    rough_spans,
    so_far_periods,
)
from newslint.rules.registry import Flag, Verified

RATE_RATIO = 8.0  # the window's rate must be at least 8x the average to be implausible
LARGE_PART = 0.25  # a figure put in a window counts from a quarter of its total ("a quarter")

# the lowest share each phrase allows
_SHARES = [
    (r"the (?:vast|overwhelming|great) majority", 0.75),
    (r"(?:almost|nearly|virtually|practically) all", 0.8),
    (r"the (?:vast )?(?:bulk|lion's share|lion’s share)|the greater part", 0.5),
    (r"(?:a|the) (?:(?:large|clear|big|huge|substantial|sizeable|comfortable) )?majority", 0.5),
    (r"(?:more|over|upwards) (?:than )?half", 0.5),
    (r"most", 0.5),
    (r"half", 0.5),
    (r"(?:a|one) third", 0.33),
    (r"two[- ]thirds", 0.66),
    (r"three[- ]quarters", 0.75),
    (r"(?:a|one) quarter", 0.25),
    (r"(?:a|one) fifth", 0.2),
    (r"two[- ]fifths", 0.4),
    (r"three[- ]fifths", 0.6),
    (r"four[- ]fifths", 0.8),
    (r"nine[- ]tenths", 0.9),
]
_TENS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}  # fmt: skip
_SHARE = re.compile(
    r"\b(?P<about>about |around |roughly |nearly |almost |some )?"
    r"(?:(?:more than|over|at least|well over|just over|upwards of) )?(?P<share>"
    + "|".join(f"(?:{p})" for p, _ in _SHARES)
    + r"|(?P<percent>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
    + r"|(?P<tens>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    + r"(?P<den>ten|10|two|three|four|five|six|seven|eight|nine)\b"
    + r")(?:\b|(?<=%))(?P<of>\s+of\b)?",
    re.I,
)
# a share with no "of" is followed by its verb or window ("nearly half came in", "most in the
# past week"), never by a noun it modifies ("the half marathon", "half price")
_BARE_NEXT = re.compile(
    r"\s*(?:[,.;]|(?:in|over|during|within|on|since|this|last|came|come|coming|were|was|are|is|"
    r"had|have|has|arrived|occurred|happened|took|been|alone|went|fell|left|got|made|sold|paid|"
    # or any verb in the past tense: "the majority crossed on Tuesday"
    r"[a-z]{3,}ed)\b)",
    re.I,
)
# "the biggest field since 2011", "the first time since 1990": a superlative, not a total
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:biggest|largest|highest|lowest|smallest|greatest|fewest|worst|best|most|least|first|"
    r"longest|shortest|strongest|weakest|fastest|slowest|busiest|quietest|hottest|coldest|"
    r"wettest|driest|deadliest|heaviest|warmest|sharpest|steepest)\b(?:\s+[\w'’-]+){0,3}\s*$",
    re.I,
)
# "Of those, most came in the past week": the pronoun before the share
_OF_THOSE_BEFORE = re.compile(
    r"\bof\s+(?:(?:them|those|these|that|the\s+total)\s*,|which)\s*"
    r"(?:(?:some|about|around|roughly|nearly|almost|more than|over|just over|at least)\s+)?$",
    re.I,
)
# what "of" names after a share: a pronoun, the total itself, or a noun phrase
_ANAPHOR = re.compile(r"\s+(?P<word>them|those|these|which|whom|it|that|this)\b", re.I)
_THE_TOTAL = re.compile(
    r"\s+(?:the|that|this)\s+(?:total\s+(?P<kind>amount|sum|number|value|money)|total|sum|amount|"
    r"money|figure|tally)\b",
    re.I,
)
_NOUN_PHRASE = re.compile(
    r"\s+(?:all\s+)?(?:the|its|their|these|those|that|this|[A-Z][\w-]*['’]s)\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)
_PHRASE_STOP = {
    "were", "was", "are", "is", "had", "has", "have", "been", "came", "come", "in", "on", "over",
    "during", "from", "since", "this", "last", "past", "will", "would", "could", "and", "to",
    "that", "which", "who", "by", "at", "for", "with", "went", "gone", "got", "took", "made",
    "grew", "fell", "rose", "ran", "left", "gave", "sold", "paid", "won", "lost", "spent", "did",
    # a relative clause's subject ends the noun phrase: "of all the passengers it has carried"
    "it", "they", "we", "he", "she", "you",
}  # fmt: skip
# a clause break between a share and its window: the window then belongs to another statement
_CLAUSE_BREAK = re.compile(r";|—|\s–\s|,\s+(?:and|but|while|whereas|although)\b|\bsince\b", re.I)
# "most of them in the past week were students": the window qualifies the group, not the share
_PREDICATE_AFTER = re.compile(
    r"\s*(?:alone\s+)?(?:were|was|are|is|had|have|has|will|would|remain|remained)\b", re.I
)
_SUPERLATIVE = re.compile(r"\b(?:the|at)\s+$", re.I)
_TOTAL_DIMENSIONS = {"count", "currency", "length", "area", "volume", "mass", "energy"}


@dataclass(frozen=True)
class Total:
    quantity: Quantity
    period: TimeExpression
    sentence: int  # index in analysis.sentences

    @property
    def noun(self) -> str | None:
        """The counted noun in dictionary form, its last word: "food parcels" -> "parcel"."""
        if self.quantity.counted:
            words = counted_lemma(self.quantity.counted).split()
            return words[-1] if words else None
        return None


@dataclass(frozen=True)
class WindowShare:
    phrase: str
    low: float  # the lowest share the words allow
    start: int
    end: int
    window: TimeExpression
    refers: str  # "anaphor", "total", "noun" or "bare"
    noun: str | None  # the head noun in dictionary form, or the pronoun of an anaphor
    sentence: int
    opens_sentence: bool = False  # "The majority came in the past week."
    amount: Quantity | None = None  # a share given as a figure: "£1.6m of that", "with 45,000"
    named: str | None = None  # the noun after "those" or "these": "most of those goals"


def implausible_rate_flags(analysis: Analysis) -> Iterator[Flag | Verified]:
    """NUM005's findings, and a ``Verified`` record for each window share whose rate the
    total's average makes plausible."""
    text = analysis.text
    if not _SHARE.search(text) and not _AMOUNT_GATE.search(text):
        return
    times = analysis.time_expressions
    periods = [t for t in times if is_period(t)]
    timed = Intervals((t.start, t.end) for t in times)
    published = analysis.article.published
    extra = [
        *so_far_periods(text),
        *rough_spans(text),
        *own_spans(text),
        *begun_periods(text, analysis.sentences, published, participle_at(analysis)),
        *grown_periods(analysis, published),
    ]
    periods += [s for s in extra if not timed.holds(s.start)]
    if not periods:
        return
    starts = [s.start for s in analysis.sentences]
    rates = stated_rates(analysis, starts)
    # a figure the article states per day or week is a rate, never a cumulative total
    per_period = {id(r.quantity) for r in rates}
    totals = _totals(analysis, sorted(periods, key=lambda t: t.start), starts, per_period)
    if not totals:
        return
    taken = {t.period.start for t in totals}
    windows = [t for t in times if is_window(t, text) and t.start not in taken]
    windows += [s for s in more_windows(text, published) if not timed.holds(s.start)]
    windows.sort(key=lambda t: t.start)
    if not windows:
        return
    shares = [
        *_window_shares(analysis, windows, starts),
        *_window_amounts(analysis, windows, starts),
    ]
    for share in shares:
        linked = _total_for(analysis, share, totals)
        if linked is None:
            continue
        total, how = linked
        if share.amount is not None:
            as_share = _as_share(share, share.amount, total.quantity)
            if as_share is None:
                continue
            share = as_share
        flag = _rate_flag(analysis, total, share, how, rates)
        if flag:
            yield flag
    seen = {s.start for s in shares}
    for share, total, how in shares_naming_totals(analysis, windows, totals, starts):
        if share.start not in seen and (flag := _rate_flag(analysis, total, share, how, rates)):
            yield flag


# between a total and the span it was counted over: its own words, no figure, no clause break;
# a comma only before a participle that says how the total came about ("R5.2 billion, built up
# over about 15 years")
_ATTACHED = re.compile(r"(?P<comma>,)?(?:\s+[A-Za-z'’-]+){0,4}\s+")


def _sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _countable(q: Quantity) -> bool:
    """A figure that can be a cumulative total: a count, money or an amount, one value, no rate."""
    return (
        q.kind in ("count", "money", "measure")
        and bool(q.value)
        and (q.value or 0) > 0
        and q.per is None
        and q.conversion_of is None
        and (q.dimension or "count") in _TOTAL_DIMENSIONS
    )


_BARE = re.compile(r"[\d,.]+\s+[a-z-]+")
_LIKENED = re.compile(
    r"\b(?:size|weight|length|height|area|as|of|than|times|equivalent|worth|like)\s+$", re.I
)


def _bare_count(q: Quantity, text: str) -> bool:
    """'have collared 310 elephants': a count the extraction took for a likeness because
    elephants are a yardstick; a likeness says so ('the weight of 310 elephants')."""
    return (
        q.kind == "comparison"
        and _BARE.fullmatch(q.text) is not None
        and not _LIKENED.search(text, max(0, q.start - 20), q.start)
    )


def _totals(
    analysis: Analysis,
    periods: list[TimeExpression],
    starts: list[int],
    rates: Container[int] = frozenset(),
) -> _Totals:
    """Each period's total: the nearest countable figure before it in its sentence, with none
    between; else the first one after it ("Since the app launched in 2015, users have logged
    72,000 sightings"). A figure has one period, the first: in "20,000 since 2019, most of them
    since Friday" the second is the share's window."""
    quantities = analysis.quantities
    positions = [q.start for q in quantities]
    totals: list[Total] = []
    used: set[int] = set()  # ids of the figures already a period's total
    for period in periods:
        index = _sentence_index(starts, period.start)
        sentence = analysis.sentences[index]
        if _SUPERLATIVE_SINCE.search(analysis.text, sentence.start, period.start):
            continue
        lo = bisect.bisect_left(positions, sentence.start)
        hi = bisect.bisect_left(positions, sentence.end)
        said = [
            q
            for q in quantities[lo:hi]
            if (_countable(q) or _bare_count(q, analysis.text)) and id(q) not in rates
        ]
        before = [q for q in said if q.end <= period.start]
        after = [q for q in said if q.start >= period.end]
        reach = period.end
        counted = UP_TO_NOW.search(analysis.text, period.end, sentence.end)
        if counted and not before:  # "The event, first held in 1989 with 200 runners, has
            # now raised £3.6m": what the count up to now counts, not the description's figure
            after = [q for q in after if q.start >= counted.end()]
            reach = counted.end()
        if period.kind == "duration":  # "214 career goals in 16 seasons": the span is the
            # total's only when it follows the total's own words
            if not before or not _attached(analysis, before[-1].end, period.start):
                continue
            total = before[-1]
        elif before:
            total = before[-1]
        elif after and after[0].start - reach <= 80:
            total = after[0]
        else:
            continue
        if total.approx in ("<", "<=") or id(total) in used:
            continue  # "up to 52,000": the total's least is unknown
        if _AMOUNT_OF.match(analysis.text, total.end) or _OF_THOSE_BEFORE.search(
            analysis.text, max(0, total.start - 25), total.start
        ):
            continue  # "70,000 of them in the past month": a part, not a total
        totals.append(Total(total, period, index))
        used.add(id(total))
    return _Totals(totals)


def _attached(analysis: Analysis, end: int, start: int) -> bool:
    """The words between a total and a span said of it are its own (see ``_ATTACHED``)."""
    words = _ATTACHED.fullmatch(analysis.text, end, start)
    if words is None:
        return False
    if not words.group("comma"):
        return len(analysis.text[end:start].split()) <= 3
    first = re.match(r",\s+", analysis.text[end:start])
    return first is not None and participle_at(analysis)(end + first.end())


def _window_shares(
    analysis: Analysis, windows: list[TimeExpression], starts: list[int]
) -> Iterator[WindowShare]:
    text = analysis.text
    for m in _SHARE.finditer(text):
        if m.group("share").lower() == "most" and _SUPERLATIVE.search(
            text[max(0, m.start() - 5) : m.start()]
        ):
            continue  # "the most in a decade", "at most": no share
        refers, noun, end = _what_share_names(text, m)
        if refers == "modifier":
            continue
        window = _window_after(text, end, windows)
        if window is None:
            continue
        index = _sentence_index(starts, m.start())
        low = _share_low(m)
        if m.group("about"):
            low *= 0.8
        named = None
        if refers == "anaphor" and noun in ("those", "these", "that", "this"):
            words = _noun_phrase(text, m.end())  # "those goals": the noun may name the total
            if words and not words[0].lower().endswith(("ed", "ing")):
                named = counted_lemma(words[-1])
                end = text.index(words[-1], m.end()) + len(words[-1])
        yield WindowShare(
            phrase=text[m.start() : end],
            named=named,
            low=low,
            start=m.start(),
            end=end,
            window=window,
            refers=refers,
            noun=noun,
            sentence=index,
            opens_sentence=_opens(text[starts[index] : m.start()]),
        )


# a share given as a figure: "70,000 of them", "£1.6m of that", "more than R4 billion of the
# amount", "with 45,000 made in ..."
_AMOUNT_OF = re.compile(
    r"\s+of(?:\s+(?P<word>them|those|these|that|it|which)\b|(?P<whole>" + _THE_TOTAL.pattern + "))",
    re.I,
)
# a figure's scale word may stand between it and "of": "1.5 million of them"
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion|crore|lakh|bn|m|k))?"
_AMOUNT_GATE = re.compile(
    r"\d\S*"
    + _SCALE
    + r"\s+of\s+(?:them|those|these|that|it|which|(?:the|that|this)\s+(?:total|sum|amount|money|figure|tally))\b|"
    r"\b(?:with|including)\s|"
    r"\bof\s+(?:them|those|these)\s*,|\d\S*\s+(?:[a-z-]+\s+)?(?:were|was|had been|have been|"
    r"came|arrived)\b",
    re.I,
)
_OPENS_WITH_AMOUNT = re.compile(
    r"\W*(?:(?:some|about|around|roughly|nearly|almost|more than|over|just over)\s+)?$", re.I
)
_AMOUNT_SAID = re.compile(
    r"(?:\s+(?P<noun>[a-z][a-z-]*s))?\s+(?:were|was|had been|have been|came|arrived)\b"
)
_AMOUNT_WITH = re.compile(r"\b(?:with|including)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")


def _window_amounts(
    analysis: Analysis, windows: list[TimeExpression], starts: list[int]
) -> Iterator[WindowShare]:
    """Figures put in a window as a part of a total: "70,000 of them were in the past month",
    "Some £1.6m of that was donated in the past two days", "with 45,000 made in the last three
    days"; the share they are of the total is worked out once the total is linked."""
    text = analysis.text
    for q in analysis.quantities:
        if not _countable(q) or q.approx in ("<", "<="):
            continue
        anaphor = _AMOUNT_OF.match(text, q.end)
        opening = _OF_THOSE_BEFORE.search(text, max(0, q.start - 25), q.start)
        if anaphor and anaphor.group("whole"):  # "R4 billion of the amount": the total itself
            refers, noun, end = "total", None, anaphor.end()
        elif anaphor:
            refers, noun, end = "anaphor", anaphor.group("word").lower(), anaphor.end()
        elif opening:  # "Of those, 70,000 came in the past month"
            refers, noun, end = "anaphor", opening.group(0).split()[1].rstrip(","), q.end
        elif _AMOUNT_WITH.search(text, max(0, q.start - 24), q.start):
            refers, noun, end = "bare", None, q.end
        elif _OPENS_WITH_AMOUNT.match(
            text[starts[_sentence_index(starts, q.start)] : q.start]
        ) and (said := _AMOUNT_SAID.match(text, q.end)):
            # "... 14,000 parcels since 2019. Around 9,000 were given out in the last
            # fortnight": an amount opening the next sentence, of the total's noun or none
            noun = counted_lemma(said.group("noun")) if said.group("noun") else None
            refers, end = ("noun" if noun else "bare"), q.end
        else:
            continue
        window = _window_after(text, end, windows)
        if window is None:
            continue
        index = _sentence_index(starts, q.start)
        yield WindowShare(
            phrase=text[q.start : end],
            low=0.0,
            start=q.start,
            end=end,
            window=window,
            refers=refers,
            noun=noun,
            sentence=index,
            opens_sentence=_opens(text[starts[index] : q.start]),
            amount=q,
        )


# what may stand before a share that opens its statement: "Officers said (that) the majority
# ...", "Some £1.6m of that ..."
_OPENING = re.compile(
    r"^\W*(?:(?:[\w'’-]+\s+){1,4}(?:said|says|added|adds|estimated|estimates|told\s+\w+|"
    r"believe[sd]?|reported|reports)\s+(?:that\s+)?)?(?:some|about|around|nearly|almost)?\s*$",
    re.I,
)


def _opens(before: str) -> bool:
    return bool(_OPENING.match(before))


def _as_share(share: WindowShare, amount: Quantity, total: Quantity) -> WindowShare | None:
    """The least share of the total an amount allows (its lowest over the total's highest):
    of one kind, unit and currency, smaller than the total and a large part of it."""
    if (amount.kind, amount.dimension, amount.currency) != (
        total.kind,
        total.dimension,
        total.currency,
    ):
        return None
    part = with_approx(printed(amount), amount.approx).low * _scale(amount)
    whole = with_approx(printed(total), total.approx).high * _scale(total)
    if not whole or part >= whole or part / whole < LARGE_PART:
        return None  # a small part in a window is a spike, the news itself, not a slip
    return replace(share, low=part / whole)


def _scale(q: Quantity) -> float:
    """Measures compared in SI: '2 sq km' of '300 hectares'."""
    return (q.si_value / q.value) if q.kind == "measure" and q.si_value and q.value else 1.0


def _share_low(m: re.Match[str]) -> float:
    """The least share the words allow: "most" 0.5, "80%" 0.795 (its rounding)."""
    if m.group("percent"):
        return (float(m.group("percent")) - 0.5) / 100
    if m.group("tens"):  # "nine in ten": 85% or more; "two in three" 50%
        n, den = _TENS[m.group("tens").lower()], _TENS.get(m.group("den").lower(), 10)
        return (n - 0.5) / den if n < den else 0.0  # "five in three": no share
    return next(v for p, v in _SHARES if re.fullmatch(p, m.group("share"), re.I))


def _what_share_names(text: str, m: re.Match[str]) -> tuple[str, str | None, int]:
    """(refers, noun, end of the phrase): "of them" is an anaphor, "of the total" the total,
    "of the provider's homes" the noun "home"; a share with no "of" is bare, unless "of those"
    stands before it ("Of those, most came ...")."""
    if not m.group("of"):
        before = _OF_THOSE_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if before:
            return "anaphor", before.group(0).split()[1].rstrip(",").lower(), m.end("share")
        if not _BARE_NEXT.match(text, m.end("share")):
            return "modifier", None, m.end("share")  # "the half marathon": no share at all
        return "bare", None, m.end("share")
    pos = m.end()
    # "that total", "that tally" name the total; "that" alone points back
    total = _THE_TOTAL.match(text, pos)
    if total:
        return "total", (total.group("kind") or "").lower() or None, total.end()
    anaphor = _ANAPHOR.match(text, pos)
    if anaphor:
        return "anaphor", anaphor.group("word").lower(), anaphor.end()
    words = _noun_phrase(text, pos)
    if not words:
        return "bare", None, m.end("share")
    noun = counted_lemma(words[-1])
    return "noun", noun, text.index(words[-1], pos) + len(words[-1])


def _noun_phrase(text: str, pos: int) -> list[str]:
    """The words of the noun phrase after "of": "the shelter's dogs", "those goals"."""
    phrase = _NOUN_PHRASE.match(text, pos)
    words: list[str] = []
    for word in phrase.group("words").split() if phrase else ():
        lowered = word.lower()
        if lowered in _PHRASE_STOP or (len(words) and lowered.endswith(("ed", "ing"))):
            break  # "of the shelter's dogs arrived": the verb ends the noun phrase
        words.append(word)
    return words


def _window_after(text: str, pos: int, windows: list[TimeExpression]) -> TimeExpression | None:
    """The window a share is put in: the first one after it in its clause, a few words on,
    ending the statement ("... in the past week.", not "... in the past week were students")."""
    i = bisect.bisect_left(windows, pos, key=lambda w: w.start)
    if i >= len(windows):
        return None
    window = windows[i]
    gap = text[pos : window.start]
    if len(gap) > 80 or len(gap.split()) > 9 or re.search(r"[.!?]|\n\s*\n", gap):
        return None
    if _CLAUSE_BREAK.search(gap) or _PREDICATE_AFTER.match(text, window.end):
        return None
    return window


def _total_for(analysis: Analysis, share: WindowShare, totals: _Totals) -> tuple[Total, str] | None:
    """The total a share is of, and how the two were tied, or None when unsure: "those
    volunteers" is not of "48,000 calls", "those returns" is of "540,000 ... have returned"."""
    linked = _link(analysis, share, totals)
    if linked is not None and (
        not share.named
        or share.named == linked[0].noun
        or said_in(analysis.text, share.named, analysis.sentences[linked[0].sentence])
        or _named_total_is(analysis, share, totals, linked[0])
    ):
        return linked
    if share.named and not totals.by_noun.get(share.named):
        # "those infections" of "4,500 cases"; "those animals" of "3,200 donkeys"
        return renamed(analysis, share, totals) or named_total(analysis, share, totals)
    return None


def _named_total_is(analysis: Analysis, share: WindowShare, totals: _Totals, total: Total) -> bool:
    """The share's noun names this total and no other of another value ("those animals" of
    "900 ponies" but also of "3,200 donkeys": not this one alone)."""
    named = named_total(analysis, share, totals)
    return named is not None and named[0] is total


def _link(analysis: Analysis, share: WindowShare, totals: _Totals) -> tuple[Total, str] | None:
    same = [t for t in totals.by_sentence.get(share.sentence, []) if t.quantity.end <= share.start]
    if same and _nothing_between(analysis, same[-1].quantity.end, share.start, share, same[-1]):
        if _noun_fits(share, same[-1]):
            return same[-1], "same sentence"
        return None
    previous = totals.by_sentence.get(share.sentence - 1, [])
    if (
        previous
        and (share.refers != "bare" or share.opens_sentence)
        and _noun_fits(share, previous[-1])
        and _nothing_between(analysis, previous[-1].quantity.end, share.start, share, previous[-1])
        and not (share.refers == "total" and _of_kind(previous[-1], totals, share) > 1)
    ):
        return previous[-1], f"next sentence: '{share.phrase}'"
    if share.refers == "total":
        if len(totals) == 1:
            return totals[0], "the article's only total"
        return total_of_kind(share, totals)
    if share.amount is not None and share.refers == "anaphor":
        # "£2m since 2012 ... Some £1.6m of that was donated in the past two days": paragraphs
        # apart, an amount points back to the one total of its kind and currency before it
        a = share.amount
        kin = [t for t in totals if (t.quantity.kind, t.quantity.currency) == (a.kind, a.currency)]
        if len(kin) == 1 and kin[0].quantity.start < share.start:
            return kin[0], f"the article's only total of its kind before '{share.phrase}'"
    if share.refers == "noun":
        named = totals.by_noun.get(share.noun, [])
        if len(named) == 1 and named[0].quantity.start < share.start:
            return named[0], f"same noun: '{share.noun}'"
        if named:
            return None
        return (
            one_each(analysis, share, totals)
            or money_total(share, totals)
            or _said_of_one(analysis, share, totals)
            or named_total(analysis, share, totals)
        )
    if share.named:
        named = totals.by_noun.get(share.named, [])
        if len(named) == 1 and named[0].quantity.start < share.start:
            return named[0], f"same noun: '{share.phrase}'"
        if not named:
            return _said_of_one(analysis, share, totals)
    if share.refers == "anaphor" and share.amount is None:
        return far_anaphor(
            analysis, share, totals, lambda a, b: _nothing_between(analysis, a, b, share)
        )
    return None


def _said_of_one(
    analysis: Analysis, share: WindowShare, totals: _Totals
) -> tuple[Total, str] | None:
    """'downloaded 2.1 million times' ... 'more than half of those downloads': the noun is
    the verb of one total only before the share (a verb in its sentence's parse, not another
    noun: "9,000 cars ..., mostly through dealers" is no total of dealers)."""
    stem = (share.named or share.noun or "").lower()[:5]
    if len(stem) < 4:
        return None
    said = [
        t
        for t in totals
        if t.quantity.start < share.start and _verb_said(analysis, t.sentence, stem)
    ]
    if len(said) != 1:
        return None
    noun = share.named or share.noun
    return said[0], f"'{share.phrase}': '{noun}' is what '{said[0].quantity.text}' counts"


def _verb_said(analysis: Analysis, sentence: int, stem: str) -> bool:
    tokens, _ = analysis.parsed_tokens(analysis.sentences[sentence])
    return any(t.pos_ == "VERB" and t.lower_.startswith(stem) for t in tokens)


def _of_kind(total: Total, totals: _Totals, share: WindowShare) -> int:
    """How many totals of the kind before the share: "the total" after two sums could be
    either, or both together."""
    kind = total.quantity.kind, total.quantity.currency
    return sum(
        1
        for t in totals
        if (t.quantity.kind, t.quantity.currency) == kind and t.quantity.end <= share.start
    )


class _Totals(list[Total]):
    """The article's totals, indexed by sentence and by noun: an article may have thousands
    of shares to tie to thousands of totals."""

    def __init__(self, totals: Iterable[Total]) -> None:
        super().__init__(totals)
        self.by_sentence: dict[int, list[Total]] = {}
        self.by_noun: dict[str | None, list[Total]] = {}
        for t in self:
            self.by_sentence.setdefault(t.sentence, []).append(t)
            self.by_noun.setdefault(t.noun, []).append(t)


def _noun_fits(share: WindowShare, total: Total) -> bool:
    if share.refers == "total" and share.noun:  # "the total amount" is money, "number" things
        return (total.quantity.kind == "money") == (share.noun != "number")
    if share.refers != "noun":
        return True
    if total.quantity.kind == "money":
        return share.noun in MONEY_NOUNS
    return share.noun == total.noun


def _nothing_between(
    analysis: Analysis, start: int, end: int, share: WindowShare, total: Total | None = None
) -> bool:
    """No other figure the share could be of between a total and its share ("4,000 arrests
    since January, including 300 teenagers, most of them ...": "them" may be the teenagers;
    "$3.4m to about 2,100 students, nearly all of it": "it" is the money, not the students).
    The words of the total's own period are no other figure ("up from £20,000 in 2010")."""
    quantities = analysis.quantities
    lo = bisect.bisect_left(quantities, start, key=lambda q: q.start)
    hi = bisect.bisect_left(quantities, end, key=lambda q: q.start)
    period = total.period if total is not None else None
    return not any(
        _countable(q)
        and _could_refer_to(share, q)
        and not (period is not None and period.start <= q.start and q.end <= period.end)
        for q in quantities[lo:hi]
    )


def _could_refer_to(share: WindowShare, q: Quantity) -> bool:
    if share.refers != "anaphor":
        return True
    if share.noun in ("it", "that", "this"):  # a sum or an amount, not a count of things
        return q.kind in ("money", "measure")
    return q.kind == "count"


# -- the finding -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The average a window's rate is compared with: a stated ``rate``, or the total over its
    period (``rate`` None); ``high`` over ``days`` is ``per_day``."""

    per_day: float
    basis: str
    rate: Rate | None
    high: float
    days: float


def _baseline(analysis: Analysis, total: Total, rates: Rates) -> Baseline | None:
    """The average to compare with: the highest average the article states for the same thing
    (the total's own average is inflated by the very window in question), else the total over
    its period when the period has a length (a known start and publication date)."""
    stated = [
        Baseline(r.per_day, r.basis, r, r.high, r.days) for r in rates_for(analysis, total, rates)
    ]
    if stated:
        return max(stated, key=lambda b: b.per_day)
    period = total.period
    if not period.days:
        return None
    value = _as_printed(total.quantity)
    days = max(period.days, 1.0)
    basis = f"'{total.quantity.text}' over {days:g} days ({period.text})"
    return Baseline(value / days, basis, None, value, days)


def _as_printed(q: Quantity) -> float:
    """The figure as printed (a range's middle): one total in both the window's count and the
    period's average, so whatever it stands for cancels out of their ratio."""
    return printed(q).mid


def _rate_flag(
    analysis: Analysis, total: Total, share: WindowShare, how: str, rates: Rates
) -> Flag | Verified | None:
    q, period, window = total.quantity, total.period, share.window
    window_days = max(window.days or 1.0, 1.0)
    if period.days is not None and window_days >= period.days:
        return None
    if outside(window, period):
        return None  # "2,000 cars last year, most of them in the past week": not inside
    baseline = _baseline(analysis, total, rates)
    if baseline is None or baseline.per_day <= 0:
        return None
    if baseline.rate is None:
        # the window's part and the average are of the same total: share x period / window
        total_low = baseline.high
    else:  # a round total stands for at most 25% less ("some 1,000" is at least 750, not 500)
        total_low = with_approx(as_rounded(q, capped=True), q.approx).low
    window_count = share.low * total_low
    window_rate = window_count / window_days
    ratio = window_rate / baseline.per_day
    related = [(q.start, q.end), (period.start, period.end)]
    if baseline.rate is not None:
        related.append((baseline.rate.quantity.start, baseline.rate.quantity.end))
    evidence: dict[str, object] = {
        "total": q.text,
        "period": period.text,
        "period_days": period.days,
        "period_start": period.begin.isoformat() if period.begin else None,
        "window": window.text,
        "window_days": window_days,
        "share": share.phrase,
        "share_at_least": share.low,
        "linked": how,
        "window_count_at_least": sig(window_count, 6),
        "window_rate_per_day": sig(window_rate, 6),
        "average_rate_per_day": sig(baseline.per_day, 4),
        "average_basis": baseline.basis,
        "ratio": sig(ratio, 3),
        "threshold": RATE_RATIO,
    }
    if period.event:
        evidence["event"] = period.event
    if period.source:
        evidence["event_source" if period.event else "period_source"] = period.source
    implausible = ratio >= RATE_RATIO
    sums = rate_sum(total, share, baseline, total_low, evidence, implausible)
    evidence["working"] = sums.working
    said = f"'{share.phrase} ... {window.text}'"
    if implausible:
        claim = f"{said} means at least {sums.count} of '{q.text}'"
    else:
        claim = f"{said} fits '{q.text}': at least {sums.count}"
    record = Flag if implausible else Verified  # a plausible rate is a check that passed
    return record(
        start=share.start,
        end=window.end,
        message=f"{claim} in {sums.days}, {sums.ratio} × the average of {sums.average} a day",
        related=tuple(related),
        evidence=evidence,
    )
