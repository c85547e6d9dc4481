"""NUM001-NUM005 through the real pipeline: passages of our own that must fire, at the exact span
and with the arithmetic in the evidence, and near-misses that must stay silent."""

from __future__ import annotations

import pytest

# (text, published, flagged span, evidence that must be present)
NUM001_FIRES = [
    ("The storm dropped 30cm (20in) of snow on the town overnight.", None, "20in", {}),
    ("Temperatures reached 40C (140F) in the capital on Monday.", None, "140F", {}),
    (
        "The reservoir covers 6,000 sq km (3,900 sq miles) of the valley floor.",
        None,
        "3,900 sq miles",
        {},
    ),
    (
        "The bank agreed to pay £1bn ($2.5bn) to settle the claims, its lawyers said.",
        "2023-01-20",
        "$2.5bn",
        {"currencies": ["GBP", "USD"]},
    ),
    ("The new runway at the airport is 3km (5 miles) long.", None, "5 miles", {}),
    ("The lorry weighed 40 tonnes (20,000kg) when it crossed the bridge.", None, "20,000kg", {}),
    ("Gusts reached 120mph (120km/h) along the exposed coast.", None, "120km/h", {}),
    ("The patient lost 12kg (12lb) during the six-month trial.", None, "12lb", {}),
    ("The tower will be 300 metres (500ft) tall when finished.", None, "500ft", {}),
    (
        "The fund is worth €500m (£800m), officials said on Friday.",
        "2023-01-20",
        "£800m",
        {"currencies": ["EUR", "GBP"]},
    ),
    ("The glacier has retreated 2km (4 miles) since records began.", None, "4 miles", {}),
]

NUM001_SILENT = [
    ("The storm dropped 30cm (12in) of snow on the town overnight.", None),
    ("Temperatures reached 40C (104F) in the capital on Monday.", None),
    ("The reservoir covers 6,000 sq km (2,300 sq miles) of the valley floor.", None),
    ("The bank agreed to pay £1bn ($1.2bn) to settle the claims.", "2023-01-20"),
    ("Forces recaptured about 2,300 square miles (6,000 sq km) of territory.", None),
    ("A 5km (3.1-mile) stretch of the coastal road was shut overnight.", None),
    ("The two towns are 30 miles (48km) apart on the old road.", None),
    ("The bridge is 1,000ft (305m) long and carries four lanes.", None),
    ("Sales rose 20% (£3m) last year, the company said.", "2023-01-20"),
    ("The lorry weighed 40 tonnes (40,000kg) when it crossed the bridge.", None),
    ("The fund is worth €500m (£440m), officials said on Friday.", "2023-01-20"),
    ("Average temperatures have risen by 3C (5.4F) since the 1980s.", None),
    ("The service costs users $1 (53p) an hour.", None),
    ("The utility must invest 400m pesos ($136m) a year in repairs.", "2005-03-01"),
    ("The sea is 2C (3.6F) warmer than average this summer.", None),
]

NUM002_FIRES = [
    (
        "The council has approved a £2.4m scheme to repair roads.\n\n"
        "The opposition said the £4.2m scheme was too little, too late.",
        "£4.2m",
    ),
    (
        "Ukrainian forces have recaptured 2,300 square miles of territory this week.\n\n"
        "The defence ministry said the 3,200 square miles retaken by Ukraine were significant.",
        "3,200 square miles",
    ),
    (
        "The city approved a £15m bypass on Monday.\n\nCritics said the £51m bypass would "
        "damage the wetlands.",
        "£51m",
    ),
    (
        "The government announced a $3.5bn package for farmers.\n\nFarm groups welcomed the "
        "$5.3bn package but said it came too late.",
        "$5.3bn",
    ),
    (
        "Rebels seized 400 square kilometres of farmland on Friday.\n\nThe 900 square "
        "kilometres seized by the rebels include two towns.",
        "900 square kilometres",
    ),
    (
        "The club unveiled plans for a €40m stadium on the edge of town.\n\nResidents oppose "
        "the €70m stadium, saying it will bring traffic.",
        "€70m",
    ),
    (
        "Engineers are building a 12km tunnel under the river.\n\nThe 21km tunnel is due to "
        "open in May.",
        "21km",
    ),
    (
        "The charity launched a £250,000 appeal for the flood victims.\n\nDonors have already "
        "given half of the £520,000 appeal.",
        "£520,000",
    ),
    (
        "The university has opened a $45m library in the city centre.\n\nStudents queued to "
        "enter the $54m library on Monday.",
        "$54m",
    ),
    (
        "The wildfire has scorched 1,500 hectares of forest.\n\nFirefighters said the 5,100 "
        "hectares burned included a nature reserve.",
        "5,100 hectares",
    ),
]

