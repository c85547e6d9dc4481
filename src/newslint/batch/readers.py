"""Reading a corpus as a stream of rows: JSONL, CSV, Parquet, directories of .txt/.html, gzip.

Every input is read a record at a time (Parquet a small batch at a time), so memory stays flat
however large the corpus. A record that cannot be read (bad JSON, not UTF-8, a file over the
size cap) becomes a row with an ``error``; the run records it and goes on. An input that stops
being readable part-way (a truncated gzip or Parquet file, a ``.gz`` that is not gzip, a CSV
quote left open) keeps the rows read before the fault and adds one file-level row (``row`` -1)
saying why; the other inputs go on. In a directory, symlinks are followed; a symlink loop, a
broken link or a non-regular file with an article's suffix is a row with its error.

Each row gets a stable id: the id column when there is one, else a hash of the input's name and
the row's number in it, so a rerun of the same command gives the same ids.
"""

from __future__ import annotations

import csv
import errno
import gzip
import hashlib
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from newslint.errors import InputError

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_PARQUET_BATCH = 256

# Column names tried, in order, when no mapping flag names the column.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "html": ("html",),
    "id": ("id",),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at"),
    "outlet": ("outlet", "publisher"),
    "url": ("url", "link"),
}


@dataclass(frozen=True)
class Columns:
    """Which input column holds each field; None means "try the usual names"."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {k: getattr(self, k) for k in CANDIDATES}

    def pick(self, record: dict[str, Any], key: str) -> tuple[str | None, Any]:
        """(column name, value) of field ``key`` in ``record``; (None, None) when absent."""
        given = getattr(self, key)
        for name in (given,) if given else CANDIDATES[key]:
            if name in record and record[name] is not None:
                return name, record[name]
        return None, None


@dataclass
class Row:
    """One article as read, before cleaning: picklable, small, no spaCy objects."""

    seq: int
    source: str
    row: int
    id: str
    text: str | None = None
    html: str | None = None
    raw: bytes | None = None  # a directory entry's bytes, decoded by the worker
    raw_html: bool | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # title, published, outlet, url
    error: str | None = None
    failed: str | None = None  # set when checking this row killed its worker: not tried again

    @property
    def label(self) -> str:
        return self.source if self.raw is not None or self.row <= 0 else f"{self.source}:{self.row}"


def stable_id(source: str, row: int) -> str:
    return hashlib.sha1(f"{source}\x00{row}".encode()).hexdigest()[:16]


class Input:
    """One input as given: a local path, or a URI that pyarrow's filesystems open (s3://...)."""

    def __init__(self, name: str):
        self.name = name
        if "://" in name:
            import pyarrow.fs as pafs

            self.fs, self.path = pafs.FileSystem.from_uri(name)
            self.local = isinstance(self.fs, pafs.LocalFileSystem)
        else:
            self.fs, self.path, self.local = None, name, True

    def kind(self) -> tuple[str, bool]:
        """('jsonl'|'csv'|'parquet'|'dir', gzipped), or InputError."""
        if self.fs is None:
            is_dir, exists = Path(self.path).is_dir(), Path(self.path).exists()
        else:
            import pyarrow.fs as pafs

            info = self.fs.get_file_info(self.path)
            is_dir, exists = (
                info.type == pafs.FileType.Directory,
                info.type != pafs.FileType.NotFound,
            )
        if is_dir:
            return "dir", False
        if not exists:
            raise InputError(self.name, "no such file or directory")
        return _format(self.name, self.path)

    def open(self, path: str | None = None, gz: bool = False) -> BinaryIO:
        path = path or self.path
        if self.fs is None:
            return gzip.open(path, "rb") if gz else open(path, "rb")  # type: ignore[return-value]
        stream = self.fs.open_input_stream(path, compression="gzip" if gz else None)
        return io.BufferedReader(stream)  # type: ignore[arg-type,return-value]

    def size(self, path: str) -> int:
        if self.fs is None:
            return Path(path).stat().st_size
        return self.fs.get_file_info(path).size or 0

    def parquet(self, gz: bool):
        import pyarrow as pa
        import pyarrow.parquet as pq

        if gz:  # Parquet needs random access; a gzipped file is unpacked in memory
            with self.open(gz=True) as stream:
                return pq.ParquetFile(pa.BufferReader(stream.read()))
        if self.fs is None:
            return pq.ParquetFile(self.path)
        return pq.ParquetFile(self.fs.open_input_file(self.path))

    def article_files(self) -> list[tuple[str, str, str | None]]:
        """(path, relative name, error or None) of each article file in this folder, sorted."""
        if self.fs is None:
            return _local_article_files(Path(self.path))
        import pyarrow.fs as pafs

        root = self.path.rstrip("/")
        infos = self.fs.get_file_info(pafs.FileSelector(root, recursive=True))
        found: list[tuple[str, str, str | None]] = [
            (i.path, i.path[len(root) + 1 :], None)
            for i in infos
            if i.type == pafs.FileType.File and is_article_name(i.path)
        ]
        found.sort(key=lambda item: item[1])
        return found


