"""Quotes, cues and speakers on passages written for newslint (one form per case)."""

from __future__ import annotations

import pytest

from newslint.analysis import split_paragraphs
from newslint.extract.quotes import quotation_marks


def one(quotes, fragment: str, cue: str | None = None):
    """The quote whose text holds ``fragment`` (reported with ``cue``, when given)."""
    found = [q for q in quotes if fragment in q.text and (cue is None or q.cue == cue)]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in quotes]}"
    return found[0]


# (passage, a fragment of the quote, speaker as written, type, canonical, direct, cue)
CASES = [
    # direct quotes, tag after
    (
        '"We will rebuild the bridge by spring," said Mayor Ana Torres.',
        "rebuild the bridge",
        "Mayor Ana Torres",
        "named",
        "Ana Torres",
        True,
        "said",
    ),
    (
        "“The water is safe to drink,” the health minister said.",
        "safe to drink",
        "the health minister",
        "named",  # the holder of one office is identified, not anonymous
        None,
        True,
        "said",
    ),
    (
        '"Nobody told us anything," a resident of the estate said on Monday.',
        "Nobody told us",
        "a resident of the estate",
        "anonymous",
        None,
        True,
        "said",
    ),
    # tag before, with a colon or comma
    (
        "Justin Bronk of the Royal United Services Institute told the BBC: “This is a rout.”",
        "This is a rout",
        "Justin Bronk of the Royal United Services Institute",
        "named",
        "Justin Bronk",
        True,
        "told",
    ),
    (
        'The coach, Mary Lowe, said: "We were second best all afternoon."',
        "second best",
        "The coach, Mary Lowe",
        "named",
        "Mary Lowe",
        True,
        "said",
    ),
    # indirect speech
    (
        "One US official said the advance had taken Washington by surprise.",
        "taken Washington by surprise",
        "One US official",
        "anonymous",
        None,
        False,
        "said",
    ),
    (
        "Ukrainian military intelligence chiefs claimed that the convoy had been destroyed.",
        "convoy had been destroyed",
        "Ukrainian military intelligence chiefs",
        "anonymous",
        None,
        False,
        "claimed",
    ),
    (
        "Dr Priya Nair warned that the clinic could close within a year.",
        "clinic could close",
        "Dr Priya Nair",
        "named",
        "Priya Nair",
        False,
        "warned",
    ),
    (
        "Local farmers insisted the river had never flooded so early in the year.",
        "river had never flooded",
        "Local farmers",
        "anonymous",
        None,
        False,
        "insisted",
    ),
    (
        "Tom Reeve told reporters he would not stand again.",
        "would not stand again",
        "Tom Reeve",
        "named",
        "Tom Reeve",
        False,
        "told",
    ),
    # "..., X said."
    (
        "The factory will shut in March, the company said.",
        "factory will shut",
        "the company",
        "organization",
        None,
        False,
        "said",
    ),
    (
        "Talks will resume next week, a senior diplomat said.",
        "Talks will resume",
        "a senior diplomat",
        "anonymous",
        None,
        False,
        "said",
    ),
    # according to
    (
        "According to the Ministry of Defence, the brigade has withdrawn to the river.",
        "brigade has withdrawn",
        "the Ministry of Defence",
        "organization",
        "Ministry of Defence",
        False,
        "According to",
    ),
    (
        "The bridge cost twice the estimate, according to a report by the city auditor.",
        "bridge cost twice",
        "a report by the city auditor",
        "document",
        None,
        False,
        "according to",
    ),
    # in a statement
    (
        "In a statement, the ministry said the figures were provisional.",
        "figures were provisional",
        "the ministry",
        "organization",
        None,
        False,
        "said",
    ),
    # spokesperson of someone named
    (
        "Mr Okafor's spokesman said the minister had done nothing wrong.",
        "done nothing wrong",
        "Mr Okafor's spokesman",
        "organization",
        "Okafor",
        False,
        "said",
    ),
    (
        "A Kremlin spokesman said the talks were over.",
        "talks were over",
        "A Kremlin spokesman",
        "organization",
        "Kremlin",
        False,
        "said",
    ),
    (
        "A spokesman said the matter was closed.",
        "matter was closed",
        "A spokesman",
        "organization",  # a spokesperson speaks on the record for a body
        None,
        False,
        "said",
    ),
    # sources close to
    (
        "Sources close to the chancellor say she will not resign.",
        "will not resign",
        "Sources close to the chancellor",
        "anonymous",
        None,
        False,
        "say",
    ),
    # documents and outlets
    (
        "A study published on Tuesday found that sea ice is thinning faster than expected.",
        "sea ice is thinning",
        "A study published on Tuesday",
        "document",
        None,
        False,
        "found",
    ),
    (
        "The latest poll shows that support for the plan has fallen.",
        "support for the plan has fallen",
        "The latest poll",
        "document",
        None,
        False,
        "shows",
    ),
    (
        "The Post has learned that the contract was never signed.",
        "contract was never signed",
        "The Post",
        "outlet",
        "Post",
        False,
        "has learned",
    ),
    # organizations by name
    (
        "Greenpeace said the spill was the worst on that coast in decades.",
        "spill was the worst",
        "Greenpeace",
        "organization",
        "Greenpeace",
        False,
        "said",
    ),
    (
        "Police said two men had been arrested near the station.",
        "two men had been arrested",
        "Police",
        "organization",
        None,
        False,
        "said",
    ),
    # verbs beyond "say" and their claims
    (
        "The union vowed to continue the strike until pay is restored.",
        "continue the strike",
        "The union",
        "organization",
        None,
        False,
        "vowed",
    ),
    (
        "The opposition leader, Karl Hesse, denied any wrongdoing.",
        "any wrongdoing",
        "The opposition leader, Karl Hesse",
        "named",
        "Karl Hesse",
        False,
        "denied",
    ),
    (
        "Ms Duarte pointed out that the budget had already been cut twice.",
        "budget had already been cut",
        "Ms Duarte",
        "named",
        "Duarte",
        False,
        "pointed out",
    ),
    (
        "Residents complained that the buses never come on time.",
        "buses never come",
        "Residents",
        "anonymous",
        None,
        False,
        "complained",
    ),
    # noun cue
    (
        "Ms Ferreira's claim that the school was overcrowded was disputed by the council.",
        "school was overcrowded",
        "Ms Ferreira's",
        "named",
        "Ferreira",
        False,
        "claim",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_attribution(extract, case):
    passage, fragment, speaker, kind, canonical, direct, cue = case
    quote = one(extract(passage), fragment, cue)
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert passage[quote.speaker.start : quote.speaker.end] == speaker
    assert quote.speaker.type == kind
    assert quote.speaker.canonical == canonical
    assert quote.direct is direct
    assert quote.cue == cue
    assert passage[quote.cue_start : quote.cue_end] == cue
    assert passage[quote.start : quote.end].startswith(quote.text[:10])


# pronoun speakers resolve to the nearest person named before them
PRONOUNS = [
    (
        'Anna Kowalska led the inquiry for two years.\n\n"We found nothing," she said.',
        "We found nothing",
        "Anna Kowalska",
    ),
    (
        "President Volodymyr Zelensky visited the front on Monday. He said the army would not "
        "stop.",
        "army would not stop",
        "Volodymyr Zelensky",
    ),
    (
        "Gordon Pike spoke first. Then Ruth Adler took the stage.\n\n"
        '"It is time to vote," she said.',
        "time to vote",
        "Ruth Adler",
    ),
    (
        "Mr Okonjo arrived late. He told the committee that the accounts were complete.",
        "accounts were complete",
        "Okonjo",
    ),
    (
        "Lena Brandt, the striker, scored twice. Later she said the team deserved more.",
        "team deserved more",
        "Lena Brandt",
    ),
]


@pytest.mark.parametrize("case", PRONOUNS, ids=[c[1] for c in PRONOUNS])
def test_pronoun_speaker_is_resolved(extract, case):
    passage, fragment, person = case
    quote = one(extract(passage), fragment)
    assert quote.speaker.type == "named"
    assert quote.speaker.canonical == person
    assert quote.speaker.text.lower() in {"he", "she"}


def test_unresolvable_pronoun_stays_unknown(extract):
    quote = one(extract('"We are ready," he said.'), "We are ready")
    assert quote.speaker.text == "he"
    assert quote.speaker.type == "unknown"
    assert quote.speaker.canonical is None


def test_mentions_of_one_person_share_a_canonical_name(extract):
    text = (
        "President Volodymyr Zelensky said the offensive had begun.\n\n"
        "Mr Zelensky added that more weapons were needed.\n\n"
        'The president said: "We will not give up one village."\n\n'
        "Zelensky told reporters the losses were heavy."
    )
    quotes = extract(text)
    assert len(quotes) == 4
    assert {q.speaker.canonical for q in quotes} == {"Volodymyr Zelensky"}
    assert all(q.speaker.type == "named" for q in quotes)


def test_split_quote_is_one_quote_in_two_parts(extract):
    text = '"We hoped for a draw," the manager said, "but the second goal killed us."'
    quotes = extract(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert len(q.parts) == 2
    assert q.text == '"We hoped for a draw," "but the second goal killed us."'
    assert q.speaker.text == "the manager"
    assert q.start == 0 and q.end == len(text)


def test_quote_after_tagged_quote_continues_it(extract):
    text = '"The line held," the colonel said. "We lost no ground at all overnight."'
    quotes = extract(text)
    assert len(quotes) == 1
    assert "lost no ground" in quotes[0].text and "line held" in quotes[0].text


def test_multi_paragraph_quote(extract):
    text = (
        'Sara Lind said: "The first winter was the hardest. We had no heating at all.\n\n'
        '"By the second winter the neighbours had helped us fix the boiler."\n\n'
        "The family moved in 2019."
    )
    quotes = extract(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert "hardest" in q.text and "fix the boiler" in q.text
    assert len(q.parts) == 2
    assert q.speaker.canonical == "Sara Lind"
    assert "moved in 2019" not in q.text


def test_quotation_marks_pair_across_paragraphs_only_with_an_opening_mark():
    text = '"One.\n\n"Two."\n\nThree "four" five.'
    paragraphs = [(p.start, p.end) for p in split_paragraphs(text)]
    marked = quotation_marks(text, paragraphs)
    assert [(text[m.start : m.end], len(m.parts)) for m in marked] == [
        ('"One.\n\n"Two."', 2),
        ('"four"', 1),
    ]


def test_unbalanced_mark_ends_with_its_paragraph(extract):
    text = (
        'The mayor said: "We will not close the library.\n\n'
        "The council voted on Tuesday to cut its budget by a third.\n\n"
        "A spokesman for the council said the vote was final."
    )
    quotes = extract(text)
    mayor = one(quotes, "close the library")
    assert "council voted" not in mayor.text
    council = one(quotes, "vote was final")
    assert council.speaker.text == "A spokesman for the council"
    assert council.speaker.type == "organization"


def test_stray_closing_mark_does_not_crash(extract):
    text = "The budget was cut.” Officials said the cuts were temporary."
    quote = one(extract(text), "cuts were temporary")
    assert quote.speaker.text == "Officials"
    assert quote.speaker.type == "anonymous"


def test_unclosed_straight_mark_at_the_end(extract):
    text = 'Ministers met on Friday. One said "this cannot go on'
    quotes = extract(text)
    assert all(q.end <= len(text) for q in quotes)


def test_quote_inside_quote(extract):
    text = "“My father always said ‘never sell the farm’,” Ellen Marsh said."
    quote = one(extract(text), "never sell the farm")
    assert quote.direct
    assert quote.speaker.canonical == "Ellen Marsh"
    assert quote.text.startswith("“My father")


def test_partial_quote_inside_indirect_speech(extract):
    text = 'The senator said the bill was "a disgrace" and would be repealed.'
    quote = one(extract(text), "would be repealed")
    assert not quote.direct
    assert "a disgrace" in quote.text


def test_headline_quote(extract):
    text = "'We will retake every town', says Zelensky\n\nThe president spoke in Kyiv on Monday."
    quote = one(extract(text), "retake every town")
    assert quote.direct
    assert quote.speaker.text == "Zelensky"
    assert quote.speaker.type == "named"


def test_headline_colon_attribution(extract):
    text = "Mayor Torres: Bridge will reopen by spring\n\nWork resumed on Monday."
    quote = one(extract(text), "Bridge will reopen")
    assert quote.speaker.text == "Mayor Torres"
    assert quote.cue == ":"


def test_inverted_tag(extract):
    quote = one(extract("“It is a good school,” said Hester."), "good school")
    assert quote.speaker.text == "Hester"
    assert quote.speaker.type == "named"


def test_scare_quotes_are_not_quotes(extract):
    text = 'The so-called "smart" meters were installed in 4,000 homes last year.'
    assert extract(text) == []


NOTHING = [
    "The river rose by two metres overnight and the road was closed.",
    "Ticket prices went up by 12% in January.",
    "The museum reopened on Saturday after a two-year refit.",
    "Heavy snow is expected in the north on Thursday.",
    "The club was founded in 1887 and has never been relegated.",
    "Workers repaired the roof while the school was closed for the summer.",
    "She bought a house near the coast and moved there with her children.",
    "The report was published in March.",
]


@pytest.mark.parametrize("passage", NOTHING, ids=[p[:30] for p in NOTHING])
def test_sentences_without_attribution_yield_nothing(extract, passage):
    assert extract(passage) == []


def test_long_untagged_quote_is_listed_without_speaker(extract):
    text = 'The meeting ran late.\n\n"Nobody in this room wants another winter like the last one."'
    quote = one(extract(text), "Nobody in this room")
    assert quote.direct and quote.speaker is None and quote.cue is None


def test_empty_text(extract):
    assert extract("") == []


def test_spans_are_offsets_of_the_text(extract):
    text = (
        "Ben Wallace, the defence secretary, said on Tuesday that the troops would return.\n\n"
        '"They have done their job," he said.'
    )
    quotes = extract(text)
    assert len(quotes) == 2  # without it, an empty result would pass the loop below
    for q in quotes:
        assert q.speaker is not None
        assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        assert text[q.cue_start : q.cue_end] == q.cue
        assert q.text.split()[0] in text[q.start : q.end]


def test_a_relative_pronoun_is_never_the_speaker_its_antecedent_is(extract):
    text = "The plan was backed by Ana Torres, who said it would save money."
    quote = one(extract(text), "save money")
    assert quote.speaker.text == "Ana Torres"
    assert text[quote.speaker.start : quote.speaker.end] == "Ana Torres"
    assert quote.speaker.type == "named" and quote.speaker.canonical == "Ana Torres"


def test_who_is_the_person_even_when_the_parser_hangs_it_on_a_thing(extract):
    text = (
        "The shooting has become a flashpoint for protesters here, who have marched in the "
        "streets and called for the recording to be released."
    )
    quote = one(extract(text), "recording to be released")
    assert quote.speaker.text == "protesters here"


def test_a_relative_clause_set_off_by_dashes_is_not_a_tag(extract):
    text = (
        "Harlow released a list of backers from 40 former judges and prosecutors -- most "
        "of whom had already declared their support -- who cited his record as attorney "
        "general."
    )
    quotes = extract(text)
    assert not [q for q in quotes if q.text.startswith("Harlow released")]


def test_what_the_object_of_a_position_says_is_its_own(extract):
    quotes = extract("Mendez endorses Okafor, who says he is delighted.")
    assert one(quotes, "he is delighted").speaker.text == "Okafor"
    assert one(quotes, "Okafor").text == "Okafor"


def test_a_quotation_after_a_long_tag_sentence_continues_the_quote(extract):
    text = (
        '"I see no urgency to move quickly," Harmon said in remarks prepared for delivery at an '
        'economics conference in Charlotte, North Carolina. "The labor market is in good shape '
        'and the last mile on inflation is the hardest."'
    )
    quote = one(extract(text), "last mile")
    assert quote.speaker.text == "Harmon" and len(quote.parts) == 2


@pytest.mark.parametrize(
    "headline",
    [
        "'I thought he was gone' - fisherman dives into estuary to save spaniel",
        "'We left with the clothes on our backs': evacuees wait for news",
    ],
)
def test_a_headline_quotation_is_the_words_of_who_says_them_below(extract, headline):
    text = (
        f"{headline}\n\nGary Maddox, 52, dived in.\n\n"
        '"We left with the clothes on our backs," Maddox said. "I honestly thought he was gone."'
    )
    quotes = extract(text)
    first = quotes[0]
    assert first.start < len(headline) and first.speaker.text == "Maddox"


@pytest.mark.parametrize(
    "headline",
    [
        "'Our bowling cost us dearly tonight': defeat leaves Rovers bottom",
        "'Our bowling cost us dearly tonight' - Rovers slump to fourth loss",
        "Cup final: 'Our bowling cost us dearly tonight'",
        "'Our bowling cost us dearly tonight': Rovers after defeat",
        "'Our bowling cost us dearly tonight': Harbour Park review",
    ],
)
def test_a_headline_quotation_nobody_says_below_has_no_speaker(extract, headline):
    """Framed by a clause, a topic or a team's name, the words are nobody's we can name."""
    text = f'{headline}\n\n"We lost the game in the last two overs," the coach said.'
    assert all(q.speaker is None for q in extract(text) if q.start < len(headline))


@pytest.mark.parametrize(
    ("headline", "speaker", "kind"),
    [
        ("'Our bowling cost us dearly tonight': coach after defeat", "coach", "named"),
        ("\u2018We simply ran out of road\u2019: Harbour captain Ana Silva on the cup exit",
         "Harbour captain Ana Silva", "named"),
        ("'We simply ran out of road' \u2013 Rovers boss after cup exit", "Rovers boss", "named"),
        ("Rovers skipper Okoye: 'We simply ran out of road' over cup exit", "Rovers skipper Okoye",
         "named"),
        ("'Nobody told us anything': stranded passenger on the ferry chaos",
         "stranded passenger", "anonymous"),
    ],
)  # fmt: skip
def test_a_headline_frames_its_quotation_with_the_speaker(extract, headline, speaker, kind):
    """ "'...': coach after defeat", "Skipper X: '...'": a headline's noun phrase for a person
    beside its quotation, with no verb, is who said it when no quote below holds the words."""
    text = f"{headline}\n\nThe side lost by four wickets on Sunday."
    quotes = [q for q in extract(text) if q.start < len(headline)]
    assert len(quotes) == 1 and quotes[0].direct
    assert (quotes[0].speaker.text, quotes[0].speaker.type) == (speaker, kind)


def test_a_headline_name_the_tagger_missed_is_the_speaker_when_the_body_uses_it(extract):
    headline = "\u2018I wrote the last chapter in a car park\u2019: Ilse Varga on her first novel"
    text = f"{headline}\n\nVarga, 41, spent nine years on the book. Harbour Park is her setting."
    quotes = [q for q in extract(text) if q.start < len(headline)]
    assert [(q.speaker.text, q.speaker.type) for q in quotes] == [("Ilse Varga", "named")]


def test_some_of_whom_speak_for_the_noun_before_them(extract):
    text = (
        "Okafor unveiled a roster of backers from 60 retired captains and colonels -- many "
        "of whom had earlier announced their support -- who praised his years.\n\n"
        "The officials, most of whom asked not to be named, said the deal was close."
    )
    quotes = extract(text)
    support = [q for q in quotes if q.text == "their support"]
    assert [q.speaker.text for q in support] == ["60 retired captains and colonels"]
    assert one(quotes, "deal was close").speaker.text == "The officials"


def test_a_quote_running_on_in_one_paragraph_holds_no_cue(extract):
    text = (
        '"I thought we did enough to take the points. "We controlled it after half-time, the '
        'lads showed a great reaction. "But for their goalkeeper we might have won by four," '
        "said the coach."
    )
    quotes = extract(text)
    assert [q.speaker.text for q in quotes] == ["the coach"]
    assert len(quotes[0].parts) == 3


def test_colon_tag_introduces_the_next_paragraph(extract):
    text = 'Ana Torres wrote:\n\n"The first winter was the hardest one we have ever had here."'
    quote = one(extract(text), "first winter")
    assert quote.direct and quote.speaker.canonical == "Ana Torres"


def test_passive_report_has_a_cue_but_no_speaker(extract):
    quote = one(extract("It was reported that the mine would close in June."), "mine would close")
    assert quote.cue == "was reported"
    assert quote.speaker is None and not quote.direct


def test_pronoun_skips_a_person_of_the_other_gender(extract):
    text = (
        "Mr Adeyemi chaired the meeting. Ms Kovac presented the figures.\n\n"
        '"The budget is balanced," he said.'
    )
    quote = one(extract(text), "budget is balanced")
    assert quote.speaker.canonical == "Adeyemi"


# positions carried by a noun, a gerund or a role: (passage, fragment of the claim, speaker, cue)
STANCES = [
    (
        "The union voiced concern that the new rota would exhaust the nurses.",
        "new rota would exhaust",
        "The union",
        "voiced concern",
    ),
    (
        "Her hope that the ferry would run again was dashed by the storm.",
        "ferry would run again",
        "Her",
        "hope",
    ),
    (
        "The senator opened the hearing by saying that the budget was far too small.",
        "budget was far too small",
        "The senator",
        "saying",
    ),
    (
        "The Green candidate disparaged the bypass as a road to nowhere.",
        "a road to nowhere",
        "The Green candidate",
        "disparaged",
    ),
    (
        "The head teacher is worried about the cost of the new heating system.",
        "cost of the new heating",
        "The head teacher",
        "is worried",
    ),
]


@pytest.mark.parametrize("case", STANCES, ids=[c[3] for c in STANCES])
def test_stance_claim_and_its_holder(extract, case):
    passage, fragment, speaker, cue = case
    quote = one(extract(passage), fragment, cue)
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert passage[quote.cue_start : quote.cue_end] == cue


# the subject of these is the target or the thing, not a holder of a view
NO_HOLDER = [
    ("The mayor faced criticism over the closure of the library.", "The mayor"),
    ("The new bridge was critical to the town's recovery.", "The new bridge"),
    ("The council drew questions about the parking fines.", "The council"),
]


@pytest.mark.parametrize("case", NO_HOLDER, ids=[c[1] for c in NO_HOLDER])
def test_targets_are_not_holders(extract, case):
    passage, subject = case
    assert not [q for q in extract(passage) if q.speaker and q.speaker.text == subject]


def test_passive_judgement_with_no_source(extract):
    text = "The new stadium has been widely criticised for its cost and its location."
    quote = one(extract(text), "for its cost")
    assert quote.speaker is None
    assert quote.cue == "has been widely criticised" or "criticised" in quote.cue
    assert quote.text.startswith("The new stadium")


def test_passive_with_an_agent_names_the_source(extract):
    text = "The new stadium has been criticised by the city's architects."
    quote = one(extract(text), "stadium")
    assert quote.speaker is not None
    assert quote.speaker.text == "the city's architects"


def test_short_quotation_beside_a_clause_is_not_the_claim(extract):
    text = 'Ms Adebayo said on "Morning Call" that the library would stay open all summer.'
    quote = one(extract(text), "library would stay open")
    assert quote.speaker is not None and quote.speaker.text == "Ms Adebayo"
    assert not [q for q in extract(text) if q.text.strip('"') == "Morning Call"]


def test_object_claim_runs_on_to_its_infinitive(extract):
    text = "The mayor announced plans on Monday to close two of the city's fire stations."
    quote = one(extract(text), "close two of the city")
    assert quote.text.startswith("plans")
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_that_clause_hung_on_the_verb_above(extract):
    text = (
        "The candidate continues to insist, most recently in a radio interview, that she "
        "wants to publish the list."
    )
    quote = one(extract(text), "wants to publish")
    assert quote.speaker is not None and quote.speaker.text == "The candidate"


def test_verbs_outside_the_lexicon_are_not_cues(extract):
    # a "that" clause alone does not make a cue: every cue word is in CUE_WORDS
    assert extract("The engineers checked that every valve on the platform was closed.") == []


def test_every_cue_in_the_cases_is_a_lexicon_word(extract, nlp):
    from newslint.extract.lexicon import CUE_WORDS

    surface = {":", "—", "―", "–", "to"}
    for passage, *_ in CASES + STANCES:
        for quote in extract(passage):
            if quote.cue is None:
                continue
            lemmas = {t.lemma_.lower() for t in nlp(quote.cue)} | {quote.cue.lower()}
            assert lemmas & (CUE_WORDS | surface), (quote.cue, passage)


# -- clause structure: who spoke, what was said, where ----------------------------------------

NOT_SPEECH = [
    "One driver, who did not want to give her name, said the queue had not moved for an hour.",
    "A neighbour, who asked not to be named, said the house had been empty for years.",
    "The club declined to comment when approached on Friday.",
    "The two sides agreed to meet again next week.",
    "The mayor wants to build 400 homes on the site.",
    "The company did not disclose its valuation.",
    "A resident, who declined to be identified, said the water rose in minutes.",
]


@pytest.mark.parametrize("passage", NOT_SPEECH, ids=[p[:30] for p in NOT_SPEECH])
def test_intentions_refusals_and_anonymity_clauses_are_not_speech(extract, passage):
    for q in extract(passage):
        assert not q.text.startswith(("to ", "not to ")), q.text
        assert q.speaker is None or q.speaker.text.lower() not in {"who", "which", "that"}
        assert "name" not in q.text and "identified" not in q.text and "comment" not in q.text


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("One driver, who did not want to be named, said the road was shut.", "road was shut"),
        ("A nurse, who declined to give his name, said the ward was full.", "ward was full"),
        ("A resident who asked not to be identified said the water was brown.", "water"),
        ("An official, speaking on condition of anonymity, said talks stalled.", "talks"),
        ("A source close to the minister said she would resign.", "would resign"),
        ("A person familiar with the matter said the deal was off.", "deal was off"),
        ("Insiders say the board will meet on Monday.", "board will meet"),
        ("Sources say the merger will be announced next week.", "merger"),
        ("It is understood that the club has made an offer.", "made an offer"),
    ],
)
def test_the_issues_anonymity_markers(extract, passage, fragment):
    assert one(extract(passage), fragment).speaker.type == "anonymous"


def test_a_speaker_who_withholds_their_name_is_anonymous(extract):
    text = "One driver, who did not want to give her name, said the queue had not moved."
    quote = one(extract(text), "queue had not moved")
    assert quote.speaker.text == "One driver"
    assert quote.speaker.type == "anonymous"


def test_a_directive_with_its_addressee_is_speech(extract):
    quote = one(extract("The sheriff urged residents not to wait for a knock on the door."), "wait")
    assert quote.speaker.text == "The sheriff"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The senator called on fellow Republicans to withdraw their support.", "withdraw"),
        ("The mayor appealed to drivers to stay off the roads.", "stay off the roads"),
    ],
)
def test_a_directive_to_an_addressee_after_a_preposition_is_speech(extract, text, fragment):
    assert one(extract(text), fragment).speaker.text.endswith(("senator", "mayor"))


