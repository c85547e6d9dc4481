"""Parts and their wholes read from the parse: "of"-partitives, linked loosely, kept strictly.

A part says what it is a part of through the grammar, whatever its words:

- an "of"/"among" phrase on the figure: "341 of them", "161 of the notifications", "90 of its
  schools surveyed";
- an "of"/"among" phrase on the figure's clause: "Of this year's cases, 276 were ...", "29
  children and 41 women were among those killed";
- the figures of one coordination share that phrase and exclude each other: "29 children and
  41 women" are two parts of the dead, side by side.

The whole is any earlier figure of the same kind (a count, or money in one currency) that the
phrase names: the same counted noun ("of the cases" -> "412 cases"), the same event verb
("among those killed" -> "64 people were killed"), or a noun made from that verb ("of the
notifications" -> "412 cases were notified"). A pronoun ("of them") names the counts just before
it. Linking is loose; the finding is strict: the parts must be larger than EVERY whole the
phrase could name (another whole of the same name that holds them is another reading), and
nothing may explain them otherwise: another time in the part's clause, a part of a part
("including 38 babies", "alone"), a figure added to the whole ("a further", "more"), a whole
that is a rate or only a floor ("at least 64").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.noun_kinds import covers
from newslint.extract.opposites import opposite, opposite_words
from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import INSIDE_WORDS, VERB_CLASS
from newslint.measurements.model import Measurement
from newslint.measurements.reading import counted_class, figure_root, figure_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.measurements.table import Measurements

# the closed class of partitive prepositions and of the pronouns a part points back with
_PARTITIVE = {"of", "among", "amongst"}
_ANAPHORS = {"them", "those", "these", "whom", "which", "they"}
# determiners and words that add a figure to a whole rather than take it out of one
_ADDED = {"more", "further", "additional", "extra", "another", "other", "new", "fewer", "less",
          "remaining"}  # fmt: skip
# a part inside another part ("including 38 babies", "of whom 40"): the last words of the
# lexicon's one list
_INSIDE_HEADS = {phrase.split()[-1] for phrase in INSIDE_WORDS.split("|")}
# words that let parts of one clause overlap
_OVERLAP = {"both", "also", "overlap", "overlapping", "either"}
# how far back (in paragraphs) a pronoun's whole may be
PRONOUN_REACH = 1
# a noun made from a verb shares at least this many letters with it: appl(icant)/appl(y)
STEM = 4


@dataclass(frozen=True)
class Frame:
    """What the parse says of one figure."""

    measurement: Measurement
    noun: str | None  # the counted noun's class: "29 children" -> "child"
    verb: str | None  # the verb the figure's noun phrase hangs on: "64 people were killed" -> kill
    of_noun: str | None = None  # the noun a partitive names: "of the notifications"
    of_verb: str | None = None  # the verb a partitive names: "among those killed"
    anaphor: bool = False  # "of them", "of whom"
    demonstrative: bool = False  # "of those cases": the noun points back, too
    group: int | None = None  # the partitive it shares with the other parts of its clause
    inside: bool = False  # a part of a part: "including 38 babies"
    added: bool = False  # "a further 95", "40 more"
    phrase: str = ""  # the partitive as written: "of the notifications"
    narrowed: frozenset[str] = frozenset()  # words that narrow it: "of the bridges in the county"
    said: frozenset[str] = frozenset()  # the content lemmas of the figure's sentence
    predicate: tuple[str, ...] = ()  # what its clause says of it: ("be", "from"), ("travel",)
    clause: int | None = None  # the token of the first verb above the figure
    within: bool = False  # inside an "of" phrase itself: "Of the 1,450 wildfires, ..."
    anchor: tuple[int, int] = (-1, -1)  # its noun's and its verb's tokens
    including: tuple[int, int] | None = None  # what the "including" above it hangs on, its verb
    agent: tuple[str, str, str | None] | None = None  # who did it: ("United Airlines", verb, noun)
    where: frozenset[str] = frozenset()  # the content words of its clause's other phrases
    # what its verb is said of besides the figure: its objects ("passed maths"), and "not"
    objects: frozenset[str] = frozenset()
    negated: bool = False
    # "Of the 1,250 learners, 640 passed and 690 failed": the partitive opens the clause
    # (its token), and the verb this clause's verb is coordinated with
    fronted: int | None = None
    conj_of: int | None = None
    label: str | None = None  # what its clause says it is: "1,300 are boys" -> boy

    @property
    def partitive(self) -> bool:
        return self.anaphor or self.of_noun is not None or self.of_verb is not None


@dataclass(frozen=True)
class Parts:
    """Parts (one figure, or the figures of one coordination) larger than their whole."""

    whole: Measurement
    parts: list[Measurement]
    why: str


def _kind(m: Measurement) -> tuple[str, str] | None:
    """('count', '') or ('money', currency) for a total; a level a change reached ("rose 6%
    to $4.2bn") is one too."""
    q = m.quantity
    if q.value is None or q.low is not None or q.change is not None or m.per is not None:
        return None
    if m.role not in ("total", "part", "change"):
        return None
    if q.kind == "count" and any(c.isdigit() for c in q.text):
        return ("count", "")
    if q.kind == "money":
        return ("money", q.currency or "")
    return None


def _verb_of(token: Token) -> Token | None:
    """The verb a noun phrase is an argument of (through conjuncts and prepositions)."""
    node = token
    for _ in range(6):
        if node.dep_ == "conj":
            node = node.head
            continue
        head = node.head
        if head is node:
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":
            return head
        if node.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "prep"):
            node = head
            continue
        return None
    return None


