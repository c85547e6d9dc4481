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

import bisect
import heapq
import re
from typing import TYPE_CHECKING

from newslint.extract.abbreviations import HONORIFICS
from newslint.extract.anonymity import withheld_by_clause
from newslint.extract.attach import Attribution, attach, modifies_a_noun
from newslint.extract.cue import Cue
from newslint.extract.cue_clauses import doc_text, noun_phrase
from newslint.extract.cues import find_cues, outermost, says
from newslint.extract.entities import People, group_people, person_for
from newslint.extract.headline_reports import framed_speaker, headline_end, headline_labels
from newslint.extract.marks import Marked, inside_index, quotation_marks
from newslint.extract.press import publishes
from newslint.extract.speaker_phrases import (
    clean_name,
    epithet,
    is_person_noun,
    is_pronoun,
    is_pronoun_text,
    speaker_head,
)
from newslint.extract.speakers import speaker_type
from newslint.extract.venues import frames_another_report
from newslint.report.model import Quote, Span, Speaker, Venue

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token
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
    # a cue inside a quotation is part of what was quoted, except a transcript's turn that
    # opens it ('"WALLACE: Governor, ...')
    cues = outermost(
        [c for c in find_cues(doc, paragraphs) if c.kind == "colon" or not inside[c.start]]
    )
    people = group_people(doc)
    attributions = attach(doc, cues, marked, paragraphs)
    quotes = [_to_quote(doc, a, people) for a in attributions]
    # a headline's "Council declares climate emergency" names the news; the body says it
    labels = {id(q) for q in headline_labels(doc, quotes, marked, headline_end(text, paragraphs))}
    # (the cue verbs once per article, and only when a position may be a setting)
    positions = any(q.kind == "position" for q in quotes)
    cue_verbs = {v.i for q in quotes if positions and (v := _cue_verb(doc, q)) is not None}
    quotes = [q for q in quotes if id(q) not in labels and not _a_setting(doc, q, cue_verbs)]
    quotes.sort(key=lambda q: (q.start, q.end))
    _resolve_pronouns(doc, quotes, people)
    _committee_members(doc, quotes)
    _named_after_the_lead(doc, quotes, people)
    quotes += _headline_quotes(doc, marked, paragraphs, quotes, people)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


_WORDS = re.compile(r"\w+")


def _holds_words(said: list[str], words: list[str]) -> bool:
    """The words in order, with at most two others between them ("I thought he was gone" in
    "I honestly thought he was gone")."""
    for i, word in enumerate(said):
        if word != words[0]:
            continue
        j, extra = i + 1, 0
        for w in words[1:]:
            while j < len(said) and said[j] != w and extra <= 2:
                j, extra = j + 1, extra + 1
            if j >= len(said) or said[j] != w:
                break
            j += 1
        else:
            if extra <= 2:
                return True
    return False


def _headline_quotes(
    doc: Doc,
    marked: list[Marked],
    paragraphs: list[tuple[int, int]],
    quotes: list[Quote],
    people: People,
) -> list[Quote]:
    """ "'We let ourselves down': skipper fumes ...": a quotation in the headline (the first
    paragraph) is the words of whoever says them in the article, when a quote below holds
    them; a word or two standing for what the subject is ("Star 'heartbroken' as ...") too,
    not a word in front of a noun ("rejects 'final' offer"). With no quote below to hold them,
    a headline that frames them with a person's noun phrase ("'...': Harbour coach on ...")
    gives its speaker."""
    if not paragraphs:
        return []
    text = doc_text(doc)
    head_end = headline_end(text, paragraphs)
    if head_end is None:
        return []
    found = []
    for m in marked:
        if m.start >= head_end or any(
            q.start <= m.start < q.end and q.speaker is not None for q in quotes
        ):
            continue
        words = _WORDS.findall(text[m.start : m.end].lower())
        if not words or (len(words) < 3 and modifies_a_noun(doc, m)):
            continue
        source = next(
            (
                q
                for q in quotes
                if q.start >= head_end
                and q.direct
                and q.speaker is not None
                and _holds_words(_WORDS.findall(q.text.lower()), words)
            ),
            None,
        )
        if source is None:
            framed = _framed_quote(doc, m, head_end, people)
            if framed is not None:
                quotes[:] = [q for q in quotes if not (q.start < m.end and m.start < q.end)]
                found.append(framed)
            continue
        if source is not None:
            # an uncued quotation there before is this one, and so is a headline report whose
            # content opens inside the marks ("Coach says 'we were robbed' after ...")
            quotes[:] = [q for q in quotes if not (q.start < m.end and m.start < q.end)]
            found.append(
                source.model_copy(
                    update={
                        "start": m.start,
                        "end": m.end,
                        "text": text[m.start : m.end],
                        "parts": [],
                        "venue": None,
                    },
                    deep=True,
                )
            )
    return found


