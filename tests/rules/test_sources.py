"""SRC001 anonymous-source and SRC002 unattributed-figure: passages that fire and that must not."""

from __future__ import annotations

import pytest


def findings(lint, text: str, code: str):
    return [f for f in lint(text, select=[code]).findings if f.rule == code]


# -- SRC001 ------------------------------------------------------------------------------

SRC001_FIRES = [
    ("One US official said the convoy had turned back.", "One US official"),
    ('"The order came from the top," a senior commander said.', "a senior commander"),
    ("Sources close to the mayor say he will step down in May.", "Sources close to the mayor"),
    ("Officials said the airport would stay closed until Friday.", "Officials"),
    ("A source said the deal had collapsed overnight.", "A source"),
]


@pytest.mark.parametrize("case", SRC001_FIRES, ids=[c[1] for c in SRC001_FIRES])
def test_src001_fires_on_an_unnamed_speaker(lint, case):
    text, speaker = case
    found = findings(lint, text, "SRC001")
    assert len(found) == 1
    f = found[0]
    assert text[f.start : f.end] == speaker
    assert f.severity == "info"
    assert f.evidence["type"] == "anonymous" and f.evidence["quotes"] == 1


def test_src001_fires_once_per_speaker(lint):
    text = (
        "A source said the talks had stalled.\n\n"
        "The source added that both sides had left the building.\n\n"
        "Another source said a new round was planned."
    )
    found = findings(lint, text, "SRC001")
    assert len(found) == 1
    assert found[0].evidence["quotes"] == 3
    assert len(found[0].related) == 3


def test_src001_two_different_anonymous_speakers(lint):
    text = "One official said the road was open. A diplomat said the border was shut."
    assert len(findings(lint, text, "SRC001")) == 2


SRC001_SILENT = [
    "The defence secretary, Ben Wallace, said the troops would come home.",
    '"We are proud of them," said Colonel Ruth Adams.',
    "The Ministry of Defence said the convoy had turned back.",
    "A Kremlin spokesman said the talks were over.",
    "According to a report by the National Audit Office, the project ran two years late.",
    "The convoy turned back at the border on Tuesday.",
    "The Post has learned that the contract was never signed.",
]


@pytest.mark.parametrize("text", SRC001_SILENT, ids=[t[:30] for t in SRC001_SILENT])
def test_src001_silent_on_named_or_unattributed(lint, text):
    assert findings(lint, text, "SRC001") == []


def test_src001_silent_on_resolved_pronoun(lint):
    text = 'Maria Lopez runs the shelter.\n\n"We are full every night," she said.'
    assert findings(lint, text, "SRC001") == []


# -- SRC002 ------------------------------------------------------------------------------

SRC002_FIRES = [
    ("The new hospital wing cost £48m and opened in May.", "£48m"),
    ("Unemployment in the region has risen to 14.2%.", "14.2%"),
    ("More than 3,000 homes were flooded in the valley.", "3,000"),
    ("The wildfire has burned 12,000 hectares of forest.", "12,000 hectares"),
    # a passive with no source says who did not say it
    ("The new stadium has been criticised for costing £450m.", "£450m"),
]


@pytest.mark.parametrize("case", SRC002_FIRES, ids=[c[1] for c in SRC002_FIRES])
def test_src002_fires_on_a_figure_with_no_source(lint, case):
    text, figure = case
    found = findings(lint, text, "SRC002")
    assert len(found) == 1
    f = found[0]
    assert figure in text[f.start : f.end]
    assert f.severity == "info"
    assert f.evidence["attributions_in_paragraph"] == 0


def test_src002_one_finding_per_sentence(lint):
    text = "Rents rose 9% last year, and 40,000 tenants were evicted."
    found = findings(lint, text, "SRC002")
    assert len(found) == 1
    assert len(found[0].evidence["figures"]) == 2


def test_src002_fires_only_in_the_unattributed_paragraph(lint):
    text = "The council said the scheme cost £2.4m.\n\nThe bypass carries 18,000 vehicles a day."
    found = findings(lint, text, "SRC002")
    assert len(found) == 1
    assert "18,000" in text[found[0].start : found[0].end]


SRC002_SILENT = [
    "The new hospital wing cost £48m, the health board said.",
    "According to the statistics office, unemployment has risen to 14.2%.",
    '"We lost 3,000 homes in one night," the mayor said.',
    "The club was founded in 1887 and the stadium opened on 4 May 1902.",
    "The 45-year-old was treated for three hours at the scene.",
    "Two men and three women were arrested.",
    "Dozens of people gathered outside the town hall.",
    # attribution elsewhere in the paragraph covers the figure
    "Police said the march was peaceful. About 20,000 people took part.",
]


@pytest.mark.parametrize("text", SRC002_SILENT, ids=[t[:30] for t in SRC002_SILENT])
def test_src002_silent(lint, text):
    assert findings(lint, text, "SRC002") == []


