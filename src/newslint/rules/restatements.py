"""NUM002's matching: do two figures in one article measure the same thing?

Deciding that is the hard part, so the answer is "no" unless every cue agrees:

- same dimension, and the same currency for money;
- the same *frame*: the noun the figure modifies with a definite article on the restatement
  ("the £4.2m scheme"), or the verb it is the object of, folded into synonym classes
  (recaptured / retaken / took back);
- no different named subject ("Ukraine" and "Ukrainian forces" agree; "Kent" and "Essex" not);
- the same years and no cue that another time is meant ("last year", "originally");
- in different sentences, and the frame carries exactly two values in the article (three
  values for "the scheme" means several schemes, or a story of revisions).

Only the sentences holding candidate figures are parsed.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, si_interval, sig, with_approx
from newslint.report.model import Quantity, Span
from newslint.rules.registry import Flag

_VERB_CLASSES = {
    "recapture": {"recapture", "retake", "regain", "reclaim", "liberate", "recover", "win back",
                  "take back", "claw back", "seize back"},
    "capture": {"capture", "seize", "occupy", "conquer", "annex"},
    "burn": {"burn", "scorch", "destroy", "raze", "consume", "blacken"},
    "flood": {"flood", "inundate", "submerge"},
}  # fmt: skip
# only these verbs tie two figures together: what was taken, burned or flooded is one area;
# what was spent, cost or lost is too often several things in one story
_VERB_CLASS = {v: k for k, verbs in _VERB_CLASSES.items() for v in verbs}
# five-letter stems of the class verbs, for the cheap pre-filter ("retak" -> "recapture")
_STEM_CLASS = {v.split()[0][:5]: k for k, verbs in _VERB_CLASSES.items() for v in verbs}
_STEM_CLASS.update({"retook": "recapture", "seiz": "capture", "took back": "recapture"})
# verbs and nouns too general to say two figures are one measure
_GENERIC_VERBS = {
    "be", "have", "say", "reach", "get", "make", "include", "total", "add", "give", "take",
    "put", "see", "hit", "rise", "fall", "increase", "reduce", "cut", "grow", "drop", "show",
    "report", "expect", "estimate", "receive", "pay", "earn", "top", "exceed", "pass", "do",
    "record", "post", "announce", "predict", "forecast", "plan", "set", "bring", "need",
}  # fmt: skip
_GENERIC_NOUNS = {
    "year", "month", "week", "day", "people", "time", "%", "cent", "share", "total", "figure",
    "rise", "increase", "fall", "drop", "cut", "amount", "sum", "level", "rate", "profit",
    "loss", "sale", "revenue", "turnover", "price", "value", "cost", "bill", "fee", "fine",
    "salary", "wage", "pay", "bonus", "deal", "bid", "offer", "stake", "debt", "tax", "budget",
    "fund", "payment", "gain", "earnings", "income", "spending", "investment",
    "mile", "kilometre", "metre", "km", "foot", "inch", "acre", "hectare", "tonne", "ton",
}  # fmt: skip
# words in the noun phrase that make it another thing: "a new £4.2m scheme", "the first phase"
_OTHER_NP = re.compile(
    r"\b(?:new|second|third|another|other|previous|original|initial|extra|further|additional|"
    r"latest|first|earlier|revised|annual|yearly|monthly|weekly|proposed|rival|alternative)\b",
    re.I,
)
# words next to the figure that say another time or a change is meant
_OTHER_TIME = re.compile(
    r"\b(?:originally|initially|previously|last year|next year|this year|a year|per|each year|"
    r"compared|instead|than|rather|up from|down from|rose|fell|increased?|decreased?|cut|"
    r"raised|lowered|budgeted|target|estimated|forecast)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Frame:
    key: str  # "noun:scheme" or "verb:recapture"
    subject: str | None
    years: frozenset[str]
    sentence: Span
    definite: bool  # "the £4.2m scheme" points back; "a £4.2m scheme" may be another one
    places: frozenset[str] = frozenset()  # names qualifying it: "the scheme in York"


def restatement_flags(analysis: Analysis) -> Iterator[Flag]:
    candidates = _candidates(analysis)
    if len(candidates) < 2:
        return
    # only figures sharing a dimension (and currency) with another need a frame
    by_kind: dict[tuple[str, str | None], list[Quantity]] = defaultdict(list)
    for q in candidates:
        by_kind[(q.dimension or "", q.currency)].append(q)
    groups: dict[tuple[str, str, str | None], list[tuple[Quantity, Frame]]] = defaultdict(list)
    for (dimension, currency), quantities in by_kind.items():
        if len(quantities) < 2 or not _possible_contradiction(quantities):
            continue
        for q in _worth_parsing(analysis, quantities):
            frame = _frame(analysis, q)
            if frame is not None:
                groups[(frame.key, dimension, currency)].append((q, frame))
    for members in groups.values():
        flag = _group_flag(members)
        if flag:
            yield flag


def _candidates(analysis: Analysis) -> list[Quantity]:
    from newslint.rules.numbers import conversion_pairs

    conversions = {id(b) for _, b in conversion_pairs(analysis.quantities, analysis.text)}
    return [
        q
        for q in analysis.quantities
        if q.kind in ("money", "measure")
        and q.value
        and q.change is None
        and q.dimension
        and id(q) not in conversions
        and re.search(r"\d", q.text)
    ]


_WORD = re.compile(r"[a-z][a-z-]{3,}")
_DEFINITE = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+(?:\w+\s+)?$", re.I)
_GENERIC_STEMS = {v[:4] for v in _GENERIC_VERBS if len(v) >= 4}
_STOP = {
    "that", "this", "with", "from", "have", "been", "were", "will", "would", "which", "their",
    "there", "about", "more", "than", "said", "says", "after", "also", "into", "over", "some",
    "year", "years", "million", "billion", "worth", "cost", "costs", "total", "just", "only",
}  # fmt: skip


def _cue_words(text: str, q: Quantity) -> set[str]:
    """What a parse could key the figure on, guessed without one: the word after it (a noun
    it may modify) and nearby words that look like verbs, folded into synonym classes."""
    words = set()
    after = _WORD.match(text[q.end : q.end + 30].lstrip(" -").lower())
    if (
        after
        and after.group(0) not in _GENERIC_NOUNS
        and after.group(0).rstrip("s") not in _GENERIC_NOUNS
    ):
        words.add("noun:" + after.group(0).rstrip("s"))
    for word in _WORD.findall(text[max(0, q.start - 40) : q.end + 40].lower()):
        stem = word[:5]
        verb_class = next((c for st, c in _STEM_CLASS.items() if word.startswith(st)), None)
        if verb_class:
            words.add(verb_class)
        elif word.endswith(("ed", "en")) and word not in _STOP and word[:4] not in _GENERIC_STEMS:
            words.add(stem)
    return words


def _worth_parsing(analysis: Analysis, quantities: list[Quantity]) -> list[Quantity]:
    """Figures that disagree with another one sharing a cue word: only these are parsed.

    Two figures pair up on a shared cue word; a noun frame needs the later one to point back
    ("the £4.2m scheme"). Figures are gathered word by word, so the cost grows with the
    figures, not with their pairs."""
    text = analysis.text
    ranges = [_range(q) for q in quantities]
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(quantities):
        for word in _cue_words(text, q):
            by_word[word].append(i)
    definite = [bool(_DEFINITE.search(text[max(0, q.start - 12) : q.start])) for q in quantities]
    keep: set[int] = set()
    disagree = False
    for word, members in by_word.items():
        if len(members) < 2:
            continue
        low, high = float("-inf"), float("inf")  # highest low, lowest high of earlier figures
        last_paired = -1
        for n, i in enumerate(members):
            # every earlier figure pairs with this one on a verb word, or on a noun word
            # when this one points back
            if n and (not word.startswith("noun:") or definite[i]):
                last_paired = n
                disagree = disagree or low > ranges[i].high or high < ranges[i].low
            low, high = max(low, ranges[i].low), min(high, ranges[i].high)
        keep.update(members[: last_paired + 1] if last_paired > 0 else ())
    # agreeing figures stay in: a third value decides whether the frame is one thing
    return [q for i, q in enumerate(quantities) if i in keep] if disagree else []


def _range(q: Quantity) -> Interval:
    base = si_interval(q)  # SI for measures, major units for money ("53p" is 0.53)
    if q.approx in (">", ">="):
        return Interval(base.low, float("inf"))
    if q.approx in ("<", "<="):
        return Interval(0.0, base.high)
    return with_approx(base, q.approx)


def _possible_contradiction(quantities: list[Quantity]) -> bool:
    """Do two of the figures' ranges not overlap? (The highest low above the lowest high.)"""
    ranges = [_range(q) for q in quantities]
    return max(r.low for r in ranges) > min(r.high for r in ranges)


