"""A small corpus written for the batch tests: articles that fire rules, clean ones, bad rows."""

from __future__ import annotations

import json
from pathlib import Path

from newslint.batch.schema import TIMING_COLUMNS
from newslint.batch.store import Store

ARTICLES = [
    {
        "id": "bus-lanes",
        "outlet": "Riverside Gazette",
        "published": "2024-03-05",
        "title": "Council approves bus lanes",
        "text": "The council approved the new bus lanes on Tuesday after a two-hour debate.\n\n"
        "READ MORE: Ten things to do in the city this weekend\n\n"
        "Work on the first lane starts in March.",
    },
    {
        "id": "talks",
        "outlet": "Riverside Gazette",
        "published": "2024-03-06",
        "title": "Talks fail",
        "text": "President Volodymyr Zelensky visited Kyiv on Monday.\n\n"
        "Mr Zelenskyy told reporters in the capital that the talks had failed.",
    },
    {
        "id": "library",
        "outlet": "Hill Times",
        "published": "2024-03-07",
        "title": "Library reopens",
        "text": "The town library reopened on Saturday after a year of repairs.\n\n"
        "Volunteers carried the last boxes of books back inside on Friday evening.",
    },
    {
        "id": "harbour",
        "outlet": "Hill Times",
        "title": "Harbour wall repaired",
        "text": "Engineers finished repairing the harbour wall this week.\n\n"
        "Sign up for our newsletter to get the latest news straight to your inbox\n\n"
        "The fishing fleet returns to the inner harbour next month.",
    },
    {
        "id": "market",
        "outlet": "Riverside Gazette",
        "published": "2024-03-09",
        "text": "Stallholders at the Saturday market said trade was steady despite the rain.\n\n"
        "Anna Kowalski, who sells cheese, said regulars still came.",
    },
    {
        "id": "school",
        "outlet": "Hill Times",
        "published": "2024-03-10",
        "text": "A new primary school will open in the north of the town in September.\n\n"
        "Head teacher Tom Reyes said the first classes would be small.",
    },
]


def write_jsonl(path: Path, records: list[dict] | None = None, bad: bool = True) -> Path:
    """The corpus as JSONL; with ``bad``, also a row without text and a line that is not JSON."""
    lines = [json.dumps(r) for r in (ARTICLES if records is None else records)]
    if bad:
        lines.insert(2, json.dumps({"id": "no-text", "title": "Only a headline"}))
        lines.insert(4, '{"id": "broken", "text": "unterminated')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def many(n: int) -> list[dict]:
    """``n`` distinct articles (cycled from ARTICLES, each with its own id), for longer runs."""
    out = []
    for i in range(n):
        base = dict(ARTICLES[i % len(ARTICLES)])
        base["id"] = f"{base['id']}-{i:04d}"
        base["text"] = f"Item {i}. " + base["text"]
        out.append(base)
    return out


def tables(out: str) -> dict[str, list[dict]]:
    """Every table of a run (a folder or an object-store URI), timings dropped, in a stable
    order."""
    store = Store.open(out)
    result = {}
    for name in ("articles", "findings", "quantities", "quotes"):
        rows = store.read_table(name).to_pylist()
        for r in rows:
            for col in TIMING_COLUMNS:
                r.pop(col, None)
        result[name] = sorted(rows, key=lambda r: (r["article_id"], r.get("n", 0)))
    return result
