"""Reading corpora: every format, gzip, stable ids, bad rows recorded rather than fatal."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from batch_corpus import ARTICLES, write_jsonl
from newslint.batch.readers import Columns, count_rows, read_rows, stable_id
from newslint.errors import InputError


def test_jsonl_rows_keep_order_ids_and_metadata(tmp_path):
    rows = list(read_rows([str(write_jsonl(tmp_path / "c.jsonl"))]))
    assert [r.seq for r in rows] == list(range(len(ARTICLES) + 2))
    assert [r.id for r in rows][:3] == ["bus-lanes", "talks", "no-text"]
    first = rows[0]
    assert first.text.startswith("The council approved")
    assert first.meta == {
        "title": "Council approves bus lanes",
        "published": "2024-03-05",
        "outlet": "Riverside Gazette",
    }
    assert first.error is None


def test_bad_rows_are_rows_with_an_error(tmp_path):
    rows = {r.id: r for r in read_rows([str(write_jsonl(tmp_path / "c.jsonl"))])}
    assert rows["no-text"].error.startswith("no text or html column")
    broken = [r for r in rows.values() if r.error and "not JSON" in r.error]
    assert len(broken) == 1
    # a row without a usable id gets a hash of where it came from
    assert broken[0].id == stable_id(str(tmp_path / "c.jsonl"), broken[0].row)


def test_ids_without_an_id_column_are_stable_and_distinct(tmp_path):
    records = [{"text": "One article."}, {"text": "One article."}]
    path = write_jsonl(tmp_path / "noid.jsonl", records, bad=False)
    first = [r.id for r in read_rows([str(path)])]
    second = [r.id for r in read_rows([str(path)])]
    assert first == second
    assert len(set(first)) == 2


def test_csv_with_mapping_flags_and_multiline_text(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        'story_id,body,paper\n7,"First line.\n\nSecond paragraph, with a comma.",Hill Times\n'
        "8,,Hill Times\n",
        encoding="utf-8",
    )
    rows = list(read_rows([str(path)], Columns(id="story_id", outlet="paper")))
    assert rows[0].id == "7"
    assert rows[0].text == "First line.\n\nSecond paragraph, with a comma."
    assert rows[0].meta["outlet"] == "Hill Times"
    assert rows[1].error is not None  # empty body


def test_csv_row_that_is_not_utf8_is_a_bad_row(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"id,text\n1,Fine text.\n2,Caf\xe9 society \xff\xfe\n3,Also fine.\n")
    rows = list(read_rows([str(path)]))
    assert [r.error is None for r in rows] == [True, False, True]
    assert "UTF-8" in rows[1].error


def test_explicit_text_column_missing_is_named(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", ARTICLES[:1], bad=False)
    (row,) = read_rows([str(path)], Columns(text="story"))
    assert row.error == "no 'story' column"


def test_html_column(tmp_path):
    records = [{"id": "h", "html": "<html><body><p>Hello.</p></body></html>"}]
    (row,) = read_rows([str(write_jsonl(tmp_path / "h.jsonl", records, bad=False))])
    assert row.html.startswith("<html>") and row.text is None


def test_parquet_and_gzip_give_the_same_rows_as_jsonl(tmp_path):
    jsonl = write_jsonl(tmp_path / "c.jsonl", bad=False)
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), parquet)

    def view(path):
        return [(r.id, r.text, r.meta) for r in read_rows([str(path)])]

    assert view(gz) == view(jsonl) == view(parquet)
    assert count_rows([str(gz), str(parquet), str(jsonl)]) == 3 * len(ARTICLES)


def test_directory_of_text_html_and_gzip_files(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text("Second article.", encoding="utf-8")
    (corpus / "a.html").write_text("<html><body><p>First.</p></body></html>", encoding="utf-8")
    (corpus / "sub" / "c.txt.gz").write_bytes(gzip.compress(b"Third, compressed."))
    (corpus / "big.txt").write_text("x" * 200, encoding="utf-8")
    (corpus / "notes.csv").write_text("ignored", encoding="utf-8")
    rows = list(read_rows([str(corpus) + "/"], max_bytes=100))
    names = [r.source for r in rows]
    assert names == [f"{corpus}/{n}" for n in ("a.html", "b.txt", "big.txt", "sub/c.txt.gz")]
    assert rows[0].raw_html is True and rows[1].raw_html is None
    assert rows[2].error and "limit" in rows[2].error and rows[2].raw is None
    assert rows[3].raw == b"Third, compressed."
    assert count_rows([str(corpus)]) == 4


def test_unknown_format_and_missing_input_are_input_errors(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match="unknown input format"):
        list(read_rows([str(tmp_path / "x.docx")]))
    with pytest.raises(InputError, match="no such file"):
        list(read_rows([str(tmp_path / "missing.jsonl")]))


def test_a_truncated_gzip_stops_that_input_with_one_bad_row(tmp_path):
    data = gzip.compress("\n".join(json.dumps(a) for a in ARTICLES).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    rows = list(read_rows([str(path)]))
    assert rows[-1].error.startswith("cannot read")
    assert all(r.error is None for r in rows[:-1])


def test_uri_inputs_go_through_pyarrow_filesystems(tmp_path):
    """file:// URIs take the same code path as s3:// or gs:// (pyarrow's filesystems)."""
    jsonl = write_jsonl(tmp_path / "c.jsonl", bad=False)
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), parquet)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("First.", encoding="utf-8")
    (corpus / "two.html.gz").write_bytes(gzip.compress(b"<html><body>Second.</body></html>"))

    def view(name):
        return [(r.id, r.text, r.meta, r.raw) for r in read_rows([name])]

    for path in (gz, parquet):
        assert view(f"file://{path}") == view(str(jsonl))
    rows = list(read_rows([f"file://{corpus}"]))
    assert [r.raw for r in rows] == [b"First.", b"<html><body>Second.</body></html>"]
    assert [r.raw_html for r in rows] == [None, True]
    assert count_rows([f"file://{corpus}", f"file://{parquet}"]) == 2 + len(ARTICLES)
    with pytest.raises(InputError, match="no such file"):
        list(read_rows([f"file://{tmp_path}/missing.jsonl"]))
