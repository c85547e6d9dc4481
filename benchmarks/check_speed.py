"""How fast is `newslint check`, and how much memory does it take?

Figures printed (and written as JSON with --json):
- cold: wall time of `newslint check FILE --format json` from process start to exit, spaCy
  pipeline load included; several runs, median; peak RSS of each process.
- import: wall time of `newslint --help` (imports and CLI set-up, no pipeline), for comparison.
- warm: per-article time through the Python API, second call onward (pipeline loaded), median;
  peak RSS of this process after the warm runs.

Targets (issue 2): warm <= 100 ms per 600-word article, cold <= 3 s, peak RSS <= 400 MB.
The machine is shared: the load average is printed alongside, compare figures as ratios.

    .venv/bin/python benchmarks/check_speed.py [FILE] [--runs 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "examples" / "reservoir-plan.txt"
TARGETS = {"warm_ms": 100.0, "cold_s": 3.0, "rss_mb": 400.0}


def _newslint() -> list[str]:
    exe = Path(sys.executable).with_name("newslint")
    return [str(exe)] if exe.exists() else [shutil.which("newslint") or "newslint"]


def _timed_process(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS in MB and CPU seconds (user + system) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newslint failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def cold(article: Path, runs: int) -> dict[str, float]:
    walls, rss, cpu = [], [], []
    for _ in range(runs):
        wall, peak, used = _timed_process([*_newslint(), "check", str(article), "--format", "json"])
        walls.append(wall)
        rss.append(peak)
        cpu.append(used)
    return {
        "cold_s": statistics.median(walls),
        "cold_min_s": min(walls),
        "cold_cpu_s": statistics.median(cpu),
        "cold_rss_mb": max(rss),
    }


def import_only(runs: int) -> dict[str, float]:
    runs_ = [_timed_process([*_newslint(), "--help"]) for _ in range(runs)]
    return {
        "help_s": statistics.median(r[0] for r in runs_),
        "help_cpu_s": statistics.median(r[2] for r in runs_),
    }


def warm(article: Path, runs: int) -> dict[str, float]:
    from newslint import check
    from newslint.nlp import pipeline

    text = article.read_text(encoding="utf-8")
    nlp = pipeline()
    check(text, nlp=nlp)  # the first call pays for lazy set-up
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        check(text, nlp=nlp)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    words = len(text.split())
    ms = statistics.median(times) * 1000
    return {
        "warm_ms": ms,
        "warm_min_ms": min(times) * 1000,
        "warm_cpu_ms": statistics.median(cpu) * 1000,
        "words": words,
        "warm_ms_per_600_words": ms * 600 / words,
        "warm_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def yardstick() -> dict[str, float]:
    """A fixed pure-Python loop, timed now: divide figures by it to compare runs on a busy machine.

    Compare runs by their yardsticks, not by a number from another machine.
    """
    import timeit

    best = min(timeit.repeat("sum(range(10**6))", number=5, repeat=5)) / 5
    return {"yardstick_ms": best * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--runs", type=int, default=5, help="cold runs (warm runs: 4x)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    figures: dict[str, object] = {
        "article": str(
            args.article.relative_to(ROOT) if args.article.is_relative_to(ROOT) else args.article
        ),
        "load_before": os.getloadavg()[0],
        "cpus": os.cpu_count(),
    }
    figures |= yardstick()
    figures |= import_only(args.runs)
    figures |= cold(args.article, args.runs)
    figures |= warm(args.article, args.runs * 4)
    figures["load_after"] = os.getloadavg()[0]
    figures["yardstick_after_ms"] = yardstick()["yardstick_ms"]
    figures["rss_mb"] = max(figures["cold_rss_mb"], figures["warm_rss_mb"])  # type: ignore[type-var]

    f = figures
    print(f"article        {f['article']} ({f['words']} words)")
    print(f"load average   {f['load_before']:.2f} -> {f['load_after']:.2f} on {f['cpus']} CPUs")
    print(
        f"yardstick      sum(range(10**6)) {f['yardstick_ms']:.0f} ms before, "
        f"{f['yardstick_after_ms']:.0f} ms after"
    )
    print(f"--help         {f['help_s']:.2f} s wall, {f['help_cpu_s']:.2f} s CPU")
    print(
        f"cold check     {f['cold_s']:.2f} s wall (median of {args.runs}, best "
        f"{f['cold_min_s']:.2f} s), {f['cold_cpu_s']:.2f} s CPU; target <= {TARGETS['cold_s']:g} s"
    )
    print(
        f"warm check     {f['warm_ms']:.0f} ms wall (median, best {f['warm_min_ms']:.0f} ms), "
        f"{f['warm_cpu_ms']:.0f} ms CPU; {f['warm_ms_per_600_words']:.0f} ms per 600 words; "
        f"target <= {TARGETS['warm_ms']:g} ms"
    )
    print(
        f"peak RSS       {f['cold_rss_mb']:.0f} MB (cold process), {f['warm_rss_mb']:.0f} MB "
        f"(warm process); target <= {TARGETS['rss_mb']:g} MB"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
