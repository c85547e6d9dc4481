"""The Analysis: everything the rules may read about one cleaned article.

Each fact is computed on first use and cached, so a run that selects only TXT001 never parses
the text. Rules read an Analysis and never change it.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newslint.config import Config
from newslint.report.model import ArticleMeta, Quantity, Quote, Removed, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

    from newslint.clean import Cleaned
    from newslint.extract.ages import AgeFacts
    from newslint.extract.changes import ChangeLink
    from newslint.extract.dates import CalendarDate, RelativeDay
    from newslint.extract.entities import Mention
    from newslint.extract.marks import Marked
    from newslint.extract.spells import Duration
    from newslint.extract.timex import TimeExpression
    from newslint.extract.totals import Breakdown
    from newslint.intervals import Intervals
    from newslint.language.loaded import LoadedWord
    from newslint.language.superlatives import Superlative
    from newslint.language.voice import Voice
    from newslint.measurements import Measurements

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Analysis:
    def __init__(self, cleaned: Cleaned, config: Config | None = None, nlp: Language | None = None):
        self.article = cleaned.article
        self.text = cleaned.text
        self.removed: list[Removed] = cleaned.removed
        self.config = config or Config()
        self._nlp = nlp
        self._parsed: dict[tuple[int, int], Doc] = {}
        self._entities_parsed: dict[tuple[int, int], Doc] = {}
        self._memos: dict[str, dict[Any, Any]] = {}

    def memo(self, name: str) -> dict[Any, Any]:
        """A named cache for one article's readings that many rules ask again (pairs, times,
        paragraph numbers): kept with the article, so a batch run frees it with the article."""
        return self._memos.setdefault(name, {})

    @property
    def meta(self) -> ArticleMeta:
        a = self.article
        return ArticleMeta(title=a.title, published=a.published, url=a.url, outlet=a.outlet)

    @cached_property
    def nlp(self) -> Language:
        if self._nlp is None:
            from newslint.nlp import pipeline

            self._nlp = pipeline(self.config.pipeline)
        return self._nlp

    @cached_property
    def doc(self) -> Doc:
        """One Doc over the whole text: tokens and sentences everywhere; tags, lemmas and
        dependencies on the sentences a consumer needs, entities on their names
        (``config.parse`` = "selective", see ``newslint/parse.py``), or everything on every
        sentence ("full"). Ask ``is_parsed`` before reading a token's annotations."""
        from newslint.parse import parse

        return parse(self.nlp, self.text, self.config.parse)

    def is_parsed(self, start: int, end: int | None = None) -> bool:
        """Were the characters ``[start, end)`` tagged and parsed (one parsed stretch)?"""
        end = start + 1 if end is None else end
        if self.doc.user_data.get("newslint_parse") != "selective":
            return True
        # the parsed stretches are in text order and never overlap: only the last one starting
        # at or before ``start`` can hold the characters (asked once per figure and sentence)
        stretches = self.doc.user_data["newslint_parsed"]
        i = bisect.bisect_right(self._parsed_starts, start) - 1
        return i >= 0 and end <= stretches[i][1]

    @cached_property
    def _parsed_starts(self) -> list[int]:
        return [a for a, _ in self.doc.user_data["newslint_parsed"]]

    @cached_property
    def paragraphs(self) -> list[Span]:
        return split_paragraphs(self.text)

    def paragraph_at(self, offset: int) -> Span | None:
        return _span_at(self.paragraphs, self._paragraph_starts, offset)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, paragraph: Span) -> int:
        """``paragraphs.index(paragraph)`` by bisection (ValueError if it is not one)."""
        return _index_of(self.paragraphs, self._paragraph_starts, paragraph)

    @cached_property
    def quantities(self) -> list[Quantity]:
        from newslint.extract.comparisons import resolve_comparisons
        from newslint.extract.quantities import find_quantities

        # comparisons get the value range they imply from the shipped reference table
        return resolve_comparisons(find_quantities(self.text))

    @cached_property
    def _quantity_starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        """The quantities starting in ``[start, end)``, in order: a rule asks this for each
        sentence, so it bisects instead of scanning the article's every figure."""
        from newslint.intervals import starting_in

        return starting_in(self.quantities, self._quantity_starts, start, end)

    @cached_property
    def _time_starts(self) -> list[int]:
        return [t.start for t in self.time_expressions]

    def time_expressions_in(self, start: int, end: int) -> list[TimeExpression]:
        from newslint.intervals import starting_in

        return starting_in(self.time_expressions, self._time_starts, start, end)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentences_in(self, start: int, end: int) -> list[Span]:
        """The sentences starting in ``[start, end)`` (a paragraph's, say)."""
        from newslint.intervals import starting_in

        return starting_in(self.sentences, self._sentence_starts, start, end)

    def sentence_index(self, sentence: Span) -> int:
        """``sentences.index(sentence)`` by bisection (ValueError if it is not one)."""
        return _index_of(self.sentences, self._sentence_starts, sentence)

    def sentence_after(self, sentence: Span) -> Span | None:
        """The first sentence starting at or after the end of ``sentence``."""
        i = bisect.bisect_left(self._sentence_starts, sentence.end)
        return self.sentences[i] if i < len(self.sentences) else None

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence`` (one of ``sentences``)."""
        i = bisect.bisect_left(self._sentence_starts, sentence.start)
        return self.sentences[i - 1] if i > 0 else None

    @cached_property
    def measurements(self) -> Measurements:
        """Every figure as a measurement (what it measures, whose, when, its role), read
        from the parse of only the sentences whose figures something could be compared with."""
        from newslint.measurements import build

        return build(self)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans from punctuation alone (no parse)."""
        from newslint.extract.sentences import sentence_spans

        return sentence_spans(self.text)

    def sentence_at(self, offset: int) -> Span | None:
        return _span_at(self.sentences, self._sentence_starts, offset)

    @cached_property
    def time_expressions(self) -> list[TimeExpression]:
        from newslint.extract.timex import find_time_expressions

        return find_time_expressions(self.text, self.article.published)

    @cached_property
    def dates(self) -> list[CalendarDate]:
        """Calendar dates as printed, years resolved (DAT001-DAT003)."""
        from newslint.extract.dates import find_dates

        return find_dates(self.text, self.article.published)

    @cached_property
    def durations(self) -> list[Duration]:
        """Stated lengths of time ("49 days", "a 10-week strike"): DAT003's spells and
        anniversaries read the same list."""
        from newslint.extract.spells import find_durations

        return find_durations(self.text)

    @cached_property
    def relative_days(self) -> list[RelativeDay]:
        """ "yesterday (Tuesday)": days named relative to publication, with a weekday."""
        from newslint.extract.dates import find_relative_days

        return find_relative_days(self.text)

    @cached_property
    def change_links(self) -> list[ChangeLink]:
        """Stated changes, each with the figures it may be a change between (NUM006)."""
        from newslint.extract.change_links import link_changes

        return link_changes(self)

    @cached_property
    def breakdowns(self) -> list[Breakdown]:
        """Totals with the parts listed for them (NUM007)."""
        from newslint.extract.totals import breakdowns

        return breakdowns(self)

    @cached_property
    def age_facts(self) -> AgeFacts:
        """Ages, birth and death dates, each with the person it is about (DAT002)."""
        from newslint.extract.ages import read_age_facts

        return read_age_facts(self)

    @cached_property
    def names(self) -> list[Mention]:
        """Names of people, places and bodies (TXT002). Outside parsed sentences they are
        guessed from capitals (label NAME); a sentence whose guessed name could be a spelling
        variant of another name is parsed after all, so the pair is judged on spaCy's labels."""
        from newslint.extract.entities import name_mentions
        from newslint.extract.name_spelling import spelling_differs

        found = name_mentions(self.doc)
        guessed = [m for m in found if m.label == "NAME"]
        if not guessed:
            return found
        # spellings of one name start with the same letter (accents aside)
        forms: dict[str, set[str]] = {}
        for m in found:
            for w, _ in m.spelling_keys():
                forms.setdefault(w.folded[:1], set()).add(w.text.lower())
        suspects = [
            m
            for m in guessed
            if any(
                spelling_differs(w.text.lower(), other)
                for w, _ in m.spelling_keys()
                for other in forms.get(w.folded[:1], ())
            )
        ]
        sentences = {
            (s.start, s.end): s for m in suspects if (s := self.sentence_at(m.start)) is not None
        }
        for _, sentence in sorted(sentences.items()):
            doc = self.entities_parsed(sentence)
            found = [m for m in found if not sentence.start <= m.start < sentence.end]
            found += [m.shifted(sentence.start) for m in name_mentions(doc)]
        return sorted(found, key=lambda m: m.start)

    def parsed(self, span: Span) -> Doc:
        """One stretch of text through spaCy: the whole Doc's slice if it exists, else parsed
        alone (tagger, parser, lemmatizer; no NER) and cached, so a rule that needs two
        sentences does not parse the article."""
        if "doc" in self.__dict__ and self.is_parsed(span.start, span.end):
            from newslint.parse import span_doc

            piece = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if piece is not None:
                return span_doc(piece)
        key = (span.start, span.end)
        if key not in self._parsed:
            from newslint.parse import parse_text

            self._parsed[key] = parse_text(
                self.nlp, self.text[span.start : span.end], disable=["ner"]
            )
        return self._parsed[key]

    def entities_parsed(self, span: Span) -> Doc:
        """One stretch through the whole pipeline, entities included (``parsed`` leaves NER
        out), cached: spaCy's labels for several names of one sentence cost one parse."""
        key = (span.start, span.end)
        if key not in self._entities_parsed:
            from newslint.parse import parse_text

            self._entities_parsed[key] = parse_text(self.nlp, self.text[span.start : span.end])
        return self._entities_parsed[key]

    def parsed_tokens(self, span: Span) -> tuple[Doc | DocSpan, int]:
        """The parsed tokens of one stretch and the offset their ``idx`` counts from. Where
        the whole Doc holds the parse, its slice (no copy: ``idx`` is the text's offset, so
        0); otherwise the stretch parsed alone (``idx`` from ``span.start``)."""
        if "doc" in self.__dict__:
            # the slice of a sentence, once: every figure of the sentence asks for it
            slices = self.memo("doc slices")
            key = (span.start, span.end)
            if key not in slices:
                parsed = self.is_parsed(span.start, span.end)
                slices[key] = self.doc.char_span(*key, alignment_mode="expand") if parsed else None
            if slices[key] is not None:
                return slices[key], 0
        return self.parsed(span), span.start

    def parse_ahead(self, spans: list[Span]) -> None:
        """Parse in one ``nlp.pipe`` call the stretches that ``parsed`` would parse one by one:
        batching is several times faster than a call per sentence."""
        has_doc = "doc" in self.__dict__
        todo = [
            s
            for s in spans
            if (s.start, s.end) not in self._parsed
            and not (has_doc and self.is_parsed(s.start, s.end))
        ]
        if not todo:
            return
        from newslint.parse import MAX_PIECE, parse_text, pipe

        # short stretches in bounded batches (the time budget checked between them); a long
        # one in bounded pieces, as ``parsed`` would
        short = [s for s in todo if s.end - s.start <= MAX_PIECE]
        texts = [self.text[s.start : s.end] for s in short]
        for s, doc in zip(short, pipe(self.nlp, texts, disable=["ner"]), strict=True):
            self._parsed[(s.start, s.end)] = doc
        for s in todo:
            if s.end - s.start > MAX_PIECE:
                self._parsed[(s.start, s.end)] = parse_text(
                    self.nlp, self.text[s.start : s.end], disable=["ner"]
                )

    @cached_property
    def quotes(self) -> list[Quote]:
        from newslint.extract.quotes import find_quotes

        return find_quotes(self)

    @cached_property
    def _quote_spans(self) -> Intervals:
        from newslint.intervals import Intervals

        return Intervals((q.start, q.end) for q in self.quotes)

    def quote_at(self, offset: int) -> Quote | None:
        """The first quote (in order) holding ``offset``, by bisection."""
        n = self._quote_spans.first_holding(offset)
        return None if n is None else self.quotes[n]

    @cached_property
    def quotation_marks(self) -> list[Marked]:
        """Pairs of quotation marks, paragraph by paragraph (the voice, and ages said inside
        quotes), read once."""
        from newslint.extract.marks import quotation_marks

        return quotation_marks(self.text, [(p.start, p.end) for p in self.paragraphs])

    @cached_property
    def voice(self) -> Voice:
        """Whose words each stretch of the text is: somebody quoted or reported, or the
        reporter's own (``language/voice.py``)."""
        from newslint.language.voice import voice_of

        marked = [part for m in self.quotation_marks for part in m.parts]
        return voice_of(self.text, self.quotes, marked, self.doc)

    @cached_property
    def loaded_words(self) -> list[LoadedWord]:
        """Loaded words in the reporter's own voice (``language/loaded.py``)."""
        from newslint.language.loaded import find_loaded_words

        return find_loaded_words(self)

    @cached_property
    def superlatives(self) -> list[Superlative]:
        """Record claims ("the biggest ever", "record rainfall"), whoever makes them
        (``language/superlatives.py``)."""
        from newslint.language.superlatives import find_superlatives

        return find_superlatives(self)


def split_paragraphs(text: str) -> list[Span]:
    """The paragraphs of a text: runs of non-blank lines between blank lines."""
    spans, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[pos : m.start()].strip():
            spans.append(Span(start=pos, end=m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append(Span(start=pos, end=len(text)))
    return spans


def _index_of(spans: list[Span], starts: list[int], span: Span) -> int:
    """Where ``span`` is in ``spans`` (sorted, not overlapping; ``starts`` their starts):
    ``list.index`` compares pydantic models one by one, a scan per question."""
    i = bisect.bisect_left(starts, span.start)
    if i < len(spans) and spans[i].end == span.end and starts[i] == span.start:
        return i
    raise ValueError(f"{span!r} is not in the list")


def _span_at(spans: list[Span], starts: list[int], offset: int) -> Span | None:
    """The span of ``spans`` (sorted, not overlapping; ``starts`` their starts) holding
    ``offset``, by bisection: rules ask this once per figure or quote."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < spans[i].end:
        return spans[i]
    return None
