"""False alarms and time share of the change, total and date rules on clean BBC articles.

    .venv/bin/python benchmarks/dates_false_alarms.py [--limit 2225] [--json out.json]

Reads the BBC News 2004-2005 corpus (evaluation only, never copied into the repo) from
``../shared/data/bbc-news-2004-2005/bbc_fulltext.jsonl`` and runs a whole check (every rule)
on each article as published, with no published date (the corpus has none). Every warning and
error of NUM006, NUM007 and DAT001-DAT003 is printed with its context, to be read by hand: a
real error in the source, or ours. Reports error-severity findings per 100 articles.

Without a published date the rules check only what the text dates itself: weekdays of dates
printed with a year (or with a range partner's year), dates that do not exist (29 February
only with a printed year), durations between two dated days, ages against birth dates when the
age's own sentence gives its date, and one person's two ages "now" against each other.
"yesterday (Monday)", a year taken from the publication date, and an age "now" against a birth
date are skipped.

Time: for each article the five rules run after every other rule on the same Analysis (so the
parse and the extraction they share with other rules are already paid for), and their CPU time
(``time.process_time``, robust to other jobs on the machine) is compared with the whole
check's, side by side in one run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from evaluation_data import BBC, bbc_rows, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
RULES = ["NUM006", "NUM007", "DAT001", "DAT002", "DAT003"]


def default_data() -> Path:
    return evaluation_data(*BBC)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--limit", type=int, default=2225, help="articles to read (in file order)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    if not args.data.exists():
        sys.exit(f"{args.data}: BBC corpus not found (pass --data)")
    articles = list(bbc_rows(args.data, args.limit))

    from newslint.analysis import Analysis
    from newslint.article import Article
    from newslint.clean import clean
    from newslint.config import Config
    from newslint.nlp import pipeline
    from newslint.rules.registry import selected

    nlp = pipeline()
    config = Config()
    everything = selected(config.select, config.ignore)
    mine = [r for r in everything if r.code in RULES]
    others = [r for r in everything if r.code not in RULES]
    warm = Analysis(
        clean(Article(text="Sales rose from 40 to 50, a 25% rise, on Monday 5 May.")),
        config,
        nlp=nlp,
    )
    for rule in everything:
        list(rule.run(warm))

    findings: list[dict] = []
    whole_s: list[float] = []
    mine_s: list[float] = []
    for article in articles:
        text = article["title"] + "\n\n" + article["body"]
        t0 = time.process_time()
        analysis = Analysis(clean(Article(text=text)), config, nlp=nlp)
        for rule in others:
            list(rule.run(analysis))
        t1 = time.process_time()
        found = [f for rule in mine for f in rule.run(analysis)]
        t2 = time.process_time()
        whole_s.append(t2 - t0)
        mine_s.append(t2 - t1)
        for f in found:
            if f.severity == "info":
                continue
            findings.append(
                {
                    "id": article["id"],
                    "rule": f.rule,
                    "severity": f.severity,
                    "span": analysis.text[f.start : f.end],
                    "message": f.message,
                    "linked_by": f.evidence.get("linked_by") or f.evidence.get("complete_because"),
                    "context": analysis.text[max(0, f.start - 160) : f.end + 160].replace(
                        "\n", " "
                    ),
                }
            )

    n = len(articles)
    errors = [f for f in findings if f["severity"] == "error"]
    print(f"{n} clean BBC articles, no published date")
    print(
        f"error findings of {', '.join(RULES)}: {len(errors)} "
        f"({100 * len(errors) / n:.2f} per 100 articles); warnings: {len(findings) - len(errors)}"
    )
    for code in RULES:
        mine_errors = sum(1 for f in errors if f["rule"] == code)
        print(f"  {code}: {mine_errors} errors")
    for f in findings:
        how = f" [{f['linked_by']}]" if f.get("linked_by") else ""
        print(f"\n  {f['id']} {f['rule']} {f['severity']} {f['span']!r}: {f['message']}{how}")
        print(f"      ...{f['context']}...")
    share = sum(mine_s) / sum(whole_s) if whole_s else 0.0
    print(
        f"\ntime per article: whole check {1000 * statistics.mean(whole_s):.1f} ms, the five "
        f"rules {1000 * statistics.mean(mine_s):.2f} ms = {100 * share:.2f}% of the whole "
        "(CPU time of this process, one run, side by side)"
    )
    result = {
        "articles": n,
        "errors": len(errors),
        "errors_per_100": 100 * len(errors) / n if n else 0.0,
        "findings": findings,
        "ms_whole": 1000 * statistics.mean(whole_s),
        "ms_rules": 1000 * statistics.mean(mine_s),
        "rules_share": share,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
