"""The WordNet file reader the table builders share (``extract/wordnet_files.py``), on a tiny
database in WordNet 3.0's format written here (made-up offsets and glosses)."""

from __future__ import annotations

from pathlib import Path

from newslint.extract.wordnet_files import Pointer, exceptions, index_entries, synsets

HEADER = "  1 This software and database is being provided to you, the LICENSEE, ...\n"


def _write(folder: Path) -> Path:
    (folder / "index.adj").write_text(
        HEADER + "public a 2 1 ! 2 2 00000100 00000300  \n" + "private a 1 1 ! 1 1 00000200  \n",
        encoding="latin-1",
    )
    (folder / "data.adj").write_text(
        HEADER
        + "00000100 00 a 02 Public(a) 0 overt 0 002 ! 00000200 a 0101 + 00000900 n 0000 "
        + "| open to all\n"
        + "00000200 00 a 01 private 0 001 ! 00000100 a 0101 | kept to a few\n"
        + "00000300 00 s 01 public 0 000 | of the state\n",
        encoding="latin-1",
    )
    (folder / "verb.exc").write_text("took take\nwove weave\n", encoding="latin-1")
    return folder


def test_index_entries_give_tagged_counts_and_senses_in_order(tmp_path: Path) -> None:
    entries = list(index_entries(_write(tmp_path), "adj"))
    assert [e.lemma for e in entries] == ["public", "private"]
    assert entries[0].tagged == 2
    assert entries[0].senses == ["00000100", "00000300"]
    assert entries[1].senses == ["00000200"]


def test_synsets_give_lex_file_words_and_pointers(tmp_path: Path) -> None:
    found = synsets(_write(tmp_path), "adj")
    assert list(found) == ["00000100", "00000200", "00000300"]
    public = found["00000100"]
    # lower-cased, the position marker "(a)" dropped, the gloss not read as words
    assert public.words == ["public", "overt"]
    assert public.lex_file == 0
    assert public.pointers == [
        Pointer("!", "00000200", "a", "0101"),
        Pointer("+", "00000900", "n", "0000"),
    ]
    assert (public.pointers[0].source, public.pointers[0].target) == (1, 1)
    assert (public.pointers[1].source, public.pointers[1].target) == (0, 0)
    assert found["00000300"].pointers == []


def test_exceptions_pair_irregular_forms_with_their_base(tmp_path: Path) -> None:
    assert list(exceptions(_write(tmp_path), "verb")) == [("took", "take"), ("wove", "weave")]
