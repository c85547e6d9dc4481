"""SRC002 (unattributed-figure) on the blind ``attribution`` set, figure by figure.

    .venv/bin/python benchmarks/blind_attribution.py [--split dev|test|all] [--quiet]

Each article's JSON lists every figure the writer judged in scope (measures, money,
percentages, counts of ten or more) with ``attributed`` true or false: a source is given in
its sentence or its paragraph, or not. How the set was written: ``benchmarks/blind/README.md``.

Scoring, figure by figure (a finding of SRC002 flags its own span and its ``related`` spans):

- recall: unattributed figures flagged, over all unattributed figures outside the headline;
- precision: flagged annotated figures that are unattributed, over all flagged annotated figures
  (an attributed figure flagged is a false alarm, listed on dev);
- flagged spans on no annotated figure are counted apart (the writer judged them out of scope:
  a year, an age, a vague amount, or not a figure at all) and listed on dev;
- headline figures are counted apart: the rule leaves headline-like lines alone by design
  (a headline rarely names its source, and the body that follows usually does).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind import SETS, checker, load

RULE = "SRC002"


@dataclass
class Tally:
    unattributed: int = 0
    found: int = 0
    attributed: int = 0
    attributed_flagged: int = 0
    headline: int = 0
    headline_flagged: int = 0
    unannotated_flags: int = 0
    articles: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_case(case, report, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    text = case.text
    headline_end = text.find("\n") if "\n" in text else len(text)
    flagged = [
        span
        for f in report.findings
        if f.rule == RULE
        for span in [(f.start, f.end)] + [(r.start, r.end) for r in f.related]
    ]
    used: set[tuple[int, int]] = set()
    tally.articles += 1
    for figure in case.meta.get("figures", []):
        at = text.find(figure["text"])
        if at < 0:
            continue
        span = (at, at + len(figure["text"]))
        hits = [s for s in flagged if _overlaps(s, span)]
        used.update(hits)
        label = f"{case.name}: {figure['text']!r}"
        if at < headline_end:
            tally.headline += 1
            tally.headline_flagged += bool(hits)
        elif figure.get("attributed"):
            tally.attributed += 1
            if hits:
                tally.attributed_flagged += 1
                tally.wrong.append(f"{label} flagged, but {figure.get('why', 'attributed')}")
        else:
            tally.unattributed += 1
            if hits:
                tally.found += 1
            else:
                tally.missed.append(f"{label} not flagged ({figure.get('why', '')})")
    for s in flagged:
        if s not in used and s[0] >= headline_end:
            tally.unannotated_flags += 1
            tally.stray.append(f"{case.name}: {text[s[0] : s[1]]!r} flagged, not annotated")


def report_tally(name: str, t: Tally, quiet: bool) -> dict:
    flagged = t.found + t.attributed_flagged
    figures = {
        "articles": t.articles,
        "unattributed": t.unattributed,
        "found": t.found,
        "recall": round(t.found / t.unattributed, 3) if t.unattributed else None,
        "attributed": t.attributed,
        "attributed_flagged": t.attributed_flagged,
        "precision": round(t.found / flagged, 3) if flagged else None,
        "unannotated_flags": t.unannotated_flags,
        "headline": t.headline,
        "headline_flagged": t.headline_flagged,
    }
    print(f"\n{name}: {t.articles} articles")
    print(
        f"unattributed figures flagged {t.found}/{t.unattributed} (recall {figures['recall']}); "
        f"attributed figures flagged {t.attributed_flagged}/{t.attributed}; "
        f"precision {figures['precision']}"
    )
    print(
        f"flags on no annotated figure {t.unannotated_flags}; "
        f"headline figures flagged {t.headline_flagged}/{t.headline}"
    )
    if not quiet:
        for line in t.wrong + t.missed + t.stray:
            print("  " + line)
    return figures


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], nargs="+", default=["dev"])
    parser.add_argument("--quiet", action="store_true", help="counts only (how test is scored)")
    parser.add_argument("--set", type=Path, default=SETS / "attribution")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    from newslint.nlp import pipeline

    run = checker(pipeline())
    cases = load(args.set)
    out = {}
    for split in args.split:
        tally = Tally()
        for case in cases:
            if split != "all" and case.split != split:
                continue
            score_case(case, run(case), tally)
        quiet = args.quiet or split == "test"
        out[split] = report_tally(f"{args.set.name} / {split}", tally, quiet)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
