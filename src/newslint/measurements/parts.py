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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from newslint.extract.quantities import counted_lemma
from newslint.measurements.lexicon import INSIDE_WORDS
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
_NOT_A_PART = re.compile(r"\s*(?:more|extra|additional|further|other|new)\b", re.I)
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


# a count narrowed to one kind of its things: "1,510 complaints related to missed collections"
_KIND_OF = re.compile(
    r"\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:related to|relating to|about|"
    r"concerning|regarding|involving|linked to|connected to|caused by|due to)\b",
    re.I,
)
# a wider whole or another time in the kind's sentence: "Across England", "In 2019"
_WIDER_OR_OTHER = re.compile(
    r"\b(?:across|nationally|nationwide|national|countrywide|worldwide|globally|elsewhere|"
    r"other|(?:19|20)\d\d|last|previous|earlier|before|since)\b",
    re.I,
)


def kind_links(measurements: Measurements) -> Iterator[PartOf]:
    """'1,150 formal complaints in 2023-24' ... '1,510 complaints related to missed collections':
    a count narrowed to one kind of its things is a part of the one count of those things said
    before it (one value, at most ``KIND_REACH`` paragraphs back), unless its sentence names a
    wider whole or another time."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    counts = [m for m in measurements if _countable(m)]
    for part in counts:
        kind = _KIND_OF.match(text, part.end)
        if kind is None:
            continue
        noun = _class_of(kind.group("np").split()[-1])
        sentence = sentences[part.sentence]
        # the kind's own clause: "..., many of them during ... last summer" is another matter
        clause = re.compile(r"[,;:]").search(text, kind.end(), sentence.end)
        clause_end = clause.start() if clause else sentence.end
        if not noun or _WIDER_OR_OTHER.search(text, sentence.start, clause_end):
            continue
        wholes = _counts_before(
            text, counts, sentence.start, part, noun, lambda m: bool(_KIND_OF.match(text, m.end))
        )
        if len({m.quantity.value for m in wholes}) != 1:
            continue
        whole = wholes[0]
        yield PartOf(
            part,
            whole,
            f"'{part.text} {kind.group('np')} {text[kind.end('np') : kind.end()].strip()} ...' "
            f"narrows the '{whole.text} {whole.quantity.counted}' said before to one kind",
        )


KIND_REACH = 3


def _counts_before(
    text: str,
    counts: list[Measurement],
    start: int,
    part: Measurement,
    noun: str,
    is_kind: Callable[[Measurement], bool],
) -> list[Measurement]:
    """The counts of ``noun`` before ``start``, at most ``KIND_REACH`` paragraphs before the
    part, that are not themselves a kind of it."""
    return [
        m
        for m in counts
        if m.end <= start
        and part.paragraph - m.paragraph <= KIND_REACH
        and counted_noun(text, m.end) == noun
        and not is_kind(m)
    ]


# a count, its noun, and the preposition that names its kind: "620 complaints were about
# noise", "410 staff work in Leeds"; the next counts of the list give only the preposition
_KIND_WORD = (
    r"(?:about|concerning|regarding|over|involving|related to|relating to|linked to|in|at|"
    r"from|for|on)"
)
_KIND_HEAD = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?:were|was|are|is|came|come|work|worked)\s+)?"
    rf"(?P<word>{_KIND_WORD})\s+[a-z]",
    re.I,
)
_KIND_GAP = r"\s+{word}\s+[^,;:.\d]{{1,40}}?(?:,\s*(?:and\s+)?|\s+and\s+)"
_REST_OF_KIND = re.compile(r"[^,;:.\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")


def _same_kind_word(text: str, m: Measurement, word: str) -> bool:
    """'1,150 complaints about noise' is a kind itself, not the whole of kinds 'about ...'."""
    found = _KIND_HEAD.match(text, m.end)
    return found is not None and found.group("word").lower() == word.lower()


def kind_lists(measurements: Measurements) -> Iterator[PartList]:
    """'The council received 1,150 complaints' ... 'Some 620 complaints were about noise, 410
    about parking and 230 about litter': counts of the whole's noun, each of another kind named
    by one preposition (its noun and verb left out after the first), are parts of the one
    count of that noun said before (one value, at most ``KIND_REACH`` paragraphs back), unless
    their sentence names a wider whole or another time, or lets them overlap."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    counts = [m for m in measurements if _countable(m)]
    for i, first in enumerate(counts):
        noun = counted_noun(text, first.end)
        head = _KIND_HEAD.match(text, first.end) if noun else None
        if head is None or noun is None:
            continue
        word = re.escape(head.group("word"))
        gap = re.compile(_KIND_GAP.format(word=word), re.I)
        parts = [first]
        for m in counts[i + 1 : i + MAX_PARTS]:
            if parts[-1] is first:
                joined = _REST_OF_KIND.fullmatch(text, head.end() - 1, m.start)
            else:
                joined = gap.fullmatch(text, parts[-1].end, m.start)
            if m.sentence != first.sentence or not joined:
                break
            parts.append(m)
        if not re.match(rf"\s+{word}\s+[a-z]", text[parts[-1].end : parts[-1].end + 40], re.I):
            parts.pop()  # the last must name its kind too
        sentence = sentences[first.sentence]
        if len(parts) < 2 or _WIDER_OR_OTHER.search(text, sentence.start, sentence.end):
            continue
        if _OVERLAP_WORDS.search(text, first.end, sentence.end):
            continue
        said: str = head.group("word")
        wholes = _counts_before(
            text, counts, sentence.start, first, noun, partial(_same_kind_word, text, word=said)
        )
        if len({m.quantity.value for m in wholes}) != 1:
            continue
        yield PartList(
            wholes[0],
            parts,
            f"counts of '{wholes[0].text} {wholes[0].quantity.counted}', each of another kind "
            f"('{head.group('word')} ...')",
        )


