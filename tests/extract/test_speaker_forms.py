"""Speaker forms the head noun alone misreads (``extract/speaker_forms.py``): a name closing a
long title, a press item owned by an outlet, one unnamed individual, an elided person."""

from __future__ import annotations

import pytest

from newslint.extract.quotes import quotes_in
from newslint.parse import parse

TITLED_NAMES = [
    (
        "Regional council member for transport and planning Thandiwe Mokoena said the pipes "
        "had failed.",
        "pipes",
    ),
    (
        "Provincial minister for health and social services Lerato Khumalo said the clinics "
        "would stay open.",
        "clinics",
    ),
    (
        "Deputy director for roads and bridges Ana Whitfield said the crossing was safe.",
        "crossing",
    ),
]


@pytest.mark.parametrize(("passage", "fragment"), TITLED_NAMES)
def test_a_name_closing_a_long_title_is_the_speaker(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


NOT_TITLED_NAMES = [
    ("Analysts at the broker Redmond Cole said the warning was serious.", "warning", "named"),
    ("A spokesman for the firm Marlow Haulage said drivers were safe.", "drivers", "named"),
    ("Figures obtained by the Westbury Courier showed waits had doubled.", "waits", "named"),
    ("A lawyer representing Mr Hale and Mr Booth said the pair denied it.", "denied", "named"),
    ("A source close to Mr Patel said the talks had stalled.", "stalled", "named"),
    ("Friends close to Ms Rahman said she would not stand again.", "stand again", "named"),
]


@pytest.mark.parametrize(("passage", "fragment", "not_type"), NOT_TITLED_NAMES)
def test_a_name_after_a_determiner_is_not_the_titled_speaker(
    speaker_of, passage, fragment, not_type
):
    speaker = speaker_of(passage, fragment)
    assert speaker is None or speaker.type != not_type


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("A Morning Ledger report on Monday said the chain would shut 40 stores.", "chain"),
        ("The Daily Telegraph's Sydney Confidential column reported the pair had split.", "pair"),
        ("An Evening Courier investigation found the council had overspent.", "overspent"),
    ],
)
def test_a_press_item_of_an_outlet_is_the_outlet(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "outlet"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("A report by the Grattan Institute said the scheme had failed.", "scheme"),
        ("The council's annual report said reserves had fallen.", "reserves"),
        ("A Treasury analysis found the tax would raise little.", "raise little"),
    ],
)
def test_a_report_of_a_body_stays_a_document_or_the_body(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type in {"document", "organization"}


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("A Dunedin pensioner said she had waited two hours in the cold.", "two hours"),
        ("One shopkeeper said trade had halved since the roadworks began.", "halved"),
        ("A local beekeeper said the hives had been poisoned.", "hives"),
    ],
)
def test_one_unnamed_person_is_anonymous(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "anonymous"


def test_a_person_noun_with_a_name_beside_it_stays_named(speaker_of):
    passage = "The pensioner, Mary Hollis, said she had waited two hours."
    assert speaker_of(passage, "two hours").type == "named"


def test_a_body_noun_after_a_is_not_an_unnamed_person(speaker_of):
    passage = "A Hamilton bakery said it would close on Sundays."
    assert speaker_of(passage, "Sundays").type != "anonymous"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (
            "One fan wrote that the ending was cruel. Another said the writers had lost the plot.",
            "lost the plot",
        ),
        (
            "Some commuters said the new timetable was worse. Others said it was an improvement.",
            "improvement",
        ),
        (
            "A neighbour said the fire started at dawn. A second said she heard an explosion.",
            "explosion",
        ),
    ],
)
def test_an_elided_person_is_one_of_the_people_just_mentioned(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "anonymous"


def test_an_elided_word_after_a_thing_is_not_a_person(speaker_of):
    passage = "One report found that waits had doubled. Another said the cost had risen by a third."
    assert speaker_of(passage, "cost had risen").type != "anonymous"


# -- an untagged quotation takes the speaker of the sentence before it ---------------------------


@pytest.mark.parametrize(
    ("passage", "fragment", "speaker"),
    [
        (
            'The mayor said the bypass had been a costly mistake. "We were promised fewer '
            'lorries and we got more of them."',
            "fewer lorries",
            "The mayor",
        ),
        (
            "Coach Dana Whitlock told reporters the side had lost its nerve in the final "
            'over. "We had the game won and we gave it away with two loose balls."',
            "loose balls",
            "Coach Dana Whitlock",
        ),
        (
            '"It was a spectacular result for the club," said Maria Ortega, a sports economist '
            "at the University of Leeds who has studied the finances of lower-league clubs "
            "since the 1990s. "
            '"They have cleared every debt they carried into the season."',
            "cleared every debt",
            "Maria Ortega",
        ),
    ],
)
def test_an_untagged_quotation_is_the_speaker_of_the_sentence_before(
    speaker_of, passage, fragment, speaker
):
    found = speaker_of(passage, fragment)
    assert found is not None and speaker in found.text


# -- a quotation that is its own paragraph continues the quotation that closed the one before -------


@pytest.mark.parametrize(
    ("passage", "fragment", "speaker"),
    [
        (
            '"The river came up faster than anyone had warned us," Ms Okafor said.\n\n'
            '"We lost the freezer, the sofa and every photograph of the children."',
            "every photograph",
            "Ms Okafor",
        ),
        (
            'Head coach Dean Harlow said: "We were second best for an hour."\n\n'
            '"The lads know that, and they will put it right at home next week."',
            "put it right",
            "Dean Harlow",
        ),
        (
            '"Nobody from the trust has written to us since March," said one parent.\n\n'
            '"We found out about the closure from a post on social media, of all places."',
            "social media",
            "one parent",
        ),
        (
            '"The budget gap is real and it is growing," the treasurer told the chamber on '
            'Tuesday.\n\n"Every department will have to find savings of at least four per cent."',
            "four per cent",
            "the treasurer",
        ),
    ],
)
def test_a_quotation_paragraph_continues_the_speaker_of_the_quotation_before(
    speaker_of, passage, fragment, speaker
):
    found = speaker_of(passage, fragment)
    assert found is not None and speaker in found.text


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (  # the paragraph before reports a clause, not a quotation
            "The council leader said the depot would close by the end of the year.\n\n"
            '"We were never asked what we thought about losing forty jobs in the town."',
            "forty jobs",
        ),
        (  # the paragraph before ends with the reporter's own sentence after the quotation
            '"We were second best," Harlow said. The club sits ninth in the table.\n\n'
            '"The lads know that, and they will put it right at home next week."',
            "put it right",
        ),
        (  # the quotation is followed by its own words in the paragraph
            '"The lads were flat," Harlow said.\n\n"We go again next week at home against '
            'the leaders," a defiant Mills added after training.',
            "the leaders",
        ),
    ],
)
def test_a_quotation_paragraph_after_other_words_does_not_take_the_last_speaker(
    speaker_of, passage, fragment
):
    found = speaker_of(passage, fragment)
    assert found is None or "Harlow" not in found.text


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (
            "The mayor said the bypass was a success, but residents said it had failed. "
            '"Nobody asked us what we wanted from the road in the first place."',
            "Nobody asked",
        ),
        (
            "The mayor said the bypass had been a costly mistake.\n\n"
            '"We were promised fewer lorries and we got more of them."',
            "fewer lorries",
        ),
        (
            "The bypass opened in 2019 at a cost of £40m. "
            '"We were promised fewer lorries and we got more of them."',
            "fewer lorries",
        ),
    ],
)
def test_an_untagged_quotation_after_two_speakers_or_none_stays_unattributed(
    speaker_of, passage, fragment
):
    assert speaker_of(passage, fragment) is None


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Fire and Emergency New Zealand said it had received 40 calls overnight.", "40 calls"),
        ("Roads and Maritime Services said the bridge would reopen on Friday.", "reopen"),
        ("SSEN Distribution said it had engineers on standby across the islands.", "standby"),
        ("Maha-Metro said the revision was needed to offset higher power costs.", "revision"),
    ],
)
def test_a_body_by_its_name_is_an_organisation(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "organization"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("The Mayor of London said the scheme would be extended.", "extended"),
        ("Tom Reed and Anna Cole said the deal was fair to both sides.", "fair"),
        ("Chief Executive of Tesco Ken Murphy said sales had risen.", "sales"),
    ],
)
def test_a_person_or_an_office_is_not_made_a_body_by_capitals(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type != "organization"


def test_a_notification_is_a_document(speaker_of):
    passage = "Fares will rise on Monday, according to a notification issued by the corporation."
    assert speaker_of(passage, "Fares").type == "document"


@pytest.mark.parametrize(
    ("passage", "fragment", "kind"),
    [
        (
            "One senior Labour MP, who did not want to be named, said the leader was finished.",
            "finished",
            "anonymous",
        ),
        ("A Tory MP, speaking anonymously, said the vote would be close.", "close", "anonymous"),
        ("The Greens said the plan did not go far enough.", "far enough", "organization"),
        ("The Democrats said the bill would fail in the Senate.", "fail", "organization"),
        ("A report in The Irish Times said the minister had resigned.", "resigned", "outlet"),
    ],
)
def test_initials_of_a_role_a_party_and_a_report_in_an_outlet(speaker_of, passage, fragment, kind):
    assert speaker_of(passage, fragment).type == kind


def test_a_demonym_is_still_one_person_described(speaker_of):
    passage = "Pieter de Vries won the stage.\n\nThe Dutchman said he was delighted."
    assert speaker_of(passage, "delighted").type != "organization"


@pytest.mark.parametrize(
    ("passage", "fragment", "kind"),
    [
        ("Transport for London (TfL) said replacement buses would run all week.", "buses",
         "organization"),
        ("Ferry operator Blue Harbour Lines said two sailings had been cancelled.", "sailings",
         "organization"),
        ("The local Member of the Scottish Parliament, Ross Finlay, said the line must stay.",
         "line must", "named"),
        ("Residents of Rotherham said the water had been brown for a week.", "brown",
         "anonymous"),
        ("Villagers from Ashby said the bridge had been shut since May.", "bridge", "anonymous"),
        ("Members of the Opposition said the payments had been delayed.", "payments",
         "anonymous"),
        ("Supporters of Hibernian said ticket prices were too high.", "ticket", "anonymous"),
        ("Several growers at a meeting in Mildura said the plan would ruin them.", "ruin",
         "anonymous"),
        ("Modelling commissioned by the alliance found the cuts could cost 900 jobs.", "900",
         "document"),
    ],
)  # fmt: skip
def test_bodies_people_of_a_place_counted_people_and_analyses(speaker_of, passage, fragment, kind):
    assert speaker_of(passage, fragment).type == kind


@pytest.mark.parametrize(
    ("passage", "fragment", "kind"),
    [
        ("Analysts at Fenwick Hale said the warning was serious.", "warning", "organization"),
        ("Met Office meteorologist Greg Dewhurst said the heat would last.", "heat", "named"),
        ("Hotel owner Mairi MacLeod said bookings had collapsed.", "bookings", "named"),
    ],
)
def test_people_of_a_named_body_and_a_person_after_a_role_keep_their_type(
    speaker_of, passage, fragment, kind
):
    assert speaker_of(passage, fragment).type == kind


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Shares rose after Business Standard reported that the firm had hired bankers.", "hired"),
        ("Clarion Sport understands that the chairman argued with the referee.", "argued"),
        ("The Westbury Courier revealed that the council had overspent.", "overspent"),
    ],
)
def test_a_newspaper_name_publishing_is_an_outlet(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "outlet"


@pytest.mark.parametrize(
    ("passage", "fragment", "name"),
    [
        ("Metro News understands the manager will leave at the end of the season.", "manager",
         "Metro News"),
        ("KTV News reported that the bridge would stay shut until spring.", "bridge", "KTV News"),
        ("FinWire reported on Monday that the bank had hired advisers.", "advisers", "FinWire"),
        ("Racingmail understands the trainer has been fined.", "trainer", "Racingmail"),
        ("The Gleaner on Sunday reported that the minister had been warned.", "warned",
         "Gleaner"),
        ("The Westbury Times’s Diary Confidential column reported that the pair had split.",
         "pair", "Westbury Times"),
        ("A local news site reported that the mayor would resign.", "mayor", None),
        ("The island's news agency understands the ferry will be sold.", "ferry", None),
    ],
)  # fmt: skip
def test_an_outlet_known_by_the_shape_of_its_name(speaker_of, passage, fragment, name):
    """A paper's name ending in the kind of paper it is ("Metro News"), written as one word
    ("FinWire"), a title word after "The" the tagger took for a person, a column of a named
    paper, a service whose trade is news: the press as a source."""
    speaker = speaker_of(passage, fragment)
    assert speaker.type == "outlet"
    if name is not None:
        assert name in (speaker.canonical or speaker.text)


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Pat Wire reported that the vote had been delayed.", "vote"),
        ("Rosewire said that the plan was flawed.", "plan"),
        ("Officials told a news conference that the plan was flawed.", "plan"),
        ("Standard Post Holdings reported that profits had risen by a tenth.", "profits"),
    ],
)
def test_a_person_or_company_with_a_press_word_is_no_outlet(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type != "outlet"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Standard Chartered reported that profits had risen by a tenth.", "profits"),
        ("Express Scripts reported that drug costs had risen.", "drug costs"),
        ("Star Energy said that output had fallen.", "output"),
    ],
)
def test_a_company_whose_name_holds_a_newspaper_word_is_no_outlet(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type != "outlet"


# -- a document's finding given as a figure --------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("A condition survey carried out in May found more than 60 defects on the bridge.", "60"),
        ("The audit found 40 breaches of the spending rules.", "40 breaches"),
        ("The review found 12 failings in the maternity unit.", "12 failings"),
    ],
)
def test_a_document_finding_a_figure_is_its_claim(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "document"


@pytest.mark.parametrize(
    "passage",
    [
        "Police found 200 cannabis plants at the address.",
        "Divers found two bodies in the lake on Sunday.",
        "Volunteers found 30 nests along the dunes.",
    ],
)
def test_people_finding_things_is_an_act(nlp, passage):
    doc = parse(nlp, passage, "full")
    assert quotes_in(doc, [(0, len(passage))]) == []


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ('"We are devastated and ask for privacy," read a statement from the family.', "privacy"),
        ('"Stay calm, nobody will get hurt," read the note handed to the cashier.', "Stay calm"),
        ('"He was the best of us," read a message on the club\'s website.', "best of us"),
    ],
)
def test_a_document_after_read_in_a_tag_is_the_speaker(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "document"


def test_a_sign_that_reads_a_short_phrase_is_no_quote(nlp):
    passage = '"No entry," read the sign on the gate.'
    doc = parse(nlp, passage, "full")
    assert quotes_in(doc, [(0, len(passage))]) == []


# -- a reported clause goes on past a quotation's closing mark ------------------------------------


@pytest.mark.parametrize(
    ("passage", "tail"),
    [
        (
            'The singer\'s manager said she was "resting at home" and would not be touring '
            "this summer.",
            "touring this summer",
        ),
        (
            'The trust said it was "deeply sorry" and was reviewing every case from that year.',
            "reviewing every case",
        ),
        (
            'The coach said the result was "unacceptable" and could cost the club its place.',
            "cost the club",
        ),
    ],
)
def test_a_reported_clause_runs_on_after_a_quotation(speaker_of, nlp, passage, tail):
    doc = parse(nlp, passage, "full")
    quotes = quotes_in(doc, [(0, len(passage))])
    assert any(tail in q.text for q in quotes), [q.text for q in quotes]


@pytest.mark.parametrize(
    ("passage", "tail"),
    [
        (
            'The minister said the plan was "a disaster" and added that it would be scrapped.',
            "added",
        ),
        ('The agent said he was "focused on football" and declined further questions.', "declined"),
    ],
)
def test_a_verb_with_its_own_subject_or_cue_is_not_run_on(nlp, passage, tail):
    doc = parse(nlp, passage, "full")
    quotes = quotes_in(doc, [(0, len(passage))])
    said = [q for q in quotes if q.cue == "said"]
    assert said and tail not in said[0].text


# -- a directive's infinitive read as a purpose; a "that" clause hung on a circumstance --------


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("BC Ferries is urging travellers without reservations to consider sailing on Sunday.",
         "consider sailing"),
        ("The council asked residents in flood-hit streets to boil their water.", "boil"),
        ("Pryce had insisted after Saturday's defeat that he had no intention of leaving.",
         "no intention"),
        ("The manager said after the game that the referee had been poor.", "referee"),
    ],
)  # fmt: skip
def test_a_directive_infinitive_and_a_clause_after_a_circumstance_are_said(
    speaker_of, passage, fragment
):
    assert speaker_of(passage, fragment) is not None


