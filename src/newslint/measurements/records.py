"""Results that share out one whole: a side's wins, draws and defeats are parts of the games
it played; candidates' votes are parts of the votes cast.

"84 points from their 46 games: 24 wins, 12 draws and 13 defeats"; "won 48 of its 82
regular-season games" ... "Of the team's 38 losses, 11 came by five points or fewer". Each game
ends in one result, so the results add up to at most the games played.

The whole is the first count of games (matches, fixtures) in the article; each result is a count
of wins (victories), draws (ties) or defeats (losses), or "won N of its M games" with M the
whole. A result said twice with two values (a season's 45 wins and "won 14 of their last 20"),
or said of another stretch (a career, home games, last season), leaves the record alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.measurements.model import Measurement
from newslint.measurements.parts import PartList, counted_noun

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements

REACH = 4  # results at most this many paragraphs after the games
_GAMES = {"game", "match", "fixture", "outing"}
_RESULTS = {"win": "win", "victory": "win", "draw": "draw", "tie": "draw", "defeat": "loss",
            "loss": "loss", "won": "win", "drew": "draw", "tied": "draw", "lost": "loss"}  # fmt: skip
# a result said by its verb right before the figure: "won 20, drew 11 and lost 10"
_RESULT_VERB = re.compile(r"\b(won|drew|tied|lost)\s+(?:just\s+|only\s+)?$", re.I)
_GATE_WORDS = ("win", "victor", "draw", "ties", "defeat", "loss", "won")
_WON_OF = re.compile(r"\bwon\s+$", re.I)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their|his|her|the)\s+$", re.I)
# another stretch than the whole: a career, home or away games, another season
_OTHER_STRETCH = re.compile(
    r"\b(?:career|all-time|home|away|on the road|last|previous|since|after|before|this month|"
    r"in all competitions)\b",
    re.I,
)


def record_lists(measurements: Measurements) -> Iterator[PartList]:
    text = measurements.analysis.text
    lowered = text.lower()
    if not any(word in lowered for word in _GATE_WORDS):
        return  # the cheap test first: most articles report no record
    counts = [m for m in measurements if _plain_count(m)]
    games = [m for m in counts if _noun(m, text) in _GAMES]
    if not games:
        return
    whole = games[0]
    results: dict[str, set[float]] = {}
    parts: list[Measurement] = []
    for m in counts:
        result = _result(m, whole, text)
        if result is None:
            continue
        if m.paragraph - whole.paragraph > REACH or m.start < whole.start - 80:
            continue
        value = m.quantity.value or 0.0
        if value in results.get(result, set()):
            continue  # one result said twice: "won 19 of their 36 games" ... "the 19 wins"
        results.setdefault(result, set()).add(value)
        parts.append(m)
    if len(results) < 2 or any(len(values) > 1 for values in results.values()):
        return
    if any(_another_stretch(m, whole, text) for m in parts) or any(
        (m.quantity.value or 0) >= (whole.quantity.value or 0) for m in parts
    ):
        return
    kinds = ", ".join(sorted(results))
    yield PartList(
        whole,
        sorted(parts, key=lambda m: m.start),
        f"each of '{whole.text}' {_noun(whole, text) or 'game'}s ends in one result: the "
        f"{kinds} counts are parts of it",
        exact=True,
    )


def _plain_count(m: Measurement) -> bool:
    q = m.quantity
    return (
        q.kind == "count"
        and q.value is not None
        and q.low is None
        and q.change is None
        and q.approx == "="
        and m.role == "total"
    )


def _noun(m: Measurement, text: str) -> str | None:
    return counted_noun(text, m.end)


def _result(m: Measurement, whole: Measurement, text: str) -> str | None:
    """'24 wins' -> 'win'; 'won 48 of its 82 games' -> 'win' when 82 is the whole."""
    noun = _noun(m, text)
    if noun in _RESULTS:
        return _RESULTS[noun]
    verb = _RESULT_VERB.search(text, max(0, m.start - 16), m.start)
    if verb and m is not whole and (noun is None or noun in _GAMES):
        return _RESULTS[verb.group(1).lower()]  # "They won 20, drew 11 and lost 10"
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : whole.start] if whole.start > m.end else ""
    if _WON_OF.search(before) and after and _OF_ITS.fullmatch(after):
        return "win"
    return None


def _another_stretch(m: Measurement, whole: Measurement, text: str) -> bool:
    """'12 home wins', 'his 35 career losses', 'Over his career, Ortiz has 35 losses' (read in
    the part's sentence after the whole, so 'after 38 matches' is not another stretch)."""
    sentence_start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    start = max(sentence_start, whole.end) if whole.end <= m.start else sentence_start
    return _OTHER_STRETCH.search(text, start, m.end + 12) is not None


# -- votes ------------------------------------------------------------------------------------

_VOTE_NOUNS = {"vote", "ballot"}
_CAST = re.compile(r"\b(?:cast|valid|counted|in all|in total|total of|turnout)\b", re.I)
# a candidate's votes said by the verb before them: "won with 6,100", "polled 2,300", "on 3,990"
_VOTE_VERB = re.compile(
    r"\b(?:won|took|polled|received|got|secured|gained|attracted|finished with|with|on)\s+"
    r"(?:about\s+|around\s+|some\s+|just\s+|only\s+)?$",
    re.I,
)
# the verb left out after a first candidate's votes: "..., the Conservative 4,200 and the
# Green 2,300"
_GAPPED = re.compile(
    r"(?:(?:,|\band)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}|"
    # "1,103 votes to Whitlock's 812"
    r"\bto\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)$"
)
# "a majority of 1,250", "by 1,250 votes", "1,250 more": a difference between candidates
_DIFFERENCE = re.compile(r"\b(?:majority|margin|lead|by|than)\s+(?:of\s+)?$", re.I)
_MORE = re.compile(r"\s*(?:votes?\s+)?(?:more|fewer|ahead|behind|short)\b", re.I)
_ANOTHER_ELECTION = re.compile(
    r"\b(?:(?:19|20)\d\d|last|previous|general election|by-election in|first round)\b", re.I
)


# a later round of one count: the same ballots counted again ("in the second round", "the
# runoff"); a paragraph that tells one holds its figures
_ROUND = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|final|later|next|last)\s+round|run-?off)\b", re.I
)
# in a story of votes, ballots moved between candidates are counted in a later round
_RECOUNTED = re.compile(r"\b(?:redistribut\w+|eliminat\w+|transfers?|transferred)\b", re.I)


