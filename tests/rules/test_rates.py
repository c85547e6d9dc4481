"""NUM005 beyond the one template: money totals, more share words, windows and periods, the share
in the next sentence or named by its noun, and a stated average as the baseline (the only one
when the article has no published date)."""

from __future__ import annotations

import pytest

# (text, published, flagged span, evidence that must be present)
FIRES = [
    (
        "The appeal has raised £2m since 2012, almost all of it in the past two days.",
        "2024-03-01",
        "almost all of it in the past two days",
        {"total": "£2m", "share_at_least": 0.8, "linked": "same sentence"},
    ),
    (
        "The council has spent £4.5m on agency staff since the start of the year, most of it "
        "in the past 48 hours.",
        "2024-11-20",
        "most of it in the past 48 hours",
        {"period": "since the start of the year"},
    ),
    (
        "The helpline has taken 9,000 calls since March, the bulk of them in the last 48 hours.",
        "2024-06-27",
        "the bulk of them in the last 48 hours",
        {"window_days": 2.0, "period_start": "2024-03-01"},
    ),
    (
        "The clinic has treated 60,000 patients since the service opened in June 2018, nearly "
        "all of them this week.",
        "2024-06-14",
        "nearly all of them this week",
        {"period_start": "2018-06-01", "window": "this week"},
    ),
    (
        "Clinics across the region have now treated 80,000 patients since 2019. Most of them "
        "came in the past week.",
        "2024-05-02",
        "Most of them came in the past week",
        {"linked": "next sentence: 'Most of them'"},
    ),
    (
        "The market stall has taken £900,000 since it opened in 2020, half of it over the past "
        "week. Its takings have averaged about £4,000 a day, the owner said.",
        "2024-04-25",
        "half of it over the past week",
        {"average_basis": "'£4,000 a day' a day"},
    ),
    (
        "The shelter has taken in 3,000 dogs since it opened in 2015, it says.\n\n"
        "It usually takes in about 15 dogs a week.\n\n"
        "Nearly all of the shelter's dogs arrived in the past month, staff said.",
        None,
        "Nearly all of the shelter's dogs arrived in the past month",
        {"linked": "same noun: 'dog'", "average_basis": "'15' a week", "period_days": None},
    ),
    (
        "Boats reach the island roughly once a month, usually carrying 30 to 40 people. About "
        "2,000 people have landed since the crossings began in 2019, more than half of them "
        "in the past fortnight.",
        None,
        "more than half of them in the past fortnight",
        {"average_basis": "'once a month' x '30 to 40'"},
    ),
    (
        "The fund has lent out $60m since it was launched in 2022.\n\n"
        "Borrowing has picked up since limits were raised for those who repay on time.\n\n"
        "Officials said more than half of the total had been lent in the past month alone.",
        "2024-11-26",
        "more than half of the total had been lent in the past month",
        {"linked": "the article's only total"},
    ),
    (
        "When the club started its scholarship fund in 1987, members passed a hat.\n\n"
        "Since its founding, the fund has awarded $3.4m to about 2,100 students, nearly all of "
        "it this month.",
        "2025-04-20",
        "nearly all of it this month",
        {"period_start": "1987-01-01"},
    ),
    (
        "The food bank has handed out more than 52,000 parcels since it was set up in 2019, "
        "most of them over the weekend.",
        "2024-12-16",
        "most of them over the weekend",
        {"window_days": 2.0},
    ),
]

FIRES += [
    (
        "The charity has handed out 52,000 parcels over the past five years, most of them in "
        "the past week.",
        "2024-01-10",
        "most of them in the past week",
        {"period": "the past five years"},
    ),
    (
        "The clinic has seen 20,000 patients since 2019, most of them since Friday.",
        "2024-05-02",
        "most of them since Friday",
        {"window": "since Friday", "period": "since 2019"},
    ),
    (
        "The appeal has raised £2m so far, 80% of it in the past 48 hours. Donations had "
        "averaged about £4,000 a day.",
        None,
        "80% of it in the past 48 hours",
        {"share_at_least": 0.795, "period": "so far"},
    ),
    (
        "The helpline has received 12,000 calls this year, most of them in just two days.",
        "2024-09-02",
        "most of them in just two days",
        {"window_days": 2.0, "period": "this year"},
    ),
]

FIRES += [
    (
        "The charity has handed out 52,000 parcels since 2019. Of those, most came in the past "
        "week.",
        "2024-05-02",
        "most came in the past week",
        {"linked": "next sentence: 'most'"},
    ),
    (
        "The charity has handed out 52,000 parcels since 2019. The majority came in the past week.",
        "2024-05-02",
        "The majority came in the past week",
        {"linked": "next sentence: 'The majority'"},
    ),
    (
        "The charity has handed out 52,000 parcels since 2019, nine in ten of them in recent days.",
        "2024-05-02",
        "nine in ten of them in recent days",
        {"share_at_least": 0.85, "window_days": 7.0},
    ),
    (
        "The charity has handed out 52,000 parcels since 2019, more than two-thirds of them on "
        "Sunday.",
        "2024-05-02",
        "more than two-thirds of them on Sunday",
        {"window_days": 1.0, "share_at_least": 0.66},
    ),
    (
        "The service has flown 5,200 missions since it began three years ago. Nearly half came "
        "in January. It has an annual average of about 1,800 missions.",
        "2024-05-02",
        "Nearly half came in January",
        {"period_start": "2021-05-02", "average_basis": "stated average '1,800'"},
    ),
    (
        "The fund has paid out £3m since last year, most of it last night.",
        "2024-05-02",
        "most of it last night",
        {"period_start": "2023-01-01"},
    ),
    # a share given as a figure: "with 45,000", "70,000 of them", paragraphs away "of that"
    (
        "Bookings have reached 60,000 since tickets went on sale in 2021, with 45,000 made in "
        "the last three days.",
        "2023-06-14",
        "45,000 made in the last three days",
        {"period_start": "2021-01-01"},
    ),
    (
        "The helpline has taken 90,000 calls since it launched in 2014. Of those, 70,000 came in "
        "the past month.",
        "2023-06-14",
        "70,000 came in the past month",
        {"period_start": "2014-01-01"},
    ),
    (
        "The appeal has raised £2m since it was launched in 2012.\n\nOrganisers thanked "
        "donors.\n\nSome £1.6m of that was donated in the past two days.",
        "2023-06-14",
        "£1.6m of that was donated in the past two days",
        {"period_start": "2012-01-01"},
    ),
    # a reporting clause before a share that opens its statement
    (
        "Police have received 2,400 reports of fraud since 2017. Officers said the majority had "
        "come in the past fortnight.",
        "2023-06-14",
        "the majority had come in the past fortnight",
        {"period_start": "2017-01-01"},
    ),
]

