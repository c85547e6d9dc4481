"""Shares of one whole that exclude each other, across sentences and paragraphs.

A poll's answers are spread over a story: "Fifty-eight per cent said they supported a levy"
... "Another 39 per cent were opposed" ... "The remaining 12 per cent said they had not yet
made up their minds". Each share is read for the answer it gives, in a family of answers that
exclude each other:

- stance: for / against / undecided ("supported", "opposed", "don't know"; "vote for X" and
  "support for Y" are two answers);
- trend: higher / the same / lower ("expected yields to be lower", "the same as or better");
- level: too high / about right / too low;
- threshold: within / beyond one limit ("seen within four hours", "waited longer than four
  hours");
- outcome: a complaint or claim upheld / not upheld ("sustained", "unfounded");
- the rest: "the remaining 12 per cent" is what the other answers leave.

Shares of one family, one group of people ("of women" is another whole) and a few paragraphs
of one another form a list while no answer repeats (a repeat is a second question). A list
whose answers are all different and whose smallest values still add up past 100% cannot be
true. Shares near a word that allows several answers ("could name up to three", "cited") or
that states a target are left out. Vote shares ("won with 38.4% of the vote", "took 27.1%")
form a list of their own: each is another candidate's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.arithmetic import printed, with_approx
from newslint.extract.abbreviations import COURTESY_TITLES, RANK_TITLES
from newslint.measurements.allocation_shares import allocation_lists
from newslint.measurements.composition import composed_share
from newslint.measurements.lexicon import INSIDE_LISTS
from newslint.measurements.model import Measurement
from newslint.measurements.opposite_shares import opposite_pairs
from newslint.measurements.rest_shares import rest_lists
from newslint.measurements.share_questions import Questions
from newslint.report.model import Span

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements

PARAGRAPH_REACH = 4  # consecutive shares of one list at most this many paragraphs apart

_FRACTIONS = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|just|some|only)\s+)?(?:a|one|two|three)[\s-]"
    r"(?:half|third|thirds|quarter|quarters|fifth|fifths)$|^half$",
    re.I,
)
# listing verbs: answers that name reasons, not one choice ("71 per cent chose costs, 54 per
# cent nominated a shortage of workers")
_LISTING = re.compile(
    r"\b(?:cited|named|mentioned|listed|nominated|pointed to|ranked|identified|chose|picked|"
    r"selected|among (?:their|the) top)\b",
    re.I,
)
# a question that allows several answers, said in the sentence before
_MULTI = re.compile(
    r"\b(?:(?:name|choose|pick|select|give|list|cite) up to (?:two|three|four|five)|"
    r"up to (?:two|three|four|five) (?:answers|reasons|factors|options|choices|things|issues)|"
    r"(?:more than one|multiple|several) (?:answers?|options?|reasons?|choices?|responses?)|"
    r"could (?:choose|pick|name|select|give|cite)|add (?:up )?to more than 100)\b",
    re.I,
)
_OVERLAP = re.compile(
    r"\b(?:more than one (?:answer|option|reason|choice)|add (?:up )?to more than 100|"
    r"could (?:choose|pick|name|select|give|cite) (?:more than one|up to|several|multiple))",
    re.I,
)
_TARGET = re.compile(r"\b(?:target|aim|goal|should|must|ought|standard is|expected to reach)\b")
_TARGET_BEFORE = re.compile(r"\b(?:target|aim|goal)\b", re.I)
_CONTINUES = re.compile(r"\b(?:another|a further|the remaining|the rest|the other)\s+$", re.I)
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
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


def exclusive_lists(measurements: Measurements) -> Iterator[ShareList]:
    """Lists of two or more exclusive answers of one family (and vote shares of one count),
    and pairs of a statement and its negation ("had not received a vaccine" / "had been
    vaccinated")."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    shares = [s for m in measurements if (s := _read_share(measurements, m, text)) is not None]
    shares = _gapped_votes(measurements, shares, text)
    answered = {s.measurement.index for s in shares}
    polar = [
        p
        for m in measurements
        if m.index not in answered and (p := _read_polarity(m, text, sentences)) is not None
    ]
    samples = {s.group for s in shares if _is_sample(s.group)}
    wholes = _counted_wholes(measurements)
    shares = _the_one_group(_of_the_whole(s, samples, wholes) for s in shares)
    # a fact and its negation keep the noun of their sample: "90% of the companies questioned"
    # and "31% of documents" are not one whole
    plain = {m.index: _plain_share(measurements, m, text) for m in measurements if _is_share(m)}
    # shares read as no answer (a share inside another answer is part of that one)
    unread = {
        m.index
        for m in measurements
        if _lowest_percent(m) is not None
        and not inside_another(text, sentences[m.sentence].start, m.start, m.end)
    } - answered
    questions = Questions(measurements, unread)
    shares = [_with_source(s, text, sentences) for s in shares]
    yield from _lists(shares, text, sentences, questions)
    overlap = lambda a, b: said_to_overlap(text, sentences, a, b)  # noqa: E731
    yield from rest_lists(measurements, plain, overlap)
    percents = [
        (m, low)
        for m in measurements
        if m.quantity.kind == "percent" and (low := _lowest_percent(m)) is not None
    ]
    yield from opposite_pairs(measurements, percents, overlap)
    yield from allocation_lists(measurements, percents, overlap)
    polar = [replace(p, share=_of_the_whole(p.share, set(), frozenset())) for p in polar]
    polar = _fill_ellipses(polar)
    yield from _polar_pairs(polar[:MAX_POLAR], text, sentences)


# a name with its verb left out, between two vote shares: "..., the Greens 14.8% and Reform
# 11.3%"
_GAPPED_NAME = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|for))*\s+(?:on\s+|with\s+)?"
)


