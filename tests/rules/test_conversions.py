"""NUM001 judged against the conversion's own rounding: round figures with the wrong unit fire,
newsroom rounding stays silent, a Celsius conversion without its +32 fires unless the words make
it a difference, and money with a zero or an ambiguous currency word is handled."""

from __future__ import annotations

import json

import pytest

from newslint.rules.conversions import as_converted, as_rounded

# (text, flagged span)
FIRES = [
    ("The new path runs for 10 miles (10km) along the old railway line.", "10km"),
    ("The pipeline will carry gas 200 miles (200km) to the coast.", "200km"),
    ("The convoy covered 1,000 miles (1,000km) in four days.", "1,000km"),
    ("The ferry crossing is 60 miles (60km) long.", "60km"),
    ("Temperatures reached 35C (63F) in the capital on Monday.", "63F"),
    ("It was 30C (100F) in the shade by noon.", "100F"),
    ("The fire has burned 120,000 hectares (48,600 acres) of bush.", "48,600 acres"),
    ("His 19.85-meter throw (56 feet, 1 inch) won the shot put.", "56 feet, 1 inch"),
    ("The load weighs 2 tonnes (2,000lb).", "2,000lb"),  # a tonne is no short ton
    ("The centre is 6ft 2in (1.6m) tall.", "1.6m"),  # metres, not 1.6 million
    # conversions printed between dashes, after a comma and "about", or as "the equivalent of"
    ("The trail is 26 miles - about 62km - long.", "62km"),
    ("The bonus was worth €5,000, roughly £1,300 at the time.", "£1,300"),
    ("The ship is 300 metres long, the equivalent of 1,500ft.", "1,500ft"),
    # "i.e." joins a conversion as "or" does; "c." hedges it as "about" does
    ("The sea wall runs for 3,000 metres, i.e. 5,000ft, along the bay.", "5,000ft"),
    ("The causeway is 4 miles - c. 9km - long.", "9km"),
]

SILENT = [
    "The trail is 26 miles - about 42km - long.",
    "The ship is 300 metres long, the equivalent of 984ft.",
    "The sea wall runs for 3,000 metres, i.e. 9,800ft, along the bay.",
    # a second figure compared with the first is no conversion of it
    "He ran 10 miles, about 5km more than last week.",
    "The first leg is 40km, about 10 miles shorter than the second.",
    "The firm made £5m, about $2m of which came from the US.",
    "The trail climbs for 1.6km (1 mile) before the summit.",
    "The new road is 100 miles (160km) long.",
    "Overnight it fell to 5C (41F) in the glens.",
    "The reservoir covers 6,000 sq km (2,300 sq mi) of the valley floor.",
    "The two towns are 20 miles (35km) apart on the old road.",
    "The storm dropped 30cm (12in) of snow on the town overnight.",
    "Average temperatures have risen by 3C (5.4F) since the 1980s.",
    "The sea was 3C (5.4F) warmer than average this summer.",
    "Leaders agreed to limit warming to 1.5C (2.7F) above pre-industrial levels.",
    "Night-time lows were 10C (18F) below the seasonal average.",
    "It was 40C (104F) in Seville on Tuesday.",
    "His 19.85-meter throw (65 feet, 1 inch) won the shot put.",
    "The well is 1,000ft (305m) deep.",
    "The load weighs 2 tonnes (4,400lb).",
    "The centre is 6ft 2in (1.88m) tall.",
]


