"""LNG001 loaded-language and LNG002 unattributed-superlative: passages that fire and that must
stay silent (the same words inside quotes and reported speech, literal senses, names)."""

from __future__ import annotations

import pytest


def findings(lint, text: str, code: str):
    return [f for f in lint(text, select=[code]).findings if f.rule == code]


# -- LNG001 ------------------------------------------------------------------------------

# (passage, the loaded words in the reporter's own voice, category of the first)
LNG001_FIRES = [
    ("Labour slammed the plan on Tuesday.", ["slammed"], "emotive verb"),
    ("The senator blasted her rival over the border bill.", ["blasted"], "emotive verb"),
    ("Rampant India crushed Sri Lanka by nine wickets.", ["Rampant", "crushed"], "hyperbole"),
    ("Police arrested six thugs outside the ground.", ["thugs"], "name-calling"),
    ("The crusties blocked the road for three hours.", ["crusties"], "name-calling"),
    ("Residents were left fuming after the botched switch.", ["fuming", "botched"], None),
    ("Fans paid a whopping £180 for a ticket.", ["whopping"], "intensifier"),
    ("The hapless defence gave away three goals.", ["hapless"], "loaded adjective"),
    ("The Assad regime shelled the town again.", ["regime"], "pejorative label"),
    ("The minister ripped into the report on Monday.", ["ripped into"], "emotive verb"),
    ("Rents rocketed to £2,470 a month.", ["rocketed"], "hyperbole"),
    ("It was a chilling reminder of the risks.", ["chilling"], "hyperbole"),
    ("Vulture funds bought 3,000 homes.", ["Vulture funds"], "pejorative label"),
]


@pytest.mark.parametrize("case", LNG001_FIRES, ids=[c[0][:32] for c in LNG001_FIRES])
def test_lng001_fires_in_the_reporters_voice(lint, case):
    text, words, category = case
    found = findings(lint, text, "LNG001")
    assert [text[f.start : f.end] for f in found] == words
    if category:
        assert found[0].evidence["category"] == category
    assert all(f.evidence["voice"] == "reporter" for f in found)


LNG001_SILENT = [
    # the same words, somebody else's
    '"Labour slammed the plan," the minister said.',
    '"These thugs must be stopped," said the chief constable.',
    "The minister said the plan was a shambles and a disgrace.",
    "Critics called the scheme shameless.",
    "The scheme has been widely criticised as a shambles.",
    "Doctors warn of A&E 'crisis' as waits rise.",
    # literal senses, names, negation
    "He slammed the door and drove off.",
    "Astronomers found a massive star in the cluster.",
    "The river's flow regime changes in spring.",
    "Engineers blasted a hole through the rock.",
    "The National Disaster Response Force was deployed.",
    "The defeat was not humiliating for a young side.",
    "Gas spiralling into the black hole glows brightly.",
    "The blast was heard two miles away.",
]


@pytest.mark.parametrize("text", LNG001_SILENT, ids=[t[:32] for t in LNG001_SILENT])
def test_lng001_silent_outside_the_reporters_voice_or_literal(lint, text):
    assert findings(lint, text, "LNG001") == []


def test_lng001_name_calling_is_a_warning_and_the_rest_info(lint):
    found = findings(lint, "The yobs smashed the shelter. Labour slammed the council.", "LNG001")
    assert {(f.evidence["category"], f.severity) for f in found} == {
        ("name-calling", "warning"),
        ("emotive verb", "info"),
    }


def test_lng001_replacements_take_the_form_of_the_word(lint):
    cases = {
        "Labour slammed the plan.": ["criticised"],
        "Labour slams the plan.": ["criticises"],
        "Labour is slamming the plan.": ["criticising"],
        "Fares rocketed by 40% last year.": ["rose"],
    }
    for text, expected in cases.items():
        (f,) = findings(lint, text, "LNG001")
        assert f.replacements == expected, text
        assert f"neutral: '{expected[0]}'" in f.message
        assert f.evidence["neutral"] == expected


def test_lng001_without_a_neutral_word_says_so(lint):
    (f,) = findings(lint, "The hapless defence gave away three goals.", "LNG001")
    assert f.replacements == []
    assert "attribute the judgement" in f.message


def test_lng001_narration_on_a_reporting_verb_is_the_reporters(lint):
    # "as lawmakers scrambled" hangs on the cue "accusing": the reporter's, not the senator's
    text = (
        'Sen. Ray Colton accused her of "playing games with national security" as lawmakers '
        "scrambled to avert a shutdown.\n"
    )
    assert [text[f.start : f.end] for f in findings(lint, text, "LNG001")] == ["scrambled"]


def test_lng001_same_word_quoted_and_in_own_voice(lint):
    text = 'Labour slammed the plan.\n\n"We slammed it because it is wrong," Ms Reid said.'
    found = findings(lint, text, "LNG001")
    assert [f.start for f in found] == [text.index("slammed")]


# -- LNG002 ------------------------------------------------------------------------------

LNG002_FIRES = [
    ("It was the hottest day ever recorded in Britain.", "hottest"),
    ("It was the deadliest tornado to hit the state in a decade.", "deadliest"),
    ("The side suffered the heaviest defeat in the club's history.", "heaviest"),
    ("Sales reached their highest level since 1998.", "highest"),
    ("The crowd was the biggest of all time at the ground.", "biggest"),
    ("The flooding was unprecedented.", "unprecedented"),
    ("The county had record rainfall in June.", "record"),
    ("A record 54,300 patients waited more than 12 hours.", "record"),
    ("The sprinter set a new record in Rome.", "set"),
    ("It is the most expensive film ever made in Australia.", "most"),
    ("Temperatures were the highest since records began.", "highest"),
    ("The storm was the worst in living memory.", "worst"),
    ("Shares hit an all-time high on Friday.", "all-time"),
    ("She became the first-ever woman to win it.", "first-ever"),
]


@pytest.mark.parametrize("case", LNG002_FIRES, ids=[c[0][:32] for c in LNG002_FIRES])
def test_lng002_fires_on_an_unsourced_record(lint, case):
    text, first_word = case
    (f,) = findings(lint, text, "LNG002")
    assert text[f.start : f.end].split()[0].lower() == first_word.lower()
    assert f.evidence["sources_in_sentence"] == 0


LNG002_SILENT = [
    "It was the hottest day ever recorded in Britain, the Met Office said.",
    "Record rainfall fell in June, according to the Bureau of Meteorology.",
    '"It was the best day I have ever had," said Gary Holt.',
    "The curator said it had the most bounce he had seen in a decade.",
    "The Met Office published its figures on Monday.\n\nIt said the month was the wettest on "
    "record. The average was 180mm, the highest since 1910.",
    "Mr Holt runs an independent record label in Sydney.",
    "He has a criminal record for armed robbery.",
    "Her track record in one-day cricket is modest.",
    "It is the biggest city in Wales.",
    "The trust declared the highest alert level in the framework.",
    "The rise was not unprecedented.",
    "It was not the biggest crowd ever seen at the ground.",
    "Rents have risen for ten years, and fell only in 2009.",
]


@pytest.mark.parametrize("text", LNG002_SILENT, ids=[t[:32] for t in LNG002_SILENT])
def test_lng002_silent_when_sourced_quoted_or_no_record(lint, text):
    assert findings(lint, text, "LNG002") == []
