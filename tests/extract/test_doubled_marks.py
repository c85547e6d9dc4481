"""Two apostrophes for a double quotation mark, as some wire feeds and archives print them:
''It is,'' she said. Passages written for newslint."""

from __future__ import annotations

import pytest

from newslint.extract.marks import is_mark, quotation_marks

FIRES = [
    (
        "''We will not be rushed into a decision,'' said Margaret Olsen, the finance director.",
        "''We will not be rushed into a decision,''",
    ),
    (
        "''It is a bad day for the town,'' the mayor said. ''But we will rebuild.''",
        "''But we will rebuild.''",
    ),
    ("Mr. Ruiz, a farmer, said: ''Nobody asked us what we wanted.''", "''Nobody asked us"),
    ("''The figures are wrong,'' a spokeswoman for the ministry told reporters.", "figures are"),
]


@pytest.mark.parametrize(("passage", "quoted"), FIRES, ids=[p[:30] for p, _ in FIRES])
def test_doubled_apostrophes_mark_a_quotation(extract, passage, quoted):
    quotes = extract(passage)
    assert any(q.direct and quoted in q.text for q in quotes), [q.text for q in quotes]


SILENT = [
    "The players' union met the owners' group on Monday.",
    "The café serves rock 'n' roll nights and fish 'n' chips on Fridays.",
    "He wrote '''bold''' in the wiki's markup, three apostrophes a side.",
]


@pytest.mark.parametrize("passage", SILENT, ids=[p[:30] for p in SILENT])
def test_single_or_tripled_apostrophes_mark_nothing(passage):
    assert quotation_marks(passage, [(0, len(passage))]) == []


def test_the_doubled_mark_is_one_token_mark():
    assert is_mark("''") and is_mark("“") and not is_mark("'") and not is_mark("'''")
