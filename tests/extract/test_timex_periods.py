"""Windows and periods NUM005 reads beyond the first forms: the weekend, a quarter, a "since"
clause whose date comes late, and "since its founding" with the year given elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from newslint.extract.timex import find_time_expressions

MONDAY = date(2024, 12, 16)

CASES = [
    # text, published, expression, kind, days, begin
    ("most of them over the weekend", MONDAY, "over the weekend", "window", 2.0, "2024-12-14"),
    ("sales this weekend", date(2024, 12, 15), "this weekend", "window", 2.0, "2024-12-14"),
    ("half of it over the last quarter", MONDAY, "the last quarter", "window", 91.31, "2024-09-17"),
    (
        "trains have carried 3.1 crore passengers since the first service was flagged off "
        "between New Delhi and Varanasi in February 2019, the ministry said",
        date(2024, 3, 14),
        "since the first service was flagged off between New Delhi and Varanasi in February 2019",
        "since",
        1869.0,
        "2019-02-01",
    ),
    (
        "has lent out KSh60 billion since the president launched it on November 30, 2022, "
        "according to figures",
        date(2024, 11, 26),
        "since the president launched it on November 30, 2022",
        "since",
        728.0,
        "2022-11-30",
    ),
    (
        "it has handled 39,000 flights since Jan. 15, roughly half of them",
        date(2024, 8, 5),
        "since Jan. 15",
        "since",
        204.0,
        "2024-01-15",
    ),
    (
        "since the first shots arrived in mid-December 2020, the majority",
        date(2022, 1, 14),
        "since the first shots arrived in mid-December 2020",
        "since",
        410.0,
        "2020-12-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "kind", "days", "begin"), CASES)
def test_resolves(text, published, expression, kind, days, begin):
    found = [t for t in find_time_expressions(text, published) if t.text == expression]
    assert len(found) == 1, find_time_expressions(text, published)
    assert (found[0].kind, found[0].days, found[0].begin.isoformat()) == (kind, days, begin)


def test_a_date_far_into_the_clause_needs_in_or_on():
    text = "prices have risen since the council voted against the plan proposed for the town hall"
    assert find_time_expressions(text + " in March", date(2024, 5, 1))[0].begin == date(2024, 3, 1)
    assert find_time_expressions(text + ", March", date(2024, 5, 1)) == []


def test_since_its_founding_takes_the_year_the_article_gives():
    text = (
        "When the club started its scholarship fund in 1987, members passed a hat. Since its "
        "founding, the fund has awarded $3.4m."
    )
    [since] = [t for t in find_time_expressions(text, date(2025, 4, 20)) if t.kind == "since"]
    assert (since.text, since.begin) == ("Since its founding", date(1987, 1, 1))
    assert since.source == "founding year given in the article: 1987"


def test_since_its_founding_with_two_founding_years_is_not_guessed():
    text = (
        "The club was founded in 1987 and its fund was set up in 1995. Since its founding, the "
        "fund has awarded $3.4m."
    )
    assert [t for t in find_time_expressions(text, date(2025, 4, 20)) if t.kind == "since"] == []


@pytest.mark.parametrize(
    ("text", "expression", "days", "begin"),
    [
        ("blazes over the past weekend, as", "the past weekend", 2.0, date(2024, 12, 14)),
        ("visits over the Fourth of July weekend", "the Fourth of July weekend", 4.0, None),
        ("sold during the Easter weekend", "the Easter weekend", 4.0, None),
        ("traffic on the bank holiday weekend", "the bank holiday weekend", 4.0, None),
        ("over the Labor Day long weekend", "the Labor Day long weekend", 4.0, None),
    ],
)
def test_a_weekend_named_for_its_holiday_is_four_days_at_most(text, expression, days, begin):
    [found] = find_time_expressions(text, MONDAY)
    assert (found.text, found.kind, found.days, found.begin) == (expression, "window", days, begin)


@pytest.mark.parametrize(
    "text", ["the whole weekend", "the same weekend", "the following weekend", "The Weekend"]
)
def test_a_weekend_without_a_name_or_a_when_is_no_window(text):
    assert find_time_expressions(text, MONDAY) == []
