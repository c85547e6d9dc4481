"""Small sums written without a symbol of their own: cents glued to the number before a
denominator ("40c/kg", "62c a share") and whole rand sums with the bare letter ("R640") in an
article that prints rand unmistakably elsewhere. Sentences written for newslint."""

from __future__ import annotations

import pytest

from newslint.extract.quantities import find_quantities


def _money(text: str) -> list[tuple[str, float | None, str | None, str | None, str | None]]:
    return [
        (q.text, q.value, q.unit, q.currency, q.per)
        for q in find_quantities(text)
        if q.kind == "money"
    ]


@pytest.mark.parametrize(
    ("text", "figure", "value", "per"),
    [
        ("Lamb prices firmed 40c/kg at the northern marts.", "40c/kg", 40.0, "kilogram"),
        ("Holders will receive 62c a share in March.", "62c a share", 62.0, "share"),
        ("Night tariffs fall to 18.5c per kWh from May.", "18.5c per kWh", 18.5, "kilowatt_hour"),
        ("Unleaded went up 9c a litre overnight.", "9c a litre", 9.0, "liter"),
    ],
)
def test_glued_cents_before_a_denominator_are_money(text, figure, value, per):
    assert [(f[0], f[1], f[2], f[4]) for f in _money(text)] == [(figure, value, "cent", per)]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters expect 31c on the coast by the weekend.",  # no denominator: a temperature?
        "The 4c grade was the best result in the class.",
        "Shop 12c stays open until late.",
    ],
)
def test_glued_c_without_a_denominator_stays_unread(text):
    assert _money(text) == []


def test_cents_take_the_currency_of_the_money_in_their_sentence():
    text = "The base quote moved from €4.20/kg to €4.60/kg, a rise of 40c/kg."
    cents = [f for f in _money(text) if f[2] == "cent"]
    assert cents == [("40c/kg", 40.0, "cent", "EUR", "kilogram")]


def test_cents_take_the_articles_one_currency_when_their_sentence_has_none():
    text = "Mill output reached R3.1 billion in the year.\n\nThe board set a payout of 75c a share."
    cents = [f for f in _money(text) if f[2] == "cent"]
    assert cents == [("75c a share", 75.0, "cent", "ZAR", "share")]


def test_cents_stay_us_cents_beside_pounds_or_two_currencies():
    text = "Fares rose to £2.40 a trip, while the ferry kept 90 cents a trip."
    assert next(f for f in _money(text) if f[2] == "cent")[3] == "USD"
    text = "It earned $4m and €3m.\n\nHolders get 20c a share."
    assert next(f for f in _money(text) if f[2] == "cent")[3] == "USD"


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The hall cost R4.6 million. A season ticket now costs R640.", "R640", 640.0),
        ("Spending rose to R2.2 billion. A bag of maize meal sells for R95.", "R95", 95.0),
        ("Donors gave R35,000. Each parcel costs about R312 to pack.", "R312", 312.0),
        (
            "Growers were paid 900 rand a tonne, against R7.80 a kilogram in town.",
            "R7.80 a kilogram",
            7.8,
        ),
    ],
)
def test_bare_rand_sums_in_an_article_that_prints_rand(text, figure, value):
    found = {f[0]: f for f in _money(text)}
    assert figure in found
    assert found[figure][1] == value and found[figure][3] == "ZAR"


@pytest.mark.parametrize(
    "text",
    [
        # no rand printed anywhere else: the letter alone proves nothing
        "A season ticket now costs R640.",
        # rand printed, but the figure is a road or a thing
        "The R2.4 billion bypass opened. Lorries still use the R61 through the village.",
        "Work cost R90 million. Traffic on the R336 near the dam was slow.",
        "Repairs cost R12 million. Route R40 stays closed at night.",
        "The unit spent R3 million. Staff bought 300 R5 coins for the till.",
        # naira: a whole sum needs a scale or grouping ("N95 masks" beside "N2 billion")
        "The state spent N2 billion. Nurses wore N95 masks on the ward.",
    ],
)
def test_bare_letter_stays_no_money_for_roads_things_and_unprinted_rand(text):
    amounts = [f for f in _money(text) if f[1] is not None and f[1] < 1000]
    assert amounts == []


def test_a_movement_of_glued_cents_shares_its_denominator():
    text = "The night rate drops from 21.4c to 19.9c per kilowatt hour in October."
    assert _money(text) == [
        ("from 21.4c to 19.9c per kilowatt hour", None, "cent", "USD", "kilowatt_hour")
    ]


def test_per_kilowatt_hour_is_energy_not_power():
    text = "Generators were paid €3 per megawatt-hour less than last winter."
    assert _money(text)[0][4] == "megawatt_hour"
