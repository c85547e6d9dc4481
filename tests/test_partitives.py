"""The measurements layer's partitives: what the parse says of a part and its whole. Real
spaCy parses of passages written for this file (NUM004's findings from them are tested in
tests/rules/test_partitive_parts.py)."""

from __future__ import annotations

import pytest

from newslint.analysis import Analysis
from newslint.article import from_text
from newslint.clean import clean
from newslint.config import Config
from newslint.measurements.partitives import Frame, frames, parts_past_whole


@pytest.fixture(scope="module")
def read(nlp):
    def run(text: str) -> tuple[Analysis, dict[str, Frame]]:
        analysis = Analysis(clean(from_text(text, source="test")), Config(), nlp=nlp)
        return analysis, {f.measurement.text: f for f in frames(analysis.measurements)}

    return run


def test_a_clause_partitive_is_shared_by_the_parts_of_its_list(read):
    _, found = read(
        "Police arrested 62 people after the match. Officers said 40 men and 31 teenagers "
        "were among those arrested."
    )
    whole, first, second = found["62"], found["40"], found["31"]
    assert (whole.noun, whole.verb, whole.partitive) == ("person", "arrest", False)
    assert (first.of_verb, second.of_verb) == ("arrest", "arrest")
    assert first.group is not None and first.group == second.group


def test_a_partitive_on_the_figure_and_a_pronoun(read):
    _, found = read(
        "Engineers inspected 320 bridges. Of them, 150 were closed, and 90 of the bridges "
        "inspected were rebuilt."
    )
    assert found["150"].anaphor
    assert (found["90"].of_noun, found["90"].anaphor) == ("bridge", False)
    # the figure's own phrase is its own: no group with the clause's parts
    assert found["90"].group is None


def test_of_after_a_noun_is_no_partitive(read):
    _, found = read("The centre recorded 478 cases of influenza in the herd of 140 cattle.")
    assert not found["478"].partitive
    assert not found["140"].partitive


def test_a_part_inside_another_and_a_figure_added(read):
    _, found = read(
        "Of this year's cases, 276 were in children, including 38 babies. A further 95 were "
        "in adults."
    )
    assert found["276"].of_noun == "case" and not found["276"].inside
    assert found["38"].inside
    assert found["95"].added


def test_the_largest_whole_decides_and_every_reading_is_weighed(read):
    analysis, _ = read(
        "The hospital employs 2,800 nurses. Some 3,400 of them are on temporary contracts."
    )
    [found] = list(parts_past_whole(analysis.measurements))
    assert found.whole.text == "2,800" and [m.text for m in found.parts] == ["3,400"]
    analysis, _ = read(
        "The hospital employs 2,800 nurses and 4,000 other staff. Some 3,400 of them are on "
        "temporary contracts."
    )
    assert list(parts_past_whole(analysis.measurements)) == []
