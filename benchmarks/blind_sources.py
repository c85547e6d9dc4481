"""Blind sources set: boilerplate removal and quote extraction on web-page articles written blind.

    PYTHONPATH=src .venv/bin/python benchmarks/blind_sources.py [--split dev|test|all]
        [--quiet] [--json out.json]

The set (``benchmarks/blind/sources/``, see its ``WRITER.md``) annotates each article's
boilerplate lines, its editorial notes, every quote (content, speaker as written, speaker type)
and look-alikes that are not quotes. Articles are split into dev and test halves by
``split_of`` (``benchmarks/blind.py``); tune on dev, quote test. What is scored, on the text
``newslint.check`` returns (``report.text``, ``report.removed``, ``report.quotes``):

- **boilerplate**: a non-blank line of the input is removed when every visible character of it
  lies in a ``removed`` span. Boilerplate lines removed (share of annotated lines); article lines
  removed (count, listed; the headline included); editorial notes kept, removed as ``editorial``
  or removed as something else (the last counts as an article line lost).
- **quotes**, by content overlap in words: an annotated quote is recalled when at least half of
  its words lie in the contents of extracted quotes; an extracted quote is correct when at least
  half of its words lie in annotated quote contents. Counting words rather than pairing quotes
  one to one lets a split quote ("A," he said, "B.", annotated as two pieces) and a quotation
  nested in a reported clause (annotated twice) be scored fairly. An annotated quote whose text
  was removed with the boilerplate counts as missed.
- **speaker type accuracy** on recalled quotes: the type of the extracted quote sharing most
  words with it against the annotated type (no speaker counts as ``none``). The speaker as
  written agrees when one text contains the other (case folded).
- listed one by one: extracted quotes whose speaker is a relative pronoun; extracted quotes
  whose content is an infinitive ("to give her name", tagged TO + VB by spaCy in its
  paragraph) and is not an annotated quote;
  annotated not-quotes extracted as quotes (at least half of the extracted words are the
  look-alike's and it is not correct); duplicates (two extracted quotes sharing at least 80% of
  the shorter one's words).
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind import SETS, Case, load

_WORD = re.compile(r"\w+")
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
_INFINITIVE = re.compile(r"^(?:not\s+)?to\s+[a-z]+", re.I)
COVER = 0.5  # share of words that makes a quote recalled or correct
DUPLICATE = 0.8


@dataclass
class Tally:
    articles: int = 0
    boilerplate: int = 0
    boilerplate_removed: int = 0
    boilerplate_kept: list[str] = field(default_factory=list)
    article_lines: int = 0
    article_removed: list[str] = field(default_factory=list)
    editorial: int = 0
    editorial_kept: int = 0
    editorial_marked: int = 0
    gold_quotes: int = 0
    recalled: int = 0
    predicted: int = 0
    correct: int = 0
    typed: int = 0
    type_right: int = 0
    speaker_agrees: int = 0
    confusion: Counter = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    false_quotes: list[str] = field(default_factory=list)
    relative_speakers: list[str] = field(default_factory=list)
    infinitives: list[str] = field(default_factory=list)
    not_quotes: int = 0
    not_quotes_extracted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _covered(length: int, spans: list[tuple[int, int]]) -> list[bool]:
    cover = [False] * length
    for a, b in spans:
        for i in range(max(a, 0), min(b, length)):
            cover[i] = True
    return cover


def score_lines(case: Case, report, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    text = case.text
    cover = _covered(len(text), [(r.start, r.end) for r in report.removed])
    kinds = [""] * len(text)
    for r in report.removed:
        for i in range(max(r.start, 0), min(r.end, len(text))):
            kinds[i] = r.kind
    boiler = {b.strip() for b in case.meta.get("boilerplate", [])}
    editorial = {e.strip() for e in case.meta.get("editorial", [])}
    pos = 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        visible = [start + i for i, ch in enumerate(raw) if not ch.isspace()]
        removed = all(cover[i] for i in visible)
        kind = kinds[visible[0]] if removed else ""
        if line in boiler:
            tally.boilerplate += 1
            tally.boilerplate_removed += removed
            if not removed:
                tally.boilerplate_kept.append(f"{case.name}: {line!r}")
        elif line in editorial:
            tally.editorial += 1
            if not removed:
                tally.editorial_kept += 1
            elif kind == "editorial":
                tally.editorial_marked += 1
            else:
                tally.article_removed.append(f"{case.name}: [editorial as {kind}] {line!r}")
        else:
            tally.article_lines += 1
            if removed:
                tally.article_removed.append(f"{case.name}: [{kind}] {line!r}")


class _Words:
    """Word positions in the checked text, to compare spans by the words they hold."""

    def __init__(self, text: str):
        self.starts = []
        self.ends = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def of(self, spans: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for a, b in spans:
            i = bisect.bisect_left(self.ends, a + 1)
            while i < len(self.starts) and self.starts[i] < b:
                out.add(i)
                i += 1
        return out


def _find(text: str, phrase: str, after: int) -> tuple[int, int] | None:
    at = text.find(phrase, after)
    if at < 0:
        at = text.find(phrase)
    return (at, at + len(phrase)) if at >= 0 else None


def _quote_spans(q) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _infinitive(nlp, text: str, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Does the quote at ``start`` open with an infinitive ("to give her name", "not to be
    named"), as tagged in its paragraph (a preposition, "to reporters", is not one)?"""
    if not _INFINITIVE.match(text[start : start + 40]):
        return False
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", start)
    para_end = len(text) if para_end < 0 else para_end
    doc = nlp(text[para_start:para_end])
    tokens = [t for t in doc if t.idx >= start - para_start and t.lower_ != "not"]
    return len(tokens) >= 2 and tokens[0].tag_ == "TO" and tokens[1].tag_ == "VB"