def _frame(analysis: Analysis, q: Quantity) -> Frame | None:
    sentence = analysis.sentence_at(q.start)
    if sentence is None:
        return None
    body = analysis.text[sentence.start : sentence.end]
    doc = analysis.parsed(sentence)
    lo, hi = q.start - sentence.start, q.end - sentence.start
    tokens = [t for t in doc if t.idx >= lo and t.idx + len(t.text) <= hi]
    if not tokens:
        return None
    roots = [t for t in tokens if not (lo <= t.head.idx < hi) or t.head == t]
    if not roots or len({t.head.i for t in roots}) != 1:
        return None
    root = roots[-1]  # "€40m stadium": "40" and "m" both hang on "stadium"
    years = frozenset(_YEAR.findall(body))
    key, subject, definite, verb = None, None, False, None
    # "the £4.2m scheme": the figure modifies a noun right after it
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod") and head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        if head.i - tokens[-1].i <= 2 and head.lemma_.lower() not in _GENERIC_NOUNS:
            key = f"noun:{head.lemma_.lower()}"
            definite = any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
            )
            noun_phrase = doc[head.left_edge.i : head.i + 1].text
            if _OTHER_NP.search(noun_phrase):
                return None
            # whose scheme: the named subject of the sentence ("Kent approved ...")
            subject = _subject(doc[head.i].sent.root)
    else:
        # "the 360 hectares seized by the rebels": a participle on the figure's noun first
        for child in root.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                verb = child
                break
        if verb is None and head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            if root.dep_ in ("dobj", "obj", "nsubjpass") or (
                # "the 200 hectares flooded would ...": a reduced relative parsed as a subject
                root.dep_ == "nsubj" and lemma in _VERB_CLASS
            ):
                verb = head
        if verb is not None:
            lemma = verb.lemma_.lower()
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
            if particle:
                lemma = f"{lemma} {particle}"
            if lemma in _GENERIC_VERBS:
                return None
            if lemma not in _VERB_CLASS:
                return None
            key = f"verb:{_VERB_CLASS[lemma]}"
            subject = _subject(verb)
            definite = True
    if key is None:
        return None
    if _OTHER_TIME.search(_clause(doc, root)):
        return None
    noun = head if key.startswith("noun:") else root
    places = _places(noun, verb, {t.i for t in tokens})
    return Frame(key, subject, years, sentence, definite, places)


