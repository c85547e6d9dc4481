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
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from newslint.budget import checkpoint
from newslint.config import PARSE_MODES
from newslint.extract.sentences import sentence_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# sentences per nlp.pipe batch: spaCy's default (1000 texts) holds too much at once
PIPE_BATCH = 64
# Bounds that keep a check's cost linear in its article, however long or odd it is:
# - the most characters one piece of text (one Doc) may hold when it goes through spaCy: a
#   longer sentence is cut at whitespace, and parsed neighbours merge only up to this size;
MAX_PIECE = 2_000
# - the most characters one nlp.pipe call holds: spaCy keeps a batch's arrays at once, about
#   3 MB per KB of text, and the time budget is checked between calls;
PIPE_CHARS = 20_000
# - the longest run of characters without whitespace spaCy's tokenizer gets whole: its search
#   for prefixes and suffixes is quadratic in a run's length ("%%%%...", "((((..."), so a
#   longer run is cut into words and runs of one punctuation mark (see ``SafeTokenizer``).
MAX_RUN = 100
# articles whose sentences share one nlp.pipe call in a batch run
ARTICLES_PER_PIPE = 16

# quotation marks of every kind; a single quote only where it opens or closes a phrase
_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?<!\w)[‘'](?=\w)|(?<=[\w.,!?])[’'](?!\w)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
# a claim noun's owner: "Trump's claim", "the ministers' warning"
_POSSESSIVE = re.compile(r"\w['’]s?\b")
# a transcript or headline attribution line: "Smith: we will win" (see cue_forms.colon_cue)
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


# a name of two to four capitalised words: "Thandiwe Mokoena", "Detective Sergeant Aroha Ngata"
_NAME_RUN = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}\b")
# who a later sentence quotes without a name: "she said", "the 29-year-old told", "the runner
# added"
_PERSONAL = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\b|\b[Tt]he\s+[\w-]+\s+(?:said|says|told|tells|added|adds|"
    r"explained|insisted|admitted|warned)\b"
)


def last_places(text: str) -> dict[str, int]:
    """Where each word (a run of word characters) last stands in ``text``."""
    return {m.group(): m.start() for m in re.finditer(r"\w+", text)}


def introduces_speaker(
    text: str,
    chunks: Sequence[tuple[int, int]],
    n: int,
    last: dict[str, int] | None = None,
) -> bool:
    """Does sentence ``n`` name someone a later sentence quotes by surname or pronoun? "Thandiwe
    Mokoena has run the clinic for a decade. [...] Mokoena said" / "She said": the speaker's
    name and gender are read from this sentence's entities, so it is parsed too. ``last`` is
    ``last_places(text)``, made once per plan rather than searching the rest of the text for
    each sentence."""
    a, b = chunks[n]
    runs = _NAME_RUN.findall(text, a, b)
    if not runs:
        return False
    following = chunks[n + 1 : n + 3]
    if following and _PERSONAL.search(text, following[0][0], following[-1][1]):
        return True
    for run in runs:
        surname = run.split()[-1]
        if len(surname) < 3:
            continue
        if last is not None and surname.isalnum():
            later = last.get(surname, -1) >= b
        else:  # "O'Neill", "Smith-Jones": not one run of word characters
            later = re.search(rf"\b{re.escape(surname)}\b", text[b:]) is not None
        if later:
            return True
    return False


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


def _paragraph_starts(text: str, starts: list[int]) -> list[bool]:
    """For each of ``starts`` (ascending): does only space or tab stand between it and the
    start of its line? Each character is looked at once: a blank stretch back to the previous
    start has that start's answer (a run of a million tabs is not scanned once per piece)."""
    found: list[bool] = []
    previous, answer = 0, True
    for start in starts:
        i = start - 1
        while i >= previous and text[i] in " \t":
            i -= 1
        if i >= previous:
            answer = text[i] == "\n"
        found.append(answer)
        previous = start
    return found


