"""False alarms of a general class, each held apart by what the writer printed, and the near
misses that must still fire:

- NUM002: a round figure and a finer one its rounding holds are one value ("pass 12,000
  tonnes" ... "12,300 tonnes"); "about" holds one unit of its last place, not 10%;
- NUM002: a table line whose label puts a participle before its noun ("Attempted burglary")
  is a kind of the thing, not the story's count of it;
- NUM002: a later figure set in a period before the story's ("Last year's dividend") and a
  first that names no time are two periods, not one value restated;
- NUM004: a figure ending a table line takes no noun from the next line's label;
- NUM004: a figure inside a clause that describes what "including" lists ("including that of
  their leader, who was beaten by 42 votes") is not one of the listed parts;
- NUM007: a figure in the next sentence naming a time the list's sentence does not ("the
  previous year") is not the list's next part;
- NUM007: a counted group named with others ("a mother and her two daughters") says nothing
  of how many parts the sum has;
- DAT001: a bare date's weekday may fit a year printed alone in its sentence ("in 2013, when
  it was shut from Monday 7 January");
- NUM004: answers a poll says may overlap ("could choose as many options as applied") are no
  shares of one whole;
- NUM003: "Island" ends an island's own name ("Long Island"), not a council's kind: no small
  district of that name stands in for it;
- NUM003: a comparison another figure of its event fits (the lede's, whose owner the parse
  read from the dateline) is not checked against a figure that does not.

Every passage was written for this file."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _found

PUBLISHED = "2025-03-05"

ROUNDED_HEADLINE = (
    "Gritting crews pass 12,000 tonnes of salt this winter\n\n"
    "Gritting crews have spread {body} tonnes of salt on the county's roads since the first "
    "frost in November, the highways department said on Monday.\n\n"
    "The department keeps eight lorries on standby through the night and says they cover "
    "about 900 miles of road a shift.\n\n"
    "Most of that salt has gone down since the cold snap began, according to the cabinet "
    "member for roads, who said crews had been working double shifts."
)

MAYOR = (
    "Stamford wins mayoral race after second count\n\n"
    "Councillor Maya Stamford will be the city's next mayor after the second round of counting "
    "on Thursday.\n\n"
    "Stamford finished the first round on 14,210 votes, with Dev Okafor on 11,380 and Lin Howe "
    "on 6,920. After Howe's ballots were shared out, Stamford ended on 17,640 and Okafor on "
    "13,470.\n\n"
    "Her first-round total was well above the {earlier} or so the winning candidate received "
    "in the first round{when}."
)

MAYOR_ABOUT = (
    "Stamford wins mayoral race after second count\n\n"
    "Councillor Maya Stamford will be the city's next mayor after the second round of counting "
    "on Thursday.\n\n"
    "Stamford finished the first round on 14,210 votes, with Dev Okafor on 11,380 and Lin Howe "
    "on 6,920.\n\n"
    "Stamford's first-round total of about 14,120 votes was the highest in the city's history."
)

BURGLARY_TABLE = (
    "Burglaries fall in the county\n\n"
    "Police recorded 4,210 burglaries in the three months to June, down from 4,630 a year "
    "earlier, figures published on Thursday show.\n\n"
    "The quarter's figures were:\n\n"
    "Burglary: 4,210\n"
    "{line}: 3,980\n"
    "Vehicle theft: 2,115\n"
    "Shoplifting: 5,340\n\n"
    "The chief constable said patrols would continue over the summer."
)

DIVIDEND = (
    "Harbour group raises dividend as freight recovers\n\n"
    "Harbour Logistics has raised its interim dividend to 12.5p a share after container "
    "volumes recovered in the first half.\n\n"
    "Revenue rose 4 per cent. {later}\n\n"
    "The shares rose 3 per cent."
)

SCHOOLS = (
    "Most schools rated good by inspectors\n\n"
    "Of the 860 schools inspected in 2024, 410 were rated good, 300 outstanding and 150 "
    "requiring improvement. Inspectors carried out 812 school inspections the previous year."
    "\n\nThe report will be debated by councillors next month."
)

VEHICLE_CRIME = (
    "Crime figures for the quarter\n\n"
    "The force published its figures for the three months to June on Thursday.\n\n"
    "Robbery: 1,240\n"
    "Vehicle crime: 3,310\n"
    "Criminal damage: 2,870\n\n"
    "Car thefts accounted for {part} of the vehicle crimes, the force said."
)

SEATS = (
    "Independents lose ground in district vote\n\n"
    "The independents, who had held the balance of power since 2019, lost 14 seats, "
    "including {listed}.\n\nThe new council meets on 20 May."
)

WARD_BEDS = (
    "Hospital wing to open in spring\n\n"
    "The new wing's 240 beds will be shared among three units. The surgical unit will take 88 "
    "beds and the medical unit will have 71. The rehabilitation unit will have 65.\n\n"
    "The wing opens in April."
)

SENTENCED = (
    "{headline}\n\n"
    "{who} were jailed for a combined 14 years at Bristol Crown Court on Monday.\n\n"
    "{parts}\n\nThe judge said the family had taken more than £300,000."
)

FERRY = (
    "Ferry marks 40 years of crossings\n\n"
    "The ferry's worst winter came in 2013, when it was laid up from {day} 7 January to "
    "Friday 1 March for repairs to its hull.\n\n"
    "The operator said passenger numbers had since recovered."
)

POLL = (
    "Most tenants cutting back to pay rent, poll finds\n\n"
    "Most private tenants have cut spending in the past year to keep up with rent, according "
    "to a poll published on Monday by a housing charity.\n\n"
    "The poll of 1,500 tenants, carried out in May, asked people {question}. Fifty-eight per "
    "cent said energy, 47% said takeaways and 33% said clothing, while 21% had cancelled a "
    "streaming service.{overlap}\n\nThe charity said it would present the findings to MPs."
)

ICEBERG = (
    "Iceberg drifts north towards island\n\n"
    "An iceberg almost the size of {place} is drifting north through the Southern Ocean, "
    "scientists said on Monday.\n\n"
    "The berg covers about {area} square miles and has been moving since it broke free in 2020."
)

FIRE_SEASON = (
    "Alberta's fire season has already burned an area the size of Belgium\n\n"
    "EDMONTON - Wildfires in Alberta have burned about {lede} since the season began in May"
    "{likened}, the province's wildfire service said Monday.\n\n"
    "Across Canada, more than 8.1 million hectares have burned this year, already a record.\n\n"
    "The service said crews from three provinces were helping."
)


def _case(code: str, text: str, fires: bool, why: str):  # type: ignore[no-untyped-def]
    return pytest.param(code, text, fires, id=f"{code}-{'fires' if fires else 'silent'}-{why}")


CASES = [
    # a round figure and a finer one its rounding holds
    _case("NUM002", ROUNDED_HEADLINE.format(body="12,300"), False, "12300-rounds-to-12000"),
    _case("NUM002", ROUNDED_HEADLINE.format(body="21,000"), True, "digits-swapped"),
    _case("NUM002", MAYOR.format(earlier="13,400", when=" four years ago"), False, "or-so-holds"),
    _case("NUM002", MAYOR.format(earlier="14,120", when=""), True, "or-so-one-unit-only"),
    _case("NUM002", MAYOR_ABOUT, True, "about-is-not-ten-per-cent"),
    # a table line of its own kind; "Recorded" says how the figure was got, no kind
    _case("NUM002", BURGLARY_TABLE.format(line="Attempted burglary"), False, "kind-of-line"),
    _case("NUM002", BURGLARY_TABLE.format(line="Recorded burglary"), True, "no-kind"),
    # a figure set in the year before, against one that names no time
    _case("NUM002", DIVIDEND.format(later="Last year's interim dividend was 11p."), False, "past"),
    _case(
        "NUM002",
        DIVIDEND.format(later="The 15.2p interim dividend will be paid in May."),
        True,
        "this-year-miscopied",
    ),
    # a line's noun is its own label's: 2,050 of the 3,310 vehicle crimes, not of 1,240
    _case("NUM004", VEHICLE_CRIME.format(part="2,050"), False, "part-of-its-line"),
    _case("NUM004", VEHICLE_CRIME.format(part="3,650"), True, "past-its-line"),
    # a figure inside a clause describing what "including" lists
    _case(
        "NUM004",
        SEATS.format(
            listed="that of their group leader, Cllr Ann Rowe, who was beaten by 42 votes in "
            "Millbrook"
        ),
        False,
        "clause-of-listed-item",
    ),
    _case("NUM004", SEATS.format(listed="22 in the northern wards"), True, "listed-part"),
    # answers a poll says may overlap; one answer each must stay within 100%
    _case(
        "NUM004",
        POLL.format(
            question="which of a list of costs they had reduced",
            overlap=" Respondents could choose as many options as applied to them.",
        ),
        False,
        "as-many-options",
    ),
    _case(
        "NUM004",
        POLL.format(question="which one cost they had cut first", overlap=""),
        True,
        "one-answer-each",
    ),
    # "Island" ends an island's own name; Rhode Island is the state (about 1,200 sq miles)
    _case("NUM003", ICEBERG.format(place="Long Island", area="1,400"), False, "long-island"),
    _case("NUM003", ICEBERG.format(place="Rhode Island", area="140"), True, "rhode-island"),
    # another figure of the comparison's event fits it
    _case(
        "NUM003",
        FIRE_SEASON.format(
            lede="3.1 million hectares", likened=", an area roughly equal to Belgium"
        ),
        False,
        "lede-fits",
    ),
    _case("NUM003", FIRE_SEASON.format(lede="6.4 million hectares", likened=""), True, "none-fits"),
    # a next sentence of another time is no part; a list carried on with none still sums
    _case("NUM007", SCHOOLS, False, "previous-year"),
    _case("NUM007", WARD_BEDS, True, "carried-on"),
    # a counted group named with others; two sisters, both told, must sum
    _case(
        "NUM007",
        SENTENCED.format(
            headline="Family jailed over fraud",
            who="A mother and her two daughters",
            parts="The mother was jailed for six years and her younger daughter for four years.",
        ),
        False,
        "named-with-others",
    ),
    _case(
        "NUM007",
        SENTENCED.format(
            headline="Family jailed over fraud",
            who="Two sisters",
            parts="The elder sister was jailed for six years and the younger for four years.",
        ),
        True,
        "both-told",
    ),
]


@pytest.mark.parametrize(("code", "text", "fires"), CASES)
def test_false_alarm_class(lint, code, text, fires):
    found = _found(lint, text, code, PUBLISHED)[1]
    assert bool(found) is fires, [f.message for f in found]


@pytest.mark.parametrize(
    ("day", "flagged"),
    [
        ("Monday", []),  # both days are 2013's, the year the sentence prints
        ("Thursday", ["Thursday 7 January"]),  # 7 January 2013 was a Monday
    ],
)
def test_dat001_a_year_printed_in_the_dates_sentence(lint, day, flagged):
    report, found = _found(lint, FERRY.format(day=day), "DAT001", PUBLISHED)
    assert [report.text[f.start : f.end] for f in found] == flagged


def test_num004_a_lines_whole_is_its_own_label(lint):
    """3,650 of the vehicle crimes is past the 3,310 on that line, not the 1,240 robberies
    the parse ran into it."""
    found = _found(lint, VEHICLE_CRIME.format(part="3,650"), "NUM004", PUBLISHED)[1]
    assert [f.evidence.get("whole") for f in found] == ["3,310"]