def _framed_quote(doc: Doc, m: Marked, head_end: int, people: People) -> Quote | None:
    """The headline's quotation with the speaker its frame gives, when that phrase is a person:
    a name, a role or a person's noun ("Kings coach", "Harbour boss Keane"), never a topic
    ("Rail strike: '...'") or a body."""
    span = framed_speaker(doc, m.start, m.end, head_end)
    if span is None:
        return None
    head = speaker_head(span)
    kind, canonical = speaker_type(span, people)
    if kind not in {"named", "anonymous"}:
        return None
    if not (
        is_person_noun(head)
        or any(t.ent_type_ == "PERSON" for t in span)
        or person_for(people, span.text) is not None
        or _a_name_used_below(span, head_end)
    ):
        return None
    text = doc_text(doc)
    return Quote(
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        direct=True,
        speaker=Speaker(
            text=span.text, start=span.start_char, end=span.end_char, type=kind, canonical=canonical
        ),
    )


def _a_name_used_below(span: SpacySpan, head_end: int) -> bool:
    """ "Priya Chandran" the tagger did not take for a person: two or three capitalised names,
    none a place's, a body's or an event's, the last of them written again in the body."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    if any(t.ent_type_ not in {"", "PERSON", "NORP"} for t in words):
        return False
    last = words[-1].text
    return any(t.text == last and t.idx >= head_end for t in span.doc)


def _cue_verb(doc: Doc, quote: Quote) -> Token | None:
    if quote.cue_start is None or quote.cue_end is None:
        return None
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return span.root if span is not None else None


def _a_setting(doc: Doc, quote: Quote, cue_verbs: set[int]) -> bool:
    """A position read from "Speaking over the phone, she said ...": where she spoke.
    ``cue_verbs`` holds every quote's cue verb (the quote's own is never the head of its verb,
    so it may stay in)."""
    if quote.kind != "position":
        return False
    verb = _cue_verb(doc, quote)
    return verb is not None and frames_another_report(verb, cue_verbs)


# unnamed because their job is to speak unnamed: never the person the next sentence names
_SOURCE_NOUNS = {"official", "source", "aide", "adviser", "advisor", "insider", "diplomat",
                 "spokesman", "spokeswoman", "spokesperson", "officer", "commander", "analyst",
                 "expert", "observer", "critic", "executive", "strategist", "negotiator"}  # fmt: skip


def _named_after_the_lead(doc: Doc, quotes: list[Quote], people: People) -> None:
    """ "A radio station is being sued by a listener who says he was humiliated ... Derek
    Haines is taking action against it": a lead that describes someone ("a viewer", "a man") and a
    next sentence that opens on a person's name names them. "An Arrowtown cafe owner says ...
    Golden Crumb owner Lisa Mahoney said": the lead's noun given later as one person's title
    (the word before the name, or the noun the name stands beside) names them too."""
    text = doc_text(doc)
    # past the second paragraph break nothing is the lead any more
    first = text.find("\n\n")
    second = text.find("\n\n", first + 2) if first >= 0 else -1
    lead_end = second + 2 if second >= 0 else len(text) + 1
    for quote in quotes:
        sp = quote.speaker
        if sp is None or sp.type != "anonymous" or sp.start >= lead_end:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or span[0].lower_ not in {"a", "an"}:
            continue
        head = speaker_head(span)
        if head.tag_ != "NN" or head.lemma_.lower() in _SOURCE_NOUNS:
            continue
        nxt = span.sent.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt >= len(doc):
            continue
        name = _opening_name(doc[nxt].sent) or _titled_later(doc, head, sp.end, people)
        if name is not None:
            sp.type, sp.canonical = "named", name


def _titled_later(doc: Doc, noun: Token, after: int, people: People) -> str | None:
    """The one person named after ``after`` with ``noun`` as their title: "owner Lisa Mahoney",
    "The driver, Mr Kunle Adebayo," (none when two people hold it)."""
    lemma = noun.lemma_.lower()
    found = set()
    for person in people:
        for m in person.mentions:
            if m.start < after:
                continue
            name = doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is None:
                continue
            root = name.root
            # the word before the name (a given name the tagger left out is part of it)
            i = name.start - 1
            while i >= max(0, name.start - 2) and doc[i].pos_ == "PROPN" and doc[i].is_title:
                i -= 1
            titles = [doc[i]] if i >= 0 else []
            if root.dep_ == "appos":
                titles.append(root.head)
            if any(t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() == lemma for t in titles):
                found.add(person.canonical)
    return found.pop() if len(found) == 1 else None


# a name of two or three capitalised words opening a sentence, then its verb or a comma (the
# sentence may lie outside the parsed ones)
_OPENING_NAME = re.compile(r"^((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)(?:,| [a-z])")
_OPENERS = {"The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That", "He", "She",
            "They", "We", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "For", "After", "When"}  # fmt: skip


def _opening_name(sent: SpacySpan) -> str | None:
    """The person's name a sentence opens with: "Derek Haines is taking action ..." (a person
    entity, or two or three capitalised words then a verb or a comma)."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    ent = next((e for e in sent.ents if e.start == words[0].i), None)
    if ent is not None:
        return clean_name(ent.text) if ent.label_ == "PERSON" else None
    m = _OPENING_NAME.match(sent.text.strip())
    if m is None or m.group(1).split()[0] in _OPENERS:
        return None
    return m.group(1)


