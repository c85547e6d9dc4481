"""Arrow schemas of the batch tables, derived from the pydantic report models.

The tables have the same columns whether a report's lists are empty or full, so a shard with no
quotes still carries a typed ``quotes`` file and a query never meets a missing column. Fields
added to ``Finding``/``Quantity``/``Quote`` appear here without a change.

How a model field becomes columns: scalars map to their Arrow type; ``Literal`` and ``Enum`` to
strings; ``date`` to date32; a nested model (a quote's ``speaker``) flattens into prefixed
columns (``speaker_text``); a list of models (``related``) to a list of structs; a free-form
dict (``evidence``) to a JSON string with sorted keys.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from newslint.report.model import Finding, Quantity, Quote

TABLES = ("articles", "findings", "quantities", "quotes")

# What the articles table records about each row of the input, whatever happened to it.
ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("seq", pa.int64()),  # position in the whole run's input, from 0
        ("source", pa.string()),  # the input file (or directory entry) the row came from
        ("row", pa.int64()),  # 1-based record number within that source
        ("title", pa.string()),
        ("published", pa.date32()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("status", pa.string()),  # ok | bad_input | failed
        ("error", pa.string()),
        ("chars", pa.int64()),  # of the cleaned text
        ("words", pa.int64()),
        ("removed", pa.int64()),  # pieces of boilerplate removed
        ("findings", pa.int64()),
        ("errors", pa.int64()),
        ("warnings", pa.int64()),
        ("infos", pa.int64()),
        ("quantities", pa.int64()),
        ("quotes", pa.int64()),
        # timings: the only columns that differ between two runs of the same input
        ("clean_ms", pa.float64()),
        ("parse_ms", pa.float64()),  # the shard's nlp.pipe time, shared out by characters
        ("rules_ms", pa.float64()),
    ]
)
TIMING_COLUMNS = ("clean_ms", "parse_ms", "rules_ms")
STATUSES = ("ok", "bad_input", "failed")

_KEY = [("article_id", pa.string()), ("n", pa.int64())]  # n: position within the article


def _arrow_type(annotation: Any) -> pa.DataType:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"cannot map {annotation!r} to one Arrow type")
        return _arrow_type(inner[0])
    if origin is Literal:
        return pa.string()
    if origin is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return pa.list_(pa.struct(_fields(item)))
        return pa.list_(_arrow_type(item))
    if origin is dict or annotation is dict:
        return pa.string()  # JSON text
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum) or annotation is str:
            return pa.string()
        if annotation is bool:
            return pa.bool_()
        if annotation is int:
            return pa.int64()
        if annotation is float:
            return pa.float64()
        if annotation is date:
            return pa.date32()
    raise TypeError(f"cannot map {annotation!r} to an Arrow type")


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a field that holds one nested model (optional or not), else None."""
    candidates = (
        get_args(annotation)
        if get_origin(annotation) in (Union, types.UnionType)
        else (annotation,)
    )
    for c in candidates:
        if isinstance(c, type) and issubclass(c, BaseModel):
            return c
    return None


def _fields(model: type[BaseModel], prefix: str = "") -> list[tuple[str, pa.DataType]]:
    hints = typing.get_type_hints(model)
    out: list[tuple[str, pa.DataType]] = []
    for name in model.model_fields:
        annotation = hints[name]
        nested = _nested_model(annotation)
        if nested is not None:
            out += _fields(nested, f"{prefix}{name}_")
        else:
            out.append((prefix + name, _arrow_type(annotation)))
    return out


def _flatten(model: type[BaseModel], values: dict[str, Any] | None, prefix: str = "") -> dict:
    hints = typing.get_type_hints(model)
    row: dict[str, Any] = {}
    for name in model.model_fields:
        value = None if values is None else values.get(name)
        nested = _nested_model(hints[name])
        if nested is not None:
            row.update(_flatten(nested, value, f"{prefix}{name}_"))
        elif isinstance(value, dict):
            row[prefix + name] = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
        elif isinstance(value, enum.Enum):
            row[prefix + name] = value.value
        else:
            row[prefix + name] = value
    return row


FINDINGS = pa.schema(
    [*_KEY, *_fields(Finding), ("text", pa.string())]  # text: the flagged span, for reading
)
QUANTITIES = pa.schema([*_KEY, *_fields(Quantity)])
QUOTES = pa.schema([*_KEY, *_fields(Quote)])
SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "findings": FINDINGS,
    "quantities": QUANTITIES,
    "quotes": QUOTES,
}
_MODELS: dict[str, type[BaseModel]] = {"findings": Finding, "quantities": Quantity, "quotes": Quote}
_SPAN_TEXT_LIMIT = 300


def report_rows(article_id: str, report: Any) -> dict[str, list[dict[str, Any]]]:
    """The findings, quantities and quotes of one Report as table rows."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, model in _MODELS.items():
        items = getattr(report, table)
        rows[table] = []
        for n, item in enumerate(items):
            row = {"article_id": article_id, "n": n}
            row.update(_flatten(model, item.model_dump(mode="python")))
            if table == "findings":
                row["text"] = report.text[item.start : item.end][:_SPAN_TEXT_LIMIT]
            rows[table].append(row)
    return rows


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])
