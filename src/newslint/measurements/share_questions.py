"""Whether two shares read as answers are answers to ONE question, asked of one whole.

A poll story tells many questions in a row, and the answer words repeat ("support", "worse",
"approve"): "Two-thirds support shorter sentences ... 47% say troops should be sent; 37%
disagree"; "62% say race relations are getting worse ... 60% say she would be better at
handling them"; "73% now back her. Last month, 67% did". Two shares answer one question only
when nothing in their sentences says otherwise:

- one time: a share told at a past time ("last month", "a year ago") and one told with no
  such time, or two shares told at two times ("2012" / "2016"), are two polls;
- one place: two sentences that name places, none of them shared ("in Arkansas" / "in
  Hawaii"), are two electorates;
- one question: a share whose own sentence tells another share before it ("47% say ...; 37%
  disagree") answers that share's question; answers of the trend family ("better", "worse",
  "the same") across sentences must say what they compare (a content word in common);
- one whole: "of voters overall" next to a share of a subgroup is another whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.measurements.model import Measurement
from newslint.measurements.scope import Scope, scope_of

if TYPE_CHECKING:
    from newslint.measurements.share_readings import Share
    from newslint.measurements.table import Measurements

_PLACE_LABELS = {"GPE", "LOC"}
# nouns of any poll sentence, saying nothing of what is compared
_POLL_NOUNS = {
    "percent", "cent", "per", "%", "voter", "respondent", "people", "adult", "survey", "poll",
    "number", "share", "majority", "minority", "plurality", "half", "third", "quarter",
}  # fmt: skip
# the base of a comparison, not the share's own time: "lower than last year"
_BASE = re.compile(
    r"\b(?:than|compared (?:with|to)|from|versus|on)\s+(?:the\s+)?(?:same\s+)?"
    r"(?:(?:last|previous)\s+\w+|a\s+\w+\s+(?:ago|earlier|before))",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]+\s")
_OPENING_PLACE = re.compile(r"\s*(?:In|At|Across|Throughout)\s+[^,;]{2,60},")
# a table's row: "18 to 29: 68% yes, 27% no", "Men: 41 per cent for, 52 per cent against"
_ROW = 90
_LABEL = re.compile(r"[^\n:.%]{1,40}:\s")
_SHARE = re.compile(r"\d\s*(?:%|per\s?cent|percent)", re.I)
_OVERALL = re.compile(r"\s*(?:of\s+(?:all\s+)?[a-z]+\s+)?overall\b", re.I)


class Questions:
    """The facts of an article's sentences that tell two questions apart, read once."""

    def __init__(self, measurements: Measurements, unread: set[int]) -> None:
        """``unread``: the shares of the article read as no answer."""
        self.analysis = measurements.analysis
        self.unread = sorted((m.start, m.sentence) for m in measurements if m.index in unread)
        self._places: dict[int, frozenset[str]] = {}
        self._scopes: dict[int, Scope] = {}

    def apart(self, current: list[Share], share: Share) -> str | None:
        """Why ``share`` answers another question than the list ``current``, or None."""
        if share.family in ("composition", "any", "vote"):
            return None  # a mix and a vote read their own wholes and times
        m = share.measurement
        row = self._row(m)
        if any(self._row(o.measurement) != row for o in current):
            return "a row of a table gives the answers of its label's group"
        if self._after_another(m, current):
            return "its sentence tells another share before it: that share's question"
        for other in current:
            o = other.measurement
            if self._other_time(o, m):
                return "told at another time"
            if o.sentence != m.sentence and self._other_place(o, m):
                return "told of another place"
            if o.sentence != m.sentence and share.family == "trend" and not self._one_topic(o, m):
                return "the comparisons name nothing in common"
            if self._overall(o) != self._overall(m):
                return "a share of everyone next to a share of a group"
        return None

    def _row(self, m: Measurement) -> tuple[int, int] | None:
        """The line of a table ("18 to 29: 68% yes, 27% no") a share sits on: a short line
        opening on a label and holding several shares, each row one group's answers."""
        text = self.analysis.text
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line) > _ROW or not _LABEL.match(line) or len(_SHARE.findall(line)) < 2:
            return None
        return start, end

    def _after_another(self, m: Measurement, current: list[Share]) -> bool:
        listed = {s.measurement.start for s in current}
        return any(
            sentence == m.sentence and start < m.start and start not in listed
            for start, sentence in self.unread
        )

    def _other_time(self, a: Measurement, b: Measurement) -> bool:
        """'Last month, 67% ...' and '73% now ...': a past time in one share's sentence
        only, or two times."""
        one, other = self._scope(a.sentence), self._scope(b.sentence)
        if one.conflict(other):
            return True
        past = [any(_past(kind, value) for kind, value in s.anchors) for s in (one, other)]
        return past[0] != past[1]

    def _scope(self, sentence: int) -> Scope:
        if sentence not in self._scopes:
            span = self.analysis.sentences[sentence]
            pieces, start = [], span.start
            for base in _BASE.finditer(self.analysis.text, span.start, span.end):
                pieces.append((start, base.start()))
                start = base.end()
            pieces.append((start, span.end))
            published = self.analysis.article.published
            self._scopes[sentence] = scope_of(self.analysis.text, pieces, published)
        return self._scopes[sentence]

    def _other_place(self, a: Measurement, b: Measurement) -> bool:
        """Each share's own clause (or its sentence's opening "In Ohio,") names a place, and
        none is the other's: "In Ohio, 56% ..." / "In Kentucky, 48% ..." (a place said
        elsewhere in the sentence may hold the other: "the Royal ... anywhere in the UK")."""
        one, other = self._place_names(a), self._place_names(b)
        return bool(one and other and not one & other)

    def _place_names(self, m: Measurement) -> frozenset[str]:
        if m.index not in self._places:
            span = self.analysis.sentences[m.sentence]
            text = self.analysis.text
            cuts = [c.end() for c in _CLAUSE_BREAK.finditer(text, span.start, m.start)]
            after = _CLAUSE_BREAK.search(text, m.end, span.end)
            clause = (cuts[-1] if cuts else span.start, after.start() if after else span.end)
            opening = _OPENING_PLACE.match(text, span.start, span.end)
            doc = self.analysis.entities_parsed(span)
            self._places[m.index] = frozenset(
                e.text.lower()
                for e in doc.ents
                if e.label_ in _PLACE_LABELS
                and (
                    clause[0] <= span.start + e.start_char < clause[1]
                    or (opening is not None and span.start + e.end_char <= opening.end())
                )
            )
        return self._places[m.index]

    def _one_topic(self, a: Measurement, b: Measurement) -> bool:
        """Both comparisons name a thing in common, or one names none of its own ("Only 38%
        think they will rise": it compares what the share before it compared)."""
        one, other = self._topic(a.sentence), self._topic(b.sentence)
        return not one or not other or bool(one & other)

    def _topic(self, sentence: int) -> frozenset[str]:
        """The nouns of a sentence, less the words of any poll ("voters", "percent")."""
        doc, _ = self.analysis.parsed_tokens(self.analysis.sentences[sentence])
        return frozenset(
            t.lemma_.lower()
            for t in doc
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _POLL_NOUNS
        )

    def _overall(self, m: Measurement) -> bool:
        return _OVERALL.match(self.analysis.text, m.end) is not None


def _past(kind: str, value: str) -> bool:
    """'last month', 'a year before': a time before the story's own (a year alone is not: a
    survey's year is often said once)."""
    return kind == "relative" and value.startswith(("last", "previous", "a "))
