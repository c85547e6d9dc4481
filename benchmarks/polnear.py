"""Quote attribution against PolNeAR (Newell, Margolin and Ruths, LREC 2018).

Reads the corpus from ``../shared/data/polnear`` (evaluation only: nothing of it is copied into
the project) and scores newslint's quotes on the source (speaker), cue and content spans:

- exact match: the same characters once whitespace and punctuation at both ends (quotation
  marks, commas, full stops) are trimmed; a gold span in pieces is compared by its outer extent;
- overlap match: the spans share at least one word character;
- matching is one-to-one per span kind (each gold span is matched at most once); duplicate
  spans in one article (one source in two relations) count once.

Some articles were annotated by more than one annotator; the first annotation file of each
article (sorted by file name) is used. Speed is measured per article: the spaCy parse and, on
the same parse, newslint's quote extraction.

    .venv/bin/python benchmarks/polnear.py --split dev test [--limit 20] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evaluation_data import evaluation_data

ROOT = Path(__file__).resolve().parents[1]
# ../shared/data/polnear from the repo root (one level more from a git worktree in wt/)
DEFAULT_DATA = evaluation_data("polnear")
KINDS = ("source", "cue", "content")
_EDGE = " \t\n.,;:!?\"'“”‘’«»()[]—–-"

Fragments = tuple[tuple[int, int], ...]


@dataclass
class Article:
    name: str
    text: str
    gold: dict[str, list[Fragments]] = field(default_factory=dict)


def load(data: Path, split: str, limit: int | None) -> list[Article]:
    base = data / "data" / split
    if not base.is_dir():
        sys.exit(f"polnear: no split {split!r} under {data} (expected data/{split}/text)")
    articles = []
    for text_path in sorted((base / "text").glob("*.txt")):
        annotations = sorted((base / "attributions").glob(text_path.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(Article(text_path.stem, text, read_ann(annotations[0])))
        if limit and len(articles) >= limit:
            break
    return articles


def read_ann(path: Path) -> dict[str, list[Fragments]]:
    """Source, Cue and Content text-bound spans of one brat standoff file."""
    spans: dict[str, Fragments] = {}
    labels: dict[str, str] = {}
    related: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0].startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            frags = tuple(
                (int(a), int(b)) for a, b in (f.split() for f in offsets.split(";") if f.strip())
            )
            spans[cols[0]], labels[cols[0]] = frags, label
        elif cols[0].startswith("E") and len(cols) >= 2:
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                if role in {"Source", "Cue", "Content"}:
                    related.add(ref)
    gold: dict[str, list[Fragments]] = {k: [] for k in KINDS}
    for ref in sorted(related):
        if ref in spans and labels[ref].lower() in gold:
            frags = spans[ref]
            if frags not in gold[labels[ref].lower()]:
                gold[labels[ref].lower()].append(frags)
    return gold


def predictions(quotes: list) -> dict[str, list[Fragments]]:
    out: dict[str, list[Fragments]] = {k: [] for k in KINDS}

    def add(kind: str, frags: Fragments) -> None:
        if frags not in out[kind]:
            out[kind].append(frags)

    for q in quotes:
        add("content", tuple((p.start, p.end) for p in q.parts) or ((q.start, q.end),))
        if q.cue_start is not None and q.cue_end is not None:
            add("cue", ((q.cue_start, q.cue_end),))
        if q.speaker is not None:
            add("source", ((q.speaker.start, q.speaker.end),))
    return out


def _extent(text: str, frags: Fragments) -> tuple[int, int]:
    start, end = min(a for a, _ in frags), max(b for _, b in frags)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _words(text: str, frags: Fragments) -> set[int]:
    return {i for a, b in frags for i in range(a, b) if text[i].isalnum()}


def match(text: str, gold: list[Fragments], pred: list[Fragments], exact: bool) -> int:
    """True positives of a one-to-one matching (largest overlap first)."""
    if exact:
        g = Counter(_extent(text, f) for f in gold)
        p = Counter(_extent(text, f) for f in pred)
        return sum((g & p).values())
    pairs = []
    gw = [_words(text, f) for f in gold]
    for j, f in enumerate(pred):
        pw = _words(text, f)
        for i, w in enumerate(gw):
            shared = len(pw & w)
            if shared:
                pairs.append((-shared, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def run_split(articles: list[Article], nlp, parse: str = "full") -> dict:
    from newslint.analysis import split_paragraphs
    from newslint.extract.quotes import quotes_in
    from newslint.parse import parse as parse_text

    tp = {(k, m): 0 for k in KINDS for m in ("exact", "overlap")}
    n_gold = Counter()
    n_pred = Counter()
    types: Counter[str] = Counter()
    parse_s = extract_s = 0.0
    for art in articles:
        t0 = time.perf_counter()
        doc = parse_text(nlp, art.text, parse)
        t1 = time.perf_counter()
        paragraphs = [(p.start, p.end) for p in split_paragraphs(art.text)]
        quotes = quotes_in(doc, paragraphs)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        extract_s += t2 - t1
        pred = predictions(quotes)
        for kind in KINDS:
            n_gold[kind] += len(art.gold[kind])
            n_pred[kind] += len(pred[kind])
            for mode in ("exact", "overlap"):
                tp[kind, mode] += match(art.text, art.gold[kind], pred[kind], mode == "exact")
        types.update(_source_types(art, quotes))
    n = max(len(articles), 1)
    return {
        "articles": len(articles),
        "gold": dict(n_gold),
        "predicted": dict(n_pred),
        "scores": {
            f"{kind}/{mode}": prf(tp[kind, mode], n_pred[kind], n_gold[kind])
            for kind in KINDS
            for mode in ("exact", "overlap")
        },
        "source_types": dict(types.most_common()),
        "ms_per_article": {
            "spacy_parse": round(1000 * parse_s / n, 1),
            "quote_extraction": round(1000 * extract_s / n, 1),
        },
    }


def _source_types(art: Article, quotes: list) -> Counter[str]:
    """Each gold source, typed by the speaker newslint found over it ("missed" if none)."""
    found: Counter[str] = Counter()
    speakers = [
        (_words(art.text, ((q.speaker.start, q.speaker.end),)), q.speaker)
        for q in quotes
        if q.speaker is not None
    ]
    for frags in art.gold["source"]:
        words = _words(art.text, frags)
        hit = next((sp for w, sp in speakers if w & words), None)
        if hit is None:
            found["missed"] += 1
        else:
            resolved = "pronoun->" if re.fullmatch(r"(?i)he|she|they|it|we|i", hit.text) else ""
            found[resolved + hit.type] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", nargs="+", default=["dev", "test"])
    parser.add_argument("--limit", type=int, default=None, help="articles per split")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument(
        "--parse",
        nargs="+",
        choices=["full", "selective"],
        default=["full"],
        help="how much of each article spaCy parses (both: measured side by side)",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"polnear: data folder {args.data} not found (pass --data)")

    from newslint.nlp import pipeline

    nlp = pipeline()
    results: dict = {}
    for split, mode in [(s, m) for s in args.split for m in args.parse]:
        res = run_split(load(args.data, split, args.limit), nlp, mode)
        results[split if len(args.parse) == 1 else f"{split}/{mode}"] = res
        print(
            f"\n== PolNeAR {split}, {mode} parse: {res['articles']} articles "
            "(first annotator file each)"
        )
        print(f"{'span':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}   gold  predicted")
        for kind in KINDS:
            for mode in ("exact", "overlap"):
                s = res["scores"][f"{kind}/{mode}"]
                print(
                    f"{kind:<8} {mode:<8} {s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f}"
                    f"   {res['gold'].get(kind, 0):>4}  {res['predicted'].get(kind, 0):>4}"
                )
        print("gold sources by the type newslint gave them:")
        total = sum(res["source_types"].values()) or 1
        for name, count in res["source_types"].items():
            print(f"  {name:<24} {count:>5}  {100 * count / total:5.1f}%")
        ms = res["ms_per_article"]
        print(
            f"speed: spaCy parse {ms['spacy_parse']} ms/article, "
            f"quote extraction {ms['quote_extraction']} ms/article"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
