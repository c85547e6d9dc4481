"""Blind benchmarks: score the rules on articles written by someone who never read the code.

    .venv/bin/python benchmarks/blind.py numbers [--split dev|test|all] [--json out.json]

A set lives in ``benchmarks/blind/<set>/``: one ``<name>.txt`` per article (headline, blank
line, paragraphs) and a ``<name>.json`` beside it::

    {"published": "2023-06-14", "kind": "seeded" | "clean",
     "expected": [{"rule": "NUM002", "near": "£9.1m", "other": "£1.9m", "proof": "..."}],
     "silent": [{"rule": "LNG001", "near": "slammed", "why": "inside a quote"}],
     "traps": ["..."]}

How the sets were written (a helper that saw only a one-line description of each rule) and
what counts as a hit: ``benchmarks/blind/README.md``. Each article belongs to the dev or the
test half by a hash of its file name (``split_of``), fixed before any tuning; tune on dev, quote
test. Scoring follows ``shared/BLIND-BENCHMARKS.md``:

- a seeded error is found when a finding of its rule (or one of its ``related`` spans) overlaps
  ``near`` or ``other``, with 30 characters of slack either side;
- precision of a rule: its warning and error findings that hit an expected error (of any rule),
  over all its warning and error findings;
- a false alarm: an error-severity finding that hits no expected error; listed one by one;
- a ``silent`` item is a phrase its rule must not flag (a loaded word inside a quote): any
  finding of that rule overlapping it (no slack) is a violation, listed one by one.

Info findings count towards precision only for rules whose own severity is info (LNG001), so a
NUM rule's info notes ("no published date") are not counted against it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "blind"
SLACK = 30


def split_of(name: str) -> str:
    """dev or test, from the article's file name alone: stable however the set grows."""
    return "dev" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "test"


@dataclass
class Case:
    name: str
    text: str
    published: str | None
    kind: str
    expected: list[dict]
    split: str
    silent: list[dict] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # the whole annotation, for sets scored elsewhere


@dataclass
class Tally:
    seeded: int = 0
    found: int = 0
    findings: int = 0
    on_target: int = 0
    missed: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)


def load(set_dir: Path) -> list[Case]:
    cases = []
    for txt in sorted(set_dir.rglob("*.txt")):
        meta_path = txt.with_suffix(".json")
        if not meta_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        cases.append(
            Case(
                name=txt.stem,
                text=txt.read_text(encoding="utf-8"),
                published=meta.get("published"),
                kind=meta.get("kind", "seeded" if meta.get("expected") else "clean"),
                expected=meta.get("expected", []),
                split=split_of(txt.stem),
                silent=meta.get("silent", []),
                meta=meta,
            )
        )
    return cases


def _spans(text: str, item: dict) -> list[tuple[int, int]]:
    spans = []
    for key in ("near", "other"):
        phrase = item.get(key)
        if phrase and (at := text.find(phrase)) >= 0:
            spans.append((at, at + len(phrase)))
    return spans


def _hits(finding, spans: list[tuple[int, int]]) -> bool:  # type: ignore[no-untyped-def]
    pointed = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(a < e + SLACK and s - SLACK < b for a, b in pointed for s, e in spans)


def _exact_hit(finding, spans: list[tuple[int, int]]) -> bool:  # type: ignore[no-untyped-def]
    return any(finding.start < e and s < finding.end for s, e in spans)


def checker(nlp):  # type: ignore[no-untyped-def]
    """A function that checks one case as a user would: its text and its published date."""
    from newslint import check
    from newslint.article import from_text
    from newslint.config import Config

    config = Config()

    def run(case: Case):  # type: ignore[no-untyped-def]
        article = from_text(case.text, source=case.name)
        return check(article, published=case.published, config=config, nlp=nlp)

    return run