def score_quotes(case: Case, report, tally: Tally, nlp) -> None:  # type: ignore[no-untyped-def]
    text = report.text
    words = _Words(text)
    golds = []
    after = 0
    for g in case.meta.get("quotes", []):
        span = _find(text, g["content"], after)
        if span is not None:
            after = span[0]
        golds.append((g, words.of([span]) if span else set()))
    preds = [(q, words.of(_quote_spans(q))) for q in report.quotes]
    gold_words = set().union(*(w for _, w in golds)) if golds else set()
    pred_words = set().union(*(w for _, w in preds)) if preds else set()
    tally.gold_quotes += len(golds)
    tally.predicted += len(preds)
    for g, gw in golds:
        label = f"{case.name}: {g['speaker']!r} ({g['speaker_type']}) {_short(g['content'])!r}"
        if not gw or len(gw & pred_words) < COVER * len(gw):
            tally.missed.append(label)
            continue
        tally.recalled += 1
        best = max(preds, key=lambda p: len(p[1] & gw))[0]
        got = best.speaker.type if best.speaker is not None else "none"
        tally.typed += 1
        tally.confusion[(g["speaker_type"], got)] += 1
        if got == g["speaker_type"]:
            tally.type_right += 1
        else:
            said = best.speaker.text if best.speaker is not None else None
            tally.wrong_type.append(f"{label} -> {said!r} ({got})")
        gold_sp = (g["speaker"] or "").lower()
        pred_sp = best.speaker.text.lower() if best.speaker is not None else ""
        if gold_sp == pred_sp or (
            gold_sp and pred_sp and (gold_sp in pred_sp or pred_sp in gold_sp)
        ):
            tally.speaker_agrees += 1
    not_quote_words = []
    for phrase in case.meta.get("not_quotes", []):
        span = _find(text, phrase, 0)
        if span is not None:
            not_quote_words.append((phrase, words.of([span])))
    tally.not_quotes += len(case.meta.get("not_quotes", []))
    for q, pw in preds:
        said = q.speaker.text if q.speaker is not None else None
        label = (
            f"{case.name}: {said!r} ({q.speaker.type if q.speaker else 'none'}) {_short(q.text)!r}"
        )
        correct = bool(pw) and len(pw & gold_words) >= COVER * len(pw)
        tally.correct += correct
        if not correct:
            tally.false_quotes.append(label)
        if said is not None and said.strip().lower() in RELATIVE_PRONOUNS:
            tally.relative_speakers.append(label)
        if not correct and _infinitive(nlp, text, q.start):
            tally.infinitives.append(label)
        if not correct:
            for phrase, nw in not_quote_words:
                if nw and len(pw & nw) >= COVER * len(pw):
                    tally.not_quotes_extracted.append(f"{label} (not a quote: {phrase!r})")
                    break
    for i, (q, pw) in enumerate(preds):
        for r, rw in preds[i + 1 :]:
            small = min(len(pw), len(rw))
            if small and len(pw & rw) >= DUPLICATE * small:
                tally.duplicates.append(
                    f"{case.name}: {_short(q.text, 60)!r} / {_short(r.text, 60)!r}"
                )


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def figures(t: Tally) -> dict:
    recall, precision = _ratio(t.recalled, t.gold_quotes), _ratio(t.correct, t.predicted)
    f1 = 2 * recall * precision / (recall + precision) if recall and precision else None
    return {
        "articles": t.articles,
        "boilerplate_lines": t.boilerplate,
        "boilerplate_removed": t.boilerplate_removed,
        "boilerplate_removed_share": _ratio(t.boilerplate_removed, t.boilerplate),
        "article_lines": t.article_lines,
        "article_lines_removed": len(t.article_removed),
        "editorial_lines": t.editorial,
        "editorial_kept": t.editorial_kept,
        "editorial_marked": t.editorial_marked,
        "quotes": t.gold_quotes,
        "quotes_recalled": t.recalled,
        "quote_recall": recall,
        "quotes_extracted": t.predicted,
        "quotes_correct": t.correct,
        "quote_precision": precision,
        "quote_f1": f1,
        "speaker_type_accuracy": _ratio(t.type_right, t.typed),
        "speaker_as_written": _ratio(t.speaker_agrees, t.typed),
        "type_confusion": {f"{g}->{p}": n for (g, p), n in sorted(t.confusion.items())},
        "relative_pronoun_speakers": t.relative_speakers,
        "infinitive_contents": t.infinitives,
        "not_quotes": t.not_quotes,
        "not_quotes_extracted": t.not_quotes_extracted,
        "duplicates": t.duplicates,
        "article_removed": t.article_removed,
        "boilerplate_kept": t.boilerplate_kept,
        "missed": t.missed,
        "wrong_type": t.wrong_type,
        "false_quotes": t.false_quotes,
        "ms_per_article": 1000 * t.seconds / t.articles if t.articles else 0.0,
    }


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_figures(name: str, f: dict, *, details: bool) -> None:
    print(f"\n{name}: {f['articles']} articles, {f['ms_per_article']:.0f} ms per article")
    print(
        f"boilerplate lines removed {f['boilerplate_removed']}/{f['boilerplate_lines']} "
        f"({_pct(f['boilerplate_removed_share'])}); article lines removed "
        f"{f['article_lines_removed']} of {f['article_lines']}; editorial notes "
        f"{f['editorial_lines']}: kept {f['editorial_kept']}, marked editorial "
        f"{f['editorial_marked']}"
    )
    print(
        f"quotes: recall {f['quotes_recalled']}/{f['quotes']} ({_pct(f['quote_recall'])}), "
        f"precision {f['quotes_correct']}/{f['quotes_extracted']} ({_pct(f['quote_precision'])}), "
        f"F1 {_pct(f['quote_f1'])}"
    )
    print(
        f"speaker type accuracy {_pct(f['speaker_type_accuracy'])}; speaker as written "
        f"{_pct(f['speaker_as_written'])} (on recalled quotes)"
    )
    print(
        f"relative-pronoun speakers {len(f['relative_pronoun_speakers'])}; infinitive contents "
        f"{len(f['infinitive_contents'])}; not-quotes extracted "
        f"{len(f['not_quotes_extracted'])} of {f['not_quotes']}; duplicates {len(f['duplicates'])}"
    )
    print("type confusion (annotated->extracted):", f["type_confusion"])
    if not details:
        return  # counts only: a test half is scored without reading a line of it
    sections = [
        ("article line removed", "article_removed"),
        ("relative-pronoun speaker", "relative_pronoun_speakers"),
        ("infinitive content", "infinitive_contents"),
        ("not-quote extracted", "not_quotes_extracted"),
        ("duplicate", "duplicates"),
        ("boilerplate kept", "boilerplate_kept"),
        ("missed", "missed"),
        ("wrong type", "wrong_type"),
        ("not a quote", "false_quotes"),
    ]
    for label, key in sections:
        for line in f[key]:
            print(f"  {label}: {line}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], nargs="+", default=["dev"])
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="counts only, no article text (how a test half is scored)",
    )
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--set", default=str(SETS / "sources"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--without", nargs="+", default=[], metavar="BATCH", help="leave out these batches (s5 ...)"
    )
    args = parser.parse_args(argv)

    from newslint import check
    from newslint.article import from_text
    from newslint.config import Config
    from newslint.nlp import pipeline

    nlp = pipeline()
    config = Config(select=["SRC"])
    cases = [c for c in load(Path(args.set)) if c.name.split("-")[0] not in args.without]
    results = {}
    for split in args.split:
        tally = Tally()
        for case in cases:
            if split != "all" and case.split != split:
                continue
            t0 = time.perf_counter()
            report = check(
                from_text(case.text, source=case.name),
                published=case.published,
                config=config,
                nlp=nlp,
            )
            tally.seconds += time.perf_counter() - t0
            tally.articles += 1
            score_lines(case, report, tally)
            score_quotes(case, report, tally, nlp)
        results[split] = figures(tally)
        print_figures(f"sources / {split}", results[split], details=not args.quiet)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return results


if __name__ == "__main__":
    main()
