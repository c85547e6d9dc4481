"""The measurements layer: what each figure measures, whose it is, when, in what role, and the
links between mentions across an article. Real spaCy parses of passages written for this file."""

from __future__ import annotations

import pytest

from newslint.analysis import Analysis
from newslint.article import from_text
from newslint.clean import clean
from newslint.config import Config
from newslint.measurements.links import figures_for
from newslint.measurements.parts import part_links, part_lists
from newslint.measurements.scope import Scope
from newslint.measurements.shares import exclusive_lists


@pytest.fixture(scope="module")
def analyse(nlp):
    def run(text: str, published: str | None = None) -> Analysis:
        article = from_text(text, source="test").with_meta(published=published)
        analysis = Analysis(clean(article), Config(), nlp=nlp)
        analysis.doc  # noqa: B018  (as a check does: the Doc before the rules)
        return analysis

    return run


def _at(analysis: Analysis, text: str, nth: int = 0):
    found = [m for m in analysis.measurements if m.text == text]
    assert len(found) > nth, [m.text for m in analysis.measurements]
    return found[nth]


# -- what a figure measures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "relation", "key"),
    [
        # a noun the figure labels, folded into its class
        ("The council approved a £2.4m refurbishment.\n\nThe £4.2m scheme will start in May.",
         "£4.2m", "label", "project"),
        # the subject of a verb that states an attribute
        ("The new bridge will cost £45m.\n\nThe £54m bridge opens in 2027.",
         "£45m", "label", "bridge"),
        # an event verb, and its synonyms
        ("Forces recaptured 2,300 square miles.\n\nThe 3,200 square miles retaken include Izium.",
         "2,300 square miles", "event", "recapture"),
        ("Forces recaptured 2,300 square miles.\n\nThe 3,200 square miles retaken include Izium.",
         "3,200 square miles", "event", "recapture"),
        # a count with the event that qualifies it
        ("There are 8,200 patients who have waited more than a year.\n\n"
         "The 820 patients who have waited more than a year will be treated.",
         "820", "count", "patient|wait"),
        # through the attribute noun "capacity" to the venue
        ("The club wants a 41,000-capacity arena.\n\nThe 14,000-capacity venue was approved.",
         "41,000", "label", "capacity of venue"),
        # "the $62 million in assistance": the money is the thing named after "in"
        ("A $26m drought package was announced.\n\nThe $62 million in assistance opens Monday.",
         "$62 million", "label", "package"),
        # what is "12 miles long" is the subject of the verb
        ("The bypass will be 12 miles long.\n\nThe 21-mile bypass opens in May.",
         "12 miles", "label", "road"),
        # a common noun owning the figure
        ("The lake holds 3.2 billion litres.\n\nThe reservoir's 2.3 billion litres supply Leeds.",
         "2.3 billion litres", "label", "reservoir"),
    ],
)  # fmt: skip
def test_concepts(analyse, text, figure, relation, key):
    reading = _at(analyse(text), figure).reading
    assert reading is not None
    assert (reading.relation, reading.key) == (relation, key)


def test_people_owning_a_figure_are_not_what_it_measures(analyse):
    analysis = analyse(
        "The lake covers 9,000 square metres.\n\nThe club's 40,000 square metres were sold."
    )
    reading = _at(analysis, "40,000 square metres").reading
    assert reading is None or reading.key != "club"


def test_a_new_thing_on_the_first_mention_of_its_class_is_no_contrast(analyse):
    analysis = analyse(
        "A new £350m hospital will open in 2026.\n\nA new £530m hospital is planned for Bath."
    )
    first, second = _at(analysis, "£350m").reading, _at(analysis, "£530m").reading
    assert first is not None and first.contrast is None
    assert second is not None and second.contrast == "new"


def test_a_headline_the_parser_cannot_read_falls_back_to_its_verb(analyse):
    text = (
        "Floods swamp farmland twice the size of Greater London\n\n"
        "In all, 300 sq km of farmland has been flooded, the agency said."
    )
    reading = _at(analyse(text), "twice the size of Greater London").reading
    assert reading is not None and (reading.relation, reading.key) == ("event", "flood")


def test_owner_place_and_pointing_back(analyse):
    analysis = analyse(
        "Kent County Council approved a £2m scheme in Dover.\n\n"
        "Essex said its £5m scheme would begin in the spring."
    )
    kent, essex = _at(analysis, "£2m").reading, _at(analysis, "£5m").reading
    assert kent.owner == "kent" and not kent.owner_by_pronoun
    assert kent.places == frozenset({"dover"})
    assert not kent.definite
    # "its" is read as Essex's, and marked as found through a pronoun
    assert essex.owner == "essex" and essex.owner_by_pronoun and essex.definite


