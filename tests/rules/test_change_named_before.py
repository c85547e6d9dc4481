"""NUM006: a change named before its figure (round 6). Passages written for these tests
before the code was changed; before, none of the four fired.

- A movement noun, "of", then the figure: "an improvement of 5.5 points", "a lift of 90 cents"
  (the nouns that name only a movement of a percentage, "improvement", only before a
  percentage or points; never a length: "a fall of 6 metres" is no change).
- A verb that moves its object (a closed class: raise, lift, boost, slash, cut, trim, reduce,
  lower, expand ...), the object, then "by" and the figure: "slashed agency spending by 30%".
- A change with no figure of its own and no word pointing back links to the one pair of levels
  after it, outside its sentence, whose figures each name what it is about and are told at two
  times ("in the coming financial year" / "in the current year", "next year" / "this year");
  a vote or a score ("voted 5-2") is no level.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ("an improvement of points, exam results", 'Exam results\n\nThe pass rate climbed to 68.4% this summer from 61.9% a year earlier, an improvement of 5.5 points.', "5.5 points"),
    ("a lift of cents, a milk price", 'Milk price\n\nThe co-op raised its opening forecast from $7.50 to $8.25, a lift of 90 cents, on firmer auction prices.', "90 cents"),
    ("slashed its object by a percentage, a trust's spending", 'Trust savings\n\nThe health trust slashed agency spending by 30%, from £14.0m to £11.2m, its annual report shows.', "30%"),
    ("a lede cut, its levels in the coming and current year", 'Trust trims agency bill\n\nThe health trust will cut agency staffing costs by 35%, its board heard on Tuesday.\n\nAgency costs are forecast at £8.1m in the coming financial year. The trust spent £11.2m on agency costs in the current year, finance papers show.', "35%"),
    ("a fleet expanded, next year and this year", 'Bus fleet to grow\n\nThe school district will expand its bus fleet by 20 percent under a plan approved on Monday.\n\nThe fleet will reach 138 buses next year. The district runs a fleet of 120 buses this year, officials said.', "20 percent"),
    ("a fee cut after a vote tally", 'Fees cut\n\nThe board voted 5-2 on Monday to cut parking permit fees by 25%.\n\nPermits will cost $84 next year. Residents pay $120 for a permit this year.', "25%"),
]  # fmt: skip

SILENT = [
    ("an improvement of points, right", 'Exam results\n\nThe pass rate climbed to 68.4% this summer from 61.9% a year earlier, an improvement of 6.5 points.'),
    ("slashed by a percentage, right", 'Trust savings\n\nThe health trust slashed agency spending by 20%, from £14.0m to £11.2m, its annual report shows.'),
    ("cut by a count, right", 'Waiting lists\n\nThe hospital group has cut its waiting list by 900 since January, from 8,400 patients to 7,500.'),
    ("an improvement of a pitch: money, no movement", 'Pitch works\n\nThe club spent £2m on the improvement of its pitch, which now drains in hours.'),
    ("a fall of metres is no change", 'Ladder accident\n\nThe roofer survived a fall of 6 metres from the scaffold, which was 12 metres high.'),
    ("a lede cut, right", 'Trust trims agency bill\n\nThe health trust will cut agency staffing costs by 28%, its board heard on Tuesday.\n\nAgency costs are forecast at £8.1m in the coming financial year. The trust spent £11.2m on agency costs in the current year, finance papers show.'),
    ("a fleet expanded, right", 'Bus fleet to grow\n\nThe school district will expand its bus fleet by 15 percent under a plan approved on Monday.\n\nThe fleet will reach 138 buses next year. The district runs a fleet of 120 buses this year, officials said.'),
    ("the levels name another budget", 'Roads budget\n\nThe council will cut its roads budget by 30%, councillors agreed.\n\nIt will spend £4m on parks next year, against £3.6m on parks this year.'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM006", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM006", text, None)[1] == [], shape
