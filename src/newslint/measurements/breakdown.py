"""A whole split into parts, one of them "the remaining" or "the remainder": a breakdown.

"a new neighbourhood of 540 homes" ... "There will be 210 social housing dwellings ..., and
190 affordable rental homes" ... "The remaining 160 homes will be sold"; "a £12.4 million
capital programme" ... "£7.9m will be spent on ..." ... "The remainder of the programme is
divided between two other headings. Some £3.1m ... and £2.6m ..."; "26,440 of the 48,210
valid votes" ... "19,905 votes" ... "6,120 votes. Six other candidates shared the remainder."

The word "remaining" (or "the remainder", "the rest") says the parts listed around it are all
of one whole and exclude each other. The whole is the first figure of the kind (the same
currency, or a count of the same class of thing) in the article; the parts are the later
figures of that kind from a few paragraphs before the word to its sentence (or the next one,
when the word's own sentence gives no figure: "The remainder ... is divided between two other
headings. Some £3.1m ..."). A figure with no counted noun is a part only when its sentence opens
on the whole's noun ("Of the beds, 180 ...") or it names the whole ("26,440 of the 48,210").
The layer stays silent when a part is as large as the whole, when a part's sentence names
another time ("last year", "in 2022") or when a word lets the parts overlap ("including").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import INSIDE_LISTS
from newslint.measurements.model import Measurement
from newslint.measurements.parts import PartList, counted_noun
from newslint.measurements.reading import counted_class

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements

REACH = 4  # parts at most this many paragraphs before the word "remaining" ...
SENTENCE_REACH = 6  # ... and this many sentences (a part that names the whole: anywhere)
MAX_PARTS = 8

# words that say parts make up one whole: "the remaining 160", "split between the two sites"
# (read on the lowered text at the hits of a plain search: a case-blind pattern over a long
# article costs more than the rest of the rule)
_MARKER_HINT = re.compile(r"remain|rest|split|divided|shared|spread|broke|break|details")
_MARKER = re.compile(
    r"(?:remaining|remainder|rest)\b|(?:split|divided|shared|spread|broken down)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:between|among|across|into)\b|"
    r"(?:split|divided|shared)\s+(?:two|three|four|five|six|\d)\s+ways\b|"
    # "Breaking down the figures, ...", "A breakdown of the 2,900 complaints", "Giving details
    # of the capital vote, ...": the parts of what it names follow
    r"(?:breaking down|broken down|breakdown of|break down|details of)\s+"
    r"(?P<named>(?:the\s+|its\s+|their\s+)?[\w,-]+(?:\s+[\w-]+){0,2})"
)
# words too general to say which whole a breakdown names
_GENERAL = {"the", "its", "their", "for", "and", "figures", "figure", "total", "totals", "numbers", "data",
            "count", "results", "result", "sum"}  # fmt: skip
# a whole followed by its parts in the same sentence: "employs 1,200 people, 700 in Leeds and
# 620 in Hull"; "£4.8m: £2.9m for ..."
_LIST_AFTER = re.compile(r"[^,.;:\d\n]{0,40}?(?:,|:|\s[–—])\s*(?:with\s+)?(?=[£$€]?\d)")
_LIST_GATE = re.compile(r"\d[^,.;:\d\n]{0,40}?(?:,|:|\s[–—])\s*(?:with\s+)?[£$€]?\d")
# a clause after a figure, not the noun it counts: "£21m would go on roads, £17m on ..." is a
# list of its own, "1,200 people, 700 in Leeds" a whole and its parts
_A_CLAUSE = re.compile(
    r"\b(?:would|will|was|were|is|are|has|have|had|be|been|go|goes|went|going|on|for|to)\b",
    re.I,
)
# a figure that is a difference, not a part: "700 more than last year"
_NOT_A_PART = re.compile(r"\s*(?:more|fewer|less|extra|additional|up|down|higher|lower)\b", re.I)
_OPENS_ON = re.compile(
    r"\W*(?:In\s+)?(?:Of|Among)\s+(?:(?P<pronoun>them|those|these)\b|"
    r"(?:the|its|their|these|those)\s+(?P<noun>[a-z][\w-]*))",
    re.I,
)
# a partitive on a figure naming its whole's noun: "15,300 of those jobs", "90 of its schools"
_OF_NOUN = re.compile(
    r"\s+(?:of|out of|among)\s+(?:the|those|these|its|their)\s+"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
_OF_THE = re.compile(r"\s+(?:of|out of)\s+(?:the\s+|a total of\s+)?$", re.I)
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|next)\s+(?:year|month|week|season|time)\b|\b(?:a year|a decade) "
    r"(?:earlier|before|ago)\b|\b(?:19|20)\d\d\b",
    re.I,
)
# a figure inside another part: "410 were children, including 260 under-fives" (not
# "including a new roof", which names what a part pays for)
_OVERLAP = re.compile(
    rf"\b(?:{INSIDE_LISTS}|includes)\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\balone\b",
    re.I,
)


def remainder_lists(measurements: Measurements) -> Iterator[PartList]:
    """Parts of one whole around each "remaining", with the whole (see the module's doc)."""
    text = measurements.analysis.text
    markers, named = _markers(text.lower())
    if not markers and _LIST_GATE.search(text) is None:
        return  # the cheap test first: most articles split nothing
    found_in = _Figures(measurements)
    starts = [sp.start for sp in measurements.analysis.sentences]
    # a whole its list follows names what it counts first: "1,200 people, 700 in Leeds" (not
    # "bids of £3m, £4m and £5m", a list of its own)
    lists_after = {
        m.end: m
        for m in found_in.figures
        if (gap := _LIST_AFTER.match(text, m.end))
        and re.search(r"[A-Za-z]", gap.group(0))
        and (":" in gap.group(0) or not _A_CLAUSE.search(gap.group(0)))
    }
    markers += [(end, end) for end in lists_after]
    seen: set[tuple[int, ...]] = set()
    for whole in lists_after.values():
        found = _colon_list(found_in, whole)
        if found is not None:
            seen.add(tuple(m.index for m in (found.whole, *found.parts)))
            yield found
    for marker_start, marker_end in sorted(markers):
        s = _sentence_of(starts, marker_start)
        for kind in found_in.kinds_near(s):
            whole = (
                lists_after.get(marker_start)
                or found_in.named_whole(kind, marker_start, named.get(marker_start))
                or found_in.whole(kind)
            )
            breakdown = marker_start in named
            found = _split(found_in, kind, s, (marker_start, marker_end), whole, breakdown)
            if found is None:
                continue
            key = tuple(m.index for m in (found.whole, *found.parts))
            if key not in seen:
                seen.add(key)
                yield found


# a row of a table: a line opening on its label ("Fiji: 3 gold, 4 silver", "North: 3,400")
_ROW = re.compile(r"[^\n:]{1,40}:[ \t]*[£$€]?\d")
_FIGURE = re.compile(r"\d[\d,.]*")


def _other_row(text: str, whole: Measurement, m: Measurement) -> bool:
    """Figures on two rows of a table of columns (each row several figures) are two rows'
    (a column of it), not a whole and its part; a box of one figure a row may open on its
    total."""
    starts = [text.rfind("\n", 0, f.start) + 1 for f in (whole, m)]
    if starts[0] == starts[1]:
        return False
    for at in starts:
        end = text.find("\n", at)
        line = text[at : end if end >= 0 else len(text)]
        if not _ROW.match(line) or len(_FIGURE.findall(line)) < 2:
            return False
    return True


def _markers(lowered: str) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int, str]]]:
    """Where the cue words are, and what a breakdown names ("the capital vote")."""
    found: list[tuple[int, int]] = []
    named: dict[int, tuple[int, int, str]] = {}
    for hint in _MARKER_HINT.finditer(lowered):
        at = hint.start()
        if at and lowered[at - 1].isalnum():
            continue
        if m := _MARKER.match(lowered, at):
            found.append((m.start(), m.end()))
            if m.group("named"):
                named[m.start()] = (m.start("named"), m.end("named"), m.group("named"))
    return found, named


