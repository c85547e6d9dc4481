"""SRC001 precision on BBC News: a fixed random sample of its findings, labelled by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/src001_sample.py [--limit N] [--show]

Runs SRC001 (anonymous-source) on the BBC News 2004-2005 corpus (Greene & Cunningham 2006;
evaluation only: read from ``../shared/data``, never copied), draws ``--sample`` of its findings
with a fixed seed (the findings whose hash of seed, article and span is smallest, so the
sample holds still when a change adds or drops findings elsewhere), and scores them against ``benchmarks/labels/src001_bbc.csv``: one row per
labelled finding, with the article id, the finding's span (character offsets in the checked
text: title, blank line, body) and the verdict, never the text. A finding is **correct** when
its speaker is a person or group the article does not name and the span is a quote or claim
attributed to them; **wrong** otherwise (a pronoun, a body, a named person, not an
attribution), with a short reason code.

``--show`` prints each sampled finding with its sentence, for labelling (to the terminal only).
A sampled finding with no label is listed as unlabelled and left out of the precision.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import time
from pathlib import Path

from evaluation_data import BBC, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "labels" / "src001_bbc.csv"
DEFAULT_BBC = evaluation_data(*BBC)
SEED = 12
FIELDS = ["article_id", "start", "end", "verdict", "why"]


def read_labels(path: Path) -> dict[tuple[str, int, int], dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["article_id"], int(r["start"]), int(r["end"])): r for r in csv.DictReader(f)}


def findings(path: Path, limit: int | None) -> tuple[list[dict], int, float]:
    from newslint import check
    from newslint.article import from_text
    from newslint.config import Config
    from newslint.nlp import pipeline

    nlp = pipeline()
    config = Config(select=["SRC001"])
    found: list[dict] = []
    articles = 0
    t0 = time.perf_counter()
    with path.open(encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if limit and articles >= limit:
                break
            articles += 1
            text = row["title"] + "\n\n" + row["body"]
            report = check(from_text(text, source=row["id"]), config=config, nlp=nlp)
            for f in report.findings:
                if f.rule != "SRC001":
                    continue
                found.append(
                    {
                        "article_id": row["id"],
                        "start": f.start,
                        "end": f.end,
                        "speaker": report.text[f.start : f.end],
                        "context": _sentence(report.text, f.start, f.end),
                        "quotes": [report.text[a.start : a.end] for a in f.related],
                    }
                )
    return found, articles, time.perf_counter() - t0


def _rank(seed: int, finding: dict) -> str:
    key = f"{seed}:{finding['article_id']}:{finding['start']}:{finding['end']}"
    return hashlib.sha1(key.encode()).hexdigest()


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return " ".join(text[a : b + 1].split())


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    parser.add_argument("--limit", type=int, help="articles to check (default: all)")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show", action="store_true", help="print sampled findings to label")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not args.bbc.exists():
        raise SystemExit(f"src001_sample: {args.bbc} not found")

    found, articles, seconds = findings(args.bbc, args.limit)
    # the sample: the findings whose hash (seed, article, span) is smallest, so a change that
    # adds or drops a few findings elsewhere leaves the rest of the sample, and its labels, alone
    sample = sorted(
        sorted(found, key=lambda f: _rank(args.seed, f))[: args.sample],
        key=lambda f: (f["article_id"], f["start"]),
    )
    labels = read_labels(args.labels)
    correct = wrong = 0
    unlabelled, wrongs = [], []
    for f in sample:
        label = labels.get((f["article_id"], f["start"], f["end"]))
        if label is None:
            unlabelled.append(f)
        elif label["verdict"] == "correct":
            correct += 1
        else:
            wrong += 1
            wrongs.append(f"{f['article_id']} {f['start']}-{f['end']} ({label['why']})")
    labelled = correct + wrong
    result = {
        "articles": articles,
        "findings": len(found),
        "per_article": len(found) / articles if articles else 0.0,
        "sample": len(sample),
        "labelled": labelled,
        "correct": correct,
        "precision": correct / labelled if labelled else None,
        "wrong": wrongs,
        "unlabelled": [(f["article_id"], f["start"], f["end"]) for f in unlabelled],
        "seconds": seconds,
    }
    print(
        f"SRC001 on {articles} BBC articles: {len(found)} findings "
        f"({result['per_article']:.2f} per article), {seconds:.0f} s"
    )
    precision = "-" if result["precision"] is None else f"{result['precision']:.3f}"
    print(
        f"sample of {len(sample)} (seed {args.seed}): {labelled} labelled, {correct} correct, "
        f"precision {precision}; {len(unlabelled)} unlabelled"
    )
    for line in wrongs:
        print(f"  wrong: {line}")
    if args.show:
        for f in unlabelled if unlabelled else sample:
            print(f"\n{f['article_id']},{f['start']},{f['end']}  speaker: {f['speaker']!r}")
            print(f"  {f['context'][:400]}")
            for q in f["quotes"][:3]:
                print(f"  quote: {q[:200]!r}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
