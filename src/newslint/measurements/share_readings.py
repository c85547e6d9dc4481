"""The reading of one share: the answer it gives, the group it is of, its vote and its whole.

``shares.py`` pairs the shares read here into lists of one whole; the reading is kept apart
so that each answer, group and vote rule can be read without the pairing around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.arithmetic import printed, with_approx
from newslint.extract.abbreviations import COURTESY_TITLES, RANK_TITLES
from newslint.extract.change_words import YEAR
from newslint.measurements.composition import composed_share
from newslint.measurements.lexicon import INSIDE_LISTS
from newslint.measurements.model import Measurement
from newslint.report.model import Span

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements


_FRACTIONS = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|just|some|only)\s+)?(?:a|one|two|three)[\s-]"
    r"(?:half|third|thirds|quarter|quarters|fifth|fifths)$|^half$",
    re.I,
)
TARGET = re.compile(r"\b(?:target|aim|goal|should|must|ought|standard is|expected to reach)\b")
_TARGET_BEFORE = re.compile(r"\b(?:target|aim|goal)\b", re.I)
_REST = re.compile(r"\b(?:the remaining|the rest)\s*,?\s*$", re.I)  # "the rest, 19%"
# read at a share's end with ``match(text, pos)``: no "^" (it would only match at offset 0)
_OF_GROUP = re.compile(
    r"\s*(?:(?:majority|plurality|minority)\s+)?(?:of|among)\s+(?:the\s+|(?P<those>those\s+))?(?!the\b|those\b)([a-z][\w-]*)",
    re.I,
)
# "of those polled": everyone asked, not a subgroup
_SAMPLE = "@sample"
_POLLED = {"polled", "surveyed", "asked", "questioned", "interviewed", "sampled", "responding"}
# "Of those patients, 58% ...", "Among staff, 85% ..."
_OPENING_GROUP = re.compile(
    r"\b(?:of|among)\s+(?:the\s+|those\s+|these\s+)?([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2},\s*$",
    re.I,
)
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?([a-z][\w-]*)", re.I)
_WHOLE_WORDS = {
    "respondents", "those", "people", "adults", "voters", "residents", "participants",
    "members", "them", "all", "everyone", "survey", "poll", "sample", "total", "vote", "votes",
    "ballots",
}  # fmt: skip

# answers: (family, class, pattern), tried in order on the words after the share
_ANSWERS: list[tuple[str, str, re.Pattern[str]]] = [
    ("level", "too low", re.compile(r"\btoo\s+(?:low|little|cheap|small|few|slow|short)\b")),
    ("level", "too high", re.compile(r"\btoo\s+(?:high|much|expensive|big|many|fast|long)\b")),
    ("level", "right", re.compile(r"\b(?:about|just)\s+right\b|\bfair\b|\breasonable\b")),
    ("stance", "undecided", re.compile(
        r"\b(?:undecided|unsure|not sure|don't know|do not know|did not know|didn't know|"
        r"no opinion|neither|made up their minds?|not decided|yet to decide)\b")),
    ("stance", "against", re.compile(
        r"\b(?:oppos\w*|against|disagree\w*|reject\w*|disapprov\w*|said no|voted no|"
        r"said they would not|would not)\b")),
    ("stance", "for", re.compile(
        r"\b(?:support(?:s|ed|ing)?|(?<!cut )(?<!cutting )(?<!held )(?<!come )(?<!came )"
        r"(?<!go )(?<!went )(?<!get )(?<!got )(?<!fight )(?<!fought )(?<!pay )(?<!paid )"
        r"back(?:s|ed|ing)?\b(?!\s+(?:on|down|off|up|out|home|in|to|from)\b)|in favou?r|favou?r(?:s|ed)?|agree[sd]?|"
        r"approv(?:e|es|ed|ing)|said yes|"
        r"voted yes|yes|vote for|voting for|said (?:they|it) would(?! not))\b")),
    # an exam or test: passed or failed
    ("result", "failed", re.compile(r"\b(?:failed|did not pass|didn't pass)\b")),
    ("result", "passed", re.compile(r"\bpassed\b(?!\s+(?:away|on|over|through|by)\b)")),
    ("satisfaction", "dissatisfied", re.compile(
        r"\b(?:dissatisfied|unsatisfied|not satisfied|unhappy|not happy)\b")),
    ("satisfaction", "satisfied", re.compile(r"\b(?:satisfied|happy)\b")),
    # the outcome of a complaint, claim or case: upheld or not
    ("outcome", "not upheld", re.compile(
        r"\b(?:unfounded|unsubstantiated|not (?:upheld|sustained|substantiated|proven)|"
        r"thrown out)\b")),
    ("outcome", "upheld", re.compile(r"\b(?:upheld|sustained|substantiated)\b")),
    ("trend", "same", re.compile(r"\b(?:the same|unchanged|no change|similar|steady)\b")),
    ("trend", "lower", re.compile(
        r"\b(?:lower|less|fewer|worse|smaller|shorter|decrease\w*|fall|drop)\b")),
    ("trend", "higher", re.compile(
        r"\b(?:higher|more|better|bigger|larger|longer|increase\w*|rise)\b")),
]  # fmt: skip
_THRESHOLD = re.compile(
    r"\b(?P<side>within|in under|under|less than|fewer than|below|inside|longer than|more than|"
    r"over|above|beyond|at least)\s+(?P<limit>(?:\d+|a|an|one|two|three|four|five|six|eight|"
    r"ten|twelve|24|48)\s+(?:minutes?|hours?|days?|weeks?|months?|years?))\b",
    re.I,
)
_OBJECT = re.compile(
    r"\s+(?:vote\s+|voting\s+)?(?:for\s+|to\s+)?(?:the|a|an|her|his|their|its|our)?\s*"
    r"(?:([\w-]+)\s+)?([\w-]+)"
)
_PRONOUN_OBJECTS = {"it", "them", "this", "that", "these", "those", "one", "him", "her", "in"}
# words the object pattern can land on that name no choice: a preposition or conjunction
# ("support by 12 points", "in favour -- including"), a title before a name ("Sen.")
_NO_OBJECT = {"including", "and", "or", "but", "by", "against", "with", "among", "on", "at",
              "of", "from", "as", "than", "the", "a", "an",
              *(w.lower() for w in (*COURTESY_TITLES, *RANK_TITLES))}  # fmt: skip
_BELOW = {"within", "in under", "under", "less than", "fewer than", "below", "inside"}
_VOTE_VERB = re.compile(
    r"\b(?:won|win|took|taking|with|on|polled|secured|received|got|gained|captured)\s+"
    r"(?:about\s+|around\s+|just\s+|only\s+|nearly\s+)?$",
    re.I,
)
_NOT_A_VOTE = re.compile(
    r"\b(?:turnout|swing|up|down|points?|majority|than|increase|fall|rise|last|previous)\b", re.I
)
# shares of another count than the candidates' first vote: progress of the count, a
# two-party or preference count, turnout
_OTHER_COUNT = re.compile(
    r"\b(?:counted|counting|tallied|declared|two-party|preferred|preferences?|turnout|swing|"
    r"runoff|run-off|second round)\b",
    re.I,
)
_VOTE_STORY = re.compile(
    r"\b(?:of the vote|votes cast|vote share|share of the vote|voting intention|would vote|"
    r"(?:opinion )?poll (?:put|puts|gave|gives|has|had|showed|shows))\b",
    re.I,
)
# "a 12.1 per cent rates rise" is a change, not a share of anything
_A_CHANGE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:rise|increase|hike|jump|growth|fall|cut|drop|decline|reduction|"
    r"rebound|slump|discount|return|interest|inflation)\b",
    re.I,
)


@dataclass(frozen=True)
class Share:
    measurement: Measurement
    lowest: float  # the smallest value the printed share allows, in per cent
    family: str
    answer: str
    group: str | None
    source: str | None = None  # the survey its sentence names: "the Countryfile survey"


@dataclass(frozen=True)
class ShareList:
    """Shares of one whole that exclude each other, and why they were judged so."""

    shares: list[Share]
    why: str

    @property
    def at_least(self) -> float:
        return sum(s.lowest for s in self.shares)


# a name with its verb left out, between two vote shares: "..., the Greens 14.8% and Reform
# 11.3%"
_GAPPED_NAME = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|for))*\s+(?:on\s+|with\s+)?"
)


def gapped_votes(measurements: Measurements, shares: list[Share], text: str) -> list[Share]:
    """'The Conservatives took 31.5%, the Greens 14.8% and Reform 11.3%': each share after a
    vote share in its sentence, with only another name between them (the verb left out), is
    another candidate's share of the same vote."""
    read = {s.measurement.index: s for s in shares}
    found = list(shares)
    previous: Share | None = None
    for m in measurements:
        share = read.get(m.index)
        if share is not None:
            previous = share
            continue
        if (
            previous is None
            or previous.family != "vote"
            or previous.measurement.sentence != m.sentence
            or not is_share(m)
            or (lowest := lowest_percent(m)) is None
            or _GAPPED_NAME.fullmatch(text, previous.measurement.end, m.start) is None
        ):
            previous = None
            continue
        previous = Share(m, lowest, "vote", f"vote@{m.start}", previous.group)
        found.append(previous)
    return sorted(found, key=lambda s: s.measurement.start)