def _gapped_votes(measurements: Measurements, shares: list[Share], text: str) -> list[Share]:
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
            or not _is_share(m)
            or (lowest := _lowest_percent(m)) is None
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


def _with_source(share: Share, text: str, sentences: list[Span]) -> Share:
    sentence = sentences[share.measurement.sentence]
    named = _SURVEY.search(text, sentence.start, sentence.end)
    words = [w for w in named.group(1).split() if w not in _DETERMINERS] if named else []
    return replace(share, source=" ".join(words)) if words else share


_DETERMINERS = {"The", "A", "An", "In", "Its", "This", "That", "Their", "Our", "Another"}


def _is_share(m: Measurement) -> bool:
    return m.quantity.kind == "percent" or (
        m.quantity.kind == "vague" and _lowest_percent(m) is not None
    )


def _plain_share(measurements: Measurements, m: Measurement, text: str) -> Share | None:
    """A share of a whole with no answer read: its lowest value and group, or None for a
    change ("up 3 points"), a target or a rate."""
    lowest = _lowest_percent(m)
    if lowest is None:
        return None
    q = m.quantity
    sentence = measurements.analysis.sentences[m.sentence]
    after = _clause_after(text, q.end, sentence.end)
    before = text[max(sentence.start, q.start - 80) : q.start]
    if _TARGET.search(after[:40]) or _TARGET_BEFORE.search(before) or _A_CHANGE.match(after):
        return None
    return Share(m, lowest, "rest", f"part@{q.start}", _group(text, q.end, before[-40:]))


def _is_sample(group: str | None) -> bool:
    return group is not None and group.endswith(_SAMPLE)


def _counted_wholes(measurements: Measurements) -> frozenset[str]:
    """The nouns the article counts as a whole: '1,200 pupils', '900 planning applications'."""
    return frozenset(
        words[-1].lower().rstrip("s")
        for m in measurements
        if m.quantity.kind == "count" and m.role == "total" and m.quantity.counted
        and (words := m.quantity.counted.split())
    )  # fmt: skip


