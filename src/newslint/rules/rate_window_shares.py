"""Window shares: the words that put part of a total in a short window.

"most of them over the weekend", "more than half of it in the past 24 hours", "£1.6m of that
in the past year". Read here apart from the totals (``rate_totals.py``) and the finding
(``rates.py``) so that the phrase reading can be followed on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from newslint.analysis import Analysis
from newslint.arithmetic import printed, with_approx
from newslint.extract.numbers import SMALL_WORDS
from newslint.extract.quantities import counted_lemma
from newslint.extract.timex import TimeExpression
from newslint.report.model import Quantity

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
SHARE = re.compile(
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
# "Of those, most came in the past week": the pronoun before the share
OF_THOSE_BEFORE = re.compile(
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


def sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def countable(q: Quantity) -> bool:
    """A figure that can be a cumulative total: a count, money or an amount, one value, no rate."""
    return (
        q.kind in ("count", "money", "measure")
        and bool(q.value)
        and (q.value or 0) > 0
        and q.per is None
        and q.conversion_of is None
        and (q.dimension or "count") in _TOTAL_DIMENSIONS
    )


def share_phrases(analysis: Analysis) -> list[re.Match[str]]:
    """The article's share phrases ("most of them", "nine in ten"), read once: the window
    shares and the shares that name their total (``rate_wholes``) both start from them, and a
    case-blind scan of a long article is most of the rule's cost."""
    memo = analysis.memo("rate share phrases")
    if "found" not in memo:
        memo["found"] = list(SHARE.finditer(analysis.text))
    return memo["found"]


def window_shares(
    analysis: Analysis, windows: list[TimeExpression], starts: list[int]
) -> Iterator[WindowShare]:
    text = analysis.text
    for m in share_phrases(analysis):
        if m.group("share").lower() == "most" and _SUPERLATIVE.search(
            text[max(0, m.start() - 5) : m.start()]
        ):
            continue  # "the most in a decade", "at most": no share
        refers, noun, end = _what_share_names(text, m)
        if refers == "modifier":
            continue
        window = window_after(text, end, windows)
        if window is None:
            continue
        index = sentence_index(starts, m.start())
        low = share_low(m)
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
AMOUNT_OF = re.compile(
    r"\s+of(?:\s+(?P<word>them|those|these|that|it|which)\b|(?P<whole>" + _THE_TOTAL.pattern + "))",
    re.I,
)
# a figure's scale word may stand between it and "of": "1.5 million of them"
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion|crore|lakh|bn|m|k))?"
AMOUNT_GATE = re.compile(
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


def window_amounts(
    analysis: Analysis, windows: list[TimeExpression], starts: list[int]
) -> Iterator[WindowShare]:
    """Figures put in a window as a part of a total: "70,000 of them were in the past month",
    "Some £1.6m of that was donated in the past two days", "with 45,000 made in the last three
    days"; the share they are of the total is worked out once the total is linked."""
    text = analysis.text
    for q in analysis.quantities:
        if not countable(q) or q.approx in ("<", "<="):
            continue
        anaphor = AMOUNT_OF.match(text, q.end)
        opening = OF_THOSE_BEFORE.search(text, max(0, q.start - 25), q.start)
        if anaphor and anaphor.group("whole"):  # "R4 billion of the amount": the total itself
            refers, noun, end = "total", None, anaphor.end()
        elif anaphor:
            refers, noun, end = "anaphor", anaphor.group("word").lower(), anaphor.end()
        elif opening:  # "Of those, 70,000 came in the past month"
            refers, noun, end = "anaphor", opening.group(0).split()[1].rstrip(","), q.end
        elif _AMOUNT_WITH.search(text, max(0, q.start - 24), q.start):
            refers, noun, end = "bare", None, q.end
        elif _OPENS_WITH_AMOUNT.match(text[starts[sentence_index(starts, q.start)] : q.start]) and (
            said := _AMOUNT_SAID.match(text, q.end)
        ):
            # "... 14,000 parcels since 2019. Around 9,000 were given out in the last
            # fortnight": an amount opening the next sentence, of the total's noun or none
            noun = counted_lemma(said.group("noun")) if said.group("noun") else None
            refers, end = ("noun" if noun else "bare"), q.end
        else:
            continue
        window = window_after(text, end, windows)
        if window is None:
            continue
        index = sentence_index(starts, q.start)
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


def as_share(share: WindowShare, amount: Quantity, total: Quantity) -> WindowShare | None:
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


def share_low(m: re.Match[str]) -> float:
    """The least share the words allow: "most" 0.5, "80%" 0.795 (its rounding)."""
    if m.group("percent"):
        return (float(m.group("percent")) - 0.5) / 100
    if m.group("tens"):  # "nine in ten": 85% or more; "two in three" 50%
        n, den = SMALL_WORDS[m.group("tens").lower()], SMALL_WORDS.get(m.group("den").lower(), 10)
        return (n - 0.5) / den if n < den else 0.0  # "five in three": no share
    return next(v for p, v in _SHARES if re.fullmatch(p, m.group("share"), re.I))


def _what_share_names(text: str, m: re.Match[str]) -> tuple[str, str | None, int]:
    """(refers, noun, end of the phrase): "of them" is an anaphor, "of the total" the total,
    "of the provider's homes" the noun "home"; a share with no "of" is bare, unless "of those"
    stands before it ("Of those, most came ...")."""
    if not m.group("of"):
        before = OF_THOSE_BEFORE.search(text, max(0, m.start() - 25), m.start())
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


def window_after(text: str, pos: int, windows: list[TimeExpression]) -> TimeExpression | None:
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
