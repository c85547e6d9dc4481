"""NUM001 on the shapes a conversion is printed in beyond "30cm (12in)": a weight in pounds
(hyphened or plain) beside its kilograms, metres after "which is" or a dash, an amount restated
"at current exchange rates" in the next sentence, rand grouped in thousands, ranges converted
end by end, and prices per unit ("a litre" against "a gallon")."""

from __future__ import annotations

import pytest

from newslint.extract.quantities import find_quantities

# (text, published, flagged span)
FIRES = [
    ("A 15-pound (8.6kg) turkey feeds ten.", None, "8.6kg"),
    ("The sack of flour weighed 50 pounds (40kg) when it left the mill.", None, "40kg"),
    ("The tower is 300ft, which is about 150m.", None, "150m"),
    ("The climb gains 1,000m - roughly 4,500ft - in a morning.", None, "4,500ft"),
    (
        "The trust committed Rs 250 crore to the hospital.\n\n"
        "At current exchange rates the pledge works out to about $3 million.",
        "2024-03-12",
        "$3 million",
    ),
    (
        "He was fined R1.5-million. At Friday's exchange rate that is roughly US$8,000.",
        "2023-08-14",
        "US$8,000",
    ),
    ("He was promised R40,000 (US$200) for the trip.", "2023-08-14", "US$200"),
    ("Highs of 25-28C (87-92F) are forecast.", None, "87-92F"),
    ("The swell will reach 3-4 metres (20-26ft) by evening.", None, "20-26ft"),
    ("Petrol costs $1.50 a litre ($9.80 a gallon) in the city.", None, "$9.80 a gallon"),
    ("Beef was selling at £12 per kg (£9 per lb) at the market.", None, "£9 per lb"),
]

SILENT = [
    ("A 15-pound (6.8kg) turkey feeds ten.", None),
    ("The sack of flour weighed 50 pounds (23kg) when it left the mill.", None),
    ("The tower is 300ft, which is about 91m.", None),
    ("The climb gains 1,000m - roughly 3,300ft - in a morning.", None),
    (
        "The trust committed Rs 250 crore to the hospital.\n\n"
        "At current exchange rates the pledge works out to about $30 million.",
        "2024-03-12",
    ),
    # another thing's amount, at the same rates, is no restatement
    (
        "The tender was worth R2bn. At current exchange rates, a similar contract in Kenya "
        "was worth $40m.",
        "2023-08-14",
    ),
    # a second amount that is not said to be the first one converted
    ("The fine was R1.5-million. Friday's exchange rate was weak; the fee was $8,000.", None),
    ("Highs of 25-28C (77-82F) are forecast.", None),
    ("The swell will reach 3-4 metres (10-13ft) by evening.", None),
    ("Petrol costs $1.50 a litre ($5.68 a gallon) in the city.", None),
    ("Petrol costs £1.50 a litre (£6.82 a gallon) in the city.", None),
    ("Beef was selling at £12 per kg (£5.44 per lb) at the market.", None),
    ("Rooms cost $120 a night ($60 a person) in the low season.", None),
    ("The gift shop sells a 20-pound note framed for display.", None),
]


@pytest.mark.parametrize(("text", "published", "span"), FIRES)
def test_a_wrong_conversion_in_another_shape_fires(lint, text, published, span):
    report = lint(text, published=published, select=["NUM001"])
    errors = [f for f in report.findings if f.rule == "NUM001" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == [span]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_a_right_conversion_or_no_conversion_stays_silent(lint, text, published):
    report = lint(text, published=published, select=["NUM001"])
    assert [f.message for f in report.findings if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "figure", "reading"),
    [
        ("a 15-pound (6.8kg) bird", "15-pound", ("measure", "pound")),
        ("The 300-pound lineman weighs more than the rest.", "300-pound", ("measure", "pound")),
        ("about 5 pounds (2.3kg) of sugar", "5 pounds", ("measure", "pound")),
        ("paid R40,000 for it", "R40,000", ("money", "ZAR")),
        ("a fine of R1.5-million", "R1.5-million", ("money", "ZAR")),
        ("The wall is 30ft, or 9m, high.", "9m", ("measure", "meter")),
    ],
)
def test_figures_read_by_their_conversion(text, figure, reading):
    found = {q.text: (q.kind, q.unit) for q in find_quantities(text)}
    assert found[figure] == reading


@pytest.mark.parametrize(
    ("text", "absent"),
    [("the R336 to the coast", "R336"), ("N95 masks", "N95"), ("a 20-pound note", "20-pound")],
)
def test_names_that_look_like_amounts_stay_unread(text, absent):
    assert absent not in {q.text for q in find_quantities(text)}


def test_a_rate_named_after_the_amount_makes_it_a_conversion(lint):
    text = "He was fined R1.5m. That is about US$8,000 at current exchange rates."
    report = lint(text, published="2023-08-14", select=["NUM001"])
    errors = [f for f in report.findings if f.rule == "NUM001" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == ["US$8,000"]


def test_an_interest_rate_is_no_exchange_rate(lint):
    text = "The loan was R2bn. At a rate of 9%, the repayments are $40m a year."
    report = lint(text, published="2023-08-14", select=["NUM001"])
    assert [f.message for f in report.findings if f.severity == "error"] == []


# (text, published, flagged span or None): dollar pegs, units of sale on measures, one-country
# currency words
MORE = [
    ("The prize is Dh1m ($2.7m).", "2024-05-10", "$2.7m"),
    ("The prize is Dh1m ($272,000).", "2024-05-10", None),
    ("The villa sold for 10 million dirhams ($27 million) in Dubai.", "2024-05-10", "$27 million"),
    ("The villa sold for 10 million dirhams ($2.7 million) in Dubai.", "2024-05-10", None),
    ("Pilgrims paid 5,000 riyals (£1,060) in Riyadh.", "2024-05-10", None),
    ("Pilgrims paid 5,000 riyals (£4,060) in Riyadh.", "2024-05-10", "£4,060"),
    # a dirham with no country named could be Moroccan: no check
    ("The fine was 10 million dirhams ($27 million).", "2024-05-10", None),
    ("The grant of 2 million kronor ($1.9m) was approved.", "2024-05-10", "$1.9m"),
    ("The grant of 2 million kronor ($185,000) was approved.", "2024-05-10", None),
    ("Yields reached 3 tonnes per hectare (1.3 tons per acre) this year.", None, None),
    ("Yields reached 3 tonnes per hectare (3 tons per acre) this year.", None, "3 tons per acre"),
    ("Water flows at 20 litres per second (317 gallons per minute).", None, None),
    ("The tyre is inflated to 35psi (2.4 bar).", None, None),
    ("The tyre is inflated to 35psi (4.4 bar).", None, "4.4 bar"),
]


@pytest.mark.parametrize(("text", "published", "span"), MORE)
def test_pegs_units_of_sale_and_currency_words(lint, text, published, span):
    report = lint(text, published=published, select=["NUM001"])
    errors = [f for f in report.findings if f.rule == "NUM001" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == ([span] if span else [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A high of 30C, or 96F, is expected on Friday.", "96F"),
        ("Highs of 30C - about 96F - are due at the weekend.", "96F"),
        ("A high of 30C, or 86F, is expected on Friday.", None),
        ("The lift serves flats 4C or 5F on the top floor.", None),
    ],
)
def test_a_temperature_converted_after_or_or_a_dash(lint, text, span):
    report = lint(text, select=["NUM001"])
    errors = [f for f in report.findings if f.rule == "NUM001" and f.severity == "error"]
    assert [report.text[f.start : f.end] for f in errors] == ([span] if span else [])