def bounded(text: str, start: int, end: int, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``limit`` characters, each cut after the
    last line break in reach, else after the last space, else (a run with no whitespace) at
    the limit itself. Joined, the pieces are the text, so offsets do not move."""
    pieces = []
    while end - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = start + limit if cut < 0 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def plan(text: str, mode: str = "selective") -> list[tuple[int, int, bool]]:
    """The pieces of ``text`` with whether each goes through the pipeline: sentences, a long
    one cut at whitespace, and parsed neighbours in a paragraph merged, each piece at most
    ``MAX_PIECE`` characters."""
    chunks = [p for a, b in sentence_chunks(text) for p in bounded(text, a, b)]
    if mode == "full":
        return [(a, b, True) for a, b in chunks]
    merged: list[tuple[int, int, bool]] = []
    line_starts = _paragraph_starts(text, [a for a, _ in chunks])
    last = last_places(text)
    for n, ((a, b), line_start) in enumerate(zip(chunks, line_starts, strict=True)):
        wanted = needs_parse(text[a:b], line_start=line_start) or introduces_speaker(
            text, chunks, n, last
        )
        if (
            wanted
            and merged
            and merged[-1][2]
            and not line_start
            and b - merged[-1][0] <= MAX_PIECE
        ):
            # neighbours in a paragraph are parsed together: the parser sees the context it
            # would in one Doc. A paragraph ends the run, so that the pieces are what a writer's
            # re-check finds unchanged in the cache (see ``parse``).
            merged[-1] = (merged[-1][0], b, True)
        else:
            merged.append((a, b, wanted))
    return merged


def parse(nlp: Language, text: str, mode: str = "selective") -> Doc:
    """One Doc over ``text``: parsed where the mode asks, tokenised elsewhere.

    The parsed pieces are kept in a small cache by their text (``PieceCache``): a writer's
    re-check of an edited article (the web editor, ``/v2/check``, ``newslint lsp``) parses
    only the paragraphs that changed. A piece's parse depends on its own text alone, so a
    cached piece is the one the pipeline would give again. ``parse_many`` (batch runs, where
    articles rarely share a paragraph) keeps nothing."""
    if mode not in PARSE_MODES:
        raise ValueError(f"parse mode must be one of {', '.join(PARSE_MODES)}, not {mode!r}")
    protect(nlp)
    return next(_parse_window(nlp, [text], mode, PIPE_BATCH, _PIECES))


class PieceCache:
    """Parsed pieces by their text, the least recently used dropped once the pieces kept
    hold more than ``max_chars`` characters.

    A piece is kept serialised with the strings it uses (``Doc.to_bytes``), not as a Doc: a
    check in a spaCy memory zone (the server's workers, batch rows) forgets the strings it
    added when it ends, which would leave a kept Doc pointing at strings that are gone.
    Reading a piece back costs a small share of parsing it."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.chars = 0
        self._pieces: OrderedDict[tuple[int, str, str], bytes] = OrderedDict()

    def get(self, nlp: Language, mode: str, text: str) -> Doc | None:
        from spacy.tokens import Doc

        key = (id(nlp), mode, text)
        data = self._pieces.get(key)
        if data is None:
            return None
        self._pieces.move_to_end(key)
        return Doc(nlp.vocab).from_bytes(data)

    def put(self, nlp: Language, mode: str, text: str, doc: Doc) -> None:
        key = (id(nlp), mode, text)
        if key in self._pieces or len(text) > self.max_chars:
            return
        self._pieces[key] = doc.to_bytes(exclude=["tensor", "user_data"])
        self.chars += len(text)
        while self.chars > self.max_chars:
            (_, _, dropped), _ = self._pieces.popitem(last=False)
            self.chars -= len(dropped)

    def clear(self) -> None:
        self._pieces.clear()
        self.chars = 0

    def __len__(self) -> int:
        return len(self._pieces)


# about 250 600-word articles' parsed paragraphs, at about 31 bytes a character: some 30 MB
PIECE_CACHE_CHARS = 1_000_000
_PIECES = PieceCache(PIECE_CACHE_CHARS)


def clear_piece_cache() -> None:
    """Forget every parsed piece (benchmarks compare a first check with a re-check)."""
    _PIECES.clear()


def parse_many(
    nlp: Language, texts: Iterable[str], mode: str = "selective", batch_size: int = PIPE_BATCH
) -> Iterator[Doc]:
    """Docs for many texts, in order; the selected sentences of a few articles at a time go
    through ``nlp.pipe`` together (memory stays flat however many texts come)."""
    if mode not in PARSE_MODES:
        raise ValueError(f"parse mode must be one of {', '.join(PARSE_MODES)}, not {mode!r}")
    protect(nlp)
    window: list[str] = []
    for text in texts:
        window.append(text)
        if len(window) >= ARTICLES_PER_PIPE:
            yield from _parse_window(nlp, window, mode, batch_size)
            window = []
    if window:
        yield from _parse_window(nlp, window, mode, batch_size)


def _parse_window(
    nlp: Language, texts: list[str], mode: str, batch_size: int, cache: PieceCache | None = None
) -> Iterator[Doc]:
    """Selective: two passes over the sentences ``needs_parse`` picks: the pipeline without
    NER, then NER on windows around the names the tagger found (NER is half of the small
    pipeline's cost, and entity types only matter on names). The small pipeline's NER has its
    own tok2vec, so it reads a window's words alone. Full: every piece, the whole pipeline."""
    plans = [plan(text, mode) for text in texts]
    wanted = [t[a:b] for t, chunks in zip(texts, plans, strict=True) for a, b, p in chunks if p]
    # the pieces are parsed a group at a time as the joining asks for them, and each is copied
    # into its article's Doc as it comes: a long article never has all its pieces in memory
    parsed = _parsed(nlp, wanted, mode, batch_size, cache)
    for text, chunks in zip(texts, plans, strict=True):
        joined = _Joined(nlp)
        for a, b, p in chunks:
            joined.add(next(parsed) if p else nlp.make_doc(text[a:b]))
            checkpoint()
        doc = joined.doc()
        doc.user_data["newslint_parse"] = mode
        doc.user_data["newslint_parsed"] = [(a, b) for a, b, p in chunks if p]
        yield doc


def _parsed(
    nlp: Language, texts: list[str], mode: str, batch_size: int, cache: PieceCache | None
) -> Iterator[Doc]:
    """Each of ``texts`` through the pipeline, in order; what ``cache`` holds is not parsed
    again."""
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    skip = ["ner"] if ner is not None and mode == "selective" else []
    for group in _groups(texts, batch_size):
        known = [cache.get(nlp, mode, t) if cache is not None else None for t in group]
        todo = [t for t, doc in zip(group, known, strict=True) if doc is None]
        docs = list(nlp.pipe(todo, batch_size=max(1, len(todo)), disable=skip)) if todo else []
        if skip and docs:
            _tag_names(nlp, ner, docs, batch_size)
        fresh = iter(docs)
        for text, doc in zip(group, known, strict=True):
            if doc is None:
                doc = next(fresh)
                if cache is not None:
                    cache.put(nlp, mode, text, doc)
            yield doc


def pipe(
    nlp: Language,
    texts: Sequence[str],
    *,
    batch_size: int = PIPE_BATCH,
    disable: Sequence[str] = (),
) -> Iterator[Doc]:
    """``nlp.pipe`` over bounded pieces, at most ``PIPE_CHARS`` characters per call, with the
    time budget checked between calls."""
    for group in _groups(texts, batch_size):
        yield from nlp.pipe(group, batch_size=len(group), disable=list(disable))


def _groups(texts: Sequence[str], batch_size: int) -> Iterator[list[str]]:
    """Consecutive texts, at most ``batch_size`` of them and ``PIPE_CHARS`` characters (or one
    text) a group; the time budget is checked before each."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and (size + len(text) > PIPE_CHARS or len(group) >= batch_size):
            checkpoint()
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        checkpoint()
        yield group


def parse_text(nlp: Language, text: str, *, disable: Sequence[str] = ()) -> Doc:
    """One stretch of text (a sentence, a paragraph) through the pipeline, in bounded pieces."""
    protect(nlp)
    pieces = bounded(text, 0, len(text))
    if len(pieces) == 1:
        checkpoint()
        return nlp(text, disable=list(disable))
    return join(nlp, list(pipe(nlp, [text[a:b] for a, b in pieces], disable=disable)))


# -- tokenising pathological runs ---------------------------------------------------------

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# in a long run: words of up to 32 letters or digits, or up to 32 of one other character
_RUN_TOKEN = re.compile(r"[^\W_]{1,32}|(.)\1{0,31}", re.S)


class SafeTokenizer:
    """spaCy's tokenizer, except on runs of more than ``MAX_RUN`` characters without
    whitespace, which it would take quadratic time over: such a run becomes words and runs of
    one punctuation mark, with the same characters, so every offset stays where it was."""

    def __init__(self, tokenizer):  # type: ignore[no-untyped-def]
        self.inner = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.inner(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for run in _LONG_RUN.finditer(text):
            self._add(self.inner(text[at : run.start()]), words, spaces)
            words += [m.group(0) for m in _RUN_TOKEN.finditer(run.group(0))]
            spaces += [False] * (len(words) - len(spaces))
            at = run.end()
            if text.startswith(" ", at):  # one following space belongs to the token, as in spaCy
                spaces[-1] = True
                at += 1
        self._add(self.inner(text[at:]), words, spaces)
        return Doc(self.inner.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add(doc: Doc, words: list[str], spaces: list[bool]) -> None:
        for token in doc:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name == "inner":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)


def protect(nlp: Language) -> None:
    """Give ``nlp`` the ``SafeTokenizer`` (once)."""
    if not isinstance(nlp.tokenizer, SafeTokenizer):
        nlp.tokenizer = SafeTokenizer(nlp.tokenizer)


_NER_CONTEXT: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def ner_context(nlp: Language) -> int:
    """Words either side of a name that NER reads: its CNN's receptive field (depth x window;
    4 in the small pipeline), so a name's vectors in a window are those it has in the text.
    Worked out once per pipeline: ``nlp.config`` is rebuilt on every access."""
    if nlp not in _NER_CONTEXT:
        try:
            encode = nlp.config["components"]["ner"]["model"]["tok2vec"]["encode"]
            _NER_CONTEXT[nlp] = int(encode["depth"]) * int(encode["window_size"])
        except (KeyError, TypeError, ValueError):
            _NER_CONTEXT[nlp] = 4
    return _NER_CONTEXT[nlp]


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
    windows = (
        window
        for group in _groups([w for _, _, w in found], batch_size)
        for window in ner.pipe((nlp.make_doc(w) for w in group), batch_size=len(group))
    )
    for (i, offset, _), window in zip(found, windows, strict=True):
        for ent in window.ents:
            span = docs[i].char_span(
                offset + ent.start_char, offset + ent.end_char, label=ent.label_
            )
            if span is not None:
                ents.setdefault(i, []).append(span)
    for i, doc in enumerate(docs):
        doc.set_ents(ents.get(i, []), default="outside")


def join(nlp: Language, pieces: Iterable[Doc]) -> Doc:
    """One Doc from consecutive pieces of a text, each piece a sentence or more.

    Like ``Doc.from_docs(pieces, ensure_whitespace=False)``, without tensors, and keeping a
    sentence start at each piece's first token: spaCy recomputes sentence starts from the heads
    when a Doc holds a parse, which would run an unparsed piece into the sentence before it.
    """
    joined = _Joined(nlp)
    for piece in pieces:
        joined.add(piece)
    return joined.doc()


class _Joined:
    """A Doc built from pieces added one at a time: each piece's words and annotations are
    copied out as it comes, so the pieces themselves need not be kept."""

    def __init__(self, nlp: Language) -> None:
        from spacy.tokens import Doc

        self.nlp = nlp
        self.attrs = list(Doc._get_array_attrs())  # every attribute a DocBin keeps
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.arrays: list[object] = []
        self.pieces: list[tuple[int, bool]] = []  # (length, parsed) of each piece

    def add(self, piece: Doc) -> None:
        self.words.extend(t.text for t in piece)
        self.spaces.extend(bool(t.whitespace_) for t in piece)
        self.arrays.append(piece.to_array(self.attrs))
        self.pieces.append((len(piece), piece.has_annotation("DEP")))

    def doc(self) -> Doc:
        import numpy
        from spacy.attrs import SENT_START
        from spacy.tokens import Doc

        if not self.pieces:
            return self.nlp.make_doc("")
        doc = Doc(self.nlp.vocab, words=self.words, spaces=self.spaces)
        self.words, self.spaces = [], []
        if not len(doc):
            return doc
        array = numpy.empty((len(doc), len(self.attrs)), dtype="uint64")
        at = 0
        self.arrays.reverse()
        while self.arrays:  # copy and free piece by piece: one copy of the array at a time
            part = self.arrays.pop()
            array[at : at + len(part)] = part  # type: ignore[arg-type]
            at += len(part)  # type: ignore[arg-type]
        doc.from_array(self.attrs, array)  # type: ignore[arg-type]  # stubs say Ints2d; spaCy takes numpy
        del array
        starts = doc.to_array([SENT_START])
        not_start = numpy.array(-1).astype(starts.dtype)  # -1 as spaCy stores it (uint64)
        at = 0
        for length, parsed in self.pieces:
            if length:
                starts[at] = 1
                if not parsed:
                    starts[at + 1 : at + length] = not_start
            at += length
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
        return doc


def span_doc(span: Span) -> Doc:
    """``span.as_doc()`` at the cost of the span alone.

    spaCy's ``as_doc`` turns the whole Doc into an array and lists all its entities on every
    call, so a rule that reads many sentences of a long article would pay for the article
    each time. Here the span's own tokens give the array, and an entity cut by the span's
    edges is left unannotated, as ``as_doc`` does.
    """
    import numpy
    from spacy.tokens import Doc

    attrs = _row_attrs()
    rows = [_token_row(t) for t in span]
    doc = Doc(
        span.doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span]
    )
    if not rows:
        return doc
    array = numpy.array(rows, dtype="uint64")
    span._fix_dep_copy(attrs, array)  # type: ignore[attr-defined]  # heads outside: nearest ancestor inside
    iob = 7  # ENT_IOB
    cut_at_start = array[0][iob] == 1  # an entity running in from before the span
    if cut_at_start:
        array[0][iob] = 3
    doc.from_array(attrs, array)  # type: ignore[arg-type]
    source = span.doc
    cut_at_end = span.end < len(source) and source[span.end].ent_iob == 1
    ents = doc.ents
    missing = ([ents[0]] if cut_at_start and ents else []) + (
        [ents[-1]] if cut_at_end and ents else []
    )
    if missing:
        doc.set_ents([], missing=missing, default="unmodified")
    return doc


@cache
def _row_attrs() -> list[int]:
    import spacy.attrs as a

    return [a.LENGTH, a.SPACY, a.ORTH, a.NORM, a.TAG, a.HEAD, a.DEP, a.ENT_IOB, a.ENT_TYPE,
            a.ENT_KB_ID, a.ENT_ID, a.LEMMA, a.MORPH, a.POS, a.SENT_START]  # fmt: skip


_UINT64 = (1 << 64) - 1  # spaCy stores negative values (a head to the left) as uint64


def _token_row(t: Token) -> list[int]:
    """A token's values for ``_row_attrs()``, as ``Doc.to_array`` gives them."""
    start = t.is_sent_start
    return [
        len(t),
        int(bool(t.whitespace_)),
        t.orth,
        t.norm,
        t.tag,
        (t.head.i - t.i) & _UINT64,
        t.dep,
        t.ent_iob,
        t.ent_type,
        t.ent_kb_id,
        t.ent_id,
        t.lemma,
        t.morph.key,  # type: ignore[attr-defined]
        t.pos,
        1 if start else _UINT64 if start is False else 0,
    ]


# -- asking -------------------------------------------------------------------------------


def is_parsed(item: Token | Span) -> bool:
    """Did this token (or every token of this span) go through the pipeline?"""
    if hasattr(item, "tag"):
        return item.tag != 0 or (item.is_space and item.doc.has_annotation("TAG"))  # type: ignore[union-attr]
    return all(t.tag != 0 for t in item if not t.is_space)  # type: ignore[union-attr]
