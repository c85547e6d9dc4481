"""NUM004's vague half: one part of one whole called a majority in one place and a minority in
another ("Most of the patients were children" ... "children were a minority of the patients").

Read from the parse of just the sentences that use a share word. Precision first: the part and
the whole must be the same nouns with the same modifiers, in the same tense, with no negation,
no modal and no time words that could put the two statements at different times."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.analysis import Analysis
from newslint.extract.lexicon import DOCUMENT_NOUNS
from newslint.extract.quantities import counted_lemma
from newslint.report.model import Span
from newslint.rules.registry import Flag

if TYPE_CHECKING:
    from spacy.tokens import Token

_CUE = re.compile(r"\b(?:majority|minority|most|bulk|share|proportion|fraction)\b", re.I)
# an article needs a word of each side before any sentence is parsed
_MAJOR = re.compile(r"\b(?:majority|most|bulk)\b", re.I)
_MINOR = re.compile(r"\b(?:minority|(?:small|tiny)\s+(?:share|proportion|fraction))\b", re.I)
# words that could put the two statements at different times, or make one of them not a fact
_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|(?:last|this|next|past|previous|coming)\s+\w+|now|today|currently|"
    r"once|formerly|previously|used to|no longer|any longer|until|since|ago|before|after|"
    r"earlier|later|then|at the time|by the end|at first|initially|originally|eventually|"
    r"soon|still|yet|become|became|becoming|grow|grew|shrink|shrank|fall|fell|rise|rose|"
    r"by the \w+|in the \w+|during|spring|summer|autumn|winter|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|week|month|year|decade|century|era|term|season)\b",
    re.I,
)
_HEDGE = re.compile(r"\b(?:if|unless|whether|not|never|no|nor|neither|n't|rather than)\b", re.I)
# the verbs that say "the part is this share of the whole", by the relation they state
_RELATIONS = {
    "be": {"composition"},
    "make": {"composition"},
    "form": {"composition"},
    "represent": {"composition"},
    "constitute": {"composition"},
    "comprise": {"composition"},
    "account": {"composition"},
    "come": {"composition", "provision"},
    "provide": {"provision"},
    "contribute": {"provision"},
    "supply": {"provision"},
    "give": {"provision"},
    "pay": {"provision"},
    "fund": {"provision"},
    "donate": {"provision"},
    "win": {"win"},
    "hold": {"hold"},
    "own": {"hold"},
}
_SHARE_MODIFIERS = {"vast", "overwhelming", "large", "huge", "slim", "narrow", "clear", "small",
                    "tiny", "simple", "bare", "solid", "comfortable", "big", "significant",
                    "sizeable", "sizable", "only", "just", "a", "an", "the", "mere", "great"}  # fmt: skip


@dataclass(frozen=True)
class _Claim:
    start: int
    end: int
    text: str
    majority: bool
    part: str
    part_text: str
    part_mods: frozenset[str]
    whole: str
    whole_text: str
    whole_mods: frozenset[str]
    relations: frozenset[str]
    tense: str | None
    times: frozenset[str]
    speaker: str | None


def majority_minority_flags(analysis: Analysis) -> Iterator[Flag]:
    text = analysis.text
    if not (_MAJOR.search(text) and _MINOR.search(text)):
        return
    claims = [c for s in analysis.sentences if _CUE.search(text[s.start : s.end])
              for c in _claims(analysis, s)]  # fmt: skip
    for a, b in _candidate_pairs(claims):
        if a.majority == b.majority or not _same(a, b):
            continue
        major, minor = (a, b) if a.majority else (b, a)
        yield Flag(
            start=b.start,
            end=b.end,
            message=f"'{b.text}' of the {b.whole_text} contradicts '{a.text}' earlier:"
            f" {b.part_text.lower()} cannot be both a majority and a minority of the same"
            f" {b.whole_text}",
            related=((a.start, a.end),),
            evidence={
                "majority": major.text,
                "majority_share": ">50%",
                "minority": minor.text,
                "minority_share": "<50%",
                "part": b.part,
                "whole": b.whole,
                "working": [
                    f"'{major.text}' puts {major.part_text.lower()} at more than 50% of the "
                    f"{major.whole_text}",
                    f"'{minor.text}' puts {minor.part_text.lower()} at less than 50% of the "
                    f"{minor.whole_text}",
                    "the same part of the same whole, with the same modifiers, tense, time "
                    "words and voice: both cannot be true",
                ],
            },
        )


# a claim is compared with at most this many earlier claims about the same part and whole
MAX_EARLIER = 50


def _candidate_pairs(claims: list[_Claim]) -> Iterator[tuple[_Claim, _Claim]]:
    """Pairs (earlier, later) that could be ``_same``: only claims about one part of one whole
    are compared, not every pair of the article's claims."""
    groups: dict[tuple[str, str, frozenset[str], frozenset[str]], list[int]] = {}
    pairs: list[tuple[int, int]] = []
    for n, c in enumerate(claims):
        earlier = groups.setdefault((c.part, c.whole, c.part_mods, c.whole_mods), [])
        pairs += [(m, n) for m in earlier[-MAX_EARLIER:]]
        earlier.append(n)
    for m, n in sorted(pairs):
        yield claims[m], claims[n]


