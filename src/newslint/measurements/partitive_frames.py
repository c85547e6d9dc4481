"""Each figure's part frame read from the parse, for ``partitives``: its kind (a count of a
noun class, or money in one currency), the "of"/"among" phrase that names its whole, its doer,
place, predicate and the coordination it stands in. ``partitives`` links and judges the frames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import INSIDE_WORDS
from newslint.measurements.model import Measurement
from newslint.measurements.phrase_words import across_lines
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
OVERLAP = {"both", "also", "overlap", "overlapping", "either"}
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


def measure_kind(m: Measurement) -> tuple[str, str] | None:
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
    if noun is not None and across_lines(tokens[-1], head):
        noun = _line_noun(m)
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


def _line_noun(m: Measurement) -> str | None:
    """A table line's noun is its own label's ("Attempted murder: 6,512" counts murders
    of a kind), read with the figure (``read_fact_line``); a figure ending a line of prose
    has none the next line can give it."""
    r = m.reading
    return _noun_class(r.noun) if r is not None and r.bare and r.noun else None


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
    if any(a.pos_ in ("VERB", "AUX") for a in _between(root, word)):
        return None  # "including that of their leader, who lost by 38 votes": a clause's figure
    years = {t.text for t in root.sent if t.text.isdigit() and len(t.text) == 4}
    if len(years) > 1:
        return None  # "30 games in 2023, 45 in 2024"
    # what it hangs on: a noun of the whole or the verb of the whole's clause ("40 people died
    # in the crash, including ...")
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return word.head.i, verb.i if verb is not None else -1


def _between(token: Token, ancestor: Token) -> list[Token]:
    """The tokens on the way up from ``token`` to ``ancestor``, neither included."""
    way = []
    for a in token.ancestors:
        if a.i == ancestor.i:
            break
        way.append(a)
    return way


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


_PARTITIVE_WORD = re.compile(r"\b(?:of|among|amongst|including)\b", re.I)


def _partitive_near(text: str, m: Measurement) -> bool:
    return _PARTITIVE_WORD.search(text, max(0, m.start - 200), m.end + 60) is not None


def frames(measurements: Measurements) -> list[Frame]:
    """The frames of the article's counts and amounts, read from the parse of their sentences
    (only when some figure has a partitive phrase near it)."""
    analysis = measurements.analysis
    text = analysis.text
    figures = [m for m in measurements if measure_kind(m) is not None]
    kinds = [measure_kind(m) for m in figures]
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
