"""The shipped word lists: well formed, matched in every written form, with literal senses."""

from __future__ import annotations

import pytest

from newslint.language.lexicon import (
    LEXICONS,
    Entry,
    Index,
    loaded_index,
    read_lexicon,
    written_forms,
)
from newslint.language.loaded import inflect


def test_every_line_of_every_lexicon_reads():
    entries = loaded_index().entries
    assert len(entries) > 500
    keys = [(e.phrase, e.pos, e.when) for e in entries]
    assert len(keys) == len(set(keys)), "an entry is listed twice"
    for e in entries:
        assert e.phrase == e.phrase.lower() and e.phrase.strip() == e.phrase
        assert all(alt.strip() for alt in e.neutral)


def test_a_malformed_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\nslam\tVERB\temotive verb\tcriticise\t\tsomewhere\n")
    with pytest.raises(ValueError, match=r"bad.tsv:2: malformed lexicon line"):
        read_lexicon(bad)


def test_every_lexicon_file_is_cited_in_sources():
    sources = (LEXICONS / "SOURCES.md").read_text(encoding="utf-8")
    for path in LEXICONS.glob("*.tsv"):
        assert path.name in sources


def test_written_forms_of_verbs_nouns_and_hyphenated_words():
    assert ("slammed",) in written_forms(Entry("slam", "VERB", "emotive verb"))
    assert ("ripped", "into") in written_forms(Entry("rip into", "VERB", "emotive verb"))
    assert ("tore", "into") in written_forms(Entry("tear into", "VERB", "emotive verb"))
    assert ("fat", "cats") in written_forms(Entry("fat cat", "NOUN", "name-calling"))
    assert ("henchmen",) in written_forms(Entry("henchman", "NOUN", "name-calling"))
    assert written_forms(Entry("money-grubbing", "ADJ", "loaded adjective")) == {
        ("money", "-", "grubbing")
    }


def test_index_prefers_the_longest_phrase(nlp):
    index = Index(
        [
            Entry("witch", "NOUN", "name-calling"),
            Entry("witch hunt", "NOUN", "pejorative label"),
        ]
    )
    doc = nlp.make_doc("A political witch hunt began.")
    (m,) = index.matches(doc)
    assert (doc[m.start : m.end].text, m.entry.phrase) == ("witch hunt", "witch hunt")


@pytest.mark.parametrize(
    ("alternative", "pos", "tag", "expected"),
    [
        ("criticise", "VERB", "VBD", "criticised"),
        ("criticise", "VERB", "VBZ", "criticises"),
        ("criticise", "VERB", "VBG", "criticising"),
        ("beat", "VERB", "VBN", "beaten"),
        ("respond to", "VERB", "VBD", "responded to"),
        ("be hot", "VERB", "VBZ", "is hot"),
        ("hurry", "VERB", "VBZ", "hurries"),
        ("attacker", "NOUN", "NNS", "attackers"),
        ("man", "NOUN", "NNS", "men"),
        ("ally", "NOUN", "NNS", "allies"),
        ("troops", "NOUN", "NNS", "troops"),
        ("poor", "ADJ", "JJ", "poor"),
    ],
)
def test_neutral_alternatives_take_the_form_of_the_word(alternative, pos, tag, expected):
    assert inflect(alternative, pos, tag) == expected