def _class_of(word: str | None) -> str:
    return counted_class(counted_lemma(word.lower())) if word else ""


_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s-]")
_NOT_NOUN = {"will", "would", "are", "were", "was", "is", "be", "been", "had", "have", "has",
             "in", "on", "of", "at", "to", "for", "from", "and", "or", "the", "a", "an", "with",
             "by", "as", "than", "more", "less", "said", "who", "which", "that"}  # fmt: skip


_PLURALS = {"people", "staff", "children", "men", "women", "police", "cattle", "sheep", "personnel"}


def counted_noun(text: str, end: int) -> str | None:
    """The plural noun right after a count ('7,420 votes', '61,400 valid votes', '210 social
    housing dwellings'), in its class, or None ('180 will be on general wards')."""
    for word in _WORD.findall(text, end, end + 60)[:4]:
        lowered = word.lower()
        if lowered in _NOT_NOUN or not word[0].isalpha():
            return None
        if lowered in _PLURALS or (lowered.endswith("s") and not lowered.endswith(("ss", "us"))):
            return counted_class(counted_lemma(lowered))
    return None


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


# -- parts that exclude each other -------------------------------------------------------------

# the sentence opens on the whole: "Of the 1,450 wildfires recorded since March, ..."
_OPENS_ON_WHOLE = re.compile(r"^\s*(?:In\s+)?(?:Of|Out of)\s+(?:the|its|their|all|these|those)\s+$")
# a part that adds to the ones before: "A further 95 were damaged", "another 40 ..."
_FURTHER = re.compile(
    r"(?:\b(?:a|an)\s+(?:further|additional)|\banother|\bthe\s+(?:remaining|other|rest\s+of\s+the))"
    r"\s+$",
    re.I,
)
# the next part of one list in the same sentence: "870 were human-caused and 690 were ..."
_NEXT_IN_LIST = re.compile(r"(?:,\s*|;\s*|\s)(?:and|while|whereas|with)\s+$|[,;]\s*$", re.I)
# what each part of a partition says of itself: "870 were human-caused"
_COPULA = re.compile(r"\s+(?:were|was|are|is|had been|have been)\b", re.I)
# words that let parts overlap: "both", "also", "more than one"
_OVERLAP_WORDS = re.compile(
    r"\b(?:both|also|as well|overlap\w*|more than one|at least one|some of whom|some of which|"
    rf"{INSIDE_WORDS}|of (?:them|those|these))\b",
    re.I,
)
MAX_PARTS = 8  # parts of one whole listed at most (a story rarely lists more)
OPENING = 60  # how far into its sentence a further part may sit
_OPENING_BREAK = re.compile(rf"[,;:\d]|{_WIDER_OR_OTHER.pattern}", re.I)


@dataclass(frozen=True)
class PartList:
    """Parts of one whole that exclude each other, and why they were judged so."""

    whole: Measurement
    parts: list[Measurement]
    why: str
    # the counts are exact: "the remaining 160" is the writer's own subtraction, so "210" is
    # 210 and not anything from 205 to 215
    exact: bool = False


