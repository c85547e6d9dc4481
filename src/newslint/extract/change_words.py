"""What a stated change and its figures name, in words (shared by NUM006's two linkers).

A change and the figures it is between are one measure only when they name the same thing.
Both linkers (``change_links.py``, the printed shapes; ``change_loose.py``, two levels at two
times) read the words here and compare them one way: each word is reduced to its singular
(``stem``) and matched on the first five letters of that ("visitors" and "visits", "arrivals"
and "arrived", "buses" and "bus"), after newsroom synonyms are added ("jobless" for
"unemployment").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.changes import CHANGE_NOUN_AFTER, STOP_WORDS, WORD, Endpoints, StatedChange
from newslint.extract.timex import CALENDAR_NAMES

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# newsroom names for one measure: a change and its figures may use either
_SYNONYMS = [
    {"unemployment", "jobless", "unemployed", "joblessness"},
    {"revenue", "sale", "turnover", "takings"},
    {"profit", "earning", "income", "earned", "earn"},
    {"price", "cost"},
    {"spending", "budget", "expenditure", "outlay"},
    {"attendance", "crowd", "spectator", "visitor", "gate"},
    {"passenger", "ridership", "rider", "journey", "boarding"},
    {"fire", "bushfire", "wildfire", "blaze"},
    {"rain", "rainfall"},
    {"vote", "preference", "ballot"},
    {"rent", "rental"},
    {"wait", "waiting", "waiting-list"},
]
# measures that are rates: a relative change of one is rare ("the vacancy rate rose 0.7%")
RATE_WORDS = frozenset(
    [
        "rate",
        "unemployment",
        "jobless",
        "inflation",
        "share",
        "support",
        "vote",
        "poll",
        "turnout",
        "margin",
        "proportion",
        "percentage",
        "yield",
        "occupancy",
        "take-up",
        "coverage",
        "approval",
        "rating",
        "deficit",
    ]
)
# topic words that name no measure: two sentences sharing them may be about anything
_TOPIC_WORDS = frozenset(
    [
        "economy",
        "growth",
        "output",
        "market",
        "company",
        "firm",
        "group",
        "business",
        "industry",
        "country",
        "government",
        "report",
        "data",
        "official",
        "officials",
        "analyst",
        "analysts",
        "state",
    ]
)
# where a change's clause starts: its subject is after this
_CLAUSES = re.compile(r";\s|\bwhile\s|\bwhereas\s|\bbut\s|,\s+and\s|,\s+(?=with\b)|\)\s+and\s")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def stem(word: str) -> str:
    """A plural's singular, near enough to match "buses" with "bus", "rents" with "rent"."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "ses")) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def word_keys(words: set[str]) -> set[str]:
    """The one way two words are matched: the first five letters of their singulars."""
    return {stem(w)[:5] for w in words}


def same_words(a: set[str], b: set[str]) -> bool:
    """Do two sets of words share one ("visitor", "visits"; "arrivals", "arrived")?"""
    return bool(word_keys(a) & word_keys(b))


def with_synonyms(words: set[str]) -> set[str]:
    out = set(words)
    for group in _SYNONYMS:
        if words & group:
            out |= group
    return out


def content_words(text: str) -> set[str]:
    """The words of a stretch that may name a measure (longer than three letters)."""
    return {w.lower() for w in WORD.findall(text) if len(w) > 3 and w.lower() not in STOP_WORDS}


def shared_word(a: str, b: str) -> bool:
    """A content word both stretches say ("membership", "members")."""
    return same_words(content_words(a), content_words(b))


def subject_words(analysis: Analysis, change: StatedChange) -> set[str]:
    """What changed: the content words of the change's clause before it ("Bus ridership
    jumped 18%"; for "..., with the party up three per cent" the sentence's first clause too),
    and a short "in/of ..." after it ("a drop of 4.5 per cent in the primary vote")."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    start = sentence.start if sentence else max(0, change.start - 120)
    clauses = _CLAUSES.split(text[start : change.start])
    before = clauses[-1]
    if len(clauses) > 1 and re.match(r"\s*with\b", before):
        before = clauses[0] + " " + before  # "Fine Gael ..., with the party up three per cent"
    words = WORD.findall(before) + _named_after(analysis, change)
    found = {
        stem(w) for w in words if w.lower() not in STOP_WORDS and w.lower() not in _TOPIC_WORDS
    }
    return with_synonyms(found)


def _named_after(analysis: Analysis, change: StatedChange) -> list[str]:
    """The words of a short "in/of ..." after a change: "a drop of 4.5 per cent in the primary
    vote", and an "in ..." after its noun of movement: "a 12% rise in revenue", "the 1.5pc
    increase in the youth rate" (what the movement is a movement in; "a 5-point jump for the
    mayor" names whose it is, not what it measures)."""
    text = analysis.text
    noun = CHANGE_NOUN_AFTER.match(text[change.end : change.end + 40])
    if noun is not None:
        at = change.end + noun.end()
        after = _IN_AFTER_NOUN.match(text, at, at + 50)
    else:
        after = NAMED_AFTER.match(text, change.end, change.end + 50)
    return WORD.findall(after.group(1)) if after else []