def test_speaking_to_an_outlet_is_the_venue_not_the_quote(extract):
    text = "Speaking to BBC Radio 4's Today programme, the minister said the plan would work."
    quotes = extract(text)
    assert [q.text for q in quotes] == ["the plan would work"]
    venue = quotes[0].venue
    assert venue.text == "BBC Radio 4's Today programme"
    assert text[venue.start : venue.end] == venue.text


def test_told_reporters_is_the_venue(extract):
    quote = one(extract("Ms Hale told reporters the strike would go ahead."), "strike")
    assert quote.venue.text == "reporters" and quote.speaker.text == "Ms Hale"


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("It is understood the couple will keep the dog.", "the couple will keep the dog"),
        ("The deal, which is understood to include 25 jets, was signed.", "to include 25 jets"),
        ("Selectors are believed to have watched him closely.", "to have watched him closely"),
    ],
)
def test_it_is_understood_is_an_anonymous_claim(extract, passage, fragment):
    quote = one(extract(passage), fragment)
    assert quote.speaker.type == "anonymous"
    assert quote.speaker.text.split()[-1] in {"understood", "believed"}


def test_she_after_an_unnamed_speaker_is_that_speaker(extract):
    text = (
        "Mayor Jon Hale opened the station on Monday.\n\n"
        "A commuter heading to work said she had left home two hours early. "
        '"Nobody seems to know what is running," she said.'
    )
    quote = one(extract(text), "Nobody seems")
    assert quote.speaker.type == "anonymous"
    assert quote.speaker.canonical == "A commuter heading to work"