# members of a legislature: "MPs have warned", "the MPs found"
_LEGISLATORS = {"mp", "mps", "msp", "msps", "mep", "meps", "peer", "peers", "ams", "tds",
                "senator", "senators", "lawmaker", "lawmakers", "legislator", "legislators"}  # fmt: skip
_QUANTIFIERS = {"a", "an", "one", "some", "many", "several", "two", "three", "other", "most",
                "few", "senior", "backbench", "rebel", "tory", "labour", "conservative"}  # fmt: skip


def _committee_members(doc: Doc, quotes: list[Quote]) -> None:
    """ "MPs have warned ... the Environmental Audit Committee said": in an article that names
    a committee, members of a legislature spoken of as a whole are that committee, on the
    record (not "some MPs", "a senior MP", "Tory MPs")."""
    committees = [e for e in doc.ents if e.label_ == "ORG" and "Committee" in e.text]
    if not committees:
        return
    for quote in quotes:
        sp = quote.speaker
        if sp is None or sp.type != "anonymous":
            continue
        words = sp.text.lower().split()
        if words and words[-1] in _LEGISLATORS and not set(words[:-1]) & _QUANTIFIERS:
            sp.type, sp.canonical = "organization", clean_name(committees[0].text)


# -- building the report's quotes ---------------------------------------------------------


def _to_quote(doc: Doc, a: Attribution, people: People) -> Quote:
    text = doc_text(doc)
    parts = sorted(a.parts)
    start, end = parts[0][0], parts[-1][1]
    speaker = None
    cue = a.cue
    if cue is not None and cue.speaker is not None and cue.kind == "hidden":
        s = cue.speaker
        speaker = Speaker(text=s.text, start=s.start_char, end=s.end_char, type="anonymous")
    elif cue is not None and cue.speaker is not None:
        verb = cue.word if cue.word.pos_ in {"VERB", "AUX"} else None
        cue.speaker = _on_its_line(cue.speaker)
        withheld = withheld_by_clause(speaker_head(cue.speaker), verb)
        kind, canonical = speaker_type(
            cue.speaker, people, withheld=withheld, published=publishes(verb)
        )
        if _printed_in(cue):
            kind = "outlet"
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
        venue=_venue(text, cue.venue) if cue is not None and cue.venue else None,
        kind="statement" if a.direct or cue is None or says(cue) else "position",
    )


# what a publication prints: "reports in the Harbour Times that ..."
_PRINTED = {"report", "story", "article", "column"}


def _printed_in(cue: Cue) -> bool:
    """ "reports in the Harbour Times that ...": the named paper a report appeared in is the
    source, an outlet, whatever its name is made of."""
    word, speaker = cue.word, cue.speaker
    if speaker is None or cue.kind != "noun" or word.lemma_.lower() not in _PRINTED:
        return False
    prep = speaker.root.head
    return (
        speaker.root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head == word
        and any(t.pos_ == "PROPN" for t in speaker)
    )


