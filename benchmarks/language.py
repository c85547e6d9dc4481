"""Loaded language (LNG001) against PTC, beside a VADER baseline, and the LNG rules' time share.

Reads the Propaganda Techniques Corpus (SemEval-2020 Task 11, Da San Martino et al. 2019/2020)
from ``../shared/data/ptc/datasets`` (EVALUATION ONLY: licence unstated; nothing of it is copied
into the project and no list or model is derived from it; see its SOURCE.md). Gold spans are the
train articles' ``Loaded_Language`` and ``Name_Calling,Labeling`` technique spans.

- precision: LNG001 findings that overlap a gold span (any character), over all findings;
- recall: gold spans overlapped by a finding, over the gold spans outside quotes (a span that
  overlaps none of the article's quotes, reported speech or quotation marks, as newslint reads
  them) and over all gold spans;
- the VADER baseline: every word whose VADER valence is at least 2 in absolute value is a
  finding (all words, and only words outside quotes), scored the same way;
- time share: a whole check (every rule) against the same check without the LNG rules, on the
  same articles, interleaved (a b b a), CPU time; BBC articles (sober copy) and PTC articles.
  The BBC sample also gives LNG001's rate per 1,000 words on sober copy.

    PYTHONPATH=src .venv/bin/python benchmarks/language.py [--limit N] [--timing 60] [--json f]

VADER (Hutto and Gilbert, ICWSM 2014; MIT licence) is needed for the baseline only:
``pip install vaderSentiment`` (not a dependency of newslint).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evaluation_data import bbc_rows, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
GOLD = ("Loaded_Language", "Name_Calling,Labeling")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _shared(*parts: str) -> Path:
    return evaluation_data(*parts)


@dataclass
class PtcArticle:
    name: str
    text: str
    gold: list[tuple[int, int, str]] = field(default_factory=list)


def load_ptc(data: Path, limit: int | None) -> list[PtcArticle]:
    labels = data / "train-task2-TC.labels"
    if not labels.exists():
        sys.exit(f"language.py: PTC not found at {data} (pass --ptc)")
    gold: dict[str, list[tuple[int, int, str]]] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        article, technique, start, end = line.split("\t")
        if technique in GOLD:
            gold.setdefault(article, []).append((int(start), int(end), technique))
    articles = []
    for path in sorted((data / "train-articles").glob("article*.txt")):
        name = path.stem.removeprefix("article")
        text = path.read_text(encoding="utf-8")
        articles.append(PtcArticle(name, text, sorted(gold.get(name, []))))
        if limit and len(articles) >= limit:
            break
    return articles


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    findings: int = 0
    on_gold: int = 0
    gold: int = 0
    gold_found: int = 0
    gold_out: int = 0
    gold_out_found: int = 0

    def add(self, found: list[tuple[int, int]], gold: list[tuple[int, int]], outside: list[bool]):
        self.findings += len(found)
        self.on_gold += sum(any(overlaps(f, g) for g in gold) for f in found)
        for g, out in zip(gold, outside, strict=True):
            hit = any(overlaps(f, g) for f in found)
            self.gold += 1
            self.gold_found += hit
            self.gold_out += out
            self.gold_out_found += hit and out

    def figures(self) -> dict[str, float | int | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "findings": self.findings,
            "precision": ratio(self.on_gold, self.findings),
            "recall_outside_quotes": ratio(self.gold_out_found, self.gold_out),
            "recall_all": ratio(self.gold_found, self.gold),
            "gold_spans": self.gold,
            "gold_spans_outside_quotes": self.gold_out,
        }


def vader_lexicon() -> dict[str, float] | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    return dict(SentimentIntensityAnalyzer().lexicon)


def analysis_of(text: str, config, nlp):  # type: ignore[no-untyped-def]
    """An Analysis of the text exactly as given (no boilerplate cleaning: PTC's offsets refer
    to the file as it is)."""
    from newslint.analysis import Analysis
    from newslint.article import Article
    from newslint.clean import Cleaned

    return Analysis(Cleaned(article=Article(text=text), text=text), config, nlp=nlp)


def run_ptc(articles: list[PtcArticle], nlp, vader: dict[str, float] | None) -> dict:  # type: ignore[no-untyped-def]
    from newslint.api import analyse
    from newslint.config import Config

    config = Config().merged(select=["LNG001"])
    ours, by_category = Score(), {}
    baseline_all, baseline_out = Score(), Score()
    entries: Counter[tuple[str, bool]] = Counter()
    for article in articles:
        analysis = analysis_of(article.text, config, nlp)
        report = analyse(analysis)
        voice = analysis.voice
        gold = [(a, b) for a, b, _ in article.gold]
        outside = [voice.others(a, b) is None for a, b in gold]
        found = [(f.start, f.end) for f in report.findings if f.rule == "LNG001"]
        ours.add(found, gold, outside)
        for f in report.findings:
            category = f.evidence.get("category", "?")
            hit = any(overlaps((f.start, f.end), g) for g in gold)
            by_category.setdefault(category, Score()).add([(f.start, f.end)], [], [])
            by_category[category].on_gold += hit
            entries[(f.evidence.get("lexicon_entry", "?"), hit)] += 1
        if vader is not None:
            words = [
                (m.start(), m.end())
                for m in _WORD.finditer(article.text)
                if abs(vader.get(m.group(0).lower(), 0.0)) >= 2
            ]
            baseline_all.add(words, gold, outside)
            baseline_out.add([w for w in words if voice.others(*w) is None], gold, outside)
    per_entry = {}
    for (entry, hit), n in entries.items():
        row = per_entry.setdefault(entry, {"findings": 0, "on_gold": 0})
        row["findings"] += n
        row["on_gold"] += n if hit else 0
    return {
        "articles": len(articles),
        "lng001": ours.figures(),
        "by_category": {
            c: {"findings": s.findings, "precision": round(s.on_gold / s.findings, 3)}
            for c, s in sorted(by_category.items())
        },
        "vader_all_words": baseline_all.figures() if vader else None,
        "vader_outside_quotes": baseline_out.figures() if vader else None,
        "per_entry": dict(sorted(per_entry.items(), key=lambda kv: -kv[1]["findings"])),
    }


def load_bbc(limit: int, seed: int) -> list[str]:
    path = _shared("bbc-news-2004-2005", "bbc_fulltext.jsonl")
    if not path.exists():
        return []
    bodies = [row["body"] for row in bbc_rows(path)]
    random.Random(seed).shuffle(bodies)
    return bodies[:limit]


def time_share(texts: list[str], nlp, reps: int = 3) -> dict:  # type: ignore[no-untyped-def]
    """CPU time of whole checks with and without the LNG rules, side by side: each article is
    checked ``reps`` times each way, interleaved (a b b a ...), and the fastest of each is kept
    (the machine is shared; the minimum is the run least disturbed). Inside the full checks, the
    LNG rules' own time is also taken (their share of the same run)."""
    from newslint.api import analyse
    from newslint.config import Config
    from newslint.rules.registry import selected

    with_lng = Config()
    without = Config().merged(ignore=["LNG"])
    lng_rules = [r for r in selected() if r.family == "LNG"]
    best = {"all": 0.0, "without_lng": 0.0}
    inside = total_inside = 0.0
    words = 0
    loaded: Counter[str] = Counter()
    for i, text in enumerate(texts):
        fastest = {"all": float("inf"), "without_lng": float("inf")}
        for rep in range(reps):
            order = [("all", with_lng), ("without_lng", without)]
            if (i + rep) % 2:
                order.reverse()
            for name, config in order:
                analysis = analysis_of(text, config, nlp)
                t0 = time.process_time()
                report = analyse(analysis)
                spent = time.process_time() - t0
                fastest[name] = min(fastest[name], spent)
                if name == "all" and rep == 0:
                    # the LNG rules again on the same analysis: their cached layers (voice,
                    # loaded words) are built, so time a fresh analysis's rules instead
                    fresh = analysis_of(text, config, nlp)
                    analyse(fresh, Config().merged(ignore=["LNG"]))
                    t1 = time.process_time()
                    for rule in lng_rules:
                        list(rule.run(fresh))
                    inside += time.process_time() - t1
                    total_inside += spent
                    loaded.update(
                        text[f.start : f.end].lower() for f in report.findings if f.rule == "LNG001"
                    )
        for name in best:
            best[name] += fastest[name]
        words += len(text.split())
    added = best["all"] - best["without_lng"]
    return {
        "articles": len(texts),
        "cpu_s_all_rules": round(best["all"], 2),
        "cpu_s_without_lng": round(best["without_lng"], 2),
        "lng_share_of_check": round(added / best["all"], 4) if best["all"] else None,
        "lng_rules_share_in_run": round(inside / total_inside, 4) if total_inside else None,
        "lng001_per_1000_words": round(1000 * sum(loaded.values()) / words, 2) if words else None,
        "lng001_words": loaded.most_common(15),
    }