def _places(noun, verb, figure: set[int]) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Proper names attached to the measured thing ("the £4.2m scheme in York") or to its
    verb ("recaptured ... in Kharkiv"); the agent ("retaken by Ukraine") is the subject."""
    scan = list(noun.subtree)
    if verb is not None:
        scan += [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    agents = {t.i for t in scan if t.dep_ == "agent" for t in t.subtree}
    return frozenset(
        t.lower_ for t in scan if t.pos_ == "PROPN" and t.i not in figure and t.i not in agents
    )


def _clause(doc, root) -> str:  # type: ignore[no-untyped-def]
    """The words around the figure (five either side) that might say another time is meant."""
    return doc[max(0, root.i - 5) : root.i + 6].text


def _subject(verb) -> str | None:  # type: ignore[no-untyped-def]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN":
            return child.text.lower()
        if child.dep_ == "nsubj":
            propn = [t for t in child.subtree if t.pos_ in ("PROPN", "ADJ") and t.text[0].isupper()]
            return propn[0].text.lower() if propn else None
        if child.dep_ == "agent":
            names = [t for t in child.subtree if t.pos_ == "PROPN"]
            return names[0].text.lower() if names else None
    return None


def _same_subject(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a[:5] == b[:5]


class _Cover:
    """The values of a cluster as sorted, disjoint ranges (their union): whether a range
    overlaps one of the cluster's values, by bisection."""

    def __init__(self, first: Interval) -> None:
        self.lows, self.highs = [first.low], [first.high]

    def overlaps(self, r: Interval) -> bool:
        i = bisect.bisect_right(self.lows, r.high)
        return i > 0 and self.highs[i - 1] >= r.low

    def add(self, r: Interval) -> None:
        # merge with every range it touches, then put the merged range in its place
        i = bisect.bisect_left(self.highs, r.low)
        j = bisect.bisect_right(self.lows, r.high)
        low = min([r.low, *self.lows[i:j]])
        high = max([r.high, *self.highs[i:j]])
        self.lows[i:j], self.highs[i:j] = [low], [high]


def _group_flag(members: list[tuple[Quantity, Frame]]) -> Flag | None:
    if len(members) < 2:
        return None
    # cluster values that agree; more than two clusters means more than one thing
    clusters: list[list[tuple[Quantity, Frame]]] = []
    covers: list[_Cover] = []
    for q, frame in members:
        r = _range(q)
        for cluster, cover in zip(clusters, covers, strict=True):
            if cover.overlaps(r):  # overlaps one of the cluster's values
                cluster.append((q, frame))
                cover.add(r)
                break
        else:
            if len(clusters) == 2:
                return None
            clusters.append([(q, frame)])
            covers.append(_Cover(r))
    if len(clusters) != 2:
        return None
    (first, f1), (later, f2) = clusters[0][0], clusters[1][0]
    if f1.sentence == f2.sentence or f1.years != f2.years or not f2.definite:
        return None
    if not _same_subject(f1.subject, f2.subject):
        return None
    if f1.places and f2.places and not f1.places & f2.places:
        return None  # the scheme in Leeds and the scheme in York
    r1, r2 = _range(first), _range(later)
    return Flag(
        start=later.start,
        end=later.end,
        message=f"'{later.text}' restates '{first.text}' ({f1.key.split(':')[1]}) with a "
        "different value",
        related=((first.start, first.end),),
        evidence={
            "first": first.text,
            "restated": later.text,
            "frame": f1.key,
            "first_range": r1.rounded(),
            "restated_range": r2.rounded(),
            "unit": "SI" if first.kind == "measure" else first.currency,
            "ratio": sig(r2.mid / r1.mid, 3) if r1.mid and r2.high != float("inf") else None,
        },
    )