@pytest.mark.parametrize(("text", "span"), FIRES)
def test_a_wrong_conversion_fires(lint, text, span):
    report = lint(text, select=["NUM001"])
    errors = [f for f in report.findings if f.rule == "NUM001" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == [span]


@pytest.mark.parametrize("text", SILENT)
def test_newsroom_rounding_stays_silent(lint, text):
    report = lint(text, select=["NUM001"])
    assert [f.message for f in report.findings if f.rule == "NUM001"] == []


def test_the_evidence_shows_both_readings(lint):
    report = lint("The new path runs for 10 miles (10km) along the old line.", select=["NUM001"])
    [finding] = report.findings
    evidence = finding.evidence
    # 10 miles read to its last digit is 9.5-10.5 miles, 15.29-16.9 km; "10km" rounds from 5-15
    assert evidence["stated_range"] == [9.5, 10.5]
    assert evidence["expected_range"] == pytest.approx([15.29, 16.9], abs=0.01)
    assert evidence["printed_range"] == [5.0, 15.0]
    # and the other way round: 10km is 5.9-6.5 miles, outside 7.5-12.5 (10 capped at 25%)
    assert evidence["reverse_range"] == pytest.approx([5.903, 6.524], abs=0.01)
    assert evidence["stated_rounding"] == [7.5, 12.5]
    assert "15.3-16.9 km" in finding.message


def test_a_temperature_difference_is_said_so_in_the_evidence(lint):
    report = lint("Temperatures rose by 3C (9F) over the decade.", select=["NUM001"])
    [finding] = report.findings
    assert finding.evidence["temperature_difference"] is True
    assert "as a difference" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # the words of a difference only add a reading: a level conversion stays right
        "A rise in temperatures to 40C (104F) is forecast for Friday.",
        # the absolute conversion of a difference is wrong, but not a contradiction we can prove
        "Temperatures rose by 3C (37F) over the decade.",
        "Leaders reaffirmed the 1.5C (2.7F) target agreed in Paris.",
        "The world is now 1.2C (2.2F) hotter than in pre-industrial times.",
    ],
)
def test_a_difference_reading_only_ever_silences(lint, text):
    assert lint(text, select=["NUM001"]).findings == []


def test_a_zero_converts_to_zero_without_crashing(lint):
    report = lint("The scheme cost £0 ($5).", published="2023-01-20", select=["NUM001"])
    [finding] = [f for f in report.findings if f.severity == "error"]
    assert report.text[finding.start : finding.end] == "$5"
    assert finding.evidence["ratio"] is None
    json.dumps(finding.evidence, allow_nan=False)  # the JSON report stays valid


def test_a_zero_without_a_date_is_checked_too(lint):
    report = lint("The scheme cost £0 ($5).", select=["NUM001"])
    assert sorted(f.severity for f in report.findings) == ["error", "info"]


def test_a_currency_word_takes_the_currency_of_the_one_country_named(lint):
    text = (
        "Mexico's parties reported spending 1.5 billion pesos ($900 million) on campaigns for "
        "the election, the institute said."
    )
    report = lint(text, published="2024-05-20", select=["NUM001"])
    [finding] = [f for f in report.findings if f.severity == "error"]
    assert finding.evidence["currencies"] == ["MXN", "USD"]
    right = text.replace("$900 million", "$90 million")
    assert [f for f in lint(right, published="2024-05-20", select=["NUM001"]).findings] == []


def test_a_currency_word_with_its_nationality_is_checked(lint):
    text = "The firm paid 50 million Australian dollars (US$90 million) for the mine."
    report = lint(text, published="2024-05-01", select=["NUM001"])
    [finding] = [f for f in report.findings if f.severity == "error"]
    assert finding.evidence["currencies"] == ["AUD", "USD"]
    right = text.replace("US$90 million", "US$33 million")
    assert [f for f in lint(right, published="2024-05-01", select=["NUM001"]).findings] == []


def test_a_currency_word_with_no_country_or_two_is_not_guessed(lint):
    for text in (
        "The firm spent 1.5 billion pesos ($900 million) on the plant.",
        "Mexico and the Philippines spent 1.5 billion pesos ($900 million) on the plant.",
    ):
        report = lint(text, published="2024-05-20", select=["NUM001"])
        assert [f for f in report.findings if f.severity == "error"] == []


def test_readings_of_a_round_figure(lint):
    [q] = lint("It is 6,000 sq km.", select=["NUM001"]).quantities
    assert (as_converted(q).low, as_converted(q).high) == (5999.5, 6000.5)
    assert (as_rounded(q).low, as_rounded(q).high) == (5500.0, 6500.0)
    [q] = lint("It is 100 miles.", select=["NUM001"]).quantities
    assert (as_rounded(q, capped=True).low, as_rounded(q, capped=True).high) == (75.0, 125.0)


def test_a_range_finding_names_the_end_that_does_not_convert(lint):
    # the range's own message carries the end's working, read from the check, not its message
    report = lint("Highs of 18-21C (84-88F) are forecast.", select=["NUM001"])
    [finding] = report.findings
    assert report.text[finding.start : finding.end] == "84-88F"
    assert finding.message.startswith(
        "'84-88F' is not a conversion of '18-21C': its end '84F' is no conversion of '18C': "
        "'18C' is 63.5-65.3°F"
    )
    assert finding.evidence["stated"] == "18C"
