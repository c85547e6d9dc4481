"""Does a check's cost grow linearly with its article? Time per KB and peak memory by size.

Articles of 4 KB, 40 KB, 400 KB and 4 MB are built from the project's own example articles
(``examples/*.txt``): their paragraphs shuffled block by block with a fixed seed and every
number shifted by the block's index, so no two blocks are alike and the figures keep
disagreeing now and then, as in a long live blog. A second variant adds runs of punctuation
("%%%%...", "((((...", "!?!?...", "....", "''''...") making up a tenth of the text, each up to
2,000 characters: what made spaCy's tokenizer quadratic (issue 11, D5).

Each (variant, size) runs in its own process, one after another in this run: the pipeline is
loaded and warmed on the 4 KB article first, then the article is checked (several times for
the small ones; the median is reported) through the Python API, with no time budget. Figures:
wall and CPU seconds, milliseconds per KB, and the process's peak RSS.

Targets (issue 11): the 4 MB article within 1.5x of 1,000 times the 4 KB one; peak RSS <= 1 GB.
The machine is shared: compare the ratios, which are measured side by side in one run.

    .venv/bin/python benchmarks/cost.py [--sizes 4 40 400 4000] [--variants plain punctuation]
                                        [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SIZES_KB = [4, 40, 400, 4000]
TARGET_RATIO = 1.5  # t(4 MB) / (1000 x t(4 KB))
TARGET_RSS_MB = 1024
# runs of one check per size: small checks are noisy, so they are repeated
REPEATS = {4: 21, 40: 7, 400: 2, 4000: 1}
_RUNS = ["%", "(", "!?", ".", "'", "£", "-", "*", "[", "…"]


def paragraphs() -> list[str]:
    found = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        found += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return found


def article(kb: int, variant: str = "plain", seed: int = 11) -> str:
    """An article of ``kb`` thousand UTF-8 bytes (a paragraph more at most)."""
    rng = random.Random(seed)
    source = paragraphs()
    target = kb * 1000
    out: list[str] = []
    size = block = 0
    punctuation = 0
    while size < target:
        order = source[:]
        rng.shuffle(order)
        for paragraph in order:
            shift = block % 9
            text = re.sub(r"\d+", lambda m, s=shift: str(int(m.group()) + s), paragraph)
            if variant == "punctuation" and punctuation < size // 10:
                length = min(2000, max(50, target // 10 - punctuation))
                mark = _RUNS[block % len(_RUNS)]
                run = (mark * length)[:length]
                text = f"{text} {run}" if block % 2 else f"{run}\n\n{text}"
                punctuation += length
            out.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
        block += 1
    return "\n\n".join(out)


def _measure(kb: int, variant: str, repeats: int) -> dict[str, float]:
    """In this process: warm up, then time ``repeats`` checks of the article."""
    import resource
    import statistics

    from newslint import check
    from newslint.nlp import pipeline
    from newslint.parse import clear_piece_cache

    nlp = pipeline()
    check(text=article(4, variant, seed=3), nlp=nlp, max_seconds=0)  # loads lazy state
    text = article(kb, variant)
    walls, cpus = [], []
    findings = 0
    for _ in range(repeats):
        clear_piece_cache()  # a first check of the text, parse included
        start, start_cpu = time.perf_counter(), time.process_time()
        report = check(text=text, nlp=nlp, max_seconds=0)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
        findings = len(report.findings)
    size_kb = len(text.encode("utf-8")) / 1000
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return {
        "kb": round(size_kb, 1),
        "wall_s": wall,
        "cpu_s": cpu,
        "wall_ms_per_kb": wall * 1000 / size_kb,
        "cpu_ms_per_kb": cpu * 1000 / size_kb,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "findings": findings,
        "runs": repeats,
    }


def _in_child(kb: int, variant: str) -> dict[str, float]:
    env = dict(
        os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")
    )
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(kb), variant],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"the {kb} KB {variant} check failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES_KB, help="KB")
    parser.add_argument("--variants", nargs="+", default=["plain", "punctuation"])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kb, variant = int(args.child[0]), args.child[1]
        print(json.dumps(_measure(kb, variant, REPEATS.get(kb, 1))))
        return

    figures: dict[str, object] = {"load_average": os.getloadavg(), "variants": {}}
    for variant in args.variants:
        rows = {}
        for kb in args.sizes:
            rows[kb] = row = _in_child(kb, variant)
            print(
                f"{variant:>11} {row['kb']:>8.1f} KB  wall {row['wall_s']:8.2f} s "
                f"({row['wall_ms_per_kb']:6.1f} ms/KB)  cpu {row['cpu_s']:8.2f} s "
                f"({row['cpu_ms_per_kb']:6.1f} ms/KB)  peak RSS {row['peak_rss_mb']:6.0f} MB  "
                f"findings {row['findings']}",
                flush=True,
            )
        summary: dict[str, object] = {"sizes": rows}
        small, large = min(args.sizes), max(args.sizes)
        if large > small:
            factor = rows[large]["kb"] / rows[small]["kb"]
            for clock in ("wall", "cpu"):
                ratio = rows[large][f"{clock}_s"] / (factor * rows[small][f"{clock}_s"])
                summary[f"{clock}_ratio"] = ratio
                print(
                    f"{variant:>11} {large} KB / ({factor:.0f} x {small} KB), {clock}: "
                    f"{ratio:.2f} (target <= {TARGET_RATIO})"
                )
        peak = max(r["peak_rss_mb"] for r in rows.values())
        summary["peak_rss_mb"] = peak
        print(f"{variant:>11} peak RSS {peak:.0f} MB (target <= {TARGET_RSS_MB})")
        figures["variants"][variant] = summary  # type: ignore[index]
    figures["load_average_after"] = os.getloadavg()
    print(f"load average before {figures['load_average']}, after {figures['load_average_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
