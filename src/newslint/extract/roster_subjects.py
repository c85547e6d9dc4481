"""Names listed as what a definite subject is, for a count told sentences or paragraphs before
(NUM007, round 10): "Five men have been charged ... The men charged with conspiracy to steal are
A, 31, of X; B, 24, of Y; ...", "Harrowby made four deadline-day signings. The arrivals are
striker A, who ..., winger B ... and goalkeeper C".

``rosters.py`` reads "the five accused are ..." and "The <noun>s are ..." a sentence or two after
its count. Here the subject is read from the parse, whatever follows its noun (a participle, a
relative clause, a preposition), and the count it names back may be paragraphs away. The list
is taken as all of the count only when

- the subject is the sentence's own, opened by "The", "These" or "Those", and its verb is "are"
  or "were" with the names as its complement;
- the subject's noun is the count's noun (or one word of a closed class for people who join a
  side: signings, arrivals, recruits, newcomers), and no other count of that noun comes between;
- the count shares the verb the subject carries ("the men charged" and "Five men have been
  charged"), so the subject is the same set of people, not some of them ("The men charged are
  ..." after "Five men were arrested"); a subject that carries no verb names a count at most
  two sentences back;
- nothing says the names are some of them ("Among", "the other", "the main"), and neither
  the rest of the sentence nor the next tells of more ("Three others face ...", "Two more
  deals are expected").

A line that opens on a label naming the count's noun ("Squad: A (capt), B (vice-capt), C, ...",
after "a 15-member squad") lists all of it the same way: the label is the noun alone, the
count the last one of that noun before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.change_words import same_words
from newslint.extract.list_complete import partial, stem

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.analysis import Analysis
    from newslint.extract.totals import Breakdown
    from newslint.report.model import Quantity

# opens a sentence on a definite plural and later says what it is: the sentences worth a parse
_OPENING = re.compile(
    r"\s*(?:The|These|Those)\s+[a-z][^.;:!?]{0,80}?\s(?:are|were)\s+(?=[A-Z]|[a-z]+\s+[A-Z])"
)
# people who join a side, one set under several names
_JOINERS = frozenset({"signing", "arrival", "recruit", "newcomer", "addition"})
_SOME_OF_THEM = re.compile(
    r"\b(?:other|remaining|main|key|top|first|last|latest|worst|best|most|some|several|two|three)\b",
    re.I,
)


def subject_rosters(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    from newslint.extract.clauses import Sentences
    from newslint.extract.rosters import listed_names, named_breakdown

    text = analysis.text
    found = []
    for sentence in analysis.sentences:
        if not _OPENING.match(text, sentence.start, sentence.end):
            continue
        parsed = Sentences(analysis, [sentence.start]).doc(sentence.start)
        if parsed is None:
            continue
        doc, base = parsed
        subject = _definite_subject(doc)
        if subject is None:
            continue
        lead = text[sentence.start : base + subject.idx]
        if partial(lead) or _SOME_OF_THEM.search(lead):
            continue
        verb = subject.head
        start = base + doc[verb.i + 1].idx if verb.i + 1 < len(doc) else sentence.end
        count = _count_named_back(analysis, counts, subject, sentence.start)
        if count is None:
            continue
        items = listed_names(analysis, start)
        if items is not None and not more_told(analysis, items[-1][1]):
            cue = f"'{text[sentence.start : base + verb.idx + len(verb.text)].strip()}' then names"
            found.append(named_breakdown(count, items, cue))
    return found


# "Squad: ...", "Shortlist: ...", "Line-up: ...": a paragraph that opens on one noun and a colon
_LABEL = re.compile(r"(?P<noun>[A-Z][a-z-]{2,20}):\s+(?=[A-Z])")


def labelled_rosters(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    """A paragraph of names under a one-noun label ("Squad: ..."), against the last count of
    that noun before it ("a 15-member squad")."""
    from newslint.extract.rosters import listed_names, named_breakdown

    text = analysis.text
    found = []
    for paragraph in analysis.paragraphs:
        label = _LABEL.match(text, paragraph.start, paragraph.end)
        if label is None:
            continue
        noun = stem(label.group("noun").lower())
        before = [q for q in counts if q.end <= paragraph.start and noun in _counts_noun(text, q)]
        if not before:
            continue
        items = listed_names(analysis, label.end())
        k = analysis.paragraph_index(paragraph)
        following = analysis.paragraphs[k + 1] if k + 1 < len(analysis.paragraphs) else None
        if following is not None and _LABEL.match(text, following.start, following.end):
            continue  # "Squad: ..." then "Standby: ...": the squad may run over several labels
        if items is not None and not more_told(analysis, items[-1][1]):
            found.append(
                named_breakdown(before[-1], items, f"'{label.group(0).strip()}' then names")
            )
    return found


# "Three others face conspiracy charges", "Two more deals are expected": more of the count
_MORE = re.compile(r"\b(?:others?|another|more|remaining|rest|further|also)\b", re.I)


def more_told(analysis: Analysis, end: int) -> bool:
    """Does the rest of the list's sentence, or the next, tell of more than the names?"""
    sentence = analysis.sentence_at(max(0, end - 1))
    if sentence is None:
        return False
    following = analysis.sentence_after(sentence)
    stop = following.end if following is not None else sentence.end
    return bool(_MORE.search(analysis.text, end, stop))