def _same(a: _Claim, b: _Claim) -> bool:
    return (
        a.part == b.part
        and a.whole == b.whole
        and a.part_mods == b.part_mods
        and a.whole_mods == b.whole_mods
        and bool(a.relations & b.relations)
        and a.tense == b.tense
        and a.times == b.times
        and a.speaker == b.speaker
    )


def _claims(analysis: Analysis, sentence: Span) -> Iterator[_Claim]:
    doc = analysis.parsed(sentence)
    body = analysis.text[sentence.start : sentence.end]
    if _HEDGE.search(body):
        return
    times = frozenset(m.group(0).lower() for m in _TIME.finditer(body))
    offset = sentence.start
    for token in doc:
        found = _share(token)
        if found is None:
            continue
        majority, whole, head = found
        claim = _relation(head)
        if claim is None:
            continue
        verb, part, relations = claim
        if any(c.tag_ == "MD" for c in verb.children):
            continue  # "could become", "will be": not a fact yet
        # the phrase as printed: its determiner and modifiers ("the vast majority", "Most")
        left = min([token.i] + [c.i for c in token.lefts if c.lower_ in _SHARE_MODIFIERS])
        start = offset + doc[left].idx
        end = offset + token.idx + len(token.text)
        yield _Claim(
            start=start,
            end=end,
            text=analysis.text[start:end],
            majority=majority,
            part=_noun_lemma(part),
            part_text=part.text,
            part_mods=_mods(part, skip={token.i, whole.i}),
            whole=_noun_lemma(whole),
            whole_text=whole.text,
            whole_mods=_mods(head, skip={token.i, whole.i, part.i}) | _mods(whole, skip={token.i}),
            relations=frozenset(relations),
            tense=_tense(verb),
            times=times,
            speaker=_speaker(analysis, start),
        )


def _share(token: Token) -> tuple[bool, Token, Token] | None:
    """(is it a majority, the whole noun, the head of the share phrase) or None."""
    lemma = token.lower_
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if lemma in ("majority", "minority", "bulk", "share", "proportion", "fraction"):
        if whole is None or whole.pos_ not in ("NOUN", "PROPN"):
            return None
        if lemma == "bulk" and not any(c.lower_ == "the" for c in token.lefts):
            return None
        if lemma in ("share", "proportion", "fraction"):
            if not any(c.lower_ in ("small", "tiny") for c in token.lefts):
                return None
            return False, whole, token
        return lemma != "minority", whole, token
    if lemma == "most" and token.i > 0 and token.nbor(-1).lower_ in ("at", "the"):
        return None
    if lemma == "most" and whole is not None and whole.pos_ in ("NOUN", "PROPN"):
        return True, whole, token
    if lemma == "most" and token.dep_ in ("amod", "det") and token.head.tag_ == "NNS":
        return True, token.head, token.head
    return None


def _relation(head: Token) -> tuple[Token, Token, set[str]] | None:
    """(verb, part noun, relations) for "X were <share>", "<share> were X", "<share> came from X"."""
    verb = head.head
    dep = head.dep_
    if dep == "pobj" and verb.lower_ == "for" and verb.head.lemma_ == "account":
        verb, dep = verb.head, "dobj"
    relations = _RELATIONS.get(verb.lemma_.lower())
    if relations is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if dep in ("attr", "dobj"):
        part = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif dep == "nsubj":
        part = next((c for c in verb.children if c.dep_ in ("attr",)), None)
        if part is None:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            part = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    elif dep == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        part = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    else:
        return None
    if part is None or part.pos_ not in ("NOUN", "PROPN") or part.tag_ == "PRP":
        return None
    return verb, part, relations


def _mods(noun: Token, skip: set[int]) -> frozenset[str]:
    """Content words qualifying a noun ("male", "treated", "in the town"), not determiners or
    numbers: two groups that differ in them are two groups."""
    kept = set()
    for t in noun.subtree:
        if t.i == noun.i or t.i in skip or t.lower_ in _SHARE_MODIFIERS:
            continue
        if any(a.i in skip and a.i != noun.i for a in t.ancestors if a.i != noun.i and
               noun in a.ancestors):  # fmt: skip
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or t.dep_ == "poss":
            kept.add(t.lemma_.lower())
    return frozenset(kept)


def _tense(verb: Token) -> str | None:
    for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]:
        tense = t.morph.get("Tense", [])
        if tense:
            return tense[0]
    return None


def _speaker(analysis: Analysis, offset: int) -> str | None:
    """Who says it: the quote's speaker, or the article's own voice (None)."""
    quote = analysis.quote_at(offset)
    if quote is None:
        return None
    if not quote.direct and quote.speaker is not None and _a_document(quote.speaker.text):
        return None  # "the clinic's records show ...": the article states a document's finding
    return "quote:" + (quote.speaker.text.lower() if quote.speaker else str(quote.start))


def _a_document(speaker: str) -> bool:
    words = speaker.lower().split()
    return bool(words) and words[-1] in DOCUMENT_NOUNS


def _noun_lemma(token: Token) -> str:
    """A noun's dictionary form, also where a sentence-initial capital made the tagger read a
    plural as a proper noun ("Pensioners were ..." -> NNPS, lemma unchanged)."""
    if token.tag_ == "NNPS" or (token.lemma_ == token.text and token.lower_.endswith("s")):
        return counted_lemma(token.lower_)
    return token.lemma_.lower()