def part_lists(measurements: Measurements) -> Iterator[PartList]:
    """Two or more parts of one whole that cannot overlap: a part tied to its whole ("Of
    those, 180 were razed", "Of the 1,450 wildfires ..., 870 were ...") and the parts listed
    after it, either each said to add to the others ("A further 95 ...", "another", "the
    remaining") or, in the one sentence that opens on the whole ("Of the 1,450 wildfires ...",
    "Of those arrested, ..."), each stating what it is ("870 were human-caused and 690 were
    sparked by lightning") with no word that lets them overlap."""
    text = measurements.analysis.text
    sentences = measurements.analysis.sentences
    counts = [m for m in measurements if _countable(m)]
    wholes = {link.part.index: link for link in part_links(measurements)}
    for i, first in enumerate(counts):
        link = wholes.get(first.index)
        whole = link.whole if link is not None else _opening_whole(counts, i, text, sentences)
        if whole is None or first.quantity.value is None or not _same_counted(first, whole):
            continue
        parts, further = _listed_after(counts, i, text, sentences)
        parts = _not_adding_to(measurements, whole, first, parts)
        if not parts:
            continue
        opening = text[sentences[first.sentence].start : first.start]
        opened = (
            whole.sentence == first.sentence
            and _OPENS_ON_WHOLE.match(text[sentences[whole.sentence].start : whole.start])
        ) or (link is not None and _OPENS_WITH_ANAPHOR.search(opening))
        # from the first part to the end of the last part's clause
        end = sentences[parts[-1].sentence].end
        stop = re.compile(r"[,;.!?]").search(text, parts[-1].end, end)
        if _OVERLAP_WORDS.search(text, first.end, stop.start() if stop else end):
            continue
        if not further and not (opened and _each_says_what_it_is([first, *parts], text)):
            continue
        how = (
            "each added to the last ('a further', 'another')"
            if further
            else "each stating what it is, in the sentence that opens on the whole ('Of those, ...')"
        )
        yield PartList(whole, [first, *parts], f"parts of '{whole.text}' listed one after "
                       f"another, {how}")  # fmt: skip


def _not_adding_to(
    measurements: Measurements, whole: Measurement, first: Measurement, parts: list[Measurement]
) -> list[Measurement]:
    """The parts up to one, in a sentence of its own, whose clause repeats the whole's verb
    ("480 new beds were promised" ... "Ministers have promised another 190"): that one adds
    to the whole rather than listing a part of it."""
    analysis = measurements.analysis
    said = _content_verbs(analysis, whole.sentence, analysis.sentences[whole.sentence].end)
    for k, m in enumerate(parts):
        if m.sentence != first.sentence and said & _content_verbs(analysis, m.sentence, m.start):
            return parts[:k]
    return parts


def _content_verbs(analysis, sentence: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    doc, offset = analysis.parsed_tokens(analysis.sentences[sentence])
    return {
        t.lemma_.lower()
        for t in doc
        if t.pos_ == "VERB" and t.idx + offset < end and t.lemma_ not in ("be", "have")
    }


def _opening_whole(
    counts: list[Measurement], i: int, text: str, sentences: list
) -> Measurement | None:
    """'Of the 1,450 wildfires recorded ..., 870 were ...': the count the sentence opens on,
    when ``counts[i]`` is the next count of the sentence, after a comma."""
    if i == 0:
        return None
    whole, part = counts[i - 1], counts[i]
    if whole.sentence != part.sentence or "," not in text[whole.end : part.start]:
        return None
    opening = text[sentences[whole.sentence].start : whole.start]
    return whole if _OPENS_ON_WHOLE.match(opening) and whole.quantity.counted else None


def _listed_after(
    counts: list[Measurement], i: int, text: str, sentences: list
) -> tuple[list[Measurement], bool]:
    """The counts listed after ``counts[i]`` as further parts of its whole, and whether any
    is said to add to the others."""
    parts: list[Measurement] = []
    further = False
    last = counts[i]
    for m in counts[i + 1 : i + MAX_PARTS]:
        if m.paragraph != last.paragraph or m.sentence - last.sentence > 1:
            break
        gap = text[last.end : m.start]
        if re.search(r"\d", gap) or _OF_ANAPHOR.match(text, m.end):
            break
        before = text[max(sentences[m.sentence].start, m.start - 24) : m.start]
        adds = bool(_FURTHER.search(before))
        if m.sentence != last.sentence:
            # the next sentence continues the list only with "A further", "Another", at its
            # start or in its first clause ("Work was under way on another 1,100"), its clause
            # naming no wider whole or other time
            opening = text[sentences[m.sentence].start : m.start]
            clause = re.split(r"[,;:]", text[m.end : sentences[m.sentence].end])[0]
            if (
                not adds
                or len(opening) > OPENING
                or _OPENING_BREAK.search(opening)
                or _WIDER_OR_OTHER.search(clause)
            ):
                break
        elif not (adds or _NEXT_IN_LIST.search(gap)) or len(gap) > 90:
            break
        if not _same_counted(m, last):
            break
        further = further or adds
        parts.append(m)
        last = m
    return parts, further


def _same_counted(a: Measurement, b: Measurement) -> bool:
    """Both count one class of thing, or either names none ("Of those, 180 were razed")."""

    def noun(m: Measurement) -> str:
        words = counted_lemma(m.quantity.counted or "").split()
        return counted_class(words[-1]) if words else ""

    return not (noun(a) and noun(b)) or noun(a) == noun(b)


def _each_says_what_it_is(parts: list[Measurement], text: str) -> bool:
    return all(_COPULA.match(text, m.end) for m in parts)
