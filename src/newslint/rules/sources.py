"""SRC rules: who is quoted, whether they are named, and figures nobody is cited for."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.analysis import Analysis
from newslint.extract.headline_reports import headline_like
from newslint.intervals import Intervals
from newslint.report.model import Quantity, Quote
from newslint.rules.registry import Flag, rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# "a source", "another source", "the source": one anonymous speaker, however introduced
_LEADING = re.compile(
    r"^(?:a|an|one|another|the|two|three|several|some|other|senior|two other)\s+", re.I
)


def _speaker_key(text: str) -> str:
    key = " ".join(text.lower().split())
    while True:
        stripped = _LEADING.sub("", key)
        if stripped == key:
            return key
        key = stripped


@rule(
    "SRC001",
    "anonymous-source",
    "info",
    fires="""
        Russian forces have pulled back from the city, one US official said on Friday.
    """,
    silent="""
        Russian forces have pulled back from the city, the defence secretary, Ben Wallace,
        said on Friday.
    """,
    tolerance="""
        Fires once per anonymous speaker ("a source", "another source" and "the source" count
        as one; "she said" resolved to an unnamed speaker joins them), listing every quote or
        claim attributed to them. A spokesperson for a named body ("a Kremlin spokesman") speaks
        on the record for that body and is not flagged; neither is a pronoun the extractor could
        not resolve ("it said", "they said"), nor a body described by a noun ("Federated -
        owner of Macy's").
    """,
)
def anonymous_source(analysis: Analysis) -> Iterator[Flag]:
    """A quote or claim is attributed to someone the article does not name.

    ## What it does
    Lists each speaker the quote extractor types as anonymous: an unnamed person or group
    ("one US official", "a senior commander", "sources close to the president", "officials"),
    someone whose name the article says was withheld ("a driver, who did not want to give her
    name"), and claims whose source is hidden ("it is understood that ..."). The finding sits
    on the speaker's first mention; every quote attributed to them is linked.

    ## Why is this bad?
    An unnamed source cannot be checked by the reader. Anonymity is sometimes justified, but an
    editor should see each case and decide whether the article says why the source is unnamed
    and whether the claim is corroborated.
    """
    groups: dict[str, list[Quote]] = {}
    for quote in analysis.quotes:
        sp = quote.speaker
        # an anonymous source gives statements; a position read from an ordinary verb
        # ("investors may be wary of", "was criticised by campaigners") is the reporter's
        if sp is None or sp.type != "anonymous" or quote.kind != "statement":
            continue
        if not quote.direct and _first_person_account(analysis, quote):
            continue
        # a pronoun resolved to an unnamed speaker ("she" after "a commuter") joins them
        groups.setdefault(_speaker_key(sp.canonical or sp.text), []).append(quote)
    for key, quotes in groups.items():
        first = quotes[0].speaker
        assert first is not None
        n = len(quotes)
        q = quotes[0]
        hidden = q.cue_start is not None and first.start <= q.cue_start < first.end
        # a pronoun resolved to an unnamed speaker is shown with them: "'Critics' (as 'they')"
        who = f"'{first.canonical}' (as '{first.text}')" if first.canonical else f"'{first.text}'"
        message = (
            f"a claim whose source is hidden ('{first.text}')"
            if hidden and n == 1
            else f"{who} is not named ({n} quote{'s' if n != 1 else ''} or claim"
            f"{'s' if n != 1 else ''} attributed)"
        )
        yield Flag(
            start=first.start,
            end=first.end,
            message=message,
            related=tuple((q.start, q.end) for q in quotes),
            evidence={
                "speaker": key,
                "type": "anonymous",
                "quotes": n,
                "cues": [q.cue for q in quotes],
                "working": [
                    f"'{first.text}' names no person or body the reader could check",
                    f"{n} quote{'s' if n != 1 else ''} or claim{'s' if n != 1 else ''} "
                    "attributed to them: " + ", ".join(f"'{q.cue}'" for q in quotes if q.cue),
                ],
            },
        )


def _first_person(token: Token) -> bool:
    """ "we", "I": a pronoun ("US", the country, is not "us")."""
    return token.pos_ == "PRON" and token.text in {"I", "we", "We", "me", "us"}


def _first_person_account(analysis: Analysis, quote: Quote) -> bool:
    """A column or a transcript in the narrator's own voice: "we had many members who were
    happy to say ...", "my friends all think I'm mad to ...". The narrator vouches for the
    account (people they had, what others think of them), so its source is the narrator."""
    sp = quote.speaker
    assert sp is not None
    speaker = analysis.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    claim = analysis.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if speaker is None or claim is None:
        return False
    # the unnamed people are what a first-person clause is about: "we had many members who"
    for verb in speaker.root.ancestors:
        if any(c.dep_ == "nsubj" and _first_person(c) for c in verb.children):
            return True
    # the claim is about the narrator: "think I'm mad" (a "we" in a claim is often everyone:
    # "experts say we should eat less salt")
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.text == "I" for t in claim)


# figures that frame the article rather than claim something: durations and ages
_FRAMING_DIMENSIONS = {"time", "age", "duration"}
CHECKWORTHY_KINDS = {"measure", "money", "percent", "count"}
# counts below this are scene detail ("two men", "three cars"), not claims to check
MIN_COUNT = 10


def is_checkworthy(q: Quantity) -> bool:
    if q.kind not in CHECKWORTHY_KINDS or q.dimension in _FRAMING_DIMENSIONS:
        return False
    if q.kind == "count":
        value = q.value if q.value is not None else q.high
        return value is not None and value >= MIN_COUNT
    return True


@rule(
    "SRC002",
    "unattributed-figure",
    "info",
    fires="""
        Unemployment in the region has risen to 14.2%, the highest level in a decade.
    """,
    silent="""
        Unemployment in the region has risen to 14.2%, the statistics office said on Tuesday.
    """,
    tolerance="""
        A figure counts as attributed when its sentence holds a quote or claim with a speaker,
        or when its paragraph holds one; a passive with no source ("was estimated at") is not
        an attribution. Dates, times, durations, ages, counts below 10,
        vague amounts ("dozens") and headline-like lines are never flagged. One finding per
        sentence.
    """,
)
def unattributed_figure(analysis: Analysis) -> Iterator[Flag]:
    """A checkable figure is stated as fact with no source for it.

    ## What it does
    Finds measures, sums of money, percentages and counts of ten or more that sit in a sentence
    with no attribution and in a paragraph with none either: no "said", no "according to", no
    quotation, no report or study cited.

    ## Why is this bad?
    A fact-checker's first question is "who says so?". A figure with no source cannot be
    checked, and a reader cannot tell a measured number from an estimate or a guess.
    """
    figures = [q for q in analysis.quantities if is_checkworthy(q)]
    if not figures:
        return
    quotes = analysis.quotes
    attributed_spans: list[tuple[int, int]] = []
    for quote in quotes:
        # a claim with no source ("it was reported that", "was estimated at") attributes nothing
        if quote.speaker is None:
            continue
        attributed_spans.append((quote.start, quote.end))
        if quote.cue_start is not None and quote.cue_end is not None:
            attributed_spans.append((quote.cue_start, quote.cue_end))
        attributed_spans.append((quote.speaker.start, quote.speaker.end))
    attributed = Intervals(attributed_spans)
    # anything in quotation marks is somebody's words, attributed or not
    quoted = Intervals((q.start, q.end) for q in quotes if q.direct)
    sentences = _sentences(analysis)
    sentence_starts = [a for a, _ in sentences]
    headline_paragraph: dict[int, bool] = {}  # by paragraph start: each paragraph read once
    by_sentence: dict[tuple[int, int], list[Quantity]] = {}
    for q in figures:
        if quoted.holds(q.start):
            continue
        i = bisect.bisect_right(sentence_starts, q.start) - 1
        sentence = sentences[i] if i >= 0 and q.start < sentences[i][1] else (q.start, q.end)
        para = analysis.paragraph_at(q.start)
        if para is not None:
            if para.start not in headline_paragraph:
                paragraph = analysis.text[para.start : para.end]
                headline_paragraph[para.start] = headline_like(paragraph)
            if headline_paragraph[para.start]:
                continue
        if attributed.overlaps(*sentence):
            continue
        if para is not None and attributed.overlaps(para.start, para.end):
            continue
        by_sentence.setdefault(sentence, []).append(q)
    for (s_start, s_end), found in by_sentence.items():
        texts = [q.text for q in found]
        yield Flag(
            start=found[0].start,
            end=found[0].end,
            message=f"{', '.join(repr(t) for t in texts)} stated with no source in "
            f"{'its' if len(found) == 1 else 'their'} sentence or paragraph",
            related=tuple((q.start, q.end) for q in found[1:]),
            evidence={
                "figures": texts,
                "working": [
                    "no 'said', 'according to', quotation or cited report in the sentence",
                    "none in its paragraph either",
                    f"so nobody is given for {', '.join(repr(t) for t in texts)}",
                ],
                "kinds": [q.kind for q in found],
                "sentence": [s_start, s_end],
                "attributions_in_sentence": 0,
                "attributions_in_paragraph": 0,
            },
        )


def _sentences(analysis: Analysis) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in analysis.doc.sents]
