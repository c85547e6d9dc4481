"""What the NUM checks (measurements layer included) cost inside a whole check.

    .venv/bin/python benchmarks/num_cost.py [--runs 7] [--json out.json]

Two articles: `examples/reservoir-plan.txt` (about 600 words) and a 5,000-word article made of
BBC News articles (evaluation data, read from `../shared/data/`, never copied) joined under one
headline. For each, a whole check runs every rule on a fresh Analysis, the way `check()` does
(the Doc, the quantities and the quotes first, then the rules: extraction is charged to no
rule); the NUM rules' own time inside that run, the measurements layer included, is their share. CPU
time of this process (`time.process_time`), median of the runs: the machine is shared, and CPU
time is what the other jobs disturb least. The parse cache is emptied before each run: every
run is a first check of its text, as a user's is. The target (issue 10) is a share of at most 10% on
both articles; a share that grows with the article's length would mean a loop quadratic in the
number of figures, so both are printed with their figure counts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluation_data import bbc_rows  # noqa: E402
from seeded_errors import default_data  # noqa: E402

SHORT = ROOT / "examples" / "reservoir-plan.txt"
LONG_WORDS = 5000
TARGET_SHARE = 0.10


def long_article(data: Path, words: int = LONG_WORDS) -> str:
    """BBC articles joined into one of about ``words`` words (first articles of the file)."""
    parts, count = ["Council news round-up: budgets, schemes and surveys"], 0
    for row in bbc_rows(data):
        body = row.get("body") or row.get("text") or ""
        parts.append(body.strip())
        count += len(body.split())
        if count >= words:
            break
    return "\n\n".join(parts)


def measure(text: str, runs: int, nlp) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from newslint.analysis import Analysis
    from newslint.article import from_text
    from newslint.clean import clean
    from newslint.config import Config
    from newslint.parse import clear_piece_cache
    from newslint.rules.registry import selected

    config = Config()
    rules = selected(config.select, config.ignore)
    wholes, nums = [], []
    figures = 0
    for _ in range(runs + 1):  # the first run warms caches and is dropped
        # every run is a first check of the text, as a user's is: with the parsed pieces of
        # the last run kept, the whole check would leave out the parse it pays for
        clear_piece_cache()
        t0 = time.process_time()
        analysis = Analysis(clean(from_text(text, source="bench")), config, nlp=nlp)
        analysis.doc  # noqa: B018  (check() builds the Doc before the rules)
        # extraction, not a check: whichever rule asks first would otherwise be charged (the
        # quotes are the source and language rules' too, but a NUM check may ask for them first)
        analysis.quantities  # noqa: B018
        analysis.quotes  # noqa: B018
        num = 0.0
        for rule in rules:
            r0 = time.process_time()
            list(rule.run(analysis))
            if rule.family == "NUM":
                num += time.process_time() - r0
        wholes.append(time.process_time() - t0)
        nums.append(num)
        figures = len(analysis.quantities)
    wholes, nums = wholes[1:], nums[1:]
    whole, num = statistics.median(wholes), statistics.median(nums)
    return {
        "words": len(text.split()),
        "figures": figures,
        "whole_ms": 1000 * whole,
        "num_ms": 1000 * num,
        "num_share": num / whole if whole else 0.0,
        "share_per_run": [round(n / w, 4) for n, w in zip(nums, wholes, strict=True)],
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from newslint.nlp import pipeline

    nlp = pipeline()
    results = {
        "600 words": measure(SHORT.read_text(encoding="utf-8"), args.runs, nlp),
        "5,000 words": measure(long_article(args.data), args.runs, nlp),
    }
    for name, r in results.items():
        verdict = "ok" if r["num_share"] <= TARGET_SHARE else "OVER TARGET"
        print(
            f"{name:12} {r['words']:6d} words {r['figures']:4d} figures: whole check "
            f"{r['whole_ms']:8.1f} ms CPU, NUM checks {r['num_ms']:7.1f} ms = "
            f"{100 * r['num_share']:.1f}% (target <= {100 * TARGET_SHARE:.0f}%: {verdict})"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return results


if __name__ == "__main__":
    main()