def score(
    cases: list[Case],
    rules: list[str],
    check,  # type: ignore[no-untyped-def]
    info_rules: frozenset[str] = frozenset(),
) -> dict:
    tallies = {code: Tally() for code in rules}
    false_alarms: list[dict] = []
    violations: list[dict] = []
    clean_cases = [c for c in cases if c.kind == "clean"]
    seconds = 0.0
    for case in cases:
        t0 = time.perf_counter()
        report = check(case)
        seconds += time.perf_counter() - t0
        text = report.text
        expected = [(item, _spans(text, item)) for item in case.expected]
        for item, spans in expected:
            if not spans:
                print(f"  warning: {case.name}: {item.get('near')!r} not in the checked text")
        for item, spans in expected:
            tally = tallies.setdefault(item["rule"], Tally())
            tally.seeded += 1
            if any(f.rule == item["rule"] and _hits(f, spans) for f in report.findings):
                tally.found += 1
            else:
                others = sorted({f.rule for f in report.findings if _hits(f, spans)})
                note = f" (found by {', '.join(others)})" if others else ""
                tally.missed.append(f"{case.name}: {item.get('proof', item.get('near'))}{note}")
        for item in case.silent:
            spans = [(at, at + len(item["near"]))] if (at := text.find(item["near"])) >= 0 else []
            for f in report.findings:
                if f.rule == item["rule"] and _exact_hit(f, spans):
                    violations.append(
                        {"article": case.name, "rule": f.rule, "span": text[f.start : f.end],
                         "why": item.get("why", "")}
                    )  # fmt: skip
        for f in report.findings:
            if f.severity == "info" and f.rule not in info_rules:
                continue
            on_target = any(_hits(f, spans) for _, spans in expected)
            if f.rule in tallies:
                tally = tallies[f.rule]
                tally.findings += 1
                tally.on_target += on_target
                if not on_target:
                    tally.stray.append(f"{case.name}: {text[f.start : f.end]!r} {f.message}")
            if f.severity == "error" and not on_target:
                false_alarms.append(
                    {
                        "article": case.name,
                        "kind": case.kind,
                        "rule": f.rule,
                        "span": text[f.start : f.end],
                        "message": f.message,
                    }
                )
    table = {}
    for code, t in sorted(tallies.items()):
        table[code] = {
            "seeded": t.seeded,
            "found": t.found,
            "recall": t.found / t.seeded if t.seeded else None,
            "findings": t.findings,
            "precision": t.on_target / t.findings if t.findings else None,
            "missed": t.missed,
            "stray": t.stray,
        }
    on_clean = [fa for fa in false_alarms if fa["kind"] == "clean"]
    return {
        "articles": len(cases),
        "clean": len(clean_cases),
        "rules": table,
        "false_alarms": false_alarms,
        "false_alarms_on_clean": len(on_clean),
        "silent_items": sum(len(c.silent) for c in cases),
        "silent_violations": violations,
        "ms_per_article": 1000 * seconds / len(cases) if cases else 0.0,
    }


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def print_result(name: str, result: dict, *, details: bool) -> None:
    print(
        f"\n{name}: {result['articles']} articles, {result['clean']} clean traps, "
        f"{result['ms_per_article']:.0f} ms per article"
    )
    print(f"{'rule':8} {'seeded':>6} {'found':>6} {'recall':>7} {'findings':>9} {'precision':>9}")
    for code, row in result["rules"].items():
        print(
            f"{code:8} {row['seeded']:6d} {row['found']:6d} {_pct(row['recall']):>7} "
            f"{row['findings']:9d} {_pct(row['precision']):>9}"
        )
    print(
        f"error-severity false alarms: {len(result['false_alarms'])} "
        f"({result['false_alarms_on_clean']} on {result['clean']} clean traps)"
    )
    if result["silent_items"]:
        print(
            f"findings on phrases that must stay silent: {len(result['silent_violations'])} "
            f"of {result['silent_items']}"
        )
    if not details:
        return
    for v in result["silent_violations"]:
        print(f"  not silent {v['article']} {v['rule']} {v['span']!r} ({v['why']})")
    for fa in result["false_alarms"]:
        print(f"  false alarm {fa['article']} {fa['rule']} {fa['span']!r}: {fa['message']}")
    for code, row in result["rules"].items():
        for line in row["missed"]:
            print(f"  missed {code} {line}")
        for line in row["stray"]:
            print(f"  stray  {code} {line}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", help="a folder under benchmarks/blind/ (or a path)")
    parser.add_argument("--split", choices=["dev", "test", "all"], nargs="+", default=["dev"])
    parser.add_argument("--rules", help="comma-separated rules scored for recall (default: all)")
    parser.add_argument("--quiet", action="store_true", help="tables only, no misses listed")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--without",
        nargs="+",
        default=[],
        metavar="BATCH",
        help="leave out these batches (file-name prefixes such as c10): a half as an earlier round had it",
    )
    args = parser.parse_args(argv)

    set_dir = Path(args.set) if Path(args.set).is_dir() else SETS / args.set
    if not set_dir.is_dir():
        sys.exit(f"blind.py: no set at {set_dir}")
    cases = [c for c in load(set_dir) if c.name.split("-")[0] not in args.without]

    from newslint.nlp import pipeline
    from newslint.rules.registry import all_rules

    run = checker(pipeline())

    rules = sorted({item["rule"] for c in cases for item in c.expected})
    if args.rules:
        rules = args.rules.split(",")
    results = {}
    for split in args.split:
        chosen = [c for c in cases if split == "all" or c.split == split]
        info_rules = frozenset(r.code for r in all_rules() if r.severity == "info")
        results[split] = score(chosen, rules, run, info_rules)
        print_result(f"{set_dir.name} / {split}", results[split], details=not args.quiet)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return results


if __name__ == "__main__":
    main()