def _on_its_line(span: SpacySpan) -> SpacySpan:
    """A speaker does not run over a line break: "Nova Scotia / Auditor general says ..." (a
    page's section label above a standfirst) is the auditor general."""
    cut = span.text.rfind("\n")
    if cut < 0:
        return span
    doc = span.doc
    start = span.start_char + cut + 1
    while start < span.end_char and doc_text(doc)[start].isspace():
        start += 1
    rest = doc.char_span(start, span.end_char, alignment_mode="expand")
    return rest if rest is not None and len(rest) else span


def _venue(text: str, span: tuple[int, int]) -> Venue:
    return Venue(text=text[span[0] : span[1]], start=span[0], end=span[1])


_MALE = {"he", "him", "man", "men", "father", "dad", "son", "husband", "boyfriend", "brother",
         "uncle", "nephew", "grandfather", "grandad", "granddad", "fisherman", "policeman",
         "spokesman", "chairman", "businessman", "widower", "fiance", "grandpa"}  # fmt: skip
_FEMALE = {"she", "her", "woman", "women", "mother", "mum", "mom", "daughter", "wife",
           "girlfriend", "sister", "aunt", "niece", "grandmother", "gran", "grandma",
           "spokeswoman", "policewoman", "widow", "businesswoman", "chairwoman", "fiancee",
           "actress"}  # fmt: skip
# pronouns that can stand for a person, for a body or document, or for a group
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_THING_PRONOUNS = {"it"}
_GROUP_PRONOUNS = {"they", "them"}


def _gender(words: list[str]) -> str | None:
    if any(w in _MALE for w in words):
        return "m"
    if any(w in _FEMALE for w in words):
        return "f"
    return None


def _resolve_pronouns(doc: Doc, quotes: list[Quote], people: People) -> None:
    """ "he said": the nearest person before the pronoun, named (a speaker or a mention) or
    unnamed (a speaker: "A commuter said ... 'I've been checking apps,' she said"); "it said":
    the nearest body or document (a speaker, an organisation named in the sentence or the one
    before, or the previous sentence's subject); "they said": the nearest group. A pronoun with
    no antecedent stays ``unknown``: never anonymous. An unnamed antecedent is only looked for
    in the pronoun's paragraph and the one before."""
    before = _Before(quotes, people)
    # in the order of the speakers in the text (not of their quotes: "The 31-year-old ...,
    # calling it 'X'. He added: ..." puts the pronoun's quote first), so that a speaker
    # resolved is an antecedent for the ones after it
    for quote in sorted(quotes, key=lambda q: q.speaker.start if q.speaker else q.start):
        sp = quote.speaker
        if sp is None or sp.type not in {"unknown", "anonymous"}:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None:
            continue
        if sp.type == "unknown" and is_pronoun(span):
            low = speaker_head(span).lower_
            found = _pronoun_antecedent(doc, before, sp.start, low)
            if found is None and low in _THING_PRONOUNS:
                found = _named_body_back(doc, before, sp.start)
            if found is not None:
                sp.type, sp.canonical = found  # type: ignore[assignment]
        elif sp.type == "anonymous" and sp.canonical is None and _anaphor(span):
            _describe_back(doc, before, sp, span)


def _pronoun_antecedent(doc: Doc, before: _Before, at: int, low: str) -> Found | None:
    if low in _PERSON_PRONOUNS:
        return _person_antecedent(doc, before, at, _gender([low]))
    if low in _THING_PRONOUNS | _GROUP_PRONOUNS:
        return _body_antecedent(doc, before, at, group=low in _GROUP_PRONOUNS)
    return None


def _named_body_back(doc: Doc, before: _Before, at: int) -> Found | None:
    """ "Johannesburg Water said ... It said ...": "it" is never a person, so the speaker just
    before it (in its paragraph or the one before), taken for a person by its name, is the body
    the name stands for; every quote of that name is the body's."""
    previous = next(before.speakers_back(at), None)
    if previous is None or previous.type != "named" or not _near(doc, previous.start, at):
        return None
    if previous.text.split()[0].strip(".").lower() in _PERSON_WORDS:
        return None  # "Mr Haines said ... It said": a person's, "it" is something else
    name = previous.canonical or previous.text
    named = before.speakers_named(name)
    if any(is_pronoun_text(sp.text) for sp in named) or any(
        p.canonical == name and p.gender for p in before.people
    ):
        return None  # "he" or "Mr" said of the name: a person
    for sp in named:
        sp.type = "organization"
    return "organization", name


# titles that make a name a person's
_PERSON_WORDS = {w.lower() for w in HONORIFICS}