def _row(name: str, fig: dict | None) -> str:
    if fig is None:
        return f"{name:34} (vaderSentiment not installed)"

    def pct(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    return (
        f"{name:34} {fig['findings']:>8} {pct(fig['precision']):>9} "
        f"{pct(fig['recall_outside_quotes']):>12} {pct(fig['recall_all']):>10}"
    )


def report_ptc(articles: list[PtcArticle], nlp, entries: int) -> dict:  # type: ignore[no-untyped-def]
    vader = vader_lexicon()
    t0 = time.perf_counter()
    result = run_ptc(articles, nlp, vader)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    gold = result["lng001"]
    print(
        f"PTC train: {result['articles']} articles, {gold['gold_spans']} Loaded_Language and "
        f"Name_Calling spans ({gold['gold_spans_outside_quotes']} outside quotes), "
        f"{result['seconds']} s"
    )
    print(f"{'':34} {'findings':>8} {'precision':>9} {'recall(out)':>12} {'recall(all)':>10}")
    print(_row("LNG001", result["lng001"]))
    print(_row("VADER |valence| >= 2, all words", result["vader_all_words"]))
    print(_row("VADER |valence| >= 2, outside quotes", result["vader_outside_quotes"]))
    print("LNG001 by category:")
    for category, row in result["by_category"].items():
        print(f"  {category:24} {row['findings']:>6} findings, precision {row['precision']:.3f}")
    print(f"LNG001 lexicon entries with the most findings (of {len(result['per_entry'])}):")
    for entry, row in list(result["per_entry"].items())[:entries]:
        print(f"  {entry:24} {row['findings']:>5} findings, {row['on_gold']:>5} on gold spans")

    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ptc", type=Path, default=_shared("ptc", "datasets"))
    parser.add_argument("--limit", type=int, help="PTC train articles (default: all)")
    parser.add_argument("--timing", type=int, default=60, help="articles per corpus timed")
    parser.add_argument("--skip-ptc", action="store_true", help="timing only")
    parser.add_argument("--entries", type=int, default=25, help="lexicon entries listed")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    from newslint.nlp import pipeline

    nlp = pipeline()
    articles = load_ptc(args.ptc, args.limit)
    result: dict = {}
    if not args.skip_ptc:
        result = report_ptc(articles, nlp, args.entries)

    if args.timing:
        bbc = load_bbc(args.timing, seed=13)
        ptc = [a.text for a in random.Random(13).sample(articles, min(args.timing, len(articles)))]
        time_share(ptc[:1] + bbc[:1], nlp, reps=1)  # warm-up
        result["timing"] = {"bbc": time_share(bbc, nlp), "ptc": time_share(ptc, nlp)}
        for corpus, row in result["timing"].items():
            print(
                f"time share, {corpus} ({row['articles']} articles, fastest of 3): whole check "
                f"{row['cpu_s_all_rules']} s CPU, without LNG {row['cpu_s_without_lng']} s: "
                f"LNG adds {100 * (row['lng_share_of_check'] or 0):.1f}%; LNG rules' own time "
                f"in the same checks {100 * (row['lng_rules_share_in_run'] or 0):.1f}%; "
                f"LNG001 {row['lng001_per_1000_words']} per 1,000 words"
            )
            print("  most frequent: " + ", ".join(f"{w} {n}" for w, n in row["lng001_words"]))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
