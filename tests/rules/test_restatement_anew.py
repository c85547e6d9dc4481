"""NUM002: "a" or "an" before the later figure introduces a thing of its own, and a value
printed again is no third candidate for a slip of the digits.

- Two counts of one noun with their digits swapped restate one measure even when the later one
  does not point back ("3,400 nurses" ... "4,300 nurses"), but not when the later one is
  introduced by "a" or "an" ("approved a 1,250-seat theatre" ... "also backed a 1,520-seat
  concert hall"): the article brings in another thing there.
- A third figure with the same digits stops a slip ("2,468 culverts", "2,648 bridges", "all
  2,846 structures": which one slipped?), but not a third figure that prints one of the two
  values again (a headline and its lede giving "£86.4m", a later line "£68.4m").

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

from newslint.analysis import Analysis
from newslint.article import from_text
from newslint.clean import clean
from newslint.config import Config
from newslint.rules.restatement_guards import same_digits_again

FIRES = [
    # Australian bushfire: the same noun, the later figure without "the"
    (
        "Firefighters are still battling a bushfire that has burned through 12,450 hectares "
        "near Gympie.\n\nResidents of two towns were told to leave on Tuesday. Crews said "
        "14,250 hectares of bushland had been lost by Wednesday night.",
        "12,450",
        "14,250",
    ),
    # Canadian court: money ordered repaid, told twice
    (
        "A former Calgary financial planner has been ordered to repay $213,500 to clients he "
        "defrauded.\n\nJustice Mary Kwan also banned him from trading for ten years. He must "
        "pay back $231,500 within two years, the court heard.",
        "$213,500",
        "$231,500",
    ),
    # Victorian ambulance service: a monthly count told again to parliament
    (
        "Ambulance crews in Victoria answered 27,614 emergency calls in January, a monthly "
        "record.\n\nThe health minister said the service had coped well. Paramedics responded "
        "to 26,714 emergency calls during the month, she told parliament.",
        "27,614",
        "26,714",
    ),
    # Irish marathon: "Some" is no new thing, only an approximation
    (
        "Organisers say 4,350 runners finished the Cork City Marathon on Sunday.\n\nThe race "
        "started at 8am in hot sunshine. Some 3,450 runners crossed the line on the Grand "
        "Parade, with the last arriving after six hours.",
        "4,350",
        "3,450",
    ),
]

SILENT = [
    # a UK council backs two venues
    "The council has approved plans for a 1,250-seat theatre in the town centre.\n\nIt also "
    "backed a 1,520-seat concert hall on the waterfront.",
    # a Korean shipyard: one ship delivered, another being built
    "Maersk took delivery of a 16,320-container ship in Ulsan on Monday.\n\nThe yard is now "
    "building a 16,230-container vessel for a Taiwanese line.",
    # two housing schemes in one town
    "Developers want to put 2,450 homes on the former airfield at Bicester.\n\nSouth of the "
    "town, a 2,540-home scheme is already under way.",
    # a Canadian province buys land twice
    "The province bought 3,125 hectares of wetland near Lake Winnipeg last year.\n\nThis "
    "spring it added a 3,215-hectare parcel on the Red River.",
    # two US school districts
    "The school district will ask voters for a $48.6 million bond in November.\n\nA "
    "neighbouring district is asking for an $84.6 million bond the same day.",
]


@pytest.mark.parametrize(("text", "one", "other"), FIRES)
def test_swapped_digits_of_one_noun(lint, text, one, other):
    _assert_pair(lint, "NUM002", text, one, other)


@pytest.mark.parametrize("text", SILENT)
def test_a_thing_introduced_anew(lint, text):
    assert _found(lint, text, "NUM002")[1] == []


def _pair(analysis, one: str, other: str):
    def at(phrase: str):
        start = analysis.text.find(phrase)
        return next(m for m in analysis.measurements if m.start <= start < m.end)

    return at(one), at(other)


@pytest.mark.parametrize(
    ("text", "one", "other", "third"),
    [
        # the headline's value given again in the lede
        (
            "Trust wins approval for £86.4m surgical wing\n\nThe £86.4m scheme will add four "
            "theatres.\n\nThe project's budget of £68.4m includes a contingency.",
            "£86.4m scheme",
            "£68.4m",
            None,
        ),
        # a length restated, the first value printed twice
        (
            "The 280-mile pipeline will carry gas to the coast.\n\nThe 280-mile route crosses "
            "two rivers. Engineers said the 208-mile line would take three years to build.",
            "280-mile route",
            "208-mile",
            None,
        ),
        # a third value with the same digits: which one slipped?
        (
            "Inspectors surveyed 2,468 culverts and 2,648 bridges last year.\n\nAll 2,846 "
            "structures will be inspected again in 2026.",
            "2,468",
            "2,846",
            "2,648",
        ),
    ],
)
def test_same_digits_again(nlp, text, one, other, third):
    analysis = Analysis(clean(from_text(text, source="test")), Config(), nlp=nlp)
    a, b = _pair(analysis, one, other)
    assert same_digits_again(analysis.measurements, a, b) is (third is not None)