def test_a_person_quoted_is_no_owner_whatever_their_title(analyse):
    # a member of parliament's title ("TD", "MSP") is a person's, not a body's
    for title in ("TD", "MSP"):
        analysis = analyse(
            f"The plant will hire 240 workers.\n\nLocal {title} Maire Delaney said the 420 "
            "new roles would transform the town."
        )
        assert _at(analysis, "420").reading.owner is None


def test_a_sum_of_money_does_not_narrow_a_count(analyse):
    # "in a €40m expansion" says what pays for the jobs, not which jobs they are
    analysis = analyse(
        "Drugmaker to create 180 jobs in €40m expansion\n\nThe 150 new jobs will be in Cork."
    )
    assert _at(analysis, "180").reading.qualifiers == frozenset()


def test_a_common_noun_opening_a_sentence_is_no_owner(analyse):
    analysis = analyse(
        "Ministers approved a €12m appeal on Tuesday.\n\nBusiness leaders welcomed the €36m appeal."
    )
    assert _at(analysis, "€12m").reading.owner is None
    assert _at(analysis, "€36m").reading.owner is None


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("A £2.4m scheme was approved.\n\nA separate £4.2m scheme was delayed.", "£4.2m",
         "separate"),
        ("The bridge was originally expected to cost £45m.\n\nThe £54m bridge opens soon.",
         "£45m", "originally"),
        ("Fires burned an area the size of Belgium.\n\nIn the park alone, 400 sq km burned.",
         "400 sq km", "alone"),
        ("The largest single fire has burned 1.2 million hectares.\n\n"
         "Fires have burned 13.5 million hectares this year.", "1.2 million hectares", "largest"),
    ],
)  # fmt: skip
def test_contrast_words_keep_a_mention_apart(analyse, text, figure, word):
    assert _at(analyse(text), figure).reading.contrast == word


# -- time scope ----------------------------------------------------------------------------


def test_scope_reads_the_clause_and_resolves_years(analyse):
    analysis = analyse(
        "The festival drew 45,000 visitors this year.\n\nLast year 54,000 visitors came.",
        published="2024-08-01",
    )
    this, last = _at(analysis, "45,000"), _at(analysis, "54,000")
    assert ("year", "2024") in this.scope.anchors
    assert ("year", "2023") in last.scope.anchors
    assert this.scope.conflict(last.scope) == "2024 against 2023"


def test_a_time_in_another_clause_is_not_the_figures(analyse):
    analysis = analyse(
        "About 230 residents were evacuated on Sunday.\n\n"
        "The council said the 320 people evacuated had been able to return on Monday."
    )
    assert ("weekday", "monday") not in _at(analysis, "320").scope.anchors


@pytest.mark.parametrize(
    ("text", "figure", "other_time"),
    [
        (
            "A total of 530 cases of measles were reported between January and May, compared "
            "with 40 in the same period last year.",
            "530",
            ("year", "2023"),
        ),
        ("Police recorded 880 burglaries, compared with 700 in 2022.", "880", ("year", "2022")),
        (
            "The charity handed out 14,200 food parcels this winter, compared to 9,600 last "
            "winter, its director said.",
            "14,200",
            ("season", "last winter"),
        ),
    ],
)
def test_a_compared_figures_time_is_not_the_figures(analyse, text, figure, other_time):
    """The time inside "compared with ...", "up from ...", "than ..." dates the figure compared
    with, not the one the sentence is about."""
    analysis = analyse(text, published="2024-06-20")
    assert other_time not in _at(analysis, figure).scope.anchors


@pytest.mark.parametrize(
    ("text", "figure", "own_time"),
    [
        # the compared figure keeps the time of its comparison
        (
            "A total of 530 cases were reported this spring, compared with 40 in the same period "
            "last year.",
            "40",
            ("year", "2023"),
        ),
        # the figure's own time, said beside a comparison, stays its own
        (
            "Police recorded 880 burglaries in 2023, compared with 700 in 2022.",
            "880",
            ("year", "2023"),
        ),
    ],
)
def test_a_comparison_keeps_its_own_time(analyse, text, figure, own_time):
    analysis = analyse(text, published="2024-06-20")
    assert own_time in _at(analysis, figure).scope.anchors