NUM002_SILENT = [
    "The council has approved a £2.4m scheme to repair roads.\n\n"
    "The opposition said the £2.4m scheme was too little, too late.",
    "Ukrainian forces have recaptured about 2,300 square miles of territory.\n\n"
    "The defence ministry said the 6,000 sq km retaken by Ukraine were significant.",
    "The council has approved a £2.4m scheme to repair roads.\n\n"
    "The opposition said the £4.2m budget was too small.",
    "The council has approved a £2.4m scheme to repair roads.\n\n"
    "The opposition proposed a new £4.2m scheme instead.",
    "Kent approved a £2m scheme to repair roads.\n\nEssex said the £5m scheme would start in May.",
    "The council approved a £2m scheme in 2019.\n\nIn 2021 the £5m scheme was extended.",
    "The council approved the £2m scheme.\n\nThe £3m scheme in the next town was dropped.\n\n"
    "Neighbours backed the £4m scheme.",
    "The budget for the scheme rose from £2.4m to £4.2m after the survey.",
    "The first phase cost £2m.\n\nThe £5m second phase starts next year.",
    "The city approved a £15m bypass.\n\nThe £15m bypass opens in May, the £6m bridge in June.",
    "The council approved a £2.4m scheme in Leeds on Monday.\n\nOfficials said the £4.2m "
    "scheme in York would start in May.",
    "The service costs users $1 an hour.\n\nThe experiment cost $12 because it ran for 12 hours.",
    "Ministers earmarked £3bn for schools.\n\nThe chancellor earmarked £1bn to keep council "
    "tax down.",
    "Ukrainian forces have recaptured 2,300 square miles of territory in Kharkiv this week.\n\n"
    "The 3,200 square miles retaken in Kherson include several towns.",
]

NUM003_FIRES = [
    (
        "Ukrainian forces have recaptured about 2,300 square miles of territory, an area "
        "roughly three times the size of Wales.",
        "three times the size of Wales",
        {"reference": "Wales", "multiplier": 3.0},
    ),
    (
        "The fire has destroyed 50 hectares of heath, an area the size of 700 football pitches.",
        "700 football pitches",
        {"reference": "football pitch"},
    ),
    (
        "The lake holds 5,000 cubic metres of water, enough to fill 400 Olympic swimming pools.",
        "400 Olympic swimming pools",
        {"reference": "Olympic swimming pool"},
    ),
    (
        "Floods covered 800 sq km of farmland, an area roughly the size of Wales.",
        "the size of Wales",
        {"reference": "Wales"},
    ),
    (
        "The new national park covers 30 sq km, twice the size of Greater London.",
        "twice the size of Greater London",
        {"reference": "Greater London"},
    ),
    (
        "The oil slick spread over 4,000 square kilometres, an area the size of Belgium.",
        "the size of Belgium",
        {"reference": "Belgium"},
    ),
    (
        "The solar farm covers 12 sq km, the equivalent of 2,000 tennis courts.",
        "the equivalent of 2,000 tennis courts",
        {"reference": "tennis court"},
    ),
    (
        "The ranch covers 1,200 square miles, an area half the size of Texas.",
        "half the size of Texas",
        {"reference": "Texas"},
    ),
    (
        "The reclaimed land measures 200 hectares, about the size of Manhattan.",
        "the size of Manhattan",
        {"reference": "Manhattan"},
    ),
    (
        "The blaze has burned 900 sq km of forest. That is an area three times the size of "
        "Luxembourg.",
        "three times the size of Luxembourg",
        {"reference": "Luxembourg"},
    ),
]