class _Figures:
    """The article's amounts, read once: their kinds, neighbours and sentences."""

    def __init__(self, measurements: Measurements) -> None:
        self.measurements = measurements
        self.text = text = measurements.analysis.text
        self.figures = [m for m in measurements if _amount(m, text)]
        self.kinds = {m.index: _kind(m, text) for m in self.figures}
        self.previous = {b.index: a for a, b in itertools.pairwise(self.figures)}
        self.following = {a.index: b for a, b in itertools.pairwise(self.figures)}
        self.sentences = [m.sentence for m in self.figures]
        self.by_kind: dict[tuple[str, str], list[Measurement]] = {}
        for m in self.figures:
            if (k := self.kinds[m.index]) is not None:
                self.by_kind.setdefault(k, []).append(m)
        self.shares_said = {m.sentence for m in measurements if m.quantity.kind == "percent"}

    def in_sentences(self, first: int, last: int) -> list[Measurement]:
        lo = bisect.bisect_left(self.sentences, first)
        return self.figures[lo : bisect.bisect_right(self.sentences, last)]

    def kinds_near(self, s: int) -> set[tuple[str, str]]:
        """What the word 'remaining' is about: the amounts of its own sentence, or, when it
        gives none, of the sentences either side ("The remainder of the programme is divided
        between two headings. Some £3.1m ..."). A sentence of shares ("about 1% each and the
        remainder ...") is about shares, not amounts."""
        here = self.in_sentences(s, s)
        if not here and s in self.shares_said:
            return set()
        kinds = {k for m in here if (k := self.kinds[m.index]) is not None}
        if kinds:
            return kinds
        # "Of those cases, 52 were reported from ... and 31 from ..., with the remainder ...":
        # counts with no noun of their own take the kind of the sentences either side
        return {
            k for m in self.in_sentences(s - 1, s + 1) if (k := self.kinds[m.index]) is not None
        }

    def named_whole(
        self, kind: tuple[str, str], at: int, named: tuple[int, int, str] | None
    ) -> Measurement | None:
        """The figure a breakdown names: 'A breakdown of the 2,900 complaints' (in the phrase),
        'details of the capital vote' (the last figure before it followed by 'capital')."""
        if not named:
            return None
        start, end, words_said = named
        figures = self.by_kind.get(kind, [])
        inside = [m for m in figures if start <= m.start < end]
        if inside:
            return inside[0]
        words = {w for w in re.findall(r"[a-z]{3,}", words_said) if w not in _GENERAL}
        for m in reversed([m for m in figures if m.start < at]):
            # the figure's own phrase: "£80m for day-to-day services", up to "and" or a stop
            after = re.split(r"[.,;:\n]|\band\b", self.text[m.end : m.end + 40].lower())[0]
            if words & set(re.findall(r"[a-z]{3,}", after)[:5]):
                return m
        return None

    def whole(self, kind: tuple[str, str]) -> Measurement | None:
        """The first figure of the kind that does not name another as its whole."""
        for m in self.by_kind.get(kind, []):
            after = self.following.get(m.index)
            if after is None or self.kinds[after.index] != kind or not _names(m, after, self.text):
                return m
        return None


