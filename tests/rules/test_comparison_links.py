"""NUM003 when the comparison opens the next paragraph on a thing already named: "The work,
covering an area more than twice the size of ...", "The burnt ground is ...". A definite
subject points back across the paragraph break to the one figure of the sentence before,
unless the parse reads another thing, owner, place or time.

Every passage was written for this file; each fire case names both figures the finding must
cover, each silent case is a near miss a careful reader would let pass."""

from __future__ import annotations

import pytest
from tests.rules.test_numbers_across import _assert_pair, _found

# each passage ends on another figure of the dimension, so that the comparison cannot be
# read as describing the article's only area figure: the link must be made
ELSEWHERE = "\n\nThe county as a whole has about 250,000 hectares of farmland."

FIRES = [
    # conservation: the work named by a definite noun, the figure in the paragraph before
    (
        "A trust has begun restoring about 900 hectares of drained fen in the county.\n\n"
        "The project, covering an area three times the size of Malta, will take a decade."
        + ELSEWHERE,
        "three times the size of Malta",
        "900 hectares",
    ),
    # fire: the burnt ground restated with its own noun
    (
        "A moorland fire blackened some 3 square miles of heather on Sunday.\n\n"
        "The burnt ground is roughly the size of Bahrain, the park authority said." + ELSEWHERE,
        "the size of Bahrain",
        "3 square miles",
    ),
    # floods: a definite subject that the parse does not tie to the verb of the figure
    (
        "Floodwater has covered about 40 square kilometres of farmland along the river.\n\n"
        "The submerged land is more than twice the size of Singapore, officials said." + ELSEWHERE,
        "twice the size of Singapore",
        "40 square kilometres",
    ),
    # property: "its" points back as "the" does
    (
        "The family has sold 12,000 acres of hill farm to a forestry fund.\n\n"
        "Its holding was ten times the size of Jersey, according to the agents." + ELSEWHERE,
        "ten times the size of Jersey",
        "12,000 acres",
    ),
    # a lake: the thing named again by another noun
    (
        "Rising water has swallowed 150 hectares of meadow behind the dam.\n\n"
        "The new lake will be about the size of the Isle of Wight, the council said." + ELSEWHERE,
        "the size of the Isle of Wight",
        "150 hectares",
    ),
]

SILENT = [
    # an indefinite subject introduces another thing
    "A trust has begun restoring about 900 hectares of drained fen in the county.\n\n"
    "A separate reserve, three times the size of Malta, was created in 1990." + ELSEWHERE,
    # two figures of the dimension in the sentence before: which one is compared?
    "Rangers burned 300 hectares of scrub and cleared 2,000 hectares of bracken.\n\n"
    "The work covered an area about three times the size of Andorra." + ELSEWHERE,
    # a subject that is not the figure's thing: a place named, not pointed back to
    "Floodwater has covered about 40 square kilometres of farmland along the river.\n\n"
    "Bahrain is about 20 times the size of the flooded area, officials said." + ELSEWHERE,
    # a pronoun subject is not read by this link
    "The fund owns 12,000 acres of hill farm.\n\n"
    "Campaigners said they wanted a park ten times the size of Jersey." + ELSEWHERE,
    # the comparison agrees with the figure (Malta is about 316 sq km)
    "A trust has begun restoring about 95,000 hectares of drained fen in the county.\n\n"
    "The project, covering an area three times the size of Malta, will take a decade." + ELSEWHERE,
]

CASES = FIRES + [(text, None, None) for text in SILENT]


@pytest.mark.parametrize(("text", "one", "other"), CASES)
def test_definite_subject_points_back_across_a_paragraph(lint, text, one, other):
    if one is None:
        assert _found(lint, text, "NUM003")[1] == []
    else:
        _assert_pair(lint, "NUM003", text, one, other)


# objects said to be of their standard size are still the reference objects
STANDARD_SIZE = [
    (
        "Contractors will rewet 2,800 hectares of cutaway bog, an area equivalent to roughly "
        "390 full-size football pitches.",
        "equivalent to roughly 390 full-size football pitches",
        "2,800 hectares",
    ),
    (
        "The new reservoir holds 9 million cubic metres, enough to fill 36 regulation-sized "
        "Olympic swimming pools.",
        "36 regulation-sized Olympic swimming pools",
        "9 million cubic metres",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), STANDARD_SIZE)
def test_objects_of_standard_size_are_compared(lint, text, one, other):
    _assert_pair(lint, "NUM003", text, one, other)


def test_objects_of_standard_size_that_agree_stay_silent(lint):
    text = (
        "Contractors will rewet 2,800 hectares of cutaway bog, an area equivalent to roughly "
        "3,900 full-size football pitches."
    )
    assert _found(lint, text, "NUM003")[1] == []