SILENT = [
    # a small part in a window is a spike, the news itself
    (
        "The petition has gathered 200,000 signatures since it opened in 2019, with 5,000 added "
        "in the past 24 hours.",
        "2023-06-14",
    ),
    (
        "The helpline took 90,000 calls last year. Of those, 70,000 were made by women.",
        "2023-06-14",
    ),
    # "half" modifies a noun; "the biggest field since 2011" is a superlative, not a total
    (
        "More than a thousand runners took on the half marathon on Sunday, in the biggest field "
        "since the race began in 2011.",
        "2024-05-07",
    ),
    (
        "Police made 400 arrests, the most since 2011, most of them in the past 24 hours.",
        "2024-05-07",
    ),
    # a sentence-opening share with no window
    (
        "The charity has handed out 52,000 parcels since 2019. The majority went to children.",
        "2024-05-02",
    ),
    # "in January" dates the start of the period, not a window
    (
        "The charity has handed out 52,000 parcels since it opened in January, most of them to "
        "families.",
        "2024-05-02",
    ),
    # the window is not inside the period
    ("The firm sold 20,000 cars last year, most of them in the past week.", "2024-05-02"),
    # the stated average is high enough for the window
    (
        "The market stall has taken £900,000 since it opened in 2020, half of it over the past "
        "week. Its takings have averaged about £40,000 a day, the owner said.",
        "2024-04-25",
    ),
    # no published date and no stated average: the period has no length
    ("The appeal has raised £2m since 2012, almost all of it in the past two days.", None),
    # "them" may be the 300 teenagers
    (
        "Police have made 4,000 arrests since January, including 300 teenagers, most of them "
        "in the past week.",
        "2023-06-30",
    ),
    # the window qualifies a group: "the protesters held in the past week were students"
    (
        "Police have made 4,000 arrests since January. Most of the protesters held in the past "
        "week were students.",
        "2023-06-30",
    ),
    (
        "Police have made 4,000 arrests since January. Most of them in the past week were "
        "students.",
        "2023-06-30",
    ),
    # two totals: "of the total" could be either
    (
        "The fund has lent out $60m since 2022. Its sister fund has lent $20m since 2023.\n\n"
        "More than half of the total was lent in the past month.",
        "2024-11-26",
    ),
    # another noun: the homes are not the flats
    (
        "The group has completed 9,500 homes since 1972.\n\nNearly all of the flats it manages "
        "were refurbished in the past six months.",
        "2025-02-19",
    ),
    # a share two sentences on: "them" is not tied to the total
    (
        "The hospital has treated 80,000 patients since 2019. Its staff have grown to 900. "
        "Most of them joined in the past week.",
        "2024-05-02",
    ),
    # a superlative, not a share
    (
        "The helpline has taken 9,000 calls since March, the most in the past week of any "
        "service in the county.",
        "2024-06-27",
    ),
    # a plausible share
    (
        "The airport has handled 39,000 flights since Jan. 1, about 1,300 of them in the past "
        "week.",
        "2024-08-05",
    ),
]


def _num005(report):
    return [f for f in report.findings if f.rule == "NUM005"]


@pytest.mark.parametrize(("text", "published", "span", "evidence"), FIRES)
def test_fires(lint, text, published, span, evidence):
    report = lint(text, published=published, select=["NUM005"])
    found = _num005(report)
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == span
    for key, value in evidence.items():
        assert found[0].evidence[key] == value, (key, found[0].evidence)
    assert found[0].evidence["ratio"] >= found[0].evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_silent(lint, text, published):
    assert [f.message for f in _num005(lint(text, published=published, select=["NUM005"]))] == []


def test_the_evidence_shows_the_arithmetic(lint):
    text = "The appeal has raised £2m since 2012, almost all of it in the past two days."
    [finding] = _num005(lint(text, published="2024-03-01", select=["NUM005"]))
    e = finding.evidence
    # one total in the window's part and in the average, so whatever "£2m" rounds: almost
    # all (at least 80%) of £2m in two days is £1.6m, 800,000 a day, against £2m over the
    # 4,444 days since 1 January 2012 (the ratio is 80% x 4,444 / 2 however £2m is rounded)
    assert e["window_count_at_least"] == 1_600_000
    assert e["window_rate_per_day"] == 800_000
    assert e["period_days"] == 4444.0
    assert e["average_rate_per_day"] == pytest.approx(2_000_000 / 4444, rel=1e-3)
    assert e["ratio"] == pytest.approx(0.8 * 4444 / 2, rel=1e-2)
    assert "£1.6 million of '£2m' in 2 days" in finding.message
