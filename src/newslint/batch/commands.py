"""CLI commands of the batch subsystem: ``batch``, ``sql`` and ``stats``.

Arrow, DuckDB and Ray are imported inside the commands, so ``newslint check`` starts fast.
``newslint.cli`` (``fail``, ``_split``) is imported inside them too: it imports this module.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newslint.errors import NewslintError


def _need_batch_extra() -> None:
    from newslint.cli import fail

    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise fail(
            "the batch commands need pyarrow and duckdb: pip install 'newslint[batch]'"
        ) from None


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class SqlFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class StatsFormat(str, Enum):
    text = "text"
    json = "json"


def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSONL, CSV or Parquet files (optionally .gz), or directories of .txt/.html.",
            show_default=False,
        ),
    ],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder (or s3://... URI).")],
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (Ray: actors). Default: all cores.")
    ] = None,
    engine: Annotated[Engine, typer.Option(help="local process pool, or ray.")] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option(help="Ray cluster: auto or ray://host:10001 (default: start one)."),
    ] = None,
    shard_size: Annotated[int, typer.Option(help="Articles per output shard.")] = 500,
    text_col: Annotated[
        str | None, typer.Option(help="Column with the text (default: text, body, content).")
    ] = None,
    html_col: Annotated[str | None, typer.Option(help="Column with HTML (default: html).")] = None,
    id_col: Annotated[
        str | None, typer.Option(help="Column with a stable id (default: id).")
    ] = None,
    title_col: Annotated[
        str | None, typer.Option(help="Headline column (default: title, headline).")
    ] = None,
    published_col: Annotated[
        str | None, typer.Option(help="Date column (default: published, date).")
    ] = None,
    outlet_col: Annotated[
        str | None, typer.Option(help="Outlet column (default: outlet, publisher).")
    ] = None,
    url_col: Annotated[str | None, typer.Option(help="URL column (default: url, link).")] = None,
    select: Annotated[list[str] | None, typer.Option(help="Rule codes or families to run.")] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Rule codes or families to skip.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file.")] = None,
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Largest article accepted.")] = None,
    overwrite: Annotated[
        bool, typer.Option(help="Start again in an --out that holds another run.")
    ] = False,
    progress: Annotated[bool, typer.Option(help="Show progress on stderr.")] = True,
) -> None:
    """Lint a corpus into Parquet tables (articles, findings, quantities, quotes); resumable."""
    _need_batch_extra()
    from newslint.batch.readers import Columns
    from newslint.batch.run import BatchOptions, run_batch
    from newslint.cli import _split, fail
    from newslint.config import load_config

    try:
        settings = load_config(config).merged(
            select=_split(select), ignore=_split(ignore), pipeline=pipeline, max_bytes=max_bytes
        )
        options = BatchOptions(
            inputs=inputs,
            out=out,
            config=settings,
            columns=Columns(
                text=text_col,
                html=html_col,
                id=id_col,
                title=title_col,
                published=published_col,
                outlet=outlet_col,
                url=url_col,
            ),
            shard_size=shard_size,
            engine=engine.value,
            workers=workers,
            address=address,
            overwrite=overwrite,
        )
        summary = run_batch(options, progress=progress)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    print(summary.line(), file=sys.stderr)


def sql(
    out: Annotated[str, typer.Argument(help="A batch output folder.")],
    query: Annotated[
        str, typer.Argument(help="SQL over the views articles, findings, quantities, quotes.")
    ],
    format: Annotated[SqlFormat, typer.Option("--format", "-f")] = SqlFormat.table,
) -> None:
    """Query a batch output with DuckDB."""
    _need_batch_extra()
    from newslint.batch.store import connect
    from newslint.cli import fail

    try:
        con = connect(out)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    import duckdb

    try:
        result = con.execute(query)
    except duckdb.Error as exc:
        raise fail(f"query failed: {str(exc).splitlines()[0]}") from None
    columns = [d[0] for d in result.description or []]
    rows = result.fetchall()
    if format is SqlFormat.json:
        print(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], indent=2, default=str))
    elif format is SqlFormat.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        cells = [columns] + [["" if v is None else str(v) for v in r] for r in rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
        for n, row in enumerate(cells):
            print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
            if n == 0:
                print("  ".join("-" * w for w in widths))


def stats(
    out: Annotated[str, typer.Argument(help="A batch output folder.")],
    html: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")
    ] = None,
    format: Annotated[
        StatsFormat, typer.Option("--format", "-f", help="Aggregates on stdout.")
    ] = StatsFormat.text,
    top: Annotated[int, typer.Option(help="Rows in the top-N tables.")] = 20,
) -> None:
    """Corpus report: findings per 1,000 words, anonymous sources, contradicted figures."""
    _need_batch_extra()
    from newslint.batch.stats import corpus_stats, render_html, render_text
    from newslint.cli import fail

    try:
        aggregates = corpus_stats(out, top=top)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    if html is not None:
        html.write_text(render_html(aggregates, top=top), encoding="utf-8")
    if format is StatsFormat.json:
        print(json.dumps(aggregates, indent=2, sort_keys=True, default=str))
    elif html is None:
        print(render_text(aggregates), end="")


def register(app: typer.Typer) -> None:
    """Add ``batch``, ``sql`` and ``stats`` to the CLI."""
    app.command("batch")(batch)
    app.command("sql")(sql)
    app.command("stats")(stats)