def _content_verb(verb: Token | None) -> str | None:
    if verb is None:
        return None
    if verb.pos_ == "AUX" or verb.lemma_ in ("be", "have"):
        return None
    return verb.lemma_.lower()


_Partitive = tuple[str | None, str | None, bool, "Token"]

# the adjectives that name the people an event befell ("among the dead", "of the injured"),
# each by the event verb that counts them ("64 people were killed"): a closed class
_PARTICIPANTS = {"dead": "kill", "injured": "injure", "wounded": "injure",
                 "hurt": "injure", "arrested": "arrest", "evacuated": "evacuate",
                 "rescued": "rescue", "displaced": "displace", "deceased": "kill"}  # fmt: skip


def _partitive(head: Token) -> _Partitive | None:
    """``(noun, verb, anaphor, preposition)`` of the first "of"/"among" phrase on ``head``."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "out":  # "out of those members"
            prep = next((c for c in prep.children if c.lower_ == "of"), prep)
        if prep.dep_ != "prep" or prep.lower_ not in _PARTITIVE:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        obj = objects[0]
        verbs = [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        verb = verbs[0].lemma_.lower() if verbs else None
        if obj.lower_ in _ANAPHORS:
            if verb is not None:
                return None, verb, False, prep  # "among those killed": the verb names the whole
            return None, None, True, prep
        event = _PARTICIPANTS.get(obj.lower_)
        if event and any(c.lower_ == "the" for c in obj.children):
            return None, event, False, prep  # "among the dead": those the event killed
        if obj.pos_ == "NUM" and any(c.dep_ == "det" for c in obj.children):
            return None, None, True, prep  # "Of the 380, 410 voted": the figure said before
        # "of the cases", "of this year's cases" (not "cases of influenza", "a herd of cattle")
        definite = any(c.dep_ in ("det", "poss") for c in obj.children)
        if obj.pos_ in ("NOUN", "PROPN") and (definite or head.pos_ == "NUM"):
            return _noun_class(obj.lemma_), verb, False, prep
    return None


# words of a partitive that narrow nothing
_NOT_NARROWING = {"the", "this", "these", "those", "its", "their", "his", "her", "our", "all",
                  "total"}  # fmt: skip


def _narrowing(prep: Token) -> frozenset[str]:
    """The content words of a partitive beyond its noun and verb: 'in the county', 'over the
    whole season', 'older' ('of the older pupils')."""
    obj = next(c for c in prep.children if c.dep_ == "pobj")
    words = set()
    # an owner names the whole, not a subset of it: "this year's cases", "the firm's staff";
    # a relative clause describes the members ("the students who took the test"), and of a
    # participle only its prepositions narrow ("those arrested over the season", not "those
    # taking part")
    owners = {t.i for c in obj.children if c.dep_ in ("poss", "relcl") for t in c.subtree}
    owners |= {
        t.i
        for c in obj.children
        if c.dep_ == "acl"
        for o in c.children
        if o.dep_ != "prep"
        for t in o.subtree
    }
    for t in obj.subtree:
        if t.i == obj.i or t.i in owners or t.is_punct:
            continue
        dated = t.pos_ == "NUM" and t.dep_ == "pobj"  # "recorded in 2019"
        if (t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") and not dated) or (
            t.lower_ in _NOT_NARROWING
        ):
            continue
        if t.head.i == obj.i and t.dep_ in ("acl", "relcl"):
            continue  # the verb itself: "those killed", "the bridges inspected"
        words.add(t.lemma_.lower())
    return frozenset(words - _NOT_NARROWING)


