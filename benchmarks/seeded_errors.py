"""Seeded errors: inject each kind of NUM error into copies of BBC articles and measure the rules.

    .venv/bin/python benchmarks/seeded_errors.py --limit 150 [--seed 13] [--json out.json]

Reads the BBC News 2004-2005 corpus (evaluation only, never copied into the repo) from
``../shared/data/bbc-news-2004-2005/bbc_fulltext.jsonl``. With a fixed seed it samples
articles and, for each, makes one copy per error type:

- NUM001: a stated conversion broken (the bracketed figure of "$1.13bn (£600m)" or
  "30 miles (48km)" multiplied or divided by 2.5 or 10: a wrong rate, a slipped digit);
- NUM002: one of two identical figures in different sentences changed (x1.5, digits kept
  plausible); articles without a repeated figure get no NUM002 copy;
- NUM003: a comparison's multiplier or referent changed; articles have almost no comparisons,
  so a sentence of our own with a measure and a correct comparison is added, then broken;
- NUM004: a part made larger than its whole, or a set of shares pushed past 100% (sentences of
  our own added to the article, templates below);
- NUM005: a window claim added to a cumulative total of our own ("..., the majority of them in
  the past 24 hours" beside a stated daily average).

And the same errors with their figures apart, each its own row (drawn from a second generator,
so the rows above stay comparable with earlier runs):

- NUM003-apart: the comparison in one paragraph ("recaptured an area three times the size of
  Wales") and the figure for the same measure one to three paragraphs later;
- NUM004-apart: "The survey covered 340 schools" and, paragraphs later, "Of the schools
  surveyed, 410 said ...";
- NUM005-apart: the window claim paragraphs after its total ("nearly all of the claims had been
  filed in the past 24 hours") or opening the next sentence ("Most of them came in the last
  week.");
- NUM005-money: a money total with its window ("£2.4m since 2019, most of it in the past 48
  hours") and a stated daily or weekly average ("Donations had averaged about £4,000 a day").

Every injection records the span it changed. Reported per rule: recall (injected error found by
that rule at an overlapping span), precision (that rule's warning/error findings on injected
copies that overlap an injected span) and, on the *unmodified* articles, error-severity false
alarms per 100 articles, each printed. Articles carry no published date (the corpus has none),
so money conversions are checked against every ECB rate since 1999.

Also measures, on the clean articles, the time the NUM checks add on top of cleaning and
extraction (quantities and the parse the rules ask for are counted as check time).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from evaluation_data import BBC, bbc_rows, evaluation_data

ROOT = Path(__file__).resolve().parents[1]
RULES = ["NUM001", "NUM002", "NUM003", "NUM004", "NUM005"]


def default_data() -> Path:
    return evaluation_data(*BBC)


@dataclass
class Injection:
    rule: str
    text: str
    spans: list[tuple[int, int]]
    how: str
    label: str = ""  # the table row, when one rule has two kinds of injection


@dataclass
class Tally:
    injected: int = 0
    found: int = 0
    findings: int = 0
    on_target: int = 0
    missed: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)


# -- helpers -----------------------------------------------------------------------------------

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _format_like(value: float, numeral: str) -> str:
    decimals = len(numeral.split(".")[1]) if "." in numeral else 0
    if decimals:
        return f"{value:.{decimals}f}"
    text = f"{round(value):,}" if "," in numeral else str(round(value))
    return text


def _replace_numeral(text: str, start: int, end: int, factor: float) -> tuple[str, int, int]:
    """Scale the first numeral inside text[start:end]; return new text and the new span."""
    m = _NUMERAL.search(text, start, end)
    if not m:
        raise ValueError("no numeral")
    old = m.group(0)
    value = float(old.replace(",", "")) * factor
    new = _format_like(value, old)
    if float(new.replace(",", "") or 0) == 0 or new == old:
        raise ValueError("degenerate change")
    out = text[: m.start()] + new + text[m.end() :]
    return out, start, end + len(new) - len(old)


def _insert_after_paragraph(rng: random.Random, text: str, sentence: str) -> tuple[str, int]:
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    at = rng.choice(breaks) if breaks else len(text)
    insert = sentence + "\n\n" if breaks else "\n\n" + sentence
    offset = at if breaks else at + 2
    return text[:at] + insert + text[at:], offset


# -- injections --------------------------------------------------------------------------------


def inject_conversion(rng, text, quantities) -> Injection | None:
    from newslint.rules.numbers import conversion_pairs

    pairs = list(conversion_pairs(quantities, text))
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    factor = rng.choice([2.5, 1 / 2.5, 10.0, 0.1])
    try:
        new, s, e = _replace_numeral(text, b.start, b.end, factor)
    except ValueError:
        return None
    return Injection("NUM001", new, [(s, e)], f"{b.text!r} x{factor:g} after {a.text!r}")


def inject_restatement(rng, text, quantities, sentences) -> Injection | None:
    def sentence_index(offset: int) -> int:
        return next((i for i, s in enumerate(sentences) if s.start <= offset < s.end), -1)

    by_text: dict[str, list] = {}
    for q in quantities:
        if q.kind in ("money", "measure") and q.change is None and _NUMERAL.search(q.text):
            by_text.setdefault(q.text, []).append(q)
    pairs = [
        (qs[0], q)
        for qs in by_text.values()
        for q in qs[1:]
        if sentence_index(q.start) != sentence_index(qs[0].start)
    ]
    if not pairs:
        return None
    first, later = rng.choice(pairs)
    target = rng.choice([first, later])
    try:
        new, s, e = _replace_numeral(text, target.start, target.end, rng.choice([1.5, 2.0, 0.5]))
    except ValueError:
        return None
    other = later if target is first else first
    shift = (e - s) - (target.end - target.start)
    o_start = other.start + (shift if other.start > target.start else 0)
    o_end = other.end + (shift if other.start > target.start else 0)
    return Injection(
        "NUM002", new, [(s, e), (o_start, o_end)], f"{target.text!r} changed", "NUM002-own"
    )


_RESTATED = [  # first sentence, restatement; {a} and {b} are the two figures
    ("The council has unveiled a {a} {noun} for the town centre.",
     "Opponents said the {b} {noun} would not be ready before the election."),
    ("Ministers approved a {a} {noun} on Tuesday after months of delay.",
     "Business leaders welcomed the {b} {noun} but asked for more detail."),
    ("A {a} {noun} was agreed by the board last week.",
     "Staff were told the {b} {noun} would be reviewed in the spring."),
]  # fmt: skip
_NOUNS = ["scheme", "stadium", "bypass", "library", "bridge", "package", "appeal", "contract"]
_TERRITORY = [  # verb in the first sentence, participle in the restatement
    ("Government forces have recaptured {a} of territory in the east.",
     "Officials said the {b} retaken by the army included several towns."),
    ("Rebels have seized {a} of farmland since the spring.",
     "Aid groups said the {b} seized by the rebels had been abandoned."),
    ("The wildfire has scorched {a} of forest, officials said.",
     "Firefighters said the {b} burned included a nature reserve."),
    ("The river has flooded {a} of farmland this winter.",
     "Farmers said the {b} flooded would take years to recover."),
]  # fmt: skip


def inject_restatement_template(rng, text) -> Injection:
    """Two sentences of our own restating one figure in two paragraphs; the second changed."""
    factor = rng.choice([1.5, 2.0, 0.5, 3.0])
    if rng.random() < 0.5:
        first, second = rng.choice(_RESTATED)
        value = rng.choice([2.4, 12, 15, 45, 120, 350, 1200])
        symbol = rng.choice(["£", "$", "€"])
        a = f"{symbol}{value:g}m"
        b = f"{symbol}{value * factor:g}m"
        noun = rng.choice(_NOUNS)
        first, second = first.format(a=a, noun=noun, b=b), second.format(a=a, b=b, noun=noun)
    else:
        first, second = rng.choice(_TERRITORY)
        value = rng.choice([120, 400, 2300, 1500, 900, 60])
        unit = rng.choice(["square miles", "sq km", "hectares", "square kilometres"])
        a, b = f"{value:,} {unit}", f"{round(value * factor):,} {unit}"
        first, second = first.format(a=a), second.format(b=b)
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    if len(breaks) < 2:
        text = text + "\n\n"
        breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)] + [len(text)]
    i, j = sorted(rng.sample(range(len(breaks)), 2)) if len(breaks) >= 2 else (0, 0)
    at1, at2 = breaks[i], breaks[j]
    out = text[:at1] + first + "\n\n" + text[at1:at2] + second + "\n\n" + text[at2:]
    start = at2 + len(first) + 2 + second.index(b)
    return Injection("NUM002", out, [(start, start + len(b))], f"{first} / {second}")


_PLACES = [  # name, area km2 (the shipped table's middle value)
    ("Wales", 20757), ("Belgium", 30400), ("Luxembourg", 2586), ("Greater London", 1571),
    ("Switzerland", 41287), ("Jamaica", 10900), ("Cyprus", 9245), ("Northern Ireland", 14000),
]  # fmt: skip
_MULTIPLIERS = [("half", 0.5), ("", 1), ("twice", 2), ("three times", 3), ("four times", 4),
                ("five times", 5), ("ten times", 10)]  # fmt: skip
_SUBJECTS = ["The project's site", "The affected area", "The new reserve", "The flooded land",
             "The estate", "The exclusion zone"]  # fmt: skip


def _size_phrase(word: str) -> str:
    return f"{word} the size of" if word else "the size of"


def inject_comparison(rng, text) -> Injection:
    place, area = rng.choice(_PLACES)
    word, mult = rng.choice(_MULTIPLIERS)
    true_km2 = area * mult
    sq_miles = rng.random() < 0.5
    shown = true_km2 / 2.589988 if sq_miles else true_km2
    figure = f"{round(shown, -2 if shown > 1000 else -1):,.0f}"
    unit = "square miles" if sq_miles else "sq km"
    # break it: another multiplier at least 4x away, or another place at least 4x away
    if rng.random() < 0.5:
        choices = [(w, m) for w, m in _MULTIPLIERS if max(m, mult) / min(m, mult) >= 4]
        word, _ = rng.choice(choices)
    else:
        choices = [(p, a) for p, a in _PLACES if max(a, area) / min(a, area) >= 4]
        if not choices:
            choices = [(w, m) for w, m in _MULTIPLIERS if max(m, mult) / min(m, mult) >= 4]
            word, _ = rng.choice(choices)
        else:
            place, _ = rng.choice(choices)
    comparison = f"{_size_phrase(word)} {place}"
    sentence = f"{rng.choice(_SUBJECTS)} covers {figure} {unit}, an area roughly {comparison}."
    new, offset = _insert_after_paragraph(rng, text, sentence)
    s = offset + sentence.index(comparison)
    return Injection("NUM003", new, [(s, s + len(comparison))], sentence)


_WHOLES = ["schools", "firms", "clubs", "councils", "hospitals", "shops", "projects", "members"]


def inject_share(rng, text) -> Injection:
    if rng.random() < 0.5:
        whole = rng.randint(12, 900)
        part = f"{int(whole * rng.uniform(1.2, 2.0)):,}"
        noun = rng.choice(_WHOLES)
        form = rng.randrange(3)
        if form == 0:
            sentence = f"Of the {whole} {noun} questioned, {part} said they had been affected."
        elif form == 1:
            sentence = f"Inspectors found that {part} of the {whole} {noun} had no plan."
        else:
            sentence = f"The group has {whole} {noun}, {part} of them in the north."
        target = part
        start = sentence.index(target, sentence.index(str(whole)) + 1 if form != 1 else 0)
        new, offset = _insert_after_paragraph(rng, text, sentence)
        return Injection("NUM004", new, [(offset + start, offset + start + len(target))], sentence)
    a = rng.randint(35, 60)
    b = rng.randint(25, 45)
    c = rng.randint(max(5, 106 - a - b), 40) if 106 - a - b <= 40 else 40
    if a + b + c <= 103:
        c = 104 - a - b
    sentence = (
        f"In a poll for the report, {a}% said they agreed, {b}% said they disagreed and {c}% "
        "said they did not know."
    )
    new, offset = _insert_after_paragraph(rng, text, sentence)
    s = offset + sentence.index(f"{a}%")
    e = offset + sentence.index(f"{c}%") + len(f"{c}%")
    return Injection("NUM004", new, [(s, e)], sentence)


_TOTAL_NOUNS = [("complaints", "received"), ("applications", "made"), ("calls", "taken"),
                ("claims", "filed"), ("tickets", "sold")]  # fmt: skip
_WINDOWS = [("in the past 24 hours", 1), ("in the past 48 hours", 2), ("in the last week", 7)]
_SHARES = ["the majority of them", "most of them", "the vast majority of them"]


def inject_rate(rng, text) -> Injection:
    noun, verb = rng.choice(_TOTAL_NOUNS)
    window, days = rng.choice(_WINDOWS)
    average = rng.choice([20, 40, 60, 80, 150, 300])
    total = round(average * days * rng.uniform(20, 60), -2)
    share = rng.choice(_SHARES)
    month = rng.choice(["January", "March", "June", "September"])
    claim = f"{share} {window}"
    sentence = (
        f"Some {total:,.0f} {noun} have been {verb} since {month}, {claim}. Officials said "
        f"the daily average had been about {average} {noun}."
    )
    new, offset = _insert_after_paragraph(rng, text, sentence)
    s = offset + sentence.index(claim)
    return Injection("NUM005", new, [(s, s + len(claim))], sentence)


# -- the same errors with their two figures apart, and rates of money --------------------------


def _insert_apart(rng, text: str, first: str, second: str, gap: int = 1) -> tuple[str, int, int]:
    """``first`` as a paragraph of its own and ``second`` ``gap`` or more paragraphs later; the
    new text and where each starts."""
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    if len(breaks) < gap + 1:
        text = text.rstrip() + "\n\n"
        breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    i = rng.randrange(0, max(1, len(breaks) - gap))
    j = min(len(breaks) - 1, i + rng.randint(gap, max(gap, 3)))
    at1, at2 = breaks[i], breaks[j] if j > i else len(text)
    if at2 == len(text) and not text.endswith("\n\n"):
        text += "\n\n"
        at2 = len(text)
    out = text[:at1] + first + "\n\n" + text[at1:at2] + second + "\n\n" + text[at2:]
    return out, at1, at2 + len(first) + 2


_APART_COMPARISONS = [  # the comparison in one paragraph, the figure for the same measure later
    ("Government forces have recaptured an area {comparison}, officials said.",
     "The army said it had recaptured {figure} in the offensive."),
    ("The wildfire has burned an area {comparison} since it started.",
     "By Friday the fire had burned {figure} of forest and farmland."),
    ("Floodwater now covers an area {comparison}, according to the agency.",
     "Satellite images show the water covers {figure} of the plain."),
]  # fmt: skip


def inject_comparison_apart(rng, text) -> Injection:
    """NUM003 with the comparison and its figure paragraphs apart (the lede and the body)."""
    place, area = rng.choice(_PLACES)
    word, mult = rng.choice(_MULTIPLIERS)
    sq_miles = rng.random() < 0.5
    shown = area * mult / (2.589988 if sq_miles else 1)
    figure = f"{round(shown, -2 if shown > 1000 else -1):,.0f} " + (
        "square miles" if sq_miles else "sq km"
    )
    choices = [(w, m) for w, m in _MULTIPLIERS if max(m, mult) / min(m, mult) >= 4]
    word, _ = rng.choice(choices)
    comparison = f"{_size_phrase(word)} {place}"
    first, second = rng.choice(_APART_COMPARISONS)
    first, second = first.format(comparison=comparison), second.format(figure=figure)
    new, at1, at2 = _insert_apart(rng, text, first, second)
    s = at1 + first.index(comparison)
    f = at2 + second.index(figure)
    spans = [(s, s + len(comparison)), (f, f + len(figure))]
    return Injection("NUM003", new, spans, f"{first} / {second}", "NUM003-apart")


def inject_share_apart(rng, text) -> Injection:
    """NUM004 with the whole in one paragraph and a larger part of it later."""
    noun = rng.choice(_WHOLES)
    whole = rng.randint(40, 900)
    part = int(whole * rng.uniform(1.2, 2.0))
    first = f"The survey covered {whole} {noun} across the region, the report said."
    second = f"Of the {noun} surveyed, {part:,} said they had cut spending this year."
    new, at1, at2 = _insert_apart(rng, text, first, second)
    s = at2 + second.index(f"{part:,}")
    w = at1 + first.index(str(whole))
    spans = [(s, s + len(f"{part:,}")), (w, w + len(str(whole)))]
    return Injection("NUM004", new, spans, f"{first} / {second}", "NUM004-apart")


_APART_SHARES = [  # the window claim about the total, later: by its noun or at the next sentence
    "Officials said nearly all of the {noun} had been {verb} in the past 24 hours.",
    "Most of the {noun} were {verb} in the last week, officials said.",
]  # fmt: skip


def inject_rate_apart(rng, text) -> Injection:
    """NUM005 with the window claim paragraphs after its total, or opening the next sentence."""
    noun, verb = rng.choice(_TOTAL_NOUNS)
    average = rng.choice([20, 40, 60, 80, 150, 300])
    month = rng.choice(["January", "March", "June", "September"])
    if rng.random() < 0.5:
        claim = rng.choice(_APART_SHARES).format(noun=noun, verb=verb)
        days = 1 if "24 hours" in claim else 7
        total = round(average * days * rng.uniform(50, 120), -2)
        first = (
            f"Some {total:,.0f} {noun} have been {verb} since {month}. The daily average had "
            f"been about {average} {noun}, officials said."
        )
        new, _, at2 = _insert_apart(rng, text, first, claim)
        s = at2
        e = at2 + len(claim)
    else:
        window, days = rng.choice(_WINDOWS)
        total = round(average * days * rng.uniform(50, 120), -2)
        claim = f"Most of them came {window}."
        sentence = (
            f"Some {total:,.0f} {noun} have been {verb} since {month}. {claim} The daily "
            f"average had been about {average} {noun}, officials said."
        )
        new, offset = _insert_after_paragraph(rng, text, sentence)
        s = offset + sentence.index(claim)
        e = s + len(claim) - 1
    return Injection("NUM005", new, [(s, e)], new[s:e], "NUM005-apart")


_MONEY_TOTALS = [("The appeal has raised", "Donations"), ("The fund has paid out", "Payments"),
                 ("The council has spent", "Spending")]  # fmt: skip


def inject_money_rate(rng, text) -> Injection:
    """NUM005 on money: "£2m since 2012, almost all of it in the past two days", with a stated
    daily or weekly average."""
    lead, flow = rng.choice(_MONEY_TOTALS)
    symbol = rng.choice(["£", "$", "€"])
    window, days = rng.choice(_WINDOWS)
    weekly = rng.random() < 0.5
    average = rng.choice([2000, 4000, 15000, 40000])
    per_day = average / 7 if weekly else average
    total = per_day * days * rng.uniform(50, 120)
    shown = f"{symbol}{total / 1e6:.1f}m" if total >= 1e6 else f"{symbol}{round(total, -3):,.0f}"
    share = rng.choice(["most of it", "almost all of it", "more than half of it", "the bulk of it"])
    claim = f"{share} {window}"
    sentence = (
        f"{lead} {shown} since {rng.choice(['2015', '2019', 'March'])}, {claim}. {flow} had "
        f"averaged about {symbol}{average:,} a {'week' if weekly else 'day'}, officials said."
    )
    new, offset = _insert_after_paragraph(rng, text, sentence)
    s = offset + sentence.index(claim)
    return Injection("NUM005", new, [(s, s + len(claim))], sentence, "NUM005-money")


# -- running -----------------------------------------------------------------------------------


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def load(path: Path, limit: int, seed: int) -> list[dict]:
    if not path.exists():
        sys.exit(f"{path}: BBC corpus not found (pass --data)")
    articles = [a for a in bbc_rows(path) if re.search(r"\d", a["body"])]
    random.Random(seed).shuffle(articles)
    return articles[:limit]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--limit", type=int, default=150, help="articles to sample")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--parse", choices=["full", "selective"], default="selective", help="how much spaCy parses"
    )
    args = parser.parse_args(argv)

    from newslint.analysis import Analysis
    from newslint.api import analyse
    from newslint.article import Article
    from newslint.clean import clean
    from newslint.config import Config
    from newslint.nlp import pipeline
    from newslint.rules.registry import selected

    nlp = pipeline()
    config = Config().merged(select=["NUM"], ignore=None, parse=args.parse)
    rules = selected(config.select, config.ignore)
    articles = load(args.data, args.limit, args.seed)
    rng = random.Random(args.seed)

    def run(text: str):
        cleaned = clean(Article(text=text))
        return analyse(Analysis(cleaned, config, nlp=nlp), config)

    # 1. clean articles: false alarms and timing. The whole check runs every rule (TXT and SRC
    # parse the article with spaCy); the NUM checks' share is measured inside that run, and
    # once more with NUM rules alone (no parse shared: NUM002 parses its own sentences).
    everything = selected(Config().select, Config().ignore)
    others = [r for r in everything if r.family != "NUM"]
    warm = "Sales rose 5% to $1.13bn (£600m). Of the 40 firms, 30 agreed."
    for rule in everything:
        list(rule.run(Analysis(clean(Article(text=warm)), config, nlp=nlp)))
    false_alarms: list[dict] = []
    # findings already on the clean article (true errors in the source or false alarms): they
    # count in the false-alarm rate, not against the precision on injected copies
    already: dict[str, set[tuple[str, str]]] = {}
    extract_s, checks_s, whole_s, alone_s, alone_base_s = [], [], [], [], []
    for article in articles:
        text = article["title"] + "\n\n" + article["body"]
        t0 = time.perf_counter()
        analysis = Analysis(clean(Article(text=text)), config, nlp=nlp)
        _ = analysis.quantities
        t1 = time.perf_counter()
        for rule in others:
            list(rule.run(analysis))
        t2 = time.perf_counter()
        findings = [f for r in rules for f in r.run(analysis)]
        t3 = time.perf_counter()
        extract_s.append(t1 - t0)
        checks_s.append(t3 - t2)
        whole_s.append(t3 - t0)
        # NUM alone, on a fresh Analysis
        t4 = time.perf_counter()
        alone = Analysis(clean(Article(text=text)), config, nlp=nlp)
        _ = alone.quantities
        t5 = time.perf_counter()
        for rule in rules:
            list(rule.run(alone))
        t6 = time.perf_counter()
        alone_base_s.append(t5 - t4)
        alone_s.append(t6 - t5)
        already[article["id"]] = {(f.rule, analysis.text[f.start : f.end]) for f in findings}
        for f in findings:
            if f.severity == "error":
                false_alarms.append(
                    {
                        "id": article["id"],
                        "rule": f.rule,
                        "span": analysis.text[f.start : f.end],
                        "message": f.message,
                        "context": analysis.text[max(0, f.start - 80) : f.end + 80].replace(
                            "\n", " "
                        ),
                    }
                )

    # 2. injected copies
    labels = ["NUM001", "NUM002", "NUM002-own", "NUM003", "NUM004", "NUM005"]
    labels += ["NUM003-apart", "NUM004-apart", "NUM005-apart", "NUM005-money"]
    tallies = {label: Tally() for label in labels}
    # the newer injections draw from their own generator, so the first six rows stay comparable
    # with runs from before they were added
    rng_apart = random.Random(args.seed + 1)
    for article in articles:
        text = clean(Article(text=article["title"] + "\n\n" + article["body"])).text
        base = Analysis(clean(Article(text=text)), config, nlp=nlp)
        quantities, sentences = base.quantities, base.sentences
        injections = [
            inject_conversion(rng, text, quantities),
            inject_restatement(rng, text, quantities, sentences),
            inject_restatement_template(rng, text),
            inject_comparison(rng, text),
            inject_share(rng, text),
            inject_rate(rng, text),
            inject_comparison_apart(rng_apart, text),
            inject_share_apart(rng_apart, text),
            inject_rate_apart(rng_apart, text),
            inject_money_rate(rng_apart, text),
        ]
        for inj in injections:
            if inj is None:
                continue
            report = run(inj.text)
            if report.text != inj.text:  # the cleaner moved text: spans would not line up
                continue
            tally = tallies[inj.label or inj.rule]
            tally.injected += 1
            hits = [
                f
                for f in report.findings
                if f.rule == inj.rule and any(overlaps((f.start, f.end), s) for s in inj.spans)
            ]
            if hits:
                tally.found += 1
            else:
                tally.missed.append(f"{article['id']}: {inj.how}")
            for f in report.findings:
                if f.severity == "info":
                    continue
                if (f.rule, report.text[f.start : f.end]) in already[article["id"]]:
                    continue
                # a finding of the injected rule counts on the injection's row
                t = tallies[inj.label or inj.rule] if f.rule == inj.rule else tallies[f.rule]
                t.findings += 1
                pointed = [(f.start, f.end)] + [(r.start, r.end) for r in f.related]
                if any(overlaps(p, s) for p in pointed for s in inj.spans):
                    t.on_target += 1
                else:
                    t.stray.append(f"{article['id']}: {report.text[f.start : f.end]!r} {f.message}")

    # 3. print
    n = len(articles)
    print(f"seeded errors on {n} BBC articles (seed {args.seed}, no published date)\n")
    print(
        f"{'rule':13} {'injected':>8} {'found':>6} {'recall':>7} {'findings':>9} {'precision':>9}"
    )
    table = {}
    for code in labels:
        t = tallies[code]
        recall = t.found / t.injected if t.injected else None
        precision = t.on_target / t.findings if t.findings else None
        table[code] = {
            "injected": t.injected,
            "found": t.found,
            "recall": recall,
            "findings": t.findings,
            "precision": precision,
        }
        print(
            f"{code:13} {t.injected:8d} {t.found:6d} {_pct(recall):>7} {t.findings:9d} "
            f"{_pct(precision):>9}"
        )
    rate = 100 * len(false_alarms) / n if n else 0.0
    print(
        f"\nerror-severity false alarms on {n} clean articles: {len(false_alarms)} "
        f"({rate:.2f} per 100 articles)"
    )
    for fa in false_alarms:
        print(
            f"  {fa['id']} {fa['rule']} {fa['span']!r}: {fa['message']}\n      ...{fa['context']}..."
        )
    share = sum(checks_s) / sum(whole_s) if whole_s else 0.0
    alone_share = sum(alone_s) / (sum(alone_s) + sum(alone_base_s)) if alone_s else 0.0
    print(
        f"\ntime per clean article, all rules: whole check {1000 * statistics.mean(whole_s):.1f} ms"
        f" (cleaning+extraction {1000 * statistics.mean(extract_s):.1f} ms); NUM checks "
        f"{1000 * statistics.mean(checks_s):.2f} ms = {100 * share:.1f}% of the whole"
    )
    print(
        f"NUM rules alone: cleaning+extraction {1000 * statistics.mean(alone_base_s):.1f} ms, "
        f"NUM checks {1000 * statistics.mean(alone_s):.2f} ms = {100 * alone_share:.1f}% "
        "(machine shared with other jobs: read the ratio, not the milliseconds)"
    )
    for code in labels:
        t = tallies[code]
        for line in t.missed[:15]:
            print(f"  missed {code} {line}")
        for line in t.stray[:15]:
            print(f"  stray  {code} {line}")
    result = {
        "articles": n,
        "seed": args.seed,
        "rules": table,
        "false_alarms": false_alarms,
        "false_alarms_per_100": rate,
        "ms_whole": 1000 * statistics.mean(whole_s),
        "ms_extraction": 1000 * statistics.mean(extract_s),
        "ms_checks": 1000 * statistics.mean(checks_s),
        "checks_share": share,
        "ms_num_alone": 1000 * statistics.mean(alone_s),
        "ms_extraction_alone": 1000 * statistics.mean(alone_base_s),
        "num_alone_share": alone_share,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


if __name__ == "__main__":
    main()
