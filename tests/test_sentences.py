"""Sentence spans without a parser."""

from __future__ import annotations

from newslint.extract.sentences import sentence_spans


def _texts(text):
    return [text[s.start : s.end] for s in sentence_spans(text)]


def test_splits_on_terminal_punctuation_and_blank_lines():
    text = 'Prices rose 1.5% in May. "It is bad," he said.\n\nMr. Smith left at 5.30pm.'
    assert _texts(text) == [
        "Prices rose 1.5% in May.",
        '"It is bad," he said.',
        "Mr. Smith left at 5.30pm.",
    ]


def test_wrapped_lines_stay_one_sentence():
    assert _texts("The majority of them\nin the past 24 hours.") == [
        "The majority of them\nin the past 24 hours."
    ]