# a survey named in a share's sentence: "The Daily Courier poll found 58% ..." and "In the
# Rural Voices survey, 41% said ..." are two surveys, two wholes
_SURVEY = re.compile(r"\b((?:[A-Z][\w'’&-]*\s+){1,4})(?:survey|poll|study|report|ballot|census)\b")


def with_source(share: Share, text: str, sentences: list[Span]) -> Share:
    sentence = sentences[share.measurement.sentence]
    named = _SURVEY.search(text, sentence.start, sentence.end)
    words = [w for w in named.group(1).split() if w not in _DETERMINERS] if named else []
    return replace(share, source=" ".join(words)) if words else share


_DETERMINERS = {"The", "A", "An", "In", "Its", "This", "That", "Their", "Our", "Another"}


def is_share(m: Measurement) -> bool:
    return m.quantity.kind == "percent" or (
        m.quantity.kind == "vague" and lowest_percent(m) is not None
    )


def plain_share(measurements: Measurements, m: Measurement, text: str) -> Share | None:
    """A share of a whole with no answer read: its lowest value and group, or None for a
    change ("up 3 points"), a target or a rate."""
    lowest = lowest_percent(m)
    if lowest is None:
        return None
    q = m.quantity
    sentence = measurements.analysis.sentences[m.sentence]
    after = clause_after(text, q.end, sentence.end)
    before = text[max(sentence.start, q.start - 80) : q.start]
    if TARGET.search(after[:40]) or _TARGET_BEFORE.search(before) or _A_CHANGE.match(after):
        return None
    return Share(m, lowest, "rest", f"part@{q.start}", group_of(text, q.end, before[-40:]))


