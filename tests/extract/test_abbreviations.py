"""The table of short forms (``extract/abbreviations.py``) as the sentence splitter reads it:
a full stop after any of its words is no sentence's end. Passages written for this file."""

from __future__ import annotations

import pytest

from newslint.extract import abbreviations as table
from newslint.extract.sentences import sentence_spans

ONE_SENTENCE = [
    "The award went to Mrs. Achebe for her work on the wards.",  # courtesy
    "The march ended at St. Giles cathedral in the rain.",  # saint
    "The order was signed by Gen. Ruiz on the second day.",  # rank
    "Shares in Halden Corp. (HLD) fell sharply after the warning.",  # company
    "The bus was No. 14 on the timetable that year.",  # figure word
    "The count closed on Sept. 30 with no recount.",  # month
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_a_short_form_full_stop_ends_no_sentence(text):
    assert len(sentence_spans(text)) == 1


def test_every_group_is_read_by_the_splitter():
    groups = [table.COURTESY_TITLES, table.SAINT, table.RANK_TITLES, table.COMPANY_SUFFIXES]
    groups += [table.FIGURE_WORDS, table.MONTHS]
    for word in (word for group in groups for word in group):
        assert len(sentence_spans(f"The note named {word}. Smith as its author.")) == 1, word


def test_a_plain_word_before_a_full_stop_ends_the_sentence():
    assert len(sentence_spans("The note named Mark. Smith wrote it.")) == 2
