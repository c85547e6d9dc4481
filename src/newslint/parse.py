"""Selective parsing: the spaCy pipeline only on the sentences a check can use.

The spaCy pipeline (tok2vec, tagger, parser, NER) is what a check costs, and quotes, cues and
speakers sit in only some of an article's sentences. So the text is split into sentences by
punctuation (``extract/sentences.py``); a sentence goes through the pipeline only when a
consumer could read something from its parse (a quotation mark, a form of a reporting verb,
"that/whether/if", "according to", a claim noun with an owner, a stance adjective, a "Name:"
line), and the others are only tokenised. On the parsed sentences NER runs on windows around
proper nouns and capitalised words (entity types only matter on names). The pieces are joined
back into one Doc over the whole text, with the same characters and offsets as the text and a
sentence boundary at every split.

Consumers ask ``is_parsed(token)`` (or ``Analysis.is_parsed``) before trusting a token's tags;
an unparsed token has no tag, POS, lemma, dependency or entity. ``parse = "full"`` in the config
parses everything, for users who want every sentence's annotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from newslint.config import PARSE_MODES
from newslint.extract.sentences import sentence_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# sentences per nlp.pipe batch: spaCy's default (1000 texts) holds too much at once
PIPE_BATCH = 64
# articles whose sentences share one nlp.pipe call in a batch run
ARTICLES_PER_PIPE = 16

# quotation marks of every kind; a single quote only where it opens or closes a phrase
_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?<!\w)[‘'](?=\w)|(?<=[\w.,!?])[’'](?!\w)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
# a claim noun's owner: "Trump's claim", "the ministers' warning"
_POSSESSIVE = re.compile(r"\w['’]s?\b")
# a transcript or headline attribution line: "Smith: we will win" (see quotes._colon_cue)
_COLON_LINE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s+\S")
# a clause the parser can make a cue of with any verb: "they realised that ..."
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})


# -- which sentences to parse -------------------------------------------------------------


def needs_parse(sentence: str, *, line_start: bool = False) -> bool:
    """Could a consumer of the parse (quotes, cues, speakers) find anything in ``sentence``?

    ``line_start``: the sentence starts a paragraph (where a "Name:" line counts as a cue).
    """
    if _QUOTE_MARK.search(sentence) or _ACCORDING.search(sentence):
        return True
    if line_start and _COLON_LINE.match(sentence):
        return True
    words = {w.lower() for w in _WORD.findall(sentence)}
    lex = _lexicon()
    if words & lex.verbs or words & lex.clause_marks or words & lex.adjectives:
        return True
    return bool(words & lex.claim_nouns) and _POSSESSIVE.search(sentence) is not None


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str]  # every written form of the verb lemmas
    adjectives: frozenset[str]
    claim_nouns: frozenset[str]
    clause_marks: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    """The quote extractor's cue words and their written forms (its lexicons are the source)."""
    from newslint.extract import lexicon as s

    lemmas = (
        set(s.COMMUNICATION_VERBS)
        | set(s.TAG_VERBS)
        | set(s.OBJECT_CLAIM_VERBS)
        | set(s.INFINITIVE_CLAIM_VERBS)
    ) - set(s.NOT_CUES)
    return _Lexicon(
        verbs=frozenset(form for lemma in lemmas for form in verb_forms(lemma)),
        adjectives=frozenset(s.STANCE_ADJECTIVES),
        claim_nouns=frozenset(form for noun in s.CLAIM_NOUNS for form in noun_forms(noun)),
        clause_marks=_CLAUSE_MARKS,
    )