@pytest.mark.parametrize(
    "passage",
    [
        "She worked with the charity to raise money for the hospice.",
        "Volunteers cleared the beach after the storm that hit the coast on Monday.",
        "The club hired a coach to improve the defence.",
    ],
)
def test_a_purpose_or_a_relative_clause_on_a_circumstance_is_not_said(nlp, passage):
    doc = parse(nlp, passage, "full")
    assert quotes_in(doc, [(0, len(passage))]) == []


def test_a_directive_that_is_an_act_of_management_is_not_speech(nlp):
    passage = "A former manager at the mill directed a haulage firm to pay the inspector."
    doc = parse(nlp, passage, "full")
    assert quotes_in(doc, [(0, len(passage))]) == []


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("The remaining members of Slowdive said they hoped he would find peace.", "peace"),
        ("A second farmer, Tomas Reyes, said the river had burst its banks.", "river"),
    ],
)
def test_the_members_of_a_named_body_or_a_person_named_beside_are_not_anonymous(
    speaker_of, passage, fragment
):
    assert speaker_of(passage, fragment).type != "anonymous"


# -- names on the line between a person and a body ------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Devon and Cornwall Police said the road would stay shut overnight.", "stay shut"),
        ("Avon and Somerset Constabulary said two men had been arrested.", "two men"),
        ("Bedfordshire and Luton Fire Service said crews were called at 4am.", "crews"),
        ("Thames Water said the leak had been fixed by Tuesday evening.", "leak"),
        ("Stena Line said its evening sailing would leave two hours late.", "sailing"),
        ("Rand Water said supply to the eastern suburbs would resume by noon.", "supply"),
    ],
)
def test_a_body_named_like_a_person_is_an_organisation(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "organization"


@pytest.mark.parametrize(
    ("passage", "fragment", "name"),
    [
        (
            "Naledi Mokoena, chairperson of the Gauteng Small Business Forum, warned that "
            "traders would not survive.",
            "traders",
            "Naledi Mokoena",
        ),
        (
            "Obiageli Nwachukwu, chairperson of the Lagos Traders Association, said prices had "
            "doubled.",
            "prices",
            "Obiageli Nwachukwu",
        ),
    ],
)
def test_a_name_beside_a_chair_is_a_person(speaker_of, passage, fragment, name):
    found = speaker_of(passage, fragment)
    assert (found.type, found.canonical) == ("named", name)


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (
            "The opener batted for most of the day.\n\nSpeaking after stumps, Kasaragod said "
            "he had worked on his footwork all winter.",
            "footwork",
        ),
        ("Tovell said she would not stand again at the next election.", "stand again"),
    ],
)
def test_a_lone_name_that_speaks_of_itself_as_he_or_she_is_a_person(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("Transnet said it would restore the line by Friday.", "restore"),
        ("Ofwat said the company had missed its targets.", "targets"),
    ],
)
def test_a_lone_name_that_speaks_of_itself_as_it_stays_a_body(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "organization"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (
            "Power cuts to last into the weekend\n\nThe outages hit the Vantor grid on "
            "Monday.\n\nVantor said it would publish a new schedule on Friday.",
            "new schedule",
        ),
        (
            "Customers of Quorvel complained for a week.\n\nQuorvel said the fault had been "
            "found in a substation.",
            "substation",
        ),
    ],
)
def test_a_name_opening_its_sentence_and_written_elsewhere_is_a_name(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "organization"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ('"It was the least bad outcome," said Mr. Dunmore of the Sierra Club.', "least bad"),
        (
            '"The town will never be the same," said the Rev. Amos Kettering, of Grace Memorial '
            "Baptist Church.",
            "never be the same",
        ),
    ],
)
def test_a_person_of_a_body_stays_a_person(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


@pytest.mark.parametrize(
    ("passage", "fragment", "name"),
    [
        (
            "US entertainment site ScreenBeat reported that the actor had signed on.",
            "signed on",
            "ScreenBeat",
        ),
        (
            "Brazilian newspaper O Tempo Esportivo reported that the winger had agreed terms.",
            "agreed terms",
            "O Tempo Esportivo",
        ),
        ("Kenyan daily The Standard reported that the tender had been cancelled.", "tender", None),
        (
            "Findings by our correspondent showed that pumps sold petrol above the price.",
            "pumps",
            None,
        ),
    ],
)
def test_an_outlet_introduced_by_its_kind(speaker_of, passage, fragment, name):
    found = speaker_of(passage, fragment)
    assert found.type == "outlet"
    assert name is None or found.canonical == name


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("The site manager, Joe Balfour, said the crane had been inspected.", "crane"),
        ("Newspaper seller Amos Otieno said sales had halved since March.", "halved"),
    ],
)
def test_a_person_beside_an_outlet_word_is_no_outlet(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "named"


def test_a_piece_by_the_outlet_itself_stays_a_document(speaker_of):
    passage = "A six-week investigation by this newspaper found that inspections were skipped."
    assert speaker_of(passage, "inspections").type == "document"


# -- a lead's unnamed person named later by the same noun as a title --------------------------------


@pytest.mark.parametrize(
    ("passage", "fragment", "name"),
    [
        (
            "Ferry fares to rise again\n\nA Stornoway fish merchant says the new fares will "
            "cost him £4,000 a year.\n\nThe council approved the rise on Tuesday.\n\n"
            "Fish merchant Calum Macrae said he would pass the cost on to customers.",
            "£4,000 a year",
            "Calum Macrae",
        ),
        (
            "Queues return at pumps\n\nQueues returned on Monday, with a taxi driver in Kano "
            "saying he had waited five hours.\n\nThe driver, Mr Musa Bello, told our reporter "
            "that he joined the queue at dawn.",
            "waited five hours",
            "Musa Bello",
        ),
        (
            "Rates blow for savers\n\nA building society chairman described the cut as "
            '"a blow to savers".\n\nNationwide Mutual chairman Gareth Pryce said rates '
            "would fall again.",
            "blow to savers",
            "Gareth Pryce",
        ),
    ],
)
def test_a_lead_person_named_later_by_the_same_noun(speaker_of, passage, fragment, name):
    found = speaker_of(passage, fragment)
    assert (found.type, found.canonical) == ("named", name)


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (  # two people hold the title later: which one is not said
            "Ferry fares to rise again\n\nA Stornoway fish merchant says the new fares will "
            "cost him £4,000 a year.\n\nFish merchant Calum Macrae said he would pass the cost "
            "on. Fish merchant Iain Morrison said he would not.",
            "£4,000 a year",
        ),
        (  # a different noun
            "Queues return at pumps\n\nQueues returned on Monday, with a taxi driver in Kano "
            "saying he had waited five hours.\n\nFilling station manager Musa Bello said "
            "supply would improve.",
            "waited five hours",
        ),
    ],
)
def test_a_lead_person_stays_unnamed_without_one_later_namesake(speaker_of, passage, fragment):
    assert speaker_of(passage, fragment).type == "anonymous"


@pytest.mark.parametrize(
    ("passage", "fragment", "kind"),
    [
        ("Fish merchant Calum Macrae said he would pass the cost on.", "cost on", "named"),
        ("Barista Tendai Moyo said the queue had reached the door.", "queue", "named"),
        ("Vet nurse Aoife Brennan said the dog was recovering well.", "recovering", "named"),
        ("Bus operator Ashcombe Connect said fares would rise in May.", "fares", "organization"),
        (
            "Housing provider Clarion Homes said repairs would start soon.",
            "repairs",
            "organization",
        ),
    ],
)
def test_a_name_after_a_noun_of_a_person_is_a_person(speaker_of, passage, fragment, kind):
    assert speaker_of(passage, fragment).type == kind