def _definite_subject(doc) -> Token | None:  # type: ignore[no-untyped-def]
    """The plural noun opening the sentence as the subject of "are"/"were", with "the",
    "these" or "those" and a proper name as the complement."""
    first = doc[0] if len(doc) else None
    if first is None or first.lower_ not in ("the", "these", "those") or first.dep_ != "det":
        return None
    noun = first.head
    verb = noun.head
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("men", "women", "people", "children")
    if noun.dep_ != "nsubj" or not plural:
        return None
    if verb.dep_ != "ROOT" or verb.lemma_ != "be" or verb.lower_ not in ("are", "were"):
        return None
    complement = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    if not complement or complement[0].pos_ != "PROPN":
        return None
    return noun


def _count_named_back(
    analysis: Analysis, counts: list[Quantity], subject: Token, at: int
) -> Quantity | None:
    """The last count of the subject's noun before ``at``, within three paragraphs; one more
    than two sentences back must share the verb the subject carries."""
    text = analysis.text
    noun = stem(subject.lower_)
    nouns = _JOINERS if noun in _JOINERS else {noun}
    here = analysis.paragraph_at(at)
    sentence = analysis.sentence_at(at)
    if here is None or sentence is None:
        return None
    k = analysis.paragraph_index(here)
    start = analysis.paragraphs[max(0, k - 3)].start
    before = [q for q in counts if start <= q.start < at and _counts_noun(text, q) & nouns]
    if not before:
        return None
    count = before[-1]
    apart = analysis.sentence_index(sentence) - analysis.sentence_index(
        analysis.sentence_at(count.start) or sentence
    )
    carried = [t for t in subject.children if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"]
    if not carried:
        return count if apart <= 2 else None
    # ("Five men were arrested. The men charged are A, B and C": some of them, charged)
    told = analysis.sentence_at(count.start)
    words = set(re.findall(r"[a-z]+", text[told.start : told.end].lower())) if told else set()
    return count if same_words({carried[0].lower_}, words) else None


def _counts_noun(text: str, q: Quantity) -> set[str]:
    """The stems of the noun a count counts ("four deadline-day signings": "signing")."""
    m = re.match(r"(?:-[a-z]+)?(?:\s+[a-z][\w-]*){1,3}", text[q.end : q.end + 40])
    words = (m.group(0) if m else "").replace("-", " ").split()
    return {stem(w) for w in words} | ({stem(q.counted)} if q.counted else set())
