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
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.change_words import YEAR
from newslint.measurements.allocation_shares import allocation_lists
from newslint.measurements.model import Measurement
from newslint.measurements.opposite_shares import opposite_pairs
from newslint.measurements.rest_shares import rest_lists
from newslint.measurements.share_questions import Questions
from newslint.measurements.share_readings import (
    TARGET,
    Share,
    ShareList,
    clause_after,
    counted_wholes,
    gapped_votes,
    group_of,
    inside_another,
    is_sample,
    is_share,
    lowest_percent,
    of_the_whole,
    plain_share,
    read_share,
    the_one_group,
    with_source,
)
from newslint.report.model import Span

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements


PARAGRAPH_REACH = 4  # consecutive shares of one list at most this many paragraphs apart

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
    r"could (?:choose|pick|name|select|give|cite|tick) (?:more than one|up to|several|multiple|"
    r"as many|any number|all that)|(?:choose|pick|select|tick) all that appl)",
    re.I,
)


def exclusive_lists(measurements: Measurements) -> Iterator[ShareList]:
    """Lists of two or more exclusive answers of one family (and vote shares of one count),
    and pairs of a statement and its negation ("had not received a vaccine" / "had been
    vaccinated")."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    shares = [s for m in measurements if (s := read_share(measurements, m, text)) is not None]
    shares = gapped_votes(measurements, shares, text)
    answered = {s.measurement.index for s in shares}
    polar = [
        p
        for m in measurements
        if m.index not in answered and (p := _read_polarity(m, text, sentences)) is not None
    ]
    samples = {s.group for s in shares if is_sample(s.group)}
    wholes = counted_wholes(measurements)
    shares = the_one_group(of_the_whole(s, samples, wholes) for s in shares)
    # a fact and its negation keep the noun of their sample: "90% of the companies questioned"
    # and "31% of documents" are not one whole
    plain = {m.index: plain_share(measurements, m, text) for m in measurements if is_share(m)}
    # shares read as no answer (a share inside another answer is part of that one)
    unread = {
        m.index
        for m in measurements
        if lowest_percent(m) is not None
        and not inside_another(text, sentences[m.sentence].start, m.start, m.end)
    } - answered
    questions = Questions(measurements, unread)
    shares = [with_source(s, text, sentences) for s in shares]
    yield from _lists(shares, text, sentences, questions)
    overlap = lambda a, b: said_to_overlap(text, sentences, a, b)  # noqa: E731
    yield from rest_lists(measurements, plain, overlap)
    percents = [
        (m, low)
        for m in measurements
        if m.quantity.kind == "percent" and (low := lowest_percent(m)) is not None
    ]
    yield from opposite_pairs(measurements, percents, overlap)
    yield from allocation_lists(measurements, percents, overlap)
    polar = [replace(p, share=of_the_whole(p.share, set(), frozenset())) for p in polar]
    polar = _fill_ellipses(polar)
    yield from _polar_pairs(polar[:MAX_POLAR], text, sentences)


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
    lowest = lowest_percent(m)
    if lowest is None:
        return None
    q = m.quantity
    after = clause_after(text, q.end, sentences[m.sentence].end).lower()
    if _MODAL.search(after) or TARGET.search(after):
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
    group = group_of(text, q.end, text[max(0, q.start - 40) : q.start])
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
        for y in YEAR.findall(text, sentences[s.measurement.sentence].start,
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
