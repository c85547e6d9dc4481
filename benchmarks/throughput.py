"""Throughput of newslint batch against a plain spaCy parse, on the BBC corpus (evaluation only).

Measured in one run, side by side (the ratios matter more than the absolute figures, which move
with the machine's load):

  (a) spaCy en_core_web_sm, full pipeline, ``nlp.pipe`` over the articles, one process
  (b) ``newslint batch`` on the local engine with 1 worker
  (c) the same with 2 workers
  (d) the Ray engine with 2 actors (local cluster; its start-up is timed separately)

For each: articles/s on wall time (including process start and pipeline load) and on work time
(only the parsing and linting), and the ratio of each to (a); peak RSS per worker and whether
it stays flat from the first shard to the last. ``--profile FILE`` also writes a pyinstrument
profile of (b)'s work, to show where the time goes.

    .venv/bin/python benchmarks/throughput.py --limit 300 --json throughput.json

The corpus is read from its shared path and never copied into the repository; the articles are
written to a temporary folder for the run and deleted after it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

from evaluation_data import BBC, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
CORPUS = "shared/data/bbc-news-2004-2005/bbc_fulltext.jsonl"


def default_corpus() -> Path:
    return evaluation_data(*BBC)


def load_articles(path: Path, limit: int) -> list[dict]:
    articles = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(articles) >= limit:
                break
            record = json.loads(line)
            articles.append(
                {
                    "id": record["id"],
                    "title": record["title"],
                    "outlet": f"BBC {record['category']}",
                    "text": record["body"],
                }
            )
    return articles


def _spacy_alone(texts: list[str], queue) -> None:
    import spacy

    from newslint.batch.process import peak_rss_mb
    from newslint.nlp import _ALIASES

    t0 = time.perf_counter()
    # spaCy as it ships: newslint's own loader speeds up its copy's attribute ruler
    nlp = None
    for name in _ALIASES["en_core_web_sm"]:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    assert nlp is not None, "en_core_web_sm is not installed"
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    done = time.perf_counter()
    queue.put(
        {
            "load_s": loaded - t0,
            "work_s": done - loaded,
            "wall_s": done - t0,
            "tokens": tokens,
            "peak_rss_mb": peak_rss_mb(),
        }
    )


def spacy_alone(texts: list[str]) -> dict:
    """(a) in a fresh process, so its load time and RSS are its own."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_spacy_alone, args=(texts, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def newslint_batch(corpus: Path, out: Path, workers: int, engine: str, shard_size: int) -> dict:
    from newslint.batch.run import BatchOptions, run_batch
    from newslint.batch.schema import TIMING_COLUMNS
    from newslint.batch.store import Store

    t0 = time.perf_counter()
    summary = run_batch(
        BatchOptions(
            inputs=[str(corpus)],
            out=str(out),
            shard_size=shard_size,
            workers=workers,
            engine=engine,
        ),
        progress=False,
    )
    wall = time.perf_counter() - t0
    shards = list(Store.open(str(out)).done().values())
    work = sum(s["seconds"] for s in shards)
    timings = Store.open(str(out)).read_table("articles").select(list(TIMING_COLUMNS))
    spent = {c: sum(v or 0.0 for v in timings.column(c).to_pylist()) / 1000 for c in TIMING_COLUMNS}
    rss = [s["rss_mb"] for s in shards]
    now = [s.get("rss_now_mb", 0.0) for s in shards]
    return {
        "articles": summary.articles,
        "ok": summary.ok,
        "wall_s": wall,
        "work_s_per_worker": work / workers,
        "peak_rss_mb": max(rss),
        "rss_first_shard_mb": rss[0],
        "rss_last_shard_mb": rss[-1],
        "rss_after_each_shard_mb": now,
        "seconds_by_stage": {**spent, "other_s": work - sum(spent.values())},
    }


def profile_worker(texts_corpus: Path, path: Path) -> None:
    from pyinstrument import Profiler

    from newslint.batch.process import ShardWorker
    from newslint.batch.readers import read_rows
    from newslint.config import Config

    rows = list(read_rows([str(texts_corpus)]))
    worker = ShardWorker(Config())
    profiler = Profiler(interval=0.002)
    profiler.start()
    worker.run(0, rows)
    profiler.stop()
    path.write_text(profiler.output_text(unicode=False, color=False, show_all=False))


