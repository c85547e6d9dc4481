"""TXT rules: what the text itself shows, before any figure or quote is read."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from rapidfuzz.fuzz import ratio

from newslint.analysis import Analysis
from newslint.extract.entities import Mention, compatible_given_names, is_variant, mentions
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
    "Read Full Article" trailers, share and follow prompts. Their offsets (in the input) are in
    the report's `removed` list; the finding sits at the start of the cleaned text.

    ## Why is this bad?
    Boilerplate is not the article: figures and quotes in a teaser belong to another story and
    would mislead every other check. Showing what was cut lets an editor confirm that nothing of
    the article went with it.
    """
    if not analysis.removed:
        return
    kinds = Counter(r.kind for r in analysis.removed)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    n = len(analysis.removed)
    yield Flag(
        start=0,
        end=0,
        message=f"removed {n} piece{'s' if n != 1 else ''} of boilerplate before checking "
        f"({summary})",
        evidence={
            "removed": [
                {"start": r.start, "end": r.end, "kind": r.kind, "text": r.text[:120]}
                for r in analysis.removed
            ]
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
        Two forms are variants when, lower-cased and without accents, they start with the same
        letter, share their consonant frame (vowel runs and doubled letters folded) and have a
        rapidfuzz similarity of at least 70; names shorter than four letters are skipped. People
        with the same surname but different given names are different people, not a variant.
    """,
)
def name_variant(analysis: Analysis) -> Iterator[Flag]:
    """Flags one person or place spelled two ways in the same article.

    ## What it does
    Finds the names spaCy tags as people, places and organisations, and reports pairs of forms
    that look like two spellings of the same name: Zelenskyy / Zelensky, Kyiv / Kiev. The
    rarer form is flagged; the other form's first use is linked. Possessives ("Zelensky's"),
    titles ("Mr", "President") and initials are taken into account.

    ## Why is this bad?
    A house style picks one transliteration. Two in one article look careless, break search
    and can make a reader think two people or places are meant.
    """
    by_word: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
    people: list[Mention] = []
    for m in mentions(analysis.doc.ents):
        tokens = m.tokens
        if not tokens:
            continue
        # the last word carries a person's surname and a place's single name
        by_word[tokens[-1]].append((m, len(tokens)))
        if m.label == "PERSON":
            people.append(m)

    words = sorted(by_word)
    reported: set[tuple[str, str]] = set()
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if not is_variant(a, b) or (a, b) in reported:
                continue
            if not _same_bearer(by_word[a], by_word[b]):
                continue
            reported.add((a, b))
            yield _variant_flag(a, by_word[a], b, by_word[b])


def _same_bearer(xs: list[tuple[Mention, int]], ys: list[tuple[Mention, int]]) -> bool:
    """Could the two surnames belong to one bearer? Not if every pair's given names clash."""
    return any(
        compatible_given_names(x.tokens[:-1], y.tokens[:-1]) for x, _ in xs for y, _ in ys
    )


def _variant_flag(
    a: str, xs: list[tuple[Mention, int]], b: str, ys: list[tuple[Mention, int]]
) -> Flag:
    # flag the rarer form (ties: the later one); link the other form's first mention
    if (len(xs), -xs[0][0].start) > (len(ys), -ys[0][0].start):
        common, rare = xs, ys
    else:
        common, rare = ys, xs
    flagged, other = rare[0][0], common[0][0]
    rare_form = _surface_word(flagged)
    common_form = _surface_word(other)
    return Flag(
        start=flagged.start,
        end=flagged.end,
        message=f"'{rare_form}' ({len(rare)}x) and '{common_form}' ({len(common)}x) look like "
        f"two spellings of one name; use one",
        related=tuple((m.start, m.end) for m, _ in common[:5]),
        evidence={
            "forms": {rare_form: len(rare), common_form: len(common)},
            "similarity": round(ratio(a, b), 1),
            "rule": "same first letter and consonant frame, similarity >= 70",
        },
    )


def _surface_word(m: Mention) -> str:
    return m.text.split()[-1] if m.text.split() else m.text
