"""Fuzzing at scale: many generated hostile inputs through the text and HTML paths.

The inputs come from the hypothesis strategies in ``tests/fuzz/strategies.py`` (article
sentences mixed with odd figures, unbalanced quotation marks, punctuation runs, control
characters, NUL, lone surrogates; HTML pages nested, broken and deep), drawn without shrinking,
a different seed per worker. Each worker process loads the pipeline once and checks its inputs
through the Python API (``check(text=...)``), one at a time, each under a time budget.

Outcomes per input:
- ok: a report, and the report is sound (spans inside the text, JSON round-trips);
- refused: a ``NewslintError`` with a one-line message (empty, binary, NUL, surrogate, ...);
- crash: any other exception, or a report that is not sound;
- hang: the time budget ran out (``CheckTimeout``) and a re-check with ten times the room
  took more than the budget in CPU time too (or failed), or the worker stopped answering for
  ``--stall`` seconds and was killed (it is then restarted with the next seed);
- starved: the budget ran out, but the re-check finished soundly within the budget in CPU
  time: the machine, not the check (counted as ok, listed apart; the budget is wall-clock).

Every crash and hang is written to ``--out`` (default ``benchmarks/fuzz-findings/``) with its
input, to become a named regression test. Figures printed: inputs, time, crashes, hangs, rate.

    .venv/bin/python benchmarks/fuzz.py [--inputs 100000] [--workers 2] [--budget 10]
                                        [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

REPORT_EVERY = 500  # a worker reports its counts every this many inputs
STARVED_ROOM = 10  # a timed-out input is re-checked with this many times its budget


def _worker(seed: int, count: int, budget: float, out: mp.Queue) -> None:
    """Check ``count`` inputs drawn with ``seed``; report progress and problems on ``out``."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    from fuzz.strategies import html_pages, news_text
    from fuzz.test_fuzz import assert_sound
    from newslint import check
    from newslint.budget import CheckTimeout
    from newslint.errors import NewslintError
    from newslint.nlp import pipeline

    nlp = pipeline()
    # warm up everything loaded on first use (the ECB rates, trafilatura), so that the first
    # input with a money conversion or a page is not timed with a second of loading
    check(text="The £2.4m ($3m) plan was approved on 5 March 2024, officials said.", nlp=nlp)
    check(text="<html><body><p>The council met on Monday, a spokesman said.</p></body></html>",
          nlp=nlp)  # fmt: skip
    counts = {"ok": 0, "refused": 0, "crash": 0, "hang": 0, "seconds": 0.0, "chars": 0}
    done = 0

    def flush() -> None:
        out.put(("progress", seed, dict(counts)))
        for key in counts:
            counts[key] = 0 if key != "seconds" else 0.0

    # short texts, longer ones, and HTML pages
    strategy = st.one_of(news_text(), news_text(max_pieces=80), html_pages())

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(text: str) -> None:
        nonlocal done
        out.put(("current", seed, text))
        start = time.perf_counter()
        try:
            report = check(text=text, nlp=nlp, max_seconds=budget)
            assert_sound(report)
            outcome, detail = "ok", ""
        except CheckTimeout as exc:
            # the budget is wall-clock time: on a shared machine a check may be starved of CPU
            # rather than stuck. Re-check it once with room to finish: one that ends soundly
            # within the budget in CPU time was starved (recorded as such, counted as checked)
            cpu = time.process_time()
            try:
                report = check(text=text, nlp=nlp, max_seconds=budget * STARVED_ROOM)
                assert_sound(report)
                cpu = time.process_time() - cpu
            except Exception:
                cpu = float("inf")
            if cpu < budget:
                outcome, detail = "ok", ""
                out.put(("starved", seed, {"input": text, "detail": f"{exc}; re-checked in "
                                          f"{cpu:.2f} s of CPU"}))  # fmt: skip
            else:
                outcome, detail = "hang", str(exc)
        except NewslintError as exc:
            one_line = "\n" not in str(exc)
            outcome, detail = ("refused", "") if one_line else ("crash", f"two lines: {exc}")
        except Exception as exc:  # what the fuzzer is looking for
            outcome = "crash"
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            detail += "\n" + "".join(traceback.format_tb(exc.__traceback__)[-3:])
        counts[outcome] += 1
        counts["seconds"] += time.perf_counter() - start
        counts["chars"] += len(text)
        if outcome in ("crash", "hang"):
            out.put((outcome, seed, {"input": text, "detail": detail}))
        done += 1
        if done % REPORT_EVERY == 0:
            flush()

    try:
        run()
    finally:
        flush()
        out.put(("done", seed, done))