# Irregular forms of the verbs in the lexicons (past, past participle, third person).
_IRREGULAR = {
    "say": ("said", "says"),
    "tell": ("told",),
    "think": ("thought",),
    "find": ("found",),
    "write": ("wrote", "written"),
    "see": ("saw", "seen"),
    "hear": ("heard",),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "understand": ("understood",),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "choose": ("chose", "chosen"),
    "lay": ("laid",),
    "learn": ("learnt",),
    "spell": ("spelt",),
    "forbid": ("forbade", "forbidden"),
    "seek": ("sought",),
    "bring": ("brought",),
    "teach": ("taught",),
    "deal": ("dealt",),
    "mean": ("meant",),
    "hold": ("held",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "show": ("shown",),
    "prove": ("proven",),
    "forecast": ("forecast",),
    "broadcast": ("broadcast",),
    "bid": ("bade",),
    "dream": ("dreamt",),
    "beg": ("begged",),
}


def verb_forms(lemma: str) -> set[str]:
    """The base, -s, -ed and -ing forms of a verb, regular and irregular (over-generating is
    harmless: a form that is not English never occurs)."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    stem = lemma
    if re.search(r"(?:s|x|z|ch|sh|o)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms |= {lemma + "d", stem + "ing", lemma + "ing"}
        if lemma.endswith("ie"):
            forms.add(lemma[:-2] + "ying")
    elif re.search(r"[^aeiou]y$", lemma):
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        # a final consonant after one vowel may double: admitted, planned, referred
        if re.search(r"[^aeiou][aeiou][bdgklmnprtvz]$", lemma):
            last = lemma[-1]
            forms |= {lemma + last + "ed", lemma + last + "ing"}
    if lemma.endswith("c"):
        forms |= {lemma + "ked", lemma + "king"}
    return forms


def noun_forms(noun: str) -> set[str]:
    forms = {noun}
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        forms.add(noun + "es")
    elif re.search(r"[^aeiou]y$", noun):
        forms.add(noun[:-1] + "ies")
    else:
        forms.add(noun + "s")
    return forms


# -- splitting and joining ----------------------------------------------------------------


def sentence_chunks(text: str) -> list[tuple[int, int]]:
    """Sentences that cover ``text`` exactly: each keeps the whitespace after it (the first also
    what comes before it), so the chunks joined are the text."""
    starts = [s.start for s in sentence_spans(text)]
    if not starts:
        return [(0, len(text))] if text else []
    starts[0] = 0
    ends = [*starts[1:], len(text)]
    return list(zip(starts, ends, strict=True))


def _paragraph_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n")


def plan(text: str, mode: str = "selective") -> list[tuple[int, int, bool]]:
    """The chunks of ``text`` with whether each goes through the pipeline."""
    chunks = sentence_chunks(text)
    if mode == "full":
        return [(a, b, True) for a, b in chunks]
    merged: list[tuple[int, int, bool]] = []
    for a, b in chunks:
        wanted = needs_parse(text[a:b], line_start=_paragraph_start(text, a))
        if wanted and merged and merged[-1][2]:
            # neighbours are parsed together: the parser sees the context it would in one Doc
            merged[-1] = (merged[-1][0], b, True)
        else:
            merged.append((a, b, wanted))
    return merged


def parse(nlp: Language, text: str, mode: str = "selective") -> Doc:
    """One Doc over ``text``: parsed where the mode asks, tokenised elsewhere."""
    return next(parse_many(nlp, [text], mode))


def parse_many(
    nlp: Language, texts: Iterable[str], mode: str = "selective", batch_size: int = PIPE_BATCH
) -> Iterator[Doc]:
    """Docs for many texts, in order; the selected sentences of a few articles at a time go
    through ``nlp.pipe`` together (memory stays flat however many texts come)."""
    if mode == "full":
        for doc in nlp.pipe(texts, batch_size=batch_size):
            doc.user_data["newslint_parse"] = "full"
            yield doc
        return
    if mode != "selective":
        raise ValueError(f"parse mode must be one of {', '.join(PARSE_MODES)}, not {mode!r}")
    window: list[str] = []
    for text in texts:
        window.append(text)
        if len(window) >= ARTICLES_PER_PIPE:
            yield from _selective(nlp, window, batch_size)
            window = []
    if window:
        yield from _selective(nlp, window, batch_size)


def _selective(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """Two passes over the sentences ``needs_parse`` picks: the pipeline without NER, then NER
    on windows around the names the tagger found (NER is half of the small pipeline's cost,
    and entity types only matter on names). The small pipeline's NER has its own tok2vec, so it
    reads a window's words alone."""
    plans = [plan(text) for text in texts]
    wanted = [t[a:b] for t, chunks in zip(texts, plans, strict=True) for a, b, p in chunks if p]
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    skip = ["ner"] if ner is not None else []
    docs = list(nlp.pipe(wanted, batch_size=batch_size, disable=skip))
    if ner is not None:
        _tag_names(nlp, ner, docs, batch_size)
    parsed = iter(docs)
    for text, chunks in zip(texts, plans, strict=True):
        pieces = [next(parsed) if p else nlp.make_doc(text[a:b]) for a, b, p in chunks]
        doc = join(nlp, pieces)
        doc.user_data["newslint_parse"] = "selective"
        doc.user_data["newslint_parsed"] = [(a, b) for a, b, p in chunks if p]
        yield doc


def ner_context(nlp: Language) -> int:
    """Words either side of a name that NER reads: its CNN's receptive field (depth x window;
    4 in the small pipeline), so a name's vectors in a window are those it has in the text."""
    try:
        encode = nlp.config["components"]["ner"]["model"]["tok2vec"]["encode"]
        return int(encode["depth"]) * int(encode["window_size"])
    except (KeyError, TypeError, ValueError):
        return 4


def name_windows(doc: Doc, context: int = 4) -> list[tuple[int, int]]:
    """Token ranges around proper nouns and capitalised words, within their sentence, merged."""
    from spacy.attrs import IS_TITLE, IS_UPPER, POS, SENT_START

    rows = doc.to_array([POS, IS_TITLE, IS_UPPER, SENT_START]).tolist()
    propn = doc.vocab.strings["PROPN"]
    windows: list[tuple[int, int]] = []
    starts = [i for i, row in enumerate(rows) if row[3] == 1 or i == 0] + [len(rows)]
    for first, end in pairwise(starts):
        for i in range(first, end):
            pos, title, upper, _ = rows[i]
            if pos == propn or (i != first and (title or upper)):
                a, b = max(first, i - context), min(end, i + context + 1)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
                else:
                    windows.append((a, b))
    return windows


def _tag_names(nlp: Language, ner, docs: list[Doc], batch_size: int) -> None:  # type: ignore[no-untyped-def]

    found: list[tuple[int, int, str]] = []  # (doc index, char offset, window text)
    context = ner_context(nlp)
    for i, doc in enumerate(docs):
        text = doc.text
        for a, b in name_windows(doc, context):
            start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            found.append((i, start, text[start:end]))
    ents: dict[int, list[Span]] = {}
    windows = ner.pipe((nlp.make_doc(w) for _, _, w in found), batch_size=batch_size)
    for (i, offset, _), window in zip(found, windows, strict=True):
        for ent in window.ents:
            span = docs[i].char_span(
                offset + ent.start_char, offset + ent.end_char, label=ent.label_
            )
            if span is not None:
                ents.setdefault(i, []).append(span)
    for i, doc in enumerate(docs):
        doc.set_ents(ents.get(i, []), default="outside")


def join(nlp: Language, pieces: Sequence[Doc]) -> Doc:
    """One Doc from consecutive pieces of a text, each piece a sentence or more.

    Like ``Doc.from_docs(pieces, ensure_whitespace=False)``, without tensors, and keeping a
    sentence start at each piece's first token: spaCy recomputes sentence starts from the heads
    when a Doc holds a parse, which would run an unparsed piece into the sentence before it.
    """
    import numpy
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    if not pieces:
        return nlp.make_doc("")
    attrs = list(Doc._get_array_attrs())  # every attribute a DocBin keeps
    words: list[str] = []
    spaces: list[bool] = []
    arrays = []
    for piece in pieces:
        words.extend(t.text for t in piece)
        spaces.extend(bool(t.whitespace_) for t in piece)
        arrays.append(piece.to_array(attrs))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if not words:
        return doc
    doc.from_array(attrs, numpy.concatenate(arrays))
    starts = doc.to_array([SENT_START])
    not_start = numpy.array(-1).astype(starts.dtype)  # -1 as spaCy stores it (uint64)
    at = 0
    for piece in pieces:
        if len(piece):
            starts[at] = 1
            if not piece.has_annotation("DEP"):
                starts[at + 1 : at + len(piece)] = not_start
        at += len(piece)
    doc.from_array([SENT_START], starts)
    return doc


# -- asking -------------------------------------------------------------------------------


def is_parsed(item: Token | Span) -> bool:
    """Did this token (or every token of this span) go through the pipeline?"""
    if hasattr(item, "tag"):
        return item.tag != 0 or (item.is_space and item.doc.has_annotation("TAG"))  # type: ignore[union-attr]
    return all(t.tag != 0 for t in item if not t.is_space)  # type: ignore[union-attr]