NUM003_SILENT = [
    "Forces have recaptured 2,300 square miles of territory, about a third the size of Wales.",
    "Forces have recaptured an area three times the size of Wales, officials said.",
    "The area will cover about 180,000 square metres, roughly the size of 25 football pitches.",
    "The reservoir holds 5 million cubic metres of water, or enough to fill 2,000 Olympic "
    "swimming pools.",
    "Blazes have burned 1,600 sq km, an area the size of Greater London.",
    "The floods covered 20,000 sq km, about the size of Wales.",
    "The 40km fire line protects an area the size of Wales.",
    "The island covers 500 sq km, about the size of Atlantis in the old stories.",
    "The park has 3,000 visitors a day and is the size of 70 football pitches.",
    "The lake covers 2 sq km.\n\nIt holds enough water to fill 400 Olympic swimming pools.",
]

NUM004_FIRES = [
    (
        "Of the 340 roads surveyed by engineers, 410 were found to need urgent work.",
        "410",
        {"part": "410", "whole": "340"},
    ),
    (
        "The factory employs 2,000 people, 3,500 of them on night shifts.",
        "3,500",
        {"whole": "2,000"},
    ),
    ("Inspectors found that 410 of the 340 schools had no fire plan.", "410", {"whole": "340"}),
    # the part after its whole's clause
    (
        "The airline carried 12,000 passengers in May, of whom 13,500 were flying for business.",
        "13,500",
        {"whole": "12,000"},
    ),
    (
        "In the poll, 45% said yes, 40% said no and 25% said they did not know.",
        "45% said yes, 40% said no and 25%",
        {"sum": 110.0},
    ),
    ("Of the 1,200 passengers on board, 1,500 were British.", "1,500", {"whole": "1,200"}),
    (
        "The survey found 60% of residents backed the plan and 55% of residents opposed it.",
        "60% of residents backed the plan and 55%",
        {"sum": 115.0},
    ),
    ("Officials claimed that 120% of voters had backed the measure.", "120%", {"limit": 100}),
    ("Of the 12 candidates on the list, 15 were women.", "15", {"whole": "12"}),
    ("The hospital has 300 beds, 450 of which are in intensive care.", "450", {"whole": "300"}),
    ("When asked about the plan, 70% agreed and 40% disagreed.", "70% agreed and 40%", {}),
    # one part of one whole called a majority in one place and a minority in another
    (
        "Most of the 1,200 patients treated were children, the clinic's records show.\n\n"
        "Children were a minority of the patients treated, and most came from the city.",
        "a minority",
        {
            "majority": "Most",
            "majority_share": ">50%",
            "minority_share": "<50%",
            "part": "child",
            "whole": "patient",
        },
    ),
    (
        "The majority of the funding came from donors. Donors provided only a minority of the "
        "funding.",
        "only a minority",
        {
            "majority": "The majority",
            "minority": "only a minority",
            "part": "donor",
            "whole": "funding",
        },
    ),
    (
        "Students made up the bulk of the crowd at the rally. Students were a small minority of "
        "the crowd at the rally.",
        "a small minority",
        {"majority": "the bulk", "part": "student", "whole": "crowd"},
    ),
    (
        "Women made up most of the members. Women were a minority of the members.",
        "a minority",
        {"majority": "most", "part": "woman", "whole": "member"},
    ),
    (
        "Most passengers on the ferry were pensioners. Pensioners were only a small share of the "
        "passengers on the ferry.",
        "only a small share",
        {
            "majority": "Most",
            "minority": "only a small share",
            "part": "pensioner",
            "whole": "passenger",
        },
    ),
    (
        "A minority of the plots were owned by farmers.\n\nThe majority of the plots were "
        "owned by farmers.",
        "The majority",
        {"minority": "A minority", "part": "farmer", "whole": "plot"},
    ),
]

