"""What follows a reporting verb is what was said only when the verb is a speech act taking a
complement of that shape (``extract/complements.py``): passages written for newslint, in
varied domains, read through the whole quote extraction."""

from __future__ import annotations

import pytest

# (passage, words of what was said): a topic, a position, an amount estimated, a promise
SAID = [
    ("The ranger said she heard that the bridge had been closed.", "bridge had been closed"),
    ("The striker is said to be furious about the decision.", "furious"),
    ("The regulator warned against complacency in the mortgage market.", "complacency"),
    ("The coach spoke on Sunday about his future at the club.", "his future"),
    ("The ferry operator apologised for the cancellations.", "the cancellations"),
    ("The surveyor estimated 3,000 homes at risk of flooding.", "3,000 homes"),
    ("The union has threatened to strike next month.", "to strike"),
    ("The headteacher commented on the verdict at length.", "the verdict"),
    ("Opposition councillors pointed to the rising cost of the tram.", "the rising cost"),
]

# (passage, words that must not be read as what was said): where, when, to whom or how
# someone spoke, a score, an audience, a thing promising, a circumstance, a perception
NOT_SAID = [
    ("Posting on social media, the chef defended the price of his pies.", "social media"),
    ("The bowlers defended 187 at the stadium on Friday.", "187"),
    ("The league's new rulebook promises a faster game.", "a faster game"),
    ("The airline apologised to passengers stuck in Dubai.", "passengers"),
    ("Addressing supporters outside the court, the activist was calm.", "supporters"),
    ("The singer was speaking when the lights went out.", "the lights"),
    ("The referee was heard to shout at the players.", "shout"),
    ("The hospital was unable to say how many patients were affected.", "patients"),
    ("The angler was on the pier when he heard a swimmer shouting from the rocks.", "shouting"),
    ("The defendant is expected to appear in court on Wednesday.", "appear in court"),
    ("The new bridge is due to open in the spring.", "open in the spring"),
    ("She wrote to the council in March.", "the council"),
]


@pytest.mark.parametrize("passage,said", SAID, ids=[p[:32] for p, _ in SAID])
def test_a_speech_act_complement_is_what_was_said(extract, passage, said):
    quotes = extract(passage)
    assert any(said in q.text for q in quotes), [q.text for q in quotes]


@pytest.mark.parametrize("passage,words", NOT_SAID, ids=[p[:32] for p, _ in NOT_SAID])
def test_where_when_whom_or_how_is_not_what_was_said(extract, passage, words):
    quotes = extract(passage)
    assert not any(words in q.text for q in quotes), [(q.cue, q.text) for q in quotes]


def test_a_participle_that_reports_a_clause_takes_the_claim(extract):
    """ "unveiled the chip, saying ...": what was said is the clause, not the chip."""
    quotes = extract("The start-up unveiled its new drone, saying deliveries would begin in May.")
    assert [q.text for q in quotes] == ["deliveries would begin in May"]


def test_a_cue_names_its_verb_not_its_auxiliary(nlp):
    from newslint.extract.cues import find_cues

    doc = nlp("The trust has warned that waiting lists will grow.")
    (cue,) = [c for c in find_cues(doc) if c.kind == "clause"]
    assert cue.word.lemma_ == "warn"


def test_a_document_sent_asking_is_one_claim(extract):
    """ "sent a letter asking parents to ...": the participle reports the claim; the letter
    sent is not a second one (a duplicate quote before)."""
    quotes = extract("The school sent a letter asking parents to keep children at home.")
    assert len(quotes) == 1 and "keep children at home" in quotes[0].text


def test_an_appeal_holds_who_is_asked(extract):
    (quote,) = extract("Detectives issued an appeal for anyone with dashcam footage to call them.")
    assert quote.text.startswith("for anyone with dashcam footage")


@pytest.mark.parametrize(
    "passage",
    [
        "Their offer to buy the club came too late.",
        "His pledge to cut fares was quietly dropped.",
        "Its threat to close the plant has lifted the shares.",
    ],
)
def test_an_act_named_again_by_a_pronoun_is_no_quote(extract, passage):
    assert extract(passage) == []


def test_a_relative_clause_after_the_verb_is_not_its_claim(extract):
    """ "forecast a wet monsoon, which officials said offered hope": the forecast is the
    agency's; "offered hope" is the officials'."""
    quotes = extract(
        "The agency has forecast a wet monsoon this year, which officials said eased fears."
    )
    assert (quotes[0].speaker.text, quotes[0].text) == ("The agency", "a wet monsoon this year")
    assert quotes[1].speaker.text == "officials" and "eased fears" in quotes[1].text


@pytest.mark.parametrize(
    "passage,fragment",
    [
        ("Two people told this paper that the talks were in their final stretch.", "final stretch"),
        ("The engineer explained what had gone wrong with the pump.", "gone wrong"),
    ],
)
def test_that_and_what_still_open_a_reported_clause(extract, passage, fragment):
    assert any(fragment in q.text for q in extract(passage))


