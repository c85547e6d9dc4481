"""TXT rules: what the text itself shows, before any figure or quote is read."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from rapidfuzz.fuzz import ratio

from newslint.analysis import Analysis
from newslint.extract.entities import (
    Mention,
    Word,
    same_bearer,
)
from newslint.extract.name_spelling import (
    VOWEL_SLIP_RATIO,
    compared_forms,
    skeleton,
    spelling_differs,
)
from newslint.report import people
from newslint.report.position import excerpt
from newslint.rules.registry import Flag, rule


@rule(
    "TXT001",
    "boilerplate-removed",
    "info",
    fires="""
        The council approved the new bus lanes on Tuesday after a two-hour debate.

        READ MORE: Ten things to do in the city this weekend

        Work on the first lane starts in March.
    """,
    silent="""
        The council approved the new bus lanes on Tuesday after a two-hour debate.

        Work on the first lane starts in March, the council said.
    """,
)
def boilerplate_removed(analysis: Analysis) -> Iterator[Flag]:
    """Reports the promo, teaser and link lines removed before the article was checked.

    ## What it does
    Lists, as one finding, every piece of page furniture the cleaner cut from the input:
    "READ MORE" teasers, newsletter and app promos, lists of related links, "Source:" and
    "Read Full Article" trailers, share and follow prompts, adverts, photo credits, calls for
    tips, lines addressing the reader ("Check ... with our live map"), and on a pasted web
    page the labels, bylines, datelines, tags, author notes and related headlines before the
    article's first sentence and after its last. A line is cut only when the whole line is
    furniture: a sentence that mentions a newsletter, or any line with a reporting clause
    ("..., the council said") or a quotation, stays. Editorial notes ("This article was
    amended on ...", "Additional reporting by ...") are set aside with the kind `editorial`
    and counted apart. Their offsets (in the input) are in the report's `removed` list; the
    finding sits at the start of the cleaned text.

    ## Why is this bad?
    Boilerplate is not the article: figures and quotes in a teaser belong to another story and
    would mislead every other check. Showing what was cut lets an editor confirm that nothing of
    the article went with it.
    """
    if not analysis.removed:
        return
    furniture = [r for r in analysis.removed if r.kind != "editorial"]
    notes = len(analysis.removed) - len(furniture)
    kinds = Counter(r.kind for r in furniture)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    n = len(furniture)
    parts = [f"removed {n} piece{'s' if n != 1 else ''} of boilerplate before checking ({summary})"]
    if notes:
        note = f"set aside {notes} editorial note{'s' if notes != 1 else ''}"
        parts = [*parts, note] if n else [f"{note} before checking"]
    yield Flag(
        start=0,
        end=0,
        message="; ".join(parts),
        evidence={
            "removed": [
                {"start": r.start, "end": r.end, "kind": r.kind, "text": r.text[:120]}
                for r in analysis.removed
            ],
            "working": [
                f"cut as {r.kind}: '{excerpt(r.text, 0, len(r.text), 70)}'"
                for r in analysis.removed
            ],
        },
    )


@rule(
    "TXT002",
    "name-variant",
    "warning",
    fires="""
        President Volodymyr Zelensky visited Kyiv on Monday.

        Mr Zelenskyy told reporters in Kiev that the talks had failed.
    """,
    silent="""
        Boris Johnson spoke in London on Monday.

        Later, his brother Jo Johnson said the plan was sound.
    """,
    tolerance="""
        Two forms are variants when they differ only in accents (Erdoğan / Erdogan), or when,
        lower-cased and without accents, they start with the same letter, share their consonant
        frame (vowel runs, doubled letters, an h between a consonant and a vowel and a th / t
        not ending the word folded; a final vowel kept, since it often marks gender: Kowalski /
        Kowalska) and have a rapidfuzz similarity of at least 70. In names of six letters or
        more, spellings of one sound are read alike first: ch / kh / gh / h between vowels,
        x / ks, z / s inside a word, an initial ye / e. A name of seven letters or more may
        gain or lose one vowel between consonants (Bridgwater / Bridgewater) if the
        similarity is at least 90. Names shorter than four letters are skipped. Mentions whose
        given names, titles (Mr / Mrs) or kinds (a person, a place, a nationality) clash are
        different bearers, not a variant.
    """,
)
def name_variant(analysis: Analysis) -> Iterator[Flag]:
    """Flags one person or place spelled two ways in the same article.

    ## What it does
    Finds the names spaCy tags as people, places and organisations (and proper nouns it
    leaves untagged), and reports pairs of forms that look like two spellings of the same
    name: Zelenskyy / Zelensky, Kyiv / Kiev, Mohammed / Muhammad. The rarer form's first use
    is flagged; the other form's uses are linked. Possessives ("Zelensky's"), titles ("Mr",
    "President") and initials are taken into account.

    ## Why is this bad?
    A house style picks one transliteration. Two in one article look careless, break search
    and can make a reader think two people or places are meant.
    """
    found = analysis.names
    # surnames and single names, by written form
    last: dict[str, list[tuple[Mention, Word]]] = defaultdict(list)
    weak: set[tuple[int, int]] = set()  # (mention start, word start) of weak keys
    for m in found:
        for word, is_weak in m.spelling_keys():
            last[word.text.lower()].append((m, word))
            if is_weak:
                weak.add((m.start, word.start))
    yield from _variant_pairs(last, weak)

    # given names of one surname: Mohammed Hassan / Muhammad Hassan
    by_surname: dict[str, list[Mention]] = defaultdict(list)
    for m in found:
        if len(m.words) >= 2 and m.surname is not None:
            by_surname[m.surname.folded].append(m)
    for group in by_surname.values():
        given: dict[str, list[tuple[Mention, Word]]] = defaultdict(list)
        for m in group:
            given[m.words[0].text.lower()].append((m, m.words[0]))
        yield from _variant_pairs(given)


def _variant_pairs(
    forms: dict[str, list[tuple[Mention, Word]]], weak: set[tuple[int, int]] | None = None
) -> Iterator[Flag]:
    weak = weak or set()

    def pairable(x: Mention, xw: Word, y: Mention, yw: Word) -> bool:
        # a weak key (the last word of a many-word ORG) pairs only with a tagged person who has
        # a given name of their own: "Rajesh Pattel" (ORG) with "Dr R. Patel", not "Standard
        # Life" with "Liffe"
        if (x.start, xw.start) in weak and not (y.label == "PERSON" and y.given):
            return False
        if (y.start, yw.start) in weak and not (x.label == "PERSON" and x.given):
            return False
        return same_bearer(x, y)

    def one_bearer(xs: list[tuple[Mention, Word]], ys: list[tuple[Mention, Word]]) -> bool:
        # When both forms appear with given names, those decide (David Walliams is not Robbie
        # Williams, however often "Williams" appears alone); otherwise any pair may match.
        full_x = [(m, w) for m, w in xs if m.given]
        full_y = [(m, w) for m, w in ys if m.given]
        if full_x and full_y:
            xs, ys = full_x, full_y
        return any(pairable(x, xw, y, yw) for x, xw in xs for y, yw in ys)

    names = sorted(forms)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if spelling_differs(a, b) and one_bearer(forms[a], forms[b]):
                yield _variant_flag(forms[a], forms[b])


def _variant_flag(xs: list[tuple[Mention, Word]], ys: list[tuple[Mention, Word]]) -> Flag:
    # flag the rarer form (ties: the later one); link the other form's uses
    if (len(xs), -xs[0][1].start) > (len(ys), -ys[0][1].start):
        common, rare = xs, ys
    else:
        common, rare = ys, xs
    flagged, other = rare[0][1], common[0][1]
    read = list(compared_forms(flagged.folded, other.folded))
    similarity = round(ratio(*read), 1)
    frames = [skeleton(read[0]), skeleton(read[1])]
    if flagged.folded == other.folded:
        why = f"'{flagged.text}' and '{other.text}' differ only in accents"
    else:
        alike = "" if read == [flagged.folded, other.folded] else f" (read as {' / '.join(read)})"
        if frames[0] == frames[1]:
            shared = f"consonant frame ({frames[0]})"
        else:
            shared = f"consonants, one vowel apart ({frames[0]} / {frames[1]})"
        why = (
            f"'{flagged.text}' and '{other.text}'{alike} share their first letter and {shared}, "
            f"with a similarity of {similarity} ({_threshold(frames)} or more reads as one name)"
        )
    uses = (
        f"'{flagged.text}' appears {people.times_used(len(rare))}, '{other.text}' "
        f"{people.times_used(len(common))}: use one"
    )
    return Flag(
        start=flagged.start,
        end=flagged.end,
        message=f"'{flagged.text}' ({people.times_used(len(rare))}) and '{other.text}' "
        f"({people.times_used(len(common))}) look like two spellings of one name; use one",
        related=tuple((w.start, w.end) for _, w in common[:5]),
        # the article's more frequent spelling; editors offer it as the fix
        replacements=(other.text,),
        evidence={
            "forms": {flagged.text: len(rare), other.text: len(common)},
            "similarity": similarity,
            "frames": frames,
            "read_as": read,
            "rule": "accents only, or (after one-sound spellings are read alike) same first "
            "letter and consonant frame with similarity >= 70, or in names of 7 letters or more "
            "one vowel gained or lost between consonants with similarity >= 90",
            "working": [why, uses],
        },
    )


def _threshold(frames: list[str]) -> int:
    return 70 if frames[0] == frames[1] else int(VOWEL_SLIP_RATIO)