NUM004_SILENT = [
    "The airline carried 12,000 passengers in May, of whom 3,500 were flying for business.",
    "Of the 340 roads surveyed by engineers, 210 were found to need urgent work.",
    "In the poll, 45% said yes, 35% said no and 20% said they did not know.",
    "The survey found 45% of men and 60% of women said they felt safe.",
    "Sales rose 45% and profits rose 60% in the first quarter.",
    "Of the 340 roads surveyed last year, 410 more were added to the list this year.",
    "Respondents could choose more than one answer: 60% chose the bus and 50% chose the train.",
    "About 340 roads were surveyed, and about 350 of them needed work.",
    "The firm employs 2,000 people, 200 of them in Wales.",
    "Unemployment stands at 55% in the region and inflation at 60%.",
    "Of the 340 roads, more than 300 needed work, the report said.",
    "Some 87% said the service was too slow, while 92% said staff were helpful.",
    "Of the 340 roads surveyed, 410 potholes were found to need urgent repair.",
    "The laptop was the top choice (75%), the TV came second (67%) and the phone third "
    "with 54%, the survey said.",
    # majority and minority of different parts, wholes, times, voices: all may be true
    "A minority of the members opposed the deal. The majority of the members supported it.",
    "Most of the patients were children. Adults were a minority of the patients.",
    "Most of the patients were children. Children were a minority of the staff.",
    "Last year most of the patients were children. Now children are a minority of the patients.",
    "Most of the patients were children. Children are no longer a minority of the patients.",
    '"Most of our members are nurses," said Ann Lee. "Nurses are a minority of our members," '
    "said Bob Cole.",
    "Most of the male patients were children. Children were a minority of the female patients.",
    "Most of the patients were children. Children could soon be a minority of the patients.",
    "The government said most of the funding came from donors. The opposition said donors "
    "provided only a minority of the funding.",
    "Most of the patients were young children. Children were a minority of the patients.",
    "Most of the patients in the north were children. Children were a minority of the patients "
    "in the south.",
    "Most of the funding came from donors. Donors provided a minority of the staff.",
    "Most of the 1,200 patients were children. By the spring, children were a minority of the "
    "patients.",
    "Most of the patients were not children. Children were a minority of the patients.",
]

NUM005_FIRES = [
    (
        "Russia has lost 53,000 soldiers since the invasion in February, the majority of them "
        "in the past 24 hours, Ukraine's general staff said.",
        "2022-09-13",
        "the majority of them in the past 24 hours",
        {"event": "Russian full-scale invasion of Ukraine", "period_days": 202.0},
    ),
    (
        "Hospitals reported 1,200 heat-related admissions since the heatwave began on 12 July, "
        "most of them in the past 24 hours. Doctors said the daily average had been about 60 "
        "admissions.",
        "2022-07-19",
        "most of them in the past 24 hours",
        {"average_basis": "stated average '60'"},
    ),
    (
        "Police have made 4,000 arrests since January, most of them in the past week.",
        "2023-06-30",
        "most of them in the past week",
        {"window_days": 7.0},
    ),
    (
        "The outbreak has infected 12,000 people since March, the vast majority in the past "
        "24 hours.",
        "2021-06-01",
        "the vast majority in the past 24 hours",
        {"share_at_least": 0.75},
    ),
    (
        "More than 9,000 migrants have crossed the Channel since the start of the year, the "
        "majority of them in the last 48 hours.",
        "2022-08-15",
        "the majority of them in the last 48 hours",
        {"window_days": 2.0},
    ),
    (
        "The helpline has received 30,000 calls since 2019, most of them this week.",
        "2023-03-10",
        "most of them this week",
        {"window": "this week"},
    ),
    (
        "Some 2,000 homes have been flooded since 2020, half of them in the past fortnight.",
        "2024-03-01",
        "half of them in the past fortnight",
        {"window_days": 14.0},
    ),
    (
        "Doctors have treated 900 patients since the storm began on 1 March, most of them in "
        "the past 24 hours. The daily average had been about 40 patients.",
        "2023-03-10",
        "most of them in the past 24 hours",
        {"average_basis": "stated average '40'"},
    ),
    (
        "Russia says its forces have lost 5,000 soldiers since the invasion, the majority of "
        "them in the past week.",
        "2023-02-20",
        "the majority of them in the past week",
        {"period_start": "2022-02-24"},
    ),
    (
        "The hotline has taken 8,000 calls since April, nearly all of them in the past three days.",
        "2022-09-13",
        "nearly all of them in the past three days",
        {"share_at_least": 0.8},
    ),
]