def _noun_class(lemma: str) -> str:
    return counted_class(counted_lemma(lemma.lower()))


def _read(m: Measurement, tokens: list[Token]) -> Frame | None:
    root = figure_root(tokens)
    if root is None:
        return None
    head = root.head if root.dep_ in ("nummod", "quantmod") else root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN":
        head = root.head  # "the £12m regeneration fund"
    own = {t.i for t in tokens}
    noun = (
        _noun_class(head.lemma_) if head.pos_ in ("NOUN", "PROPN") and head.i not in own else None
    )
    counted = (m.quantity.counted or "").split()
    if counted and m.quantity.text.lower().endswith(counted[-1].lower()):
        noun = _noun_class(counted[-1])  # "an 860-pupil academy" counts pupils
    verb_token = _verb_of(head)
    measured = head.dep_ in ("dobj", "attr") or (head.dep_ == "pobj" and head.head.lower_ == "to")
    if noun is None and verb_token is not None and measured and not _partitive(root):
        # "Revenue rose 6% to $4.2bn", "The budget is £4.2m": what the figure measures is the
        # verb's subject
        subject = next(
            (
                c
                for c in verb_token.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
            ),
            None,
        )
        noun = _noun_class(subject.lemma_) if subject is not None else None
    verb = _content_verb(verb_token)
    # on the figure itself only when the figure is its own noun phrase: "410 of the bridges"
    # (not "75 breaches of the code", "a herd of 140 cattle")
    found = _partitive(root) if root is head else None
    if found is None and verb_token is not None:
        # the clause's own partitive: "Of this year's cases, 276 were ...", "were among those
        # killed" (not one on another argument: "most of the 20 staff")
        is_subject = head.dep_ in ("nsubj", "nsubjpass") or _conj_of_subject(head)
        found = _clause_partitive(verb_token) if is_subject else None
    of_noun, of_verb, anaphor, prep = found if found else (None, None, False, None)
    demonstrative = prep is not None and any(
        d.dep_ == "det" and d.lower_ in ("those", "these")
        for o in prep.children
        if o.dep_ == "pobj"
        for d in o.children
    )
    phrase = " ".join(t.text for t in prep.subtree) if prep is not None else ""
    narrowed = _narrowing(prep) if prep is not None else frozenset()
    said = frozenset(
        t.lemma_.lower() for t in head.sent if t.is_alpha and not t.is_stop
    ) | frozenset(t.lower_ for t in head.sent if t.is_alpha)
    inside = any(c.lower_ == "alone" for c in head.children) or _below(head, verb_token)
    added = any(_adds(c) for t in {head, root} for c in t.children)
    # parts that hang on one partitive of their clause are side by side: "Of the 1,450
    # wildfires ..., 870 were human-caused and 690 were sparked by lightning"
    group = prep.i if prep is not None and not _on_figure(prep, head, root) else None
    return Frame(
        m,
        noun,
        verb,
        of_noun,
        of_verb,
        anaphor,
        demonstrative,
        group,
        inside,
        added,
        phrase,
        narrowed,
        said,
        _predicate(verb_token),
        next((a.i for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None),
        any(a.dep_ == "prep" and a.lower_ in _PARTITIVE for a in root.ancestors),
        (head.i, verb_token.i if verb_token is not None else -1),
        _including(root),
        _agent(root, head, verb_token),
        _where(root, head, verb_token),
        _objects(verb_token),
        verb_token is not None and any(c.dep_ == "neg" for c in verb_token.children),
        prep.i if prep is not None and prep.i < root.i else None,
        verb_token.head.i if verb_token is not None and verb_token.dep_ == "conj" else None,
        _label(verb_token, head),
    )


def _label(verb: Token | None, head: Token) -> str | None:
    """The complement of a figure's clause: '1,300 are boys' -> boy, 'were private' -> private
    (the verb right after the figure when the parse hung the figure on another: "6,100 were
    men and 4,200 were women")."""
    following = head.nbor() if head.i + 1 < len(head.doc) else None
    if (
        following is not None
        and following.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in following.children)
    ):
        verb = following
    said = [c for c in verb.children if c.dep_ in ("attr", "acomp")] if verb is not None else []
    return said[0].lemma_.lower() if len(said) == 1 else None