def test_an_unresolved_it_is_never_anonymous(extract):
    quote = one(extract("It said the figures would be published in May."), "figures")
    assert quote.speaker.type == "unknown"


def test_it_after_a_report_is_the_report(extract):
    text = (
        "The association's report, released on Wednesday, found that a third of patients "
        "waited more than eight hours. It said hundreds of beds were blocked each day."
    )
    quote = one(extract(text), "hundreds of beds")
    assert quote.speaker.type == "document"


def test_it_after_a_report_named_for_a_body_is_the_report(extract):
    text = (
        "The Australian Medical Association (SA) report, released on Wednesday, found that a "
        "third of patients waited more than eight hours.\n\n"
        "It said hundreds of beds were blocked each day."
    )
    quote = one(extract(text), "hundreds of beds")
    assert quote.speaker.type == "document"


def test_staff_of_a_named_body_speak_for_it(extract):
    text = "Analysts at the broker Fenwick Hale said the warning raised serious questions."
    quote = one(extract(text), "serious questions")
    assert quote.speaker.type == "organization"


@pytest.mark.parametrize(
    ("text", "fragment", "canonical"),
    [
        ("Industry body ChargeUK said the figures were out of date.", "out of date", "ChargeUK"),
        (
            "Analysts were unconvinced by the launch. Chipmaker Orlanta on Tuesday unveiled "
            "its new chip, claiming it delivers longer battery life. Orlanta had struggled "
            "with yields, Helen Dutta said.",
            "longer battery life",
            "Orlanta",
        ),
    ],
)
def test_a_name_described_as_a_body_is_an_organization(extract, text, fragment, canonical):
    quote = one(extract(text), fragment)
    assert (quote.speaker.type, quote.speaker.canonical) == ("organization", canonical)


