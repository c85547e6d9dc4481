"""Error findings of the number and date rules on real articles nobody here wrote.

    .venv/bin/python benchmarks/real_false_alarms.py --corpus polnear|ptc|bbc [--limit N]
        [--labels benchmarks/labels/real_false_alarms.csv [--labelled-only]]
        [--json out.json] [--replay out.json]

Reads an evaluation-only corpus from ``../shared/data`` (never copied into the repository):
PolNeAR (1,008 US political articles, each with its publication date from ``metadata.tsv``),
PTC (446 articles, no dates) or BBC 2004-2005 (2,225 articles, no dates). Runs a whole check
(every rule) on each article and prints every error-severity finding of NUM001-NUM007 and
DAT001-DAT003 with its context and evidence, then per-rule counts and findings per 100 articles.

With ``--labels`` the findings are joined with hand verdicts (CSV: corpus, article, rule,
start, end, verdict, reason; verdict ``source-error``, ``false-alarm`` or ``unclear``) and
precision per rule is printed: source errors / (source errors + false alarms); unclear and
unlabelled findings are counted apart. ``--replay`` reads the findings of an earlier ``--json``
instead of checking again (to score new labels without re-running). ``--labelled-only`` checks
only the articles the labels name (seconds, not minutes: a quick loop while fixing a false alarm;
the whole corpus still decides, since a fix can raise new findings elsewhere).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from evaluation_data import bbc_rows, evaluation_data

RULES = [f"NUM00{i}" for i in range(1, 8)] + ["DAT001", "DAT002", "DAT003"]
VERDICTS = ("source-error", "false-alarm", "unclear")
WHY = ("why", "complete_because", "linked_by", "figures_read_as")
LABEL_FIELDS = ("corpus", "article", "rule", "start", "end", "verdict", "reason")


def polnear(limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of PolNeAR's train, dev and test articles."""
    base = evaluation_data("polnear", "data")
    with open(base / "metadata.tsv", encoding="utf-8") as f:
        dates = {
            row["filename"]: row["publication_date"] for row in csv.DictReader(f, delimiter="\t")
        }
    paths = sorted(
        p for split in ("train", "dev", "test") for p in (base / split / "text").glob("*.txt")
    )
    return [(p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem)) for p in paths[:limit]]


def ptc(limit: int | None) -> list[tuple[str, str, str | None]]:
    base = evaluation_data("ptc", "datasets")
    paths = sorted(base.glob("*-articles/article*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8"), None) for p in paths[:limit]]


def bbc(limit: int | None) -> list[tuple[str, str, str | None]]:
    return [(str(r["id"]), r["title"] + "\n\n" + r["body"], None) for r in bbc_rows(None, limit)]


CORPORA = {"polnear": polnear, "ptc": ptc, "bbc": bbc}


def run(corpus: str, limit: int | None, only: set[str] | None = None) -> dict:
    from newslint.api import check_article
    from newslint.article import Article
    from newslint.budget import CheckTimeout
    from newslint.config import Config
    from newslint.nlp import pipeline

    articles = CORPORA[corpus](limit)
    if only is not None:
        articles = [a for a in articles if a[0] in only]
    nlp, config = pipeline(), Config()
    findings, failed, t0 = [], [], time.monotonic()
    for name, text, published in articles:
        try:
            report = check_article(Article(text=text), config, nlp=nlp, published=published)
        except CheckTimeout:
            failed.append(f"{name}: timed out")
            continue
        except Exception as e:  # a crash elsewhere in the check: counted, named, not fatal
            where = traceback.extract_tb(e.__traceback__)[-1]
            failed.append(
                f"{name}: {type(e).__name__} at {Path(where.filename).name}:{where.lineno}"
            )
            continue
        for f in report.findings:
            if f.rule in RULES and f.severity == "error":
                # the arithmetic, then why the rule took the figures together (the stage to blame)
                evidence = list(f.evidence.get("working") or [])
                evidence += [f"{k}: {f.evidence[k]}" for k in WHY if f.evidence.get(k)]
                findings.append(
                    {
                        "corpus": corpus,
                        "article": name,
                        "rule": f.rule,
                        "start": f.start,
                        "end": f.end,
                        "span": report.text[f.start : f.end],
                        "message": f.message,
                        "evidence": evidence,
                        "context": " ".join(
                            report.text[max(0, f.start - 200) : f.end + 200].split()
                        ),
                    }
                )
    seconds = time.monotonic() - t0
    return {
        "corpus": corpus,
        "articles": len(articles),
        "failed": failed,
        "seconds": seconds,
        "findings": findings,
    }