def is_sample(group: str | None) -> bool:
    return group is not None and group.endswith(_SAMPLE)


def counted_wholes(measurements: Measurements) -> frozenset[str]:
    """The nouns the article counts as a whole: '1,200 pupils', '900 planning applications'."""
    return frozenset(
        words[-1].lower().rstrip("s")
        for m in measurements
        if m.quantity.kind == "count" and m.role == "total" and m.quantity.counted
        and (words := m.quantity.counted.split())
    )  # fmt: skip


def of_the_whole(share: Share, samples: set[str | None], wholes: frozenset[str]) -> Share:
    """A group that is the whole itself is no group: 'of the farmers surveyed' when the article
    names no other group surveyed (with 'of the men surveyed' and 'of the women surveyed' each
    is a group), 'of the pupils' when the article counts its pupils ('Of the 1,200 pupils who
    sat the exam, 64% passed ... 41% of the pupils failed')."""
    group = share.group
    if is_sample(group):
        group = None if len(samples) == 1 else (group or "").removesuffix(_SAMPLE)
    elif group in wholes:
        group = None
    return share if group == share.group else replace(share, group=group)


# groups that are parts of any sample: "58% of women backed it. 47% opposed it" may be two wholes
_DEMOGRAPHIC = {"men", "man", "women", "woman", "boy", "girl", "children", "child", "young",
                "older", "elderly", "pensioner", "teenager", "under", "over", "aged", "those"}  # fmt: skip


def the_one_group(shares: Iterable[Share]) -> list[Share]:
    """The one group an article's answers name is the sample they were asked of: "63% of
    customers were happy ... 42% were unhappy" (a mix keeps its wholes, a vote its count; a
    group of men or women may be one of several)."""
    found = list(shares)
    named = {s.group for s in found if s.group and s.family not in ("composition", "vote")}
    if len(named) != 1 or next(iter(named)) in _DEMOGRAPHIC:
        return found
    return [
        replace(s, group=None) if s.group in named and s.family not in ("composition", "vote")
        else s
        for s in found
    ]  # fmt: skip


