"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newslint.extract.timex import find_time_expressions

PUBLISHED = date(2022, 9, 13)  # a Tuesday

CASES = [
    # text, expression, kind, days, begin, finish
    ("most of them in the past 24 hours", "the past 24 hours", "window", 1.0, "2022-09-13", "2022-09-13"),
    ("arrests made this month", "this month", "calendar", 13.0, "2022-09-01", "2022-09-13"),
    ("over the past fortnight", "the past fortnight", "window", 14.0, "2022-08-31", "2022-09-13"),
    ("prices have risen since April", "since April", "since", 166.0, "2022-04-01", "2022-09-13"),
    ("profits fell last year", "last year", "calendar", 365.0, "2021-01-01", "2021-12-31"),
    ("sales fell last month", "last month", "calendar", 31.0, "2022-08-01", "2022-08-31"),
    ("during a three-week offensive", "three-week", "duration", 21.0, None, None),
    ("in less than a week", "in less than a week", "duration", 7.0, None, None),
    ("in the last three days", "the last three days", "window", 3.0, "2022-09-11", "2022-09-13"),
    ("since Friday", "since Friday", "since", 5.0, "2022-09-09", "2022-09-13"),
    ("since 12 July", "since 12 July", "since", 64.0, "2022-07-12", "2022-09-13"),
    ("since October", "since October", "since", 348.0, "2021-10-01", "2022-09-13"),
    ("since 2019", "since 2019", "since", 1352.0, "2019-01-01", "2022-09-13"),
    ("since the start of the year", "since the start of the year", "since", 256.0, "2022-01-01", "2022-09-13"),
    ("fell yesterday", "yesterday", "calendar", 1.0, "2022-09-12", "2022-09-12"),
    ("this week alone", "this week", "calendar", 2.0, "2022-09-12", "2022-09-13"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expression", "kind", "days", "begin", "finish"), CASES)
def test_resolves_against_publication_date(text, expression, kind, days, begin, finish):
    [found] = find_time_expressions(text, PUBLISHED)
    assert text[found.start : found.end] == found.text == expression
    assert (found.kind, found.days) == (kind, days)
    assert (found.begin and found.begin.isoformat()) == begin
    assert (found.finish and found.finish.isoformat()) == finish


def test_since_the_invasion_uses_the_shipped_event_date():
    text = "Russia has lost 53,000 soldiers since the invasion in February, Kyiv said."
    [found] = find_time_expressions(text, PUBLISHED)
    assert found.text == "since the invasion"
    assert found.begin == date(2022, 2, 24)
    assert found.event == "Russian full-scale invasion of Ukraine"
    assert found.source and "24 February 2022" in found.source


def test_since_the_invasion_tells_iraq_from_ukraine():
    text = "Baghdad has rebuilt 40 bridges since the invasion, Iraqi officials said."
    [found] = find_time_expressions(text, date(2005, 3, 1))
    assert found.begin == date(2003, 3, 20)


def test_since_the_invasion_without_context_is_not_guessed():
    assert find_time_expressions("Sales have fallen since the invasion.", PUBLISHED) == []


def test_event_after_publication_is_not_used():
    text = "Russia has lost 5,000 soldiers since the invasion, Kyiv said."
    assert find_time_expressions(text, date(2021, 1, 1)) == []


def test_month_after_publication_month_means_last_year():
    [found] = find_time_expressions("since November", date(2022, 3, 1))
    assert found.begin == date(2021, 11, 1)


def test_without_a_published_date_lengths_remain_and_anchors_do_not():
    found = find_time_expressions("in the past 24 hours, and since April", None)
    assert [(t.text, t.days, t.begin) for t in found] == [
        ("the past 24 hours", 1.0, None),
        ("since April", None, None),
    ]


def test_words_that_only_look_like_months_are_not_dates():
    assert find_time_expressions("since it may rain, since the march began", PUBLISHED) == []
