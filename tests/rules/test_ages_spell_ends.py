"""DAT002: two readings of when an age holds (passages written for these tests).

- an age that ends a spell ("kept the counter open until she was 80") is not at a date its
  sentence gives for the spell's start or for another clause ("Her husband died in 1998, and
  ..."); only a year its own when-clause prints dates it;
- a pronoun or a bare "the 31-year-old" points back: when someone else is named before it,
  not at a person first named after it.
"""

from __future__ import annotations

import pytest

# (text, published, the age flagged)
FIRES = [
    # the until-clause's own when-year dates the age: born 1954-55, so 50 or 51 in 2005
    ("Martin Cole, 70, started at the boatyard in 1972.\n\nHe stayed until he was 60, when he "
     "retired in 2005.", "2025-01-20", "60"),
    # named before: "the 31-year-old" is the winger
    ("Wing Amy Ross, 29, has left Bristol for a club in France.\n\nThe 31-year-old scored 12 "
     "tries last season.", "2025-01-20", "31-year-old"),
]  # fmt: skip

SILENT = [
    ("Rose Kinsella, who ran the post office in Ballyduff for 40 years, has died aged 90.\n\n"
     "Born on 3 March 1934 in Fermoy, she married Pat Kinsella in 1956.\n\nPat died in 2006, "
     "and Rose kept the counter open until she was 80, when the post office closed.",
     "2024-06-01"),
    ("Harold Ames, who farmed at Low Moor all his life, has died at the age of 88.\n\nBorn on "
     "2 May 1936, he bought the farm in 1961.\n\nHis brother left in 2003, and Harold worked "
     "it alone until he was 75.", "2024-10-03"),
    # "the 31-year-old" is the lock named in the lede, not the wing named after it
    ("Lock Jo Baines will join Saracens next season.\n\nThe 31-year-old has won 40 caps.\n\n"
     "The move follows the departures of prop Tia Moss, 33, and wing Amy Ross, 29, to France "
     "and Japan in the past year.", "2025-01-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "flagged"), FIRES)
def test_age_fires(rule_findings, text, published, flagged):
    report, found = rule_findings("DAT002", text, published)
    assert len(found) == 1, [f.message for f in found]
    pointed = [report.text[found[0].start : found[0].end]]
    pointed += [report.text[r.start : r.end] for r in found[0].related]
    assert flagged in pointed


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_age_silent(rule_findings, text, published):
    _, found = rule_findings("DAT002", text, published)
    assert found == [], [f.message for f in found]