# a share told as part of the answer before it: "including 16% who ...", "among them 9%"
_INSIDE_BEFORE = re.compile(rf"\b(?:{INSIDE_LISTS})\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
# a degree of an answer: "18% saying they strongly backed it" is inside "52% backed it"
_DEGREE = re.compile(r"[^,;.()]{0,30}?\b(?:strongly|very|somewhat|definitely|fully)\b", re.I)


def inside_another(text: str, since: int, start: int, end: int) -> bool:
    """A share told inside another answer ("48% in favour, including 19% strongly"): a part
    of that answer, not an answer of its own (``since``: where its sentence starts)."""
    before = text[max(since, start - 30) : start]
    return bool(_INSIDE_BEFORE.search(before) or _DEGREE.match(text, end, end + 40))


def read_share(measurements: Measurements, m: Measurement, text: str) -> Share | None:
    q = m.quantity
    lowest = lowest_percent(m)
    if lowest is None:
        return None
    sentence = measurements.analysis.sentences[m.sentence]
    after = clause_after(text, q.end, sentence.end)
    before = text[max(sentence.start, q.start - 80) : q.start]
    if TARGET.search(after[:40]) or _TARGET_BEFORE.search(before) or _A_CHANGE.match(after):
        return None
    if inside_another(text, sentence.start, q.start, q.end):
        return None
    group = group_of(text, q.end, before[-40:])
    if _is_vote(measurements, m, before, after, group):
        return Share(m, lowest, "vote", f"vote@{q.start}", group)
    sentence_before = text[sentence.start : q.start]
    composed = composed_share(sentence_before, after)
    if composed is not None:
        whole, rest = composed
        answer = "the rest" if rest else f"part {q.value:g}"  # one value said twice is one part
        return Share(m, lowest, "composition", answer, whole)
    if _REST.search(before):
        return Share(m, lowest, "any", "the rest", group)
    found = _answer(after) or _answer_before(before)
    if found is None and _of_a_counted_whole(measurements, after):
        found = _answer_by_verb(before)
    if found is None:
        return None
    family, answer = found
    return Share(m, lowest, family, answer, group)


def _is_vote(
    measurements: Measurements, m: Measurement, before: str, after: str, group: str | None
) -> bool:
    """'won with 38.4% of the vote', 'the Green candidate took 7.8%' in a story of a vote."""
    if _NOT_A_VOTE.search(after) or YEAR.search(after + before):
        return False
    sentence = measurements.analysis.sentences[m.sentence]
    if _OTHER_COUNT.search(measurements.analysis.text, sentence.start, sentence.end):
        return False  # "with 84 per cent of the vote counted", "two-party-preferred basis"
    if re.match(r"\s*of the (?:vote|votes cast|poll)\b", after):
        return True
    if group is not None or not _VOTE_VERB.search(before):
        return False
    paragraphs = measurements.analysis.paragraphs
    first = paragraphs[max(0, m.paragraph - 2)].start
    here = paragraphs[min(m.paragraph, len(paragraphs) - 1)].end
    return _VOTE_STORY.search(measurements.analysis.text, first, here) is not None


def lowest_percent(m: Measurement) -> float | None:
    q = m.quantity
    if (
        q.kind not in ("percent", "vague")
        or q.value is None
        or q.change is not None
        or m.role == "change"
        or q.low != q.high
    ):
        return None
    if q.approx in ("<", "<="):
        return None
    if q.kind == "percent" and m.role == "share" and "point" not in q.text.lower():
        return with_approx(printed(q), q.approx).low
    if q.kind == "vague" and 0 < q.value < 1 and _FRACTIONS.match(q.text.strip()):
        # "a quarter": a quarter is 25% exactly; "nearly three-quarters" a bit less
        return q.value * 100 * (0.9 if q.approx != "=" else 1.0)
    return None


def clause_after(text: str, start: int, end: int) -> str:
    """The words after a share up to the next share, clause break or sentence end."""
    chunk = text[start : min(end, start + 90)]
    cut = re.search(r"[;:]|,\s+(?:and|while|but|with)\b|\d+(?:\.\d+)?\s?(?:%|per\s?cent)", chunk)
    return chunk[: cut.start()] if cut else chunk


def _answer(words: str) -> tuple[str, str] | None:
    """The first answer word after a share: 'said they would vote for the Congress-led
    opposition' is a vote for Congress, not an answer against."""
    low = words.lower()
    threshold = _THRESHOLD.search(low)
    if threshold:
        side = "below" if threshold.group("side") in _BELOW else "above"
        return f"threshold {threshold.group('limit')}", side
    found = [
        (m.start(), i, m)
        for i, (_, _, pattern) in enumerate(_ANSWERS)
        if (m := pattern.search(low)) is not None
    ]
    if not found:
        return None
    _, i, m = min(found, key=lambda f: (f[0], f[1]))
    family, answer, _ = _ANSWERS[i]
    if answer == "for":
        # "backed the mayor" / "backed her rival": two answers; "backed it": either
        target = _OBJECT.match(words, m.end())
        # the last word that names something: "backing the incumbent and" is the incumbent
        named = [w.lower() for w in (target.groups() if target else ()) if w]
        named = [w for w in named if w not in _PRONOUN_OBJECTS | _NO_OBJECT]
        if target and named and target.group(2).lower() not in _PRONOUN_OBJECTS:
            return family, f"for {named[-1]}"
    return family, answer


# the verb right before a share gives its answer: "It approved 72% of them"
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+(?:ed|es)|backs|said no|said yes)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$"
)