def _of_the_whole(share: Share, samples: set[str | None], wholes: frozenset[str]) -> Share:
    """A group that is the whole itself is no group: 'of the farmers surveyed' when the article
    names no other group surveyed (with 'of the men surveyed' and 'of the women surveyed' each
    is a group), 'of the pupils' when the article counts its pupils ('Of the 1,200 pupils who
    sat the exam, 64% passed ... 41% of the pupils failed')."""
    group = share.group
    if _is_sample(group):
        group = None if len(samples) == 1 else (group or "").removesuffix(_SAMPLE)
    elif group in wholes:
        group = None
    return share if group == share.group else replace(share, group=group)


# groups that are parts of any sample: "58% of women backed it. 47% opposed it" may be two wholes
_DEMOGRAPHIC = {"men", "man", "women", "woman", "boy", "girl", "children", "child", "young",
                "older", "elderly", "pensioner", "teenager", "under", "over", "aged", "those"}  # fmt: skip


def _the_one_group(shares: Iterable[Share]) -> list[Share]:
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


MAX_POLAR = 24  # shares paired with each other at most: a story states few yes/no facts
_NEGATION = re.compile(r"\b(?:not|never|no|without)\b|n't\b|\bun(?=[a-z]{4,}(?:ed|ated)\b)")
_MODAL = re.compile(r"\b(?:would|could|will|may|might|plan|plans|intend|should|expect)\b")
_STOP_STEMS = {"percen", "people", "patien", "respon", "record", "figure", "review", "accord",
               "report", "survey", "found", "said", "their", "there", "which", "about"}  # fmt: skip


@dataclass(frozen=True)
class _Polar:
    share: Share
    negated: bool
    stems: frozenset[str]


def _read_polarity(m: Measurement, text: str, sentences: list[Span]) -> _Polar | None:
    """A share whose clause states a fact or its negation, and the stems of that fact."""
    lowest = _lowest_percent(m)
    if lowest is None:
        return None
    q = m.quantity
    after = _clause_after(text, q.end, sentences[m.sentence].end).lower()
    if _MODAL.search(after) or _TARGET.search(after):
        return None
    # the fact is what follows a negation, if there is one ("did not keep the promises"),
    # else the whole clause: "politicians" before "did not" is not what is negated
    negation = _NEGATION.search(after)
    fact = after[negation.start() :] if negation else after
    words = re.findall(r"[a-z]{5,}", fact)
    stems = frozenset(w.removeprefix("un")[:6] for w in words) - _STOP_STEMS
    if negation and _ELLIPSIS.fullmatch(re.split(r"[,;]", after)[0]):
        stems = _SAID_BEFORE  # "A further 57% said they had not": the fact said before
    if not stems:
        return None
    # a fact and its negation must be of one group: "90% of the companies" is not "31% of
    # documents" (read here at the share's end; the answer lists keep their own reading)
    group = _group(text, q.end, text[max(0, q.start - 40) : q.start])
    share = Share(m, lowest, "polarity", "", group)
    return _Polar(share, negation is not None, stems)


# a negation that leaves its fact out: "said they had not", "did not"
_ELLIPSIS = re.compile(
    r"\s*(?:(?:said|say|says|answered|replied)\s+)?(?:(?:they|it|he|she|we)\s+)?"
    r"(?:had|have|has|did|do|does|was|were|is|are)\s*(?:not|n't)\s*[.,;]?\s*"
)
_SAID_BEFORE = frozenset({"<said before>"})


def _fill_ellipses(polar: list[_Polar]) -> list[_Polar]:
    """An elliptical negation takes the fact of the share just before it, a sentence back at
    most: "Half ... said they had cut back on heating. A further 57% said they had not." """
    filled: list[_Polar] = []
    for p in polar:
        if p.stems == _SAID_BEFORE:
            before = filled[-1] if filled else None
            if (
                before is None
                or before.negated
                or p.share.measurement.sentence - before.share.measurement.sentence > 1
            ):
                continue
            p = replace(p, stems=before.stems)
        filled.append(p)
    return filled