def _colon_list(found_in: _Figures, whole: Measurement) -> PartList | None:
    """'5,200 patients last year: 3,100 adults and 2,300 children': after a colon, the counts
    listed one after another are its parts, whatever each counts."""
    text = found_in.text
    gap = _LIST_AFTER.match(text, whole.end)
    if gap is None or ":" not in gap.group(0):
        return None
    parts: list[Measurement] = []
    last = whole
    for m in found_in.in_sentences(whole.sentence, whole.sentence):
        if m.start <= whole.start:
            continue
        joined = m.start == gap.end() if last is whole else _joined(last, m, text)
        if not joined or m.quantity.kind != whole.quantity.kind or _NOT_A_PART.match(text, m.end):
            break
        parts.append(m)
        last = m
    if len(parts) < 2 or any((m.quantity.value or 0) >= (whole.quantity.value or 0) for m in parts):
        return None
    if any(":" in text[a.end : b.start] for a, b in itertools.pairwise(parts)):
        return None  # "nuns: 120 professed: 119 average age: 73": a table of labelled figures
    sentence = found_in.measurements.analysis.sentences[whole.sentence]
    if _OVERLAP.search(text, parts[0].start, sentence.end):
        return None
    return PartList(
        whole,
        parts,
        f"'{whole.text}' and, after a colon, the parts it is made of",
        exact=whole.quantity.kind == "count",
    )