def _objects(verb: Token | None) -> frozenset[str]:
    """The lemmas of a verb's objects and particles: 'passed maths', 'gave up'."""
    if verb is None:
        return frozenset()
    deps = ("dobj", "obj", "prt", "dative", "ccomp", "xcomp")
    return frozenset(c.lemma_.lower() for c in verb.children if c.dep_ in deps)


def _where(root: Token, head: Token, verb: Token | None) -> frozenset[str]:
    """'sold 350 homes across the region': the words of the clause's phrases beside the
    figure's own, which may name a wider or another whole."""
    hub = head if head.pos_ == "PROPN" and head.dep_ == "conj" else verb
    if hub is None:
        return frozenset()
    words = set()
    for prep in hub.children:
        if prep.dep_ != "prep" or root in prep.subtree:
            continue
        words |= {
            t.lemma_.lower()
            for t in prep.subtree
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop
        }
    return frozenset(words)


def _agent(root: Token, head: Token, verb: Token | None) -> tuple[str, str, str | None] | None:
    """The named doer of the figure's event, the event and what it counted: "United Airlines
    cancelled 780 flights" -> ("United Airlines", "cancel", "flight"); the verb left out: "...
    and American Airlines 410" hangs on the name, the name on the verb."""
    if head.pos_ == "PROPN" and head.dep_ == "conj" and head.head.pos_ == "VERB":
        verb = head.head  # "and American Airlines 410"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        noun = _noun_class(objects[0].lemma_) if objects else None
        return _name(head), verb.lemma_.lower(), noun
    if verb is None or head.dep_ in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    noun = _noun_class(head.lemma_) if head.pos_ == "NOUN" and head is not root else None
    return _name(subject), verb.lemma_.lower(), noun


def _name(token: Token) -> str:
    return " ".join(t.text for t in token.lefts if t.dep_ == "compound") + f" {token.text}"


# the closed class of period words: a list after "including" that names a time of its own
# ("including 45 at home over the past two seasons") is not a part of the whole's time
_PERIOD_WORDS = {"last", "past", "previous", "earlier", "next", "since", "before", "after",
                 "year", "years", "season", "seasons", "month", "months", "week", "weeks",
                 "decade", "career"}  # fmt: skip


def _including(root: Token) -> tuple[int, int] | None:
    """The "including" above a figure and the token it hangs on, unless its list names a
    time of its own."""
    word = next((a for a in root.ancestors if a.lower_ == "including"), None)
    if word is None:
        return None
    if any(t.lower_ in _PERIOD_WORDS for t in word.subtree):
        return None
    if root.dep_ == "pobj" and root.head.i != word.i and root.head.lower_ != "of":
        return None  # "including a haul of six for 28": a figure under another preposition
    years = {t.text for t in root.sent if t.text.isdigit() and len(t.text) == 4}
    if len(years) > 1:
        return None  # "30 games in 2023, 45 in 2024"
    # what it hangs on: a noun of the whole or the verb of the whole's clause ("40 people died
    # in the crash, including ...")
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return word.head.i, verb.i if verb is not None else -1


def _predicate(verb: Token | None) -> tuple[str, ...]:
    """What a clause says of its subject: the verb ('travel') or 'be', the preposition of its
    complement ('from') or its kind (an adjective, a noun), and the shape of what that
    preposition names (a name, a plain noun, a noun with words of its own). Parts of one
    partitive that say different kinds of thing ("were travelling for business", "were
    women"; "came from tenants", "came from people over 65") may overlap."""
    if verb is None:
        return ()
    said: list[str] = [verb.lemma_.lower()]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ not in _PARTITIVE:
            said += [c.lower_, *_shape(c)]  # "came from tenants" / "came from people over 65"
        elif c.dep_ in ("acomp", "attr"):
            said.append(c.dep_)
    return tuple(said)


def _shape(prep: Token) -> tuple[str, ...]:
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        return ()
    own = any(c.dep_ in ("prep", "amod", "relcl", "acl", "nummod") for c in obj.children)
    return (obj.pos_, "qualified" if own else "plain")


def _adds(token: Token) -> bool:
    """'a further 95', 'another 40', '40 more' (not 'more than 40')."""
    if token.lower_ not in _ADDED:
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is None or following.lower_ != "than"


