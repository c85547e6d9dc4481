"""TXT002 name-variant on real news text, for a person to judge each finding.

Runs TXT002 over articles of the BBC News 2004-2005 corpus (evaluation only, read from its path,
never copied) and prints every finding with the sentences around both forms. Most articles
spell names one way, so most findings should be real inconsistencies; the rest are false
alarms worth a test.

    .venv/bin/python benchmarks/name_variants.py [--bbc PATH] [--start 0] [--count 300] [--json out.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

from evaluation_data import BBC, bbc_rows, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BBC = evaluation_data(*BBC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from newslint import check
    from newslint.nlp import pipeline

    nlp = pipeline()
    findings, n, started = [], 0, time.perf_counter()
    for row in itertools.islice(bbc_rows(args.bbc), args.start, args.start + args.count):
        n += 1
        report = check(row["body"], nlp=nlp, select=["TXT002"])
        for f in report.findings:
            text = report.text
            spans = [(f.start, f.end), *((s.start, s.end) for s in f.related[:1])]
            context = [text[max(0, a - 60) : b + 40].replace("\n", " ") for a, b in spans]
            findings.append({"id": row["id"], "message": f.message, "context": context})
            print(f"{row['id']}: {f.message}")
            for c in context:
                print(f"    ...{c}...")
    secs = time.perf_counter() - started
    print(f"{n} articles, {len(findings)} findings, {secs:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"articles": n, "findings": findings}, indent=2) + "\n")


if __name__ == "__main__":
    main()
