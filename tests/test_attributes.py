"""The fast attribute-ruler matching gives spaCy's matches, token for token."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
ODD = (
    "Y'all gonna let's c'mon, there is gotta be a way. Ain't it? Y all gon na got ta go. "
    "There's a dog; there are cats.\n\n  \tThe U.S. and e-mail's 2.5m #tags @people."
)


@pytest.mark.parametrize("text", [*(p.read_text() for p in EXAMPLES), ODD, ""])
def test_fast_matches_are_spacys(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "FastAttributeRuler"
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    fast = ruler.match(doc)
    assert fast == AttributeRuler.match(ruler, doc)
    if text:
        assert fast  # every token matches its tag's pattern at least
