"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from newslint.analysis import split_paragraphs
from newslint.extract.quotes import quotes_in


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str):
        doc = nlp(text)
        return quotes_in(doc, [(p.start, p.end) for p in split_paragraphs(text)])

    return run