def another_round(
    text: str, whole: tuple[int, int], part: tuple[int, int], votes: bool = False
) -> bool:
    """The part's stretch names a round of the count that the whole's does not (``votes``: a
    story of votes, where ballots moved between candidates say so too)."""
    patterns = (_ROUND, _RECOUNTED) if votes else (_ROUND,)
    return bool(_rounds(text, *part, patterns) - _rounds(text, *whole, patterns))


def _rounds(text: str, start: int, end: int, patterns: tuple[re.Pattern[str], ...]) -> set[str]:
    return {m.group(0).lower() for p in patterns for m in p.finditer(text, start, end)}


# a result told before the votes cast, each candidate's votes in one sentence ("Pruitt
# received 1,103 votes to Whitlock's 812" ... "A total of 1,842 ballots were cast")
_RESULT_BEFORE = re.compile(
    r"\b(?:received|won|polled|took|secured|got|gained)\s+[\d,]+\s+votes?\b", re.I
)


def _in_one(found: list[Measurement], sentences: set[int]) -> int:
    return sum(1 for m in found if m.sentence in sentences)


def vote_lists(measurements: Measurements) -> Iterator[PartList]:
    """Candidates' votes, each a part of the votes cast (one whole per article: the first count
    of votes or ballots said to be cast, valid or counted)."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    lowered = text.lower()
    if "votes" not in lowered and "ballots" not in lowered:
        return
    counts = [m for m in measurements if _plain_count(m)]
    wholes = [
        m
        for m in counts
        if _noun(m, text) in _VOTE_NOUNS
        and _CAST.search(text, sentences[m.sentence].start, sentences[m.sentence].end)
    ]
    if not wholes:
        return
    whole = wholes[0]
    whole_said = sentences[whole.sentence]
    elsewhere = _ANOTHER_ELECTION.search(text, whole_said.start, whole_said.end)
    paragraphs = measurements.analysis.paragraphs
    whole_round = (whole_said.start, whole_said.end)
    parts: dict[float, Measurement] = {}
    for m in counts:
        if (
            m is whole
            or m.quantity.value == whole.quantity.value
            or m.paragraph - whole.paragraph > REACH
        ):
            continue
        if (
            m.start < whole.start
            and not _OF_ITS.fullmatch(text[m.end : whole.start])
            and not _RESULT_BEFORE.search(
                text, sentences[m.sentence].start, sentences[m.sentence].end
            )
        ):
            continue
        before = text[max(sentences[m.sentence].start, m.start - 30) : m.start]
        if _DIFFERENCE.search(before) or _MORE.match(text, m.end):
            continue
        noun = _noun(m, text)
        gapped = any(o.sentence == m.sentence for o in parts.values()) and _GAPPED.search(before)
        if noun in _VOTE_NOUNS or (noun is None and (_VOTE_VERB.search(before) or gapped)):
            said = sentences[m.sentence]
            if not elsewhere and _ANOTHER_ELECTION.search(text, said.start, said.end):
                return  # another election's votes in the story: leave it alone
            told = paragraphs[min(m.paragraph, len(paragraphs) - 1)]
            if another_round(text, whole_round, (told.start, told.end), votes=True):
                continue  # another round's tally of the same ballots, not a part of this one
            parts.setdefault(m.quantity.value or 0.0, m)
    found = sorted(parts.values(), key=lambda m: m.start)
    told_before = {m.sentence for m in found if m.start < whole.start}
    if len(told_before) > 1 or (told_before and len(found) != _in_one(found, told_before)):
        return  # results said before the votes cast: one race's, in one sentence, or none
    if len(found) < 2 or any((m.quantity.value or 0) >= (whole.quantity.value or 0) for m in found):
        return
    yield PartList(
        whole,
        found,
        f"each vote of '{whole.text}' goes to one candidate: the candidates' votes are parts of it",
        exact=True,
    )