def test_a_forecast_holds_its_time_and_consequence(extract):
    quotes = extract(
        "Forecasters expect gusts of 80mph along the coast on Friday, making it the "
        "stormiest day of the winter."
    )
    assert quotes[0].text.endswith("stormiest day of the winter")


# (passage, the character given, the thing it is given to): after a verb of characterising,
# what was said is the character, not the thing
CHARACTERISED = [
    ('The shadow chancellor called the budget "a con trick on working families".',
     "con trick on working families", "the budget"),
    ("Council leader Amy Rowe described the overspend as regrettable but manageable.",
     "regrettable but manageable", "the overspend"),
    ("Analysts dubbed the merger a marriage of convenience.", "marriage of convenience",
     "the merger"),
    ("Campaigners branded the toll a tax on commuters.", "a tax on commuters", "the toll"),
    ("European diplomats derided the accord as toothless.", "toothless", "the accord"),
]  # fmt: skip


@pytest.mark.parametrize(
    "passage,said,thing", CHARACTERISED, ids=[p[:32] for p, *_ in CHARACTERISED]
)
def test_a_characterisation_is_what_was_said(extract, passage, said, thing):
    quotes = extract(passage)
    assert [q for q in quotes if said in q.text], [q.text for q in quotes]
    assert not any(thing in q.text for q in quotes), [q.text for q in quotes]


# a verb of naming that gives a name reports a name, nothing said
NAMED = [
    'Regulars call the bar "The Snug".',
    'Supporters call him "Mr Reliable".',
    'The crash happened on a bend drivers call "the corkscrew".',
]


@pytest.mark.parametrize("passage", NAMED, ids=[p[:32] for p in NAMED])
def test_a_name_given_is_not_a_quote(extract, passage):
    assert [q.text for q in extract(passage)] == []


# (passage, phrase): a short definite phrase for a thing the story already gave is not what was
# said when someone takes a side on it ("welcomed the plan"); the words they said are
POINTED_BACK = [
    ("The airport welcomed the ruling, saying it would protect jobs.", "the ruling"),
    ("The coach defended his selection after the defeat.", "his selection"),
    ("The ministry dismissed these claims on Friday.", "these claims"),
    ("The mayor confirmed the appointment in a letter to staff.", "the appointment"),
    ("Growers backed the scheme.", "the scheme"),
]


@pytest.mark.parametrize("passage,phrase", POINTED_BACK, ids=[p[:32] for p, _ in POINTED_BACK])
def test_a_thing_pointed_back_at_is_not_what_was_said(extract, passage, phrase):
    quotes = extract(passage)
    assert not any(phrase in q.text for q in quotes), [(q.cue, q.text) for q in quotes]


# ... but a claim denied or admitted, an indefinite, a position given to the thing, is
KEPT = [
    ("The clinic denied the allegations.", "the allegations"),
    ("The haulier denied any wrongdoing.", "any wrongdoing"),
    ("The senator criticised the bill as a giveaway to lenders.", "a giveaway to lenders"),
    ("The union rejected the claim that safety had improved.", "safety had improved"),
    ("The airline welcomed the ruling, saying it would protect jobs.", "protect jobs"),
    ("The minister cited the audit as the reason for the delay.", "the audit as the reason"),
    ("Her agent has stressed her skill as a negotiator.", "her skill as a negotiator"),
]


@pytest.mark.parametrize("passage,said", KEPT, ids=[p[:32] for p, _ in KEPT])
def test_a_claim_on_a_thing_is_still_said(extract, passage, said):
    quotes = extract(passage)
    assert any(said in q.text for q in quotes), [q.text for q in quotes]


# an infinitive after a directive whose object is a thing, or after a verb that makes or lets
# someone act, is a purpose or an obligation: nothing said
NOT_TOLD = [
    ("The inspector ordered a review to establish what went wrong.", "establish"),
    ("The council requested documents to check the claim.", "check the claim"),
    ("The mayor called a press conference to announce her resignation.", "resignation"),
    ("The law requires employers to publish their pay gaps.", "pay gaps"),
    ("The new rules force landlords to disclose past floods.", "past floods"),
]


@pytest.mark.parametrize("passage,words", NOT_TOLD, ids=[p[:32] for p, _ in NOT_TOLD])
def test_a_purpose_or_an_obligation_is_not_said(extract, passage, words):
    quotes = extract(passage)
    assert not any(words in q.text for q in quotes), [(q.cue, q.text) for q in quotes]


# ... but a directive to a person or a group is
TOLD = [
    ("The manager asked a steward to fetch the keys.", "to fetch the keys"),
    ("The regulator ordered the bank to repay customers.", "to repay customers"),
    ("Rail bosses called on passengers to avoid the line.", "to avoid the line"),
    ("The coroner urged the trust to review its procedures.", "to review its procedures"),
]


@pytest.mark.parametrize("passage,said", TOLD, ids=[p[:32] for p, _ in TOLD])
def test_a_directive_to_someone_is_said(extract, passage, said):
    quotes = extract(passage)
    assert any(said in q.text for q in quotes), [q.text for q in quotes]
