"""NUM005 with the window share paragraphs away from its total, by class of link.

Every passage was written for this file; each class has passages that fire and near misses
that must stay silent."""

from __future__ import annotations

import pytest

# (text, published, a phrase the finding covers)
FIRES = [
    # -- "of them" / "of it" paragraphs after the total, the same verb, no figure between ----
    (
        "More than 5,000 bicycles have been stolen in the city since the hire scheme began in "
        "2016, police said.\n\nOfficers say thefts used to be rare.\n\n"
        "The vast majority of them were stolen in the past fortnight, after a gang targeted "
        "station racks.",
        "2024-05-10",
        "The vast majority of them",
    ),
    (
        "The crowdfunder for the lifeboat station has raised £480,000 since it was set up in "
        "2019.\n\nThe crew say they are overwhelmed by the support.\n\n"
        "Most of it was raised over the past three days, after a video of a rescue was shared "
        "online.",
        "2024-02-01",
        "Most of it",
    ),
    (
        "Some 30,000 planning objections have been lodged since the portal opened in March "
        "2021.\n\nThe department said processing times had improved.\n\n"
        "Nearly all of them were lodged in the last week, officials added.",
        "2024-09-12",
        "Nearly all of them",
    ),
    # -- "the <noun>" that each counted thing has one of ("received a grant") ----------------
    (
        "Over 14,000 households have claimed a heating rebate since the fund opened in "
        "2020.\n\nNearly all of the rebates were paid in the past fortnight, the council said.",
        "2024-03-01",
        "Nearly all of the rebates",
    ),
    (
        "Some 2,600 drivers have been issued a penalty notice since the low-emission zone "
        "began in 2019.\n\nThe city says air quality has improved.\n\n"
        "The majority of the notices were sent out in the last week.",
        "2024-10-20",
        "The majority of the notices",
    ),
    (
        "Around 8,000 farms have signed up to the scheme since 2017, each planting a "
        "hedge.\n\nMost of the hedges went in over the past month, the trust said.",
        "2024-12-15",
        "Most of the hedges",
    ),
    # -- "the total amount" when the article has a total of money and one of things ----------
    (
        "Deposits in the savings scheme have passed Rs 900 crore since it began in 2016, "
        "officials said. More than 3 lakh accounts have been opened so far.\n\n"
        "Half of the total amount was deposited in the past week.",
        "2024-10-03",
        "Half of the total amount",
    ),
    (
        "The appeal has raised $2.4m since 2018, and 15,000 donors have given so far.\n\n"
        "Most of the total sum came in over the past two days.",
        "2024-06-05",
        "Most of the total sum",
    ),
]

# the total's period from its launch, its start date not said with "since"
FIRES += [
    (
        "The petition, launched in 2021, has now gathered 48,000 signatures. More than half "
        "were added since Friday, its organisers say.",
        "2024-06-05",
        "More than half",
    ),
    (
        "Set up in March 2019, the food bank has handed out 26,000 parcels. Nearly all of "
        "them were handed out in the past month.",
        "2024-11-20",
        "Nearly all of them",
    ),
    # "since it opened", with no date: the stated average is the baseline
    (
        "The helpline has taken 9,000 calls since it opened, the bulk of them in the last 48 "
        "hours. It normally takes an average of 20 calls a day.",
        None,
        "the bulk of them",
    ),
    # an amount opening the next sentence, with no noun of its own
    (
        "The food bank has handed out 14,000 parcels since 2019. Around 9,000 were given out "
        "in the last fortnight.",
        "2024-03-10",
        "9,000",
    ),
    (
        "Cyclists have logged 52,000 journeys on the new bridge since it opened in May "
        "2022.\n\nSome 30,000 were made in the past week, the council said.",
        "2024-09-01",
        "30,000",
    ),
]

