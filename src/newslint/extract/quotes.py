"""Quotes and reported speech: what was said, the cue that reports it, and who said it.

Three passes over one parsed article:

1. quotation marks are paired paragraph by paragraph (straight and curly marks; a quote that
   runs on has no closing mark at a paragraph's end and an opening mark on the next; a mark
   left open ends with its paragraph, so a stray mark never swallows the article);
2. cues are read from the dependency parse: a verb with a reported clause (ccomp), a
   communication verb with an infinitive or noun claim, "according to X", a "Name:" line;
   the speaker is the verb's subject as written, whole (titles, "of the ...", appositions);
3. each quotation is joined to the cue next to it ("...," he said / He said: "..."), split
   quotes ("A," he said, "B.") become one quote, pronoun speakers are resolved to the nearest
   person named before them, and every speaker is typed (see ``speakers.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.attach import Attribution, attach
from newslint.extract.clauses import doc_text, noun_phrase
from newslint.extract.cues import find_cues, outermost
from newslint.extract.entities import Person, group_people
from newslint.extract.marks import inside_index, quotation_marks
from newslint.extract.speakers import is_pronoun, pronoun_wants_person, speaker_type
from newslint.report.model import Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from newslint.analysis import Analysis

__all__ = ["find_quotes", "quotation_marks", "quotes_in"]


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Every quote and attributed claim in the article, in order of position."""
    text = analysis.text
    if not text.strip():
        return []
    return quotes_in(analysis.doc, [(p.start, p.end) for p in analysis.paragraphs])


def quotes_in(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    text = doc_text(doc)
    marked = quotation_marks(text, paragraphs)
    inside = inside_index(len(text), marked)
    cues = outermost([c for c in find_cues(doc, paragraphs) if not inside[c.start]])
    people = group_people(doc)
    attributions = attach(doc, cues, marked, paragraphs)
    quotes = [_to_quote(doc, a, people) for a in attributions]
    quotes.sort(key=lambda q: (q.start, q.end))
    _resolve_pronouns(doc, quotes, people)
    return quotes


# -- building the report's quotes ---------------------------------------------------------


def _to_quote(doc: Doc, a: Attribution, people: list[Person]) -> Quote:
    text = doc_text(doc)
    parts = sorted(a.parts)
    start, end = parts[0][0], parts[-1][1]
    speaker = None
    cue = a.cue
    if cue is not None and cue.speaker is not None:
        kind, canonical = speaker_type(_antecedent_of(cue.speaker), people)
        s = cue.speaker
        speaker = Speaker(
            text=s.text, start=s.start_char, end=s.end_char, type=kind, canonical=canonical
        )
    return Quote(
        start=start,
        end=end,
        text=" ".join(text[s:e] for s, e in parts),
        direct=a.direct,
        cue=text[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=speaker,
        parts=[Span(start=s, end=e) for s, e in parts] if len(parts) > 1 else [],
    )


def _antecedent_of(speaker: SpacySpan) -> SpacySpan:
    """ "who" in "Mr Kerry, who said ..." stands for "Mr Kerry": type the speaker by that."""
    if len(speaker) == 1 and speaker[0].lower_ in {"who", "which", "that"}:
        verb = speaker[0].head
        if verb.dep_ == "relcl":
            return noun_phrase(verb.head, stop=verb)
    return speaker


def _resolve_pronouns(doc: Doc, quotes: list[Quote], people: list[Person]) -> None:
    """ "he said": the nearest person named before the pronoun (a speaker or a subject)."""
    for quote in quotes:
        sp = quote.speaker
        if sp is None or sp.type != "unknown":
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or not is_pronoun(span):
            continue
        wants_person = pronoun_wants_person(span)
        low = span.text.lower()
        gender = "m" if low in {"he", "him"} else "f" if low in {"she", "her"} else None
        found = _antecedent(doc, quotes, people, sp.start, wants_person, gender)
        if found is not None:
            sp.type, sp.canonical = found  # type: ignore[assignment]


def _antecedent(
    doc: Doc,
    quotes: list[Quote],
    people: list[Person],
    before: int,
    wants_person: bool,
    gender: str | None = None,
) -> tuple[str, str | None] | None:
    """The nearest compatible speaker or person before ``before``; a title's gender must agree."""
    clash = {p.canonical for p in people if gender and p.gender and p.gender != gender}
    best: tuple[int, tuple[str, str | None]] | None = None
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start >= before or sp.type in {"unknown"}:
            continue
        if (sp.type == "named") != wants_person or sp.canonical in clash:
            continue
        if best is None or sp.start > best[0]:
            best = (sp.start, (sp.type, sp.canonical))
    if wants_person:
        for person in people:
            if person.canonical in clash:
                continue
            for m in person.mentions:
                if m.start < before and (best is None or m.start > best[0]):
                    best = (m.start, ("named", person.canonical))
    return best[1] if best else None
