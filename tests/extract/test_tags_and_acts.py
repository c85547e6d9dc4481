"""Speech read from tag clauses and gerunds, and look-alikes that are acts, names or the
writer's own distance from a word. Passages written for newslint."""

from __future__ import annotations

import pytest


def _quotes(extract, passage):
    return [(q.speaker.text if q.speaker else None, q.text) for q in extract(passage)]


# an "as" tag: the clause it hangs on is what was said
@pytest.mark.parametrize(
    ("passage", "speaker", "said"),
    [
        (
            "As the council's own memo put it, the scheme is a solution in search of a problem.",
            "the council's own memo",
            "solution in search of a problem",
        ),
        (
            "The levy, as one housing economist put it, would land hardest on renters.",
            "one housing economist",
            "land hardest on renters",
        ),
        (
            "As several analysts have pointed out, the deficit is wider than the Treasury admits.",
            "several analysts",
            "deficit is wider",
        ),
        (
            "The merger, as the regulator noted in a short statement, still needs approval "
            "from shareholders.",
            "the regulator",
            "still needs approval",
        ),
        (
            "As the coach told reporters on Sunday, the squad is short of fit defenders.",
            "the coach",
            "short of fit defenders",
        ),
    ],
)
def test_an_as_tag_gives_the_words_of_its_clause(extract, passage, speaker, said):
    quotes = _quotes(extract, passage)
    assert any(s == speaker and said in text for s, text in quotes), quotes


@pytest.mark.parametrize(
    "passage",
    [
        "As she put the jar on the shelf, the lid cracked.",
        "As she put it on the shelf, the jar cracked.",
        "As everyone expected, the vote went against the mayor.",
        "As the ferry pulled out, the crowd on the pier waved.",
    ],
)
def test_an_as_clause_of_time_or_expectation_is_no_tag(extract, passage):
    assert extract(passage) == [], _quotes(extract, passage)


def test_the_pronoun_it_of_put_is_never_the_content(extract):
    quotes = _quotes(extract, "As a Treasury briefing put it, the fund is running dry.")
    assert quotes and all(text.strip() != "it" for _, text in quotes), quotes


# a reporting gerund after a preposition: the subject of the clause, passive or not, said it
@pytest.mark.parametrize(
    ("passage", "speaker", "said"),
    [
        (
            "The councillor was suspended last year for saying that the recycling figures "
            "had been invented.",
            "The councillor",
            "recycling figures had been invented",
        ),
        (
            "After claiming the dam was perfectly sound, the engineer was taken off the job.",
            "the engineer",
            "dam was perfectly sound",
        ),
        (
            "The broadcaster was fined by the regulator for claiming that the tablets cured "
            "arthritis.",
            "The broadcaster",
            "tablets cured arthritis",
        ),
    ],
)
def test_a_gerund_after_a_preposition_is_said_by_the_clause_subject(
    extract, passage, speaker, said
):
    quotes = _quotes(extract, passage)
    assert any(s == speaker and said in text for s, text in quotes), quotes


def test_the_one_who_fines_is_not_the_one_who_said(extract):
    quotes = _quotes(
        extract,
        "The broadcaster was fined by the regulator for claiming that the tablets cured arthritis.",
    )
    assert not any(s == "the regulator" for s, _ in quotes), quotes


# what a thing is named, what a vote decided and what a particle makes an act are not words
@pytest.mark.parametrize(
    ("passage", "not_said"),
    [
        (
            "The chamber's index, published in its half-year report titled \"Treading "
            'Water", fell to 47.',
            "titled",
        ),
        (
            'The trust\'s new review, entitled "Left Waiting", runs to 90 pages.',
            "entitled",
        ),
        (
            'The charity\'s annual report, titled "Still Queueing", found that waits had doubled.',
            "titled",
        ),
        (
            "Commuters face delays after the drivers' union voted to reject what the "
            "operator called its best offer.",
            "what the operator called",
        ),
        ("Members voted to accept the pay deal on Tuesday.", "the pay deal"),
        ("Organisers called off the parade because of the wind.", "the parade"),
        ("The lender wrote off the loan in 2021.", "the loan"),
        ("The council backed down after a week of protests.", "after a week"),
    ],
)
def test_names_votes_and_phrasal_acts_are_not_quotes(extract, passage, not_said):
    quotes = _quotes(extract, passage)
    assert not any(not_said in text for _, text in quotes), quotes


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ("The union backed the plan, saying it would protect jobs.", "protect jobs"),
        ("The report's claim that the scheme saved money was disputed.", "saved money"),
        ('Critics called the plan "a gift to developers".', "gift to developers"),
    ],
)
def test_speech_beside_those_forms_is_still_read(extract, passage, said):
    quotes = _quotes(extract, passage)
    assert any(said in text for _, text in quotes), quotes


# a word or two in marks in front of the noun they describe: the writer's distance, a name
@pytest.mark.parametrize(
    "passage",
    [
        "Tram strike looms as drivers reject 'final' pay offer",
        "Drivers' union rejects 'final' offer from transit bosses",
        'Residents say the "temporary" closure of the lido has lasted three years.',
        'The "Mend Our Roads" campaign drew 4,000 signatures, organisers said.',
    ],
)
def test_marks_on_a_noun_modifier_are_no_quote(extract, passage):
    quotes = _quotes(extract, passage)
    assert not any(text.strip("'\"“”‘’ ") in {"final", "temporary", "Mend Our Roads"}
                   for _, text in quotes), quotes  # fmt: skip


