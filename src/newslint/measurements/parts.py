"""Parts and their wholes, across sentences: which count a part is "of".

- "About 4,100 of them work at its plant": the one count of the sentence before (or of the same
  sentence, before the part);
- "Of them, 710 were children" / "Of those pupils, 260 are girls": the one count of the
  sentence before;
- "140 of the schools surveyed", "90 of its buildings", "Of the farms surveyed, 460 said":
  the count of the same counted noun (and, when the phrase names one, the same event:
  surveyed, stopped) anywhere before in the article, headline included, when all such counts
  give one value (or one of them is called the total: "a total of 1,240").

A part is linked only when there is exactly one candidate whole; otherwise the layer stays
silent. The same-sentence forms ("410 of the 340 roads", "Of the 340 roads surveyed, 410 ...",
"2,000 staff, 2,500 of them") stay with NUM004's own reading of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.model import Measurement
from newslint.measurements.reading import counted_class, verb_form_class

if TYPE_CHECKING:
    from newslint.measurements.table import Measurements

_OF_ANAPHOR = re.compile(r"\s*(?:of|out of)\s+(?:them|those|these|whom|which)\b", re.I)
_OPENS_WITH_ANAPHOR = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:Of|Out of|Among)\s+(?:them|those|these)(?:\s+(?P<noun>[a-z][\w-]*))?"
    r"\s*,\s*(?:\w+\s+){0,3}$"
)
_OF_NOUN = re.compile(
    r"\s*(?:of|out of)\s+(?:the|its|their|his|her|our|all)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
_OPENS_WITH_NOUN = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:In\s+)?(?:Of|Out of|Among)\s+(?:the|its|their|all)\s+"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})\s*,\s*(?:\w+\s+){0,3}$"
)
_TOTAL = re.compile(r"\b(?:a total of|in total|in all|altogether|overall|all)\s+$", re.I)
_NOT_A_PART = re.compile(r"^\s*(?:more|extra|additional|further|other|new)\b", re.I)
_FUNCTION = {"who", "which", "that", "were", "was", "are", "is", "had", "have", "in", "at", "on"}


@dataclass(frozen=True)
class PartOf:
    part: Measurement
    whole: Measurement
    why: str


def part_links(measurements: Measurements) -> Iterator[PartOf]:
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    counts = [m for m in measurements if _countable(m)]
    for part in counts:
        q = part.quantity
        if _NOT_A_PART.match(text, q.end):
            continue
        start = sentences[part.sentence].start
        before = text[start : q.start]
        if _OF_ANAPHOR.match(text, q.end):
            whole = _nearest_whole(counts, part, same_sentence_ok=True)
            if whole is not None:
                yield PartOf(part, whole, f"'{q.text} of them' follows '{whole.text}'")
            continue
        opening = _OPENS_WITH_ANAPHOR.search(before)
        if opening:
            whole = _nearest_whole(counts, part, same_sentence_ok=False)
            if whole is not None:
                yield PartOf(part, whole, f"'Of those' opens the sentence after '{whole.text}'")
            continue
        np = _OF_NOUN.match(text, q.end) or _OPENS_WITH_NOUN.search(before)
        if np and not re.match(r"\s*\d", np.group("np")):
            link = _whole_by_noun(counts, part, np.group("np"), text)
            if link is not None:
                yield link


def _countable(m: Measurement) -> bool:
    q = m.quantity
    return (
        q.kind == "count"
        and m.role == "total"
        and q.value is not None
        and q.low is None
        and q.approx not in ("<", "<=")
        and bool(re.search(r"\d", q.text))
    )


def _nearest_whole(
    counts: list[Measurement], part: Measurement, *, same_sentence_ok: bool
) -> Measurement | None:
    """The one count with a counted noun just before the part: earlier in its sentence, or
    else the only one in the sentence before (same paragraph)."""
    if same_sentence_ok:
        earlier = [
            m
            for m in counts
            if m.sentence == part.sentence and m.end <= part.start and m.quantity.counted
        ]
        if earlier:
            return earlier[-1]
    # news paragraphs are often one sentence: "Of them, ..." may open the next paragraph
    before = [m for m in counts if m.sentence == part.sentence - 1 and m.quantity.counted]
    return before[0] if len(before) == 1 else None


def _whole_by_noun(
    counts: list[Measurement], part: Measurement, np: str, text: str
) -> PartOf | None:
    noun, verb = _noun_and_verb(np)
    if noun is None:
        return None
    candidates = [
        m
        for m in counts
        if m.start < part.start
        and m.reading is not None
        and m.reading.relation == "count"
        and m.reading.noun == noun
        and not (verb and m.reading.verb and m.reading.verb != verb)
    ]
    if len({m.quantity.value for m in candidates}) > 1:
        # several counts of the noun: the one called the total, if there is one
        candidates = [m for m in candidates if _TOTAL.search(text, max(0, m.start - 16), m.start)]
        if len({m.quantity.value for m in candidates}) != 1:
            return None
    if not candidates:
        return None
    whole = candidates[0]
    event = f" and event ({verb})" if verb else ""
    return PartOf(
        part,
        whole,
        f"'of the {np}' names the count '{whole.text} {whole.quantity.counted}' (the same "
        f"counted noun{event}, the only such total before it)",
    )


def _noun_and_verb(np: str) -> tuple[str | None, str | None]:
    """'schools surveyed' -> ('school', 'inspect'); 'students who took the test' -> ('pupil',
    None); 'vehicles stopped' -> ('vehicle', 'stop')."""
    words = np.lower().split()
    noun = None
    verb = None
    for i, word in enumerate(words):
        if word in _FUNCTION:
            break
        if noun is None and (word.endswith("s") or i + 1 == len(words)):
            noun = counted_class(counted_lemma(word))
            continue
        if noun is not None:
            verb = verb_form_class(word)
            break
    return noun, verb
