"""SRC001 on classes of speaker and verb that are not anonymous sources, beside true ones.

Each class has passages where SRC001 must fire (an unnamed person or group is the source of a
claim) and passages where it must stay silent. The passages are written for newslint.
"""

from __future__ import annotations

import pytest


def speakers(lint, text: str) -> list[str]:
    report = lint(text, select=["SRC001"])
    return [text[f.start : f.end] for f in report.findings if f.rule == "SRC001"]


# -- kin of a named person: identified by the relation, not anonymous ----------------------

KIN_SILENT = [
    'Meanwhile Tom Reed\'s mother has said she is "completely sure" her son did nothing wrong.',
    "The widow of Gareth Morgan said the council had ignored his warnings for years.",
    "Priya Shah's brother told reporters the family had been treated unfairly.",
    "The wife of Daniel Okafor said he had been at home on the night of the fire.",
]

KIN_FIRES = [
    ("A mother said the school had ignored her warnings for months.", "A mother"),
    ("One father told reporters the council had failed the children.", "One father"),
    ("Parents said the new timetable left pupils waiting in the dark.", "Parents"),
]


@pytest.mark.parametrize("text", KIN_SILENT)
def test_kin_of_a_named_person_is_not_anonymous(lint, text):
    assert speakers(lint, text) == []


@pytest.mark.parametrize("case", KIN_FIRES, ids=[c[1] for c in KIN_FIRES])
def test_kin_of_nobody_named_is_still_anonymous(lint, case):
    text, speaker = case
    assert speakers(lint, text) == [speaker]


# -- a choice made in the passive ("voted for by readers"): an act, not a claim --------------

CHOICE_SILENT = [
    "The gold prizes are chosen by the journal's critics, the silver ones are voted for by "
    "subscribers.",
    "The best film is picked by viewers each year.",
    "The club's captain was elected by members of the squad last spring.",
    "The finalists were selected by a panel of teachers from across the county.",
]

CHOICE_FIRES = [
    ("Viewers said the best film of the year was a small documentary.", "Viewers"),
    ("The scheme was chosen in March, but critics say it was never tested.", "critics"),
    ("Members say the captain was elected without a proper count.", "Members"),
]


@pytest.mark.parametrize("text", CHOICE_SILENT)
def test_a_passive_choice_is_no_claim(lint, text):
    assert speakers(lint, text) == []


@pytest.mark.parametrize("case", CHOICE_FIRES, ids=[c[1] for c in CHOICE_FIRES])
def test_unnamed_speakers_beside_a_choice_still_fire(lint, case):
    text, speaker = case
    assert speakers(lint, text) == [speaker]


# -- true anonymous sources stay flagged ----------------------------------------------------

TRUE_SOURCES = [
    ("A source close to the chairman said the offer would be withdrawn.", "A source close to"),
    ("One official said the border crossing would reopen on Monday.", "One official"),
    ("Insiders say the merger talks collapsed over the price.", "Insiders"),
]


@pytest.mark.parametrize("case", TRUE_SOURCES, ids=[c[1] for c in TRUE_SOURCES])
def test_true_anonymous_sources_still_fire(lint, case):
    text, start = case
    found = speakers(lint, text)
    assert len(found) == 1 and found[0].startswith(start)


# -- a first-person account (a column, a transcript): the narrator is the source -----------

FIRST_PERSON_SILENT = [
    "Under the old rules we had plenty of councillors who were keen to say they opposed the plan.",
    "All the young people on the county's planning board think I'm daft to be entering the race.",
    "My neighbours say I should never have moved to the coast.",
]

FIRST_PERSON_FIRES = [
    ("A source told me the deal had collapsed overnight.", "A source"),
    ("Experts say we should all eat less salt.", "Experts"),
    ("Insiders say we will see a merger by May.", "Insiders"),
    # "US", the country, is no first-person "us"
    ("The US built fewer homes in May, but analysts said the dip was brief.", "analysts"),
]


@pytest.mark.parametrize("text", FIRST_PERSON_SILENT)
def test_a_first_person_account_is_the_narrators(lint, text):
    assert speakers(lint, text) == []


@pytest.mark.parametrize("case", FIRST_PERSON_FIRES, ids=[c[1] for c in FIRST_PERSON_FIRES])
def test_an_unnamed_source_told_the_narrator_still_fires(lint, case):
    text, speaker = case
    assert speakers(lint, text) == [speaker]


# -- a bare quantifier knowing a fact ("Few realise that ..."): the reporter's own statement -

FEW_KNOW_SILENT = [
    "Few realise that the town hall has its own bakery in the cellar.",
    "Many know that the old mill was once a prison.",
    "Most remember that the branch line once ran all the way to the coast.",
]

FEW_KNOW_FIRES = [
    ("Many believed he was upset with the board's decision.", "Many"),
    ("Insiders know that the deal is dead.", "Insiders"),
    ("Some fear the closure will hit the town's shops.", "Some"),
]


@pytest.mark.parametrize("text", FEW_KNOW_SILENT)
def test_a_little_known_fact_is_the_reporters(lint, text):
    assert speakers(lint, text) == []


@pytest.mark.parametrize("case", FEW_KNOW_FIRES, ids=[c[1] for c in FEW_KNOW_FIRES])
def test_an_unnamed_group_believing_still_fires(lint, case):
    text, speaker = case
    assert speakers(lint, text) == [speaker]