NUM005_SILENT = [
    (
        "Russia has lost 53,000 soldiers since the invasion in February, about 300 of them in "
        "the past 24 hours, Ukraine's general staff said.",
        "2022-09-13",
    ),
    (
        "Firefighters have tackled 200 blazes since Friday, most of them in the past 24 hours.",
        "2022-07-19",
    ),
    ("The outbreak has infected 12,000 people since March, the vast majority this week.", None),
    (
        "Police have made 4,000 arrests since January. Most of the protesters held in the past "
        "week were students.",
        "2023-06-30",
    ),
    (
        "Hospitals reported 1,200 admissions since the heatwave began on 12 July, most of them "
        "in the past week.",
        "2022-07-19",
    ),
    (
        "Hospitals reported 1,200 admissions since the heatwave began on 12 July, most of them "
        "in the past 24 hours. Doctors said the daily average had been about 500 admissions.",
        "2022-07-19",
    ),
    (
        "The company has lost 5,000 customers since the invasion, the majority of them in the "
        "past week.",
        "2023-02-20",
    ),
    (
        "Police have made 4,000 arrests since April, most of them over the past three months.",
        "2022-09-13",
    ),
    (
        "The outbreak has infected 12,000 people since March, the majority in the past 24 hours.",
        "2021-03-03",
    ),
    (
        "The fund has raised £3m since 2019, the majority of it from a single donor.",
        "2022-09-13",
    ),
]


def _only(report, code):
    return [f for f in report.findings if f.rule == code]


def _assert_fires(report, code, span, evidence):
    found = _only(report, code)
    assert len(found) == 1, [(f.message, report.text[f.start : f.end]) for f in found]
    finding = found[0]
    assert report.text[finding.start : finding.end] == span
    for key, value in evidence.items():
        assert finding.evidence[key] == value, (key, finding.evidence)
    return finding


@pytest.mark.parametrize(("text", "published", "span", "evidence"), NUM001_FIRES)
def test_num001_fires(lint, text, published, span, evidence):
    report = lint(text, published=published, select=["NUM001"])
    errors = [f for f in _only(report, "NUM001") if f.severity == "error"]
    assert len(errors) == 1, [f.message for f in _only(report, "NUM001")]
    finding = errors[0]
    assert report.text[finding.start : finding.end] == span
    assert finding.evidence["expected_range"][0] <= finding.evidence["expected_range"][1]
    for key, value in evidence.items():
        assert finding.evidence[key] == value


@pytest.mark.parametrize(("text", "published"), NUM001_SILENT)
def test_num001_silent(lint, text, published):
    report = lint(text, published=published, select=["NUM001"])
    assert [f for f in _only(report, "NUM001") if f.severity != "info"] == []


def test_num001_money_without_date_is_an_info_note(lint):
    report = lint("The bank agreed to pay £1bn ($1.2bn) to settle the claims.", select=["NUM001"])
    [note] = _only(report, "NUM001")
    assert note.severity == "info"
    assert "no published date" in note.message


