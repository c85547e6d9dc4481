"""Batch tables have fixed schemas derived from the report models, empty or full."""

from __future__ import annotations

import json
from datetime import date

import pyarrow as pa

from newslint.batch.schema import FINDINGS, QUANTITIES, QUOTES, SCHEMAS, report_rows, to_table
from newslint.report.model import Finding, Quantity, Quote, Report, Span, Speaker


def test_every_model_field_has_a_column():
    assert set(Finding.model_fields) <= set(FINDINGS.names)
    assert set(Quantity.model_fields) <= set(QUANTITIES.names)
    quote_columns = set(QUOTES.names)
    assert {f"speaker_{k}" for k in Speaker.model_fields} <= quote_columns
    assert "speaker" not in quote_columns
    assert FINDINGS.field("related").type == pa.list_(
        pa.struct([("start", pa.int64()), ("end", pa.int64())])
    )
    assert FINDINGS.field("evidence").type == pa.string()
    assert QUOTES.field("direct").type == pa.bool_()
    assert QUANTITIES.field("si_value").type == pa.float64()


def test_empty_report_gives_typed_empty_tables():
    rows = report_rows("a", Report(text="Nothing here."))
    for table, table_rows in rows.items():
        assert table_rows == []
        assert to_table(table, table_rows).schema == SCHEMAS[table]


def test_full_report_round_trips_through_arrow():
    text = 'The site covers 2,300 square miles, "a huge area", one official said.'
    report = Report(
        text=text,
        quantities=[
            Quantity(
                start=16,
                end=34,
                text="2,300 square miles",
                value=2300.0,
                unit="mi**2",
                dimension="area",
                kind="measure",
                si_value=5.957e9,
            )
        ],
        quotes=[
            Quote(
                start=36,
                end=50,
                text="a huge area",
                direct=True,
                cue="said",
                speaker=Speaker(text="one official", start=52, end=64, type="anonymous"),
            )
        ],
        findings=[
            Finding(
                rule="NUM003",
                name="comparison-mismatch",
                severity="error",
                start=16,
                end=34,
                message="m",
                related=[Span(start=0, end=3)],
                evidence={"stated_km2": 5957, "implied_km2": 62337},
            )
        ],
    )
    rows = report_rows("a1", report)
    findings = to_table("findings", rows["findings"]).to_pylist()
    assert findings[0]["article_id"] == "a1" and findings[0]["n"] == 0
    assert findings[0]["text"] == "2,300 square miles"
    assert findings[0]["severity"] == "error"
    assert findings[0]["related"] == [{"start": 0, "end": 3}]
    assert json.loads(findings[0]["evidence"]) == {"implied_km2": 62337, "stated_km2": 5957}
    (quote,) = to_table("quotes", rows["quotes"]).to_pylist()
    assert quote["speaker_type"] == "anonymous" and quote["speaker_text"] == "one official"
    (quantity,) = to_table("quantities", rows["quantities"]).to_pylist()
    assert quantity["unit"] == "mi**2" and quantity["value"] == 2300.0


def test_quote_without_speaker_has_null_speaker_columns():
    report = Report(text="x" * 20, quotes=[Quote(start=0, end=5, text="xxxxx", direct=False)])
    (row,) = to_table("quotes", report_rows("a", report)["quotes"]).to_pylist()
    assert row["speaker_text"] is None and row["speaker_type"] is None


def test_articles_published_is_a_date_column():
    assert SCHEMAS["articles"].field("published").type == pa.date32()
    table = to_table("articles", [{"article_id": "a", "published": date(2024, 3, 5)}])
    assert table.column("published").to_pylist() == [date(2024, 3, 5)]
