"""Running levels: a cumulative figure with no period of its own, whose start the article
gives elsewhere.

"VoltHaven now runs 8,400 chargers" ... "it put in its first chargers in 2012": the level is a
total counted from the one start the article gives its owner or its thing, so "most of the
network in the past fortnight" can be judged against it. A level is a countable figure said
as standing now ("now has", "has reached", "has passed") in a sentence with no period; the
start is a year said with a verb of beginning ("set up in 2008", "a career that began in
2012") or the first of the counted things ("its first rapid chargers ... in 2012"). Exactly
one start (one year) in the article, said in a sentence that names the level's thing or its
owner; none or several and the level stays without a period. Levels are tried only for a
share no total with a period of its own takes (``rates.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Sequence

from newslint.analysis import Analysis
from newslint.extract.quantities import counted_lemma
from newslint.extract.timex import TimeExpression
from newslint.measurements.owners import SUBJECT_DEPS
from newslint.report.model import Quantity
from newslint.rules.rate_links import BEGUN, begun_before, said_in, years_said
from newslint.rules.rate_totals import Total, Totals
from newslint.rules.rate_window_shares import WindowShare, countable

# a level standing now: "now runs", "has reached", "passes 8,000", "stands at"
_NOW = re.compile(
    r"\b(?:now|passe[sd]|reache[sd]|hits|topped|tops|stands\s+at|stood\s+at|tally|milestone)\b",
    re.I,
)
# "its first rapid chargers ... in 2012": the first of the things counted, a start of the count
_FIRST_OF = re.compile(r"\b(?:its|their|his|her|the)\s+first\s+(?P<words>(?:[a-z-]+\s+){0,3})")
# a verb of beginning and its object: "kicked off a boom in 2008", "opened its doors in 1994"
_BEGUN_OBJECT = re.compile(rf"\b{BEGUN}\s+(?:(?:a|an|the|its|their|his|her)\s+)?[a-z-]+\s+$")
# a subject that names a level itself: "The figure has grown since ..."
_LEVEL_WORDS = ("figure", "total", "tally", "count", "number")
_PRONOUNS = {"it", "they", "he", "she", "we", "this", "that", "who", "which"}


def level_totals(
    analysis: Analysis,
    periods: Sequence[TimeExpression],
    totals: Sequence[Total],
    rates: Container[int],
    participle: Callable[[int], bool],
) -> Totals:
    """The article's running levels, each with the article's one start as its period."""
    start = _one_start(analysis, participle)
    if start is None:
        return Totals([])
    period, owner_sentence = start
    taken = {id(t.quantity) for t in totals}
    timed = [p.start for p in periods]
    levels = []
    for index, sentence in enumerate(analysis.sentences):
        if index == owner_sentence or not _NOW.search(analysis.text, sentence.start, sentence.end):
            continue
        lo = bisect.bisect_left(timed, sentence.start)
        if lo < len(timed) and timed[lo] < sentence.end:
            continue  # a period of its own: a total, or a level of some other time
        for q in analysis.quantities:
            if not (sentence.start <= q.start < sentence.end) or id(q) in taken:
                continue
            if not countable(q) or id(q) in rates or q.approx in ("<", "<="):
                continue
            if _owned(analysis, q, index, owner_sentence):
                levels.append(Total(q, period, index))
    return Totals(levels)


def _one_start(
    analysis: Analysis, participle: Callable[[int], bool]
) -> tuple[TimeExpression, int] | None:
    """The article's one start (one year said as a beginning) and its sentence, or None."""
    published = analysis.article.published
    if published is None:
        return None
    text, lowered = analysis.text, analysis.text.lower()
    starts = [s.start for s in analysis.sentences]
    found: dict[int, tuple[TimeExpression, int]] = {}
    for m, index, begin in years_said(lowered, starts):
        sentence = analysis.sentences[index]
        verb = (
            begun_before(lowered, m.start(), sentence.start, participle)
            or _BEGUN_OBJECT.search(lowered, max(sentence.start, m.start() - 40), m.start())
            or _first_of(lowered, m.start(), sentence.start)
        )
        if verb is None:
            continue
        if begin >= published:
            continue
        days = float((published - begin).days)
        found.setdefault(
            begin.year,
            (TimeExpression(verb.start(), m.end(), text[verb.start() : m.end()], "since", days,
                            begin, published), index),
        )  # fmt: skip
    if len(found) != 1:
        return None  # no start, or two: which one the level counts from is unsaid
    return next(iter(found.values()))


def _first_of(lowered: str, at: int, sentence_start: int) -> re.Match[str] | None:
    """'installed its first rapid chargers at motorway services in 2012': "first" and the
    things, at most a few words before the year."""
    found = list(_FIRST_OF.finditer(lowered, max(sentence_start, at - 70), at))
    first = found[-1] if found else None
    if first is None or not first.group("words").strip():
        return None
    return first


def _owned(analysis: Analysis, q: Quantity, index: int, owner_sentence: int) -> bool:
    """The start is said of the level's thing or owner: its sentence names the counted noun, a
    noun of the level sentence's subject ("Downloads of the Birdcall app", "Okafor's strike"),
    or the level itself ("The figure has grown since ..."); or the level's subject is a pronoun
    and the start's sentence is the one just before ("... was founded in 2009. It now has")."""
    owner = analysis.sentences[owner_sentence]
    words = counted_lemma(q.counted).split() if q.counted else []
    if words and said_in(analysis.text, words[-1], owner):
        return True
    tokens, _ = analysis.parsed_tokens(analysis.sentences[index])
    for subject in (t for t in tokens if t.dep_ in SUBJECT_DEPS):
        if subject.lower_ in _PRONOUNS and index == owner_sentence + 1:
            return True
        for t in subject.subtree:
            if t.pos_ in ("NOUN", "PROPN") and said_in(analysis.text, t.lemma_, owner):
                return True
    owner_tokens, _ = analysis.parsed_tokens(owner)
    return any(t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in _LEVEL_WORDS for t in owner_tokens)


def level_for(analysis: Analysis, share: WindowShare, levels: Totals) -> tuple[Total, str] | None:
    """'The majority of the network' ... 'VoltHaven network passes 8,000 chargers': the one
    level before the share whose sentence says the share's noun."""
    word = share.named or (share.noun if share.refers == "noun" else None)
    if not word or len(word) < 4:
        return None
    said = [
        t
        for t in levels
        if t.quantity.end <= share.start
        and said_in(analysis.text, word, analysis.sentences[t.sentence])
    ]
    if len({t.quantity.value for t in said}) != 1:
        return None
    level = said[-1]
    return level, f"'{share.phrase}': '{word}' is said with the level '{level.quantity.text}'"