def _describe_back(doc: Doc, before: _Before, sp: Speaker, span: SpacySpan) -> None:
    """ "the mother-of-nine said", "the athlete told BBC Sport": a definite description of
    someone the article has mentioned. A description by age, origin or family ("the
    21-year-old") always stands for someone named: unresolved, it is no anonymous source."""
    gender = _gender([speaker_head(span).lower_])
    described = epithet(span)
    found = _person_antecedent(doc, before, sp.start, gender, near=not described)
    if found is not None and found[0] == "named":
        sp.type, sp.canonical = found  # type: ignore[assignment]
    elif described:
        sp.type = "unknown"


def _near(doc: Doc, at: int, before: int) -> bool:
    """``at`` is in the paragraph of ``before`` or the one before it."""
    text = doc_text(doc)
    return text.count("\n\n", at, before) <= 1


def _anaphor(span: SpacySpan) -> bool:
    """ "the mother-of-nine", "the athlete", "the 46-year-old": the, then a singular noun."""
    if epithet(span):
        return True
    head = speaker_head(span)
    doc = span.doc
    return (
        span[0].lower_ == "the"
        and head.tag_ == "NN"
        # "the owner of the cafe" describes someone new; "the mother-of-nine" is one word
        and not any(
            t.dep_ in {"prep", "relcl", "acl", "appos"} and doc[t.i - 1].text != "-"
            for t in head.children
        )
    )


def _head_word(doc: Doc, sp: Speaker) -> Token | None:
    """The head noun of a speaker as written: "mother" in "One mother of a player"."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return speaker_head(span) if span is not None else None


Found = tuple[str, str | None]  # (speaker type, canonical name)


class _Before:
    """The speakers and the named people's mentions of an article by offset, so that the
    nearest antecedent before a pronoun is found by bisection and a walk back from it (the
    first that fits is the nearest) rather than by a scan of every quote and mention. Speakers
    are read live: a pronoun resolved is an antecedent for the ones after it."""

    def __init__(self, quotes: list[Quote], people: People) -> None:
        self.people = people
        self.speakers = sorted(
            (q.speaker.start, n, q.speaker) for n, q in enumerate(quotes) if q.speaker is not None
        )
        self.speaker_starts = [row[0] for row in self.speakers]
        mentions = sorted(
            (m.start, order, person.canonical)
            for order, person in enumerate(people)
            for m in person.mentions
        )
        self.mention_starts = [row[0] for row in mentions]
        self.mentions = [(order, canonical) for _, order, canonical in mentions]
        # the end of the shortest quote with a speaker holding each mention: the mention is
        # inside what someone said before a place when that end is at or before it
        said = sorted((q.start, q.end) for q in quotes if q.speaker is not None)
        self.said_end: list[float] = []
        open_ends: list[int] = []
        i = 0
        for at in self.mention_starts:
            while i < len(said) and said[i][0] <= at:
                heapq.heappush(open_ends, said[i][1])
                i += 1
            while open_ends and open_ends[0] <= at:
                heapq.heappop(open_ends)
            self.said_end.append(open_ends[0] if open_ends else float("inf"))
        self.clashes: dict[str | None, set[str]] = {}
        self.venues = [(q.venue.start, q.venue.end) for q in quotes if q.venue is not None]

    def in_a_tag(self, at: int, speaker: Speaker | None) -> bool:
        """The mention is part of the nearer speaker's own phrase ("a mother who had travelled
        from Molo") or where someone spoke ("told the Herald"): it stands beside a speaker,
        it is not one to refer back to."""
        if speaker is not None and speaker.start <= at < speaker.end:
            return True
        return any(start <= at < end for start, end in self.venues)

    def clash(self, gender: str | None) -> set[str]:
        """The people whose known gender is not ``gender``."""
        if gender not in self.clashes:
            self.clashes[gender] = {
                p.canonical for p in self.people if gender and p.gender and p.gender != gender
            }
        return self.clashes[gender]

    def speakers_named(self, name: str) -> list[Speaker]:
        """The speakers of a named person's canonical name (or written as it)."""
        return [
            sp
            for _, _, sp in self.speakers
            if sp.type == "named" and (sp.canonical or sp.text) == name
        ]

    def speakers_back(self, before: int) -> Iterator[Speaker]:
        """The speakers starting before ``before``, nearest first (on equal offsets, in the
        order of their quotes)."""
        i = bisect.bisect_left(self.speaker_starts, before)
        while i > 0:
            j = bisect.bisect_left(self.speaker_starts, self.speaker_starts[i - 1], 0, i)
            for _, _, sp in self.speakers[j:i]:
                yield sp
            i = j

    def mentions_back(self, before: int) -> Iterator[tuple[int, str, bool]]:
        """The mentions starting before ``before``, nearest first (on equal offsets, in the
        order of the people): (offset, canonical name, inside what someone said by then)."""
        i = bisect.bisect_left(self.mention_starts, before)
        while i > 0:
            i -= 1
            at = self.mention_starts[i]
            j = bisect.bisect_left(self.mention_starts, at, 0, i)
            for k in range(j, i + 1):
                yield at, self.mentions[k][1], self.said_end[k] <= before
            i = j