def test_src002_silent_in_a_headline(lint):
    text = "Flood damage tops £200m\n\nThe clean-up will take months, the council said."
    assert findings(lint, text, "SRC002") == []


def test_src001_relative_clause_is_not_a_second_speaker(lint):
    text = "One US official, who spoke on condition of anonymity, said the convoy had turned back."
    found = findings(lint, text, "SRC001")
    assert len(found) == 1
    assert found[0].evidence["quotes"] == 1


SRC001_SILENT = [
    "It said the outlook for the second half was weak.",
    "They said the plan would fail.",
    "Harcourt - owner of Bellmans and Tidewell - said it would close 40 stores.",
    "One driver, who did not want to give her name, wants to leave the town.",
    "Analysts at the broker Fenwick Hale said the warning raised serious questions.",
]


@pytest.mark.parametrize("text", SRC001_SILENT, ids=[t[:30] for t in SRC001_SILENT])
def test_src001_silent_on_pronouns_bodies_and_intentions(lint, text):
    assert findings(lint, text, "SRC001") == []


def test_src001_withheld_name_and_hidden_source(lint):
    text = (
        "A woman loading horses, who declined to give her name, said the fire came fast. "
        '"You never get used to it," she said.\n\n'
        "It is understood the council will meet on Friday."
    )
    found = findings(lint, text, "SRC001")
    by_speaker = {text[f.start : f.end]: f.evidence["quotes"] for f in found}
    assert by_speaker == {"A woman loading horses": 2, "It is understood": 1}


def test_src001_a_source_in_the_lead_is_not_the_next_person_named(lint):
    text = (
        "Talks stall\n\nA senior official said the talks had stalled.\n\n"
        "John Smith, the minister, denied it."
    )
    assert [text[f.start : f.end] for f in findings(lint, text, "SRC001")] == ["A senior official"]


def test_src001_voters_outside_a_vote_are_unnamed(lint):
    text = "Shoppers in Wrexham said they were tired of the roadworks."
    assert [text[f.start : f.end] for f in findings(lint, text, "SRC001")] == [
        "Shoppers in Wrexham"
    ]


def test_src001_some_members_of_a_named_committee_are_still_unnamed(lint):
    text = (
        "The Public Accounts Committee said the scheme was not good value.\n\n"
        "Some MPs said privately that the verdict was too harsh."
    )
    assert [text[f.start : f.end] for f in findings(lint, text, "SRC001")] == ["Some MPs"]


SRC001_NOT_SOURCES = [
    "The prime minister said the other members of the alliance should pay attention.",
    "Labour leader urges inquiry over the leaked emails",
    "Organisers say this year's fair will showcase Scandinavian design.",
    "Club chairmen will tell you that cutting the cup competition is a mistake.",
    "If he retired, fans would say his best years were behind him.",
    "However, savers may be cautious about Japanese bonds.",
    "Market analysts broadly welcomed the decision.",
    "Most voters said the town should keep its grammar school in the 1998 ballot.",
    "Radio station sued over prank\n\nA broadcaster is being sued by a listener who says he was "
    "humiliated by the prank.\n\nDerek Haines is taking action against the broadcaster.",
    "Market analysts broadly welcomed the central bank's cut and bonds traded mostly steady.",
    "Thinks Marta Lindqvist retail sector specialist at Kantor, the market will shrink.",
    "More than half of 3,000 people polled said they had worries about the new meters.",
    "According to all those riders and even Pogacar himself, the Slovenian is in a class of "
    "his own.",
    "According to analysts Ofcomwatch, more than a third of UK homes are streaming in high "
    "definition.",
    "Some of those interviewed said they were planning to switch supplier.",
    "The campaigners appealed against a finding by Mr Justice Hale that it was not unlawful "
    "for the council to close the shelter.",
    "Flats will cause lasting harm to the river, MPs have warned.\n\n"
    "The Public Accounts Committee said the scheme was not good value.",
]


@pytest.mark.parametrize("text", SRC001_NOT_SOURCES, ids=[t[:30] for t in SRC001_NOT_SOURCES])
def test_src001_silent_on_offices_bodies_hypotheticals_and_positions(lint, text):
    assert findings(lint, text, "SRC001") == []


def test_src001_a_definite_description_of_a_named_person(lint):
    text = (
        "His mother Brenda Okoye told Sky News that her son had done nothing wrong. Calling him "
        'a "gentle boy", the mother-of-five said she feared the jury had already made up its mind.'
    )
    assert findings(lint, text, "SRC001") == []


def test_src001_he_is_not_an_unnamed_group(lint):
    text = (
        "Ms Carrow plans to cut costs by changing the bus contracts. These would end the "
        "discount from which older passengers could buy their passes. She insisted the changes "
        "were fair."
    )
    assert findings(lint, text, "SRC001") == []