def _split(
    found_in: _Figures,
    kind: tuple[str, str],
    s: int,
    marker: tuple[int, int],
    whole: Measurement | None,
    breakdown: bool = False,
) -> PartList | None:
    """The parts of ``whole`` (the first figure of the kind, or the one a list follows) listed
    around the marker in sentence ``s``; after a breakdown ("A breakdown of the 2,900
    complaints showed 1,400 concerned noise, ..."), every count of the sentence with no noun
    of its own."""
    measurements, text = found_in.measurements, found_in.text
    sentences = measurements.analysis.sentences
    if whole is None or found_in.kinds[whole.index] != kind:
        return None
    if whole.start >= (marker[1] if breakdown else marker[0]):
        return None  # the whole comes first (a breakdown may name it: "of the 2,900 ...")
    last = s
    said_after = [m for m in found_in.in_sentences(s, s) if m.start >= marker[1]]
    following = [m for m in found_in.in_sentences(s + 1, s + 1) if found_in.kinds[m.index] == kind]
    if (
        not any(found_in.kinds[m.index] == kind for m in said_after)
        and following
        and following[0].paragraph - whole.paragraph <= REACH + 1
    ):
        last = s + 1  # "The remainder ... is divided between two headings. Some £3.1m ..."
    first_paragraph = _paragraph_of(measurements, s) - REACH
    candidates = [
        m
        for m in found_in.in_sentences(s - SENTENCE_REACH, last)
        if whole.start < m.start and not _other_row(text, whole, m)
    ]
    named = found_in.previous.get(whole.index)
    if named is not None and _names(named, whole, text):
        candidates.insert(0, named)  # "26,440 of the 48,210 valid votes": anywhere before
    parts: list[Measurement] = []
    accepted = {whole.index}
    for m in candidates:
        if m.quantity.value == whole.quantity.value:
            continue  # the whole said again
        if m.value_range().overlaps(whole.value_range()):
            if found_in.kinds[m.index] == kind:
                return None  # "budgeted at about £2.4m": the whole said again, not a part
            continue
        if m.paragraph < first_paragraph and m is not named:
            continue
        if breakdown and m.start < marker[1]:
            continue  # a breakdown's parts follow it
        listed = (
            breakdown
            and m.sentence == s
            and m.quantity.kind == "count"
            and whole.quantity.kind == "count"
            and not _NOT_A_PART.match(text, m.end)
        )
        if (
            listed
            or found_in.kinds[m.index] == kind
            or _nameless_part_of(
                m, kind, whole, text, sentences, found_in.previous.get(m.index), accepted
            )
        ):
            parts.append(m)
            accepted.add(m.index)
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return None
    if any((m.quantity.value or 0) >= (whole.quantity.value or 0) for m in parts):
        return None  # a part past its whole alone is another finding (or another thing)
    if _other_time(parts, whole, text, sentences):
        return None
    span_end = sentences[max(m.sentence for m in parts)].end
    if _OVERLAP.search(text, parts[0].start, span_end):
        return None
    word = _MARKER.search(text.lower(), marker[0], sentences[s].end)
    said = word.group(0) if word else "remaining"
    return PartList(
        whole,
        parts,
        f"parts of '{whole.text}' listed around '{said}' (the rest of the whole), each an "
        f"amount of one kind ({kind[1] or kind[0]})",
        exact=kind[0] == "count",
    )


def _paragraph_of(measurements: Measurements, s: int) -> int:
    starts = [p.start for p in measurements.analysis.paragraphs]
    return max(0, bisect.bisect_right(starts, measurements.analysis.sentences[s].start) - 1)


def _amount(m: Measurement, text: str) -> bool:
    q = m.quantity
    return (
        m.role == "total"
        and q.kind in ("count", "money")
        and bool(q.value)
        and q.low is None
        and q.change is None
        and q.per is None
        and m.per is None
        and q.approx not in ("<", "<=", ">", ">=")
        and any(c.isdigit() for c in q.text)
    )


