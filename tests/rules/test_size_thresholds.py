"""NUM002 on a figure hyphened to a bar to reach ("a 1,237-delegate threshold", "a 326-seat
majority"): the figure sizes a line drawn, it counts no delegates or seats, so a later tally of
them ("his 1,100 delegates") is another measure, not a restatement that disagrees
(``measurements/reading.py``, ``_size_of`` with ``LIMIT_NOUNS``). A size of one thing ("a
150-bedroom hotel") still counts its parts. Passages written for this file."""

from __future__ import annotations

import pytest

# a bar to reach, then the tally that falls short of it: two measures
SILENT = [
    "Governor Rivera is chasing a 1,237-delegate threshold.\n\n"
    "His 1,100 delegates came mostly from southern states.",
    "Senator Okafor faces a 2,383-delegate threshold at the convention.\n\n"
    "Her 1,950 delegates are bound on the first ballot.",
    "The coalition needs a 326-seat majority in parliament.\n\n"
    "Its 301 seats were won mostly in the cities.",
    "The union needs a 50-vote majority on the council.\n\n"
    "Its 44 votes came from the northern wards.",
]

# the size of one thing is a count of its parts: a count of them later is one measure
FIRES = [
    (
        "The developer opened a 150-bedroom hotel on the seafront in June.\n\n"
        "All 180 rooms were booked for the opening weekend.",
        "180",
        "150",
    ),
]


def _found(lint, text: str):
    report = lint(text, select=["NUM002"])
    return [f for f in report.findings if f.rule == "NUM002" and f.severity != "info"]


@pytest.mark.parametrize("text", SILENT)
def test_a_bar_to_reach_is_no_count_of_what_reaches_it(lint, text):
    assert _found(lint, text) == []


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_the_size_of_one_thing_counts_its_parts(lint, text, one, other):
    found = _found(lint, text)
    assert len(found) == 1, [f.message for f in found]
    assert f"'{one}'" in found[0].message and f"'{other}'" in found[0].message