def _below(head: Token, verb: Token | None) -> bool:
    """An "including" (or "of whom") between the figure and its clause's verb."""
    for a in head.ancestors:
        if verb is not None and a.i == verb.i:
            return False
        if a.lower_ in _INSIDE_HEADS:
            return True
    return False


def _on_figure(prep: Token, head: Token, root: Token) -> bool:
    return prep.head.i in (head.i, root.i)


def _clause_partitive(verb: Token) -> _Partitive | None:
    """The partitive of a clause, or of the clause it is coordinated with or completes."""
    node = verb
    for _ in range(4):
        found = _partitive(node)
        if found is not None or node.dep_ not in ("conj", "acomp", "xcomp"):
            return found
        node = node.head
    return None


def _conj_of_subject(head: Token) -> bool:
    node = head
    while node.dep_ == "conj":
        node = node.head
    return node is not head and node.dep_ in ("nsubj", "nsubjpass")


def frames(measurements: Measurements) -> list[Frame]:
    """The frames of the article's counts and amounts, read from the parse of their sentences
    (only when some figure has a partitive phrase near it)."""
    analysis = measurements.analysis
    text = analysis.text
    figures = [m for m in measurements if _kind(m) is not None]
    kinds = [_kind(m) for m in figures]
    if not any(_partitive_near(text, m) for m in figures) and len(set(kinds)) == len(kinds):
        return []  # no partitive, and no two figures of one kind: nothing to weigh
    sentences = sorted({m.sentence for m in figures})
    spans = [analysis.sentences[s] for s in sentences]
    analysis.parse_ahead(spans)
    found: list[Frame] = []
    for s, span in zip(sentences, spans, strict=True):
        doc, offset = analysis.parsed_tokens(span)
        for m in figures:
            if m.sentence != s:
                continue
            tokens = figure_tokens(doc, offset, m.quantity)
            frame = _read(m, tokens) if tokens else None
            if frame is not None:
                before = found[-1] if found else None
                if before is not None and (
                    _coordinated(frame, before)
                    or (
                        _listed_after(frame, before)
                        and not analysis.time_expressions_in(before.measurement.end, m.start)
                    )
                ):
                    found[-1], frame = _share_partitive(before, frame)
                found.append(_gapped(frame, before))
    return found


def _coordinated(frame: Frame, before: Frame | None) -> bool:
    """'Of the 1,250 learners tested, 640 passed and 690 failed': a figure without a partitive
    that is the subject of a verb coordinated with that of a part just before it, whose
    partitive opens the sentence, is a part of the same whole."""
    return (
        before is not None
        and not frame.partitive
        and before.partitive
        and before.fronted is not None
        and frame.conj_of is not None
        and frame.conj_of == before.clause
        and before.measurement.sentence == frame.measurement.sentence
    )


def _listed_after(frame: Frame, before: Frame | None) -> bool:
    """'1,850 of the stations were declared most sensitive and 3,900 sensitive': a figure with
    no noun and no partitive of its own, in the clause of a part whose partitive is on the
    figure itself, is the next part of that list (unless a time comes between them: "150 of
    the homes last year, and 120 this year")."""
    return (
        before is not None
        and before.partitive
        and before.group is None
        and not before.within
        and not (frame.partitive or frame.within or frame.noun)
        and frame.clause is not None
        and frame.clause == before.clause
        and before.measurement.sentence == frame.measurement.sentence
    )


def _with_partitive_of(frame: Frame, before: Frame, group: int | None) -> Frame:
    """``frame`` naming its whole as ``before`` does ("Of those cases, 52 ... and 31 ...")."""
    return replace(
        frame,
        of_noun=before.of_noun,
        of_verb=before.of_verb,
        anaphor=before.anaphor,
        group=group,
        phrase=before.phrase,
        narrowed=before.narrowed,
    )


def _share_partitive(before: Frame, frame: Frame) -> tuple[Frame, Frame]:
    group = next(g for g in (before.group, before.fronted, before.anchor[0]) if g is not None)
    shared = replace(_with_partitive_of(frame, before, group), demonstrative=before.demonstrative)
    return replace(before, group=group), shared


def _gapped(frame: Frame, before: Frame | None) -> Frame:
    """'Of those cases, 52 were reported from X and 31 from Y': a figure whose verb is left
    out hangs on the verb of the part before it, and shares that part's partitive."""
    if (
        frame.partitive
        or frame.within
        or before is None
        or before.group is None
        or before.measurement.sentence != frame.measurement.sentence
        or frame.clause is None
        or frame.clause != before.clause
    ):
        return frame
    return replace(_with_partitive_of(frame, before, before.group), predicate=before.predicate)


