"""Word families (``extract/word_families.py``): ``first_related`` answers as ``related`` asked
of every pair would, in the same order, with each word's family looked up once."""

from __future__ import annotations

import itertools

import pytest

from newslint.extract.word_families import first_related, related

WORDS = ["Vacancy", "vacant", "employee", "employ", "depth", "shallow", "bridge", "", "river"]


def _scanned(xs: list[str], ys: list[str]) -> tuple[str, str] | None:
    return next(((x, y) for x, y in itertools.product(xs, ys) if related(x, y)), None)


@pytest.mark.parametrize(
    ("xs", "ys"),
    [
        (["bridge", "vacancy"], ["river", "vacant"]),
        (["employ", "depth"], ["shallow", "employee"]),  # the first x decides, then the first y
        (["Depth"], ["SHALLOW"]),  # case does not matter
        (["river"], ["river"]),  # one word
        (["bridge", ""], ["", "river"]),  # an empty word is related to none
        (["bridge"], ["vacant", "employ"]),  # no family in common
        ([], ["river"]),
    ],
)
def test_first_related_is_the_first_related_pair(xs: list[str], ys: list[str]) -> None:
    assert first_related(xs, ys) == _scanned(xs, ys)


def test_first_related_agrees_with_related_on_every_pair_of_lists() -> None:
    for xs in itertools.permutations(WORDS[:5], 2):
        for ys in itertools.combinations(WORDS[3:], 3):
            assert first_related(list(xs), list(ys)) == _scanned(list(xs), list(ys)), (xs, ys)


def test_families_read_by_first_related_are_the_ones_related_reads() -> None:
    assert first_related(["vacancy"], ["vacant"]) == ("vacancy", "vacant")
    assert first_related(["depth"], ["shallow"]) == ("depth", "shallow")
    assert first_related(["bridge"], ["shallow"]) is None