# a count of things that are also yardsticks ("310 elephants") is still a count
FIRES += [
    (
        "Since the programme began in 2006, rangers have collared 310 elephants across the "
        "country, more than half of them in the past week.",
        "2026-03-18",
        "more than half of them",
    ),
    (
        "The city has bought 240 buses since 2015, most of them in the past month.",
        "2024-06-05",
        "most of them",
    ),
]

SILENT = [
    # a likeness, not a count: "as heavy as 310 elephants"
    (
        "Since 2019 the port has seized ivory as heavy as 310 elephants, most of it in the past "
        "week.",
        "2024-06-05",
    ),
    # a stock, not a count since the launch: "employs"
    (
        "The firm, founded in 1990, employs 2,000 people. Most of them joined in the past year.",
        "2024-06-05",
    ),
    # an amount with a noun of its own: the cars are not the parcels
    (
        "The food bank has handed out 14,000 parcels since 2019. Around 9,000 cars were sold "
        "in the last fortnight.",
        "2024-03-10",
    ),
    # "since it opened" with no date and no stated average: no baseline
    (
        "The helpline has taken 9,000 calls since it opened, the bulk of them in the last 48 "
        "hours.",
        None,
    ),
    # another figure between: "them" may be the 40 people
    (
        "More than 5,000 bicycles have been stolen in the city since 2016.\n\n"
        "Officers have arrested 40 people.\n\n"
        "The vast majority of them were stolen in the past fortnight.",
        "2024-05-10",
    ),
    # another verb: "them" is the thieves, not the bicycles
    (
        "More than 5,000 bicycles have been stolen in the city since 2016.\n\n"
        "Officers said the thieves were organised gangs.\n\n"
        "Most of them were arrested in the past week.",
        "2024-05-10",
    ),
    # too far: five paragraphs on, "them" is not tied to the total
    (
        "More than 5,000 bicycles have been stolen in the city since 2016.\n\nA.\n\nB.\n\nC."
        "\n\nD.\n\nThe vast majority of them were stolen in the past fortnight.",
        "2024-05-10",
    ),
    # a noun the total's sentence names, but not one per counted thing
    (
        "The firm has sold 9,000 cars since 2019, mostly through dealers.\n\n"
        "Most of the dealers joined the network in the past month.",
        "2024-05-10",
    ),
    # a noun only another sentence names
    (
        "Over 14,000 households have claimed a heating rebate since 2020.\n\n"
        "The council also runs a grant scheme.\n\n"
        "Nearly all of the grants were paid in the past fortnight.",
        "2024-03-01",
    ),
    # "the total" with no word for its kind, and two totals
    (
        "Deposits have passed Rs 900 crore since 2016. More than 3 lakh accounts have been "
        "opened so far.\n\nHalf of the total was deposited in the past week.",
        "2024-10-03",
    ),
    # a plausible rate
    (
        "Some 30,000 planning objections have been lodged since the portal opened in March "
        "2021.\n\nThe department said processing times had improved.\n\n"
        "About 400 of them were lodged in the last week, officials added.",
        "2024-09-12",
    ),
]


def _num005(report):
    return [f for f in report.findings if f.rule == "NUM005" and f.severity != "info"]


def one_finding_over(lint, text, published, phrase):
    """The one NUM005 finding of ``text``, which must cover ``phrase``."""
    report = lint(text, published=published, select=["NUM005"])
    found = _num005(report)
    assert len(found) == 1, [f.message for f in found]
    at = report.text.find(phrase)
    assert found[0].start <= at < found[0].end, (found[0].message, phrase)
    return found[0]


@pytest.mark.parametrize(("text", "published", "phrase"), FIRES)
def test_num005_fires_across_paragraphs(lint, text, published, phrase):
    finding = one_finding_over(lint, text, published, phrase)
    assert finding.evidence["linked"], finding.evidence


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_num005_silent_across_paragraphs(lint, text, published):
    report = lint(text, published=published, select=["NUM005"])
    assert [f.message for f in _num005(report)] == []
