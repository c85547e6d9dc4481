"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from newslint.analysis import split_paragraphs
from newslint.extract.quotes import quotes_in
from newslint.parse import parse


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str):
        doc = nlp(text)
        return quotes_in(doc, [(p.start, p.end) for p in split_paragraphs(text)])

    return run


@pytest.fixture(scope="module")
def speaker_of(nlp):
    """The speaker of the first quote holding ``fragment``, from a full parse."""

    def run(text: str, fragment: str):
        doc = parse(nlp, text, "full")
        quotes = quotes_in(doc, [(p.start, p.end) for p in split_paragraphs(text)])
        found = [q for q in quotes if fragment in q.text]
        assert found, f"no quote holds {fragment!r}: {[q.text for q in quotes]}"
        return found[0].speaker

    return run