_OF_WHOLE_AFTER = re.compile(
    r"\s*of\s+(?:(?P<pronoun>them|those|these)\b|(?:the|its|their)\s+(?P<noun>[a-z][\w-]*))",
    re.I,
)


def _of_a_counted_whole(measurements: Measurements, after: str) -> bool:
    """'72% of them', '31% of the applications' where the article counts its applications:
    a share of the one whole the article counts, not of any amount ('60% of the budget')."""
    m = _OF_WHOLE_AFTER.match(after)
    if m is None:
        return False
    if m.group("pronoun"):
        return True
    noun = m.group("noun").lower()
    return any(
        x.quantity.counted and x.quantity.counted.lower().split()[-1] == noun for x in measurements
    )


def _answer_by_verb(before: str) -> tuple[str, str] | None:
    """'The council approved 72% of them' ... 'rejected 31% of the applications': an answer
    said by the verb before the share (never a noun phrase: "support for X" is read above)."""
    m = _VERB_BEFORE.search(before)
    if m is None:
        return None
    found = _answer(m.group("verb"))
    return found if found is not None and found[0] not in ("trend",) else None


def _answer_before(before: str) -> tuple[str, str] | None:
    """'Support for the ruling BJP stood at 41 per cent': the answer is named first."""
    m = re.search(
        r"\b(?i:support|backing|opposition)\s+(?:for|to)\s+(?:the\s+)?(?:\w+\s+)?([A-Z][\w-]*)"
        r"[^.]*$",
        before,
    )
    if not m:
        return None
    side = "against" if m.group(0).lower().startswith("opposition") else "for"
    return "stance", f"{side} {m.group(1).lower()}"


def group_of(text: str, end: int, before: str) -> str | None:
    """The people a share is of when they are a subgroup: 'of women', 'among farmers', 'of
    the hospitalized patients' (the phrase's last noun, before its verb: 'of patients waited'
    is of patients; 'In 48% of the complaints, the board ...' is of complaints)."""
    words = []
    m = _OF_GROUP.match(text, end)
    if m:
        head = m.group(2).lower()
        if m.group("those") and head in _POLLED:
            return None
        words = [head]
        for word in _WORDS.findall(text, m.end(), m.end() + 30)[:2]:
            word = word.lower()
            if word in _POLLED:
                # "of the farmers surveyed": the sample, or one group of it (``_in_sample``)
                return None if words[-1] in _WHOLE_WORDS else f"{words[-1].rstrip('s')}{_SAMPLE}"
            if _plural(words[-1]):
                break  # "of callers got through": a plural noun ends the phrase
            if not word[0].isalpha() or word in _GROUP_STOP or word.endswith("ed"):
                break  # a comma, a verb ("waited", "backed") or a preposition ends the phrase
            if _answer(word) is not None:
                break  # "of the pupils failed": the answer ends the group
            words.append(word)
    elif m := _OPENING_GROUP.search(before) or _AMONG.search(before):
        words = [m.group(1).lower()]
    if not words:
        return None
    word = words[-1]
    return None if word in _WHOLE_WORDS else word.rstrip("s")


def _plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


_PLURALS = {"people", "men", "women", "children", "staff", "police", "youth", "public"}
_WORDS = re.compile(r"[A-Za-z][\w-]*|[^\w\s]")
_GROUP_STOP = {"had", "have", "has", "were", "was", "are", "is", "said", "say", "who", "that",
               "in", "at", "on", "for", "to", "backed", "supported", "opposed", "thought"}  # fmt: skip
