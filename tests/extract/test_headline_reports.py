"""A headline's verb of saying with a noun phrase, an infinitive or a preposition after it names
the news ("Council declares climate emergency"); with a finite clause or quoted words it passes
on a claim ("Farmers fear drought will wipe out harvest"). Passages written for newslint."""

from __future__ import annotations

import pytest

from newslint.extract.headline_reports import headline_like

BODY = "\n\nThe works will begin on Monday, a spokeswoman for the council said.\n"

FIRES = [
    ("Researchers say hackers stole data of two million patients", "hackers stole"),
    ("Report finds patients waited up to 30 hours in ambulances", "patients waited"),
    ("Minister insists rail line will open on time", "rail line will open"),
    ("Farmers fear drought will wipe out harvest", "drought will wipe"),
    ("Coach admits side were 'not good enough'", "not good enough"),
    ("Villagers fear bypass will 'kill off' high street", "kill off"),
]


@pytest.mark.parametrize(("headline", "fragment"), FIRES, ids=[h[:30] for h, _ in FIRES])
def test_a_headline_clause_or_quoted_words_is_a_claim(extract, headline, fragment):
    quotes = extract(headline + BODY)
    assert any(fragment in q.text for q in quotes), [q.text for q in quotes]


SILENT = [
    "Council declares climate emergency",
    "Mayor defends plan to scrap free parking",
    "Government announces £2bn flood defence fund",
    "Club confirms signing of Brazilian striker",
    "Council urges residents to conserve water during heatwave",
    "Union threatens to strike over pay offer",
    "Commuters warned of disruption as rail strike looms",
    "Hospital bosses apologise for cancelled operations",
]


@pytest.mark.parametrize("headline", SILENT, ids=[h[:30] for h in SILENT])
def test_a_headline_object_only_names_the_news(extract, headline):
    quotes = [q for q in extract(headline + BODY) if q.start < len(headline)]
    assert quotes == [], [q.text for q in quotes]


def test_the_same_words_in_the_body_are_still_read(extract):
    text = "Flood warning\n\nThe union threatened to strike over the pay offer, members said.\n"
    assert any("to strike" in q.text for q in extract(text))


SAID_IN_THE_BODY = [
    (
        "Coach says 'we were robbed' after late penalty\n\nThe home side lost 2-1.\n\n"
        '"We were robbed," said coach Mark Ellison. "Everyone saw it."\n'
    ),
    (
        "Residents fear 'nobody is listening' as flood defences stall\n\nWork was delayed.\n\n"
        '"Nobody is listening to us," said resident Joan Pratt, 71.\n'
    ),
]


@pytest.mark.parametrize("text", SAID_IN_THE_BODY, ids=["robbed", "listening"])
def test_headline_quoted_words_said_in_the_body_are_one_quote(extract, text):
    head_end = text.index("\n")
    quotes = [q for q in extract(text) if q.start < head_end]
    assert len(quotes) == 1, [q.text for q in quotes]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Council declares climate emergency", True),
        ("'We will win', says minister", True),
        ("Is the town's 'green corridor' worth £4m", True),
        ("The council declared a climate emergency on Tuesday.", False),
        ("Is the town's 'green corridor' worth £4m?", False),
        ('Minister: "We will win"', False),
        ("Council declares\nclimate emergency", False),
        (" ".join(["word"] * 26), False),
        ("   ", False),
    ],
)
def test_one_reading_of_a_line_set_as_a_headline(line, headline):
    assert headline_like(line) is headline