def spacy_components(texts: list[str]) -> dict[str, float]:
    """Seconds spent in each component of the spaCy pipeline over ``texts`` (batches of 32)."""
    from newslint.nlp import pipeline

    nlp = pipeline()
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    seconds = {"tokenizer": time.perf_counter() - t0}
    for name, component in nlp.pipeline:
        t0 = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=32))
        seconds[name] = time.perf_counter() - t0
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of (b)")
    parser.add_argument(
        "--components", action="store_true", help="only time each spaCy component and stop"
    )
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"throughput: {args.data}: no such file (the BBC corpus, evaluation only)")

    articles = load_articles(args.data, args.limit)
    n = len(articles)
    if args.components:
        seconds = spacy_components([a["text"] for a in articles])
        total = sum(seconds.values())
        print(f"{n} BBC articles, spaCy en_core_web_sm, seconds per component:")
        for name, s in seconds.items():
            print(f"  {name:<18}{s:>8.2f} s {100 * s / total:>5.1f}%")
        if args.json:
            args.json.write_text(json.dumps({"articles": n, "components_s": seconds}, indent=2))
        return
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")

        results["a_spacy"] = spacy_alone([a["text"] for a in articles])
        results["b_batch_1"] = newslint_batch(corpus, Path(tmp) / "b", 1, "local", args.shard_size)
        results["c_batch_2"] = newslint_batch(corpus, Path(tmp) / "c", 2, "local", args.shard_size)
        if not args.skip_ray:
            from newslint.batch.ray_engine import init_ray

            t0 = time.perf_counter()
            init_ray(None, 2)
            start = time.perf_counter() - t0
            results["d_ray_2"] = newslint_batch(corpus, Path(tmp) / "d", 2, "ray", args.shard_size)
            results["d_ray_2"]["cluster_start_s"] = start
            import ray

            ray.shutdown()
        if args.profile:
            profile_worker(corpus, args.profile)

    a = results["a_spacy"]
    a_wall, a_work = n / a["wall_s"], n / a["work_s"]
    print(
        f"{n} BBC articles; machine: {os.cpu_count()} cores, load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end"
    )
    print(
        f"{'':<14}{'wall art/s':>11}{'ratio':>7}{'work art/s':>12}{'ratio':>7}{'peak RSS MB':>13}"
    )
    print(
        f"{'(a) spaCy':<14}{a_wall:>11.1f}{1.0:>7.2f}{a_work:>12.1f}{1.0:>7.2f}"
        f"{a['peak_rss_mb']:>13.0f}"
    )
    for key, label in (
        ("b_batch_1", "(b) 1 worker"),
        ("c_batch_2", "(c) 2 workers"),
        ("d_ray_2", "(d) Ray 2"),
    ):
        if key not in results:
            continue
        r = results[key]
        wall, work = n / r["wall_s"], n / r["work_s_per_worker"]
        r.update(wall_rate=wall, work_rate=work, wall_ratio=wall / a_wall, work_ratio=work / a_work)
        print(
            f"{label:<14}{wall:>11.1f}{wall / a_wall:>7.2f}{work:>12.1f}{work / a_work:>7.2f}"
            f"{r['peak_rss_mb']:>13.0f}  (RSS first/last shard "
            f"{r['rss_first_shard_mb']:.0f}/{r['rss_last_shard_mb']:.0f})"
        )
    a.update(wall_rate=a_wall, work_rate=a_work)
    b, c = results["b_batch_1"], results["c_batch_2"]
    print(
        f"(c)/(b) wall {c['wall_rate'] / b['wall_rate']:.2f}, work {c['work_rate'] / b['work_rate']:.2f}"
    )
    print(
        "(b) RSS after each shard, MB: "
        + " ".join(f"{x:.0f}" for x in b["rss_after_each_shard_mb"])
    )
    stages = b["seconds_by_stage"]
    total = sum(stages.values()) or 1.0
    print(
        "(b) where the time goes: "
        + ", ".join(
            f"{k.removesuffix('_ms').removesuffix('_s')} {100 * v / total:.0f}%"
            for k, v in stages.items()
        )
    )
    if "d_ray_2" in results:
        print(f"Ray cluster start {results['d_ray_2']['cluster_start_s']:.1f} s (not in (d))")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"articles": n, "load_average": os.getloadavg(), "results": results}, indent=2
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