def _says_counted(q, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The extractor's counted noun is the figure's own: right after it, or in its span."""
    words = (q.counted or "").split()
    if not words:
        return False
    if q.text[-1:].isalpha():
        return q.text.lower().endswith(words[-1].lower())
    return re.match(rf"[\s-]+{re.escape(words[0])}\b", text[q.end : q.end + 40], re.I) is not None


def _kind(m: Measurement, text: str) -> tuple[str, str] | None:
    """('money', 'GBP') or ('count', 'home'): what a figure is an amount of."""
    q = m.quantity
    if q.kind == "money":
        return ("money", q.currency or "")
    noun = counted_noun(text, q.end)
    if noun is None and q.counted and _says_counted(q, text):
        noun = _last_word(q.counted)  # "a 320-bed hospital", "4,120 wildebeest"
    return ("count", noun) if noun else None


def _last_word(counted: str | None) -> str | None:
    words = counted_lemma(counted or "").split()
    return counted_class(words[-1]) if words else None


def _nameless_part_of(
    m: Measurement,
    kind: tuple[str, str],
    whole: Measurement,
    text: str,
    sentences: list,
    previous: Measurement | None,
    accepted: set[int],
) -> bool:
    """A count with no noun of its own is a part when its sentence opens on the whole's noun
    ('Of the beds, 180 ...') or it names the whole ('26,440 of the 48,210 valid votes')."""
    if m.quantity.kind != "count" or _kind(m, text) is not None:
        return False
    if _NOT_A_PART.match(text, m.end):
        return False
    if _names(m, whole, text):
        return True
    of_noun = _OF_NOUN.match(text, m.end)
    if of_noun and any(
        counted_class(counted_lemma(word)) == kind[1] for word in of_noun.group("words").split()
    ):
        return True  # "held 15,300 of those jobs": the part names the whole's noun
    if previous is not None and (
        (_joined(previous, m, text) and _WHERE.match(text, m.end)) or _gapped(previous, m, text)
    ):
        # "240 pupils ... and 130 from the new estate", "1,200 people, 700 in Leeds and 620 in
        # Hull", "the eastern park held 8,940 elephants, the western park 5,310": the noun (or
        # the verb) left out of a list
        return previous.index in accepted or _kind(previous, text) == kind
    opening = _OPENS_ON.match(text, sentences[m.sentence].start, m.start)
    if opening is None:
        return False
    if opening.group("pronoun"):
        return whole.sentence == m.sentence - 1
    return counted_class(counted_lemma(opening.group("noun"))) == kind[1]


_AND = re.compile(r"(?:,\s*|\s)(?:and|while|with)\s+$|[,:]\s*$", re.I)


# a part of a list named by where or what it is for, not by a statement of its own: "700 in
# Leeds", "130 from the new estate" (not "1,390 came from tenants")
_WHERE = re.compile(r"\s+(?:in|at|from|for|on|across|to|into|under|over|with)\b", re.I)


_GAP_OPENS = re.compile(r"[^,;.\d]{0,30}?(?:,|;|\band\b)")
_GAP_ENDS = re.compile(r"\s*(?:[,.;]|\band\b|$)")


def _gapped(previous: Measurement, m: Measurement, text: str) -> bool:
    """'..., Tsavo West 5,310, and ...': a part of a list whose verb is left out, so it ends its
    clause right after the figure."""
    between = text[previous.end : m.start]
    return (
        previous.sentence == m.sentence
        and len(between) <= 120
        and _GAP_OPENS.match(between) is not None
        and _GAP_ENDS.match(text, m.end) is not None
        and re.search(r"[.;!?\d]", between) is None
    )


def _joined(previous: Measurement, m: Measurement, text: str) -> bool:
    """Two figures of one list in one sentence: joined by 'and', 'with' or a comma, with no
    clause break between."""
    between = text[previous.end : m.start]
    return (
        previous.sentence == m.sentence
        and len(between) <= 90
        and _AND.search(between) is not None
        and re.search(r"[.;!?\d]", between) is None
    )


def _names(m: Measurement, whole: Measurement, text: str) -> bool:
    """'26,440 of the 48,210 valid votes': the part names its whole."""
    return whole.start > m.end and _OF_THE.match(text[m.end : whole.start]) is not None


def _other_time(parts: list[Measurement], whole: Measurement, text: str, sentences: list) -> bool:
    """A part's sentence that names a time the whole's does not: 'Last year it sold 8,200'."""
    own = sentences[whole.sentence]
    said = {m.group(0).lower() for m in _OTHER_TIME.finditer(text, own.start, own.end)}
    for m in parts:
        sentence = sentences[m.sentence]
        found = {
            x.group(0).lower() for x in _OTHER_TIME.finditer(text, sentence.start, sentence.end)
        }
        if found - said:
            return True
    return False


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)