_PARTITIVE_WORD = re.compile(r"\b(?:of|among|amongst|including)\b", re.I)


def _partitive_near(text: str, m: Measurement) -> bool:
    return _PARTITIVE_WORD.search(text, max(0, m.start - 200), m.end + 60) is not None


def parts_past_whole(measurements: Measurements) -> Iterator[Parts]:
    """Parts (one, or one coordination) that no whole the partitive could name can hold."""
    read = frames(measurements)
    if not read:
        return
    wholes = [f for f in read if not f.partitive]  # "4,000 other staff" is a whole too
    groups: dict[tuple[int, int], list[Frame]] = {}
    for f in read:
        if not f.partitive or f.added or f.inside or f.measurement.role == "change":
            continue
        key = (f.measurement.sentence, f.group if f.group is not None else -1 - f.measurement.index)
        groups.setdefault(key, []).append(f)
    for members in groups.values():
        found = _judge(measurements, members, wholes)
        if found is not None:
            yield found
    yield from _included(read)
    yield from _by_doer(read, measurements.analysis.text)


_LABELLED = re.compile(r"[A-Za-z)]\s*:\s*$")
AGENT_REACH = 2  # parts by their doers at most this many paragraphs after the whole


def _by_doer(read: list[Frame], text: str) -> Iterator[Parts]:
    """'2,310 flights had been cancelled' ... 'Southwest accounted for 1,240 of the
    cancellations ... United Airlines cancelled 780 flights and American Airlines 410': counts
    of one event, each said of another named doer, are parts of the count of that event that
    names none, and exclude each other (each flight was cancelled by its own airline)."""
    # "Federation: Spain ... Number of nuns: 245": a table's values are labelled, not told
    read = [
        f
        for f in read
        if not _LABELLED.search(text, max(0, f.measurement.start - 40), f.measurement.start)
    ]
    for whole in read:
        w = whole.measurement
        if whole.partitive or whole.agent is not None or whole.verb is None or not whole.noun:
            continue
        parts: dict[str, Frame] = {}
        for f in read:
            m = f.measurement
            if f.agent is None or m.start <= w.start or m.paragraph - w.paragraph > AGENT_REACH:
                continue
            doer, verb, noun = f.agent
            by_event = verb == whole.verb and noun in (None, whole.noun)
            by_name = f.of_noun is not None and f.of_noun in (
                whole.noun,
                _stem_match(f.of_noun, whole.verb),
            )
            if (by_event or by_name) and not (f.added or f.inside) and _kind(m) == _kind(w):
                parts.setdefault(doer, f)
        found = _doers_past(whole, list(parts.values()), read)
        if found is not None:
            yield found


def _doers_past(whole: Frame, members: list[Frame], read: list[Frame]) -> Parts | None:
    w = whole.measurement
    parts = [f.measurement for f in members]
    if len(parts) < 2 or len({m.quantity.value for m in parts}) != len(parts):
        return None
    at_least = sum(m.value_range().low for m in parts)
    # another count of the event that holds them is another reading
    same = [f for f in read if f.verb == whole.verb and f.noun == whole.noun and f.agent is None]
    if any(f.measurement.value_range().high >= at_least for f in same):
        return None
    if any(f.said & _OVERLAP for f in members) or any(w.scope.conflict(m.scope) for m in parts):
        return None
    if any(f.where - whole.said for f in members):
        return None  # "sold 350 homes across the region": a wider whole than the town's
    doers = ", ".join(f.agent[0].strip() for f in members if f.agent)
    return Parts(
        w,
        sorted(parts, key=lambda m: m.start),
        f"counts of one event ('{whole.verb}') each said of another named doer ({doers}) are "
        f"parts of '{w.text}', said of none",
    )