def _save(folder: Path, kind: str, seed: int, number: int, finding: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}-{seed}-{number}.json"
    text = finding["input"]
    path.write_text(
        json.dumps({"kind": kind, "seed": seed, "detail": finding["detail"], "input": text,
                    "input_repr": repr(text)[:2000]}, indent=2, ensure_ascii=True),
        encoding="utf-8",
    )  # fmt: skip
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per check")
    parser.add_argument("--stall", type=float, default=120.0, help="kill a silent worker")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "fuzz-findings")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    ctx = mp.get_context("spawn")
    results: mp.Queue = ctx.Queue()
    per_worker = -(-args.inputs // args.workers)
    batch = min(per_worker, 10_000)  # inputs per seed: a killed worker loses at most these
    totals = {"ok": 0, "refused": 0, "crash": 0, "hang": 0, "seconds": 0.0, "chars": 0}
    killed = 0
    starved = 0  # stopped by the wall-clock budget, then checked within it in CPU time
    saved: list[str] = []
    started = time.perf_counter()
    next_seed = args.seed
    running: dict[int, tuple[mp.Process, float, str]] = {}  # seed -> (process, last heard, input)
    remaining = args.inputs

    def launch() -> None:
        nonlocal next_seed, remaining
        count = min(batch, remaining)
        remaining -= count
        proc = ctx.Process(
            target=_worker, args=(next_seed, count, args.budget, results), daemon=True
        )
        proc.start()
        running[next_seed] = (proc, time.monotonic(), "")
        next_seed += 1

    while len(running) < args.workers and remaining > 0:
        launch()
    last_print = time.monotonic()
    while running:
        try:
            kind, seed, payload = results.get(timeout=5)
        except queue.Empty:
            kind = None
        now = time.monotonic()
        if kind is not None and seed in running:
            proc, _, current = running[seed]
            running[seed] = (proc, now, payload if kind == "current" else current)
            if kind == "progress":
                for key, value in payload.items():
                    totals[key] += value
            elif kind in ("crash", "hang", "starved"):
                path = _save(args.out, kind, seed, len(saved), payload)
                saved.append(str(path))
                starved += kind == "starved"
                print(f"{kind}: {payload['detail'].splitlines()[0][:160]} -> {path}", flush=True)
            elif kind == "done":
                proc.join(timeout=30)
                del running[seed]
                if remaining > 0:
                    launch()
        for seed, (proc, heard, current) in list(running.items()):
            if now - heard > args.stall or (not proc.is_alive() and proc.exitcode not in (0, None)):
                # silent past the stall limit, or dead: its current input is a hang (or a crash)
                reason = "hang" if proc.is_alive() else f"crash (exit {proc.exitcode})"
                proc.kill()
                proc.join(timeout=30)
                killed += 1
                totals["hang" if reason == "hang" else "crash"] += 1
                path = _save(args.out, reason.split()[0], seed, len(saved),
                             {"input": current, "detail": f"worker {reason}"})  # fmt: skip
                saved.append(str(path))
                print(f"{reason}: worker {seed} -> {path}", flush=True)
                del running[seed]
                if remaining > 0:
                    launch()
        if now - last_print > 60:
            done = sum(totals[k] for k in ("ok", "refused", "crash", "hang"))
            print(f"{done:,} inputs, {time.perf_counter() - started:,.0f} s, "
                  f"crashes {totals['crash']}, hangs {totals['hang']}", flush=True)  # fmt: skip
            last_print = now

    wall = time.perf_counter() - started
    done = sum(totals[k] for k in ("ok", "refused", "crash", "hang"))
    figures = {
        "inputs": done,
        "ok": totals["ok"],
        "refused": totals["refused"],
        "crashes": totals["crash"],
        "hangs": totals["hang"],
        "starved": starved,
        "workers_killed": killed,
        "wall_s": round(wall, 1),
        "check_s": round(totals["seconds"], 1),
        "mean_input_chars": round(totals["chars"] / max(done, 1), 1),
        "inputs_per_s": round(done / wall, 1),
        "workers": args.workers,
        "budget_s": args.budget,
        "findings": saved,
        "load_average": os.getloadavg(),
    }
    print(
        f"{done:,} inputs in {wall:,.0f} s ({figures['inputs_per_s']}/s, {args.workers} workers): "
        f"{totals['ok']:,} checked, {totals['refused']:,} refused with one line, "
        f"{totals['crash']} crashes, {totals['hang']} hangs (budget {args.budget:g} s; "
        f"{starved} more stopped by it while starved of CPU, then checked within it); "
        f"mean input {figures['mean_input_chars']:,} characters"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