def _polar_pairs(polar: list[_Polar], text: str, sentences: list[Span]) -> Iterator[ShareList]:
    for i, a in enumerate(polar):
        for b in polar[i + 1 :]:
            ma, mb = a.share.measurement, b.share.measurement
            if mb.paragraph - ma.paragraph > PARAGRAPH_REACH or a.negated == b.negated:
                continue
            if ma.quantity.value == mb.quantity.value:
                continue  # one figure said twice in other words, not two answers
            if a.share.group and b.share.group and a.share.group != b.share.group:
                continue
            shared = a.stems & b.stems
            if not shared:
                continue
            if several_answers_allowed(text, sentences, ma.start, mb.end):
                continue
            stem = sorted(shared)[0]
            yes, no = (b, a) if a.negated else (a, b)
            members = [
                Share(ma, a.share.lowest, "polarity", "not" if a.negated else "yes", None),
                Share(mb, b.share.lowest, "polarity", "not" if b.negated else "yes", None),
            ]
            yield ShareList(
                members,
                f"a fact and its negation of one whole ('{yes.share.measurement.text}' "
                f"{stem}..., '{no.share.measurement.text}' not {stem}...)",
            )


# a share told as part of the answer before it: "including 16% who ...", "among them 9%"
_INSIDE_BEFORE = re.compile(rf"\b(?:{INSIDE_LISTS})\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
# a degree of an answer: "18% saying they strongly backed it" is inside "52% backed it"
_DEGREE = re.compile(r"[^,;.()]{0,30}?\b(?:strongly|very|somewhat|definitely|fully)\b", re.I)


def inside_another(text: str, since: int, start: int, end: int) -> bool:
    """A share told inside another answer ("48% in favour, including 19% strongly"): a part
    of that answer, not an answer of its own (``since``: where its sentence starts)."""
    before = text[max(since, start - 30) : start]
    return bool(_INSIDE_BEFORE.search(before) or _DEGREE.match(text, end, end + 40))


def _read_share(measurements: Measurements, m: Measurement, text: str) -> Share | None:
    q = m.quantity
    lowest = _lowest_percent(m)
    if lowest is None:
        return None
    sentence = measurements.analysis.sentences[m.sentence]
    after = _clause_after(text, q.end, sentence.end)
    before = text[max(sentence.start, q.start - 80) : q.start]
    if _TARGET.search(after[:40]) or _TARGET_BEFORE.search(before) or _A_CHANGE.match(after):
        return None
    if inside_another(text, sentence.start, q.start, q.end):
        return None
    group = _group(text, q.end, before[-40:])
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
    if _NOT_A_VOTE.search(after) or _YEAR.search(after + before):
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


def _lowest_percent(m: Measurement) -> float | None:
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


def _clause_after(text: str, start: int, end: int) -> str:
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


def _group(text: str, end: int, before: str) -> str | None:
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


def _lists(
    shares: list[Share], text: str, sentences: list[Span], questions: Questions
) -> Iterator[ShareList]:
    open_lists: dict[str, list[Share]] = {}
    for share in shares:
        family = share.family
        current = open_lists.get(family)
        if current is not None and _restates(current, share):
            continue  # "nearly half ... too high" then "47 per cent said too high"
        if current is not None and (
            not _continues(current, share) or (family != "vote" and questions.apart(current, share))
        ):
            yield from _closed(current, text, sentences)
            current = None
        if current is None:
            current = []
        current.append(share)
        open_lists[family] = current
        # "the remaining 12 per cent" closes every family's list it follows
        if family == "any":
            for name, members in list(open_lists.items()):
                if name != "any" and members and _continues(members, share):
                    members.append(share)
    for members in open_lists.values():
        yield from _closed(members, text, sentences)


def _restates(current: list[Share], share: Share) -> bool:
    """The same answer again with a value that agrees: one share said twice."""
    value = share.measurement.value_range()
    return any(
        s.answer == share.answer
        and s.group == share.group
        and _as_percent(s.measurement.value_range(), s).overlaps(_as_percent(value, share))
        for s in current
    )


def _as_percent(interval, share: Share):  # type: ignore[no-untyped-def]
    q = share.measurement.quantity
    return interval.scaled(100.0) if q.kind == "vague" else interval


def _continues(current: list[Share], share: Share) -> bool:
    last = current[-1]
    if share.measurement.paragraph - last.measurement.paragraph > PARAGRAPH_REACH:
        return False
    if share.group != last.group and not _mix(current, share):
        return False
    if len({s.source for s in (*current, share) if s.source}) > 1:
        return False  # two surveys named: two wholes
    return share.family == "vote" or not any(_same_answer(s.answer, share.answer) for s in current)


def _mix(current: list[Share], share: Share) -> bool:
    """Parts of a mix name their whole only now and then ("15.4% of generation and hard coal
    for 5.9%"): a part that names none fits any; two that name one must name the same."""
    if share.family not in ("composition", "any") or current[0].family != "composition":
        return False
    named = {s.group for s in current if s.group is not None}
    return share.group is None or not named or named == {share.group}


def _same_answer(a: str, b: str) -> bool:
    """'for' (backed it) may be any 'for ...' answer (backed the plan)."""
    return a == b or (
        a.split()[0] == b.split()[0] and (a in ("for", "against") or b in ("for", "against"))
    )


def _closed(members: list[Share], text: str, sentences: list[Span]) -> Iterator[ShareList]:
    if len(members) < 2 or len({s.answer for s in members}) < len(members):
        return
    if all(s.family == "any" for s in members):
        return
    if members[0].family == "composition" and not _a_whole_mix(members, text, sentences):
        return
    start = min(s.measurement.start for s in members)
    end = max(s.measurement.end for s in members)
    if several_answers_allowed(text, sentences, start, end):
        return
    family = next(s.family for s in members if s.family != "any")
    answers = ", ".join(f"{s.measurement.text} {s.answer}" for s in members)
    if family == "vote":
        why = f"each a different candidate's share of one vote ({answers})"
    elif family == "composition":
        why = f"parts of one whole, one of them the rest of it ({answers})"
    else:
        why = (
            f"answers of one question that exclude each other ({family}: {answers}); their "
            "sentences name no other time, place, group or question"
        )
    yield ShareList(members, why)


def _a_whole_mix(members: list[Share], text: str, sentences: list[Span]) -> bool:
    """A mix is judged only when one part is the rest of the whole ("the remaining 12.8%"),
    and all its parts speak of one time (no two years among their sentences)."""
    if not any(s.answer == "the rest" for s in members):
        return False
    years = {
        y
        for s in members
        for y in _YEAR.findall(text, sentences[s.measurement.sentence].start,
                               sentences[s.measurement.sentence].end)
    }  # fmt: skip
    return len(years) <= 1


def several_answers_allowed(text: str, sentences: list[Span], start: int, end: int) -> bool:
    """A word near shares that allows several answers: 'could name up to three', 'cited'.
    Listing verbs count in the shares' own sentences and the one before; a statement that the
    answers overlap ("could choose more than one", "add up to more than 100") anywhere from a
    paragraph before to a paragraph after."""
    starts = [sp.start for sp in sentences]
    own = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(0, bisect.bisect_right(starts, end) - 1)
    if _LISTING.search(text, sentences[own].start, sentences[last].end):
        return True
    return said_to_overlap(text, sentences, start, end)


def said_to_overlap(text: str, sentences: list[Span], start: int, end: int) -> bool:
    """The article says answers may overlap near the shares ("could choose more than one")."""
    starts = [sp.start for sp in sentences]
    own = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(0, bisect.bisect_right(starts, end) - 1)
    if _MULTI.search(text, sentences[max(0, own - 1)].start, sentences[last].end):
        return True
    para_start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, start)))
    para_end = text.find("\n\n", text.find("\n\n", end) + 2)
    return (
        _OVERLAP.search(text, max(0, para_start), para_end if para_end > 0 else len(text))
        is not None
    )
