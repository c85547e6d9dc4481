"""The boilerplate stripper, measured.

1. Recall and precision on our ten fixtures (tests/fixtures/boilerplate/, lines marked ``@@ ``
   are boilerplate): boilerplate lines removed, article lines lost.
2. Precision on clean news text: the BBC News 2004-2005 corpus (evaluation only, read from its
   path, never copied), fed once paragraph by paragraph and once a sentence a line (the harder
   case: short lines look more like furniture). It carries no boilerplate, so every removal
   is a false alarm.

    .venv/bin/python benchmarks/boilerplate.py [--bbc PATH] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from evaluation_data import BBC, evaluation_data
from newslint.clean import strip_boilerplate

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "boilerplate"
DEFAULT_BBC = evaluation_data(*BBC)
MARK = "@@ "
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def fixtures() -> dict[str, object]:
    boiler = removed = article = lost = words = 0
    kinds: Counter[str] = Counter()
    for path in sorted(FIXTURES.glob("*.txt")):
        lines, marked = [], []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(MARK):
                line = line[len(MARK) :]
                marked.append(line.strip())
            lines.append(line)
        text = "\n".join(lines)
        cleaned, cut = strip_boilerplate(text)
        gone = {x.strip() for r in cut for x in r.text.splitlines()}
        kept = {x for x in cleaned.splitlines() if x.strip()}
        body = [x for x in lines if x.strip() and x.strip() not in marked]
        boiler += len(marked)
        removed += sum(1 for m in marked if m in gone)
        article += len(body)
        lost += sum(1 for b in body if b not in kept)
        words += sum(len(b.split()) for b in body)
        for r in cut:
            kinds[r.kind] += sum(1 for x in r.text.splitlines() if x.strip())
    return {
        "articles": len(list(FIXTURES.glob("*.txt"))),
        "article_words": words,
        "boilerplate_lines": boiler,
        "boilerplate_removed": removed,
        "article_lines": article,
        "article_lines_lost": lost,
        "removed_by_kind": dict(sorted(kinds.items())),
    }


def clean_corpus(path: Path) -> dict[str, object]:
    if not path.exists():
        return {"skipped": f"{path} not found"}
    n = paragraphs = sentences = 0
    false_alarms: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            n += 1
            paras = [p for p in row["body"].split("\n") if p.strip()]
            sents = [s for p in paras for s in _SENTENCE.split(p) if s.strip()]
            paragraphs += len(paras)
            sentences += len(sents)
            for lines in (paras, sents):
                _, cut = strip_boilerplate(row["title"] + "\n\n" + "\n\n".join(lines))
                false_alarms += [{"id": row["id"], "kind": r.kind, "text": r.text} for r in cut]
    return {
        "articles": n,
        "paragraph_lines": paragraphs,
        "sentence_lines": sentences,
        "false_alarms": len(false_alarms),
        "examples": false_alarms[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures = {"fixtures": fixtures(), "bbc": clean_corpus(args.bbc)}
    f, b = figures["fixtures"], figures["bbc"]
    print(
        f"fixtures: {f['articles']} articles, {f['article_words']} article words; boilerplate "
        f"{f['boilerplate_removed']}/{f['boilerplate_lines']} lines removed; article lines lost "
        f"{f['article_lines_lost']}/{f['article_lines']}"
    )
    print(f"          removed by kind: {f['removed_by_kind']}")
    if "skipped" in b:
        print(f"bbc: skipped ({b['skipped']})")
    else:
        print(
            f"bbc: {b['articles']} articles, {b['paragraph_lines']} paragraph lines and "
            f"{b['sentence_lines']} sentence lines; false alarms {b['false_alarms']}"
        )
        for ex in b["examples"]:
            print(f"     {ex['id']} {ex['kind']}: {ex['text'][:100]!r}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