def test_scopes_conflict_on_one_kind_or_on_window_lengths():
    week = Scope(frozenset({("relative", "last week")}), 7.0)
    winter = Scope(frozenset({("season", "this winter")}), 91.0)
    none = Scope()
    assert week.conflict(winter) is not None
    assert week.conflict(winter, lengths=False) is None
    assert week.conflict(none) is None and none.conflict(winter) is None
    monday = Scope(frozenset({("weekday", "monday")}))
    assert monday.conflict(Scope(frozenset({("weekday", "tuesday")}))) is not None


# -- roles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("The storm dropped 30cm (12in) of snow.", "12in", "conversion"),
        ("The cost has since risen to £70m.", "£70m", "change"),
        ("The plant supplies 274 million litres every day.", "274 million litres", "rate"),
        ("Every hour the dam lets out enough water to fill 4,800 Olympic swimming pools.",
         "4,800 Olympic swimming pools", "comparison"),
        ("Some 52% said the service was worse.", "52%", "share"),
        ("The firm employs 2,800 staff.", "2,800", "total"),
        # "up to" bounds a capacity; a verb before it makes it the level a change reached
        ("Each lifeboat will carry up to 150 people.", "150", "total"),
        ("The toll for lorries went up to £14 in May.", "£14", "change"),
        ("Fares were revised up to $3.40 on Monday.", "$3.40", "change"),
    ],
)  # fmt: skip
def test_roles(analyse, text, figure, role):
    assert _at(analyse(text), figure).role == role


def test_a_rate_is_read_per_its_period(analyse):
    analysis = analyse(
        "Every hour the dam lets out enough water to fill 4,800 Olympic swimming pools."
    )
    assert _at(analysis, "4,800 Olympic swimming pools").per == "hour"


# -- one measure, and why ------------------------------------------------------------------


def test_agreement_names_both_mentions_and_the_reason(analyse):
    analysis = analyse(
        "Rebels seized 400 square kilometres of farmland on Friday.\n\n"
        "The 900 square kilometres seized by the rebels include two towns."
    )
    a, b = _at(analysis, "400 square kilometres"), _at(analysis, "900 square kilometres")
    agreement = analysis.measurements.agreement(a, b)
    assert agreement
    assert "seized" in agreement.why and "capture" in agreement.why
    assert "no contrast word" in agreement.why


@pytest.mark.parametrize(
    ("text", "first", "second", "reason"),
    [
        ("The £2.4m scheme in Leeds starts in May.\n\nThe £4.2m scheme in York follows.",
         "£2.4m", "£4.2m", "different places"),
        ("Kent approved a £2m scheme.\n\nEssex said the £5m scheme would start in May.",
         "£2m", "£5m", "different owners"),
        ("The festival drew 45,000 visitors in 2023.\n\nIn 2024, 54,000 visitors came.",
         "45,000", "54,000", "different"),
    ],
)  # fmt: skip
def test_agreement_keeps_apart(analyse, text, first, second, reason):
    analysis = analyse(text)
    agreement = analysis.measurements.agreement(_at(analysis, first), _at(analysis, second))
    assert not agreement
    assert reason in agreement.why


def test_generic_project_nouns_join_the_one_specific_thing(analyse):
    analysis = analyse(
        "Plans for a 240MW solar farm near Didcot were approved.\n\n"
        "The developer says the 420MW development would power 90,000 homes."
    )
    groups = analysis.measurements.groups(["total"])
    [members] = [g for key, g in groups.items() if key[1] == "power"]
    assert [m.text for m in members] == ["240MW", "420MW"]


def test_only_sentences_with_figures_worth_comparing_are_read(analyse):
    analysis = analyse(
        "The council has approved a £2.4m scheme to repair roads.\n\n"
        "Residents welcomed the news, saying the roads were dangerous.\n\n"
        "The £2.4m scheme will start in May."
    )
    # two figures that agree: nothing to compare, so nothing is read from a parse
    assert all(m.reading is None for m in analysis.measurements)


# -- links ---------------------------------------------------------------------------------


def test_a_comparison_finds_its_figure_paragraphs_away(analyse):
    analysis = analyse(
        "Ukrainian troops have recaptured an area three times the size of Wales.\n\n"
        "The advance surprised Western officials.\n\n"
        "Kyiv says its forces have recaptured 2,300 square miles since 6 September."
    )
    comp = _at(analysis, "three times the size of Wales")
    described = figures_for(analysis.measurements, comp)
    assert described is not None
    assert [m.text for m in described.figures] == ["2,300 square miles"]
    assert "recapture" in described.why