def is_article_name(name: str) -> bool:
    """A .txt, .md or .html file (or its .gz)."""
    suffixes = [x.lower() for x in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in ARTICLE_SUFFIXES


def _local_article_files(folder: Path) -> list[tuple[str, str, str | None]]:
    """Walk ``folder`` following symlinks, each directory once; a loop is an entry with an error.

    A directory reached again through a link to one of its own ancestors is a loop (one entry
    says so); one reached again by another way is read once, under its first name.
    """
    found: list[tuple[str, str, str | None]] = []
    top = folder.stat()
    seen = {(top.st_dev, top.st_ino)}
    # (directory, its name relative to the input, its ancestors' identities -> their names)
    stack = [(str(folder), "", {(top.st_dev, top.st_ino): ""})]
    while stack:
        directory, rel, ancestors = stack.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            found.append((directory, rel, f"cannot list the folder: {exc.strerror}"))
            continue
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            try:
                info = entry.stat()  # follows a symlink
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    found.append((entry.path, name, "symlink loop"))
                elif is_article_name(name):
                    found.append((entry.path, name, f"cannot read: {exc.strerror}"))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    target = ancestors[key] or "the input folder"
                    found.append((entry.path, name, f"symlink loop: leads back to {target}"))
                elif key not in seen:
                    seen.add(key)
                    stack.append((entry.path, name, {**ancestors, key: name}))
            elif is_article_name(name):
                regular = stat.S_ISREG(info.st_mode)
                found.append((entry.path, name, None if regular else "not a regular file"))
    found.sort(key=lambda item: item[1])
    return found


def _format(name: str, path: str) -> tuple[str, bool]:
    suffixes = [s.lower() for s in Path(path).suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    kind = TABLE_FORMATS.get(suffixes[-1] if suffixes else "")
    if kind is None:
        raise InputError(
            name, "unknown input format (expected .jsonl, .csv, .parquet, a directory, or .gz)"
        )
    return kind, gz


def check_inputs(inputs: list[str]) -> None:
    for name in inputs:
        Input(name).kind()


def source_name(name: str) -> str:
    """The input's name as the rows record it: as given, without a trailing slash."""
    return name.rstrip("/") or name


def read_rows(
    inputs: list[str], columns: Columns = Columns(), max_bytes: int = 5_000_000
) -> Iterator[Row]:
    """Every row of every input, in order, numbered by ``seq`` across the whole run."""
    seq = 0
    for name in inputs:
        source_input = Input(name)
        kind, gz = source_input.kind()
        source = source_name(name)
        if kind == "dir":
            records: Iterator[Row] = _directory(source_input, source, max_bytes)
        else:
            records = _table_rows(source_input, source, kind, gz, columns)
        for row in records:
            row.seq = seq
            seq += 1
            yield row


def count_rows(inputs: list[str]) -> int:
    """How many rows ``read_rows`` will give, read cheaply (for the progress bar's ETA).

    An input that cannot be read to its end counts what was read plus its error row.
    """
    total = 0
    for name in inputs:
        source_input = Input(name)
        kind, gz = source_input.kind()
        counted = 0
        try:
            if kind == "dir":
                counted = len(source_input.article_files())
            elif kind == "parquet":
                counted = source_input.parquet(gz).metadata.num_rows
            elif kind == "jsonl":
                with source_input.open(gz=gz) as stream:
                    for line in stream:
                        counted += bool(line.strip())
            else:
                for _ in _records(source_input, kind, gz):
                    counted += 1
        except Exception as exc:
            if not unreadable(exc):
                raise
            counted += 1
        total += counted
    return total


def cannot_read(exc: BaseException) -> str:
    """One line for the error column (pyarrow's messages run over several)."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return f"cannot read: {detail[:300]}"


def unreadable(exc: BaseException) -> bool:
    """An error that means the file's bytes are bad, not that newslint is."""
    return isinstance(exc, (OSError, EOFError, zlib.error, csv.Error)) or type(
        exc
    ).__module__.startswith("pyarrow")


def _directory(folder: Input, source: str, max_bytes: int) -> Iterator[Row]:
    for path, rel, problem in folder.article_files():
        name = f"{source}/{rel}"
        gz = rel.lower().endswith(".gz")
        html = Path(rel[:-3] if gz else rel).suffix.lower() in HTML_SUFFIXES
        row = Row(seq=0, source=name, row=0, id=stable_id(name, 0), raw_html=html or None)
        row.raw, row.error = (None, problem) if problem else _read_file(folder, path, gz, max_bytes)
        yield row


def _read_file(
    folder: Input, path: str, gz: bool, max_bytes: int
) -> tuple[bytes | None, str | None]:
    """(the file's bytes, None) or (None, why it cannot be used)."""
    try:
        size = folder.size(path)
        if not gz and size > max_bytes:
            return None, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit"
        with folder.open(path, gz) as stream:
            data = stream.read(max_bytes + 1)
    except Exception as exc:
        if not unreadable(exc):
            raise
        return None, cannot_read(exc)
    if len(data) > max_bytes:
        return None, f"file is over the {max_bytes:,}-byte limit"
    return data, None


def _records(source: Input, kind: str, gz: bool) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(record number, record or the reason it is unreadable) for a table file."""
    if kind == "jsonl":
        with source.open(gz=gz) as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except UnicodeDecodeError:
                    yield number, "line is not UTF-8"
                    continue
                except json.JSONDecodeError as exc:
                    yield number, f"line is not JSON: {exc.msg} at column {exc.colno}"
                    continue
                yield number, record if isinstance(record, dict) else "line is not a JSON object"
    elif kind == "csv":
        csv.field_size_limit(sys.maxsize)
        with source.open(gz=gz) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            # strict: a quote left open is an error, not a field that swallows the rows after it
            reader = csv.DictReader(text, strict=True)
            try:
                for number, record in enumerate(reader, 1):
                    if any(isinstance(v, str) and _has_surrogates(v) for v in record.values()):
                        yield number, "row is not UTF-8"
                        continue
                    yield number, {k: (v if v != "" else None) for k, v in record.items() if k}
            except csv.Error as exc:
                raise csv.Error(
                    f"CSV error after line {reader.line_num}: {exc} (a quote left open?)"
                ) from None
    else:
        number = 0
        for batch in source.parquet(gz).iter_batches(batch_size=_PARQUET_BATCH):
            for record in batch.to_pylist():
                number += 1
                yield number, record


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _table_rows(
    source_input: Input, source: str, kind: str, gz: bool, columns: Columns
) -> Iterator[Row]:
    try:
        for number, record in _records(source_input, kind, gz):
            yield _row(source, number, record, columns)
    except Exception as exc:
        if not unreadable(exc):
            raise
        # the rest of this input is unreadable: one row says so, the other inputs go on
        yield Row(seq=0, source=source, row=-1, id=stable_id(source, -1), error=cannot_read(exc))


def _row(source: str, number: int, record: dict[str, Any] | str, columns: Columns) -> Row:
    if isinstance(record, str):
        return Row(seq=0, source=source, row=number, id=stable_id(source, number), error=record)
    _, given_id = columns.pick(record, "id")
    row_id = str(given_id) if given_id not in (None, "") else stable_id(source, number)
    row = Row(seq=0, source=source, row=number, id=row_id)
    for key in ("title", "published", "outlet", "url"):
        _, value = columns.pick(record, key)
        if value is not None:
            row.meta[key] = value if key == "published" else str(value)
    html_col, html = columns.pick(record, "html")
    text_col, text = columns.pick(record, "text")
    if columns.html and html is None and not columns.text:
        row.error = f"no {columns.html!r} column"
    elif text is not None and (not columns.html or html is None):
        row.text, used = text, text_col
    elif html is not None:
        row.html, used = html, html_col
    elif columns.text:
        row.error = f"no {columns.text!r} column"
    else:
        looked = ", ".join(CANDIDATES["text"] + CANDIDATES["html"])
        row.error = f"no text or html column (looked for {looked})"
    if row.error is None:
        value = row.text if row.text is not None else row.html
        if not isinstance(value, str):
            row.error = f"column {used!r} is not a string"
            row.text = row.html = None
    return row