@pytest.mark.parametrize(
    "text",
    [
        "Met Office meteorologist Greg Dewhurst said the nights would be warm.",
        "City of Nedlands mayor Joanne Kirwan said residents had not been consulted.",
    ],
)
def test_a_person_described_by_their_body_is_named(extract, text):
    assert extract(text)[0].speaker.type == "named"


def test_a_name_the_article_gives_as_a_company_is_an_organization(extract):
    text = (
        "Velmora Therapeutics' weight-loss pill helped patients lose 13% of their weight, the "
        "company said. Velmora said it planned to file for approval next year."
    )
    quote = one(extract(text), "file for approval")
    assert quote.speaker.type == "organization"


def test_a_title_before_a_name_makes_a_person(extract):
    quote = one(extract("Treasurer Daniel Moriarty said families were doing it tough."), "tough")
    assert quote.speaker.type == "named"


def test_a_complement_holding_a_clause_is_not_a_second_quote(extract):
    text = (
        "The singer addressed rumours of a feud with her co-star, saying the pair had simply "
        "drifted apart."
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == ["the pair had simply drifted apart"]


@pytest.mark.parametrize(
    "passage",
    [
        'A man said staff had been "just as shocked as we were" and some had apologised.',
        'Justin Bronk of the Royal United Services Institute said: "The Russian air force has '
        'not been able to establish control of the skies."',
    ],
)
def test_a_quotation_is_listed_once(extract, passage):
    quotes = extract(passage)
    assert len(quotes) == 1, [q.text for q in quotes]


def test_a_speaker_hung_on_a_place_by_the_parser(extract):
    text = (
        "At London Bridge, a commuter heading to a hospital appointment said she had left "
        "home two hours early."
    )
    quote = one(extract(text), "left home")
    assert quote.speaker.text == "a commuter heading to a hospital appointment"
    assert quote.speaker.type == "anonymous"


def test_a_quotation_ending_its_sentence_is_not_the_next_sentences_words(extract):
    text = (
        'Priya Dutta called the chip "the biggest leap we have made since we started." '
        "She said the first laptops would ship in June."
    )
    quote = one(extract(text), "biggest leap")
    assert quote.cue == "called"


def test_a_pronoun_whose_quote_comes_first_still_finds_its_described_antecedent(extract):
    """Regression (BBC sport sample, round six): "The 28-year-old ..., calling it 'X'. She
    added: ..." joins the name 'X' to the pronoun's quote, so the pronoun's quote starts before
    the description's; resolved in the quotes' order, "She" took the unresolved description as
    an anonymous source. Speakers are resolved in their own order."""
    text = (
        "Wing Aroha Tane says the tour will test her side.\n\n"
        '"It will be hard," Tane said. The 28-year-old admitted interest in the series '
        'was huge, calling it "the biggest test of our lives". She added: "We are ready for '
        'it and we will not hide."'
    )
    quote = one(extract(text), "We are ready")
    assert quote.speaker.text == "She"
    assert (quote.speaker.type, quote.speaker.canonical) == ("named", "Aroha Tane")
    # the full stop after the name's closing mark ends its sentence: "She added" tags only
    # what follows it
    assert "biggest test" not in quote.text


@pytest.mark.parametrize(
    "text",
    [
        # an editor's bracket glued to the verb by a no-break space: the parser makes "]" the
        # subject, a speaker with no words in it
        '"[Dana]\u00a0knows the committee will want answers on the budget before the vote,"'
        " Reyes said.",
        # a claim noun fronted before its verb ("whatever criticism they have voiced")
        "Union members, whatever concerns they have voiced about the merger before, should be"
        " backing it now.",
        "Local leaders, whatever criticism they have voiced against the mayor in the past, should"
        " be backing her bid today.",
    ],
)
def test_cue_shapes_that_once_crashed_the_check(extract, text):
    """A speaker span of punctuation alone and a noun cue whose verb follows it used to raise
    IndexError and end the whole article's check."""
    for quote in extract(text):
        assert quote.text


def test_words_quoted_in_an_opening_sentence_are_no_headline_quotation(extract):
    # the first paragraph is a sentence, not a headline: the scheme's name in quotes is not
    # the words of the leader who says them again below
    opening = 'A "homes before profit" scheme will cost the town £4m over ten years.'
    text = (
        f"{opening}\n\nThe council leader, Ruth Ellis, backs it.\n\n"
        '"Homes before profit is what this town needs," Ellis said.'
    )
    assert all(q.speaker is None for q in extract(text) if q.start < len(opening))


@pytest.mark.parametrize(
    "passage",
    [
        "A club spokesman would neither confirm nor deny that a bid had been received.",
        "The ministry would not confirm or deny that the envoy had been recalled.",
    ],
)
def test_a_question_refused_says_nothing(extract, passage):
    """Two answers refused together ("neither confirm nor deny", "not confirm or deny") give
    neither."""
    assert extract(passage) == []


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        ("The club did not deny that a bid had been received.", "bid had been received"),
        ("The ministry confirmed that the envoy had been recalled.", "envoy had been recalled"),
        ("Police said no arrests had been made.", "no arrests"),
    ],
)
def test_a_lone_denial_and_an_answer_given_still_report(extract, passage, fragment):
    assert [q for q in extract(passage) if fragment in q.text]
