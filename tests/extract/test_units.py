"""The unit table is written out so extraction never imports pint; these tests hold it to pint."""

from __future__ import annotations

import subprocess
import sys

import pint
import pytest

from newslint.extract.units import UNITS, currency_for_prefix, to_si, unit_for_surface

REGISTRY = pint.UnitRegistry()
# units that are ours, not pint's: their factors are definitions, checked by hand below
OURS = {
    "percent",
    "percentage_point",
    "point",
    "basis_point",
    "ppm",
    "ppb",
    "mpg",
    "revolutions_per_minute",
    "ksi",
    "oil_barrel",
    "megatonne",
    "gigatonne",
    "acre",
    "decade",
}


@pytest.mark.parametrize("name", sorted(n for n in UNITS if n not in OURS))
def test_factor_matches_pint(name):
    spec = UNITS[name]
    if spec.offset:
        # offset units: compare two points of the conversion to kelvin
        for value in (0.0, 100.0):
            kelvin = REGISTRY.Quantity(value, name).to("kelvin").magnitude
            assert to_si(value, name) == pytest.approx(kelvin, rel=1e-9)
        return
    base = REGISTRY.Quantity(1, name).to_base_units().magnitude
    assert spec.factor == pytest.approx(base, rel=1e-6), name


def test_our_own_units():
    assert UNITS["oil_barrel"].factor == pytest.approx(
        REGISTRY.Quantity(1, "oil_barrel").to("m**3").magnitude
    )
    assert UNITS["gigatonne"].factor == pytest.approx(
        REGISTRY.Quantity(1e9, "metric_ton").to("kg").magnitude
    )
    assert UNITS["ksi"].factor == pytest.approx(REGISTRY.Quantity(1000, "psi").to("Pa").magnitude)
    assert UNITS["revolutions_per_minute"].factor == pytest.approx(1 / 60)
    assert UNITS["megatonne"].factor == pytest.approx(
        REGISTRY.Quantity(1e6, "metric_ton").to("kg").magnitude
    )
    assert UNITS["percent"].factor == 0.01
    assert UNITS["percentage_point"].factor == 0.01
    assert UNITS["basis_point"].factor == pytest.approx(UNITS["percentage_point"].factor / 100)
    assert UNITS["ppm"].factor == pytest.approx(1e-6)
    assert UNITS["ppb"].factor == pytest.approx(1e-9)
    # the international acre (4046.8564224 m2); pint's acre is the US survey acre, 4 ppm larger
    assert UNITS["acre"].factor == pytest.approx(
        REGISTRY.Quantity(1, "acre").to("m**2").magnitude, rel=1e-5
    )
    # pint's "decade" is logarithmic; ours is ten (Julian) years
    assert UNITS["decade"].factor == pytest.approx(
        10 * REGISTRY.Quantity(1, "year").to("s").magnitude
    )


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("sq km", "kilometer**2"),
        ("sqkm", "kilometer**2"),
        ("km2", "kilometer**2"),
        ("km²", "kilometer**2"),
        ("square miles", "mile**2"),
        ("mph", "mile/hour"),
        ("tonnes", "metric_ton"),
        ("tons", "ton"),
        ("C", "degree_Celsius"),
        ("°F", "degree_Fahrenheit"),
        ("m", "meter"),
        ("M", None),
        ("ft", "foot"),
        # a volume of water, never an area of acres
        ("acre-feet", "acre_foot"),
        ("acre feet", "acre_foot"),
    ],
)
def test_surfaces(surface, name):
    assert unit_for_surface(surface) == name


@pytest.mark.parametrize(
    ("prefix", "code"),
    [
        ("US$", "USD"),
        ("A$", "AUD"),
        ("HK$", "HKD"),
        ("HK $", "HKD"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("Rs", "INR"),
        ("$", "USD"),
        ("¥", "JPY"),
    ],
)
def test_currency_prefixes(prefix, code):
    assert currency_for_prefix(prefix) == code


def test_si_values_are_computed_without_pint_at_run_time():
    assert to_si(5, "kilometer") == 5000
    assert to_si(40, "degree_Celsius") == pytest.approx(313.15)
    assert to_si(1, "nonsense") is None
    # this module imports pint itself, so ask a fresh interpreter whether extraction does
    code = (
        "import sys; from newslint.extract.quantities import find_quantities; "
        "from newslint.extract.units import to_si; "
        "find_quantities('It is 5 km and 40C, 3 kWh.'); to_si(5, 'kilometer'); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        # rand and naira printed with one letter, a scale after the number
        ("The bridge was built at a cost of R48 million.", "R48 million", "ZAR"),
        ("Business chambers welcomed the R84m bridge.", "R84m", "ZAR"),
        ("The state set aside N310bn for capital projects.", "N310bn", "NGN"),
        ("A R2.5 billion upgrade was approved.", "R2.5 billion", "ZAR"),
        # no scale, no money: a road, a mask, a grade
        ("Traffic was diverted onto the R336 near the coast.", None, None),
        ("Nurses wore N95 masks on the ward.", None, None),
        ("Pupils in Grade R 5 were sent home.", None, None),
    ],
)
def test_one_letter_currencies_need_a_scale(text, figure, code):
    from newslint.extract.quantities import find_quantities

    money = [q for q in find_quantities(text) if q.kind == "money"]
    if figure is None:
        assert money == [], [q.text for q in money]
    else:
        assert [(q.text, q.currency) for q in money] == [(figure, code)]
