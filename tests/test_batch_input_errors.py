"""A bad input file is one recorded row and the run goes on (issue 11, D14-D17).

Each broken file keeps the rows read before its fault and adds one file-level row (``row`` -1,
``bad_input``) naming the input and the problem; the progress count does not crash on it; and a
whole ``newslint batch`` over all of them at once exits 0 with every good article checked.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from batch_corpus import ARTICLES
from newslint.batch.readers import count_rows, read_rows

NEWSLINT = [sys.executable, "-m", "newslint.cli"]


def jsonl_bytes() -> bytes:
    return "\n".join(json.dumps(a) for a in ARTICLES).encode() + b"\n"


def parquet_bytes() -> bytes:
    sink = io.BytesIO()
    # small row groups: a cut through the middle leaves whole groups before it
    pq.write_table(pa.Table.from_pylist(ARTICLES), sink, row_group_size=2)
    return sink.getvalue()


def truncated_jsonl_gz(folder):  # D14
    data = gzip.compress(jsonl_bytes())
    path = folder / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path, "Compressed file ended"


def truncated_parquet(folder):  # D15
    data = parquet_bytes()
    path = folder / "cut.parquet"
    path.write_bytes(data[: len(data) // 2])
    return path, "Parquet magic bytes not found"


def corrupt_parquet(folder):  # D15: the footer is intact, a data page is not
    data = bytearray(parquet_bytes())
    start = 4 + 40  # past the magic bytes, inside the first column chunk
    data[start : start + 200] = b"\xff" * 200
    path = folder / "corrupt.parquet"
    path.write_bytes(bytes(data))
    return path, "cannot read"


def not_gzip(folder):  # D15
    path = folder / "plain.jsonl.gz"
    path.write_bytes(jsonl_bytes())
    return path, "Not a gzipped file"


def csv_quote_left_open(folder):  # D16
    path = folder / "open-quote.csv"
    path.write_text(
        "id,text\n"
        'one,"The council met on Tuesday."\n'
        'two,"The depot opened on Monday, the mayor said\n'
        'three,"The library reopened on Saturday."\n'
        "four,The harbour wall was repaired.\n",
        encoding="utf-8",
    )
    return path, "a quote left open"


def csv_quote_open_to_the_end(folder):  # D16: the quote never closes at all
    path = folder / "open-to-end.csv"
    path.write_text(
        'id,text\none,"The council met on Tuesday."\ntwo,"Never closed\nthree,Lost.\n',
        encoding="utf-8",
    )
    return path, "unexpected end of data"


BROKEN = {
    "d14_truncated_jsonl_gz": truncated_jsonl_gz,
    "d15_truncated_parquet": truncated_parquet,
    "d15_corrupt_parquet": corrupt_parquet,
    "d15_gz_that_is_not_gzip": not_gzip,
    "d16_csv_quote_left_open": csv_quote_left_open,
    "d16_csv_quote_open_to_the_end": csv_quote_open_to_the_end,
}


@pytest.mark.parametrize("make", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_file_is_its_good_rows_then_one_error_row(tmp_path, make):
    path, words = make(tmp_path)
    rows = list(read_rows([str(path)]))
    *good, last = rows
    assert last.row == -1 and last.source == str(path)
    assert last.error.startswith("cannot read") and words in last.error
    assert "\n" not in last.error
    assert all(r.error is None and r.row > 0 for r in good)
    if "csv" in path.name:
        # the open quote never swallows the rows after it into one article
        assert [r.id for r in good] == ["one"]
        assert all("\n" not in (r.text or "") for r in good)
    assert count_rows([str(path)]) >= 1  # the progress count reads past the fault too


def test_d17_symlink_loops_in_a_folder_are_rows(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("The depot opened on Monday.", encoding="utf-8")
    os.symlink("loop2.txt", folder / "loop1.txt")  # a loop between two links
    os.symlink("loop1.txt", folder / "loop2.txt")
    os.symlink("..", folder / "sub" / "up")  # a folder link back to an ancestor
    os.symlink("missing.txt", folder / "gone.txt")  # a broken link to an article
    os.mkfifo(folder / "pipe.txt")  # would block a reader forever
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text("The harbour wall was repaired.", encoding="utf-8")
    os.symlink(elsewhere, folder / "linked")  # a folder link that is no loop: followed
    rows = {r.source[len(str(folder)) + 1 :]: r for r in read_rows([str(folder)])}
    assert set(rows) == {
        "a.txt",
        "gone.txt",
        "linked/c.txt",
        "loop1.txt",
        "loop2.txt",
        "pipe.txt",
        "sub/b.txt",
        "sub/up",
    }
    assert rows["loop1.txt"].error == rows["loop2.txt"].error == "symlink loop"
    assert rows["sub/up"].error == "symlink loop: leads back to the input folder"
    assert rows["gone.txt"].error.startswith("cannot read")
    assert rows["pipe.txt"].error == "not a regular file"
    assert rows["linked/c.txt"].raw == b"The harbour wall was repaired."
    assert count_rows([str(folder)]) == len(rows)


@pytest.mark.slow
def test_one_batch_over_every_broken_input_records_each_and_checks_the_rest(tmp_path):
    inputs = [str(make(tmp_path)[0]) for make in BROKEN.values()]
    good = tmp_path / "good.jsonl"
    good.write_bytes(jsonl_bytes())
    out = tmp_path / "out"
    done = subprocess.run(
        [*NEWSLINT, "batch", *inputs, str(good), "--out", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
    query = subprocess.run(
        [
            *NEWSLINT,
            "sql",
            str(out),
            "select source, row, status from articles order by seq",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rows = json.loads(query.stdout)
    file_rows = [r for r in rows if r["row"] == -1]
    assert [r["source"] for r in file_rows] == inputs
    assert {r["status"] for r in file_rows} == {"bad_input"}
    checked = [r for r in rows if r["source"] == str(good)]
    assert len(checked) == len(ARTICLES) and {r["status"] for r in checked} == {"ok"}