def test_num001_money_without_date_still_catches_impossible_rates(lint):
    report = lint("The bank agreed to pay £1bn ($9bn) to settle the claims.", select=["NUM001"])
    assert sorted(f.severity for f in _only(report, "NUM001")) == ["error", "info"]


@pytest.mark.parametrize(("text", "span"), NUM002_FIRES)
def test_num002_fires(lint, text, span):
    report = lint(text, select=["NUM002"])
    finding = _assert_fires(report, "NUM002", span, {})
    first = finding.related[0]
    assert report.text[first.start : first.end] == finding.evidence["first"]


@pytest.mark.parametrize("text", NUM002_SILENT)
def test_num002_silent(lint, text):
    assert _only(lint(text, select=["NUM002"]), "NUM002") == []


@pytest.mark.parametrize(("text", "span", "evidence"), NUM003_FIRES)
def test_num003_fires(lint, text, span, evidence):
    report = lint(text, select=["NUM003"])
    finding = _assert_fires(report, "NUM003", span, evidence)
    implied = next(v for k, v in finding.evidence.items() if k.startswith("implied_"))
    stated = next(v for k, v in finding.evidence.items() if k.startswith("stated_"))
    assert not implied[0] / 1.5 <= stated <= implied[1] * 1.5


def test_num003_evidence_shows_the_arithmetic(lint):
    text = NUM003_FIRES[0][0]
    finding = _only(lint(text, select=["NUM003"]), "NUM003")[0]
    assert finding.evidence["reference_km2"] == [20735.0, 20779.0]
    assert finding.evidence["stated_km2"] == pytest.approx(5957, rel=0.01)
    assert finding.evidence["ratio"] == 0.29


@pytest.mark.parametrize("text", NUM003_SILENT)
def test_num003_silent(lint, text):
    assert _only(lint(text, select=["NUM003"]), "NUM003") == []


def test_comparison_implied_value_is_in_the_json_without_a_finding(lint):
    report = lint("Forces have recaptured an area three times the size of Wales, officials said.")
    [comparison] = [q for q in report.quantities if q.kind == "comparison"]
    assert comparison.implied_low == pytest.approx(3 * 20735e6)
    assert comparison.implied_high == pytest.approx(3 * 20779e6)


@pytest.mark.parametrize(("text", "span", "evidence"), NUM004_FIRES)
def test_num004_fires(lint, text, span, evidence):
    _assert_fires(lint(text, select=["NUM004"]), "NUM004", span, evidence)


@pytest.mark.parametrize("text", NUM004_SILENT)
def test_num004_silent(lint, text):
    assert _only(lint(text, select=["NUM004"]), "NUM004") == []


@pytest.mark.parametrize(("text", "published", "span", "evidence"), NUM005_FIRES)
def test_num005_fires(lint, text, published, span, evidence):
    finding = _assert_fires(
        lint(text, published=published, select=["NUM005"]), "NUM005", span, evidence
    )
    assert finding.evidence["ratio"] >= finding.evidence["threshold"]


@pytest.mark.parametrize(("text", "published"), NUM005_SILENT)
def test_num005_silent(lint, text, published):
    assert _only(lint(text, published=published, select=["NUM005"]), "NUM005") == []


def test_num005_stated_average_works_without_a_published_date(lint):
    text = (
        "Some 12,000 cases have been reported since March, the vast majority in the past 24 "
        "hours. Daily cases have averaged about 80, officials said."
    )
    finding = _assert_fires(
        lint(text, select=["NUM005"]), "NUM005", "the vast majority in the past 24 hours", {}
    )
    assert finding.evidence["period_days"] is None
    assert finding.evidence["average_basis"] == "stated average '80'"


def test_num001_points_at_a_missing_scale_word(lint):
    report = lint("The film took $6.3 (£3.35m) at the box office.", select=["NUM001"])
    [error] = [f for f in _only(report, "NUM001") if f.severity == "error"]
    assert report.text[error.start : error.end] == "£3.35m"
    assert "a million times apart" in error.message