def _first(speakers: Iterator[Speaker], fits: Callable[[Speaker], bool]) -> Speaker | None:
    """The first speaker that fits, among those of the nearest offset."""
    return next((sp for sp in speakers if fits(sp)), None)


def _person_antecedent(
    doc: Doc,
    before_index: _Before,
    before: int,
    gender: str | None,
    *,
    near: bool = False,
) -> Found | None:
    """The nearest person before ``before``; a title's or a noun's gender must agree, and an
    unnamed group is no antecedent of "he" or "she". ``near``: only in the paragraph or the
    one before."""
    clash = before_index.clash(gender)

    def fits(sp: Speaker) -> bool:
        if sp.type not in {"named", "anonymous"} or sp.canonical in clash:
            return False
        if sp.type == "anonymous":
            head = _head_word(doc, sp)
            if (
                head is None
                or not _near(doc, sp.start, before)
                or (gender and _gender([head.lower_]) not in {None, gender})
                or head.tag_ in {"NNS", "NNPS"}
            ):
                return False
            if is_pronoun_text(sp.text) and sp.canonical is None:
                return False
        return True

    found = _first(before_index.speakers_back(before), fits)
    best: tuple[int, Found] | None = None
    if found is not None:
        best = (found.start, (found.type, found.canonical or found.text))
    # a person mentioned inside what someone said is not who "she said" refers to
    for at, canonical, inside_said in before_index.mentions_back(before):
        if best is not None and at <= best[0]:
            break
        if near and not _near(doc, at, before):
            break  # and so is every mention before it
        if canonical in clash or inside_said or before_index.in_a_tag(at, found):
            continue
        best = (at, ("named", canonical))
        break
    return best[1] if best else None


def _body_antecedent(doc: Doc, before_index: _Before, before: int, *, group: bool) -> Found | None:
    """The nearest body, document or outlet before ``before`` (or, for "they", an unnamed
    group in the paragraph or the one before)."""
    kinds = {"organization", "document", "outlet"} | ({"anonymous"} if group else set())
    people = before_index.people

    def fits(sp: Speaker) -> bool:
        if sp.type not in kinds:
            return False
        return sp.type != "anonymous" or (
            _near(doc, sp.start, before) and sp.text.lower() not in {"it", "they"}
        )

    found = _first(before_index.speakers_back(before), fits)
    best: tuple[int, Found] | None = None
    if found is not None:
        best = (
            found.start,
            (found.type, found.canonical or (found.text if found.type == "anonymous" else None)),
        )
    # "The report, published by the National Audit Office, found ...": a name inside the
    # found speaker's phrase is part of it, not a nearer antecedent
    inside = (-1, -1)
    if found is not None:
        head = _head_word(doc, found)
        if head is not None:
            inside = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
    here = doc.char_span(before, before + 1, alignment_mode="expand")
    if here is not None and not group:
        sent = here.sent
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        for s in (previous, sent):
            if s is None:
                continue
            for ent in s.ents:
                if (
                    ent.label_ == "ORG"
                    and ent.start_char < before
                    and not inside[0] <= ent.start_char < inside[1]
                    and (best is None or ent.start_char > best[0])
                ):
                    best = (ent.start_char, ("organization", clean_name(ent.text)))
        subject = _root_subject(previous) if previous is not None else None
        # the subject wins over a name inside it: "The Medical Association report ... It said"
        # is the report
        if subject is not None and (
            best is None or subject.start_char >= best[0] or best[0] < subject.end_char
        ):
            kind, canonical = speaker_type(subject, people)
            if kind in {"organization", "document"}:
                best = (subject.start_char, (kind, canonical))
    return best[1] if best else None


def _root_subject(sent: SpacySpan) -> SpacySpan | None:
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in {"it", "they", "this", "he", "she"}:
        return None
    return noun_phrase(subject)