def _included(read: list[Frame]) -> Iterator[Parts]:
    """'destroyed 40 homes, including 52 holiday cottages', 'At least 40 were killed,
    including 30 children and 25 women': what "including" lists is part of the figure the
    word hangs on (its noun or its verb), and the parts it lists exclude each other."""
    listed: dict[tuple[int, int, int], list[Frame]] = {}
    for f in read:
        if f.including is not None and not f.added and f.measurement.role != "change":
            listed.setdefault((f.measurement.sentence, *f.including), []).append(f)
    for (sentence, noun, verb), members in listed.items():
        wholes = [
            w
            for w in read
            if w.measurement.sentence == sentence
            and w.including is None
            and (noun in w.anchor or verb == w.anchor[1])
            and w.measurement.end <= members[0].measurement.start
            and _kind(w.measurement) == _kind(members[0].measurement)
        ]
        if len(wholes) != 1 or len({_kind(f.measurement) for f in members}) != 1:
            continue
        whole = wholes[0].measurement
        parts = [f.measurement for f in members]
        if members[0].said & _OVERLAP or len({m.quantity.value for m in parts}) != len(parts):
            continue
        if (len(members) > 1 and any(f.noun is None for f in members)) or any(
            whole.scope.conflict(m.scope) for m in parts
        ):
            continue  # "900 in Yorkshire and 700 in Leeds" may nest; another time
        if sum(m.value_range().low for m in parts) <= whole.value_range().high:
            continue
        yield Parts(whole, parts, f"'including' lists parts of '{whole.text}'")


def _judge(measurements: Measurements, members: list[Frame], wholes: list[Frame]) -> Parts | None:
    first = members[0]
    kinds = {_kind(f.measurement) for f in members}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    # the members of one coordination must share one partitive reading
    if len({(f.of_noun, f.of_verb, f.anaphor) for f in members}) != 1:
        return None
    if len({f.measurement.quantity.value for f in members}) != len(members):
        return None  # one figure twice: no sum
    if len(members) > 1 and not _side_by_side(members):
        return None
    if first.of_noun and any(f.noun and f.noun != first.of_noun for f in members):
        return None  # "Of the 340 roads surveyed, 410 potholes ...": another thing counted
    candidates, others, how = _candidates(measurements, first, wholes, kind)
    if not candidates:
        return None
    parts = [f.measurement for f in members]
    at_least = sum(m.value_range().low for m in parts)
    # another reading: any whole the phrase could name that holds the parts
    if any(c.measurement.value_range().high >= at_least for c in (*candidates, *others)):
        return None
    chosen = max(candidates, key=lambda c: c.measurement.value_range().high)
    whole = chosen.measurement
    if first.narrowed - chosen.said:
        return None  # "410 of the bridges in the county": a wider set than the one counted
    if any(whole.scope.conflict(m.scope) for m in parts) or any(
        a.scope.conflict(b.scope) for a, b in itertools.combinations(parts, 2)
    ):
        return None  # another time: "last year", "in 2019"; parts of two times may overlap
    if any(whole.start >= m.start and not _names(chosen, m) for m in parts):
        return None
    return Parts(whole, parts, how(whole))


def _side_by_side(members: list[Frame]) -> bool:
    """Parts of one partitive that exclude each other: one statement of each ("290 detached
    and 180 terraced houses were among those flooded", "52 were reported from X and 31 from
    Y"). Two kinds of statement ("were travelling for business", "were women") or two labels
    ("were females", "were adults") may be two questions of one whole, unless the labels are
    opposites ("were boys", "were girls"); "both", "also" say the parts overlap."""
    predicates = {f.predicate for f in members}
    if members[0].said & _OVERLAP:
        return False
    labels = [f.label for f in members if f.label]
    if len(labels) == len(members) and all(
        opposite_words(a, b) for a, b in itertools.combinations(labels, 2)
    ):
        return True  # "1,300 are boys and 1,200 are girls": labels of opposite kind
    if len(predicates) > 1 and not _opposed(members):
        return False
    return all(p[-1:] not in (("attr",), ("acomp",)) for p in predicates)


def _opposed(members: list[Frame]) -> bool:
    """Parts said by opposite verbs with nothing else different ("190 passed and 150 failed",
    "1,200 rose and 900 fell"), or by one verb and its negation ("did not pass"): no member
    can be in both. Objects must agree: "passed maths" and "failed English" are two
    questions."""
    first = members[0]
    if any(f.predicate[1:] != first.predicate[1:] or f.objects != first.objects for f in members):
        return False
    verbs = [(f.predicate[0], f.negated) for f in members if f.predicate]
    if len(verbs) != len(members):
        return False
    return all(
        (a == b and na != nb) or (na == nb is False and opposite(a, b))
        for (a, na), (b, nb) in itertools.combinations(verbs, 2)
    )


