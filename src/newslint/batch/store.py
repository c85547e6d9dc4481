"""The output of a batch run: Parquet shards, a manifest of finished shards, DuckDB views.

Layout of ``DIR`` (a local folder, or an object-store URI such as ``s3://bucket/run``):

    _run.json                   inputs and options of the run (a rerun must match them)
    articles/part-000000.parquet   one file per shard and table
    findings/part-000000.parquet
    quantities/part-000000.parquet
    quotes/part-000000.parquet
    _manifest/shard-000000.json    written last: the shard is complete
    newslint.duckdb             views over the finished shards (written at the end of a run)

A shard's files are written to a temporary name and renamed into place (on an object store,
where a single PUT is atomic, they are written directly); its manifest entry is written the
same way, after all four files. A run killed at any moment leaves at most a shard without a
manifest entry, which the rerun writes again; queries read only shards in the manifest, so
every article is counted exactly once.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newslint.batch.schema import SCHEMAS, TABLES, to_table
from newslint.errors import InputError

RUN_FILE = "_run.json"
MANIFEST = "_manifest"
DUCKDB_FILE = "newslint.duckdb"


def shard_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


@dataclass
class Store:
    fs: pafs.FileSystem
    root: str
    uri: str

    @classmethod
    def open(cls, out: str) -> Store:
        if "://" in out:
            fs, root = pafs.FileSystem.from_uri(out)
        else:
            fs, root = pafs.LocalFileSystem(), os.path.abspath(out)
        return cls(fs=fs, root=root.rstrip("/"), uri=out)

    @property
    def local(self) -> bool:
        return isinstance(self.fs, pafs.LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def exists(self) -> bool:
        return self.fs.get_file_info(self.path(RUN_FILE)).type == pafs.FileType.File

    # -- the run's identity ---------------------------------------------------------------
    def start(self, run: dict[str, Any], overwrite: bool = False) -> None:
        """Create DIR for ``run``, or check that DIR holds the same run (to resume it)."""
        if self.exists():
            if overwrite:
                self.fs.delete_dir_contents(self.root)
            else:
                held = self.read_json(RUN_FILE)
                if held != run:
                    raise InputError(
                        self.uri,
                        "holds a run with other inputs or options (see _run.json); "
                        "use another --out, or --overwrite to start again",
                    )
                self._clean_temporaries()
                return
        self.fs.create_dir(self.root, recursive=True)
        for table in (*TABLES, MANIFEST):
            self.fs.create_dir(self.path(table), recursive=True)
        self._put(self.path(RUN_FILE), _json_bytes(run))

    def run(self) -> dict[str, Any]:
        if not self.exists():
            raise InputError(self.uri, "is not a newslint batch output (no _run.json)")
        return self.read_json(RUN_FILE)

    # -- shards ---------------------------------------------------------------------------
    def done(self) -> dict[int, dict[str, Any]]:
        """The manifest: finished shard index -> its summary."""
        selector = pafs.FileSelector(self.path(MANIFEST), allow_not_found=True)
        entries = {}
        for info in self.fs.get_file_info(selector):
            name = info.base_name
            if (
                info.type == pafs.FileType.File
                and name.startswith("shard-")
                and name.endswith(".json")
            ):
                entries[int(name[6:-5])] = self.read_json(MANIFEST, name)
        return dict(sorted(entries.items()))

    def write_shard(
        self, index: int, tables: dict[str, list[dict[str, Any]]], summary: dict
    ) -> None:
        for table in TABLES:
            rows = sorted(tables.get(table, []), key=_order)
            self._write_parquet(self.path(table, shard_name(index)), to_table(table, rows))
        self._put(self.path(MANIFEST, f"shard-{index:06d}.json"), _json_bytes(summary))

    def files(self, table: str) -> list[str]:
        """The Parquet files of ``table`` that belong to finished shards."""
        return [self.path(table, shard_name(i)) for i in self.done()]

    def read_table(self, table: str) -> pa.Table:
        files = self.files(table)
        if not files:
            return SCHEMAS[table].empty_table()
        return pa.concat_tables(pq.read_table(f, filesystem=self.fs) for f in files)

    # -- plumbing -------------------------------------------------------------------------
    def read_json(self, *parts: str) -> Any:
        with self.fs.open_input_stream(self.path(*parts)) as stream:
            return json.loads(stream.read())

    def _put(self, path: str, data: bytes) -> None:
        if not self.local:  # one PUT to an object store is atomic
            with self.fs.open_output_stream(path) as stream:
                stream.write(data)
            return
        tmp = _temporary(path)
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def _write_parquet(self, path: str, table: pa.Table) -> None:
        if not self.local:
            pq.write_table(table, path, filesystem=self.fs, compression="zstd")
            return
        tmp = _temporary(path)
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def _clean_temporaries(self) -> None:
        if not self.local:
            return
        for folder in (*TABLES, MANIFEST):
            for name in os.listdir(self.path(folder)):
                if ".tmp-" in name:
                    os.remove(self.path(folder, name))


def _temporary(path: str) -> str:
    # unique per writer: two processes finishing the same shard never share a temporary file
    return f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _order(row: dict[str, Any]) -> tuple:
    return (row.get("seq", 0), row.get("article_id", ""), row.get("n", 0))


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, indent=2, sort_keys=True, default=str) + "\n").encode()


# -- DuckDB ---------------------------------------------------------------------------------
def connect(out: str, database: str = ":memory:"):
    """A DuckDB connection with one view per table over the finished shards of ``out``."""
    import duckdb

    store = Store.open(out)
    store.run()
    con = duckdb.connect(database)
    for table in TABLES:
        files = store.files(table)
        if files and store.local:
            listing = ", ".join(_sql_string(f) for f in files)
            con.execute(
                f"create or replace view {table} as select * from read_parquet([{listing}])"
            )
        else:
            # no shards yet, or an object store: copy the Arrow table in (typed, even if empty)
            arrow = store.read_table(table)  # noqa: F841  (DuckDB reads the local variable)
            con.execute(f"create or replace table {table} as select * from arrow")
    return con


def write_duckdb(out: str) -> str | None:
    """Write DIR/newslint.duckdb with views over the finished shards (local output only)."""
    store = Store.open(out)
    if not store.local:
        return None
    path = store.path(DUCKDB_FILE)
    tmp = _temporary(path)
    con = connect(out, tmp)
    con.close()
    os.replace(tmp, path)
    return path


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
