"""List the candidates ``lexicons/evaluative.tsv`` was picked from (run by hand).

    python -m newslint.language.build [--vader vader_lexicon.txt] [--textblob en-sentiment.xml]

Adjectives in TextBlob's subjectivity lexicon (Pattern's en-sentiment.xml, PDDL) with mean
subjectivity >= 0.8 and |mean polarity| >= 0.5 that VADER (MIT) gives |valence| >= 2.0, most
negative first. By default both files are read from the installed ``vaderSentiment`` and
``textblob`` packages (``pip install vaderSentiment textblob``; neither is a dependency of
newslint). The picking itself was done by reading the list: see lexicons/SOURCES.md.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from importlib.util import find_spec
from pathlib import Path

MIN_SUBJECTIVITY = 0.8
MIN_POLARITY = 0.5
MIN_VALENCE = 2.0


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent.joinpath(*parts)


def candidates(vader: Path, textblob: Path) -> list[tuple[str, float, float, float]]:
    """(word, VADER valence, mean polarity, mean subjectivity) of every candidate adjective."""
    valence = {}
    for line in vader.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2:
            valence[cols[0]] = float(cols[1])
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ET.parse(textblob).getroot().iter("word"):
        if word.get("pos") == "JJ":
            form = word.get("form", "")
            senses.setdefault(form, []).append(
                (float(word.get("polarity", 0)), float(word.get("subjectivity", 0)))
            )
    found = []
    for form, scores in senses.items():
        polarity = sum(p for p, _ in scores) / len(scores)
        subjectivity = sum(s for _, s in scores) / len(scores)
        v = valence.get(form)
        if (
            v is not None
            and abs(v) >= MIN_VALENCE
            and subjectivity >= MIN_SUBJECTIVITY
            and abs(polarity) >= MIN_POLARITY
        ):
            found.append((form, v, round(polarity, 2), round(subjectivity, 2)))
    return sorted(found, key=lambda c: (c[1], c[0]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--vader", type=Path, default=_package_file("vaderSentiment", "vader_lexicon.txt")
    )
    parser.add_argument(
        "--textblob", type=Path, default=_package_file("textblob", "en", "en-sentiment.xml")
    )
    args = parser.parse_args(argv)
    if args.vader is None or args.textblob is None:
        sys.exit("build: pass --vader and --textblob (or pip install vaderSentiment textblob)")
    rows = candidates(args.vader, args.textblob)
    for word, valence, polarity, subjectivity in rows:
        print(f"{word}\t{valence}\t{polarity}\t{subjectivity}")
    print(f"{len(rows)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
