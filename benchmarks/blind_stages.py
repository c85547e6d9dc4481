"""Where the blind misses fail: each seeded error of a blind set, put in the stage it stopped at.

    .venv/bin/python benchmarks/blind_stages.py numbers [--split dev|test ...]

A seeded error ends in one of six places, and each miss calls for a different kind of fix:

- ``near not read`` / ``other not read``: no figure of the quantity table covers the wrong
  figure (or the one it conflicts with): extraction or reading failed (NUM rules only; dates and
  ages are not in the quantity table);
- ``never compared``: both figures were read, and no finding or passed check of any rule
  touches both (or, with no ``other``, touches the figure): the link between the mentions failed;
- ``judged consistent``: a passed check of the rule covers the error: the two were compared and
  the arithmetic or its tolerance let them through (or a figure was misread). Only the rules
  that record their passed checks (NUM001-NUM004) can land here; for the others a comparison
  judged consistent counts as ``never compared``;
- ``another rule``: a finding of another rule covers it (a scoring matter, or the wrong rule);
- ``found``.

The test half prints counts only: what it teaches is where to look, never which sentence.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from blind import SETS, _hits, _spans, checker, load

STAGES = (
    "found",
    "another rule",
    "judged consistent",
    "never compared",
    "other not read",
    "near not read",
)


def _read(report, text: str, phrase: str | None) -> bool:  # type: ignore[no-untyped-def]
    at = text.find(phrase) if phrase else -1
    if at < 0:
        return True  # nothing to read: not this stage
    stop = at + len(phrase)  # type: ignore[arg-type]
    return any(q.start < stop and at < q.end for q in report.quantities)


def _touches_all(outcome, spans: list[tuple[int, int]]) -> bool:  # type: ignore[no-untyped-def]
    return bool(spans) and all(_hits(outcome, [span]) for span in spans)


def stage_of(report, item: dict) -> str:  # type: ignore[no-untyped-def]
    text = report.text
    spans = _spans(text, item)
    rule = item["rule"]
    if any(f.rule == rule and _hits(f, spans) for f in report.findings):
        return "found"
    if any(_hits(f, spans) for f in report.findings if f.severity != "info"):
        return "another rule"
    if any(c.rule == rule and _touches_all(c, spans) for c in report.checks):
        return "judged consistent"
    if rule.startswith("NUM"):
        if not _read(report, text, item.get("near")):
            return "near not read"
        if not _read(report, text, item.get("other")):
            return "other not read"
    return "never compared"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", help="a folder under benchmarks/blind/ (or a path)")
    parser.add_argument("--split", choices=["dev", "test", "all"], nargs="+", default=["dev"])
    args = parser.parse_args(argv)
    set_dir = Path(args.set) if Path(args.set).is_dir() else SETS / args.set

    from newslint.nlp import pipeline

    run = checker(pipeline())
    cases = load(set_dir)
    for split in args.split:
        chosen = [c for c in cases if c.kind == "seeded" and split in ("all", c.split)]
        counts: dict[str, Counter[str]] = {}
        listed: list[str] = []
        for case in chosen:
            report = run(case)
            for item in case.expected:
                stage = stage_of(report, item)
                counts.setdefault(item["rule"], Counter())[stage] += 1
                if split == "dev" and stage != "found":
                    listed.append(f"  {stage:18} {item['rule']} {case.name}: {item.get('near')!r}")
        print(f"\n{set_dir.name} / {split}: stage each seeded error stopped at")
        print(f"{'rule':8} " + " ".join(f"{s:>17}" for s in STAGES))
        for rule in sorted(counts):
            print(f"{rule:8} " + " ".join(f"{counts[rule][s]:17d}" for s in STAGES))
        total = sum(counts.values(), Counter())
        print(f"{'all':8} " + " ".join(f"{total[s]:17d}" for s in STAGES))
        print("\n".join(sorted(listed)))


if __name__ == "__main__":
    main()