def read_labels(path: Path) -> dict[tuple[str, str, str, int, int], tuple[str, str]]:
    """(corpus, article, rule, start, end) -> (verdict, reason); a bad row stops the run."""
    labels = {}
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != LABEL_FIELDS:
            raise ValueError(f"{path}: header must be {','.join(LABEL_FIELDS)}")
        for n, row in enumerate(reader, start=2):
            if row["verdict"] not in VERDICTS:
                raise ValueError(f"{path}:{n}: verdict {row['verdict']!r} not one of {VERDICTS}")
            key = (row["corpus"], row["article"], row["rule"], int(row["start"]), int(row["end"]))
            if key in labels:
                raise ValueError(f"{path}:{n}: {key} labelled twice")
            labels[key] = (row["verdict"], row["reason"])
    return labels


def key_of(f: dict) -> tuple[str, str, str, int, int]:
    return (f["corpus"], f["article"], f["rule"], f["start"], f["end"])


def show(result: dict, labels: dict | None) -> None:
    n, found = result["articles"], result["findings"]
    for f in found:
        verdict = labels.get(key_of(f), ("unlabelled", ""))[0] if labels is not None else ""
        print(f"\n{f['article']} {f['rule']} {f['start']}-{f['end']} {f['span']!r} {verdict}")
        print(f"    {f['message']}")
        for line in f["evidence"]:
            print(f"    = {line}")
        print(f"    ...{f['context']}...")
    print(
        f"\n{result['corpus']}: {n} articles in {result['seconds']:.0f} s, "
        f"{len(result['failed'])} failed; {len(found)} error findings "
        f"({100 * len(found) / max(n, 1):.2f} per 100 articles)"
    )
    for failure in result["failed"]:
        print(f"  failed: {failure}")
    counts = Counter(f["rule"] for f in found)
    for rule in RULES:
        line = f"  {rule}: {counts[rule]:3d} ({100 * counts[rule] / max(n, 1):.2f} per 100)"
        if labels is not None:
            verdicts = Counter(
                labels.get(key_of(f), ("unlabelled",))[0] for f in found if f["rule"] == rule
            )
            right, wrong = verdicts["source-error"], verdicts["false-alarm"]
            precision = f"{right / (right + wrong):.2f}" if right + wrong else "-"
            line += (
                f"  source errors {right}, false alarms {wrong}, unclear {verdicts['unclear']}, "
                f"unlabelled {verdicts['unlabelled']}: precision {precision}"
            )
        print(line)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    parser.add_argument("--limit", type=int, help="articles to read (in file order)")
    parser.add_argument("--labels", type=Path, help="CSV of verdicts to join")
    parser.add_argument("--json", type=Path, help="write the findings here")
    parser.add_argument("--replay", type=Path, help="read the findings of an earlier --json")
    parser.add_argument(
        "--labelled-only", action="store_true", help="check only the articles --labels names"
    )
    args = parser.parse_args(argv)
    if args.labelled_only and not args.labels:
        parser.error("--labelled-only needs --labels")
    labels = read_labels(args.labels) if args.labels else None
    if args.replay:
        result = json.loads(args.replay.read_text())
        if result["corpus"] != args.corpus:
            sys.exit(f"{args.replay} holds {result['corpus']}, not {args.corpus}")
    else:
        only = {k[1] for k in labels if k[0] == args.corpus} if args.labelled_only else None
        result = run(args.corpus, args.limit, only)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    show(result, labels)
    return result


if __name__ == "__main__":
    main()