def _candidates(measurements: Measurements, part: Frame, wholes: list[Frame], kind):  # type: ignore[no-untyped-def]
    """The wholes the part's partitive may name, and how it names them."""
    m = part.measurement
    before = [
        w
        for w in wholes
        if (w.measurement.start < m.start or _names(w, m)) and _kind(w.measurement) == kind
    ]
    # every figure of the kind in reach, named or not: "almost £68m in reported donations
    # ..., with nearly £12m of them" points back to £68m, not to "a £10,000 cap"
    near = [w for w in before if m.paragraph - w.measurement.paragraph <= PRONOUN_REACH]
    if part.anaphor and _nearer_other_kind(measurements, m, kind):
        near = []  # "his 26-year career, 20 of which ...": the pronoun's figure is the years
    if part.anaphor:
        return (
            near,
            [],
            lambda w: (
                f"'{part.phrase}' ('{m.text}') points back to '{w.text}' (no figure before "
                f"it, a paragraph back at most, could hold it)"
            ),
        )
    named: list[Frame] = []
    for w in before:
        # a noun names the whole by its noun ("of the shops surveyed": not "9,000 leaders
        # surveyed"); "those killed" by its verb
        if part.of_noun:
            if part.of_noun in (w.noun, _stem_match(part.of_noun, w.verb)):
                named.append(w)
        elif part.of_verb and _one_event(part.of_verb, w.verb):
            named.append(w)
    if part.of_noun and not named:
        named = _named_generally(part, before) or _named_by_verb(part, before)
    how = "the same noun, or the verb it is made from" if part.of_noun else "the same event verb"
    # "In almost 14,000 of those cases" also points back: to "31,000 pupils" just before it as
    # much as to "776 cases" a paragraph earlier
    return (
        named,
        near if part.demonstrative else [],
        lambda w: f"'{part.phrase}' names '{w.text}' ({how}; no other such whole could hold it)",
    )


def _nearer_other_kind(measurements: Measurements, m: Measurement, kind) -> bool:  # type: ignore[no-untyped-def]
    """The figure just before the part, in its sentence, is of another kind: "of which"
    points back to it, not past it to a figure of the part's kind."""
    said = [x for x in measurements if x.sentence == m.sentence and x.end <= m.start]
    return bool(said) and _kind(said[-1]) != kind


def _one_event(verb: str, other: str | None) -> bool:
    """'among those killed' names '64 people died' too: one verb, or one class of the
    lexicon's event verbs."""
    return other is not None and VERB_CLASS.get(verb, verb) == VERB_CLASS.get(other, other)


def _named_generally(part: Frame, before: list[Frame]) -> list[Frame]:
    """'260 of the animals' after 'a herd of 220 cows': a general word names the whole of the
    one thing of its kind the article counted. When it covers figures of two things (cows and
    sheep), it may name their sum; a phrase of the part's clause that its whole's sentence
    does not say ("across the county") may name a wider set: no whole."""
    covered = [w for w in before if covers(part.of_noun, w.noun)]
    if len({w.noun for w in covered}) != 1 or any(part.where - w.said for w in covered):
        return []
    return covered


def _named_by_verb(part: Frame, before: list[Frame]) -> list[Frame]:
    """'Of the deaths recorded' after '160 carcasses ... recorded': a noun the article never
    counted, said with the verb of its count, names the count of that verb. Only when the
    figures of that verb count one thing (not '160 burglaries and 400 thefts recorded', whose
    sum the phrase may name); the phrase's own words are weighed as any partitive's ("of the
    deaths recorded across the region" names a wider set)."""
    if part.of_verb is None:
        return []
    counted = [w for w in before if w.noun and _one_event(part.of_verb, w.verb)]
    return counted if len({w.noun for w in counted}) == 1 else []


def _names(whole: Frame, part: Measurement) -> bool:
    """'1,020 out of the 900 pupils': the whole inside the part's own phrase, after it."""
    w = whole.measurement
    return whole.within and w.sentence == part.sentence and 0 < w.start - part.end < 40


def _stem_match(noun: str, verb: str | None) -> str | None:
    """'notification' and 'notify', 'applicant' and 'apply': the noun is made from the verb
    (they share all of the verb but its last two letters, and at least ``STEM`` letters)."""
    if not verb or len(noun) <= len(verb):
        return None
    shared = next(
        (i for i, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b), len(verb)
    )
    return noun if shared >= max(STEM, len(verb) - 2) else None
