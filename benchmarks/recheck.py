"""A writer's re-check: how much the parse cache saves when one paragraph changed.

An editor (the web editor, ``/v2/check``, ``newslint lsp``) checks the same article again and
again as the writer types. ``newslint.parse`` keeps parsed paragraphs by their text, so a
re-check parses only the paragraph that changed. This benchmark types ``--edits`` edits into a
600-word article (each adds a word to one paragraph after the headline, at random with a fixed seed, edits
cumulative: ``editors.edited``) and checks after each one twice, side by side: with the cache as it is (warm from
the previous checks), and with the cache emptied first (every paragraph parsed, as a first
check). It prints CPU time per check for both (median, p95), their ratio, and whether the two
reports are identical after every edit (they must be: a cached paragraph is the one the
pipeline would parse again).

    .venv/bin/python benchmarks/recheck.py [--article FILE] [--edits 40] [--json out.json]

Single-threaded BLAS (``OMP_NUM_THREADS=1``, as the server's workers run) for CPU times that
mean one core.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from editors import edited  # the same edit as the editors' benchmark
from serve_load import percentile

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "examples" / "reservoir-plan.txt"


def cpu_check(text: str) -> tuple[float, str]:
    import newslint

    start = time.process_time()
    report = newslint.check(text=text, published="2024-06-01")
    return time.process_time() - start, report.model_dump_json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    from newslint import parse

    text = args.article.read_text(encoding="utf-8")
    rng = random.Random(args.seed)
    cpu_check(text)  # load the pipeline; fill the cache with the article's paragraphs
    cached: list[float] = []
    fresh: list[float] = []
    identical = 0
    for _ in range(args.edits):
        text = edited(text, rng)
        seconds, warm_report = cpu_check(text)
        cached.append(seconds)
        parse.clear_piece_cache()
        seconds, cold_report = cpu_check(text)
        fresh.append(seconds)
        identical += warm_report == cold_report
    figures = {
        "article": args.article.name,
        "words": len(text.split()),
        "edits": args.edits,
        "cached_ms": {
            "median": round(1000 * statistics.median(cached), 1),
            "p95": round(1000 * percentile(cached, 95), 1),
        },
        "fresh_ms": {
            "median": round(1000 * statistics.median(fresh), 1),
            "p95": round(1000 * percentile(fresh, 95), 1),
        },
        "speedup": round(statistics.median(fresh) / statistics.median(cached), 2),
        "identical_reports": f"{identical} of {args.edits}",
        "load_average": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }
    print(
        f"{figures['words']}-word article, {args.edits} edits, CPU per check: "
        f"re-check with the parse cache median {figures['cached_ms']['median']} ms "
        f"(p95 {figures['cached_ms']['p95']}), every paragraph parsed median "
        f"{figures['fresh_ms']['median']} ms (p95 {figures['fresh_ms']['p95']}): "
        f"{figures['speedup']}x; identical reports {figures['identical_reports']}; "
        f"load average {figures['load_average']}"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