def test_a_comparison_with_the_articles_only_figure(analyse):
    analysis = analyse(
        "The new protected areas will cover 1,500 square kilometres.\n\n"
        "Fishing will be banned in three zones.\n\n"
        "The zone is about three times the size of the Auckland region."
    )
    comp = _at(analysis, "three times the size of the Auckland region")
    described = figures_for(analysis.measurements, comp)
    assert described is not None and "only area figure" in described.why


def test_a_comparison_of_another_thing_has_no_figure(analyse):
    analysis = analyse(
        "The new park covers 50 hectares.\n\nNearby, the lake is the size of 70 football pitches."
    )
    comp = _at(analysis, "70 football pitches")
    assert figures_for(analysis.measurements, comp) is None


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The firm employs 2,800 staff in Wales. About 4,100 of them work nights.", "4,100",
         "2,800"),
        ("The hospital treated 640 patients.\n\nOf them, 710 were children.", "710", "640"),
        ("Inspectors surveyed 90 schools in the spring.\n\nIn 140 of the schools surveyed, roofs "
         "leaked.", "140", "90"),
        ("A total of 1,240 pupils sat the test. A reading club enrolled 600 pupils.\n\n"
         "Of the pupils who took the test, 1,420 passed.", "1,420", "1,240"),
    ],
)  # fmt: skip
def test_parts_link_to_their_wholes(analyse, text, part, whole):
    links = list(part_links(analyse(text).measurements))
    assert [(link.part.text, link.whole.text) for link in links] == [(part, whole)]
    assert links[0].why


def test_a_part_with_two_possible_wholes_is_not_linked(analyse):
    text = (
        "The trust runs 12 schools in Leeds and 30 schools in York.\n\n"
        "In 20 of the schools, heating failed."
    )
    assert list(part_links(analyse(text).measurements)) == []


def test_parts_that_exclude_each_other_form_one_list(analyse):
    analysis = analyse(
        "A total of 310 cabins were hit.\n\nOf those, 230 were flattened. A further 60 lost "
        "their roofs, and another 12 were moved."
    )
    [found] = list(part_lists(analysis.measurements))
    assert found.whole.text == "310"
    assert [m.text for m in found.parts] == ["230", "60", "12"]
    assert "a further" in found.why
    # parts that may overlap form no list
    overlap = analyse("Of the 300 calls, 190 were from tenants and 120 were also about rent.")
    assert list(part_lists(overlap.measurements)) == []


def test_answers_spread_over_paragraphs_form_one_list(analyse):
    analysis = analyse(
        "The survey drew 1,140 replies.\n\n"
        "Fifty-eight per cent said they supported a levy.\n\n"
        "Another 39 per cent were opposed.\n\n"
        "The remaining 12 per cent said they had not yet made up their minds."
    )
    [found] = list(exclusive_lists(analysis.measurements))
    assert [s.answer for s in found.shares] == ["for levy", "against", "the rest"]
    # "Fifty-eight" in words is exact; "39" is 38.5-39.5
    assert found.at_least == pytest.approx(58 + 38.5 + 11.5)
    assert "exclude each other" in found.why


def test_answers_that_may_overlap_form_no_list(analyse):
    analysis = analyse(
        "Growers could name up to three worries. Some 71 per cent chose costs, 54 per cent "
        "nominated a shortage of workers and 38 per cent pointed to poor roads."
    )
    assert list(exclusive_lists(analysis.measurements)) == []


def test_a_repeated_answer_starts_a_second_question(analyse):
    analysis = analyse(
        "In March, 52% of voters said they backed the plan and 40% were opposed.\n\n"
        "This month, 61% said they backed it."
    )
    lists = list(exclusive_lists(analysis.measurements))
    assert [[s.measurement.text for s in found.shares] for found in lists] == [["52%", "40%"]]


def test_measurements_are_built_once_per_analysis(analyse):
    analysis = analyse("The £2.4m scheme was approved.\n\nThe £4.2m scheme starts soon.")
    assert analysis.measurements is analysis.measurements


def test_a_compound_names_what_its_head_names_but_events_stay_classes():
    from newslint.measurements.table import same_key

    assert same_key("floodwater", "water")
    assert same_key("footbridge", "bridge")
    assert not same_key("park", "ark")  # a head of three letters is too short to trust
    assert not same_key("recapture", "capture", "event")