_IN_AFTER_NOUN = re.compile(r"\s+in\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)")


def names_its_measure(analysis: Analysis, change: StatedChange) -> bool:
    """Does the change name what it is a change in, after it ("an increase of 30 per cent in
    evictions")? Then it is about figures of that, whatever points back to it."""
    return any(w.lower() not in STOP_WORDS for w in _named_after(analysis, change))


NAMED_AFTER = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)")


def concept_words(analysis: Analysis, pair: Endpoints) -> set[str]:
    """What the pair's figures measure: the words of each figure's clause up to it and just
    after it ("Buses carried 48.3 million passengers", "total attendance ... came to 862,000")."""
    text = analysis.text
    words: list[str] = []
    for figure in (pair.old, pair.new):
        sentence = analysis.sentence_at(figure.start)
        start = sentence.start if sentence else max(0, figure.start - 120)
        before = re.split(r";\s|\bwhile\s|,?\s+and\s+(?=[a-z]+\s)", text[start : figure.start])[-1]
        # after it, to the end of its clause ("1,840 patients were admitted with flu")
        after = re.split(r"[,;.]\s", text[figure.end : figure.end + 60], maxsplit=1)[0]
        words += WORD.findall(before) + WORD.findall(after)
    return {stem(w) for w in words if w.lower() not in STOP_WORDS}


def same_years(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """A change dated to a span of years ("grew by 12% between 2001 and 2011") is not about
    figures whose sentences name other years ("84,000 in 2021, against 80,000 in 2011"); one
    year ("jumped 18% in 2023") may be the figures' "last year"."""
    text = analysis.text
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return True
    # (the years of the change's own stretch: "have doubled this year, the charity said,
    # warning that the 2020-2023 drought ..." dates the drought, not the change)
    comma = re.search(r"[,;]\s", text[change.end : sentence.end])
    end = change.end + comma.start() if comma else sentence.end
    said = set(YEAR.findall(text[sentence.start : end]))
    if len(said) < 2:
        return True
    figures = set()
    for k in pair.sentences:
        if k >= 0:
            figures |= set(
                YEAR.findall(text[analysis.sentences[k].start : analysis.sentences[k].end])
            )
    return not figures or said <= figures


# "in Leeds", "across New South Wales", "at its Cork store": a place or body a figure is told of
_PLACE = re.compile(
    r"\b(?i:in|at|(?P<whole>across|throughout))\s+(?:(?i:the|its|their|our)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
_NOT_PLACES = CALENDAR_NAMES | {"christmas", "easter"}


def _places(text: str, wholes: bool = True) -> set[str]:
    """The places a stretch names; ``wholes`` takes in those told as a whole ("across the
    League"), which hold the places their parts are told of ("across the Premier Division")."""
    found = set()
    for m in _PLACE.finditer(text):
        if m.group("whole") and not wholes:
            continue
        name = m.group("name").lower()
        if name.split()[0] not in _NOT_PLACES:
            found.add(name)
    return found


def other_place(analysis: Analysis, change: StatedChange, pair: Endpoints) -> bool:
    """ "Burglaries in Leeds fell 9 per cent. In Bradford police recorded 3,100 burglaries,
    compared with 3,600 the year before": the change's sentence names a place and the pair's
    sentences name only others; the figures are another owner's."""
    sentence = analysis.sentence_at(change.start)
    if sentence is None:
        return False
    mine = _places(analysis.text[sentence.start : sentence.end])
    if not mine:
        return False
    theirs: set[str] = set()
    for figure in (pair.old, pair.new):
        at = analysis.sentence_at(figure.start)
        if at is not None and at is not sentence:
            theirs |= _places(analysis.text[at.start : at.end], wholes=False)
    return bool(theirs) and not theirs & mine
