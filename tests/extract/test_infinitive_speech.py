"""Infinitives after promises and threats: a commitment made by someone who can act is said;
an outlook ("the weekend promises to be wet"), a wish ("hopes to name") or a purpose ("pledged
£2m to help") is not. Passages written for newslint."""

from __future__ import annotations

import pytest

FIRES = [
    ("The union threatened to walk out if the pay offer was not improved.", "walk out"),
    ("The opposition vowed to repeal the law if it wins the election.", "repeal the law"),
    ("Several irrigators threatened to blockade the highway on Monday.", "blockade"),
    ("Management has promised to restore the bonus next year.", "restore the bonus"),
    ("She pledged to hand back the money before the inquiry reports.", "hand back"),
    ("It threatened to sue the newspaper over the story, its lawyers confirmed.", "sue"),
]


@pytest.mark.parametrize(("passage", "fragment"), FIRES, ids=[p[:30] for p, _ in FIRES])
def test_a_commitment_by_someone_who_can_act_is_said(extract, passage, fragment):
    assert any(fragment in q.text for q in extract(passage)), passage


SILENT = [
    "The weekend promises to be wet and windy across the north.",
    "Rising fuel costs threaten to push the haulier into administration.",
    "The leak threatens to overshadow the summit in Lisbon.",
    "It promises to be a long night for the count staff in Ballymena.",
    "The third Test promised to be a classic but was washed out.",
    "The board hopes to announce a new chief executive by March.",
    "The manager will be hoping to prove his critics wrong on Saturday.",
]


@pytest.mark.parametrize("passage", SILENT, ids=[p[:30] for p in SILENT])
def test_an_outlook_or_a_wish_is_not_said(extract, passage):
    assert extract(passage) == [], [q.text for q in extract(passage)]


@pytest.mark.parametrize(
    ("passage", "pledged"),
    [
        ("The mayor pledged £2m to help flood victims in the valley.", "£2m"),
        ("The charity has promised 500 beds to ease winter pressures.", "500 beds"),
    ],
)
def test_a_thing_pledged_is_the_claim_and_its_infinitive_a_purpose(extract, passage, pledged):
    quotes = extract(passage)
    assert not [q for q in quotes if q.text.startswith("to ")], [q.text for q in quotes]
    assert all(q.text.startswith(pledged) for q in quotes), [q.text for q in quotes]


@pytest.mark.parametrize(
    "passage",
    [
        "The council refused to say how much it had spent or to confirm whether the deal stood.",
        "The club declined to name the buyer or to reveal what the stand had cost.",
        "The board planned to sell the land and to announce the buyer in May.",
    ],
)
def test_a_coordinated_infinitive_shares_its_governor(extract, passage):
    assert extract(passage) == [], [q.text for q in extract(passage)]


@pytest.mark.parametrize(
    "passage",
    [
        "The committee voted 7-2 to approve the scheme, despite calls to reject it.",
        "There was little appetite for efforts to deny the figures.",
    ],
)
def test_an_infinitive_on_a_thing_has_no_speaker(extract, passage):
    assert not [q for q in extract(passage) if q.speaker is not None], [
        (q.speaker.text, q.text) for q in extract(passage)
    ]


def test_an_infinitive_on_a_person_keeps_its_speaker(extract):
    text = "She was the first minister to admit that the scheme had failed."
    assert any("scheme had failed" in q.text for q in extract(text))


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("The leaflet urges drivers to slow down near the school gates.", "slow down"),
        ("Police in Galway urged motorists to avoid the N6 on Friday.", "avoid the N6"),
        ("The signs warn swimmers not to enter the water at low tide.", "enter the water"),
        ("Her coach encouraged her to enter the national trials.", "enter the national"),
    ],
)
def test_a_direction_given_by_someone_or_written_is_said(extract, passage, fragment):
    assert any(fragment in q.text for q in extract(passage)), passage


@pytest.mark.parametrize(
    "passage",
    [
        "The new tax break encourages firms to invest in apprentices.",
        "Low interest rates encouraged first-time buyers to borrow more.",
        "The flooding has reminded residents to keep sandbags ready.",
        "The app reminds users to take their tablets at the same time each day.",
    ],
)
def test_a_thing_that_prompts_an_act_says_nothing(extract, passage):
    assert extract(passage) == [], [q.text for q in extract(passage)]


@pytest.mark.parametrize(
    "passage",
    [
        "Police are yet to confirm the identity of the man found at the quarry.",
        "The minister is to announce a date for the referendum next month.",
        "The council has yet to reveal how much the scheme cost.",
    ],
)
def test_what_is_still_to_be_said_is_not_said(extract, passage):
    assert extract(passage) == [], [q.text for q in extract(passage)]