def test_a_reported_clause_holding_a_scare_quote_is_still_said(extract):
    quotes = _quotes(extract, 'The union said the "improved" offer was worse than the last.')
    assert ("The union", 'the "improved" offer was worse than the last') in quotes, quotes


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ('The mayor called the decision "a disgrace" in a post on Facebook.', "disgrace"),
        ('The minister dismissed the report as "fantasy economics".', "fantasy economics"),
    ],
)
def test_a_quoted_description_on_its_own_is_a_quote(extract, passage, said):
    quotes = _quotes(extract, passage)
    assert any(said in text for _, text in quotes), quotes


def test_a_headline_word_a_quote_below_holds_is_that_speakers(extract):
    passage = (
        "Soap star 'devastated' as wedding called off\n\n"
        'A friend of the actress said: "She is devastated and wants to be left alone."'
    )
    quotes = _quotes(extract, passage)
    assert ("A friend of the actress", "'devastated'") in quotes, quotes


def test_a_headline_word_before_its_noun_is_no_quote(extract):
    passage = (
        "Tram strike looms as drivers reject 'final' pay offer\n\n"
        'The union\'s secretary said: "This is no final offer, it is an insult."'
    )
    quotes = _quotes(extract, passage)
    assert not any(text == "'final'" for _, text in quotes), quotes


# "according to": the claim is the sentence around the phrase
@pytest.mark.parametrize(
    ("passage", "speaker", "said", "not_said"),
    [
        (
            "According to the talk show host Mia Ford, the ruling smacks of desperation.",
            "the talk show host Mia Ford",
            "ruling smacks of desperation",
            None,
        ),
        (
            "According to the sports writer Ann Cole, the sacking reeks of panic.",
            "the sports writer Ann Cole",
            "sacking reeks of panic",
            None,
        ),
        (
            "Tenants in the top band would see rents rise by as much as 9 percent, according "
            "to the Housing Policy Unit, nearly twice what it expected in spring.",
            "the Housing Policy Unit",
            "Tenants in the top band",
            None,
        ),
        (
            "Fares rose sharply in March, and according to the regulator, complaints doubled.",
            "the regulator",
            "complaints doubled",
            "Fares rose",
        ),
        (
            "According to Joan Hale, a professor of transport at Leeds, the tram will run late.",
            "Joan Hale, a professor of transport at Leeds",
            "tram will run late",
            "a professor",
        ),
    ],
)
def test_according_to_gives_the_sentence_around_it(extract, passage, speaker, said, not_said):
    quotes = [(s, text) for s, text in _quotes(extract, passage) if s == speaker]
    assert any(said in text for _, text in quotes), _quotes(extract, passage)
    assert not_said is None or not any(text.startswith(not_said) for _, text in quotes), quotes


def test_a_headline_word_the_parser_made_the_root_is_that_speakers(extract):
    passage = (
        "Reality star Mia Dunn 'devastated' as engagement called off days before party\n\n"
        'A friend of the couple said: "Mia is utterly devastated and just wants privacy."'
    )
    quotes = _quotes(extract, passage)
    assert ("A friend of the couple", "'devastated'") in quotes, quotes


# a claim noun's "on"/"for" phrase: a time or the one it was meant for is no content
@pytest.mark.parametrize(
    "passage",
    [
        "They sent a letter on Thursday to the council leaders opposing the scheme.",
        "The governor made the pledge at a veterans' conference in Reno on Monday.",
        "During the phone-in, one caller had a question for the minister.",
    ],
)
def test_when_and_for_whom_are_not_what_a_claim_noun_holds(extract, passage):
    quotes = _quotes(extract, passage)
    assert not any(
        text.startswith(("on Thursday", "on Monday", "for the minister")) for _, text in quotes
    ), quotes


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ("Critics made the case for a windfall tax on energy firms.", "windfall tax"),
        ("Parents voiced concern about the new bus timetable.", "new bus timetable"),
    ],
)
def test_what_a_claim_noun_is_about_is_still_read(extract, passage, said):
    quotes = _quotes(extract, passage)
    assert any(said in text for _, text in quotes), quotes


def test_the_case_for_someone_is_what_was_argued(extract):
    quotes = _quotes(extract, "The former mayor has often made the case for Ms Varga on the stump.")
    assert any("Ms Varga" in text for _, text in quotes), quotes


# a claim noun whose source follows it: "reports in <paper> that ...", "claims by <body> that"
@pytest.mark.parametrize(
    ("passage", "speaker", "kind", "said"),
    [
        (
            "Marsh would not comment on reports in the Harbour Times that two buyers had "
            "approached the board.",
            "the Harbour Times",
            "outlet",
            "two buyers had approached",
        ),
        (
            "Asked about reports that the pair had fallen out over money, Marsh laughed.",
            "reports",
            "outlet",
            "fallen out over money",
        ),
        (
            "The club hit back at suggestions by the league that it had broken the rules.",
            "the league",
            None,
            "it had broken the rules",
        ),
    ],
)
def test_a_claim_nouns_source_after_it_is_the_speaker(extract, passage, speaker, kind, said):
    found = [q for q in extract(passage) if said in q.text]
    assert found and found[0].speaker.text == speaker
    if kind is not None:
        assert found[0].speaker.type == kind


@pytest.mark.parametrize(
    "passage",
    [
        "The minister was asked about reports published on Monday by the regulator.",
        "The board discussed reports in March that were later withdrawn.",
        "Staff filed reports from the ward every night.",
    ],
)
def test_a_claim_noun_without_a_that_clause_reports_nothing_by_its_source(extract, passage):
    assert not [q for q in extract(passage) if q.cue in {"reports"}]
